"""The one helper that finds bundled resources (scorecards, fonts, icons, styles, demo data).

Works alike from a source checkout (``<repo>/resources``), an installed wheel (the build maps
``resources/`` into the package as ``fieldride/_resources``) and a PyInstaller bundle
(``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """Return the folder holding FieldRide's resources.

    Raises ``FileNotFoundError`` naming every place looked at if none exists (a broken install).
    """
    here = Path(__file__).resolve().parent
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates += [here / "_resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "scorecards").is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"FieldRide resources not found (looked in: {looked})")


def resource_path(*parts: str) -> Path:
    """Path of a resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_root().joinpath(*parts)
