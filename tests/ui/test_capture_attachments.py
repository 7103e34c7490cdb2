"""Attachments in capture (issue 22, deliver 5) with real files: attach by the capture key,
see a photo's thumbnail and a file's icon and name, a file over 10 MB refused with its name
and size and nothing stored, save as, remove; a locked ride takes no file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from fieldride import rides
from fieldride.rides import MAX_ATTACHMENT_BYTES
from fieldride.store import Store
from fieldride.team import sellers

FIXTURES = Path(__file__).parents[1] / "fixtures" / "attachments"


def _count(store: Store, table: str) -> int:
    return int(store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_attach_a_photo_and_an_email_see_them_and_save_one_elsewhere(
    qtbot: Any, main_window: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    main_window.open_ride(ride.id)
    capture = main_window.capture
    strip = capture.attachments
    qtbot.waitUntil(lambda: strip.isVisible())
    assert strip.title.text() == "No attachments on this call."
    assert not strip.list.isVisible()
    prompts.file_answers = [str(FIXTURES / "whiteboard.jpg")]
    capture.grid.setFocus()
    qtbot.keyClick(
        capture.grid,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: strip.names() == ["whiteboard.jpg"])
    prompts.file_answers = [str(FIXTURES / "follow-up.eml")]
    strip.choose_file()
    qtbot.waitUntil(lambda: strip.names() == ["whiteboard.jpg", "follow-up.eml"])
    assert strip.title.text() == "Attachments on this call: 2"
    photo_icon = strip.list.item(0).icon().pixmap(72, 72)
    # The photo's thumbnail is the picture (800x600 scaled into 72x72: 72x54), not a file icon.
    assert strip._thumbs and next(iter(strip._thumbs.values())).size().toTuple() == (72, 54)
    assert not photo_icon.isNull()
    stored = rides.list_attachments(store, ride.id)
    assert [(a.name, a.call_id) for a in stored] == [
        ("whiteboard.jpg", call.id),
        ("follow-up.eml", call.id),
    ]
    # Save as writes the very bytes.
    strip.list.setCurrentRow(1)
    target = tmp_path / "email copy.eml"
    prompts.file_answers = [str(target)]
    assert strip.save_current_as() == target
    assert target.read_bytes() == (FIXTURES / "follow-up.eml").read_bytes()
    # Remove asks first, then the file is gone from the call.
    prompts.confirm_answers = [True]
    strip.list.setCurrentRow(0)
    strip.remove_current()
    qtbot.waitUntil(lambda: strip.names() == ["follow-up.eml"])


def test_a_file_over_the_limit_is_refused_by_name_and_size_and_nothing_is_stored(
    qtbot: Any, main_window: Any, store: Store, prompts: Any, tmp_path: Path
) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    rides.add_call(store, ride.id, "visit", "Harbour Foods")
    main_window.open_ride(ride.id)
    strip = main_window.capture.attachments
    big = tmp_path / "site walk.mp4"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 5 * 1024 * 1024)
    prompts.file_answers = [str(big)]
    strip.choose_file()
    qtbot.waitUntil(lambda: bool(prompts.errors))
    title, message, _details = prompts.errors[-1]
    assert title == "File not attached"
    assert "'site walk.mp4' is 15.0 MB (15,728,640 bytes)" in message
    assert "at most 10.0 MB" in message
    assert _count(store, "attachments") == 0 and _count(store, "blobs") == 0
    assert strip.names() == []
