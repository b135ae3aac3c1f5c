"""The throughput benchmark runs end to end on the bundled corpus and prints its figures.

Speed itself is never asserted here (see benchmarks/README.md): these tests check that
the script documented in README still runs and reports what it says it reports.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent


def test_throughput_reports_speed_ratio_and_memory() -> None:
    """The benchmark prints chars/s, an interleaved ratio with its range, and peak memory per corpus."""
    res = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "throughput.py"), str(ROOT / "examples" / "corpus.jsonl"),
         "--synthetic-mb", "0.003", "--repeat", "3"],
        capture_output=True, text=True, timeout=300,
    )
    assert res.returncode in (0, 1), res.stderr  # 1 says a corpus ran below the target
    out = res.stdout
    assert "corpus.jsonl:" in out and "synthetic (seed 2024):" in out
    ratios = regex.findall(r"ratio +([\d.]+)x a tokenizer pass \(target <= ~12x; median of 3 interleaved passes,"
                           r" ([\d.]+)-([\d.]+)x\)", out)
    assert len(ratios) == 2
    for median, low, high in ratios:
        assert 0 < float(low) <= float(median) <= float(high)
    assert len(regex.findall(r"pipeline +[\d.]+ CPU s +[\d,]+ chars/s", out)) == 2
    assert len(regex.findall(r"memory +peak RSS \d+ MB", out)) == 2
    assert (res.returncode == 0) == ("BELOW target" not in out)
