"""A compact view of extracted quotes for the reported-speech tests."""

from __future__ import annotations

import quotekit

_EDGE = " \t\r\n\"“”„«»‘’'`.,;:!?—–-()"


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(content, speaker, rule) per quote, content trimmed of edge punctuation."""
    out = []
    for q in quotekit.extract(text):
        content = " | ".join(text[a:b] for a, b in q.spans).strip(_EDGE)
        out.append((content, q.speaker.text if q.speaker else None, q.rule.split("/")[0]))
    return out
