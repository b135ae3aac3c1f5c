"""When and where: datelines, statement dates and places.

Takes the text, its layout, the candidates and the publication date; gives the
document's `Dateline` (place, date and agency credit as written) and, per candidate,
`Details`: the date of the statement as written, its ISO resolution, and the place
as written, falling back to the dateline's place (`place_explicit=False`).

Where it looks: only in the attribution's own clause, i.e. the sentence(s) holding
the cue and speaker minus the content of every candidate, and inside that clause only
in a few zones tied to the cue and speaker (between them, right after them, an
introductory phrase before them, right after the content they govern). A zone ends
at a clause boundary ("when", "who", "that", a quote mark, a dash...), so a date that
belongs to another event is not taken. See docs/details.md for the rules.

It deliberately does not: look inside quoted content, guess a date it cannot read
(`last week` stays unresolved), treat a channel (`on CNN`, `in The Times`) as a place,
or move any quote or speaker boundary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

import attrs
import regex

from ._attribution import Candidate
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

# A clause boundary: past it, a date or place belongs to another event. A comma ends
# the clause too, unless it only separates a city from its state ("Tampa, Fla.").
_BARRIER = (
    r"\b(?:when|whenever|after|before|because|while|as|who|whom|whose|which|that|where|if|"
    r"since|although|though|until|unless|but|so|whether|than)\b"
    r"|[;:()\[\]\"“”«»—–―]|--|\s-\s|,(?!\s*\L<regions>)"
)
# What an introductory phrase may not contain: a subordinate or second clause. Commas
# and quoted titles are fine there ("In his 2002 book, 'Title,' Smith wrote").
_INTRO_BARRIER = (
    r"\b(?:when|whenever|after|before|because|while|as|who|whom|whose|which|that|where|if|"
    r"since|although|though|until|unless|but|whether|than)\b|[;:()\[\]—–―]|--|\s-\s"
)
# "said as ...", "said when ...": the clause that follows tells when the saying happened.
_WHILE_SAYING = frozenset(("as", "when", "while"))
# ", which receives funding," right after the content: skipped to reach "in an interview".
_RELATIVE_AFTER = r",\s*(?:which|who)\b[^,;:()]{0,150},"
# A relative or subordinate clause inside the speaker phrase, up to its comma.
_SUBORDINATE = (
    r"\b(?:when|after|before|because|while|who|whom|whose|which|that|where|if|since|although|though)\b"
    r"[^,;:]{0,200}(?:,|$)"
)

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
    date: regex.Pattern[str]
    place: regex.Pattern[str]
    barrier: regex.Pattern[str]
    subordinate: regex.Pattern[str]
    intro_barrier: regex.Pattern[str]
    relative_after: regex.Pattern[str]
    channels: frozenset[str]
    not_places: frozenset[str]


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    lists = {
        "months": sorted(lexicon["months"], key=len, reverse=True),
        "regions": sorted(lexicon["regions"], key=len, reverse=True),
        "agencies": sorted(lexicon["agencies"], key=len, reverse=True),
    }
    dash = r"[ \u00a0]*(?:--|[\-—–―])(?=[ \u00a0])"
    agency = r"[ \u00a0]*\((?P<agency>\L<agencies>)\)"
    caps = r"\p{Lu}[\p{Lu}.'’\-]*"
    title = r"\p{Lu}\p{Ll}[\p{L}'’\-]*"
    dateline = regex.compile(
        rf"(?P<place>(?P<caps>{caps}(?:[ ]{caps}){{0,3}})|(?P<title>{title}(?:[ ]{title}){{0,2}}))"
        r"(?:,[ ](?:\L<regions>|\p{Lu}\p{Ll}+))?"
        r"(?:,?[ ](?P<date>\L<months>\.?[ ]\d{1,2}(?:,[ ]\d{4})?))?"
        rf"(?:{agency})?{dash}",
        ignore_unused=True, **lists,
    )
    date_only = regex.compile(rf"(?P<date>\L<months>\.?[ ]\d{{1,2}}(?:,[ ]\d{{4}})?){agency}{dash}", ignore_unused=True, **lists)
    credit = regex.compile(r"\((?P<agency>\L<agencies>)\)\s*$", ignore_unused=True, **lists)

    wd = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    part = r"(?:morning|afternoon|evening|night)"
    month = r"(?:\L<months>)\.?"
    year = r"(?:19[5-9]\d|20[0-4]\d)"
    # Named days that are not the day of the week they contain ("Fox News Sunday").
    not_day = r"(?<!(?:News|Super|Black|Cyber|Good|Easter|Ash|Palm|Bloody|Holy)\s)"
    # A capitalised relative word after a capitalised one is part of a name
    # ("Russia Today", "CBS This Morning"), not a date.
    no_name = r"(?:(?=\p{Ll})|(?<!\p{Lu}[\p{L}.'’]{0,20}\s))"
    docs = (r"(?:study|report|survey|poll|book|memoir|paper|interview|speech|memo|letter|essay|"
            r"article|analysis|statement|op-ed|column|testimony|ruling|lawsuit|ad)")
    date = regex.compile(
        r"(?<![\p{L}\d])(?:(?i:on|in|during|over)\s+)?(?:"
        rf"(?P<d>(?>(?:(?i:early|late|earlier|later)\s+)?{not_day}{wd}(?:\s+{part})?))(?![\p{{L}}'’])"
        rf"|(?P<d>(?>{month}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s+{year})?))(?![\p{{L}}\d'’])"
        rf"|(?P<d>(?i:last|this\s+past)\s+(?:{wd}|\L<months>|(?i:week|weekend|month|year|night)))(?![\p{{L}}'’])"
        rf"|{no_name}(?P<d>(?i:(?:earlier\s+|later\s+)?this\s+(?:morning|afternoon|evening|week|weekend|month|year)))(?![\p{{L}}'’])"
        r"|(?P<d>(?i:earlier\s+(?:last\s+(?:week|month|year)|today|in\s+the\s+(?:day|week|month|year))|later\s+in\s+the\s+day))(?![\p{L}'’])"
        rf"|{no_name}(?P<d>(?i:today|tonight|yesterday)(?:\s+{part})?)(?![\p{{L}}'’])"
        r"|(?P<d>(?i:recently|at\s+the\s+time))(?![\p{L}'’])"
        r")"
        # "in December", "in July 2015", "in 2014": a bare month or year needs its "in".
        rf"|(?<![\p{{L}}\d])(?i:in)\s+(?P<d>(?:{month}(?:\s+{year})?|{year}))(?![\p{{L}}\d'’])"
        # "a 2014 study", "his 2002 book": the year of the document that speaks.
        rf"|(?<![\p{{L}}\d$])(?P<d>{year})(?=\s+{docs}\b)",
        ignore_unused=True, **lists,
    )
    capw = r"\p{Lu}[\p{L}'’\-]*\.?"
    place = regex.compile(
        r"(?<![\p{L}])(?P<prep>in|at)\s+(?:the\s+)?"
        rf"(?P<p>{capw}(?:\s+(?:(?:of|de|du|la|del)\s+)?{capw}){{0,4}}(?:,\s+\L<regions>)?)",
        ignore_unused=True, **lists,
    )
    return _Patterns(
        dateline, date_only, credit, date, place, regex.compile(_BARRIER, ignore_unused=True, **lists), regex.compile(_SUBORDINATE),
        regex.compile(_INTRO_BARRIER), regex.compile(_RELATIVE_AFTER),
        frozenset(lexicon["channels"]),
        frozenset(lexicon["languages"]) | frozenset(lexicon["months"]) | frozenset(WEEKDAYS),
    )


def _lexicon(lexicon: Lexicon | None) -> Lexicon:
    return lexicon if lexicon is not None else Lexicon.default()


# ---------------------------------------------------------------------------- datelines

def _credits(text: str, pats: _Patterns) -> tuple[SpanT, ...]:
    m = pats.credit.search(text, max(0, len(text) - 40))
    return (m.span(0),) if m else ()


def _dateline_at(text: str, a: int, b: int, pats: _Patterns) -> Dateline | None:
    end = min(b, a + 120)
    m = pats.date_only_dateline.match(text, a, end)
    if m:
        return Dateline(None, m.group("date"), m.span(), m.group("agency"), (m.span("agency"),))
    m = pats.dateline.match(text, a, end)
    if not m:
        return None
    place = m.group("place")
    if m.group("caps") is not None:
        if place in _KICKERS or sum(ch.isalpha() for ch in place) < 3:
            return None
    elif m.group("agency") is None:
        # A title-case name before a dash is a dateline ("Brussels - ") only when the dash
        # is not the first of an appositive pair ("Mehmet Oz - surgeon and TV star - has").
        dash_char = text[m.end() - 1] if text[m.end() - 1] != " " else "-"
        rest = text[m.end() : min(b, m.end() + 200)]
        if dash_char in rest or place.split()[0] in WEEKDAYS:
            return None
    agency_span = (m.span("agency"),) if m.group("agency") else ()
    end_place = m.end("place")
    # the place includes its region ("SELMA, N.C."), not the date or the credit
    region = regex.match(r",[ ](?:[\p{L}.]+(?:[ ][\p{L}.]+)?)", text[end_place : m.end()])
    if region and (m.group("date") is None or m.start("date") > end_place + len(region.group())):
        end_place += len(region.group())
    return Dateline(text[m.start() : end_place], m.group("date"), m.span(), m.group("agency"), agency_span)


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
    m = regex.match(r"(?P<m>\p{L}+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?$", expr)
    if not m:
        return None
    month = _MONTH_NUMBER.get(m.group("m")[:3].lower())
    if month is None:
        return None
    year = int(m.group("y")) if m.group("y") else (ref.year if ref else None)
    if year is None:
        return None
    try:
        day = dt.date(year, month, int(m.group("d")))
    except ValueError:
        return None
    if ref is not None and not m.group("y") and day > ref:
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
    is used as written). Weeks, months, years and vague expressions stay None.
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
        "this morning", "this afternoon", "this evening", "this week", "this weekend", "last night",
        "earlier today", "earlier in the day", "later in the day",
    )


def _reference(published: dt.date | None, dl: Dateline) -> dt.date | None:
    if published is not None:
        return published
    if dl.date and regex.search(r"\d{4}$", dl.date):
        return _month_day(dl.date, None)
    return None


# ---------------------------------------------------------------------------- clauses

Zone = tuple[str, list[SpanT]]


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


def _until_barrier(text: str, a: int, limit: int, blocked: Sequence[SpanT], pats: _Patterns) -> int:
    """Return where the clause stretch starting at `a` ends: next content or boundary."""
    for s, e in blocked:
        if s >= a:
            limit = min(limit, s)
            break
        if e > a:
            return a
    bar = pats.barrier.search(text, a, limit)
    return bar.start() if bar else limit


def _zones(text: str, c: Candidate, layout: Layout, blocked: Sequence[SpanT], pats: _Patterns) -> list[Zone]:
    """Return the clause zones where a date or place of `c` may be written, best first.

    `B` lies between speaker and cue, `A` right after them, `C` is an introductory
    phrase before them, `G` lies between the parts of the content, `D` follows the
    content they govern.
    """
    anchors = [s for s in (c.cue, c.speaker) if s is not None]
    if not anchors:
        return []
    r0, r1 = min(s for s, _ in anchors), max(e for _, e in anchors)
    if c.cue is not None and (r1 - r0 > 250 or any(s < r1 and e > r0 for s, e in c.spans)):
        r0, r1 = c.cue  # speaker and cue far apart or on either side of the content
    sent_a = layout.sentences[layout.sentence_index(r0)] if layout.sentences else (0, len(text))
    sent_b = layout.sentences[layout.sentence_index(max(r0, r1 - 1))] if layout.sentences else sent_a
    lo, hi = max(sent_a[0], r0 - 300), min(sent_b[1], r1 + 300)
    # between speaker and cue, a relative or subordinate clause ("who ... in 2015,")
    # belongs to another event: mask it up to its closing comma
    holes = list(blocked)
    if c.speaker is not None and c.cue is not None and c.speaker[1] < c.cue[0] and (r0, r1) != c.cue:
        for m in pats.subordinate.finditer(text, c.speaker[1], c.cue[0]):
            holes.append(m.span())
        holes.sort()
    zones: list[Zone] = [("B", _free(r0, r1, holes))]
    a_end = _until_barrier(text, r1, min(hi, r1 + 120), blocked, pats)
    if text[r1:a_end].strip() == "" and text[a_end : a_end + 6].split(" ")[0].lower() in _WHILE_SAYING:
        a_end = _until_barrier(text, a_end + 4, min(hi, r1 + 160), blocked, pats)
    zones.append(("A", [(r1, a_end)]))
    # an introductory phrase from the sentence start: "Speaking in X on Monday, Smith said";
    # "It was thrown out on Feb. 9 when the court ruled": the main clause dates the when-clause
    intro_end = r0
    while intro_end > lo and text[intro_end - 1] in " ,\u00a0":
        intro_end -= 1
    if text[max(lo, intro_end - 5) : intro_end] == " when":
        intro_end -= 5
    if lo < intro_end and _free(lo, intro_end, blocked) == [(lo, intro_end)] \
            and not pats.intro_barrier.search(text, lo, intro_end):
        zones.append(("C", [(lo, intro_end)]))
    # between the parts of the content: 'as X called them in an article last week, "..."'
    for (_, e1), (s2, _) in zip(c.spans, c.spans[1:]):
        if s2 - e1 < 120 and not (e1 <= r0 < s2):
            zones.append(("G", [(e1, _until_barrier(text, e1, s2, blocked, pats))]))
    # after the content the anchors govern: "offered [advice] on Friday"
    last = c.spans[-1][1]
    if c.spans[-1][0] >= r1 and last < hi:
        rel = pats.relative_after.match(text, last, hi)
        start = rel.end() if rel else last
        later = [s for s in blocked if s[1] > start]
        zones.append(("D", [(start, _until_barrier(text, start, min(hi, start + 100), later, pats))]))
    return zones


def _find_date(text: str, zones: Sequence[Zone], pats: _Patterns) -> regex.Match[str] | None:
    for name, ranges in zones:
        ms = [m for a, b in ranges for m in pats.date.finditer(text, a, b)]
        if ms:
            # nearest to the anchors: first after them, last before them
            return ms[-1] if name == "C" else ms[0]
    return None


def _good_place(text: str, m: regex.Match[str], pats: _Patterns) -> bool:
    words = regex.findall(r"[\p{L}\-]+", m.group("p"))
    if not words or words[0] in ("The", "A", "An") and len(words) == 1:
        return False
    if any(w in pats.channels for w in words) or words[0] in pats.not_places:
        return False
    if m.group("prep") == "at" and m.group("p").replace(".", "").isupper():
        return False  # "sources at NATO": an affiliation, not a venue
    if regex.search(r"['’]s?$", m.group("p")) or text.startswith(("'s", "’s"), m.end("p")):
        return False  # "in Trump's speech": a possessor, not a place
    nxt = regex.match(r"\s+([\p{Ll}][\p{L}\-]*)", text[m.end() : m.end() + 30])
    return not (nxt and nxt.group(1) not in _AFTER_PLACE)


def _find_place(text: str, c: Candidate, zones: Sequence[Zone],
                pats: _Patterns, date: regex.Match[str] | None) -> regex.Match[str] | None:
    cue_word = text[c.cue[0] : c.cue[1]].split()[-1].lower() if c.cue else ""
    if cue_word in _WRITING_CUES:
        return None
    for name, ranges in zones:
        for m in (m for a, b in ranges for m in pats.place.finditer(text, a, b)):
            if not _good_place(text, m, pats):
                continue
            if m.group("prep") == "at" and name in ("B", "D"):
                continue  # "officials at the State Department said": affiliation
            if name == "B" and c.cue is not None:
                # inside the speaker phrase only "one official in Brussels said" counts
                gap = text[m.end() : c.cue[0]]
                if date is not None and m.end() <= date.start() < c.cue[0]:
                    gap = text[m.end() : date.start()] + text[date.end() : c.cue[0]]
                if gap.strip(" ,") or m.end() > c.cue[0]:
                    continue
            return m
    return None


def _blocked(cands: Sequence[Candidate]) -> list[SpanT]:
    return sorted(s for c in cands for s in c.spans)


def details(text: str, layout: Layout, cands: Sequence[Candidate], dateline: Dateline,
            published: dt.date | None, lexicon: Lexicon | None = None) -> list[Details]:
    """Return the date and place of each candidate's statement, in candidate order."""
    pats = _patterns(_lexicon(lexicon))
    blocked = _blocked(cands)
    ref = _reference(published, dateline)
    out = []
    for c in cands:
        zones = _zones(text, c, layout, blocked, pats)
        dm = _find_date(text, zones, pats)
        date = iso = None
        near = True
        if dm is not None:
            date = dm.group("d")
            day = resolve_date(date, ref)
            iso = day.isoformat() if day else None
            near = _is_near(date, day, ref)
        pm = _find_place(text, c, zones, pats, dm)
        if pm is not None:
            out.append(Details(date, iso, pm.group("p"), True, dm.span("d") if dm else None, pm.span("p")))
        elif dateline.place and near:
            out.append(Details(date, iso, dateline.place, False, dm.span("d") if dm else None))
        else:
            out.append(Details(date, iso, None, None, dm.span("d") if dm else None))
    return out
