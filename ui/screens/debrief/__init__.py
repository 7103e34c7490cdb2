"""The debrief screen and the panels only it uses."""

from ui.screens.debrief.screen import DebriefScreen

__all__ = ["DebriefScreen"]
