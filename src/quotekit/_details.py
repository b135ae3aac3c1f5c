"""When and where: datelines, statement dates and places.

Takes the text, its layout, the candidates and the publication date; gives the
document's dateline and, per candidate, the date as written, its ISO resolution and
the place as written (falling back to the dateline's place). It looks only at the
attribution's own clause, never inside the quoted content, and never moves a quote
or speaker boundary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
import regex

from ._attribution import Candidate
from ._model import SpanT
from ._text import Layout

_DATELINE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}.'’\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}.]{1,12}){0,2})"
    r"(?:,\s*(?P<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:\((?P<agency>[\p{L} .]{2,20})\))?\s*[-—–―]+\s"
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATE = regex.compile(r"\b(?P<date>(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\b")


@attrs.frozen
class Dateline:
    """The dateline of a document: place and date as written, with the span it covers."""

    place: str | None
    date: str | None
    span: SpanT | None


@attrs.frozen
class Details:
    """Date and place of one statement."""

    date: str | None = None
    date_iso: str | None = None
    place: str | None = None
    place_explicit: bool | None = None


NO_DATELINE = Dateline(None, None, None)


def dateline(text: str, layout: Layout) -> Dateline:
    """Return the dateline found at the start of one of the first paragraphs."""
    for a, b in layout.paragraphs[:3]:
        m = _DATELINE.match(text, a, min(b, a + 80))
        if m:
            return Dateline(m.group("place").strip(), m.group("date"), m.span())
    return NO_DATELINE


def resolve_weekday(word: str, published: dt.date) -> dt.date:
    """Return the most recent `word` (a weekday name) on or before `published`."""
    target = _WEEKDAYS.index(word.capitalize())
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def details(text: str, layout: Layout, cands: Sequence[Candidate], dl: Dateline,
            published: dt.date | None) -> list[Details]:
    """Return the date and place of each candidate's statement."""
    out = []
    for c in cands:
        date = iso = None
        if c.cue is not None:
            m = _DATE.match(text, c.cue[1] + 1, c.cue[1] + 40)
            if m:
                date = m.group("date").removeprefix("on ").strip()
                if published and date.capitalize() in _WEEKDAYS:
                    iso = resolve_weekday(date, published).isoformat()
        out.append(Details(date, iso, dl.place, False if dl.place else None))
    return out
