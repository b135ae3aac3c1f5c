"""Properties of the details stage (issue 5), on generated words.

- A dateline never changes what is quoted: prepending one shifts every offset by its
  length and changes nothing else about the quotes (text, kind, speaker, cue, date).
- A weekday resolves to a date within the 7 days up to publication, on that weekday;
  `N days ago` resolves to exactly N days before publication.
- A date inside the quoted content is never reported, and any reported date or place
  lies outside the content and is the text at its span.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

import quotekit
from quotekit._attribution import Candidate
from quotekit._details import WEEKDAYS, dateline, details, resolve_date, resolve_weekday
from quotekit._text import Layout

# Invented lowercase words and capitalised names: never real corpus text.
word = st.text(alphabet="bcdfghklmnprstvz", min_size=3, max_size=8).map(lambda w: w + "o")
name = word.map(str.capitalize)
words = st.lists(word, min_size=1, max_size=8).map(" ".join)
weekday = st.sampled_from(WEEKDAYS)
date_phrase = st.one_of(
    weekday,
    weekday.map(lambda d: "on " + d),
    st.sampled_from(["yesterday", "last week", "earlier this month", "in December", "February 20", "Feb. 9",
                     "two days ago", "over the weekend", "in a 2019 report"]),
)
dl_prefix = st.one_of(
    name.map(lambda n: n.upper() + " - "),
    name.map(lambda n: n.upper() + " (AP) — "),
    st.tuples(name, st.integers(1, 28)).map(lambda t: f"{t[0].upper()}, March {t[1]} (Reuters) - "),
    name.map(lambda n: n + " (dpa) - "),
)


def _shape(q: quotekit.Quote, shift: int) -> tuple[object, ...]:
    sp = q.speaker
    return (q.text, q.start - shift, q.end - shift, q.kind, q.cue, q.date,
            None if sp is None else (sp.text, sp.start - shift))


@given(dl_prefix, words, name, weekday, words)
@example("KESSEL - ", "vote soon", "Marto", "Monday", "filler words")
def test_dateline_never_changes_what_is_quoted(prefix: str, said: str, who: str, day: str, filler: str) -> None:
    """Prepending a dateline shifts quote offsets only."""
    body = f'"{said.capitalize()}," {who} said {day}. The {filler} stayed.'
    plain = quotekit.extract(body, published="2024-05-08")
    dated = quotekit.extract(prefix + body, published="2024-05-08")
    assert plain, "the plain quote is found, so the comparison means something"
    assert [_shape(q, 0) for q in plain] == [_shape(q, len(prefix)) for q in dated]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)), weekday)
def test_weekday_resolves_within_the_week_up_to_publication(published: dt.date, day: str) -> None:
    """A weekday resolves to that weekday within the 7 days ending on publication."""
    got = resolve_weekday(day, published)
    assert 0 <= (published - got).days < 7
    assert got.strftime("%A") == day


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)), st.integers(1, 10))
def test_days_ago_counts_back_from_publication(published: dt.date, n: int) -> None:
    """`N days ago` (in words or digits) is exactly N days before publication."""
    word = "one two three four five six seven eight nine ten".split()[n - 1]
    assert resolve_date(f"{word} days ago", published) == resolve_date(f"{n} days ago", published)
    assert resolve_date(f"{n} days ago", published) == published - dt.timedelta(days=n)


@given(words, date_phrase, words, name, st.sampled_from(["said", "told reporters", "added"]))
@example("the vote is", "on Monday", "final", "Marto", "said")
def test_date_inside_the_quote_is_never_reported(before: str, when: str, after: str, who: str, verb: str) -> None:
    """A date written only inside the content is never the statement's date."""
    content = f"{before.capitalize()} {when} {after},"
    text = f'Kessel - "{content}" {who} {verb}.'
    start = text.index(content)
    cue = text.index(verb, start + len(content))
    spk = text.index(who, start + len(content))
    cand = Candidate(((start, start + len(content)),), "direct", (spk, spk + len(who)),
                     (cue, cue + len(verb.split()[0])), "test")
    layout = Layout.of(text)
    [d] = details(text, layout, [cand], dateline(text, layout), dt.date(2024, 5, 8))
    assert d.date is None and d.date_iso is None
    for sp in (d.date_span, d.place_span):
        assert sp is None or not (start <= sp[0] < start + len(content))


@given(st.text(max_size=300), st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=4))
def test_details_on_any_text_point_into_it(text: str, raw: list[tuple[int, int]]) -> None:
    """On any text and candidates, details never raise and spans give the reported text."""
    n = len(text)
    cands = []
    for a, b in raw:
        a, b = sorted((min(a, n), min(b, n)))
        if a < b:
            cands.append(Candidate(((a, b),), "indirect", None, (b, min(n, b + 4)) if b < n else None, "x"))
    layout = Layout.of(text)
    for d in details(text, layout, cands, dateline(text, layout), dt.date(2024, 5, 8)):
        if d.date_span:
            assert text[d.date_span[0] : d.date_span[1]] == d.date
        if d.place_span:
            assert text[d.place_span[0] : d.place_span[1]] == d.place
