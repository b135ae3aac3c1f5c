"""The pipeline: wires the stages from text to `Quote`s.

text -> layout (paragraphs, sentences) -> quoted spans (marks) -> candidates
(attribution rules) -> speakers (resolver sieves) -> details (dateline, date,
place) -> `Quote`. Every other module does one stage; this one only connects them
and checks the input.
"""

from __future__ import annotations

import datetime as dt
import operator

from ._attribution import attribute
from ._combine import combine
from ._details import dateline, details
from ._lexicon import Lexicon
from ._marks import find_quoted
from ._model import Document, Quote
from ._reported import report
from ._resolve import entities, resolve
from ._text import Layout
from .errors import InputError

_START_END = operator.attrgetter("start", "end")


def _published(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise InputError(f"published date {value!r} is not an ISO date like 2016-10-02") from None
    raise InputError(f"published must be a datetime.date or an ISO date string, not {type(value).__name__}")


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise InputError("extract() takes str, not bytes: decode it first, e.g. data.decode('utf-8')")
    raise InputError(f"extract() takes str, not {type(text).__name__}")


def analyze(text: str, *, published: dt.date | str | None = None, lexicon: Lexicon | None = None) -> Document:
    """Return everything quotekit finds in `text`: quotes, speakers and dateline.

    `published` (a date or ISO string) resolves relative dates such as "Monday".
    """
    text = _check_text(text)
    pub = _published(published)
    lex = lexicon or Lexicon.default()
    layout = Layout.of(text)
    dl = dateline(text, layout, lexicon=lex)
    if dl.span is not None:
        layout = layout.split_at(text, dl.span[1])
    # Intermediates are dropped as soon as the next stage has them: on one very large
    # document the quoted spans and the layout (a tuple per sentence) are a third of
    # the peak memory, and the Quote objects are built after they are gone.
    quoted = find_quoted(text, layout.paragraphs)
    cands = combine(text, attribute(text, layout, quoted, lex), report(text, layout, quoted, lex), quoted)
    del quoted
    speakers = resolve(text, cands, lex)
    dets = details(text, layout, cands, dl, pub, lexicon=lex)
    del layout
    quotes = []
    for c, sp, d in zip(cands, speakers, dets):
        spans, cue = c.spans, c.cue
        start, end = spans[0][0], spans[-1][1]
        # positional, in Quote's field order: keyword matching of 13 fields costs a
        # sixth of the construction, once per quote
        quotes.append(Quote(
            text[start:end], start, end, spans, c.kind, sp,
            text[cue[0] : cue[1]] if cue else None, cue,
            d.date, d.date_iso, d.place, d.place_explicit, c.rule,
        ))
    quotes.sort(key=_START_END)
    return Document(tuple(quotes), tuple(entities(quotes)), dl.place, dl.date)


def extract(text: str, *, published: dt.date | str | None = None, lexicon: Lexicon | None = None) -> list[Quote]:
    """Return the quotes in `text`, in document order.

    >>> [q.speaker.text for q in extract('"We will rebuild the bridge," the mayor said.')]
    ['the mayor']
    """
    return list(analyze(text, published=published, lexicon=lexicon).quotes)
