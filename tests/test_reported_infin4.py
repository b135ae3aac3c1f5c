"""Where a report that is a `to`-infinitive ends (infin4, issue #6): before the writer's
own clause after it. Invented sentences only."""

from __future__ import annotations

from reported_view import quotes


def _contents(text: str) -> list[str]:
    return [content for content, _speaker, _rule in quotes(text)]


def test_participle_after_comma_ends_infinitive() -> None:
    """A comma and a participle end an infinitive report."""
    assert _contents("The mayor vowed to open three new clinics, focusing on the poorest districts.") == [
        "to open three new clinics"
    ]


def test_including_does_not_end_infinitive() -> None:
    """`, including` goes on inside the infinitive report."""
    assert _contents("Tomas Ek vowed to fight the closure, including in court.") == [
        "to fight the closure, including in court"
    ]


def test_as_with_pronoun_ends_infinitive() -> None:
    """`as` + a subject pronoun opens the writer's time clause."""
    assert _contents("Mara Quist refused to sign the lease as she left the hall on Friday.") == ["to sign the lease"]


def test_so_ends_infinitive() -> None:
    """`so` + a clause of its own ends the infinitive report."""
    assert _contents("The trust agreed to release the grant so the builders could start in May.") == [
        "to release the grant"
    ]


def test_and_new_subject_ends_infinitive() -> None:
    """`, and` + a new subject with a finite verb ends the infinitive report."""
    text = "The harbor board agreed to lend the ferry company $2 million, and the dockers' union also stepped in with funds."
    assert _contents(text) == ["to lend the ferry company $2 million"]


def test_comma_finite_verb_ends_infinitive() -> None:
    """A comma and a finite auxiliary go back to the subject's own predicate."""
    assert _contents("A spokesman for the port, who declined to comment, was born in Tarrow and studied law.") == [
        "to comment"
    ]


def test_much_of_which_ends_infinitive() -> None:
    """`, much of which` is the writer's aside on the object."""
    text = "The council was eager to calm anger over the new tolls, much of which had built up over years."
    assert _contents(text) == ["to calm anger over the new tolls"]


def test_modal_of_the_sentence_ends_infinitive() -> None:
    """A modal right after an infinitive in the subject is the sentence's own verb."""
    assert _contents("Residents who want to keep the old pier could face higher fees next year.") == [
        "to keep the old pier"
    ]


def test_modal_with_its_own_subject_does_not_end_infinitive() -> None:
    """A modal whose subject is inside the report (`a delay that could ...`) is no end."""
    assert _contents("Ivo Brandt hopes to avoid any delay that could hurt the harvest.") == [
        "to avoid any delay that could hurt the harvest"
    ]


def test_bare_second_verb_stays_in_infinitive() -> None:
    """`to X and Y` with a bare second verb is one report."""
    assert _contents("Lena Varga promised to hire more teachers and cut class sizes.") == [
        "to hire more teachers and cut class sizes"
    ]


def test_comma_splice_after_fronted_clause_ends_infinitive() -> None:
    """A new subject and a modal after a comma is the main clause after a fronted one."""
    text = "While the dockers planned to march on the harbor office, several shops will close early."
    assert _contents(text) == ["to march on the harbor office"]


def test_and_pronoun_verb_ends_infinitive() -> None:
    """`and` + a subject pronoun and a past verb opens a clause of its own."""
    assert _contents("The mayor decided not to run again and she endorsed her deputy instead.")[0] == "not to run again"


def test_and_contracted_pronoun_ends_infinitive() -> None:
    """`, and she's ...` opens a clause of its own after an infinitive report."""
    assert _contents("Mayor Ek agreed to pay for the buses tonight, and she's even paying for lunch.") == [
        "to pay for the buses tonight"
    ]


def test_modal_after_coordinated_object_ends_infinitive() -> None:
    """`and` joining two objects gives the later modal no subject of its own."""
    text = "Farmers who hoped to keep the mill and the dairy open will instead face a long winter."
    assert _contents(text) == ["to keep the mill and the dairy open"]


def test_something_is_no_participle() -> None:
    """`, something ...` is a noun, not a participle: the report is not cut there."""
    assert _contents("The mayor vowed to fix the roads, something her rival never managed.") == [
        "to fix the roads, something her rival never managed"
    ]
