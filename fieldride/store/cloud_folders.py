"""Is the data folder somewhere that copies files behind SQLite's back?

Cloud-sync clients (OneDrive, Dropbox, iCloud Drive, Google Drive, ...) upload and download
``fieldride.db`` and its ``-wal`` journal as two unrelated files, at different moments; a network
filesystem (NFS, SMB/CIFS, SSHFS) may not honour the locks and syncs SQLite relies on. Either can
tear the database apart. :func:`check_placement` recognises both and returns a warning for the
user; it never refuses (the user may know what they do) and never touches the network: it reads
``/proc/mounts`` on Linux, the sync clients' own local settings files and environment variables,
and otherwise looks at the path itself.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath

log = logging.getLogger(__name__)

PROC_MOUNTS = Path("/proc/mounts")

# fstype → what we call it in the message
NETWORK_FSTYPES: dict[str, str] = {
    "nfs": "an NFS network share",
    "nfs4": "an NFS network share",
    "cifs": "a Windows (SMB) network share",
    "smb3": "a Windows (SMB) network share",
    "smbfs": "a Windows (SMB) network share",
    "fuse.sshfs": "an SSHFS remote folder",
    "fuse.rclone": "an rclone cloud mount",
    "fuse.gvfsd-fuse": "a GNOME remote folder (gvfs)",
    "fuse.s3fs": "an S3 cloud mount",
    "davfs": "a WebDAV remote folder",
    "fuse.davfs2": "a WebDAV remote folder",
    "afs": "an AFS network filesystem",
    "ceph": "a Ceph network filesystem",
    "glusterfs": "a GlusterFS network filesystem",
    "fuse.glusterfs": "a GlusterFS network filesystem",
    "9p": "a 9P shared folder",
}

# The folder names sync clients use, by service, compared with each path component case
# folded: (start, end, more) names a component that starts with ``start`` and ends with ``end``,
# with at least one character between them when ``more`` ("OneDrive - Contoso Ltd",
# "Dropbox (Contoso)"), else nothing ("Nextcloud"). Plain comparisons: the app checks its data
# folder at every start, and compiling the regular expressions these once were cost it ~7 M
# instructions.
_CLOUD_NAMES: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "OneDrive": (("onedrive", "", False), ("onedrive - ", "", True), ("onedrive-", "", True)),
    "Dropbox": (("dropbox", "", False), ("dropbox (", ")", True), ("dropbox-", "", True)),
    "iCloud Drive": (
        ("iclouddrive", "", False),
        ("icloud drive", "", False),
        ("com~apple~clouddocs", "", False),
        ("mobile documents", "", False),
    ),
    "Google Drive": (
        ("googledrive", "", False),
        ("google drive", "", False),
        ("googledrive-", "", True),
        ("my drive", "", False),
    ),
    "Box": (("box sync", "", False), ("box-box", "", False)),
    "Nextcloud": (("nextcloud", "", False),),
    "ownCloud": (("owncloud", "", False),),
    "pCloud": (("pclouddrive", "", False), ("pcloud drive", "", False)),
    "MEGA": (("megasync", "", False),),
}
_ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


@dataclass(frozen=True)
class PlacementWarning:
    """Why the data folder is at risk. ``message`` is written for the user."""

    kind: str  # "cloud" or "network"
    service: str
    folder: Path
    message: str


def _warning(kind: str, service: str, folder: Path) -> PlacementWarning:
    if kind == "cloud":
        why = (
            f"The data folder {folder} is inside {service}. Sync services copy the database and "
            "its journal (fieldride.db-wal) separately, which can damage the data or lose recent "
            "edits."
        )
    else:
        why = (
            f"The data folder {folder} is on {service}. Network folders may not keep the "
            "database's locks and writes safe, which can damage the data."
        )
    return PlacementWarning(
        kind=kind,
        service=service,
        folder=folder,
        message=why + " Move it to a local folder (FieldRide makes its own backups): start "
        "FieldRide with --data-dir pointing at a local folder, or set FIELDRIDE_HOME.",
    )


def _unescape_mount(field: str) -> str:
    # /proc/mounts escapes space, tab, newline and backslash as octal (\040 ...).
    if "\\" not in field:  # the usual mount point: no expression to compile
        return field
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def read_mounts(mounts_file: Path = PROC_MOUNTS) -> list[tuple[str, str]]:
    """(mount point, fstype) pairs from a ``/proc/mounts``-style file; [] if unreadable."""
    try:
        text = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((_unescape_mount(parts[1]), parts[2]))
    return mounts


def mount_of(folder: Path, mounts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The mount (point, fstype) holding ``folder``: the longest mount point that contains it."""
    best: tuple[str, str] | None = None
    text = str(folder)
    for point, fstype in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def _dropbox_roots(home: Path, env: Mapping[str, str]) -> list[Path]:
    """Dropbox writes its folders to ~/.dropbox/info.json (personal and business accounts)."""
    roots: list[Path] = []
    bases = [home / ".dropbox"]
    for name in ("LOCALAPPDATA", "APPDATA"):
        if env.get(name):
            bases.append(Path(env[name]) / "Dropbox")
    for base in bases:
        info = base / "info.json"
        try:
            data = json.loads(info.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            for account in data.values():
                if isinstance(account, dict) and isinstance(account.get("path"), str):
                    roots.append(Path(account["path"]))
    return roots


def _is_under(folder: PurePath, root: PurePath) -> bool:
    try:
        folder.relative_to(root)
    except ValueError:
        return False
    return True


def cloud_service_named(part: str) -> str | None:
    """The sync service whose folders are named like the path component ``part``, or None."""
    name = part.casefold()
    for service, forms in _CLOUD_NAMES.items():
        for start, end, more in forms:
            if more:
                if (
                    len(name) > len(start) + len(end)
                    and name.startswith(start)
                    and name.endswith(end)
                ):
                    return service
            elif name == start + end:
                return service
    return None


def _cloud_by_path(folder: PurePath) -> str | None:
    for part in folder.parts:
        service = cloud_service_named(part)
        if service is not None:
            return service
    return None


def _windows_remote_drive(folder: Path) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = folder.drive
        if drive.startswith("\\\\"):
            return True
        drive_remote = 4
        kernel32 = ctypes.windll.kernel32
        return bool(drive) and kernel32.GetDriveTypeW(drive + "\\") == drive_remote
    return False


def check_placement(
    folder: Path,
    *,
    mounts_file: Path = PROC_MOUNTS,
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> PlacementWarning | None:
    """A warning if ``folder`` is in a cloud-sync folder or on a network filesystem, else None.

    Never raises: anything that cannot be read is treated as "no sign of risk". ``mounts_file``,
    ``env`` and ``home`` are injectable for tests.
    """
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    try:
        resolved = folder.expanduser().resolve()
    except OSError:
        resolved = folder
    # 1. Network filesystems (Linux: the kernel's mount table; Windows: UNC or remote drives).
    mount = mount_of(resolved, read_mounts(mounts_file))
    if mount is not None:
        fstype = mount[1]
        label = NETWORK_FSTYPES.get(fstype)
        if label is None and fstype.startswith(("nfs", "smb", "cifs")):
            label = f"a network share ({fstype})"
        if label is not None:
            kind = "cloud" if fstype in ("fuse.rclone", "fuse.s3fs") else "network"
            return _warning(kind, label, resolved)
    if str(resolved).startswith("\\\\") or _windows_remote_drive(resolved):
        return _warning("network", "a network share", resolved)
    # 2. Sync clients that tell where their folder is.
    for name in _ONEDRIVE_ENV:
        root = env.get(name)
        if root and _is_under(resolved, Path(root)):
            return _warning("cloud", "OneDrive", resolved)
    for dropbox in _dropbox_roots(home, env):
        if _is_under(resolved, dropbox):
            return _warning("cloud", "Dropbox", resolved)
    # 3. The names sync clients give their folders (macOS ~/Library/CloudStorage/..., etc.).
    service = _cloud_by_path(resolved)
    if service is not None:
        return _warning("cloud", service, resolved)
    return None
