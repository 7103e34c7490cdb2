"""The calibration scenarios in the shipped languages (issue 24): a manager in German or
Spanish reads each scenario in that language (resources/calibration/<code>/, the same file
names), rated against the bundled scorecard in that language, with the same keys and agreed
levels as the English one, so a run keeps its meaning whatever the language it was rated in."""

from __future__ import annotations

import pytest

from fieldride import calibration, i18n
from fieldride.store import Store

ENGLISH = calibration.list_scenarios("en")


def test_english_is_what_an_english_manager_reads() -> None:
    assert len(ENGLISH) == 4 and {s.language for s in ENGLISH} == {"en"}
    assert [s.title for s in calibration.list_scenarios()] == [s.title for s in ENGLISH]


@pytest.mark.parametrize("code", ["de", "es"])
def test_every_scenario_is_translated_with_the_same_agreed_levels(code: str) -> None:
    translated = calibration.list_scenarios(code)
    assert [s.key for s in translated] == [s.key for s in ENGLISH]
    for ours, english in zip(translated, ENGLISH, strict=True):
        assert ours.language == code, f"{english.key} has no {code} version"
        assert ours.scorecard_key == english.scorecard_key
        assert [(a.behaviour_key, a.level) for a in ours.agreed] == [
            (a.behaviour_key, a.level) for a in english.agreed
        ]
        assert ours.title != english.title and ours.account != english.account
        same = [
            a.reason
            for a, e in zip(ours.agreed, english.agreed, strict=True)
            if a.reason == e.reason
        ]
        assert not same, same
        assert " the " not in ours.account and ours.content_hash != english.content_hash
        card = calibration.scenario_scorecard(ours)
        assert card.key == f"{english.scorecard_key}-{code}"
        assert [b.key for b in card.behaviours()] == [
            b.key for b in calibration.scenario_scorecard(english).behaviours()
        ]


def test_a_german_manager_rates_the_german_scenario_and_the_run_compares(store: Store) -> None:
    i18n.set_interface_language("de")
    try:
        scenario = calibration.get_scenario("renewal-visit")
        assert scenario.title == "Ein Verlängerungsbesuch bei einem Logistikunternehmen"
        ratings = {a.behaviour_key: a.level for a in scenario.agreed}
        calibration.record_run(store, scenario, ratings)
        result, counted = calibration.solo_overview(store)
    finally:
        i18n.set_interface_language("en")
    assert counted == 1
    assert result.behaviours[0].title == "Setzt sich ein Gesprächsziel"  # the German scorecard
    assert result.overall.compared == 8 and result.overall.exact == 8  # the agreed levels
