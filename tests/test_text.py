"""Tests of offset-preserving segmentation into paragraphs and sentences."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

import regex

from quotekit._text import _PARA, _SENT_END_FAST, _STARTS_SENTENCE, SPACE_NOT_CRLF, Layout, paragraphs, sentence_ends

# The reference sentence end in one `regex` pattern (slower: its look-behind opening is
# tried at every character), which the production scan must agree with.
_SENT_END = regex.compile(
    r"""(?<![.!?])[.!?]++['"’”»)\]]*+(?=[ \t\xa0]+['"‘“«(\[]?[\p{Lu}\d])"""
)

# marks, closers, openers, spaces, line breaks and letters of several kinds: what sentence ends are made of
_END_ALPHABET = ".!?'\"’”»)] \t\xa0\n\r‘“«([aZ9Éé١ⅠÄx"


def test_paragraphs_are_line_runs_with_true_offsets() -> None:
    """Paragraph spans index the original text, whatever the line breaks."""
    text = "First line.\r\n\r\nSecond line.\nThird."
    spans = paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["First line.", "Second line.", "Third."]


def test_sentences_skip_abbreviations_and_initials() -> None:
    """A title, a state abbreviation or an initial does not end a sentence."""
    text = "Sen. Ada Moss of Portland, Ore. spoke first. Then J. R. Tull replied."
    got = [text[a:b] for a, b in Layout.of(text).sentences]
    assert got == ["Sen. Ada Moss of Portland, Ore. spoke first.", "Then J. R. Tull replied."]


def test_sentence_end_keeps_closing_quote() -> None:
    """A closing quote mark after the full stop stays with its sentence."""
    text = '"We are done." The council then left.'
    got = [text[a:b] for a, b in Layout.of(text).sentences]
    assert got == ['"We are done."', "The council then left."]


def test_layout_index_lookups() -> None:
    """Offsets map to the sentence and paragraph that contain them."""
    text = "One. Two.\nThree."
    lay = Layout.of(text)
    assert lay.sentence_index(text.index("Two")) == 1
    assert lay.paragraph_index(text.index("Three")) == 1
    assert lay.sentence_index(0) == 0


def _fast_ends(text: str) -> list[tuple[int, int]]:
    found = sentence_ends(text)
    assert [m.span() for m in found] == [m.span() for m in _SENT_END_FAST.finditer(text)]
    return [m.span() for m in found if re.fullmatch(r"[A-Z0-9]", m.group(1)) or _STARTS_SENTENCE.match(m.group(1))]


@given(st.text(alphabet=_END_ALPHABET, max_size=20))
@example('... "Yes." (Then')
@example("?!'  É")
def test_fast_sentence_end_scan_finds_the_reference_ends(text: str) -> None:
    """The fast scan (one mark at a time) with its captured-character test finds exactly the reference pattern's ends."""
    assert _fast_ends(text) == [m.span() for m in _SENT_END.finditer(text)]


@given(st.text(alphabet="ab \n\r\u2028", max_size=16))
def test_paragraphs_match_line_run_pattern(text: str) -> None:
    """Paragraphs are the runs without CR or LF, with or without carriage returns in the text."""
    assert paragraphs(text) == [m.span() for m in _PARA.finditer(text)]


def test_long_word_before_full_stop_ends_sentence() -> None:
    """A period after a long word ends the sentence; after a short abbreviation it does not."""
    text = "She moved to Sacramento. Then Calif. Gov. Ruiz spoke. It rained."
    got = [text[a:b] for a, b in Layout.of(text).sentences]
    assert got == ["She moved to Sacramento.", "Then Calif. Gov. Ruiz spoke.", "It rained."]


def test_space_not_crlf_is_regex_space_but_line_endings_in_re() -> None:
    """`SPACE_NOT_CRLF` in an `re` class takes exactly the code points `regex` takes with `[^\\S\\r\\n]`."""
    ours = re.compile(f"[{SPACE_NOT_CRLF}]")
    theirs = regex.compile(r"[^\S\r\n]")
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert [m.start() for m in ours.finditer(every)] == [m.start() for m in theirs.finditer(every)]
