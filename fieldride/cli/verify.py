"""``fieldride verify RIDE [--code CODE]``: is the ride still what the seller acknowledged?

The handout printed at acknowledgement carries a short code (the fingerprint of what the
seller acknowledged, ``fieldride.debriefs.acknowledged``). This command serialises the ride
again and compares. RIDE is the ride's id (as the app shows it) or its uuid (the same on every
laptop the ride travelled to). ``--code`` checks the acknowledgement whose code a given
handout carries (an earlier one, if the ride was reopened and acknowledged again since).

Exit codes: 0 the ride is what was acknowledged; 3 it changed since (reopened, or changed
without a reopening); 1 nothing to compare (not acknowledged, acknowledged before codes were
kept, no such ride or code). Reads only (opened like every reading command).
"""

from __future__ import annotations

import argparse
from typing import Any

from fieldride.cli import CommandError, gettext
from fieldride.cli.reading import reading_store

CHANGED_EXIT = 3


def register(sub: Any) -> None:
    p = sub.add_parser(
        "verify",
        help=gettext("say whether a ride changed since the seller acknowledged it"),
        description=gettext(
            "Compare a ride with what its seller acknowledged (the code printed on "
            "the handout). Exit 0: unchanged; 3: changed since; 1: nothing to compare."
        ),
    )
    p.add_argument(
        "ride", metavar="RIDE", help=gettext("the ride's id (as the app shows it) or uuid")
    )
    p.add_argument(
        "--code",
        metavar="CODE",
        help=gettext("the code printed on the seller's handout (checks that acknowledgement)"),
    )
    p.set_defaults(func=cmd_verify)


def _ride_id(store: Any, text: str) -> int:
    from fieldride.store import is_uuid
    from fieldride.store import rows as records

    text = text.strip()
    if text.isdigit():
        row = records.one(store.db, "SELECT id FROM rides WHERE id = ?", [int(text)])
    elif is_uuid(text):
        row = records.one(store.db, "SELECT id FROM rides WHERE uuid = ?", [text.lower()])
    else:
        raise CommandError(
            gettext("'{text}' is neither a ride id (e.g. 12) nor a ride's uuid.").format(text=text)
        )
    if row is None:
        raise CommandError(gettext("There is no ride {text} in this data file.").format(text=text))
    return int(row["id"])


def cmd_verify(args: argparse.Namespace) -> int:
    from fieldride import debriefs, rides

    with reading_store(args.data_dir) as store:
        ride_id = _ride_id(store, args.ride)
        ride = rides.get_ride(store, ride_id)
        check = debriefs.check_acknowledgement(store, ride_id, args.code)
        print(
            gettext("Ride {id}: {seller}, {day}, {kind}").format(
                id=ride.id, seller=ride.seller_name, day=ride.ride_date, kind=ride.type_label
            )
        )
        for line in verdict_lines(check, ride.manager_name or gettext("the manager")):
            print(line)
    if check.state == "unchanged":
        return 0
    if check.state in ("reopened", "changed"):
        return CHANGED_EXIT
    return 1


def verdict_lines(check: Any, manager: str) -> list[str]:
    """The answer in plain words, one line each, in the interface language."""
    from fieldride.debriefs import local_time

    if check.state == "not_acknowledged":
        return [
            gettext(
                "Not acknowledged: the seller has not acknowledged this ride, so there is nothing "
                "to compare."
            )
        ]
    who = {"seller": check.seller_name, "day": check.acknowledged_on}
    if check.state == "no_code":
        return [
            gettext(
                "Acknowledged by {seller} on {day}, before FieldRide kept acknowledgement codes: "
                "there is nothing to compare."
            ).format(**who)
        ]
    lines = [
        gettext("Acknowledged by {seller} on {day}, code {code}.").format(code=check.code, **who)
    ]
    if check.state == "unchanged":
        lines.append(gettext("Unchanged: the ride is exactly what the seller acknowledged."))
        return lines
    if check.state == "reopened":
        for entry in check.reopenings:
            when = local_time(entry.at)
            lines.append(
                gettext(
                    "Changed since: {manager} reopened the ride on {when} (reason: {reason})."
                ).format(manager=manager, when=when, reason=entry.reason)
                if entry.reason
                else gettext("Changed since: {manager} reopened the ride on {when}.").format(
                    manager=manager, when=when
                )
            )
        if check.content_same:
            lines.append(gettext("What the seller acknowledged still reads the same."))
        if check.acknowledged_again:
            lines.append(
                gettext(
                    "The seller acknowledged it again after that: the newest handout carries "
                    "another code (run without --code to check that one)."
                )
            )
        lines.append(
            gettext(
                "The ride's history (History… on its debrief, and the seller's development "
                "report) says who reopened it, when, why and what changed."
            )
        )
        return lines
    lines.append(
        gettext(
            "CHANGED: the ride no longer matches what the seller acknowledged, and it was not "
            "reopened in FieldRide: it was changed outside FieldRide, or this copy is not the "
            "acknowledged one. Its handout would now carry the code {code}."
        ).format(code=check.code_now)
    )
    return lines
