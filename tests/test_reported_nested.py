"""Tests of nested reports (issue #6): an inner cue inside the content of an outer
attribution stays part of that content instead of starting a report of its own. One
invented sentence per class, the cases each class must leave alone, and known misses."""

from __future__ import annotations

import pytest

from test_reported_recall import _quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        ("Ann Roe said the board, which she believes is too timid, should resign.",
         "the board, which she believes is too timid, should resign", "Ann Roe", "SVC"),
        ("The Harbour Gazette poll found that 31 percent of voters backed Ms. Ilves, "
         "while 24 percent favored Mr. Dunmore and 12 percent backed Ann Roe.",
         "that 31 percent of voters backed Ms. Ilves, while 24 percent favored Mr. Dunmore and 12 percent backed Ann Roe",
         "The Harbour Gazette poll", "SVC"),
        ("In a Harbour Gazette poll released Monday, 40 percent of voters said they backed the ferry plan "
         "while 30 percent said they opposed it.",
         "40 percent of voters said they backed the ferry plan while 30 percent said they opposed it",
         "a Harbour Gazette poll released Monday", "in_poll"),
        ("In the latest Coastal Survey, conducted in May, Ms. Ilves led Mr. Dunmore by six points.",
         "Ms. Ilves led Mr. Dunmore by six points", "the latest Coastal Survey, conducted in May", "in_poll"),
        ("Bo Lind said that while he was firmly opposed to Roe, he was backing Ilves for now.",
         "that while he was firmly opposed to Roe, he was backing Ilves for now", "Bo Lind", "SVC"),
        ("The dock unions met on Friday. Their argument: only the council can fix the harbour fees.",
         "only the council can fix the harbour fees", "Their", "noun_colon"),
    ],
)
def test_reports_the_outer_attribution(text: str, content: str, speaker: str | None, rule: str) -> None:
    """The outer attribution reports the whole content, inner cue included, and no inner report remains."""
    assert _quotes(text) == [(content, speaker, rule)]


def test_transcript_turns_report_their_paragraphs() -> None:
    """Each turn of a transcript reports the rest of its paragraph, its label the speaker."""
    text = (
        "The governor spoke to the station on Sunday.\n\n"
        "MARA OSEI: Do you think the ferry plan will pass this year?\n\n"
        "VARGA: I think the council wants it, and I believe the votes are there.\n"
    )
    got = [(c, s) for c, s, r in _quotes(text) if r == "transcript"]
    assert got == [
        ("Do you think the ferry plan will pass this year", "MARA OSEI"),
        ("I think the council wants it, and I believe the votes are there", "VARGA"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry resumed on Monday.\n\nUPDATE: The harbour office said it would reopen the pier.\n",
        "Ms. Ilves is ahead. In the polls, anyway.",
        "In a memo released as polls closed, the campaign thanked its volunteers.",
        "The mayor made one point: the ferry is late.",
    ],
)
def test_leaves_non_reports_alone(text: str) -> None:
    """A lone capitalised label, a short poll aside and a poll word in a clause yield no new class."""
    assert not any(r in ("transcript", "in_poll", "noun_colon") for _, _, r in _quotes(text))


@pytest.mark.xfail(strict=True, reason="a predicate after `and` is read as the outer speaker's second report")
def test_coordinated_predicate_of_the_inner_subject_is_a_known_miss() -> None:
    """`said she was tired and wanted a rest`: both predicates belong to the inner subject."""
    text = "Ann Roe said she was tired of the delays and wanted the council to act."
    assert _quotes(text) == [("she was tired of the delays and wanted the council to act", "Ann Roe", "SVC")]


@pytest.mark.xfail(strict=True, reason="a poll named at the sentence's end is not read as its source")
def test_poll_at_sentence_end_is_a_known_miss() -> None:
    """`CLAUSE in a Gazette poll.`: the poll reports the clause before it."""
    text = "Ms. Ilves led Mr. Dunmore by six points in a Harbour Gazette poll released Monday."
    assert [r for _, _, r in _quotes(text)] == ["in_poll"]
