"""quotekit's errors: each subclasses a built-in so callers can catch either."""

from __future__ import annotations


class QuotekitError(Exception):
    """Base class of every error quotekit raises on purpose."""


class InputError(QuotekitError, ValueError):
    """The input is not text quotekit can read (bytes, None, a bad date, ...)."""
