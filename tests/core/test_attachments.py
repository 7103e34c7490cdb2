"""Attachments (issue 22, deliver 5) with real files on real SQLite stores: kept inside the
store, refused above the size limit with nothing changed, private ones never travel, and a
bundle round trip carries the bytes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.exchange import export_bundle, import_bundle, read_bundle, ride_unit
from fieldride.rides import MAX_ATTACHMENT_BYTES
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import Store, open_store
from fieldride.store import backup as store_backup
from fieldride.team import add_seller
from tests.core.exchange_fixtures import Clock, digest

FIXTURES = Path(__file__).parents[1] / "fixtures" / "attachments"
PHOTO = FIXTURES / "whiteboard.jpg"
PLAN = FIXTURES / "account-plan.pdf"
EMAIL = FIXTURES / "follow-up.eml"


def _ride(store: Store) -> tuple[rides.Ride, rides.Call]:
    install_defaults(store)
    seller = add_seller(store, "Priya Shah", email="priya@example.org")
    ride = rides.plan_ride(store, seller.id, "2026-11-10", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, account="Hallam Freight")
    rides.rate(store, call.id, "discovery", 3)
    return ride, call


def test_files_are_kept_inside_the_store_with_hash_type_and_name(store: Store) -> None:
    ride, call = _ride(store)
    photo = rides.attach_file(store, ride.id, PHOTO, call_id=call.id)
    plan = rides.attach_file(store, ride.id, PLAN, call_id=call.id, behaviour_key="discovery")
    email = rides.attach_file(store, ride.id, EMAIL, call_id=call.id)
    assert (photo.name, photo.media_type, photo.is_image) == ("whiteboard.jpg", "image/jpeg", True)
    assert (plan.media_type, plan.behaviour_key) == ("application/pdf", "discovery")
    assert email.media_type == "message/rfc822"
    assert photo.size == PHOTO.stat().st_size
    assert photo.content_hash == hashlib.sha256(PHOTO.read_bytes()).hexdigest()
    assert rides.attachment_data(store, photo) == PHOTO.read_bytes()
    assert [a.name for a in rides.list_attachments(store, ride.id)] == [
        "whiteboard.jpg",
        "account-plan.pdf",
        "follow-up.eml",
    ]
    # The same bytes twice are kept once.
    again = rides.attach_file(store, ride.id, PHOTO, call_id=call.id)
    assert again.content_hash == photo.content_hash
    assert store.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 3
    # Removing one copy keeps the bytes for the other; removing both frees them.
    rides.remove_attachment(store, again.id)
    assert rides.attachment_data(store, photo) == PHOTO.read_bytes()
    rides.remove_attachment(store, photo.id)
    assert store.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 2
    assert len(rides.list_attachments(store, ride.id)) == 2


def test_a_file_over_the_limit_is_refused_by_name_and_size_and_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    ride, call = _ride(store)
    big = tmp_path / "site-survey.mov"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    before = digest(store)
    with pytest.raises(DomainError) as refused:
        rides.attach_file(store, ride.id, big, call_id=call.id)
    message = str(refused.value)
    assert "'site-survey.mov' is 10.0 MB (10,485,761 bytes)" in message
    assert "at most 10.0 MB" in message
    assert digest(store) == before
    # Exactly at the limit is accepted.
    with big.open("r+b") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES)
    assert rides.attach_file(store, ride.id, big, call_id=call.id).size == MAX_ATTACHMENT_BYTES


def test_a_missing_file_and_a_locked_ride_are_refused_plainly(store: Store, tmp_path: Path) -> None:
    ride, call = _ride(store)
    with pytest.raises(DomainError, match=r"'gone\.jpg' is not a file"):
        rides.attach_file(store, ride.id, tmp_path / "gone.jpg", call_id=call.id)
    debriefs.set_strength(store, ride.id, "discovery", "Asked why twice")
    debriefs.set_gap(store, ride.id, "next-step", "No date agreed")
    commitments.add_commitment(store, ride.id, "next-step", "Propose a date")
    debriefs.finish_debrief(store, ride.id)
    debriefs.acknowledge(store, ride.id, "Priya Shah", on="2026-11-10")
    before = digest(store)
    with pytest.raises(DomainError, match="locked"):
        rides.attach_file(store, ride.id, PHOTO, call_id=call.id)
    assert digest(store) == before
    # The private note may still take a file after the acknowledgement.
    private = rides.attach_file(store, ride.id, PHOTO, private=True)
    assert private.private


def test_save_as_writes_the_original_bytes_0600(store: Store, tmp_path: Path) -> None:
    ride, call = _ride(store)
    plan = rides.attach_file(store, ride.id, PLAN, call_id=call.id)
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    rides.save_attachment_as(store, plan, target)
    assert target.read_bytes() == PLAN.read_bytes()
    assert target.stat().st_mode & 0o777 == 0o600
    assert not list(target.parent.glob("*.partial"))


def test_the_backup_carries_the_attachment(store: Store) -> None:
    ride, call = _ride(store)
    rides.attach_file(store, ride.id, PHOTO, call_id=call.id)
    made = store_backup.make_backup(store)
    import sqlite3

    conn = sqlite3.connect(made)
    try:
        data = conn.execute("SELECT data FROM blobs").fetchone()[0]
    finally:
        conn.close()
    assert bytes(data) == PHOTO.read_bytes()


def test_a_bundle_round_trip_carries_the_bytes_and_never_the_private_ones(
    tmp_path: Path, clock: Clock
) -> None:
    ann = open_store(tmp_path / "ann")
    ride, call = _ride(ann)
    photo = rides.attach_file(ann, ride.id, PHOTO, call_id=call.id, behaviour_key="discovery")
    rides.attach_file(ann, ride.id, EMAIL, call_id=call.id)
    rides.attach_file(ann, ride.id, PLAN, private=True)
    unit = ride_unit(ann, ride.uuid).to_dict()
    assert unit["format"] == 2
    assert sorted(a["name"] for a in unit["attachments"]) == ["follow-up.eml", "whiteboard.jpg"]
    out = tmp_path / "ann.fieldride.json"
    export_bundle(ann, out)
    raw = out.read_bytes()
    document = json.loads(raw)
    assert document["fieldride_bundle"] == 2
    assert document["manifest"]["counts"]["blobs"] == 2
    # The private plan's bytes are not in the bundle in any form.
    import base64

    assert base64.b64encode(PLAN.read_bytes()) not in raw
    assert b"account-plan.pdf" not in raw
    dora = open_store(tmp_path / "dora")
    install_defaults(dora)
    report = import_bundle(dora, out)
    assert report.count("ride", "new") == 1
    here = dora.db.execute("SELECT id FROM rides WHERE uuid = ?", [ride.uuid]).fetchone()[0]
    got = {a.name: a for a in rides.list_attachments(dora, here, include_private=True)}
    assert sorted(got) == ["follow-up.eml", "whiteboard.jpg"]
    assert got["whiteboard.jpg"].behaviour_key == "discovery"
    assert rides.attachment_data(dora, got["whiteboard.jpg"]) == PHOTO.read_bytes()
    assert rides.attachment_data(dora, got["follow-up.eml"]) == EMAIL.read_bytes()
    # Importing again changes nothing.
    before = digest(dora)
    import_bundle(dora, out)
    assert digest(dora) == before
    # A removal travels: the photo is removed on Ann's laptop and the next bundle removes it.
    rides.remove_attachment(ann, photo.id)
    export_bundle(ann, out, replace=True)
    import_bundle(dora, out)
    assert [a.name for a in rides.list_attachments(dora, here)] == ["follow-up.eml"]
    # Ann's private attachment was never touched by the merges on her side either.
    assert len(rides.list_attachments(ann, ride.id, include_private=True)) == 2
    ann.close()
    dora.close()


def test_a_bundle_whose_file_was_altered_is_refused_and_changes_nothing(
    tmp_path: Path, clock: Clock
) -> None:
    ann = open_store(tmp_path / "ann")
    ride, call = _ride(ann)
    rides.attach_file(ann, ride.id, EMAIL, call_id=call.id)
    out = tmp_path / "ann.json"
    export_bundle(ann, out)
    document = json.loads(out.read_bytes())
    import base64

    from fieldride.exchange import canonical_json
    from fieldride.exchange.units import sha256_hex

    blob = document["units"]["blobs"][0]
    blob["data"] = base64.b64encode(b"Subject: something else").decode()
    # Re-sign the units so only the file's own hash can catch it.
    document["manifest"]["sha256"] = sha256_hex(canonical_json(document["units"]))
    out.write_text(json.dumps(document))
    dora = open_store(tmp_path / "dora")
    before = digest(dora)
    from fieldride.exchange import BundleError

    with pytest.raises(BundleError, match="does not match its hash"):
        read_bundle(out)
    with pytest.raises(BundleError):
        import_bundle(dora, out)
    assert digest(dora) == before
    ann.close()
    dora.close()


def _pdf_images(pdf: bytes, tmp_path: Path) -> list[str]:
    """The image lines `pdfimages -list` prints for the PDF (poppler-utils)."""
    import subprocess

    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return [line for line in out.splitlines()[2:] if line.strip()]


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    import subprocess

    path = tmp_path / "summary-text.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_handout_prints_the_calls_files_only_when_asked_and_never_the_private_one(
    store: Store, tmp_path: Path
) -> None:
    from fieldride.reports.data import summary_data
    from fieldride.reports.layout import RenderOptions
    from fieldride.reports.summary import build_summary
    from fieldride.settings import get_setting, save_output_settings

    ride, call = _ride(store)
    rides.attach_file(store, ride.id, PHOTO, call_id=call.id, behaviour_key="discovery")
    rides.attach_file(store, ride.id, EMAIL, call_id=call.id)
    icon = Path(__file__).parents[2] / "resources" / "icons" / "fieldride.png"
    rides.attach_file(store, ride.id, icon, private=True)
    options = RenderOptions(invariant=True)
    assert get_setting(store, "handout_attachments") is False  # off by default
    plain = build_summary(summary_data(store, ride.id), options)
    assert _pdf_images(plain, tmp_path) == []
    assert "whiteboard.jpg" not in _pdf_text(plain, tmp_path)
    save_output_settings(
        store,
        org_name="",
        logo_path="",
        accent_color="#1F5C99",
        page_size="a4",
        handout_attachments=True,
    )
    data = summary_data(store, ride.id)
    assert [f.name for f in data.attachments] == ["whiteboard.jpg", "follow-up.eml"]
    pdf = build_summary(data, options)
    images = _pdf_images(pdf, tmp_path)
    assert len(images) == 1, images  # the photo; the private note's icon never
    assert " 800 " in images[0] and " 600 " in images[0]  # the photo itself, scaled on the page
    text = _pdf_text(pdf, tmp_path)
    assert "Attached files" in text
    assert "whiteboard.jpg · Call 1 · Asks open, layered questions" in text
    assert "follow-up.eml · Call 1 · 378 bytes" in text
    assert "fieldride.png" not in text
    (tmp_path / "handout-with-attachment.pdf").write_bytes(pdf)
