"""Properties of `extract` on any text, and metamorphic properties on news-like text.

Over arbitrary Unicode (lone surrogates, control characters, RTL, emoji, every quote
mark) and over generated news articles (tests/strategies.py):

- extract never raises and is deterministic (same quotes, same rules, twice);
- every offset indexes the input: `text[q.start:q.end] == q.text`, likewise for the
  speaker and the cue; spans are sorted, non-overlapping, inside [start, end], the
  first starts at `start` and the last ends at `end`;
- a speaker span never lies inside its quote's spans;
- no two quotes share a character of content; results are sorted by start; `to_dict()` has exactly `QUOTE_KEYS` and is
  JSON-serialisable; the document's speakers point at existing quotes.

Metamorphic, over generated news where the answer is well-defined:

- straight and curly double quote marks give the same quotes (same offsets, since
  each mark is one character; the text differs only in the marks themselves);
- neutral filler paragraphs inserted between news units change nothing but offsets;
- a speaker mention stays inside one paragraph.

The hypothesis profile comes from tests/conftest.py: fast locally, thorough with CI=true.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from invariants import check_invariants
from strategies import NewsDoc, hostile_text, news_docs

import quotekit


@given(hostile_text())
@example("")
@example('"' * 50)
@example("." * 40 + " A")
@example("“‘“‘Deep’”’” she said.")
@example('\ud800"\udfff," said \ud83d Ana.')
def test_invariants_hold_on_hostile_text(text: str) -> None:
    """Any Unicode text gives valid, sorted, deterministic, serialisable quotes."""
    check_invariants(text)


@given(news_docs(), st.booleans())
def test_invariants_hold_on_news(doc: NewsDoc, curly: bool) -> None:
    """Generated news articles give valid, sorted, deterministic quotes."""
    check_invariants(doc.render(curly))


@given(hostile_text())
def test_document_speakers_point_at_its_quotes(text: str) -> None:
    """`analyze` groups speakers by index into its own quote list, each quote at most once."""
    doc = quotekit.analyze(text)
    seen = [i for ent in doc.speakers for i in ent.quotes]
    assert len(seen) == len(set(seen)) and all(0 <= i < len(doc.quotes) for i in seen)
    for ent in doc.speakers:
        assert all(doc.quotes[i].speaker is not None for i in ent.quotes)


def _rows(text: str) -> list[dict[str, Any]]:
    return [q.to_dict() for q in quotekit.extract(text)]


@given(news_docs())
def test_straight_and_curly_marks_give_the_same_quotes(doc: NewsDoc) -> None:
    """Rendering a news article with "straight" or “curly” marks gives the same quotes."""
    curly, straight = _rows(doc.render(curly=True)), _rows(doc.render(curly=False))
    for row in curly:
        row["text"] = row["text"].replace("“", '"').replace("”", '"')
    assert straight == curly


def _shift(row: dict[str, Any], at: int, by: int) -> dict[str, Any]:
    """Return `row` with every offset at or after `at` moved by `by`."""
    def mv(x: int | None) -> int | None:
        return x + by if x is not None and x >= at else x

    out = dict(row, start=mv(row["start"]), end=mv(row["end"]))
    out["spans"] = [[mv(s), mv(e)] for s, e in row["spans"]]
    out["speaker_start"], out["speaker_end"] = mv(row["speaker_start"]), mv(row["speaker_end"])
    return out


_NAME_RUNS_ON = NewsDoc((
    ("RIVERTON, Ore. — The weather stayed mild through the afternoon.",),
    ("{o}We will rebuild the bridge before winter,{c} said Ana Ruiz.",),
    ("{o}We will rebuild the bridge before winter,{c} said the mayor.",),
))


def _filler_changes_only_offsets(doc: NewsDoc, k: int, filler: str | None) -> None:
    after = k % max(1, len(doc.units) - 1)
    plain = doc.render()
    filled = doc.render(filler_after=frozenset({after}), filler=filler)
    # the filler paragraph starts where unit `after + 1` used to start
    at = len(NewsDoc(doc.units[: after + 1]).render()) + 2
    by = len(filled) - len(plain)
    assert filled[:at] == plain[:at]
    assert _rows(filled) == [_shift(r, at, by) for r in _rows(plain)]


@given(news_docs(), st.integers(0, 20))
@example(_NAME_RUNS_ON, 1)
def test_filler_paragraphs_change_only_offsets(doc: NewsDoc, k: int) -> None:
    """A neutral paragraph (starting with a digit) between news units only shifts later offsets."""
    _filler_changes_only_offsets(doc, k, "12 boats left the harbour before noon.")


@given(news_docs(), st.integers(0, 20))
@example(_NAME_RUNS_ON, 1)
def test_capitalised_filler_paragraphs_change_only_offsets(doc: NewsDoc, k: int) -> None:
    """A neutral paragraph starting with a capital between news units only shifts later offsets."""
    _filler_changes_only_offsets(doc, k, None)


@given(news_docs())
@example(_NAME_RUNS_ON)
def test_speaker_stays_in_one_paragraph(doc: NewsDoc) -> None:
    """A speaker mention never spans a line break."""
    for q in quotekit.extract(doc.render()):
        assert q.speaker is None or not any(ch in q.speaker.text for ch in "\r\n")
