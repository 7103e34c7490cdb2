"""No sentence in ui/ reaches the screen without going through Qt's translation.

A static reading of the source, because these strings show only in particular states (the first
digit on a ride without calls, a locked ride, a damaged data file) that the pseudo-locale walk
(test_pseudo_locale.py) does not reach: the German walk found six of them in English. A literal
or f-string with words, passed straight to a method that puts text on screen, is a finding;
``self.tr(...)``/``QCoreApplication.translate(...)`` calls, log calls and data are not.
"""

from __future__ import annotations

import ast
from pathlib import Path

import ui

UI = Path(ui.__file__).parent

# Methods and widgets whose first arguments are shown to the manager.
SHOWN = {
    "show_message",
    "setText",
    "setToolTip",
    "setWindowTitle",
    "showMessage",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "setTitle",
    "setTabText",
    "addTab",
    "setAccessibleName",
    "setAccessibleDescription",
    "QLabel",
    "EmptyState",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "information",
    "warning",
    "critical",
    "question",
}
LOGGERS = {"log", "logger", "logging", "_log"}


def _words(node: ast.expr) -> bool:
    """A string literal or f-string with at least two letters in a row (not "", "–", "·")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        return any(text[i].isalpha() and text[i + 1].isalpha() for i in range(len(text) - 1))
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    return False


def _receiver(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


def untranslated(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SHOWN or _receiver(node) in LOGGERS:
            continue
        found += [(node.lineno, ast.unparse(a)[:80]) for a in node.args[:3] if _words(a)]
    return found


def test_the_check_finds_what_the_german_walk_found() -> None:
    before = """
ok.setText("Save call" if call else "Add call")
self.header.show_message(f"Add a call first ({ADD_CALL_SHORTCUT}).")
QMessageBox.critical(self.window, "FieldRide cannot open its data", str(err))
"""
    after = """
ok.setText(self.tr("Save call") if call else self.tr("Add call"))
self.header.show_message(self.tr("Add a call first ({keys}).").format(keys=keys))
QMessageBox.critical(self.window, self.tr("FieldRide cannot open its data"), str(err))
log.warning("could not reopen the ride in progress")
label.setText("")
label.setText(" · ")
"""
    assert [line for line, _ in untranslated(before)] == [2, 3, 4]
    assert untranslated(after) == []


def test_every_sentence_in_ui_goes_through_translation() -> None:
    found = [
        f"{path.relative_to(UI.parent)}:{line}: {text}"
        for path in sorted(UI.rglob("*.py"))
        for line, text in untranslated(path.read_text(encoding="utf-8"))
    ]
    assert found == []
