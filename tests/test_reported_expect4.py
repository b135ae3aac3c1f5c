"""Expected outcomes (`is expected to win`) report an unnamed forecast; scheduled events do not."""

from __future__ import annotations

from reported_view import quotes


def test_expected_outcome_reads_like_seems() -> None:
    """`is expected to sign X` gives the subject and the infinitive, no speaker."""
    text = "The harbour board is expected to sign the ferry contract."
    assert quotes(text) == [("The harbour board | to sign the ferry contract", None, "seems")]


def test_expected_outcome_after_also() -> None:
    """An adverb before `expected` keeps an outcome a forecast."""
    text = "Dorn is also expected to win the coastal district."
    assert quotes(text) == [("Dorn | to win the coastal district", None, "seems")]


def test_expected_outcome_in_a_relative_clause() -> None:
    """The relative pronoun is the subject of the forecast, as the corpus marks it."""
    text = "The levy, which is expected to raise four million crowns, passed on Friday."
    assert ("which | to raise four million crowns", None, "seems") in quotes(text)


def test_scheduled_meeting_is_the_writers_agenda() -> None:
    """`is also expected to meet X in Y` reports nothing."""
    assert quotes("While in Tarvik, Holm is also expected to meet her Latvian counterpart, Ivo Berg, in Riga.") == []


def test_scheduled_attendance_is_the_writers_agenda() -> None:
    """`are expected to attend` and `to speak at` are events on the writer's calendar."""
    assert quotes("Some 4,000 islanders are expected to attend the ferry gala.") == []
    assert quotes("Both candidates are expected to speak at the harbour forum on Monday.") == []


def test_scheduled_start_is_the_writers_agenda() -> None:
    """`is expected to begin` (a trial, a session) is a schedule, not a forecast."""
    assert quotes("The pier trial is expected to begin in March.") == []


def test_hedged_scheduled_event_still_reports() -> None:
    """A hedge (`not`) makes even a scheduled event a forecast, as before."""
    text = "The mayor is not expected to attend the ferry gala."
    assert quotes(text) == [("The mayor | to attend the ferry gala", None, "seems")]


def test_modal_adjective_reads_like_seems() -> None:
    """`appeared ready to sign X` gives the subject and the predicate, no speaker."""
    text = "The harbour board appeared ready to sign the ferry contract, despite the cost."
    assert quotes(text) == [("The harbour board | ready to sign the ferry contract", None, "seems")]


def test_modal_adjective_with_on() -> None:
    """`seem intent on` looks ahead like `seem ready to`."""
    text = "Both parties seem intent on delaying the levy."
    assert quotes(text) == [("Both parties | intent on delaying the levy", None, "seems")]


def test_bare_mood_stays_out() -> None:
    """`seemed eager to` is a mood, not a forecast: nothing is reported."""
    assert quotes("Holm seemed eager to leave the harbour.") == []


def test_modal_adjective_before_a_that_clause_leaves_it_to_the_cue() -> None:
    """`seemed ready to say that ...` reports the clause, with the subject as speaker."""
    text = "The judges seemed ready to say that the levy breaks the charter."
    assert quotes(text) == [("that the levy breaks the charter", "The judges", "to_cue_that")]


def test_seems_runs_on_over_a_participle() -> None:
    """The infinitive of `seemed to` keeps a participle after its comma."""
    text = "The court seemed to settle the case, ending the long dispute over fares."
    assert quotes(text) == [("The court | to settle the case, ending the long dispute over fares", None, "seems")]


def test_seems_still_ends_at_despite() -> None:
    """A comma before `despite` still ends the infinitive."""
    text = "The crew seemed to enjoy the storm, despite the warnings."
    assert quotes(text) == [("The crew | to enjoy the storm", None, "seems")]


def test_expected_cue_is_part_of_the_forecast() -> None:
    """`is expected to endorse X` is a forecast: subject and infinitive, no speaker."""
    text = "The Harbour Gazette is expected to endorse Mira Holt."
    assert quotes(text) == [("The Harbour Gazette | to endorse Mira Holt", None, "seems")]


def test_raised_subject_before_an_aside() -> None:
    """A subject before a relative aside is the forecast's subject, without the aside."""
    text = "The port board, which has held fares flat since May, is expected to raise them."
    assert quotes(text) == [("The port board | to raise them", None, "seems")]


def test_aside_naming_an_earlier_noun_gives_no_subject() -> None:
    """An aside that opens with a name is an apposition: no subject is taken from before it."""
    text = "The vote came as a rival who never backed Dorn, Ada Holm of Tarvik, appeared poised to yield."
    assert all(q[2] != "seems" for q in quotes(text))
