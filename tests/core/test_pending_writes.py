"""The store's write queue (issue 20, fault 1): a write the storage refuses waits in memory, in
order, and commits when space returns; real SQLite faults, no mocks (``tests.storage_faults``)."""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fieldride import rides
from fieldride.errors import DomainError
from fieldride.store import FailureKind, Store, classify, error_name, open_store
from fieldride.team import sellers
from tests.storage_faults import fill_store, free_store, read_only_store, writable_store

LONG = "Let the customer finish before answering. " * 120  # > one page: needs a new page


def _ride(store: Store) -> tuple[int, int, list[str]]:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Account 1")
    keys = [b.key for b in rides.ride_sheet(store, ride.id).behaviours]
    return ride.id, call.id, keys


def _evidence_on_disk(path: Path, call_id: int, key: str) -> str | None:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT evidence FROM observations WHERE call_id = ? AND behaviour_key = ?",
            [call_id, key],
        ).fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])


def test_a_write_refused_for_a_full_disk_waits_and_commits_when_space_returns(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    _ride_id, call_id, keys = _ride(store)
    fill_store(store)
    done: list[Any] = []
    caplog.set_level(logging.INFO)
    committed = store.pending.attempt(
        "test: evidence",
        lambda: rides.set_evidence(store, call_id, keys[0], LONG),
        key=("evidence", call_id, keys[0]),
        done=done.append,
    )
    assert committed is False
    assert store.pending.failure is not None
    assert store.pending.failure.kind is FailureKind.DISK_FULL
    assert "The disk is full — nothing since 14:02 is saved. Free some space" in (
        store.pending.failure.message("14:02")
    )
    assert not store.db.conn.in_transaction
    assert _evidence_on_disk(store.path, call_id, keys[0]) is None
    assert store.pending.retry() is False  # still full
    free_store(store)
    assert store.pending.retry() is True
    assert store.pending.failure is None
    assert len(done) == 1 and done[0].evidence == LONG
    assert _evidence_on_disk(store.path, call_id, keys[0]) == LONG
    log = caplog.text
    assert "test: evidence" in log and "OperationalError/SQLITE_FULL" in log
    assert "customer" not in log


def test_writes_commit_in_order_and_the_newest_state_of_a_thing_replaces_a_waiting_one(
    store: Store, data_dir: Path
) -> None:
    ride_id, call_id, keys = _ride(store)
    read_only_store(store)
    order: list[str] = []
    for text in ("first", "second", "third"):
        store.pending.attempt(
            "test: evidence",
            lambda t=text: rides.set_evidence(store, call_id, keys[0], t),
            key=("evidence", call_id, keys[0]),
            done=lambda obs: order.append(f"evidence {obs.evidence}"),
        )
    store.pending.attempt(
        "test: note",
        lambda: rides.add_note(store, ride_id, "a note", call_id),
        done=lambda note: order.append(f"note {note.text}"),
    )
    assert len(store.pending) == 2
    assert store.pending.failure is not None
    assert store.pending.failure.kind is FailureKind.READ_ONLY
    writable_store(store)
    assert store.pending.retry()
    assert order == ["evidence third", "note a note"]
    store.close()
    again = open_store(data_dir)
    try:
        assert rides.get_observation(again, call_id, keys[0]).evidence == "third"  # type: ignore[union-attr]
        assert [n.text for n in rides.list_notes(again, ride_id)] == ["a note"]
    finally:
        again.close()


def test_a_new_edit_retries_the_waiting_ones_first_and_listeners_hear_of_it(store: Store) -> None:
    _ride_id, call_id, keys = _ride(store)
    heard: list[bool] = []
    store.pending.add_listener(lambda: heard.append(store.pending.failure is None))
    read_only_store(store)
    store.pending.attempt("test: rate", lambda: rides.rate(store, call_id, keys[0], 2))
    assert heard == [False]
    writable_store(store)
    assert store.pending.attempt("test: rate", lambda: rides.rate(store, call_id, keys[1], 3))
    assert heard == [False, True]
    assert rides.get_observation(store, call_id, keys[0]).level == 2  # type: ignore[union-attr]
    assert rides.get_observation(store, call_id, keys[1]).level == 3  # type: ignore[union-attr]


def test_refusals_and_bugs_are_not_kept(store: Store) -> None:
    def refuse() -> None:
        raise DomainError("no")

    with pytest.raises(DomainError):
        store.pending.attempt("test: refused", refuse)
    seen: list[str] = []
    assert not store.pending.attempt("test: refused", refuse, refused=lambda e: seen.append(str(e)))
    assert seen == ["no"]
    with pytest.raises(ZeroDivisionError):
        store.pending.attempt("test: bug", lambda: 1 / 0)
    assert not store.pending and store.pending.failure is None


def test_cancel_drops_a_waiting_write(store: Store) -> None:
    ride_id, _call_id, _keys = _ride(store)
    read_only_store(store)
    store.pending.attempt("test: note", lambda: rides.add_note(store, ride_id, "x"), key="n")
    assert store.pending.holds("n")
    assert store.pending.cancel("n")
    assert not store.pending and store.pending.failure is None
    writable_store(store)
    assert rides.list_notes(store, ride_id) == []


@pytest.mark.parametrize(
    ("err", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), FailureKind.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), FailureKind.READ_ONLY),
        (OSError(errno.EIO, "Input/output error"), FailureKind.IO_ERROR),
        (sqlite3.OperationalError("database or disk is full"), FailureKind.DISK_FULL),
        (sqlite3.OperationalError("disk I/O error"), FailureKind.IO_ERROR),
        (sqlite3.OperationalError("no such table: x"), None),
        (ValueError("x"), None),
    ],
)
def test_classify(err: BaseException, kind: FailureKind | None) -> None:
    assert classify(err) is kind


def test_error_name_has_the_class_and_code_never_the_message() -> None:
    assert error_name(OSError(errno.ENOSPC, "No space left on /home/ana")) == "OSError/ENOSPC"


@pytest.mark.parametrize(
    ("code", "waiting", "lost", "kept"),
    [
        (
            "en",
            "The disk is full — nothing since 14:05 is saved. Free some space; FieldRide will "
            "try again.",
            "The disk is full — that change was not saved. Free some space, then make it again.",
            "The disk is full — nothing was saved, and what you entered is still here. Free "
            "some space, then try again.",
        ),
        (
            "de",
            "Die Festplatte ist voll – seit 14:05 ist nichts gespeichert. Geben Sie etwas "
            "Speicherplatz frei; FieldRide versucht es dann erneut.",
            "Die Festplatte ist voll – diese Änderung wurde nicht gespeichert. Geben Sie etwas "
            "Speicherplatz frei und nehmen Sie sie dann noch einmal vor.",
            "Die Festplatte ist voll – es wurde nichts gespeichert; Ihre Eingaben sind noch da. "
            "Geben Sie etwas Speicherplatz frei und versuchen Sie es dann erneut.",
        ),
        (
            "es",
            "El disco está lleno: no hay nada guardado desde las 14:05. Libere algo de espacio; "
            "FieldRide lo volverá a intentar.",
            "El disco está lleno: ese cambio no se ha guardado. Libere algo de espacio y vuelva "
            "a hacerlo.",
            "El disco está lleno: no se ha guardado nada y lo que ha introducido sigue aquí. "
            "Libere algo de espacio y vuelva a intentarlo.",
        ),
    ],
)
def test_what_a_storage_failure_says_is_in_the_interface_language(
    code: str, waiting: str, lost: str, kept: str
) -> None:
    """The status line and the dialogs' message for a refused write were English in a German
    or Spanish window (the core's failure texts were not marked for translation)."""
    from fieldride.i18n import set_interface_language
    from fieldride.store import StorageFailure, kept_message, lost_message

    set_interface_language(code)
    try:
        failure = StorageFailure(FailureKind.DISK_FULL, "rate", "OperationalError", 0.0)
        assert failure.message("14:05") == waiting
        assert lost_message(FailureKind.DISK_FULL) == lost
        assert kept_message(FailureKind.DISK_FULL) == kept
        for kind in FailureKind:  # every kind has its words in this language
            assert kept_message(kind) != kept_message(FailureKind.DISK_FULL) or kind is (
                FailureKind.DISK_FULL
            )
    finally:
        set_interface_language("en")
