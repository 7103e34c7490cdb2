"""The recovery window shown at start for a damaged or lost data file, and the placement notice."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fieldride import store as dbmod
from fieldride.store import (
    CorruptStoreError,
    MissingJournalError,
    PlacementWarning,
    StoreError,
    list_backups,
    make_backup,
    open_store,
)
from fieldride.team import sellers
from ui import settings
from ui.dialogs.placement_notice import show_placement_notice
from ui.dialogs.recovery import RecoveryDialog, recover_store


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seller_count(folder: Path) -> int:
    with open_store(folder) as s:
        return int(s.db.execute("SELECT count(*) FROM sellers").fetchone()[0])


@pytest.fixture
def damaged(data_dir: Path) -> tuple[Path, StoreError]:
    """A store with two sound backups, one damaged newer backup, then a damaged data file."""
    with open_store(data_dir) as s:
        sellers.add_seller(s, "Ana")
        make_backup(s, "daily")
        sellers.add_seller(s, "Ben")
        make_backup(s, "daily")
        broken = make_backup(s, "manual")
    broken.write_bytes(b"\0" * 5000)
    db_file = data_dir / "fieldride.db"
    data = bytearray(db_file.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xa5" * 8192
    db_file.write_bytes(bytes(data))
    with pytest.raises(CorruptStoreError) as info:
        open_store(data_dir)
    return data_dir, info.value


def test_explains_and_preselects_newest_sound_backup(
    qtbot: Any, damaged: tuple[Path, StoreError]
) -> None:
    folder, err = damaged
    dialog = RecoveryDialog(folder, err)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "damaged" in dialog.message.text() and "Nothing was changed" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    assert dialog.details_button.isVisible() and not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible() and dialog.details.toPlainText()
    assert dialog.backups.count() == 3
    assert "DAMAGED" in dialog.backups.item(0).text()
    assert dialog.backups.currentRow() == 1  # the newest sound one
    assert not dialog.keep_button.isVisible()  # a damaged file cannot be kept as is


def test_restore_from_the_window_then_the_store_opens(
    qtbot: Any, damaged: tuple[Path, StoreError]
) -> None:
    folder, err = damaged
    damaged_hash = sha(folder / "fieldride.db")
    dialog = RecoveryDialog(folder, err)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.backup_restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "restored"
    assert dialog.replaced_file is not None and sha(dialog.replaced_file) == damaged_hash
    assert seller_count(folder) == 2


def test_restore_failure_is_shown_in_the_window(
    qtbot: Any, damaged: tuple[Path, StoreError]
) -> None:
    folder, err = damaged
    dialog = RecoveryDialog(folder, err)
    qtbot.addWidget(dialog)
    dialog.show()
    info = dialog.selected_backup()
    assert info is not None
    info.path.write_bytes(b"gone bad meanwhile")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.status.isVisible() and "damaged" in dialog.status.text()
    assert dialog.result() == 0 and dialog.choice is None


def test_recover_store_runs_until_the_store_opens(
    qtbot: Any, damaged: tuple[Path, StoreError]
) -> None:
    folder, err = damaged

    def press_restore() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.restore_button.click()

    QTimer.singleShot(50, press_restore)
    store = recover_store(folder, err)
    assert store is not None
    try:
        assert store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 2
    finally:
        store.close()


def test_quit_leaves_everything_as_it_was(qtbot: Any, damaged: tuple[Path, StoreError]) -> None:
    folder, err = damaged
    before = sha(folder / "fieldride.db")

    def press_quit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.quit_button.click()

    QTimer.singleShot(50, press_quit)
    assert recover_store(folder, err) is None
    assert sha(folder / "fieldride.db") == before
    assert len(list_backups(folder)) == 3


def test_lost_journal_can_be_kept_as_is(qtbot: Any, tmp_path: Path) -> None:
    src, target = tmp_path / "src", tmp_path / "crashed"
    store = open_store(src)
    sellers.add_seller(store, "Ana")
    target.mkdir(mode=0o700)
    shutil.copy2(store.path, target / "fieldride.db")  # the journal is left behind
    (target / f"{dbmod.UNCLEAN_MARKER}.999999999").touch()
    store.close()
    with pytest.raises(MissingJournalError) as info:
        open_store(target)
    dialog = RecoveryDialog(target, info.value)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_button.isVisible() and "as it is" in dialog.keep_button.text()
    assert not dialog.restore_button.isEnabled()  # no backups here
    with qtbot.waitSignal(dialog.kept_as_is):
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    with open_store(target, accept_loss=dialog.choice == "as-is") as again:
        assert again.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_placement_notice_is_modeless_and_shown_once(
    qtbot: Any, main_window: Any, tmp_path: Path
) -> None:
    warning = PlacementWarning("cloud", "Dropbox", tmp_path, "The data folder is inside Dropbox.")
    box = show_placement_notice(main_window, tmp_path, warning)
    assert box is not None
    qtbot.addWidget(box)
    assert box.isVisible() and not box.isModal()
    assert "Dropbox" in box.text()
    assert settings.get_bool(settings.PLACEMENT_WARNED)
    assert show_placement_notice(main_window, tmp_path, warning) is None


def test_no_notice_for_a_local_folder(qtbot: Any, main_window: Any) -> None:
    assert show_placement_notice(main_window, main_window.store.folder) is None


def test_repair_from_the_window_salvages_and_then_the_store_opens(
    qtbot: Any, damaged: tuple[Path, StoreError]
) -> None:
    folder, err = damaged
    damaged_hash = sha(folder / "fieldride.db")
    dialog = RecoveryDialog(folder, err)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.repair_button.isVisible() and not dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    assert not dialog.quit_button.isEnabled()  # while the repair runs
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert dialog.report is not None and dialog.report.replaced is not None
    assert str(dialog.report.aside) in dialog.status.text()
    assert "Copied first" in dialog.details.toPlainText() and dialog.details.isVisible()
    assert sha(dialog.report.aside / "fieldride.db") == damaged_hash  # kept as it was
    assert dialog.open_button.isVisible() and not dialog.repair_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.choice == "repaired"
    with open_store(folder) as s:
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_repair_refused_in_the_window_says_so(qtbot: Any, damaged: tuple[Path, StoreError]) -> None:
    folder, err = damaged
    dialog = RecoveryDialog(folder, err)
    qtbot.addWidget(dialog)
    with _other_process(folder):
        qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "did not run" in dialog.status.text(), timeout=60000)
    assert dialog.quit_button.isEnabled() and dialog.repair_button.isEnabled()
    assert "did not run" in dialog.status.text() and "still open" in dialog.status.text()
    assert dialog.report is None and not dialog.open_button.isVisible()


@contextlib.contextmanager
def _other_process(folder: Path) -> Iterator[None]:
    """A live process with the store open (its marker), as a running ``fieldride`` command."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    marker = folder / f"fieldride.open.{proc.pid}"
    marker.touch()
    try:
        yield
    finally:
        proc.kill()
        proc.wait()
        marker.unlink()


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_an_emptied_file_is_explained_in_the_interface_language(
    qtbot: Any, qapp: Any, tmp_path: Path, code: str
) -> None:
    """Seen in a German window: the store's explanation of an emptied data file (0 bytes, with
    backups) was English in the recovery window, the rest of it German. The store's sentence
    pointing at this window is replaced by the window's own ("listed below"), in the same
    language."""
    from fieldride.i18n import set_interface_language
    from tests.ui.conftest import install_test_english
    from ui import translation

    folder = tmp_path / "data"
    with open_store(folder) as s:
        sellers.add_seller(s, "Ana")
        make_backup(s, "daily")
    (folder / "fieldride.db").write_bytes(b"")
    translation.install(qapp, code)
    try:
        with pytest.raises(StoreError) as info:
            open_store(folder)
        dialog = RecoveryDialog(folder, info.value)
        qtbot.addWidget(dialog)
        said = dialog.message.text()
    finally:
        install_test_english(qapp)
        set_interface_language("en")
    start, below = {
        "en": ("The data file ", "Restore the newest sound backup listed below (it is selected)."),
        "de": ("Die Datendatei ", "Stellen Sie die neueste intakte Sicherung aus der Liste unten"),
        "es": ("El archivo de datos ", "Restaure la copia de seguridad correcta más reciente de"),
    }[code]
    assert said.startswith(start) and below in said, said
    assert "fieldride restore" not in said, said  # the command line's way is not this window's


def test_enter_restores_the_preselected_backup_once(
    qtbot: Any, damaged: tuple[Path, StoreError]
) -> None:
    """Walked by keyboard: the window opened with "Show details" focused, so Enter showed the
    details instead of restoring. The keyboard now starts on the list of backups."""
    folder, err = damaged
    dialog = RecoveryDialog(folder, err)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.focusWidget() is dialog.backups
    restored: list[Path] = []
    dialog.backup_restored.connect(restored.append)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert len(restored) == 1 and dialog.choice == "restored"
    assert len(list(folder.glob("fieldride.db.replaced-*"))) == 1  # set aside once, not twice
