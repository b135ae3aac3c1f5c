"""Attribution: match quoted spans to a speaker and a cue with named patterns.

Takes the text, its layout, the quoted spans and the lexicon; gives `Candidate`s
(content spans, kind, speaker span, cue span, rule name) for DIRECT quotes: content
wholly inside quote marks, with the speaker mention as written. Each pattern is a
named rule tried in order (`RULES`); the first that matches a quoted span wins:

- after the quote: QVS `"...," said X`, QSV `"...," X said` (and `according to X`),
  `dash` `"..." - Jane Doe`;
- before it: SVQ `X said: "..."`, `according_to` `According to X, "..."`,
  `lead_in` `X's response: "..."` / `Jane Doe: "..."`, `SVQ_paragraph` (a paragraph
  ending `X said:` followed by a quote paragraph).

Two passes then join parts the gold standard counts as one quote: the second half of
a quote interrupted by its attribution (`"A," she said. "B."`) and quote paragraphs
with no attribution of their own that continue the previous paragraph's attributed
quote (`floating_previous_speaker`).

It deliberately does not: emit quoted spans it cannot attribute (scare quotes, titles,
slogans); emit quotes that start inside a sentence (`the plan was "dead," he said`:
those are mixed quotes, built by the reported-speech stage); resolve pronouns or
names (the resolver does); find dates and places.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import attrs
import regex

from ._lexicon import Lexicon
from ._marks import QuotedSpan
from ._model import Kind, SpanT
from ._text import Layout


@attrs.frozen
class Candidate:
    """An attributed statement before resolution: spans into the text only."""

    spans: tuple[SpanT, ...]
    kind: Kind
    speaker: SpanT | None
    cue: SpanT | None
    rule: str


# A word of a speaker phrase: letters/digits with inner dots, apostrophes, hyphens
# ("Sen.", "U.S.", "O'Neill", "17-year-old", "Trump's").
_TOK = r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&\-]*"
# Helpers that may sit between a speaker and the verb: "has said", "later told".
_AUX = (r"(?:has|have|had|would|will|also|later|then|once|previously|recently|again|"
        r"quickly|simply|just|further|often|repeatedly|now|still|finally|earlier|publicly|"
        r"privately|famously|flatly|bluntly|angrily|candidly|succinctly|sarcastically)")
_MARKS = "\"“”„«»‘’'`‹›"

# Words that end a speaker phrase read forwards ("said Jane Doe of Acme" -> "Jane Doe").
_STOP_AFTER = frozenset(
    """who whom whose which that of in at on for from to during after before when while as about
    with and but adding referring speaking because where whether than via into over under
    last this earlier later recently yesterday today tonight monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december told said says asked wrote added noting pointing calling according""".split()
)
# Words that cannot start a speaker phrase although capitalised.
_NOT_SPEAKER_START = frozenset(
    """and but so yet or then still also later earlier when while as if because though although
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    in on at for with from by after before during since until this that these those there here
    it's that's there's what how why where asked""".split()
)
# Words a speaker phrase read backwards from its verb does not cross ("when she said").
_STOP_BEFORE = frozenset(
    """that when as if because but while after before so then where who which whom whose
    though although since until once how what why than and or nor yet also just later said
    says told asked is was are were be been being has have had do does did not""".split()
)
_DETERMINERS = frozenset(
    """the a an one two three four five six seven eight nine ten some many several few other
    another both all most his her their its our my your this these those each every any no
    such former""".split()
)


@attrs.frozen(eq=False)
class _Patterns:
    qvs: regex.Pattern[str]
    qsv: regex.Pattern[str]
    svq: regex.Pattern[str]
    according: regex.Pattern[str]
    possessive: regex.Pattern[str]
    dash: regex.Pattern[str]
    np_end: regex.Pattern[str]
    pronouns: frozenset[str]
    labels: frozenset[str]


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    verbs = sorted(lexicon["speech_verbs"], key=len, reverse=True)
    pron = frozenset(lexicon["pronouns"])
    cue = r"(?P<cue>\L<verbs>)\b"
    kw = {"verbs": verbs}
    return _Patterns(
        # "...," said Jane Doe / "...," said the mayor  (speaker checked in Python)
        qvs=regex.compile(rf"[ \t]*,?[ \t]*{cue}[ \t]+(?P<spk>{_TOK}(?:[ \t]+{_TOK}){{0,9}})", regex.I, **kw),
        # "...," Jane Doe said / "...," Sen. Jane Roe, D-Ore., said / "...," he later told
        qsv=regex.compile(
            rf"[ \t]*,?[ \t]*(?P<spk>{_TOK}(?:[ \t]+{_TOK}){{0,9}}?)"
            rf"(?:[ \t]*,[^{_MARKS},;:\n]{{1,160}}?,?)?[ \t]+(?:{_AUX}[ \t]+){{0,2}}{cue}",
            **kw,
        ),
        # Jane Doe said: "..." / she told reporters on Monday, "..."  (searched before the quote)
        svq=regex.compile(rf"{cue}(?:[ \t]+[^{_MARKS},:;.!?\n]{{1,120}}?)?[ \t]*[:,]?[ \t]*$", regex.I, **kw),
        according=regex.compile(rf"(?:^|[ \t(—–-])(?P<cue>[Aa]ccording[ \t]+to)[ \t]+(?P<spk>{_TOK}(?:[ \t]+{_TOK}){{0,7}})[ \t]*[,:][ \t]*$"),
        possessive=regex.compile(
            rf"(?P<spk>{_TOK}(?:[ \t]+{_TOK}){{0,5}})['’]s?[ \t]+(?:\p{{L}}+[ \t]+)?(?P<cue>response|reply|answer|"
            r"statement|message|words|explanation|verdict|take|retort|tweet|comment|advice|warning|"
            r"reaction|assessment|argument|view|pitch|plea|promise|pledge|message|claim|conclusion)[ \t]*:[ \t]*$"
        ),
        # "..." - Jane Doe  /  "..." ― President Jane Doe, tweeting after the vote.
        dash=regex.compile(
            r"[ \t]*(?:\n[\n \t]*)?(?P<cue>[-–—―]{1,2})[ \t]*(?P<spk>\p{Lu}[\p{L}\p{M}'’.\-]*"
            r"(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|van|von|der|da|del|la|le|bin|al)){0,5})"
            r"[ \t]*(?:[,(][^\n]{0,160})?(?=\n|$)"
        ),
        np_end=regex.compile(rf"(?:{_TOK}[ \t]+){{0,11}}{_TOK}[ \t]*$"),
        pronouns=pron,
        labels=frozenset(x.casefold() for x in lexicon.lists.get("quote_labels", ())),
    )


def _trim_dot(text: str, s: int, e: int) -> int:
    """Drop a sentence-final dot from a speaker span, keeping abbreviations ("Jr.", "J.")."""
    if e - s > 1 and text[e - 1] == ".":
        word = text[s:e].rsplit(None, 1)[-1]
        core = word[:-1]
        if not (len(core) <= 2 or "." in core or core.lower() in ("jr", "sr", "inc", "co", "corp", "ltd", "gen", "sen", "rep", "gov")):
            return e - 1
    return e


def _tokens(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    pos = s
    for w in text[s:e].split():
        i = text.index(w, pos)
        out.append((i, i + len(w)))
        pos = i + len(w)
    return out


def _speaker_ok(text: str, toks: list[tuple[int, int]], pats: _Patterns) -> bool:
    """Is this run of words a plausible speaker mention (name, pronoun, description)?"""
    if not toks or len(toks) > 12:
        return False
    first = text[toks[0][0] : toks[0][1]]
    low = first.lower()
    if low in pats.pronouns:
        return True
    if low in _NOT_SPEAKER_START:
        return False
    return first[0].isupper() or low in _DETERMINERS or first[0].isdigit()


def _np_forward(text: str, s: int, e: int, pats: _Patterns) -> SpanT | None:
    """Return the speaker phrase at the start of text[s:e] read forwards ("said X ...")."""
    toks = _tokens(text, s, e)
    if not toks:
        return None
    first = text[toks[0][0] : toks[0][1]].rstrip(".,")
    if first.lower() in pats.pronouns:
        return toks[0][0], toks[0][0] + len(first)
    keep = []
    for i, (a, b) in enumerate(toks):
        w = text[a:b]
        if i and w.lower().rstrip(".,") in _STOP_AFTER:
            break
        keep.append((a, b))
        if w[-1] in ",;:" or (w[-1] == "." and _trim_dot(text, a, b) < b):
            break
    # a name ends with a capitalised word: "said Jane Doe laughing" -> "Jane Doe"
    if text[keep[0][0]].isupper():
        while len(keep) > 1 and not text[keep[-1][0]].isupper():
            keep.pop()
    if not _speaker_ok(text, keep, pats):
        return None
    a, b = keep[0][0], keep[-1][1]
    b = _trim_dot(text, a, b.__index__() if text[b - 1] not in ",;:" else b - 1)
    return (a, b) if b > a else None


def _np_backward(text: str, lo: int, end: int, pats: _Patterns) -> SpanT | None:
    """Return the speaker phrase that ends at `end` read backwards ("... X said")."""
    m = pats.np_end.search(text, lo, end)
    if not m:
        return None
    toks = _tokens(text, m.start(), end)
    # drop helpers between the speaker and the verb: "Trump also said"
    while toks and regex.fullmatch(_AUX, text[toks[-1][0] : toks[-1][1]], regex.I):
        toks.pop()
    start = 0
    for i, (a, b) in enumerate(toks):
        w = text[a:b].lower()
        if w in _STOP_BEFORE and not (w == "and" and 0 < i < len(toks) - 1 and text[toks[i - 1][0]].isupper()
                                      and text[toks[i + 1][0]].isupper()):
            start = i + 1
    toks = toks[start:]
    while toks and not _speaker_ok(text, toks[:1], pats):
        toks = toks[1:]
    if not toks or not _speaker_ok(text, toks, pats):
        return None
    return toks[0][0], toks[-1][1]


def _opens_clause(text: str, mark: int, para_start: int) -> bool:
    """True when a quote mark stands at the start of a sentence or clause, not mid-phrase."""
    i = mark - 1
    while i >= para_start and text[i] in " \t":
        i -= 1
    if i < para_start:
        return True
    c = text[i]
    if c in _MARKS or c == ")":
        # the end of an earlier quote: "...the end." "Next"
        j = i - 1
        while j >= para_start and text[j] in _MARKS:
            j -= 1
        return j < para_start or text[j] in ".!?…"
    return c in ".!?:;…—–-―(["


def _ends_clause(text: str, q: QuotedSpan) -> bool:
    """True when a quote ends where an attribution may follow: `"...,"`, `"...?"`, `"...",`."""
    last = text[q.end - 1 : q.end] if q.end > q.start else ""
    nxt = text[q.after : q.after + 1]
    return last in (",", "?", "!", "—", "–", "-", "…") or nxt == "," or (last == "." and text[q.after: q.after + 2] in (" s", " S"))


Rule = Callable[[str, QuotedSpan, SpanT, _Patterns], "tuple[Candidate, int] | None"]


def _after(text: str, q: QuotedSpan, para: SpanT, pats: _Patterns) -> tuple[Candidate, int] | None:
    """QVS / QSV / according_to after the quote; returns the candidate and where its clause ends."""
    if q.close_mark is None or not _ends_clause(text, q):
        return None
    if not _opens_clause(text, q.open_mark, para[0]):
        return None
    pos, limit = q.after, min(para[1], q.after + 260)
    m = pats.qvs.match(text, pos, limit)
    if m:
        sp = _np_forward(text, m.start("spk"), m.end("spk"), pats)
        if sp:
            cue = text[m.start("cue") : m.end("cue")].lower()
            rule = "according_to" if cue.startswith("according") else "QVS"
            return Candidate(q.parts, "direct", sp, m.span("cue"), rule), sp[1]
    m = pats.qsv.match(text, pos, limit)
    if m:
        toks = _tokens(text, m.start("spk"), m.end("spk"))
        if _speaker_ok(text, toks, pats) and not any(
            text[a:b].lower() in _STOP_BEFORE for a, b in toks[1:]
        ):
            return Candidate(q.parts, "direct", m.span("spk"), m.span("cue"), "QSV"), m.end("cue")
    return None


def _dash(text: str, q: QuotedSpan, para: SpanT, pats: _Patterns) -> tuple[Candidate, int] | None:
    """`"..." - Jane Doe`, on the quote's own line or the next one (vox pops, epigraphs)."""
    if q.close_mark is None or q.open_mark != para[0]:
        return None
    m = pats.dash.match(text, q.after, min(len(text), q.after + 240))
    if not m:
        return None
    sp = m.span("spk")
    sp = (sp[0], _trim_dot(text, *sp))
    return Candidate(q.parts, "direct", sp, m.span("cue"), "dash"), m.end()


def _before(text: str, q: QuotedSpan, para: SpanT, pats: _Patterns) -> tuple[Candidate, int] | None:
    """SVQ, according_to and lead-ins before the quote, in the same paragraph."""
    lo = max(para[0], q.open_mark - 300)
    # the clause that leads into the quote starts after the last sentence end
    seg = text[lo : q.open_mark]
    cut = max(seg.rfind(". "), seg.rfind("? "), seg.rfind("! "), seg.rfind(_LAST_MARK_SENTINEL))
    for mk in _MARKS:
        cut = max(cut, seg.rfind(mk))
    lo = lo + cut + 1 if cut >= 0 else lo
    if lo >= q.open_mark:
        return None
    return _lead_in(text, q, lo, q.open_mark, pats, "")


_LAST_MARK_SENTINEL = "\n"


def _lead_in(text: str, q: QuotedSpan, lo: int, end: int, pats: _Patterns, suffix: str) -> tuple[Candidate, int] | None:
    """Match the lead-in clause text[lo:end] that introduces quote `q`."""
    m = pats.according.search(text, lo, end)
    if m:
        sp = _np_forward(text, m.start("spk"), m.end("spk"), pats)
        if sp:
            return Candidate(q.parts, "direct", sp, m.span("cue"), "according_to" + suffix), q.after
    m = pats.possessive.search(text, lo, end)
    if m:
        sp = _np_backward(text, lo, m.end("spk"), pats)
        if sp:
            return Candidate(q.parts, "direct", sp, m.span("cue"), "lead_in" + suffix), q.after
    m = pats.svq.search(text, lo, end)
    if m and (text[m.end() - 1 : m.end()].strip() in (":", ",") or _colon_or_comma(text, m.end(), end)
              or text[q.start : q.start + 1].isupper()):
        sp = _np_backward(text, lo, m.start("cue"), pats)
        if sp:
            return Candidate(q.parts, "direct", sp, m.span("cue"), "SVQ" + suffix), q.after
    # "Jane Doe: '...'" -- a bare name (or a dash-led one) and a colon
    seg = text[lo:end].rstrip()
    if seg.endswith(":"):
        head = seg[:-1]
        for sep in (" - ", " — ", " – "):
            if sep in head:
                head = head.rsplit(sep, 1)[1]
        a = lo + len(seg) - 1 - len(head)
        toks = _tokens(text, a, a + len(head))
        if (0 < len(toks) <= 5 and all(text[x].isupper() or text[x:y] in ("de", "van", "von", "and", "al") for x, y in toks)
                and head.strip().casefold() not in pats.labels):
            return Candidate(q.parts, "direct", (toks[0][0], toks[-1][1]), (lo + len(seg) - 1, lo + len(seg)), "lead_in" + suffix), q.after
    return None


def _colon_or_comma(text: str, a: int, b: int) -> bool:
    return text[a:b].strip() in (":", ",")


RULES: Sequence[tuple[str, Rule]] = (
    ("after_quote", _after),
    ("dash", _dash),
    ("before_quote", _before),
)


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Can the attribution clause text[a:b] sit between two halves of one quote?"""
    if b < a or b - a > 160:
        return False
    gap = text[a:b]
    if "\n" in gap or any(mk in gap for mk in _MARKS):
        return False
    core = gap.rstrip()
    if not core:
        return True
    if core[-1] not in ".,:;!?—–-":
        return False
    # at most the one sentence end that closes the attribution clause
    return not regex.search(r"[.!?][ \t]+\p{Lu}", core[:-1])


def attribute(text: str, layout: Layout, quoted: Sequence[QuotedSpan], lexicon: Lexicon) -> list[Candidate]:
    """Return one candidate per attributed direct quote, in document order."""
    pats = _patterns(lexicon)
    paras = layout.paragraphs
    out: list[Candidate] = []
    ends: list[int] = []  # where each candidate's attribution clause ends
    paras_of: list[int] = []
    used: set[int] = set()
    n = len(quoted)
    for i, q in enumerate(quoted):
        if i in used:
            continue
        pi = layout.paragraph_index(q.open_mark)
        para = paras[pi] if paras else (0, len(text))
        found = None
        for _name, rule in RULES:
            found = rule(text, q, para, pats)
            if found:
                break
        if found is None and q.open_mark == para[0] and pi > 0:
            found = _paragraph_lead_in(text, q, paras[pi - 1], pats)
        if found is None:
            if out and q.open_mark == para[0] and _floating(text, q, para, paras_of[-1], pi, ends[-1], paras):
                c = out[-1]
                out[-1] = attrs.evolve(c, spans=c.spans + q.parts, rule=c.rule.split("+")[0] + "+floating_previous_speaker")
                ends[-1] = q.after
                paras_of[-1] = layout.paragraph_index(q.end)
            continue
        c, clause_end = found
        # the second half of a quote interrupted by its attribution: "A," she said. "B."
        j = i + 1
        if c.rule.split("+")[0] in ("QVS", "QSV", "according_to") and j < n:
            q2 = quoted[j]
            if (q2.open_mark < para[1] and _gap_ok(text, clause_end, q2.open_mark)
                    and not _after(text, q2, para, pats)):
                c = attrs.evolve(c, spans=c.spans + q2.parts, rule=c.rule + "+interrupted")
                used.add(j)
                clause_end = q2.after
        out.append(c)
        ends.append(clause_end)
        paras_of.append(layout.paragraph_index(max(c.spans[-1][1] - 1, c.spans[-1][0])))
    return out


def _paragraph_lead_in(text: str, q: QuotedSpan, prev: SpanT, pats: _Patterns) -> tuple[Candidate, int] | None:
    """`Jane Doe went on to say:` closing the previous paragraph introduces this quote paragraph."""
    a, b = prev
    while b > a and text[b - 1] in " \t":
        b -= 1
    if b <= a or text[b - 1] != ":":
        return None
    lo = max(a, b - 300)
    seg = text[lo:b]
    cut = max(seg.rfind(". "), seg.rfind("? "), seg.rfind("! "))
    for mk in _MARKS:
        cut = max(cut, seg.rfind(mk))
    lo = lo + cut + 1 if cut >= 0 else lo
    found = _lead_in(text, q, lo, b, pats, "_paragraph")
    return found


def _floating(text: str, q: QuotedSpan, para: SpanT, prev_pi: int, pi: int, prev_end: int,
              paras: Sequence[SpanT]) -> bool:
    """Does the quote paragraph `q` continue the previous paragraph's attributed quote?"""
    if prev_pi != pi - 1 or q.close_mark is None:
        return False
    # the whole paragraph is the quote
    rest = text[q.after : para[1]].strip(" \t.,;")
    if rest:
        return False
    # and the previous paragraph ends with that quote or its attribution clause
    pa, pb = paras[pi - 1]
    if not pa <= prev_end <= pb:
        return False
    tail = text[prev_end:pb]
    return len(tail) <= 200 and not any(mk in tail for mk in _MARKS) and not regex.search(r"[.!?][ \t]+\p{Lu}", tail)
