"""Attachments: a photo or file (whiteboard photo, account plan, email) on a call, on one
behaviour of a call, or on the ride's private note (issue 22, deliver 5).

The bytes live inside the store (table ``blobs``, once per content, keyed by SHA-256), so the
daily backups carry them, and bundles and sync carry those of the calls (see
``fieldride.exchange``). An attachment on the private note is private: it never leaves the
laptop. A file larger than :data:`MAX_ATTACHMENT_BYTES` (10 MB) is refused with a message that
names it and its size, before anything is written. Every function commits before it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.rides.model import editable_ride, get_ride, refuse_read_only
from fieldride.store import Store
from fieldride.store import rows as records

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # 10 MB (10,485,760 bytes), stated in the refusal

# Media types told from the first bytes (a photo renamed without its extension still shows).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)


@dataclass(frozen=True)
class Attachment:
    """One attached file as the screens show it (the bytes are read with :func:`attachment_data`)."""

    id: int
    uuid: str
    ride_id: int
    call_id: int | None
    behaviour_key: str | None
    private: bool
    name: str
    media_type: str
    size: int
    content_hash: str
    created_at: str

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def size_words(size: int) -> str:
    """A file size in plain words: '812 bytes', '45 KB', '14.2 MB' (1 KB = 1,024 bytes)."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def media_type_of(name: str, head: bytes) -> str:
    """The media type from the first bytes, else from the name, else a plain binary."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    import mimetypes  # on first use: its tables are read then, not at start-up

    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def _from_row(row: dict[str, Any]) -> Attachment:
    return Attachment(
        id=int(row["id"]),
        uuid=row["uuid"],
        ride_id=int(row["ride_id"]),
        call_id=row["call_id"],
        behaviour_key=row["behaviour_key"],
        private=bool(row["private"]),
        name=row["name"],
        media_type=row["media_type"],
        size=int(row["size"]),
        content_hash=row["content_hash"],
        created_at=row["created_at"],
    )


def read_attachment_file(path: Path) -> tuple[str, bytes]:
    """The file's name and bytes, or DomainError naming the file: unreadable, not a file, or
    over the limit (checked before the whole file is read, and again on the bytes read, in
    case it grew meanwhile)."""
    name = path.name
    try:
        if not path.is_file():
            raise DomainError(
                messages().gettext("'{name}' is not a file that can be attached.").format(name=name)
            )
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise DomainError(_too_large(name, size))
        with path.open("rb") as handle:
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as err:
        raise DomainError(
            messages()
            .gettext("'{name}' could not be read ({problem}).")
            .format(name=name, problem=err.strerror or err)
        ) from err
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise DomainError(_too_large(name, path.stat().st_size))
    return name, data


def _too_large(name: str, size: int) -> str:
    return (
        f"'{name}' is {size_words(size)} ({size:,} bytes); an attachment can be at most "
        f"{size_words(MAX_ATTACHMENT_BYTES)}. Nothing was attached."
    )


def store_blob(store: Store, data: bytes) -> str:
    """Keep ``data`` once in the store (inside the caller's transaction); its SHA-256."""
    import hashlib  # OpenSSL's bindings: when a file is attached, not when a ride opens

    digest = hashlib.sha256(data).hexdigest()
    store.db.execute(
        "INSERT OR IGNORE INTO blobs (content_hash, size, data, created_at) VALUES (?, ?, ?, ?)",
        [digest, len(data), data, records.now_utc()],
    )
    return digest


def blob_data(store: Store, content_hash: str) -> bytes | None:
    """The bytes kept under ``content_hash``, or None when this store does not hold them."""
    row = store.db.execute(
        "SELECT data FROM blobs WHERE content_hash = ?", [content_hash]
    ).fetchone()
    return None if row is None else bytes(row[0])


def missing_blobs(store: Store) -> list[str]:
    """Content hashes of live attachments whose bytes this store does not hold (a ride merged
    before its files arrived)."""
    return [
        str(r["content_hash"])
        for r in store.db.query(
            "SELECT DISTINCT a.content_hash FROM attachments a WHERE a.deleted_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.content_hash = a.content_hash) "
            "ORDER BY a.content_hash"
        )
    ]


def attach_file(
    store: Store,
    ride_id: int,
    path: Path,
    *,
    call_id: int | None = None,
    behaviour_key: str | None = None,
    private: bool = False,
) -> Attachment:
    """Attach the file at ``path`` to a call (``call_id``), one behaviour of it (and
    ``behaviour_key``), or the ride's private note (``private``, no call). DomainError (nothing
    written) when the file is over the limit or unreadable, or the ride cannot be changed here
    (read-only; locked, except for the private note, which may change after acknowledgement)."""
    name, data = read_attachment_file(path)
    return attach_bytes(
        store,
        ride_id,
        name,
        data,
        call_id=call_id,
        behaviour_key=behaviour_key,
        private=private,
    )


def attach_bytes(
    store: Store,
    ride_id: int,
    name: str,
    data: bytes,
    *,
    call_id: int | None = None,
    behaviour_key: str | None = None,
    private: bool = False,
) -> Attachment:
    """:func:`attach_file` for bytes already read (a paste, a test)."""
    name = records.without_nul(name).strip() or "attachment"
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise DomainError(_too_large(name, len(data)))
    if private:
        if call_id is not None or behaviour_key is not None:
            raise DomainError(
                messages().gettext(
                    "A private attachment belongs to the private note, not to a call."
                )
            )
        get_ride(store, ride_id)
        refuse_read_only(store, ride_id)
    else:
        if call_id is None:
            raise DomainError(messages().gettext("Choose the call to attach the file to."))
        editable_ride(store, ride_id)
        call = records.one(
            store.db,
            "SELECT id FROM calls WHERE id = ? AND ride_id = ? AND deleted_at IS NULL",
            [call_id, ride_id],
        )
        if call is None:
            raise DomainError(messages().gettext("That call no longer exists."))
    with store.db.atomic():
        digest = store_blob(store, data)
        attachment_id = records.insert(
            store.db,
            "attachments",
            {
                "ride_id": ride_id,
                "call_id": call_id,
                "behaviour_key": behaviour_key,
                "private": int(private),
                "name": name,
                "media_type": media_type_of(name, data[:16]),
                "size": len(data),
                "content_hash": digest,
            },
        )
        if not private:
            store.db.execute(
                "UPDATE rides SET updated_at = ? WHERE id = ?", [records.now_utc(), ride_id]
            )
    return get_attachment(store, attachment_id)


def get_attachment(store: Store, attachment_id: int) -> Attachment:
    row = records.one(
        store.db,
        "SELECT * FROM attachments WHERE id = ? AND deleted_at IS NULL",
        [attachment_id],
    )
    if row is None:
        raise DomainError(messages().gettext("That attachment no longer exists."))
    return _from_row(row)


def list_attachments(
    store: Store, ride_id: int, *, include_private: bool = False
) -> list[Attachment]:
    """The ride's live attachments, oldest first; the private note's only when asked."""
    sql = "SELECT * FROM attachments WHERE ride_id = ? AND deleted_at IS NULL"
    if not include_private:
        sql += " AND private = 0"
    return [_from_row(r) for r in store.db.query(sql + " ORDER BY created_at, id", [ride_id])]


def attachment_data(store: Store, attachment: Attachment) -> bytes:
    """The attachment's bytes; DomainError when the store does not hold them (a file whose
    ride arrived from a laptop that has not sent its bytes yet)."""
    data = blob_data(store, attachment.content_hash)
    if data is None:
        raise DomainError(
            messages()
            .gettext(
                "The file '{name}' has not arrived on this laptop yet (sync again, or ask for a new bundle)."
            )
            .format(name=attachment.name)
        )
    return data


def save_attachment_as(store: Store, attachment: Attachment, target: Path) -> None:
    """Write the attachment's bytes to ``target`` (0600, through a partial file and a rename,
    so a failure never leaves half a file under the chosen name). DomainError when it cannot."""
    data = attachment_data(store, attachment)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as handle:
            partial.chmod(0o600)
            handle.write(data)
        partial.replace(target)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise DomainError(
            messages()
            .gettext("'{name}' could not be written ({problem}).")
            .format(name=target.name, problem=err.strerror or err)
        ) from err


def remove_attachment(store: Store, attachment_id: int) -> None:
    """Remove an attachment (a tombstone, so a merge carries the removal); its bytes go too
    unless another live attachment holds the same content."""
    attachment = get_attachment(store, attachment_id)
    if attachment.private:
        refuse_read_only(store, attachment.ride_id)
    else:
        editable_ride(store, attachment.ride_id)
    stamp = records.now_utc()
    with store.db.atomic():
        store.db.execute(
            "UPDATE attachments SET deleted_at = ?, updated_at = ? WHERE id = ?",
            [stamp, stamp, attachment_id],
        )
        store.db.execute(
            "DELETE FROM blobs WHERE content_hash = ? AND NOT EXISTS (SELECT 1 FROM attachments "
            "WHERE content_hash = blobs.content_hash AND deleted_at IS NULL)",
            [attachment.content_hash],
        )
        if not attachment.private:
            store.db.execute(
                "UPDATE rides SET updated_at = ? WHERE id = ?", [stamp, attachment.ride_id]
            )
