"""The `quotekit` command: extract quotes (or speakers) from files, stdin or JSONL corpora.

Takes command-line arguments; reads the inputs one document at a time (`_io`),
runs `quotekit.extract` (or `analyze` for `--speakers`) on each, in worker
processes with `--jobs`, and writes text, JSON lines, JSON or CSV incrementally in
input order. Every failure is one line on stderr naming the input, never a
traceback; the other inputs are still processed. Exit codes: 0 success, 1 when
some input could not be read or processed, 2 usage errors.
It holds no extraction logic of its own.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import functools
import json
import multiprocessing
import os
import signal
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, NoReturn

import attrs

import quotekit

from ._io import Doc, Problem, ReadPolicy, one_line, read_inputs
from ._model import QUOTE_KEYS

PROG = "quotekit"
FORMATS = ("text", "jsonl", "json", "csv")
ENTITY_KEYS = ("name", "anonymous", "type", "mentions", "roles", "quotes")
# documents per task sent to a worker: amortises pickling without starving workers
CHUNKSIZE = 4


@attrs.frozen
class Result:
    """What one input item gave: rows (quote or entity dicts) or a problem."""

    name: str
    rows: list[dict[str, Any]] = attrs.field(factory=list)
    quotes: int = 0
    problem: Problem | None = None


def process(item: Doc | Problem, speakers: bool = False) -> Result:
    """Run quotekit on one document; any exception becomes a one-line problem naming it."""
    if isinstance(item, Problem):
        return Result("", problem=item)
    try:
        if speakers:
            doc = quotekit.analyze(item.text, published=item.published)
            rows, n = [e.to_dict() for e in doc.speakers], len(doc.quotes)
        else:
            rows = [q.to_dict() for q in quotekit.extract(item.text, published=item.published)]
            n = len(rows)
    except quotekit.QuotekitError as e:
        return Result(item.name, problem=Problem(one_line(f"{item.name}: {e}")))
    except Exception as e:  # noqa: BLE001 - one bad document must not stop a corpus run
        msg = f"{item.name}: internal error ({type(e).__name__}: {e}); please report it with this document"
        return Result(item.name, problem=Problem(one_line(msg)))
    return Result(item.name, rows, n)


def _ignore_interrupts() -> None:
    # Ctrl-C is the parent's to handle: workers would each print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run(items: Iterator[Doc | Problem], work: Callable[[Doc | Problem], Result], jobs: int) -> Iterator[Result]:
    """Yield `work(item)` for every item in input order, with `jobs` worker processes.

    Memory stays bounded: the pool's feeder may run only a fixed number of items
    ahead of the results consumed (Pool.imap alone would read the whole input).
    """
    if jobs <= 1:
        for item in items:
            yield work(item)
        return
    ahead = threading.Semaphore(jobs * CHUNKSIZE * 4)  # must exceed CHUNKSIZE, or imap starves
    stop = threading.Event()

    def feed() -> Iterator[Doc | Problem]:
        for item in items:
            while not ahead.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield item

    with multiprocessing.Pool(jobs, initializer=_ignore_interrupts) as pool:
        try:
            for r in pool.imap(work, feed(), CHUNKSIZE):
                ahead.release()
                yield r
        finally:
            stop.set()


class Writer:
    """Writes results as they come; subclasses choose the format."""

    def __init__(self, out: IO[str], args: argparse.Namespace) -> None:
        self.out, self.args = out, args

    def begin(self) -> None:
        """Write what comes before the first result."""

    def write(self, r: Result) -> None:
        """Write the rows of one result."""

    def end(self) -> None:
        """Write what comes after the last result."""


# Characters that `str.splitlines()` and some editors take for a line break but JSON
# leaves raw: escaped so that one object stays on one line for every JSONL reader.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _json(row: dict[str, Any]) -> str:
    """One JSON object, UTF-8 as written, on exactly one line."""
    return json.dumps(row, ensure_ascii=False).translate(_LINE_BREAKS)


class JsonlWriter(Writer):
    """One JSON object per line: a quote (or speaker) dict with a leading "doc" key."""

    def write(self, r: Result) -> None:
        for row in r.rows:
            self.out.write(_json({"doc": r.name, **row}) + "\n")


class JsonWriter(Writer):
    """One JSON array of the same objects as jsonl, streamed element by element."""

    first = True

    def begin(self) -> None:
        self.out.write("[")

    def write(self, r: Result) -> None:
        for row in r.rows:
            self.out.write(("\n" if self.first else ",\n") + _json({"doc": r.name, **row}))
            self.first = False

    def end(self) -> None:
        self.out.write("]\n" if self.first else "\n]\n")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


class CsvWriter(Writer):
    """One row per quote (or speaker): `doc` then the dict's keys; lists JSON-encoded."""

    def begin(self) -> None:
        self.keys = ENTITY_KEYS if self.args.speakers else QUOTE_KEYS
        self.csv = csv.writer(self.out, lineterminator="\n")
        self.csv.writerow(("doc", *self.keys))

    def write(self, r: Result) -> None:
        for row in r.rows:
            self.csv.writerow((r.name, *(_cell(row[k]) for k in self.keys)))


def _one_space(s: str) -> str:
    # paragraph breaks inside a multi-paragraph quote stay visible as ¶
    return " ¶ ".join(" ".join(p.split()) for p in s.splitlines() if p.strip())


class TextWriter(Writer):
    """A listing for people: one block per quote, or a table of speakers per document."""

    width = 88
    first = True

    def write(self, r: Result) -> None:
        n = len(r.rows)
        what = ("speaker" if self.args.speakers else "quote") + ("" if n == 1 else "s")
        self.out.write(("" if self.first else "\n") + f"== {r.name} ({n} {what})\n")
        self.first = False
        if self.args.speakers:
            self._speakers(r.rows)
        else:
            for i, q in enumerate(r.rows, 1):
                self._quote(i, q)

    def _quote(self, i: int, q: dict[str, Any]) -> None:
        w = self.out.write
        w(f"\n[{i}] {q['kind']}, characters {q['start']}-{q['end']}\n")
        if q["speaker"] is None:
            w("    speaker:  (none found)\n")
        else:
            who = q["speaker"]
            facts = []
            if q["speaker_name"] is None:
                facts.append("no resolved name")
            elif q["speaker_name"] != who:
                facts.append(f"name: {q['speaker_name']}")
            if q["role"]:
                facts.append(f"role: {q['role']}")
            if q["anonymous"]:
                facts.append("anonymous")
            w(f"    speaker:  {who}" + (f"  ({'; '.join(facts)})" if facts else "") + "\n")
        if q["date"]:
            w(f"    date:     {q['date']}" + (f" ({q['date_iso']})" if q["date_iso"] else "") + "\n")
        if q["place"]:
            w(f"    place:    {q['place']}\n")
        # the parts of a quote without the words between them: ¶ where the quote runs on
        # into the next paragraph, … where its own attribution interrupts it
        t, base, parts = q["text"], q["start"], ""
        for k, (s, e) in enumerate(q["spans"]):
            if k:
                gap = t[q["spans"][k - 1][1] - base : s - base]
                parts += "\n" if "\n" in gap else " … "
            parts += t[s - base : e - base]
        w(textwrap.fill(_one_space(parts), self.width, initial_indent="    quote:    ",
                        subsequent_indent=" " * 14) + "\n")
        if self.args.explain:
            w(f"    rule:     {q['rule'] or '?'}  (cue: {q['cue'] or 'none'})\n")

    def _speakers(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        # most quoted first; the input order breaks ties
        rows = sorted(rows, key=lambda e: -len(e["quotes"]))
        who = [e["name"] or (e["mentions"][0] if e["mentions"] else "?") for e in rows]
        width = min(32, max(7, *map(len, who)))
        self.out.write(f"  {'quotes':>6}  {'speaker':<{width}}  {'named':<9}  roles / mentions\n")
        for e, name in zip(rows, who):
            named = "yes" if e["name"] else ("anonymous" if e["anonymous"] else "no")
            extra = "; ".join([*e["roles"], *(m for m in e["mentions"] if m != name)])
            self.out.write(f"  {len(e['quotes']):6}  {name:<{width}}  {named:<9}  {extra}\n".rstrip() + "\n")


WRITERS: dict[str, type[Writer]] = {"text": TextWriter, "jsonl": JsonlWriter, "json": JsonWriter, "csv": CsvWriter}


class Progress:
    """A one-line progress counter on stderr, redrawn at most five times a second."""

    def __init__(self, err: IO[str], enabled: bool) -> None:
        self.err, self.enabled = err, enabled
        self.shown = 0
        self.last = 0.0

    def update(self, docs: int, quotes: int) -> None:
        """Redraw the counter if enough time has passed."""
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.2:
            self.last = now
            line = f"{PROG}: {docs} documents, {quotes} quotes ..."
            self.err.write("\r" + line.ljust(self.shown))
            self.err.flush()
            self.shown = len(line)

    def clear(self) -> None:
        """Erase the counter so a message or the summary starts on a clean line."""
        if self.shown:
            self.err.write("\r" + " " * self.shown + "\r")
            self.shown = 0


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


def _published(value: str) -> str:
    try:
        quotekit.extract("", published=value)  # the library's own check of the date
    except quotekit.InputError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return value


def _encoding(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    return value


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, not {value!r}")
    return n


def parser() -> argparse.ArgumentParser:
    """Return the command's argument parser."""
    p = _Parser(
        prog=PROG,
        description="Find quotes in news text and say who said them, when and where.",
        epilog="Inputs ending in .jsonl are corpora: one {\"id\", \"text\", \"published\"?} object per line. "
        "Exit codes: 0 success, 1 some input failed (each named on stderr), 2 usage error.",
    )
    p.add_argument("inputs", nargs="*", metavar="FILE", help="text files, .jsonl corpora or directories; - or none reads stdin")
    p.add_argument("-f", "--format", choices=FORMATS, default="text", help="output format (default: text)")
    p.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of stdout")
    p.add_argument("--speakers", action="store_true", help="list the speakers of each document instead of its quotes")
    p.add_argument("--explain", action="store_true", help="text format: show the rule and sieve that fired and the cue")
    p.add_argument("--published", type=_published, metavar="DATE",
                   help="publication date (ISO, e.g. 2024-05-10) of plain-text inputs, to resolve 'Monday'")
    p.add_argument("-r", "--recursive", action="store_true", help="read the *.txt and *.jsonl files under directories")
    p.add_argument("--corpus", action="store_true", help="read every input, stdin included, as a JSONL corpus")
    p.add_argument("--encoding", type=_encoding, default="utf-8", metavar="NAME",
                   help="decode inputs with NAME (default: utf-8; a byte order mark is removed)")
    p.add_argument("--errors", choices=("strict", "replace"), default="strict",
                   help="undecodable bytes: fail the input (strict, default) or replace them with U+FFFD")
    p.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress counter on stderr (default: only when stderr is a terminal)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line and no warnings (errors are still shown)")
    p.add_argument("--version", action="version", version=f"{PROG} {quotekit.__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with `argv` (default: sys.argv[1:]) and return its exit code."""
    try:
        args = parser().parse_args(argv)
    except SystemExit as e:  # --help, --version and usage errors
        return e.code if isinstance(e.code, int) else 2
    err = sys.stderr
    try:
        out: IO[str] = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    except OSError as e:
        err.write(one_line(f"{PROG}: {args.output}: cannot write ({e.strerror or e})") + "\n")
        return 1
    try:
        return _main(args, out, err)
    except KeyboardInterrupt:
        err.write(f"\n{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        # the reader went away (`quotekit ... | head`): stop quietly, as cat does
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    finally:
        if out is not sys.stdout:
            out.close()


def _main(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    policy = ReadPolicy(args.encoding, args.errors, args.recursive, True if args.corpus else None, args.published)
    progress = Progress(err, err.isatty() if args.progress is None else args.progress)
    writer = WRITERS[args.format](out, args)
    work = functools.partial(process, speakers=args.speakers)
    docs = quotes = failed = 0
    if not args.inputs and sys.stdin.isatty() and not args.quiet:
        err.write(f"{PROG}: reading stdin (end with Ctrl-D; see {PROG} --help)\n")
    writer.begin()
    for r in run(read_inputs(args.inputs, policy), work, args.jobs):
        if r.problem is not None:
            if r.problem.fatal or not args.quiet:
                progress.clear()
                kind = "" if r.problem.fatal else "warning: "
                err.write(f"{PROG}: {kind}{r.problem.message}\n")
            failed += r.problem.fatal
            continue
        docs += 1
        quotes += r.quotes
        writer.write(r)
        out.flush()
        progress.update(docs, quotes)
    writer.end()
    out.flush()
    progress.clear()
    if not args.quiet:
        err.write(f"{PROG}: {docs} documents, {quotes} quotes, {failed} inputs failed\n")
    return 1 if failed else 0


def main_exit() -> NoReturn:
    """Run the command and exit with its code (the `quotekit` console script)."""
    sys.exit(main())
