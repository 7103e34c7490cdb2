"""UI fixtures: a fake prompt service and a main window on a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from fieldride.store import Store


def install_test_english(qapp: Any) -> None:
    """English as the tests read it: Qt's formats those of en_SE (below), the core's messages
    plain English (en: "Mar 16, 2026", "1.5"; with en_SE's region the core would write
    "16 Mar 2026", "1,5", see fieldride.i18n.region_of)."""
    from PySide6.QtCore import QLocale

    from fieldride import i18n
    from ui import translation

    translation.install(qapp, "en", QLocale("en_SE"))
    i18n.set_interface_language("en")


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp: Any) -> None:
    """The UI in English as the app starts it (ui_en.qm gives the plural forms: "1 call",
    "3 calls"); tests of other languages install theirs and put English back. The locale is
    English as written in Sweden (en_SE): its short dates are ISO (2026-03-02), so a test reads
    the same day on every machine; tests/ui/test_translation.py checks de, es and en_US."""
    install_test_english(qapp)


@pytest.fixture(autouse=True)
def _english_after_each_test(qapp: Any, request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that switches the UI to another language or locale and does not put English back
    leaks it into every later test ("2,5" for "2.5"), in an order that depends on how the tests
    are scheduled. After each test, English as above is put back if anything changed, with a
    warning naming the test that left it (in pytest's warnings summary)."""
    yield
    import warnings

    from PySide6.QtCore import QLocale

    from fieldride import i18n

    left = (QLocale().name(), i18n.messages().tag)
    if left != ("en_SE", "en"):
        warnings.warn(
            f"{request.node.nodeid} left the UI locale {left[0]} and language {left[1]}",
            stacklevel=1,
        )
        install_test_english(qapp)


@pytest.fixture(autouse=True)
def _widgets_deleted_between_tests(qtbot: Any) -> Iterator[None]:
    """After each test, delete the widgets it closed, as the app's event loop would before the
    next user action. Left waiting for deletion into the next test, a style sheet applied over
    them crashed the process (SIGSEGV in QWidget::style() under QApplication::setStyleSheet):
    1 run in 6 of test_theme after the capture tests, and every run of test_review_screen
    once the Review screen had a spin box."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class RecordingPrompts:
    """Stands in for ui.prompts.Prompts: records what would be shown, answers from queues."""

    def __init__(self) -> None:
        self.infos: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.confirms: list[tuple[str, str]] = []
        self.text_answers: list[str | None] = []
        self.file_answers: list[str | None] = []
        self.parent: Any = None

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def error(self, title: str, text: str, details: str = "") -> None:
        self.errors.append((title, text, details))

    def confirm(self, title: str, text: str) -> bool:
        self.confirms.append((title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        return self.text_answers.pop(0) if self.text_answers else None

    def open_file(self, title: str, folder: str, filters: str) -> str | None:
        return self.file_answers.pop(0) if self.file_answers else None

    def save_file(self, title: str, path: str, filters: str) -> str | None:
        return self.file_answers.pop(0) if self.file_answers else None


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()


def ridden_with_today(store: Store, name: str) -> int:
    """A new seller ``name`` with a ride started today (ridden with 0 days ago); their id."""
    from datetime import date

    from fieldride import rides
    from fieldride.team import sellers

    seller = sellers.add_seller(store, name)
    ride = rides.plan_ride(store, seller.id, date.today().isoformat(), scorecard_key="field-visit")
    rides.start_ride(store, ride.id)
    return seller.id


def window_on(qtbot: Any, store: Store, prompts: RecordingPrompts | None = None) -> Any:
    """The main window on ``store``, shown, with recording prompts (for tests that open their
    own stores; ``main_window`` is the fixture on ``store``)."""
    from ui import settings
    from ui.main_window import MainWindow

    settings.configure(store.folder)
    window = MainWindow(store, prompts or RecordingPrompts())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def main_window(qtbot: Any, store: Store, prompts: RecordingPrompts) -> Iterator[Any]:
    from ui import settings
    from ui.main_window import MainWindow

    settings.configure(store.folder)
    window = MainWindow(store, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
