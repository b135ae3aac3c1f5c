"""Tests of reported speech from non-verb cues (issue #6, nouns3): one invented sentence
per class added, the cases each class leaves alone, and known misses."""

from __future__ import annotations

import pytest

from reported_view import quotes


def test_reportedly_gives_subject_and_predicate() -> None:
    """`X is reportedly VERB ...` reports the subject with its auxiliary and the predicate, without a speaker."""
    text = "The port authority is reportedly preparing a new levy on island ferries."
    assert quotes(text) == [("The port authority is | preparing a new levy on island ferries", None, "reportedly")]


def test_reportedly_opening_the_sentence_reports_the_rest() -> None:
    """A sentence that opens on `Reportedly,` reports the rest of the sentence."""
    text = "Reportedly, the harbour master quit over the dredging fees."
    assert quotes(text) == [("the harbour master quit over the dredging fees", None, "reportedly")]


def test_reportedly_ends_at_the_writers_clause() -> None:
    """The predicate ends at a comma or a subordinate clause, as a `seems` report does."""
    text = "The ferry crews have reportedly cancelled the sailings, leaving the island cut off for a week."
    assert quotes(text) == [("The ferry crews have | cancelled the sailings", None, "reportedly")]


def test_reportedly_before_a_speech_verb_is_that_verbs_report() -> None:
    """`X reportedly said ...` is the speech verb's report; the adverb adds no second one."""
    text = "The mayor reportedly said the ferry fee would rise in May."
    assert [r for _, _, r in quotes(text)] == ["SVC"]


def test_poll_headline_reports_its_finding() -> None:
    """A title that opens on `Poll:` reports the rest of the title, the poll its source."""
    text = "Poll: Harbour Party leads in the island vote.\n\nThe ferries ran late all week."
    assert quotes(text) == [("Harbour Party leads in the island vote", "Poll", "label_colon")]


def test_poll_label_in_the_body_is_no_source() -> None:
    """Below the title, `Poll:` before a quotation stays a caption label."""
    text = "Ferry news.\n\nPoll: \"Should the pier stay open?\"\n\nThe ferries ran late."
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("title", "content", "speaker"),
    [
        ("Roe to Dock Workers: the pier will stay open.", "the pier will stay open", "Roe"),
        ("Former Judge Ann Roe at Harbor Forum: Tunnel Plan Is Dead.", "Tunnel Plan Is Dead", "Former Judge Ann Roe"),
        ("EXCLUSIVE – Ann Roe: Don’t Trust the Ferry Board.", "Don’t Trust the Ferry Board", "Ann Roe"),
    ],
)
def test_title_label_with_audience_or_kicker(title: str, content: str, speaker: str) -> None:
    """A title label may name whom or where the speaker addressed, or follow an `EXCLUSIVE –` kicker."""
    assert quotes(title + "\n\nThe ferries ran late all week.") == [(content, speaker, "label_colon")]


def test_title_label_opening_on_an_article_is_no_speaker() -> None:
    """`A Quiet Plan to Save the Pier:` is a description, not a speaker."""
    assert quotes("A Quiet Plan to Save the Pier: Sell the Boats.\n\nThe ferries ran late.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The mayor has angered the crews with remarks on the matter — including a call for a ban on new piers.",
         "a ban on new piers", None),
        ("Ann Roe's call for calm was ignored by the crowd.", "calm", "Ann Roe"),
        ("These calls for more ferries have come as the council met.", "more ferries", None),
        ("Ann Roe made a plea for calm on the pier.", "calm on the pier", "Ann Roe"),
        ("The mayor opened with a call for unity among the crews.", "unity among the crews", "The mayor"),
    ],
)
def test_call_for_as_a_noun(text: str, content: str, speaker: str | None) -> None:
    """A call or plea for something reports what was called for; its owner, or the subject that made it, speaks."""
    assert (content, speaker, "call_for") in quotes(text)


def test_call_for_ends_before_a_coordinated_verb() -> None:
    """What was called for ends before `and` and the owner's next verb."""
    text = "Bo Lind repeated his call for a harbor tax and stripped out the ferry plan."
    assert ("a harbor tax", "his", "call_for") in quotes(text)


def test_call_as_a_verb_is_left_to_the_cue_scan() -> None:
    """`Roe will call for a vote` is a verb cue, not a noun."""
    assert [r for _, _, r in quotes("Roe will call for a vote on the pier.")] == ["SVC"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Photos showed crews crouched over the broken pier.", "crews crouched over the broken pier", "Photos"),
        ("An earlier harbor inquiry found no fault with the crews.", "no fault with the crews", "An earlier harbor inquiry"),
        ("The outcome showed Roe had won by nine votes.", "Roe had won by nine votes", "The outcome"),
    ],
)
def test_document_subjects(text: str, content: str, speaker: str) -> None:
    """Photos, posts, papers, an inquiry or an outcome are document subjects of `showed`/`found`."""
    assert quotes(text) == [(content, speaker, "SVC")]


def test_a_person_finding_a_thing_is_no_report() -> None:
    """`found` with a person and a plain object stays unreported."""
    assert quotes("The gardener found a ring under the pier.") == []


def test_has_shown_is_a_document_cue() -> None:
    """`has shown` reads like `showed` after a poll subject."""
    assert quotes("Every recent harbor poll has shown Roe trailing Lind.") == [
        ("Roe trailing Lind", "Every recent harbor poll", "SVC")
    ]
