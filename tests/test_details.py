"""Tests of the details stage: datelines, statement dates and places (issue 5).

Every sentence here is invented. Most tests build the candidate by hand (content,
speaker and cue spans found with `str.index`) so they test this stage alone, whatever
the attribution stage finds; a few go through `quotekit.analyze`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import quotekit
from quotekit._attribution import Candidate
from quotekit._details import (
    NO_DATELINE,
    Dateline,
    Details,
    dateline,
    details,
    resolve_date,
    resolve_weekday,
)
from quotekit._text import Layout


def outside(text: str, part: str, content: tuple[int, int]) -> tuple[int, int]:
    """Return the span of the first `part` in `text` that is not inside `content`."""
    i = text.index(part)
    while content[0] <= i < content[1]:
        i = text.index(part, i + 1)
    return (i, i + len(part))


def one(text: str, content: str, speaker: str | None, cue: str | None,
        published: dt.date | None = None, dl: Dateline | None = None, kind: str = "direct") -> Details:
    """Run the stage on one hand-built candidate and return its details."""
    i = text.index(content)
    c_span = (i, i + len(content))
    cand = Candidate((c_span,), kind, outside(text, speaker, c_span) if speaker else None,
                     outside(text, cue, c_span) if cue else None, "test")
    layout = Layout.of(text)
    found = dateline(text, layout) if dl is None else dl
    [d] = details(text, layout, [cand], found, published)
    return d


# ---------------------------------------------------------------------------- datelines

@pytest.mark.parametrize(
    ("opening", "place", "date", "agency"),
    [
        ("Vilnius - The council met again.", "Vilnius", None, None),
        ("OSLO — The council met again.", "OSLO", None, None),
        ("SAN PEDRO (AP) — The council met again.", "SAN PEDRO", None, "AP"),
        ("LISBON, April 4 (Reuters) - The council met again.", "LISBON", "April 4", "Reuters"),
        ("Graz (dpa) - The council met again.", "Graz", None, "dpa"),
        ("DUNMORE, N.C. — The council met again.", "DUNMORE, N.C.", None, None),
        ("BAKER CITY, Ore., Sept. 9 (UPI) — The council met again.", "BAKER CITY, Ore.", "Sept. 9", "UPI"),
        ("LISBON, 4 April (Reuters) - The council met again.", "LISBON", "4 April", "Reuters"),
        ("ALTON -- The council met again.", "ALTON", None, None),
        ("Oct. 2 (Reuters) - The council met again.", None, "Oct. 2", "Reuters"),
    ],
)
def test_dateline_styles(opening: str, place: str | None, date: str | None, agency: str | None) -> None:
    """Wire and newspaper datelines give their place, date and agency as written."""
    text = "Council meets again.\n\n" + opening
    dl = dateline(text, Layout.of(text))
    assert (dl.place, dl.date, dl.agency) == (place, date, agency)
    assert dl.span is not None and text[dl.span[0] :].startswith(opening.split(" ")[0])


def test_dateline_after_headline_and_standfirst() -> None:
    """The dateline opens the first body paragraph, after a headline and a standfirst."""
    text = "Mayor wins again.\n\nA second term, and a bigger majority.\n\nTORVIK - The mayor won."
    assert dateline(text, Layout.of(text)).place == "TORVIK"


@pytest.mark.parametrize(
    "text",
    [
        "Poll shows tie.\n\nMira Lund — poet and activist — has been named to the board.",
        "EXCLUSIVE – Mira Lund: The Board Is Rigged.\n\nThe board met.",
        "Why the vote may still pass - with some help.\n\nThe board met.",
        "Board meets.\n\nThe board met on a long afternoon in a town with no name and no mayor, "
        "and nobody there had any idea what the agenda of the meeting would turn out to be, "
        "nor how long it would take, nor who would come, nor what anyone would say about it, "
        "nor whether anything would be decided before the evening came and the lights went out.\n\n"
        "OSLO - Later that week.",
    ],
)
def test_not_a_dateline(text: str) -> None:
    """Appositive dashes, kickers, headlines and paragraphs past the body start are no dateline."""
    assert dateline(text, Layout.of(text)).place is None


def test_closing_agency_credit_is_recognised() -> None:
    """A closing `(dpa)` is a credit span of the document, not text to attribute."""
    text = 'Graz - "We are ready," an aide said. (dpa)'
    dl = dateline(text, Layout.of(text))
    assert dl.place == "Graz"
    assert [text[a:b] for a, b in dl.credits] == ["(dpa)"]


def test_no_dateline_is_the_empty_value() -> None:
    """A text without a dateline gives NO_DATELINE."""
    text = "The board met.\n\nIt decided nothing."
    assert dateline(text, Layout.of(text)) == NO_DATELINE


# ---------------------------------------------------------------------------- dates

@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue", "date"),
    [
        ('"The dam holds," the engineer said Monday.', "The dam holds,", "the engineer", "said", "Monday"),
        ('"The dam holds," the engineer said on Thursday night.', "The dam holds,", "the engineer", "said",
         "Thursday night"),
        ("Speaking in Tarnow on February 20, the envoy said that talks would go on.",
         "talks would go on", "the envoy", "said", "February 20"),
        ("The envoy said in an interview last week that talks would go on.", "talks would go on",
         "The envoy", "said", "last week"),
        ("The envoy told reporters earlier this month that talks would go on.", "talks would go on",
         "The envoy", "told", "earlier this month"),
        ("In December, the envoy said that talks would go on.", "talks would go on", "the envoy", "said",
         "December"),
        ("The envoy said in December that talks would go on.", "talks would go on", "The envoy", "said",
         "December"),
        ("The envoy on Tuesday said that talks would go on.", "talks would go on", "The envoy", "said",
         "Tuesday"),
        ("Earlier Wednesday, the envoy said that talks would go on.", "talks would go on", "the envoy",
         "said", "Earlier Wednesday"),
        ("A 2019 study by the institute found that rents rose.", "rents rose",
         "A 2019 study by the institute", "found", "2019"),
        ("The institute in a 2019 study found that rents rose.", "rents rose",
         "The institute", "found", "2019"),
        ('"Rents rose," the agency said in a March 2021 report.', "Rents rose,", "the agency", "said",
         "March 2021"),
        ("These days, the envoy says that talks must go on.", "talks must go on", "the envoy", "says",
         "These days"),
        ('"It was a mistake," the envoy said at the time.', "It was a mistake,", "the envoy", "said",
         "at the time"),
        ("The envoy offered advice to the council on Friday.", "advice to the council", "The envoy",
         "offered", "Friday"),
        ("The ruling came on May 3 when the court rejected the appeal.", "the appeal", "the court",
         "rejected", "May 3"),
        # an aside on the speaker, closed by its comma, does not end the clause
        ('"The dam holds," said Mira Lund, the chief engineer, in an interview on Tuesday.', "The dam holds,",
         "Mira Lund", "said", "Tuesday"),
        ('"The dam holds," said Mira Lund, who runs the works, at a briefing Friday.', "The dam holds,",
         "Mira Lund", "said", "Friday"),
        # a comma before the occasion of the saying does not end the clause either
        ('"The dam holds," the engineer said, in an interview on Tuesday.', "The dam holds,", "the engineer",
         "said", "Tuesday"),
        ('"The dam holds," said the engineer, speaking on Tuesday.', "The dam holds,", "the engineer",
         "said", "Tuesday"),
        # the day before its month, as most of the world writes it (the full stop is the sentence's)
        ('"The dam holds," the engineer said on 12 March.', "The dam holds,", "the engineer", "said", "12 March"),
        ("The engineer said on 3rd June 2015 that the dam would hold.", "the dam would hold", "The engineer",
         "said", "3rd June 2015"),
        # counted back from the day of reporting; the weekend with its "over"
        ('"The dam holds," the engineer said two days ago.', "The dam holds,", "the engineer", "said",
         "two days ago"),
        ('"The dam holds," the engineer said over the weekend.', "The dam holds,", "the engineer", "said",
         "the weekend"),
        # a document's year in the subject, even when the speaker span is only the clause's object
        ("A 2019 report that ran in the Kessel Courier found that rents rose.", "rents rose",
         "the Kessel Courier", "found", "2019"),
    ],
)
def test_date_of_the_statement(text: str, content: str, speaker: str, cue: str, date: str) -> None:
    """The date is the expression in the attribution's clause, as written."""
    assert one(text, content, speaker, cue).date == date


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        # the date belongs to the quoted content
        ('"The vote is on Monday," the clerk said.', "The vote is on Monday,", "the clerk", "said"),
        ("The clerk said that the vote would be held on February 9.",
         "the vote would be held on February 9", "The clerk", "said"),
        # show and channel names that contain a day or a relative word
        ('"We will win," the senator told Fox News Sunday.', "We will win,", "the senator", "told"),
        ('"We will win," the senator told Russia Today.', "We will win,", "the senator", "told"),
        ('"We will win," the senator told CBS This Morning.', "We will win,", "the senator", "told"),
        # another event's date, past a clause boundary
        ('"We will win," said the senator, who was elected in 2014.', "We will win,", "the senator", "said"),
        ("The senator, who resigned on Friday, said that she would run.", "she would run",
         "The senator", "said"),
        ("After the debate on Monday, the senator said that she would run.", "she would run",
         "the senator", "said"),
        # a deadline or a coming day is not when the statement was made
        ("The senator said at the rally next Tuesday that she would run.", "she would run", "The senator",
         "said"),
        ('"We will win," the senator said by Friday.', "We will win,", "the senator", "said"),
        # a possessive day names an event, not when the statement was made
        ("The senator said at Monday's rally that she would run.", "she would run", "The senator", "said"),
        ("The bill was thrown out this month, the senator said.", "The bill was thrown out", "the senator",
         "said"),
        # past an aside, a new predicate dates another event
        ('"We will win," said the senator, who chaired the board, and led the 2008 race.', "We will win,",
         "the senator", "said"),
        # the weekend without "over"/"during", a count of days that is a deadline
        ('"We will win," the senator said the weekend.', "We will win,", "the senator", "said"),
        # a year that is no document's, or a document that is not the subject
        ("The 2019 flood that hit the Kessel Courier showed that rents rose.", "rents rose",
         "the Kessel Courier", "showed"),
        ("Critics of a 2019 report in the Kessel Courier found that rents rose.", "rents rose",
         "the Kessel Courier", "found"),
    ],
)
def test_no_date(text: str, content: str, speaker: str, cue: str) -> None:
    """No date is reported when none is written for this statement (precision first)."""
    assert one(text, content, speaker, cue).date is None


def test_date_before_that_in_content_cut_at_the_object() -> None:
    """Reported content cut to begin at the cue's object keeps the telling's date: `told X on Thursday that`."""
    text = "The envoy told radio host Lena Marsh on Thursday that talks would go on."
    d = one(text, "Lena Marsh on Thursday that talks would go on", "The envoy", "told", kind="indirect")
    assert d.date == "Thursday"


def test_date_closing_an_object_content() -> None:
    """`cited [the pilots' reports Tuesday]`: content with no verb is the cue's object; its closing date is the citing's."""
    text = "The envoy cited the pilots' reports Tuesday."
    d = one(text, "the pilots' reports Tuesday", "The envoy", "cited", kind="indirect")
    assert d.date == "Tuesday"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The envoy praised the mayor's speech on Thursday.", "the mayor's speech on Thursday"),
        ("The envoy proposed a debate on the evening of April 4.", "a debate on the evening of April 4"),
        ("The envoy showed an old pilot stumbling on the quay last week.",
         "an old pilot stumbling on the quay last week"),
        ("The envoy said the talks resumed Tuesday.", "the talks resumed Tuesday"),
    ],
)
def test_no_date_closing_an_event_or_clause(text: str, content: str) -> None:
    """A closing date that dates an event (`speech on Thursday`) or a clause of the content is not taken."""
    cue = text.split()[2]
    assert one(text, content, "The envoy", cue, kind="indirect").date is None


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # the date is in a reported clause of its own
        ("The envoy told reporters the talks on Thursday would go on.", "the talks on Thursday would go on", "told"),
        # "said" takes no object: "the meeting on Thursday" is the reported clause's subject
        ("The envoy said the meeting on Thursday that ended early was tense.",
         "the meeting on Thursday that ended early was tense", "said"),
    ],
)
def test_no_date_inside_reported_clause(text: str, content: str, cue: str) -> None:
    """A date inside reported content that is no object adjunct of the cue is not taken."""
    assert one(text, content, "The envoy", cue, kind="indirect").date is None


def test_date_of_an_occasion_closing_reported_content() -> None:
    """`said [the dam holds, in remarks on Wednesday]`: a saying occasion left in the content keeps its date."""
    text = "The engineer said the dam holds, in remarks on Wednesday."
    d = one(text, "the dam holds, in remarks on Wednesday.", "The engineer", "said", kind="indirect")
    assert d.date == "Wednesday"


@pytest.mark.parametrize(
    "text",
    [
        # an occasion that is not only a saying: the date may be what is reported
        "The engineer said he would testify, at a hearing on Wednesday.",
        # the date does not close the occasion
        "The engineer said the dam holds, in remarks on Wednesday to the board.",
    ],
)
def test_no_date_of_other_occasions_in_reported_content(text: str) -> None:
    """Only a comma-set saying occasion (interview, remarks, statement, briefing) that closes the content is dated."""
    content = text[len("The engineer said ") :]
    assert one(text, content, "The engineer", "said", kind="indirect").date is None


def _fixture_cases() -> list[tuple[str, str, list[tuple[str, ...]]]]:
    blocks = (Path(__file__).parent / "fixtures" / "details.txt").read_text("utf-8").split("\n.\n")
    out = []
    for block in blocks:
        lines = [ln for ln in block.splitlines() if not ln.startswith("#")]
        if "---" in lines:
            cut = lines.index("---")
            want = [tuple(p.strip() for p in ln.split("||")) for ln in lines[cut + 1 :] if ln.strip()]
            out.append((lines[0], "\n".join(lines[1:cut]), want))
    return out


@pytest.mark.parametrize(("case", "text", "want"), _fixture_cases(),
                         ids=lambda v: v if isinstance(v, str) and " " not in v else "")
def test_fixture_end_to_end(case: str, text: str, want: list[tuple[str, ...]]) -> None:
    """Through the whole pipeline, each fixture text gives the expected speaker, date, ISO date and place."""
    got = [(q.speaker.text if q.speaker else "-", q.date or "-", q.date_iso or "-", q.place or "-")
           for q in quotekit.extract(text, published="2024-05-09")]
    assert got == want, case


def test_date_span_points_into_the_text() -> None:
    """The reported date is the text at its span."""
    text = '"The dam holds," the engineer said Monday.'
    d = one(text, "The dam holds,", "the engineer", "said")
    assert d.date_span is not None and text[d.date_span[0] : d.date_span[1]] == d.date


# ---------------------------------------------------------------------------- date_iso

def test_weekday_resolves_to_latest_on_or_before_publication() -> None:
    """A weekday is the most recent such day on or before publication."""
    wed = dt.date(2024, 5, 8)
    assert resolve_weekday("Monday", wed) == dt.date(2024, 5, 6)
    assert resolve_weekday("wednesday", wed) == wed
    assert resolve_weekday("Thursday", wed) == dt.date(2024, 5, 2)


@pytest.mark.parametrize(
    ("expr", "iso"),
    [
        ("Monday", "2024-05-06"),
        ("Thursday night", "2024-05-02"),
        ("earlier Wednesday", "2024-05-08"),
        ("yesterday", "2024-05-07"),
        ("today", "2024-05-08"),
        ("last night", "2024-05-07"),
        ("February 20", "2024-02-20"),
        ("Dec. 30", "2023-12-30"),
        ("June 1", "2023-06-01"),
        ("June 1, 2022", "2022-06-01"),
        ("12 March", "2024-03-12"),
        ("3rd June 2015", "2015-06-03"),
        ("last week", None),
        ("last Monday", None),
        ("December", None),
        ("earlier this month", None),
        ("two days ago", "2024-05-06"),
        ("a day ago", "2024-05-07"),
        ("3 days ago", "2024-05-05"),
        ("two weeks ago", None),
        ("recently", None),
        ("February 30", None),
    ],
)
def test_resolve_date(expr: str, iso: str | None) -> None:
    """Days are resolved against publication; weeks, months and vague words are not."""
    day = resolve_date(expr, dt.date(2024, 5, 8))
    assert (day.isoformat() if day else None) == iso


def test_nothing_resolves_without_a_reference() -> None:
    """Without a publication date or a dated dateline no date is invented."""
    assert resolve_date("Monday", None) is None
    assert resolve_date("yesterday", None) is None
    assert resolve_date("February 20", None) is None


def test_dated_dateline_resolves_when_published_is_absent() -> None:
    """A dateline with a full date is the reference when `published` is not given."""
    text = 'LISBON, April 4, 2024 (Reuters) - "We are ready," the minister said Tuesday.'
    d = one(text, "We are ready,", "the minister", "said")
    assert d.date_iso == "2024-04-02"


def test_published_wins_over_dateline_date() -> None:
    """`published` is the reference when it is given."""
    text = 'LISBON, April 4, 2024 (Reuters) - "We are ready," the minister said Tuesday.'
    d = one(text, "We are ready,", "the minister", "said", published=dt.date(2024, 4, 20))
    assert d.date_iso == "2024-04-16"


# ---------------------------------------------------------------------------- places

@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue", "place"),
    [
        ("Speaking in Tarnow on February 20, the envoy said that talks would go on.",
         "talks would go on", "the envoy", "said", "Tarnow"),
        ('"Talks will go on," the envoy told reporters in Vilnius.', "Talks will go on,", "the envoy",
         "told", "Vilnius"),
        ("The envoy said at a rally in Dunmore, Pa., that talks would go on.", "talks would go on",
         "The envoy", "said", "Dunmore, Pa."),
        ('"Talks will go on," one senior official in Vilnius said.', "Talks will go on,",
         "one senior official", "said", "Vilnius"),
        ('"Talks will go on," the envoy said at the White House.', "Talks will go on,", "the envoy",
         "said", "White House"),
        ("At a news conference in Kessel, the mayor said that the bridge would reopen.",
         "the bridge would reopen", "the mayor", "said", "Kessel"),
        ('"Talks will go on," the envoy said at a Nevada event this month.', "Talks will go on,", "the envoy",
         "said", "Nevada"),
    ],
)
def test_place_of_the_statement(text: str, content: str, speaker: str, cue: str, place: str) -> None:
    """The place is where the statement was made, as written, and is explicit."""
    d = one(text, content, speaker, cue)
    assert (d.place, d.place_explicit) == (place, True)
    assert d.place_span is not None and text[d.place_span[0] : d.place_span[1]] == place


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ('"Talks will go on," the envoy said on CNN.', "Talks will go on,", "the envoy", "said"),
        ('"Talks will go on," the envoy said on Twitter.', "Talks will go on,", "the envoy", "said"),
        ('"Talks will go on," the envoy said in an interview with Radio Kessel.', "Talks will go on,",
         "the envoy", "said"),
        ('"Talks will go on," the envoy wrote in Harbor Quarterly.', "Talks will go on,", "the envoy",
         "wrote"),
        ('"Talks will go on," the envoy said in The Kessel Times.', "Talks will go on,", "the envoy",
         "said"),
        ('"Talks will go on," the envoy said in Spanish.', "Talks will go on,", "the envoy", "said"),
        ('"Talks will go on," sources at NATO said.', "Talks will go on,", "sources at NATO", "said"),
        ('"Talks will go on," the envoy said in the Republican primary.', "Talks will go on,",
         "the envoy", "said"),
        ('"The summit is in Vilnius," the envoy said.', "The summit is in Vilnius,", "the envoy", "said"),
    ],
)
def test_no_place(text: str, content: str, speaker: str, cue: str) -> None:
    """Channels, publications, languages, affiliations and the content are no place."""
    assert one(text, content, speaker, cue).place is None


def test_dateline_place_is_the_fallback() -> None:
    """With no place in the clause, the dateline's place is given, not explicit."""
    text = 'Kessel - "The bridge will reopen," the mayor said Monday.'
    d = one(text, "The bridge will reopen,", "the mayor", "said", published=dt.date(2024, 5, 8))
    assert (d.place, d.place_explicit) == ("Kessel", False)


def test_explicit_place_beats_the_dateline() -> None:
    """A place in the clause wins over the dateline and is explicit."""
    text = 'KESSEL - "The bridge will reopen," the mayor told reporters in Dorn.'
    d = one(text, "The bridge will reopen,", "the mayor", "told")
    assert (d.place, d.place_explicit) == ("Dorn", True)


def test_statement_dated_long_before_gets_no_dateline_place() -> None:
    """A statement made long before the day's reporting is not placed at the dateline."""
    text = 'Kessel - "The bridge will reopen," the mayor recently said.'
    d = one(text, "The bridge will reopen,", "the mayor", "said", published=dt.date(2024, 5, 8))
    assert (d.date, d.place, d.place_explicit) == ("recently", None, None)
    text = 'Kessel - "The bridge will reopen," the mayor said in an interview last year.'
    assert one(text, "The bridge will reopen,", "the mayor", "said").place is None


def test_intro_after_the_dateline() -> None:
    """An opening phrase right after the dateline is the intro of the first sentence."""
    text = "KESSEL (AP) — On Monday, the mayor said that the bridge would reopen."
    d = one(text, "the bridge would reopen", "the mayor", "said", published=dt.date(2024, 5, 8))
    assert (d.date, d.date_iso, d.place) == ("Monday", "2024-05-06", "KESSEL")


def test_here_is_the_dateline_place_even_for_an_older_statement() -> None:
    """'At a rally here last week' places the statement at the dateline."""
    text = "KESSEL - At a rally here last week, the mayor said that the bridge would reopen."
    d = one(text, "the bridge would reopen", "the mayor", "said", published=dt.date(2024, 5, 8))
    assert (d.date, d.place, d.place_explicit) == ("last week", "KESSEL", False)


# ---------------------------------------------------------------------------- through the pipeline

def test_analyze_reports_dateline_and_details() -> None:
    """`analyze` gives the dateline and each quote's date, date_iso and fallback place."""
    text = 'Bridge to reopen.\n\nKESSEL (AP) — "The bridge will reopen," the mayor said Monday.'
    doc = quotekit.analyze(text, published="2024-05-08")
    assert doc.dateline_place == "KESSEL"
    [q] = doc.quotes
    assert (q.date, q.date_iso, q.place, q.place_explicit) == ("Monday", "2024-05-06", "KESSEL", False)
    assert q.speaker is not None and q.speaker.text == "the mayor"


def test_no_candidates_no_details() -> None:
    """No candidates give an empty list."""
    text = "Kessel - Nothing was said."
    assert details(text, Layout.of(text), [], dateline(text, Layout.of(text)), None) == []


def test_docs_example_runs() -> None:
    """The example in docs/details.md is right (doctested so it cannot rot)."""
    import doctest

    doc = Path(__file__).resolve().parent.parent / "docs" / "details.md"
    assert doctest.testfile(str(doc), module_relative=False).failed == 0



def test_a_street_in_the_clause_keeps_the_dateline_city_out() -> None:
    """A statement the clause puts in a street gets no place, not the dateline's city."""
    text = (
        "KESSEL - The council met on Monday.\n\n"
        "Crowds of dockers kept calling for a public vote on the tunnel, marching the streets "
        "around the old harbour hall.\n\n"
        '"The tunnel is a mistake," Ana Lind said at the meeting.\n'
    )
    got = {q.text.strip(".,"): q.place for q in quotekit.extract(text)}
    assert got["a public vote on the tunnel"] is None
    assert got["The tunnel is a mistake"] == "KESSEL"


def test_a_street_inside_the_quote_is_no_place() -> None:
    """`"I cannot walk down the street"` in the quote leaves the dateline place alone."""
    text = 'KESSEL - Ana Lind said she "cannot walk down the street" without a question.\n'
    assert [q.place for q in quotekit.extract(text)] == ["KESSEL"]


def test_dateline_and_place_patterns_number_their_groups_as_read() -> None:
    """The dateline and place patterns, compiled on first use, number their groups as the stage reads them."""
    from quotekit._details import _P, _PREP, _patterns
    from quotekit._lexicon import Lexicon

    pats = _patterns(Lexicon.default())
    assert pats.dateline.groupindex == {"place": 1, "caps": 2, "title": 3, "date": 4, "agency": 5}
    assert pats.date_only_dateline.groupindex == {"date": 1, "agency": 2}
    assert pats.place.groupindex == {"prep": _PREP, "p": _P}
