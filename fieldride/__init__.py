"""FieldRide core: domain, storage, scorecards, reports, exchange and CLI.

This package never imports Qt (an import-linter contract in pyproject.toml checks it), so every
capability can be driven headless from the CLI, tests and benchmarks.
"""

__version__ = "0.1.0"
