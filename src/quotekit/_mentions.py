"""Named mentions: one regex pass over a document for proper names and their titles.

Takes the text and the lexicon; gives `Name`s (a run of capitalised words with the
title written before it split off: `US Vice President Joe Biden` -> title
`US Vice President`, name `Joe Biden`) and helpers that read the words around a
name: a lowercase role before it (`Trump campaign manager Kellyanne Conway`), an
appositive after it (`Jane Roe, a spokeswoman for the ministry,`). The scan is a
single compiled regex; Python only looks at its hits, and the helpers read short
windows on demand. It does not decide who a name refers to (the resolver does),
and it does not know names from places: a capitalised run is a name candidate.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import count
from typing import Any, NamedTuple

import attrs
import re

import regex

from ._lazy import lazy
from ._lexicon import Lexicon
from ._text import SPACE_NOT_CRLF

# A capitalised word: "Ruiz", "O'Neill", "U.S.", "Holtz-Eakin", "J." (initial), "NATO",
# or a short abbreviation with its dot ("Sen.", "Jr."). Longer words never take a dot,
# so a run rarely crosses a sentence end; `split_run` cuts the rest. Plain `re` with
# a Latin capital class is used because this pass runs over every document.
_U = "A-ZÀ-ÖØ-ÞĀ-ſ"
# (What follows the capital. An abbreviation's letters are read first for both readings:
# a word's possessive run would take them anyway, and the engine then checks the dot
# before it enters the first choice. The optional dotted part is a choice with an empty
# branch, not `(...)?`, which sets up a repeat at every word.)
# (A word character is written `[0-9A-Z_a-z\w'’\-]`, the same set as `[\w'’\-]`: `re` tests the
# characters written out first, from a table, and only the others against Unicode's word
# class, a call per character; most characters of a run are ASCII letters.)
_WORD_CHAR = r"[0-9A-Z_a-z\w'’\-]"
_AFTER_CAP = rf"[a-z]{{0,2}}+(?:\.(?=[ ])|{_WORD_CHAR}*+(?:(?:\.\w{_WORD_CHAR}*+)++\.?|))"
_WORD = rf"[{_U}]{_AFTER_CAP}"
# Lowercase name particles and the "of" of titles and organisations: de, del, della,
# den, der, da, di, du, dos, das, van, von, al, bin, la, le, ter, of. Written as a tree
# by first letter, so that a capital after the blank fails 7 branches, not 18; a space
# follows each, so only the whole word can match and the order of branches is free.
_PARTICLE = r"(?:d(?:e(?:lla|[lnr])?|[aiu]|[ao]s)|v[ao]n|al|bin|l[ae]|ter|of)"
# The pattern opens with the capital class (so the engine can skip ahead fast) and
# then checks that the capital starts a word. The repetitions are possessive: a match
# never gives back a word it has read (the next word must start after a blank, and a
# particle cannot be the capitalised word that follows it), so the engine need not
# remember where it could backtrack to; the matches are the same.
_RUN = re.compile(
    rf"[{_U}](?<!{_WORD_CHAR}.){_AFTER_CAP}(?:[ ](?:{_PARTICLE}[ ]){{0,3}}+{_WORD}){{0,6}}+"
)
_START = re.Match.start
_END = re.Match.end
# Suffixes kept in a name (never a surname of their own).
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words written with a dot before or inside a name; only these may end in a dot
# inside a run.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col capt maj sgt adm cmdr rev jr sr st atty supt amb".split()
)


# Texts this long answer `written_lower` and `Names.ending_with` from per-text indexes;
# shorter ones scan with `str.find`, cheaper than building an index for a few lookups.
INDEX_FROM = 20_000
# A long text still answers its first `Names.ending_with` words by scanning: a scan costs
# about what indexing a hundredth of the runs for one word length does, and most texts
# ask about a few dozen words, so only a text that asks about more builds the index.
FIRST_SCANS = 64


@lru_cache(maxsize=32768)
def key(word: str) -> str:
    """Return the comparison form of a name word: casefolded, straight apostrophe, no dot."""
    return word.casefold().replace("’", "'").rstrip(".")


class Name(NamedTuple):
    """A proper-name run found in the text, with its title split off.

    `start`/`end` cover the name itself; `title` is the capitalised title written
    before it in the same run (`NATO Secretary General`), `run_start` where that
    run begins. `courtesy` is a dropped honorific (`mr`, `mrs`, ...), `org` tells
    that the name looks like an organisation (`Tax Policy Center`, `NATO`).
    """

    start: int
    end: int
    words: tuple[str, ...]
    title: str | None
    run_start: int
    courtesy: str | None
    org: bool

    @property
    def text(self) -> str:  # noqa: D102
        """Return the name as written, titles and honorifics excluded."""
        return " ".join(self.words)


@attrs.frozen(eq=False)
class Vocab:
    """The word lists the mention helpers need, as lowercase frozensets."""

    titles: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    org_heads: frozenset[str]
    stop: frozenset[str]
    verbs: frozenset[str]
    title_like: frozenset[str]
    regions: frozenset[str] = frozenset()


@cache
def vocab(lexicon: Lexicon) -> Vocab:
    """Return the lowercase word lists of `lexicon` used to read names (cached per lexicon)."""
    return Vocab(
        lexicon["titles"],
        lexicon["role_modifiers"],
        lexicon["honorifics"],
        lexicon["org_heads"],
        lexicon["stopwords"] | lexicon["speech_verbs"],
        lexicon["speech_verbs"],
        lexicon["titles"] | lexicon["honorifics"] | lexicon["role_modifiers"],
        lexicon["regions"],
    )


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos]
    return pos == 0 or before.endswith("\n") or before.rstrip(" ").endswith((".", "?", "!", '"', "”"))


def written_lower(text: str, low: str) -> bool:
    """Whether `text` writes the word `low` after a space and before a space or a comma.

    Read from the set of such words, built once per text (`_spaced_words`): proper
    nouns are never written in lowercase, so a `str.find` per word would miss and scan
    the whole text, once per distinct name.
    """
    if len(text) < INDEX_FROM or " " in low or "," in low:
        return _written_lower_by_find(text, low)  # a short text, or not a word the set can answer
    return low in _spaced_words(text)


@lru_cache(maxsize=2)
def _spaced_words(text: str) -> frozenset[str]:
    """Return the texts written between a space and a space or a comma (none holds either).

    The text is split in chunks that end at a space, so a long document never holds
    a string for each of its words at once, only the distinct ones.
    """
    words: set[str] = set()
    n = len(text)
    a, first = 0, 1  # the text's first piece follows no space
    while True:
        b = text.find(" ", a + _CHUNK) if a + _CHUNK < n else -1
        chunk = text[a : n if b < 0 else b]
        pieces = chunk.split(" ")
        words.update(pieces[first:] if b >= 0 else pieces[first:-1])  # the text's last piece has no space after it
        # each piece's text before its first comma, read per comma, not per piece: the text
        # after the last space of the stretch before a comma (a stretch with no space goes
        # on the piece of the comma before, unless it opens a chunk that follows a space)
        cut = chunk.split(",")
        cut.pop()
        words.update(c[c.rfind(" ") + 1 :] for c in cut if " " in c)
        if cut and not first and " " not in cut[0]:
            words.add(cut[0])
        if b < 0:
            return frozenset(words)
        a, first = b + 1, 0


_CHUNK = 1 << 16


def _written_lower_by_find(text: str, low: str) -> bool:
    target = " " + low
    n = len(target)
    p = text.find(target)
    while p >= 0:
        if text[p + n : p + n + 1] in (" ", ","):
            return True
        p = text.find(target, p + 1)
    return False


def read_run(text: str, start: int, end: int, v: Vocab) -> Name | None:
    """Return the `Name` in the capitalised run `text[start:end]`, or None when it holds only titles or function words."""
    # The run is read from its own string (the same runs recur within and across
    # documents), in one cached step; only the one test that looks outside it is made here.
    run = text[start:end]
    name, lead = _read(run, v)
    if lead is not None and _opens_sentence(text, start + lead[0]) and written_lower(text, lead[1]):
        name = _split_run(run, v, lead[2], lead[3])  # "Maybe Ruiz will": a common word capitalised by its place
    if name is None:
        return None
    # (indexing a plain tuple is a specialised bytecode; a `Name`'s fields are not)
    return _new_name(Name, (start + name[0], start + name[1], name[2], name[3], start + name[4], name[5], name[6]))


# builds a `Name` from a tuple in C (its generated `__new__` is a Python call per name)
_new_name = tuple.__new__


# what `_run_words` reads of a run: its words, their offsets, where the name may start,
# the number of words, where the last ends
_RunWords = tuple[tuple[str, ...], tuple[int, ...], int, int, int]


@lru_cache(maxsize=16384)
def _read(run: str, v: Vocab) -> tuple[tuple[Any, ...] | None, tuple[int, str, _RunWords, int] | None]:
    """Return the fields of the `Name` of a run, offsets within it, and the test that may drop its first name word.

    The test is None, or (the word's offset, its lowercase, the run's words, where
    the name starts without it): a text that writes that word in lowercase had it
    capitalised by its place at a sentence start. Depends on the run's string alone,
    so every mention of a name shares one answer.
    """
    if " " not in run:
        one = _one_word(run, v)
        return None if one is None else (0, len(run) - one[1], one[0], None, 0, None, one[2]), None
    got = _run_words(run, v)
    if got is None:
        return None, None
    words, starts, i, n, _end = got
    name = _split_run(run, v, got, i)
    fields = None if name is None else tuple(name)
    if n - i < 2:
        return fields, None
    return fields, (starts[i], words[i].lower(), got, i + 1)


def _one_word(run: str, v: Vocab) -> tuple[tuple[str], int, bool] | None:
    """Return the words, the characters cut off the end and the organisation flag of a one-word run (None: a function word)."""
    k = key(run)
    if k in v.stop:
        return None
    cut = 0
    if run[-2:] in ("'s", "’s"):
        run, cut = run[:-2], 2
    elif run[-1] in "'’":
        run, cut = run[:-1], 1
    if not run:
        return None
    return (run,), cut, k in v.org_heads or _is_acronym(run)


def _run_words(run: str, v: Vocab) -> _RunWords | None:
    """Return the capitalised words of a run, their offsets in it, where the name may start and end (None: no words).

    The name starts at word `i` (function words skipped) and ends with word `n - 1`
    at offset `end` (a possessive ends it).
    """
    words = run.split(" ")
    starts = []
    pos = 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    # a word ending in a dot that is neither an abbreviation nor an initial ends a sentence
    for j, w in enumerate(words[:-1] if "." in run else ()):
        if w.endswith(".") and len(w) > 2 and key(w) not in _ABBREVIATIONS and "." not in w[:-1]:
            words, starts = words[: j + 1], starts[: j + 1]
            break
    keep = [(w, s_) for w, s_ in zip(words, starts) if w and w[0].isupper()]
    if not keep:
        return None
    end = starts[-1] + len(words[-1])
    words, starts = [w for w, _ in keep], [s_ for _, s_ in keep]
    i, n = 0, len(words)
    while i < n and key(words[i]) in v.stop:
        i += 1
    for j in range(i, n - 1):
        if words[j][-2:] in ("'s", "’s") or words[j][-1] in "'’":
            # "Ruiz's Tuesday speech", "Fox News' Ana Ruiz": the run stops at a possessive
            n = j + 1
            end = starts[j] + len(words[j])
            break
    return tuple(words), tuple(starts), i, n, end


def _split_run(
    run: str, v: Vocab, got: _RunWords, i: int
) -> Name | None:
    """Return the `Name` of a run (its `_run_words` are `got`) whose name may start at word `i`, offsets within the run: the title split off."""
    words, starts, _i, n, end = got
    if i >= n:
        return None
    text = run  # every offset below is within the run
    run_start = starts[i]
    # The title ends at the last title word that still leaves a name after it.
    k = i - 1
    title_like = v.title_like
    for j in range(i, n - 1):
        if key(words[j]) in title_like:
            k = j
    # "Secretary of State Ana Ruiz": words joined to the title by "of" belong to it
    while i <= k < n - 2 and " of " in text[starts[k] + len(words[k]) : starts[k + 1] + 1]:
        k += 1
    if key(words[n - 1]) in v.modifiers:
        return None  # "Wisconsin Republican": a description, not a name
    if words[n - 1][-2:] in ("'s", "’s"):
        end -= 2
    elif words[n - 1][-1] in "'’":
        end -= 1
    name_start = starts[k + 1]
    name_words = text[name_start:end].split()
    org = not v.org_heads.isdisjoint(map(key, name_words)) or (len(name_words) == 1 and _is_acronym(name_words[0]))
    if org and k >= i:
        # "Justice Department": the capitalised words before an organisation head are its name
        name_start, k = run_start, i - 1
        name_words = [w for w in text[run_start:end].split() if key(w) not in v.honorifics]
    if not org and "of" in name_words[1:-1]:
        # "Ana Ruiz of Velm": a person's name stops at "of"
        cut = name_words.index("of", 1)
        name_words = name_words[:cut]
        end = name_start + len(" ".join(name_words))
    if not name_words or not name_words[-1].rstrip("."):
        return None
    courtesy = None
    title_words = []
    for w in words[i : k + 1]:
        if key(w) in v.honorifics:
            courtesy = key(w)
        else:
            title_words.append(w)
    title = None
    if title_words:
        title = text[run_start : starts[k] + len(words[k])] if not courtesy else " ".join(title_words)
    return Name(name_start, end, tuple(name_words), title, run_start, courtesy, org)



_UNREAD = object()  # a run not read yet (its `Name` may be None)


class Names:
    """The capitalised runs of a text: found in one regex pass, read into `Name`s on demand.

    Only the runs a sieve asks about (near a pronoun, ending in a speaker's
    surname, next to a title word) cost any Python work.
    """

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.v = vocab(lexicon)
        # run i is text[starts[i]:ends[i]]: two flat lists (built in C, no Python call per
        # run), not a list of (start, end) tuples that a long document pays 64 bytes a run for;
        # read off the matches with start and end, not span: no tuple per run to build and flatten
        runs = list(_RUN.finditer(text))
        self.starts = list(map(_START, runs))
        self.ends = list(map(_END, runs))
        self.n = len(self.starts)
        self._names: dict[int, Name | None] = {}
        self._by_last: dict[str, list[int]] = {}
        self._by_tail: dict[int, dict[str, array[int]]] = {}

    def __len__(self) -> int:
        return self.n

    def get(self, i: int) -> Name | None:
        """Return the `Name` of run `i`, or None when it holds only titles or function words."""
        # (a lookup, not try/except: most runs asked about are read here for the first time,
        # and raising KeyError costs more than reading a run's name from its cached parts)
        n = self._names.get(i, _UNREAD)
        if n is _UNREAD:
            n = self._names[i] = read_run(self.text, self.starts[i], self.ends[i], self.v)
        return n  # type: ignore[return-value]

    def index(self, pos: int) -> int:
        """Return the index of the first run starting at or after `pos`."""
        return bisect.bisect_left(self.starts, pos)

    def ending_with(self, word: str) -> list[int]:
        """Return the indices of the runs whose last word is `word` (any case, either apostrophe).

        Answers what scanning the text with `str.find` for each form of `word` (non-overlapping,
        left to right) would: run i when an occurrence starts inside it and ends at its end,
        or right before an apostrophe and one more character (`Ruiz’s`). The occurrence may
        start mid-word (`Ortiz-Ruiz`). A long text asked about many words looks them up in
        `_tails`, so a document with many people costs runs x distinct word lengths, not
        people x text length (both ways give the same answer).
        """
        got = self._by_last.get(word)
        if got is not None:
            return got
        if len(self.text) < INDEX_FROM or len(self._by_last) < FIRST_SCANS:
            got = None if "'" in word or "’" in word else self._ending_with_by_tail(word)
            if got is None:
                got = self._ending_with_by_find(_forms(word))
        else:
            forms = _forms(word)
            n = len(word)  # every form has the length of `word`
            tails, ends = self._tails(n), self.ends
            # an entry is 2 * run + 1 when the text ends 2 characters before the run's end
            got = sorted({
                k >> 1 for f in forms for k in tails.get(f, ()) if self._found_by_scan(f, ends[k >> 1] - n - 2 * (k & 1))
            })
        self._by_last[word] = got
        return got

    def _ending_with_by_find(self, forms: set[str]) -> list[int]:
        text, starts, ends = self.text, self.starts, self.ends
        found = set()
        for f in forms:
            p = text.find(f)
            while p >= 0:
                e = p + len(f)
                i = bisect.bisect_right(starts, p) - 1
                if i >= 0 and ends[i] in (e, e + 2) and (ends[i] == e or text[e] in "'’"):
                    found.add(i)
                p = text.find(f, e)
        return sorted(found)

    def _ending_with_by_tail(self, word: str) -> list[int] | None:
        """Answer `_ending_with_by_find` for a word with no apostrophe in one scan, or None when it cannot.

        Its two forms differ only in the first letter, so one scan for the rest of the
        word finds both. The scans agree when no two occurrences can overlap: no `k`
        where the first letter (either case) is the word's `k`-th and the word from
        there on repeats its start. Then every occurrence is found, by either scan.
        A rest shorter than three letters is left to `_ending_with_by_find`: it would
        hit inside too many other words.
        """
        rest = word[1:]
        up, low = word[:1].upper(), word[:1].lower()
        n = len(rest)
        if n < 3 or len(up) != 1 or len(low) != 1:
            return None
        for k in range(1, n + 1) if up in rest or low in rest else ():
            if rest[k - 1] in (up, low) and rest[k:] == rest[: n - k]:
                return None
        text, starts, ends = self.text, self.starts, self.ends
        found = set()
        p = text.find(rest, 1)
        while p >= 0:
            e = p + n
            if text[p - 1] in (up, low):
                i = bisect.bisect_right(starts, p - 1) - 1
                if i >= 0 and ends[i] in (e, e + 2) and (ends[i] == e or text[e] in "'’"):
                    found.add(i)
            p = text.find(rest, e)
        return sorted(found)

    def _tails(self, n: int) -> dict[str, array[int]]:
        """Map each `n`-character text ending a run to `2 * run`, and each ending 2 before an apostrophe run end to `2 * run + 1`.

        Flat arrays of ints, not lists of (run, start) tuples: a long document's index
        would otherwise hold over 100 bytes per run for every word length asked about.
        """
        got = self._by_tail.get(n)
        if got is None:
            got = self._by_tail[n] = {}
            text = self.text
            for i, s, e in zip(count(), self.starts, self.ends):
                if e - s >= n:
                    t = text[e - n : e]
                    a = got.get(t)
                    if a is None:
                        a = got[t] = array("q")
                    a.append(2 * i)
                    if e - s >= n + 2 and text[e - 2] in "'’":
                        t = text[e - 2 - n : e - 2]
                        a = got.get(t)
                        if a is None:
                            a = got[t] = array("q")
                        a.append(2 * i + 1)
        return got

    def _found_by_scan(self, f: str, p: int) -> bool:
        """Whether a left-to-right non-overlapping `str.find` scan for `f` stops at its occurrence at `p`.

        Only a word overlapping itself (`Lala` in `Lalala`) can hide an occurrence, so
        only then is the scan replayed, from the start of the chain of overlapping
        occurrences around `p` (before it no occurrence crosses, so the scan is free there).
        """
        n, text = len(f), self.text
        lo = p
        while True:
            q = text.find(f, max(0, lo - n + 1), lo - 1 + n)
            if q < 0 or q >= lo:
                break
            lo = q
        while lo < p:
            lo = text.find(f, lo + n, p + n)
            if lo < 0:
                return False
        return lo == p


def _forms(word: str) -> set[str]:
    """Return `word` with its first letter in either case and either apostrophe."""
    forms = {word, word[:1].upper() + word[1:], word[:1].lower() + word[1:]}
    return forms | {f.replace("’", "'") for f in forms} | {f.replace("'", "’") for f in forms}


def scan(text: str, lexicon: Lexicon) -> list[Name]:
    """Return every proper-name run of `text` in order, titles split off."""
    names = Names(text, lexicon)
    return [n for n in (names.get(i) for i in range(len(names))) if n is not None]


# `regex`'s \s (Unicode White_Space) spelled out, so that plain `re`, faster on this
# short scan, matches the same characters (its own \s also takes \x1c-\x1f).
_WS = "\n\r" + SPACE_NOT_CRLF
# Characters that take part in a clause break: a word holding none of them is all
# inside the last clause.
_BREAK_CHAR = re.compile(r"[,;:()\[\]\"“”—–.!?]")
# A clause break: a mark of the first class, or a sentence stop (with a closing quote)
# then a blank, or a dash between blanks. Written as one class of the characters a
# break starts with, then a lookbehind telling which it was (the three classes share
# no character, so each position matches as the three alternatives would): a pattern
# that opens with a class lets the engine skip to those characters, where it would
# try the alternatives at every position.
_CLAUSE_BREAK = lazy(re.compile,
    rf"[,;:()\[\]\"“”—–.!?{_WS}]"
    rf"(?:(?<=[,;:()\[\]\"“”—–])|(?<=[.!?])['’\"”]?[{_WS}]|(?<=[{_WS}])-[{_WS}])"
)
# The characters that make a clause break at the end of a word: any of the first
# alternative (matched wherever it stands, or inside a break that opens before it), or a
# sentence stop with a blank (`_WS_CHARS`) after it.
_ENDS_CLAUSE = frozenset(",;:()[]\"“”—–.!?")
_WS_CHARS = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))))


def role_before(text: str, start: int, v: Vocab) -> str | None:
    """Return the lowercase role written right before `start` (`campaign manager` in `... manager Ana Ruiz`).

    The words must end in a title word and run back only to a clause break, a
    function word or a speech verb, at most six words.
    """
    lo = max(0, start - 90)
    seg = text[lo:start]
    last = seg.rsplit(None, 1)[-1:]
    if last and last[0][-1] in _ENDS_CLAUSE:
        # a break ends the last word ("ministry, Ana Ruiz", "said. Ana Ruiz", "“Ana Ruiz"):
        # the scan below would end there too, with no word after it (a shortcut)
        end = len(seg.rstrip())
        if last[0][-1] == ",":
            return _description_before_comma(seg[: end - 1], v)
        if last[0][-1] not in ".!?" or seg[end : end + 1] in _WS_CHARS:
            return None
    elif last and not _BREAK_CHAR.search(last[0]):
        k = key(last[0])
        if k in v.stop and k != "and":
            return None  # "said Ana Ruiz": a function word or verb right before (a cheap test first)
    cut = 0
    for m in _CLAUSE_BREAK.finditer(seg):
        cut = m.end()
    words = seg[cut:].split()
    if lo > 0 and cut == 0 and words:
        words = words[1:]  # the window may start inside a word
    if not words and cut and seg[cut - 1] == ",":
        return _description_before_comma(seg[: cut - 1], v)
    if not words:
        return None
    taken: list[str] = []
    for w in reversed(words):
        k = key(w)
        if (k in v.stop and k != "and") or not k or len(taken) == 7:
            break
        taken.append(w)
    while taken and key(taken[-1]) == "and":
        taken.pop()
    if not taken:
        return None
    if key(words[-1]) in v.titles:
        return " ".join(reversed(taken))
    # "the host and former personality Ana Ruiz": a title inside a role led by "the"
    led = len(taken) < len(words) and key(words[-len(taken) - 1]) in ("the", "a", "an")
    if led and any(key(w) in v.titles for w in taken):
        return " ".join(reversed(taken))
    rest = seg[cut:]
    if len(taken) == len(words) and _open_title(taken[::-1], text, lo + cut + len(rest) - len(rest.lstrip()), v):
        return " ".join(reversed(taken))
    return None


# Lowercase words that end a time phrase, not a title ("Late Tuesday night Ana Ruiz").
_TIME_WORDS = frozenset(
    "morning afternoon evening night day days week weekend month year years today tonight yesterday "
    "later earlier ago time".split()
)


_ROLE_NOUN = lazy(re.compile, r"(?:man|woman|er|ist|ian|ant|ent|ate|ee|al|ary|ess|ic|ive|ady|ief|ain|ard)$")


def _open_title(words: Sequence[str], text: str, at: int, v: Vocab) -> bool:
    """Whether the words opening a clause before a name are a title with a word the lexicon lacks.

    `Harbor master Tobias Wren`, `Parks foreman Ana Ruiz`: a capitalised word first
    (the clause opens with the title), then lowercase nouns; no time words, adverbs
    or verb forms, so `Late Tuesday night Ana Ruiz` is no title.
    """
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or not words[-1].isalpha() or not words[-1].islower():
        return False
    # the head must look like a person noun ("master", "freeholder", "delegate", "rival"),
    # not a headline's verb ("Lee rejects Ruiz", "Polls favor Ruiz")
    if not _ROLE_NOUN.search(words[-1]) or any(w.endswith("s") and not w.endswith("ss") for w in words):
        return False
    if not _opens_sentence(text, at) and text[max(0, at - 2) : at].strip() not in (",", ""):
        return False
    for w in words:
        k = key(w)
        if k in _TIME_WORDS or k in v.stop or k.endswith(("ly", "ing", "ed")) or not k.replace("-", "").isalpha():
            return False
    return True


_DESC_BEFORE = regex.compile(r".*(?:^|\s)(?:the|a|an|another|his|her|their|its)\s+(?P<d>[^,;:()\"“”.]{2,70})$", regex.I)


def _description_before_comma(seg: str, v: Vocab) -> str | None:
    # "the new US secretary of state, Ana Ruiz": a description then the name
    if v.titles.isdisjoint(map(key, seg.rsplit(None, 8)[-8:])):
        # the description's words end the text and number at most 8, one a title: with no
        # title among the last 8 words, the pattern's answer is dropped below (a cheap test first)
        return None
    m = _DESC_BEFORE.match(seg)
    if not m:
        return None
    d = m.group("d").strip()
    words = d.split()
    head = next((w for w in reversed(words) if key(w) in v.titles), None)
    if head is None or len(words) > 8:
        return None
    return d


# Plain `re` with `regex`'s \s spelled out (`_WS`): its lazy body tries the lookahead
# after every character, which `re` does about three times as fast.
_APPOSITIVE = lazy(re.compile,
    (r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,|\s(?:—|–|--))\s+(?:\d{1,3},\s+)?"
     r"(?P<app>(?:(?:the|a|an|his|her|its|their)\s+)?[^,;:()\"“”\n.?!]{2,160}?)"
     r"(?=\s*(?:[,;:()\"“”—?!]|\.(?:\s|$)|$|--|\s(?:that|which)\s))").replace(r"\s", f"[{_WS}]")
)
# Words that show a clause (a subject and its verb), which an appositive never has.
_CLAUSE_WORDS = frozenset("is are was were has have had will would could can should may might also".split())
_SAID = frozenset("said says told tells wrote writes".split())
_DETERMINER = lazy(regex.compile, r"^(?:the|a|an|his|her|its|their|our|another)\s+", regex.I)


def appositive(text: str, end: int, v: Vocab) -> tuple[str | None, str | None]:
    """Return (description, who-clause) written after a name ending at `end`.

    `Ana Ruiz, a spokeswoman for the ministry,` gives `spokeswoman for the
    ministry`; `Ruiz, 56, who chairs the panel` gives the clause. An appositive
    must start with a determiner or a title word so that lists of names are not
    taken for descriptions.
    """
    if text[end : end + 40].lstrip()[:1] not in ",(—–-":
        return None, None  # the pattern needs one of these first (a cheap test before it)
    m = _APPOSITIVE.match(text, end, min(len(text), end + 200))
    if not m:
        return None, None
    app = m.group("app").strip()
    if not app:
        return None, None  # only blanks after the comma (the end of a text)
    first = app.split(None, 1)[0]
    if first in ("who", "whose"):
        return None, app
    if app.startswith("one of "):
        return app, None  # "Ana Ruiz, one of the best-known hosts,"
    det = _DETERMINER.match(app)
    body = app[det.end() :] if det else app
    words = body.split()
    if not words:
        return None, None
    for w in words:
        k = key(w)
        if k in ("who", "whose", "which", "that"):
            break
        if k in _CLAUSE_WORDS or (w.islower() and k in v.verbs and (k.endswith("ed") or k in _SAID)):
            return None, None  # "in Chelsea, the mayor said ...": a new clause, not an appositive
    if not det and key(words[0]) not in v.titles and key(words[0]) not in v.modifiers:
        # no determiner: accept only a title head within the first words ("director of ...")
        if not any(key(w) in v.titles for w in words[:3]) or words[0][0].isupper() and key(words[0]) not in v.titles:
            return None, None
    if det and words[0][:1].isupper() and not any(key(w) in v.titles or w.islower() for w in words):
        return None, None  # "the Pentagon": a name, not a description
    region = _REGION_AFTER.match(text, m.end("app"))
    if region and words[-1][:1].isupper():
        # "a financial adviser in Eau Claire, Wis.,": the state belongs to the place
        two = region.group(1)
        one = two.split(" ")[0]
        got = two if two in v.regions else one if one in v.regions else None
        if got:
            body += ", " + got
    return body, None


_REGION_AFTER = lazy(regex.compile, r",\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)")
