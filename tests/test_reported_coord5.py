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
