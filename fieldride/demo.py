"""A realistic demo team, built through the same core API the app uses.

Seven sellers, months of rides (two to four calls each, rated on the bundled field-visit
scorecard) with evidence, quick notes, debriefs, commitments verified at the next ride, a
training event, and a ride planned for next week. Deterministic for a given seed. Names and
accounts are invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.scorecards.defaults import install_defaults
from fieldride.scorecards.store import latest_version
from fieldride.settings import set_setting
from fieldride.store import Store
from fieldride.team import sellers, training

SELLERS = [
    ("Maya Okafor", "North", "Leeds & York", 0.25),
    ("Tomás Herrera", "North", "Manchester", 0.1),
    ("Zofia Łukaszewska", "North", "Newcastle", 0.3),
    ("Daniel Price", "South", "Bristol", -0.05),
    ("Eleni Papadopoulou", "South", "Southampton", 0.2),
    ("Sam Whitfield", "South", "Brighton", 0.0),
    ("Irina Volkova", "Key accounts", "London", 0.35),
]
ACCOUNTS = [
    ("Harbour Foods", "Operations director"),
    ("Northgate Logistics", "Fleet manager"),
    ("Brightwell Clinics", "Practice manager"),
    ("Castle & Reed Solicitors", "Office manager"),
    ("Medway Plastics", "Plant manager"),
    ("Oakridge Schools Trust", "Finance lead"),
    ("Pennine Hotels", "Procurement lead"),
    ("Riverside Dental", "Owner"),
    ("Summit Engineering", "CFO"),
    ("Greenleaf Garden Centres", "Regional manager"),
]
EVIDENCE = {
    "preparation": [
        "Stated the objective in the car: agree a pilot in two sites.",
        "Had the account history open but no written questions.",
        "Did not know the contract renewal date until the customer said it.",
    ],
    "opening": [
        "Confirmed 30 minutes and proposed three topics; customer added pricing.",
        "Went straight into the product demo without an agenda.",
        "Linked the visit to the customer's email about late deliveries.",
    ],
    "discovery": [
        "Asked 'what happens to your team if nothing changes this quarter?' and followed up twice.",
        "Asked mostly yes/no questions; moved to the brochure after five minutes.",
        "Got the customer to put a cost on missed deliveries: about £4k a month.",
    ],
    "listening": [
        "Summarised the three problems in the customer's words before proposing.",
        "Interrupted the customer twice to answer before the question was finished.",
        "Let a silence run after the budget question; the customer filled it.",
    ],
    "value-message": [
        "Used the Harbour Foods case with the same delivery volumes.",
        "Listed six features; none tied to what the customer had said.",
        "Tied the reporting feature to the month-end problem the customer raised.",
    ],
    "objections": [
        "Customer said 'too expensive'; seller asked 'compared with what?' and uncovered a competitor quote.",
        "Defended the price immediately and offered a discount unasked.",
        "Acknowledged the concern about switching costs and asked what the last switch cost them.",
    ],
    "next-step": [
        "Agreed a site visit on the 14th with the plant manager and the CFO.",
        "Ended with 'I'll send you some information'.",
        "Customer agreed to send usage data by Friday; seller books the review call.",
    ],
    "call-notes": [
        "Notes and next step in the CRM before the next visit.",
        "Wrote notes at the end of the day; two contact names missing.",
        "Updated stage and close date in the car park.",
    ],
}
COMMITMENTS = {
    "discovery": "Ask at least two follow-up questions before presenting anything, on every call.",
    "next-step": "End every call with a dated next step that the customer also acts on.",
    "listening": "Summarise the customer's problem in their words before proposing.",
    "value-message": "Link every feature mentioned to a need the customer stated on this call.",
    "objections": "Ask one clarifying question before answering any concern.",
    "opening": "Propose an agenda and ask the customer to add to it in the first two minutes.",
    "preparation": "Write the call objective and three questions before each visit.",
    "call-notes": "Update the CRM before starting the next call.",
}
NOTES = [
    "Customer mentioned a competitor trial ending in March.",
    "Seller looked at the phone during the customer's answer.",
    "Good rapport with the receptionist; knows her by name.",
    "Parking took 15 minutes: plan buffer time for this site.",
]


def build_demo(
    store: Store,
    seed: int = 7,
    months: int = 9,
    today: date | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> dict[str, int]:
    """Fill the store with a demo team in one transaction; return counts of what was made.
    ``progress(done, total)`` is called after each seller's history (inside the transaction:
    a process ended meanwhile leaves the store as it was)."""
    rng = random.Random(seed)
    today = today or date.today()
    with store.db.atomic():
        install_defaults(store)
        set_setting(store, "manager_name", "Chris Morgan")
        set_setting(store, "org_name", "Northwind Supplies")
        version = latest_version(store, "field-visit")
        assert version is not None, "the bundled field-visit scorecard is missing"
        keys = [b.key for b in version.card.behaviours()]
        made = {"sellers": 0, "rides": 0, "calls": 0, "observations": 0, "commitments": 0}
        people = []
        for name, team, territory, growth in SELLERS:
            first = name.split()[0].lower()
            s = sellers.add_seller(
                store, name, team=team, territory=territory, email=f"{first}@example.com"
            )
            people.append((s, growth))
            made["sellers"] += 1
        start = today - timedelta(days=30 * months)
        training.add_training(
            store,
            "Discovery questions workshop",
            (start + timedelta(days=30 * months // 2)).isoformat(),
            [("field-visit", "discovery"), ("field-visit", "listening")],
            [s.id for s, _ in people[:5]],
            description="Half-day workshop: open and layered questions, summarising.",
        )
        for done, (seller, growth) in enumerate(people, start=1):
            _seller_history(
                store, rng, seller.id, version.card.key, keys, start, today, growth, made
            )
            if progress is not None:
                progress(done, len(people))
    return made


def _seller_history(
    store: Store,
    rng: random.Random,
    seller_id: int,
    card_key: str,
    keys: list[str],
    start: date,
    today: date,
    growth: float,
    made: dict[str, int],
) -> None:
    base = {k: rng.uniform(1.6, 2.8) for k in keys}
    day = start + timedelta(days=rng.randint(0, 12))
    gap_key = min(base, key=lambda k: base[k])
    n = 0
    while day < today - timedelta(days=rng.randint(3, 40) if seller_id % 3 == 0 else 3):
        focus = [gap_key] if n == 0 else [gap_key, rng.choice([k for k in keys if k != gap_key])]
        ride = rides.plan_ride(
            store,
            seller_id,
            day,
            rng.choice(["field_ride", "field_ride", "side_by_side", "call_listening"]),
            scorecard_key=card_key,
            focus=focus,
            objective="Watch discovery and next steps on renewal accounts.",
            manager_name="Chris Morgan",
        )
        made["rides"] += 1
        for c in commitments.due_for_verification(store, ride.id):
            outcome = rng.choices(["applied", "partly", "not_yet", "no_opportunity"], [5, 3, 2, 1])[
                0
            ]
            commitments.verify_commitment(
                store, c.id, ride.id, outcome, "Checked on the second call of the day."
            )
        levels: dict[str, list[int]] = {}
        for _ in range(rng.randint(2, 4)):
            account, role = rng.choice(ACCOUNTS)
            call = rides.add_call(
                store,
                ride.id,
                rng.choice(["visit", "visit", "phone_call", "email"]),
                account,
                role,
                "Renewal conversation",
                f"{rng.randint(8, 16):02d}:{rng.choice(['00', '15', '30', '45'])}",
            )
            made["calls"] += 1
            for key in keys:
                if rng.random() < 0.12:
                    rides.mark_no_opportunity(store, call.id, key)
                    continue
                progress = growth * n / 6
                value = max(1, min(4, round(base[key] + progress + rng.gauss(0, 0.5))))
                rides.rate(store, call.id, key, value)
                levels.setdefault(key, []).append(value)
                if key in focus or rng.random() < 0.3:
                    rides.set_evidence(store, call.id, key, rng.choice(EVIDENCE[key]))
                made["observations"] += 1
        if rng.random() < 0.5:
            rides.add_note(store, ride.id, rng.choice(NOTES))
        rated = {k: sum(v) / len(v) for k, v in levels.items() if v}
        if rated:
            strength = max(rated, key=lambda k: rated[k])
            gap_key = min(rated, key=lambda k: rated[k])
            debriefs.set_strength(store, ride.id, strength, rng.choice(EVIDENCE[strength]))
            debriefs.set_gap(store, ride.id, gap_key, rng.choice(EVIDENCE[gap_key]))
            debriefs.offer_scorecard_questions(store, ride.id)
            for q in debriefs.get_debrief(store, ride.id).questions[:2]:
                debriefs.update_question(
                    store, q.id, asked=True, answer="Seller reflected and gave an example."
                )
            debriefs.set_rehearsal(
                store,
                ride.id,
                "Re-ran the last two minutes of the Harbour Foods call.",
                2,
                "Second try set a dated next step.",
            )
            commitments.add_commitment(store, ride.id, gap_key, COMMITMENTS[gap_key])
            made["commitments"] += 1
            debriefs.set_private_note(store, ride.id, "Private: check workload before next ride.")
            debriefs.finish_debrief(store, ride.id)
            if rng.random() < 0.8:
                name = rides.get_ride(store, ride.id).seller_name
                debriefs.acknowledge(store, ride.id, name, day)
        n += 1
        day += timedelta(days=rng.randint(10, 24))
    # A ride planned for next week, so "today" has something to prepare.
    if seller_id % 2 == 1:
        rides.plan_ride(
            store,
            seller_id,
            today + timedelta(days=rng.randint(2, 9)),
            "field_ride",
            scorecard_key=card_key,
            focus=[gap_key],
            manager_name="Chris Morgan",
        )
        made["rides"] += 1
