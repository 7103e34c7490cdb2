"""Loading scorecards from files. (Placeholder loader for YAML only; the validating loaders for
YAML/JSON/CSV/XLSX replace this module — see issue 3.)"""

from __future__ import annotations

from pathlib import Path

import yaml

from fieldride.scorecards.model import Scorecard


def load_scorecard(path: Path) -> Scorecard:
    with path.open(encoding="utf-8") as fh:
        return Scorecard.from_dict(yaml.safe_load(fh))
