"""Reported contents that must not stop short: one case per class of early cut (issue #6).

Each case is an invented sentence with one reported clause; the test names the class of
boundary that used to end the content too early (a number's comma, a list, an aside
before the cue's complement, ...). Known misses stay as strict xfails so that fixing one
makes it move.
"""

from __future__ import annotations

import pytest

import quotekit

_EDGE = " \t\r\n\"“”'.,;:!?"


def _contents(text: str) -> list[str]:
    """The content of every quote, trimmed of edge punctuation, in text order."""
    return [text[q.spans[0][0] : q.spans[-1][1]].strip(_EDGE) for q in quotekit.extract(text)]


CASES = [
    ("number_comma", "The union accused the city of hiding $51,000 in fees from drivers.",
     "the city of hiding $51,000 in fees from drivers"),
    ("date_comma", "She invoked the Sept. 11, 2001, attacks to defend the new port budget.",
     "the Sept. 11, 2001, attacks to defend the new port budget"),
    ("including", "The mayor praised the budget, including its new bus lanes on Harbor Road.",
     "the budget, including its new bus lanes on Harbor Road"),
    ("colon_lower_case", "The governor talked about two issues: housing and jobs.",
     "two issues: housing and jobs"),
    ("two_adjectives", "Lind criticized the reckless, slow rollout of the new tram line.",
     "the reckless, slow rollout of the new tram line"),
    ("list", "The council cited rising rents, empty shops and a shrinking tax base.",
     "rising rents, empty shops and a shrinking tax base"),
    ("list_oxford_comma", "Ada Lind thanked her parents, her coach, and her teammates.",
     "her parents, her coach, and her teammates"),
    ("aside_then_complement", "Ms. Lind accused the mayor, who took office in May, of ignoring the port.",
     "the mayor, who took office in May, of ignoring the port"),
    ("short_brackets", "The union called on Sen. Ann Roe (D-Ore.) to resign over the ferry contract.",
     "Sen. Ann Roe (D-Ore.) to resign over the ferry contract"),
    ("dash_pair", "The mayor urged all crews — old and new — to stay in the harbor tonight.",
     "all crews — old and new — to stay in the harbor tonight"),
    ("which_aside_then_verb",
     "Roe said that the new parking fee for harbor visitors, which took effect in May, is unfair to drivers.",
     "that the new parking fee for harbor visitors, which took effect in May, is unfair to drivers"),
    ("which_aside_in_a_question",
     "Asked whether the new fee for harbor visitors, which rose in May, was fair, the mayor shrugged.",
     "whether the new fee for harbor visitors, which rose in May, was fair"),
    ("but_that", "Lind said the plan for the harbor was costly, but that the town needed it badly.",
     "the plan for the harbor was costly, but that the town needed it badly"),
    ("but_not", "Roe said the town would repair the old bridge, but not the old ferry pier.",
     "the town would repair the old bridge, but not the old ferry pier"),
    ("adverbial_opening_the_clause", "Roe said that, after the storm in May, the harbor master warned the crews.",
     "that, after the storm in May, the harbor master warned the crews"),
    ("two_names_one_subject", "Roe said that only Ann and Bo Lind opposed the tram from the start.",
     "that only Ann and Bo Lind opposed the tram from the start"),
]


@pytest.mark.parametrize(("case", "text", "content"), CASES, ids=[c[0] for c in CASES])
def test_content_runs_to_its_end(case: str, text: str, content: str) -> None:
    """The reported content runs past a boundary that does not end it."""
    assert _contents(text) == [content], case


def test_name_apposition_is_no_list() -> None:
    """A name's apposition with an `and` in it ends a stance object at the name."""
    assert _contents("Roe thanked Ian Moss, a lawyer and former judge from Bergen.") == ["Ian Moss"]


def test_fronted_clause_comma_ends_the_object() -> None:
    """In a sentence opened by a subordinate clause, the object stops at the clause's comma."""
    assert _contents("When Roe praised the mayor, the crowd booed and left the hall.") == ["the mayor"]


def test_new_speaker_after_a_comma_still_ends_the_content() -> None:
    """A later cue with a speaker of its own after `, and` still ends the first report."""
    text = "Roe said the ferry would run again on Monday, and Ann Lind said it would not."
    assert _contents(text) == ["the ferry would run again on Monday", "it would not"]


def test_report_resumes_after_its_attribution() -> None:
    """A `because`/`while`/`but` clause after a mid-sentence attribution is the report's second part."""
    text = "The pier is safe for now, the engineer said, because the crews checked every beam."
    (q,) = quotekit.extract(text)
    assert [text[a:b].strip(_EDGE) for a, b in q.spans] == ["The pier is safe for now", "because the crews checked every beam"]
    assert q.speaker is not None and q.speaker.text == "the engineer"


def test_and_after_the_attribution_stays_the_writers() -> None:
    """An `, and` clause after the attribution is not added to the report."""
    text = "The pier is safe for now, the engineer said, and then she left the harbor."
    assert _contents(text) == ["The pier is safe for now"]


def test_coordinated_verb_inside_the_report() -> None:
    """A second verb of the reported clause (`and ask ...`) stays in the report."""
    text = "The mayor says he would call the governor and ask him for more funds."
    assert _contents(text) == ["he would call the governor and ask him for more funds"]


@pytest.mark.xfail(strict=True, reason="a semicolon always ends a reported clause, even inside a list")
def test_semicolon_list_inside_the_report() -> None:
    """A list whose items a semicolon separates stays one report."""
    text = "Roe said the plan would cut rents; raise wages; and bring back jobs."
    assert _contents(text) == ["the plan would cut rents; raise wages; and bring back jobs"]
