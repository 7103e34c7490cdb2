"""Joining a team server with a password, where the password is kept, and a manager's own rides
on a new laptop (issue 21), against a real PostgreSQL."""

from __future__ import annotations

import io
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.server import add_member, connect, pending, sync_store, team_config
from fieldride.server.credentials import PASSFILE, keyring_entry
from fieldride.store import author_id, open_store
from tests.server.conftest import Team, use_keyring
from tests.server.syncing import laptop

PW = "join-Secret:with\\odd-chars-Q9"  # ':' and '\' need escaping in a pgpass file


@pytest.fixture(scope="module")
def roles(team: Team) -> dict[str, str]:
    names = {k: team.role(k) for k in ("ann", "bob", "cy", "dora")}
    with connect(team.admin_dsn()) as conn:
        add_member(conn, names["dora"], "director", password=PW)
        add_member(conn, names["ann"], "manager", password=PW, directors=[names["dora"]])
        add_member(conn, names["bob"], "manager", password=PW, directors=[names["dora"]])
        add_member(conn, names["cy"], "manager", password=PW, directors=[names["dora"]])
    return names


@pytest.fixture
def test_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    import keyring.core

    monkeypatch.setenv("FIELDRIDE_TEST_KEYRING", str(tmp_path / "keyring.json"))
    use_keyring(monkeypatch, "tests.server.file_keyring.FileKeyring")
    yield tmp_path / "keyring.json"
    monkeypatch.undo()
    keyring.core.init_backend()


def _join(folder: Path, dsn: str, password: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["--data-dir", str(folder), "sync", "--join", "--dsn", dsn, "--password-stdin"])


def _bytes_on_disk(folder: Path) -> bytes:
    """Every byte of the data file, its journal and the logs (what could ever leak)."""
    out = b""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != PASSFILE:
            out += path.read_bytes()
    return out


def test_without_a_keyring_the_password_goes_to_a_0600_file_never_the_store(
    team: Team,
    roles: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_keyring: None,
) -> None:
    folder = tmp_path / "ann"
    box = laptop(folder, "", demo_seed=41)
    box.close()
    assert _join(folder, team.dsn(roles["ann"]), PW, monkeypatch) == 0
    said = capsys.readouterr().out
    assert "No system keyring is available here" in said and PASSFILE in said
    passfile = folder / PASSFILE
    assert stat.S_IMODE(passfile.stat().st_mode) == 0o600
    assert PW.replace("\\", "\\\\").replace(":", "\\:") in passfile.read_text()
    # The sync connects with the kept password alone (no PGPASSWORD, no ~/.pgpass).
    assert main(["--data-dir", str(folder), "sync"]) == 0
    assert "Rides sent:" in capsys.readouterr().out
    with open_store(folder) as store:
        config = team_config(store)
        assert config is not None and config.role == roles["ann"]
        assert "password" not in config.dsn
        assert pending(store, roles["ann"]).rides == []
    encoded = [PW.encode(), PW.encode("utf-16-le"), PW.replace("\\", "\\\\").encode()]
    on_disk = _bytes_on_disk(folder)
    assert all(form not in on_disk for form in encoded), "the password is in the data folder"
    assert main(["--data-dir", str(folder), "sync", "--leave"]) == 0
    assert not passfile.exists()


def test_with_a_keyring_the_password_is_kept_there_and_removed_on_leaving(
    team: Team,
    roles: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    test_keyring: Path,
) -> None:
    import keyring

    from fieldride.server.credentials import KEYRING_SERVICE

    folder = tmp_path / "bob"
    laptop(folder, "").close()
    dsn = team.dsn(roles["bob"])
    assert _join(folder, dsn, PW, monkeypatch) == 0
    assert "kept in the system keyring" in capsys.readouterr().out
    assert not (folder / PASSFILE).exists()
    with open_store(folder) as store:
        config = team_config(store)
        assert config is not None
        entry = keyring_entry(config.dsn)
    assert entry.startswith(f"{roles['bob']}@127.0.0.1:")
    assert keyring.get_password(KEYRING_SERVICE, entry) == PW
    assert main(["--data-dir", str(folder), "sync"]) == 0
    assert PW.encode() not in _bytes_on_disk(folder)
    assert main(["--data-dir", str(folder), "sync", "--leave"]) == 0
    assert keyring.get_password(KEYRING_SERVICE, entry) is None


def test_a_wrong_password_or_a_stranger_keeps_nothing(
    team: Team,
    roles: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_keyring: None,
) -> None:
    folder = tmp_path / "wrong"
    laptop(folder, "").close()
    assert _join(folder, team.dsn(roles["ann"]), "not-the-password", monkeypatch) != 0
    err = capsys.readouterr().err
    assert "Could not connect to the team server" in err and "not-the-password" not in err
    assert not (folder / PASSFILE).exists()
    with open_store(folder) as store:
        assert team_config(store) is None


def test_a_managers_rides_on_a_new_laptop_are_theirs_to_edit(
    team: Team,
    roles: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    """The old laptop pushed its rides; a new, empty data folder joins as the same role with
    its password: it adopts the old author id (the server says this role wrote those rides),
    so after the first sync every ride is editable there, and an edit goes out as a normal
    fast-forward. A director joining adopts nothing."""
    from fieldride.rides import get_ride, list_rides
    from fieldride.server import join_team

    old = laptop(tmp_path / "old", team.dsn(roles["cy"], PW), demo_seed=43)
    new = laptop(tmp_path / "new", "")
    boss = laptop(tmp_path / "boss", "")
    try:
        old_id = author_id(old.store.db)
        old.sync()
        sent = {str(r[0]) for r in old.store.db.execute("SELECT uuid FROM rides")}
        assert sent
        assert author_id(new.store.db) != old_id
        report = join_team(new.store, team.dsn(roles["cy"]), PW)
        assert report.adopted_author == old_id and report.own_rides_on_server >= len(sent)
        assert author_id(new.store.db) == old_id
        with connect(team.dsn(roles["cy"], PW)) as conn:
            got = sync_store(new.store, conn)
        assert got.pulled >= len(sent)
        rides = list_rides(new.store)
        assert {r.uuid for r in rides} >= sent
        assert not any(r.read_only for r in rides), "adopted rides must be editable"
        assert pending(new.store, roles["cy"]).rides == []
        # An edit on the new laptop goes out as this role's own ride.
        from fieldride.rides import add_note

        target = next(r for r in rides if not r.frozen)
        add_note(new.store, target.id, "written on the new laptop")  # refused if read-only
        assert get_ride(new.store, target.id).read_only is False
        assert pending(new.store, roles["cy"]).rides == [target.uuid]
        with connect(team.dsn(roles["cy"], PW)) as conn:
            again_sent = sync_store(new.store, conn)
        assert again_sent.pushed == 1 and not again_sent.conflicts
        # A director's own folder never adopts a manager's id.
        dora = join_team(boss.store, team.dsn(roles["dora"]), PW)
        assert dora.adopted_author == "" and author_id(boss.store.db) != old_id
        # Joining again on the same folder adopts nothing new (it is already the author).
        again = join_team(new.store, team.dsn(roles["cy"]), PW)
        assert again.adopted_author == ""
    finally:
        for box in (old, new, boss):
            box.close()
