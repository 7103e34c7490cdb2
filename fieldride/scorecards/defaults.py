"""The bundled default scorecards (resources/scorecards), installed on first run.

Every bundled file goes through the same validating loader as a user's file. The store remembers
which bundled files it has installed (setting ``defaults_installed``: a list of file names), so a
file added to a later FieldRide release is installed once on the next start, while a default the
user has since changed, archived or replaced is never touched again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fieldride.i18n import SHIPPED, SOURCE, messages, normalise
from fieldride.resources import resource_path
from fieldride.settings import get_setting, set_setting

if TYPE_CHECKING:
    from fieldride.scorecards.model import ScorecardVersion
    from fieldride.store import Store

# Before the list of names was kept, the setting was ``True`` and only this file shipped.
_FIRST_RELEASE = ["field-visit.yaml"]


def default_files(language: str | None = None) -> list[Path]:
    """The bundled scorecards: the English ones, and those translated into ``language``
    (default: the interface language, fieldride.i18n.messages) kept in
    ``scorecards/<code>/<name>.<code>.yaml`` (their own keys, e.g. ``field-visit-de``)."""
    code = messages().code if language is None else language
    files = sorted(resource_path("scorecards").glob("*.yaml"))
    if code != SOURCE:
        files += sorted(resource_path("scorecards", code).glob(f"*.{code}.yaml"))
    return files


def in_language(key: str, language: str | None = None) -> tuple[str, ...]:
    """The keys to look for when offering the bundled scorecard ``key``: its copy in
    ``language`` (default: the interface language) first (``field-visit-de``), then ``key``
    itself (English; a store without the translated copy, or an English interface)."""
    code = messages().code if language is None else normalise(language)
    return (key,) if code == SOURCE else (f"{key}-{code}", key)


def translated_files() -> dict[str, list[Path]]:
    """Every translated bundled scorecard, by language code."""
    return {
        code: sorted(resource_path("scorecards", code).glob(f"*.{code}.yaml"))
        for code in SHIPPED
        if code != SOURCE
    }


def install_defaults(store: Store, force: bool = False) -> list[ScorecardVersion]:
    """Install every bundled scorecard not installed before; return the versions stored.

    Idempotent. A bundled file whose key already exists in the store (the user imported a
    scorecard with that key) is skipped unless ``force``. Raises ScorecardFileError only if a
    bundled file is broken (a test loads every one).
    """
    done = get_setting(store, "defaults_installed")
    names: list[str] = (
        [] if force else _FIRST_RELEASE if done is True else list(done) if done else []
    )
    installed: list[ScorecardVersion] = []
    pending = [p for p in default_files() if p.name not in names]
    if not pending:
        return installed
    # The loaders (YAML, validation) only when a file is to be installed: the app asks at every
    # start, and importing them would cost memory and start-up time for nothing.
    from fieldride.scorecards.loaders import load_scorecard
    from fieldride.scorecards.store import latest_version, save_scorecard

    with store.db.atomic():
        for path in pending:
            card = load_scorecard(path)
            if force or latest_version(store, card.key) is None:
                installed.append(save_scorecard(store, card, source=path.name))
            names.append(path.name)
        set_setting(store, "defaults_installed", sorted(set(names)))
    return installed
