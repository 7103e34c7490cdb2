"""Python's full garbage collections deferred to the pauses of the work (issue 23).

Python starts a full collection (every tracked object) inside whichever allocation crosses its
threshold: in the app, often a rating keystroke (5-6 ms of UI-thread CPU; 16-19 ms in the
ten-year keystroke benchmark). With :func:`defer_full_collections` only the younger generations
run by themselves; :func:`collect_if_due` runs the full one when the caller says the work has
paused, or once so many are overdue that it must."""

from __future__ import annotations

import gc

from fieldride.collector import (
    FULL_AFTER,
    FULL_BACKSTOP,
    collect_if_due,
    collections_since_full,
    defer_full_collections,
    restore_full_collections,
)


def _survivors(middle_collections: int) -> list[list[int]]:
    """Objects that live on, allocated until the middle generation ran that often."""
    kept: list[list[int]] = []
    while collections_since_full() < middle_collections:
        kept.extend([i] for i in range(1000))
    return kept


def test_deferred_full_collection_waits_for_a_pause(gc_generations: list[int]) -> None:
    defer_full_collections()
    kept = _survivors(FULL_AFTER + 30)  # Python would have run full collections among these
    assert 1 in gc_generations and 2 not in gc_generations
    assert not collect_if_due(quiet=False)  # the work goes on: not yet
    assert 2 not in gc_generations
    assert collect_if_due(quiet=True)
    assert gc_generations[-1] == 2 and collections_since_full() == 0
    assert not collect_if_due(quiet=True)  # nothing due right after one
    assert len(kept) > 0


def test_without_deferring_python_runs_them_itself(gc_generations: list[int]) -> None:
    kept: list[list[int]] = []
    for _ in range(2000):  # up to two million objects that live on
        kept.extend([i] for i in range(1000))
        if 2 in gc_generations:
            break
    assert 2 in gc_generations


def test_overdue_full_collection_runs_even_while_the_work_goes_on(
    gc_generations: list[int],
) -> None:
    defer_full_collections()
    kept = _survivors(FULL_BACKSTOP + 1)
    assert 2 not in gc_generations
    assert collect_if_due(quiet=False)
    assert gc_generations[-1] == 2
    assert len(kept) > 0


def test_restoring_gives_back_the_threshold() -> None:
    before = gc.get_threshold()
    defer_full_collections()
    defer_full_collections()  # twice: still restores the original
    assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] > 10**9
    restore_full_collections()
    assert gc.get_threshold() == before
    restore_full_collections()  # harmless when not deferred
    assert gc.get_threshold() == before
