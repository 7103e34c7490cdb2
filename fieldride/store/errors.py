"""The store's refusals, each with a message written for the user (no traceback).

Raised by ``fieldride.store.open_store`` and its checks; exported by ``fieldride.store``.
"""

from __future__ import annotations

from fieldride.i18n import N_, messages

# The last sentence of a refusal that a backup can mend (the recovery window puts its own in
# its place: the backups it lists); CONTINUE_OR_RESTORE is the same for a file that is sound
# but lost its newest edits. Translated where used (restore_hint, continue_or_restore).
RESTORE_HINT = N_(
    "Restore the newest good backup from the recovery window that FieldRide shows at start, "
    "or with 'fieldride restore --newest'."
)
CONTINUE_OR_RESTORE = N_(
    "Either continue with the data file as it is, or restore the newest good backup from the "
    "recovery window that FieldRide shows at start, or with 'fieldride restore --newest'."
)


def restore_hint() -> str:
    """:data:`RESTORE_HINT` in the interface language."""
    return messages().gettext(RESTORE_HINT)


def continue_or_restore() -> str:
    """:data:`CONTINUE_OR_RESTORE` in the interface language."""
    return messages().gettext(CONTINUE_OR_RESTORE)


class StoreError(Exception):
    """The store cannot be opened; ``str(err)`` is a plain-language message for the user."""


class NewerSchemaError(StoreError):
    """The DB was written by a newer FieldRide; it was left untouched."""


class CorruptStoreError(StoreError):
    """The DB is damaged or not a FieldRide database; nothing was overwritten.

    ``details`` holds SQLite's own findings (for the log and a "details" section, not the main
    message). ``can_accept`` is True when the file itself is sound and the user may choose to
    continue with it as it is (see :class:`MissingJournalError`).
    """

    can_accept = False

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


class MissingJournalError(CorruptStoreError):
    """The DB is sound but its write-ahead journal vanished after an unclean shutdown.

    The edits made since the last checkpoint were in that journal. The user chooses: restore a
    backup, or continue with the file as it is (``open_store(..., accept_loss=True)``).
    """

    can_accept = True


class MissingStoreError(CorruptStoreError):
    """The DB file is gone but backups (or its journal) are still in the data folder.

    Starting empty would hide the loss, so the user chooses: restore a backup, or start with an
    empty data file (``open_store(..., accept_loss=True)``).
    """

    can_accept = True


class EmptiedStoreError(MissingStoreError):
    """The DB file is there but holds nothing (0 bytes) while backups or its journal are still
    in the data folder: its content was lost, it is not a new store. Same choice as missing."""


class StoreReplacedError(StoreError):
    """The data file this process opened was deleted, emptied or replaced while it was open.

    Writes from then on would go to a file nobody can open again (a deleted file lives on only
    while it is open). ``str(err)`` says which of the three happened.
    """


class CheckCancelledError(StoreError):
    """A background check of the data file was cancelled (the app quit): it says nothing about
    the file, and the check is owed again at the next start."""


class NoSpaceError(StoreError):
    """The data file could not be opened or checked because its disk is full (SQLite needs a
    little space for its journal and shared-memory files even to read). Not damage: nothing was
    changed and no backup should be restored (issue 20, fault 1)."""
