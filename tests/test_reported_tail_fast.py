"""The per-cue helpers' fast paths (session 6) give exactly what the plain patterns give."""

from __future__ import annotations

import pytest

from quotekit._reported import _ADJUNCT, _adjunct


@pytest.mark.parametrize(
    "tail",
    [
        " on Monday that", "\u00a0on Monday that", "\ton Monday", ", on Monday", "\x1con Monday", "  later",
        " Mondays", " latest", " lately", " tonight", " onward", " o", " ", "",
    ],
)
def test_adjunct_shortcut_agrees_with_the_pattern_after_any_character(tail: str) -> None:
    """Skipping `_ADJUNCT` after a character that is no space, or before a word no head starts, never loses a match."""
    text = "Roe said" + tail
    for end in range(8, len(text) + 1):
        got, want = _adjunct(text, 8, end), _ADJUNCT.match(text, 8, end)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    "clause",
    [
        "the dam would hold for years; the river is low",
        "the dam would hold for years, which surprised few",
        "the dam would hold for years and has been tested",
        "the dam would hold for years  and\thad been tested",
        "the dam would hold. “Nobody doubts it",
        "the dam would hold. \"nobody doubts it",
        "the dam would hold for “years” — it is old",
        "the dam would hold for years — it is old",
        "the dam would hold for another ten years at least",
    ],
)
def test_clause_end_search_starts_at_a_candidate(clause: str) -> None:
    """`_clause_end` finds `_CLAUSE_END`'s own match from every window start, also after a mark just before it."""
    from quotekit._reported import _CLAUSE_END, _clause_end

    for a in range(0, len(clause)):
        got, want = _clause_end(clause, a, len(clause)), _CLAUSE_END.search(clause, a, len(clause))
        assert (got and got.span()) == (want and want.span())


def test_np_object_end_tries_each_adjunct_start() -> None:
    """A short object's adjunct is found after an earlier head word that opens none (`in` before no year)."""
    from quotekit._reported import _np_object_end

    text = "blamed officials in charge on Monday"
    assert _np_object_end(text, 7, len(text)) == len("blamed officials in charge")
    text = "praised local crews during the storm"
    assert _np_object_end(text, 8, len(text)) == len("praised local crews")


def test_long_tail_alternatives_hold_one_group_each() -> None:
    """Each `_LONG_TAIL` match sets exactly one group, so its last group names the alternative."""
    from quotekit._reported import _LONG_TAIL

    text = (
        "it works, a move that helps. it works, where he lives, and more. it works, often by mail. it works"
        " for this story today. it works: The quay is open. it works — and the co-op closed. it works in a"
        " speech to donors. it works on the campaign trail. it works, was wrong. it works, forcing a detour."
    )
    found = list(_LONG_TAIL.finditer(text))
    assert len({m.lastgroup for m in found}) >= 8
    assert all({k for k, v in m.groupdict().items() if v is not None} == {m.lastgroup} for m in found)
