"""Reports around sentence boundaries (issue #6, branch multi5).

Extending a report across a sentence end was measured on train for each layout
(docs/rules.md, "Reports across sentence ends"): the corpus stops at one sentence in
every layout tried, so these tests pin the one-sentence readings. A report whose
quotation opens inside its clause still runs on to the quotation's close.
"""

from __future__ import annotations

import pytest

from quotekit._text import Layout
from reported_view import quotes


def test_forward_report_stops_before_also() -> None:
    """A forward report ends at its sentence even when the next one continues with `also`."""
    text = "Organizers say they want a calm march. But they are also training volunteers for arrests."
    assert quotes(text) == [("they want a calm march", "Organizers", "SVC")]


def test_according_to_opener_covers_one_sentence() -> None:
    """`According to X,` reports its own sentence, not the rest of the paragraph."""
    text = "According to the Harbor Survey, rents rose four percent last year. Wages stayed flat."
    assert quotes(text) == [("rents rose four percent last year", "the Harbor Survey", "according_to")]


def test_closing_attribution_takes_only_its_sentence() -> None:
    """`A. B, X said.` reports B only; the sentence before stays the writer's."""
    text = "Fares will rise next spring. The ferry line will also cut two routes, the port director said."
    assert quotes(text) == [("The ferry line will also cut two routes", "the port director", "CSV")]


def test_document_report_and_its_also_sentence_are_two_reports() -> None:
    """`X said in a memo that A. It also warned that B.` gives two reports, one per sentence."""
    text = "The port authority said in a memo that the pier would close in May. It also warned that fares would rise."
    got = [(content, rule) for content, _, rule in quotes(text)]
    assert got == [("that the pier would close in May", "SVC"), ("that fares would rise", "SVC")]


def test_quotation_opened_in_the_clause_runs_past_sentence_ends() -> None:
    """A quotation that opens inside a report's clause carries the report to its close."""
    text = 'Ines Baro said the levy was "a burden. It hurts every fishing family."'
    assert quotes(text) == [('the levy was "a burden. It hurts every fishing family', "Ines Baro", "SVC")]


@pytest.mark.xfail(strict=True, reason="plural titles (`Sens.`, `Reps.`) end a sentence; fixing it was neutral on train")
def test_plural_title_does_not_end_a_sentence() -> None:
    """`Sens.` before two names is an abbreviation, not a sentence end."""
    text = "The bill drew support from Sens. Ada Moss and Ivo Lind, the clerk said."
    assert len(Layout.of(text).sentences) == 1
