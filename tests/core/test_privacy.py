"""Privacy: nothing leaves the machine, nothing is readable by others, nothing personal in logs,
and one seller's PDF never shows another seller's data.

No sockets: ``socket.socket`` (every family but AF_UNIX), ``create_connection`` and
``getaddrinfo`` raise for the whole flow. AF_UNIX stays allowed because the single-instance guard
(ui/single_instance.py) talks to the running instance through a local socket; that is
QLocalServer in Qt's C++ (not Python's socket module), and never leaves the machine. The real app
process is also run in an empty network namespace (``unshare -rn``) where a connection attempt
cannot succeed.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.logsetup import setup_logging
from fieldride.store import Store, backup_folder, make_backup, open_store
from fieldride.team import sellers

ROOT = Path(__file__).resolve().parents[2]

# Distinctive personal text: if any of it shows up in a log, the log leaks.
SECRETS = {
    "seller": "Quillon Vandermeerx",
    "other_seller": "Ottilie Brackenfjord",
    "account": "Zephyrcorp Holdings",
    "evidence": "mentioned the divorce settlement twice",
    "note": "seemed distracted by phone calls",
    "private": "consider a performance improvement plan",
    "strength": "paraphrased the buyer perfectly",
    "commitment": "rehearse the pricing talk with Yusuf",
    "other_evidence": "Brackenfjord evidence never to be mixed",
}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc,valid-type]
        def __init__(self, family: Any = -1, *args: Any, **kwargs: Any) -> None:
            if family != socket.AF_UNIX:
                attempts.append(f"socket({family})")
                raise OSError("network access is forbidden in this test")
            super().__init__(family, *args, **kwargs)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(f"connect/resolve {args[:1]}")
        raise OSError("network access is forbidden in this test")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _ride_through_the_core(store: Store) -> tuple[int, int]:
    from fieldride.scorecards.defaults import install_defaults
    from fieldride.scorecards.store import latest_version

    install_defaults(store)
    version = latest_version(store, "field-visit")
    assert version is not None
    keys = [b.key for b in version.card.behaviours()]
    seller = sellers.add_seller(store, SECRETS["seller"], email="q@example.com")
    other = sellers.add_seller(store, SECRETS["other_seller"])
    ride = rides.plan_ride(
        store, seller.id, "2026-03-02", scorecard_key=version.key, focus=keys[:1]
    )
    call = rides.add_call(store, ride.id, account=SECRETS["account"])
    rides.rate(store, call.id, keys[0], 3)
    rides.set_evidence(store, call.id, keys[0], SECRETS["evidence"])
    rides.add_note(store, ride.id, SECRETS["note"], call.id)
    debriefs.set_strength(store, ride.id, keys[0], SECRETS["strength"])
    debriefs.set_gap(store, ride.id, keys[-1], "no dated next step")
    debriefs.set_private_note(store, ride.id, SECRETS["private"])
    commitments.add_commitment(store, ride.id, keys[-1], SECRETS["commitment"])
    debriefs.finish_debrief(store, ride.id)
    other_ride = rides.plan_ride(store, other.id, "2026-03-03", scorecard_key=version.key)
    other_call = rides.add_call(store, other_ride.id, account="Other account")
    rides.rate(store, other_call.id, keys[0], 1)
    rides.set_evidence(store, other_call.id, keys[0], SECRETS["other_evidence"])
    debriefs.set_strength(store, other_ride.id, keys[0], SECRETS["other_evidence"])
    debriefs.set_gap(store, other_ride.id, keys[-1], "gap")
    commitments.add_commitment(store, other_ride.id, keys[-1], SECRETS["other_evidence"])
    debriefs.finish_debrief(store, other_ride.id)
    return seller.id, ride.id


def _pdfs(store: Store, seller_id: int, ride_id: int, out: Path) -> list[Path]:
    from fieldride.reports.brief import build_brief
    from fieldride.reports.data import brief_data, render_options, seller_report_data, summary_data
    from fieldride.reports.layout import write_private
    from fieldride.reports.seller_report import build_seller_report
    from fieldride.reports.summary import build_summary

    options = render_options(store, invariant=True, generated_on=date(2026, 3, 4))
    out.mkdir(exist_ok=True)
    return [
        write_private(out / "summary.pdf", build_summary(summary_data(store, ride_id), options)),
        write_private(out / "brief.pdf", build_brief(brief_data(store, ride_id), options)),
        write_private(
            out / "report.pdf", build_seller_report(seller_report_data(store, seller_id), options)
        ),
    ]


def _text_files(folder: Path) -> list[Path]:
    """Every file that is not the database itself (or a copy of it)."""
    skip = (".db", ".db-wal", ".db-shm", ".fieldride-backup")
    return [
        p
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(skip) and ".replaced-" not in p.name
    ]


def test_core_flow_without_network_private_files_and_clean_logs(
    no_network: list[str], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging

    store = open_store(data_dir)
    setup_logging(store.folder, level=logging.DEBUG)
    seller_id, ride_id = _ride_through_the_core(store)
    exports = _pdfs(store, seller_id, ride_id, tmp_path / "exports")
    make_backup(store)
    from fieldride.team import import_roster

    roster = tmp_path / "roster.csv"
    roster.write_text(f"name,team\n{SECRETS['seller']},Nord\nNew Person Xq,Süd\n", encoding="utf-8")
    import_roster(store, roster)
    store.close()
    from fieldride.cli import main

    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    backup_folder(data_dir)
    logging.getLogger("fieldride").warning("flow finished")  # the log is really written
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert no_network == [], f"network was attempted: {no_network}"
    # Modes: folders 0700, files 0600 (data, WAL, backups, logs, exports).
    for path in [data_dir, *data_dir.rglob("*"), *exports]:
        mode = stat.S_IMODE(path.stat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        assert mode == expected, f"{path} is {oct(mode)}"
    # Logs (and every other non-database file) hold no personal text.
    log_files = list((data_dir / "logs").glob("*"))
    assert log_files and any(p.read_text(encoding="utf-8") for p in log_files)
    for path in _text_files(data_dir):
        content = path.read_bytes().decode("utf-8", "replace")
        for what, secret in SECRETS.items():
            assert secret not in content, f"{what} leaked into {path}"


def test_a_sellers_pdfs_show_no_other_sellers_data(store: Store, tmp_path: Path) -> None:
    seller_id, ride_id = _ride_through_the_core(store)
    for pdf in _pdfs(store, seller_id, ride_id, tmp_path):
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
        flat = " ".join(text.split())
        assert SECRETS["seller"] in flat, f"{pdf.name} should name its seller"
        for secret in (SECRETS["other_seller"], SECRETS["other_evidence"], "Brackenfjord"):
            assert secret not in flat, f"{pdf.name} shows another seller's data"
        if pdf.name != "brief.pdf":  # the brief is the manager's own preparation
            assert SECRETS["private"] not in flat, f"{pdf.name} shows the private note"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs util-linux unshare")
def test_real_app_runs_in_an_empty_network_namespace(tmp_path: Path) -> None:
    """The real app process, driven through the capture screen, in a namespace with no network."""
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not available here")
    data = tmp_path / "data"
    store = open_store(data)
    _ride_through_the_core(store)
    ride = rides.plan_ride(
        store, sellers.list_sellers(store)[0].id, "2026-03-09", scorecard_key="field-visit"
    )
    rides.start_ride(store, ride.id)
    store.close()
    script = tmp_path / "s.jsonl"
    steps = [
        {"op": "open"},
        {"op": "add_call"},
        {"op": "rate", "key": "opening", "level": 3},
        {"op": "evidence", "key": "opening", "text": SECRETS["evidence"] + " ünï"},
        {"op": "note", "text": SECRETS["note"]},
        {"op": "quit"},
    ]
    script.write_text("\n".join(json.dumps(s) for s in steps), encoding="utf-8")
    env = {**os.environ, "FIELDRIDE_DRIVE": str(script), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [
            "unshare",
            "-rn",
            sys.executable,
            "-m",
            "tests.harness.drive_app",
            "--data-dir",
            str(data),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.count("ACK ") == 4 and "QUIT" in proc.stdout
    for path in [data, *data.rglob("*")]:  # including what Qt wrote (ui-state.ini)
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path} is {oct(mode)}"
    for path in _text_files(data):
        content = path.read_bytes().decode("utf-8", "replace")
        for what, secret in SECRETS.items():
            assert secret not in content, f"{what} leaked into {path}"
