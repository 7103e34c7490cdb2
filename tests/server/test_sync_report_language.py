"""The sync report (what `fieldride sync` prints and the app's sync dialog shows) in the
user's language: a real sync of a manager's demo store against a real PostgreSQL, its report
read under German and Spanish (issue 24: every string through the translation system)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldride.i18n import set_interface_language
from fieldride.server import add_member, connect
from tests.server.conftest import Team
from tests.server.syncing import laptop

PW = "report-secret"

EXPECTED = {
    "de": ("Angemeldet als ", "Begleitungen gesendet: ", "Mitarbeiter/innen gesendet: "),
    "es": ("Has entrado como ", "Acompañamientos enviados: ", "Comerciales enviados: "),
}
PROGRESS = {
    "de": ("Begleitungen werden gesendet", "Begleitungen werden empfangen"),
    "es": ("Enviando acompañamientos", "Recibiendo acompañamientos"),
}
ENGLISH = ("Signed in", "Rides sent", "Rides received", "Sellers sent", "Scorecards received")


@pytest.fixture
def interface_language() -> Iterator[None]:
    yield
    set_interface_language("en")


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_sync_report_is_in_the_users_language(
    team: Team, tmp_path: Path, code: str, interface_language: None
) -> None:
    role = team.role(f"lang{code}")
    with connect(team.admin_dsn()) as conn:
        add_member(conn, role, "manager", password=PW)
    box = laptop(tmp_path / code, team.dsn(role, PW), demo_seed=51, months=1)
    words: set[str] = set()
    try:
        set_interface_language(code)
        report = box.sync(progress=lambda what, _done, _total: words.add(what))
        assert report.pushed > 0
        lines = report.lines()
    finally:
        box.close()
    # The words the sync dialog shows beside its progress bar.
    assert words == set(PROGRESS[code]), words
    text = "\n".join(lines)
    for start in EXPECTED[code]:
        assert any(line.startswith(start) for line in lines), text
    assert f": {report.pushed};" in text, text
    assert not any(word in text for word in ENGLISH), text
