"""The values quotekit returns: `Quote`, `Speaker`, `Entity`, `Document`.

Every value is immutable (`attrs.frozen`) and every span is a pair of character
offsets into the caller's exact text, so `text[q.start:q.end]` is what the quote
reports. The name of the rule and sieve that produced a value is kept for
`--explain` but excluded from equality, so two runs that reach the same answer by
different routes compare equal.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

Kind = Literal["direct", "mixed", "indirect"]
SpanT = tuple[int, int]

#: The keys of `Quote.to_dict()`, in order: the JSON contract of the library.
QUOTE_KEYS: tuple[str, ...] = (
    "text",
    "start",
    "end",
    "spans",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "anonymous",
    "role",
    "date",
    "date_iso",
    "place",
    "cue",
    "rule",
)


@attrs.frozen
class Speaker:
    """Who said a quote: the mention as written and what it resolves to.

    `text` is `document[start:end]`. `name` is the canonical name of the entity
    (None when the source is unnamed or cannot be resolved with confidence);
    `anonymous` is True for people the article does not name; `role` is the title
    or description the article gives the speaker, as written. `sieve` names the
    resolver step that decided `name`.
    """

    text: str
    start: int
    end: int
    name: str | None = None
    anonymous: bool = False
    role: str | None = None
    type: str | None = None
    sieve: str | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Quote:
    """One attributed statement found in a text.

    `spans` are the parts of the content (several when the quote is interrupted by
    its own attribution or runs over paragraphs); `start`/`end` cover them all and
    `text` is `document[start:end]`. `kind` is "direct" when all the content is
    inside quote marks, "mixed" when part of it is, "indirect" for reported speech.
    `date`/`place` are as written; `date_iso` is the resolved calendar date when
    the publication date allows it; `place_explicit` is False when the place comes
    from the article's dateline rather than the attribution's own clause.
    `rule` names the attribution pattern that produced the quote.
    """

    text: str
    start: int
    end: int
    spans: tuple[SpanT, ...]
    kind: Kind
    speaker: Speaker | None = None
    cue: str | None = None
    cue_span: SpanT | None = None
    date: str | None = None
    date_iso: str | None = None
    place: str | None = None
    place_explicit: bool | None = None
    rule: str = attrs.field(default="", eq=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the quote as a JSON-ready dict with exactly the keys in `QUOTE_KEYS`."""
        sp = self.speaker
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "spans": [[s, e] for s, e in self.spans],
            "kind": self.kind,
            "speaker": sp.text if sp else None,
            "speaker_start": sp.start if sp else None,
            "speaker_end": sp.end if sp else None,
            "speaker_name": sp.name if sp else None,
            "anonymous": sp.anonymous if sp else False,
            "role": sp.role if sp else None,
            "date": self.date,
            "date_iso": self.date_iso,
            "place": self.place,
            "cue": self.cue,
            "rule": self.rule + (f"/{sp.sieve}" if sp and sp.sieve else ""),
        }


@attrs.frozen
class Entity:
    """A speaker of the document-level view: one canonical entity and its quotes.

    `name` is None for unnamed sources, which are grouped by their description.
    `mentions` are the speaker mentions as written, `roles` the distinct roles,
    `quotes` the indices into the document's quote list.
    """

    name: str | None
    anonymous: bool
    type: str | None
    mentions: tuple[str, ...]
    roles: tuple[str, ...]
    quotes: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the entity as a JSON-ready dict."""
        return {
            "name": self.name,
            "anonymous": self.anonymous,
            "type": self.type,
            "mentions": list(self.mentions),
            "roles": list(self.roles),
            "quotes": list(self.quotes),
        }


@attrs.frozen
class Document:
    """Everything quotekit found in one text: quotes, speakers and the dateline."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Entity, ...]
    dateline_place: str | None = None
    dateline_date: str | None = None
