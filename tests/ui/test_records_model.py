"""The generic read-only table model (ui.models.records), without a view."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, Qt

from ui.models.records import RECORD_ROLE, SORT_ROLE, RecordTableModel


class Rec(NamedTuple):
    name: str
    score: float | None


COLUMNS = [("Name", lambda r: r.name), ("Score", lambda r: r.score)]


def test_answers_display_sort_record_and_accessible_text_only(qtbot: Any) -> None:
    model: RecordTableModel[Rec] = RecordTableModel(COLUMNS, [Rec("Ana", 3.5), Rec("Ben", None)])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    ana_score, ben_score = model.index(0, 1), model.index(1, 1)
    assert ana_score.data(Qt.ItemDataRole.DisplayRole) == "3.5"
    assert ben_score.data(Qt.ItemDataRole.DisplayRole) == ""  # None shows empty
    assert ana_score.data(SORT_ROLE) == 3.5 and ben_score.data(SORT_ROLE) == ""
    assert ben_score.data(RECORD_ROLE) == Rec("Ben", None)
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Ana"
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
        assert model.index(0, 0).data(role) is None
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
    model.set_records([Rec("Cleo", 1.0)])
    assert model.rowCount() == 1 and model.record(0).name == "Cleo"


def test_column_titles_come_from_the_model(qtbot: Any) -> None:
    titles: RecordTableModel[Rec] = RecordTableModel(COLUMNS)
    assert titles.columnCount() == 2 and titles.rowCount() == 0
    assert [titles.headerData(i, Qt.Orientation.Horizontal) for i in range(2)] == ["Name", "Score"]
