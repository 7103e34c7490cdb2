"""``fieldride repair``: the explicit, separate command that writes (``check`` only reads).

Exit codes: 0 nothing to repair, or repaired with nothing lost; 1 repaired, with what is lost
listed; 2 refused (FieldRide or another process has the store, nothing to repair, or the repair
could not be written): nothing was changed. See :mod:`fieldride.store.repair`.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import Any

from fieldride.cli import gettext

REFUSED = 2


def register(sub: Any) -> None:
    p = sub.add_parser(
        "repair",
        help=gettext("repair the data file: recover what reads, take damaged rides from backups"),
        description=gettext(
            "Repair the data file. First copies the data file, its journal and the "
            "journal copies kept after crashes into a private 'repairs/<time>' folder; then recovers "
            "what can be read, takes each acknowledged ride that no longer matches its checksum from "
            "the newest backup that holds it intact, and puts the result in place (the old file is "
            "renamed '.replaced-<time>', never deleted). Refuses while FieldRide is open. Exit codes: "
            "0 nothing to repair or repaired fully, 1 repaired with losses (listed), 2 refused."
        ),
    )
    p.set_defaults(func=cmd_repair)


def cmd_repair(args: argparse.Namespace) -> int:
    from fieldride.paths import data_dir
    from fieldride.store import StoreError
    from fieldride.store.repair import repair_store

    folder = data_dir(args.data_dir)
    try:
        report = repair_store(folder)
    except StoreError as err:
        print(f"fieldride: {err}", file=sys.stderr)
        return REFUSED
    except (OSError, sqlite3.Error) as err:
        detail = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        print(
            gettext(
                "fieldride: the repair stopped ({detail}); the data file was left as it was."
            ).format(detail=detail),
            file=sys.stderr,
        )
        return REFUSED
    for line in report.lines():
        print(line)
    return report.exit_code
