"""Exchanging coaching data between stores (issue 21): whole-ride units keyed by UUID, merged
idempotently; bundles (one file) for teams without a server. The team server
(``fieldride.server``) reuses the same units and merge.

- ``units``: :class:`RideUnit`, :class:`SellerUnit`, :class:`ScorecardUnit`, to and from
  JSON-compatible dicts with a format version (:data:`UNIT_FORMAT`);
- ``reading``: :func:`ride_unit`, :func:`seller_unit`, :func:`scorecard_unit`,
  :func:`rides_changed_since`, :func:`remember_sent`;
- ``merging``: :func:`merge_ride_unit` (rules and conflicts in its docstring),
  :func:`merge_seller_unit`, :func:`merge_scorecard_unit`, :class:`MergeOutcome`;
- ``pages``: :func:`merge_ride_units` (and :func:`larger_cache` around a bulk merge), a page of ride units merged as one by one, with far
  fewer statements (bundle import and sync pull use it);
- ``bundles``: :func:`export_bundle`, :func:`read_bundle` (checks everything, writes nothing),
  :func:`preview_bundle` (what an import would do, writing nothing), :func:`import_bundle` (one
  transaction).

Never exchanged: private notes, drafts, UI state, backups, a seller's notes.
"""

from __future__ import annotations

from fieldride.exchange.bundles import (
    BUNDLE_FORMAT,
    Bundle,
    BundleError,
    BundlePreview,
    ExportSummary,
    ImportReport,
    export_bundle,
    import_bundle,
    preview_bundle,
    read_bundle,
)
from fieldride.exchange.merging import (
    MergeOutcome,
    Outcome,
    conflict_copy,
    conflict_copy_uuid,
    merge_ride_unit,
    merge_scorecard_unit,
    merge_seller_unit,
    ride_merge_outcome,
)
from fieldride.exchange.pages import larger_cache, merge_ride_units
from fieldride.exchange.reading import (
    remember_sent,
    ride_unit,
    rides_changed_since,
    scorecard_unit,
    seller_unit,
)
from fieldride.exchange.units import (
    UNIT_FORMAT,
    RideUnit,
    ScorecardUnit,
    SellerUnit,
    UnitError,
    canonical_json,
    ride_unit_from_dict,
    scorecard_unit_from_dict,
    seller_unit_from_dict,
)

__all__ = [
    "BUNDLE_FORMAT",
    "UNIT_FORMAT",
    "Bundle",
    "BundleError",
    "BundlePreview",
    "ExportSummary",
    "ImportReport",
    "MergeOutcome",
    "Outcome",
    "RideUnit",
    "ScorecardUnit",
    "SellerUnit",
    "UnitError",
    "canonical_json",
    "conflict_copy",
    "conflict_copy_uuid",
    "export_bundle",
    "import_bundle",
    "larger_cache",
    "merge_ride_unit",
    "merge_ride_units",
    "merge_scorecard_unit",
    "merge_seller_unit",
    "preview_bundle",
    "read_bundle",
    "remember_sent",
    "ride_merge_outcome",
    "ride_unit",
    "ride_unit_from_dict",
    "rides_changed_since",
    "scorecard_unit",
    "scorecard_unit_from_dict",
    "seller_unit",
    "seller_unit_from_dict",
]
