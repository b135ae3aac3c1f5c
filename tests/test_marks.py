"""Tests of the quote-mark stage: pairing, nesting, apostrophes, paragraphs, bounds."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quotekit._marks import QuotedSpan, find_quoted
from quotekit._text import paragraphs


def spans(text: str) -> list[list[str]]:
    """The content of each quoted span, one string per part."""
    return [[text[a:b] for a, b in q.parts] for q in find_quoted(text, paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('He said "yes" twice.', "yes"),
        ("He said “yes” twice.", "yes"),
        ("Er sagte „ja“ zweimal.", "ja"),
        ("Il a dit « oui » deux fois.", "oui"),
        ("He said ''yes'' twice.", "yes"),
        ("He said ``yes'' twice.", "yes"),
        ("He said ‹yes› twice.", "yes"),
        ("Headline: 'Yes we can.'", "Yes we can."),
        ("Headline: ‘Yes we can.’", "Yes we can."),
    ],
)
def test_each_mark_style_pairs(text: str, content: str) -> None:
    """Straight, curly, low-high, guillemet, doubled and single marks all pair."""
    assert spans(text) == [[content]]


def test_marks_are_excluded_and_offsets_index_the_text() -> None:
    """Parts exclude the marks; open_mark and close_end point at the marks."""
    text = 'A "b c" d'
    [q] = find_quoted(text, paragraphs(text))
    assert text[q.start : q.end] == "b c"
    assert text[q.open_mark] == '"' and q.close_mark is not None and text[q.close_mark] == '"'
    assert q.close_end == q.close_mark + 1 == q.after


def test_single_marks_nested_in_double_stay_inside() -> None:
    """A single-mark quote inside a double-mark one is part of the outer span."""
    assert spans("\"She said 'never' and left,\" he said.") == [["She said 'never' and left,"]]


def test_curly_marks_nest() -> None:
    """A curly quote inside a curly or straight quote does not break the outer pair."""
    assert spans("“His claim that “it works” is false,” she said.") == [["His claim that “it works” is false,"]]
    assert spans('"The rule isn’t about “fairness” now," she said.') == [["The rule isn’t about “fairness” now,"]]


@pytest.mark.parametrize(
    "text",
    [
        "The states' role is clear.",
        "The players' union and the owners' group met.",
        "The Debates’ Commission won't say.",
        "It's the '90s all over again, isn't it?",
        "Rock 'n' roll never dies.",
    ],
)
def test_apostrophes_are_not_marks(text: str) -> None:
    """Apostrophes, elisions and plural possessives never open or close a quote."""
    assert spans(text) == []


def test_flanks_decide_direction() -> None:
    """A straight mark opens before a word and closes after one."""
    assert spans('"A," she said. "B."') == [["A,"], ["B."]]
    assert spans('"Hi"said Ann "again"') == [["Hi"], ["again"]]


def test_multi_paragraph_quote_is_one_span_per_paragraph() -> None:
    """A quote that each paragraph reopens and only the last closes is one quoted span."""
    text = 'She said: "First part.\n\n"Second part.\n\n"Last part," she added.'
    assert spans(text) == [["First part.", "Second part.", "Last part,"]]
    [q] = find_quoted(text, paragraphs(text))
    assert q.open_mark == text.index('"')


def test_unclosed_quote_is_set_aside() -> None:
    """A quote left open when the next paragraph does not reopen it is dropped."""
    assert spans('He wrote "never again\n\nThe council met. "Fine," Ann said.') == [["Fine,"]]


def test_mid_phrase_open_mark_does_not_run_on() -> None:
    """A quoted term left open mid-phrase does not swallow the next paragraph's quote."""
    text = "He asked a “question’’ that was long.\n\n“You did,” Kelly said."
    assert spans(text) == [["question"], ["You did,"]]


def test_second_opener_sets_the_first_aside() -> None:
    """An opener that never closes before a new straight opener is dropped, not paired."""
    assert spans('"A, he said. "B."') == [["B."]]


def test_inner_padding_is_trimmed() -> None:
    """Spaces just inside the marks are not part of the content."""
    assert spans("« Oui », dit-il.") == [["Oui"]]


def test_triple_apostrophe_closes_nested_and_outer() -> None:
    """`'''` after a nested quote closes both; the doubled mark is the outer one."""
    assert spans("''He said 'no,''' Ann said.") == [["He said 'no,'"]]


def test_pairs_never_cross_paragraphs() -> None:
    """Stray marks in different paragraphs are never paired with each other."""
    text = 'One " stray.\n\nTwo " stray.'
    assert spans(text) == []


_MARKS = st.sampled_from(list("\"“”„«»‘’'`‹›") + ["''", "``", "\n", "\n\n", " ", "a", "b.", ",", "said"])


@given(st.lists(_MARKS, max_size=60).map("".join))
@example('"a\n\n"b\n\n')
@example("''''''")
def test_any_text_gives_well_formed_spans(text: str) -> None:
    """On any string: no exception, parts inside the text, non-empty, ordered, one paragraph each."""
    qs = find_quoted(text, paragraphs(text))
    assert all(isinstance(q, QuotedSpan) for q in qs)
    starts = [q.start for q in qs]
    assert starts == sorted(starts)
    for q in qs:
        assert 0 <= q.open_mark < q.start
        prev = q.open_mark
        for a, b in q.parts:
            assert prev <= a < b <= len(text)
            assert "\n" not in text[a:b]
            prev = b


def test_long_text_is_fast_and_bounded() -> None:
    """Thousands of stray marks over many paragraphs pair locally, without blow-up."""
    text = "\n".join('x " y “ z ’ w' for _ in range(3000))
    qs = find_quoted(text, paragraphs(text))
    assert all(len(q.parts) == 1 for q in qs)


@given(st.text(alphabet="ab1 .,(\n\"“”„«»'`‘’‹›‚", max_size=30))
def test_text_marks_read_double_marks_as_the_pattern_does(text: str) -> None:
    """The text-wide mark scan finds the double marks `_DOUBLE` finds, and every single mark that is not inside a word."""
    from quotekit._marks import _DOUBLE, _SINGLE, _text_marks

    doubles, singles = _text_marks(text)
    assert doubles == [m.span() for m in _DOUBLE.finditer(text)]
    inert = [i for i in (m.start() for m in _SINGLE.finditer(text))
             if text[i] != "‹" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()]
    assert sorted(singles + inert) == [m.start() for m in _SINGLE.finditer(text)]


def test_paragraphs_out_of_order_get_their_own_marks() -> None:
    """Paragraphs given out of order still get the marks inside them (the mark pointers walk back)."""
    text = "Ann said “one.”\nNo marks here.\nLee said “two” and ‘three’.\n“Four,” he said."
    paras = paragraphs(text)
    assert find_quoted(text, paras[::-1]) == find_quoted(text, paras)
    assert [text[q.start : q.end] for q in find_quoted(text, paras)] == ["one.", "two", "three", "Four,"]
