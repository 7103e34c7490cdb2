"""Fixtures for the core tests that need more than tests/conftest.py gives."""

from __future__ import annotations

import pytest

from tests.core.exchange_fixtures import Clock, install_clock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """A fake UTC clock behind every stamp the core writes (see exchange_fixtures.Clock)."""
    return install_clock(monkeypatch)
