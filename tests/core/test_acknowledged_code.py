"""An acknowledgement that can be trusted without a server (issue 22, deliver 8), on real
stores: the fingerprint stored at acknowledgement, the short code, an unchanged ride verifies,
a change after the acknowledgement is found (outside FieldRide, or through a reopening), a new
acknowledgement gives a new code, what is left out of the content, ``fieldride verify``, and
the fingerprint travelling in a bundle."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from fieldride import debriefs, rides
from fieldride.cli import main
from fieldride.errors import DomainError
from fieldride.exchange import export_bundle, import_bundle, ride_unit
from fieldride.store import Store, open_store
from tests.core.test_debriefs import complete_debrief, observed_ride

PRIVATE = "PRIVATE-ack-71c she is job hunting"
CODE = re.compile(r"^[A-Z2-7]{5}-[A-Z2-7]{5}$")


def acknowledged_ride(store: Store, day: str = "2026-03-02") -> rides.Ride:
    ride = observed_ride(store, day)
    complete_debrief(store, ride.id)
    debriefs.set_private_note(store, ride.id, PRIVATE)
    debriefs.finish_debrief(store, ride.id)
    debriefs.acknowledge(store, ride.id, "Ana Díaz", on=day, comment="Fair.")
    return rides.get_ride(store, ride.id)


def test_the_fingerprint_is_stored_at_acknowledgement_and_an_unchanged_ride_verifies(
    store: Store,
) -> None:
    ride = acknowledged_ride(store)
    ack = debriefs.get_acknowledgement(store, ride.id)
    assert ack is not None and ack.content_hash is not None
    content = debriefs.acknowledged_content(store, ride.id, "Ana Díaz", "2026-03-02", "Fair.")
    data = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert ack.content_hash == hashlib.sha256(data.encode("utf-8")).hexdigest()
    assert CODE.match(ack.code), ack.code
    check = debriefs.check_acknowledgement(store, ride.id)
    assert check.state == "unchanged" and check.unchanged
    assert check.code == check.code_now == ack.code
    # What the handout carries is in the content; the private note is not.
    assert content["strength"] == {"behaviour": "next-step", "evidence": "Booked the site visit."}
    assert content["acknowledgement"] == {
        "seller": "Ana Díaz",
        "on": "2026-03-02",
        "comment": "Fair.",
    }
    assert {r["level"] for r in content["ratings"] if r["behaviour"] == "discovery"} == {1, 2}
    assert PRIVATE not in data and "PRIVATE-ack" not in data


def test_what_is_not_part_of_the_acknowledgement_does_not_change_the_code(store: Store) -> None:
    ride = acknowledged_ride(store)
    debriefs.set_private_note(store, ride.id, "another private thought")  # allowed when locked
    seller = rides.get_ride(store, ride.id).seller_id
    store.db.execute("UPDATE sellers SET name = 'Ana Díaz-Ruiz' WHERE id = ?", [seller])
    store.db.execute(
        "UPDATE rides SET shared_at = '2026-03-03T10:00:00.000Z' WHERE id = ?", [ride.id]
    )
    assert debriefs.check_acknowledgement(store, ride.id).state == "unchanged"


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE observations SET evidence = 'Asked great questions.' WHERE evidence LIKE 'Asked only%'",
        "UPDATE observations SET level = 4 WHERE level = 1",
        "UPDATE debriefs SET gap_evidence = 'No gap.'",
        "UPDATE commitments SET due_date = '2027-01-01'",
        "UPDATE acknowledgements SET comment = 'I disagree.'",
    ],
)
def test_a_change_after_the_acknowledgement_is_found_even_without_a_reopening(
    store: Store, tamper: str
) -> None:
    ride = acknowledged_ride(store)
    code = debriefs.get_acknowledgement(store, ride.id).code  # type: ignore[union-attr]
    store.db.execute(tamper)  # outside FieldRide's screens: the ride stays locked
    check = debriefs.check_acknowledgement(store, ride.id)
    assert check.state == "changed", tamper
    assert check.code == code and check.code_now != code and not check.reopenings


def test_reopening_and_acknowledging_again_gives_a_new_code_and_the_old_one_points_at_the_history(
    store: Store,
) -> None:
    ride = acknowledged_ride(store)
    old = debriefs.get_acknowledgement(store, ride.id)
    assert old is not None
    debriefs.reopen_ride(store, ride.id, "the gap evidence named the wrong call")
    check = debriefs.check_acknowledgement(store, ride.id)
    assert check.state == "reopened" and check.content_same and not check.acknowledged_again
    assert [e.reason for e in check.reopenings] == ["the gap evidence named the wrong call"]
    debriefs.set_gap(store, ride.id, "discovery", "On the Medway call: the brochure came out.")
    debriefs.acknowledge(store, ride.id, "Ana Díaz", on="2026-03-04")
    new = debriefs.get_acknowledgement(store, ride.id)
    assert new is not None and new.code != old.code
    latest = debriefs.check_acknowledgement(store, ride.id)
    assert latest.state == "unchanged" and latest.code == new.code
    earlier = debriefs.check_acknowledgement(
        store, ride.id, code=old.code.lower().replace("-", " ")
    )
    assert earlier.state == "reopened" and earlier.acknowledged_again and not earlier.content_same
    assert earlier.code == old.code
    with pytest.raises(DomainError, match="No acknowledgement of this ride has the code"):
        debriefs.check_acknowledgement(store, ride.id, code="AAAAA-AAAAA")
    with pytest.raises(DomainError, match="not an acknowledgement code"):
        debriefs.check_acknowledgement(store, ride.id, code="12345")


def test_a_ride_not_acknowledged_or_acknowledged_before_codes_has_nothing_to_compare(
    store: Store,
) -> None:
    ride = observed_ride(store)
    assert debriefs.check_acknowledgement(store, ride.id).state == "not_acknowledged"
    other = acknowledged_ride(store, "2026-03-05")
    store.db.execute("UPDATE acknowledgements SET content_hash = NULL")  # as before step 0010
    check = debriefs.check_acknowledgement(store, other.id)
    assert check.state == "no_code" and check.seller_name == "Ana Díaz"


def test_fieldride_verify_says_unchanged_changed_or_reopened(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    ride = acknowledged_ride(store)
    code = debriefs.get_acknowledgement(store, ride.id).code  # type: ignore[union-attr]
    folder = str(store.folder)
    assert main(["--data-dir", folder, "verify", str(ride.id)]) == 0
    out = capsys.readouterr().out
    assert f"code {code}" in out and "Unchanged" in out
    assert main(["--data-dir", folder, "verify", ride.uuid, "--code", code]) == 0
    store.db.execute("UPDATE debriefs SET strength_evidence = 'Rewritten.'")
    assert main(["--data-dir", folder, "verify", str(ride.id)]) == 3
    assert "CHANGED" in capsys.readouterr().out
    store.db.execute("UPDATE debriefs SET strength_evidence = 'Booked the site visit.'")
    assert main(["--data-dir", folder, "verify", str(ride.id)]) == 0
    capsys.readouterr()
    debriefs.reopen_ride(store, ride.id, "typo in the commitment")
    assert main(["--data-dir", folder, "verify", str(ride.id)]) == 3
    out = capsys.readouterr().out
    assert "reopened the ride" in out and "typo in the commitment" in out and "History" in out
    assert main(["--data-dir", folder, "verify", "99999"]) == 1
    assert "no ride 99999" in capsys.readouterr().err
    assert main(["--data-dir", folder, "verify", str(ride.id), "--code", "nonsense"]) == 1


def test_the_fingerprint_travels_with_the_ride_and_verifies_on_the_directors_laptop(
    tmp_path: Path,
) -> None:
    from fieldride.scorecards.defaults import install_defaults

    anna, director = open_store(tmp_path / "anna"), open_store(tmp_path / "director")
    try:
        install_defaults(anna)
        install_defaults(director)
        ride = acknowledged_ride(anna)
        unit = ride_unit(anna, ride.uuid).to_dict()
        assert unit["format"] == 2 and unit["acknowledgements"][0]["content_hash"]
        import_bundle(director, export_bundle(anna, tmp_path / "b.json").path)
        here = next(r for r in rides.list_rides(director) if r.uuid == ride.uuid)
        check = debriefs.check_acknowledgement(director, here.id)
        assert check.state == "unchanged"
        assert check.code == debriefs.get_acknowledgement(anna, ride.id).code  # type: ignore[union-attr]
        # An acknowledgement without a fingerprint travels as before (format 1, no column).
        anna.db.execute("UPDATE acknowledgements SET content_hash = NULL")
        plain = ride_unit(anna, ride.uuid).to_dict()
        assert plain["format"] == 1 and "content_hash" not in plain["acknowledgements"][0]
    finally:
        anna.close()
        director.close()


def test_the_handout_pdf_carries_the_code_and_a_reacknowledged_ride_prints_the_new_one(
    store: Store, tmp_path: Path
) -> None:
    from fieldride.reports.data import summary_data
    from fieldride.reports.summary import build_summary
    from tests.core.reports_fixtures import flat, options, pdf_text

    ride = acknowledged_ride(store)
    code = debriefs.get_acknowledgement(store, ride.id).code  # type: ignore[union-attr]
    for size in ("letter", "a4"):
        pdf = build_summary(summary_data(store, ride.id), options(size))
        (tmp_path / f"summary-{size}.pdf").write_bytes(pdf)
        text = flat(pdf_text(pdf))
        assert f"Acknowledgement code: {code}" in text, text[-400:]
    debriefs.reopen_ride(store, ride.id, "commitment date wrong")
    text = flat(pdf_text(build_summary(summary_data(store, ride.id), options())))
    assert "Acknowledgement code" not in text  # no acknowledgement in force: no code
    debriefs.acknowledge(store, ride.id, "Ana Díaz", on="2026-03-03")
    new = debriefs.get_acknowledgement(store, ride.id).code  # type: ignore[union-attr]
    text = flat(pdf_text(build_summary(summary_data(store, ride.id), options())))
    assert new != code and f"Acknowledgement code: {new}" in text and code not in text


def test_the_command_lines_answers_are_in_the_users_language(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """'fieldride verify', 'backups' and 'scorecard list' printed English under LANGUAGE=de
    (found by grepping the command line for text not passed through gettext)."""
    from fieldride.i18n import set_interface_language
    from fieldride.store import make_backup

    ride = acknowledged_ride(store)
    code = debriefs.get_acknowledgement(store, ride.id).code  # type: ignore[union-attr]
    make_backup(store)
    folder = str(store.folder)
    monkeypatch.setenv("LANGUAGE", "de")
    try:
        assert main(["--data-dir", folder, "verify", str(ride.id)]) == 0
        verified = capsys.readouterr().out.splitlines()
        assert main(["--data-dir", folder, "backups"]) == 0
        backups = capsys.readouterr().out.splitlines()
        assert main(["--data-dir", folder, "scorecard", "list"]) == 0
        cards = capsys.readouterr().out.splitlines()
    finally:
        set_interface_language("en")
    assert verified[0].startswith(f"Begleitung {ride.id}: Ana Díaz, "), verified
    assert verified[1].startswith("Bestätigt von Ana Díaz am ") and f"Code {code}." in verified[1]
    assert verified[2].startswith("Unverändert: "), verified
    assert backups[0].startswith("Sicherungen in ") and backups[1].endswith("in Ordnung"), backups
    assert cards[0].split() == ["SCHLÜSSEL", "VERSION", "VERHALTEN", "NAME"], cards
    end = cards[0].index("VERSION") + len("VERSION")  # numbers right-aligned under it
    assert all(row[end - 1].isdigit() and row[end] == " " for row in cards[1:]), cards
