"""The Linux desktop entry and icons: ``fieldride desktop install|uninstall`` (fieldride.desktop)."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.desktop import (
    APP_ID,
    DESKTOP_FILE,
    ICON_SIZES,
    DesktopError,
    data_home,
    desktop_entry,
    exec_value,
    install,
    launch_command,
    uninstall,
)
from fieldride.resources import resource_path

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def entry_values(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_icons_are_shipped_at_every_standard_size() -> None:
    for n in ICON_SIZES:
        path = resource_path("icons", "hicolor", f"{n}x{n}", "apps", f"{APP_ID}.png")
        assert png_size(path) == (n, n)
    assert ICON_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)


def test_install_writes_the_entry_and_icons_where_the_desktop_looks(tmp_path: Path) -> None:
    home = tmp_path / "share"
    done = install(home, ["/opt/FieldRide/FieldRide"])
    entry = home / "applications" / DESKTOP_FILE
    assert done.files[0] == entry
    values = entry_values(entry.read_text(encoding="utf-8"))
    assert values["Exec"] == "/opt/FieldRide/FieldRide"
    assert values["Icon"] == APP_ID
    assert values["Name"] == "FieldRide"
    assert values["Type"] == "Application"
    for n in ICON_SIZES:
        icon = home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (n, n)
    svg = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == resource_path("icons", "fieldride.svg").read_bytes()
    assert len(done.files) == 1 + len(ICON_SIZES) + 1
    assert not list(home.rglob("*.partial"))
    assert entry.stat().st_mode & 0o777 == 0o644


def test_uninstall_removes_only_what_install_wrote(tmp_path: Path) -> None:
    home = tmp_path / "share"
    theirs = home / "applications" / "other.desktop"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\n", encoding="utf-8")
    other_icon = home / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"x")
    written = install(home, ["fieldride"])
    removed = uninstall(home)
    assert sorted(removed.files) == sorted(written.files)
    assert not any(p.exists() for p in written.files)
    assert theirs.exists() and other_icon.exists()
    assert uninstall(home).files == ()  # again: nothing left to remove, no error


def test_exec_paths_with_spaces_and_reserved_characters_are_quoted() -> None:
    # Desktop Entry spec: quote an argument holding a reserved character, escape " ` $ \ inside
    # the quotes, double a literal %; then the string escape doubles each backslash.
    assert exec_value(["/home/ann/My Apps/FieldRide"]) == '"/home/ann/My Apps/FieldRide"'
    assert exec_value(["/opt/a$b/FieldRide"]) == '"/opt/a\\\\$b/FieldRide"'
    assert exec_value(["/opt/100%/FieldRide"]) == "/opt/100%%/FieldRide"
    assert exec_value(["/usr/bin/python3", "-m", "x"]) == "/usr/bin/python3 -m x"


def test_relative_xdg_data_home_is_ignored(tmp_path: Path) -> None:
    assert data_home({"XDG_DATA_HOME": "relative/share"}) == Path.home() / ".local" / "share"
    assert data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert data_home({}) == Path.home() / ".local" / "share"


def test_launch_command_prefers_the_appimage_then_the_bundle(tmp_path: Path) -> None:
    appimage = tmp_path / "FieldRide-x86_64.AppImage"
    appimage.write_bytes(b"")
    assert launch_command({"APPIMAGE": str(appimage)}) == [str(appimage)]
    assert launch_command({}, frozen=True) == [sys.executable]
    script = tmp_path / "bin" / "fieldride"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    assert launch_command({}, argv0=str(script), frozen=False) == [str(script)]
    with pytest.raises(DesktopError, match="--exec"):
        launch_command({"PATH": str(tmp_path / "empty")}, argv0="-c", frozen=False)


@linux_only
def test_cli_install_and_uninstall_use_xdg_data_home(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # conftest points XDG_DATA_HOME at tmp_path / "xdg-data" for every test
    home = tmp_path / "xdg-data"
    assert main(["desktop", "install", "--exec", "/opt/Field Ride/FieldRide"]) == 0
    out = capsys.readouterr().out
    entry = home / "applications" / DESKTOP_FILE
    assert str(entry) in out
    assert entry_values(entry.read_text(encoding="utf-8"))["Exec"] == '"/opt/Field Ride/FieldRide"'
    assert main(["desktop", "uninstall"]) == 0
    assert "Removed the menu entry and icons (10 files)" in capsys.readouterr().out
    assert not entry.exists()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate (Debian desktop-file-utils) not installed: "
    "bash scripts/system-deps.sh --test installs it",
)
@pytest.mark.parametrize(
    "argv", [["fieldride"], ["/home/ann/My Apps/FieldRide"], ["/tmp/a$b%c/FieldRide", "--x"]]
)
def test_the_entry_passes_desktop_file_validate(tmp_path: Path, argv: list[str]) -> None:
    path = tmp_path / DESKTOP_FILE
    path.write_text(desktop_entry(argv), encoding="utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
