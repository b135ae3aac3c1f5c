"""Tests of the owned noun cues before a `that`-clause (issue #6): one invented sentence
per owner form, the bare nouns left alone, and a relative `that` that is no report."""

from __future__ import annotations

import pytest

from reported_view import quotes as _quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ferry stayed docked. Despite Mayor Ostrova's repeated claims that the harbour tax would fall soon, prices rose.",
         "that the harbour tax would fall soon", "Mayor Ostrova's"),
        ("The vote went ahead. His insistence that the bridge plan was sound did not sway the council.",
         "that the bridge plan was sound did not sway the council", "His"),
        ("Few islanders shared the fishermen’s fear that the new quota would empty the bay.",
         "that the new quota would empty the bay", "the fishermen’s"),
        ("Few residents trusted the council's earlier promise that the ferry would run all winter.",
         "that the ferry would run all winter", "the council's"),
    ],
)
def test_owned_noun_that(text: str, content: str, speaker: str) -> None:
    """An owner's noun of saying or believing reports its `that`-clause, the owner speaking."""
    assert (content, speaker, "noun_that") in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The idea that the ferry would run all winter seemed odd to the islanders.",
        "Mayor Ostrova's claim that was rejected by the court concerned the old pier.",
    ],
)
def test_noun_that_left_alone(text: str) -> None:
    """A noun with no owner, or a relative `that` before a verb, is no noun_that report."""
    assert all(rule != "noun_that" for _, _, rule in _quotes(text))
