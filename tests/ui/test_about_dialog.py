"""Help > About FieldRide: version, data folder (opened through an injectable opener), licences."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from fieldride import __version__
from fieldride.resources import resource_path
from ui.dialogs.about import AboutDialog, load_licences


class Opener:
    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.urls: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.answer


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "FieldRide data"
    path.mkdir()
    return path


def _dialog(qtbot: Any, folder: Path, prompts: Any, opener: Opener) -> AboutDialog:
    dialog = AboutDialog(folder, prompts, open_url=opener)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_shows_version_and_data_folder(qtbot: Any, folder: Path, prompts: Any) -> None:
    dialog = _dialog(qtbot, folder, prompts, Opener())
    assert dialog.title_label.text() == f"FieldRide {__version__}"
    assert dialog.folder_label.text() == str(folder)


def test_open_button_opens_the_data_folder(qtbot: Any, folder: Path, prompts: Any) -> None:
    opener = Opener()
    dialog = _dialog(qtbot, folder, prompts, opener)
    with qtbot.waitSignal(dialog.data_folder_opened) as blocker:
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opener.urls] == [str(folder)]
    assert blocker.args == [str(folder)]
    assert prompts.errors == []


def test_no_file_manager_is_explained_with_the_path(qtbot: Any, folder: Path, prompts: Any) -> None:
    dialog = _dialog(qtbot, folder, prompts, Opener(answer=False))
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    [(title, text, _)] = prompts.errors
    assert title == "Cannot open the data folder"
    assert str(folder) in text and "Copy path" in text


def test_missing_folder_is_explained_and_not_opened(qtbot: Any, folder: Path, prompts: Any) -> None:
    opener = Opener()
    dialog = _dialog(qtbot, folder, prompts, opener)
    folder.rmdir()
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opener.urls == []
    [(_, text, _)] = prompts.errors
    assert "does not exist" in text and str(folder) in text


def test_copy_path_puts_the_folder_on_the_clipboard(qtbot: Any, folder: Path, prompts: Any) -> None:
    dialog = _dialog(qtbot, folder, prompts, Opener())
    qtbot.mouseClick(dialog.copy_path_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == str(folder)


def test_lists_fonts_and_libraries_with_their_licence_texts(
    qtbot: Any, folder: Path, prompts: Any
) -> None:
    dialog = _dialog(qtbot, folder, prompts, Opener())
    rows = {
        dialog.licence_list.topLevelItem(i).text(0): dialog.licence_list.topLevelItem(i).text(2)
        for i in range(dialog.licence_list.topLevelItemCount())
    }
    assert rows["Qt 6 and Qt for Python (PySide6)"].startswith("LGPL-3.0")
    assert rows["ReportLab"] == "BSD"
    assert rows["sqlite-utils"] == "Apache-2.0"
    assert rows["openpyxl"] == "MIT"
    assert rows["PyYAML"] == "MIT"
    assert rows["platformdirs"] == "MIT"
    assert "DejaVu Sans fonts" in rows
    # First entry selected on open: its text is shown.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    # Selecting the fonts shows the DejaVu licence from resources/fonts/.
    names = list(rows)
    item = dialog.licence_list.topLevelItem(names.index("DejaVu Sans fonts"))
    dialog.licence_list.scrollToItem(item)
    rect = dialog.licence_list.visualItemRect(item)
    qtbot.mouseClick(dialog.licence_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Bitstream" in dialog.licence_text.toPlainText()


def test_every_licence_file_listed_exists_and_is_not_empty() -> None:
    for entry in load_licences():
        path = resource_path("licenses", *Path(entry.file).parts)
        assert path.is_file(), entry
        assert path.stat().st_size > 200, entry


def test_damaged_licence_index_is_explained_not_raised(
    qtbot: Any, folder: Path, prompts: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "resources"
    shutil.copytree(resource_path("scorecards"), fake / "scorecards")
    shutil.copytree(resource_path("icons"), fake / "icons")
    (fake / "licenses").mkdir()
    (fake / "licenses" / "index.json").write_text("{not json", encoding="utf-8")
    from fieldride import resources

    monkeypatch.setattr(resources, "resources_root", lambda: fake)
    dialog = _dialog(qtbot, folder, prompts, Opener())
    assert dialog.licence_list.topLevelItemCount() == 0
    assert "missing or damaged" in dialog.licence_text.toPlainText()


def test_help_menu_opens_the_dialog_on_the_store_folder(
    qtbot: Any, main_window: Any, store: Any
) -> None:
    dialog = main_window.show_about()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, AboutDialog)
    assert dialog.folder_label.text() == str(store.folder)
    assert dialog.isVisible()
    dialog.close()


def _locked_versions() -> dict[str, str]:
    """``{normalised distribution name: version}`` from requirements/app.lock."""
    lock = Path(__file__).resolve().parents[2] / "requirements" / "app.lock"
    # A pin may name extras (psycopg[binary]==3.3.9): the distribution is the name before them.
    pins = re.findall(
        r"^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==([^\s;\\]+)", lock.read_text(encoding="utf-8"), re.M
    )
    return {_normalise(name): version for name, version in pins}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_index_matches_the_lock() -> None:
    """Every package the About dialog lists shows the version the lock pins (scripts/lock.sh
    regenerates both together), so only a real drift between the two fails here, never a new
    release on the package index."""
    index = json.loads(resource_path("licenses", "index.json").read_text(encoding="utf-8"))
    locked = _locked_versions()
    packages = [entry for entry in index if entry.get("package")]
    assert len(packages) >= 10, "the index lists the Python packages it ships"
    for entry in packages:
        assert entry["version"] == locked.get(_normalise(entry["package"])), entry


def test_the_test_environment_was_installed_from_the_lock() -> None:
    """The environment running the suite holds the locked versions (scripts/test.sh installs
    only from requirements/dev.lock): a hand-installed upgrade shows up here, by name."""
    from importlib import metadata

    locked = _locked_versions()
    drift = {
        name: (metadata.version(name), version)
        for name, version in locked.items()
        if name not in {"pip", "tzdata"} and _installed(name) and metadata.version(name) != version
    }
    assert drift == {}


def _installed(name: str) -> bool:
    from importlib import metadata

    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        return False
    return True
