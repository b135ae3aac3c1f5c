"""Tests of offset-preserving segmentation into paragraphs and sentences."""

from __future__ import annotations

from quotekit._text import Layout, paragraphs


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
