"""FieldRide as a Linux desktop citizen: the menu entry and icons in the user's XDG data folder.

``install()`` writes ``$XDG_DATA_HOME/applications/app.fieldride.FieldRide.desktop`` (from the
template ``resources/desktop/``, its ``Exec`` line pointing at the command that runs FieldRide
here: the AppImage, the one-folder bundle's executable or the pip-installed ``fieldride``) and
the icons ``$XDG_DATA_HOME/icons/hicolor/NxN/apps/app.fieldride.FieldRide.png`` (16 to 512 px,
rendered from the SVG by ``resources/icons/render_icons.py``) plus the SVG itself under
``scalable/apps``. ``uninstall()`` removes exactly those files and nothing else. Both then ask
the desktop's caches to refresh (``update-desktop-database``, ``gtk-update-icon-cache``) when
those tools exist; without them a desktop finds the files at its next scan.

The app id is also the name the UI gives Qt (``QGuiApplication.setDesktopFileName``), so a
Wayland compositor or a dock matches the running window to this entry and its icon.
Nothing here needs a display or Qt. Errors: ``OSError`` when a folder cannot be written,
``DesktopError`` when no command to run FieldRide can be found (pass ``exec_command``).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import NamedTuple

from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.resources import resource_path

APP_ID = "app.fieldride.FieldRide"
DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Characters that make an Exec argument need quoting (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopError(DomainError):
    """The desktop entry cannot be written as asked; ``str()`` says what to do."""


class DesktopFiles(NamedTuple):
    """What ``install``/``uninstall`` wrote or removed, and where. (A named tuple: the app
    imports this module for its ids before its first paint, where ``dataclasses`` alone cost
    ~9 M instructions.)"""

    data_home: Path
    exec_command: str
    files: tuple[Path, ...]


def data_home(env: dict[str, str] | os._Environ[str] | None = None) -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (the spec ignores a relative one), else
    ``~/.local/share``."""
    value = (os.environ if env is None else env).get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def quote_exec_argument(arg: str) -> str:
    """One argument of an ``Exec`` value: double-quoted when it holds a reserved character,
    with ``"``, `````, ``$`` and ``\\`` escaped inside the quotes; ``%`` doubled (a field code
    otherwise). The result is still to be escaped as a desktop-file string (see
    :func:`exec_value`)."""
    arg = arg.replace("%", "%%")
    if not arg or any(c in _RESERVED for c in arg):
        inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        return f'"{inner}"'
    return arg


def exec_value(argv: list[str]) -> str:
    """The ``Exec=`` value for ``argv``: each argument quoted as the spec says, then the
    string-value escape (a backslash is written ``\\\\``)."""
    line = " ".join(quote_exec_argument(a) for a in argv)
    return line.replace("\\", "\\\\")


def launch_command(
    env: dict[str, str] | os._Environ[str] | None = None,
    argv0: str | None = None,
    frozen: bool | None = None,
) -> list[str]:
    """The command that opens FieldRide on this machine, as an argv list.

    In order: the AppImage being run (``$APPIMAGE``, set by its runtime), the one-folder
    bundle's executable (``sys.executable`` when frozen), the ``fieldride`` script this process
    was started as, the ``fieldride`` on ``PATH``. Raises :class:`DesktopError` if none is found
    (e.g. started as ``python -m fieldride``, which cannot open the app).
    """
    env = os.environ if env is None else env
    appimage = env.get("APPIMAGE", "")
    if appimage and os.path.isfile(appimage):
        return [os.path.abspath(appimage)]
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return [os.path.abspath(sys.executable)]
    start = Path(sys.argv[0] if argv0 is None else argv0)
    if start.name in ("fieldride", "fieldride-app") and start.is_file():
        return [str(start.absolute())]
    found = shutil.which("fieldride", path=env.get("PATH"))
    if found:
        return [os.path.abspath(found)]
    raise DesktopError(
        messages().gettext(
            "Could not tell which command opens FieldRide here. Run this from the installed 'fieldride' command or the bundle's 'FieldRide', or give the command with --exec."
        )
    )


def desktop_entry(argv: list[str]) -> str:
    """The desktop entry (the template in resources/desktop) with ``Exec`` running ``argv``."""
    template = resource_path("desktop", DESKTOP_FILE).read_text(encoding="utf-8")
    lines = [
        f"Exec={exec_value(argv)}" if line.startswith("Exec=") else line
        for line in template.splitlines()
    ]
    return "\n".join(lines) + "\n"


def _targets(home: Path) -> list[tuple[Path, Path]]:
    """(source, destination) of every icon file installed."""
    icons = resource_path("icons")
    out = [
        (
            icons / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png",
            home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png",
        )
        for n in ICON_SIZES
    ]
    out.append(
        (
            icons / "fieldride.svg",
            home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        )
    )
    return out


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary name and a rename, so a desktop never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.chmod(0o644)
    os.replace(partial, path)


def install(home: Path | None = None, argv: list[str] | None = None) -> DesktopFiles:
    """Write the desktop entry and icons into ``home`` (default :func:`data_home`); replaces
    an earlier install (e.g. one pointing at an older bundle's folder)."""
    home = data_home() if home is None else home
    argv = launch_command() if argv is None else argv
    written: list[Path] = []
    entry = home / "applications" / DESKTOP_FILE
    _write(entry, desktop_entry(argv).encode("utf-8"))
    written.append(entry)
    for source, target in _targets(home):
        _write(target, source.read_bytes())
        written.append(target)
    _refresh_caches(home)
    return DesktopFiles(home, exec_value(argv), tuple(written))


def uninstall(home: Path | None = None) -> DesktopFiles:
    """Remove what :func:`install` wrote (only those files); the rest of ``home`` is left."""
    home = data_home() if home is None else home
    removed: list[Path] = []
    for path in [home / "applications" / DESKTOP_FILE, *(t for _s, t in _targets(home))]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    _refresh_caches(home)
    return DesktopFiles(home, "", tuple(removed))


def _refresh_caches(home: Path) -> None:
    """Tell the desktop (best effort: these tools are optional, and a desktop rescans anyway)."""
    import subprocess  # only here: the app imports this module at start-up for APP_ID

    jobs = [
        ("update-desktop-database", [str(home / "applications")]),
        # -t: only when the theme already has a cache (never create one in the user's folder)
        ("gtk-update-icon-cache", ["-q", "-t", str(home / "icons" / "hicolor")]),
    ]
    for tool, args in jobs:
        found = shutil.which(tool)
        if found is None:
            continue
        try:
            subprocess.run(  # noqa: S603 - a fixed system tool on our own folders
                [found, *args], capture_output=True, timeout=30, check=False
            )
        except (OSError, subprocess.SubprocessError):
            continue
