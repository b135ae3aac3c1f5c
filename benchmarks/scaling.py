#!/usr/bin/env python3
"""Time against input size on hostile text: doubling the input should double the time.

usage: python3 benchmarks/scaling.py [--only NAME ...] [--repeat 3] [--big]

For each adversarial input (a run of 200,000 quote marks, 1 MB without spaces,
100,000 repetitions of `said`, deeply nested quotes, a 10,000-paragraph unclosed
quote, lone surrogates, control characters, RTL text, emoji, runs of sentence
punctuation, and an ordinary news document) it times `quotekit.extract` (CPU time,
best of --repeat) at four doubling sizes, the largest being the size named above,
and prints t(2n)/t(n).
Linear code gives about 2; a quadratic stage gives about 4. This is how the
project shows it has no catastrophic backtracking: by measurement, never by a
timed unit test.

--big adds a 100 MB ordinary document (12.5 to 100 MB) run in a fresh child
process per size, and reports its peak memory as a multiple of the text size.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # measure this checkout, not an installed copy
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _synthetic  # noqa: E402

import quotekit  # noqa: E402


def _mix(n: int, pieces: Sequence[str], seed: int) -> str:
    """Return about `n` characters of `pieces` drawn at random with a fixed seed."""
    r = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n:
        p = r.choice(pieces)
        out.append(p)
        size += len(p)
    return "".join(out)


_NEWSY = ('“We will not move,” ', 'said ', 'Ana Ruiz ', '"Never," ', 'he said. ', 'the mayor ',
          'told reporters: ', '‘ok’ ', '.\n\n', '. ', ', ', 'Sen. ')

# name -> (make(n) -> text, n at the largest size, what n counts)
CASES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "straight marks": (lambda n: '"' * n, 200_000, "marks"),
    "curly marks": (lambda n: "“”‘’" * (n // 4), 200_000, "marks"),
    "doubled marks": (lambda n: "``''" * (n // 4), 200_000, "marks"),
    "no spaces": (lambda n: ('Ruiz.said,"Yes"‘no’x!?' * (n // 22 + 1))[:n], 1_000_000, "chars"),
    "said x N": (lambda n: "said " * n, 100_000, "words"),
    "quote + said x N": (lambda n: '"We are ready," ' + "said " * n + "Ana Ruiz.", 100_000, "words"),
    "Capitalised x N": (lambda n: "Mr. Said " * (n // 2) + '"Yes."', 100_000, "words"),
    "nested quotes": (lambda n: "“‘" * n + "Deep" + "’”" * n + " she said.", 50_000, "levels"),
    "unclosed quote": (lambda n: "“The plan will fail, it was always going to fail.\n\n" * n, 10_000, "paragraphs"),
    "unclosed, one para": (lambda n: "“" + "We said so, Ana Ruiz said. " * n, 20_000, "sentences"),
    "periods": (lambda n: "." * n, 1_000_000, "chars"),
    "!? then space": (lambda n: "!?" * (n // 2) + " A", 1_000_000, "chars"),
    "spaces": (lambda n: "Ok." + " " * n + "x", 1_000_000, "chars"),
    "newlines": (lambda n: "\n" * n, 1_000_000, "chars"),
    "surrogates": (lambda n: _mix(n, ["\ud800", "\udfff", '"', "said ", "Ana ", "\ud83d", ". "], 1), 1_000_000, "chars"),
    "control chars": (lambda n: _mix(n, [chr(c) for c in range(32)] + ["\x7f", "\x85", "\u2028", "\u2029",
                                                                         '"', "said ", "Ana "], 2), 1_000_000, "chars"),
    "RTL": (lambda n: _mix(n, ["«لن نتراجع»، ", "قال الوزير. ", '"שלום," ', "אמר ", "\u200f", "\u202e", *_NEWSY], 3),
            1_000_000, "chars"),
    "emoji": (lambda n: _mix(n, ["😀", "👩‍👩‍👧‍👦", "🏳️‍🌈", "\ufe0f", *_NEWSY], 4), 1_000_000, "chars"),
    "news mix": (lambda n: _mix(n, _NEWSY, 5), 1_000_000, "chars"),
    "ordinary news": (lambda n: _synthetic.document(n), 1_000_000, "chars"),
}

_CHILD = """
import resource, sys, time
sys.path[:0] = {paths!r}
import _synthetic, quotekit
text = _synthetic.document({n})
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.process_time()
q = quotekit.extract(text)
took = time.process_time() - t0
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(took, rss0, rss1, len(text), sys.getsizeof(text), len(q))
"""


def best_of(repeat: int, text: str) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()  # CPU time: other processes on a shared box do not count
        quotekit.extract(text)
        best = min(best, time.process_time() - t0)
    return best


def row(name: str, unit: str, sizes: Sequence[int], times: Sequence[float]) -> str:
    cells = [f"{t:7.3f}" for t in times]
    ratios = [f"{b / a:4.1f}" if a > 0.002 else "  - " for a, b in zip(times, times[1:])]
    return f"{name:20} {sizes[-1]:>11,} {unit:10} " + " ".join(cells) + "   " + " ".join(ratios)


def big(repeat: int) -> None:
    """Time 12.5 to 100 MB ordinary documents, each in a fresh child, with peak memory."""
    print("\nOne large ordinary document, fresh process per size (RSS = peak resident memory):")
    print(f"{'chars':>12} {'CPU s':>8} {'chars/s':>12} {'t(2n)/t(n)':>10} {'text MB':>8} "
          f"{'RSS before':>10} {'RSS peak':>9} {'extract / text':>14}")
    paths = [str(ROOT / "src"), str(Path(__file__).resolve().parent)]
    prev = None
    for mb in (12.5, 25, 50, 100):
        n = int(mb * 1_000_000)
        runs = []
        for _ in range(repeat):
            out = subprocess.run([sys.executable, "-c", _CHILD.format(paths=paths, n=n)],
                                 capture_output=True, text=True, check=True).stdout.split()
            runs.append([float(x) for x in out])
        took, rss0, rss1, chars, nbytes, _ = min(runs)
        # ru_maxrss is in KiB on Linux; the str costs 1 byte per char, 2 with curly marks
        text_mb = nbytes / 2**20
        extra = (rss1 - rss0) / 1024
        ratio = f"{took / prev:10.1f}" if prev else f"{'':10}"
        print(f"{chars:>12,} {took:8.2f} {chars / took:12,.0f} {ratio} {text_mb:8.0f} "
              f"{rss0 / 1024:9.0f}M {rss1 / 1024:8.0f}M {extra / text_mb:13.2f}x")
        prev = took


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", nargs="*", default=None, help="run only the named cases")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the best counts")
    ap.add_argument("--big", action="store_true", help="add the 100 MB single document (slow)")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size (0.1 for a quick look)")
    args = ap.parse_args(argv)
    if args.list:
        print("\n".join(CASES))
        return 0
    quotekit.extract('"Warm," she said.')  # compile the patterns outside the timings
    names = args.only if args.only is not None else list(CASES)
    print(f"{'input':20} {'largest':>11} {'unit':10} {'CPU seconds at n/8, n/4, n/2, n':31}   t(2n)/t(n)")
    worst = 0.0
    for name in names:
        make, top, unit = CASES[name]
        top = max(8, int(top * args.scale))
        sizes = [top // 8, top // 4, top // 2, top]
        times = [best_of(args.repeat, make(s)) for s in sizes]
        print(row(name, unit, sizes, times), flush=True)
        if times[-2] > 0.002:
            worst = max(worst, times[-1] / times[-2])
    print(f"worst t(2n)/t(n) at the largest size: {worst:.1f} (linear ~2, quadratic ~4)")
    if args.big:
        big(1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
