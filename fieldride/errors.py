"""The error every domain rule raises when it refuses an action.

Defined here, below every package, because all of them raise it: the store's row helpers, the
tabular readers (:class:`~fieldride.tabular.ImportFileError` is one), the domain packages.
"""

from __future__ import annotations


class DomainError(ValueError):
    """A domain rule refused an action; ``str(err)`` is a one-line message for the user."""
