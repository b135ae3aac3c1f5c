#!/usr/bin/env python3
"""Compile a copy of quotekit's pipeline with mypyc, to measure what compiling buys.

usage: python3 benchmarks/compile.py [OUT_DIR]    (default: build/mypyc)
then:  python3 benchmarks/throughput.py --src OUT_DIR

quotekit is a pure-Python library and stays one: this script is a measurement, not
a build of the package. It copies src/quotekit into OUT_DIR and compiles the nine
pipeline modules there with mypyc (part of `mypy`, in the test extra; it needs a C
compiler and the Python headers), from the same sources and their type hints. The
value-class module `_model` stays interpreted: mypyc cannot compile a class-body
`attrs.field`. The compiled copy must give byte-identical output; compare it with
the interpreted one on a corpus before trusting a figure. It takes about three
minutes of one core.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("_text", "_marks", "_attribution", "_reported", "_combine", "_mentions", "_resolve", "_details", "_extract")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "mypyc"
    if shutil.which("mypyc") is None:
        print("compile.py: mypyc not found; install it with `pip install mypy`", file=sys.stderr)
        return 2
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copytree(ROOT / "src" / "quotekit", out / "quotekit", ignore=shutil.ignore_patterns("__pycache__"))
    cmd = ["mypyc", *(f"quotekit/{m}.py" for m in MODULES)]
    done = subprocess.run(cmd, cwd=out, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode:
        print(done.stdout[-3000:], file=sys.stderr)
        print(f"compile.py: mypyc failed (exit {done.returncode})", file=sys.stderr)
        return 1
    shutil.rmtree(out / "build", ignore_errors=True)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
