"""The app under the scripted user: ``python -m tests.harness.drive_app [app args]``.

The real entry point (:func:`ui.launch.main`) with one start hook (:func:`ui.app.add_start_hook`):
once the first screen shows its data, :mod:`tests.harness.crash_driver` plays the script named
by ``FIELDRIDE_DRIVE`` (if any). Used by scripts/crash_harness.py and the crash, privacy and
concurrency tests; run it from the repository's root (or with it on ``PYTHONPATH``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.app import AppStart


def _on_start(start: AppStart) -> None:
    def shown() -> None:
        from tests.harness import crash_driver

        if start.store is not None:
            crash_driver.install(start.app, start.window, start.store)

    start.shown.connect(shown)


def main(argv: Sequence[str] | None = None) -> int:
    from fieldride.collector import pause_collector

    pause_collector()  # as ui.launch does before it imports Qt and the UI (it resumes it)
    from ui.app import add_start_hook
    from ui.launch import main as app_main

    add_start_hook(_on_start)
    return app_main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
