"""Solo calibration: the manager rates a reference scenario and sees agreement and lean."""

from ui.screens.calibration.screen import CalibrationScreen

__all__ = ["CalibrationScreen"]
