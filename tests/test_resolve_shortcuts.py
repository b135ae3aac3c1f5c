"""Tests that the resolver's cheap shortcuts give what the full scans they skip would give."""

from __future__ import annotations

import re

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from quotekit._lexicon import Lexicon
from quotekit._mentions import (
    _APPOSITIVE, _CLAUSE_BREAK, _ENDS_CLAUSE, _WORD_CHAR, _WS, _WS_CHARS, appositive, vocab, written_lower,
)
from quotekit._resolve import (
    _ADVERB_EDGE, _ADVERB_WORDS, _FEMALE_WORDS, _LAST_WORDS, _MALE_WORDS, _OPENS_SENTENCE, _WHO_BEFORE, _Doc, _gender_words,
    _head_before, _head_matches, _lowered, _who_before, _word_pattern,
)

# Text drawn from the characters the patterns care about: letters, digits, spaces of
# several kinds, punctuation and dashes.
_ALPHABET = st.sampled_from(list("aAbZé1 \t\n\u00a0\u2003\x1c,.;:()\"“”—–-'’!?") + ["the", "who", "now", "also"])
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


def _last_end(pattern: regex.Pattern[str], seg: str) -> int:
    cut = 0
    for m in pattern.finditer(seg):
        cut = m.end()
    return cut


@given(_TEXT)
def test_who_search_from_last_words_finds_the_same_match(text: str) -> None:
    """The antecedent search started eight words back finds the same match as over the whole window."""
    tail = _LAST_WORDS.search(text, 0, len(text))
    full = _WHO_BEFORE.search(text, 0, len(text))
    short = _WHO_BEFORE.search(text, tail.start() if tail else 0, len(text))
    assert (full and full.span()) == (short and short.span())


@given(_TEXT, st.integers(0, 8), st.integers(0, 3))
def test_who_before_skipping_word_insides_finds_the_search_match(text: str, start: int, cut: int) -> None:
    """The antecedent search that skips the insides of failed words finds what the full search finds, groups included."""
    end = max(0, len(text) - cut)
    full = _WHO_BEFORE.search(text, start, end)
    fast = _who_before(text, start, end)
    assert (full and (full.span(), full.span("np"))) == (fast and (fast.span(), fast.span("np")))


@given(_TEXT, st.integers(0, 3), st.integers(0, 3))
def test_sentence_opening_in_re_matches_regex(text: str, start: int, cut: int) -> None:
    """The sentence-opening test in plain `re` answers as the `regex` pattern with `\\s` does."""
    end = max(start, len(text) - cut)
    slow = regex.compile(r"(?:[.!?][\"'”’)]*\s|\n|[\"“”]\s?)(?:[^\s]+\s+){0,3}$")
    assert bool(_OPENS_SENTENCE.search(text, start, end)) == bool(slow.search(text, start, end))


@given(_TEXT)
def test_clause_break_in_re_matches_regex(seg: str) -> None:
    """The clause-break scan in plain `re` ends where the `regex` pattern with `\\s` ends."""
    assert _last_end(_CLAUSE_BREAK, seg) == _last_end(regex.compile(r"[,;:()\[\]\"“”—–]|[.!?]['’\"”]?\s|\s-\s"), seg)


@given(_TEXT)
def test_break_ending_the_last_word_is_where_the_clause_scan_ends(seg: str) -> None:
    """A break character ending the last word leaves no word after the clause scan's last break; a comma is that break."""
    last = seg.rsplit(None, 1)[-1:]
    end = len(seg.rstrip())
    if not last or last[0][-1] not in _ENDS_CLAUSE or last[0][-1] in ".!?" and seg[end : end + 1] not in _WS_CHARS:
        return
    cut = _last_end(_CLAUSE_BREAK, seg)
    assert seg[cut:].split() == []
    assert (seg[cut - 1] == ",") == (last[0][-1] == ",")
    if last[0][-1] == ",":
        assert cut == end


def test_blank_characters_are_the_pattern_blanks() -> None:
    """The set of blank characters holds exactly the characters the spelled-out blank class matches."""
    assert _WS_CHARS == {c for c in map(chr, range(0x3001)) if regex.fullmatch(f"[{_WS}]", c)}


@given(_TEXT)
@example("Ana now\n")  # `$` matched before the final line break
def test_adverb_edge_needs_an_adverb_at_an_edge(core: str) -> None:
    """The adverb regex changes nothing in a mention that neither starts nor ends with an adverb."""
    if not core.startswith(_ADVERB_WORDS) and not core.endswith(_ADVERB_WORDS):
        assert _ADVERB_EDGE.sub("", core) == core


@given(_TEXT, _TEXT)
def test_appositive_shortcut_agrees(before: str, after: str) -> None:
    """The cheap first-character test never drops an appositive the pattern would read."""
    text = "Ana Ruiz" + after + before
    got = appositive(text, 8, vocab(Lexicon.default()))
    m = _APPOSITIVE.match(text, 8, min(len(text), 208))
    if m is not None:
        assert text[8:48].lstrip()[:1] in ",(—–-"
    else:
        assert got == (None, None)


def test_written_lower_finds_a_lowercase_use() -> None:
    """A word counts as written in lowercase only after a space and before a space or comma."""
    assert written_lower("Maybe it rains. We said maybe, then", "maybe")
    assert written_lower("Harbor plans. The harbor is", "harbor")
    assert not written_lower("Maybe Ruiz will. Maybeso not", "maybe")
    assert not written_lower("Brown said. Sherrod Brown left", "brown")


def test_appositive_of_blanks_is_none() -> None:
    """A comma followed only by blanks at the end of the text gives no appositive (and no error)."""
    assert appositive("Ana Ruiz,    ", 8, vocab(Lexicon.default())) == (None, None)


_HEAD_TEXT = st.lists(
    st.sampled_from(["chief", "Chief", "CHIEF", "chiefs", "mischief", "head", "HeAd", "ahead", "Sir", "ſir", "SİR", "sır",
                     "Kin", "kin", "K", " ", " ", ".", "-", "\n", "é", "’"]),
    max_size=30,
).map("".join)


@given(_HEAD_TEXT, st.sets(st.sampled_from(["chief", "head", "sir", "kin", "chief of staff", "he"]), min_size=1))
def test_head_matches_tried_where_a_head_is_written_equal_the_scan(text: str, heads: set[str]) -> None:
    """Trying the title pattern only where the lowercased text holds a head finds the scan's matches."""
    words = frozenset(heads)
    got = [m.span() for m in _head_matches(text, words, _lowered(text))]
    assert got == [m.span() for m in _word_pattern(words).finditer(text)]


@given(_HEAD_TEXT, st.sets(st.sampled_from(["chief", "head", "sir", "kin", "chief of staff", "he"]), min_size=1),
       st.integers(0, 40))
def test_no_head_before_an_offset_means_no_title_match_ends_by_it(text: str, heads: set[str], end: int) -> None:
    """When the lowercased text holds no head before `end`, no title-pattern match ends by `end`."""
    words = frozenset(heads)
    if not _head_before(_Doc(text, [], Lexicon.default()), words, end):
        assert all(m.end() > end for m in _word_pattern(words).finditer(text))


def test_run_word_class_holds_the_word_characters_apostrophes_and_hyphen() -> None:
    """The name-run pattern's word class matches exactly the characters `[\\w'’\\-]` matches (its ASCII ones are only written out)."""
    ours, plain = re.compile(_WORD_CHAR), re.compile(r"[\w'’\-]")
    assert [c for c in map(chr, range(0x110000)) if bool(ours.match(c)) != bool(plain.match(c))] == []


_ROLE_TEXT = st.lists(
    st.sampled_from(["congresswoman", "Woman", "MAN", "man", "son", "Thompson", "first lady", "First  lady", "wife", "KING",
                     "grandfather", "widower", "mayor", "ſon", "İ", "é", "_", "0", " ", "-", "'", "."]),
    max_size=12,
).map("".join)


@given(_ROLE_TEXT)
@example("ſon")  # not ASCII: the long s matches s caselessly, so the patterns decide
def test_gender_words_skip_only_roles_the_patterns_would_not_match(role: str) -> None:
    """The gender-word test, which skips the patterns for ASCII roles holding none of their words, answers as the two searches do."""
    assert _gender_words.__wrapped__(role) == (bool(_FEMALE_WORDS.search(role)), bool(_MALE_WORDS.search(role)))
