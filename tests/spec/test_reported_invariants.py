"""Invariants of the reported-speech and combine stages on arbitrary news-like text.

Properties, for any text built from news words, cue words, quote marks and punctuation:
- extraction never raises;
- every content, speaker and cue span indexes the text, and content spans are ordered;
- no two quotes share a character of content;
- no reported candidate has its cue inside quote marks.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import quotekit
from quotekit._lexicon import Lexicon
from quotekit._marks import find_quoted
from quotekit._reported import report
from quotekit._text import Layout

WORDS = [
    "said", "says", "told", "according", "to", "that", "the", "mayor", "Ana", "Ruiz", "officials",
    "he", "she", "would", "not", "confirm", "saying", "adding", "declined", "seemed", "found",
    "a", "report", "plan", "will", "fail", "who", "and", "but", "Monday", "in", "statement",
]
TOKENS = st.one_of(st.sampled_from(WORDS), st.sampled_from([",", ".", '"', "“", "”", "'", ";", "—", "(", ")", "\n", "\n\n"]))
texts = st.lists(TOKENS, max_size=60).map(" ".join)


@given(texts)
@example('He said "we won, " she said, adding that , the plan said.')
@example("According to , . said the")
def test_spans_are_valid_and_disjoint(text: str) -> None:
    """Extraction never raises; spans index the text; contents never overlap."""
    quotes = quotekit.extract(text)
    parts = []
    for q in quotes:
        assert all(0 <= a < b <= len(text) for a, b in q.spans)
        assert list(q.spans) == sorted(q.spans)
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.cue_span is not None:
            assert 0 <= q.cue_span[0] < q.cue_span[1] <= len(text)
        parts.extend(q.spans)
    parts.sort()
    assert all(a[1] <= b[0] for a, b in zip(parts, parts[1:]))


@given(texts)
def test_no_cue_inside_quote_marks(text: str) -> None:
    """A reported candidate's cue never lies inside a quoted span."""
    layout = Layout.of(text)
    quoted = find_quoted(text, layout.paragraphs)
    inside = [p for q in quoted for p in q.parts]
    for c in report(text, layout, quoted, Lexicon.default()):
        assert c.cue is not None
        assert not any(a <= c.cue[0] < b for a, b in inside)
