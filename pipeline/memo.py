"""Answers kept for the length of one letter.

The stages ask the same questions of the same lines and sentences (is this line a marking, what
status does this sentence state, what does this damaged word mend to): each is answered once per
letter. `parse_letter` starts every letter afresh, so a letter's reading never depends on the
letters read before it in the same process, and memory stays bounded over a long ingest.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_KEPT: list[Callable[[], None]] = []     # how to forget each kept answer table


def per_letter(fn: F) -> F:
    """`fn` (a pure function of hashable arguments) answered once per letter."""
    kept = lru_cache(maxsize=None)(fn)
    _KEPT.append(kept.cache_clear)
    return kept  # type: ignore[return-value]


def kept_table() -> dict:
    """A dict for answers kept per letter, emptied with the others."""
    table: dict = {}
    _KEPT.append(table.clear)
    return table


def new_letter() -> None:
    for forget in _KEPT:
        forget()
