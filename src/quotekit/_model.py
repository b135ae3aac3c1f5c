"""The values quotekit returns: `Quote`, `Speaker`, `Entity`, `Document`.

Every value is immutable (`attrs.frozen`) and every span is a pair of character
offsets into the caller's exact text, so `text[q.start:q.end]` is what the quote
reports. The name of the rule and sieve that produced a value is kept for
`--explain` but excluded from equality, so two runs that reach the same answer by
different routes compare equal.

It also holds `QuotedSpan`, the quote-mark stage's value (re-exported by `_marks`):
this module stays interpreted when `benchmarks/compile.py` compiles the pipeline
with mypyc, which cannot compile a class-body `attrs.field`.
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
