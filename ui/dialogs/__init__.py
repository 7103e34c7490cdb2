"""Dialogs of the app and its main window (about, output settings, recovery, placement)."""
