"""Where a reported clause starts, round 4 (issue #6): one invented case per class."""

from __future__ import annotations

import quotekit

from reported_view import quotes


def test_gap_relative_reports_pronoun_and_clause() -> None:
    """An object relative whose clause lacks a subject reports the pronoun and the clause, up to the main predicate."""
    text = "The harbour levy, which dock workers say is far too high, will stay until May."
    assert quotes(text) == [("which | is far too high", "dock workers", "SVC")]


def test_gap_relative_keeps_a_list_after_its_comma() -> None:
    """A comma that opens a list, not the sentence's own predicate, stays inside the clause."""
    text = "The port adapted to what the captain said is growing demand for cabins, bunks and galleys."
    assert quotes(text) == [("what | is growing demand for cabins, bunks and galleys", "the captain", "SVC")]


def test_cleft_what_is_no_relative() -> None:
    """A capitalised `What we know is ...` is the writer's cleft: no pronoun span is added."""
    assert not any(c.startswith("What |") for c, _, _ in quotes("What we know is that the ferry will run."))


def test_owned_noun_before_copula_reports_its_that_clause() -> None:
    """`X's answer was that ...` reports the `that` clause with the owner as speaker, like `X's claim that ...`."""
    text = "The harbour master's answer was that the ferry would keep running through the winter."
    assert quotes(text) == [("that the ferry would keep running through the winter", "The harbour master's", "noun_that")]


def test_parenthetical_after_a_quotation_inside_the_clause() -> None:
    """`X "...," he said, REST` with the quotation opening mid-clause is one report in two parts."""
    text = 'Those who read the "harbour gossip pages," he said, end up in a debate that goes nowhere.'
    assert quotes(text) == [('Those who read the "harbour gossip pages," | end up in a debate that goes nowhere', "he", "parenthetical")]


def test_participle_after_quoted_attribution_is_not_the_rest() -> None:
    """A participle after the attribution (`, again using ...`) is the writer's: no parenthetical is built."""
    text = 'When a fan shouted "Brede," the host joked, again using a drawl, that the pier was his.'
    assert all(rule != "parenthetical" for _, _, rule in quotes(text))


def test_her_before_a_noun_is_part_of_the_speaker() -> None:
    """`her aides said` is one speaker phrase, so a parenthetical attribution with it is read as one."""
    text = "She was not surprised that the ferry vote failed, her aides said Friday, because she knows the anger."
    assert quotes(text) == [("She was not surprised that the ferry vote failed | because she knows the anger", "her aides", "parenthetical")]


def test_two_plural_nouns_joined_by_and_are_one_speaker() -> None:
    """`dock workers and skippers say` is one speaker, so the attribution between commas is a parenthetical."""
    text = "The source of the trouble at the pier, dock workers and skippers say, is the new levy."
    assert quotes(text) == [("The source of the trouble at the pier | is the new levy", "dock workers and skippers", "parenthetical")]


def test_outlet_reports_is_a_cue() -> None:
    """`The Gazette reports CLAUSE` reports the whole clause, so an inner cue no longer starts the report late."""
    text = "The Harbour Gazette reports Ada Roe will endorse the ferry plan."
    assert quotes(text) == [("Ada Roe will endorse the ferry plan", "The Harbour Gazette", "SVC")]


def test_reports_as_a_noun_is_no_cue() -> None:
    """`news reports`, `reports show` keep `reports` a noun: no report is headed by it."""
    assert quotes("Local news reports put the crowd at two thousand.") == []
    assert quotes("New fundraising reports show the harbour fund is nearly empty.") == [("the harbour fund is nearly empty", "New fundraising reports", "SVC")]


def test_contracted_subject_after_while_is_the_speaker() -> None:
    """`While he's said ...` opens a clause whose subject pronoun is the speaker, so the outer report is kept."""
    text = "While he's said he believes the pier is safe, the council disagrees."
    assert quotes(text)[0] == ("he believes the pier is safe", "he", "SVC")


def test_present_verb_after_and_stays_in_a_past_report() -> None:
    """In `X said the guild is neutral and supports both crews`, the present-tense verb is the clause's own: one report."""
    text = "Ada Roe said the harbour guild is neutral and supports both ferry crews."
    assert quotes(text) == [("the harbour guild is neutral and supports both ferry crews", "Ada Roe", "SVC")]


def test_past_verb_after_and_is_the_speakers_next_cue() -> None:
    """`X said A and praised B` keeps two reports: a past-tense verb after `and` is the speaker's own."""
    text = "Ada Roe said the harbour guild was neutral and praised both ferry crews."
    assert [c for c, _, _ in quotes(text)] == ["the harbour guild was neutral", "both ferry crews"]


def test_past_verb_after_and_stays_in_a_present_report() -> None:
    """In `X says he called Lee and asked ...`, the past verb after `and` belongs to the reported clause."""
    text = "Ada Roe says she called the harbour master and asked him to delay the ferry."
    assert quotes(text) == [("she called the harbour master and asked him to delay the ferry", "Ada Roe", "SVC")]


def test_present_verb_after_and_stays_in_an_appositive_report() -> None:
    """The clause's own second predicate stays in an S_appos_VC report too."""
    text = "Ada Roe, the guild's president, said the guild is neutral and supports both ferry crews."
    assert quotes(text) == [("the guild is neutral and supports both ferry crews", "Ada Roe", "S_appos_VC")]


def test_second_infinitive_after_and_stays_in_the_report() -> None:
    """A base form after `and` continues the clause's infinitive or modal: `he'd sit X down and tell him ...` is one report."""
    text = "Ada Roe says she'd sit the harbour master down and tell him to delay the ferry."
    assert quotes(text) == [("she'd sit the harbour master down and tell him to delay the ferry", "Ada Roe", "SVC")]


def test_adverb_before_a_participle_opens_the_object() -> None:
    """`discuss recently released figures`: the adverb modifies the object, so it is content, not the report's date."""
    text = "Ilse Marr went on to discuss recently released figures showing a rise in rents."
    (q,) = quotekit.extract(text)
    assert (q.text.rstrip("."), q.date) == ("recently released figures showing a rise in rents", None)
    (q,) = quotekit.extract("Ilse Marr said recently that rents would rise.")
    assert (q.text.rstrip("."), q.date) == ("that rents would rise", "recently")
