"""Speaker resolution: from mentions as written to canonical names, roles, anonymity.

Takes the text, the candidates (with speaker spans) and the lexicon; gives one
`Speaker` (or None) per candidate and the document's entities. Resolution is an
ordered chain of named sieves; each sieve sees only the mentions earlier sieves
left unresolved and stamps its name on what it decides. It never guesses: a
pronoun with no compatible antecedent stays unnamed.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ._attribution import Candidate
from ._lexicon import Lexicon
from ._model import Entity, Quote, Speaker

_HONORIFIC = regex.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+)+")
_PROPER = regex.compile(r"^\p{Lu}[\p{L}'’\-.]*(?:\s+\p{Lu}[\p{L}'’\-.]*)*$")


def resolve(text: str, cands: Sequence[Candidate], lexicon: Lexicon) -> list[Speaker | None]:
    """Return a `Speaker` for each candidate (None when it has no speaker span)."""
    pronouns = lexicon["pronouns"]
    out: list[Speaker | None] = []
    last_name: str | None = None
    for c in cands:
        if c.speaker is None:
            out.append(None)
            continue
        s, e = c.speaker
        mention = text[s:e]
        if mention.lower() in pronouns:
            out.append(Speaker(mention, s, e, name=last_name, sieve="previous_speaker" if last_name else None))
            continue
        if _PROPER.match(mention):
            name = _HONORIFIC.sub("", mention)
            last_name = name
            out.append(Speaker(mention, s, e, name=name, sieve="exact_name"))
            continue
        out.append(Speaker(mention, s, e, anonymous=True, role=mention.split(" ", 1)[-1], sieve="description"))
    return out


def entities(quotes: Sequence[Quote]) -> list[Entity]:
    """Group quotes by resolved speaker: one `Entity` per name or unnamed description."""
    groups: dict[tuple[str | None, str], list[int]] = {}
    for i, q in enumerate(quotes):
        sp = q.speaker
        if sp is None:
            continue
        key = (sp.name, "" if sp.name else (sp.role or sp.text).lower())
        groups.setdefault(key, []).append(i)
    out = []
    for (name, _), idx in groups.items():
        sps = [quotes[i].speaker for i in idx]
        mentions = tuple(dict.fromkeys(sp.text for sp in sps if sp))
        roles = tuple(dict.fromkeys(sp.role for sp in sps if sp and sp.role))
        first = sps[0]
        assert first is not None
        out.append(Entity(name, first.anonymous, first.type, mentions, roles, tuple(idx)))
    return out
