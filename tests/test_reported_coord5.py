"""Coordinated cues (`Roe praised the plan but warned that ...`, issue #6, coord5)."""

from __future__ import annotations

from reported_view import quotes


def test_coordinated_cue_skips_the_speaker_nested_in_the_report() -> None:
    """A cue after `, and` continues the sentence's speaker, not a speaker inside its report."""
    text = "Mayor Ida Varga said the ferry board did not know what it was doing, and accused the harbour office of hiding the costs."
    assert ("the harbour office of hiding the costs", "Mayor Ida Varga", "coordinated") in quotes(text)


def test_coordinated_cue_keeps_the_first_cues_speaker() -> None:
    """`praised X and warned that ...` keeps the subject of both verbs as the speaker."""
    text = "Mayor Ida Varga praised the ferry plan and warned that the harbour would need dredging."
    assert ("that the harbour would need dredging", "Mayor Ida Varga", "coordinated") in quotes(text)


def test_bare_verb_after_a_quoted_infinitive_goes_on_the_report() -> None:
    """`to “halt the sale” and ask ...`: the bare verb continues the quoted infinitive, no new cue."""
    text = "The dock union is calling on the mayor to “halt the sale” and ask the council to vote again."
    assert quotes(text) == [("the mayor to “halt the sale” and ask the council to vote again", "The dock union", "SVC")]


def test_inflected_verb_after_an_object_stays_a_coordinated_cue() -> None:
    """`praised X and urged ...` keeps two reports: `urged` is inflected like the first cue."""
    text = "The dock union praised the mayor and urged the council to vote again."
    assert ("the council to vote again", "The dock union", "coordinated") in quotes(text)


def test_fronted_time_phrase_is_no_subject() -> None:
    """`Last year, she ... and argued ...`: the subject follows the fronted phrase's comma."""
    text = "Last year, she played down the ferry delays and argued that the harbour board was doing its best."
    assert quotes(text) == [("that the harbour board was doing its best", "she", "coordinated")]


def test_apposition_after_the_subject_keeps_the_subject() -> None:
    """`Varga, the harbour mayor, criticized ... and argued ...` keeps Varga for both cues."""
    text = "Varga, the harbour mayor, criticized the board and argued that the ferry costs had doubled."
    assert ("that the ferry costs had doubled", "Varga", "coordinated") in quotes(text)


def test_bare_verb_after_an_opening_infinitive_is_no_cue() -> None:
    """`needs to win back X and promise ...` with no cue before it reports nothing."""
    assert quotes("Mayor Ida Varga needs to win back the dock workers and promise them a new contract.") == []


def test_inflected_verb_after_an_infinitive_stays_a_cue() -> None:
    """`plans to visit X and says ...`: an inflected verb after `and` is the subject's own cue."""
    text = "Mayor Ida Varga plans to visit the harbour and says the ferry will run again."
    assert ("the ferry will run again", "Mayor Ida Varga", "coordinated") in quotes(text)


def test_cue_in_a_when_clause_shares_that_clauses_subject() -> None:
    """`X cheered when Varga climbed ... and promised ...`: Varga, not X, is the speaker."""
    text = "The dock workers cheered when Mayor Varga climbed onto the crane and promised them a new contract."
    assert quotes(text) == [("them a new contract", "Mayor Varga", "coordinated")]


def test_cue_in_a_because_clause_shares_its_pronoun_subject() -> None:
    """`... because she favors X and opposes Y` reports Y with `she` as the speaker."""
    text = "The dock workers distrust her because she favors the port sale and opposes a wage increase."
    assert ("a wage increase", "she", "coordinated") in quotes(text)


def test_comma_before_and_keeps_the_main_subject() -> None:
    """`when Lee left, and added ...`: after a comma the cue goes on the main clause."""
    text = "Mayor Varga praised the crews when the ferry left, and added that they would be paid."
    assert ("that they would be paid", "Mayor Varga", "coordinated") in quotes(text)


def test_negated_second_predicate_reports_nothing() -> None:
    """`... but did not recommend charges` is no second report."""
    text = "The inspector criticized the harbour office but did not recommend charges."
    assert [q for q in quotes(text) if q[2] == "coordinated"] == []


def test_no_object_after_and_reports_nothing() -> None:
    """`... but offered no proof` names nothing the speaker said."""
    text = "Varga claimed the board had hidden the costs, but offered no proof."
    assert [q for q in quotes(text) if q[2] == "coordinated"] == []


def test_positive_second_predicate_stays() -> None:
    """`... but recommended a review of the costs` keeps its report."""
    text = "The inspector criticized the harbour office but recommended that the board review the costs."
    assert ("that the board review the costs", "The inspector", "coordinated") in quotes(text)
