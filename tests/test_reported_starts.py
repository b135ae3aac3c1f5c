"""Tests of where a reported clause starts, and of cue words that start none (issue #6)."""

from __future__ import annotations

import pytest

import quotekit

_EDGE = " \t\r\n\"“”„«»‘’'`.,;:!?—–-()"


def _got(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, rule) per quote; a content in several spans is joined by `|`."""
    return [
        ("|".join(text[a:b].strip(_EDGE) for a, b in q.spans), q.speaker.text if q.speaker else "", q.rule.split("/")[0])
        for q in quotekit.extract(text)
    ]


def test_stance_noun_reports_what_follows_its_preposition() -> None:
    """A stance named by its noun (`expressed deep concern about X`) reports only X."""
    text = "Harbour workers have expressed deep concern about the new levy. The mayor left early."
    assert _got(text) == [("the new levy", "Harbour workers", "SVC")]


def test_stance_noun_after_offered() -> None:
    """`offered warm praise for X` reports X, with the subject as speaker."""
    assert _got("The ferry captain offered warm praise for the crew.") == [("the crew", "The ferry captain", "SVC")]


def test_fronted_phrase_before_parenthetical_is_no_report_of_its_own() -> None:
    """`In the late 1980s, X said, CLAUSE` is a parenthetical report, not a CSV of the time phrase."""
    text = "In the late 1980s, Ms. Varga said, when she was earning little, a foreman offered her a shift."
    got = _got(text)
    assert len(got) == 1
    content, speaker, rule = got[0]
    assert rule == "parenthetical" and speaker == "Ms. Varga"
    assert content.endswith("a foreman offered her a shift")


def test_parenthetical_starts_after_the_writers_dash() -> None:
    """The first part of a parenthetical report starts after the last spaced dash before it."""
    text = "The council would bar all new piers on the east bank - a rule, Mr. Okoro said, that is meant to protect the dunes."
    assert _got(text) == [("a rule|that is meant to protect the dunes", "Mr. Okoro", "parenthetical")]


@pytest.mark.parametrize(
    "text",
    [
        "The big question is whether the ferry will run in winter.",
        "Dune rights advocates have started a petition.",
        "Her cost estimates have been far too low.",
    ],
)
def test_cue_word_heading_the_subject_is_no_cue(text: str) -> None:
    """A cue word that closes the sentence's opening noun phrase before a finite verb is a noun."""
    assert _got(text) == []


def test_relative_gap_after_speaker_keeps_its_report() -> None:
    """`a plan which critics say is too costly` still reports the clause after the cue, led by its pronoun."""
    text = "The mayor drew up a plan which critics say is far too costly."
    assert ("which|is far too costly", "critics", "SVC") in _got(text)


def test_clause_never_starts_with_among() -> None:
    """`strong support among dock workers` is a noun and its group, not a report."""
    assert _got("The mayor enjoys strong support among dock workers.") == []


@pytest.mark.xfail(strict=True, reason="object relative without a pronoun: the antecedent belongs to the report")
def test_object_relative_gap_takes_its_antecedent() -> None:
    """`the best boat the captain hoped to own` reports the antecedent and the infinitive."""
    text = "It was the best boat the captain always hoped to own."
    assert [c for c, _, _ in _got(text)] == ["the best boat|to own"]


@pytest.mark.xfail(strict=True, reason="a coordinated cue inside an outer report is read as the outer speaker's")
def test_coordinated_cue_inside_outer_report() -> None:
    """`X said A and supports B` with a present-tense second verb is one report by X."""
    text = "The council said the dunes are safe and supports a survey of the bay."
    assert [c for c, _, _ in _got(text)] == ["the dunes are safe and supports a survey of the bay"]


def test_participle_after_a_number_is_an_adjective() -> None:
    """`a lead of 40 pledged delegates` holds no cue: the participle modifies its noun."""
    assert _got("The mayor now holds a lead of 40 pledged delegates over her rival.") == []
