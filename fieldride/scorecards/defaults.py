"""The bundled default scorecards (resources/scorecards), installed on first run."""

from __future__ import annotations

from pathlib import Path

from fieldride.db import Store
from fieldride.resources import resource_path
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.model import ScorecardVersion
from fieldride.scorecards.store import save_scorecard
from fieldride.settings import get_setting, set_setting


def default_files() -> list[Path]:
    return sorted(resource_path("scorecards").glob("*.yaml"))


def install_defaults(store: Store, force: bool = False) -> list[ScorecardVersion]:
    """Load every bundled scorecard once (first run). Idempotent: unchanged files add nothing."""
    if get_setting(store, "defaults_installed") and not force:
        return []
    installed = [save_scorecard(store, load_scorecard(p), source=p.name) for p in default_files()]
    set_setting(store, "defaults_installed", True)
    return installed
