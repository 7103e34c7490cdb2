"""Store commands: ``demo``, ``check``."""

from __future__ import annotations

import argparse
from typing import Any

from fieldride.cli import CommandError
from fieldride.cli.arguments import whole_number


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="fill an empty data folder with a realistic demo team")
    p.add_argument(
        "--seed",
        type=whole_number(0, 2**32 - 1),
        default=7,
        help="random seed (same seed, same data)",
    )
    p.add_argument(
        "--months", type=whole_number(1, 240), default=9, help="months of history to generate"
    )
    p.add_argument("--force", action="store_true", help="add demo data even if sellers exist")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("check", help="check the data file: integrity, schema version, row counts")
    p.set_defaults(func=cmd_check)


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldride.demo import build_demo
    from fieldride.store import open_store

    with open_store(args.data_dir) as store:
        if store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] and not args.force:
            raise CommandError(
                f"{store.path} already has sellers; use an empty --data-dir or pass --force."
            )
        summary = build_demo(store, seed=args.seed, months=args.months)
    print(f"Demo data written to {store.path}")
    for key, value in summary.items():
        print(f"  {key}: {value}")
    return 0


COUNTED = [
    "sellers",
    "scorecards",
    "scorecard_versions",
    "behaviours",
    "rides",
    "calls",
    "observations",
    "quick_notes",
    "debriefs",
    "commitments",
    "commitment_verifications",
    "acknowledgements",
    "training_events",
]


def cmd_check(args: argparse.Namespace) -> int:
    from fieldride.store import open_store, pragmas, schema_version

    with open_store(args.data_dir) as store:
        result = [r[0] for r in store.db.execute("PRAGMA integrity_check").fetchall()]
        print(f"Data file:      {store.path}")
        print(f"Integrity:      {'ok' if result == ['ok'] else '; '.join(map(str, result))}")
        print(f"Schema version: {schema_version(store.db)}")
        p = pragmas(store.db)
        print(f"Journal mode:   {p['journal_mode']}, synchronous={p['synchronous']}")
        _print_safety(store)
        print("Rows:")
        for table in COUNTED:
            n = store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            print(f"  {table:<26}{n:>8}")
    return 0 if result == ["ok"] else 1


def _print_safety(store: Any) -> None:
    """Backups, other processes and a risky placement (cloud sync, network share)."""
    from fieldride.store import check_placement, list_backups

    backups = list_backups(store.folder)
    newest = backups[0].taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if backups else "none"
    print(f"Backups:        {len(backups)} (newest: {newest})")
    if store.other_processes:
        print(f"Also open in:   process {', '.join(map(str, store.other_processes))}")
    warning = check_placement(store.folder)
    if warning is not None:
        print(f"WARNING:        {warning.message}")
