"""The attribution metric: match predicted quotes to gold attributions and count.

Takes gold documents (PolNeAR-style JSON objects: `text` and `attributions` with
`source`/`cue`/`content` span lists and a `kind`) and predicted quotes in the
scorer's format (`start`, `end`, optional `spans`, `speaker` as
`{"start", "end", "text"}` or None); gives per-track counts and figures, and the
matching itself so an error report can show what was missed and why.

It reproduces the project's reference scorer figure for figure (a test checks
this on the dev split): a prediction matches a gold attribution when their content
spans, trimmed of spaces, quote marks and edge punctuation, overlap with
IoU >= 0.5 (one-to-one, best first); a prediction lying 90% inside an already
matched gold content (half of a split quote) is neither hit nor false alarm; the
speaker is right when the predicted speaker span overlaps the gold source (or both
are absent). It does not run quotekit: `evaluate` does that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from . import _marks

Span = tuple[int, int]
Spans = tuple[Span, ...]

#: Characters trimmed from both ends of a content span before comparing.
TRIM = " \t\r\n\"“”„«»‘’‚‹›'`.,;:!?—–-()"
# The marks of the corpus's kind rule (polnear_to_jsonl.kind).

#: The tracks, each a set of kinds; "quoted" and "all" are unions of the others.
TRACKS: dict[str, frozenset[str]] = {
    "direct": frozenset({"direct"}),
    "mixed": frozenset({"mixed"}),
    "quoted": frozenset({"direct", "mixed"}),
    "indirect": frozenset({"indirect"}),
    "all": frozenset({"direct", "mixed", "indirect"}),
}


def trim(text: str, s: int, e: int) -> Span:
    """Return `(s, e)` shrunk past spaces, quote marks and edge punctuation."""
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def trim_all(text: str, spans: Iterable[Span]) -> Spans:
    """Return the trimmed parts of `spans` that are not empty."""
    out = (trim(text, s, e) for s, e in spans)
    return tuple(sp for sp in out if sp[0] < sp[1])


def length(spans: Spans) -> int:
    """Return the number of characters the spans cover."""
    return sum(e - s for s, e in spans)


def inter(a: Spans, b: Spans) -> int:
    """Return the number of characters two span lists share."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def iou(a: Spans, b: Spans) -> float:
    """Return intersection over union of two span lists (0.0 when both are empty)."""
    i = inter(a, b)
    u = length(a) + length(b) - i
    return i / u if u else 0.0


def kind_of(spans: Sequence[Span], text: str) -> str:
    """Return the corpus's kind of a content: direct, mixed or indirect.

    Direct when the content is wholly inside quote marks, mixed when it contains
    quote marks, else indirect: the same rule the gold kinds were computed with.
    """
    return _marks.kind_of(text, spans)


def overlaps(span: Span, parts: Sequence[Mapping[str, Any]]) -> bool:
    """Return True when `span` shares a character with one of the `{"start", "end"}` parts."""
    return any(min(span[1], p["end"]) > max(span[0], p["start"]) for p in parts)


def pair(gold: Sequence[Spans], pred: Sequence[Spans]) -> dict[int, int]:
    """Return the one-to-one matching gold index -> prediction index, best IoU first.

    Ties are broken as the reference scorer breaks them (higher indices first), so
    the figures agree to the last count.
    """
    pairs = sorted(
        ((iou(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)), reverse=True
    )
    gm: dict[int, int] = {}
    taken: set[int] = set()
    for v, gi, pi in pairs:
        if v < 0.5:
            break
        if gi in gm or pi in taken:
            continue
        gm[gi] = pi
        taken.add(pi)
    return gm


@attrs.frozen
class Gold:
    """One gold attribution: trimmed content, kind, source parts and the raw record."""

    spans: Spans
    kind: str
    source: list[dict[str, Any]] | None
    record: dict[str, Any] = attrs.field(eq=False)


@attrs.frozen
class Pred:
    """One predicted quote: trimmed content, its kind by the corpus rule, speaker, raw record."""

    spans: Spans
    kind: str
    speaker: dict[str, Any] | None
    record: dict[str, Any] = attrs.field(eq=False)


@attrs.frozen
class DocMatch:
    """The matching of one document's predictions against its gold attributions."""

    doc: str
    text: str
    gold: tuple[Gold, ...]
    pred: tuple[Pred, ...]
    gm: Mapping[int, int]
    pm: Mapping[int, int]
    absorbed: frozenset[int]

    def speaker_ok(self, gi: int) -> bool:
        """Return True when the prediction matched to gold `gi` has the right speaker."""
        src = self.gold[gi].source
        sp = self.pred[self.gm[gi]].speaker
        if src is None and not sp:
            return True
        # an empty source list is neither absent nor overlappable: wrong, as in the reference
        return bool(src) and bool(sp) and overlaps((sp["start"], sp["end"]), src or ())  # type: ignore[index]

    def pred_track_kind(self, pi: int) -> str:
        """Return the kind a prediction counts under: its gold's when matched, else its own."""
        return self.gold[self.pm[pi]].kind if pi in self.pm else self.pred[pi].kind


def gold_items(doc: Mapping[str, Any]) -> list[Gold]:
    """Return the scorable gold attributions of a document (empty trimmed contents dropped)."""
    text = doc["text"]
    out = []
    for a in doc["attributions"]:
        g = trim_all(text, [(c["start"], c["end"]) for c in a["content"]])
        if g:
            out.append(Gold(g, a["kind"], a["source"], a))
    return out


def raw_spans(q: Mapping[str, Any]) -> list[Span]:
    """Return a predicted quote's content parts: `spans` when given, else `(start, end)`."""
    return [(int(a), int(b)) for a, b in q.get("spans") or [(q["start"], q["end"])]]


def pred_items(text: str, quotes: Iterable[Mapping[str, Any]]) -> list[Pred]:
    """Return the scorable predictions (out-of-range and empty contents dropped)."""
    out = []
    for q in quotes:
        raw = raw_spans(q)
        if not all(0 <= a < b <= len(text) for a, b in raw):
            continue
        p = trim_all(text, raw)
        if p:
            out.append(Pred(p, kind_of(raw, text), q.get("speaker"), dict(q)))
    return out


def match_doc(doc: Mapping[str, Any], quotes: Iterable[Mapping[str, Any]]) -> DocMatch:
    """Match one document's predicted quotes (scorer format) against its gold."""
    text = doc["text"]
    gold = gold_items(doc)
    pred = pred_items(text, quotes)
    gm = pair([g.spans for g in gold], [p.spans for p in pred])
    pm = {pi: gi for gi, pi in gm.items()}
    absorbed = set()
    for pi, p in enumerate(pred):
        if pi in pm:
            continue
        # half of a quote split by its attribution: neither hit nor false alarm
        if any(inter(p.spans, gold[gi].spans) >= 0.9 * length(p.spans) for gi in gm):
            absorbed.add(pi)
    return DocMatch(str(doc["id"]), text, tuple(gold), tuple(pred), gm, pm, frozenset(absorbed))


_COUNTS = ("gold", "pred", "gold_hit", "pred_hit", "exact", "spk_ok")


class Tally:
    """Running counts per track over many documents; `result()` gives the figures."""

    def __init__(self) -> None:
        self.docs = 0
        self.counts = {t: dict.fromkeys(_COUNTS, 0) for t in TRACKS}

    def add(self, m: DocMatch) -> None:
        """Count one document's matching in every track."""
        self.docs += 1
        for t, kinds in TRACKS.items():
            c = self.counts[t]
            for gi, g in enumerate(m.gold):
                if g.kind not in kinds:
                    continue
                c["gold"] += 1
                if gi in m.gm:
                    c["gold_hit"] += 1
                    c["exact"] += m.pred[m.gm[gi]].spans == g.spans
                    c["spk_ok"] += m.speaker_ok(gi)
            for pi in range(len(m.pred)):
                if pi in m.absorbed or m.pred_track_kind(pi) not in kinds:
                    continue
                c["pred"] += 1
                c["pred_hit"] += pi in m.pm

    def result(self) -> dict[str, Any]:
        """Return `{"docs": n, track: {gold, pred, P, R, F1, exact_F1, exact, speaker_acc, e2e_F1}}`."""
        out: dict[str, Any] = {"docs": self.docs}
        for t, c in self.counts.items():
            p = _ratio(c["pred_hit"], c["pred"])
            r = _ratio(c["gold_hit"], c["gold"])
            # end-to-end: a true positive needs the right speaker too
            e2e = _f1(_ratio(c["spk_ok"], c["pred"]), _ratio(c["spk_ok"], c["gold"]))
            exact_f1 = _f1(_ratio(c["exact"], c["pred"]), _ratio(c["exact"], c["gold"]))
            out[t] = {
                "gold": c["gold"],
                "pred": c["pred"],
                "P": round(p, 3),
                "R": round(r, 3),
                "F1": round(_f1(p, r), 3),
                "exact_F1": round(exact_f1, 3),
                "exact": round(_ratio(c["exact"], c["gold_hit"]), 3),
                "speaker_acc": round(_ratio(c["spk_ok"], c["gold_hit"]), 3),
                "e2e_F1": round(e2e, 3),
            }
        return out


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def format_table(res: Mapping[str, Any], tracks: Iterable[str] = TRACKS) -> str:
    """Return the scorer's plain-text table of `Tally.result()`."""
    lines = [
        f"{res['docs']} documents",
        f"{'track':9} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6} {'exF1':>6} {'spkAcc':>6} {'e2eF1':>6}",
    ]
    for t in tracks:
        r = res[t]
        lines.append(
            f"{t:9} {r['gold']:6} {r['pred']:6} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} {r['exact']:6.3f}"
            f" {r['exact_F1']:6.3f} {r['speaker_acc']:6.3f} {r['e2e_F1']:6.3f}"
        )
    return "\n".join(lines)


# ---- details: speaker name, anonymity, role, date and place of matched quotes ----

_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "the"})
_WORDS = re.compile(r"[\w'’-]+")


def norm(s: str | None) -> str | None:
    """Return `s` casefolded and reduced to its words joined by spaces (None when empty)."""
    if s is None:
        return None
    return " ".join(_WORDS.findall(s.casefold())) or None


def name_norm(s: str | None) -> str | None:
    """Return a normalised name without honorifics ("Sen. Ana Ruiz" -> "ana ruiz")."""
    n = norm(s)
    if not n:
        return None
    return " ".join(w for w in n.split() if w.rstrip(".") not in _HONORIFICS) or None


def tok_f1(gold: str | None, pred: str | None) -> float:
    """Return the token F1 of two strings after `norm` (1.0 when both are empty)."""
    a, b = (norm(gold) or "").split(), (norm(pred) or "").split()
    if not a or not b:
        return float(a == b)
    common = sum(min(a.count(w), b.count(w)) for w in set(a))
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


_DETAIL_COUNTS = (
    "anon_tp anon_gold anon_pred pairs gold name_ok name_last_ok named named_ok anon_ok role_gold "
    "date_gold date_hit date_pred date_pred_ok place_gold place_hit place_pred place_pred_ok"
).split()


class DetailTally:
    """Running counts of the details metric over the documents the labels cover."""

    def __init__(self, labels: Iterable[Mapping[str, Any]]) -> None:
        self.labels: dict[tuple[str, str], Mapping[str, Any]] = {}
        self.datelines: dict[str, str | None] = {}
        for r in labels:
            if r["id"] == "_doc":
                self.datelines[r["doc"]] = r.get("dateline")
            else:
                self.labels[(r["doc"], r["id"])] = r
        self.c: dict[str, float] = dict.fromkeys(_DETAIL_COUNTS, 0)
        self.c["role_f1"] = 0.0

    def covers(self, doc_id: str) -> bool:
        """Return True when the labels cover document `doc_id`."""
        return doc_id in self.datelines

    def add(self, doc: Mapping[str, Any], quotes: Sequence[Mapping[str, Any]]) -> None:
        """Count the details of one document's matched predictions (a no-op for uncovered ones)."""
        doc_id = doc["id"]
        if doc_id not in self.datelines:
            return
        text, c = doc["text"], self.c
        gold = []
        for a in doc["attributions"]:
            g = trim_all(text, [(x["start"], x["end"]) for x in a["content"]])
            if g and (doc_id, a["id"]) in self.labels:
                gold.append((g, self.labels[(doc_id, a["id"])]))
        c["gold"] += len(gold)
        # unlike the span metric, the reference details scorer keeps every prediction
        pred = [(p, q) for q in quotes if (p := trim_all(text, raw_spans(q)))]
        gm = pair([g for g, _ in gold], [p for p, _ in pred])
        # in acceptance order, as the reference adds up its float role scores
        for gi, pi in gm.items():
            lab, q = gold[gi][1], pred[pi][1]
            c["pairs"] += 1
            # a system without a resolver is judged on its mention text
            pname = q["speaker_name"] if "speaker_name" in q else (q.get("speaker") or {}).get("text")
            gn, pn = name_norm(lab["speaker_name"]), name_norm(pname)
            c["name_ok"] += gn == pn
            c["name_last_ok"] += gn == pn or (bool(gn) and bool(pn) and gn.split()[-1] == pn.split()[-1])  # type: ignore[union-attr]
            if gn:
                c["named"] += 1
                c["named_ok"] += gn == pn
            ga, pa = bool(lab["anonymous"]), bool(q.get("anonymous"))
            c["anon_ok"] += ga == pa
            c["anon_gold"] += ga
            c["anon_pred"] += pa
            c["anon_tp"] += ga and pa
            if lab["role"]:
                c["role_gold"] += 1
                c["role_f1"] += tok_f1(lab["role"], q.get("role"))
            for f in ("date", "place"):
                gv = lab[f] if f == "date" else (lab["place"] or self.datelines.get(doc_id))
                pv = q.get(f)
                if gv:
                    c[f + "_gold"] += 1
                    c[f + "_hit"] += norm(gv) == norm(pv)
                if pv:
                    c[f + "_pred"] += 1
                    c[f + "_pred_ok"] += norm(gv) == norm(pv)

    def result(self) -> dict[str, Any]:
        """Return the details figures, keyed as the reference details scorer keys them."""
        c = self.c
        p = c["pairs"] or 1
        return {
            "gold": c["gold"],
            "paired": c["pairs"],
            "speaker_name_acc": round(c["name_ok"] / p, 3),
            "speaker_name_lenient_acc": round(c["name_last_ok"] / p, 3),
            "named_recall": round(c["named_ok"] / (c["named"] or 1), 3),
            "anonymous_acc": round(c["anon_ok"] / p, 3),
            "anonymous_F1": round(2 * c["anon_tp"] / ((c["anon_gold"] + c["anon_pred"]) or 1), 3),
            "role_f1": round(c["role_f1"] / (c["role_gold"] or 1), 3),
            "date_R": round(c["date_hit"] / (c["date_gold"] or 1), 3),
            "date_P": round(c["date_pred_ok"] / (c["date_pred"] or 1), 3),
            "place_R": round(c["place_hit"] / (c["place_gold"] or 1), 3),
            "place_P": round(c["place_pred_ok"] / (c["place_pred"] or 1), 3),
        }
