"""The commitments screen and its table."""

from ui.screens.commitments.screen import CommitmentsScreen

__all__ = ["CommitmentsScreen"]
