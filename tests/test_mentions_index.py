"""`Names.ending_with` and `written_lower` answer from per-document indexes exactly what `str.find` scans of the text did."""

from __future__ import annotations

import bisect

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotekit._lexicon import Lexicon
from quotekit import _mentions
from quotekit._mentions import Names, _written_lower_by_find, written_lower

LEX = Lexicon.default()


@pytest.fixture(autouse=True)
def always_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short test texts use the indexes too (they start at `INDEX_FROM` chars otherwise)."""
    monkeypatch.setattr(_mentions, "INDEX_FROM", 0)


def ending_with_by_find(names: Names, word: str) -> list[int]:
    """The former implementation, kept as the oracle: one non-overlapping `str.find` scan per form."""
    forms = {word, word[:1].upper() + word[1:], word[:1].lower() + word[1:]}
    forms |= {f.replace("’", "'") for f in forms} | {f.replace("'", "’") for f in forms}
    text, spans = names.text, list(zip(names.starts, names.ends))
    found = set()
    for f in forms:
        p = text.find(f)
        while p >= 0:
            e = p + len(f)
            i = bisect.bisect_right(names.starts, p) - 1
            if i >= 0 and spans[i][0] <= p and spans[i][1] in (e, e + 2) and (spans[i][1] == e or text[e] in "'’"):
                found.add(i)
            p = text.find(f, e)
    return sorted(found)


# Invented names that end in one another, overlap themselves and carry apostrophes.
TOKENS = [
    "Lala", "Lalala", "lala", "La", "LaLa", "LaLaLa", "LaLaLaLa", "Lalalala", "Abab", "Ababab", "Ruiz", "Ruiz’s", "Ruiz's", "ruiz",
    "Ortiz-Ruiz", "McRuiz", "O'Neill", "O’Neill", "Neill’s", "Ana", "Anna", "Nana", "Banana", "Fox News'",
    "Mr.", "Sen.", "of", "de", "said", "the", "U.S.", "Lee", "Lees’", "Tiki-Tiki", "Kiki", "Ikik",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", " (", '" ', "’s ", "-", ""]
QUERIES = [
    "Lala", "lala", "La", "ala", "LaLa", "aLa", "laLa", "Lalala", "Abab", "bab", "Ruiz", "ruiz", "Ruiz’s", "O'Neill", "O’Neill",
    "Neill", "Ana", "ana", "Nana", "nana", "Anna", "Lee", "Lees", "Kiki", "Tiki", "iki", "a", "s", "U.S.",
]


@st.composite
def texts(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 30))
    parts = []
    for _ in range(n):
        parts.append(draw(st.sampled_from(TOKENS)))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


@settings(max_examples=300)
@given(texts(), st.lists(st.sampled_from(QUERIES), min_size=1, max_size=6))
@example("Lalala Lala said. Lala Lalala", ["Lala"])
@example("Ana Lalalala’s and Ababab", ["Lala", "Abab"])
@example("Then LaLaLa and LaLaLaLa’s aide", ["LaLa", "aLa"])
def test_ending_with_matches_find_scan(text: str, queries: list[str]) -> None:
    """The indexed lookup returns the same runs as the non-overlapping `str.find` scan."""
    names = Names(text, LEX)
    for q in queries:
        assert names.ending_with(q) == ending_with_by_find(names, q), q


@settings(max_examples=300)
@given(texts(), st.lists(st.sampled_from(QUERIES), min_size=1, max_size=6))
@example("Then LaLaLa spoke to LaLa and Nana Banana", ["LaLa", "nana", "Nana"])
@example("Ruiz met ruiz, Ortiz-Ruiz and Ruiz’s aide", ["Ruiz", "ruiz"])
def test_short_text_scan_matches_find_scan(text: str, queries: list[str]) -> None:
    """A short text, scanned once for a word's letters after the first, finds the runs the per-form scan finds."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_mentions, "INDEX_FROM", 10**9)
        names = Names(text, LEX)
        for q in queries:
            assert names.ending_with(q) == ending_with_by_find(names, q), q


def test_self_overlapping_word_hides_its_second_occurrence() -> None:
    """`LaLa` does not end the run `LaLaLa`, because the scan takes `LaLa` at its start."""
    names = Names("Then LaLaLa spoke to LaLa.", LEX)
    runs = [names.text[s:e] for s, e in zip(names.starts, names.ends)]
    got = [runs[i] for i in names.ending_with("LaLa")]
    assert got == ["LaLa"]


def test_suffix_and_possessive_runs_are_found() -> None:
    """A run ends with a word written inside a longer word or before an apostrophe."""
    names = Names("Ana Ortiz-Ruiz met Tom Ruiz’s aide and Ruiz.", LEX)
    runs = [names.text[s:e] for s, e in zip(names.starts, names.ends)]
    assert [runs[i] for i in names.ending_with("ruiz")] == ["Ana Ortiz-Ruiz", "Tom Ruiz’s", "Ruiz"]


LOWER_TOKENS = ["maybe", "Maybe", "may", "maybe,", ",maybe", "be", "", "x", "said", "\n", "maybe-not", ".", ","]


@given(st.lists(st.sampled_from(LOWER_TOKENS), max_size=12), st.sampled_from(["", " ", "  "]), st.sampled_from(["maybe", "may", "be", "", "x", "said", "maybe-not", "a b", "a,"]))
@example(["", "maybe", ""], " ", "maybe")
@example(["x", "maybe,"], "", "maybe")
def test_written_lower_matches_find_scan(tokens: list[str], sep: str, low: str) -> None:
    """The per-text word set answers `written_lower` as the `str.find` scan does."""
    text = (sep or " ").join(tokens) + sep
    assert written_lower(text, low) == _written_lower_by_find(text, low)


def spaced_words_by_split(text: str) -> frozenset[str]:
    """The former implementation, kept as the oracle: one `str.split` of the whole text."""
    pieces = text.split(" ")
    words = set(pieces[1:-1])
    words.update(p[: p.index(",")] for p in pieces[1:] if "," in p)
    return frozenset(words)


@given(st.lists(st.sampled_from(LOWER_TOKENS + [" ", ", ", ",,"]), max_size=16), st.integers(1, 12))
@example(["maybe", "", "be,"], 1)
def test_spaced_words_read_in_chunks_match_one_split(tokens: list[str], chunk: int) -> None:
    """Splitting the text in chunks that end at a space finds the same words as one split of it."""
    text = " ".join(tokens)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_mentions, "_CHUNK", chunk)
        assert _mentions._spaced_words.__wrapped__(text) == spaced_words_by_split(text)
