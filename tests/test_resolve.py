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


def test_description_before_any_title_stays_unnamed_and_a_later_one_resolves() -> None:
    """A description before any title word is unnamed; the same description after `Harbour Director X` is X."""
    text = ("The quay is old, the harbour director said. Harbour Director Tomas Verhoeven arrived on Monday. "
            "The boats are late, the harbour director said.")
    first, second = _resolve(text, "the harbour director", "the harbour director")
    assert first.name is None and first.sieve == "unnamed_description"
    assert second.name == "Tomas Verhoeven" and second.sieve == "description_to_entity"


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


def test_title_with_a_lowercase_word_keeps_the_name() -> None:
    """`Ferry master Ines Okonjo` is a titled name: named, the title as role, and `Okonjo` is the same person."""
    text = "Ferry master Ines Okonjo said the tide was high. Later Okonjo said the quay was safe."
    sps = _resolve(text, "Ferry master Ines Okonjo", "Okonjo")
    assert [s.name for s in sps] == ["Ines Okonjo", "Ines Okonjo"]
    assert [s.role for s in sps] == ["Ferry master", "Ferry master"]
    assert not sps[0].anonymous


def test_time_phrase_before_a_name_is_no_title() -> None:
    """`Late Tuesday night Ines Okonjo` gives no role: a time phrase is not a title."""
    text = "The quay flooded. Late Tuesday night Ines Okonjo said the pumps had failed."
    [sp] = _resolve(text, "Ines Okonjo")
    assert sp.name == "Ines Okonjo" and sp.role is None


def test_span_cutting_a_titled_name_keeps_its_title() -> None:
    """A speaker span holding only the surname of `Councilor Tomas Verhoeven, who ...,` still gets the title."""
    text = "Councilor Tomas Verhoeven, who voted no, said the quay was unsafe."
    [sp] = _resolve(text, "Verhoeven")
    assert sp.name == "Tomas Verhoeven" and sp.role == "Councilor"


def test_pronoun_takes_a_recent_sentence_subject_who_is_no_speaker() -> None:
    """`she` goes to the woman who opens the sentence before, though she is quoted nowhere else."""
    text = (
        "Ines Okonjo laughed off the harbour board's report, and her deputy agreed with her. "
        '"It is nonsense," she said.'
    )
    [sp] = _resolve(text, "she")
    assert sp.name == "Ines Okonjo" and sp.sieve == "pronoun_subject_name"


def test_object_her_does_not_make_a_name_female() -> None:
    """`Tomas Verhoeven ... disqualify her from` does not make Verhoeven a woman: `he` still finds him."""
    text = (
        "Tomas Verhoeven told the board that the charges should disqualify her from office. "
        "Verhoeven said the rules were clear. "
        '"They are," he said.'
    )
    sps = _resolve(text, "Verhoeven", "he")
    assert sps[1].name == "Tomas Verhoeven"


def test_description_span_before_an_apposed_name_takes_the_name() -> None:
    """`[the ferry board's lawyer], Ines Okonjo, said`: the span stops short of the name, the name is taken."""
    text = "The ferry board's lawyer, Ines Okonjo, said the quay was safe."
    [sp] = _resolve(text, "The ferry board's lawyer")
    assert sp.name == "Ines Okonjo" and sp.role == "ferry board's lawyer" and not sp.anonymous


def test_description_span_after_a_name_takes_the_name() -> None:
    """`Tomas Verhoeven, [chief executive of Velm Ferries], said`: the appositive span means the name before it."""
    text = "Tomas Verhoeven, chief executive of Velm Ferries, said the quay was safe."
    [sp] = _resolve(text, "chief executive of Velm Ferries")
    assert sp.name == "Tomas Verhoeven" and sp.role == "chief executive of Velm Ferries"


def test_name_before_a_parenthetical_speaker_is_not_the_speaker() -> None:
    """`Okonjo, [a close aide] said, is ready`: the name is the topic, the aide stays unnamed."""
    text = "Ines Okonjo, a close aide said, is ready to run the port."
    [sp] = _resolve(text, "a close aide")
    assert sp.name is None and sp.anonymous


def test_clause_fragments_are_no_anonymous_people() -> None:
    """Spans that are no noun phrase (`ever`, `a few days later`) are not anonymous people."""
    text = "Few pilots would ever admit it. But a few days later, the board met."
    sps = _resolve(text, "ever", "a few days later")
    assert not any(sp.anonymous for sp in sps)


def test_adverb_in_a_name_span_is_dropped() -> None:
    """`Verhoeven however` is Verhoeven: the adverb is no part of the name."""
    text = "Tomas Verhoeven chairs the board. Verhoeven however said the quay was safe."
    sp = _resolve(text, "Verhoeven however")[0]
    assert sp.name == "Tomas Verhoeven"


def test_contracted_pronoun_is_a_pronoun() -> None:
    """`you're` is the generic `you`, `he'll` a personal pronoun."""
    text = "Tomas Verhoeven said the quay was safe. If you're a pilot, he'll listen."
    sps = _resolve(text, "Tomas Verhoeven", "you're", "he'll")
    assert sps[1].sieve == "generic_pronoun" and sps[1].anonymous
    assert sps[2].name == "Tomas Verhoeven"


def test_relative_pronoun_skips_an_aside_in_dashes() -> None:
    """`officers -- many of them gone -- who said`: `who` goes to the officers before the dashes."""
    text = "The board heard from 40 retired officers -- many of them long gone from the port -- who said the quay was unsafe."
    [sp] = _resolve(text, "who")
    assert sp.anonymous and sp.role == "retired officers"


def test_relative_pronoun_after_an_appositive_takes_the_name() -> None:
    """`Ines Okonjo, a Velm developer, who said`: `who` is Okonjo, with the appositive as role."""
    text = "The plan was backed by Ines Okonjo, a Velm developer, who said the quay was unsafe."
    [sp] = _resolve(text, "who")
    assert sp.name == "Ines Okonjo" and sp.role == "Velm developer"


def test_relative_pronoun_after_name_and_dash() -> None:
    """`Tomas Verhoeven — who said` and `Tomas Verhoeven of Velm, who said` resolve to the name."""
    for text in ("Mayor Tomas Verhoeven — who said the quay was unsafe — left.",
                 "Mayor Tomas Verhoeven of Velm, who said the quay was unsafe, left."):
        [sp] = _resolve(text, "who")
        assert sp.name == "Tomas Verhoeven"


def test_those_who_are_unnamed_people() -> None:
    """`those who said` are an anonymous group."""
    text = "Among those who said the quay was unsafe were pilots."
    [sp] = _resolve(text, "who")
    assert sp.anonymous and sp.type == "people" and sp.name is None


def test_description_goes_to_the_one_person_the_sentence_names() -> None:
    """`As Okonjo weighed the plan, the Velm mayor said`: the description is the quoted person named just before."""
    text = (
        "Ines Okonjo said the quay was safe. "
        "As Okonjo weighed the plan, the Velm mayor said the pier would reopen."
    )
    sps = _resolve(text, "Ines Okonjo", "the Velm mayor")
    assert sps[1].name == "Ines Okonjo" and sps[1].role == "Velm mayor" and not sps[1].anonymous


def test_description_with_two_people_nearby_stays_unnamed() -> None:
    """With two people named just before, `the Velm mayor` is not guessed."""
    text = (
        "Ines Okonjo said the quay was safe. "
        "As Okonjo met Tomas Verhoeven, the Velm mayor said the pier would reopen."
    )
    sps = _resolve(text, "Ines Okonjo", "the Velm mayor")
    assert sps[1].name is None


def test_headline_description_names_the_titled_person() -> None:
    """A bare `Lawmaker` in a headline is the one person the article calls `Rep.`; not anonymous."""
    text = (
        "Lawmaker urges repairs to the old pier\n\n"
        "Rep. Ines Okonjo, who chairs the harbour panel, said on Monday that the quay was unsafe "
        "and that the pier should be closed until engineers have inspected every piling and beam."
    )
    sps = _resolve(text, "Lawmaker", "Rep. Ines Okonjo")
    assert sps[0].name == "Ines Okonjo" and not sps[0].anonymous


def test_headline_description_without_a_titled_person_is_not_anonymous() -> None:
    """A bare `Harbour pilot` in a headline is a specific person: unnamed but not anonymous."""
    text = (
        "Harbour pilot warns of silting\n\n"
        "The channel into Velm has grown shallower every year, and the port authority has not dredged it since "
        "the flood, according to records seen by this newspaper over the past month."
    )
    [sp] = _resolve(text, "Harbour pilot")
    assert sp.name is None and not sp.anonymous


def test_one_of_before_an_apposed_name_takes_the_name() -> None:
    """`one of the board's lawyers, Ines Okonjo, said`: one person, named."""
    text = "In a statement, one of the board's lawyers, Ines Okonjo, said the quay was safe."
    [sp] = _resolve(text, "one of the board's lawyers")
    assert sp.name == "Ines Okonjo" and not sp.anonymous


def test_span_running_into_the_predicate_ends_at_the_name() -> None:
    """`Harbour chief Ines Okonjo chimed in on the radio` is Okonjo with her title; `Okonjo's comments` is not."""
    text = "Harbour chief Ines Okonjo chimed in on the radio. Later, Ines Okonjo's comments were read out."
    sps = _resolve(text, "Harbour chief Ines Okonjo chimed in on the radio", "Ines Okonjo's comments")
    assert sps[0].name == "Ines Okonjo" and sps[0].role == "Harbour chief"
    assert sps[1].name is None


def test_appositive_role_keeps_the_state_of_its_place() -> None:
    """`Ines Okonjo, a pilot in Velm, Wis., said` gives the role with its state."""
    text = "Ines Okonjo, a harbour pilot in Velm, Wis., said the quay was safe."
    [sp] = _resolve(text, "Ines Okonjo")
    assert sp.role == "harbour pilot in Velm, Wis."


def test_age_span_stands_for_the_name_before_it() -> None:
    """A speaker span holding only the age in `Tomas Verhoeven, 56, who chairs the board,` is Verhoeven."""
    text = "Tomas Verhoeven, 56, who has chaired the harbour board for a decade, said the quay was safe."
    [sp] = _resolve(text, "56")
    assert sp.name == "Tomas Verhoeven" and sp.role == "who has chaired the harbour board for a decade"


def test_home_town_span_stands_for_the_name_before_it() -> None:
    """In `Ines Okonjo, 29, of [Velm], said`, the span is her home town: the speaker is Okonjo."""
    text = "Ines Okonjo, 29, of Velm, said the quay was safe."
    [sp] = _resolve(text, "Velm")
    assert sp.name == "Ines Okonjo"


def test_name_after_a_preposition_is_not_named_speaker() -> None:
    """A span `[Velm Harbour Review]` in `a study in the Velm Harbour Review found` is no named speaker."""
    text = "A study in Velm Harbour Review found the quay was unsafe."
    [sp] = _resolve(text, "Velm Harbour Review")
    assert sp.name is None and not sp.anonymous


def test_capitalised_group_noun_is_no_name() -> None:
    """`Pilots say ...` at a sentence start is an unnamed group; `Rogers says ...` stays a name."""
    text = "The quay flooded again. Pilots say the channel is silting up. Rogers says it is not."
    sps = _resolve(text, "Pilots", "Rogers")
    assert sps[0].name is None
    assert sps[1].name == "Rogers"


def test_fragment_span_reads_on_to_its_head() -> None:
    """`said [a senior Velm] adviser`: the role and anonymity come from the whole phrase."""
    text = '"The quay is safe," said a senior Velm adviser. "Trust us."'
    [sp] = _resolve(text, "a senior Velm")
    assert sp.anonymous and sp.role == "senior Velm adviser" and sp.name is None


def test_sentence_opening_common_word_is_no_name() -> None:
    """`[Small] groups of protesters said` is no person named Small: the text writes `small` in lowercase too."""
    text = "The small port was quiet. Small groups of protesters said the quay was unsafe."
    [sp] = _resolve(text, "Small")
    assert sp.name is None and sp.anonymous and sp.role == "Small groups of protesters"


def test_last_part_of_a_coordinated_definite_description_is_definite() -> None:
    """`The former pilot and [Velm senator] said`: a known person, not an anonymous one."""
    text = "The quay flooded. The former pilot and Velm senator said the pumps had failed."
    [sp] = _resolve(text, "Velm senator")
    assert not sp.anonymous


def test_pronoun_in_which_clause_is_the_possessor() -> None:
    """`Mr. Verhoeven's radio interview, in which he said`: he is Verhoeven, not the previous speaker."""
    text = (
        "Mr. Pavel Dalgaard spoke first. "
        "Critics seized on Mr. Tomas Verhoeven's radio interview, in which he said the boats were late."
    )
    sps = _resolve(text, "Mr. Pavel Dalgaard", "he")
    assert sps[1].name == "Tomas Verhoeven" and sps[1].sieve == "pronoun_possessor"


def test_title_in_the_writers_part_of_mixed_content_introduces_the_person() -> None:
    """`urged Mayor Tomas Verhoeven to "act now"`: a title outside the quote marks of mixed content is narration."""
    text = ('Councillor Lena Markovic urged Mayor Tomas Verhoeven to "act now" on the silted harbour.\n\n'
            "This week, the mayor declined to dredge it.")
    content = text.index("Mayor Tomas"), text.index(" on the silted") + len(" on the silted harbour")
    mayor = text.index("the mayor")
    cands = [
        Candidate((content,), "mixed", (0, len("Councillor Lena Markovic")), None, "test"),
        Candidate(((mayor + 10, len(text) - 1),), "indirect", (mayor, mayor + 9), None, "test"),
    ]
    sp = resolve(text, cands, Lexicon.default())[1]
    assert sp is not None and sp.name == "Tomas Verhoeven" and not sp.anonymous


def test_deputy_office_is_another_office() -> None:
    """`the mayor` is not the person named `Deputy Mayor`; `the deputy mayor` is."""
    text = "Deputy Mayor Tomas Verhoeven opened the port. The mayor said the quay was safe."
    assert _resolve(text, "Tomas Verhoeven", "The mayor")[1].name is None
    text = "Deputy Mayor Tomas Verhoeven opened the port. The deputy mayor said the quay was safe."
    assert _resolve(text, "Tomas Verhoeven", "The deputy mayor")[1].name == "Tomas Verhoeven"


def test_opening_adjective_of_a_group_is_no_name() -> None:
    """`[Weary] groups of residents marched`: a span cut to its opening word reads on to the group, anonymous."""
    text = "The quay stayed shut.\n\nWeary groups of residents kept marching along the quay, chanting for answers."
    [sp] = _resolve(text, "Weary")
    assert sp.name is None and sp.anonymous and sp.type == "people"


def test_opening_surname_stays_a_name() -> None:
    """A lone opening surname that the text names in full elsewhere stays that person."""
    text = "Lena Markovic runs the port.\n\nMarkovic kept residents informed, she said."
    sps = _resolve(text, "Lena Markovic", "Markovic")
    assert sps[1].name == "Lena Markovic"


def test_unresolved_they_after_organisations_is_not_anonymous() -> None:
    """`Nine port agencies are suing. They argue`: a plural organisation subject before is no unnamed people."""
    text = "Nine port agencies are suing the ministry over the levy.\n\nThey argue that the levy breaks the charter."
    [sp] = _resolve(text, "They")
    assert sp.name is None and not sp.anonymous and sp.type == "organization"


def test_unresolved_they_after_people_stays_anonymous() -> None:
    """`Weary residents gathered. They argue`: an unnamed group before leaves `They` anonymous people."""
    text = "Weary residents gathered on the quay at dawn.\n\nThey argue that the levy breaks the charter."
    [sp] = _resolve(text, "They")
    assert sp.name is None and sp.anonymous and sp.type == "people"


def test_they_inside_the_organisations_own_paragraph_is_not_anonymous() -> None:
    """`Harbour unions say ... What is more, they note`: the subject in the pronoun's own paragraph counts."""
    text = (
        "The ferry line has cut two crossings this winter.\n\n"
        "Harbour unions say the cuts leave island workers stranded. "
        "What is more, they note, the company has not consulted them."
    )
    sps = _resolve(text, "Harbour unions", "they")
    assert sps[1].name is None and not sps[1].anonymous and sps[1].type == "organization"


def test_description_looks_back_a_bounded_stretch() -> None:
    """`the mayor` finds a mayor named within the look-back, not one named long before it."""
    filler = "\n\n" + "The fair was busy and the stalls were full of apples. " * 1000
    for gap, found in ((filler[:2000], True), (filler, False)):
        text = f"Mayor Ana Ruiz opened the fair.{gap}\n\nIt is late, the mayor said."
        [sp] = _resolve(text, "the mayor")
        assert (sp.name == "Ana Ruiz") is found


def test_transcript_label_resolves_to_the_person_named_in_full() -> None:
    """An upper-case transcript label is the person the article named, not an organisation."""
    import quotekit

    text = (
        "Mayor Ines Valdoro took questions at the harbour office on Friday.\n\n"
        "HOST: Will the ferry fares go up?\n\n"
        "VALDORO: The fares stay where they are until the spring.\n\n"
        "UNESCO: The site keeps its status for now.\n"
    )
    got = {d["speaker"]: d for d in (q.to_dict() for q in quotekit.extract(text))}
    assert got["VALDORO"]["speaker_name"] == "Ines Valdoro"
    assert got["VALDORO"]["role"] == "Mayor"
    assert got["UNESCO"]["speaker_name"] == "UNESCO"
