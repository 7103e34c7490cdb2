"""Builders for the report tests: a typical ride (4 calls, 8 behaviours, a full debrief) made
through the real core API, and helpers that read PDFs back."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.reports.layout import Branding, RenderOptions
from fieldride.store import Store
from fieldride.team import sellers

FIXED_DAY = date(2026, 3, 12)
TYPICAL_EVIDENCE = {
    "discovery": [
        "Asked what happens if nothing changes this quarter; followed up twice.",
        "Mostly yes/no questions; moved to the brochure after five minutes.",
        "Got the customer to put a cost on missed deliveries: about £4k a month.",
        "Asked about the rollout plan and who else is involved.",
    ],
    "next-step": [
        "Ended with 'I'll send you some information'.",
        "Agreed a site visit on the 14th with the plant manager.",
        "No date set; customer will 'think about it'.",
        "Customer agreed to send usage data by Friday.",
    ],
    "listening": [
        "Summarised the three problems in the customer's words.",
        "Interrupted twice before the question was finished.",
    ],
}
PRIVATE = "PRIVATE-NOTE-7f3a: worried about workload, do not share"


def options(page_size: str = "letter", **branding: str) -> RenderOptions:
    return RenderOptions(
        branding=Branding(**branding), page_size=page_size, invariant=True, generated_on=FIXED_DAY
    )


def typical_ride(
    store: Store,
    seller_name: str = "Maya Okafor",
    evidence: str = "",
    strength: str = "Summarised the customer's three problems in their own words.",
    gap: str = "Ended two calls with 'I'll send some information'.",
    answer: str = "I rushed because the customer looked at the clock.",
    commitment: str = "End every call with a dated next step the customer acts on.",
    acknowledge: bool = True,
) -> int:
    """A debriefed ride: 4 calls × 8 behaviours rated, evidence on the two focus behaviours and
    on two others, strength, gap, three questions asked, a rehearsal, a commitment, an earlier
    commitment verified, a private note. Returns the ride id."""
    seller = sellers.add_seller(store, seller_name, team="North")
    earlier = rides.plan_ride(
        store, seller.id, "2026-02-20", scorecard_key="field-visit", focus=["discovery"]
    )
    call = rides.add_call(store, earlier.id, "visit", "Harbour Foods", "Ops director")
    for key, level in (("discovery", 2), ("next-step", 1)):
        rides.rate(store, call.id, key, level)
    c0 = commitments.add_commitment(
        store, earlier.id, "discovery", "Ask two follow-up questions before presenting."
    )
    ride = rides.plan_ride(
        store,
        seller.id,
        "2026-03-10",
        "field_ride",
        scorecard_key="field-visit",
        focus=["discovery", "next-step"],
        objective="Watch discovery and next steps on renewal accounts.",
        manager_name="Chris Morgan",
    )
    accounts = [
        ("Harbour Foods", "Operations director"),
        ("Northgate Logistics", "Fleet manager"),
        ("Brightwell Clinics", "Practice manager"),
        ("Medway Plastics", "Plant manager"),
    ]
    keys = [
        "preparation",
        "opening",
        "discovery",
        "listening",
        "value-message",
        "objections",
        "next-step",
        "call-notes",
    ]
    for i, (account, role) in enumerate(accounts):
        call = rides.add_call(store, ride.id, "visit", account, role, call_time=f"{9 + i}:30")
        for j, key in enumerate(keys):
            if key == "objections" and i == 3:
                rides.mark_no_opportunity(store, call.id, key)
                continue
            rides.rate(store, call.id, key, 1 + (i + j) % 4)
            if key in ("discovery", "next-step") or (key == "listening" and i < 2):
                text = evidence or TYPICAL_EVIDENCE[key][i % len(TYPICAL_EVIDENCE[key])]
                rides.set_evidence(store, call.id, key, text)
    commitments.verify_commitment(store, c0.id, ride.id, "partly", "Did it on two calls of four.")
    debriefs.set_strength(store, ride.id, "listening", strength)
    debriefs.set_gap(store, ride.id, "next-step", gap)
    for text in (
        "What did you want the customer to agree to by the end of the call?",
        "What stopped you from asking for a date?",
        "What would you say differently next time?",
    ):
        q = debriefs.add_question(store, ride.id, text, "next-step", asked=True)
        debriefs.update_question(store, q.id, answer=answer)
    debriefs.set_rehearsal(
        store,
        ride.id,
        "Re-ran the last two minutes of the Medway call.",
        2,
        "Second try set a date.",
    )
    commitments.add_commitment(store, ride.id, "next-step", commitment, "2026-03-24")
    debriefs.set_private_note(store, ride.id, PRIVATE)
    debriefs.finish_debrief(store, ride.id)
    if acknowledge:
        debriefs.acknowledge(store, ride.id, seller_name, "2026-03-10")
    return ride.id


HOSTILE_UNIT = "Ελένη said <b>AT&T</b> & 'quotes' \"x<y>z\" 😀👩‍💻 Ирина. "
HOSTILE_NOTE = (HOSTILE_UNIT * (20000 // len(HOSTILE_UNIT) + 1))[:20000]


def hostile_ride(store: Store) -> int:
    """The typical ride with hostile text: a Greek seller name with markup characters, a
    Cyrillic manager, markup and emoji in evidence, strength and gap, and a 20,000-character
    evidence note (Greek, Cyrillic, markup, emoji) on the first call. Returns the ride id."""
    ride_id = typical_ride(
        store,
        seller_name="Ελένη Παπαδοπούλου <&> Ирина",
        evidence="AT&T said x<y>z and <b>bold </i> &#9999999; 😀",
        strength="Line one\nLine two & three",
        gap="<font color=red>hi",
        acknowledge=False,
    )
    rides.edit_ride(store, ride_id, manager_name="Ирина Волкова")
    first_call = rides.list_calls(store, ride_id)[0]
    rides.set_evidence(store, first_call.id, "discovery", HOSTILE_NOTE)
    return ride_id


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Whitespace collapsed (PDF text extraction breaks lines where the layout wrapped)."""
    return re.sub(r"\s+", " ", text)


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def qpdf_check(path: str) -> subprocess.CompletedProcess[str]:
    qpdf = shutil.which("qpdf")
    assert qpdf, "qpdf is not installed (scripts/system-deps.sh installs it)"
    return subprocess.run([qpdf, "--check", path], capture_output=True, text=True, check=False)


def pdffonts(path: str) -> str:
    tool = shutil.which("pdffonts")
    assert tool, "pdffonts is not installed (poppler-utils)"
    return subprocess.run([tool, path], capture_output=True, text=True, check=True).stdout
