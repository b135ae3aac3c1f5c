"""Subject-verb agreement tells a cue noun from a cue verb (issue #6, agree4).

Each guard of `_noun_cue` has an invented sentence it drops and one report it must keep.
"""

from __future__ import annotations

import pytest
from reported_view import quotes


@pytest.mark.parametrize(
    "text",
    [
        "Republican support grew after the vote on the toll.",
        "When a harbour plan fails, the toll rises.",
    ],
)
def test_base_form_after_singular_speaker_is_a_noun(text: str) -> None:
    """A base-form cue after a singular speaker that opens its clause is a noun."""
    assert quotes(text) == []


def test_s_form_after_plural_speaker_is_a_noun() -> None:
    """An -s cue after a lower-case plural speaker is a noun (a lost apostrophe)."""
    assert quotes("Rival dockers demands include a shorter shift and a new canteen.") == []


def test_speaker_ending_in_a_modifier_is_no_subject() -> None:
    """A speaker that ends in a possessive or modifier (`his latest`) makes the cue a noun."""
    assert quotes("But his latest remarks will do little to calm the dockers.") == []


def test_adjective_speaker_is_no_subject() -> None:
    """A speaker that ends in an -ous adjective (`more ambitious plans`) makes the cue a noun."""
    assert quotes("He scrapped more ambitious plans to widen the pier.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The clip has faced ridicule online since Tuesday.",
        "Oskar Vane did not unveil plans to pay for the bridge.",
    ],
)
def test_lone_verb_after_an_auxiliary_takes_the_cue_as_object(text: str) -> None:
    """A lone lower-case verb after an auxiliary is no speaker: the cue is its object."""
    assert quotes(text) == []


def test_indefinite_object_of_a_verb_is_no_speaker() -> None:
    """`could buy a state plan`: an indefinite noun phrase after a verb is its object."""
    assert quotes("Others could buy a state plan similar to the city scheme.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The unions support the plan to widen the harbour.", "the plan to widen the harbour", "The unions"),
        ("Roe would support it.", "it", "Roe"),
        ("Oskar Vane would support raising the toll.", "raising the toll", "Oskar Vane"),
        ("Police say the pier is safe.", "the pier is safe", "Police"),
        ("The staff say the pier is safe.", "the pier is safe", "The staff"),
        ("Harbour pilots warns that the channel is silting up.", "that the channel is silting up", "Harbour pilots"),
        ("Harbour Pilots Say Channel Is Silting Up", "Channel Is Silting Up", "Harbour Pilots"),
    ],
)
def test_agreeing_or_auxiliary_cue_keeps_its_report(text: str, content: str, speaker: str) -> None:
    """A cue that agrees with its speaker, follows an auxiliary, opens a `that` clause or sits in a headline stays a report."""
    assert quotes(text) == [(content, speaker, "SVC")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Aides to Oskar Vane say the pier is safe.", "the pier is safe"),
        ("Reporters heard a guard say the gates would close at noon.", "the gates would close at noon"),
    ],
)
def test_speaker_inside_a_longer_subject_is_not_judged(text: str, content: str) -> None:
    """A speaker after a preposition or a perception verb ends a longer phrase: agreement is not read."""
    assert any(content in q[0] for q in quotes(text))
