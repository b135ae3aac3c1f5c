"""Properties of the command line's JSON output.

- round trip: for any text (as a file, on stdin, or as a corpus line), the CLI's
  jsonl output, minus its "doc" key, parses back to exactly
  `[q.to_dict() for q in quotekit.extract(text)]`;
- `Quote.to_dict()` is JSON-serialisable and survives a dumps/loads round trip.
Texts are drawn from news-like fragments (quote marks, speech verbs, names, line
breaks of every kind) mixed with arbitrary characters; NUL (binary) and a leading
byte order mark (removed on reading) are left out on purpose.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

import quotekit
from quotekit import cli

FRAGMENTS = [
    '"', "“", "”", "‘", "’", "'", ",", ".", ":", " ", " ", "\n", "\r\n", "\r", "\n\n",
    "said", "says", "told", "according to", "Mayor", "Ana Ruiz", "Kofi Mensah", "he", "she",
    "the city engineer", "a spokesman", "on Monday", "We will build it", "No comment", "—",
]
TEXTS = st.lists(
    st.sampled_from(FRAGMENTS) | st.text(st.characters(codec="utf-8", exclude_characters="\x00\ufeff"),
                                         max_size=3),
    max_size=40,
).map("".join)


def run_cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str]:
    """Run the command in-process with the given stdin bytes; return (code, stdout)."""
    out, err = io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin))
    with mock.patch.object(sys, "stdin", fake_stdin), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    return code, out.getvalue()


def rows(out: str) -> list[dict[str, Any]]:
    """Parse jsonl output and drop the "doc" keys."""
    parsed = [json.loads(line) for line in out.splitlines()]
    for r in parsed:
        r.pop("doc")
    return parsed


@given(TEXTS)
@example('"We will build it," said Mayor Ana Ruiz.\r\n\r\n“No comment,” a spokesman said on Monday.')
@example('""‘according to\x85 and the\u2028ferry, said\u2029Ana Ruiz')  # splitlines() breaks on these
def test_jsonl_output_parses_back_to_extract(text: str) -> None:
    """File, stdin and corpus inputs all give exactly the dicts of extract(text)."""
    want = [q.to_dict() for q in quotekit.extract(text)]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.txt"
        path.write_bytes(text.encode("utf-8"))
        corpus = Path(d) / "c.jsonl"
        corpus.write_text(json.dumps({"id": "t", "text": text}) + "\n", encoding="utf-8")
        code, out = run_cli(["-f", "jsonl", "-q", str(path)])
        assert code == 0 and rows(out) == want
        code, out = run_cli(["-f", "jsonl", "-q", str(corpus)])
        assert code == 0 and rows(out) == want
    code, out = run_cli(["-f", "jsonl", "-q"], stdin=text.encode("utf-8"))
    assert code == 0 and rows(out) == want


@given(TEXTS)
def test_to_dict_is_json_serialisable(text: str) -> None:
    """Every quote's dict survives a strict JSON round trip unchanged."""
    for q in quotekit.extract(text):
        d = q.to_dict()
        assert json.loads(json.dumps(d, allow_nan=False)) == d
