"""Reading the command line's inputs: files, directories, stdin and JSONL corpora.

Takes the input names and the reading policy; gives, lazily and in order, one
`Doc` per document and one `Problem` per thing that could not be read, so a bad
file or corpus line is reported in place while everything else goes on. Files are
decoded without newline translation, so every offset quotekit reports indexes the
file's exact text after decoding. It does not run quotekit and prints nothing.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs

#: The file suffixes read when recursing into a directory; `.jsonl` files are corpora.
SUFFIXES = (".txt", ".jsonl")
_SNIFF = 8192


@attrs.frozen
class Doc:
    """One document to process: its name in the output, its text and publication date."""

    name: str
    text: str
    published: str | None = None


@attrs.frozen
class Problem:
    """An input that could not be read (`fatal`) or deserves a warning; `message` is one line."""

    message: str
    fatal: bool = True


@attrs.frozen
class ReadPolicy:
    """How inputs are read.

    `encoding`/`errors` decode bytes (a UTF-8 byte order mark is removed when the
    encoding is UTF-8); `corpus` True reads every input, stdin included, as a JSONL
    corpus, None decides by the `.jsonl` suffix; `published` is the publication
    date of plain-text inputs.
    """

    encoding: str = "utf-8"
    errors: str = "strict"
    recursive: bool = False
    corpus: bool | None = None
    published: str | None = None

    @property
    def codec(self) -> str:
        """Return the codec to decode with: utf-8-sig for UTF-8, so a BOM is dropped."""
        name = codecs.lookup(self.encoding).name
        return "utf-8-sig" if name in ("utf-8", "utf-8-sig") else name

    @property
    def ascii_compatible(self) -> bool:
        """Return True when a NUL byte cannot occur in text of this encoding."""
        return "\n".encode(self.codec) in (b"\n", codecs.BOM_UTF8 + b"\n")


def one_line(message: str) -> str:
    """Return `message` with its line breaks folded into spaces."""
    return " ".join(message.split())


def read_inputs(names: Sequence[str], policy: ReadPolicy) -> Iterator[Doc | Problem]:
    """Yield the documents of every input in order, with a `Problem` for each failure.

    `-` is stdin; directories are read with `policy.recursive` only.
    """
    for name in names or ["-"]:
        if name == "-":
            yield from _read_stream(sys.stdin.buffer, "-", policy, bool(policy.corpus))
            continue
        path = Path(name)
        if path.is_dir():
            if not policy.recursive:
                yield Problem(f"{name}: is a directory (use -r to read the *.txt and *.jsonl files in it)")
                continue
            files = _walk(path)
            if not files:
                yield Problem(f"{name}: no *.txt or *.jsonl files in this directory", fatal=False)
            for f in files:
                yield from _read_file(f, str(f), policy)
            continue
        yield from _read_file(path, name, policy)


def _walk(root: Path) -> list[Path]:
    # hidden folders (.git, .cache) never hold articles the user meant
    return sorted(
        p
        for p in root.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def _read_file(path: Path, name: str, policy: ReadPolicy) -> Iterator[Doc | Problem]:
    corpus = policy.corpus if policy.corpus is not None else path.suffix.lower() == ".jsonl"
    try:
        with path.open("rb") as f:
            yield from _read_stream(f, name, policy, corpus)
    except FileNotFoundError:
        yield Problem(f"{name}: no such file")
    except PermissionError:
        yield Problem(f"{name}: permission denied")
    except OSError as e:
        yield Problem(one_line(f"{name}: cannot read ({e.strerror or e})"))


def _read_stream(f: BinaryIO, name: str, policy: ReadPolicy, corpus: bool) -> Iterator[Doc | Problem]:
    head = f.read(_SNIFF)
    if policy.ascii_compatible and head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        yield Problem(f"{name}: UTF-16 text (it starts with a UTF-16 byte order mark); use --encoding utf-16")
        return
    if policy.ascii_compatible and b"\0" in head:
        yield Problem(f"{name}: binary file (it contains NUL bytes), not text")
        return
    if corpus:
        yield from _read_corpus(head, f, name, policy)
        return
    data = head + f.read()
    if policy.ascii_compatible and b"\0" in data:
        yield Problem(f"{name}: binary file (it contains NUL bytes), not text")
        return
    text = _decode(data, name, policy)
    if isinstance(text, Problem):
        yield text
    elif not text.strip():
        yield Problem(f"{name}: empty input, no quotes", fatal=False)
    else:
        yield Doc(name, text, policy.published)


def _decode(data: bytes, where: str, policy: ReadPolicy) -> str | Problem:
    try:
        return data.decode(policy.codec, policy.errors)
    except UnicodeDecodeError as e:
        return Problem(
            f"{where}: not valid {policy.encoding} text (byte {e.start}: {e.reason});"
            " use --encoding NAME or --errors replace"
        )


def _lines(head: bytes, f: BinaryIO) -> Iterator[bytes]:
    # JSON Lines are split on b"\n" before decoding, so one bad line spoils only itself
    rest = b""
    while head:
        *whole, rest = (rest + head).split(b"\n")
        for line in whole:
            yield line
        head = f.read(1 << 16)
    if rest:
        yield rest


def _read_corpus(head: bytes, f: BinaryIO, name: str, policy: ReadPolicy) -> Iterator[Doc | Problem]:
    seen = 0
    for n, raw in enumerate(_lines(head, f), 1):
        where = f"{name}:{n}"
        if not raw.strip():
            continue
        seen += 1
        line = _decode(raw, where, policy)
        if isinstance(line, Problem):
            yield line
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Problem(f"{where}: not valid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield Problem(f'{where}: a corpus line must be a JSON object with a "text" string')
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield Problem(f'{where}: no "text" string in this corpus line')
            continue
        doc_id = obj.get("id")
        published = obj.get("published", obj.get("date"))
        yield Doc(where if doc_id is None else str(doc_id), text, published)
    if not seen:
        yield Problem(f"{name}: empty input, no documents", fatal=False)
