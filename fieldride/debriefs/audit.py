"""The ride's audit trail: what happened to a ride after the debrief, and every change made
after an acknowledgement was reopened.

Entries (table ``ride_audit``): ``debriefed``, ``acknowledged``, ``reopened`` (reason
required), ``changed`` (``reason`` names the part — debrief, question, commitment,
verification, capture — and ``detail`` says what changed: ``field: 'before' → 'after'``) and
``shared``. ``changed`` entries are written only while the ride is reopened: between a
``reopened`` entry and the next ``acknowledged``. Private manager notes are never audited (their
text must not travel). Writes join the caller's transaction; no Qt, no logging of user text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fieldride.i18n import N_, Language, messages
from fieldride.store import Store
from fieldride.store import rows as records

AUDIT_TEXT_LIMIT = 160
COALESCE_SECONDS = 300
ARROW = " → "


@dataclass(frozen=True)
class AuditEntry:
    action: str
    reason: str
    detail: str
    at: str


# The trail stores its details in English (they are data: a ride's trail travels in bundles and
# sync, and the same entry is read by managers in different languages); the words FieldRide
# wrote into them are translated where the trail is shown (:func:`detail_words`).
_FIELD_NAMES = {
    "strength_behaviour_key": N_("strength behaviour"),
    "strength_evidence": N_("strength evidence"),
    "gap_behaviour_key": N_("gap behaviour"),
    "gap_evidence": N_("gap evidence"),
    "rehearsal_segment": N_("rehearsal"),
    "rehearsal_count": N_("rehearsal count"),
    "rehearsal_outcome": N_("rehearsal outcome"),
    "asked": N_("asked"),
    "answer": N_("answer"),
    "text": N_("text"),
}
# field names written by other modules (a commitment's edit: its column names with spaces)
_OTHER_FIELDS = (N_("due date"), N_("behaviour key"))
# the parts of a ride a 'changed' entry names (its reason)
PARTS = {
    "debrief": N_("debrief"),
    "question": N_("question"),
    "commitment": N_("commitment"),
    "verification": N_("verification"),
    "self-assessment": N_("self-assessment"),
    "capture": N_("capture"),
}
# the words other modules write inside details (the commitment outcomes as labelled there)
_QUOTED = (
    N_("Applied"),
    N_("Partly"),
    N_("Not yet"),
    N_("No opportunity"),
    N_("no opportunity"),
)
_ACTIONS = {
    "added": N_("added: {text}"),
    "removed": N_("removed: {text}"),
    "restored": N_("restored: {text}"),
}
_FIELD_RE = re.compile(
    "(^|; |: )("
    + "|".join(
        re.escape(n)
        for n in sorted({*_FIELD_NAMES.values(), *_OTHER_FIELDS}, key=len, reverse=True)
    )
    + ")(: ')"
)
_QUOTED_RE = re.compile("'(" + "|".join(re.escape(q) for q in _QUOTED) + ")'")
_CAPTURE_RE = re.compile(r"^(\d+) (call|rating or evidence|quick note) records?$")


def short_text(value: object) -> str:
    text = " ".join(str(value if value is not None else "—").split())
    return text if len(text) <= AUDIT_TEXT_LIMIT else text[: AUDIT_TEXT_LIMIT - 1] + "…"


def describe_change(before: dict[str, Any], changed: dict[str, Any]) -> str:
    """``gap behaviour: 'listening' → 'discovery'; …`` for the audit trail."""
    return "; ".join(
        f"{_FIELD_NAMES.get(k, k)}: '{short_text(before.get(k))}' → '{short_text(v)}'"
        for k, v in changed.items()
    )


def add_entry(store: Store, ride_id: int, action: str, reason: str = "", detail: str = "") -> None:
    """Write one entry of the ride's audit trail (joins the caller's transaction)."""
    records.insert(
        store.db,
        "ride_audit",
        {"ride_id": ride_id, "action": action, "reason": reason, "detail": detail},
    )


def _reopened_at(store: Store, ride_id: int) -> str | None:
    """When the ride was last reopened, if that came after its last acknowledgement."""
    row = records.one(
        store.db,
        "SELECT action, created_at FROM ride_audit WHERE ride_id = ? "
        "AND action IN ('acknowledged', 'reopened') ORDER BY id DESC LIMIT 1",
        [ride_id],
    )
    return str(row["created_at"]) if row and row["action"] == "reopened" else None


def is_reopened(store: Store, ride_id: int) -> bool:
    """The ride was acknowledged, then reopened, and not acknowledged again since."""
    return _reopened_at(store, ride_id) is not None


def record_change(store: Store, ride_id: int, what: str, detail: str) -> None:
    """Write a 'changed' audit entry when the ride is reopened after an acknowledgement (a no-op
    otherwise). ``what`` names the part (debrief, question, commitment, verification); callers
    never pass private note text.

    Typing is saved in bursts, so a change that continues the previous entry (same part and
    field, its "before" equal to that entry's "after", within :data:`COALESCE_SECONDS`) extends
    that entry: ``'A' → 'B'`` then ``'B' → 'C'`` is recorded once as ``'A' → 'C'``.
    """
    if not detail or not is_reopened(store, ride_id):
        return
    last = records.one(
        store.db,
        "SELECT id, action, reason, detail, created_at FROM ride_audit WHERE ride_id = ? "
        "ORDER BY id DESC LIMIT 1",
        [ride_id],
    )
    merged = _continue(last, what, detail) if last else None
    if last and merged is not None:
        records.update(store.db, "ride_audit", int(last["id"]), {"detail": merged})
        return
    add_entry(store, ride_id, "changed", reason=what, detail=detail)


def _continue(last: dict[str, Any], what: str, detail: str) -> str | None:
    """The merged detail when ``detail`` continues the ``last`` entry, else None."""
    if last["action"] != "changed" or last["reason"] != what:
        return None
    if detail.count(ARROW) != 1 or last["detail"].count(ARROW) != 1 or "; " in detail:
        return None
    age = datetime.now(UTC) - datetime.fromisoformat(str(last["created_at"]).replace("Z", "+00:00"))
    if age > timedelta(seconds=COALESCE_SECONDS):
        return None
    head, after = last["detail"].split(ARROW)
    new_head, new_after = detail.split(ARROW)
    field, _, _before = head.rpartition(": '")
    new_field, _, new_before = new_head.rpartition(": '")
    if field != new_field or "'" + new_before.rstrip() != after.strip():
        return None
    return f"{head}{ARROW}{new_after}"


_CAPTURE_TABLES = (
    ("calls", "call"),
    ("observations", "rating or evidence"),
    ("quick_notes", "quick note"),
)


def changes_since_reopen(store: Store, ride_id: int) -> list[str]:
    """Capture records of the ride changed since it was reopened (``['2 rating or evidence
    records', …]``); empty when the ride is not reopened. Capture edits go through ``rides``, so
    they are found by their ``updated_at`` stamp rather than logged one by one."""
    since = _reopened_at(store, ride_id)
    if since is None:
        return []
    out = []
    for table, name in _CAPTURE_TABLES:  # English: stored in the trail (see detail_words)
        row = records.one(
            store.db,
            f"SELECT count(*) AS n FROM {table} WHERE ride_id = ? AND updated_at > ?",
            [ride_id, since],
        )
        n = int(row["n"]) if row else 0
        if n:
            out.append(f"{n} {name} record{'s' if n != 1 else ''}")
    return out


def audit_trail(store: Store, ride_id: int) -> list[AuditEntry]:
    """Everything recorded about the ride's lifecycle, oldest first: debriefed, acknowledged,
    reopened (reason), changed (what: before → after), shared."""
    return [
        AuditEntry(r["action"], r["reason"], r["detail"], r["created_at"])
        for r in store.db.query("SELECT * FROM ride_audit WHERE ride_id = ? ORDER BY id", [ride_id])
    ]


# How the ride's history reads on screen and in the development report.
ACTION_WORDS = {
    "debriefed": N_("Debrief finished"),
    "acknowledged": N_("Acknowledged by the seller"),
    "reopened": N_("Reopened"),
    "changed": N_("Changed"),
    "shared": N_("Summary produced"),
}


def _capture_words(part: str, t: Language) -> str:
    found = _CAPTURE_RE.match(part)
    if found is None:
        return part
    n, kind = int(found[1]), found[2]
    if kind == "call":
        text = t.ngettext("{count} call record", "{count} call records", n)
    elif kind == "quick note":
        text = t.ngettext("{count} quick note record", "{count} quick note records", n)
    else:
        text = t.ngettext(
            "{count} rating or evidence record", "{count} rating or evidence records", n
        )
    return text.format(count=n)


def detail_words(entry: AuditEntry, t: Language | None = None) -> str:
    """The entry's detail with the words FieldRide wrote into it (field names, added/removed,
    the outcome labels, 'not verified', the capture counts) in ``t`` (default: the interface
    language); what the manager typed stays as typed."""
    t = t or messages()
    detail = entry.detail
    if not detail:
        return detail
    if entry.action == "changed" and entry.reason == "capture":
        return ", ".join(_capture_words(part, t) for part in detail.split(", "))
    head, sep, rest = detail.partition(": ")
    if sep and head in _ACTIONS:
        return t.gettext(_ACTIONS[head]).format(text=rest)
    detail = _FIELD_RE.sub(lambda m: f"{m[1]}{t.gettext(m[2])}{m[3]}", detail)
    detail = _QUOTED_RE.sub(lambda m: f"'{t.gettext(m[1])}'", detail)
    not_verified = t.gettext("not verified")
    detail = detail.replace(": not verified" + ARROW, f": {not_verified}{ARROW}")
    if detail.endswith(ARROW + "not verified"):
        detail = detail[: -len("not verified")] + not_verified
    return detail.replace(", evidence '", ", " + t.gettext("evidence") + " '")


def entry_words(entry: AuditEntry, t: Language | None = None) -> tuple[str, str]:
    """What happened and the why or what of it, in plain words: ("Reopened", "the seller's
    name was misspelt"), ("Changed: debrief", "gap evidence: 'a' → 'b'"). The action in ``t``
    (default: the interface language); the reason and detail are as they were recorded."""
    t = t or messages()
    action = t.gettext(ACTION_WORDS[entry.action]) if entry.action in ACTION_WORDS else entry.action
    if entry.action == "changed":
        if entry.reason:
            part = t.gettext(PARTS[entry.reason]) if entry.reason in PARTS else entry.reason
            action = t.gettext("Changed: {reason}").format(reason=part)
        return action, detail_words(entry, t)
    return action, entry.reason or entry.detail


def local_time(stamp: str) -> str:
    """A UTC stamp of the trail as local date and time ("2026-12-06 19:40")."""
    when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def was_reopened(entries: list[AuditEntry]) -> bool:
    """The trail holds a reopening (changes after an acknowledgement)."""
    return any(e.action == "reopened" for e in entries)


def ever_reopened(store: Store, ride_id: int) -> bool:
    """The ride was reopened at least once (one indexed lookup, not the whole trail: the
    debrief asks after every change it saves)."""
    row = records.one(
        store.db,
        "SELECT 1 AS found FROM ride_audit WHERE ride_id = ? AND action = 'reopened' LIMIT 1",
        [ride_id],
    )
    return row is not None


def entry_by(entry: AuditEntry, manager_name: str, seller_name: str) -> str:
    """Who did it: the seller acknowledges; the manager does everything else on the ride."""
    return seller_name if entry.action == "acknowledged" else manager_name
