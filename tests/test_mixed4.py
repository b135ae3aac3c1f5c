"""Tests of the mixed-quote classes fixed for issue #6 (round 2): one invented sentence per
class, the negative cases each fix must leave alone, and the known misses."""

from __future__ import annotations

import pytest

# the same (content, speaker, rule) view of `extract` as the recall tests
from reported_view import quotes as _quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # `called` after an indefinite speaker is a stance when a quoted label follows
        ("A spokesman for the mayor called the audit “absurd.”",
         "the audit “absurd", "A spokesman for the mayor", "SVC"),
        # relative naming with `as` and a determiner before the label
        ("The bidding began on what Kell described as a \"piece of local history.\"",
         "what | as a \"piece of local history", "Kell", "relative_naming"),
        # a one-word label before its noun runs on with the phrase
        ("The firm builds what it calls “mood” profiles of voters to sway them.",
         "what | “mood” profiles of voters to sway them", "it", "relative_naming"),
        # a label with a relative clause of its own runs on too
        ("Voters must choose Kell, who she blasted as a \"bully and a crank\" who made spite his program.",
         "who | as a \"bully and a crank\" who made spite his program", "she", "relative_naming"),
        # a dotted acronym before `He` ends its sentence
        ("Kell says Dorn hides his plans for the U.S. He says voters need no more “dull lectures.”",
         "voters need no more “dull lectures", "He", "SVC"),
        # a channel's programme by its quoted title is the listener, not the report
        ("Kell told WKRN's \"Morning Round\" that the levy was \"a mistake.\"",
         "that the levy was \"a mistake", "Kell", "SVC"),
        # a subordinate clause that is not fronted does not end at the quotation's comma
        ("Roe issued a statement after Kell told a rally on Monday that the levy is “peanuts,” compared to what rivals are doing.",
         "that the levy is “peanuts,” compared to what rivals are doing", "Kell", "SVC"),
        # `according to X,` after a fronted subordinate clause: the report is what follows
        ("While most files were routine, according to a council aide, two in the last batch were marked “secret.”",
         "two in the last batch were marked “secret", "a council aide", "according_to"),
        # a dash aside after a quotation, then the clause's own verb: the report runs on
        ("He said that Roe's call to “mend the port” — itself a jab at Kell’s “Port First” slogan — was a weak line.",
         "that Roe's call to “mend the port” — itself a jab at Kell’s “Port First” slogan — was a weak line",
         "He", "SVC"),
        # the occasion after a quotation's comma is the writer's: the report ends before it
        ("Roe said her campaign does not want “that junk,” in an interview with WKRN on Sunday.",
         "her campaign does not want “that junk", "Roe", "SVC"),
    ],
)
def test_mixed_class_is_found(text: str, content: str, speaker: str | None, rule: str) -> None:
    """Each mixed-quote class gives its report with the speaker and rule named."""
    assert (content, speaker, rule) in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "She joined a group called Citizens for Roe in May.",
        "A warm-up act called Tin Ears got the whole square to dance and cheer for \"Mayor Kell.\"",
    ],
)
def test_name_given_is_no_stance(text: str) -> None:
    """A `called` that gives a name, with no quoted label right after its object, is no report."""
    assert not [q for q in _quotes(text) if q[2] == "SVC"]


def test_label_stops_before_writer_adjunct() -> None:
    """A label followed by the writer's adjunct (`in a radio interview`) ends at its quotation."""
    text = "The crowd cheered Ann Roe, whom he described as \"a banker with a heart\" in a radio interview."
    assert ("whom | as \"a banker with a heart", "he", "relative_naming") in _quotes(text)


def test_fronted_subordinate_still_ends_at_comma() -> None:
    """A report inside a fronted subordinate clause ends with the quotation closing the clause."""
    text = "While Roe says the levy is \"a fraud,\" the council backs it."
    assert ("Roe says" not in c for c, _, _ in _quotes(text))
    assert any(c == "the levy is \"a fraud" for c, _, _ in _quotes(text))


def test_dash_aside_without_verb_still_ends() -> None:
    """A dash after a quotation with no verb of the clause after it still ends the report."""
    text = "He said the plan was \"encouraging\" by all accounts — a boost for the port."
    assert ("the plan was \"encouraging\" by all accounts", "He", "SVC") in _quotes(text)


def test_according_apposition_is_no_report() -> None:
    """After `according to X,` the source's apposition is not taken for the report."""
    text = "While the fee rose, according to Ann Roe, a lawyer for the port authority."
    assert not [q for q in _quotes(text) if q[0].startswith("a lawyer")]


@pytest.mark.xfail(strict=True, reason="a participle after an adverbial phrase has no comma before it")
def test_participle_after_adverbial() -> None:
    """`at one point calling the mayor a "fraud"` is a mixed report of the sentence's subject."""
    text = "He has fought the council for years, at one point calling the mayor a \"fraud.\""
    assert any(c == "the mayor a \"fraud" for c, _, _ in _quotes(text))


def test_participle_after_noun() -> None:
    """`bought radio ads calling the merger a "blunder"` is a mixed report, and the ads
    that a verb put out are no speaker of their own (a verb's subject or none)."""
    text = "The group bought radio ads calling the merger a \"$5 billion blunder.\""
    got = [(c, s) for c, s, _ in _quotes(text) if c.startswith("the merger a")]
    assert got and got[0][1] in (None, "The group")


@pytest.mark.xfail(strict=True, reason="passive labels without a speaker are marked too unevenly (train P .5)")
def test_passive_label() -> None:
    """`what is called a "forum"` is a mixed report without a source."""
    text = "They met at what is called a “forum” but is really a shouting match."
    assert any(c.startswith("what is called") for c, _, _ in _quotes(text))
