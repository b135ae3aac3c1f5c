"""Tests of the combine stage: quote-mark and reported candidates without overlaps."""

from __future__ import annotations

import quotekit
from quotekit._attribution import Candidate
from quotekit._combine import combine
from quotekit._marks import QuotedSpan


def _c(spans: tuple[tuple[int, int], ...], kind: str = "indirect", rule: str = "SVC") -> Candidate:
    return Candidate(spans, kind, (0, 3), (4, 8), rule)  # type: ignore[arg-type]


def test_clause_holding_a_quote_replaces_it() -> None:
    """A reported clause larger than a quotation it contains wins; the quotation goes."""
    direct = [_c(((30, 50),), "direct", "SVQ")]
    reported = [_c(((12, 52),), "mixed")]
    assert combine("", direct, reported, [QuotedSpan(((30, 50),), 29, 50)]) == reported


def test_clause_equal_to_the_quote_keeps_the_quote() -> None:
    """A reported clause that is just the quotation yields to the quote-mark candidate."""
    direct = [_c(((30, 50),), "direct", "SVQ")]
    reported = [_c(((29, 51),), "direct")]
    assert combine("", direct, reported, [QuotedSpan(((30, 50),), 29, 50)]) == direct


def test_clause_inside_a_quote_is_dropped() -> None:
    """A reported clause inside a quotation never becomes a quote of its own."""
    direct = [_c(((10, 80),), "direct", "QSV")]
    assert combine("", direct, [_c(((20, 40),))], [QuotedSpan(((10, 80),), 9, 80)]) == direct


def test_clause_cutting_through_a_quote_is_dropped() -> None:
    """A clause that overlaps only part of a quotation is dropped in favour of the quote."""
    direct = [_c(((30, 90),), "direct", "QSV")]
    assert combine("", direct, [_c(((10, 50),))], []) == direct


def test_overlapping_reports_keep_the_outer_one() -> None:
    """Of two reported clauses that overlap, the one starting first (the outer) stays."""
    outer, inner = _c(((10, 60),)), _c(((25, 60),))
    assert combine("", [], [inner, outer], []) == [outer]


def test_clause_ending_inside_a_quote_is_stretched_to_its_end() -> None:
    """A clause cut inside quote marks by the segmenter runs on to the quotation's end."""
    [got] = combine("", [], [_c(((10, 40),))], [QuotedSpan(((35, 70),), 34, 70)])
    assert got.spans == ((10, 70),)


def test_result_is_sorted_and_without_overlaps() -> None:
    """On real text every pair of results is disjoint and the list is in text order."""
    text = (
        'The mayor said the bridge was "safe for now," and engineers said repairs would '
        'start soon. "We are ready," the foreman said, adding that crews were on standby.'
    )
    quotes = quotekit.extract(text)
    spans = [p for q in quotes for p in q.spans]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_mixed_quote_end_to_end() -> None:
    """`X said CLAUSE "QUOTE"` is one mixed quote with X as speaker."""
    text = 'The minister said the reform would "open every school to every child."'
    [q] = quotekit.extract(text)
    assert q.kind == "mixed" and q.speaker is not None and q.speaker.text == "The minister"
    assert q.text.startswith("the reform would")


def test_mixed_report_resumes_after_its_attribution() -> None:
    """`CLAUSE "A," X said. "B."` is one mixed quote with two spans and X as speaker."""
    text = 'The bridge is "safe for now," the engineer said. "We checked every beam twice."'
    [q] = quotekit.extract(text)
    assert q.kind == "mixed" and q.speaker is not None and q.speaker.text == "the engineer"
    assert [text[a:b] for a, b in q.spans][-1] == "We checked every beam twice."


def test_clause_running_over_an_attributed_quote_keeps_its_start() -> None:
    """A forward clause that runs on over a quotation and that quotation's own cue, and goes
    on after it, gives way to the quote and keeps only the words before it."""
    quote = Candidate(((50, 70),), "direct", (40, 45), (30, 38), "SVQ")
    reported = Candidate(((12, 120),), "mixed", (0, 3), (4, 10), "SVC")
    out = combine("", [quote], [reported], [QuotedSpan(((50, 70),), 49, 70, 71)])
    assert out == [Candidate(((12, 30),), "indirect", (0, 3), (4, 10), "SVC"), quote]


def test_clause_ending_in_the_quotes_attribution_keeps_it() -> None:
    """A clause that ends with the quotation's attribution reports that report and stays."""
    quote = Candidate(((12, 40),), "direct", (44, 50), (51, 55), "QSV")
    reported = Candidate(((12, 57),), "mixed", (0, 3), (4, 10), "SVC")
    assert combine("", [quote], [reported], [QuotedSpan(((12, 40),), 11, 40, 41)]) == [reported]


def test_report_resumes_across_a_closing_phrase_only_with_the_text() -> None:
    """A CSV report resumes in the quotation after `said in an interview.` when combine has the text."""
    text = 'The pier is "too short," Ada said in an interview. "We measured it."'
    first = text.index('"too')
    second = text.index('"We')
    cue = text.index("said")
    reported = Candidate(((0, text.index(" Ada")),), "mixed", (cue - 4, cue - 1), (cue, cue + 4), "CSV")
    quoted = [
        QuotedSpan(((first + 1, text.index('"', first + 1)),), first, text.index('"', first + 1)),
        QuotedSpan(((second + 1, len(text) - 1),), second, len(text) - 1),
    ]
    assert combine("", [], [reported], quoted) == [reported]
    [got] = combine(text, [], [reported], quoted)
    assert got.spans == (reported.spans[0], (second + 1, len(text) - 1))
