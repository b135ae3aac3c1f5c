"""Quote marks: find the quoted spans of a text, offset-true.

Takes the text and its paragraphs; gives `QuotedSpan`s whose parts are the content
between the marks (marks excluded), one part per paragraph for the news convention
where a quote runs on over paragraphs (each paragraph reopens it, only the last
closes it). Pairing is bounded by the paragraph: a mark never pairs with one in an
unrelated paragraph, and a quote left open at a paragraph's end that the next
paragraph does not reopen is set aside. Single marks pair only where they cannot be
apostrophes. It does not decide whether a span is a quotation or a scare quote:
attribution does.
"""

from __future__ import annotations

import attrs
import regex

from ._model import SpanT

# Longest first so that doubled ASCII marks win over single ones.
_DOUBLE = regex.compile(r"``|''|[\"“”„«»]")
_SINGLE = regex.compile(r"[‘’'‹›‚]")
_OPENERS = frozenset("“„«") | {"``"}
_CLOSERS = frozenset("”»")
_MAX_PARAGRAPHS = 40  # a multi-paragraph quote longer than this is set aside
_MAX_SINGLE = 400  # single-mark quotes are short; longer pairs are apostrophes


@attrs.frozen
class QuotedSpan:
    """Content between quote marks: one part per paragraph, marks excluded."""

    parts: tuple[SpanT, ...]
    open_mark: int
    close_mark: int | None

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _space_or_edge(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] in ".,;:!?%")


def _role(text: str, mark: str, s: int, e: int) -> str:
    """Classify a double mark as 'open', 'close' or 'either'."""
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS or mark == "''":
        return "close"
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    left_open = before.isspace() or before in "([{—–-/" or s == 0
    right_open = after.isspace() or after in ".,;:!?)]}—–-" or e == len(text)
    if left_open and not right_open:
        return "open"
    if right_open and not left_open:
        return "close"
    return "either"


def _pair_paragraph(text: str, a: int, b: int) -> tuple[list[tuple[int, int, int, int]], int | None]:
    """Pair double marks in text[a:b].

    Returns closed pairs as (open_mark, content_start, content_end, close_mark) and
    the offset of a mark left open at the end of the paragraph (or None).
    """
    pairs = []
    open_at: int | None = None
    open_end = 0
    for m in _DOUBLE.finditer(text, a, b):
        s, e = m.span()
        role = _role(text, m.group(), s, e)
        if open_at is None:
            if role != "close":
                open_at, open_end = s, e
        elif role != "open" or (m.group() == '"' and text[open_at] == '"' and role == "open"
                                and s > open_end and text[s - 1] != " "):
            pairs.append((open_at, open_end, s, e))
            open_at = None
        else:
            # a second opener: the first one never closed; set it aside
            open_at, open_end = s, e
    return pairs, open_at


def _single_pairs(text: str, a: int, b: int) -> list[tuple[int, int, int, int]]:
    """Pair single marks in text[a:b] where they cannot be apostrophes."""
    pairs = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, a, b):
        s, e = m.span()
        ch = m.group()
        before = text[s - 1] if s > a else " "
        after = text[e] if e < b else " "
        opener = (ch in "‘'‹‚") and not before.isalnum() and (after.isalnum() or after in "$(")
        closer = (ch in "’'›") and (before.isalnum() or before in ".,!?") and not after.isalnum()
        if open_at is not None and closer and s - open_at <= _MAX_SINGLE:
            # plural possessive: "the states' role" -- an s before and a word after
            if not (before == "s" and after == " " and e + 1 < b and text[e + 1].islower()):
                pairs.append((open_at, open_at + 1, s, e))
                open_at = None
                continue
        if opener:
            open_at = s
    return pairs


def find_quoted(text: str, paras: tuple[SpanT, ...] | list[SpanT]) -> list[QuotedSpan]:
    """Return the quoted spans of `text` in document order."""
    out: list[QuotedSpan] = []
    carry: list[SpanT] = []  # parts of a quote still open from earlier paragraphs
    carry_open = 0
    for a, b in paras:
        if carry:
            # the news convention: the next paragraph must reopen the quote
            if _DOUBLE.match(text, a) and _role(text, text[a], a, a + 1) != "close" and len(carry) < _MAX_PARAGRAPHS:
                pass
            else:
                carry = []
        pairs, left_open = _pair_paragraph(text, a, b)
        singles_from = a
        if carry:
            if pairs and pairs[0][0] == a:
                # the reopening mark pairs with a closer: the quote ends here
                _, cs, ce, cm = pairs.pop(0)
                out.append(QuotedSpan(tuple(carry) + ((cs, ce),), carry_open, cm))
                carry = []
            elif left_open == a:
                carry.append((a + 1, b))
                left_open = None
                pairs = []
        for om, cs, ce, cm in pairs:
            if ce > cs:
                out.append(QuotedSpan(((cs, ce),), om, cm))
        if left_open is not None and not carry:
            carry = [(left_open + 1, b)]
            carry_open = left_open
        if not pairs and left_open is None and not carry:
            for om, cs, ce, cm in _single_pairs(text, singles_from, b):
                out.append(QuotedSpan(((cs, ce),), om, cm))
    out.sort(key=lambda q: q.start)
    return out
