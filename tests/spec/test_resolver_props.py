"""Properties of the speaker resolver, on generated names and filler.

- A name introduced once in full and referred to later by surname or pronoun
  resolves to the full name.
- Inserting an unrelated paragraph with no people changes no resolution.
- No speaker name is invented: every word of a name appears in the text.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from quotekit._attribution import Candidate
from quotekit._lexicon import Lexicon
from quotekit._resolve import resolve

_first = st.sampled_from(["Tomas", "Lena", "Anouk", "Pavel", "Ines", "Bruno"])
_last = st.sampled_from(["Verhoeven", "Markovic", "Dalgaard", "Okonjo", "Ferreira", "Lindqvist"])
_filler = st.sampled_from(["The river rose by two metres overnight.", "Ferries ran on a reduced timetable."])


def _cands(text: str, mentions: list[str]) -> list[Candidate]:
    out, pos = [], 0
    for s in mentions:
        i = text.index(s, pos)
        pos = i + len(s)
        out.append(Candidate(((i + len(s) + 6, i + len(s) + 10),), "indirect", (i, i + len(s)), None, "t"))
    return out


def _doc(first: str, last: str, filler: str = "") -> tuple[str, list[str]]:
    text = f"Mr. {first} {last} said the quay was safe.\n{filler}\n{last} said the boats were late.\nHe said more."
    return text, [f"Mr. {first} {last}", last, "He"]


@given(_first, _last)
def test_surname_and_pronoun_resolve_to_full_name(first: str, last: str) -> None:
    """A full name, then its surname, then `He`, all resolve to the full name."""
    text, ms = _doc(first, last)
    names = [sp.name for sp in resolve(text, _cands(text, ms), Lexicon.default()) if sp]
    assert names == [f"{first} {last}"] * 3


@given(_first, _last, _filler)
def test_neutral_paragraph_changes_nothing(first: str, last: str, filler: str) -> None:
    """Adding a paragraph without people leaves names and roles unchanged."""
    a, ms = _doc(first, last)
    b, _ = _doc(first, last, filler)
    ra = [(s.name, s.role, s.anonymous) for s in resolve(a, _cands(a, ms), Lexicon.default()) if s]
    rb = [(s.name, s.role, s.anonymous) for s in resolve(b, _cands(b, ms), Lexicon.default()) if s]
    assert ra == rb


@given(st.text(alphabet=st.sampled_from("Ab Cd. ,he said\n\"Ms"), max_size=80))
@example("A\nAA")  # a speaker span that starts at a line break
def test_no_name_is_invented(text: str) -> None:
    """On any text, every word of every resolved name occurs in the text."""
    cands = []
    for i in range(0, max(0, len(text) - 3), 7):
        cands.append(Candidate(((i, i + 1),), "indirect", (i + 1, min(len(text), i + 4)), None, "t"))
    for sp in resolve(text, cands, Lexicon.default()):
        if sp and sp.name:
            assert all(w in text for w in sp.name.split())
