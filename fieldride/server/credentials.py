"""Where this laptop keeps its team-server password (issue 21): the platform keyring, or else a
0600 PostgreSQL password file in the data folder. Never the SQLite store, never a log.

- :func:`save_password` puts it in the platform keyring (macOS Keychain, Windows Credential
  Manager, the Secret Service of a Linux desktop) through the ``keyring`` package. When no
  usable keyring exists (a Linux box without a Secret Service: ``keyring`` then offers only its
  "fail" backend), or the keyring refuses, it writes :data:`PASSFILE` in the data folder instead,
  mode 0600, in libpq's own pgpass format, and says so in a plain sentence
  (:attr:`Saved.message`).
- :func:`connection_secrets` gives what :func:`fieldride.server.connect` adds to the DSN for
  one connection: ``password`` from the keyring, or ``passfile`` naming that file (libpq reads
  it itself). Without either, libpq's own sources still apply (``~/.pgpass``, a service file,
  ``PGPASSWORD``).
- :func:`forget_password` removes both (leaving the team).

``keyring`` is imported inside the functions: a store with no team never loads it.
The keyring entry is named by the role, host, port and database of the DSN, so two data folders
joined to the same server as the same role share one entry.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from fieldride.i18n import messages

log = logging.getLogger(__name__)

KEYRING_SERVICE = "FieldRide team server"
PASSFILE = "team-server.pgpass"  # in the data folder (0700), mode 0600


@dataclass(frozen=True)
class Saved:
    """Where :func:`save_password` put the password."""

    where: str  # "keyring" or "file"
    message: str  # one plain sentence for the user


def _params(dsn: str) -> dict[str, str]:
    from psycopg import conninfo

    return {k: str(v) for k, v in conninfo.conninfo_to_dict(dsn).items() if v is not None}


def keyring_entry(dsn: str) -> str:
    """The keyring's user name for this DSN: ``role@host:port/database`` (or ``role@service``)."""
    p = _params(dsn)
    role = p.get("user") or os.environ.get("PGUSER", "")
    if "service" in p:
        return f"{role}@service {p['service']}"
    return f"{role}@{p.get('host', 'localhost')}:{p.get('port', '5432')}/{p.get('dbname', '')}"


def _usable_keyring() -> object | None:
    """The keyring backend when it can store a secret, else None (no backend, or only the
    'fail' one). Never raises: a broken keyring installation is the same as none."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # any import or detection error: no keyring
        log.info("no platform keyring could be loaded", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring):
        return None
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:  # keyring's chainer with nothing behind it
        return None
    return backend


def passfile_path(folder: Path) -> Path:
    return Path(folder) / PASSFILE


def _pgpass_field(text: str) -> str:
    return text.replace("\\", "\\\\").replace(":", "\\:")


def _write_passfile(folder: Path, role: str, password: str) -> Path:
    """One libpq pgpass line for ``role`` on any host, port and database (the file is named in
    the connection only for this folder's team), written 0600 through a partial file."""
    if "\n" in password or "\r" in password:
        from fieldride.server.connection import ServerError

        raise ServerError(
            messages().gettext("A password with a line break cannot be kept in a password file.")
        )
    target = passfile_path(folder)
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, f"*:*:*:{_pgpass_field(role)}:{_pgpass_field(password)}\n".encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(partial, 0o600)  # whatever the umask made of it
    os.replace(partial, target)
    return target


def save_password(folder: Path, dsn: str, password: str) -> Saved:
    """Keep ``password`` for ``dsn``'s role: in the keyring if there is a usable one, else in
    the 0600 file (see the module docstring). The other place is cleared, so exactly one holds
    it. OSError / ServerError if the file cannot be written."""
    role = _params(dsn).get("user", "")
    backend = _usable_keyring()
    if backend is not None:
        import keyring

        try:
            keyring.set_password(KEYRING_SERVICE, keyring_entry(dsn), password)
        except Exception as err:  # keyring.errors.KeyringError, a locked or refused keyring
            log.warning("the keyring refused the password (%s)", type(err).__name__)
        else:
            passfile_path(folder).unlink(missing_ok=True)
            return Saved(
                "keyring",
                messages()
                .gettext("The password is kept in the system keyring ({backend}).")
                .format(backend=backend),
            )
    path = _write_passfile(folder, role, password)
    return Saved(
        "file",
        messages()
        .gettext(
            "No system keyring is available here, so the password is kept in the file {path}, "
            "readable only by you."
        )
        .format(path=path),
    )


def connection_secrets(folder: Path | None, dsn: str) -> dict[str, str]:
    """What to add to ``dsn`` to connect: ``{"password": ...}`` from the keyring,
    ``{"passfile": ...}`` for the data folder's file, or nothing (libpq's own sources)."""
    if folder is not None and passfile_path(folder).exists():
        return {"passfile": str(passfile_path(folder))}
    if _usable_keyring() is not None:
        import keyring

        try:
            found = keyring.get_password(KEYRING_SERVICE, keyring_entry(dsn))
        except Exception as err:
            log.warning("the keyring could not be read (%s)", type(err).__name__)
            found = None
        if found:
            return {"password": found}
    return {}


def forget_password(folder: Path, dsn: str) -> None:
    """Remove the password from the keyring and the file (leaving the team). Never raises for
    an entry that is not there."""
    passfile_path(folder).unlink(missing_ok=True)
    if _usable_keyring() is not None:
        import keyring

        try:
            keyring.delete_password(KEYRING_SERVICE, keyring_entry(dsn))
        except Exception:  # keyring.errors.PasswordDeleteError: nothing stored
            log.info("no keyring entry to remove")
