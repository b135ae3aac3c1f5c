"""Round trip for reported speech: render a generated report, extract it back.

Properties, for sentences rendered from the templates
  `{speaker} {cue} that {clause}.`   `{clause}, {speaker} {cue}.`
  `According to {speaker}, {clause}.`   `{speaker} told {obj} {clause}.`
  `{name} — {apposition} — {cue} that {clause}.`
  `{speaker} said {clause}, and {share} said {clause2}.` (two reports)
  `{subject} is said to {vp}.` (subject and infinitive, no speaker)
with generated names, descriptions, pronouns, cues, objects and clauses:
- extraction gives exactly one quote, whose content is the clause (with its `that`,
  as the corpus annotates it), after trimming spaces and edge punctuation;
- the quote's speaker span is exactly the rendered speaker, and kind is indirect.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import quotekit

_EDGE = " .,"

FIRST = ["Ana", "Tomas", "Mira", "Kofi", "Lena", "Ivo", "Sana", "Pavel"]
LAST = ["Ruiz", "Okafor", "Lindqvist", "Moreau", "Haddad", "Kowalski", "Tanaka"]
TITLES = ["Mayor", "Senator", "Judge", "Dr.", "Professor", "Captain"]
DESCRIPTIONS = [
    "the harbour master",
    "two senior officials",
    "a spokeswoman for the council",
    "the mayor's office",
    "the regional health board",
    "several engineers",
]
PRONOUNS = ["he", "she", "they"]
CUES = ["said", "says", "warned", "argued", "claimed", "insisted", "acknowledged", "announced", "has said"]
OBJECTS = ["reporters", "the committee", "him", "them", "supporters"]
SUBJECTS = ["the ferry", "the new bridge", "the budget", "the old library", "the night train", "rents"]
PREDICATES = [
    "would run again in May",
    "was too expensive to repair",
    "will be rebuilt by the city",
    "had been closed for weeks",
    "is likely to rise next year",
]

names = st.builds(lambda f, l: f"{f} {l}", st.sampled_from(FIRST), st.sampled_from(LAST))
titled = st.builds(lambda t, n: f"{t} {n}", st.sampled_from(TITLES), names)
speakers = st.one_of(names, titled, st.sampled_from(DESCRIPTIONS))
clauses = st.builds(lambda s, p: f"{s} {p}", st.sampled_from(SUBJECTS), st.sampled_from(PREDICATES))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _one(text: str) -> quotekit.Quote:
    quotes = quotekit.extract(text)
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


@given(st.one_of(speakers, st.sampled_from(PRONOUNS)), st.sampled_from(CUES), clauses)
@example("the harbour master", "has said", "the ferry would run again in May")
def test_speaker_cue_that_clause(speaker: str, cue: str, clause: str) -> None:
    """`{speaker} {cue} that {clause}.` gives `that {clause}` and the speaker."""
    text = f"{_cap(speaker)} {cue} that {clause}."
    q = _one(text)
    assert q.text.strip(_EDGE) == f"that {clause}"
    assert q.speaker is not None and q.speaker.text == _cap(speaker)
    assert q.kind == "indirect"


@given(speakers, st.sampled_from(CUES), clauses)
def test_clause_then_speaker_cue(speaker: str, cue: str, clause: str) -> None:
    """`{clause}, {speaker} {cue}.` gives the clause and the speaker."""
    text = f"{_cap(clause)}, {speaker} {cue}."
    q = _one(text)
    assert q.text.strip(_EDGE) == _cap(clause)
    assert q.speaker is not None and q.speaker.text == speaker


@given(speakers, clauses)
def test_according_to(speaker: str, clause: str) -> None:
    """`According to {speaker}, {clause}.` gives the clause and the speaker."""
    text = f"According to {speaker}, {clause}."
    q = _one(text)
    assert q.text.strip(_EDGE) == clause
    assert q.speaker is not None and q.speaker.text == speaker


@given(st.one_of(speakers, st.sampled_from(PRONOUNS)), st.sampled_from(OBJECTS), clauses)
def test_told_object_clause(speaker: str, obj: str, clause: str) -> None:
    """`{speaker} told {obj} {clause}.` gives the clause (not the object) and the speaker."""
    text = f"{_cap(speaker)} told {obj} {clause}."
    q = _one(text)
    assert q.text.strip(_EDGE) == clause
    assert q.speaker is not None and q.speaker.text == _cap(speaker)


APPOSITIONS = ["a lawyer for the port", "the council's treasurer", "who chairs the board", "a former ferry pilot"]
SHARES = ["most of the others", "nearly half", "a third of them", "more than 4 in 10", "most of us"]
VPS = ["be close to a deal", "have left the island", "favour a shorter season", "run again in May"]


@given(names, st.sampled_from(APPOSITIONS), st.sampled_from(CUES), clauses)
def test_dashed_apposition(name: str, apposition: str, cue: str, clause: str) -> None:
    """`{name} — {apposition} — {cue} that {clause}.` gives `that {clause}` and the name."""
    text = f"{name} — {apposition} — {cue} that {clause}."
    q = _one(text)
    assert q.text.strip(_EDGE) == f"that {clause}"
    assert q.speaker is not None and q.speaker.text == name


@given(st.sampled_from(DESCRIPTIONS), clauses, st.sampled_from(SHARES), clauses)
def test_poll_share_opens_a_second_report(speaker: str, clause: str, share: str, clause2: str) -> None:
    """`{speaker} said {clause}, and {share} said {clause2}.` gives two reports, each with its speaker."""
    text = f"{_cap(speaker)} said {clause}, and {share} said {clause2}."
    quotes = quotekit.extract(text)
    got = [(q.text.strip(_EDGE), q.speaker.text if q.speaker else None) for q in quotes]
    assert got == [(clause, _cap(speaker)), (clause2, share)]


@given(st.sampled_from(SUBJECTS), st.sampled_from(["is", "was", "are", "were"]), st.sampled_from(["said", "reported"]), st.sampled_from(VPS))
def test_passive_hearsay(subject: str, be: str, cue: str, vp: str) -> None:
    """`{subject} {be} {said|reported} to {vp}.` gives the subject and the infinitive, no speaker."""
    text = f"{_cap(subject)} {be} {cue} to {vp}."
    q = _one(text)
    assert [text[a:b].strip(_EDGE) for a, b in q.spans] == [_cap(subject), f"to {vp}"]
    assert q.speaker is None
