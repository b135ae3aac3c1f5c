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

import bisect
import operator
import re
from collections.abc import Sequence

# (`QuotedSpan` lives in `_model`, which stays interpreted: mypyc cannot compile its
# `attrs.field` slots; docs/scaling.md)
from ._model import Kind, QuotedSpan as QuotedSpan, SpanT

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
# the characters (other than space) after which a mark may open, and before which it may close
_OPENS_AFTER = _OPEN_BEFORE | frozenset("\"“„«'‘")
_CLOSES_BEFORE = _CLOSE_AFTER | frozenset("\"”»'’")
_MAX_PARAGRAPHS = 40  # a multi-paragraph quote longer than this is set aside
_MAX_SPAN = 6000  # one pair inside a paragraph never spans more characters
_MAX_SINGLE = 400  # single-mark quotes are short; longer pairs are apostrophes


def _roles(text: str, found: list[SpanT], a: int, b: int) -> list[tuple[int, int, str]]:
    """Return the double marks `found` in paragraph [a, b) as (start, end, role).

    The role is 'open', 'close' or 'either', read from the mark's flanks: space (or a
    bracket, dash or another mark) before it and a word after opens; a word before
    and space or punctuation after closes. Only when the flanks do not tell does the
    glyph decide (“ opens, ” closes).
    """
    out = []
    for s, e in found:
        # (the flank test is written out here: a call per mark cost a fifth of the pairing)
        before = text[s - 1] if s > a else " "
        after = text[e] if e < b else " "
        can_open = before.isspace() or before in _OPENS_AFTER
        can_close = after.isspace() or after in _CLOSES_BEFORE
        if can_open is not can_close:
            role = "open" if can_open else "close"
        else:
            mark = text[s:e]
            role = "open" if mark in _NATURAL_OPEN else "close" if mark in _NATURAL_CLOSE else "either"
        if e - s == 3:
            # `'''`: the doubled mark is on the outer side of the nested single one
            if role == "open":
                e = s + 2
            else:
                s = s + 1
        out.append((s, e, role))
    return out


def _pair_paragraph(text: str, marks: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, int, int]], tuple[int, int] | None]:
    """Pair the double marks of one paragraph.

    Returns closed pairs as (open_mark, content_start, content_end, close_end) and
    the (mark start, mark end) of a mark left open at the end of the paragraph.
    """
    pairs: list[tuple[int, int, int, int]] = []
    stack: list[tuple[int, int]] = []  # the open quote and any curly quotes nested in it
    for s, e, role in marks:
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


def _single_pairs(text: str, marks: Sequence[int], a: int, b: int) -> list[tuple[int, int, int, int]]:
    """Pair the single marks at offsets `marks` (sorted) that lie in text[a:b], where
    they cannot be apostrophes."""
    pairs = []
    open_at: int | None = None
    # start at the first mark in the stretch: the list holds the whole text's marks, and
    # walking it from the top for every stretch was quadratic in marks (1 MB of `x'y'`)
    for i in range(bisect.bisect_left(marks, a), len(marks)):
        s = marks[i]
        if s >= b:
            break
        e = s + 1
        ch = text[s]
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


def _one_part(text: str, cs: int, ce: int, om: int, cend: int) -> QuotedSpan:
    """`_span` of a quote in one part: most have no padding to trim."""
    if cs < ce and not text[cs].isspace() and not text[ce - 1].isspace():
        return QuotedSpan(((cs, ce),), om, ce, cend)
    return _span(text, ((cs, ce),), om, ce, cend)


_START = operator.attrgetter("start")
_DOUBLE_ONE = "\"“”„«»"
_DOUBLE_TWO = {"'": "''", "`": "``", "‘": "‘‘", "’": "’’"}
# The straight and curly apostrophes that are not inside a word (`don't`, `Roe’s`: a letter
# or digit on both sides), each pattern led by its mark as a literal so that `re` skips to
# the next one: nine in ten of these marks are inside a word and never reach Python.
_APOSTROPHES = tuple(re.compile(rf"{c}(?:(?<![^\W_]{c})|(?![^\W_]))") for c in "'’")
_OTHER_SINGLES = "`‘‹›‚"  # rare: found with `str.find`


def _text_marks(text: str) -> tuple[list[SpanT], list[int]]:
    """Return the double marks of the whole text, as `_DOUBLE.finditer` reads them, and
    the offsets of the single marks that may open or close a quote.

    A news text holds a few dozen marks in thousands of characters: `str.find` per mark
    character (or a pattern led by the mark as a literal) runs at memory speed where a
    pattern tests each character against a set, and the text is read once instead of
    twice per paragraph. Single marks with a letter or digit on both sides (`don't`,
    `Roe’s`) can neither open nor close a quote (`_single_pairs` tests `str.isalnum`);
    `‹` always may.
    """
    # A one-character double mark is never inside a longer one (those are made of
    # apostrophes and backticks), so each is a mark of its own; the marks that may pair
    # with a neighbour are read in order below. An apostrophe inside a word is neither a
    # single mark nor the start of a doubled one (its neighbour is a letter, not a mark).
    doubles: list[SpanT] = []
    for ch in _DOUBLE_ONE:
        i = text.find(ch)
        while i >= 0:
            doubles.append((i, i + 1))
            i = text.find(ch, i + 1)
    offsets = []
    for pattern in _APOSTROPHES:
        if pattern.pattern[0] in text:
            offsets += [m.start() for m in pattern.finditer(text)]
    for ch in _OTHER_SINGLES:
        i = text.find(ch)
        while i >= 0:
            offsets.append(i)
            i = text.find(ch, i + 1)
    offsets.sort()
    n = len(text)
    singles: list[int] = []
    free = 0  # where the next double mark may start (the last one ends there)
    for i in offsets:
        ch = text[i]
        if i >= free and ch in _DOUBLE_TWO and text.startswith(_DOUBLE_TWO[ch], i):
            # the longest mark first, as the pattern's alternatives are ordered
            e = i + 3 if ch == "'" and text.startswith("'", i + 2) else i + 2
            doubles.append((i, e))
            free = e
        if ch in "‘’'‹›‚" and (ch == "‹" or not (0 < i and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum())):
            singles.append(i)
    doubles.sort()
    return doubles, singles


def find_quoted(text: str, paras: tuple[SpanT, ...] | list[SpanT]) -> list[QuotedSpan]:
    """Return the quoted spans of `text` in document order."""
    out: list[QuotedSpan] = []
    carry: list[SpanT] = []  # parts of a quote still open from earlier paragraphs
    carry_open = 0
    n = len(text)
    # the marks of the whole text, dealt out to the paragraphs by two pointers that walk
    # forward with them (paragraphs come in order; two in five hold no mark, which then
    # costs four comparisons instead of four bisections)
    doubles, singles = _text_marks(text)
    nd, ns = len(doubles), len(singles)
    di = si = 0  # the first double and single mark not before the paragraph
    prev = 0
    for a, b in paras:
        if a < prev:
            di = si = 0  # (paragraphs out of order: walk from the top)
        prev = b
        if (a and text[a - 1] not in "\r\n") or (b < n and text[b] not in "\r\n"):
            # not a whole line: the text-wide scans could read the marks at its edges
            # differently (a doubled mark cut in two, a letter beyond the edge)
            found = [m.span() for m in _DOUBLE.finditer(text, a, b)]
            single = [m.start() for m in _SINGLE.finditer(text, a, b)]
        else:
            while di < nd and doubles[di][0] < a:
                di += 1
            i = di
            while di < nd and doubles[di][0] < b:
                di += 1
            while si < ns and singles[si] < a:
                si += 1
            j = si
            while si < ns and singles[si] < b:
                si += 1
            if i == di and j == si:
                carry = []  # no mark: nothing opens, and an open quote is not reopened
                continue
            found = doubles[i:di]
            single = singles[j:si]
        if not found and not single:
            carry = []  # no mark: nothing opens, and an open quote is not reopened
            continue
        marks = _roles(text, found, a, b)
        # a quote left open runs on only into a paragraph that starts by reopening it
        if carry and not (found and found[0][0] == a and marks[0][2] != "close" and len(carry) < _MAX_PARAGRAPHS):
            carry = []  # never reopened: an unclosed quote, set aside
        pairs, left_open = _pair_paragraph(text, marks)
        if single:
            # single marks pair only outside the double-mark quotes
            for x, y in _outside(pairs, a, left_open[0] if left_open is not None else b):
                for om, cs, ce, cend in _single_pairs(text, single, x, y):
                    out.append(_one_part(text, cs, ce, om, cend))
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
                out.append(_one_part(text, cs, ce, om, cend))
        if left_open is not None and not carry and left_open[1] < b and _may_run_on(text, left_open[0], a):
            carry = [(left_open[1], b)]
            carry_open = left_open[0]
    out = [q for q in out if q.parts]
    out.sort(key=_START)
    return out


# The corpus's kind rule (PolNeAR's `kind()`), shared by the reported-speech rules and
# the scorer: direct when the content is wholly inside quote marks, mixed when it
# holds a double mark, else indirect.
KIND_OPENERS = "\"“„«‘‚‹`'"
KIND_CLOSERS = "\"”«»’‘‹›'"
_KIND_MARKS = frozenset(KIND_OPENERS + KIND_CLOSERS + "″")


def _holds_double_mark(seg: str) -> bool:
    """Whether `seg` holds a double quote mark (`"“”„«»`)."""
    # (one `in` per mark: each runs at memory speed, where a pattern tests every
    # character against its class; a content is often a few hundred characters)
    return '"' in seg or "“" in seg or "”" in seg or "„" in seg or "«" in seg or "»" in seg


def kind_of(text: str, spans: Sequence[SpanT]) -> Kind:
    """Return the corpus kind of content `spans`: direct, mixed or indirect."""
    s, e = spans[0][0], spans[-1][1]
    # Most contents start with a letter: then the stripped content opens with no mark,
    # which is told without copying it (a copy and two strips per candidate).
    first = text[s : s + 1] if 0 <= s < e else ""
    if first and first not in KIND_OPENERS and not first.isspace():
        direct = False
    else:
        inner = text[s:e].strip()
        direct = inner[:1] in KIND_OPENERS and inner.rstrip(".,;:!?")[-1:] in KIND_CLOSERS
    # (text[s - 1 : s] is "" at s == 0, as text[max(0, s - 1) : s] is, without the call)
    if direct or (text[s - 1 : s] in _KIND_MARKS and text[e : e + 1] in _KIND_MARKS):
        return "direct"
    if len(spans) == 1:
        return "mixed" if _holds_double_mark(text[s:e]) else "indirect"
    for a, b in spans:
        if _holds_double_mark(text[a:b]):
            return "mixed"
    return "indirect"
