"""Word lists written as one string, so that the modules' lexicons stay readable."""

from __future__ import annotations


def word_set(spaced: str) -> frozenset[str]:
    """The words of ``spaced`` (split on whitespace), as a set."""
    return frozenset(spaced.split())
