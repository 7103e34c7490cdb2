"""The ``fieldride`` entry point: headless commands go to ``fieldride.cli``; with no command the
app opens. Qt is imported only when the app opens, so ``fieldride <command>`` stays light."""

from __future__ import annotations

from collections.abc import Sequence

from fieldride.cli import main as cli_main


def _open_app(data_dir: str | None, qt_args: list[str]) -> int:
    from ui.app import run_app

    return run_app(data_dir, qt_args)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, open_app=_open_app)


if __name__ == "__main__":
    raise SystemExit(main())
