"""Fast bulk generator for benchmark-sized data: ten years of one manager's coaching.

``generate(store)`` writes, in ONE transaction with raw ``executemany`` (no per-row API calls):
15 sellers x ~400 rides (about 6,000 rides) over ten years, 3-4 calls per ride rated on a
16-behaviour scorecard that exists in two versions (version 2 drops one behaviour and adds two,
so trends across versions have real gaps), about 300,000 observations with evidence on roughly a
third of them, quick notes, debriefs with diagnostic questions, private notes, one commitment
per debriefed ride verified at the next ride, acknowledgements and four trainings a year.

Distributions are realistic rather than uniform: each seller has a base level per behaviour,
a slow drift (some improve, some stall), a bump after trainings on the trained behaviours,
per-call noise, about 10 % "no opportunity", and rides every 5-14 days with holiday gaps.

``scale`` multiplies the number of sellers (a director combining ``scale`` managers' teams):
per-seller history stays ten years, so ``scale=16`` gives ~96,000 rides / ~4.8 M observations.
The schema is followed exactly (uuids, stamps, denormalised observation columns); the FTS
indexes are filled by the schema's own triggers, as on every write in the app.

Deterministic for a given ``seed`` and ``today``. Raises DomainError if the store already
holds sellers (benchmarks want a known dataset, not a mix).
"""

from __future__ import annotations

import logging
import random
import uuid as _uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from fieldride.errors import DomainError
from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section
from fieldride.scorecards.store import save_scorecard
from fieldride.store import Store

log = logging.getLogger(__name__)

BULK_CARD_KEY = "account-standard"
_SCALE = (
    Level(1, "Not yet", "The behaviour did not show."),
    Level(2, "Developing", "Partly there."),
    Level(3, "Proficient", "Our standard."),
    Level(4, "Role model", "Others should watch it."),
)
_V1_KEYS = [
    ("prep-objective", "Sets a call objective"),
    ("prep-research", "Researches the account"),
    ("open-agenda", "Opens with an agreed agenda"),
    ("open-link", "Links to the last contact"),
    ("disc-open", "Asks open questions"),
    ("disc-layer", "Follows up on answers"),
    ("disc-impact", "Quantifies the impact"),
    ("listen-summary", "Summarises in the customer's words"),
    ("listen-silence", "Lets silences work"),
    ("value-tailor", "Tailors the value message"),
    ("value-proof", "Uses relevant proof"),
    ("obj-clarify", "Clarifies before answering a concern"),
    ("obj-price", "Holds price with value"),
    ("next-dated", "Agrees a dated next step"),
    ("next-owner", "Gets a customer action"),
]
_V2_ADDED = [("stake-map", "Maps the stakeholders"), ("crm-same-day", "Updates notes the same day")]
_V2_DROPPED = "listen-silence"

_SUBJECTS = [
    "the customer",
    "the operations director",
    "the CFO",
    "the buyer",
    "the plant manager",
    "the practice owner",
    "procurement",
    "the new contact",
]
_ACTIONS = [
    "asked what happens if nothing changes this quarter",
    "summarised the three problems before proposing",
    "went straight into the demo without an agenda",
    "defended the price and offered a discount unasked",
    "agreed a site visit with a date",
    "ended with a promise to send information",
    "followed up twice on the delivery problem",
    "put a monthly cost on missed deliveries",
    "interrupted before the question was finished",
    "used the Harbour Foods case with similar volumes",
    "listed features without tying them to needs",
    "asked compared with what when price came up",
    "let a long silence run after the budget question",
    "confirmed the time available and proposed topics",
    "named the competitor trial ending in March",
]
_TAILS = [
    "",
    " on the renewal",
    " during the pilot review",
    " about the warehouse project",
    " for the second site",
    " before the board meeting",
]
_ACCOUNTS = [
    ("Harbour Foods", "Operations director"),
    ("Northgate Logistics", "Fleet manager"),
    ("Brightwell Clinics", "Practice manager"),
    ("Medway Plastics", "Plant manager"),
    ("Oakridge Schools Trust", "Finance lead"),
    ("Pennine Hotels", "Procurement lead"),
    ("Summit Engineering", "CFO"),
    ("Greenleaf Garden Centres", "Regional manager"),
]
_FIRST = [
    "Maya",
    "Tomás",
    "Zofia",
    "Daniel",
    "Eleni",
    "Sam",
    "Irina",
    "Kwame",
    "Lucía",
    "Jonas",
    "Priya",
    "Ahmed",
    "Chloé",
    "Björn",
    "Ana",
]
_LAST = [
    "Okafor",
    "Herrera",
    "Łukaszewska",
    "Price",
    "Papadopoulou",
    "Whitfield",
    "Volkova",
    "Mensah",
    "García",
    "Berg",
    "Natarajan",
    "Haddad",
    "Dubois",
    "Lindqvist",
    "Costa",
]


@dataclass(frozen=True)
class BulkSummary:
    sellers: int
    rides: int
    calls: int
    observations: int
    commitments: int
    trainings: int
    scorecard_key: str


def bulk_scorecards() -> tuple[Scorecard, Scorecard]:
    """The two versions of the generated scorecard (v2 drops one behaviour, adds two)."""

    def card(keys: list[tuple[str, str]]) -> Scorecard:
        behaviours = tuple(
            Behaviour(k, t, good=f"{t}.", questions=(f"How did you {t.lower()}?",)) for k, t in keys
        )
        return Scorecard(
            key=BULK_CARD_KEY,
            name="Account manager standard",
            scale=_SCALE,
            sections=(Section("Call", behaviours),),
            description="Generated for benchmarks.",
        )

    v2 = [k for k in _V1_KEYS if k[0] != _V2_DROPPED] + _V2_ADDED
    return card(_V1_KEYS), card(v2)


class _Ids:
    """Sequential integer ids per table, continuing after what the store already holds."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.next: dict[str, int] = {}

    def __call__(self, table: str) -> int:
        if table not in self.next:
            row = self.store.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
            self.next[table] = int(row[0]) + 1
        value = self.next[table]
        self.next[table] = value + 1
        return value


def generate(
    store: Store,
    *,
    sellers: int = 15,
    years: int = 10,
    scale: int = 1,
    seed: int = 1,
    today: date | None = None,
) -> BulkSummary:
    """Write the dataset (see module docstring) in one transaction; return what was made."""
    if store.db.execute("SELECT count(*) FROM sellers").fetchone()[0]:
        raise DomainError("Bulk data goes into an empty store; this one already has sellers.")
    rng = random.Random(seed)
    end = today or date.today()
    start = end - timedelta(days=365 * years)
    v1_card, v2_card = bulk_scorecards()
    store.db.execute("PRAGMA cache_size = -65536")
    with store.db.atomic():
        v1 = save_scorecard(store, v1_card, source="bulkgen")
        v2 = save_scorecard(store, v2_card, source="bulkgen")
        switch = start + (end - start) * 6 // 10  # version 2 from 60 % of the period on
        gen = _Generator(store, rng, start, end, switch, (v1.id, v1_card), (v2.id, v2_card))
        gen.scorecard_id = v1.scorecard_id
        gen.make_sellers(sellers * scale)
        gen.make_trainings(years)
        gen.make_rides()
        gen.apply_statuses()
    log.info("bulk data generated: %d rides, %d observations", gen.n_rides, gen.n_obs)
    return BulkSummary(
        sellers=sellers * scale,
        rides=gen.n_rides,
        calls=gen.n_calls,
        observations=gen.n_obs,
        commitments=gen.n_commitments,
        trainings=len(gen.trainings),
        scorecard_key=BULK_CARD_KEY,
    )


_COLUMNS: dict[str, tuple[str, ...]] = {
    "sellers": ("id", "uuid", "created_at", "updated_at", "name", "team", "territory", "email"),
    "training_events": ("id", "uuid", "created_at", "updated_at", "title", "held_on", "description"),
    "training_behaviours": ("id", "uuid", "created_at", "updated_at", "training_id", "scorecard_id", "behaviour_key"),
    "training_attendees": ("id", "uuid", "created_at", "updated_at", "training_id", "seller_id"),
    "rides": ("id", "uuid", "created_at", "updated_at", "seller_id", "scorecard_version_id", "ride_date", "ride_type", "status", "manager_name", "objective", "locked"),
    "ride_focus": ("id", "uuid", "created_at", "updated_at", "ride_id", "behaviour_key", "position"),
    "calls": ("id", "uuid", "created_at", "updated_at", "ride_id", "position", "kind", "account", "contact_role", "objective", "call_time"),
    "observations": ("id", "uuid", "created_at", "updated_at", "call_id", "ride_id", "seller_id", "scorecard_id", "behaviour_key", "observed_on", "level", "no_opportunity", "evidence"),
    "quick_notes": ("id", "uuid", "created_at", "updated_at", "ride_id", "noted_at", "text"),
    "debriefs": ("id", "uuid", "created_at", "updated_at", "ride_id", "strength_behaviour_key", "strength_evidence", "gap_behaviour_key", "gap_evidence", "rehearsal_segment", "rehearsal_count", "rehearsal_outcome"),
    "debrief_questions": ("id", "uuid", "created_at", "updated_at", "debrief_id", "behaviour_key", "text", "source", "asked", "answer", "position"),
    "private_notes": ("id", "uuid", "created_at", "updated_at", "ride_id", "text"),
    "commitments": ("id", "uuid", "created_at", "updated_at", "seller_id", "ride_id", "scorecard_id", "behaviour_key", "text", "due_date", "status", "closed_at"),
    "commitment_verifications": ("id", "uuid", "created_at", "updated_at", "commitment_id", "ride_id", "outcome", "evidence", "verified_on"),
    "acknowledgements": ("id", "uuid", "created_at", "updated_at", "ride_id", "seller_name", "acknowledged_on"),
}  # fmt: skip


class _Generator:
    def __init__(
        self,
        store: Store,
        rng: random.Random,
        start: date,
        end: date,
        switch: date,
        v1: tuple[int, Scorecard],
        v2: tuple[int, Scorecard],
    ) -> None:
        self.store = store
        self.rng = rng
        self.start, self.end, self.switch = start, end, switch
        self.v1, self.v2 = v1, v2
        self.ids = _Ids(store)
        self.rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in _COLUMNS}
        self.scorecard_id = 0
        self.sellers: list[tuple[int, str, dict[str, float], float]] = []
        self.trainings: list[tuple[date, set[str], set[int]]] = []
        self.n_rides = self.n_calls = self.n_obs = self.n_commitments = 0
        self.rows_status: list[tuple[Any, ...]] = []
        self.trained_on: dict[tuple[int, str], list[date]] = {}

    # --- helpers -----------------------------------------------------------------------------
    def _uuid(self) -> str:
        return str(_uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _add(self, table: str, *values: Any, stamp: str) -> int:
        row_id = self.ids(table)
        self.rows[table].append((row_id, self._uuid(), stamp, stamp, *values))
        if len(self.rows[table]) >= 20000:
            self.flush()  # every table, parents first: children never precede their parent
        return row_id

    def _flush_table(self, table: str) -> None:
        rows = self.rows[table]
        if not rows:
            return
        cols = _COLUMNS[table]
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        self.store.db.conn.executemany(sql, rows)
        self.rows[table] = []

    def flush(self) -> None:
        for table in _COLUMNS:  # parents before children (dict order follows the schema)
            self._flush_table(table)

    def _evidence(self) -> str:
        r = self.rng
        return f"{r.choice(_SUBJECTS).capitalize()}: seller {r.choice(_ACTIONS)}{r.choice(_TAILS)}."

    # --- people and trainings ----------------------------------------------------------------
    def make_sellers(self, count: int) -> None:
        keys = [k for k, _ in _V1_KEYS] + [k for k, _ in _V2_ADDED]
        stamp = f"{self.start.isoformat()}T08:00:00.000Z"
        for i in range(count):
            name = f"{_FIRST[i % len(_FIRST)]} {_LAST[(i * 7 + i // len(_FIRST)) % len(_LAST)]}"
            if i >= len(_FIRST):
                name += f" {i // len(_FIRST) + 1}"
            team = ("North", "South", "Key accounts")[i % 3]
            sid = self._add(
                "sellers",
                name,
                team,
                f"Territory {i % 9 + 1}",
                f"seller{i}@example.com",
                stamp=stamp,
            )
            base = {k: self.rng.uniform(1.5, 3.0) for k in keys}
            drift = self.rng.choice([0.0, 0.05, 0.1, 0.15, -0.03])  # levels per year
            self.sellers.append((sid, name, base, drift))
        self.flush()

    def make_trainings(self, years: int) -> None:
        keys = [k for k, _ in _V1_KEYS]
        seller_ids = [s[0] for s in self.sellers]
        for n in range(years * 4):
            held = self.start + timedelta(days=45 + n * 91 + self.rng.randint(-10, 10))
            trained = set(self.rng.sample(keys, 2))
            attendees = {s for s in seller_ids if self.rng.random() < 0.6}
            stamp = f"{held.isoformat()}T17:00:00.000Z"
            tid = self._add(
                "training_events",
                f"Workshop {n + 1}: {' and '.join(sorted(trained))}",
                held.isoformat(),
                "Generated training.",
                stamp=stamp,
            )
            for k in sorted(trained):
                self._add("training_behaviours", tid, self.scorecard_id, k, stamp=stamp)
            for s in sorted(attendees):
                self._add("training_attendees", tid, s, stamp=stamp)
            self.trainings.append((held, trained, attendees))
            for s_id in attendees:
                for k in trained:
                    self.trained_on.setdefault((s_id, k), []).append(held)
        self.flush()

    # --- rides -------------------------------------------------------------------------------
    def make_rides(self) -> None:
        plan: list[tuple[date, int]] = []
        for index, _ in enumerate(self.sellers):
            day = self.start + timedelta(days=self.rng.randint(0, 10))
            while day < self.end:
                plan.append((day, index))
                gap = self.rng.randint(5, 12)
                if self.rng.random() < 0.04:
                    gap += self.rng.randint(14, 35)  # holidays, busy quarters
                day += timedelta(days=gap)
        plan.sort()
        last_commitment: dict[int, list[tuple[int, str]]] = {}
        for day, index in plan:
            self._ride(day, index, last_commitment)

    def _level(self, seller: tuple[int, str, dict[str, float], float], key: str, day: date) -> int:
        sid, _, base, drift = seller
        years = (day - self.start).days / 365
        trained = self.trained_on.get((sid, key), ())
        bump = 0.35 * sum(1 for held in trained if held < day)
        value = base[key] + drift * years + min(bump, 1.0) + self.rng.gauss(0, 0.55)
        return max(1, min(4, round(value)))

    def _ride(
        self, day: date, index: int, last_commitment: dict[int, list[tuple[int, str]]]
    ) -> None:
        rng = self.rng
        seller = self.sellers[index]
        sid, name = seller[0], seller[1]
        version_id, card = self.v2 if day >= self.switch else self.v1
        keys = [b.key for b in card.behaviours()]
        d = day.isoformat()
        stamp = f"{d}T09:00:00.000Z"
        recent = (self.end - day).days < 21
        status = (
            "in_progress"
            if recent and rng.random() < 0.3
            else rng.choice(["acknowledged", "acknowledged", "acknowledged", "debriefed"])
        )
        ride_type = rng.choice(
            ["field_ride", "field_ride", "side_by_side", "call_listening", "virtual"]
        )
        ride_id = self._add(
            "rides", sid, version_id, d, ride_type, status, "Chris Morgan",
            "Watch discovery and next steps.", int(status == "acknowledged"), stamp=stamp,
        )  # fmt: skip
        self.n_rides += 1
        focus = rng.sample(keys, rng.choice([1, 2, 2]))
        for pos, k in enumerate(focus):
            self._add("ride_focus", ride_id, k, pos, stamp=stamp)
        levels: dict[str, list[int]] = {}
        for pos in range(rng.choice([3, 3, 3, 4, 4])):
            account, role = rng.choice(_ACCOUNTS)
            call_id = self._add(
                "calls", ride_id, pos, rng.choice(["visit", "visit", "phone_call", "email"]),
                account, role, "Renewal conversation", f"{9 + pos * 2:02d}:00", stamp=stamp,
            )  # fmt: skip
            self.n_calls += 1
            for k in keys:
                if rng.random() < 0.1:
                    self._add(
                        "observations", call_id, ride_id, sid, self.scorecard_id, k, d, None, 1, "",
                        stamp=stamp,
                    )  # fmt: skip
                else:
                    level = self._level(seller, k, day)
                    levels.setdefault(k, []).append(level)
                    text = self._evidence() if (k in focus or rng.random() < 0.3) else ""
                    self._add(
                        "observations", call_id, ride_id, sid, self.scorecard_id, k, d, level, 0,
                        text, stamp=stamp,
                    )  # fmt: skip
                self.n_obs += 1
        if rng.random() < 0.5:
            self._add("quick_notes", ride_id, stamp, f"Note: {self._evidence()}", stamp=stamp)
        still_open: list[tuple[int, str]] = []
        for previous in last_commitment.pop(sid, []):  # every open commitment is verified
            outcome = rng.choices(["applied", "partly", "not_yet", "no_opportunity"], [5, 3, 2, 1])
            self._add(
                "commitment_verifications", previous[0], ride_id, outcome[0],
                f"Checked on call 2: {self._evidence()}", d, stamp=stamp,
            )  # fmt: skip
            closing = outcome[0] != "no_opportunity"
            self.rows_status.append(
                (("closed" if closing else "open"), stamp if closing else None, previous[0])
            )
            if not closing:
                still_open.append(previous)
        last_commitment[sid] = still_open
        if status == "in_progress" or not levels:
            return
        means = {k: sum(v) / len(v) for k, v in levels.items()}
        strength = max(means, key=lambda k: means[k])
        gap = min(means, key=lambda k: means[k])
        debrief_id = self._add(
            "debriefs", ride_id, strength, self._evidence(), gap, self._evidence(),
            "Re-ran the last two minutes of the call.", rng.randint(0, 3), "Second try was better.",
            stamp=stamp,
        )  # fmt: skip
        for pos in range(rng.randint(2, 3)):
            self._add(
                "debrief_questions", debrief_id, gap, f"What would you ask differently ({pos + 1})?",
                "scorecard", int(rng.random() < 0.7), "Seller gave an example from the call.", pos,
                stamp=stamp,
            )  # fmt: skip
        if rng.random() < 0.2:
            self._add(
                "private_notes", ride_id, "Private: check workload before next ride.", stamp=stamp
            )
        due = (day + timedelta(days=14)).isoformat()
        cid = self._add(
            "commitments", sid, ride_id, self.scorecard_id, gap,
            f"Practise {gap.replace('-', ' ')} on every call this fortnight.", due, "open", None,
            stamp=stamp,
        )  # fmt: skip
        self.n_commitments += 1
        last_commitment[sid].append((cid, gap))
        if status == "acknowledged":
            self._add("acknowledgements", ride_id, name, d, stamp=stamp)

    def apply_statuses(self) -> None:
        """Close the commitments verified as applied / partly / not yet (after the flush)."""
        self.flush()
        self.store.db.conn.executemany(
            "UPDATE commitments SET status = ?, closed_at = ? WHERE id = ?", self.rows_status
        )
