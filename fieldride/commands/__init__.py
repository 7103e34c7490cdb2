"""Headless commands, one module per area (see ``fieldride.cli``)."""
