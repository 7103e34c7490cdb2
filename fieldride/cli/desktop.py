"""Desktop commands (Linux): ``fieldride desktop install [--exec PROGRAM]`` puts FieldRide in the
desktop's application menu (a desktop entry and the icons, in the user's XDG data folder, no
administrator rights); ``fieldride desktop uninstall`` takes exactly those files away again.
From the bundle or the AppImage: ``FieldRide desktop install`` (the entry then runs that copy).
See :mod:`fieldride.desktop`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fieldride.cli import CommandError, gettext


def register(sub: Any) -> None:
    p = sub.add_parser(
        "desktop", help=gettext("add FieldRide to the desktop's application menu (Linux)")
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "install",
        help=gettext("write the menu entry and icons into the user's data folder (~/.local/share)"),
    )
    a.add_argument(
        "--exec",
        metavar="PROGRAM",
        help=gettext("the program the menu entry runs (default: the one this was started as)"),
    )
    a.set_defaults(func=cmd_install)
    a = actions.add_parser(
        "uninstall", help=gettext("remove the menu entry and icons written by install")
    )
    a.set_defaults(func=cmd_uninstall)


def _linux_only() -> None:
    if not sys.platform.startswith("linux"):
        raise CommandError(
            gettext(
                "desktop install is for Linux desktops; on Windows pin FieldRide.exe to Start, on macOS drag FieldRide.app to Applications (docs/distribution.md)."
            )
        )


def cmd_install(args: argparse.Namespace) -> int:
    from fieldride.desktop import DesktopError, install

    _linux_only()
    try:
        done = install(argv=[args.exec] if args.exec else None)
    except DesktopError as err:
        raise CommandError(str(err)) from err
    entry = done.files[0]
    print(
        gettext("FieldRide is in the application menu: {entry} (runs: {exec_command}).").format(
            entry=entry, exec_command=done.exec_command
        )
    )
    print(
        gettext("Icons: {count} files under {folder}.").format(
            count=len(done.files) - 1, folder=done.data_home / "icons" / "hicolor"
        )
    )
    print(gettext("To take it out again: fieldride desktop uninstall"))
    return 0


def cmd_uninstall(args: argparse.Namespace) -> int:
    from fieldride.desktop import uninstall

    _linux_only()
    done = uninstall()
    if not done.files:
        print(
            gettext("Nothing to remove: no FieldRide menu entry or icons in {data_home}.").format(
                data_home=done.data_home
            )
        )
    else:
        print(
            gettext("Removed the menu entry and icons ({files} files) from {data_home}.").format(
                files=len(done.files), data_home=done.data_home
            )
        )
    return 0
