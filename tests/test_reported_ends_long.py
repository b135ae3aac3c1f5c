"""Forward reported content stops where the writer's own words take over (issue #6).

One invented sentence per class of stop that `_long_tail` and `_subordinate_end` know,
one per guard that keeps a stop from cutting a clause short, and the known misses as
strict xfails.
"""

from __future__ import annotations

import pytest

import quotekit

_EDGE = " \t\r\n\"“”'`.,;:!?—–-()"


def _contents(text: str) -> list[str]:
    """The content of every quote found in text, trimmed of edge punctuation."""
    return ["|".join(text[a:b].strip(_EDGE) for a, b in q.spans) for q in quotekit.extract(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a person object before a time or occasion adjunct
        ("The dockworkers' union endorsed Lena Varga on Tuesday.", "Lena Varga"),
        ("The harbor master criticized him during the council meeting.", "him"),
        # an appositive that runs to the end of the sentence
        ("The ferry company announced it would cut forty winter crossings, a decision that angered the islanders.", "it would cut forty winter crossings"),
        # ... or opens with `the` and is no list (no `and` follows)
        ("Mayor Ilse Dorn said she would not back Tomas Ek, the harbor board's own pick.", "she would not back Tomas Ek"),
        # a clause about a place
        ("Nora Pell said her brother had moved to Tarrow, where he runs a small bakery.", "her brother had moved to Tarrow"),
        # the writer's aside
        ("Investigators said the thief entered the depot at night, often by climbing the north fence.", "the thief entered the depot at night"),
        # a comparison
        ("Most residents said the harbor plan was sound, compared with a third of them last spring.", "the harbor plan was sound"),
        # the statement's occasion in mid-clause
        ("Mayor Ilse Dorn said the budget would balance in an interview with the Harbor Gazette on Friday.", "the budget would balance"),
    ],
)
def test_long_tail_stops_before_the_writers_words(text: str, content: str) -> None:
    """A quote-free forward clause ends before the adjunct or clause the speaker did not say."""
    assert _contents(text) == [content]


def test_fronted_subordinate_report_ends_at_its_comma() -> None:
    """A report inside a fronted `While ...` clause ends at the comma before the main clause."""
    assert _contents("While the council says the new plan works, the mayor wants a public vote.")[0] == "the new plan works"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the name is the subject of the reported clause, which goes on with a verb
        ("The clerk said Oren Falk in March was the only bidder.", "Oren Falk in March was the only bidder"),
        # the first comma closes a fronted adjunct, so `a boat` is the clause's subject
        ("The warden said that, if the river rose, a boat would fetch the campers.", "that, if the river rose, a boat would fetch the campers"),
        # the listener is no content: the clause after it is
        ("Ivo Brandt told Mara Quist on Monday that the bridge would open.", "that the bridge would open"),
        # `, the ... and ...` continues a list
        ("The report said the port needs new cranes, the dredging of its channel and more staff.", "the port needs new cranes, the dredging of its channel and more staff"),
    ],
)
def test_long_tail_keeps_what_was_said(text: str, content: str) -> None:
    """A stop that would cut the reported clause before its verb is not taken."""
    assert _contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        'The pilot said the storm was "a monster," a word she rarely uses.',
        'The pilot said the storm was a monster, a word she rarely uses: "Never again."',
    ],
)
def test_quoted_clause_is_left_to_the_quote_mark_rules(text: str) -> None:
    """A clause with a quotation in it or right after it keeps its end: the mixed track is untouched."""
    assert _contents(text)[0].endswith(("a word she rarely uses", "Never again"))


@pytest.mark.xfail(strict=True, reason="comma splice with a new subject and verb: no stop rule yet (too many fronted clauses look alike)")
def test_comma_splice_ends_the_report() -> None:
    """A new subject and verb after a comma starts the writer's clause."""
    assert _contents("Officials said the ferry was running late, it had trouble with its engine.") == ["the ferry was running late"]


@pytest.mark.xfail(strict=True, reason="`, and` + a new subject: the corpus keeps as many such clauses as it drops")
def test_coordinated_clause_with_its_own_subject_ends_the_report() -> None:
    """`, and NAME VERBed ...` is the writer's next event, not part of the report."""
    assert _contents("The board said the pension fund was empty, and Vera Holm resigned a week later.") == ["the pension fund was empty"]


def test_despite_adjunct_ends_the_report() -> None:
    """A concession after a short object is the writer's comment (objects4: `_np_object_end`)."""
    assert _contents("The teachers praised the new timetable despite its early start.") == ["the new timetable"]


@pytest.mark.parametrize("word", ["him", "her", "them", "it", "me", "us", "you", "Lena", "Mr. Roe", "zed", "they", "ÉLodie"])
def test_name_object_shortcut_agrees_with_the_pattern(word: str) -> None:
    """Skipping `_NAME_OBJECT` on a clause that opens with neither a capital nor an object pronoun never loses a match."""
    from quotekit._reported import _NAME_OBJECT, _OBJECT_PRONOUNS

    text = word + " on Monday"
    if _NAME_OBJECT.match(text):
        assert text[0].isupper() or text.startswith(_OBJECT_PRONOUNS)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ferry fares would rise by a fifth next spring, according to the harbor board, more than twice the rise of last year.", "Ferry fares would rise by a fifth next spring"),
        ("Ferry fares would rise by a fifth next spring, according to the harbor board, including the night crossing.", "Ferry fares would rise by a fifth next spring"),
        # a short opening still needs the verb after the source
        ("At the heart of the delay, according to the harbor board, was a broken crane.", "At the heart of the delay|was a broken crane"),
    ],
)
def test_according_to_after_drops_the_writers_aside(text: str, content: str) -> None:
    """After a whole clause and `, according to X,`, an aside (`including`, `more than`, `a ...`) is no part of the report."""
    assert _contents(text) == [content]


@pytest.mark.parametrize("clause", ['the dam "holds" well enough', "the dam ''holds'' well", "the dam ``holds'' well", "the dam “holds” well", "the dam holds, it's fine, they say", "the old dam holds up well enough"])
def test_quote_shortcut_agrees_with_the_pattern(clause: str) -> None:
    """`_long_tail` leaves a clause alone exactly when `_QUOTE_MARK` finds a mark in it."""
    from quotekit._reported import _QUOTE_MARK, _long_tail

    text = clause + ", a dam that is old."
    end = len(clause) + len(", a dam that is old.")
    assert (_long_tail(text, 0, end) == end) == bool(_QUOTE_MARK.search(text, 0, end))
