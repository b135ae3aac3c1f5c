"""Tests of the participle cues with no comma before them (issue #6): one invented
sentence per class read, the classes left alone, and the known misses."""

from __future__ import annotations

import pytest

from reported_view import quotes as _quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        ("Mayor Ostrova won the vote by promising that the ferry would run all winter.",
         "that the ferry would run all winter", "Mayor Ostrova", "adverbial_participle"),
        ("The harbour master kept the port open while warning that the storm could worsen.",
         "that the storm could worsen", "The harbour master", "adverbial_participle"),
        ("After denouncing the new harbour tax, Councillor Brandt left the meeting early.",
         "the new harbour tax", "Councillor Brandt", "adverbial_participle"),
        ("Councillor Brandt began urging residents to leave the coast.",
         "residents to leave the coast", "Councillor Brandt", "adverbial_participle"),
        ("Despite a new survey showing that most islanders oppose the bridge, the council voted for it.",
         "that most islanders oppose the bridge", "a new survey", "message_participle"),
        ("The town council approved a resolution condemning the harbour tax.",
         "the harbour tax", "The town council", "message_participle"),
    ],
)
def test_bare_participle_classes(text: str, content: str, speaker: str | None, rule: str) -> None:
    """A participle cue after by/after/while/in, a spend-time verb or a message noun is a report."""
    assert (content, speaker, rule) in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is best known for backing the tram line.",
        "The council focused on attacking the budget.",
        "Councillor Brandt left the meeting before thanking the crews.",
    ],
)
def test_bare_participle_left_alone(text: str) -> None:
    """A participle cue after `for`, `on` or `before` is no report (train P .3 to .5)."""
    assert _quotes(text) == []


@pytest.mark.xfail(strict=True, reason="after a plain noun the class measures P .4 on train")
def test_participle_after_plain_noun() -> None:
    """A participle cue after a plain noun phrase reports what that group backs."""
    text = "A citizens group backing Mayor Ostrova spent heavily in the final week."
    assert ("Mayor Ostrova", "A citizens group", "SVC") in _quotes(text)


@pytest.mark.xfail(strict=True, reason="seems + bare predicate measures P .46 on train, no precise subclass")
def test_seems_bare_predicate() -> None:
    """`X seemed unconvinced` is an impression the corpus marks as subject and predicate."""
    text = "The harbour master seemed unconvinced by the new timetable."
    assert any(c.startswith("The harbour master") for c, _, _ in _quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union bankrolled leaflets attacking the new harbour tax.",
        "In the end the dockers spent their money running ads praising the harbour plan.",
        "Councillor Brandt emailed a short memo claiming that the ferry fares would rise.",
        "Mayor Ostrova tried to defend her remarks calling the tunnel plan reckless.",
    ],
)
def test_message_a_verb_has_as_object_is_no_speaker(text: str) -> None:
    """A message that is a verb's object (`bankrolled leaflets attacking`) never speaks itself."""
    for _content, speaker, _rule in _quotes(text):
        assert speaker is None or not speaker[0].islower()
