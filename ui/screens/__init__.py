"""The screens, one module (or package) per screen; built by the main window on first use.

What a screen and the window share lives here, so the window need not import a screen for it.
"""

PLAN_SHORTCUT = "Ctrl+N"  # File ▸ Plan a ride (the window's action) and Today's button tip
