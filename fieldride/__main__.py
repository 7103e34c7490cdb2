"""``python -m fieldride`` behaves exactly like the ``fieldride`` command."""

from fieldride.cli import main

raise SystemExit(main())
