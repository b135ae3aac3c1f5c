"""Content ends of short noun-phrase objects before the writer's adjunct (objects4, issue #6)."""

from __future__ import annotations

from reported_view import quotes


def test_object_ends_before_time_clause() -> None:
    """A short object ends before a `before` clause: the vote is the writer's setting."""
    assert quotes("Mayor Ilse Brandt blamed the port officials before the vote.") == [
        ("the port officials", "Mayor Ilse Brandt", "SVC")
    ]


def test_object_ends_before_year() -> None:
    """A short object ends before a year: `endorsed tidal power in 2019` gives `tidal power`."""
    assert quotes("The harbour guild endorsed tidal power in 2019.") == [("tidal power", "The harbour guild", "SVC")]


def test_object_ends_before_during() -> None:
    """A short object ends before `during`: the occasion is not what was praised."""
    assert quotes("Olaf Brenner praised their help during the floods.") == [("their help", "Olaf Brenner", "SVC")]


def test_object_ends_before_weekday() -> None:
    """A common-noun object ends before a weekday, as a name object does."""
    assert quotes("The ferry board reported no delays late Monday.") == [("no delays", "The ferry board", "SVC")]


def test_object_ends_before_as_and_subject() -> None:
    """`as` and a subject opens the writer's clause; `as` alone would be the cue's complement."""
    assert quotes("Greta Lund condemned the blockade as the fishermen gathered outside.") == [
        ("the blockade", "Greta Lund", "SVC")
    ]
    assert quotes("Greta Lund described the blockade as a disgrace.")[0][0] == "the blockade as a disgrace"


def test_clause_is_not_cut() -> None:
    """A clause keeps its adjunct: `said the quay would reopen during the summer` is all reported."""
    assert quotes("The port engineer said the quay would reopen during the summer.") == [
        ("the quay would reopen during the summer", "The port engineer", "SVC")
    ]


def test_object_with_complement_after_adjunct_is_not_cut() -> None:
    """A complement after the adjunct keeps it inside: `praised the levy last year for its fairness`."""
    assert quotes("Ada Rennick praised the levy last year for its fairness.")[0][0] == (
        "the levy last year for its fairness"
    )


def test_long_object_is_not_cut() -> None:
    """An object of more than four words keeps its adjunct (the corpus marks it either way)."""
    assert quotes("Ada Rennick praised the new tidal barrier at Selby during the storm.")[0][0] == (
        "the new tidal barrier at Selby during the storm"
    )


def test_participle_object_ends_before_second_participle() -> None:
    """After a participle cue, `and` + a second participle is the speaker's next act, reported on its own."""
    got = quotes("Ivo Marsh toured the docks, praising the new cranes and criticizing the port board.")
    assert [c for c, _, _ in got] == ["the new cranes", "the port board"]


def test_gerund_list_in_object_is_not_cut() -> None:
    """A gerund inside the object makes the second one its list's next item: `blaming Roe for raising rents and cutting jobs`."""
    got = quotes("Ivo Marsh spoke for an hour, blaming the board for raising fees and closing the pier.")
    assert got[0][0] == "the board for raising fees and closing the pier"


def test_participle_cue_with_particle_reports() -> None:
    """A participle cue with its particle (`calling for`) reports as `noting` does, by the participle rule."""
    got = quotes("Ada Roe toured the docks on Monday, calling for a new ferry to Selby.")
    assert [(c, r) for c, _, r in got] == [("a new ferry to Selby", "participle")]


def test_last_relative_clause_is_the_writers() -> None:
    """A `, who ...` clause about the report's last noun that runs to the end is the writer's gloss."""
    assert quotes("The pollster predicted a narrow win for Ada Roe, who leads in the coastal towns.") == [
        ("a narrow win for Ada Roe", "The pollster", "SVC")
    ]


def test_relative_clause_inside_the_report_is_kept() -> None:
    """A relative clause closed by a comma, with the report going on after it, stays inside."""
    got = quotes("The pollster said voters backed Ada Roe, who leads in the coastal towns, and her deputy.")
    assert got[0][0] == "voters backed Ada Roe, who leads in the coastal towns, and her deputy"
