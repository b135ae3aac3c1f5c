"""Forward reported content ends where a concession or a new sentence takes over (issue #6).

One invented sentence per class of end that `_long_tail` learned in the ends2 round,
and one per guard that keeps a stop from cutting the report short.
"""

from __future__ import annotations

import pytest

from test_reported_ends_long import _contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a concession clause after a comma is the writer's
        ("The mayor of Dunmere said the bridge would reopen in spring, though she gave no date.", "the bridge would reopen in spring"),
        # a dash before `and`/`but`/`though` opens the writer's own clause
        ("The fisheries office said catches had fallen for a third year — and the co-op has since closed two plants.", "catches had fallen for a third year"),
        # a colon before a new sentence's usual opener
        ("The harbor board noted a sharp drop in cargo from the south: The main quay has been shut since May.", "a sharp drop in cargo from the south"),
        # an occasion after a short object, and the reporter's `for this article`
        ("Senator Mara Quint thanked voters in a speech at the county fair.", "voters"),
        ("A spokesman for the mill declined to comment for this story.", "to comment"),
        # up to three words before the occasion noun
        ("The governor thanked the volunteers at a crowded Sunday harbor rally.", "the volunteers"),
        # a channel (`through his lawyer`) and the terms of an unnamed source
        ("The captain denied the charges through his lawyer on Friday.", "the charges"),
        ("Two officials described the budget talks on condition of anonymity because the talks were private.", "the budget talks"),
        # an ad as the occasion, and the campaign trail or the chamber floor
        ("The governor attacked Tomas Ferrant in a television ad this week.", "Tomas Ferrant"),
        ("The senator blasted the shipping cartel from the Senate floor.", "the shipping cartel"),
        # the sentence's own verb after a comma that closes the report
        ("Alva Brink, suggesting the harbor should close for the winter, was outvoted by the council.", "the harbor should close for the winter"),
        ("Coach Ilse Brandt said her team was ready for the final, even though two players were hurt.", "her team was ready for the final"),
    ],
)
def test_content_stops_before_the_writers_words(text: str, content: str) -> None:
    """The forward content ends before the clause the writer adds."""
    assert content in _contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # `though` before a short adjective phrase between commas stays in the clause
        (
            "The planner said the scheme could win over rural, though fiercely independent, towns in the north.",
            "the scheme could win over rural, though fiercely independent, towns in the north",
        ),
        # a colon before a name lists what the clause announced
        (
            "The inspector said she had met two of the owners of the mill: Petra Lund and Omar Kees.",
            "she had met two of the owners of the mill: Petra Lund and Omar Kees",
        ),
        # ... and so does `although` before a short phrase between commas
        (
            "The ranger said the hikers had made a bold, although risky, climb up the north face.",
            "the hikers had made a bold, although risky, climb up the north face",
        ),
        # a comma aside before the verb belongs to the reported clause
        (
            "The clerk said the ferry, which sails at dawn, was late again on Friday.",
            "the ferry, which sails at dawn, was late again on Friday",
        ),
        # a pair of dashes around an aside, and `— and that ...`, stay in the clause
        (
            "The auditor said the clerk had opened - but never closed - the second account at the bank.",
            "the clerk had opened - but never closed - the second account at the bank",
        ),
        (
            "The envoy said the talks were stalled for now — and that both sides wanted a pause.",
            "the talks were stalled for now — and that both sides wanted a pause",
        ),
    ],
)
def test_content_keeps_an_inner_concession(text: str, content: str) -> None:
    """A `though`, dash or colon that belongs inside the clause is no stop."""
    assert content in _contents(text)
