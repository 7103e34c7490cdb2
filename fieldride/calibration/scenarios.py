"""Solo calibration: reference scenarios a manager rates alone (issue 22, deliver 2).

A scenario (``resources/calibration/*.yaml``, written by the FieldRide team) is a written
account of one call, rated against a bundled default scorecard, with the level the authors
agreed for each behaviour and a one-line reason (``level: null`` means the call gave no
opportunity to show it). The manager reads the account, rates each behaviour as on a ride,
and then sees agreement and lean per behaviour against the agreed levels (``agreement``: the
manager is the first rater, so a positive lean means the manager rates higher than the
reference). Every run is kept in the store (``calibration_runs``/``calibration_ratings``) and
never leaves the laptop.

A manager whose interface is German or Spanish reads the scenarios in that language
(``resources/calibration/<code>/<name>``, same keys and agreed levels; a scenario without a copy
stays English) and rates them on the bundled scorecard in that language (same behaviour keys),
so runs and agreement stay comparable across languages; ``content_hash`` tells the wordings apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldride.calibration.agreement import Agreement, RatingPair, agreement
from fieldride.errors import DomainError
from fieldride.i18n import SHIPPED, SOURCE, localized_resource, messages
from fieldride.resources import resource_path
from fieldride.scorecards.loaders import load_scorecard
from fieldride.scorecards.model import Scorecard
from fieldride.store import Store
from fieldride.store import rows as records

NO_OPPORTUNITY = None  # a rating of "no opportunity", as in ``Ratings``
# behaviour key -> level, or None for "no opportunity"; a behaviour left out was not rated.
Ratings = Mapping[str, int | None]


@dataclass(frozen=True)
class AgreedLevel:
    behaviour_key: str
    level: int | None  # None: the call gave no opportunity
    reason: str


@dataclass(frozen=True)
class Scenario:
    key: str
    title: str
    scorecard_key: str
    account: str  # the written account of the call
    agreed: tuple[AgreedLevel, ...]
    content_hash: str  # of the file: which wording a run rated
    language: str = SOURCE  # the language it is written in (its folder's code)

    def agreed_level(self, behaviour_key: str) -> AgreedLevel | None:
        return next((a for a in self.agreed if a.behaviour_key == behaviour_key), None)


@dataclass(frozen=True)
class CalibrationRun:
    id: int
    scenario_key: str
    scenario_hash: str
    finished_at: str
    ratings: dict[str, int | None]


def scenario_folder() -> Path:
    return resource_path("calibration")


def scenario_scorecard(scenario: Scenario) -> Scorecard:
    """The bundled default scorecard the scenario is rated against, in the scenario's language
    when it is translated (``scorecards/<code>/<key>.<code>.yaml``, the same behaviour keys)."""
    code = scenario.language
    translated = resource_path("scorecards", code, f"{scenario.scorecard_key}.{code}.yaml")
    if code != SOURCE and translated.is_file():
        return load_scorecard(translated)
    return load_scorecard(resource_path("scorecards", f"{scenario.scorecard_key}.yaml"))


def _text(data: Mapping[str, Any], name: str, where: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise DomainError(
            messages()
            .gettext("{where}: '{name}' is missing or empty.")
            .format(where=where, name=name)
        )
    return value.strip()


def _reflowed(text: str) -> str:
    """Paragraphs (split on blank lines) with their line breaks made spaces: the file wraps
    its lines for the editor, the screen wraps them for its width."""
    import re

    return "\n\n".join(" ".join(part.split()) for part in re.split(r"\n\s*\n", text))


def read_scenario(path: Path) -> Scenario:
    """One scenario file, checked (DomainError naming the file and what is wrong)."""
    import yaml

    raw = path.read_bytes()
    where = path.name
    data = yaml.safe_load(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise DomainError(messages().gettext("{where}: not a scenario.").format(where=where))
    agreed_raw = data.get("agreed")
    if not isinstance(agreed_raw, dict) or not agreed_raw:
        raise DomainError(
            messages()
            .gettext("{where}: 'agreed' must list the agreed level of each behaviour.")
            .format(where=where)
        )
    agreed = []
    for key, entry in agreed_raw.items():
        if not isinstance(entry, dict) or "level" not in entry:
            raise DomainError(
                messages()
                .gettext("{where}: the behaviour '{key}' has no agreed level.")
                .format(where=where, key=key)
            )
        level = entry["level"]
        if level is not None and (not isinstance(level, int) or isinstance(level, bool)):
            raise DomainError(
                messages()
                .gettext("{where}: the level of '{key}' is not a whole number.")
                .format(where=where, key=key)
            )
        agreed.append(AgreedLevel(str(key), level, _text(entry, "reason", f"{where}, {key}")))
    return Scenario(
        key=_text(data, "key", where),
        title=_text(data, "title", where),
        scorecard_key=_text(data, "scorecard", where),
        account=_reflowed(_text(data, "account", where)),
        agreed=tuple(agreed),
        content_hash=hashlib.sha256(raw).hexdigest(),
        language=path.parent.name if path.parent.name in SHIPPED else SOURCE,
    )


def list_scenarios(language: str | None = None) -> list[Scenario]:
    """The shipped scenarios, in file-name order, in ``language`` (default: the interface
    language) where a translation is shipped, else in English."""
    return [
        read_scenario(localized_resource("calibration", p.name, code=language))
        for p in sorted(scenario_folder().glob("*.yaml"))
    ]


def get_scenario(key: str) -> Scenario:
    found = next((s for s in list_scenarios() if s.key == key), None)
    if found is None:
        raise DomainError(
            messages().gettext("There is no calibration scenario '{key}'.").format(key=key)
        )
    return found


def solo_agreement(scenario: Scenario, ratings: Ratings) -> Agreement:
    """The manager's ratings (first rater) against the agreed levels (second), per behaviour
    of the scenario, in scorecard order. A behaviour the manager did not rate counts as no
    level given."""
    card = scenario_scorecard(scenario)
    agreed = {a.behaviour_key for a in scenario.agreed}
    behaviours = [(b.key, b.title) for b in card.behaviours() if b.key in agreed]
    pairs = [
        RatingPair(a.behaviour_key, ratings.get(a.behaviour_key), a.level) for a in scenario.agreed
    ]
    return agreement(pairs, behaviours)


def record_run(store: Store, scenario: Scenario, ratings: Ratings) -> int:
    """Keep the manager's ratings of the scenario (one transaction); the run's id.
    DomainError when a level is outside the scorecard's scale or a behaviour is not in the
    scenario, or nothing was rated."""
    card = scenario_scorecard(scenario)
    scale = {lv.value for lv in card.scale}
    keys = {a.behaviour_key for a in scenario.agreed}
    if not ratings:
        raise DomainError(messages().gettext("Rate at least one behaviour before comparing."))
    for key, level in ratings.items():
        if key not in keys:
            raise DomainError(
                messages().gettext("'{key}' is not a behaviour of this scenario.").format(key=key)
            )
        if level is not None and level not in scale:
            raise DomainError(
                messages().gettext("{level} is not a level of the scale.").format(level=level)
            )
    with store.db.atomic():
        run_id = records.insert(
            store.db,
            "calibration_runs",
            {
                "scenario_key": scenario.key,
                "scenario_hash": scenario.content_hash,
                "finished_at": records.now_utc(),
            },
        )
        for key, level in ratings.items():
            records.insert(
                store.db,
                "calibration_ratings",
                {
                    "run_id": run_id,
                    "behaviour_key": key,
                    "level": level,
                    "no_opportunity": int(level is None),
                },
            )
    return run_id


def list_runs(store: Store, scenario_key: str | None = None) -> list[CalibrationRun]:
    """The recorded runs, newest first (of one scenario when given)."""
    where, params = ("WHERE scenario_key = ?", [scenario_key]) if scenario_key else ("", [])
    runs = list(
        store.db.query(
            f"SELECT * FROM calibration_runs {where} ORDER BY finished_at DESC, id DESC", params
        )
    )
    out = []
    for run in runs:
        ratings = {
            str(r["behaviour_key"]): r["level"]
            for r in store.db.query(
                "SELECT behaviour_key, level FROM calibration_ratings WHERE run_id = ?",
                [run["id"]],
            )
        }
        out.append(
            CalibrationRun(
                id=int(run["id"]),
                scenario_key=run["scenario_key"],
                scenario_hash=run["scenario_hash"],
                finished_at=run["finished_at"] or "",
                ratings=ratings,
            )
        )
    return out


def solo_overview(store: Store) -> tuple[Agreement, int]:
    """The manager's agreement with the reference over the latest run of each scenario (so a
    scenario rated three times counts once, as last rated), and how many scenarios that is.
    Behaviours in the order of the first scenario's scorecard, then any others."""
    latest: dict[str, CalibrationRun] = {}
    for run in list_runs(store):  # newest first
        latest.setdefault(run.scenario_key, run)
    scenarios = {s.key: s for s in list_scenarios()}
    pairs: list[RatingPair] = []
    behaviours: dict[str, str] = {}
    for key, run in latest.items():
        scenario = scenarios.get(key)
        if scenario is None:  # a scenario a later release no longer ships
            continue
        for b in scenario_scorecard(scenario).behaviours():
            behaviours.setdefault(b.key, b.title)
        pairs += [
            RatingPair(a.behaviour_key, run.ratings.get(a.behaviour_key), a.level)
            for a in scenario.agreed
        ]
    counted = sum(1 for key in latest if key in scenarios)
    return agreement(pairs, list(behaviours.items())), counted
