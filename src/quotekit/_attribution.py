"""Attribution: match quoted spans to a speaker and a cue with named patterns.

Takes the text, its layout, the quoted spans and the lexicon; gives `Candidate`s
(content spans, kind, speaker span, cue span, rule name). Each pattern is a named
function in `RULES`, tried in order; the first that matches a quoted span wins. It
does not resolve who a speaker is (the resolver does) nor find dates and places.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import attrs
import regex

from ._lexicon import Lexicon
from ._marks import QuotedSpan
from ._model import Kind, SpanT
from ._text import Layout


@attrs.frozen
class Candidate:
    """An attributed statement before resolution: spans into the text only."""

    spans: tuple[SpanT, ...]
    kind: Kind
    speaker: SpanT | None
    cue: SpanT | None
    rule: str


# A speaker noun phrase without a parser: a pronoun, a run of capitalised words
# (with titles and initials), or a short determiner phrase ("the NATO chief").
_NAME = r"(?:\p{Lu}[\p{L}'’\-]*\.?)(?:\s+(?:(?:de|van|von|der|da|al|bin|la|le|del)\s+)*\p{Lu}[\p{L}'’\-]*\.?){0,5}"
_DESC = r"(?:(?:the|a|an|one|two|three|some|many|several|other)\s+)(?:[\p{L}\-’']+\s+){0,5}?[\p{L}\-’']+"


@cache
def _patterns(lexicon: Lexicon) -> dict[str, regex.Pattern[str]]:
    verbs = sorted(lexicon["speech_verbs"], key=len, reverse=True)
    pron = sorted(lexicon["pronouns"], key=len, reverse=True)
    spk = rf"(?P<spk>(?i:\L<pron>)\b|{_NAME}|{_DESC})"
    verb = r"(?P<cue>(?:has\s+|had\s+|also\s+|later\s+)?\L<verbs>)\b"
    return {
        # "...," said Smith  /  "...," Smith said
        "QVS": regex.compile(rf"\s*{verb}\s+{spk}", verbs=verbs, pron=pron),
        "QSV": regex.compile(rf"\s*{spk}\s+{verb}", verbs=verbs, pron=pron),
        # Smith said: "..."  /  Smith said, "..."
        "SVQ": regex.compile(rf"{spk}\s+{verb}\s*[:,]?\s*$", verbs=verbs, pron=pron),
        # SVQ's ending alone, searched backwards from the quote mark: most quotes fail
        # here in a few steps, sparing the costly speaker alternatives at every offset
        # of the window (SVQ search was a third of the pipeline's time on train).
        "SVQ_tail": regex.compile(r"(?r)\L<verbs>\b\s*[:,]?\s*$", verbs=verbs),
    }


Rule = Callable[[str, QuotedSpan, Layout, dict[str, regex.Pattern[str]]], Candidate | None]


def _after(text: str, q: QuotedSpan, layout: Layout, pats: dict[str, regex.Pattern[str]]) -> Candidate | None:
    if q.close_mark is None:
        return None
    pos = q.close_mark + (2 if text.startswith("''", q.close_mark) else 1)
    inside_end = q.end
    # the comma usually sits inside the closing mark: "...," he said
    if not (text[inside_end - 1 : inside_end] in (",", "?", "!") or text[pos : pos + 1] == ","):
        return None
    if text[pos : pos + 1] == ",":
        pos += 1
    limit = min(len(text), pos + 120)
    for name in ("QVS", "QSV"):
        m = pats[name].match(text, pos, limit)
        if m:
            return Candidate(q.parts, "direct", m.span("spk"), m.span("cue"), name)
    return None


def _before(text: str, q: QuotedSpan, layout: Layout, pats: dict[str, regex.Pattern[str]]) -> Candidate | None:
    s = layout.sentences[layout.sentence_index(q.open_mark)][0]
    if s > q.open_mark:
        return None
    lo = max(s, q.open_mark - 150)
    if not pats["SVQ_tail"].search(text, lo, q.open_mark):
        return None
    m = pats["SVQ"].search(text, lo, q.open_mark)
    if m:
        return Candidate(q.parts, "direct", m.span("spk"), m.span("cue"), "SVQ")
    return None


RULES: Sequence[tuple[str, Rule]] = (
    ("after_quote", _after),
    ("before_quote", _before),
)


def attribute(text: str, layout: Layout, quoted: Sequence[QuotedSpan], lexicon: Lexicon) -> list[Candidate]:
    """Return one candidate per quoted span that a rule attributes."""
    pats = _patterns(lexicon)
    out = []
    for q in quoted:
        for _name, rule in RULES:
            c = rule(text, q, layout, pats)
            if c is not None:
                out.append(c)
                break
    return out
