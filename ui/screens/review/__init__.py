"""The review screen: the team grid and the export dialog."""

from ui.screens.review.screen import ReviewScreen

__all__ = ["ReviewScreen"]
