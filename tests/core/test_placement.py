"""Cloud-sync and network folder detection (fieldride.placement)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldride.store import check_placement
from fieldride.store.cloud_folders import mount_of, read_mounts

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sda2 /home ext4 rw,relatime 0 0
server:/export /mnt/nfs nfs4 rw,vers=4.2 0 0
//nas/team /mnt/team\\040share cifs rw,vers=3.0 0 0
me@host:/data /home/me/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.fixture
def mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts"
    path.write_text(MOUNTS)
    return path


def check(folder: str, mounts: Path, env: dict[str, str] | None = None, home: Path | None = None):
    return check_placement(
        Path(folder), mounts_file=mounts, env=env or {}, home=home or Path("/nohome")
    )


def test_mount_table_parsing(mounts: Path) -> None:
    table = read_mounts(mounts)
    assert ("/mnt/team share", "cifs") in table
    assert mount_of(Path("/home/me/remote/x"), table) == ("/home/me/remote", "fuse.sshfs")
    assert mount_of(Path("/home/me/local"), table) == ("/home", "ext4")
    assert mount_of(Path("/mnt/nfsother"), table) == ("/", "ext4")


@pytest.mark.parametrize(
    ("folder", "words"),
    [
        ("/mnt/nfs/fieldride", "NFS"),
        ("/mnt/team share/coaching", "SMB"),
        ("/home/me/remote/FieldRide", "SSHFS"),
    ],
)
def test_network_filesystems_are_detected(mounts: Path, folder: str, words: str) -> None:
    warning = check(folder, mounts)
    assert warning is not None and warning.kind == "network"
    assert words in warning.message
    assert folder in warning.message
    assert "local folder" in warning.message


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("/home/me/OneDrive/FieldRide", "OneDrive"),
        ("/home/me/OneDrive - Contoso Ltd/FieldRide", "OneDrive"),
        ("/Users/me/Library/CloudStorage/OneDrive-Contoso/FieldRide", "OneDrive"),
        ("/home/me/Dropbox/work", "Dropbox"),
        ("/home/me/Dropbox (Contoso)/work", "Dropbox"),
        ("/Users/me/Library/Mobile Documents/com~apple~CloudDocs/FieldRide", "iCloud Drive"),
        ("/Users/me/iCloud Drive/FieldRide", "iCloud Drive"),
        ("/Users/me/Library/CloudStorage/GoogleDrive-me@example.com/My Drive/x", "Google Drive"),
        ("/home/me/Google Drive/x", "Google Drive"),
        ("/home/me/Nextcloud/x", "Nextcloud"),
    ],
)
def test_cloud_folders_are_detected_by_path(mounts: Path, folder: str, service: str) -> None:
    warning = check(folder, mounts)
    assert warning is not None and warning.kind == "cloud" and warning.service == service
    assert service in warning.message and "journal" in warning.message


def test_onedrive_from_environment(mounts: Path) -> None:
    env = {"OneDriveCommercial": "/home/me/Work Files"}
    warning = check("/home/me/Work Files/FieldRide", mounts, env=env)
    assert warning is not None and warning.service == "OneDrive"
    assert check("/home/me/Other/FieldRide", mounts, env=env) is None


def test_dropbox_from_its_settings_file(mounts: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)
    (home / ".dropbox" / "info.json").write_text(
        json.dumps({"business": {"path": "/home/me/Company Files", "host": 1}})
    )
    warning = check("/home/me/Company Files/FieldRide", mounts, home=home)
    assert warning is not None and warning.service == "Dropbox"


@pytest.mark.parametrize(
    "folder",
    ["/home/me/.local/share/FieldRide", "/home/me/boxes/FieldRide", "/home/me/drive/x", "/tmp/fr"],
)
def test_local_folders_are_fine(mounts: Path, folder: str) -> None:
    assert check(folder, mounts) is None


def test_unreadable_mount_table_is_no_warning(tmp_path: Path) -> None:
    assert (
        check_placement(tmp_path, mounts_file=tmp_path / "missing", env={}, home=tmp_path) is None
    )


def test_real_machine_answers_from_its_own_mount_table(tmp_path: Path) -> None:
    """On the real mount table: pytest's temporary folder is a local folder (no warning), and a
    folder below a mount of this machine flagged as a network share is warned about."""
    assert check_placement(tmp_path) is None
    mounts = read_mounts()
    if not mounts:  # not Linux: no mount table to read
        pytest.skip("no /proc/mounts here")
    point, _fstype = mount_of(tmp_path.resolve(), mounts) or ("/", "")
    fake = tmp_path / "mounts"
    # the share first: of two mounts at one point, the first listed is the one found
    fake.write_text(
        f"server:/share {point} nfs4 rw 0 0\n"
        + "".join(f"dev {p.replace(' ', chr(92) + '040')} {t} rw 0 0\n" for p, t in mounts),
        encoding="utf-8",
    )
    warning = check_placement(tmp_path, mounts_file=fake, env={}, home=tmp_path)
    assert warning is not None and "NFS" in warning.message


# The expressions the names were matched with before (2026-12-07): the reference for the
# plain comparisons that replaced them.
EXPRESSIONS = [
    (r"^onedrive( - .+)?$|^onedrive-.+$", "OneDrive"),
    (r"^dropbox( \(.+\))?$|^dropbox-.+$", "Dropbox"),
    (r"^icloud ?drive$|^com~apple~clouddocs$|^mobile documents$", "iCloud Drive"),
    (r"^google ?drive$|^googledrive-.+$|^my drive$", "Google Drive"),
    (r"^box sync$|^box-box$", "Box"),
    (r"^nextcloud$", "Nextcloud"),
    (r"^owncloud$", "ownCloud"),
    (r"^pcloud ?drive$", "pCloud"),
    (r"^megasync$", "MEGA"),
]
STEMS = [
    "OneDrive",
    "onedrive",
    "ONEDRIVE",
    "OneDrive - ",
    "OneDrive - Contoso Ltd",
    "OneDrive-",
    "OneDrive-Contoso",
    "OneDriveX",
    "My OneDrive",
    "Dropbox",
    "Dropbox ()",
    "Dropbox (Contoso)",
    "Dropbox (Contoso",
    "Dropbox Contoso)",
    "Dropbox-",
    "Dropbox-Team",
    "dropboxes",
    "iCloud Drive",
    "iCloudDrive",
    "iCloud  Drive",
    "com~apple~CloudDocs",
    "Mobile Documents",
    "Mobile Documents2",
    "Google Drive",
    "GoogleDrive",
    "GoogleDrive-",
    "GoogleDrive-me@x.com",
    "My Drive",
    "my drive ",
    "Box Sync",
    "Box-Box",
    "Box",
    "boxes",
    "Nextcloud",
    "NextCloud ",
    "ownCloud",
    "pCloud Drive",
    "pCloudDrive",
    "pCloud",
    "MEGAsync",
    "MEGA",
    "FieldRide",
    "",
    "drive",
    "Ünïcödé Drive",
    "OneDrive - Zoë",
    "Dropbox (Ñúñez)",
]


@pytest.mark.parametrize("name", STEMS)
def test_folder_names_are_recognised_as_the_expressions_recognised_them(name: str) -> None:
    import re

    from fieldride.store.cloud_folders import cloud_service_named

    expected = next((s for p, s in EXPRESSIONS if re.match(p, name, re.IGNORECASE)), None)
    assert cloud_service_named(name) == expected


CHECKING = """
import dataclasses, json, logging, re, sys  # what the app has imported long before
from pathlib import Path

import fieldride.store

calls = []
for name in ("compile", "match", "fullmatch", "search", "sub", "subn", "split", "findall"):
    real = getattr(re, name)
    setattr(re, name, lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k))
from fieldride.store.cloud_folders import check_placement

check_placement(Path(sys.argv[1]), mounts_file=Path(sys.argv[2]), env={}, home=Path("/nohome"))
print(calls)
"""


def test_checking_a_local_folder_compiles_no_regular_expression(tmp_path: Path) -> None:
    """The app checks its data folder at every start, on the way to ready for input."""
    import subprocess
    import sys

    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n/dev/sda2 /home ext4 rw 0 0\n")
    done = subprocess.run(
        [sys.executable, "-c", CHECKING, "/home/me/FieldRide", str(mounts)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
