"""``python -m fieldride`` behaves exactly like the ``fieldride`` command."""

from fieldride.collector import pause_collector

pause_collector()  # before the imports of start-up (fieldride.cli.main resumes it)

from fieldride.cli import main  # noqa: E402 - after the collector's pause

raise SystemExit(main())
