"""Speaker resolution: from mentions as written to canonical names, roles, anonymity.

Takes the text, the candidates (with speaker spans) and the lexicon; gives one
`Speaker` (or None) per candidate and the document's entities. Resolution is an
ordered chain of named sieves (`SIEVES`); the first sieve that decides a mention
stamps its name on the `Speaker`. Named mentions are decided first for the whole
document, then pronouns and descriptions in reading order, so they can lean on
every name before them. It never guesses: a pronoun with no compatible
antecedent, or a description that matches no introduced person, stays unnamed,
because a wrong name is worse than none. It knows no names from outside the text
(no gazetteer, no name-gender list): genders come from courtesy titles, gendered
role words and the pronouns that follow a name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import chain
from operator import attrgetter, itemgetter
from typing import NamedTuple

import attrs
import regex

from ._attribution import Candidate
from ._lazy import lazy
from ._lexicon import Lexicon
from ._mentions import _WS, SUFFIXES, Name, Names, Vocab, appositive, key, read_run, role_before, vocab, written_lower
from ._model import Entity, Quote, Speaker, SpanT
from ._text import IRREGULAR_PAST

# Determiners, quantifiers and numbers dropped from the front of a description's role.
_LEAD = regex.compile(
    r"^(?:(?:(?:some|many|most|each|none|two|three)\s+of\s+(?:the|his|her|their|its|our)|all\s+(?:of\s+)?the|"
    r"a\s+number\s+of|the|a|an|one(?!\s+of\b)|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens\s+of|hundreds\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|"
    r"(?!(?:19|20)\d\d\b)\d[\d,.]*|some|several|many|most|other|others|all|both|each|few|these|those|this|that|"
    r"his|her|its|their|our|your|my|another|any|more|such)\s+)+",
    regex.I,
)
_POST = regex.compile(r"\s+(?:of|for|at|in|on|with|from|who|whom|that|which|familiar|close|to|by|led|I|we)\b|\s*[,(]")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
_QUANTIFIERS = frozenset({"each", "all", "both", "most", "many", "some", "several", "few", "others", "none"})
_RELATIVES = frozenset({"who", "whom", "whose", "that", "which"})
_PRONOUNS = frozenset(_PRONOUN_GENDER) | _GROUP_PRONOUNS | _THING_PRONOUNS | _RELATIVES
_GENERIC = {"i": ("person", False), "we": ("people", True), "you": ("person", True), "us": ("people", True)}
# "him" is left out: right after a name it is mostly someone else ("Ruiz scolded him").
# "her" counts only before a word that is no function word ("her vote"): in "disqualify
# her from", "make her the first" it is someone the named person acts on.
_FOLLOWING_PRONOUN = regex.compile(r"\b(?:(?P<m>he|his|himself)|(?P<f>she|hers|herself|her(?=\s+(?P<next>[\w'’]+))))\b", regex.I)
# Gendered person words: the first is a suffix (`congresswoman`), the others whole words.
_FEMALE = ("woman", "actress", "wife", "mother", "daughter", "sister", "widow", "first lady", "girl", "grandmother", "queen")
_MALE = ("man", "actor", "husband", "father", "son", "brother", "widower", "boy", "grandfather", "king")
_FEMALE_WORDS = lazy(regex.compile, rf"\b(?:\w+{_FEMALE[0]}|{'|'.join(_FEMALE[1:])})\b", regex.I)
_MALE_WORDS = lazy(regex.compile, rf"\b(?:\w+{_MALE[0]}|{'|'.join(_MALE[1:])})\b", regex.I)


@lru_cache(maxsize=4096)
def _gender_words(s: str) -> tuple[bool, bool]:
    """Whether `s` holds a female and a male person word (cached: roles repeat)."""
    # An ASCII string that holds none of a list's words, in any case, has no match of its
    # pattern, whose caseless search costs thousands of instructions a character: most
    # roles are decided by these substring tests alone.
    low = s.lower() if s.isascii() else None
    female = (low is None or any(map(low.__contains__, _FEMALE))) and bool(_FEMALE_WORDS.search(s))
    male = (low is None or any(map(low.__contains__, _MALE))) and bool(_MALE_WORDS.search(s))
    return female, male


_PARTIES = ({"republican", "gop", "conservative"}, {"democratic", "democrat", "liberal"})
# (Tested with `str.endswith`: a head is one alphabetic word, so `$` never meets a line break.)
_PERSON_SUFFIX = ("man", "woman", "men", "women", "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents")
# Person nouns that are not office titles: "businessman", "mother", "lady", "star".
_PERSON_NOUN = lazy(regex.compile, r"(?:man|woman|mother|father|lady|daughter|son|wife|husband|star|mogul|tycoon|billionaire|veteran)$")
# A sentence or paragraph start, then at most three words, at the end of the window.
# (Plain `re` with `regex`'s \s spelled out, opening with the class of the characters that
# start a match, so that its search skips to those in C where `regex` tries every start;
# the words are possessive because giving back a character can never let them match.)
_OPENS_SENTENCE = re.compile(
    r"[.!?\n\"“”](?:(?<=[.!?])[\"'”’)]*\s|(?<=\n)|(?<=[\"“”])\s?)(?:\S++\s++){0,3}$"
    .replace(r"\s", f"[{_WS}]").replace(r"\S", f"[^{_WS}]")
)
_QUOTE_MARK = regex.compile(r"[\"“”«»]")
_PREVIOUS_WINDOW = 600  # how far back (characters) the previous speaker still counts
_WINDOW = 1000  # how far back (characters) a pronoun looks for its antecedent
_CONJ = lazy(regex.compile, r"\s*(?:,\s*|\s+)(?:and|&)\s+|\s*,\s*(?=\p{Lu})")


@attrs.frozen(eq=False)
class _Lists:
    v: Vocab
    anon: frozenset[str]
    docs: frozenset[str]
    synonyms: dict[str, frozenset[str]]


@cache
def _lists(lexicon: Lexicon) -> _Lists:
    syn: dict[str, set[str]] = {}
    for line in lexicon["title_synonyms"]:
        group = set(line.split())
        for w in group:
            syn.setdefault(w, set()).update(group)
    return _Lists(
        vocab(lexicon),
        lexicon["anonymous_heads"],
        lexicon["document_heads"],
        {k: frozenset(g) for k, g in syn.items()},
    )


_UNSET = object()  # a cache entry not computed yet (its value may be None)
_SPACE_CAPITAL = re.compile(" [A-Z]")  # matches only where `_NOT_NEUTRAL` does
_at0 = itemgetter(0)  # a sort key called in C, where a lambda is a Python call per item
_at1 = itemgetter(1)
_spans_of = attrgetter("spans")


class _Doc:
    """One document's names, quote contents and the mentions resolved so far."""

    def __init__(self, text: str, cands: Sequence[Candidate], lexicon: Lexicon) -> None:
        self.text = text
        self.lx = _lists(lexicon)
        self.v = self.lx.v
        self.nm = Names(text, lexicon)
        # the contents of every candidate and of the quoted ones (direct and mixed), each sorted,
        # and their starts and ends: read in C, and in one loop over the candidates
        spans = sorted(chain.from_iterable(map(_spans_of, cands)))
        self.content = spans
        self.content_starts = list(map(_at0, spans))
        self.content_ends = list(map(_at1, spans))
        direct: list[SpanT] = []
        # mixed content outside its quote marks is the writer's words (titles written there count)
        self.mixed: list[SpanT] = []
        for c in cands:
            if c.kind != "indirect":
                direct += c.spans
                if c.kind == "mixed":
                    self.mixed.append((c.spans[0][0], c.spans[-1][1]))
        direct.sort()
        self.direct = direct
        self.direct_starts = list(map(_at0, direct))
        self.direct_ends = list(map(_at1, direct))
        self._canon: dict[tuple[tuple[str, ...], str | None], str] = {}
        self._gender: dict[str, str | None] = {}
        self._roles: dict[int, str | None] = {}
        self._app: dict[int, tuple[str | None, str | None]] = {}
        self._hits: dict[str, list[Name]] = {}
        self._first: dict[str, list[Name]] = {}
        self._subject: dict[int, bool] = {}
        self._occ_starts: dict[str, tuple[list[int], list[int]]] = {}
        self._last_of: dict[str, str] = {}
        self._headline: dict[int, bool] = {}
        self._with_last: dict[tuple[str, bool], list[Name]] = {}
        self._pp: tuple[list[int], list[tuple[int, int, tuple[str, ...]]]] | None = None
        self._pp_canon: dict[int, str | None] = {}
        self._run_role: dict[int, tuple[str, int, str] | None] = {}
        # per run index: the key of its last word (a 1-tuple) and whether it has several words
        self._run_last: dict[int, tuple[tuple[str], bool]] = {}
        # per (run start, name end): `_raw_may_have_role`, which reads only the text
        self._may_role: dict[tuple[int, int], bool] = {}
        self._person: dict[str, bool] = {}
        self._role_index: dict[str, list[tuple[int, str]]] = {}
        self._person_last: set[tuple[str, ...]] | None = None
        self._person_last_of: set[str] = set()
        self.persons: set[str] = set()
        # the speakers resolved so far, in reading order (later pronouns and descriptions point back to them)
        self.refs: list[Speaker] = []
        self.history: dict[str, list[tuple[int, str]]] = {}
        # the keys of each recorded role's words, once `read_roles` has read it
        self.history_keys: dict[str, list[frozenset[str]]] = {}
        self._unread_roles: list[tuple[int, str, str]] = []
        self._neutral: tuple[list[SpanT], list[int]] | None = None
        self._neutral_of: dict[int, bool] = {}
        self._hit_words: dict[str, tuple[list[int], list[frozenset[str] | None]]] = {}
        # per role-word key: the sorted positions of that word at the mentions read so far
        # of the people in `word_indexed` and in the roles read so far, and whose each one is;
        # `word_next` holds the index of each such person's first unread mention (see `_holding`)
        self.word_at: dict[str, tuple[list[int], list[str]]] = {}
        self.word_indexed: set[str] = set()
        self.word_next: dict[str, int] = {}
        # the resolved mentions of people, in reading order: positions and names
        self.person_refs: tuple[list[int], list[str]] = ([], [])
        self._titled: dict[frozenset[str], tuple[list[int], list[tuple[int, str] | None]]] = {}
        self._low: str | None | bool = False  # `_lowered(text)` once asked for (False: not yet)

    def lowered(self) -> str | None:
        """Return `_lowered(text)`, made once: each set of title heads scans it (lowercasing costs more than the scan)."""
        if self._low is False:
            self._low = _lowered(self.text)
        return self._low  # type: ignore[return-value]

    # -- distances that skip neutral paragraphs ---------------------------------
    def _neutral_index(self) -> tuple[list[SpanT], list[int]]:
        # paragraphs that mention nobody are invisible to every distance and paragraph
        # count below, so inserting one never changes a resolution; a paragraph is
        # tested (`_is_neutral`) only when a distance reaches it
        if self._neutral is None:
            spans = [m.span(1) for m in _PARA_AFTER_BREAK.finditer(self.text)]
            self._neutral = (spans, [b for _, b in spans])
        return self._neutral

    def _is_neutral(self, i: int) -> bool:
        got = self._neutral_of.get(i)
        if got is None:
            s, e = self._neutral_index()[0][i]
            para = self.text[s:e]
            # (a Latin capital after a space or a quote mark is a match of `_NOT_NEUTRAL`, found
            # in most paragraphs by a search for " [A-Z]", whose blank `re` skips to fast, and six
            # `in` tests: a pattern that opens with a class of characters tries every blank)
            got = self._neutral_of[i] = not (
                _SPACE_CAPITAL.search(para)
                or '"' in para or "“" in para or "”" in para or "„" in para or "«" in para or "»" in para
                or _NOT_NEUTRAL.search(para) or _NOT_NEUTRAL_PRONOUN.search(para)
            )
        return got

    def back(self, pos: int, n: int) -> int:
        """Return the offset `n` characters before `pos`, not counting neutral paragraphs."""
        spans, ends = self._neutral_index()
        lo = pos - n
        i = bisect.bisect_right(ends, pos) - 1
        neutral = self._neutral_of
        while i >= 0 and spans[i][1] > lo:
            if neutral[i] if i in neutral else self._is_neutral(i):
                lo -= spans[i][1] - spans[i][0]
            i -= 1
        return max(0, lo)

    def fwd(self, pos: int, n: int) -> int:
        """Return the offset `n` characters after `pos`, not counting neutral paragraphs."""
        spans, ends = self._neutral_index()
        hi = pos + n
        i = bisect.bisect_right(ends, pos)
        neutral = self._neutral_of
        while i < len(spans) and spans[i][0] < hi:
            if spans[i][0] >= pos and (neutral[i] if i in neutral else self._is_neutral(i)):
                hi += spans[i][1] - spans[i][0]
            i += 1
        return min(len(self.text), hi)

    def para_before(self, lo: int, at: int) -> int:
        """Return where the last paragraph break before `at` that opens a non-neutral paragraph is, or -1."""
        spans, ends = self._neutral_index()
        before = self.text.rfind("\n\n", lo, at)
        while before >= 0:
            i = bisect.bisect_right(ends, before + 2)
            if not (i < len(spans) and spans[i][0] == before + 2 and self._is_neutral(i)):
                break
            before = self.text.rfind("\n\n", lo, before)
        return before

    # -- quote contents ---------------------------------------------------------
    def inside(self, pos: int, direct_only: bool = False) -> bool:
        """Tell whether `pos` lies inside some candidate's content (a quote)."""
        starts, ends = (self.direct_starts, self.direct_ends) if direct_only else (self.content_starts, self.content_ends)
        # spans may nest or overlap a little: look at the three last that start at or before
        # pos (sorted by start, so only their ends need a test)
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and (pos < ends[i] or i >= 1 and (pos < ends[i - 1] or i >= 2 and pos < ends[i - 2]))

    # -- names ------------------------------------------------------------------
    def with_last(self, word: str, longer: bool = False) -> list[Name]:
        """Return the names whose last word (suffixes aside) is `word` (only runs of several words if `longer`)."""
        got = self._with_last.get((word, longer))
        if got is not None:
            return got
        out = []
        starts, ends, text = self.nm.starts, self.nm.ends, self.text
        seen: set[str] = set()
        for i in self.nm.ending_with(word):
            if longer:
                run = text[starts[i] : ends[i]]
                if " " not in run or run in seen or self._in_headline(starts[i]):
                    continue  # one reading per distinct run is enough to find the longest name
                seen.add(run)
            n = self.nm.get(i)
            if n is not None:
                out.append(n)
        self._with_last[(word, longer)] = out
        return out

    def canonical(self, words: Sequence[str], courtesy: str | None = None) -> str:
        """Return the most complete name the document gives to the name `words`."""
        words = tuple(words)
        hit = self._canon.get((words, courtesy))
        if hit is not None:
            return hit
        ks = _core_keys(words)
        if not ks:
            return " ".join(words)
        want = _courtesy_gender(courtesy)
        found = []
        # runs from title-case headlines ("Ruiz Says Lee Must Go") are left out: they make no names
        for n in self.with_last(_last_word(words), longer=True):
            nk = _core_keys(n.words)
            if len(nk) <= len(ks) or nk[-len(ks) :] != ks:
                continue
            if len(ks) == 1 and n.org:
                continue  # "the House" is not the "White House"
            if want and _courtesy_gender(n.courtesy) not in (None, want):
                continue
            found.append(n)
        best = " ".join(words)
        if found:
            first = found[0]
            same = [n for n in found if key(n.words[0]) == key(first.words[0])]
            best = max(same, key=lambda n: len(n.words)).text
        self._canon[(words, courtesy)] = best
        return best

    def _in_headline(self, pos: int) -> bool:
        """Tell whether `pos` lies in a title-case line (a headline), where every word is capitalised."""
        text = self.text
        a = text.rfind("\n", 0, pos) + 1
        got = self._headline.get(a)
        if got is None:
            b = text.find("\n", pos)
            if b < 0:
                b = len(text)
            line = text[a:b] if b - a <= 200 else ""  # (a longer line is no headline: no copy of it)
            # count the words longer than three characters that start with a letter, and the
            # capitalised ones (one loop, no list: a third cheaper than a list and a sum)
            words = line.split()
            most = len(words)
            n = caps = 0
            for w in words:
                if len(w) > 3 and w[0].isalpha():
                    n += 1
                    if w[0].isupper():
                        caps += 1
                    elif 5 * (n - caps) > most:
                        # the capitalised words are at most the others, fewer than four times
                        # these: they cannot reach 80%, so no later word changes the answer
                        break
            got = self._headline[a] = n >= 3 and caps >= 0.8 * n
        return got

    def first_hits(self, canon: str, k: int = 6) -> list[Name]:
        """Return the first `k` mentions of `canon`, reading no more runs than needed."""
        got = self._first.get(canon)
        if got is None:
            got = []
            words = tuple(canon.split())
            for i in self.nm.ending_with(_last_word(words)) if words else ():
                n = self.nm.get(i)
                if n is not None and not n.org and self.canonical(n.words, n.courtesy) == canon:
                    got.append(n)
                    if len(got) == k:
                        break
            self._first[canon] = got
        return got

    def hits(self, canon: str) -> list[Name]:
        """Return the person-name mentions in the text whose canonical name is `canon`."""
        got = self._hits.get(canon)
        if got is None:
            ks = _core_keys(tuple(canon.split()))
            got = [n for n in self.with_last(_last_word(tuple(canon.split()))) if not n.org and self.canonical(n.words, n.courtesy) == canon] if ks else []
            self._hits[canon] = got
        return got

    def is_person(self, canon: str) -> bool:
        """Tell whether the text shows `canon` is a person: a speaker, or named with a title or role."""
        got = self._person.get(canon)
        if got is None:
            got = canon in self.persons or any(
                n.courtesy or (n.title and not _weak_title(n.title, self.v)) or (len(n.words) > 1 and self.role_at(n))
                for n in self.first_hits(canon)
            )
            self._person[canon] = got
        return got

    def person_last(self) -> set[tuple[str, ...]]:
        """Return the last-word keys of the people named as speakers."""
        if self._person_last is None or len(self._person_last_of) != len(self.persons):
            self._person_last_of = set(self.persons)
            self._person_last = {_core_keys(tuple(p.split()))[-1:] for p in self.persons}
        return self._person_last

    def subject_like(self, pos: int) -> bool:
        """Tell whether a mention at `pos` opens its sentence (at most three words before it)."""
        got = self._subject.get(pos)
        if got is None:
            lo = max(0, pos - 60)
            got = self._subject[pos] = bool(_OPENS_SENTENCE.search(self.text, lo, pos)) or (
                lo == 0 and len(self.text[:pos].split()) <= 3
            )
        return got

    # -- roles ------------------------------------------------------------------
    def role_at(self, n: Name, clause: bool = False) -> str | None:
        """Return the role written at this name: title before it, or an appositive after it.

        A relative clause (`Ruiz, who chairs the panel,`) counts only when `clause`
        is set, i.e. at the speaker's own mention, never as a later mention's role.
        """
        if clause:
            # (its own role first: a name that has one needs no clause, whose appositive
            # would be read only to be dropped)
            role = self.role_at(n)
            if role or self.text[n.end : n.end + 1] != ",":
                return role
            who = self.appositive(n.end)[1]
            return None if who and len(who.split()) < 5 else who  # "who is 28": an age, not a role
        got = self._roles.get(n.start, _UNSET)
        if got is not _UNSET:
            return got  # type: ignore[return-value]
        if not n.title and not self._raw_may_have_role(n.run_start, n.end):
            self._roles[n.start] = None
            return None
        pre = role_before(self.text, n.run_start, self.v)
        title = n.title
        if title and _weak_title(title, self.v) and not pre:
            strong, weak = None, title
        else:
            strong = f"{pre} {title}" if pre and title else pre or title or None
            weak = None
        role = strong
        if role is None:
            app, _who = self.appositive(n.end)
            role = app or weak
        self._roles[n.start] = role
        return role

    def appositive(self, end: int) -> tuple[str | None, str | None]:
        """Return `appositive` after `end` (cached: a speaker's role and clause read it twice)."""
        got = self._app.get(end)
        if got is None:
            got = self._app[end] = appositive(self.text, end, self.v)
        return got

    def _raw_may_have_role(self, rs: int, end: int) -> bool:
        """Cheap test before the role regexes for a name from `rs` (its run) to `end`: a title word or a comma right before, or a comma after."""
        # (a name's own role and the earlier roles of its person test the same runs)
        got = self._may_role.get((rs, end))
        if got is None:
            got = self._may_role[rs, end] = self._read_may_have_role(rs, end)
        return got

    def _read_may_have_role(self, rs: int, end: int) -> bool:
        text = self.text
        if text.startswith((",", "'", "’", " ("), end):
            return True
        if text.find(" ", rs, end) >= 0 and _title_inside(text[rs:end], self.v):
            return True  # "Harbour Mayor Ana Ruiz": a title inside the run
        before = text[max(0, rs - 40) : rs].rstrip()
        if before.endswith(","):
            return True
        sp = before.rfind(" ")
        last = before[sp + 1 :]
        if key(last) in self.v.titles:
            return True
        if sp < 0 or not last.isalpha() or not last.islower():
            return False
        # "Harbor master Ana Ruiz": a title with a lowercase word the lexicon lacks
        prev = before[:sp].split()
        return bool(prev) and prev[-1][:1].isupper()

    def _read_run_role(self, i: int) -> tuple[str, int, str] | None:
        """Return (canonical name, start, role) when run `i` names a person with a role written at it (cached)."""
        got = None
        if self._raw_may_have_role(self.nm.starts[i], self.nm.ends[i]):
            n = self.nm.get(i)
            if n is not None and not n.org:
                r = self.role_at(n)
                got = (self.canonical(n.words, n.courtesy), n.start, r) if r else None
        self._run_role[i] = got
        return got

    def earlier_role(self, canon: str, pos: int) -> str | None:
        """Return the nearest description of `canon` written before `pos`.

        Looks at the few mentions right before `pos`, then at the first mentions,
        where articles introduce people: never at every mention of a frequent name.
        """
        last = self._last_of.get(canon)
        if last is None:
            words = tuple(canon.split())
            last = self._last_of[canon] = _last_word(words) if words else ""
        got = self._occ_starts.get(last)
        if got is None:
            # (one list per last word: the people who share a surname share it)
            occ = self.nm.ending_with(last) if last else []
            starts = self.nm.starts
            got = self._occ_starts[last] = (occ, [starts[i] for i in occ])
        occ, pos_list = got
        history = self.history.get(canon)
        j = bisect.bisect_left(history, pos, key=_first) - 1 if history else -1
        # a run that ends by the latest recorded role names `canon` before it, and that role
        # wins: the runs are read nearest first, so the search stops at the first such run
        floor = history[j][0] if j >= 0 else -1  # type: ignore[index]
        k = bisect.bisect_left(pos_list, pos)
        best: tuple[int, str] | None = None
        run_role, ends = self._run_role, self.nm.ends
        for jj in chain(range(k - 1, max(-1, k - 7), -1), range(min(k - 6, 4) - 1, -1, -1)):
            i = occ[jj]
            if ends[i] <= floor:
                break
            r = run_role[i] if i in run_role else self._read_run_role(i)
            if r is not None and r[0] == canon:
                best = (r[1], r[2])
                break
        if j >= 0 and (best is None or history[j][0] > best[0]):  # type: ignore[index]
            # the latest recorded role before pos (the first of several at one position),
            # by bisection: the history is in reading order and may be long
            best = history[bisect.bisect_left(history, history[j][0], key=_first)]  # type: ignore[index, arg-type]
        return best[1] if best else None

    def add_history(self, canon: str | None, pos: int, role: str | None) -> None:
        if canon and role:
            self.history.setdefault(canon, []).append((pos, role))
            self._unread_roles.append((pos, canon, role))

    def read_roles(self) -> None:
        """Index the word keys of the roles recorded since the last call (only descriptions need them)."""
        for pos, canon, role in self._unread_roles:
            keys = _word_keys(role)
            self.history_keys.setdefault(canon, []).append(keys)
            for w in keys:
                self.index_word(w, pos, canon)
        self._unread_roles.clear()

    def index_word(self, w: str, pos: int, canon: str) -> None:
        starts, owners = self.word_at.setdefault(w, ([], []))
        i = bisect.bisect_right(starts, pos)  # mostly at the end: things are read in reading order
        starts.insert(i, pos)
        owners.insert(i, canon)

    # -- gender -----------------------------------------------------------------
    def gender(self, canon: str) -> str | None:
        """Return "m", "f" or None: from courtesy titles, gendered role words, then following pronouns."""
        if canon in self._gender:
            return self._gender[canon]
        g = None
        hits = self.first_hits(canon)
        for n in hits:
            g = _courtesy_gender(n.courtesy)
            if g:
                break
        if g is None:
            roles = " ".join(r for r in [*(self.role_at(n) for n in hits[:3]), *(r for _, r in self.history.get(canon, ()))] if r)
            f, m = _gender_words(roles)
            g = "f" if f and not m else "m" if m and not f else None
        if g is None and (" " in canon or any(n.title for n in hits)):
            # a lone word ("Fusion said ... he") may be an organisation: no gender from pronouns
            g = self._following_pronoun(canon, hits)
        self._gender[canon] = g
        return g

    def _following_pronoun(self, canon: str, hits: list[Name]) -> str | None:
        votes = {"m": 0, "f": 0}
        text, starts = self.text, self.nm.starts
        known: set[tuple[str, ...]] | None = None
        for n in hits[:6]:
            if self.inside(n.start, direct_only=True):
                continue
            own = _core_keys(n.words)[-1:]
            if known is None:
                known = self.person_last()  # (the speakers named so far do not change here)
            # the window ends at the next name of several words or another speaker's surname, or
            # 300 characters on, not counting neutral paragraphs: those are looked for (`fwd`)
            # only when no name ends it within the plain 300 characters (skipping them can only
            # make the window longer, so a name within those ends it either way)
            stop, j = self._window_stop(bisect.bisect_left(starts, n.end), min(len(text), n.end + 300), own, known)
            if stop < 0:
                hi = self.fwd(n.end, 300)
                stop, j = self._window_stop(j, hi, own, known)
                stop = hi if stop < 0 else stop
            for m in _FOLLOWING_PRONOUN.finditer(self.text, n.end, stop):
                if self.inside(m.start(), direct_only=True) or m.group("next") and key(m.group("next")) in self.v.stop:
                    continue
                votes["m" if m.group("m") else "f"] += 1
                break
        # the mentions vote: one stray "her" after a name does not outweigh the rest
        if votes["m"] != votes["f"]:
            return "m" if votes["m"] > votes["f"] else "f"
        return None

    def _window_stop(self, j: int, hi: int, own: tuple[str, ...], known: set[tuple[str, ...]]) -> tuple[int, int]:
        """Return the start of the first run from run `j` on, starting before `hi`, that ends a pronoun window (-1: none),
        and the index of the run after the last one read (where a longer window goes on)."""
        nm, text, org_heads, run_last = self.nm, self.text, self.v.org_heads, self._run_last
        starts, ends, count = nm.starts, nm.ends, nm.n
        while j < count and starts[j] < hi:
            got = run_last.get(j)
            if got is None:
                # the windows of several mentions and people cross the same runs: each is split once
                rs, re_ = starts[j], ends[j]
                sp = text.rfind(" ", rs, re_)
                got = run_last[j] = ((key(text[sp + 1 if sp >= 0 else rs : re_]),), sp >= 0)
            last, several = got
            # organisations ("House Intelligence Committee") do not end it: "he" is no committee
            if last != own and ((several and last[0] not in org_heads) or last in known):
                return starts[j], j
            j += 1
        return -1, j

    # -- antecedents ------------------------------------------------------------
    def person_positions(self) -> tuple[list[int], list[tuple[int, int, tuple[str, ...]]]]:
        """Return the positions of the runs that may mention a named speaker, and (position, run, speakers) for each.

        Built once per document from the speakers' surnames with `str.find`: a bare
        surname is taken to mean the one speaker with it, and only runs of several
        words (or surnames shared by two speakers) are read. Whether a run counts
        (`_person_at`) is decided only when an antecedent search reaches it.
        """
        if self._pp is None:
            by_last: dict[str, list[str]] = {}
            for canon in self.persons:
                by_last.setdefault(_last_word(tuple(canon.split())), []).append(canon)
            nm = self.nm
            starts = nm.starts
            raw = []
            for word, canons in by_last.items():
                shared = tuple(canons)
                for i in nm.ending_with(word):
                    raw.append((starts[i], i, shared))
            raw.sort(key=_at0)  # (stable: the order above breaks ties, as before)
            self._pp = (list(map(_at0, raw)), raw)
        return self._pp

    def _person_at(self, k: int) -> str | None:
        """Return the speaker that entry `k` of `person_positions` mentions, or None.

        Mentions inside quotes, modifiers (`Ruiz campaign`) and headlines are left out.
        """
        if k in self._pp_canon:
            return self._pp_canon[k]
        _, i, canons = self.person_positions()[1][k]
        nm, text = self.nm, self.text
        s, e = nm.starts[i], nm.ends[i]
        canon: str | None
        if len(canons) == 1 and text.find(" ", s, e) < 0:
            canon = canons[0]
        else:
            n = nm.get(i)
            canon = None if n is None or n.org else self.canonical(n.words, n.courtesy)
            if canon not in canons:
                canon = None
        if canon is not None and (self.inside(s) or _modifies_next(text, e, self.v) or self._in_headline(s)):
            canon = None
        self._pp_canon[k] = canon
        return canon

    def antecedents(self, pos: int, lo: int = -1) -> list[tuple[int, str]]:
        """Return the speaker mentions in (`lo`, `pos`), most recent first, within the window.

        Only people the article quotes by name are antecedents: a name mentioned
        in passing ("after meeting Ana Ruiz") is not taken for the subject.
        """
        if lo < pos - _WINDOW or lo < 0:
            # (`back` only moves the window's start back, past neutral paragraphs: a later
            # `lo` needs no paragraph tested)
            lo = max(lo, self.back(pos, _WINDOW))
        starts, _ = self.person_positions()
        i = bisect.bisect_left(starts, pos) - 1
        out: list[tuple[int, str]] = []
        pp_canon = self._pp_canon
        while i >= 0 and starts[i] > lo and len(out) < 12:
            if i == 0 or starts[i - 1] != starts[i]:
                # one run at this position (mostly)
                c = pp_canon[i] if i in pp_canon else self._person_at(i)
                if c is not None:
                    out.append((starts[i], c))
                i -= 1
                continue
            # the runs at one position, in the order (position, name) sorts them
            j = i
            while j > 0 and starts[j - 1] == starts[i]:
                j -= 1
            here = sorted((c for c in map(self._person_at, range(j, i + 1)) if c is not None), reverse=True)
            out.extend((starts[i], c) for c in here[: 12 - len(out)])
            i = j - 1
        for r in reversed(self.refs):
            if r.start < lo:
                break
            if r.start < pos and r.name and r.type == "person":
                out.append((r.start, r.name))
        out.sort(reverse=True)
        return out


@lru_cache(maxsize=8192)
def _title_inside(run: str, v: Vocab) -> bool:
    """Whether a word before the last of `run` is a title (cached: runs recur)."""
    titles = v.titles
    return any(w.rstrip(".").lower() in titles for w in run.split(" ")[:-1])


def _last_word(words: Sequence[str]) -> str:
    """Return the last word of a name that is not a suffix (`King` of `Ana King Jr.`)."""
    for w in reversed(words):
        if key(w) not in SUFFIXES:
            return w
    return words[-1] if words else ""


@lru_cache(maxsize=8192)
def _core_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    ks = [key(w) for w in words]
    while ks and ks[-1] in SUFFIXES:
        ks.pop()
    return tuple(k for k in ks if k)


def _courtesy_gender(c: str | None) -> str | None:
    return "m" if c == "mr" else "f" if c in ("mrs", "ms", "miss", "madam", "dame") else None


def _weak_title(title: str, v: Vocab) -> bool:
    """A title made only of abbreviations and modifiers (`Sen.`, `Democratic Sen.`)."""
    return all(w.endswith(".") or key(w) in v.modifiers for w in title.split())


_MODIFIES_NEXT = regex.compile(r"(?:['’]s?\b|\s+(?P<w>\p{Ll}[\p{Ll}\-]+))")


def _modifies_next(text: str, end: int, v: Vocab) -> bool:
    """Tell whether a name is a modifier (`Ruiz's`, `Ruiz campaign manager`), not a subject."""
    m = _MODIFIES_NEXT.match(text, end, end + 40)
    if not m:
        return False
    w = m.group("w")
    return w is None or key(w) in v.titles or key(w) in v.org_heads


# ---------------------------------------------------------------------------
# Reading one mention


class _Mention(NamedTuple):
    """A speaker mention split into its parts (a tuple: one is built per mention, cheaply)."""

    start: int
    end: int
    text: str
    core: str  # the mention before any appositive or parenthesis
    lower: str


_HEAD_SPLIT = lazy(regex.compile, r"\s*(?:,|\(|\s-\s|—)")


def _mention(text: str, s: int, e: int) -> _Mention:
    m, core, lower = _mention_parts(text[s:e])
    return _new_mention(_Mention, (s, s + len(m), m, core, lower))


@lru_cache(maxsize=4096)
def _mention_parts(span: str) -> tuple[str, str, str]:
    """Return the text, core and lowercase form of a speaker span (cached: they depend on its string alone, and spans recur)."""
    # a speaker span may run past its line or carry the sentence's full stop
    e = span.find("\n")
    if e < 0:
        e = len(span)
    while e > 0 and span[e - 1] in " .;:\t":
        if span[e - 1] == "." and e >= 3 and span[e - 3 : e - 1].lower() in ("jr", "sr"):
            break
        e -= 1
    m = span[:e]
    cut = _HEAD_SPLIT.search(m) if "," in m or "(" in m or "-" in m or "—" in m else None
    core = m[: cut.start()] if cut else m
    core = core.strip()
    sp = core.find(" ")
    if sp > 0 and (core[0].islower() or core[core.rfind(" ") + 1].islower()) \
            and (core.startswith(_ADVERB_WORDS) or core.endswith(_ADVERB_WORDS)):
        # "ultimately Ruiz", "Ruiz however": an adverb caught in the span is not part of the name
        core = _ADVERB_EDGE.sub("", core)
    lower = m.strip().lower()
    if len(lower) < 8 and ("'" in lower or "’" in lower):
        short = _CONTRACTED.fullmatch(lower)
        if short:
            lower = short.group(1)  # "you're", "he's": the pronoun speaks
    return m, core.strip(), lower


# builds a `_Mention` from a tuple in C (its generated `__new__` is a Python call per mention)
_new_mention = tuple.__new__


_ADVERBS = (r"(?:however|also|then|now|still|instead|meanwhile|later|too|though|ultimately|finally|eventually|"
            r"previously|recently|reportedly|separately|similarly|initially|repeatedly|publicly|privately|"
            r"quickly|immediately|subsequently|himself|herself|themselves|again|once|alone|first|last|today)")
_ADVERB_WORDS = tuple(_ADVERBS[3:-1].split("|"))  # a cheap test before the regex
# `\Z`, not `$`: `$` also matches before a final line break, and "A now\n" ends with no adverb
_ADVERB_EDGE = lazy(regex.compile, rf"^{_ADVERBS}\s+(?=\p{{Lu}})|(?<=(?:^|\s)\p{{Lu}}[\p{{L}}'’.\-]*)\s+{_ADVERBS}\Z")
_CONTRACTED = lazy(regex.compile, r"(he|she|they|we|you|i|it)['’](?:s|re|d|ll|ve|m)")


def _names_in(doc: _Doc, s: int, e: int) -> list[Name]:
    nm = doc.nm
    starts = nm.starts
    i = bisect.bisect_left(starts, s)
    out = []
    if i > 0 and starts[i - 1] < s < nm.ends[i - 1]:
        # "Later Ruiz said": a run that began before the mention; keep the part inside it,
        # unless only its title lies before ("Vice President" + mention "Ana Ruiz")
        whole = nm.get(i - 1)
        n = whole if whole is not None and whole.start >= s else read_run(doc.text, s, min(nm.ends[i - 1], e), doc.v)
        if n is not whole and n is not None and whole is not None and _tail_of(doc.text, whole, s, e) \
                and doc.canonical(n.words, n.courtesy) == whole.text:
            n = whole  # "Councilor Ray [Mendelsohn]": a span that cuts a name still means the whole name
        if n is not None:
            out.append(n)
    count = nm.n
    while i < count and starts[i] < e:
        n = nm.get(i)
        if n is not None:
            out.append(n)
        i += 1
    return out


def _tail_of(text: str, n: Name, s: int, e: int) -> bool:
    """Whether [s, e) holds the last words of a person's name that starts before it."""
    return not n.org and n.start < s < n.end <= e and text[s - 1] == " " and len(n.words) <= 4


_TRAILING_PLACE = regex.compile(r"\s+in\s+\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}$")


@lru_cache(maxsize=4096)
def _description_role(desc: str) -> str:
    """Return a description minus leading determiners and numbers (`one senior official` -> `senior official`)."""
    d = desc.strip().rstrip(",")
    m = _LEAD.match(d)
    if m and m.end() < len(d):
        d = d[m.end() :]
    p = d.find(" (")
    if p > 0:
        d = d[:p]
    # "one senior official in Brussels": where the source is is a place, not part of its role
    d = _TRAILING_PLACE.sub("", d)
    return d.strip(" ,")


_COLLECTIVE = frozenset("group groups number couple handful dozens hundreds thousands one some most many all each".split())


@lru_cache(maxsize=4096)
def _head(role: str) -> str:
    """Return the head noun of a description: `groups of protesters` -> `protesters`."""
    m = _POST.search(role)
    before = role[: m.start()] if m else role
    words = before.split(" and ")[0].split()
    if not words:
        return ""
    if m and key(words[-1]) in _COLLECTIVE and m.group().strip() == "of":
        return _head(role[m.end() :].strip())
    return key(words[-1])


# Words the person-noun suffixes would take for heads ("later", "ever"): never one.
_NOT_HEADS = frozenset("later earlier ago ever never together whether rather however over under after".split())
_INDEFINITE_PEOPLE = frozenset("another other others someone somebody anyone anybody everyone everybody".split())


def _classify(doc: _Doc, role: str) -> tuple[str | None, bool]:
    """Return (type, anonymous) for an unnamed description from its head word."""
    head = _head(role)
    lx = doc.lx
    if head in _INDEFINITE_PEOPLE:
        return ("people" if head.endswith("s") else "person"), True  # "another said", "others said"
    if head in lx.v.stop or head in _NOT_HEADS or not head.replace("-", "").isalpha():
        return None, False  # "ever", "later": a fragment of a clause, no noun phrase
    if head in lx.docs:
        return "document", False
    if head in lx.v.org_heads:
        return "organization", False
    singular = head[:-1] if head.endswith("s") else head
    plural = head.endswith("s") and not head.endswith("ss")
    if head in lx.anon or head in lx.v.titles or singular in lx.v.titles or head in lx.synonyms or head.endswith(_PERSON_SUFFIX):
        return ("people" if plural else "person"), True
    return None, False


# ---------------------------------------------------------------------------
# Sieves: each takes the document and one mention, returns a Speaker or None.

Sieve = Callable[[_Doc, _Mention], Speaker | None]


def _speaker(m: _Mention, sieve: str, name: str | None = None, anonymous: bool = False,
             role: str | None = None, type_: str | None = None) -> Speaker:
    return Speaker(m.text, m.start, m.end, name, anonymous, role, type_, sieve)


def _generic_pronoun(doc: _Doc, m: _Mention) -> Speaker | None:
    """`I`, `we`, `you`: the writer or the reader, never resolved to a name."""
    got = _GENERIC.get(m.lower)
    if got is None:
        return None
    return _speaker(m, "generic_pronoun", anonymous=got[1], type_=got[0])


def _conjunction(doc: _Doc, m: _Mention) -> Speaker | None:
    """`Ruiz and Lee`: two or more named people, each canonicalised, joined with `and`."""
    if " and " not in m.core and " & " not in m.core:
        return None
    cs = m.start + max(m.text.find(m.core), 0)
    names: list[str] = []
    pos = cs
    for part in _CONJ.split(m.core):
        if not part or not part.strip():
            continue
        ps = doc.text.find(part, pos)
        pos = ps + len(part)
        sp = _proper_name(doc, _mention(doc.text, ps, pos))
        if sp is not None and sp.name:
            names.append(sp.name)
        elif names and part.split()[0].lower() in ("its", "his", "her", "their"):
            continue  # "Ruiz and her aides": the named part speaks for the group
        else:
            return None
    if not names:
        return None
    if len(names) == 1:
        return _speaker(m, "conjunction", name=names[0], role=doc.earlier_role(names[0], m.start), type_="person")
    return _speaker(m, "conjunction", name=" and ".join(dict.fromkeys(names)), type_="people")


def _truncate(doc: _Doc, n: Name, end: int) -> Name | None:
    """Cut a name run at the end of a mention ("Ruiz" out of a headline's "Ruiz Plan")."""
    if n.start >= end:
        return None
    words = tuple(doc.text[n.start : end].split())
    return n._replace(end=end, words=words, org=False) if words else None


_PREPOSITION = lazy(regex.compile, r"(?:at|of|in|for|from|with|on)\b")
_ORG_LINK = lazy(regex.compile, r"\s+(?:(?:for|of|on|and|the|a|an|&)\s+){1,3}")


def _proper_name(doc: _Doc, m: _Mention) -> Speaker | None:
    """A mention whose core is a proper name: canonical name, its role, never anonymous."""
    core = m.core
    if not core:
        return None
    cs = m.start + max(m.text.find(core), 0)
    ce = cs + len(core)
    names: list[Name] = []
    for n in _names_in(doc, cs, ce):
        got = n if n.end <= ce + 2 else _truncate(doc, n, ce)
        if got is not None:
            names.append(got)
    if not names:
        return None
    name = names[0]
    k = 0
    if name.org or len(name.words) == 1 and key(name.words[0]) in doc.v.org_heads:
        # "Committee for a Responsible Budget", "Center for Tax Policy at the Institute"
        while k + 1 < len(names) and _ORG_LINK.fullmatch(doc.text, names[k].end, names[k + 1].start):
            k += 1
        if k:
            words = doc.text[name.start : names[k].end].split()
            return _speaker(m, "organization_name", name=" ".join(words), type_="organization")
    tail = doc.text[name.end : ce].strip()
    if tail.startswith(("'s", "’s")):
        tail = tail[2:].strip()
    if tail and len(names) == 1 and len(name.words) == 1 and not (name.org or name.title or name.courtesy) and name.start == cs:
        return None  # "Footage from the game": a capitalised common noun, not a name
    for k, n in enumerate(names):
        if n.end >= ce or n.org or not (n.courtesy or len(n.words) > 1):
            continue  # (no words after it in the core, or not a person's full name: no text is split)
        after = doc.text[n.end : ce].split(None, 1)
        w = after[0] if after else ""
        if w.islower() and (w.endswith("ed") or w in doc.v.verbs):
            # "Ana Ruiz chimed in on Twitter": a span that runs into the predicate ends at the name
            names, name, tail, ce = names[: k + 1], names[0], "", n.end
            if k:
                tail = doc.text[name.end : ce].strip()
            break
    if tail and not _PREPOSITION.match(tail):
        # words after the first name: the core must end with a name ("Senior aide Ana Ruiz")
        name = names[-1]
        if doc.text[name.end : ce].strip(" '’s"):
            return None
    lead = doc.text[cs : name.run_start].strip()
    if lead and lead.lower() != "the":
        lead_words = lead.split()
        capitalised = all(w[:1].isupper() or key(w) in doc.v.modifiers for w in lead_words)
        if not capitalised and role_before(doc.text, name.run_start, doc.v) is None:
            return None  # "the Ruiz campaign", "a study in the Journal": a description
    words = list(name.words)
    lx = doc.lx
    if len(words) == 1 and not name.title and not name.courtesy and (name.start == cs or key(words[0]) in lx.anon):
        # capitalised only because it opens the mention ("Police said", "Protesters said"),
        # or a group noun written with a capital ("the Republicans")
        w = key(words[0])
        singular = w[:-1] if w.endswith("s") else w
        if (w in lx.anon or w in lx.docs or w in lx.v.titles or singular in lx.v.titles or w in lx.v.modifiers
                or (w in lx.v.org_heads and not words[0].isupper())):
            return None  # "Police said", "Protesters said": a capitalised description
    if words[0].isupper() and len(words) > 1 and key(words[-1]) in lx.anon:
        return None  # "FELLOW DOCTORS": a heading, not a name
    if len(words) == 1 and _plural_group(doc, name, cs):
        return None  # "Allies say", "many Latinos said": a capitalised group, not a name
    if len(words) == 1 and name.start == cs and _common_word(doc, name, m):
        return None  # "[Small] groups of protesters": a common word capitalised by its place
    if len(words) == 1 and words[0].isupper() and name.start == cs and m.end == ce:
        # a transcript's speaker label ("OSEI: ..."): the person the article named in full
        full = doc.canonical((words[0].title(),))
        if " " in full:
            return _speaker(m, "surname_to_full", name=full, role=doc.earlier_role(full, m.start), type_="person")
    if name.org or lead.lower() == "the" and not (name.title or name.courtesy):
        # people's names take no article: "The Daily Courier" is an organisation
        canon = doc.canonical(words) if len(words) > 1 else " ".join(words)
        return _speaker(m, "organization_name", name=canon, type_="organization")
    canon = doc.canonical(words, name.courtesy)
    role = doc.role_at(name, clause=True)
    sieve = "exact_name" if canon == " ".join(words) else "surname_to_full"
    if role is None:
        role = doc.earlier_role(canon, m.start)
    return _speaker(m, sieve, name=canon, role=role, type_="person")


def _common_word(doc: _Doc, name: Name, m: _Mention | None = None) -> bool:
    """Whether a lone sentence-opening word is a common word the text also writes in lowercase,
    or whose noun phrase runs on past the span to a person or group head (`[Small] groups of protesters`)."""
    w = name.words[0]
    if name.title or name.courtesy or name.org or w.isupper():
        return False
    # (the canonical name first: the mention reads it anyway, and it mostly decides, so the
    # sentence-start test is made only for a word that is its own canonical name)
    if doc.canonical(name.words) != w or not doc.subject_like(name.start) or len(doc.nm.ending_with(w)) > 1:
        return False  # "Brown" with "Sherrod Brown" elsewhere, not opening a sentence, or written capitalised again
    low = w.lower()
    if written_lower(doc.text, low):
        return True
    return m is not None and m.end == name.end and _rest_of_phrase(doc, m, low) is not None


def _plural_group(doc: _Doc, name: Name, cs: int) -> bool:
    """Whether a lone capitalised plural (`Allies`, `Millennials`) is a group, not a surname.

    Surnames that look plural (`Sanders`) come with a first name somewhere in the
    article; a group noun opens its sentence or follows a quantifier and never does.
    """
    w = name.words[0]
    if name.title or name.courtesy or name.org or not w.endswith("s") or w.endswith(("ss", "us", "is")) or w.isupper():
        return False
    if doc.canonical(name.words) != w:
        return False
    lead = doc.text[cs : name.start].strip().lower()
    if not ((name.start == cs and doc.subject_like(name.start)) or lead in _QUANTIFIERS):
        return False
    # the verb tells the number: "Allies say" is a group, "Sanders says" one person
    verbs = _VERB_AFTER.match(doc.text, name.end, name.end + 40)
    verb = verbs.group(1) if verbs else ""
    if verb in ("are", "were", "have", "do") or verb.isalpha() and not verb.endswith(("s", "ed")) \
            and verb not in _NOT_AFTER_SUBJECT and verb not in IRREGULAR_PAST:
        return True
    if verb in ("is", "was", "has", "does") or verb.endswith("s"):
        return False
    return f" {w.lower()} " in doc.text  # "Opponents argued": a group only if the text also writes it lowercase


_VERB_AFTER = lazy(regex.compile, r"\s+(?:(?:now|also|still|often|\p{Ll}+ly)\s+)?(\p{Ll}+)\b")


def _appositive_name(doc: _Doc, m: _Mention) -> Speaker | None:
    """`Another host, Ana Ruiz,`: a description, a comma, then the name."""
    if "," not in m.text:
        return None
    names = _names_in(doc, m.start + len(m.core), m.end)
    if not names or names[0].org:
        return None
    n = names[0]
    gap = doc.text[m.start + len(m.core) : n.run_start]
    if gap.strip() != "," or doc.text[n.end : m.end].strip(" ,"):
        return None  # only "description, Name[,]": not "The ad, which ran in Iowa"
    canon = doc.canonical(n.words, n.courtesy)
    role = _description_role(m.core) or doc.role_at(n)
    return _speaker(m, "description_then_name", name=canon, role=role, type_="person")


_NAME_AFTER = regex.compile(r"\s*,\s+")
_AFTER_APPOSED_NAME = lazy(regex.compile, r"\s*(?:,|\(|\s\p{Ll})")
_PREPOSITIONS = frozenset("in at on of for from with by to into near after before during about".split())


def _person_description(doc: _Doc, m: _Mention) -> str | None:
    """Return the role of a singular person description (`the finance minister`), else None."""
    if m.core != m.text.strip() or not m.core or " " not in m.core:
        return None  # (a one-word span is a name, a pronoun or a bare noun: nothing to appose)
    if m.core[:1].isupper() and not _DETERMINER_START.match(m.core) and not _POSSESSIVE_START.match(m.core):
        return None
    role = _description_role(m.core)
    if not role or key(role.split()[0]).endswith(("ing", "ed")):
        return None  # "speaking later at a rally": a participle clause, not a description
    type_, _anon = _classify(doc, role)
    one_of = m.core.lower().startswith("one of ")  # "one of the family's lawyers": one person
    return role if type_ == "person" or one_of and type_ == "people" else None


_POSSESSIVE_START = lazy(regex.compile, r"\p{Lu}[\p{L}.\-]*['’]s?\s")
_DETERMINER_START = lazy(regex.compile, r"(?:the|a|an|one|another|his|her|its|their)\s", regex.I)


def _apposed_name(doc: _Doc, m: _Mention) -> Speaker | None:
    """A description span set off by commas from a name just outside it.

    `[the finance minister], Ana Ruiz, said` and `Ana Ruiz, [chief executive of
    Velm Ferries], said`: speaker spans that stop short of the name they describe.
    The name is a person's (two words or one already quoted) and, when it comes
    first, opens its sentence.
    """
    text, nm = doc.text, doc.nm
    comma_before = text.endswith(", ", 0, m.start)
    if not comma_before and text[m.end : m.end + 1] != ",":
        return None  # no comma next to the span: no apposition (a cheap test first)
    if m.core.isdigit() and len(m.core) <= 3 and comma_before:
        # "Ana Ruiz, [56], who chairs the panel,": an age span stands for the name before it
        i = nm.index(m.start - 2) - 1
        n = nm.get(i) if i >= 0 and nm.ends[i] == m.start - 2 else None
        if n is not None and not n.org:
            canon = doc.canonical(n.words, n.courtesy)
            role = doc.role_at(n, clause=True) or doc.earlier_role(canon, m.start)
            return _speaker(m, "name_then_description", name=canon, role=role, type_="person")
        return None
    role = _person_description(doc, m)
    if role is None:
        return None
    before = text[max(0, m.start - 3) : m.start]
    closed = text[m.end : m.end + 2].lstrip()[:1] in (",", "(")
    if before.endswith(", ") and closed:
        # "Ana Ruiz, [chief of Velm Ferries], said": not "Ruiz, [a top aide] said, ..."
        i = nm.index(m.start - 2) - 1
        if i >= 0 and nm.ends[i] == m.start - 2:
            n = nm.get(i)
            if n is not None and not n.org and doc.subject_like(nm.starts[i]) and not doc._in_headline(n.start):
                lead = text[max(0, nm.starts[i] - 30) : nm.starts[i]].split()
                canon = doc.canonical(n.words, n.courtesy)
                if (len(n.words) > 1 or canon in doc.persons) and not (lead and key(lead[-1]) in _PREPOSITIONS):
                    return _speaker(m, "name_then_description", name=canon, role=role, type_="person")
    after = _NAME_AFTER.match(text, m.end, m.end + 4)
    if after:
        i = nm.index(after.end())
        if i < nm.n and nm.starts[i] == after.end():
            n = nm.get(i)
            if n is not None and not n.org and n.start == nm.starts[i] and _AFTER_APPOSED_NAME.match(text, n.end, n.end + 3):
                canon = doc.canonical(n.words, n.courtesy)
                if len(n.words) > 1 or canon in doc.persons:
                    return _speaker(m, "description_then_name", name=canon, role=role, type_="person")
    return None


_OBJECT_PREPS = (["in"], ["at"], ["of"], ["with"], ["by"])
_OBJECT_PREP_ENDS = tuple(w for (w,) in _OBJECT_PREPS)
_NAME_AGE_OF = lazy(regex.compile, r",\s+(?:\d{1,3},\s+)?of\s+$")


def _prepositional_object(doc: _Doc, m: _Mention) -> Speaker | None:
    """A name span right after `in`, `at`, `of`, `with`, `by` is no speaker: the speaker is elsewhere.

    `Ana Ruiz, 22, of [Velm]` is Ruiz (the span is her home town); `a study
    in [the Velm Journal]` is the study, which this span does not hold: the
    name is not taken. Descriptions (`85% of [Democrats]`) go on to the
    description sieves.
    """
    if not m.core[:1].isupper():
        return None
    text = doc.text
    before = text[max(0, m.start - 40) : m.start]
    if before[-1:] != " ":
        return None
    last = before.rstrip()
    # (`endswith` first: the words of most windows need not be split)
    if not last.endswith(_OBJECT_PREP_ENDS) or last.rsplit(None, 1)[-1:] not in _OBJECT_PREPS or _DETERMINER_START.match(m.core):
        return None
    names = _names_in(doc, m.start, m.end)
    if not names or names[0].start != m.start or names[0].title or names[0].courtesy:
        return None
    app = _NAME_AGE_OF.search(before)
    if app is not None:
        end = m.start - len(before) + app.start()
        i = doc.nm.index(end) - 1
        if i >= 0 and doc.nm.ends[i] == end:
            n = doc.nm.get(i)
            if n is not None and not n.org and len(n.words) > 1:
                canon = doc.canonical(n.words, n.courtesy)
                return _speaker(m, "name_then_description", name=canon, role=doc.earlier_role(canon, m.start),
                                type_="person")
    w = key(m.core.split()[0])
    if w in doc.lx.anon or w.rstrip("s") in doc.lx.anon or w in doc.v.modifiers:
        return None  # "12% of Democrats": a group, for the description sieves
    return _speaker(m, "prepositional_object")


def _personal_pronoun(doc: _Doc, m: _Mention) -> Speaker | None:
    """`he`/`she`/`his`/`her`: the most recent person of that gender outside quotes."""
    g = _PRONOUN_GENDER.get(m.lower)
    if g is None:
        return None
    owner = _possessor_before(doc, m.start, g)
    if owner is not None:
        return _speaker(m, "pronoun_possessor", name=owner, role=doc.earlier_role(owner, m.start), type_="person")
    prev = _previous(doc, m.start)
    if prev is not None and prev.name and prev.type == "person" and _gender_fits(doc, prev.name, g):
        # the previous speaker goes on speaking unless a newer sentence opens with another person
        # (only a speaker's name written between the two can: mostly there is none, and the
        # antecedents need not be gathered; the previous speaker is the latest one recorded)
        starts = doc.person_positions()[0]
        newer = None
        if bisect.bisect_right(starts, prev.start) < bisect.bisect_left(starts, m.start):
            ants = doc.antecedents(m.start, prev.start)
            newer = next((c for p, c in ants if p > prev.start and c != prev.name and doc.subject_like(p) and doc.gender(c) == g), None)
        # (a newer sentence subject who is quoted nowhere does not override the previous
        # speaker: in "'...,' he said" the speaker mostly goes on, whoever the text named between)
        sieve = "pronoun_previous_speaker" if newer is None else "pronoun_sentence_subject"
        name = newer or prev.name
        return _speaker(m, sieve, name=name, role=doc.earlier_role(name, m.start), type_="person")
    # a sentence-opening person of that gender first (subjects are the likelier
    # antecedents), then any person mention
    ants = doc.antecedents(m.start)
    for pos, canon in ants:
        if doc.subject_like(pos) and doc.gender(canon) == g:
            return _speaker(m, "pronoun_sentence_subject", name=canon, role=doc.earlier_role(canon, m.start), type_="person")
    for pos, canon in ants:
        if doc.gender(canon) == g:
            return _speaker(m, "pronoun_antecedent", name=canon, role=doc.earlier_role(canon, m.start), type_="person")
    subject = _subject_before(doc, m.start, g)
    if subject is not None:
        return _speaker(m, "pronoun_subject_name", name=subject, role=doc.earlier_role(subject, m.start), type_="person")
    # a speaker whose gender the text never shows is not guessed at
    return _speaker(m, "unresolved_pronoun", type_="person")


# Words that cannot open a predicate: after them the name is an object or a modifier.
_NOT_AFTER_SUBJECT = frozenset(
    "a an and as at by for from in into of on or than that the to with who whom whose which".split()
)
_NEXT_WORD = lazy(regex.compile, r"\s+(\p{Ll}[\p{Ll}'’]*)\b")


def _verb_follows(doc: _Doc, n: Name) -> bool:
    """Whether a lowercase word other than a function word follows the name: `Ana Ruiz can be heard`."""
    nw = _NEXT_WORD.match(doc.text, n.end, n.end + 30)
    if nw is None:
        return False
    return key(nw.group(1)) not in _NOT_AFTER_SUBJECT and not n.words[0].lower().endswith("ing") \
        and not all(w.isupper() for w in n.words)


# A paragraph after a blank line, and what makes one not neutral: a quote mark, a
# pronoun, or a capitalised word after its first (a name, or a second sentence).
# (group 1; the break before it is consumed, the one after only looked at, so
# plain `re` can skip ahead to each break)
_PARA_AFTER_BREAK = re.compile(r"\n\n(?=([^\n]+\n\n))")
# (two patterns: the pronoun alternation is slow to try at every position, and the
# first pattern mostly decides within a few words)
_NOT_NEUTRAL = lazy(regex.compile, r"[\"“”„«»]|\s\p{Lu}")
_NOT_NEUTRAL_PRONOUN = lazy(regex.compile, r"\b(?i:he|she|they|him|her|his|hers|them|their|we|us|our|it|its)\b")

_SUBJECT_WINDOW = 500  # how far back (characters) a sentence subject who is no speaker counts


def _subject_before(doc: _Doc, pos: int, g: str) -> str | None:
    """Return the person of gender `g` who opens one of the sentences just before `pos`.

    For `Ruiz laughed off the ad. "...," she said.`, where Ruiz is quoted nowhere
    else: the subject of a recent sentence, in this paragraph or the one before,
    with two words or a courtesy title, shown to be a person (a title, a role, or
    a verb after the name) and of the pronoun's gender.
    """
    text, nm = doc.text, doc.nm
    lo = doc.back(pos, _SUBJECT_WINDOW)
    para = text.rfind("\n\n", lo, pos)
    if para >= 0:
        before = doc.para_before(lo, para)
        lo = before if before >= 0 else lo
    i = nm.index(pos) - 1
    while i >= 0 and nm.starts[i] >= lo:
        s, e = nm.starts[i], nm.ends[i]
        i -= 1
        # a subject opens its sentence, or follows an introductory phrase ("Back then, Ruiz said")
        after_intro = text.endswith(", ", 0, s)
        if not (after_intro or doc.subject_like(s)) or doc.inside(s) or _modifies_next(text, e, doc.v):
            continue
        n = nm.get(i + 1)
        if n is None or n.org or n.start > s + 40 or doc._in_headline(s):
            continue
        if not doc.subject_like(s) and not _verb_follows(doc, n):
            continue
        canon = doc.canonical(n.words, n.courtesy)
        if (" " in canon or n.courtesy) and doc.gender(canon) == g and (doc.is_person(canon) or _verb_follows(doc, n)):
            return canon
    return None


_POSSESSOR = lazy(regex.compile,
    r"(?P<own>['’]s?)(?:\s+[\p{L}\-]+){1,5},?\s+(?:in\s+which|during\s+which|where|when)\s+$"
)


def _possessor_before(doc: _Doc, pos: int, g: str) -> str | None:
    """`Ruiz's speech, in which she said`: the pronoun is the possessor of the thing just named."""
    lo = max(0, pos - 90)
    if not doc.text[lo:pos].rstrip().endswith(("which", "where", "when")):
        return None  # the pattern's last word is missing (a cheap test first)
    mm = _POSSESSOR.search(doc.text, lo, pos)
    if mm is None:
        return None
    end = mm.start("own")
    i = doc.nm.index(end) - 1
    if i < 0 or not doc.nm.starts[i] < end <= doc.nm.ends[i]:
        return None
    n = doc.nm.get(i)
    if n is None or n.org or n.end != end:
        return None
    canon = doc.canonical(n.words, n.courtesy)
    return canon if doc.is_person(canon) and _gender_fits(doc, canon, g) else None


def _gender_fits(doc: _Doc, canon: str, g: str) -> bool:
    """A known gender must match; an unknown one fits only a personal name of two or more words.

    A lone word with no gender shown ("Ruizcorp said") may well be an organisation.
    """
    known = doc.gender(canon)
    if known is not None:
        return known == g
    if len(canon.split()) > 4:
        return False  # a title-case headline run, not a personal name
    return " " in canon or any(n.courtesy or n.title for n in doc.first_hits(canon))


def _previous(doc: _Doc, pos: int) -> Speaker | None:
    for r in reversed(doc.refs):
        if r.start < pos:
            # (`back` only adds neutral paragraphs to the window: a speaker within the
            # plain window needs no paragraph tested)
            return r if r.start >= pos - _PREVIOUS_WINDOW or r.start >= doc.back(pos, _PREVIOUS_WINDOW) else None
    return None


def _group_pronoun(doc: _Doc, m: _Mention) -> Speaker | None:
    """`they`, `it`, `each`, `all`: the previous speaker when it is a group, organisation or document."""
    w = m.lower
    words = w.split()
    if w in _GROUP_PRONOUNS or w in _QUANTIFIERS or (words and words[0] in _QUANTIFIERS and words[-1] in ("whom", "them")):
        want = ("people", "organization")
    elif w in _THING_PRONOUNS:
        want = ("organization", "document")
    else:
        return None
    prev = _previous(doc, m.start)
    if prev is not None and prev.type in want:
        return _speaker(m, "group_previous_speaker", name=prev.name, anonymous=prev.anonymous, role=prev.role, type_=prev.type)
    if want[0] == "people" and _plural_subject_before(doc, m.start) in ("organization", "document"):
        # "Twenty states are suing the agency. They argue ...": states, not unnamed people
        return _speaker(m, "unresolved_pronoun", type_="organization")
    # a group the text does not tie to a name is at best an unnamed group
    return _speaker(m, "unresolved_pronoun", anonymous=want[0] == "people", type_=want[0])


# A sentence end: a stop after two lowercase letters or digits (not "U.S." or "Mr."), or a line break.
_SENTENCE_BREAK = lazy(regex.compile, r"(?r)(?<=[\p{Ll}\d)]{2})[.!?][\"'”’)]*\s|\n")


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Return where the sentence that holds offset `hi - 1` starts (not before `lo`)."""
    m = _SENTENCE_BREAK.search(text, lo, hi)
    return m.end() if m else lo


def _plural_subject_before(doc: _Doc, pos: int) -> str | None:
    """Return the type of the plural noun that opens the pronoun's sentence, or the one before
    when the pronoun itself opens its sentence: the subject it most likely takes up."""
    text, lo = doc.text, doc.back(pos, 400)
    a = _sentence_start(text, lo, pos)
    while a < pos and text[a].isspace():
        a += 1
    # a pronoun near its sentence's start, or after content that opens it, takes up the sentence before
    if len(text[a:pos].split()) <= 3 or doc.inside(a):
        spans, ends = doc._neutral_index()
        e = a
        while True:
            while e > lo and (text[e - 1].isspace() or text[e - 1] in ".!?\"'”’"):
                e -= 1
            i = bisect.bisect_left(ends, e)
            if not (i < len(spans) and spans[i][0] < e and doc._is_neutral(i)):
                break
            e = spans[i][0]  # a paragraph that mentions nobody is invisible here too
        a, pos = _sentence_start(text, lo, e), e
    for w in text[a:pos].split()[:6]:
        k = key(w.strip(",;:"))
        if k.endswith("s") and not k.endswith(("ss", "is", "us")):  # not "analysis", "census"
            one = k[:-3] + "y" if k.endswith("ies") else k[:-1]
            if one in doc.v.org_heads:
                return "organization"  # "states", "agencies": the plural of an organisation head
            type_, _anon = _classify(doc, k)
            if type_ is not None:
                return type_
    return None


_WHO_BEFORE = lazy(regex.compile,
    r"(?P<np>(?:[\p{L}\d][\p{L}\-’']*\s+){0,4}\p{L}[\p{L}\-’']*?)(?:\s+(?:here|there|now|too|today|nationwide))?\s*(?:,|--|—|–)?\s*$"
)

# The last eight whitespace runs before the end (matched backwards from the end).
_LAST_WORDS = lazy(regex.compile, r"(?r)\S+\s+(?:\S+\s+){7}\S*\Z")


def _who_before(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """Return `_WHO_BEFORE.search(text, pos, end)`, trying the pattern at fewer starts.

    The search tries every start and, at each, every split of the words before the
    end. A start inside a run of letters, hyphens and apostrophes that a letter opens
    can match only if the run's first letter can: the words from there are the same
    but for a longer first word, which the pattern takes as well. So once a start at
    a letter fails, the rest of its run is skipped.
    """
    match = _WHO_BEFORE.match
    while pos < end:
        m = match(text, pos, end)
        if m is not None:
            return m
        pos += 1
        if text[pos - 1].isalpha():
            while pos < end and (text[pos].isalpha() or text[pos] in "-’'"):
                pos += 1
    return None


_APPOSITIVE_END = lazy(regex.compile, r",\s+(?:the|a|an)\s[^,;:()\"“”]{1,70},?\s*$")
_OF_PLACE = lazy(regex.compile, r"\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*,?\s*")
_INDEFINITE_GROUPS = frozenset("those others many some".split())


def _before_aside(text: str, lo: int, end: int) -> int:
    """Return where the antecedent of a `who` at `end` ends, skipping an aside between them.

    `generals and admirals -- most of whom had endorsed her -- who said`: the
    relative clause belongs to the noun phrase before the dashes.
    """
    stretch = text[lo:end].rstrip()
    if stretch.endswith("--"):
        close, opening = "--", "--"
    elif stretch[-1:] in ("—", "–", ")"):
        close = stretch[-1]
        opening = "(" if close == ")" else close
    elif stretch.endswith(" -"):
        close, opening = "-", " - "
    else:
        return end
    body = stretch[: -len(close)].rstrip()
    p = body.rfind(opening)
    if p <= 0 or len(body) - p > 160:
        return end
    return lo + len(body[:p].rstrip())


def _relative(doc: _Doc, m: _Mention) -> Speaker | None:
    """`who`: the noun phrase right before it in the same sentence."""
    if m.lower not in _RELATIVES and m.lower.split()[-1] not in ("whom", "who", "which"):
        return None
    seg_start = max(0, m.start - 200)
    seg = doc.text[seg_start : m.start]
    stop = max(seg.rfind(". "), seg.rfind("\n"), seg.rfind('"'), seg.rfind("“"), seg.rfind("”"))
    lo = seg_start + stop + 1
    end = _before_aside(doc.text, lo, m.start)
    for n in reversed(_names_in(doc, lo, end)):
        if n.org:
            continue
        between = doc.text[n.end : end]
        if between.strip(" ,.—–-") == "" or between.startswith(",") or _OF_PLACE.fullmatch(between):
            canon = doc.canonical(n.words, n.courtesy)
            return _speaker(m, "relative_antecedent", name=canon, role=doc.earlier_role(canon, m.end), type_="person")
        break
    # the noun phrase holds at most 7 whitespace runs: start the search a few words back,
    # not at every position of the 200-character window (same leftmost match)
    tail = _LAST_WORDS.search(doc.text, lo, end)
    mm = _who_before(doc.text, tail.start() if tail else lo, end)
    if mm:
        words = mm.group("np").split()
        if words and key(words[-1]) in _INDEFINITE_GROUPS:
            # "those who said", "others who": people the text does not name
            return _speaker(m, "relative_description", anonymous=True, type_="people")
        while words and key(words[0]) in doc.v.stop:
            words = words[1:]
        for i in range(len(words) - 1, 0, -1):
            if key(words[i - 1]) in ("for", "to", "by", "with", "among", "from", "of") and words[i].islower():
                words = words[i:]  # "a focal point for demonstrators, who": the object is the antecedent
                break
        if words and words[-1].islower():
            role = _description_role(" ".join(words))
            type_, anon = _classify(doc, role)
            app = _APPOSITIVE_END.search(doc.text, lo, end)
            if type_ == "person" and app:
                # "Ana Ruiz, a Velm developer, who": the description is the name's appositive
                i = doc.nm.index(app.start()) - 1
                if i >= 0 and doc.nm.ends[i] == app.start():
                    named = doc.nm.get(i)
                    if named is not None and not named.org and len(named.words) > 1:
                        canon = doc.canonical(named.words, named.courtesy)
                        return _speaker(m, "relative_antecedent", name=canon, role=role, type_="person")
            if type_ in ("person", "people", "organization"):
                return _speaker(m, "relative_description", anonymous=anon, role=role, type_=type_)
    return _speaker(m, "unresolved_pronoun")


def _definite(doc: _Doc, m: _Mention) -> bool:
    """Tell whether a description is definite: `the mayor`, also when the span leaves `the` out.

    The span may also hold only the last part of a coordinated description:
    `The former first lady and [U.S. senator] said`.
    """
    if m.lower.startswith("the ") or doc.text[max(0, m.start - 4) : m.start].lower() == "the ":
        return True
    return doc.text.endswith(" and ", 0, m.start) and bool(_THE_AND.search(doc.text, max(0, m.start - 60), m.start))


_THE_AND = lazy(regex.compile, r"(?:^|[.!?]\s+|\n)[Tt]he(?:\s+[\p{Ll}\-]+){1,4}\s+and\s+$")


def _description_entity(doc: _Doc, m: _Mention) -> Speaker | None:
    """`the NATO chief`, `the mayor`: the person introduced earlier with that title."""
    if not _definite(doc, m):
        return None
    role = _description_role(m.core)
    head = _head(role)
    if not head or head.endswith("s") and head[:-1] in doc.v.titles:
        return None
    heads = doc.lx.synonyms.get(head, frozenset()) | {head}
    if head in doc.lx.anon or head in doc.lx.docs or head in doc.v.org_heads:
        return None
    if head not in doc.v.titles and head not in doc.lx.synonyms:
        return _description_previous(doc, m, role, head) if _PERSON_NOUN.search(head) else None
    words = {key(w) for w in role.split()} - doc.v.stop - {"former", "new", "top"}
    party = _party(words)
    best: tuple[int, int, str] | None = None
    seen: set[str] = set()
    cands = _titled_people(doc, heads, m.start)
    lo = m.start - _TITLE_LOOKBACK
    ref_pos, ref_names = doc.person_refs
    i, j = bisect.bisect_left(ref_pos, lo), bisect.bisect_left(ref_pos, m.start)
    cands.extend(zip(ref_pos[i:j], ref_names[i:j]))
    # only people given one of the heads in the look-back can pass the test on
    # `_role_words` below, so the others are dropped before anything is gathered for them
    held = _holding(doc, {c for _, c in cands}, heads, lo, m.start)
    for pos, canon in sorted((c for c in cands if c[1] in held), reverse=True):
        if canon in seen:
            continue
        seen.add(canon)
        if not doc.is_person(canon):
            continue
        rwords = _role_words(doc, canon, lo, m.start)
        if not rwords & heads or rwords & _DEPUTY and not words & _DEPUTY:
            continue  # no such title, or another office: a vice president is not "the president"
        other = _party(rwords)
        if party and other and party != other:
            continue
        score = len(words & {w2 for w in rwords for w2 in doc.lx.synonyms.get(w, frozenset({w}))})
        if best is None or score > best[0]:
            best = (score, pos, canon)
    if best is None:
        return _description_previous(doc, m, role, head)
    return _speaker(m, "description_to_entity", name=best[2], role=role, type_="person")


_DEPUTY = frozenset("vice deputy assistant associate lieutenant".split())


def _role_words(doc: _Doc, canon: str, lo: int, hi: int) -> set[str]:
    """Return the keys of the role words written at `canon`'s mentions in [`lo`, `hi`), and recorded for it there.

    Each mention's words are read once; a description takes the mentions within its
    look-back by bisection, so a long document with a frequent name stays linear.
    """
    starts, _words = _hit_words(doc, canon)
    out: set[str] = set()
    for j in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
        out |= _words_at(doc, canon, j)
    history = doc.history.get(canon, [])
    # (in reading order: `resolve` records the mentions sorted by position)
    doc.read_roles()
    i = bisect.bisect_left(history, lo, key=_first)
    out.update(*doc.history_keys.get(canon, [])[i : bisect.bisect_left(history, hi, lo=i, key=_first)])
    return out


def _hit_words(doc: _Doc, canon: str) -> tuple[list[int], list[frozenset[str] | None]]:
    """Return `canon`'s mention starts and the (lazily read) role words of each."""
    got = doc._hit_words.get(canon)
    if got is None:
        hits = doc.hits(canon)
        got = doc._hit_words[canon] = ([n.start for n in hits], [None] * len(hits))
    return got


def _words_at(doc: _Doc, canon: str, j: int) -> frozenset[str]:
    """Return the keys of the title and role words written at `canon`'s `j`-th mention, read once."""
    words = _hit_words(doc, canon)[1]
    w = words[j]
    if w is None:
        n = doc.hits(canon)[j]
        w = words[j] = _word_keys(f"{n.title or ''} {doc.role_at(n) or ''}")
    return w


@lru_cache(maxsize=4096)
def _word_keys(s: str) -> frozenset[str]:
    """Return the keys of the words of a title or role (cached: one set per distinct role, shared by its mentions)."""
    return frozenset(key(w) for w in s.split())


def _holding(doc: _Doc, canons: set[str], heads: frozenset[str], lo: int, hi: int) -> set[str]:
    """Return those of `canons` whose `_role_words(doc, canon, lo, hi)` holds one of `heads`.

    Every role word at a person's mentions before `hi` and in its recorded roles is
    indexed by key with its position, each read once, so a long document where every
    description meets every person costs a bisection per head word and the
    occurrences inside the look-back, not the persons times their mentions.
    """
    unread = doc.word_next
    for canon in canons - doc.word_indexed:
        doc.word_indexed.add(canon)
        if doc.is_person(canon):
            unread[canon] = 0
    # each person's mentions in turn, not all in reading order: the index answers with the
    # set of people at the positions in the look-back, whatever order they were added in
    for canon, j in unread.items():
        starts = _hit_words(doc, canon)[0]
        while j < len(starts) and starts[j] < hi:
            for w in _words_at(doc, canon, j):
                doc.index_word(w, starts[j], canon)
            j += 1
        unread[canon] = j
    doc.read_roles()
    out: set[str] = set()
    for h in heads:
        got = doc.word_at.get(h)
        if got:
            starts, owners = got
            out.update(owners[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])
    return out & canons


def _first(pair: tuple[int, str]) -> int:
    return pair[0]


def _description_previous(doc: _Doc, m: _Mention, role: str, head: str) -> Speaker | None:
    """`the New York businessman said`: a definite description of someone already speaking.

    Only when the description cannot be an unnamed office holder: its head is not
    an office title (`the governor` may be a person the article never names), or
    it carries a proper modifier (`the Vermont senator`). The previous speaker must
    be a named person of a compatible gender, close by.
    """
    office = head in doc.v.titles or head.rstrip("s") in doc.v.titles
    proper = any(w[:1].isupper() for w in role.split()[:-1])
    if office and not proper:
        return None
    near = _one_person_near(doc, m.start)
    if near is not None and not head.endswith("s"):
        # "Ruiz still senses anger, the Velm senator acknowledged": the one person the
        # sentence (or the one before) names is the one it describes
        return _speaker(m, "description_person_nearby", name=near, role=role, type_="person")
    f, male = _gender_words(role)
    want = "f" if f and not male else "m" if male and not f else None
    lo = doc.back(m.start, _WINDOW)
    for r in reversed(doc.refs):
        if r.start < lo:
            break
        if r.name and r.type == "person" and r.start < m.start:
            if want is None or doc.gender(r.name) != want:
                continue  # only a gendered description ("the businessman") picks out a speaker
            return _speaker(m, "description_previous_speaker", name=r.name, role=role, type_="person")
    return None


def _one_person_near(doc: _Doc, pos: int) -> str | None:
    """Return the only quoted person named in the sentence before `pos` and the one before it."""
    text, nm = doc.text, doc.nm
    lo = max(0, pos - 400)
    ends = [e for e in (text.rfind(". ", lo, pos), text.rfind("\n", lo, pos)) if e >= 0]
    if ends:
        first = max(ends)
        ends = [e for e in (text.rfind(". ", lo, first), text.rfind("\n", lo, first)) if e >= 0]
        lo = max(ends) if ends else lo
    found: set[str] = set()
    for i in range(nm.index(lo), nm.index(pos)):
        n = nm.get(i)
        if n is None or n.org or doc.inside(n.start):
            continue
        canon = doc.canonical(n.words, n.courtesy)
        if canon in doc.persons:
            found.add(canon)
        elif len(n.words) > 1 or n.courtesy:
            return None  # another person named there: no telling which one
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=256)
def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    # the lookahead on the first letters (caseless too) lets the scan skip most positions fast
    first = f"(?=[{''.join(sorted({re.escape(w[:1]) for w in words}))}])" if all(words) else ""
    return re.compile(first + r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b\.?", re.I)


# The characters other than ASCII letters that match an ASCII letter under `re.I`
# (the last is the Kelvin sign): in a text with none of them, every match of an
# ASCII word is written in ASCII letters.
_FOLDS_TO_ASCII = ("İ", "ı", "ſ", "\u212a")
_LOWER_UP_TO = 1 << 20  # longer texts are scanned as they are (no lowercase copy at once)


def _lowered(text: str) -> str | None:
    """Return `text` with its ASCII letters lowercased and every other character a `?`, at its offsets,
    when every `re.I` match of an ASCII word in it is written in ASCII letters (else None).

    An ASCII copy, not `text.lower()`: a text with curly quotes is lowercased
    character by character through the Unicode tables, ten times as slow.
    """
    if len(text) > _LOWER_UP_TO or any(c in text for c in _FOLDS_TO_ASCII):
        return None
    return text.encode("ascii", "replace").lower().decode("ascii")


def _head_matches(text: str, heads: frozenset[str], low: str | None) -> Iterator[re.Match[str]]:
    """Return the matches of `_word_pattern(heads)` in `text`, as its `finditer` does.

    The pattern can skip no position fast (it is caseless and opens with a lookahead),
    so it is tried only where `low` (`_lowered(text)`) holds a head word: for ASCII
    words every match starts at such a place. Trying those places left to right, from
    the end of the last match on, keeps the scan's non-overlapping matches.
    """
    pattern = _word_pattern(heads)
    if low is None or not _lower_ascii(heads):
        return pattern.finditer(text)
    at: set[int] = set()
    for h in heads:
        p = low.find(h)
        while p >= 0:
            at.add(p)
            p = low.find(h, p + 1)
    return _matches_at(pattern, text, sorted(at))


@lru_cache(maxsize=256)
def _lower_ascii(heads: frozenset[str]) -> bool:
    """Whether every head is a lowercase ASCII word: `_lowered(text)` then holds each match's head where it starts."""
    return all(h and h.isascii() and h == h.lower() for h in heads)


def _head_before(doc: _Doc, heads: frozenset[str], end: int) -> bool:
    """Whether a match of `_word_pattern(heads)` may end by `end` (False only when none can)."""
    low = doc.lowered()
    if low is None or not _lower_ascii(heads):
        return True
    return any(low.find(h, 0, end) >= 0 for h in heads)


def _matches_at(pattern: re.Pattern[str], text: str, at: list[int]) -> Iterator[re.Match[str]]:
    end = 0
    for p in at:
        if p >= end:
            m = pattern.match(text, p)
            if m is not None:
                end = m.end()
                yield m


_TITLE_LOOKBACK = 50_000  # characters a description looks back for a titled person


def _titled_people(doc: _Doc, heads: frozenset[str], end: int) -> list[tuple[int, str]]:
    """Return people named next to one of the title words `heads` before `end`.

    The name may carry the title (`Mayor Ana Ruiz`), follow it (`harbour chief
    Ana Ruiz`) or come before it as an appositive (`Ana Ruiz, the harbour chief`).
    The title words of the whole document are read once per set of heads; each
    description then takes those within its look-back.
    """
    got = doc._titled.get(heads)
    if got is None:
        if not _head_before(doc, heads, end):
            # no title word before `end` (a short text, or a description before any title): none
            # of the document's is read now; a later description reads them all if it needs to
            return []
        got = doc._titled[heads] = _titled_all(doc, heads)
    ends, found = got
    lo = bisect.bisect_left(ends, end - _TITLE_LOOKBACK)
    hi = bisect.bisect_right(ends, end)
    return [f for f in found[lo:hi] if f is not None]


def _titled_all(doc: _Doc, heads: frozenset[str]) -> tuple[list[int], list[tuple[int, str] | None]]:
    nm, text = doc.nm, doc.text
    ends: list[int] = []
    found: list[tuple[int, str] | None] = []
    for t in _head_matches(text, heads, doc.lowered()):
        p = t.start()
        ends.append(t.end())
        found.append(None)
        if doc.inside(p, direct_only=True) and not _narrated(doc, p):
            continue
        i = nm.index(p + 1) - 1
        n = None
        if i >= 0 and nm.starts[i] <= p < nm.ends[i]:
            n = nm.get(i)
            if n is not None and n.start <= p:
                n = None  # the title word is part of the name itself
        if n is None and i + 1 < len(nm) and nm.starts[i + 1] - t.end() <= 40:
            gap = text[t.end() : nm.starts[i + 1]]
            if gap.strip() == "" or gap.replace(" ", "").isalpha() and gap.islower():
                n = nm.get(i + 1)
        if n is None and i >= 0 and p - nm.ends[i] <= 100 and text.startswith(",", nm.ends[i]):
            n = nm.get(i)
        if n is not None and not n.org:
            found[-1] = (n.start, doc.canonical(n.words, n.courtesy))
    return ends, found


def _narrated(doc: _Doc, p: int) -> bool:
    """Whether `p`, inside mixed content, lies outside its quote marks (the writer's words):
    an even number of marks before it, so a quote left open (its close beyond the span) counts
    as the speaker's."""
    for a, b in doc.mixed:
        if a <= p < b:
            return len(_QUOTE_MARK.findall(doc.text, a, p)) % 2 == 0
    return False


def _party(words: set[str]) -> int | None:
    for i, group in enumerate(_PARTIES):
        if words & group:
            return i
    return None


def _headline_description(doc: _Doc, m: _Mention) -> Speaker | None:
    """`Lawmaker urges ...` in a headline: a bare singular description names one person.

    Headlines drop articles, so a bare `Lawmaker` or `Member of panel` is a
    specific person the article goes on to name, not an unnamed source. It goes
    to the one person the article names with a matching title (`Rep. Ana Ruiz`
    for `Lawmaker`); otherwise it stays unnamed but is not anonymous.
    """
    if not m.core[:1].isupper() or _DETERMINER_START.match(m.core) or not _in_lead(doc.text, m.start):
        return None
    role = _description_role(m.core)
    type_, _anon = _classify(doc, role)
    if type_ != "person" or role != m.core or len(role.split()) > 4 or "'" in role or "’" in role:
        return None
    head = _head(role)
    heads = doc.lx.synonyms.get(head, frozenset()) | {head}
    people = {c for _, c in _titled_people(doc, heads, len(doc.text)) if c in doc.persons}
    if len(people) == 1 and any(n.title and heads & {key(w) for w in n.title.split()} for n in doc.first_hits(next(iter(people)))):
        # the article names this person with that very title ("Rep. Ana Ruiz" for "Lawmaker")
        return _speaker(m, "headline_description", name=people.pop(), role=role, type_="person")
    return _speaker(m, "headline_description", role=role, type_="person")


def _in_lead(text: str, pos: int) -> bool:
    """Whether `pos` lies in the short lines (headline, deck) before an article's first long paragraph."""
    if pos > 400:
        return False
    a = 0
    while a < pos:
        b = text.find("\n", a)
        if b < 0 or b - a > 200:
            return False
        if b >= pos:
            return True
        a = b + 1
    return True


_PHRASE_WORD = lazy(regex.compile, r"\s+(\p{Ll}[\p{Ll}'’\-]*)")


def _rest_of_phrase(doc: _Doc, m: _Mention, role: str) -> tuple[str, str, bool] | None:
    """Return (role, type, anonymous) of the noun phrase a fragment span begins.

    The words after the span are read while they are lowercase nouns or `of`
    (not `-ed` verbs or function words), at most four; the result counts only
    when it is a group or person description. The span itself is not moved.
    """
    words: list[str] = []
    pos = m.end
    while len(words) < 4:
        w = _PHRASE_WORD.match(doc.text, pos, pos + 30)
        if w is None:
            break
        k = w.group(1)
        if k != "of" and (k in doc.v.stop or k.endswith(("ed", "ing")) or k in _NOT_HEADS or k in IRREGULAR_PAST):
            break
        words.append(k)
        pos = w.end()
    while words and words[-1] == "of":
        words.pop()
    if not words:
        return None
    whole = f"{role} {' '.join(words)}"
    head = _head(whole)
    lx = doc.lx
    if not (head in lx.anon or head + "s" in lx.anon or head in lx.v.titles or head[:-1] in lx.v.titles):
        return None  # only a head the lexicon knows: "a senior Velm [adviser]", "[groups of] protesters"
    type_, anon = _classify(doc, whole)
    return (whole, type_, anon) if type_ in ("person", "people") else None


def _unnamed(doc: _Doc, m: _Mention) -> Speaker | None:
    """Any other description: unnamed people are anonymous; organisations and documents are not."""
    role = _description_role(m.core if m.core else m.text)
    if not role:
        return None
    type_, anon = _classify(doc, role)
    if type_ is None and len(role.split()) <= 2:
        whole = _rest_of_phrase(doc, m, role)
        if whole is not None:
            # "[Small] groups of protesters continued": a span cut inside its noun phrase
            role, type_, anon = whole
    if role[:1].isupper() and role.isupper():
        role = m.core if m.core else role
    if anon and type_ == "person" and _definite(doc, m) and any(w[:1].isupper() for w in role.split()[:-1]):
        # "the Vermont senator": a definite description of one known person that the
        # article names somewhere we could not link; unnamed, but not anonymous
        anon = False
    return _speaker(m, "unnamed_description", anonymous=anon, role=role, type_=type_)


#: The sieves, in order. The first group decides named mentions for the whole
#: document; the second runs in reading order and may use what came before.
NAMED_SIEVES: Sequence[tuple[str, Sieve]] = (
    ("generic_pronoun", _generic_pronoun),
    ("conjunction", _conjunction),
    ("prepositional_object", _prepositional_object),
    ("proper_name", _proper_name),
    ("description_then_name", _appositive_name),
    ("apposed_name", _apposed_name),
)
SIEVES: Sequence[tuple[str, Sieve]] = (
    ("personal_pronoun", _personal_pronoun),
    ("relative_pronoun", _relative),
    ("group_pronoun", _group_pronoun),
    ("description_to_entity", _description_entity),
    ("headline_description", _headline_description),
    ("unnamed_description", _unnamed),
)


def _record(doc: _Doc, sp: Speaker) -> None:
    doc.refs.append(sp)
    name = sp.name
    if not name:
        return  # nothing later can point back to an unnamed speaker by name
    doc.add_history(name, sp.start, sp.role)
    if sp.type == "person":
        doc.person_refs[0].append(sp.start)  # in reading order, as `resolve` records
        doc.person_refs[1].append(name)
    if sp.sieve == "pronoun_previous_speaker" and doc._gender.get(name) is None:
        g = _PRONOUN_GENDER.get(sp.text.lower())
        if g:
            doc._gender[name] = g  # "X said ... he added": the text has just shown X's gender


def resolve(text: str, cands: Sequence[Candidate], lexicon: Lexicon) -> list[Speaker | None]:
    """Return a `Speaker` for each candidate (None when it has no speaker span)."""
    if not any(c.speaker for c in cands):
        return [None] * len(cands)
    doc = _Doc(text, cands, lexicon)
    # the candidates with a speaker in reading order (a stable sort of the indices
    # by speaker start: ties keep index order)
    order = sorted((i for i, c in enumerate(cands) if c.speaker), key=lambda i: cands[i].speaker[0])  # type: ignore[index]
    out: list[Speaker | None] = [None] * len(cands)
    # only the mentions no named sieve decides are kept for the second pass
    mentions: dict[int, _Mention] = {}
    for i in order:
        s, e = cands[i].speaker  # type: ignore[misc]
        m = _mention(text, s, e)
        if not m.lower:
            out[i] = Speaker(text[s:e], s, e, sieve="empty_mention")
            continue
        if m.lower in _PRONOUNS and m.lower not in _GENERIC:
            mentions[i] = m
            continue  # "he", "who", "they": no named sieve can decide them (a cheap skip)
        for _name, sieve in NAMED_SIEVES:
            sp = sieve(doc, m)
            if sp is not None:
                out[i] = sp
                if sp.name and sp.type == "person":
                    doc.persons.add(sp.name)
                    doc._person[sp.name] = True
                break
        else:
            mentions[i] = m
    for i in order:
        sp = out[i]
        if sp is None:
            m = mentions.pop(i)
            for _name, sieve in SIEVES:
                sp = sieve(doc, m)
                if sp is not None:
                    break
            else:
                sp = Speaker(m.text, m.start, m.end)
            out[i] = sp
        _record(doc, sp)
    return out


def entities(quotes: Sequence[Quote]) -> list[Entity]:
    """Group quotes by resolved speaker: one `Entity` per name or unnamed description."""
    speakers = [q.speaker for q in quotes]
    groups: dict[tuple[str | None, str], list[int]] = {}
    for i, sp in enumerate(speakers):
        if sp is None:
            continue
        key_ = (sp.name, "" if sp.name else (sp.role or sp.text).lower())
        idx = groups.get(key_)
        if idx is None:
            groups[key_] = [i]
        else:
            idx.append(i)
    out = []
    for (name, _), idx in groups.items():
        first = speakers[idx[0]]
        assert first is not None
        if len(idx) == 1:
            # (most speakers are quoted once: their mention and role need no de-duplication)
            mentions: tuple[str, ...] = (first.text,)
            roles: tuple[str, ...] = (first.role,) if first.role else ()
        else:
            sps = [speakers[i] for i in idx]
            mentions = tuple(dict.fromkeys([sp.text for sp in sps]))  # type: ignore[union-attr]
            roles = tuple(dict.fromkeys([sp.role for sp in sps if sp.role]))  # type: ignore[union-attr]
        out.append(Entity(name, first.anonymous, first.type, mentions, roles, tuple(idx)))
    return out
