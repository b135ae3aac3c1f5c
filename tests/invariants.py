"""The invariants every extraction result satisfies, on any input whatsoever.

Shared by the property tests (tests/spec/test_invariants.py) and the hostile-input
suite (tests/test_hostile.py), so both hold quotekit to the same contract.
"""

from __future__ import annotations

import json

import quotekit
from quotekit import QUOTE_KEYS, Quote


def _valid(text: str, start: int, end: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)


def check_quote(text: str, q: Quote) -> None:
    """Assert that one quote's offsets index `text` and agree with its fields."""
    assert _valid(text, q.start, q.end), (q.start, q.end)
    assert text[q.start : q.end] == q.text
    assert q.spans, "a quote has at least one span"
    assert q.spans[0][0] == q.start and q.spans[-1][1] == q.end
    for (s, e), nxt in zip(q.spans, q.spans[1:] + ((q.end, q.end),)):
        assert _valid(text, s, e) and e <= nxt[0], f"spans unsorted or overlapping: {q.spans}"
    if q.cue_span is not None:
        assert _valid(text, *q.cue_span) and text[q.cue_span[0] : q.cue_span[1]] == q.cue
    sp = q.speaker
    if sp is not None:
        assert _valid(text, sp.start, sp.end) and text[sp.start : sp.end] == sp.text
        assert sp.start == sp.end or sp.text.strip(), f"speaker {sp.text!r} is only whitespace"
        for s, e in q.spans:
            assert not (s <= sp.start and sp.end <= e and sp.start < sp.end), (
                f"speaker {sp.text!r} lies inside its quote span {(s, e)}"
            )
    row = q.to_dict()
    assert tuple(row) == QUOTE_KEYS
    json.dumps(row)  # JSON-serialisable (lone surrogates are escaped)


def check_invariants(text: str) -> list[Quote]:
    """Run `extract` twice on `text`, assert every invariant and return the quotes."""
    quotes = quotekit.extract(text)
    for q in quotes:
        check_quote(text, q)
    keys = [(q.start, q.end) for q in quotes]
    assert keys == sorted(keys), "results are sorted by start"
    parts = sorted(p for q in quotes for p in q.spans)
    assert all(e <= s for (_, e), (s, _) in zip(parts, parts[1:])), "two quotes share content"
    again = quotekit.extract(text)
    assert again == quotes and [q.to_dict() for q in again] == [q.to_dict() for q in quotes]
    return quotes
