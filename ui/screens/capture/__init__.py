"""The capture screen: rate a ride call by call (the screen and the widgets only it uses)."""

from ui.screens.capture.screen import CaptureScreen

__all__ = ["CaptureScreen"]
