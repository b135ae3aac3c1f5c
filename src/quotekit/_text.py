"""Offset-preserving segmentation: paragraphs and sentences as (start, end) spans.

Takes the caller's text and gives spans into it; it never copies or normalises the
text. Paragraphs are runs of text between line breaks. Sentences are cut after
`.`, `!` or `?` (and any closing quote marks or brackets) when the next word starts
a new sentence, except after a known abbreviation (`Mr.`, `Sen.`, `Jan.`, initials).
It does not attempt to cut inside quotes smartly: the quote stages look at marks.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right

import attrs
import regex

from ._model import SpanT

# `regex`'s \s (Unicode White_Space) but the two line-ending characters, spelt out for a
# class of the standard library's `re`, whose own \s also takes \x1c-\x1f: with it, a
# pattern that needs only a plain class runs in `re`, cheaper per call, on the same matches
SPACE_NOT_CRLF = "\t\x0b\x0c \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

# the standard library's `re` scans this plain class faster than `regex`
_PARA = re.compile(r"[^\r\n]+")

# A sentence end: terminal punctuation (tried at the first mark of a run only, with
# possessive runs: a plain `[.!?]+` backtracks over every split of "......"), optional
# closers, then space and a likely sentence start (an upper-case letter or a digit).
# The standard library's `re` skips ahead to the next mark when the pattern opens with
# it, so the "first mark of a run" test comes after it; the character that would start
# the next sentence is captured and tested in Python (`_STARTS_SENTENCE`). The abbreviation
# check happens in Python on the word before. tests/test_text.py keeps the one-pattern
# reference this scan must agree with.
_SENT_END_FAST = re.compile(
    r"""[.!?](?<![.!?][.!?])[.!?]*+['"’”»)\]]*+(?=[ \t\xa0]+['"‘“«(\[]?(.))"""
)
# The same pattern once per mark, led by the mark as a literal: `re` then skips to the
# next mark without testing each character against a class, which more than halves the
# scan. A match starts only at the first mark of a run, so the three scans never
# overlap and their matches, in text order, are the one pattern's.
_SENT_END_BY_MARK = tuple((mark, re.compile(re.escape(mark) + _SENT_END_FAST.pattern[len("[.!?]"):])) for mark in ".!?")
_STARTS_SENTENCE = regex.compile(r"[\p{Lu}\d]")
_WORD_BEFORE = regex.compile(r"(?:\b[\p{L}.]+)$")

ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep gov lt gen col sgt capt cmdr adm maj prof rev st jr sr
    jan feb mar apr aug sep sept oct nov dec no vs v inc co corp ltd mt ft gov pres
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss
    mo mont neb nev okla ore pa tenn tex va vt wash wis wyo""".split()
)

# English past tenses that do not end in -ed: such a word is no base form and tells no
# grammatical number (`Roe spoke`, `said ... and told`).
IRREGULAR_PAST = frozenset(
    "said told spoke wrote went came gave took made thought knew felt saw got left sent began became held kept "
    "brought bought fought sought taught caught met led read ran won lost paid sat stood meant heard found "
    "put set let understood".split()
)


def sentence_ends(text: str) -> list[re.Match[str]]:
    """The matches of `_SENT_END_FAST` in `text`, in order, found one mark at a time."""
    ends: list[re.Match[str]] = []
    for mark, pattern in _SENT_END_BY_MARK:
        if mark in text:
            if ends:
                ends += pattern.finditer(text)
                ends.sort(key=_START)
            else:
                ends = list(pattern.finditer(text))
    return ends


_START = operator.methodcaller("start")


def paragraphs(text: str) -> list[SpanT]:
    """Return the paragraph spans of `text`: maximal runs without line breaks."""
    if "\r" in text:
        return [m.span() for m in _PARA.finditer(text)]
    # without carriage returns the stretches between line feeds are the paragraphs:
    # `str.find` per line costs a sixth less than `str.split`, which copies every line,
    # and four times less than a match object per paragraph
    out = []
    a, n = 0, len(text)
    while a < n:
        b = text.find("\n", a)
        if b < 0:
            b = n
        if b > a:
            out.append((a, b))
        a = b + 1
    return out


# The longest abbreviation: a word with more letters ends a sentence.
_LONGEST = max(map(len, ABBREVIATIONS))


# Words that open a sentence and hardly ever follow an acronym inside one.
_OPENS_SENTENCE = re.compile(r"[ \t\xa0]+(?:He|She|They|We|It|I|But|The|This|There|That|And|Yet|So|In|If|When)\b(?!\.)")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` ends an abbreviation or an initial, not a sentence.

    The caller has ruled out a period after six letters (most sentence ends).
    """
    lo = dot - 12 if dot > 12 else 0  # (not max(): this runs for every short word before a period)
    sp = text.rfind(" ", lo, dot)
    if sp != -1 and text[sp + 1 : dot].isalpha():
        # a short word after a space (`told him.`): the pattern would match just that
        # word, and with no dot in it only an abbreviation or an initial qualifies
        return dot - sp == 2 or text[sp + 1 : dot].lower() in ABBREVIATIONS
    m = _WORD_BEFORE.search(text, lo, dot)
    if not m:
        return False
    word = m.group().lower().strip(".")
    if word in ABBREVIATIONS:
        return True
    # initials and acronyms written with dots: "J.", "U.S.", "D.C."; an acronym before
    # a word that only opens sentences ends one: "... in the U.S. He said ..."
    return len(word.replace(".", "")) <= 2 and word[:1].isalpha() and (
        len(word) == 1 or ("." in word and not _OPENS_SENTENCE.match(text, dot + 1))
    )


@attrs.frozen
class Layout:
    """The paragraphs and sentences of a text, with fast offset look-ups."""

    paragraphs: tuple[SpanT, ...]
    sentences: tuple[SpanT, ...]
    _sent_starts: tuple[int, ...]
    _para_starts: tuple[int, ...]

    @staticmethod
    def of(text: str) -> Layout:
        """Segment `text` into paragraphs and sentences."""
        paras = paragraphs(text)
        # one scan of the whole text for sentence ends (none spans a line break), then
        # the ends are dealt out to their paragraphs: a scan per paragraph costs a call each
        cuts = []
        for m in sentence_ends(text):
            ch = m.group(1)
            if not ("A" <= ch <= "Z" or "0" <= ch <= "9" or ch > "\x7f" and _STARTS_SENTENCE.match(ch)):
                continue
            s, e = m.span()
            # a lone period after six letters ends no abbreviation (the longest has
            # five): tested here, the common case costs no call
            if e - s == 1 and text[s] == "." and not (s > _LONGEST and text[s - _LONGEST - 1 : s].isalpha()) \
                    and _is_abbreviation(text, s):
                continue
            cuts.append(e)
        sents: list[SpanT] = []
        ci, nc = 0, len(cuts)
        for a, b in paras:
            while ci < nc and cuts[ci] <= a:
                ci += 1
            s = a
            while ci < nc and cuts[ci] <= b:
                e = cuts[ci]
                ci += 1
                if s < e:
                    sents.append((s, e))
                s = e
                while s < b and text[s] in " \t\xa0":
                    s += 1
            if s < b:
                sents.append((s, b))
        return Layout(
            tuple(paras),
            tuple(sents),
            tuple([a for a, _ in sents]),
            tuple([a for a, _ in paras]),
        )

    def split_at(self, text: str, offset: int) -> Layout:
        """Return this layout with the sentence containing `offset` cut there.

        Used after a dateline (`KESSEL (AP) — The council ...`): what follows it is a
        sentence of its own, so no rule reads the dateline as a speaker or content.
        """
        if not self.sentences:
            return self
        i = self.sentence_index(offset)
        a, b = self.sentences[i]
        head = offset
        while head > a and text[head - 1].isspace():
            head -= 1
        tail = offset
        while tail < b and text[tail].isspace():
            tail += 1
        if not a < head <= tail < b:
            return self
        sents = self.sentences[:i] + ((a, head), (tail, b)) + self.sentences[i + 1 :]
        return Layout(self.paragraphs, sents, tuple(x for x, _ in sents), self._para_starts)

    # (a conditional, not max(0, ...): every stage asks these once per cue or quote,
    # and a call of max() costs more than the bisection)
    def sentence_index(self, offset: int) -> int:
        """Return the index of the sentence containing (or last starting before) `offset`."""
        i = bisect_right(self._sent_starts, offset)
        return i - 1 if i else 0

    def paragraph_index(self, offset: int) -> int:
        """Return the index of the paragraph containing (or last starting before) `offset`."""
        i = bisect_right(self._para_starts, offset)
        return i - 1 if i else 0
