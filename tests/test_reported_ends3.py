"""Where a reported content ends (ends3, issue #6): one invented case per class of end fixed.

Each case names the class of boundary where the corpus ends a report and quotekit used to
run past it (or stop before it).
"""

from __future__ import annotations

from reported_view import quotes


def test_report_ending_its_paragraph_keeps_out_the_next_quote_paragraph() -> None:
    """A report that ends its paragraph with a full stop does not run into the quote paragraph after it."""
    text = (
        "The harbour engineer said the new pier was safe for the winter.\n\n"
        '"We checked every beam twice and found nothing wrong with it."\n\n'
        "The ferry resumes on Monday."
    )
    assert quotes(text)[0] == ("the new pier was safe for the winter", "The harbour engineer", "SVC")


def test_report_runs_into_a_quote_in_its_own_paragraph() -> None:
    """A quotation right after the report in the same paragraph still continues it."""
    text = 'The harbour engineer said the new pier was safe for the winter. "We checked every beam twice."'
    assert quotes(text)[0][0].endswith("We checked every beam twice")


def test_report_ends_before_the_writers_comment_on_its_effect() -> None:
    """A participle that comments on what the reported act did (`, forcing ...`) is the writer's."""
    text = "The port board declared that the north quay would close in March, forcing the ferries to dock at Selby."
    assert quotes(text)[0][0] == "that the north quay would close in March"


def test_stance_object_ends_before_the_subjects_second_predicate() -> None:
    """A stance cue's object ends where `and`/`but` and a past verb start the subject's next predicate."""
    assert quotes("Mayor Ilse Varga praised the harbour crews but voted against their pay rise.")[0][0] == "the harbour crews"


def test_stance_object_keeps_a_relative_clause_with_two_verbs() -> None:
    """A verb inside the object's own relative clause does not end it."""
    text = "Mayor Ilse Varga praised the crews who stayed and repaired the pier."
    assert quotes(text)[0][0] == "the crews who stayed and repaired the pier"


def test_base_verb_after_and_continues_the_clause_after_a_modal() -> None:
    """A cue in the base form after `and` shares the clause's modal: it is the clause's verb, not a new report."""
    text = "Ms. Varga said she would meet the harbour board and urge it to keep the ferry running."
    assert quotes(text) == [
        ("she would meet the harbour board and urge it to keep the ferry running", "Ms. Varga", "SVC")
    ]


def test_past_verb_after_and_is_still_the_speakers_second_report() -> None:
    """The speaker's own second predicate keeps its tense and still opens a report of its own."""
    text = "Ms. Varga said she would meet the harbour board and urged it to keep the ferry running."
    assert [q[0] for q in quotes(text)] == ["she would meet the harbour board", "it to keep the ferry running"]


def test_stance_object_runs_on_past_an_alternative_after_a_comma() -> None:
    """`, or` offers another item of the object, not a new clause: the object runs on past it."""
    text = "The harbour board questioned whether the pier could be saved, or whether it should be torn down."
    assert quotes(text)[0][0] == "whether the pier could be saved, or whether it should be torn down"


def test_stance_object_runs_on_to_its_that_clause_after_a_comma() -> None:
    """A `that` clause after a comma spells out the object's noun: the object runs on past the comma."""
    text = "The dock union denounced the rumours about the ferry company, that the pier would close."
    assert quotes(text)[0][0] == "the rumours about the ferry company, that the pier would close"


def test_quote_after_the_sentence_end_does_not_keep_the_clause_whole() -> None:
    """A quotation that opens the next sentence does not stop the end rules of the clause before it."""
    text = 'Ann Holm endorsed Piet Vermaak on Monday. "It is a coup for the island," Holm said.'
    assert quotes(text)[0] == ("Piet Vermaak", "Ann Holm", "SVC")


def test_person_object_ends_before_an_adverb_of_place_or_manner() -> None:
    """A person as the whole object ends before `here`, `again`, `directly`, `publicly`, ..."""
    assert quotes("The ferry union endorsed Lena Varga here on Tuesday.")[0][0] == "Lena Varga"


def test_stance_object_runs_on_past_an_adverbial_aside() -> None:
    """An adverbial aside between commas (`, among other things,`) does not end the object."""
    text = "The dock union blamed the port board, at least in part, for the winter delays."
    assert quotes(text)[0][0] == "the port board, at least in part, for the winter delays"


def test_stance_object_runs_on_past_as_well_as() -> None:
    """`, as well as` adds another item to the object, like `, or`."""
    text = "Ms. Lind thanked her crew, as well as the harbour master and his staff."
    assert quotes(text)[0][0] == "her crew, as well as the harbour master and his staff"


def test_report_ends_with_its_quotation_before_and_and_a_past_verb() -> None:
    """`"..." and cast doubt on ...` after a quotation is the speaker's next predicate, not the report."""
    text = 'Ms. Holm said the pier was "the best on the coast" and questioned the new fee.'
    assert quotes(text)[0][0] == 'the pier was "the best on the coast'
