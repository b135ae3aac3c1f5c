"""Lexicons: word lists shipped as data files, loaded once into a frozen value.

Each file in `quotekit/data/` holds one entry per line; `#` starts a comment.
A `Lexicon` maps list names (the file stem) to frozensets of entries and is
passed explicitly to the stages that need it (`extract(text, lexicon=...)`).
Callers extend it with `Lexicon.default().extend(speech_verbs=[...])`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

import attrs


_Trie = dict[str, "_Trie"]


def trie(words: Iterable[str], reverse: bool = False) -> str:
    """A regex alternation of `words` factored into a trie (a suffix trie if `reverse`,
    for a pattern matched backwards with `(?r)`), for `re` and `regex` alike.

    It matches what `\\L<words>` or a plain alternation matches, and backtracks through
    the same choices in the same order: the words that match at one offset are prefixes
    (suffixes, read backwards) of one another, and both forms try the longest first. But
    a named list hashes a substring for every length of entry at every offset it is tried
    at, and an alternation tries every word; a trie fails on the first character that no
    word has there, which made the cue scan about five times faster and `svq` no longer
    the dearest pattern of attribution. No words give a pattern that matches nothing.
    """
    root: _Trie = {}
    for w in words:
        node = root
        for ch in reversed(w) if reverse else w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: _Trie) -> str:
        # (a run of single choices where no word ends, most of each word, is written out
        # in a loop: a call per letter was most of the cost of building the trie, which
        # start-up pays for each pattern that holds one)
        run = []
        while len(node) == 1 and "" not in node:
            [(ch, node)] = node.items()
            run.append(_escape(ch))
        alts = [emit(sub) + _escape(ch) if reverse else _escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            rest = ""
        elif "" in node:
            # a word that ends here is an empty last choice, tried after every longer one
            # (not `(?:...)?`, which `re` runs as a repeat that allocates at every try;
            # the same matches, since no choice matches empty)
            rest = "(?:" + "|".join(alts) + "|)"
        else:
            rest = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return rest + "".join(reversed(run)) if reverse else "".join(run) + rest

    return emit(root) if root else "(?!)"


def _escape(ch: str) -> str:
    return ch if ch.isalnum() else re.escape(ch)  # a letter or digit needs no escape


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
