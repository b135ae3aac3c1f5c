"""Tests of the speaker resolver: canonical names, roles, anonymity, sieve names."""

from __future__ import annotations

from quotekit._attribution import Candidate
from quotekit._lexicon import Lexicon
from quotekit._model import Speaker
from quotekit._resolve import resolve


def _resolve(text: str, *speakers: str) -> list[Speaker]:
    """Resolve each speaker mention (first occurrence after the previous one) with a dummy content span."""
    cands, pos = [], 0
    for s in speakers:
        i = text.index(s, pos)
        pos = i + len(s)
        cands.append(Candidate(((max(0, i - 5), max(1, i - 1)),), "indirect", (i, i + len(s)), None, "test"))
    out = resolve(text, cands, Lexicon.default())
    assert all(o is not None for o in out)
    return out  # type: ignore[return-value]


def test_surname_resolves_to_full_name_with_title_role() -> None:
    """A surname after `Title Full Name` gets the full name and the title as role."""
    text = "Harbour Minister Tomas Verhoeven opened the port. Later Verhoeven said the quay was safe."
    sp = _resolve(text, "Tomas Verhoeven", "Verhoeven")[1]
    assert sp.name == "Tomas Verhoeven" and sp.role == "Harbour Minister" and not sp.anonymous


def test_appositive_is_the_role() -> None:
    """`Name, a spokeswoman for X,` gives the appositive as role."""
    text = "Lena Markovic, a spokeswoman for the harbour board, said the quay was safe."
    [sp] = _resolve(text, "Lena Markovic")
    assert sp.name == "Lena Markovic" and sp.role == "spokeswoman for the harbour board"


def test_pronoun_resolves_to_previous_speaker() -> None:
    """`she` after a named speaker resolves to that speaker."""
    text = "Mrs. Lena Markovic said the quay was safe. She said the boats were late."
    sps = _resolve(text, "Mrs. Lena Markovic", "She")
    assert sps[1].name == "Lena Markovic" and sps[1].sieve.startswith("pronoun")


def test_unresolvable_pronoun_stays_unnamed() -> None:
    """A pronoun with no person before it gets no name."""
    [sp] = _resolve("The quay was closed. He said the boats were late.", "He")
    assert sp.name is None


def test_unnamed_official_is_anonymous_with_role() -> None:
    """`one senior harbour official` is anonymous, role without the number."""
    [sp] = _resolve("One senior harbour official said the quay was closed.", "One senior harbour official")
    assert sp.anonymous and sp.name is None and sp.role == "senior harbour official"


def test_document_is_not_anonymous() -> None:
    """A report as source is a document, never anonymous."""
    [sp] = _resolve("A 2019 report found that the quay was unsafe.", "A 2019 report")
    assert not sp.anonymous and sp.type == "document"


def test_description_resolves_to_titled_entity() -> None:
    """`the harbour chief` resolves to the person introduced as harbour director."""
    text = "Harbour Director Tomas Verhoeven arrived on Monday. The quay is old, the harbour chief said."
    [sp] = _resolve(text, "the harbour chief")
    assert sp.name == "Tomas Verhoeven" and sp.sieve == "description_to_entity"


def test_organisation_drops_article() -> None:
    """`The Daily Courier` is named `Daily Courier`, an organisation."""
    [sp] = _resolve("The Daily Courier reported that the quay was closed.", "The Daily Courier")
    assert sp.name == "Daily Courier" and not sp.anonymous


def test_conjunction_joins_canonical_names() -> None:
    """`Verhoeven and Okonjo` gives both full names joined with `and`."""
    text = "Tomas Verhoeven met Ines Okonjo. Later Verhoeven and Okonjo said the quay was safe."
    sp = _resolve(text, "Verhoeven and Okonjo")[0]
    assert sp.name == "Tomas Verhoeven and Ines Okonjo" and sp.type == "people"


def test_relative_pronoun_takes_the_name_before_it() -> None:
    """`who` after `Name, a role,` resolves to that name."""
    text = "Ines Okonjo, a harbour pilot, who said the channel was silting up, left early."
    sp = _resolve(text, "who")[0]
    assert sp.name == "Ines Okonjo"


def test_generic_we_is_anonymous_without_name() -> None:
    """`we` is the writer and readers: no name, anonymous."""
    sp = _resolve("Many ferries were late. As we reported, the quay was shut.", "we")[0]
    assert sp.name is None and sp.anonymous


def test_single_word_does_not_borrow_an_organisation_name() -> None:
    """`the House` is not resolved to `White House`."""
    text = "The White House said nothing. Later the House said the vote would wait."
    sp = _resolve(text, "the House")[0]
    assert sp.name == "House"


def test_organisation_takes_the_longer_name() -> None:
    """`the Harbour Authority` resolves to `Velm Harbour Authority` named earlier."""
    text = "The Velm Harbour Authority opened the dock. Later the Harbour Authority said it was safe."
    sp = _resolve(text, "the Harbour Authority")[0]
    assert sp.name == "Velm Harbour Authority" and sp.type == "organization"


def test_capitalised_common_noun_is_a_description() -> None:
    """`Protesters` at a sentence start is an unnamed group, not a name."""
    sp = _resolve("Protesters said the quay should stay open.", "Protesters")[0]
    assert sp.name is None and sp.anonymous and sp.type == "people"


def test_unresolved_they_is_an_unnamed_group() -> None:
    """`they` with no group speaker before it gets no name."""
    sp = _resolve("The quay was closed. They said the boats were late.", "They")[0]
    assert sp.name is None


def test_she_skips_a_male_speaker() -> None:
    """`she` goes past the previous male speaker to the woman named before."""
    text = (
        "Mrs. Ines Okonjo opened the dock. Mr. Tomas Verhoeven said the quay was safe. "
        "She said the boats were late."
    )
    sps = _resolve(text, "Mrs. Ines Okonjo", "Mr. Tomas Verhoeven", "She")
    assert sps[2].name == "Ines Okonjo"


def test_entities_group_quotes_by_speaker() -> None:
    """The document view groups a person's quotes under one canonical name."""
    import quotekit

    text = (
        'Harbour Minister Tomas Verhoeven opened the dock. "It is safe," Verhoeven said. '
        '"Boats will come," he said.'
    )
    doc = quotekit.analyze(text)
    names = {e.name: e for e in doc.speakers}
    assert "Tomas Verhoeven" in names and len(names["Tomas Verhoeven"].quotes) == len(doc.quotes)


def test_title_outside_the_speaker_span_is_still_the_role() -> None:
    """A speaker span holding only the name keeps the title written before it."""
    text = "Deputy Harbour Minister Tomas Verhoeven said the quay was safe."
    sp = _resolve(text, "Tomas Verhoeven")[0]
    assert sp.name == "Tomas Verhoeven" and sp.role == "Deputy Harbour Minister"


def test_name_met_in_passing_is_not_an_antecedent() -> None:
    """`he` after a name that is never quoted still goes to the named speaker."""
    text = (
        "Mr. Tomas Verhoeven said the quay was safe. "
        "After meeting Pavel Dalgaard on Monday, he said the boats were late."
    )
    sps = _resolve(text, "Mr. Tomas Verhoeven", "he")
    assert sps[1].name == "Tomas Verhoeven"


def test_british_courtesy_titles_without_dots() -> None:
    """`Mr Dalgaard` (no dot) is dropped from the name and gives the gender."""
    text = "Pavel Dalgaard, the harbour master, spoke first. Mr Dalgaard said the quay was safe. He said more."
    sps = _resolve(text, "Mr Dalgaard", "He")
    assert [s.name for s in sps] == ["Pavel Dalgaard", "Pavel Dalgaard"]
    assert sps[0].role == "harbour master"


def test_names_with_accented_capitals() -> None:
    """A surname starting with an accented capital resolves to the full name."""
    text = "Łukasz Żmuda, a ferry captain, arrived. Żmuda said the quay was safe."
    sp = _resolve(text, "Łukasz Żmuda", "Żmuda")[1]
    assert sp.name == "Łukasz Żmuda"
