"""When and where: datelines, statement dates and places.

Takes the text, its layout, the candidates and the publication date; gives the
document's `Dateline` (place, date and agency credit as written) and, per candidate,
`Details`: the date of the statement as written, its ISO resolution, and the place
as written, falling back to the dateline's place (`place_explicit=False`).

Where it looks: only in the attribution's own clause, i.e. the sentence(s) holding
the cue and speaker minus the content of every candidate, and inside that clause only
in a few zones tied to the cue and speaker (between them, right after them, an
introductory phrase before them, between the content's parts, right after the content
they govern). A zone ends at a clause boundary ("when", "who", "that", a quote mark,
a dash...), so a date that belongs to another event is not taken. Candidates are
found first (cheap word tests, then an anchored pattern), their zone checked after.
See docs/details.md for the rules.

It deliberately does not: look inside quoted content, guess a date it cannot read
(`last week` stays unresolved), treat a channel (`on CNN`, `in The Times`) as a place,
or move any quote or speaker boundary.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import TypeVar

import attrs
import regex

from ._attribution import Candidate
from ._lazy import lazy
from ._lexicon import Lexicon
from ._model import SpanT
from ._text import Layout

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}

# A statement dated further back than this from the reference date is not assumed to
# have been made at the dateline's place: the dateline locates the day's reporting.
NEAR_DAYS = 7

# Words that open a dateline-shaped headline or section label but are no place.
_KICKERS = frozenset(
    "ABSTRACT ANALYSIS BREAKING COMMENTARY EDITORIAL EXCERPT EXCLUSIVE LETTERS LIVE "
    "OPINION PHOTOS REVIEW UPDATE UPDATED VIDEO WATCH".split()
)

# Where a writing verb is the cue, "in X" names the publication ("wrote in Vanity Fair").
_WRITING_CUES = frozenset("blogged penned posted published tweeted write writes writing written wrote".split())

# A clause boundary: past it, a date or place belongs to another event. The words are
# checked on word lists (fast set operations), the punctuation with one character class.
# A comma ends the clause too, except in an introductory phrase.
_BARRIER_WORDS = frozenset(
    """when whenever after before because while as who whom whose which that where if
    since although though until unless but so whether than""".split()
)
_INTRO_BARRIER_WORDS = _BARRIER_WORDS - {"so"}
_INTRO_BARRIER_WORDS |= {w + "," for w in _INTRO_BARRIER_WORDS}
_BARRIER_PUNCT = lazy(regex.compile, r"[;:()\[\]\"“”«»—–―]|--|\s-\s")
_REGION = lazy(regex.compile, r",[ ](?:[\p{L}.]+(?:[ ][\p{L}.]+)?)")
_MONTH_DAY = regex.compile(
    r"(?:(?P<m>\p{L}+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<d_>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m_>\p{L}+)\.?)(?:,?\s+(?P<y>\d{4}))?$"
)
assert _MONTH_DAY.groupindex == {"m": 1, "d": 2, "d_": 3, "m_": 4, "y": 5}  # (`_month_day` reads them by number)
_WORD = regex.compile(r"[\p{L}\-]+")
_NEXT_LOWER = lazy(regex.compile, r"\s+([\p{Ll}][\p{L}\-]*)")

# Words that may open the stretch after the content: prepositions and time words.
_ADJUNCT_OPENERS = frozenset(
    """at aboard amid during earlier early for from in late last later on over this to today
    tonight via with yesterday monday tuesday wednesday thursday friday saturday sunday""".split()
)
# "said as ...", "said when ...": the clause that follows tells when the saying happened.
_WHILE_SAYING = frozenset(("as", "when", "while"))
# ", which receives funding," right after the content: skipped to reach "in an interview".
_RELATIVE_AFTER = lazy(regex.compile, r",\s*(?:which|who)\b[^,;:()]{0,150},")
# "said Ana Ruiz, the port's mayor, on Tuesday": an aside on the speaker that closes with
# its own comma is skipped; what follows it still qualifies the saying.
_SPEAKER_ASIDE = lazy(regex.compile, r",\s*(?:which|who|the|a|an)\b[^,;:()\[\]\"“”—–]{0,150},")
# ", in remarks on Wednesday", ", at a briefing Friday", ", speaking on Tuesday": a comma
# before the occasion of the saying, or before a participle of saying, does not end its
# clause (the occasion noun must follow within three words).
_OCCASION_AFTER_COMMA = lazy(regex.compile,
    r",\s+(?=(?:in|at|during)\s+(?:(?:an?|the|his|her|its|their|one)\s+)?(?:[\p{L}\-]+\s+){0,2}?"
    r"(?:interviews?|remarks|statement|speech|address|briefing|news\s+conference|press\s+conference|"
    r"appearance|testimony|hearing|rally|town\s+hall|letter|post|tweet|op-ed|memo)\b"
    r"|(?:speaking|addressing|testifying|writing|appearing)\s)"
)
# A relative or subordinate clause inside the speaker phrase ends at its comma.
_SUBORDINATE_WORDS = _BARRIER_WORDS - {"as", "so", "but", "than", "whether", "unless", "until"}
_SUBORDINATE_PADDED = tuple(f" {w} " for w in _SUBORDINATE_WORDS)  # as looked for in a stretch
# A date expression holds one of these words (or a number): a cheap test on word lists
# before the full pattern runs on a small window around the word.
_DATE_TRIGGERS = frozenset(
    list(WEEKDAYS)
    + "today tonight yesterday recently Today Tonight Yesterday Recently".split()
    + "day days week weekend month year night morning afternoon evening".split()
    + "Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March April June July".split()
    + "August September October November December".split()
    # a day number always follows a month name, so only years need to be triggers
    + [str(n) for n in range(1950, 2050)]
)
# The same as whitespace-separated tokens, with the punctuation that may cling to them,
# for a first test that needs no translation of the text.
_DATE_TOKENS: dict[str, str] = {
    pre + w + post: w for w in _DATE_TRIGGERS
    for pre in ("", '"', "“", "(", "'", "‘")
    for post in ("", ",", ".", ";", ":", "'s", "’s", "s", ",'", ",’", '."', ".”", ",”", ')', ").", "),", ",\"")
}
_DATE_TOKEN_SET = frozenset(_DATE_TOKENS)
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
# Words that may stand before a trigger inside a date expression ("earlier in the day").
_DATE_LEAD = frozenset(
    "on in during over at the these early late earlier later last this past Early Late Earlier Later Last This These "
    "On In During Over At".split()
    # counts of days back: "two days ago", "a few weeks ago"
    + "a an one two three four five six seven eight nine ten few several A An One Two Three Several".split()
    + [str(n) for n in range(1, 32)]
    # the day before its month: "12 March", "3rd June"
    + [f"{n}{_SUFFIX.get(n % 10, 'th') if n not in (11, 12, 13) else 'th'}" for n in range(1, 32)]
)

_LONGEST_LEAD = max(map(len, _DATE_LEAD))

# Where a place phrase may start: "in X", "at X", also opening a sentence.
_PLACE_PREPS = (" in ", " at ", "In ", "At ")

# Lowercase words that may follow a place name without making it a modifier
# ("in Brussels on Monday" is a place, "in the Republican primary" is not).
_AFTER_PLACE = frozenset(
    """a about after against also and as at before but by during earlier early for from
    here in last late later monday tuesday wednesday thursday friday saturday sunday of
    on or said says saying spoke speaking that the this to today told tonight until
    when where which while who with yesterday""".split()
)


@attrs.frozen
class Dateline:
    """The dateline of a document: place and date as written, with the span it covers.

    `agency` is the wire credit of the dateline (`AP` in `NEW YORK (AP) -`);
    `credits` are the spans of agency credits in the document (the dateline's and a
    closing one such as `(dpa)`), which are neither quotes nor speakers.
    """

    place: str | None
    date: str | None
    span: SpanT | None
    agency: str | None = None
    credits: tuple[SpanT, ...] = ()


@attrs.frozen
class Details:
    """Date and place of one statement, as written, with their spans when explicit."""

    date: str | None = None
    date_iso: str | None = None
    place: str | None = None
    place_explicit: bool | None = None
    date_span: SpanT | None = None
    place_span: SpanT | None = None


NO_DATELINE = Dateline(None, None, None)


@attrs.frozen
class _Patterns:
    dateline: regex.Pattern[str]
    date_only_dateline: regex.Pattern[str]
    credit: regex.Pattern[str]
    date: re.Pattern[str]
    place: regex.Pattern[str]
    channels: frozenset[str]
    not_places: frozenset[str]


# Documents that speak for their authors ("a 2014 study found"): their year dates what they say.
_DOCS = (r"(?:study|report|survey|poll|book|memoir|paper|interview|speech|memo|letter|essay|"
         r"article|analysis|statement|op-ed|column|testimony|ruling|lawsuit|ad)")
# "A 2014 study that appeared in the journal found": a document's year opening the sentence.
_DOC_YEAR_AFTER = lazy(re.compile, rf"\s+(?:\w+\s+)?{_DOCS}\b")
_SUBJECT_LEAD = frozenset("a an the his her its their this that one new".split())
# Number words that may open a count of days back ("two days ago").
_COUNTS = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,2})"
_COUNT_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def _date_pattern(months: Sequence[str]) -> re.Pattern[str]:
    """Compile the date expression pattern (stdlib `re`: 3-5x faster per anchored try).

    Each form is a named group `d1`...`d11` (the date as written, without a leading
    preposition); `m.lastgroup` names the one that matched. Checks that need a
    look-behind (named days, names ending in "Today") are done in `_date_ok`.
    """
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    wd = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    part = r"(?:morning|afternoon|evening|night)"
    month = rf"(?:{names})\.?"
    year = r"(?:19[5-9]\d|20[0-4]\d)"
    end = r"(?![^\W\d_]|['’])"  # not followed by a letter or a possessive
    docs = _DOCS
    return re.compile(
        r"(?:(?:[Oo]n|[Ii]n|[Dd]uring|[Oo]ver)\s+)?(?:"
        rf"(?P<d1>(?>(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?{wd}(?:\s+{part})?)){end}"
        rf"|(?P<d2>(?>{month}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s+{year})?"
        # "12 March", "3rd June 2016": the day first, as most of the world writes it
        rf"|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{names})(?:,?\s+{year})?))(?![^\W_]|['’])"
        rf"|(?P<d3>(?:[Ll]ast|[Tt]his\s+past)\s+(?:{wd}|{names}|week|weekend|month|year|night)){end}"
        rf"|(?P<d4>(?:(?:[Ee]arlier|[Ll]ater)\s+)?[Tt]his\s+(?:morning|afternoon|evening|week|weekend|month|year)){end}"
        rf"|(?P<d5>[Ee]arlier\s+(?:last\s+(?:week|month|year)|today|in\s+the\s+(?:day|week|month|year))"
        rf"|[Ll]ater\s+in\s+the\s+day){end}"
        rf"|(?P<d6>(?:[Tt]oday|[Tt]onight|[Yy]esterday)(?:\s+{part})?){end}"
        rf"|(?P<d7>[Rr]ecently|[Aa]t\s+the\s+time|[Tt]hese\s+days){end}"
        # "two days ago", "a week ago": counted back from the day of reporting
        rf"|(?P<d10>{_COUNTS}\s+(?:days?|weeks?|months?|years?)\s+ago){end}"
        r")"
        # "over the weekend": the weekend needs its "over" or "during"
        r"|(?:[Oo]ver|[Dd]uring)\s+(?P<d11>the\s+weekend)(?![^\W\d_]|['’])"
        # "in December", "in July 2015", "in 2014": a bare month or year needs its "in".
        rf"|[Ii]n\s+(?P<d8>{month}(?:\s+{year})?|{year})(?![^\W_]|['’])"
        # "a 2014 study", "his 2002 book": the year of the document that speaks.
        rf"|(?P<d9>(?:{month}\s+)?{year})(?=\s+{docs}\b)"
    )


# Days named after a weekday that are not that weekday ("Fox News Sunday", "Super Tuesday").
_NAMED_DAYS = ("News ", "Super ", "Black ", "Cyber ", "Good ", "Easter ", "Ash ", "Palm ", "Bloody ", "Holy ")


# A date after these words is not when something was said: "next Tuesday", "by Friday".
_NOT_WHEN = frozenset(
    "next coming until till by before after since following from through every each "
    "Next Until Before After Since From Every".split()
)


def _date_ok(text: str, m: re.Match[str]) -> bool:
    """The checks the date pattern leaves to Python (they need a look-behind)."""
    g = m.lastgroup or ""
    s = m.start(g)
    prev = text[max(0, m.start() - 12) : m.start()].split()
    if prev and prev[-1] in _NOT_WHEN:
        return False
    if g == "d1" and text.endswith(_NAMED_DAYS, max(0, s - 7), s):
        return False
    if g in ("d4", "d6") and text[s].isupper():
        # a capitalised "Today"/"This Morning" after a capitalised word ends a name
        # ("Russia Today", "CBS This Morning")
        before = text[max(0, m.start() - 25) : m.start()].split()
        if before and before[-1][:1].isupper() and before[-1][-1] not in ".!?\"”’'":
            return False
    return True


def _compile(pattern: str, lists: dict[str, list[str]]) -> regex.Pattern[str]:
    """Compile `pattern` with the named lists it uses (`\\L<months>` ...), on first use.

    (the dateline patterns are tried only before a dash near a paragraph start, and the
    place pattern only after `in` or `at` near a cue: documents that never need one no
    longer wait for it when the stage first runs)
    """
    return lazy(regex.compile, pattern, ignore_unused=True, months=lists["months"], regions=lists["regions"],
                agencies=lists["agencies"])


# The numbers of the place pattern's groups `prep` and `p` (checked by test_details):
# `regex` looks a group up by name only after raising and clearing a TypeError.
_PREP, _P = 1, 2


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    lists = {
        "months": sorted(lexicon["months"], key=len, reverse=True),
        "regions": sorted(lexicon["regions"], key=len, reverse=True),
        "agencies": sorted(lexicon["agencies"], key=len, reverse=True),
    }
    dash = r"[ \u00a0]*(?:--|[\-—–―])(?=[ \u00a0])"
    # a known wire service, or any short capitalised credit ("(QK)", "(CNN)") before the dash
    agency = r"[ \u00a0]*\((?P<agency>\L<agencies>|\p{Lu}[\p{Lu}\p{Ll}.&]{1,11})\)"
    caps = r"\p{Lu}[\p{Lu}.'’\-]*"
    title = r"\p{Lu}\p{Ll}[\p{L}'’\-]*"
    dateline = _compile(
        rf"(?P<place>(?P<caps>{caps}(?:[ ]{caps}){{0,3}})|(?P<title>{title}(?:[ ]{title}){{0,2}}))"
        r"(?:,[ ](?:\L<regions>|\p{Lu}\p{Ll}+))?"
        r"(?:,?[ ](?P<date>\L<months>\.?[ ]\d{1,2}(?:,[ ]\d{4})?|\d{1,2}[ ]\L<months>\.?(?:[ ]\d{4})?))?"
        rf"(?:{agency})?{dash}",
        lists,
    )
    date_only = _compile(
        rf"(?P<date>\L<months>\.?[ ]\d{{1,2}}(?:,[ ]\d{{4}})?|\d{{1,2}}[ ]\L<months>\.?(?:[ ]\d{{4}})?){agency}{dash}",
        lists)
    credit = _compile(r"\((?P<agency>\L<agencies>)\)\s*$", lists)
    # (`_dateline_at` reads both patterns' groups by number, in their order: test_details checks it)

    date = _date_pattern(lists["months"])
    # a capitalised word ("St. Louis": its period only before another name, never a
    # full stop) or an initialism ("D.C.", "U.S.")
    capw = r"(?:(?:\p{Lu}\.){2,3}|\p{Lu}[\p{L}'’\-]*(?:\.(?=\s+\p{Lu}))?)"
    events = (r"(?:event|rally|fundraiser|forum|town\s+hall|news\s+conference|press\s+conference|"
              r"campaign\s+stop|speech|meeting|dinner|luncheon|breakfast|hearing)\b")
    place = _compile(
        # "at a Washington event": a state as the event's modifier (the match takes the space
        # after it, so the lowercase event noun is not read as making the name a modifier)
        rf"(?<![\p{{L}}])(?P<prep>[Aa]t)\s+an?\s+(?P<p>\L<regions>)\s+(?={events})"
        r"|(?<![\p{L}])(?P<prep>[Ii]n|[Aa]t)\s+(?:the\s+)?"
        rf"(?P<p>{capw}(?:\s+(?:(?:of|de|du|la|del)\s+)?{capw}){{0,4}}(?:,\s+\L<regions>)?)",
        lists,
    )
    return _Patterns(
        dateline, date_only, credit, date,
        place,
        frozenset(lexicon["channels"]),
        frozenset(lexicon["languages"]) | frozenset(lexicon["months"]) | frozenset(WEEKDAYS),
    )


def _lexicon(lexicon: Lexicon | None) -> Lexicon:
    return lexicon if lexicon is not None else Lexicon.default()


# ---------------------------------------------------------------------------- datelines

def _credits(text: str, pats: _Patterns) -> tuple[SpanT, ...]:
    m = pats.credit.search(text, max(0, len(text) - 40))
    return (m.span(0),) if m else ()


_DASH = re.compile(r"--|[\-—–―][ \u00a0]")  # (`re`: a fifth of the cost of `regex` per call)


def _dateline_at(text: str, a: int, b: int, pats: _Patterns) -> Dateline | None:
    end = min(b, a + 120)
    if not _DASH.search(text, a, end):
        return None  # every dateline ends with a dash: a cheap test before the patterns
    # (groups are read by number, in the patterns' order: `regex` looks a group name up
    # only after raising and clearing a TypeError, which cost more than the matching)
    m = pats.date_only_dateline.match(text, a, end)
    if m:
        date, agency = m.groups()
        return Dateline(None, date, m.span(), agency, (m.span(2),))
    m = pats.dateline.match(text, a, end)
    if not m:
        return None
    place, caps, _, date, agency = m.groups()
    if caps is not None:
        if place in _KICKERS or sum(ch.isalpha() for ch in place) < 3:
            return None
    elif agency is None:
        # A title-case name before a dash is a dateline ("Brussels - ") only when the dash
        # is not the first of an appositive pair ("Mehmet Oz - surgeon and TV star - has").
        dash = text[m.end() - 1]
        rest = text[m.end() : min(b, m.end() + 200)]
        paired = (" - " in rest or " -- " in rest) if dash == "-" else dash in rest
        if paired or place.split()[0] in WEEKDAYS:
            return None
    agency_span = (m.span(5),) if agency else ()
    end_place = m.end(1)
    # the place includes its region ("SELMA, N.C."), not the date or the credit
    region = _REGION.match(text[end_place : m.end()])
    if region and (date is None or m.start(4) > end_place + len(region.group())):
        end_place += len(region.group())
    return Dateline(text[m.start() : end_place], date, m.span(), agency, agency_span)


def dateline(text: str, layout: Layout, lexicon: Lexicon | None = None) -> Dateline:
    """Return the dateline found at the start of one of the first paragraphs.

    Headlines and standfirsts come before it; the search stops at the first long
    (body) paragraph that does not open with a dateline.
    """
    pats = _patterns(_lexicon(lexicon))
    credits = _credits(text, pats)
    for a, b in layout.paragraphs[:6]:
        found = _dateline_at(text, a, b, pats)
        if found is not None:
            return attrs.evolve(found, credits=found.credits + credits)
        if b - a > 300:
            break
    return Dateline(None, None, None, None, credits) if credits else NO_DATELINE


# ---------------------------------------------------------------------------- dates

def resolve_weekday(word: str, published: dt.date) -> dt.date:
    """Return the most recent `word` (a weekday name) on or before `published`."""
    target = WEEKDAYS.index(word.capitalize())
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def _month_day(expr: str, ref: dt.date | None) -> dt.date | None:
    m = _MONTH_DAY.match(expr)
    if not m:
        return None
    # (by number, in the pattern's order: `regex` looks a group name up only after
    # raising and clearing a TypeError)
    mon, d, d_, mon_, y = m.groups()
    month = _MONTH_NUMBER.get((mon or mon_)[:3].lower())
    if month is None:
        return None
    year = int(y) if y else (ref.year if ref else None)
    if year is None:
        return None
    try:
        day = dt.date(year, month, int(d or d_))
    except ValueError:
        return None
    if ref is not None and not y and day > ref:
        try:
            day = day.replace(year=year - 1)
        except ValueError:
            return None
    return day


def resolve_date(expr: str, ref: dt.date | None) -> dt.date | None:
    """Return the calendar day `expr` (a date as written) names, or None when unknown.

    Weekdays are the most recent such day on or before `ref`; `today`, `tonight`,
    `this morning` are `ref`, `yesterday` and `last night` the day before; a month and
    day takes the most recent year that does not put it after `ref` (an explicit year
    is used as written); `two days ago` counts back from `ref`. Weeks, months, years
    and vague expressions stay None.
    """
    low = expr.lower()
    words = low.split()
    if ref is not None:
        if low in ("today", "tonight", "earlier today") or (
            words[0] in ("today", "tonight") or low in ("this morning", "this afternoon", "this evening")
        ):
            return ref
        if words[0] == "yesterday" or low == "last night":
            return ref - dt.timedelta(days=1)
        days = [w for w in words if w.capitalize() in WEEKDAYS]
        if days and words[0] not in ("last", "this"):
            return resolve_weekday(days[0], ref)
        if len(words) == 3 and words[2] == "ago" and words[1] in ("day", "days"):
            # "two days ago": only a count of days names one day; weeks and months stay spans
            n = 1 if words[0] in ("a", "an") else _COUNT_WORDS.get(words[0])
            if n is None and words[0].isdigit():
                n = int(words[0])
            return ref - dt.timedelta(days=n) if n is not None else None
    return _month_day(expr, ref)


def _is_near(expr: str, day: dt.date | None, ref: dt.date | None) -> bool:
    """Whether a statement dated `expr` belongs to the day's reporting (dateline applies)."""
    if day is not None and ref is not None:
        return 0 <= (ref - day).days <= NEAR_DAYS
    low = expr.lower()
    words = low.split()
    if any(w.capitalize() in WEEKDAYS for w in words) and words[0] not in ("last", "this"):
        return True
    return words[0] in ("today", "tonight", "yesterday") or low in (
        "this morning", "this afternoon", "this evening", "this week", "this weekend", "last night", "the weekend",
        "earlier today", "earlier in the day", "later in the day",
    )


def _reference(published: dt.date | None, dl: Dateline) -> dt.date | None:
    if published is not None:
        return published
    if dl.date and dl.date[-4:].isdigit():
        return _month_day(dl.date, None)
    return None


# ---------------------------------------------------------------------------- clauses

# Zone ranks, best first: B lies between speaker and cue, A right after them, C is an
# introductory phrase before them, G lies between the parts of the content, D follows
# the content they govern. A date or place outside every zone is not this statement's.
ZONES = ("B", "A", "C", "G", "D")


def _free(a: int, b: int, holes: Sequence[SpanT]) -> list[SpanT]:
    """Return the parts of [a, b) outside the (sorted) `holes`."""
    out = []
    for s, e in holes:
        if e <= a or s >= b:
            continue
        if s > a:
            out.append((a, s))
        a = max(a, e)
    if a < b:
        out.append((a, b))
    return out


def _one_clause(text: str, a: int, b: int, blocked: Sequence[SpanT], words: frozenset[str], comma: bool) -> bool:
    """Whether [a, b) stays in one clause: no content, no boundary word or mark."""
    if a >= b:
        return True
    if any(s < b and e > a for s, e in blocked):
        return False
    stretch = text[a:b]
    if (comma and "," in stretch) or _BARRIER_PUNCT.search(stretch):
        return False
    # whitespace tokens: a boundary word with a clinging comma is caught by the comma
    # test, or by its comma variant in the word set
    return words.isdisjoint(stretch.lower().split())


@attrs.define(slots=True)
class _Clause:
    """The attribution clause of one candidate: its anchors, window and content spans."""

    c: Candidate
    r0: int  # the anchors (speaker and cue) cover [r0, r1)
    r1: int
    sentence_start: int
    lo: int
    hi: int
    blocked: list[SpanT]

    def parts(self) -> list[SpanT]:
        """Return the parts of the window outside any content."""
        return _free(self.lo, self.hi, self.blocked)

    def part_at(self, i: int) -> SpanT | None:
        """Return the part of the window outside content that holds offset `i`."""
        a, b = self.lo, self.hi
        for s, e in self.blocked:
            if e <= i:
                a = max(a, e)
            elif s <= i:
                return None
            else:
                b = min(b, s)
                break
        return (a, b)

    def zone(self, text: str, start: int, end: int) -> int | None:
        """Return the rank (index in ZONES) of the zone holding [start, end), or None."""
        c, r0, r1 = self.c, self.r0, self.r1
        if r0 <= start and end <= r1:
            return 0 if self._in_speaker_clause(text, start) else None
        if start >= r1 and start - r1 <= 160:
            a = r1
            if c.speaker is not None and c.speaker[1] == r1:
                # (the patterns below open with a comma: tested first, a failing `regex` call is dear)
                aside = _SPEAKER_ASIDE.match(text, r1, start) if text.startswith(",", r1) else None
                if aside and _opens_adjunct(text, aside.end(), start):
                    a = aside.end()  # not ", who worked for Ruiz, and led the 2008 race"
            occasion = _OCCASION_AFTER_COMMA.match(text, a, start) if text.startswith(",", a) else None
            a = occasion.end() if occasion else a
            lead = text[a:start].lstrip().lower()
            # "said as she ... early Sunday": the clause tells when the saying happened
            if lead.split(" ", 1)[0] in _WHILE_SAYING:
                a = start - len(lead) + len(lead.split(" ", 1)[0])
            if (a > r1 or start - r1 <= 120) and _one_clause(text, a, start, self.blocked, _BARRIER_WORDS, True):
                return 1
        if end <= r0 and self.lo == self.sentence_start and not self._relative_speaker(text):
            intro_end = r0
            while intro_end > self.lo and text[intro_end - 1] in " ,\u00a0":
                intro_end -= 1
            # "It was thrown out on Feb. 9 when the court ruled": the main clause dates it
            if text.endswith(" when", self.lo, intro_end):
                intro_end -= 5
            if end <= intro_end and _one_clause(text, self.lo, intro_end, self.blocked, _INTRO_BARRIER_WORDS, False):
                return 2
            if self._document_year(text, start, end):
                return 2
        for (_, e1), (s2, _) in zip(c.spans, c.spans[1:]):
            # 'as X called them in an article last week, "..."'
            if e1 <= start and end <= s2 and s2 - e1 < 120 and not e1 <= r0 < s2:
                return 3 if _one_clause(text, e1, start, self.blocked, _BARRIER_WORDS, True) else None
        last = c.spans[-1][1]
        if c.spans[-1][0] >= r1 and start >= last:
            rel = (_RELATIVE_AFTER.match(text, last, start) or _OCCASION_AFTER_COMMA.match(text, last, start)
                   if text.startswith(",", last) else None)
            d0 = rel.end() if rel else last
            # only adjuncts of the saying: "[advice] on Friday", "[them] in an interview
            # Sunday", not a new predicate ("[the bill] was thrown out this month")
            if _opens_adjunct(text, d0, start) and start - d0 <= 100 \
                    and _one_clause(text, d0, start, self.blocked, _BARRIER_WORDS, True):
                return 4
        return None

    def _document_year(self, text: str, start: int, end: int) -> bool:
        """Whether [start, end) is the year of a document opening the sentence as its subject.

        `A 2014 study that appeared in the journal found ...`: the relative clause after
        the document belongs to the subject, so the year still dates the finding even when
        the speaker span is only the clause's object.
        """
        lead = text[self.lo : start].split()
        if len(lead) > 1 or lead and lead[0].lower() not in _SUBJECT_LEAD:
            return False
        if not text[start:end].isdigit() or not _DOC_YEAR_AFTER.match(text, end):
            return False
        return not _BARRIER_PUNCT.search(text, end, self.r0) and not any(
            s < self.r0 and e > end for s, e in self.blocked)

    def _relative_speaker(self, text: str) -> bool:
        """Whether the speaker is a relative pronoun: the sentence start is not its intro."""
        sp = self.c.speaker
        return sp is not None and text[sp[0] : sp[1]].lower() in ("which", "who", "that", "whom")

    def _in_speaker_clause(self, text: str, start: int) -> bool:
        """Whether `start`, between speaker and cue, is outside a relative clause ("who ... in 2015,")."""
        sp = self.c.speaker
        if sp is None or self.c.cue is None or (self.r0, self.r1) == self.c.cue:
            return True
        stretch = " " + text[sp[0] : start].lower()
        last = max([stretch.rfind(w) for w in _SUBORDINATE_PADDED])
        return last < 0 or "," in stretch[last:]


def _opens_adjunct(text: str, a: int, b: int) -> bool:
    """Whether the stretch [a, b) opens with a preposition or time word, not a new predicate."""
    first = text[a:b].split(None, 1)[:1]
    word = first[0].strip(".,;:").lower() if first else ""
    return not word or word in _ADJUNCT_OPENERS or word.endswith("ly")


def _window(c: Candidate, layout: Layout) -> tuple[int, int, int, int, int] | None:
    """Return (r0, r1, sentence start, lo, hi): the anchors and the clause window."""
    if c.cue is None and c.speaker is None or not layout.sentences:
        return None
    if c.speaker is None:
        r0, r1 = c.cue  # type: ignore[misc]
    elif c.cue is None:
        r0, r1 = c.speaker
    else:
        (c0, c1), (s0, s1) = c.cue, c.speaker
        r0 = c0 if c0 < s0 else s0
        r1 = c1 if c1 > s1 else s1
        if r1 - r0 > 250 or (len(c.spans) > 1 and any(s < r1 and e > r0 for s, e in c.spans)) \
                or (c.spans[0][0] < r1 and c.spans[0][1] > r0):
            r0, r1 = c.cue  # speaker and cue far apart or on either side of the content
    sents = layout.sentences
    a, b = sents[layout.sentence_index(r0)]
    if r1 > b:
        b = sents[layout.sentence_index(r1 - 1)][1]
    # (comparisons, not max()/min() calls: this runs for every candidate)
    hi = b if b > r1 else r1
    return r0, r1, a, a if a > r0 - 300 else r0 - 300, hi if hi < r1 + 400 else r1 + 400


M = TypeVar("M", re.Match[str], regex.Match[str])


def _best(text: str, cl: _Clause, matches: Sequence[M], accept: Callable[[M, int], bool]) -> M | None:
    """Return the match in the best zone; the nearest one to the anchors within it."""
    best: tuple[int, int, M] | None = None
    for m in matches:
        rank = cl.zone(text, m.start(), m.end())
        if rank is None or not accept(m, rank):
            continue
        near = -m.start() if ZONES[rank] == "C" else m.start()
        if best is None or (rank, near) < best[:2]:
            best = (rank, near, m)
    return best[2] if best else None


def _date_at(text: str, a: int, b: int, i: int, pats: _Patterns) -> re.Match[str] | None:
    """Return the date expression holding the trigger word at `i`: it may start up to
    three words back when those are date words ("on Monday", "earlier this month")."""
    starts = [i]
    j = i
    for _ in range(3):
        k = text.rfind(" ", max(a, j - 10), j - 1)
        # (the stretch back to the window's start is read only when its last ten
        # characters are letters, and a word longer than any lead word is never looked
        # up: slicing back to the text's start on every miss made long documents quadratic)
        if k < 0 and j - 1 > a and text[max(a, j - 11) : j - 1].isalpha() and text[a : j - 1].isalpha():
            k = a - 1  # the word opens the window
        if k < -1 or j - 2 - k > _LONGEST_LEAD or text[j - 1 : j] != " " or text[k + 1 : j - 1] not in _DATE_LEAD:
            break
        j = k + 1
        starts.append(j)
    for st in reversed(starts):
        m = pats.date.match(text, st, b)
        if m is not None and m.end(m.lastgroup or 0) > i and _date_ok(text, m):
            return m
    return None


def _date_span(m: re.Match[str]) -> SpanT:
    """The span of the date as written (without a leading preposition)."""
    return m.span(m.lastgroup or 0)


def _find_date(text: str, cl: _Clause, pats: _Patterns, hits: Iterable[str]) -> re.Match[str] | None:
    """Return the statement's date: each trigger word of the window (`hits`: its
    tokens that are date tokens), widened to its expression, kept when it lies outside
    all content and in a zone of the clause."""
    words = {_DATE_TOKENS[t] for t in hits}
    if text.find("the time", cl.lo, cl.hi) >= 0:
        words.add("time")
    found: dict[SpanT, re.Match[str]] = {}
    for w in words:
        i = text.find(w, cl.lo, cl.hi)
        while i >= 0:
            part = cl.part_at(i)
            if part is not None and not text[i - 1 : i].isalnum() and text[i - 1 : i] != "$":
                m = _date_at(text, part[0], part[1], i, pats)
                if m is not None:
                    found.setdefault(_date_span(m), m)
            i = text.find(w, i + len(w), cl.hi)
    if not found:
        best = None
    else:
        # (most windows hold one date: no sort, and no key function, for those)
        ordered = list(found.values()) if len(found) == 1 else sorted(found.values(), key=lambda m: m.start())
        best = _best(text, cl, ordered, _document_opens(text, cl))
    if best is not None:
        return best
    # both read a date word that lies inside the content, past its first character: the
    # window's date words mostly lie outside it, which one `str.find` each tells
    s0, e0 = cl.c.spans[0][0], cl.c.spans[-1][1]
    for w in words:
        if text.find(w, s0 + 1, e0) >= 0:
            return _object_date(text, cl.c, pats, words) or _occasion_date(text, cl.c, pats, words)
    return None


def _document_opens(text: str, cl: _Clause) -> Callable[[re.Match[str], int], bool]:
    """Accept a document's year (`a 2014 study`) before the cue only where the document opens
    the speaker phrase or the sentence (`A 2014 study ... found`, `In a 2014 report, the agency
    found`), not where it is another noun's complement (`Critics of a 2014 study found`)."""
    def accept(m: re.Match[str], rank: int) -> bool:
        if m.lastgroup != "d9" or ZONES[rank] not in ("B", "C"):
            return True
        sp = cl.c.speaker
        a = sp[0] if ZONES[rank] == "B" and sp is not None else cl.lo
        lead = text[a : m.start()].split()
        if not lead:
            return True
        det = lead[-1].lower() in _SUBJECT_LEAD or lead[-1].endswith(("'s", "’s"))
        return det and (len(lead) == 1 or lead[-2].lower() in ("in", "at"))
    return accept


def _trailing_object_date(text: str, s0: int, e0: int, pats: _Patterns, words: set[str]) -> re.Match[str] | None:
    """Return a date that ends reported content made of a noun phrase only.

    `cited [his endorsements from retired admirals Tuesday]`, `noted [the rule in
    the interview last week]`: content with no verb of its own is the cue's
    object, so a date closing it dates the citing. Content with a finite verb, a
    comma or quote marks (a clause of its own) is left alone.
    """
    end = e0
    while end > s0 and text[end - 1] in " .;,":
        end -= 1
    body = text[s0:end]
    toks = body.lower().split()
    if not 2 <= len(toks) <= 14 or any(ch in body for ch in ',;:"“”()') or not _FINITE.isdisjoint(toks) \
            or toks[0] not in _NP_OPENERS \
            or any(t.endswith("ed") or t.endswith("ing") and t not in _ING_NOUNS for t in toks):
        return None  # a verb or participle of its own ("an ailing senator stumbling to a van this weekend")
    for w in words:
        i = text.find(w, s0, end)
        if i > s0 and text[i - 1] == " ":
            m = _date_at(text, s0, end, i, pats)
            before = text[s0 : m.start()].split()[-1:] if m is not None else []
            if m is not None and m.end() == end and not (before and before[0].lower() in _EVENT_BEFORE_DATE):
                return m  # (not "the evening of April 4", "the speech on Thursday": the event's date)
    return None


# Words after which a date dates an event, not the statement: "the evening of", "the speech".
_EVENT_BEFORE_DATE = frozenset(
    "of speech speeches debate debates rally rallies meeting meetings vote votes election elections primary "
    "primaries caucus caucuses convention hearing summit event events visit trip".split()
)


# Nouns in -ing that an object phrase may hold ("the ruling", "a hearing").
_ING_NOUNS = frozenset("meeting briefing hearing building funding spending ruling wedding evening morning "
                       "offering bombing shooting warning ring king thing something nothing anything everything "
                       "spring during".split())


# How a noun phrase object opens: a determiner or a possessive.
_NP_OPENERS = frozenset("the a an his her its their our this these those".split())


# Cues that take a person as object before what is reported ("told reporters on Monday that").
_OBJECT_CUES = frozenset(
    "told tell tells telling informed assured warned reminded promised notified advised briefed asked".split()
)
# Words that open the reported clause after the cue's object ("told X on Monday that ...").
_COMPLEMENT = re.compile(r"\s(?:that|how|why|whether|if|what)\s")
# Words that show a clause of its own before the complementizer: then the date is its.
_FINITE = frozenset("is are was were will would has have had be been said says can could should may might".split())


def _object_date(text: str, c: Candidate, pats: _Patterns, words: set[str]) -> re.Match[str] | None:
    """Return a date that reported content begins with, between the cue's object and its clause.

    `told Velm Radio host Tom Lee on Thursday that ...`: when the content of a
    reported statement is cut to begin at the cue's object, the date before
    `that`/`how` still belongs to the saying. Only a short stretch of names and
    nouns may come before the date, and the date must end right at the
    complementizer; never in quoted content.
    """
    if c.kind != "indirect" or c.cue is None or len(c.spans) > 1:
        return None
    s0, e0 = c.spans[0]
    gap = text[c.cue[1] : s0]
    if s0 < c.cue[1] or len(gap) > 40 or any(ch in gap for ch in ',;:"“”()'):
        return None
    if text[c.cue[0] : c.cue[1]].split()[-1].lower() not in _OBJECT_CUES:
        return _trailing_object_date(text, s0, e0, pats, words) if not gap.strip() else None
    comp = _COMPLEMENT.search(text, s0, min(e0, s0 + 120))
    if comp is None:
        return None
    lead = text[s0 : comp.start()]
    if any(ch in lead for ch in ',;:"“”()') or len(lead.split()) > 9 or not _FINITE.isdisjoint(lead.lower().split()):
        return None
    for w in words:
        i = text.find(w, s0, comp.start())
        if i > s0 and text[i - 1] == " ":
            m = _date_at(text, s0, comp.start(), i, pats)
            if m is not None and m.end() == comp.start():
                return m
    return None


# Occasions that only a saying has: reported content may close with one, set off by a comma.
_SAYING_OCCASION = lazy(regex.compile,
    r",\s+(?:in|at|during)\s+(?:(?:an?|the|his|her|its|their|one)\s+)?(?:[\p{L}\-]+\s+){0,2}?"
    r"(?:interviews?|remarks|statement|briefing|news\s+conference|press\s+conference|tweet)\s"
)


def _occasion_date(text: str, c: Candidate, pats: _Patterns, words: set[str]) -> re.Match[str] | None:
    """Return the date of a saying occasion that closes reported content.

    `said [the harbour would reopen, in remarks on Wednesday]`: when the attribution
    stage leaves the occasion in the content, its date still belongs to the saying.
    Only occasions that are nothing but a saying count (an interview, remarks, a
    statement, a briefing, a news conference), so `said he would testify, at a
    hearing on Wednesday` keeps its date in the content; never in quoted content.
    """
    if c.kind != "indirect" or len(c.spans) > 1:
        return None
    s0, e0 = c.spans[0]
    end = e0
    while end > s0 and text[end - 1] in " .;,":
        end -= 1
    if text.find(",", max(s0, end - 90), end) < 0:
        return None  # the occasion opens with a comma: no pattern search without one
    occ = _SAYING_OCCASION.search(text, max(s0, end - 90), end)
    if occ is None or not _one_clause(text, occ.end(), end, [], _BARRIER_WORDS, True):
        return None
    for w in words:
        i = text.find(w, occ.end(), end)
        if i >= 0 and text[i - 1] == " ":
            m = _date_at(text, occ.end(), end, i, pats)
            if m is not None and m.end() == end:
                return m
    return None


def _good_place(text: str, m: regex.Match[str], pats: _Patterns) -> bool:
    """Whether an `in X`/`at X` phrase names a place, not a channel, language or modifier."""
    # (groups by number, as `_PREP` and `_P` say: each look-up by name is dear in `regex`)
    prep, p = m.groups()
    p_end = m.end(_P)
    words = _WORD.findall(p)
    if not words or words[0] in ("The", "A", "An") and len(words) == 1:
        return False
    if not pats.channels.isdisjoint(words) or words[0] in pats.not_places:
        return False
    if prep.lower() == "at" and p.replace(".", "").isupper():
        return False  # "sources at NATO": an affiliation, not a venue
    if p.endswith(("'", "’", "'s", "’s")) or text.startswith(("'s", "’s"), p_end):
        return False  # "in Trump's speech": a possessor, not a place
    end = m.end()
    nxt = _NEXT_LOWER.match(text, end, end + 30)
    return not (nxt and nxt.group(1) not in _AFTER_PLACE)


def _place_starts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return (offset, length) of each `in `/`at ` in [lo, hi) that may open a place: a
    place name starts with a capital, maybe after "the", and a region after "at a"/"at an"
    (most clauses have none, and this is tested on the whole window before its parts
    outside the content are cut)."""
    out = []
    for prep in _PLACE_PREPS:
        i = text.find(prep, lo, hi)
        while i >= 0:
            j = i + len(prep)
            if text[j : j + 1].isupper() or text.startswith(("the ", "a ", "an "), j) and _capital_after_lead(text, j, prep):
                out.append((i, len(prep)))
            i = text.find(prep, i + 3, hi)
    return out


def _capital_after_lead(text: str, j: int, prep: str) -> bool:
    """Whether the lead word at `j` ("the ", "a ", "an ") may stand between the preposition
    `prep` and a place, which the place pattern needs to start with a capital after the
    lead's spaces: `in the Hague`, `at a Texas rally` (`a`/`an` only after `at`).
    Not "in the morning", "in a statement": two in five `place` matches tried after a lead
    word failed."""
    if text.startswith("the ", j):
        k = j + 4
    elif prep[-2] != "t":
        return False  # `in a`, `in an`: the pattern takes no place after them
    else:
        k = j + 2 if text[j + 1] == " " else j + 3
    nxt = text[k : k + 1]
    return nxt.isupper() or nxt.isspace()


def _find_place(text: str, cl: _Clause, pats: _Patterns, date: re.Match[str] | None,
                starts: list[tuple[int, int]]) -> regex.Match[str] | None:
    """Return the statement's explicit place: the best `in X`/`at X` of the clause's zones
    (`starts`: the window's `_place_starts`)."""
    c = cl.c
    if c.cue is not None and text[c.cue[0] : c.cue[1]].split()[-1].lower() in _WRITING_CUES:
        return None
    matches = []
    for i, n in starts:
        part = cl.part_at(i)
        # the whole `in ` lies in one part of the window outside the content
        if part is None or i + n > part[1]:
            continue
        m = pats.place.match(text, i + 1 if n == 4 else i, part[1])
        if m and _good_place(text, m, pats):
            matches.append(m)
    matches.sort(key=lambda m: m.start())

    def accept(m: regex.Match[str], rank: int) -> bool:
        if m.group(_PREP).lower() == "at" and ZONES[rank] in ("B", "D"):
            return False  # "officials at the State Department said": an affiliation
        if ZONES[rank] == "B" and c.cue is not None:
            # inside the speaker phrase only "one official in Brussels said" counts
            if m.end() > c.cue[0]:
                return False
            gap = text[m.end() : c.cue[0]]
            if date is not None and m.end() <= date.start() and date.end() <= c.cue[0]:
                gap = text[m.end() : date.start()] + text[date.end() : c.cue[0]]
            return not gap.strip()  # "official in Vilnius said", not ", a customer in X, said"
        return True

    return _best(text, cl, matches, accept) if matches else None


@attrs.frozen
class _Blocked:
    """The content spans of all candidates, sorted, with a fast window look-up."""

    spans: list[SpanT]
    starts: list[int]
    reach: list[int]  # reach[i]: the furthest end among spans[: i + 1]

    @staticmethod
    def of(cands: Sequence[Candidate]) -> _Blocked:
        spans = [s for c in cands for s in c.spans]
        spans.sort()
        reach = list(itertools.accumulate([e for _, e in spans], max, initial=-1))[1:]
        return _Blocked(spans, [s for s, _ in spans], reach)

    def within(self, lo: int, hi: int) -> list[SpanT]:
        """Return the spans that overlap [lo, hi), in order."""
        i = bisect.bisect_right(self.reach, lo)
        j = bisect.bisect_left(self.starts, hi, i)
        return [sp for sp in self.spans[i:j] if sp[1] > lo]


def _says_here(text: str, c: Candidate, r0: int, r1: int, sent_start: int, lo: int, hi: int,
               blocked: _Blocked) -> bool:
    """Whether the clause places the statement "here" (at a rally here, said here):
    the dateline's place, even for a statement dated before the day's reporting."""
    cl = _Clause(c, r0, r1, sent_start, lo, hi, blocked.within(lo, hi))
    i = text.find(" here", lo, hi)
    while i >= 0:
        if not text[i + 5 : i + 6].isalnum() and cl.part_at(i + 1) and cl.zone(text, i + 1, i + 5) is not None:
            return True
        i = text.find(" here", i + 5, hi)
    return False


_STREET = lazy(re.compile, r"\b(?:the|a|on|in|into|through)\s+(?:\w+[\s-]){0,2}?streets?\b")


def _street_outside(text: str, c: Candidate, lo: int, hi: int) -> bool:
    """Does the clause, outside what was said, put the statement in a street?"""
    pos = lo
    for a, b in sorted(c.spans):
        if a > pos and _STREET.search(text, pos, min(a, hi)):
            return True
        pos = max(pos, b)
    return pos < hi and _STREET.search(text, pos, hi) is not None


def details(text: str, layout: Layout, cands: Sequence[Candidate], dateline: Dateline,
            published: dt.date | None, lexicon: Lexicon | None = None) -> list[Details]:
    """Return the date and place of each candidate's statement, in candidate order."""
    pats = _patterns(_lexicon(lexicon))
    blocked = _Blocked.of(cands)
    ref = _reference(published, dateline)
    nothing = Details()
    from_dateline = Details(None, None, dateline.place, False, None)
    dl_span = dateline.span
    out = []
    for c in cands:
        dm = pm = here_at = None
        street = False
        win = _window(c, layout)
        if win is not None:
            r0, r1, sent_start, lo, hi = win
            if dl_span is not None and sent_start <= dl_span[0] < dl_span[1] <= r0:
                # the first sentence starts after its dateline ("KESSEL - On Monday, ...")
                sent_start = lo = max(lo, dl_span[1])
            # cheap tests on the whole window first: most clauses name no date or place
            seg = text[lo:hi]
            # one pass over the tokens: the date tokens found are what _find_date needs
            hits = _DATE_TOKEN_SET.intersection(seg.split())
            maybe_date = bool(hits) or "the time" in seg
            starts = _place_starts(text, lo, hi) if " in " in seg or " at " in seg or "In " in seg or "At " in seg else ()
            if maybe_date or starts:
                cl = _Clause(c, r0, r1, sent_start, lo, hi, blocked.within(lo, hi))
                dm = _find_date(text, cl, pats, hits) if maybe_date else None
                pm = _find_place(text, cl, pats, dm, starts) if starts else None
            # "said here" only matters for a statement dated before the day's reporting
            here_at = (r0, r1, sent_start, lo, hi) if dateline.place and " here" in seg else None
            # the clause places it in a street ("marching the streets around the stadium"):
            # somewhere no name gives, so the dateline's city would be a guess
            street = pm is None and dateline.place is not None and "street" in seg and _street_outside(text, c, lo, hi)
        if dm is None and pm is None:
            # most statements name neither: the value is shared (it is immutable), since
            # building a frozen value per candidate costs more than finding nothing
            out.append(from_dateline if dateline.place and not street else nothing)
            continue
        date = iso = None
        near = True
        if dm is not None:
            date = text[slice(*_date_span(dm))]
            day = resolve_date(date, ref)
            iso = day.isoformat() if day else None
            near = _is_near(date, day, ref)
        date_span = _date_span(dm) if dm else None
        if pm is not None:
            out.append(Details(date, iso, pm.group(_P), True, date_span, pm.span(_P)))
        elif dateline.place and not street and (near or here_at is not None and _says_here(text, c, *here_at, blocked)):
            out.append(Details(date, iso, dateline.place, False, date_span))
        else:
            out.append(Details(date, iso, None, None, date_span))
    return out
