"""``python -m fieldride COMMAND`` behaves exactly like ``fieldride COMMAND``. Without a command it
prints the usage: the app itself starts from ``fieldride`` (``ui.launch``), which the core, never
importing Qt, cannot start."""

from fieldride.collector import pause_collector

pause_collector()  # before the imports of start-up (fieldride.cli.main resumes it)

from fieldride.cli import main  # noqa: E402 - after the collector's pause

raise SystemExit(main())
