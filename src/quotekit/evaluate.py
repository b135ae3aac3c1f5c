"""Score quotekit against annotated news, and show its errors: `python -m quotekit.evaluate`.

Takes a gold corpus in JSON lines (PolNeAR-style: `id`, `text`, `date`,
`attributions` with `source`/`cue`/`content` span lists and a `kind`; see
docs/evaluation.md), runs `quotekit.extract(text, published=date)` on every
document (or reads predictions with `--pred`), and prints the attribution metric
per track (direct, mixed, quoted, indirect, all), the throughput, and with
`--details` the speaker-name/anonymity/role/date/place figures. `--errors N` lists
misses, false alarms and wrong speakers with their sentence, the gold source and
cue, the predicted speaker and the rule that fired: the project's error analysis.
It changes nothing in extraction and never needs the project's own corpora.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any

import attrs

import quotekit

from ._scoring import TRACKS, DetailTally, DocMatch, Spans, Tally, format_table, iou, match_doc
from ._text import Layout

PROG = "python -m quotekit.evaluate"
# Tracks whose errors are listed by default: they partition "all", so nothing shows twice.
BASE_TRACKS = ("direct", "mixed", "indirect")
CONTEXT = 240  # characters of context at most on each side of a span
LONG = 320  # contents longer than this are shown with their middle cut
PLURAL = {"miss": "misses", "false alarm": "false alarms", "wrong speaker": "wrong speakers"}


def scorer_rows(quotes: Sequence[quotekit.Quote]) -> list[dict[str, Any]]:
    """Return quotes in the scorer's prediction format: `to_dict()` with `speaker` as a span dict."""
    rows = []
    for q in quotes:
        r = q.to_dict()
        sp = q.speaker
        r["speaker"] = {"start": sp.start, "end": sp.end, "text": sp.text} if sp else None
        rows.append(r)
    return rows


@attrs.frozen
class ErrorCase:
    """One error to show: what went wrong, where, and the evidence."""

    what: str  # "miss", "false alarm" or "wrong speaker"
    kind: str
    doc: str
    lines: tuple[str, ...]
    rule: str | None = None  # the predicted quote's rule/sieve, None for misses


def _mark(text: str, layout: Layout, span: tuple[int, int], marks: Sequence[tuple[int, int, str, str]]) -> str:
    """Return the sentences around `span` with each (start, end, open, close) mark inserted."""
    a, b = 0, len(text)
    if layout.sentences:
        a = layout.sentences[layout.sentence_index(span[0])][0]
        b = layout.sentences[layout.sentence_index(max(span[0], span[1] - 1))][1]
    lo = max(min(a, span[0]), span[0] - CONTEXT, 0)
    hi = min(max(b, span[1]), span[1] + CONTEXT, len(text))
    inserts: list[tuple[int, int, str]] = []
    for ms, me, o, c in marks:
        if ms < hi and me > lo:
            inserts += [(max(ms, lo), 1, o), (min(me, hi), 0, c)]
    inserts.sort()
    out: list[str] = []
    pos = lo
    for off, _, tag in inserts:
        out += [text[pos:off], tag]
        pos = off
    out.append(text[pos:hi])
    s = " ".join("".join(out).split())
    if len(s) > 2 * LONG:
        s = s[:LONG] + " … " + s[-LONG:]
    return ("… " if lo > 0 else "") + s + (" …" if hi < len(text) else "")


def _short(s: str | None, n: int = 120) -> str:
    if s is None:
        return "none"
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 40] + " … " + s[-37:]


def _parts(parts: Sequence[Mapping[str, Any]] | None) -> str:
    return " … ".join(p["text"] for p in parts) if parts else "none"


def _nearest(spans: Spans, others: Sequence[Spans]) -> tuple[float, int]:
    """Return the best IoU of `spans` with one of `others` and that one's index ((0.0, -1) if none)."""
    return max(((iou(spans, o), i) for i, o in enumerate(others)), default=(0.0, -1))


def error_cases(m: DocMatch, kinds: frozenset[str]) -> Iterator[ErrorCase]:
    """Yield the misses, false alarms and wrong speakers of one document in a track."""
    text = m.text
    layout = Layout.of(text)

    def nearest_pred(spans: Spans) -> str:
        v, pi = _nearest(spans, [p.spans for p in m.pred])
        if v <= 0:
            return "no prediction overlaps it"
        p = m.pred[pi].record
        taken = " (matched to another gold)" if pi in m.pm else ""
        return f"nearest prediction IoU {v:.2f}{taken}: {_short(p.get('text'), 90)!r}, rule {p.get('rule') or '?'}"

    def nearest_gold(spans: Spans) -> str:
        v, gi = _nearest(spans, [g.spans for g in m.gold])
        if v <= 0:
            return "no gold attribution overlaps it"
        g = m.gold[gi]
        taken = " (matched to another prediction)" if gi in m.gm else ""
        content = _short(text[g.spans[0][0] : g.spans[-1][1]], 90)
        return f"nearest gold IoU {v:.2f}{taken}: {g.record.get('id')} {g.kind} {content!r}, source {_parts(g.source)!r}"

    for gi, g in enumerate(m.gold):
        if g.kind not in kinds:
            continue
        a = g.record
        marks = [(s, e, "[[", "]]") for s, e in g.spans]
        marks += [(p["start"], p["end"], "{", "}") for p in (a.get("source") or [])]
        marks += [(p["start"], p["end"], "<", ">") for p in (a.get("cue") or [])]
        span = (g.spans[0][0], g.spans[-1][1])
        if gi not in m.gm:
            yield ErrorCase("miss", g.kind, m.doc, (
                f"gold {a.get('id')}: source {_parts(a.get('source'))!r}, cue {_parts(a.get('cue'))!r}",
                nearest_pred(g.spans),
                _mark(text, layout, span, marks),
            ))
        elif not m.speaker_ok(gi):
            p = m.pred[m.gm[gi]]
            sp = p.speaker
            if sp:
                marks.append((sp["start"], sp["end"], "«", "»"))
            yield ErrorCase("wrong speaker", g.kind, m.doc, (
                f"gold {a.get('id')}: source {_parts(a.get('source'))!r}, cue {_parts(a.get('cue'))!r}",
                f"predicted speaker {sp['text'] if sp else None!r}"
                f" (name {p.record.get('speaker_name')!r}), rule {p.record.get('rule') or '?'}",
                _mark(text, layout, span, marks),
            ), p.record.get("rule"))
    for pi, p in enumerate(m.pred):
        if pi in m.pm or pi in m.absorbed or p.kind not in kinds:
            continue
        q = p.record
        sp = p.speaker
        marks = [(s, e, "[[", "]]") for s, e in p.spans]
        if sp:
            marks.append((sp["start"], sp["end"], "«", "»"))
        yield ErrorCase("false alarm", p.kind, m.doc, (
            f"predicted speaker {sp['text'] if sp else None!r}, cue {q.get('cue')!r}, rule {q.get('rule') or '?'}",
            nearest_gold(p.spans),
            _mark(text, layout, (p.spans[0][0], p.spans[-1][1]), marks),
        ), q.get("rule"))


def _spread(items: Sequence[ErrorCase], n: int) -> list[ErrorCase]:
    # evenly spaced over the corpus, so the sample is not just the first articles
    if len(items) <= n:
        return list(items)
    return [items[i * len(items) // n] for i in range(n)]


class RuleTally:
    """Per attribution rule and per resolver sieve: predictions, hits, false alarms, wrong speakers."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Counter[str]] = {}

    def add(self, m: DocMatch, kinds: frozenset[str]) -> None:
        """Count one document's predictions in the track `kinds`."""
        for pi, p in enumerate(m.pred):
            if pi in m.absorbed or m.pred_track_kind(pi) not in kinds:
                continue
            rule, _, sieve = (p.record.get("rule") or "?").partition("/")
            for key in (("rule", rule), ("sieve", sieve or "-")):
                c = self.rows.setdefault(key, Counter())
                c["pred"] += 1
                if pi in m.pm:
                    c["hit"] += 1
                    c["spk_wrong"] += not m.speaker_ok(m.pm[pi])
                else:
                    c["false"] += 1

    def format(self) -> str:
        """Return the table, rules first then sieves, most used first."""
        lines = [f"{'':6} {'name':28} {'pred':>6} {'hits':>6} {'false':>6} {'P':>6} {'spkWrong':>8}"]
        for what in ("rule", "sieve"):
            rows = sorted(((k[1], c) for k, c in self.rows.items() if k[0] == what), key=lambda r: -r[1]["pred"])
            for name, c in rows:
                lines.append(
                    f"{what:6} {name:28} {c['pred']:6} {c['hit']:6} {c['false']:6}"
                    f" {c['hit'] / c['pred']:6.3f} {c['spk_wrong']:8}"
                )
        return "\n".join(lines)


def _read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not valid JSON ({e.msg} at column {e.colno})") from None


def _extract(doc: Mapping[str, Any]) -> list[quotekit.Quote]:
    try:
        return quotekit.extract(doc["text"], published=doc.get("date") or None)
    except quotekit.InputError as e:
        # a bad publication date only costs the resolved dates, not the document
        sys.stderr.write(f"{PROG}: warning: {doc.get('id')}: {e}; scored without it\n")
        return quotekit.extract(doc["text"])


def evaluate(args: argparse.Namespace, out: IO[str]) -> int:
    """Run and score; write the report to `out`."""
    preds = {d["doc"]: d.get("quotes", []) for d in _read_jsonl(args.pred)} if args.pred else None
    details = DetailTally(_read_jsonl(args.details)) if args.details else None
    tally, rules = Tally(), RuleTally()
    err_tracks = (args.track,) if args.track else BASE_TRACKS
    cases: dict[str, dict[str, list[ErrorCase]]] = {t: {} for t in err_tracks}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    chars, took = 0, 0.0
    try:
        for doc in _read_jsonl(args.gold):
            if preds is not None:
                rows = preds.get(doc["id"], [])
            else:
                t0 = time.perf_counter()
                quotes = _extract(doc)
                took += time.perf_counter() - t0
                chars += len(doc["text"])
                rows = scorer_rows(quotes)
            if dump:
                dump.write(json.dumps({"doc": doc["id"], "quotes": rows}, ensure_ascii=False) + "\n")
            m = match_doc(doc, rows)
            tally.add(m)
            rules.add(m, TRACKS[args.track or "all"])
            if details:
                details.add(doc, rows)
            if args.errors:
                for t in err_tracks:
                    for case in error_cases(m, TRACKS[t]):
                        if not args.rule or args.rule in (case.rule or "").split("/"):
                            cases[t].setdefault(case.what, []).append(case)
    finally:
        if dump:
            dump.close()
    res = tally.result()
    speed = {"chars": chars, "seconds": round(took, 3), "chars_per_s": round(chars / took) if took else None}
    if args.json:
        report: dict[str, Any] = {"score": res}
        if details:
            report["details"] = details.result()
        if preds is None:
            report["throughput"] = speed
        out.write(json.dumps(report) + "\n")
        return 0
    out.write(format_table(res, [args.track] if args.track else TRACKS) + "\n")
    if preds is None:
        out.write(f"throughput: {chars} chars in {took:.2f} s = {speed['chars_per_s'] or 0:,} chars/s (extraction only)\n")
    if details:
        out.write("\ndetails (documents the labels cover)\n")
        for k, v in details.result().items():
            out.write(f"{k:26} {v}\n")
    if args.errors:
        out.write(f"\npredictions by rule and sieve (track {args.track or 'all'})\n{rules.format()}\n")
        out.write(
            "\nmarks: [[content]] (gold for misses, predicted for false alarms), {gold source}, <gold cue>,"
            " «predicted speaker»\n"
        )
        for t in err_tracks:
            for what in ("miss", "false alarm", "wrong speaker"):
                found = cases[t].get(what, [])
                shown = _spread(found, args.errors)
                out.write(f"\n=== {t}: {PLURAL[what]}, {len(shown)} of {len(found)}\n")
                for c in shown:
                    out.write(f"\n-- {c.what} ({c.kind}) {c.doc}\n")
                    for line in c.lines:
                        out.write(textwrap.fill(line, 110, initial_indent="   ", subsequent_indent="     ") + "\n")
    return 0


def _nonneg(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, not {value!r}")
    return n


def parser() -> argparse.ArgumentParser:
    """Return the command's argument parser."""
    p = argparse.ArgumentParser(prog=PROG, description="Score quotekit against a gold attribution corpus (JSONL).")
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold corpus: one {id, text, date?, attributions} per line")
    p.add_argument("--details", metavar="DETAILS.jsonl", help="also score speaker name, anonymity, role, date, place")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    p.add_argument("--errors", type=_nonneg, default=0, metavar="N",
                   help="list up to N misses, false alarms and wrong speakers per track, with context")
    p.add_argument("--track", choices=tuple(TRACKS), help="show only this track (and list its errors)")
    p.add_argument("--rule", metavar="NAME",
                   help="with --errors: only false alarms and wrong speakers of this rule or sieve (e.g. QSV)")
    p.add_argument("--dump", metavar="PRED.jsonl", help="write the predictions in the scorer's format")
    p.add_argument("--pred", metavar="PRED.jsonl", help="score these predictions instead of running quotekit")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation with `argv` (default: sys.argv[1:]) and return the exit code."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else 2
    try:
        return evaluate(args, sys.stdout)
    except BrokenPipeError:
        # the reader went away (`... | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as e:
        sys.stderr.write(f"{PROG}: {getattr(e, 'filename', None) or ''}: {e.strerror or e}\n")
        return 1
    except ValueError as e:
        sys.stderr.write(f"{PROG}: {e}\n")
        return 1
    except (KeyError, TypeError) as e:
        # a gold or prediction file in the wrong shape: say so in one line
        sys.stderr.write(f"{PROG}: input not in the expected format ({type(e).__name__}: {e})\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
