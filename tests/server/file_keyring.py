"""A keyring backend for the tests of the keyring path (test code): this machine has no Secret
Service, so the ``keyring`` package offers only its 'fail' backend here. This is a real backend
through keyring's own plug-in interface (selected with ``PYTHON_KEYRING_BACKEND``, as a user
would select one), keeping its entries in the JSON file named by ``FIELDRIDE_TEST_KEYRING``, so
a child process (``fieldride sync`` started by the app) sees what the test process stored."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  (keyring declares it as a class property)

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["FIELDRIDE_TEST_KEYRING"])

    def _entries(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}\x1f{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}\x1f{username}"] = password
        self._path().write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}\x1f{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(entries))
