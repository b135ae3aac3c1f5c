"""Layouts around the commonest cues (`said`, `says`, `told`; issue #6, layout4).

One invented case per class of sentence layout that used to defeat the reported-speech
rules: where the speaker walk stopped too early, where the listener of `told` ended too
soon, or where the clause start or end was misplaced.
"""

from __future__ import annotations

from reported_view import quotes


def test_second_clause_before_an_inverted_cue() -> None:
    """A comma followed by `but` opens a second clause, so `A, but B, said X` is inverted."""
    text = "The mill is hanging on, but it is losing money, said the plant's manager, Tova Lind."
    assert ("The mill is hanging on, but it is losing money", "the plant's manager", "CVS") in quotes(text)


def test_apposition_before_the_cue_is_still_no_inversion() -> None:
    """`Name, an apposition, said CLAUSE` keeps its forward report."""
    text = "Tova Lind, the plant's manager, said the mill was losing money."
    assert quotes(text) == [("the mill was losing money", "Tova Lind", "S_appos_VC")]


def test_place_adverb_between_speaker_and_cue() -> None:
    """`here`/`there` before the cue is no speaker: the walk goes on to the noun."""
    assert quotes("Her campaign workers here said they had canvassed every town.") == [
        ("they had canvassed every town", "Her campaign workers", "SVC")
    ]
    assert quotes("Polls there show the mayor is ahead.") == [("the mayor is ahead", "Polls", "SVC")]


def test_source_close_to_a_pronoun() -> None:
    """`a source close to him` is one speaker, in either order."""
    assert quotes("Rudd will rethink his approach, a source close to him said.") == [
        ("Rudd will rethink his approach", "a source close to him", "CSV")
    ]
    assert quotes("A source close to Ilves said Rudd will rethink his approach.") == [
        ("Rudd will rethink his approach", "A source close to Ilves", "SVC")
    ]


def test_listener_named_with_and() -> None:
    """A listener named with `and` (`The Herald and Courier`) runs on to the `that`."""
    text = "Dole told The Herald and Courier on Saturday that he voted for Marn."
    assert quotes(text) == [("that he voted for Marn", "Dole", "SVC")]


def test_plural_listener_without_that() -> None:
    """`told aides` / `told his advisers` is the listener, not part of the report."""
    assert quotes("Dole told aides on Monday he would run again.") == [("he would run again", "Dole", "SVC")]
    assert quotes("Dole told his advisers he would run again.") == [("he would run again", "Dole", "SVC")]


def test_rough_count_opens_the_clause() -> None:
    """`said about half of ...` reports a clause, not an occasion."""
    text = "The budget office said about half of the increase reflected lost revenue."
    assert quotes(text) == [("about half of the increase reflected lost revenue", "The budget office", "SVC")]


def test_topic_after_about_is_still_no_clause() -> None:
    """`said about the plan` without a number still reports nothing."""
    assert quotes("The mayor said little about the plan at the fair.") == []
    assert quotes("The mayor said about the plan at the fair.") == []


def test_bare_answer_is_the_whole_report() -> None:
    """A bare `yes` or `no` after the cue is the report, not the rest of the sentence."""
    text = "Asked about the levy, 71 percent of Greens said yes, but most farmers disagreed."
    assert ("yes", "71 percent of Greens", "SVC") in quotes(text)
    assert ("yes, yes, yes", "Ada", "SVC") in quotes("Ada said yes, yes, yes, over and over again.")


def test_no_one_is_no_answer() -> None:
    """`said no one ...` is a clause, not an answer."""
    assert quotes("He said no one would come to the fair.") == [("no one would come to the fair", "He", "SVC")]


def test_inverted_parenthetical_keeps_the_predicate() -> None:
    """`A, said X, an apposition, would B` reports A and B."""
    text = "Any fair reading of the deal, said Ivo Marsh, an expert on trade, would see it as a retreat."
    assert quotes(text) == [("Any fair reading of the deal | would see it as a retreat", "Ivo Marsh", "parenthetical")]


def test_inverted_speaker_with_relative_stays_csv() -> None:
    """`A, said X, who ...` is no parenthetical: the relative is the speaker's."""
    assert quotes("The plan is dead, said Doyle, who runs the port.") == [("The plan is dead", "Doyle", "CVS")]


def test_listener_with_a_head_before_its_noun() -> None:
    """`told a Senate panel Wednesday.` after a clause is CSV, the panel its listener."""
    text = "The plan covers a special force, Defense Secretary Al Morn told a Senate panel Wednesday."
    assert quotes(text) == [("The plan covers a special force", "Defense Secretary Al Morn", "CSV")]


def test_opening_adverbial_before_an_inverted_cue() -> None:
    """`In Varna, the plant is failing, said X` is inverted: the adverbial is no name."""
    text = "In nearby Varna, the plant is failing, said the company's chief executive, Tom Ladd."
    assert quotes(text) == [("In nearby Varna, the plant is failing", "the company's chief executive", "CVS")]


def test_opening_adverbial_then_name_and_apposition() -> None:
    """`In an interview, Name, an apposition, said CLAUSE` still reports forward."""
    text = "In an interview, Sten Hull, a former sales chief, said Farina was involved in the talks."
    assert quotes(text) == [("Farina was involved in the talks", "Sten Hull", "S_appos_VC")]


def test_two_speakers_joined_by_and() -> None:
    """`teachers and union officials told`, `she and another reporter said`: both are the speaker."""
    assert quotes("The plan is dead, teachers and union officials told the Gazette.") == [
        ("The plan is dead", "teachers and union officials", "CSV")
    ]
    text = "On Tuesday, the manager grabbed the arm of a reporter, she and another reporter said."
    assert quotes(text) == [("On Tuesday, the manager grabbed the arm of a reporter", "she and another reporter", "CSV")]


def test_clause_then_and_speaker_stays_one_speaker() -> None:
    """`The storm passed and officials said`: the first clause is no speaker."""
    assert quotes("The storm passed and officials said the road was open.") == [("the road was open", "officials", "SVC")]


def test_inverted_plural_say() -> None:
    """`CLAUSE, say some farmers` is inverted like `said`."""
    text = "A calmer mayor may not be such a bad thing, say some farmers, who recall the last flood."
    assert ("A calmer mayor may not be such a bad thing", "some farmers", "CVS") in quotes(text)
    text = "Part of the problem, say experts like Ole Brun, a Danish geologist, is the soil itself."
    assert quotes(text) == [("Part of the problem | is the soil itself", "experts like Ole Brun", "parenthetical")]


def test_inverted_name_then_occasion() -> None:
    """`..., said Ed Varn on Friday.`: the name ends before its occasion, the report is CVS."""
    text = "The fund is $9 million short, said former Ohio governor Ed Varn on Friday."
    assert quotes(text) == [("The fund is $9 million short", "former Ohio governor Ed Varn", "CVS")]
    text = "Even Peru has more pull through its films, says political scientist Olan Bek in Lima."
    assert quotes(text) == [("Even Peru has more pull through its films", "political scientist Olan Bek", "CVS")]


def test_parenthetical_then_by() -> None:
    """`A, X said, by B`: a passive's agent or a means is the report's second part."""
    assert quotes("The argument would be aided, Devine said, by the coming calendar.") == [
        ("The argument would be aided | by the coming calendar", "Devine", "parenthetical")
    ]
    text = "The ferry lines have been blocking the plan, he said, by creating a false alarm over costs."
    assert quotes(text) == [("The ferry lines have been blocking the plan | by creating a false alarm over costs", "he", "parenthetical")]


def test_parenthetical_then_by_a_measure_is_nothing() -> None:
    """`The ferry was late, he said, by ten minutes.` gives no parenthetical."""
    assert quotes("The ferry was late, he said, by ten minutes.") == []


def test_fronted_clause_closed_by_a_bare_plural() -> None:
    """`When officials said X, drivers rushed in`: the fronted clause ends at its comma."""
    assert quotes("When officials said the road was open, drivers rushed in.") == [("the road was open", "officials", "SVC")]


def test_relative_frame_before_the_main_clause() -> None:
    """`In a year in which most voters say X, even some allies ...`: the report ends at the comma."""
    text = "And in a year in which a majority of voters say they distrust Ms. Dale, even some allies left the fund."
    assert ("they distrust Ms. Dale", "a majority of voters", "SVC") in quotes(text)


def test_forward_said_then_comma_cue_is_no_inversion() -> None:
    """After `Kiel said A, B,` a later `wrote` is no inverted attribution of the clause before."""
    text = "Speaking on a radio show last week, Kiel said his band and producer Ed Burt, aka Red Mouse, wrote a host of new songs."
    assert ("his band and producer Ed Burt, aka Red Mouse", "Kiel", "SVC") in quotes(text)
    assert all(q[2] != "CVS" for q in quotes(text))
