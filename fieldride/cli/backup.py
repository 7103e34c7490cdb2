"""Backup commands: ``backup``, ``backups`` (list) and ``restore``.

``fieldride backup`` reads through a read-only connection, so it works while the app is open.
``fieldride restore`` never deletes anything: the current data file is moved aside. It refuses
while FieldRide is open on the same folder (the app would keep writing to the moved file).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldride.cli import CommandError, gettext, ngettext


def register(sub: Any) -> None:
    p = sub.add_parser(
        "backup", help=gettext("write a backup of the data file now (safe while the app is open)")
    )
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "backups", help=gettext("list the backups, newest first, with their check result")
    )
    p.set_defaults(func=cmd_backups)
    p = sub.add_parser(
        "restore",
        help=gettext(
            "replace the data file by a backup (the current file is moved aside, not deleted)"
        ),
        description=gettext(
            "Replace the data file by a backup. The current data file and its journal "
            "are renamed with a '.replaced-<time>' suffix, never deleted."
        ),
    )
    p.add_argument(
        "backup",
        nargs="?",
        help=gettext("the backup: its number in 'fieldride backups', its file name or a path"),
    )
    p.add_argument(
        "--newest", action="store_true", help=gettext("restore the newest backup that is sound")
    )
    p.add_argument(
        "--as-is",
        action="store_true",
        help=gettext(
            "do not restore: keep the current data file as it is after a lost journal or a "
            "lost data file, and stop asking"
        ),
    )
    p.set_defaults(func=cmd_restore)


def _folder(args: argparse.Namespace) -> Path:
    from fieldride import paths

    return paths.data_dir(args.data_dir)


def _human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    from fieldride.store import BackupError, backup_folder

    try:
        path = backup_folder(_folder(args))
    except BackupError as err:
        raise CommandError(str(err)) from err
    print(gettext("Backup written: {path}").format(path=path))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from fieldride.store import check_backup, list_backups

    folder = _folder(args)
    found = list_backups(folder)
    if not found:
        print(
            gettext("No backups in {folder} yet. Write one with 'fieldride backup'.").format(
                folder=folder / "backups"
            )
        )
        return 0
    print(gettext("Backups in {folder} (newest first):").format(folder=folder / "backups"))
    sound, damaged = gettext("sound"), gettext("DAMAGED")
    for number, info in enumerate(found, start=1):
        taken = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        state = sound if check_backup(info.path) else damaged
        print(f"  {number:>3}  {taken}  {info.kind:<14}{_human_size(info.size):>9}  {state}")
    print(gettext("Restore one with 'fieldride restore NUMBER' or 'fieldride restore --newest'."))
    return 0


def _choose(folder: Path, args: argparse.Namespace) -> Path:
    from fieldride.store import list_backups, newest_good_backup

    if args.newest:
        good = newest_good_backup(folder)
        if good is None:
            raise CommandError(
                gettext("There is no sound backup in {folder}.").format(folder=folder / "backups")
            )
        return good.path
    choice = str(args.backup)
    found = list_backups(folder)
    if choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(found):
            raise CommandError(
                gettext(
                    "There is no backup number {number}: 'fieldride backups' lists {found}."
                ).format(
                    number=number,
                    found=ngettext("{n} backup", "{n} backups", len(found)).format(n=len(found)),
                )
            )
        return found[number - 1].path
    by_name = [b.path for b in found if b.path.name == choice]
    if by_name:
        return by_name[0]
    path = Path(choice).expanduser()
    if not path.is_file():
        raise CommandError(
            gettext(
                "No backup '{choice}': give its number from 'fieldride backups', its file name, or a path to a backup file."
            ).format(choice=choice)
        )
    return path


def cmd_restore(args: argparse.Namespace) -> int:
    from fieldride.store import BackupError, open_store, restore_backup

    folder = _folder(args)
    if args.as_is:
        if args.backup or args.newest:
            raise CommandError(gettext("Use either --as-is or a backup to restore, not both."))
        with open_store(folder, accept_loss=True) as store:
            print(
                gettext("Kept the data file {path} as it is; it opens normally again.").format(
                    path=store.path
                )
            )
        return 0
    if not args.backup and not args.newest:
        raise CommandError(
            gettext("Name the backup to restore (see 'fieldride backups') or pass --newest.")
        )
    chosen = _choose(folder, args)
    try:
        aside = restore_backup(folder, chosen)
    except BackupError as err:
        raise CommandError(str(err)) from err
    print(gettext("Restored {name} into {folder}.").format(name=chosen.name, folder=folder))
    if aside.exists():
        print(gettext("The previous data file was kept as {aside}.").format(aside=aside))
    return 0
