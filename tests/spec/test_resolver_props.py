"""Properties of the speaker resolver, on generated names and filler.

- A name introduced once in full and referred to later by surname or pronoun
  resolves to the full name.
- Inserting an unrelated paragraph with no people changes no resolution, wherever it
  goes: also not a description's (`the mayor`) or an unresolved `They`'s reading.
- No speaker name is invented: every word of a name appears in the text.
- A speaker span that holds only part of a titled, apposed or described name
  (`Councilor [Last]`, `[the harbour chief], First Last,`, `First Last, [56],`)
  resolves to the same full name as the whole mention.
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


_title = st.sampled_from(["Councilor", "Mayor", "Harbour master", "Senator"])
_desc = st.sampled_from(["the harbour chief", "a ferry captain", "one of the board's lawyers"])


@given(_first, _last, _title, _desc)
def test_partial_spans_resolve_to_the_full_name(first: str, last: str, title: str, desc: str) -> None:
    """Spans cut inside a titled name, before an apposed name or at an age give the full name."""
    full = f"{first} {last}"
    texts = [
        (f"{title} {full}, who chairs the board, said the quay was safe.", last),
        (f"In a statement, {desc}, {full}, said the quay was safe.", desc),
        (f"{full}, 56, who chairs the board, said the quay was safe.", "56"),
    ]
    for text, span in texts:
        [sp] = [s for s in resolve(text, _cands(text, [span]), Lexicon.default()) if s]
        assert sp.name == full, (text, span, sp)


_groups = st.sampled_from(["Nine port agencies", "Several ferry companies", "Weary residents", "Two harbour unions"])


@given(_first, _last, _groups, _filler, st.integers(0, 3))
@example("Tomas", "Verhoeven", "Nine port agencies", "The river rose by two metres overnight.", 1)
def test_neutral_paragraph_anywhere_changes_no_description_or_group(
        first: str, last: str, group: str, filler: str, at: int) -> None:
    """A paragraph with no people, put at any paragraph break, changes no description or `they` reading."""
    paras = [f"Mayor {first} {last} opened the quay.", f"{group} are suing the port.",
             "They argue that the levy is unlawful.", "The mayor said the levy stays."]
    spans = ["Mayor " + first + " " + last, "They", "The mayor"]

    def run(ps: list[str]) -> list[tuple[object, ...]]:
        text = "\n\n".join(ps)
        return [(s.name, s.role, s.anonymous, s.type) for s in resolve(text, _cands(text, spans), Lexicon.default()) if s]

    assert run(paras) == run(paras[:at + 1] + [filler] + paras[at + 1 :])
