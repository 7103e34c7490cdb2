"""The scorecards screen, with its preview and version history."""

from ui.screens.scorecards.screen import ScorecardsScreen

__all__ = ["ScorecardsScreen"]
