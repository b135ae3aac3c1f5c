"""Combine: merge quote-mark candidates with reported-speech candidates.

Takes the candidates of `_attribution.attribute` (anchored on quote marks), those of
`_reported.report` (anchored on cue words) and the quoted spans; gives one list in
which no two candidates have overlapping content. A reported clause that contains a
quotation and more becomes the `mixed` quote and replaces the quotation's own
candidate; a reported clause that is just the quotation, or lies inside one, yields to
the quote-mark candidate. It does not find anything new and does not resolve speakers.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable, Sequence

import attrs
import regex

from ._attribution import Candidate
from ._lazy import lazy
from ._marks import QuotedSpan, kind_of
from ._model import SpanT


def _covers(outer: Sequence[SpanT], inner: Sequence[SpanT]) -> bool:
    return all(any(a <= s and e <= b for a, b in outer) for s, e in inner)


def _overlaps(x: Sequence[SpanT], y: Sequence[SpanT]) -> bool:
    # min(e1, e2) > max(s1, s2), spelt out: plain loops beat a generator here (called per clause)
    for s1, e1 in x:
        for s2, e2 in y:
            if e1 > s2 and e2 > s1 and e1 > s1 and e2 > s2:
                return True
    return False


class _SpanIndex:
    """Which candidates have content overlapping a span: a bisect over their sorted spans.

    Testing every candidate against every quotation was quadratic in the quotes of a
    document (a 1 MB article took a minute). `hits` walks back from the last span
    starting before the query's end while some earlier span still reaches past its
    start, so it costs O(log n + hits) when the indexed spans do not nest, as quote
    contents do not, and stays exact when they do.
    """

    def __init__(self, cands: Sequence[Candidate]) -> None:
        self.items = sorted((s, e, i) for i, c in enumerate(cands) for s, e in c.spans if s < e)
        self.starts = [s for s, _, _ in self.items]
        self.reach = list(itertools.accumulate((e for _, e, _ in self.items), max))

    def hits(self, spans: Sequence[SpanT]) -> list[int]:
        """Return, in order, the indices of the candidates for which `_overlaps` holds."""
        starts, reach, items = self.starts, self.reach, self.items
        out: set[int] = set()
        for s, e in spans:
            j = bisect.bisect_left(starts, e) - 1 if s < e else -1
            while j >= 0 and reach[j] > s:
                if items[j][1] > s:
                    out.add(items[j][2])
                j -= 1
        return sorted(out)

    def touches(self, spans: Sequence[SpanT]) -> bool:
        """Whether `hits` would be non-empty (it stops at the first hit)."""
        starts, reach, items = self.starts, self.reach, self.items
        for s, e in spans:
            j = bisect.bisect_left(starts, e) - 1 if s < e else -1
            while j >= 0 and reach[j] > s:
                if items[j][1] > s:
                    return True
                j -= 1
        return False


def _size(spans: Sequence[SpanT]) -> int:
    if len(spans) == 1:
        return spans[0][1] - spans[0][0]
    return sum([e - s for s, e in spans])


def _start_then_longest(c: Candidate) -> tuple[int, int]:
    """Sort key: by content start, the longer content first (`_size` inlined for one span)."""
    spans = c.spans
    if len(spans) == 1:
        return spans[0][0], spans[0][0] - spans[0][1]
    return spans[0][0], -_size(spans)


def _fit_to_quotes(c: Candidate, starts: list[int], parts: list[SpanT], single: set[SpanT]) -> Candidate | None:
    """Stretch a clause that stops inside a quotation to the quotation's end.

    A sentence cut inside quote marks would otherwise leave half a quotation in the
    clause; a clause that starts inside one is not a report of its own.
    """
    s, e = c.spans[0][0], c.spans[-1][1]
    i = bisect.bisect_right(starts, s) - 1
    if i >= 0 and s < parts[i][1] and s > parts[i][0]:
        return None
    j = bisect.bisect_right(starts, e - 1) - 1
    # only a quotation within the clause's paragraph: one part, not far away
    if j >= 0 and parts[j][0] < e < parts[j][1] and parts[j][1] - e < 1200 and parts[j] in single:
        last = c.spans[-1]
        return attrs.evolve(c, spans=c.spans[:-1] + ((last[0], parts[j][1]),))
    return c


def _run_on(text: str, c: Candidate, quoted: Sequence[QuotedSpan], qstarts: list[int], claimed: Callable[[int], bool]) -> Candidate:
    """Let a clause run on into the quotation that directly follows it.

    `She said the plan works. "We tested it twice."`: when the next sentence is a
    quotation of its own that no quote-mark rule attributed (or that only a floating
    rule gave to the previous speaker), it continues the report, as news writes it and
    as the corpus annotates it: one mixed quote. Not across a paragraph break after a
    full stop.
    """
    end = c.spans[-1][1]
    i = bisect.bisect_left(qstarts, end)
    if i >= len(quoted):
        return c
    q = quoted[i]
    # the cheap tests first: few clauses have a quotation right after them, and only
    # for those is it worth asking whether a quote-mark rule holds it
    if q.close_mark is None or len(q.parts) > 1 or not 0 < q.open_mark - end <= 3 or claimed(i):
        return c
    if text[end - 1] == "." and "\n" in text[end : q.open_mark]:
        # `She said the plan works.¶"We tested it."`: a report that ends its paragraph with
        # a full stop is whole; the quote paragraph after it is the corpus's own
        # attribution (or none), not the report's rest. After a colon it is (train: 21
        # hits gained, 10 lost)
        return c
    return attrs.evolve(c, spans=c.spans[:-1] + ((c.spans[-1][0], q.end),), kind="mixed")


# The occasion or manner between an attribution's verb and its sentence end:
# `..., she said in an interview.`, `..., Roe said of the plan.` (no quote mark, no
# sentence end of its own, so `said in Washington, D.C.` does not qualify).
_ADJUNCT_GAP = lazy(regex.compile,
    r"[^\S\r\n]+(?:in|on|at|from|of|to|during|with|after|before|by|about|last|this|earlier|later)\b"
    r"[^\"“”„«»'`\n.!?;:]{1,60}\.[^\S\r\n]{1,3}"
)


_CONJ_RESUME = lazy(regex.compile, r",[^\S\r\n]+(?P<conj>(?:and|but)(?:[^\S\r\n]+(?:still|also|then))?)[^\S\r\n]*")


# `..., says Ada Roe, head of the dock union. "We ...`: the speaker's apposition ends the sentence
_APPOSITION_GAP = lazy(regex.compile, r",[^\S\r\n]+[^\"“”„«»'`\n.!?;:()]{1,100}\.[^\S\r\n]{1,3}")


# The rules whose clause ends in its attribution, which `_resume` may carry on.
_RESUMING = frozenset(("CSV", "CVS"))


def _resume(text: str, c: Candidate, quoted: Sequence[QuotedSpan], qstarts: list[int], claimed: Callable[[int], bool]) -> Candidate:
    """Let a clause that ends in its attribution resume in the quotation right after it.

    `The plan is "sound," the engineer said. "We checked every beam."`: news interrupts
    a report with its attribution as it does a direct quote, and the corpus annotates
    one mixed quote with two spans. Only when nothing else attributes the
    quotation and it opens right after the attribution's last word or after a short
    phrase that ends the attribution's sentence (`the engineer said in an interview.
    "We checked ..."`).
    """
    if c.rule not in _RESUMING or c.cue is None:
        return c
    anchor = max(c.cue[1], c.speaker[1] if c.speaker else 0)
    i = bisect.bisect_left(qstarts, anchor)
    if i >= len(quoted) or claimed(i):
        return c
    q = quoted[i]
    if q.close_mark is None:
        return c
    conj = _CONJ_RESUME.fullmatch(text, anchor, q.open_mark) if len(c.spans) == 1 else None
    if conj is not None:
        # `Roe "got a deal," Holm said, and still "sat in."`: the conjunction carries the report on
        return attrs.evolve(c, spans=c.spans + ((conj.start("conj"), q.parts[0][1]),) + tuple(q.parts[1:]), kind="mixed")
    gap_ok = len(c.spans) == 1 and (
        _ADJUNCT_GAP.fullmatch(text, anchor, q.open_mark) or (c.rule == "CVS" and _APPOSITION_GAP.fullmatch(text, anchor, q.open_mark) and not text[q.after : q.after + 3].lstrip()[:1].islower())
    )
    if not 0 < q.open_mark - anchor <= 3 and not gap_ok:
        return c
    return attrs.evolve(c, spans=c.spans + tuple(q.parts), kind="mixed")


def _runs_over(r: Candidate, ds: Sequence[Candidate]) -> bool:
    """A forward clause that runs on over a quotation with its own attribution and goes on.

    `She hinted the plan was weak - "we need details," she said - and left`. A clause
    that ends in the quotation's attribution (`... "it works," Roe said, the paper
    reported`) is a report of that report and keeps it.
    """
    if r.cue is None or r.cue[1] > r.spans[0][0]:
        return False
    end = r.spans[-1][1]
    return any(d.cue is not None and _covers(r.spans, (d.cue,)) and end - d.cue[1] > 12 for d in ds)


# Rules whose speaker walk crosses commas (an apposition, an earlier clause) and so may
# end inside a quotation; a plain SVC speaker sits right before its cue.
_WALKS_BACK_OVER_COMMAS = frozenset(("S_appos_VC", "participle"))


def _speaker_in_quote(r: Candidate, direct: Sequence[Candidate], index: _SpanIndex) -> Candidate:
    """A speaker the walk back found inside another quotation is that quotation's speaker.

    `"I won ten states," Roe said, referring to Ilves`: the apposition walk of the
    participle cue reads back into the quote (`ten states`); the report is Roe's, as
    the quotation is. A quotation that the report itself holds does not count.
    """
    if r.speaker is None:
        return r
    for i in index.hits((r.speaker,)):
        d = direct[i]
        if _covers(d.spans, (r.speaker,)) and not _overlaps(d.spans, r.spans):
            return attrs.evolve(r, speaker=d.speaker)
    return r


# Between a quote's attribution and a participle that continues it: `"...," said Ada Roe,
# head of the union, noting that ...` (no sentence end, no other quotation).
_ATTRIBUTION_TAIL = regex.compile(r"[^.!?;\"“”\n]{0,120}")


def _attribution_ends(direct: Sequence[Candidate]) -> list[tuple[int, SpanT]]:
    """Where each quote-then-attribution candidate's attribution ends, with its speaker, sorted."""
    return sorted(
        (max(d.cue[1], d.speaker[1]), d.speaker)
        for d in direct
        if d.speaker is not None and d.cue is not None and d.spans[-1][1] <= d.cue[0]
    )


def _participle_of_quote(text: str, r: Candidate, ends: list[tuple[int, SpanT]]) -> Candidate:
    """A participle report right after a quotation's attribution is that speaker's.

    `"It pays," said Ada Roe, head of the union, noting that ...`: the participle rule
    reads the sentence's earlier reports and its subject, not the quote-mark rules'
    inverted speaker.
    """
    if r.rule != "participle" or r.cue is None:
        return r
    j = bisect.bisect_right(ends, (r.cue[0], (len(text), len(text)))) - 1
    if j >= 0 and _ATTRIBUTION_TAIL.fullmatch(text, ends[j][0], r.cue[0]):
        return attrs.evolve(r, speaker=ends[j][1])
    return r


# A quotation's closing comma and mark, then its attribution: `..., ” she said`.
_COMMA_CLOSE = regex.compile(r",[\"”’']{1,2}[^\S\r\n]")
# The clause after the attribution's comma: a quotation or a lower-case word that is no
# participle (`adding that ...` is a report of its own) and no subordinator of the
# writer's (`when a protester fell`).
_RESUMED = lazy(regex.compile,
    r"[\"“‘']|(?!(?:(?:also|not|even|then|still|just|\p{Ll}+ly)[^\S\r\n]+){0,2}\p{Ll}+ing\b|(?:when|while|as|after|before|because|since|if|though|although|until|with|in|on|at)\b)\p{Ll}"
)


def _resumed_clause(text: str, r: Candidate, by_cue: dict[SpanT, Candidate]) -> Candidate | None:
    """The quotation a clause resumes across its attribution, or None.

    `"Only you," she said, would dare to try.`: the writer interrupts one report with its
    attribution, and the corpus marks the quotation and the clause after the attribution
    as one quote. The clause is reported from the quotation's own cue, right after the
    cue and its comma, and the quotation ends with a comma.
    """
    cue = r.cue
    if cue is None:
        return None
    d = by_cue.get(cue)
    if d is None or d.spans[-1][1] > r.spans[0][0]:
        return None
    if not _COMMA_CLOSE.match(text, d.spans[-1][1] - 1) or not text[cue[1] : r.spans[0][0]].rstrip().endswith(","):
        return None
    if not _RESUMED.match(text, r.spans[0][0]):
        return None
    return d


_FIRST = operator.itemgetter(0)


def combine(
    text: str, direct: Sequence[Candidate], reported: Sequence[Candidate], quoted: Sequence[QuotedSpan]
) -> list[Candidate]:
    """Return quote-mark and reported candidates in `text` merged, without overlapping content."""
    # (quotations come in document order, so the sort finds the parts nearly sorted)
    parts = [p for q in quoted for p in q.parts]
    parts.sort()
    starts = list(map(_FIRST, parts))
    qstarts = [q.open_mark for q in quoted]
    single = {q.parts[0] for q in quoted if len(q.parts) == 1}
    anchored: _SpanIndex | None = None

    def claimed(i: int) -> bool:
        """Whether a quote-mark rule other than a floating one holds quotation `i`.

        Asked for the few quotations right after a clause only, so the index of the
        anchored candidates is built on the first question, not for every document.
        """
        nonlocal anchored
        if anchored is None:
            anchored = _SpanIndex([d for d in direct if not d.rule.startswith("floating")])
        return anchored.touches(quoted[i].parts)

    index = _SpanIndex(direct)
    attribution_ends = _attribution_ends(direct) if any(r.rule == "participle" for r in reported) else []
    by_cue = {d.cue: d for d in direct if d.cue is not None and d.rule.startswith("QSV") and len(d.spans) == 1}
    dropped: set[int] = set()
    kept: list[Candidate] = []
    for r in sorted(reported, key=_start_then_longest):
        if r.rule in _WALKS_BACK_OVER_COMMAS and r.speaker is not None and index.touches((r.speaker,)):
            r = _speaker_in_quote(r, direct, index)
        if r.rule == "participle" and attribution_ends:
            r = _participle_of_quote(text, r, attribution_ends)
        fitted = _fit_to_quotes(r, starts, parts, single)
        if fitted is None:
            continue
        r = _run_on(text, fitted, quoted, qstarts, claimed) if quoted else fitted
        if r.rule in _RESUMING:
            r = _resume(text, r, quoted, qstarts, claimed)
        if kept and _overlaps(kept[-1].spans, r.spans):
            continue  # the outer report already holds this one
        clash = index.hits(r.spans)
        if not clash:
            resumed = _resumed_clause(text, r, by_cue) if r.cue in by_cue else None
            if resumed is not None:
                # one quote, two spans: the quotation and the clause that resumes it
                spans = resumed.spans + r.spans
                r = attrs.evolve(r, spans=spans, kind=kind_of(text, spans), speaker=resumed.speaker, rule=resumed.rule + "+interrupted")
                dropped.add(direct.index(resumed))
            kept.append(r)
            continue
        ds = [direct[i] for i in clash]
        if _runs_over(r, ds):
            # `X suggested the plan was weak - "we need details," she said - and ...`:
            # the clause ran on over a quotation with its own attribution: the quote wins,
            # the clause keeps what comes before it
            cut = min(min(d.spans[0][0] - 1, d.cue[0] if d.cue else d.spans[0][0], d.speaker[0] if d.speaker else d.spans[0][0]) for d in ds)
            s0 = r.spans[0][0]
            if len(r.spans) == 1 and cut - s0 > 12 and not (kept and _overlaps(kept[-1].spans, ((s0, cut),))):
                inner = [p for p in parts if s0 <= p[0] < cut]
                kept.append(attrs.evolve(r, spans=((s0, cut),), kind="mixed" if inner else "indirect"))
            continue
        if all(_covers(r.spans, d.spans) for d in ds) and _size(r.spans) > sum(_size(d.spans) for d in ds) + 3:
            speaker = r.speaker or ds[0].speaker
            kept.append(attrs.evolve(r, speaker=speaker))
            dropped.update(clash)
        # otherwise the clause is the quotation itself or cuts through one: the quote wins
    out = [d for i, d in enumerate(direct) if i not in dropped] + kept
    out.sort(key=lambda c: (c.spans[0][0], c.spans[-1][1]))
    return out
