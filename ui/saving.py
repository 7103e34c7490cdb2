"""Writing through the store's queue from any screen or dialog (issue 20, fault 1).

:func:`run` calls one core function through ``store.pending`` (see
:mod:`fieldride.store.pending`): it returns what the function returned when it committed now;
when the storage refused it (disk full, read-only file, I/O error) the call waits in the queue,
is tried again on the window's timer and on the next edit, and :func:`run` returns a result
that says so (the window's status bar says what happened; the caller must not show it saved).
A :class:`DomainError` goes to ``refused`` (a one-line message for the user) and is not kept.

The queue key is the function and its arguments: the same write made twice while it waits is
kept once (a second press of "Add" with the same text does not add it twice), and writes of
different values of a field are all kept, in order, so the last one typed is the one left on
disk. The store itself is left out of the key (one queue per store).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, NamedTuple, TypeVar

from fieldride.errors import DomainError
from fieldride.store import FailureKind, Store, classify, error_name

log = logging.getLogger(__name__)

T = TypeVar("T")


class Written(NamedTuple, Generic[T]):
    """``committed``: the write is on disk now and ``value`` is what it returned; else it was
    refused (``refused`` was called) or it waits for the storage (``waiting``)."""

    committed: bool
    value: T | None
    waiting: bool = False


def _key(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    shown = [repr(a) for a in args if not isinstance(a, Store)]
    shown += [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
    return f"{fn.__module__}.{fn.__qualname__}({', '.join(shown)})"


def run(
    store: Store,
    operation: str,
    fn: Callable[..., T],
    *args: Any,
    refused: Callable[[DomainError], None] | None = None,
    done: Callable[[T], None] | None = None,
    **kwargs: Any,
) -> Written[T]:
    """Call ``fn(*args, **kwargs)`` through the store's queue (see the module docstring).

    ``operation`` names it in the log (no personal text); ``done`` runs after the commit, now
    or when a waiting write commits later. Without ``refused`` a DomainError propagates."""
    box: list[T] = []

    def committed(value: T) -> None:
        box.append(value)
        if done is not None:
            done(value)

    key = _key(fn, args, kwargs)
    now = store.pending.attempt(
        operation,
        lambda: fn(*args, **kwargs),
        key=key,
        done=committed,
        refused=refused,
    )
    if now:
        return Written(True, box[0] if box else None)
    return Written(False, None, store.pending.holds(key))


def write_failed(err: BaseException, operation: str) -> FailureKind | None:
    """For writes that cannot wait in the queue (a dialog's, a file the user asked for): the
    storage failure behind ``err``, logged (operation and error class only), or None when it is
    not one. A dialog says :func:`~fieldride.store.kept_message` of it and stays open."""
    kind = classify(err)
    if kind is None:
        return None
    log.error("%s failed: %s (%s)", operation, kind.value, error_name(err))
    return kind
