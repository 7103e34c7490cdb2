"""Bundles without a server (issue 21, deliver 5), on real SQLite files in tmp folders: two
managers' stores and a director's; round trip, import twice, bad bundles that change nothing,
private notes never in the bytes, tombstones that survive a merge, older never over newer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldride import debriefs, insights, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.exchange import (
    BundleError,
    Outcome,
    RideUnit,
    canonical_json,
    export_bundle,
    import_bundle,
    read_bundle,
    ride_unit,
    scorecard_unit_from_dict,
    seller_unit_from_dict,
)
from fieldride.exchange.units import sha256_hex
from fieldride.search import search
from fieldride.store import OutputPathError, Store, open_store
from fieldride.store import rows as store_rows
from fieldride.team import list_sellers
from tests.core.exchange_fixtures import (
    Clock,
    Manager,
    count,
    digest,
    make_manager,
)

ANNA_TEAM = [("Ana Ruiz", "ana@north.example"), ("Bo Chen", "bo@north.example")]
BEN_TEAM = [("Chloé Dubois", "chloe@south.example"), ("Dário Sá", "dario@south.example")]


@pytest.fixture
def managers(tmp_path: Path, clock: Clock) -> tuple[Manager, Manager, Store]:
    anna = make_manager(tmp_path / "anna", "Anna", ANNA_TEAM, day=2)
    clock.advance(minutes=5)
    ben = make_manager(tmp_path / "ben", "Ben", BEN_TEAM, day=3)
    director = open_store(tmp_path / "director")
    from fieldride.scorecards.defaults import install_defaults

    install_defaults(director)
    yield anna, ben, director
    for s in (anna.store, ben.store, director):
        s.close()


def test_a_director_merges_two_managers_bundles_and_a_second_import_changes_nothing(
    managers: tuple[Manager, Manager, Store], tmp_path: Path
) -> None:
    anna, ben, director = managers
    versions_before = count(director, "SELECT count(*) FROM scorecard_versions")
    a = export_bundle(anna.store, tmp_path / "anna.fieldride.json")
    b = export_bundle(ben.store, tmp_path / "ben.fieldride.json", since="2026-01-01")
    assert (a.rides, a.sellers, b.rides, b.sellers) == (4, 2, 4, 2), (a, b)
    first = [import_bundle(director, a.path), import_bundle(director, b.path)]
    for report in first:
        assert report.count("ride", Outcome.NEW) == 4, report.describe()
        assert report.count("seller", Outcome.NEW) == 2, report.describe()
    # Scorecards by content: the managers' default scorecard is the director's own version.
    assert count(director, "SELECT count(*) FROM scorecard_versions") == versions_before
    assert all(r.count("scorecard", Outcome.NEW) == 0 for r in first), first[0].describe()
    merged = rides.list_rides(director)
    assert len(merged) == 8 and all(r.read_only for r in merged), [r.status_label for r in merged]
    # The same content on the director's laptop hashes the same as on each manager's.
    for manager in (anna, ben):
        for r in rides.list_rides(manager.store):
            assert (
                ride_unit(director, r.uuid).content_hash
                == ride_unit(manager.store, r.uuid).content_hash
            )
    # Every review works offline over both teams.
    overview = insights.team_overview(director, "discovery-depth")
    assert overview is not None
    assert {row.cadence.team for row in overview.rows} == {"Team Anna", "Team Ben"}
    hits = search(director, "ask why")
    assert {h.seller_name for h in hits.hits} == {p for p, _ in ANNA_TEAM + BEN_TEAM}
    before = digest(director)
    again = [import_bundle(director, a.path), import_bundle(director, b.path)]
    after = digest(director)
    counts = [r.describe() for r in again]
    assert before == after, f"a second import changed the store: {counts}"
    assert all(not r.changed for r in again), counts
    assert sum(r.count("ride", Outcome.UNCHANGED) for r in again) == 8, counts


def test_merged_rides_are_read_only_on_the_directors_laptop(
    managers: tuple[Manager, Manager, Store], tmp_path: Path
) -> None:
    anna, _ben, director = managers
    import_bundle(director, export_bundle(anna.store, tmp_path / "a.json").path)
    ride = rides.list_rides(director)[0]
    assert ride.status_label.endswith("(read-only)")
    for attempt in (
        lambda: debriefs.reopen_ride(director, ride.id, "typo"),
        lambda: rides.edit_ride(director, ride.id, objective="x"),
        lambda: debriefs.set_strength(director, ride.id, None, ""),
    ):
        with pytest.raises(DomainError, match="another manager"):
            attempt()
    # A summary printed on the director's laptop changes nothing in the ride.
    before = digest(director)
    debriefs.mark_shared(director, ride.id)
    assert digest(director) == before


def test_private_notes_and_seller_notes_never_appear_in_the_bundle_bytes(
    managers: tuple[Manager, Manager, Store], tmp_path: Path
) -> None:
    anna, _ben, _director = managers
    notes = count(anna.store, "SELECT count(*) FROM private_notes")
    assert notes == 4 and debriefs.get_private_note(anna.store, 1).startswith(anna.private_text)
    path = export_bundle(anna.store, tmp_path / "a.json").path
    data = path.read_bytes()
    for secret in (anna.private_text, anna.seller_notes, "zebra", "walrus"):
        assert secret.encode() not in data, f"'{secret}' found in {len(data)} bundle bytes"
    assert b"saw Ana Ruiz ask why" in data  # the grep can find text that is there
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_export_goes_through_the_output_path_checks(
    managers: tuple[Manager, Manager, Store], tmp_path: Path
) -> None:
    anna = managers[0]
    with pytest.raises(OutputPathError, match="FieldRide's own files"):
        export_bundle(anna.store, anna.store.folder / "fieldride.db", replace=True)
    out = tmp_path / "b.json"
    out.write_text("keep me")
    with pytest.raises(OutputPathError, match="already exists"):
        export_bundle(anna.store, out)
    assert out.read_text() == "keep me"
    assert export_bundle(anna.store, out, replace=True).rides == 4


def _reseal(document: dict[str, Any]) -> bytes:
    """Recompute every ride's content hash and the manifest's checksum and counts after an
    edit, as a careless or hostile tool would (so the checks after the checksum are tested)."""
    for data in document["units"]["rides"]:
        body = {k: data[k] for k in ("ride", *_CHILD_KEYS)}
        unit = RideUnit(
            uuid=data["uuid"],
            author_id=data["author_id"],
            conflict_of=data["conflict_of"],
            seller=seller_unit_from_dict(data["seller"]),
            scorecard=scorecard_unit_from_dict(data["scorecard"]),
            body=body,
        )
        data["revision"]["content_hash"] = unit.content_hash
    units = document["units"]
    document["manifest"]["counts"] = {k: len(v) for k, v in units.items()}
    document["manifest"]["sha256"] = sha256_hex(canonical_json(units))
    return json.dumps(document, ensure_ascii=False).encode()


_CHILD_KEYS = (
    "focus",
    "calls",
    "observations",
    "quick_notes",
    "debriefs",
    "questions",
    "commitments",
    "verifications",
    "acknowledgements",
    "audit",
)


def _variants(good: bytes) -> dict[str, bytes]:
    doc = json.loads(good)
    out = {
        "truncated": good[: len(good) // 2],
        "truncated by one byte": good[:-1],
        "empty": b"",
        "not JSON": b"PK\x03\x04 a zip, not a bundle",
        "one byte of evidence altered": good.replace(b"ask why", b"ask who", 1),
        # format 2 when a ride carries a format-2 part (an acknowledgement's fingerprint)
        "a newer format": good.replace(b'"fieldride_bundle":1', b'"fieldride_bundle":3', 1).replace(
            b'"fieldride_bundle":2', b'"fieldride_bundle":3', 1
        ),
    }
    edited = json.loads(good)
    edited["units"]["rides"][0]["calls"][0]["account"] = "changed after export"
    edited["manifest"]["sha256"] = sha256_hex(canonical_json(edited["units"]))
    out["a ride edited, checksum redone"] = json.dumps(edited).encode()
    broken = json.loads(good)
    broken["units"]["rides"][-1]["ride"]["ride_type"] = "helicopter"  # breaks a CHECK
    broken["units"]["rides"][-1]["ride"]["updated_at"] = "2099-01-01T00:00:00.000Z"  # newest
    out["the last ride breaks a rule (resealed)"] = _reseal(broken)
    card = json.loads(good)
    card["units"]["scorecards"][0]["definition"]["name"] = "Renamed on the way"
    out["a scorecard altered (resealed)"] = _reseal(card)
    assert doc["fieldride_bundle"] in (1, 2)
    return out


def test_a_bad_bundle_changes_nothing_and_says_why(
    managers: tuple[Manager, Manager, Store], tmp_path: Path
) -> None:
    anna, _ben, director = managers
    good = export_bundle(anna.store, tmp_path / "good.json").path.read_bytes()
    import_bundle(director, tmp_path / "good.json")  # the director already has some of it
    anna_ride = rides.list_rides(anna.store)[-1]
    debriefs.reopen_ride(anna.store, anna_ride.id, "add a call")
    rides.add_call(anna.store, anna_ride.id, account="One more")
    newer = export_bundle(anna.store, tmp_path / "newer.json").path.read_bytes()
    refused = {}
    for name, data in {**_variants(newer)}.items():
        path = tmp_path / "bad.json"
        path.write_bytes(data)
        before = digest(director)
        with pytest.raises(BundleError) as info:
            import_bundle(director, path)
        message = str(info.value)
        assert "Traceback" not in message and "bad.json" in message, (name, message)
        assert digest(director) == before, f"'{name}' changed the director's store"
        refused[name] = message
    print(f"{len(refused)} bad bundles refused, 0 changed the store:")
    for name, message in refused.items():
        print(f"  {name}: {message}")
    assert "truncated" in refused["truncated"]
    assert "checksum" in refused["one byte of evidence altered"]
    assert "format 3" in refused["a newer format"]
    assert "does not match its hash" in refused["a ride edited, checksum redone"]
    assert "breaks a rule" in refused["the last ride breaks a rule (resealed)"]
    assert "content hash" in refused["a scorecard altered (resealed)"]
    # A verification whose commitment is neither in the bundle nor in the store (a fresh one).
    orphan = json.loads(good)
    first = orphan["units"]["rides"][0]["uuid"]
    orphan["units"]["rides"] = [r for r in orphan["units"]["rides"] if r["uuid"] != first]
    (tmp_path / "orphan.json").write_bytes(_reseal(orphan))
    with open_store(tmp_path / "fresh") as fresh:
        before = digest(fresh)
        with pytest.raises(BundleError, match="neither in the bundle nor in this store"):
            import_bundle(fresh, tmp_path / "orphan.json")
        assert digest(fresh) == before
    # The good newer bundle still imports.
    (tmp_path / "newer.json").write_bytes(newer)
    report = import_bundle(director, tmp_path / "newer.json")
    assert report.count("ride", Outcome.UPDATED) == 1, report.describe()


def test_tombstones_survive_a_merge_imported_twice(
    managers: tuple[Manager, Manager, Store], tmp_path: Path, clock: Clock
) -> None:
    anna, _ben, director = managers
    import_bundle(director, export_bundle(anna.store, tmp_path / "v1.json").path)
    ride = rides.list_rides(anna.store)[0]  # the newest ride: it verified a commitment
    assert len(ride.focus) == 2
    debriefs.reopen_ride(anna.store, ride.id, "focus on one behaviour")
    rides.set_focus(anna.store, ride.id, [ride.focus[0]])
    verified = commitments.due_for_verification(anna.store, ride.id)[0]
    commitments.clear_verification(anna.store, verified.id, ride.id)
    gap = debriefs.get_debrief(anna.store, ride.id).gap_behaviour_key
    other = next(b.key for b in rides.ride_sheet(anna.store, ride.id).behaviours if b.key != gap)
    debriefs.set_gap(anna.store, ride.id, other, "Another gap")
    debriefs.offer_scorecard_questions(anna.store, ride.id)  # withdraws the old gap's questions
    debriefs.acknowledge(anna.store, ride.id, ride.seller_name, on=ride.ride_date)
    clock.advance(hours=1)
    v2 = export_bundle(anna.store, tmp_path / "v2.json", since="2026-11-01").path
    outcomes = [import_bundle(director, v2).describe(), import_bundle(director, v2).describe()]
    # Two: the ride, and the earlier ride whose commitment is open again.
    assert "Rides: 0 new, 2 updated" in outcomes[0], outcomes
    assert "0 updated" in outcomes[1], outcomes
    merged = rides.get_ride(director, _local_id(director, ride.uuid))
    assert merged.focus == (ride.focus[0],)
    tombstones = count(
        director,
        "SELECT count(*) FROM ride_focus f JOIN rides r ON r.id = f.ride_id "
        "WHERE r.uuid = ? AND f.deleted_at IS NOT NULL",
        [ride.uuid],
    )
    assert tombstones == 1
    c = next(x for x in commitments.open_commitments(director) if x.uuid == verified.uuid)
    assert c.verifications == () and c.is_open, c
    withdrawn = count(
        director,
        "SELECT count(*) FROM debrief_questions q JOIN debriefs d ON d.id = q.debrief_id "
        "JOIN rides r ON r.id = d.ride_id WHERE r.uuid = ? AND q.withdrawn = 1",
        [ride.uuid],
    )
    live = {q.behaviour_key for q in debriefs.get_debrief(director, merged.id).questions}
    assert withdrawn >= 1 and live == {other}, (withdrawn, live)
    # The earlier bundle again: older never replaces newer.
    again = import_bundle(director, tmp_path / "v1.json")
    assert not again.changed, again.describe()
    assert rides.get_ride(director, merged.id).focus == (ride.focus[0],)


def _local_id(store: Store, uuid: str) -> int:
    return count(store, "SELECT id FROM rides WHERE uuid = ?", [uuid])


def test_bundles_imported_out_of_order_keep_the_newest(
    managers: tuple[Manager, Manager, Store], tmp_path: Path, clock: Clock
) -> None:
    anna, _ben, director = managers
    old = export_bundle(anna.store, tmp_path / "old.json").path
    ride = rides.list_rides(anna.store)[0]
    clock.advance(hours=2)
    debriefs.reopen_ride(anna.store, ride.id, "evidence")
    call = rides.list_calls(anna.store, ride.id)[0]
    rides.set_evidence(anna.store, call.id, ride.focus[0], "Newer evidence")
    new = export_bundle(anna.store, tmp_path / "new.json").path
    first = import_bundle(director, new)
    second = import_bundle(director, old)
    assert first.count("ride", Outcome.NEW) == 4 and not second.changed, second.describe()
    obs = rides.observations_for_ride(director, _local_id(director, ride.uuid))
    assert "Newer evidence" in {o.evidence for o in obs}


def test_sellers_meet_by_org_id_then_email(tmp_path: Path, clock: Clock) -> None:
    """Ben coaches Ana too (same email, a seller made on his own laptop: another org id), and a
    Kim without email on both laptops: the director gets one Ana, two Kims."""
    anna = make_manager(tmp_path / "a", "Anna", [("Ana Ruiz", "ana@north.example"), ("Kim", "")])
    ben = make_manager(tmp_path / "b", "Ben", [("ANA RUIZ", " Ana@North.example "), ("Kim", "")])
    director = open_store(tmp_path / "d")
    try:
        reports = [
            import_bundle(director, export_bundle(m.store, tmp_path / f"{i}.json").path)
            for i, m in enumerate((anna, ben))
        ]
        people = sorted((s.name.casefold(), s.email) for s in list_sellers(director))
        assert [p for p, _ in people] == ["ana ruiz", "kim", "kim"], (people, reports[1].describe())
        # Ben's Ana is the same person (email); his record is newer, so its spelling wins.
        assert reports[1].count("seller", Outcome.NEW) == 1, reports[1].describe()
        assert reports[1].count("seller", Outcome.UPDATED) == 1, reports[1].describe()
        ana = next(s for s in list_sellers(director) if s.name == "ANA RUIZ")
        assert count(director, "SELECT count(*) FROM rides WHERE seller_id = ?", [ana.id]) == 4
    finally:
        for s in (anna.store, ben.store, director):
            s.close()


def test_the_bundle_reader_writes_nothing(
    managers: tuple[Manager, Manager, Store], tmp_path: Path
) -> None:
    anna, _ben, director = managers
    path = export_bundle(anna.store, tmp_path / "a.json").path
    before = digest(director)
    bundle = read_bundle(path)
    assert (len(bundle.rides), len(bundle.sellers)) == (4, 2)
    assert digest(director) == before
    assert store_rows.now_utc() > bundle.manifest["created_at"]


def test_the_command_line_reports_counts_and_refuses_plainly(
    managers: tuple[Manager, Manager, Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldride.cli import main

    anna, _ben, director = managers
    anna_dir, director_dir = anna.store.folder, director.folder
    anna.store.close()
    director.close()
    out = tmp_path / "anna.json"
    assert main(["--data-dir", str(anna_dir), "bundle", "export", "--out", str(out)]) == 0
    assert "4 rides, 2 sellers" in capsys.readouterr().out
    assert main(["--data-dir", str(anna_dir), "bundle", "export", "--out", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    args = ["--data-dir", str(director_dir), "bundle", "import", str(out)]
    assert main(args) == 0
    assert "Rides: 4 new, 0 updated, 0 unchanged, 0 conflicts" in capsys.readouterr().out
    assert main(args) == 0
    assert "Rides: 0 new, 0 updated, 4 unchanged, 0 conflicts" in capsys.readouterr().out
    out.write_bytes(out.read_bytes()[:-10])
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "truncated" in err and "Traceback" not in err
    assert main(["--data-dir", str(director_dir), "bundle", "author"]) == 0
    assert len(capsys.readouterr().out.strip()) == 36
    # (The fixture closes the stores again at teardown; closing a closed store is harmless.)
