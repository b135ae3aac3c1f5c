"""Verb cue classes added for recall (issue #6, cues3): one invented case each."""

from __future__ import annotations

import pytest
from reported_view import quotes


def test_sees_x_as_y_reports_the_view() -> None:
    """`sees X as Y` reports `X as Y` with the subject as speaker."""
    text = "Harbour pilots see the new breakwater as a danger to small boats."
    assert ("the new breakwater as a danger to small boats", "Harbour pilots", "SVC") in quotes(text)


def test_see_without_as_is_no_cue() -> None:
    """A perception verb with no `as` after its object reports nothing."""
    assert quotes("The ferry crews saw the storm coming from the west.") == []


def test_see_without_as_does_not_cut_a_report() -> None:
    """`and see what happens` is no second cue: the outer report runs on past it."""
    text = "Ida Brekke said the crews would wait and see what the tide brings."
    assert quotes(text) == [("the crews would wait and see what the tide brings", "Ida Brekke", "SVC")]


def test_voiced_support_reports_what_the_stance_is_about() -> None:
    """`voiced support for X` reports X, as `expressed support for X` does."""
    text = "Mayor Lotta Vik voiced support for the harbour tunnel."
    assert [q[:2] for q in quotes(text)] == [("the harbour tunnel", "Mayor Lotta Vik")]


def test_listed_reports_its_object() -> None:
    """`listed` is a stance verb: its object is the content."""
    text = "The candidate then listed her three wins in the northern districts."
    assert quotes(text) == [("her three wins in the northern districts", "The candidate", "SVC")]


def test_discuss_reports_its_topic() -> None:
    """`will discuss X` reports the topic X."""
    text = "The two ministers will discuss a new fishing treaty."
    assert quotes(text) == [("a new fishing treaty", "The two ministers", "SVC")]


def test_pushing_for_reports_what_is_pushed() -> None:
    """`is pushing for X` reports X, as `pushed for X` does."""
    text = "Governor Ilse Moen is pushing for a higher toll on the bridge."
    assert quotes(text) == [("a higher toll on the bridge", "Governor Ilse Moen", "SVC")]


def test_poll_share_would_vote_for() -> None:
    """A poll share that `would vote for` a candidate reports the candidate."""
    text = "Among islanders, 41 percent would vote for Ola Brandt."
    assert ("Ola Brandt", "41 percent", "SVC") in quotes(text)


def test_hedged_expectation_reads_like_seems() -> None:
    """`is widely expected to` gives the subject and the infinitive, no speaker."""
    text = "The harbour ruling is widely expected to favour the ferry company."
    assert quotes(text) == [("The harbour ruling | to favour the ferry company", None, "seems")]


def test_plain_expectation_is_the_writers_agenda() -> None:
    """A plain `is expected to meet ...` reports nothing."""
    assert quotes("The minister is expected to meet her Danish counterpart in Oslo.") == []


def test_expected_to_cue_names_its_subject() -> None:
    """`is expected to announce that ...`: the subject is the source of the clause."""
    text = "The Harbour Gazette is expected to announce that Mira Holt will edit it."
    assert quotes(text) == [("that Mira Holt will edit it", "The Harbour Gazette", "seems_cue")]


def test_doubled_marks_before_an_inverted_speaker() -> None:
    """`X is ''...,'' said Y` is a CVS report, as with `"` marks."""
    text = "Dock fees rose again. The toll plan is ''a terrible idea,'' said Ola Brandt, a ferry captain."
    assert ("The toll plan is ''a terrible idea", "Ola Brandt", "CVS") in quotes(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The harbour board detailed its plan for a second pier.", "its plan for a second pier", "The harbour board"),
        ("Captain Rolf Dahl has commented on the closure of the ferry line.", "the closure of the ferry line", "Captain Rolf Dahl"),
        ("The island council balked at the price of the new bridge.", "the price of the new bridge", "The island council"),
        ("Mayor Ines Holm apologized for the delays at the dock.", "the delays at the dock", "Mayor Ines Holm"),
        ("The skipper pleaded guilty to a charge of overloading the ferry.", "guilty to a charge of overloading the ferry", "The skipper"),
    ],
)
def test_stance_verbs_added_for_recall(text: str, content: str, speaker: str) -> None:
    """The stance verbs added in round 4 report their object with the subject as speaker."""
    assert quotes(text) == [(content, speaker, "SVC")]


def test_repeated_before_a_noun_is_no_cue() -> None:
    """`repeated` stays out of the lexicon: `repeated delays` does not cut a report."""
    text = "Ola Vik said the repeated delays had cost the town its ferry."
    assert quotes(text) == [("the repeated delays had cost the town its ferry", "Ola Vik", "SVC")]


def test_pushed_back_against_reports_its_object() -> None:
    """`pushed back against X` is a stance: X is the content."""
    text = "The dock workers pushed back against the new shift rules."
    assert quotes(text) == [("the new shift rules", "The dock workers", "SVC")]


def test_opined_reports_its_clause() -> None:
    """`opined` is a reporting verb: its clause is the content."""
    text = "The old harbour master opined that the pier would not last the winter."
    assert quotes(text) == [("that the pier would not last the winter", "The old harbour master", "SVC")]


def test_cast_x_as_y_reports_the_portrait() -> None:
    """`cast X as Y` (like `sees X as Y`) reports `X as Y`."""
    text = "Councillor Ben Aas cast the ferry deal as a gift to the mainland."
    assert quotes(text) == [("the ferry deal as a gift to the mainland", "Councillor Ben Aas", "SVC")]


def test_compared_x_to_y_is_a_stance() -> None:
    """`compared X to Y` reports `X to Y`."""
    text = "The skipper compared the new pier to a sandcastle."
    assert quotes(text) == [("the new pier to a sandcastle", "The skipper", "SVC")]


def test_writers_comparison_cuts_no_report() -> None:
    """`, compared with ...` is the writer's comparison, not a second cue."""
    text = "Ida Lund said the toll was fair, compared with the fares on the old ferry."
    assert quotes(text) == [("the toll was fair, compared with the fares on the old ferry", "Ida Lund", "SVC")]


def test_stance_adjective_after_a_copula() -> None:
    """`remain confident that ...` reports the clause, the subject its source."""
    text = "The harbour pilots remain confident that the new channel will open in May."
    assert quotes(text) == [("that the new channel will open in May", "The harbour pilots", "stance_adjective")]


def test_stance_adjective_with_its_preposition() -> None:
    """`are skeptical of X` reports X; the preposition belongs to the cue."""
    text = "The islanders are skeptical of the new ferry timetable."
    assert quotes(text) == [("the new ferry timetable", "The islanders", "stance_adjective")]


def test_adjective_without_copula_is_no_cue() -> None:
    """`presidential hopeful Ann Roe` names a candidate; nothing is reported."""
    assert quotes("Presidential hopeful Ann Roe toured the harbour on Friday.") == []


def test_worried_about_after_a_copula() -> None:
    """`are worried about X` reports X; a negated auxiliary before the copula is skipped."""
    text = "The dock crews have not been worried about the storm."
    assert ("the storm", "The dock crews", "stance_adjective") in quotes(text)
