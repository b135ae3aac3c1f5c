"""Tests of split reports (issue #6): one attribution that the reported-speech stage used
to cut into two predictions, or to run past its end. One invented sentence per class
fixed, and the layouts each class must leave alone."""

from __future__ import annotations

import pytest

from reported_view import quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour fees, which the port board says will rise in May, will not cover the repairs.",
         [("which | will rise in May", "the port board", "SVC")]),
        ("Ms. Okafor said the council should delay the vote, which she has long argued is premature.",
         [("the council should delay the vote", "Ms. Okafor", "SVC"), ("which | is premature", "she", "SVC")]),
    ],
)
def test_object_relative_keeps_its_pronoun(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A relative pronoun before a report's speaker is the report's first span, and a comma-opened relative ends where the main clause resumes."""
    assert quotes(text) == expected


def test_relative_after_preposition_is_left_alone() -> None:
    """`in which X said ...` keeps its report without the pronoun (the pronoun is no part of what was said)."""
    got = quotes("She spoke at a rally in Port Alder, in which she said the ferry would run again.")
    assert ("the ferry would run again", "she", "SVC") in got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Mayor Lina Varga hopes to win the coastal districts and encourage the union to back her plan.",
         "to win the coastal districts and encourage the union to back her plan", "Mayor Lina Varga"),
        ("The ferry captain told the crew to secure the cargo and tell the passengers to stay below.",
         "the crew to secure the cargo and tell the passengers to stay below", "The ferry captain"),
        ("Ms. Okafor said the board would delay the vote and announce the new fees in June.",
         "the board would delay the vote and announce the new fees in June", "Ms. Okafor"),
    ],
)
def test_bare_verb_continues_the_inner_infinitive(text: str, content: str, speaker: str) -> None:
    """A bare verb after `and` continues an infinitive or modal inside the report before it: one report, no coordinated one."""
    assert quotes(text) == [(content, speaker, "SVC")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms. Okafor said the levy was fair and added that the harbour needed it.",
         [("the levy was fair", "Ms. Okafor", "SVC"), ("that the harbour needed it", "Ms. Okafor", "coordinated")]),
        ("Harbour pilots believe the port will close in May, and admit that the fees are too high.",
         [("the port will close in May", "Harbour pilots", "SVC"), ("that the fees are too high", "Harbour pilots", "coordinated")]),
    ],
)
def test_inflected_or_comma_coordination_stays_split(text: str, expected: list[tuple[str, str, str]]) -> None:
    """An inflected second cue, or one after `, and`, is the speaker's own second report."""
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "''Find the dock and get there,'' he tells the ferry crews.",
        "\"Find the dock and get there,\" he tells the ferry crews.",
    ],
)
def test_doubled_apostrophes_close_a_quotation_like_quote_marks(text: str) -> None:
    """The cue after a quotation closed by `''` belongs to the quote-mark rules: its listener is no report of its own."""
    assert quotes(text) == [("Find the dock and get there", "he", "QSV")]


def test_clause_after_the_attribution_resumes_the_quotation() -> None:
    """A quotation ending in a comma and the clause after its attribution's comma are one quote with two spans."""
    text = '"Only you, Ada," she said, would use the storm to praise the harbour.'
    assert quotes(text) == [("Only you, Ada, | would use the storm to praise the harbour", "she", "QSV+interrupted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It works," she said, adding that the crews agree.',
         [("It works", "she", "QSV"), ("that the crews agree", "she", "participle")]),
        ('"It works," she said, also noting that the crews agree.',
         [("It works", "she", "QSV"), ("also noting that the crews agree", "she", "SVC")]),
    ],
)
def test_participle_after_the_attribution_stays_its_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A participle after the attribution (`adding`, `also noting`) is a report of its own, not the quotation's rest."""
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dock workers say Ann Roe, the harbour master, has warned them about the storm.",
         [("Ann Roe, the harbour master, has warned them about the storm", "Dock workers", "SVC")]),
        ("Ann Lind wrote a column for the Gazette, the town paper, mocking the council as timid.",
         [("a column for the Gazette", "Ann Lind", "SVC"), ("the council as timid", "Ann Lind", "participle")]),
    ],
)
def test_apposed_subject_keeps_its_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A report holding only a subject and its apposition runs on over the subject's own verb (a participle still ends it)."""
    assert quotes(text) == expected
