"""Quote marks: find the quoted spans of a text, offset-true.

Takes the text and its paragraphs; gives `QuotedSpan`s whose parts are the content
between the marks (marks excluded), one part per paragraph for the news convention
where a quote runs on over paragraphs (each paragraph reopens it, only the last
closes it).

Marks: straight `"`, curly “ ”, „ “, « », doubled `''` and ``` `` ``` (pairs of
single marks some newspapers print for a double mark), and at the top level (outside
any double-mark quote) single ‘ ’, ', ‹ ›. Whether a mark opens or closes is read from
its flanks (space before and a word after opens; a word before and space after
closes), so German „...“ and a stray “ used as a closer pair correctly; only when
the flanks do not tell does the glyph decide.

Pairing is bounded: a pair never spans more than one paragraph (or `_MAX_SPAN`
characters); a quote left open at a paragraph's end continues only if the next
paragraph starts by reopening it, otherwise it is set aside. Single marks inside a
double-mark quote are nested quotes and stay part of the outer span; single marks
pair only where they cannot be apostrophes (`don't`, `the states' role`).

It does not decide whether a span is a quotation or a scare quote: attribution does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ._model import Kind, SpanT

# `'''` is a nested single mark glued to a doubled one; it is resolved by role below.
# Plain literals and classes, which the standard library's `re` finds with less overhead
# per call and per match than `regex` (the same matches). Each one-character mark is spelled
# as its own alternative: `re` then scans for the set of first characters in its C loop
# (a class among the alternatives would make it try every position), about twice as
# fast as `regex` on the train split.
_DOUBLE = re.compile(r"'''|''|``|‘‘|’’|\"|“|”|„|«|»")
_SINGLE = re.compile(r"[‘’'‹›‚]")
_NATURAL_OPEN = frozenset(("“", "„", "«", "``", "‘‘"))
_NATURAL_CLOSE = frozenset(("”", "»", "’’"))
_OPEN_BEFORE = frozenset("([{—–-―/")  # a mark after these may open
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-―/…")  # a mark before these may close
_MAX_PARAGRAPHS = 40  # a multi-paragraph quote longer than this is set aside
_MAX_SPAN = 6000  # one pair inside a paragraph never spans more characters
_MAX_SINGLE = 400  # single-mark quotes are short; longer pairs are apostrophes


@attrs.frozen
class QuotedSpan:
    """Content between quote marks: one part per paragraph, marks excluded.

    `open_mark` is the offset of the opening mark; `close_mark` that of the closing
    mark (None if never closed); `close_end` the offset just after the closing mark.
    """

    parts: tuple[SpanT, ...]
    open_mark: int
    close_mark: int | None
    close_end: int | None = None
    # Derived once at construction: the rules read them many times per quote, and a
    # slot is several times cheaper to read than a property.
    start: int = attrs.field(init=False, eq=False, repr=False)
    """The content start (the first part's)."""
    end: int = attrs.field(init=False, eq=False, repr=False)
    """The content end (the last part's)."""
    after: int = attrs.field(init=False, eq=False, repr=False)
    """The offset just after the closing mark (or the content end if unclosed)."""

    def __attrs_post_init__(self) -> None:
        if not self.parts:
            return  # a pair with nothing inside: `find_quoted` drops it before anyone reads these
        end = self.parts[-1][1]
        object.__setattr__(self, "start", self.parts[0][0])
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "after", self.close_end if self.close_end is not None else end)


def _role(text: str, s: int, e: int, lo: int, hi: int) -> str:
    """Classify the mark text[s:e] inside paragraph [lo, hi) as 'open', 'close' or 'either'."""
    before = text[s - 1] if s > lo else " "
    after = text[e] if e < hi else " "
    can_open = before.isspace() or before in _OPEN_BEFORE or before in "\"“„«'‘"
    can_close = after.isspace() or after in _CLOSE_AFTER or after in "\"”»'’"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    mark = text[s:e]
    if mark in _NATURAL_OPEN:
        return "open"
    if mark in _NATURAL_CLOSE:
        return "close"
    return "either"


def _marks(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Return the double marks of paragraph [a, b) as (start, end, role)."""
    out = []
    for m in _DOUBLE.finditer(text, a, b):
        s, e = m.span()
        role = _role(text, s, e, a, b)
        if e - s == 3:
            # `'''`: the doubled mark is on the outer side of the nested single one
            if role == "open":
                e = s + 2
            else:
                s = s + 1
        out.append((s, e, role))
    return out


def _pair_paragraph(text: str, a: int, b: int) -> tuple[list[tuple[int, int, int, int]], tuple[int, int] | None]:
    """Pair double marks in text[a:b].

    Returns closed pairs as (open_mark, content_start, content_end, close_end) and
    the (mark start, mark end) of a mark left open at the end of the paragraph.
    """
    pairs: list[tuple[int, int, int, int]] = []
    stack: list[tuple[int, int]] = []  # the open quote and any curly quotes nested in it
    for s, e, role in _marks(text, a, b):
        if not stack:
            if role != "close":
                stack = [(s, e)]
        elif s - stack[0][1] > _MAX_SPAN:
            stack = [(s, e)] if role != "close" else []
        elif role == "open":
            mark, outer = text[s:e], text[stack[0][0] : stack[0][1]]
            if mark in _NATURAL_OPEN and (outer in _NATURAL_OPEN or mark != outer):
                stack.append((s, e))  # “...“nested”...” or "...“nested”...": curly marks say which way they face
            else:
                stack = [(s, e)]  # a second opener: the first one never closed; set it aside
        elif len(stack) > 1:
            stack.pop()
        else:
            pairs.append((stack[0][0], stack[0][1], s, e))
            stack = []
    return pairs, (stack[0] if stack else None)


def _single_pairs(text: str, a: int, b: int) -> list[tuple[int, int, int, int]]:
    """Pair single marks in text[a:b] where they cannot be apostrophes."""
    pairs = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, a, b):
        s, e = m.span()
        ch = m.group()
        before = text[s - 1] if s > a else " "
        after = text[e] if e < b else " "
        opener = ch in "‘'‹‚" and not before.isalnum() and (after.isalnum() or after in "$(")
        closer = ch in "’'›" and (before.isalnum() or before in ".,!?") and not after.isalnum()
        if ch == "‹":
            opener = True
        # a one-letter "quote" is an elision: rock 'n' roll
        if open_at is not None and closer and 2 < s - open_at <= _MAX_SINGLE:
            # plural possessive: "the states' role", "Debates’ Commission" -- an s, then a word
            possessive = before in "sz" and after == " " and e + 1 < b and text[e + 1].isalpha()
            if not possessive or ch == "›":
                pairs.append((open_at, open_at + 1, s, e))
                open_at = None
                continue
        if opener:
            open_at = s
    return pairs


def _outside(spans: list[tuple[int, int, int, int]], a: int, b: int) -> list[SpanT]:
    """Return the stretches of [a, b) not covered by the given pairs."""
    out = []
    pos = a
    for om, _, _, ce in spans:
        if om > pos:
            out.append((pos, om))
        pos = max(pos, ce)
    if pos < b:
        out.append((pos, b))
    return out


def _may_run_on(text: str, mark: int, a: int) -> bool:
    """Can a quote opened at `mark` run on into the next paragraph?

    Only a quote that opens a sentence or follows a colon or comma does; a quoted
    term left open mid-phrase (`a “question’ that...`) is a stray mark.
    """
    i = mark - 1
    while i >= a and text[i].isspace():
        i -= 1
    return i < a or text[i] in ".!?:,;—–-―(…"


def _reopens(text: str, a: int, b: int) -> bool:
    """True when paragraph [a, b) starts by reopening a quote."""
    m = _DOUBLE.match(text, a, b)
    return m is not None and _role(text, m.start(), m.end(), a, b) != "close"


def _inner(text: str, a: int, b: int) -> SpanT:
    """Trim the padding some styles put inside the marks: `« Oui »`."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _span(text: str, parts: tuple[SpanT, ...], om: int, ce: int, cend: int) -> QuotedSpan:
    """A closed quoted span, its parts trimmed of inner padding and empty parts dropped."""
    kept = tuple(p for p in (_inner(text, a, b) for a, b in parts) if p[0] < p[1])
    return QuotedSpan(kept, om, ce, cend)


def find_quoted(text: str, paras: tuple[SpanT, ...] | list[SpanT]) -> list[QuotedSpan]:
    """Return the quoted spans of `text` in document order."""
    out: list[QuotedSpan] = []
    carry: list[SpanT] = []  # parts of a quote still open from earlier paragraphs
    carry_open = 0
    for a, b in paras:
        if carry and not (_reopens(text, a, b) and len(carry) < _MAX_PARAGRAPHS):
            carry = []  # never reopened: an unclosed quote, set aside
        pairs, left_open = _pair_paragraph(text, a, b)
        for om, cs, ce, cend in _single_pairs_outside(text, pairs, left_open, a, b):
            out.append(_span(text, ((cs, ce),), om, ce, cend))
        if carry:
            if pairs and pairs[0][0] == a:
                # the reopening mark pairs with a closer: the quote ends here
                _, cs, ce, cend = pairs.pop(0)
                out.append(_span(text, (*carry, (cs, ce)), carry_open, ce, cend))
                carry = []
            elif left_open is not None and left_open[0] == a:
                carry.append((left_open[1], b))
                left_open = None
            else:
                carry = []
        for om, cs, ce, cend in pairs:
            if ce > cs:
                out.append(_span(text, ((cs, ce),), om, ce, cend))
        if left_open is not None and not carry and left_open[1] < b and _may_run_on(text, left_open[0], a):
            carry = [(left_open[1], b)]
            carry_open = left_open[0]
    out = [q for q in out if q.parts]
    out.sort(key=lambda q: q.start)
    return out


def _single_pairs_outside(text: str, pairs: list[tuple[int, int, int, int]],
                          left_open: tuple[int, int] | None, a: int, b: int) -> list[tuple[int, int, int, int]]:
    """Pair single marks in the parts of paragraph [a, b) outside double-mark quotes."""
    if not _SINGLE.search(text, a, b):
        return []
    end = left_open[0] if left_open is not None else b
    out = []
    for x, y in _outside(pairs, a, end):
        out.extend(_single_pairs(text, x, y))
    return out


# The corpus's kind rule (PolNeAR's `kind()`), shared by the reported-speech rules and
# the scorer: direct when the content is wholly inside quote marks, mixed when it
# holds a double mark, else indirect.
KIND_OPENERS = "\"“„«‘‚‹`'"
KIND_CLOSERS = "\"”«»’‘‹›'"
_KIND_MARKS = frozenset(KIND_OPENERS + KIND_CLOSERS + "″")
# a plain class: the standard library's `re` searches it with less overhead per call
_KIND_DOUBLE = re.compile("[\"“”„«»]")


def kind_of(text: str, spans: Sequence[SpanT]) -> Kind:
    """Return the corpus kind of content `spans`: direct, mixed or indirect."""
    s, e = spans[0][0], spans[-1][1]
    inner = text[s:e].strip()
    before = text[max(0, s - 1) : s]
    after = text[e : e + 1]
    if (inner[:1] in KIND_OPENERS and inner.rstrip(".,;:!?")[-1:] in KIND_CLOSERS) or (
        before in _KIND_MARKS and after in _KIND_MARKS
    ):
        return "direct"
    search = _KIND_DOUBLE.search
    for a, b in spans:
        if search(text, a, b):
            return "mixed"
    return "indirect"
