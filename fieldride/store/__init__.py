"""The store: one SQLite file per data folder, opened, checked, migrated and backed up here.

- opening (:func:`open_store`): the checks before any write, the writer connection, migrations
  with a backup first; :func:`open_for_reading` (``reading``) for a command that only reads (a
  read-only connection after the cheap checks); refusals raise :class:`StoreError` (or a
  subclass) with a message for the user. The pieces: ``connection`` (:class:`Store`, the writer connection), ``sql``
  (:class:`StoreDb`, sqlite-utils' idioms on ``sqlite3``), ``checks`` (file and integrity
  checks), ``markers`` (unclean-shutdown markers), ``errors``, ``migrations`` (named, ordered
  schema steps);
- ``backup``: rolling backups and restore;
- ``cloud_folders``: is the data folder where a sync client or network filesystem could tear
  the file apart (:func:`check_placement`);
- ``inspection``: ``fieldride check`` on a private copy (:func:`inspect_store`);
- ``outputs``: where a file the user asked for may be written (:func:`check_output_path`);
- ``pending``: the queue every edit goes through; a write the storage refused (disk full,
  read-only, I/O error) waits there in order and is tried again (:class:`PendingWrites`);
- ``checksums``: a checksum per acknowledged ride, so content damage SQLite cannot see is found
  by ``fieldride check`` and keeps a damaged file from being backed up
  (:func:`changed_rides`);
- ``checkpoints``: the journal copied into the data file from a thread of its own, never inside
  a commit of the writer (:meth:`Store.start_checkpoints`);
- ``rescue``: a copy of what an open store holds when its file was deleted or replaced under
  it (:func:`write_rescue_copy`);
- ``identity``: this store's author id (rides by another author are read-only here);
- ``rows``: writing rows the same way everywhere (uuid, stamps, clean text, stored dates).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldride.store.backup import (
        BackupError,
        BackupInfo,
        backup_folder,
        check_backup,
        list_backups,
        make_backup,
        maybe_daily_backup,
        newest_good_backup,
        restore_backup,
    )
    from fieldride.store.checks import (
        BUSY_TIMEOUT_MS,
        FileCheck,
        check_store_file,
    )
    from fieldride.store.checksums import (
        changed_rides,
        ride_checksum,
        seal_finished_rides,
        seal_rides,
    )
    from fieldride.store.cloud_folders import (
        PlacementWarning,
        check_placement,
    )
    from fieldride.store.connection import (
        Store,
        pragmas,
        read_only_store,
    )
    from fieldride.store.errors import (
        RESTORE_HINT,
        CheckCancelledError,
        CorruptStoreError,
        EmptiedStoreError,
        MissingJournalError,
        MissingStoreError,
        NewerSchemaError,
        NoSpaceError,
        StoreError,
        StoreReplacedError,
        continue_or_restore,
        restore_hint,
    )
    from fieldride.store.identity import adopt_author_id, author_id, is_uuid
    from fieldride.store.inspection import ChangedRide, JournalFrames, StoreReport, inspect_store
    from fieldride.store.markers import (
        UNCLEAN_MARKER,
        stale_markers,
    )
    from fieldride.store.opening import (
        applied_migrations,
        open_store,
        schema_version,
    )
    from fieldride.store.outputs import OutputPathError, check_output_path
    from fieldride.store.pending import (
        FailureKind,
        PendingWrites,
        StorageFailure,
        classify,
        error_name,
        kept_message,
        lost_message,
    )
    from fieldride.store.reading import open_for_reading
    from fieldride.store.rescue import write_rescue_copy
    from fieldride.store.rows import (
        parse_date,
    )
    from fieldride.store.sql import (
        StoreDb,
    )
else:  # each module imported when one of its names is first used (fieldride.lazy)
    from fieldride.lazy import lazy_names

    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "backup": (
                "BackupError",
                "BackupInfo",
                "backup_folder",
                "check_backup",
                "list_backups",
                "make_backup",
                "maybe_daily_backup",
                "newest_good_backup",
                "restore_backup",
            ),
            "checks": (
                "BUSY_TIMEOUT_MS",
                "FileCheck",
                "check_store_file",
            ),
            "checksums": (
                "changed_rides",
                "ride_checksum",
                "seal_finished_rides",
                "seal_rides",
            ),
            "cloud_folders": (
                "PlacementWarning",
                "check_placement",
            ),
            "connection": (
                "Store",
                "pragmas",
                "read_only_store",
            ),
            "errors": (
                "RESTORE_HINT",
                "CheckCancelledError",
                "CorruptStoreError",
                "EmptiedStoreError",
                "MissingJournalError",
                "MissingStoreError",
                "NewerSchemaError",
                "NoSpaceError",
                "StoreError",
                "StoreReplacedError",
                "continue_or_restore",
                "restore_hint",
            ),
            "identity": (
                "adopt_author_id",
                "author_id",
                "is_uuid",
            ),
            "inspection": (
                "ChangedRide",
                "JournalFrames",
                "StoreReport",
                "inspect_store",
            ),
            "markers": (
                "UNCLEAN_MARKER",
                "stale_markers",
            ),
            "opening": (
                "applied_migrations",
                "open_store",
                "schema_version",
            ),
            "outputs": (
                "OutputPathError",
                "check_output_path",
            ),
            "pending": (
                "FailureKind",
                "PendingWrites",
                "StorageFailure",
                "classify",
                "error_name",
                "kept_message",
                "lost_message",
            ),
            "reading": ("open_for_reading",),
            "rescue": ("write_rescue_copy",),
            "rows": ("parse_date",),
            "sql": ("StoreDb",),
        },
    )

__all__ = [
    "BUSY_TIMEOUT_MS",
    "RESTORE_HINT",
    "UNCLEAN_MARKER",
    "BackupError",
    "BackupInfo",
    "ChangedRide",
    "CheckCancelledError",
    "CorruptStoreError",
    "EmptiedStoreError",
    "FailureKind",
    "FileCheck",
    "JournalFrames",
    "MissingJournalError",
    "MissingStoreError",
    "NewerSchemaError",
    "NoSpaceError",
    "OutputPathError",
    "PendingWrites",
    "PlacementWarning",
    "StorageFailure",
    "Store",
    "StoreDb",
    "StoreError",
    "StoreReplacedError",
    "StoreReport",
    "adopt_author_id",
    "applied_migrations",
    "author_id",
    "backup_folder",
    "changed_rides",
    "check_backup",
    "check_output_path",
    "check_placement",
    "check_store_file",
    "classify",
    "continue_or_restore",
    "error_name",
    "inspect_store",
    "is_uuid",
    "kept_message",
    "list_backups",
    "lost_message",
    "make_backup",
    "maybe_daily_backup",
    "newest_good_backup",
    "open_for_reading",
    "open_store",
    "parse_date",
    "pragmas",
    "read_only_store",
    "restore_backup",
    "restore_hint",
    "ride_checksum",
    "schema_version",
    "seal_finished_rides",
    "seal_rides",
    "stale_markers",
    "write_rescue_copy",
]
