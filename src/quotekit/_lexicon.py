"""Lexicons: word lists shipped as data files, loaded once into a frozen value.

Each file in `quotekit/data/` holds one entry per line; `#` starts a comment.
A `Lexicon` maps list names (the file stem) to frozensets of entries and is
passed explicitly to the stages that need it (`extract(text, lexicon=...)`).
Callers extend it with `Lexicon.default().extend(speech_verbs=[...])`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

import attrs


def parse_lines(lines: Iterable[str]) -> tuple[str, ...]:
    """Return the entries of a data file: stripped lines without comments or blanks."""
    out = []
    for line in lines:
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


def _freeze(lists: Mapping[str, Iterable[str]]) -> Mapping[str, frozenset[str]]:
    return MappingProxyType({k: frozenset(v) for k, v in lists.items()})


@attrs.frozen(eq=False)
class Lexicon:
    """Named word lists used by the rules, e.g. `lexicon["speech_verbs"]`.

    Compared and hashed by identity, so compiled patterns can be cached per lexicon.
    """

    lists: Mapping[str, frozenset[str]] = attrs.field(converter=_freeze)

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]

    def extend(self, **more: Iterable[str]) -> Lexicon:
        """Return a new lexicon with extra entries added to the named lists."""
        merged = {k: set(v) for k, v in self.lists.items()}
        for k, v in more.items():
            merged.setdefault(k, set()).update(v)
        return Lexicon(merged)

    @staticmethod
    def default() -> Lexicon:
        """Return the lexicon built from the data files shipped with quotekit."""
        return _default()


@cache
def _default() -> Lexicon:
    root = resources.files("quotekit") / "data"
    lists = {}
    for entry in root.iterdir():
        if entry.name.endswith(".txt"):
            lists[entry.name[:-4]] = parse_lines(entry.read_text("utf-8").splitlines())
    return Lexicon(lists)
