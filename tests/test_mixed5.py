"""Tests of the quoted-track classes fixed for issue #6 (round 4): one invented sentence per
class, and the cases each fix must leave to the quote-mark rules."""

from __future__ import annotations

import pytest

# the same (content, speaker, rule) view of `extract` as the recall tests
from reported_view import quotes as _quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # `, as X VERB` may end in a short phrase (the channel or occasion of the remark)
        ("Closing the ferry is a classic scare tactic, as Ines Varga noted in The Harbour Gazette.",
         "Closing the ferry is a classic scare tactic", "Ines Varga", "CSV"),
        # ... and the clause before it may end in a quotation and its comma
        ("The pier is “a gift to the island,” as Ines Varga said on the radio.",
         "The pier is “a gift to the island", "Ines Varga", "CSV"),
        # a quotation closed on its comma that runs on in the writer's lower-case words
        ("\"The ferry lines have been carrying the whole island,\" in sharp contrast to past winters, says Olaf Brede, a harbour clerk.",
         "The ferry lines have been carrying the whole island,\" in sharp contrast to past winters",
         "Olaf Brede", "CVS"),
        # a CSV speaker with an apposition, and a few words of the writer's after the cue
        ("Ferries are “the island's lifeline,” Olaf Brede, the harbour clerk, proclaimed to a cheering crowd.",
         "Ferries are “the island's lifeline", "Olaf Brede", "CSV"),
        ("The pier will reopen in May, Ines Varga, who chairs the board, said.",
         "The pier will reopen in May", "Ines Varga", "CSV"),
        # a report that is a quotation and then `when asked` / `before`+participle ends there
        ("Varga had earlier said, \"We'll see,\" when asked whether she would run again.",
         "We'll see", "Varga", "SVC"),
        ("Brede cautioned “let’s not rush this,” before cheerfully predicting a long fight.",
         "let’s not rush this", "Brede", "SVC"),
        # a programme's quoted title between the cue and its `that` clause
        ("Varga said on KRTV's \"Harbour Hour\" that she would \"take a look\" at the levy.",
         "that she would \"take a look\" at the levy", "Varga", "SVC"),
        ("Brede said on \"Island Sunday\" that the pier would reopen.",
         "that the pier would reopen", "Brede", "SVC"),
    ],
)
def test_quoted_class_is_found(text: str, content: str, speaker: str, rule: str) -> None:
    """Each class gives its report with the speaker and rule named."""
    assert (content, speaker, rule) in _quotes(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("\"We lost the vote,\" he said.", "We lost the vote", "he"),
        ("\"We lost the vote,\" Olaf Brede said on the radio.", "We lost the vote", "Olaf Brede"),
        ("\"We lost the vote,\" said Olaf Brede, a harbour clerk.", "We lost the vote", "Olaf Brede"),
    ],
)
def test_plain_quotation_stays_direct(text: str, content: str, speaker: str) -> None:
    """A quotation closed on its comma and followed by its attribution stays the quote-mark rules'."""
    found = _quotes(text)
    assert len(found) == 1
    assert found[0][:2] == (content, speaker)
    assert found[0][2] in ("QSV", "QVS")


def test_title_without_that_clause_is_no_adjunct() -> None:
    """A quoted title after `on` with no `that` clause after it is not skipped as an adjunct."""
    text = "Varga spoke on \"Harbour Hour\" about the levy."
    assert not [q for q in _quotes(text) if q[0].startswith("that")]


def test_relative_verb_is_no_appositive_csv() -> None:
    """`..., not a sailor, would say.` after an apposition is a relative's verb, not a CSV cue."""
    text = "It was a thought that a real person, someone from the docks, not a sailor, would say."
    assert not [q for q in _quotes(text) if q[2] == "CSV"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a fronted word with its comma before the subject of a colon lead-in
        ("Likewise, a paper from the Pell Institute had this to say about the levy: \"Families at the top would gain most.\"",
         "Families at the top would gain most", "a paper"),
        # a description that ends in a full name is the subject of a colon lead-in
        ("The harbour columnist Ada Brink went so far as to say: \"The ferry as we know it is over.\"",
         "The ferry as we know it is over", "The harbour columnist Ada Brink"),
    ],
)
def test_colon_lead_in_subject(text: str, content: str, speaker: str) -> None:
    """The clause subject of an SVQ lead-in is found past a fronted word and a long description."""
    assert (content, speaker, "SVQ") in _quotes(text)


def test_lone_name_after_verb_is_no_subject() -> None:
    """`The movie shows Bob ...` is no description of a speaker: a lone name after a verb ends nothing."""
    text = "The film shows Olaf wanting to stay and depicts one of the crew asking, \"For what?\""
    assert not [q for q in _quotes(text) if q[1] and q[1].startswith("The film")]

