"""Plan with foresight (issue 22): warnings shown while a ride is planned, before the manager
drives out for a ride that cannot show what it is meant to coach.

Two rules, both on the seller's rides that took place (not planned, not removed, not a conflict
copy) dated on or before the planned day, and calls not removed:

1. **A focus that found no opportunity.** For each chosen focus behaviour (on the chosen
   scorecard, followed by key across its versions): take the seller's last
   ``RECENT_CALLS`` (5) calls *of the call kinds planned for this ride* on which the behaviour
   was marked (rated, or marked "no opportunity"). When at least ``MIN_MARKED_CALLS`` (3) such
   calls exist and "no opportunity" was marked on more than half of them (3 of 3, 3 of 4, 3 of
   5 or more), warn: those calls are unlikely to show the behaviour. Calls on which the
   behaviour was not marked at all tell nothing and are skipped.
2. **Always the same accounts.** Take the seller's last ``RECENT_RIDES`` (3) rides that had at
   least one call with an account named. When there are that many and every one of them was
   with exactly the same set of accounts (compared ignoring case and extra spaces), warn: the
   manager keeps seeing the seller in the same situations.

Each warning says the rule in figures and what to do. Read-only, plain data; an unknown seller or
scorecard gives no warning. :func:`expected_call_kinds` gives the call kinds a ride type usually
holds (the plan dialog's default; the manager changes them there).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fieldride.errors import DomainError
from fieldride.i18n import Language, messages
from fieldride.rides import CALL_KINDS
from fieldride.scorecards.store import get_version
from fieldride.store import Store
from fieldride.store import rows as records

RECENT_CALLS = 5
MIN_MARKED_CALLS = 3
RECENT_RIDES = 3

# The call kinds a ride type usually holds (a default the manager changes in the plan dialog).
_KINDS_BY_RIDE_TYPE: dict[str, tuple[str, ...]] = {
    "field_ride": ("visit",),
    "side_by_side": ("visit", "phone_call"),
    "call_listening": ("phone_call",),
    "virtual": ("phone_call", "email"),
    "deal_review": ("account_plan", "opportunity_notes"),
}

# Rides that count: took place, not removed, not a conflict copy (issue 21).
_RIDE_TOOK_PLACE = (
    "r.deleted_at IS NULL AND r.conflict_of IS NULL AND r.status != 'planned' "
    "AND r.ride_date <= :day"
)


@dataclass(frozen=True)
class PlanWarning:
    """One warning: ``kind`` is 'no_opportunity' (``behaviour_key`` set) or 'same_accounts'.
    ``counted``/``of`` are the figures behind it (no-opportunity calls of marked calls; rides
    with the same accounts of rides looked at); ``message`` says the rule and what to do."""

    kind: str
    message: str
    behaviour_key: str = ""
    counted: int = 0
    of: int = 0


def expected_call_kinds(ride_type: str) -> tuple[str, ...]:
    """The call kinds a ride of this type usually holds (every kind for an unknown type)."""
    return _KINDS_BY_RIDE_TYPE.get(ride_type, tuple(CALL_KINDS))


def _kinds_text(kinds: Sequence[str], t: Language) -> str:
    labels = [t.gettext(CALL_KINDS.get(k, k)) for k in kinds]
    # in running text: lower case, except in German (nouns keep their capital)
    return t.or_list(labels if t.code == "de" else [x.lower() for x in labels])


def _account(text: str) -> str:
    return " ".join(text.split()).casefold()


def focus_opportunity_warnings(
    store: Store,
    seller_id: int,
    scorecard_version_id: int,
    focus: Iterable[str],
    call_kinds: Sequence[str],
    day: str,
) -> list[PlanWarning]:
    """Rule 1 (module docstring) for each focus behaviour; [] when no call kind is planned."""
    if not call_kinds:
        return []
    try:
        version = get_version(store, scorecard_version_id)
    except DomainError:  # an unknown version warns about nothing
        return []
    seller = records.one(store.db, "SELECT name FROM sellers WHERE id = ?", [seller_id])
    if seller is None:
        return []
    out: list[PlanWarning] = []
    for key in focus:
        behaviour = version.card.behaviour(key)
        if behaviour is None:
            continue
        marks = [
            int(r[0])
            for r in store.db.execute(
                f"""SELECT o.no_opportunity FROM observations o
                    JOIN calls c ON c.id = o.call_id AND c.deleted_at IS NULL
                    JOIN rides r ON r.id = o.ride_id
                    WHERE o.seller_id = :seller AND o.scorecard_id = :card
                      AND o.behaviour_key = :key
                      AND (o.level IS NOT NULL OR o.no_opportunity = 1)
                      AND c.kind IN (SELECT value FROM json_each(:kinds))
                      AND {_RIDE_TOOK_PLACE}
                    ORDER BY r.ride_date DESC, r.id DESC, c.position DESC
                    LIMIT :n""",
                {
                    "seller": seller_id,
                    "card": version.scorecard_id,
                    "key": key,
                    "kinds": json.dumps(list(call_kinds)),
                    "day": day,
                    "n": RECENT_CALLS,
                },
            )
        ]
        missed = sum(marks)
        if len(marks) >= MIN_MARKED_CALLS and missed * 2 > len(marks):
            t = messages()
            message = t.gettext(
                "“{behaviour}” had no opportunity on {missed} of {seller}'s last {marked} calls "
                "of the kinds planned ({kinds}) where it was marked (the warning shows when more "
                "than half of the last {recent} such calls, at least {least}, had no "
                "opportunity). Plan calls that give room for it — another kind of call, or an "
                "account at the stage where it matters — or choose another focus."
            ).format(
                behaviour=behaviour.title,
                missed=missed,
                seller=seller["name"],
                marked=len(marks),
                kinds=_kinds_text(call_kinds, t),
                recent=RECENT_CALLS,
                least=MIN_MARKED_CALLS,
            )
            out.append(
                PlanWarning(
                    "no_opportunity",
                    message,
                    behaviour_key=key,
                    counted=missed,
                    of=len(marks),
                )
            )
    return out


def same_accounts_warning(store: Store, seller_id: int, day: str) -> PlanWarning | None:
    """Rule 2 (module docstring), or None."""
    seller = records.one(store.db, "SELECT name FROM sellers WHERE id = ?", [seller_id])
    if seller is None:
        return None
    rows = store.db.execute(
        f"""SELECT r.id, c.account FROM rides r
            JOIN calls c ON c.ride_id = r.id AND c.deleted_at IS NULL AND trim(c.account) != ''
            WHERE r.seller_id = :seller AND {_RIDE_TOOK_PLACE}
              AND r.id IN (
                SELECT r.id FROM rides r
                WHERE r.seller_id = :seller AND {_RIDE_TOOK_PLACE}
                  AND EXISTS (SELECT 1 FROM calls c WHERE c.ride_id = r.id
                              AND c.deleted_at IS NULL AND trim(c.account) != '')
                ORDER BY r.ride_date DESC, r.id DESC LIMIT :n)
            ORDER BY r.ride_date DESC, r.id DESC, c.position""",
        {"seller": seller_id, "day": day, "n": RECENT_RIDES},
    ).fetchall()
    accounts: dict[int, set[str]] = {}
    shown: dict[str, str] = {}
    for ride_id, account in rows:
        accounts.setdefault(int(ride_id), set()).add(_account(account))
        shown.setdefault(_account(account), " ".join(account.split()))  # the latest spelling
    sets = list(accounts.values())
    if len(sets) < RECENT_RIDES or any(s != sets[0] for s in sets):
        return None
    names = ", ".join(sorted((shown[a] for a in sets[0]), key=str.casefold))
    message = (
        messages()
        .gettext(
            "{seller}'s last {rides} rides were all with the same accounts ({accounts}) (the "
            "warning shows when the last {rides} rides with accounts named all had exactly the "
            "same accounts). Ride with other accounts this time, so you see how they work in "
            "other situations."
        )
        .format(seller=seller["name"], rides=RECENT_RIDES, accounts=names)
    )
    return PlanWarning(
        "same_accounts",
        message,
        counted=RECENT_RIDES,
        of=RECENT_RIDES,
    )


def plan_warnings(
    store: Store,
    seller_id: int,
    scorecard_version_id: int,
    focus: Iterable[str],
    call_kinds: Sequence[str],
    day: str,
) -> list[PlanWarning]:
    """Every warning for the ride being planned (focus warnings in focus order, then accounts)."""
    out = focus_opportunity_warnings(store, seller_id, scorecard_version_id, focus, call_kinds, day)
    same = same_accounts_warning(store, seller_id, day)
    return out + ([same] if same else [])
