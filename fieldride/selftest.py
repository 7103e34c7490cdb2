"""``fieldride --self-test``: a short end-to-end check for a fresh install or a frozen bundle.

Opens a store in a temporary folder, loads the bundled scorecards, runs a small ride through the
core (plan, call, ratings, debrief, commitment), renders the ride's coaching summary PDF with the
bundled fonts and checks it (a PDF header, a trailer, more than a trivial size, the seller's name
in the text when pypdf is available), then closes the store. Prints one line per step and returns
0 when every step passed, 1 otherwise (with the failing step named and its traceback). Nothing
outside the temporary folder is touched; a step that raises never hangs the run.

The frozen app's ``--self-test`` also opens the main window (``ui.launch.window_self_test``);
that part lives in ui/ because this package never imports Qt.
"""

from __future__ import annotations

import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Non-ASCII on purpose: the PDF must draw it with the bundled font, not the base-14 fonts.
SELLER_NAME = "Zoë Łukasz"
# Hebrew and Arabic: shaped and reordered (HarfBuzz, python-bidi), drawn with the bundled fonts.
SHAPED_NAME = "דנה כהן"
SHAPED_GAP = "سألت العميل عن خطة الإطلاق"


class SelfTestError(Exception):
    """A self-test check failed; the message says what was expected."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _steps(folder: Path) -> list[tuple[str, Callable[[dict[str, Any]], None]]]:
    from fieldride import debriefs, rides
    from fieldride.debriefs import commitments
    from fieldride.scorecards.defaults import install_defaults
    from fieldride.store import open_store
    from fieldride.team import sellers

    def open_(ctx: dict[str, Any]) -> None:
        ctx["store"] = open_store(folder)

    def scorecards(ctx: dict[str, Any]) -> None:
        installed = install_defaults(ctx["store"])
        _require(bool(installed), "no bundled scorecards were found")
        ctx["card"] = installed[0]

    def a_ride(ctx: dict[str, Any], seller_name: str, gap: str) -> int:
        store, card = ctx["store"], ctx["card"]
        seller = sellers.add_seller(store, seller_name)
        keys = [b.key for b in card.card.behaviours()]
        r = rides.plan_ride(store, seller.id, "2026-01-05", scorecard_key=card.key, focus=keys[:1])
        call = rides.add_call(store, r.id, account="Test account")
        rides.rate(store, call.id, keys[0], card.card.scale[-1].value)
        rides.set_evidence(store, call.id, keys[0], "Self-test evidence")
        debriefs.set_strength(store, r.id, keys[0], "Self-test strength")
        debriefs.set_gap(store, r.id, keys[-1], gap)
        commitments.add_commitment(store, r.id, keys[-1], "Self-test commitment")
        debriefs.finish_debrief(store, r.id)
        return r.id

    def ride(ctx: dict[str, Any]) -> None:
        ctx["ride_id"] = a_ride(ctx, SELLER_NAME, "Self-test gap")

    def render(ctx: dict[str, Any], ride_id: int) -> bytes:
        from fieldride.reports.data import render_options, summary_data
        from fieldride.reports.summary import build_summary

        store = ctx["store"]
        return build_summary(summary_data(store, ride_id), render_options(store))

    def summary_pdf(ctx: dict[str, Any]) -> None:
        pdf = render(ctx, ctx["ride_id"])
        check_pdf(pdf, must_contain=SELLER_NAME)
        ctx["detail"] = f"{len(pdf) / 1024:.0f} kB"

    def shaped_pdf(ctx: dict[str, Any]) -> None:
        # Right-to-left and joined scripts go through HarfBuzz, which fieldride.reports loads
        # only when a document first needs it (fieldride.reports.deferred): in the bundle, the
        # library must be there and load on that first use.
        from fieldride.reports import deferred

        pdf = render(ctx, a_ride(ctx, SHAPED_NAME, SHAPED_GAP))
        check_pdf(pdf)  # (text extraction of right-to-left text is not in logical order)
        _require(deferred.loaded("uharfbuzz"), "HarfBuzz was not loaded to shape the text")
        ctx["detail"] = f"{len(pdf) / 1024:.0f} kB"

    def languages(ctx: dict[str, Any]) -> None:
        # Every shipped language's catalogue and its locale data for dates and numbers (the
        # bundle keeps only these languages' CLDR files: a missing one fails here, not on a
        # seller's handout)
        from fieldride.i18n import SHIPPED, language

        for code in SHIPPED:
            lang = language(code)
            _require(lang.code == code, f"no compiled catalogue for {code}")
            _require("2026" in lang.date("2026-01-05"), f"no date format for {code}")
            _require(lang.number(2.5, 1) in ("2.5", "2,5"), f"no number format for {code}")
        ctx["detail"] = ", ".join(SHIPPED)

    def close(ctx: dict[str, Any]) -> None:
        ctx.pop("store").close()

    return [
        ("open a store", open_),
        ("load the bundled scorecards", scorecards),
        ("run a ride through the core", ride),
        ("render the coaching summary PDF", summary_pdf),
        ("shape Hebrew and Arabic text in a summary", shaped_pdf),
        ("format dates and numbers in each shipped language", languages),
        ("close the store", close),
    ]


MIN_PDF_BYTES = 2_000  # a one-page summary with embedded fonts is tens of kB


def check_pdf(pdf: bytes, must_contain: str = "") -> None:
    """Raise ``SelfTestError`` unless ``pdf`` looks like a complete, non-trivial PDF.

    Checks the header, the end-of-file marker and the size; when pypdf is installed (tests,
    development) also that the first page's text contains ``must_contain``.
    """
    _require(pdf.startswith(b"%PDF-"), f"not a PDF (starts with {pdf[:8]!r})")
    _require(b"%%EOF" in pdf[-1024:], "the PDF has no end-of-file marker (truncated)")
    _require(len(pdf) >= MIN_PDF_BYTES, f"the PDF is only {len(pdf)} bytes")
    if must_contain:
        try:
            from io import BytesIO

            from pypdf import PdfReader
        except ImportError:  # the bundle does not ship pypdf: header and size checks suffice
            return
        text = PdfReader(BytesIO(pdf)).pages[0].extract_text() or ""
        _require(must_contain in text, f"{must_contain!r} is not on the first page")


def run_self_test() -> int:
    with tempfile.TemporaryDirectory(prefix="fieldride-selftest-") as tmp:
        ctx: dict[str, Any] = {}
        for name, step in _steps(Path(tmp)):
            try:
                step(ctx)
            except Exception:
                print(f"self-test FAILED at: {name}")
                traceback.print_exc()
                return 1
            detail = ctx.pop("detail", "")
            print(f"ok  {name}" + (f" ({detail})" if detail else ""))
        if "store" in ctx:
            ctx["store"].close()
    print("self-test passed")
    return 0
