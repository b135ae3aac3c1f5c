"""Precision guards on reported speech (issue #6, prec3): one invented case per class.

Each guard removes a class of reported-speech false alarms that the corpus does not
mark: the writer's own words next to a cue. Every test checks both sides: the false
alarm is gone and the report it resembles is still found.
"""

from __future__ import annotations

import pytest
from reported_view import quotes


def _rules(text: str) -> list[tuple[str, str | None, str]]:
    return [q for q in quotes(text) if q[2] != "QSV"]


def test_participle_after_the_cue_is_the_writers() -> None:
    """A participle that is no cue after `X said,` is the writer's scene, not a report."""
    text = '"We are ready," Ilse Marr said, clutching the rail of the ferry.'
    assert _rules(text) == []


def test_speech_participle_after_the_cue_still_reports() -> None:
    """A speech participle after `X said,` still gives its own report."""
    text = '"We are ready," Ilse Marr said, adding that the ferry would sail at dawn.'
    assert ("that the ferry would sail at dawn", "Ilse Marr", "participle") in quotes(text)


def test_participle_with_a_that_clause_still_reports() -> None:
    """A participle that carries a `that` clause (`meaning that ...`) stays a report."""
    text = '"Rough," she said, meaning that the crossing had been hard on the crew.'
    assert [q[0] for q in _rules(text)] == ["meaning that the crossing had been hard on the crew"]


def test_lone_manner_adverb_is_no_report() -> None:
    """`said dryly.` reports nothing: the adverb is the writer's manner."""
    text = '"No," Tomas Rand, a retired clerk, said dryly.'
    assert _rules(text) == []


def test_editors_note_relative_is_no_report() -> None:
    """A publisher's note describing a person (`... who has pledged to ...`) reports nothing."""
    text = "Editor’s note: Oren Vale is a serial liar and bully who has repeatedly pledged to close every harbor school."
    assert quotes(text) == []


def test_relative_report_outside_a_note_stays() -> None:
    """The same relative clause in the article's own text is still a report."""
    text = "Oren Vale is a harbor official who has repeatedly pledged to close every harbor school."
    assert [q[0] for q in quotes(text)] == ["to close every harbor school"]



def test_support_after_a_modifier_is_the_noun() -> None:
    """`much-needed local support` and `with 38 percent support` name the noun, not a cue."""
    assert quotes("Pence injected his bid with some much-needed local support heading into the final weekend.") == []
    assert quotes("Rivals are set to garner significant support across the country this year.") == []
    assert quotes("Holm won the primary with 38 percent support against Ilse Marr.") == []


def test_support_after_a_subject_is_still_a_cue() -> None:
    """`1 percent support the Green slate` and `Islanders support ...` stay reports."""
    assert quotes("About 1 percent support the Green slate.") == [("the Green slate", "1 percent", "SVC")]
    assert quotes("Islanders strongly support the new ferry schedule.") == [("the new ferry schedule", "Islanders", "SVC")]


def test_listener_after_a_quote_is_no_report() -> None:
    """`"...," he told a news briefing in Oslo.` gives the quote only, not its listener."""
    text = '"The port will stay open," Mr. Vale told a news briefing near the end of the talks in Oslo.'
    assert quotes(text) == [("The port will stay open", "Mr. Vale", "QSV")]


def test_told_after_a_quote_with_a_clause_still_reports() -> None:
    """A `told` after a quotation that ends the sentence before still reports its clause."""
    text = '"It is over." Dag Holm also told the Gazette he would back Ilse Marr in the runoff.'
    assert [(q[1], q[2]) for q in quotes(text) if "he would back Ilse Marr" in q[0]] == [("Dag Holm", "SVC")]


def test_inverted_modal_question_is_no_report() -> None:
    """`Can you imagine ...?`, `Would you say ...?` ask the reader; they report nothing."""
    assert quotes("Can you imagine if the ferry ran all night?") == []
    assert quotes("Would you say the new ferry is a success?") == []


def test_modal_after_the_subject_still_reports() -> None:
    """`You would say ...` (no inversion) stays a report."""
    assert [q[1] for q in quotes("You would say the new ferry is a success.")] == ["You"]


def test_reflexive_object_of_ask_is_no_report() -> None:
    """`please ask yourself that question` holds no reported content."""
    assert quotes("Seriously, please ask yourself that question.") == []


# Speakers of the weak rules: (name, text, the quote that must be among the results).
SPEAKER_CASES = [
    ("opening_phrase_past_a_relative_aside",
     "After thanking the harbor crowd, which cheered his name, he promised a new ferry.",
     ("the harbor crowd", "he", "adverbial_participle")),
    ("opening_phrase_after_a_span_of_time",
     "One month after announcing her support for the tunnel, Ilse Marr still doubts its cost.",
     ("her support for the tunnel", "Ilse Marr", "adverbial_participle")),
    ("opening_phrase_after_a_connective",
     "But while denouncing the harbor tax to voters, she has not offered a plan of her own.",
     ("the harbor tax to voters", "she", "adverbial_participle")),
    ("opening_phrase_after_connective_and_comma",
     "Now, after arguing that the vote was rigged, his team is pushing for a recount.",
     ("that the vote was rigged", "his team", "adverbial_participle")),
    ("speaker_inside_a_quote_is_the_quotes_speaker",
     '"I have won ten harbor towns," Ada Roe said, referring to the coastal vote.',
     ("the coastal vote", "Ada Roe", "participle")),
    ("participle_after_an_inverted_attribution",
     '"It pays," said Ada Roe, head of the dock union, noting that wages rose in May.',
     ("that wages rose in May", "Ada Roe", "participle")),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPEAKER_CASES], ids=[c[0] for c in SPEAKER_CASES])
def test_weak_rule_speaker(text: str, expected: tuple[str, str, str]) -> None:
    """The participle and apposition rules name the speaker the sentence gives."""
    assert expected in quotes(text)
