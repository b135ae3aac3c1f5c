"""Reported speech: attributions found from their cue words, with or without quote marks.

Takes the text, its layout, the quoted spans and the lexicon; gives `Candidate`s for
reported clauses (`Officials said the talks would resume`, `The talks will resume,
diplomats said`, `According to the ministry, 40 people were hurt`), each with its
content span(s), kind (`indirect`, `mixed` when the clause holds quoted words,
`direct` when it is exactly a quotation), speaker span, cue span and rule name.

One compiled regex finds the cue words of the whole text; Python work happens only
at those hits and only inside the hit's sentence, so the stage stays linear. It
does not merge its candidates with the quote-mark ones (`_combine` does), does not
resolve who a speaker is, and never reports a cue that lies inside quote marks (a
report inside a quotation stays part of that quotation).
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Sequence
from functools import cache
from operator import itemgetter, methodcaller

import attrs
import regex

from ._attribution import Candidate
from ._lazy import lazy
from ._lexicon import Lexicon, trie
from ._marks import KIND_CLOSERS, KIND_OPENERS, QuotedSpan, kind_of
from ._model import Kind, SpanT
from ._text import ABBREVIATIONS, IRREGULAR_PAST, Layout

# The lexicon lists whose entries are cue verbs.
CUE_LISTS = ("reporting_verbs", "cognition_verbs", "document_cues", "stance_verbs")

# Words that end a speaker noun phrase when walking back from the cue: auxiliaries,
# conjunctions, subordinators, relatives. A speaker never contains one of these.
_STOP = frozenset(
    """a an the and but or nor so yet that which what when where while whether if as
    because since although though after before until unless once than then also is are
    was were be been being am has have had do does did will would can could should may
    might must shall not n't no to who whom whose this these those there here it its
    how why many much very just even only still said says say told""".split()
)
# Quantifiers that stand alone as a speaker right before the cue: `Many say ...`.
_QUANTIFIER_SUBJECTS = frozenset("many some most few".split())
_QUANTIFIER_LEADS = frozenset("and but that while as so yet".split())
# May start a speaker phrase, but never end one (`the said agreement`).
_DETERMINERS = frozenset("a an the this these those his her their its our my your some any".split())
_PREPOSITIONS = frozenset("of for at in on with from by about to into over under near".split())
_PRONOUNS_OBJ = frozenset("me him her us them you".split())
# Words between the speaker and the verb that belong to the cue (`has also said`).
_AUX = frozenset(
    """has have had also later earlier previously would will could did does do not n't
    never repeatedly recently publicly privately again then often long already first
    once since now initially originally further still both all each even""".split()
)
# A subject pronoun with its `is`/`has` clitic (`He’s praising`, `she's said`): never a possessive.
_CONTRACTED = frozenset(p + s for p in ("he", "she", "who") for s in ("’s", "'s"))
_WHEN_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split())
_BE = frozenset("is are was were been be am isn’t isn't aren’t aren't wasn’t wasn't weren’t weren't".split())
# Words before a first- or second-person subject that make its cue a supposition or a question.
_HYPOTHETICAL = frozenset("if unless do does did don’t don't can could would will should might".split())
_CUE_AUX = frozenset("has have had would will could did does do not n't never".split())
# Present participles that continue the main clause's speaker: `..., saying that ...`.
# The two patterns that run over much text use the standard library's `re`: for plain
# word alternations it is about a third faster than `regex`, and speed is a contract.
# (The ASCII ranges repeat part of `\w` so that most characters are settled by a bitmap
# before the Unicode category test: the same tokens, a sixth faster. The possessive `*+`
# keeps `re` from saving backtrack points it never uses: a twentieth fewer instructions.)
_SPACED_WORD = re.compile(r"(\s*+)([a-zA-Z0-9_\w][a-zA-Z0-9_\w.'’\-&]*+|[^\s\w])")
_OPENERS, _CLOSERS = KIND_OPENERS, KIND_CLOSERS

# What may stand between a cue and its content: time, channel and occasion adjuncts.
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ADJUNCT = lazy(regex.compile,
    rf"""(?x)(?:\s+(?:
        (?:on\s+|last\s+|this\s+|late\s+|early\s+)?{_DAYS}(?![’']s)(?:\s+(?:morning|afternoon|evening|night))?
        # an adverb before a participle modifies the object: `discussed recently released polls`
      | (?:yesterday|today|tonight|earlier|later|recently|against|again|repeatedly|privately|publicly|also)\b(?!\s+\p{{Ll}}+ed\s)
      | (?:last|this|earlier\s+this|later\s+this)\s+(?:weekend|week|month|year|fall|spring|summer|winter)\b
      | (?:in|during|at)\s+(?:a|an|his|her|their|its|the|one)\s+(?:[\p{{L}}\-’']+\s+){{0,3}}?
          (?:statement|interview|speech|email|e-mail|letter|post|tweet|release|appearance|
             conference|call|memo|filing|op-ed|briefing|rally|debate|address|video|message|hearing)s?\b
          (?:\s+(?:message|statement|interview|conference|call|post|address|release)s?)?
          (?:\s+(?:with|on|to|at|in)\s+(?:[\p{{L}}\p{{N}}.\-’']+\s+){{0,3}}?[\p{{L}}\p{{N}}.\-’']+(?=\s+that\b|,))?
        # a programme by its quoted title before a `that` clause: `said on ABC's "This Week" that`
      | on\s+(?:(?:\p{{Lu}}[\p{{L}}\-’'.]*\s+){{0,2}}\p{{Lu}}[\p{{L}}\-.]*[’']s\s+)?[\"“]\p{{Lu}}[^\"“”\n]{{0,60}}[\"”](?=\s+that\b)
      | on\s+(?:Twitter|Facebook|Instagram|CNN|MSNBC|Fox(?:\s+News)?|NBC|ABC|CBS|NPR|radio|television|TV)
    )){{1,4}}"""
)
# Every alternative of `_ADJUNCT` opens with one of these words: after a single space and
# a letter, a word that starts with none of them rules the adjunct out without running
# the pattern (most cues are followed by no adjunct, and this test is ten times cheaper).
_ADJUNCT_HEADS = (
    "on", "last", "this", "late", "early", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "yesterday", "today", "tonight", "earlier", "recently", "again",
    "repeatedly", "privately", "publicly", "also", "in", "during", "at",
)


# The head words by their first two letters: one dict lookup leaves a tuple of one to
# four words to test, where a test of all of them cost more than the rest of the call.
_ADJUNCT_HEADS_BY_START = {h[:2]: tuple(w for w in _ADJUNCT_HEADS if w[:2] == h[:2]) for h in _ADJUNCT_HEADS}


def _adjunct(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """`_ADJUNCT` matched at `pos`, or None (without the regex call when no head word follows,
    or when no space does: every character `regex` takes for a space is one for `str.isspace`)."""
    if text[pos : pos + 1] == " ":
        heads = _ADJUNCT_HEADS_BY_START.get(text[pos + 1 : pos + 3])
        if heads is None:
            if text[pos + 1 : pos + 2].isalpha():
                return None
        elif not text.startswith(heads, pos + 1, end):
            return None
    elif not text[pos : pos + 1].isspace():
        return None
    return _ADJUNCT.match(text, pos, end)
# The person told: `told reporters`, `told the Senate panel`, `warned him`.
_TELL = frozenset("told tell tells telling warned warn warns warning assured assure assures reminded remind reminds informed inform informs".split())
_OBJECT = lazy(regex.compile,
    r"""(?x)\s+(?:me|him|her|us|them|you
      | (?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}\p{N}\-’'.]+\s+){0,3}?
          (?:reporters|supporters|voters|journalists|crowd|audience|lawmakers|members|
             delegates|donors|students|committee|panel|paper|newspaper|station|network|
             magazine|agency|host|interviewer|Senate|House|Congress|council|board|court|jury|
             conference|meeting|rally|group|staff|employees|workers|officials|leaders|
             colleagues|followers|fans|listeners|viewers|readers|guests|parliament|assembly|
             friends|aides|advisers|advisors|allies|associates|confidants|investors|analysts|
             residents|attendees|senators|troops|prosecutors|investigators|police|families)
          # `told a Senate panel`, `told a House committee`: a head before the listener's noun
          (?:\s+(?:panel|committee|subcommittee|hearing|caucus|delegation|audience|crowd|forum))?
      | (?:\p{Lu}[\p{L}\-’'.]*\s+){0,3}\p{Lu}[\p{L}\p{N}\-’'.]*(?:’s|'s)?(?:\s+(?:TV|News|radio|television|magazine))?
        # a channel's programme by its quoted title: `told NBC's "Meet the Press"`
        (?:(?<=[’']s)\s+[\"“]\p{Lu}[^\"“”\n]{0,60}[\"”])?
    )(?=\s|[,:.;!?]|$)"""
)
# "told the paper's Washington bureau chief last week that ...": a long object before `that`,
# which may hold a place name's commas ("told diners in Salem, Oregon, that ...")
_THAT_SOON = lazy(re.compile, r"[^;:.!?\"“”]*?(?=\sthat\s)")
_SAYING = frozenset("saying arguing warning insisting asserting declaring stating".split())
_BY = re.compile(r"(?:\s+(?:first|widely|previously|initially|also))?\s+by\s+")
_NOT_NAMED = lazy(re.compile, r"\s+(?:that\s+(?:he|she|they)\s+)?not\s+(?:to\s+)?be\s+(?:named|identified|quoted)")
_ASKED_BY = _BE | {"when", "if", "after", "being", "once", "get", "got"}
_ASK = frozenset("ask asked asks asking".split())
_WH = lazy(regex.compile, r"\b(?:whether|if|about|why|how|what|when|who|where)\b")
# A comma inside a number or a date ends nothing: `$51,000`, `the Sept. 11, 2001, attacks`.
# (Looked at from right after the comma, so that a search tests only the commas.)
_IN_NUMBER_AFTER = (
    r"(?<=\d,)(?=\d{3}(?!\d))"
    r"|(?<=\b\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2},)(?=\s\d{4}\b)|(?<=\b\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2},\s\d{4},)"
)
_IN_NUMBER = lazy(regex.compile, rf",(?:{_IN_NUMBER_AFTER})")
_OBJECT_END = regex.compile(rf",(?!{_IN_NUMBER_AFTER})|[;:—–(]|\s-\s")
# A participle cue, also with its particle or object (`noting`, `calling for`, `railing
# against`, `taking aim at`): the participle rule's, whose speaker is the sentence's
# (objects4: the multi-word forms had gone to the apposition rule or to none; train +16/-0
# hits, 7 more unmatched).
_PARTICIPLE_CUE = lazy(regex.compile, r"ing$|^\p{Ll}+ing\s")


_HEADLINE_CUES = frozenset(
    """Says Tells Warns Claims Admits Insists Vows Predicts Urges Reveals Shows Finds
    Endorses Slams Praises Announces Blasts Calls Responds Accuses Explains Promises Hints
    Denounces Wants Thinks Defends Rips Mocks Attacks Backs Questions Suggests Demands
    Say Reveal Find Warn Urge""".split()
)


def _after_name(text: str, a: int) -> bool:
    """Does a word that is not lower case stand before offset `a` on the same line, as
    in `Mayor Roe Says`, `9:12PMRoe Says`?"""
    word = text[max(0, a - 40) : a].rstrip(" ").rpartition(" ")[2].rpartition("\n")[2]
    return word != "" and not word[:1].islower()


@attrs.frozen
class _Patterns:
    cue: re.Pattern[str]
    stance_cues: frozenset[str]  # cue words that are stance adjectives too (`worried`)
    stance: frozenset[str]
    document: frozenset[str]
    document_nouns: frozenset[str]
    labels: frozenset[str]


def _cue_words(lexicon: Lexicon) -> list[str]:
    verbs: set[str] = set()
    for name in CUE_LISTS:
        verbs |= set(lexicon.lists.get(name, ()))
    # "Asked about the plan, she said ...": the one cue that opens a sentence capitalised;
    # headlines capitalise their cue: "Mayor Says Bridge Will Reopen"
    return sorted(verbs | {"Asked"} | _HEADLINE_CUES)


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    verbs = set(_cue_words(lexicon))
    # "well-known", "so-called": a cue glued to a word by a hyphen or an apostrophe is
    # no cue. The leading lookbehind doubles as the word boundary and scans about a
    # quarter faster than `\b` (measured on the train split).
    cue = re.compile(rf"(?<![\w\-’'])(?:(?P<acc>[Aa]ccording\s+to)|(?P<verb>{trie(sorted(verbs))}))\b(?![\-’'])")
    return _Patterns(
        cue,
        frozenset(verbs & _STANCE_ADJECTIVES),
        frozenset(lexicon.lists.get("stance_verbs", ())),
        frozenset(lexicon.lists.get("document_cues", ())),
        frozenset(lexicon.lists.get("document_nouns", ())),
        frozenset(x.casefold() for x in lexicon.lists.get("quote_labels", ())),
    )




# First letters of the words after a space in news text, the most frequent first (train
# split); the capitalised words come after the first eight, as often as those.
_FIRST_LETTERS = "tasiwohcpbfdmrlengvuyjkqxz"
_FREQUENT_FIRST_LETTERS = frozenset(_FIRST_LETTERS[:8])


@cache
def _cue_scan(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """`_patterns(lexicon).cue` for finding, with the character before the cue consumed:
    one pattern for the cues after a space and one for those after any other character.

    A pattern that opens with a lookbehind makes `re` try a full match at every
    position; one that opens with a character class lets it skip word characters in
    its C loop and try the cue words only after a non-word character: a third fewer
    instructions over the whole text (measured on the train split). `_cue_hits` turns
    its matches back into the cue pattern's own. The ASCII ranges repeat part of the word class
    so that a letter is settled by the class's bitmap before the Unicode category test.
    `according to` is one more word of the `a` words' tree, and `According to` one more
    of the capitalised cues' tree (below): `re` skips a choice whose first letter
    differs without a call, but tests a class like `[Aa]` with one, at every try, and
    each choice a word enters costs a nested group, so no word enters two.

    The stance adjectives (`confident`, `wary`) share the prefix tree, so that one scan
    finds them too: a second scan over the whole text for them alone cost as much as
    a sixth of this one, sharing the tree costs about a hundredth. No cue phrase starts
    or ends inside an adjective, so the cues found are the same. The third pattern finds
    the adjectives alone, in the quoted text that `_scan` reads for nothing else; it is
    None for a lexicon with a cue phrase that starts with an adjective (`worried about`),
    where the longest word at a space could be that phrase and no adjective.

    Nine cues in ten follow a space: a pattern that opens with a literal space lets `re`
    skip to the next space without testing each character against the class, and the
    rest are found by the class without the space: an eighth fewer instructions than
    one scan. The two scans find what one would as long as no cue starts at a space
    inside another (`made it clear`, `according to`): a lexicon where one does gets the
    single scan (second pattern None).

    `re` tries the choices of an alternation one by one, and each first letter is a
    choice: at a space the scan tests them in turn up to the next word's letter. The forty capitalised
    (headline) cues use seventeen first letters; they share one class for their first
    letter and one tree for the rest, which makes the space scan a fifth cheaper. The
    class lets through words that are no cue (`May` for `Say`: some sixty on the train
    split); the cue pattern, matched again, rejects them, and as they are single words
    or spaced like a real cue phrase they hide no cue from the scan.
    """
    acc = r"A(?:ccording\s+to)|a(?:ccording\s+to)"
    words = set(_cue_words(lexicon)) | _STANCE_ADJECTIVES
    lower = sorted(w for w in words if w[0].islower())
    upper = sorted(w for w in words if not w[0].islower())
    heads = "".join(re.escape(c) for c in sorted({w[0] for w in upper} | {"A"}))
    # One flat alternation, a choice per first letter, the most frequent first: `re`
    # skips a choice whose letter differs for a few instructions but enters a nested
    # group, and a word that starts with `t` used to wait for nineteen choices (a ninth
    # fewer instructions for the space scan). The choices exclude each other, so their
    # order changes no match.
    by_first: dict[str, list[str]] = {}
    for w in lower:
        by_first.setdefault(w[0], []).append(w[1:])
    # `according to` joins the tree of the `a` words, its `\s+` written as a NUL (which
    # no cue holds) until the tree is built: a word like `and` then enters one choice,
    # not two, and one group fewer (the scan 0.9% cheaper)
    by_first.setdefault("a", []).append("ccording\0to")
    order = sorted(by_first, key=lambda c: (_FIRST_LETTERS.find(c) % 100, c))
    choices = [re.escape(c) + trie(by_first[c]).replace("\0", r"\s+") for c in order]
    # (`According to` shares the class: `Mccording to`, let through like `May`, is as
    # spaced as the real phrase and hides no cue either)
    capitals = f"[{heads}]" + trie(sorted({w[1:] for w in upper} | {"ccording\0to"})).replace("\0", r"\s+")
    choices.insert(sum(c in _FREQUENT_FIRST_LETTERS for c in order), capitals)
    tree = "|".join(choices)
    if _cue_starts_inside(words | {"according to"}):
        # (the plain tree: a word the shared class lets through could hide such a cue)
        return re.compile(rf"[^a-zA-Z0-9_\w\-’'](?:{acc}|{trie(sorted(words))})\b(?![\-’'])"), None, None
    # The second scan's class leaves out only ASCII: a bitmap test per character instead
    # of the Unicode one (a sixth cheaper); the other word characters and `’` it lets
    # through are rejected by the cue pattern's lookbehind when matched again. Most
    # characters it stops at are punctuation before a space: a test of the next
    # character spares them the tree's forty choices (a tenth cheaper again).
    firsts = "".join(re.escape(c) for c in sorted({w[0] for w in words} | {"A", "a"}))
    adjectives = sorted(_STANCE_ADJECTIVES)
    # (the words that start with no adjective, nearly all, are passed over by one test each)
    starts = tuple(adjectives)
    phrase_of_adjective = any(
        w.startswith(a) and w != a and not (w[len(a)].isalnum() or w[len(a)] == "_")
        for w in words if w.startswith(starts) for a in adjectives
    )
    return (
        re.compile(rf" (?:{tree})\b(?![\-’'])"),
        re.compile(rf"[^a-zA-Z0-9_\-' ](?=[{firsts}])(?:{tree})\b(?![\-’'])"),
        None if phrase_of_adjective else re.compile(rf" (?:{trie(adjectives)})\b(?![\-’'])"),
    )


def _cue_starts_inside(phrases: set[str]) -> bool:
    """Can one of `phrases` start at a space inside another (`clear` in `made it clear`)?"""
    split = [p.split(" ") for p in phrases]
    # every phrase and its leading words: a phrase that starts with a rest, or is one
    heads = {" ".join(ws[:k]) for ws in split for k in range(1, len(ws) + 1)}
    for ws in split:
        for i in range(1, len(ws)):
            rest = ws[i:]
            if " ".join(rest) in heads or any(" ".join(rest[:k]) in phrases for k in range(1, len(rest))):
                return True
    return False


def _scan(text: str, lexicon: Lexicon, skip: Sequence[SpanT] = ()) -> tuple[list[re.Match[str]], list[SpanT]]:
    """The matches of the cue pattern in `text`, exactly as its `finditer` gives them,
    and the spans of the stance adjectives after a space (` confident`) that
    `_stance_adjective` reads, leaving out the cues that start inside one of the `skip`
    spans (sorted: the quoted parts, whose cues `report` drops).

    A cue needs a non-word character before it, except at the start of the text: the
    scan finds that character and the cue pattern is matched again right after it (its
    lookbehind sees the text before `pos`), which gives the same match with its groups.
    A cue ends with a letter before a non-word character, so the scan never misses a
    cue that starts right where the previous one ended. An adjective the scan finds
    is no cue (the cue pattern does not match there) unless the cue lists hold the word.
    An adjective followed by a hyphen or an apostrophe is not found (as no cue is), and
    `_stance_adjective` needs a space after it.

    A fifth of news text is quoted: the cue scans read only the stretches between the
    `skip` spans (a fifth fewer instructions for this scan), and a pattern of the
    adjectives alone reads the spans. A cue holds no quote mark and no line break but
    the one `according\\s+to` may span, so none found in a stretch runs into a span (a
    stretch ends where a span's content starts, after its mark) and every cue outside
    the spans starts in a stretch; the adjective scan of a span starts at the space
    before it and ends past the character after it, which the adjective's lookahead
    reads.
    """
    pats = _patterns(lexicon)
    cue = pats.cue.match
    both = pats.stance_cues
    hits: list[re.Match[str]] = []
    stance: list[SpanT] = []
    first = cue(text, 0)
    pos = 0
    if first is not None:
        hits.append(first)
        pos = first.end()
    after_space, after_other, adjectives = _cue_scan(lexicon)
    stretches = [(pos, len(text))]
    if skip and (after_other is None or adjectives is None):
        # (a lexicon the stretches cannot be read with: the whole text is scanned and
        # the hits inside the spans dropped here)
        found, stance = _scan(text, lexicon)
        qi, nq = 0, len(skip)
        kept: list[re.Match[str]] = []
        for hit in found:
            a = hit.start()
            while qi < nq and skip[qi][1] <= a:
                qi += 1
            if qi == nq or skip[qi][0] > a:
                kept.append(hit)
        return kept, stance
    if skip:
        assert adjectives is not None  # (a lexicon without it returned above)
        adjective = adjectives.search
        if first is not None and any(s <= 0 < e for s, e in skip):
            hits.pop()  # a cue that opens the text inside a quotation
        # the skipped spans, overlapping ones joined (quoted parts do not overlap)
        runs = [list(skip[0])]
        for s, e in skip[1:]:
            if s <= runs[-1][1]:
                runs[-1][1] = max(runs[-1][1], e)
            else:
                runs.append([s, e])
        stretches = []
        for s, e in runs:
            if e <= pos:
                continue
            if s > pos:
                stretches.append((pos, s))
            # (searched, not iterated: one quotation in a hundred and fifty holds an
            # adjective, and a search that finds none builds no scanner and no list;
            # the pattern never matches empty, so each search goes on where finditer would)
            adj = adjective(text, s - 1 if s > pos else pos, e + 1)
            while adj is not None:
                stance.append(adj.span())
                adj = adjective(text, adj.end(), e + 1)
            pos = e
        stretches.append((pos, len(text)))
    n_stance = len(stance)
    for lo, hi in stretches:
        for sp in after_space.finditer(text, lo, hi):
            a = sp.start()
            m = cue(text, a + 1)
            if m is not None:
                hits.append(m)
                if both and text[a] == " " and m.group("verb") in both:
                    stance.append(sp.span())
            elif text[a] == " " and text[a + 1 : sp.end()] in _STANCE_ADJECTIVES:
                stance.append(sp.span())
    if n_stance and len(stance) > n_stance:
        stance.sort()
    if after_other is not None:
        n = len(hits)
        for lo, hi in stretches:
            for sp in after_other.finditer(text, lo, hi):
                m = cue(text, sp.start() + 1)
                if m is not None:
                    hits.append(m)
        if len(hits) > n:
            hits.sort(key=_match_start)
    return hits, stance


def _cue_hits(text: str, lexicon: Lexicon) -> list[re.Match[str]]:
    """The matches of the cue pattern in `text`, exactly as its `finditer` gives them."""
    return _scan(text, lexicon)[0]


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    # No token holds a space, so the text is split at spaces in C and the pattern reads
    # only the pieces that are not one plain word (a word and a comma or a full stop is
    # common enough to be cut here too): three pieces in four are letters or digits only, one token
    # each, and this costs a quarter fewer instructions than the pattern over the whole
    # range. The pattern runs as findall with the spaces before each token, offsets
    # summed up in Python: about a fifth faster than building the tuples from match objects.
    out: list[tuple[int, int, str]] = []
    append = out.append
    findall = _SPACED_WORD.findall
    pos = a
    for piece in text[a:b].split(" "):
        end = pos + len(piece)
        if piece.isalnum():
            append((pos, end, piece))
        elif end - pos > 1 and piece[-1] in ",." and piece[:-1].isalnum():
            if piece[-1] == ",":
                append((pos, end - 1, piece[:-1]))
                append((end - 1, end, ","))
            else:
                # `said.`: the token class holds the dot (a third of the pieces the
                # pattern read were a word and its full stop, one token)
                append((pos, end, piece))
        elif end > pos:
            p = pos
            for space, tok in findall(text, pos, end):
                p += len(space)
                e = p + len(tok)
                append((p, e, tok))
                p = e
        pos = end + 1
    return out


def _trim_span(text: str, a: int, b: int) -> SpanT:
    while a < b and text[a] in " \t,;:":
        a += 1
    while b > a and text[b - 1] in " \t,;:":
        b -= 1
    return a, b


# Occasion adjuncts that close a reported clause without belonging to it (`... the
# accusations through a spokeswoman.`, `... in a tweet Sunday.`); matched backwards. A
# bare day stays: `the ferry would resume on Friday` is what was said.
_TRAILING = lazy(regex.compile,
    rf"""(?rx)(?:\s+(?:in|during)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w\-’']+\s+){{0,2}}?
          (?:statement|interview|tweet|email|e-mail|letter|post|speech|briefing)s?
      | \s+on\s+(?:Twitter|Facebook|Instagram|CNN|MSNBC|Fox\s+News|NBC|ABC|CBS|NPR)
      | \s+through\s+(?:a|his|her|their)\s+spokes(?:man|woman|person)
    )(?:\s+{_DAYS})?[.!?]?$"""
)


# The words `_TRAILING` can end with (before a final `.`, `!` or `?`): a clause that ends
# with none of them is left as it is without running the backward pattern.
_TRAILING_ENDS = tuple(
    w + s
    for w in "statement interview tweet mail letter post speech briefing".split()
    for s in ("", "s")
) + tuple("Twitter Facebook Instagram CNN News NBC ABC CBS NPR spokesman spokeswoman spokesperson".split()) + (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
# The same words by their last two letters: one dict lookup leaves one to seven words to
# test instead of all thirty-five.
_TRAILING_ENDS_BY_LAST = {w[-2:]: tuple(x for x in _TRAILING_ENDS if x[-2:] == w[-2:]) for w in _TRAILING_ENDS}


# Where a forward clause without quotation marks runs on past what was said (issue #6);
# each alternative names its class. The comma ones: an appositive that renames the
# clause or its last noun and runs to the end (`..., a move that would ...`; with `the`,
# only when no `and` follows, which would make it the next item of a list), a new
# clause about a place (`..., where she studies, ...`), the writer's aside (`..., often
# by ...`), a comparison (`..., compared with 41 percent ...`), the sentence's own verb
# after a comma-free clause (`his claim that the dam was safe, was wrong`: a comma before
# it would open an aside the verb closes), a concession (`..., though
# she gave no date`; not `rural, though fiercely independent, towns`, whose comma comes
# within two words). A dash before `and`/`but`/`though` (`... — and the co-op has since
# closed`), unless a second dash soon closes an aside or `that`/`not` carries the report
# on. A colon before a new sentence's usual opener (`: The quay ...`, `: When ...`; before a
# name it mostly opens the list the clause announced). The occasion one: the
# statement's setting in mid-clause (`... in a speech to donors on Friday`); the
# reporter's `for this article` (`declined to comment for this story`); the trail or the
# floor or a channel (`... on the campaign trail`, `... from the Senate floor`, `...
# through his lawyer`; a spokesman at the end is `_TRAILING`'s), unless a verb follows
# (an occasion too); `on condition of anonymity`, whose reason clause holds verbs of its
# own. Only these (`_SHORT_TAILS`) may cut a clause shorter than 20 characters (`thanked
# voters in a speech`). The look-ahead `[^,;]*$` stops at the next comma, so the search stays linear; the standard
# library's `re` runs this plain alternation faster than `regex`. The effect one (ends3):
# the writer's comment on what the reported act did (`..., forcing airlines to detour`,
# `..., meaning that ...`, `..., drawing 1,100 people`).
# (The comma and colon alternatives are kept apart for `_LONG_TAIL_PUNCT`.)
_LONG_TAIL_COMMA = r""",\s+(?:(?P<appositive>an?\s(?=[^,;]*$)|the\s(?=(?:(?!\sand\s)[^,;])*$))
      | (?P<place>where\s+(?:he|she|they|we|I|it)\s)
      | (?P<aside>(?:often|notably|usually|typically)\s)
      | (?P<comparison>(?:as\s+)?compared\s+(?:with|to)\s)
      | (?P<verb>(?:was|were|is|are)\s(?=[^,;]*$))
      | (?P<concession>(?:even\s+)?though\s(?![\w\-]+(?:\s[\w\-]+)?,))
      | (?P<effect>(?:leading\s+to|forcing|prompting|sparking|triggering|fuell?ing|throwing|reversing|meaning|
           putting|angering|drawing|tapping|highlighting|contrasting|underscoring|signall?ing|marking|cementing|
           paving|setting\s+off)\s))"""
_LONG_TAIL_COLON = r":(?P<colon>\s+(?:A|An|The|When|If|In|But|And|It|He|She|They|We|I|This|That|There)\s)"
_LONG_TAIL = lazy(re.compile,
    _LONG_TAIL_COMMA
    + r"""
    | \sfor\s+(?:this|the)\s+(?P<article>article|story|report)\b
    | \s(?:on|under)\s+(?:the\s+)?(?P<anonymity>condition\s+of\s+anonymity)\b
    | """
    + _LONG_TAIL_COLON
    + r"""
    | (?:\s?[—–]\s?|\s--?\s)(?P<dash>(?:and|but|though)\s(?!(?:that|not)\s)(?![^—–.\n]{1,60}(?:[—–]|\s-)))
    | \s(?:in|during|at)\s+(?:a|an|his|her|their|its|one)\s+(?:[\w\-’']+\s+){0,3}?(?P<occasion>
        (?:statement|interview|speech|rally|news\s+conference|press\s+conference|conference\s+call|
           town\s+hall|briefing|appearance|op-ed|tweet|commercial|ad|video|letter|memo|email|e-mail)s?)\b
    | \s(?P<trail>on\s+the\s+campaign\s+trail|from\s+the\s+(?:Senate|House)\s+floor
        |through\s+(?:a|an|his|her|their|its)\s+(?:lawyers?|attorneys?))\b""",
    re.X,
)
_SHORT_TAILS = frozenset(("occasion", "article", "trail", "anonymity"))
# What a clause must hold for `_LONG_TAIL` to match in it: a comma, colon or dash, a word
# of the article, anonymity or trail alternatives (`article`, `story`, `report`,
# `anonymity`, `trail`, `floor`, `lawyer`, `attorney`: tested one by one in `_long_tail`,
# half the cost of a loop over them), or the opening of an occasion. Most clauses hold
# none; these tests spare the search, which tries every offset.
_OCCASION_LEAD = re.compile(r"\s(?:in|during|at)\s+(?:a|an|his|her|their|its|one)\s")
# A hyphen after a space, the only one a `_LONG_TAIL` dash alternative reads (`... -- and`):
# the hyphens inside words (`long-term`, in one clause in nine) leave the clause to the
# cheaper tests.
_SPACED_HYPHEN = re.compile(r"\s-")
# A person as the whole object of a stance cue, before a time or occasion adjunct:
# `endorsed Ann Roe on Monday`, `criticized him during the debate` -> `Ann Roe`, `him`;
# also before an adverb of place or manner (`endorsed Roe here`, `mentioned him directly`).
# (A space must follow each word, so giving letters back never helps: the possessive
# `++` spares those tries, a quarter of the pattern's instructions.)
_NAME_OBJECT = lazy(regex.compile,
    rf"""(?x)(?!(?:The|This|That|These|Those|He|She|They|We|It|His|Her|Their|Its|A|An|In|On|At|If|When|I)\s)
    (?:him|her|them|it|me|us|you
      | (?:(?:Mr\.|Mrs\.|Ms\.|Sen\.|Gov\.|Rep\.|Dr\.|President|Secretary)\s+)?\p{{Lu}}[\w’'\-]++(?:\s++\p{{Lu}}[\w’'\-.]++){{0,2}})
    (?=\s+(?:in|on|at|during|after|before|last|this|until|when|while|since|amid|here|again|directly|publicly|privately|{_DAYS})\b)"""
)
# The lower-case words `_NAME_OBJECT` can open with: a clause that starts with neither
# one of them nor a capital is left without running the pattern.
_OBJECT_PRONOUNS = ("him ", "her ", "them ", "it ", "me ", "us ", "you ")
# After the adjunct, a complement or a verb of its own means the stop was wrong: the
# name was a listener (`told Roe on Monday that ...`) or a subject (`said Roe in May was ...`).
_GOES_ON = lazy(regex.compile, r"\s(?:for|to|how|that|whether|why|what|is|was|are|were|has|had|have|will|would|could|can|should|did|does|do)\s")
# Any quote mark, straight, curly or doubled (`''`, ``` `` ```): a clause that holds one
# is the quote-mark rules' to end.
_QUOTE_MARK = re.compile(r"[\"“”]|''|``")
# A clause that opens with a fronted adjunct (`that, if elected, ...`, `even after ...`):
# its first comma closes the adjunct, so a comma stop would cut the clause before its verb.
_CLAUSE_ADJUNCTS = frozenset(
    "if even when after before while although though because since given as for in on at during despite "
    "unless once until with without by like unlike among from over whatever where regardless absent".split()
)


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
# A short noun-phrase object, then the writer's adjunct (objects4): a time (`reported no
# arrests late Monday`, `endorsed gay marriage in 2013`), a preposition of occasion or
# cause (`during`, `amid`, `despite`, `following`, `through`), a subordinate clause of time
# (`when`, `after`, `before`, `since`, `until`) or `as` + a subject (`as he left`).
# Measured and left out (train hits gained/lost): `in`/`on` (+30/-192: mostly the noun's own
# complement, `a ban on ...`), `with`/`from` (+13/-102), `because`/`while`/`though` (+0/-1
# once the object is short), `over` (+1/-6: `support X over Y`), `at` (+0/-5), a dash (0/0),
# a plain `as` (the cue's complement: `described it as ...`).
_NP_ADJUNCT = lazy(regex.compile,
    rf"""(?x)\s(?:
        (?:on\s+|late\s+|early\s+)?{_DAYS}\b(?![’']s)
      | (?:last|this|next|earlier|later)\s+(?:week|month|year|weekend|spring|summer|fall|winter|{_DAYS})\b(?![’']s)
      | (?:in|on|since|until|by)\s+(?:early\s+|late\s+|mid-)?(?:{_MONTHS}|\d{{4}}\b)
      | (?:during|amid|despite|following|through)\s
      | (?:even\s+)?(?:when|after|before|since|until)\s
      | (?:even\s+)?as\s(?:he|she|they|it|we|I|the\s\p{{Ll}}+\s\p{{Ll}}+(?:s|ed))\s
    )"""
)
# The words every `_NP_ADJUNCT` alternative opens with, found with `re`: most short
# objects hold none, and this scan costs a fraction of the `regex` search it spares (the
# pattern is then matched at each of them; `re`'s `\s` holds every `regex` `\s`).
_NP_ADJUNCT_AT = lazy(re.compile,
    r"\s(?:(?:on|late|early|last|this|next|earlier|later|in|since|until|by|during|amid|despite|following|through"
    r"|even|when|after|before|as)\s|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
# The same words (a day is found by its `day`): an `_NP_ADJUNCT` can open only at a space
# before one of them, and the noun phrase before it has at most `_NP_MAX_WORDS` words, so
# a clause whose first words hold none has no such adjunct (tests check the list).
_NP_ADJUNCT_WORDS = frozenset(
    "on late early last this next earlier later in since until by during amid despite following through even when after before as".split()
)
# Words a clause opens with: such a content is no noun phrase.
_NP_OPENERS = frozenset("that to whether if what how why who whom when where which he she they we i you there not".split())
# A verb (or an infinitive, or punctuation the object-end rules own) before the adjunct
# makes the content a clause: `said Roe won in May`, `urged him to act during ...`.
_NP_VERB = lazy(regex.compile,
    r"""(?x)\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|should|shall|did|does|do|may|might|must
      |won|lost|made|took|gave|went|came|got|said|told|saw|knew|thought|left|ran|found|held|kept|brought|began|became|meant|felt|\p{L}+n[’']t|to)\b
      |[’'](?:re|ll|d|ve)\b|\b(?:he|she|it|that|there|here|what|who)[’']s\b|["“”(;,:]|''"""
)
# After the adjunct, a complement or a verb means the adjunct sat inside the report (`a
# steep levy last year on ...`, `endorsing Roe on Thursday after ...`).
_NP_GOES_ON = lazy(regex.compile, r"\s(?:for|to|that|of|over|about|against|whether|how|why|what|is|was|are|were|has|had|have|will|would|could|can|should|did|does|do)\s")
_NP_DET = frozenset("the a an his her their its our my your this these those no any some every each".split())
_NP_MAX_WORDS = 4


# A relative clause after the report's last noun that runs to its end (`predicted a Roe win
# in Dover, which votes in May`): the writer's gloss on the noun (objects4: train +12/-5;
# with a later comma it is the report's own, as ends2 found).
_LAST_RELATIVE = lazy(regex.compile, r",\s+(?:who|whose|which)\s(?=[^,;:]*$)")


def _np_object_end(text: str, a: int, b: int) -> int | None:
    """Where a short noun-phrase content (text[a:b]) ends before the writer's adjunct,
    or None when it is a clause or no adjunct follows: `blamed local officials on Twitter
    before the speech` -> `local officials`."""
    first = text[a : a + 12].split(None, 1)
    if not first or first[0].lower() in _NP_OPENERS:
        return None
    # `_NP_ADJUNCT` tried at each `_NP_ADJUNCT_AT` start in turn: the search's leftmost
    # match, and this function costs a quarter fewer instructions than with a `regex`
    # search from the first start (train)
    lim = min(b, a + 100)
    at = _NP_ADJUNCT_AT.search(text, a + 1, lim)
    while at is not None and (m := _NP_ADJUNCT.match(text, at.start(), lim)) is None:
        at = _NP_ADJUNCT_AT.search(text, at.start() + 1, lim)
    if at is None or m is None:  # (`m` is set whenever `at` is)
        return None
    head = text[a : m.start()].split()
    if head[0] == "it" and len(head) > 1:
        return None  # `it works through ...`: a subject pronoun with its verb
    if len(head) > _NP_MAX_WORDS or _NP_VERB.search(text, a, m.start()) or _NP_GOES_ON.search(text, m.end(), b):
        return None
    # a participle or a past form not after a determiner is a verb: `Obama endorsing Roe
    # on Thursday`, `Roe opposed the levy in May` (`the proposed levy` is an object)
    for i, w in enumerate(head):
        if w.islower() and w.endswith(("ed", "ing")) and (i == 0 or head[i - 1].lower() not in _NP_DET):
            return None
    return m.start()


def _opens_fronted(text: str, a: int) -> bool:
    """Does the clause at `a` open (after a `that`) with a fronted adjunct or a comma?"""
    first = text[a : a + 24].split(None, 2)
    if first and first[0] == "that":
        first = first[1:]
    return bool(first) and (first[0] in (",", "that,") or first[0].rstrip(",").lower() in _CLAUSE_ADJUNCTS)


def _long_tail(text: str, a: int, b: int) -> int:
    """Where a quote-free forward clause ends when it runs past what was said, else b."""
    # a quotation after the clause's sentence end opens a sentence of its own: it
    # does not keep the clause whole (`endorsed Roe Monday. "It is a coup," ...`)
    seg = text[a:b] if b > a and (text[b - 1] in ".!?" or text[b : b + 1] in ".!?") else text[a : b + 4]
    # `_QUOTE_MARK` as substring tests, twice as fast on these short clauses
    if '"' in seg or "“" in seg or "”" in seg or "''" in seg or "``" in seg:
        # the quote-mark rules own these ends, and a quotation just after the clause
        # may yet join it (`endorsed Roe in May: "..."`)
        return b
    if a < b and (text[a].isupper() or text.startswith(_OBJECT_PRONOUNS, a)):
        name = _NAME_OBJECT.match(text, a, b)
        if name and not _GOES_ON.search(text, name.end(), b):
            return name.end()
    # an `_NP_ADJUNCT` the noun-phrase rule keeps opens within the clause's first words
    # (most clauses hold none: the test spares a search that tries every space)
    if (not _NP_ADJUNCT_WORDS.isdisjoint(seg.split(None, _NP_MAX_WORDS + 1)[: _NP_MAX_WORDS + 1]) or "day" in seg) and (cut := _np_object_end(text, a, b)) is not None:
        return cut
    if text.find("wh", a + 1, b) != -1 and (rel := _LAST_RELATIVE.search(text, a + 1, b)) is not None and not text.startswith("to ", a):
        return rel.start()  # an infinitive's relative is left to the infinitive's end rules
    if (
        "—" in seg or "–" in seg or ("-" in seg and _SPACED_HYPHEN.search(seg) is not None)
        or "article" in seg or "story" in seg or "report" in seg or "anonymity" in seg
        or "trail" in seg or "floor" in seg or "lawyer" in seg or "attorney" in seg
        # (in a printable clause every space is ` `, so an `_OCCASION_LEAD` match there holds
        # one of its prepositions between two ` `: three substring tests, a tenth of the
        # function's instructions fewer than splitting the clause into words)
        or ((" in " in seg or " at " in seg or " during " in seg or not seg.isprintable()) and _OCCASION_LEAD.search(text, a + 1, b) is not None)
    ):
        tails = _LONG_TAIL_AT
    elif "," in seg or ":" in seg:
        tails = _LONG_TAIL_PUNCT  # only a comma or colon alternative can match
    else:
        return b  # no `_LONG_TAIL` alternative can match (half the clauses that get here)
    # (each alternative holds one group, so the last group names the alternative)
    for m in tails.finditer(text, a + 1, b):
        group = m.lastgroup
        if m.start() < a + 20 and group not in _SHORT_TAILS:
            continue
        if group == "verb" and "," in text[a : m.start()]:
            continue
        if (group == "appositive" or group == "place") and _opens_fronted(text, a):
            continue
        if (group == "occasion" or group == "trail") and _GOES_ON.search(text, m.end(), b):
            continue
        return m.start()
    return b


# Where an infinitive report (`vowed to sign ...`, `declined to comment`) ends before the
# writer's own clause (infin4, measured on infinitive content only, train gained/lost per
# class): a participle after a comma (`, focusing on ...`, not `, including`); `so` /
# `so that` and `as` + a subject pronoun (`as she left`); `, and` + a pronoun or
# determiner subject with a finite verb within five words (`, and the union also
# stepped in`) or a contracted pronoun (`, and he's ...`); a comma + a finite auxiliary, the subject's next predicate (`declined to
# comment, was born in ...`); `, much of which` / `, both of whom`; a modal or `include`
# that is the sentence's own verb when the infinitive sits in its subject (`his plan to
# win Ohio would require ...`, `senators who want to attend could ...`: `modal`, only
# when no subject, relative, conjunction or comma comes between, `_INF_OWN_SUBJECT`);
# a comma splice, a new subject of up to four words and an auxiliary or modal, after an
# infinitive in a fronted clause (`While the union planned to march, some shops will
# ...`; not after a subordinator or a relative); `and` + a subject pronoun and a finite
# verb (`decided not to run and she won ...`).
# Measured and left out (the corpus keeps them about as often as it cuts them):
# `because`, `while`/`although`, a dash, `and`/`but` + a finite verb, `as` + a noun,
# and the object + `to` start (`urged the board to ...`), where the search hits
# `that` clauses holding a `to`.
_INFINITIVE_END = lazy(regex.compile,
    r""",\s+(?!(?:including|according|during|notwithstanding|regarding|concerning|excluding|involving|morning|evening|\p{Ll}*thing)\s)\p{Ll}{3,}ing\s
    | ,?\s+so(?:\s+that)?\s(?!(?:far|much|many|long)\b)
    | ,?\s+as\s+(?=(?:he|she|they|we|I)\s)
    | ,\s+and\s+(?=(?:he|she|they|we|I|it)[’'](?:s|re|ll|d|ve)\s|(?:he|she|they|we|I|it|the|a|an|his|her|their|its)\s(?:[\w.’'\-]+\s){0,4}?(?:(?:also|then|later|now|still)\s)?
        (?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|\p{Ll}{2,}(?<!e)ed)\s)
    | ,\s+(?:(?:also|then|later|now)\s+)?(?:is|are|was|were|has|have|had|will|would|did|does|didn[’']t|doesn[’']t|isn[’']t|wasn[’']t)\s
    | ,\s+(?:much|many|most|some|all|both|none|one|each|several|few)\s+of\s+(?:which|whom)\s
    | (?P<splice>,)\s+(?!(?:which|who|whom|whose|where|when|and|or|but|including|because|since|if|unless|while|although|though|as|so|even)\s)(?:[\w’'\-]+\s){1,4}?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\s
    | \s+and\s+(?:he|she|they|we|I)\s(?:(?:also|then|later|now|still)\s)?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|\p{Ll}{2,}(?<!e)ed)\s
    | \s(?P<modal>would|could|will|can|should|may|might|must|include|includes)\s(?!(?:he|she|they|we|I|it|you)\s)""",
    regex.X,
)
# Before a modal, words that give it a subject of its own inside the report
# (`to avoid a slip that could ...`, `to pay so Roe could ...`).
_INF_OWN_SUBJECT = lazy(regex.compile,
    r"\b(?:that|who|which|whether|if|when|where|what|because|so|he|she|they|we|I|it|you|this|there)\s|,"
)


def _infinitive_end(text: str, a: int, b: int) -> int:
    """Where a report that is a `to`-infinitive (text[a:b] opens with `to` or `not to`)
    ends: before the first `_INFINITIVE_END` past its first words, else b."""
    for m in _INFINITIVE_END.finditer(text, a + 8, b):
        if m.group("modal") is not None and _INF_OWN_SUBJECT.search(text, a, m.start() + 1):
            continue
        if m.group("splice") is not None and ";" in text[a : m.start()]:
            continue  # `not to worry; by the time ..., all would ...`: the splice is past the report's end
        return m.start()
    return b

# `_LONG_TAIL` behind a look-ahead for the characters its alternatives open with. The
# pattern has no fixed first character, so `re` tries the whole alternation at every
# offset of the clause; the one-class look-ahead turns away the letters (most offsets)
# for less: the same matches for under half the instructions (train).
# Every alternative must open with a comma, colon, space or dash (tests check this).
_LONG_TAIL_OPENERS = ",:\\s—–"
# After a space, an alternative goes on with one of these (`for`, `on`/`under`, `in`/
# `during`/`at`, `from`/`through`, a dash): a space before any other word (most spaces)
# is turned away in the look-ahead too, a further quarter fewer instructions (tests check
# every alternative's first three characters against it).
_LONG_TAIL_AFTER_SPACE = r"fo|on|un|in|du|at|fr|th|-|[—–]"
_LONG_TAIL_AT = lazy(re.compile, rf"(?=[,:—–]|\s(?:{_LONG_TAIL_AFTER_SPACE}))(?:{_LONG_TAIL.pattern})", re.X)
# The comma and colon alternatives alone, for a clause that holds no dash, no word of
# the article, anonymity or trail alternatives and no occasion's opening, where no other
# can match (four clauses in five that reach the search). Both open with a literal, so
# `re` passes over every other character in C instead of trying each offset: under a
# third of the instructions of `_LONG_TAIL_AT` on these clauses (train).
_LONG_TAIL_PUNCT = re.compile(_LONG_TAIL_COMMA + "|" + _LONG_TAIL_COLON, re.X)


def _forward(text: str, a: int, b: int) -> SpanT:
    """A forward clause trimmed of edge punctuation, of what runs on past the report
    (`_long_tail`) and of trailing occasion adjuncts."""
    a, b = _trim_span(text, a, b)
    cut = _long_tail(text, a, b)
    if cut != b:  # (an end that stayed is trimmed already)
        b = _trim_span(text, a, cut)[1]
    if text.startswith(("to ", "not to "), a):
        b = _trim_span(text, a, _infinitive_end(text, a, b))[1]
    lo = b - 90 if b - 90 > a else a
    e = b - 1 if b > lo and text[b - 1] in ".!?" else b
    ends = _TRAILING_ENDS_BY_LAST.get(text[e - 2 : e]) if e - 2 >= lo else None
    if ends is None or not text.endswith(ends, lo, e):
        return a, b
    m = _TRAILING.match(text, lo, b)
    if m and m.start() > a + 10:
        b = m.start()
    return a, b


# Words no speaker phrase ends with, one set for a single lookup per cue.
_NO_SPEAKER_END = _DETERMINERS | _PREPOSITIONS | _STOP
# Adjectives whose `to` phrase belongs to the speaker: `a source close to him` (layout4).
_CLOSE_TO = frozenset("close closer".split())
# Every word one of `_speaker_before`'s early returns reads: one lookup spares the other
# words (nearly all) four tests.
_SPEAKER_BEFORE_EARLY = frozenset("here there he she they we i it you who which".split()) | _CONTRACTED | _QUANTIFIER_SUBJECTS
# The stop words that end the walk back (a determiner is crossed first).
_STOP_NOT_DET = _STOP - _DETERMINERS


def _speaker_before(toks: list[tuple[int, int, str]], i: int, floor: int = -1) -> tuple[SpanT | None, int]:
    """Walk back from token index `i` (exclusive) over a speaker phrase.

    The walk never reaches token index `floor` (an earlier cue: a verb is no part of a
    noun phrase). Returns the speaker span (or None) and the index of the token before it.
    """
    j = i - 1
    if j < 0:
        return None, j
    paren_end = pct_end = None
    w = toks[j][2]  # the word at j, read once per move of j
    if w == "%" and j > 0 and toks[j - 1][2][:1].isdigit():
        pct_end, j = toks[j][1], j - 1  # "42% say ...": a share of those polled
        w = toks[j][2]
    if w == ")":
        # "Sen. Ann Roe (D-Ore.) said": the bracket belongs to the name before it
        o = next((x for x in range(j - 1, max(floor, j - 8), -1) if toks[x][2] == "("), None)
        if o is None or o == 0:
            return None, j
        paren_end, j = toks[j][1], o - 1
        w = toks[j][2]
    low = w.lower()
    if low in _SPEAKER_BEFORE_EARLY:
        if low in ("here", "there") and j == i - 1 and j > floor + 1 and toks[j - 1][2][0].isalnum() and toks[j - 1][2].lower() not in _STOP:
            # "campaign workers here said", "polls there show": the place adverb is no part of the speaker
            return _speaker_before(toks, j, floor)
        # pronouns, and the relative "who" as the corpus annotates it: "Smith, who said ..."
        # a non-restrictive `which` too: "The union, which endorsed Roe, ..." (a restrictive
        # `which`/`that` is mostly an object relative: "the plan that he backed")
        if low in ("he", "she", "they", "we", "i", "it", "you", "who") or (low == "which" and j > 0 and toks[j - 1][2] == ","):
            return (toks[j][0], toks[j][1]), j - 1
        if low in _CONTRACTED and (j == 0 or low.startswith("who") or toks[j - 1][2].lower() in ("and", "but") or toks[j - 1][2] in ("While", "Although", "Though", "Because", "Since", "If")):
            # "He’s predicting ...", "and she's hoping ...": a main clause's subject (inside a
            # clause, `an office he's wanted`, `what he's proposing`, it mostly is an object's)
            return (toks[j][0], toks[j][1] - 2), j - 1
        if low in _QUANTIFIER_SUBJECTS and j == i - 1 and (j == 0 or not toks[j - 1][2][0].isalnum() or toks[j - 1][2].lower() in _QUANTIFIER_LEADS):
            # "Many say the plan ...", "..., and some argue ...": a quantifier standing alone is the speaker
            return (toks[j][0], toks[j][1]), j - 1
    # "a source close to him said": `close to` and its object stay in the speaker
    close_to = j > 1 and toks[j - 1][2] == "to" and toks[j - 2][2].lower() in _CLOSE_TO
    if (low in _NO_SPEAKER_END or not w[0].isalnum() or low.endswith(("’s", "'s", "s’", "s'"))) and not (close_to and low in _PRONOUNS_OBJ):
        return None, j  # "the said agreement", "Cruz's hopes": no subject before the cue
    end = toks[j][1] if pct_end is None else pct_end
    start = toks[j][0]
    n = 0
    while j > floor and n < 9:
        tok = toks[j]
        w = tok[2]
        lw = w.lower()
        if not w[0].isalnum():
            break
        if lw in _STOP_NOT_DET:
            # "more than 4 in 10 said": a comparison that counts the speakers
            counted = lw == "than" and j > 0 and toks[j - 1][2].lower() in ("more", "less", "fewer")
            close = lw == "to" and j > 0 and toks[j - 1][2].lower() in _CLOSE_TO
            if not counted and not close:
                break
        if w in _PRONOUNS_OBJ:
            # "most of them said": an object pronoun heads a partitive, never a speaker of its own
            partitive = j == i - 1 and j > 0 and toks[j - 1][2] == "of"
            # `her aides said`: a `her` before the phrase's noun is its possessive, not an object
            if not partitive and not (w == "her" and j < i - 1) and not (j == i - 1 and close_to):
                break
        start = tok[0]
        j -= 1
        n += 1
        if lw in _DETERMINERS:
            # "sources at the embassy", "a survey by the institute": cross one "of the"
            if j - 1 > floor and toks[j][2].lower() in _PREPOSITIONS and toks[j - 1][2][0].isalnum() and toks[j - 1][2].lower() not in _STOP:
                continue
            break
    # a preposition never starts a speaker phrase: "In Iowa Smith said" -> "Iowa Smith"
    k = j + 1 if j + 1 < len(toks) and toks[j + 1][0] == start else j
    while k < len(toks) and toks[k][2].lower() in _PREPOSITIONS and toks[k][1] < end:
        k += 1
    start = toks[k][0]
    if j > floor + 1 and toks[j][2] == "and":
        if toks[j - 1][2] in ("he", "she", "I", "we", "they") and toks[k][2].islower() and toks[k][2] not in _STOP:
            # `she and another reporter said`: a pronoun and a second speaker (layout4)
            return (toks[j - 1][0], _drop_stop(toks[i - 1]) if end == toks[i - 1][1] else end), j - 2
        # `, dock workers and skippers say`: two plurals after a comma (not `The storm passed and officials said`)
        plurals = toks[k][2].islower() and (toks[k][2].endswith("s") or toks[i - 1][2].endswith("s")) and toks[j - 1][2].islower() and toks[j - 1][2].endswith("s")
        if toks[k][2][0].isupper() or toks[k][2].lower() in _DETERMINERS or plurals:
            # "The mayor and the governor said": two speakers that open the clause
            left, j2 = _speaker_before(toks, j, floor)
            if left is not None and (j2 < 0 or j2 <= floor or toks[j2][2] in (",", "…")) and (not plurals or toks[j2][2] == ","):
                start, j = left[0], j2
    if paren_end is not None:
        return (start, paren_end), j
    return (start, _drop_stop(toks[i - 1]) if end == toks[i - 1][1] else end), j


def _appositive_subject(toks: list[tuple[int, int, str]], comma: int, floor: int) -> tuple[SpanT | None, int]:
    """The speaker before an apposition or relative clause that ends at token index `comma`
    (`Ann Roe, a lawyer for the port, said`), and the index of the token before it."""
    j = comma - 1
    while j >= 0 and toks[j][2] != "," and comma - j < 39:
        j -= 1
    if j <= 0 or _after_quote(toks, j):
        return None, j
    # an earlier cue inside the apposition ("X, who has endorsed Y, said") is no floor
    spk, before = _speaker_before(toks, j, floor if floor < j else -1)
    if spk is not None and before > 0 and toks[before][2] == "," and toks[before + 1][2].isdigit():
        # "Ann Roe, 58, who runs the ferry, said": the age is no speaker, the name before it is
        return _speaker_before(toks, before, floor if floor < before else -1)
    return spk, before


def _drop_stop(tok: tuple[int, int, str]) -> int:
    """The end of a speaker's last word without a sentence's full stop (`hydrologist.`),
    keeping the dot of abbreviations and initials (`Jr.`, `U.S.`)."""
    a, b, w = tok
    if w.endswith(".") and len(w) > 4 and "." not in w[:-1]:
        return b - 1
    return b


# Prepositions that end an inverted name: `said Ed Varn on Friday`, `says Olan Bek in Lima`.
_NAME_THEN = frozenset("in on at during from".split())
# The words no speaker read forward ends with, built once rather than per call.
_DET_OR_PREP = _DETERMINERS | _PREPOSITIONS


def _speaker_after(toks: list[tuple[int, int, str]], i: int) -> tuple[SpanT | None, int]:
    """Read a speaker phrase forward from token index `i`: `said the spokesman.`."""
    if i >= len(toks):
        return None, i
    w = toks[i][2]
    if w.lower() in ("he", "she", "they", "we", "i", "it", "you"):
        return (toks[i][0], toks[i][1]), i + 1
    j = i
    while j < len(toks) and j - i < 9:
        w = toks[j][2]
        if not w[0].isalnum() or w.lower() in _STOP_NOT_DET:
            break
        if w in _NAME_THEN and j > i and toks[j - 1][2][:1].isupper():
            break  # `said Ed Varn on Friday`: the name ends before its occasion (layout4)
        j += 1
    if j == i or toks[j - 1][2].lower() in _DET_OR_PREP:
        return None, i
    return (toks[i][0], _drop_stop(toks[j - 1])), j


# Words after which a cue word is a noun: the hit is dropped before any tokenising.
_NOUN_MARKERS = frozenset("a an the his her their its our my your this these those".split())
# After `reports`, a verb of its own makes it the noun: `new fundraising reports show ...`.
_REPORTS_NOUN = lazy(re.compile, r"\s+(?:show|showed|shows|say|said|says|suggest|suggested|indicate|indicated|found)\b")


def report(text: str, layout: Layout, quoted: Sequence[QuotedSpan], lexicon: Lexicon) -> list[Candidate]:
    """Return reported-speech candidates, one per attributive cue, in text order."""
    pats = _patterns(lexicon)
    parts = [p for q in quoted for p in q.parts]
    parts.sort()
    sentences = layout.sentences
    n_sent = len(sentences)
    out: list[Candidate] = []
    # hits come in text order: a hit's sentence is looked up only when a hit lies past
    # the current one
    current, sent_end = -1, -1
    hits: list[re.Match[str]] = []
    verbs: list[str | None] = []  # the `verb` group of each hit, read once here
    # (no hit inside quote marks: `_scan` leaves them out)
    found, stance = _scan(text, lexicon, parts)
    for m in found:
        a = m.start()
        if text[a - 1 : a] == " " and text[a - 8 if a > 8 else 0 : a - 1].rpartition(" ")[2].lower() in _NOUN_MARKERS:
            continue  # "the report", "his claims": a noun, never a cue (and no speaker)
        verb = m.group("verb")
        if verb in _SCREENED_CUES:  # one set test for the few cues read twice below
            if verb in _HEADLINE_CUES and not _after_name(text, a):
                continue  # "Calls for calm grew.": a title-case cue needs a name before it
            if verb == "reports" and ((not _after_name(text, a) and text[max(0, a - 4) : a].strip() not in ("he", "she", "it")) or _REPORTS_NOUN.match(text, m.end())):
                continue  # "news reports", "G-III reports show": a noun; "The Gazette reports ..." is a cue

            if verb in _AS_ONLY and not _AS_OBJECT.match(text, m.end()):
                continue  # "sees an opening", "and see what happens": no cue, and cuts no report
            if verb == "compared" and text.startswith((" to ", " with "), m.end()):
                continue  # "..., compared with last year": the writer's comparison, no cue
        if a >= sent_end:
            if hits:
                out.extend(_sentence(text, sentences[current], hits, verbs, pats))
            current = layout.sentence_index(a)
            sent_end = sentences[current + 1][0] if current + 1 < n_sent else len(text) + 1
            hits = []
            verbs = []
        hits.append(m)
        verbs.append(verb)
    if hits:
        out.extend(_sentence(text, sentences[current], hits, verbs, pats))
    if quoted:
        qstarts = [q.open_mark for q in quoted]
        out = [_stop_at_quote(text, c, quoted, qstarts) for c in out]
    title = _label_colon(text, layout.paragraphs[0], layout, pats) if layout.paragraphs else None
    if title is not None:
        out.insert(0, title)
    extra = _transcript(text, layout, pats) + _in_poll(text, layout) + _noun_colon(text, layout) + _stance_adjective(text, layout, stance)
    extra += _reportedly(text, layout, out) + _call_for(text, layout, out)
    owned = _noun_that(text, layout, out)
    if owned:
        # a cue word read as a verb (`Roe's repeated claims that`) is the owned noun's cue
        ends = {c.cue[1] for c in owned if c.cue}
        out = [c for c in out if c.cue is None or c.cue[1] not in ends]
        extra += owned
    if extra:
        out = sorted(out + extra, key=lambda c: c.spans[0][0])
    return out


class _Taken:
    """The spans of the reports found so far, sorted on the first question (most
    documents never ask one)."""

    def __init__(self, taken: Sequence[Candidate]) -> None:
        self._taken = taken
        self._spans: list[SpanT] | None = None

    def covers(self, lo: int, hi: int) -> bool:
        """Does the last span that starts at or before `hi` run past `lo`?"""
        if self._spans is None:
            self._spans = sorted(sp for c in self._taken for sp in c.spans)
        i = bisect.bisect_right(self._spans, (hi, sys.maxsize)) - 1
        return i >= 0 and self._spans[i][1] > lo


# The nouns of what was said before a colon: a colon after none of them (nearly all)
# needs no backward search.
_COLON_NOUNS = (
    "argument", "message", "goal", "finding", "findings", "assessment", "verdict", "conclusion", "warning",
    "advice", "answer", "pitch", "plea", "reasoning", "explanation", "recommendation", "recommendations", "prediction",
)
# A possessor and the noun of what it said, before a colon: `Their argument:`, `the
# union's message:`, `Among its findings:` (matched backwards from the colon).
_NOUN_COLON = lazy(regex.compile,
    r"(?r)(?:^|(?<=[\s(]))(?:(?P<own>[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|(?:[Tt]he\s+)?\p{Lu}[\w.\-]*(?:\s+\p{Lu}[\w.\-]*){0,3}[’']s?)\s+(?:\p{Ll}+\s+)?"
    r"|[Aa]mong\s+(?P<own>its|their)\s+)"
    r"(?:" + "|".join(_COLON_NOUNS) + r")$"
)
_COLON = lazy(regex.compile, r":[^\S\n]+(?![\"“”'‘’\s])")


def _noun_colon(text: str, layout: Layout) -> list[Candidate]:
    """`Their argument: only the council can fix it.`: what the possessor said follows the
    colon, to the end of the sentence. A quotation after the colon is left to the
    quote-mark rules."""
    out: list[Candidate] = []
    # every colon, found with `str.find`: the nouns before it are tested first (nearly
    # always none), and only then the colon pattern is matched (its matches never
    # overlap: each holds one colon)
    e = text.find(":")
    while e != -1:
        c = None
        # (`$` also matches before a line break that ends the window)
        if text.endswith(_COLON_NOUNS, 0, e) or (text[e - 1 : e] == "\n" and text.endswith(_COLON_NOUNS, 0, e - 1)):
            c = _COLON.match(text, e)
        e = text.find(":", e + 1)
        if c is None:
            continue
        m = _NOUN_COLON.search(text, max(0, c.start() - 60), c.start())
        if m is None:
            continue
        se = layout.sentences[layout.sentence_index(c.end())][1]
        content = _trim_span(text, c.end(), se)
        content = (content[0], content[1] - 1) if text[content[1] - 1 : content[1]] == "." else content
        if len(text[content[0] : content[1]].split()) < 3 or not _clause_ok(text, content):
            continue
        out.append(Candidate((content,), kind_of(text, (content,)), m.span("own"), (m.end("own"), c.start() + 1), "noun_colon"))
    return out


# An owner and a noun of saying or believing, then its `that`-clause: `Roe's claim that
# ...`, `his insistence that ...`, `the union's warnings that ...`. Only an explicit
# possessor counts: the bare nouns (`the idea that`, `fears that`) are right too rarely.
# A capitalised word of an owner's name; a preposition or conjunction opening the
# sentence (`Despite Roe's claim`) is not part of it.
_OWNER_WORD = r"(?!(?:Despite|After|Before|Given|But|And|In|On|At|By|For|From|With|Like|Unlike|Amid|Including|As|Of|To|While|When|If|Though)\b)\p{Lu}[\w\-]*\.?"
_OWNED_NOUNS = (
    r"claims?|assertions?|suggestions?|insistence|contention|arguments?|warnings?|assurances?|complaints?"
    r"|fears?|hopes?|beliefs?|promises?|pledges?|announcements?|statements?|allegations?|accusations?|predictions?"
    r"|admission|acknowledg(?:e?ment)|concerns?|conviction|vows?|boasts?|threats?|charges?|view"
    r"|answer|response|explanation|point"
)
# A literal ` that ` is found first (`str.find`, about twice as fast as the same literal
# as a pattern); the noun and owner are matched only there.
_OWNED_NOUN_WORDS = frozenset(
    w for stem in _OWNED_NOUNS.replace("(?:e?ment)", "ment").split("|") for w in (stem.rstrip("?"), stem.rstrip("s?"))
) | {"acknowledgement"}
_NOUN_THAT = lazy(regex.compile,
    r"(?:^|(?<=[\s(]))(?P<own>[Hh]is|[Hh]er|[Tt]heir|(?:(?:[Tt]he\s+)?(?:(?!(?:of|for|to|in|on|by|and|or|that|with|from|at|as)\s)\p{Ll}+\s+)?\p{Ll}+|" + _OWNER_WORD + r"(?:\s+" + _OWNER_WORD + r"){0,3})(?:[’']s|s[’']))"
    r"\s+(?P<cue>(?:\p{Ll}[\p{Ll}\-]+\s+){0,2}?"
    r"(?P<noun>" + _OWNED_NOUNS + "))"
    r"(?:\s+(?P<be>is|was))?\s+(?P<that>that)\s+(?!(?:is|was|are|were|has|had|have|would|will|could|can|should|may|might|did|does|do|made|came)\b)(?=[\w“\"‘'])"
)
# What `_NOUN_THAT` needs right before its noun, matched backwards from the noun: the
# owner's last letters and at most two words. Four in five noun hits have no owner, and
# this cheap test spares them a search of the whole window.
_OWNER_BEFORE = lazy(regex.compile, r"(?r)(?:[’']s|s[’']|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:\p{Ll}[\p{Ll}\-]+\s+){0,2}\Z")
_NOUN_THAT_END = lazy(regex.compile, r",\s|;|\n|\s(?:[—–]|--?)\s|\(")


def _noun_that(text: str, layout: Layout, taken: Sequence[Candidate]) -> list[Candidate]:
    """`Roe's claim that the plan failed`: the `that`-clause is what the owner said or
    believed, up to the clause's first comma, dash or the sentence end; the owner is the
    speaker and the noun the cue. A noun inside another report's content stays part of
    that report."""
    inside = _Taken(taken)
    out: list[Candidate] = []
    h = text.find(" that ")
    while h != -1:
        # the hits of a ` that ` scan, which never overlap
        a = text.rfind(" ", h - 16 if h > 16 else 0, h) + 1
        hend = h + 6
        h = text.find(" that ", hend)
        if a and text[a : hend - 6] in ("is", "was"):
            # `Roe's answer was that ...`: the noun before the copula owns the clause
            a = text.rfind(" ", max(0, a - 17), a - 1) + 1
        if not a or text[a : text.find(" ", a)] not in _OWNED_NOUN_WORDS:
            continue
        if _OWNER_BEFORE.search(text, max(0, a - 120), a) is None:
            continue
        m = next((m for m in _NOUN_THAT.finditer(text, max(0, a - 120), hend + 24) if m.start("noun") == a), None)
        if m is None:
            continue
        if inside.covers(a, a):
            continue
        se = layout.sentences[layout.sentence_index(m.start("that"))][1]
        stop = _NOUN_THAT_END.search(text, m.end("that"), se)
        content = _trim_span(text, m.start("that"), stop.start() if stop else se)
        content = (content[0], content[1] - 1) if text[content[1] - 1 : content[1]] == "." else content
        if len(text[content[0] : content[1]].split()) < 4:
            continue
        out.append(Candidate((content,), kind_of(text, (content,)), m.span("own"), m.span("cue"), "noun_that"))
    return out


# A stance adjective after a copula: `Her aides remain confident that ...`, `The mayor is
# eager to ...`, `Voters are skeptical of ...`. The corpus marks the copula, the adjective
# and its preposition as the cue, the subject as the source. Without the copula the word
# is mostly a noun or an attribute (`presidential hopeful Ann Roe`) and no cue at all.
_STANCE_ADJECTIVE_WORDS = (
    "confident", "convinced", "optimistic", "hopeful", "adamant", "skeptical", "sceptical", "eager", "pessimistic",
    "concerned", "worried", "unhappy", "wary",
)
_STANCE_ADJECTIVE = lazy(regex.compile,
    r"(?<![\w\-’'])(?P<cue>(?P<be>is|are|was|were|be|been|remain|remains|remained)\s+"
    r"(?:(?:not|still|now|also|very|so|increasingly|\p{Ll}+ly)\s+){0,2}\L<adjectives>(?:\s+(?P<prep>about|of|in|with))?)"
    r"\s+(?(prep)(?=[\w“\"‘'])|(?=(?:that|to)\s))",
    adjectives=_STANCE_ADJECTIVE_WORDS,
)
# The adjectives alone after a space are found first, by the cue scan (`_scan`); the
# copula before each is then matched in a short window.
_STANCE_ADJECTIVES = frozenset(_STANCE_ADJECTIVE_WORDS)
_NO_STANCE_SUBJECT = frozenset("it there that this what".split())
# an object ends as a stance verb's does, and at a typed double dash (`about re-election -- ...`)
_STANCE_OBJECT_END = lazy(regex.compile, _OBJECT_END.pattern + r"|\s--\s")


def _stance_adjective(text: str, layout: Layout, found: Sequence[SpanT]) -> list[Candidate]:
    """`Her aides remain confident that the bill will pass`: the clause (or the infinitive,
    or the object after `about`/`of`/`in`) is the subject's stance; the subject before the
    copula and its auxiliaries (`have been eager`) is the speaker. `found` holds the
    spans of the adjectives with the space before them."""
    out: list[Candidate] = []
    for hs, he in found:
        m = _STANCE_ADJECTIVE.search(text, max(0, hs - 48), he + 12)
        if m is None or m.end("cue") < he:
            continue
        ss, se = layout.sentences[layout.sentence_index(m.start())]
        toks = _tokens(text, max(ss, m.start() - 160), m.start("be"))
        k = len(toks)
        while k > 0 and (toks[k - 1][2].lower() in _AUX or toks[k - 1][2].lower() in _BE or toks[k - 1][2].endswith(("n’t", "n't"))):
            k -= 1  # "have been eager", "has long been skeptical", "wouldn't be worried"
        spk, _ = _speaker_before(toks, k)
        if spk is None or text[spk[0] : spk[1]].lower() in _NO_STANCE_SUBJECT:
            continue
        post = m.end()
        if m.group("prep"):
            stop = _STANCE_OBJECT_END.search(text, post, se)
            end = stop.start() if stop else se
        else:
            end = _clip_at_next(text, post, se, ())
        content = _forward(text, post, end)
        if not _clause_ok(text, content):
            continue
        out.append(Candidate((content,), kind_of(text, (content,)), spk, m.span("cue"), "stance_adjective"))
    return out


# A sentence that opens on the poll it reports: `In a Gazette poll released Monday, 40
# percent of voters backed Roe.` (the poll word before the first comma).
_IN_POLL = lazy(regex.compile,
    r"In\s+(?:(?!as\s|when\s|after\s|before\s)[^,.;:!?\n\s]{1,30}\s+){0,8}?(?:[Pp]olls?|[Ss]urveys?)\b[^,;:!?\n]{0,60}?,\s+"
    # the poll's own details or an adverb after its comma: `, conducted in May,`, `, however,`
    r"(?:(?:conducted|released|taken|published|however|though)\b[^,;:!?\n]{0,40},\s+)?"
)


def _in_poll(text: str, layout: Layout) -> list[Candidate]:
    """`In POLL, CLAUSE`: the rest of the sentence is the poll's finding, the poll its
    source (the corpus marks `In` as the cue), and the shares' own cues inside it
    (`40 percent said ...`) stay part of it."""
    out: list[Candidate] = []
    if "poll" not in text and "Poll" not in text and "urvey" not in text:
        return out  # two documents in three name no poll: three literal scans spare the pattern's
    for m in _IN_POLL.finditer(text):
        ss, se = layout.sentences[layout.sentence_index(m.start())]
        if text[ss:m.start()].strip(" \t\"“'‘(") or m.end() >= se:
            continue  # not the sentence's opening
        content = _trim_span(text, m.end(), se)
        content = (content[0], content[1] - 1) if text[content[1] - 1] == "." else content
        if len(text[content[0] : content[1]].split()) < 3 or not _clause_ok(text, content):
            continue  # "In the polls, anyway."
        source = _trim_span(text, m.start() + 3, m.end())
        out.append(Candidate((content,), kind_of(text, (content,)), source, (m.start(), m.start() + 2), "in_poll"))
    return out


# Auxiliaries the corpus keeps with the subject before `reportedly` (`The FBI is reportedly ...`).
_REPORTEDLY_AUX = frozenset("is are was were has have had will would".split())
_REPORTEDLY = lazy(regex.compile, r"\b[Rr]eportedly\b,?[^\S\n]+(?=\p{Ll})")


def _reportedly(text: str, layout: Layout, taken: Sequence[Candidate]) -> list[Candidate]:
    """`The FBI is reportedly preparing a subpoena.`: hearsay without a source, read like
    `seems`: the subject (with its auxiliary) and the predicate after the adverb, two spans
    and no speaker, as the corpus marks it. A `reportedly` that another report already
    covers (`Roe reportedly said ...`, or inside a reported clause) adds nothing."""
    if "eportedly" not in text:
        return []  # most articles: no regex call
    inside = _Taken(taken)
    out: list[Candidate] = []
    for m in _REPORTEDLY.finditer(text):
        ss, se = layout.sentences[layout.sentence_index(m.start())]
        stop = _RAISED_END.search(text, m.end(), se)
        rest = _trim_span(text, m.end(), stop.start() if stop else se)
        rest = (rest[0], rest[1] - 1) if text[rest[1] - 1 : rest[1]] == "." else rest
        if len(text[rest[0] : rest[1]].split()) < 3 or not _clause_ok(text, rest):
            continue
        toks = _tokens(text, ss, m.start())
        k = len(toks)
        aux_end = toks[-1][1] if toks and toks[-1][2].lower() in _REPORTEDLY_AUX else None
        subject, _ = _speaker_before(toks, k - 1 if aux_end else k)
        left = (subject[0], aux_end or subject[1]) if subject else (toks[-1][0], aux_end) if aux_end else None
        spans = (left, rest) if left else (rest,)
        if inside.covers(spans[0][0], rest[1]):
            continue  # another report covers it
        out.append(Candidate(spans, kind_of(text, spans), None, (m.start(), m.start() + 10), "reportedly"))
    return out


# A call as a noun, after a determiner, an owner or an adjective: `a call for a ban`,
# `these calls for more troops`, `Roe's renewed call for calm` (not `to call for`, `he
# calls for`: verbs, read by the cue scan).
# (no leading `\b`: it makes the scan three times slower; the word start is checked after)
_CALL_FOR = lazy(re.compile, r"(?:call|plea)s? for (?=[\w“\"$])")
# Matched backwards from the noun: the determiner, owner or adjective before it.
_CALL_FOR_LEFT = lazy(regex.compile,
    r"(?r)(?:^|(?<=[\s(]))(?:(?P<det>[Aa]n?|[Tt]he|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ff]ew|[Mm]any|[Ss]everal|growing|renewed|repeated|new|no|recent)"
    r"|(?P<own>" + _OWNER_WORD + r"(?:\s+" + _OWNER_WORD + r"){0,3}(?:[’']s|s[’'])))"
    r"\s+(?:(?!(?:his|her|their|its)\s)\p{Ll}[\p{Ll}\-]+\s+)?$"
)
# What was called for ends at its clause, or before the sentence's own verb or a new subject.
_CALL_FOR_END = lazy(regex.compile,
    r",[”\"]?\s|;|:|\n|\s(?:[—–―]|--?)|\(|\s(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|did|does|do"
    r"|but|because|after|before|when|while|as|since|if|draws?|and\s+(?:\p{Lu}\w+|he|she|they|the|his|her|\p{Ll}+(?:ed|ing)))\s"
)


_match_start = methodcaller("start")


def _call_for_scan(text: str) -> list[re.Match[str]]:
    """The matches of `_CALL_FOR` in `text`, exactly as its `finditer` gives them: `call`
    and `plea` are found with `str.find` (far cheaper than the pattern, which tries a
    match at every `c` and `p`) and the pattern is matched there. A match holds no
    other `call` or `plea`, so none can overlap."""
    found: list[re.Match[str]] = []
    match = _CALL_FOR.match
    for w in ("call", "plea"):
        p = text.find(w)
        while p != -1:
            m = match(text, p)
            if m is not None:
                found.append(m)
            p = text.find(w, p + 4)
    found.sort(key=_match_start)
    return found


def _call_for(text: str, layout: Layout, taken: Sequence[Candidate]) -> list[Candidate]:
    """`including a call for a ban on new piers`: what was called for is a report, the
    owner (`his call for`, `Roe's call for`) its speaker, else none (the corpus gives the
    source outside the noun phrase). A call inside another report's content stays part
    of that report."""
    if "for " not in text:
        return []
    inside = _Taken(taken)
    out: list[Candidate] = []
    for c in _call_for_scan(text):
        if text[c.start() - 1 : c.start()].isalnum():
            continue  # `recalls for`
        m = _CALL_FOR_LEFT.search(text, max(0, c.start() - 80), c.start())
        if m is None:
            continue
        if inside.covers(m.start(), m.start()):
            continue
        se = layout.sentences[layout.sentence_index(c.end())][1]
        stop = _CALL_FOR_END.search(text, c.end(), se)
        content = _trim_span(text, c.end(), stop.start() if stop else se)
        content = (content[0], content[1] - 1) if text[content[1] - 1 : content[1]] == "." else content
        if not _clause_ok(text, content):
            continue
        det = (m.group("det") or "").lower()
        own = m.span("own") if m.group("own") else m.span("det") if det in ("his", "her", "their", "its") else None
        if own is not None and m.group("own"):
            own = _trim_span(text, own[0], own[1])
            own = (own[0], own[1] - 2) if text[own[1] - 2 : own[1]] in ("'s", "’s") else (own[0], own[1] - 1)
        elif det in ("a", "an"):
            own = _call_maker(text, layout, m.start())
        out.append(Candidate((content,), kind_of(text, (content,)), own, (c.start(), c.end() - 5), "call_for"))
    return out


def _call_maker(text: str, layout: Layout, det: int) -> SpanT | None:
    """`Roe made a plea for calm`, `Roe opened with a call for unity`: the subject of the
    verb that made the call is its speaker."""
    ss = layout.sentences[layout.sentence_index(det)][0]
    toks = _tokens(text, ss, det)
    k = len(toks) - 1
    if k > 0 and toks[k][2] == "with":
        k -= 1
    if k < 1 or not (toks[k][2] in _CALL_VERBS or (toks[k][2].endswith("ed") and toks[k][2].islower())):
        return None
    return _speaker_before(toks, k)[0]


_CALL_VERBS = frozenset("made make makes issued issue issues sounded sound sounds renewed renews repeated repeats".split())


# A turn of a broadcast transcript: `KATE ROE: Why not debate?` (a capitalised name, up
# to four words, and a colon at the start of a paragraph).
_TURN = lazy(regex.compile, r"[^\S\n]*((?:\p{Lu}[\p{Lu}.'’\-]*[^\S\n]+){0,3}\p{Lu}[\p{Lu}.'’\-]+):[^\S\n]+(?=\S)")


def _transcript(text: str, layout: Layout, pats: _Patterns) -> list[Candidate]:
    """The turns of a transcript the article quotes: each reports the rest of its
    paragraph, its label the speaker. One capitalised label alone is an editor's note
    (`UPDATE: ...`, `EMAIL: ...`), so a transcript needs two turns."""
    turns: list[Candidate] = []
    paras = layout.paragraphs
    # a turn's colon is in its paragraph: only the paragraphs that hold one are read
    # (most hold none), found with `str.find`
    colon = text.find(":")
    while colon != -1:
        i = layout.paragraph_index(colon)
        a, b = paras[i]
        colon = text.find(":", b)
        if i == 0 or not text[a : a + 2].isupper():
            continue  # most paragraphs: no regex call
        m = _TURN.match(text, a, b)
        if m is None or m.group(1).casefold() in pats.labels:
            continue
        content = _trim_span(text, m.end(), b)
        if content[1] - content[0] < 3:
            continue
        turns.append(Candidate((content,), kind_of(text, (content,)), m.span(1), (m.end(1), m.end(1) + 1), "transcript"))
    return turns if len(turns) > 1 else []


# What follows a quotation when the writer's own clause takes over: `called the plan
# "a mistake," although he ...`, `"sound" and cast doubt ...`, `"dopey", who ...`.
_TAIL = lazy(regex.compile,
    r"[,;]?\s+(?:although|though|while|who|whom|which|but|even|despite|(?P<and>and\s+(?:he|she|they|I|we|\p{Ll}+ing|\p{Ll}{3,}ed|cast|made|took|gave|went|left|said|told)))\s"
    # the occasion or channel of the words: `"that crap," in an interview with ...`, `on Twitter`
    r"|,?\s+(?P<occasion>(?:in|during|at)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}\-’']+\s+){0,3}?"
    r"(?:interview|statement|speech|appearance|post|tweet|op-ed|letter|email|video)s?\b|on\s+(?:Twitter|Facebook|Instagram)\b"
    # the occasion told as a question or a later act: `"We'll see," when asked ...`,
    # `"not yet," before heading to ...`
    r"|when\s+asked|(?:before|after)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing)\b"
)


_ASIDE = lazy(regex.compile, r"\s(?:[—–]|--?)\s|,\s+(?:who|which|whom|an?|like|the|as|after|when|while|but)\s|\sas\s(?:he|she|they|it|the)\s")


def _stop_at_quote(text: str, c: Candidate, quoted: Sequence[QuotedSpan], qstarts: list[int]) -> Candidate:
    """End a forward report at its last quotation when the writer's clause follows it.

    `He said the plan was "a mistake," although he backs it`: the report is what
    leads up to and includes the quotation; the concession after it is the writer's.
    """
    if c.cue is None or c.cue[1] > c.spans[0][0] or len(c.spans) > 1:
        return c
    s, e = c.spans[0]
    i = bisect.bisect_left(qstarts, e) - 1
    if i < 0:
        return c
    q = quoted[i]
    if q.open_mark < s or q.close_end is None or q.close_mark is None or q.close_end >= e:
        return c
    tail = _TAIL.match(text, q.close_end)
    # the comma may sit inside the closing mark: `"a mistake," although`
    if tail is not None and (tail.group().startswith((",", ";")) or text[q.close_mark - 1 : q.close_mark] == "," or tail.group("and") or tail.group("occasion")):
        return attrs.evolve(c, spans=((s, q.close_end),), kind=kind_of(text, ((s, q.close_end),)))
    # a few words on, the writer's aside: `"encouraged" by the plan — a boost for ...`
    aside = _ASIDE.search(text, q.close_end, min(e, q.close_end + 60))
    if aside is None:
        return c
    if any(dash in aside.group() for dash in "—–-"):
        # the dash opens or closes an aside before the clause's own verb: the report runs on
        pair = _DASH_ASIDE.search(text, max(s, aside.start() - 110), e)
        if pair is not None and pair.start() <= aside.start() < pair.end():
            return c
    end = _trim_span(text, s, aside.start())[1]
    return attrs.evolve(c, spans=((s, end),), kind=kind_of(text, ((s, end),)))


# "Mayor Okafor: Budget Is Balanced." as a headline
_LABEL = regex.compile(
    # an `EXCLUSIVE –` kicker may lead, and the name may be followed by whom or where it
    # spoke (`Roe to Nurses:`, `Former Judge Roe at Convention:`, `Roe on Taxes:`)
    r"(?:(?:EXCLUSIVE|Exclusive)[^\S\n]*[–—-][^\S\n]*)?(?P<name>(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}\p{Lu}[\p{L}.'’\-]+)"
    r"(?P<to>[^\S\n]+(?:to|at|on|To|At|On)[^\S\n]+(?:\p{Lu}[\p{L}.'’\-]*[^\S\n]+){0,4}\p{Lu}[\p{L}.'’\-]+)?:[^\S\n]+(?=[\p{L}\p{N}\"“‘'])"
)


_TEASERS = frozenset("wow boom look so just leaked bombshell breaking exclusive watch".split())
# A document that heads the title is its source (`Poll: Roe leads in Ohio.`), though before a
# quotation in the body the same word is a caption label.
_DOCUMENT_LABELS = frozenset("poll polls survey".split())


def _label_colon(text: str, para: SpanT, layout: Layout, pats: _Patterns) -> Candidate | None:
    """A headline that opens with a name and a colon reports what follows, to the end of
    its sentence. A headline label is not a transcript turn (`_transcript` reads those)."""
    a, b = para
    m = _LABEL.match(text, a, b)
    if m is None:
        return None
    a = m.start("name")
    name = m.group("name") if m.group("to") else text[a : m.end()].rstrip().rstrip(":")
    # labels and teasers ("Editor’s Note:", "The Latest:", "BOOM:", "Revealed:") name no speaker
    low = name.casefold().replace("’", "'")
    if (low in pats.labels and low not in _DOCUMENT_LABELS) or low in _TEASERS or name.startswith(("The ", "A ", "An ")) or name.isupper() or low.endswith("ed"):
        return None
    end = min(b, layout.sentences[layout.sentence_index(m.end())][1])
    semi = text.find(";", m.end(), end)
    content = _trim_span(text, m.end(), semi if semi != -1 else end)
    if content[1] - content[0] < 8:
        return None
    content = (content[0], content[1] - 1) if text[content[1] - 1] == "." else content
    colon = m.end("to") if m.group("to") else a + len(name)
    return Candidate((content,), kind_of(text, (content,)), (a, a + len(name)), (colon, colon + 1), "label_colon")




# No news sentence holds this many cues or characters; a "sentence" that does is a
# list, a table or hostile input, and reading each cue against all the later ones
# would make this stage quadratic in it.
_MAX_CUES = 40
_MAX_SENTENCE = 6000
# A token's start offset, the key tokens are bisected by (cheaper than a list of the
# starts built for each sentence: most sentences look up three or four offsets).
_START = itemgetter(0)


def _may_end_object(text: str, a: int, b: int) -> bool:
    """Does text[a:b] hold a character every `_OBJECT_END` match needs? Most stance
    objects run to the sentence end, and these tests cost a fraction of the search."""
    seg = text[a:b]
    return "," in seg or ";" in seg or ":" in seg or "—" in seg or "–" in seg or "(" in seg or "-" in seg


def _sentence(text: str, sent: SpanT, hits: list[re.Match[str]], verbs: list[str | None], pats: _Patterns) -> list[Candidate]:
    """The candidates of the cue `hits` (and their `verb` groups) in the sentence `sent`."""
    ss, se = sent
    if len(hits) > _MAX_CUES or se - ss > _MAX_SENTENCE:
        return []
    # tokens only near the cues: speaker phrases are short, clauses are cut by offset
    # (here and at the other per-cue or per-hit bounds a conditional, not `max`/`min`: on
    # Python 3.11 one such call costs about a thousand instructions, this a few dozen)
    lo = hits[0].start() - 160
    lo = lo if lo > ss else ss
    hi = hits[-1].end() + 70
    toks = _tokens(text, lo, hi if hi < se else se)
    if lo > ss:
        toks.insert(0, (lo, lo, "…"))
    out: list[Candidate] = []
    last_speaker: SpanT | None = None
    first = bisect.bisect_left(toks, hits[0].start(), key=_START)
    for h_i, m in enumerate(hits):
        later = hits[h_i + 1 :]
        end = se
        verb = verbs[h_i]
        if verb in pats.stance:
            # an object, not a clause: it ends at the first comma or dash
            stop = _OBJECT_END.search(text, m.end(), se) if _may_end_object(text, m.end(), se) else None
            end = _object_end(text, stop, se, _FRONTED.match(text, ss) is not None) if stop else se
            if verb in _NAMING:
                end = _label_end(text, m.end(), end)
            else:
                end = _second_predicate(text, m.end(), end)
        if h_i:
            floor = bisect.bisect_left(toks, hits[h_i - 1].end(), key=_START) - 1
            c = _one(text, ss, end, toks, m, verb, bisect.bisect_left(toks, m.start(), key=_START), later, last_speaker, floor, first)
        else:
            # the first cue's token is the one found above
            c = _one(text, ss, end, toks, m, verb, first, later, last_speaker, -1, -1)
        if c is None:
            continue
        if verb in pats.document and not _document_ok(text, c, pats):
            continue
        if c.rule in ("SVC", "S_appos_VC") and _manner_only(text, m.end(), c.spans[0], pats):
            continue
        spk = c.speaker
        if spk is not None and spk[1] - spk[0] == 3 and text[spk[0] : spk[1]] == "who" and _EDITORS_NOTE.match(text, ss):
            continue  # the publisher's disclaimer describes a person ("... who has pledged to ..."), it reports nothing
        out.append(c)
        if spk is not None and (len(out) == 1 or not _nested_speaker(spk, out)):
            last_speaker = spk
    return out


def _nested_speaker(spk: SpanT, out: list[Candidate]) -> bool:
    """Is `spk` inside the report of an earlier cue of the sentence? `Roe said Lee had
    lied and accused him ...`: a later coordinated or participle cue continues Roe, the
    subject outside the report, not Lee, the speaker of a cue nested inside it."""
    return any(a <= spk[0] and spk[1] <= b for c in out[:-1] for a, b in c.spans)


# What a cue's own sentence may add after it that is the writer's, not the speaker's:
# a lone manner adverb (`said dryly.`) or, after a comma, a participle that is no cue
# (`"We won," he said, smiling at the crowd`). Train: 16 false alarms, 4 hits.
_LONE_ADVERB = lazy(regex.compile, r"\p{Ll}+ly[.!?]?")
_PARTICIPLE_AFTER_COMMA = lazy(regex.compile, r"\p{Ll}+ing\s(?!(?:[^\s,;.]+\s){0,5}that\s)")


def _manner_only(text: str, cue_end: int, content: SpanT, pats: _Patterns) -> bool:
    a, b = content
    # a match ends in `y` or `y` and a mark: a test that spares most of the regex calls
    if (text[b - 1 : b] == "y" or text[b - 2 : b] in ("y.", "y!", "y?")) and _LONE_ADVERB.fullmatch(text, a, b):
        return True
    return "," in text[cue_end:a] and _PARTICIPLE_AFTER_COMMA.match(text, a, b) is not None and pats.cue.match(text, a) is None


_OBJECT_AFTER = lazy(regex.compile, r"\s+(?:(?:the|a|an|his|her|their|its|this|these|it|them|him)\b|\p{Lu})")


def _modifies_support(prev: str, after: str) -> bool:
    """Whether the word before `support` makes it the noun: a share with no object after it
    (`with 38 percent support;`, `his 60% support among ...`; `1 percent support the
    Greens` is a verb) or a lower-case modifier (`local`, `much-needed`, `establishment`)
    rather than a subject (`voters`, `they`, `most`), an auxiliary (`would`) or an adverb
    (`strongly`). Train: 15 false alarms (12 with no gold near), 1 hit (its speaker wrong)."""
    p = prev.lower()
    if p == "percent" or p.endswith("%"):
        return _OBJECT_AFTER.match(after) is None
    return prev[:1].islower() and p not in _STOP and p not in _AUX and p not in _SUBJECT_PRONOUNS and p not in _QUANTIFIER_SUBJECTS and not p.endswith(("s", "ly", "ed", "n’t", "n't"))


# What makes the words after a quote's `told`/`asked` a report of their own rather than
# its listener and occasion (`"...," he told the hosts on WNRB.`: train 6 false alarms,
# no hit). The closing mark must be in the cue's sentence: after a quotation that ends
# the sentence before (`..." Pate also told Breitbart News he'd ...`) a report starts.
_QUOTE_BEFORE = lazy(regex.compile, r"[,?!.—-][ ]?(?:[\"”]|'')\s*$")
_TOLD_CLAUSE = lazy(regex.compile, r"\b(?:that|to|whether|if|why|how|what|when|where|who|about)\b|[\"“”]")


# A publisher's note that opens its sentence (`Editor’s note: X is a ... who has pledged
# to ...`): its relative clauses characterise a person, the corpus marks them 2 times in
# 18 on train. A correction note's own reports (`An article ... reported that`) stay.
_EDITORS_NOTE = lazy(regex.compile, r"\s*Editor[’']s\s+[Nn]ote:")


# An object, then the quoted label a `called` gives it: `a spokesman called the report
# "absurd"`, `one senator called Roe "a menace"`. A name given (`a group called Citizens
# for Roe`) has no label after its object, so such a cue is a stance after all.
_LABELED_OBJECT = lazy(regex.compile, r"(?:[^\s,;:.!?\"“”]+[^\S\n]+){1,6}?(?:(?:an?|the|as)[^\S\n]+)?[\"“]")


# Verbs that give something a name or a label: `called the plan "a trap"`.
_NAMING = frozenset("call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling branded branding".split())
# After the label, the writer goes on: `"a clown" on his show`, `"a trap" and left`.
_AFTER_LABEL = lazy(regex.compile, r"[\"”’']\s+(?:and\s+(?!a\s|an\s|the\s)\p{Ll}+ed|on|in|during|while|when)\s")


# A comma at a quotation's closing mark that the object runs on past: `called it a
# "grave error," made by ...`, `a "liar," a "cheat" and a "bully"`.
_QUOTE_COMMA_ON = lazy(regex.compile, r"(?:,[\"”’']|[\"”’'],)[^\S\r\n]+(?:(?!(?:although|though|while|but|even|despite|which|and|or|as|in|who|whom|he|she|they|it|I|we|\p{Ll}+ing|an?|the)\b)\p{Ll}|an?[^\S\r\n]+[\"“])")


# The object goes on past a comma: `praised the plan, including its cost`, `questioned
# whether ..., or whether ...` (an alternative; also `, as well as`), `the rumours about X, that ...` (the
# noun's content clause); past a colon
# that spells it out in lower case: `talked about two issues: jobs and rents`.
_OBJECT_GOES_ON = lazy(regex.compile, r",\s+(?:including|especially|particularly|notably|such\s+as|as\s+well\s+as|or|that)\s|:[^\S\n]+\p{Ll}")
# Two adjectives before one noun (the first known by its suffix): `criticized the reckless,
# slow plan`.
_ADJECTIVE_BEFORE = lazy(regex.compile, r"(?r)\b(?:the|a|an|its|his|her|their|our|\p{L}+[’']s?)\s+\p{Ll}+(?:ous|ive|ful|ic|al|ing|ry|less|ble|ish)$")
# The endings `_ADJECTIVE_BEFORE` reads right before the comma (its `$` may also match
# before a final newline): a word with none of them spares the backward search.
_ADJECTIVE_ENDS = ("ous", "ive", "ful", "ic", "al", "ing", "ry", "less", "ble", "ish")
_ADJECTIVE_AFTER = lazy(regex.compile, r",\s+(?!(?:and|but|or|which|who|as|while|although|though|including)\b)\p{Ll}[\p{L}\-]+\s+\p{Ll}")
# An item of a list that an `and`/`or` closes a few words on: `cited rents, wages and
# jobs`; not a clause (`, but ...`, `, he ...`) nor a name's apposition (`Roe, a lawyer and ...`).
_LIST_ITEM = lazy(regex.compile,
    r",\s+(?!(?:and|but|or|nor|yet|so|while|which|who|whom|whose|although|though|as|when|where|because|if|he|she|they|it|we|I|you|there|this|that)\b)"
    r"(?:[^\s,;:.!?]+,?\s+){0,6}?(?:and|or)\s"
)
_LIST_LAST = lazy(regex.compile, r",\s+(?:and|or)\s(?!(?:he|she|they|it|we|I|you|then|now|also)\b)")
_NAME_BEFORE = lazy(regex.compile, r"(?r)(?:\p{Lu}[\p{L}.\-’']*|\d[\d.]*)$")
_APPOSITION = lazy(regex.compile, r",\s+(?:an?|the)\s")
# An aside, then the cue's own complement: `accused the mayor, who ..., of lying`.
_ASIDE_THEN = lazy(regex.compile, r",\s+(?:who|whose|which|the|an?|\p{Lu})[^,;:.!?\"“”]{0,100}?,\s+(?=(?:of|for|as|to|over|with|from)\s)")
# An adverbial aside between commas inside the object: `called him, among other things,
# a "failed candidate"`, `portrayed the migrants, in particular, as ...`.
_ADVERB_ASIDE = lazy(regex.compile,
    r",\s+(?:in\s+particular|among\s+other\s+things|among\s+others|for\s+(?:example|instance)|(?:at\s+least\s+)?in\s+part|in\s+turn|of\s+course|however|too|also|again),\s+"
)
# A short aside in brackets or between two dashes (no comma in it), or a dash before
# `including`: `called on Sen. Ann Roe (D-Ore.) to resign`, `urged all crews - old and
# new - to stay`.
_BRACKET_ASIDE = lazy(regex.compile, r"\([^()\n]{1,12}\)|\s?(?:[—–]|--?)\s[^—–;:.!?,\n]{1,60}?\s(?:[—–]|--?)\s|\s?(?:[—–]|--?)\s+including\s")
# The words `_OBJECT_GOES_ON`, `_ASIDE_THEN` (or a capital) and `_ADVERB_ASIDE` read after
# their comma and its spaces: after a comma and one space, a word that opens with none of
# them rules the pattern out without its call (most commas; tests check the lists).
_GOES_ON_OPENERS = ("including", "especially", "particularly", "notably", "such", "as", "or", "that")
_ASIDE_OPENERS = ("who", "which", "the", "a")
_ADVERB_OPENERS = ("in", "among", "for", "at", "of", "however", "too", "also", "again")
# A sentence that opens with a subordinate clause: the comma after the object may close it.
_FRONTED = lazy(regex.compile, r"\s*(?:When|If|As|While|After|Before|Although|Though|Because|Since|Unless|Once|Until|Without|Despite|Even\s+as|Even\s+if)\s")


def _object_end(text: str, stop: regex.Match[str] | None, se: int, fronted: bool) -> int:
    """Where a stance cue's object ends: at its first comma, colon or dash, unless the
    object runs on past it: a comma that closes a quotation before more lower-case words
    (`called it a "grave error," made by timid voices`), `, including ...`, a colon before
    lower case, two adjectives (`the reckless, slow plan`), a list (`rents, wages and jobs`)
    or an aside before the cue's complement (`accused Roe, the mayor, of lying`). Lists and
    asides are not read in a sentence that opens with a subordinate clause, whose comma
    they would cross (`When she praised Roe, the crowd booed and left`)."""
    in_list = False
    while stop is not None:
        c = stop.start()
        if text[c] not in ",;:" and (br := _BRACKET_ASIDE.match(text, c)):  # it opens with a bracket, space or dash
            stop = _OBJECT_END.search(text, br.end(), se)
            continue
        if stop.group() not in (",", ":"):
            break
        # (a comma, one space and a word: the openers above are tested before each pattern)
        spaced = text[c] == "," and text[c + 1 : c + 2] == " " and not text[c + 2 : c + 3].isspace()
        if (not spaced or text.startswith(_GOES_ON_OPENERS, c + 2)) and _OBJECT_GOES_ON.match(text, c):
            pass
        elif stop.group() == ":":
            break
        elif (text[c - 1] in "\"”’'" or text[c + 1 : c + 2] in "\"”’'") and _QUOTE_COMMA_ON.match(text, c - 1 if text[c - 1] in "\"”’'" else c):
            pass
        elif (text.endswith(_ADJECTIVE_ENDS, 0, c) or text[c - 1] == "\n") and _ADJECTIVE_BEFORE.search(text, max(0, c - 40), c) and _ADJECTIVE_AFTER.match(text, c):
            pass
        elif fronted:
            break
        elif (in_list and _LIST_LAST.match(text, c)) or (
            _LIST_ITEM.match(text, c) and not (_APPOSITION.match(text, c) and _NAME_BEFORE.search(text, max(0, c - 40), c))
        ):
            in_list = True
        elif (
            (not spaced or text[c + 2 : c + 3].isupper() or text.startswith(_ASIDE_OPENERS, c + 2)) and (aside := _ASIDE_THEN.match(text, c))
        ) or ((not spaced or text.startswith(_ADVERB_OPENERS, c + 2)) and (aside := _ADVERB_ASIDE.match(text, c))):
            stop = _OBJECT_END.search(text, aside.end(), se)
            continue
        else:
            break
        stop = _OBJECT_END.search(text, stop.end(), se)
    return stop.start() if stop else se


def _label_end(text: str, a: int, b: int) -> int:
    """End a naming cue's object after its quoted label when the writer's words follow:
    `called the merger "a bad deal" and left` -> `the merger "a bad deal"`."""
    m = _AFTER_LABEL.search(text, a, b)
    return m.start() + 1 if m else b


# A second predicate of the sentence's subject after a stance cue's object: `endorsed Ann
# Roe and campaigned for her`, `praised the plan but voted against it`. An object has no
# verb of its own, unless a relative or an infinitive opens a clause inside it (`praised
# the crews who stayed and fought`); a dash before `and` opens an aside instead.
_SECOND_PREDICATE = lazy(regex.compile,
    r",?\s(?:and|but)\s+(?:(?:then|also|later|\p{Ll}+ly)\s+)?(?:was|were|has|had|is|are|did|does|said|took|made|gave|went|left|met|told|\p{Ll}{3,}ed)\s"
)
_INNER_CLAUSE = lazy(regex.compile, r"\b(?:who|that|which|whom|where|when|to)\b")


def _second_predicate(text: str, a: int, b: int) -> int:
    """Where a stance cue's object (text[a:b]) ends before the subject's second
    predicate, else b: `criticized Roe and challenged her to a debate` -> `Roe`."""
    if text.find("and", a, b) == -1 and text.find("but", a, b) == -1:
        return b  # both patterns need one of them (most objects hold neither)
    m = _SECOND_PREDICATE.search(text, a, b)
    if m is None or text[m.start() - 1 : m.start()] in "-—–" or _INNER_CLAUSE.search(text, a, m.start()):
        return _second_participle(text, a, b)
    return m.start()


# After a participle cue, `and` + a second participle is the subject's next act (objects4):
# `calling for a ban and carrying signs`, `touting her record and pounding him`. Not when
# the object holds a gerund itself, whose list the second one continues (`blamed Roe for
# raising rents and cutting jobs`), nor after a finite cue (train +4/-1 this way; any
# cue: +7/-12).
# (The object's gerund is `_GERUND`, defined with the parenthetical rules below.)
_SECOND_PARTICIPLE = lazy(regex.compile, r",?\s(?:and|but)\s+(?:(?:then|also|later|\p{Ll}+ly)\s+)?\p{Ll}{3,}ing\s")
_ING_CUE_BEFORE = lazy(regex.compile, r"(?r)\p{Ll}+ing(?:\s+(?:for|on|to|at|about|off|out))?\s*$")


def _second_participle(text: str, a: int, b: int) -> int:
    """Where a participle cue's object (text[a:b]) ends before a second participle, else b."""
    g = _SECOND_PARTICIPLE.search(text, a, b)
    if g is None or text[g.start() - 1 : g.start()] in "-—–" or _INNER_CLAUSE.search(text, a, g.start()) or _GERUND.search(text, a, g.start()):
        return b
    return g.start() if _ING_CUE_BEFORE.search(text, max(0, a - 30), a) else b


_COORDINATED = regex.compile(
    r"(?r)(?:[,;][\"”’']?|\s+(?:and|but))\s+(?:(?:also|then|later|has|have|had|he|she|they|we|I|would|will|did|"
    r"does|not|never|again|repeatedly|even|still|now|quickly|publicly|privately)\s+){0,3}$"
)


# A later cue with a speaker of its own after a comma or `and`: `..., and other
# officials said ...`, `..., the candidate said ...` (matched backwards from the cue).
_NEW_SPEAKER = lazy(regex.compile,
    r"(?r)(?:,|;|\s(?:and|but|while|whereas))\s+(?:(?:which|whom|who)\s+)?(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ther|[Mm]any|[Ss]ome|he|she|they|we|I|[\p{Lu}\d][\w.'’&\-]*"
    # poll shares as speakers: `..., and three-quarters said ...`, `and more than 4 in 10 said`
    r"|most|more|nearly|almost|about|half|fewer|less|only|roughly|two-thirds|three-quarters|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:\s+[\w.'’&\-]+){0,5}?\s+(?:(?:also|has|have|had|would|will|later|then)\s+){0,2}$"
)


# The words `_NEW_SPEAKER` opens with besides a comma or a semicolon.
_NEW_SPEAKER_JOINS = frozenset(("and", "but", "while", "whereas"))


# Where a reported clause usually stops: a new clause that the speaker did not say.
_CLAUSE_END = lazy(regex.compile,
    r";\s|,\s+(?:which|while|but|although)\s|(?<=[”\"])\s(?:[—–]|--?)\s|\s+and\s+(?:has|have|had)\s"
    # a sentence end the segmenter missed before a doubled quote mark: `... stride. ''I felt`
    r"|(?<=[.!?])\s+(?=(?:''|``|[\"“])\p{Lu})"
)


# An aside between two dashes after a quotation, then the clause's own verb: `that
# "every bidder" - including Roe - backed it`.
_DASH_ASIDE_THEN_VERB = (
    r"\s(?:[—–]|--?)\s[^—–;:.!?\n]{1,100}?\s(?:[—–]|--?)\s+"
    r"(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)\s"
)
_DASH_ASIDE = lazy(regex.compile, _DASH_ASIDE_THEN_VERB)


# A clause end that the report runs on past: a `which` aside before the clause's own verb
# (`that the fee, which rose in May, is unfair`), a second `that` clause (`..., but that
# ...`), a contrast inside the report (`..., but not ...`, `..., but rather ...`), an
# `although` before a short phrase between commas (`a firm, although brief, reply`).
_CLAUSE_GOES_ON = lazy(regex.compile,
    r",\s+which\s[^,;:.!?\"“”]{1,120}?,\s+(?:(?:still|also|not|now|only)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|be|remains?|\p{Ll}+ed)\s"
    r"|,\s+but\s+(?:that|not|never|rather|also|only|instead)\s"
    r"|,\s+although\s+[\w\-]+(?:\s[\w\-]+)?,\s"
    r"|" + _DASH_ASIDE_THEN_VERB
)
_QUOTE_OPEN = regex.compile(r"[“\"]")
# Cues of polls and studies, whose findings often set one share against another.
_FINDINGS = frozenset("find finds found finding show shows showed shown".split())
# A relative aside with a cue of its own, closed by a comma before the report's own verb:
# `that the board, which critics say is timid, will resign`. The aside stays in the report.
_RELATIVE_ASIDE = lazy(regex.compile,
    r",\s+(?:which|who)\s[^,;:.!?\"“”]{1,120}?,\s+(?:(?:still|also|not|now|only)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|remains?|\p{Ll}+ed)\s"
)
# A participle clause earlier in the sentence, which a coordinated participle continues.
_PRIOR_PARTICIPLE = re.compile(r",\s+\w+ing\s")


def _may_end_clause(text: str, a: int, b: int) -> bool:
    """Does text[a:b] hold what some `_CLAUSE_END` alternative needs (`;`; `,` and
    `which`, `while`, `but` or `although`; `and` and `has`, `have` or `had`; a quote mark,
    for the look-ahead, which stops at b, or before a dash, which may sit just before a)?
    Three clauses in five hold none, and these substring tests cost a fraction of the search."""
    seg = text[a:b]
    return (
        ";" in seg
        or ("," in seg and ("which" in seg or "while" in seg or "but" in seg or "although" in seg))
        or ("and" in seg and ("has" in seg or "have" in seg or "had" in seg))
        or '"' in seg or "“" in seg or "”" in seg or "''" in seg or "``" in seg
        or (text[a - 1 : a] in ('"', "”") and ("-" in seg or "—" in seg or "–" in seg))
    )


# Where a `_CLAUSE_END` match can start, found with the standard library's `re` once
# `_may_end_clause` lets a clause through: each alternative opens with a literal (the
# mark before a dash or a quote mark, which may sit just before the window), so `re`
# passes over every other character in C; `and` + `has` is looked for apart (a search
# for `\s+` would stop at every space) and sends the search back to the window's start.
# A superset: `re`'s `\s` holds every `regex` `\s`, the capital after a quote mark is not
# tested. The `regex` search then runs from the first candidate, or not at all (nine
# clauses in ten that `_may_end_clause` passes hold no clause end).
_CLAUSE_END_AT = re.compile(
    r";\s|,\s+(?:which|while|but|although)\s|”\s[—–-]|\"\s[—–-]"
    r"|\.\s+(?:''|``|[\"“])|!\s+(?:''|``|[\"“])|\?\s+(?:''|``|[\"“])"
)
_AND_HAS = re.compile(r"and\s+(?:has|have|had)\s")


def _clause_end(text: str, a: int, b: int) -> regex.Match[str] | None:
    """`_CLAUSE_END.search(text, a, b)`, run from its first possible start, if any."""
    if not _may_end_clause(text, a, b):
        return None
    if text.find("and", a, b) != -1 and _AND_HAS.search(text, a, b) is not None:
        return _CLAUSE_END.search(text, a, b)
    at = _CLAUSE_END_AT.search(text, a - 1 if a else 0, b)
    if at is None:
        return None
    s = at.start()
    return _CLAUSE_END.search(text, s if s > a else a, b)


# `Ann and Bo Roe`, `she and her aides`: the subject inside a report that a later cue's
# `and` would otherwise read as a new speaker (not `..., and he said`, `and 60 percent`).
_NAME_AND = lazy(regex.compile, r"(?r)(?:\b(?:she|he|they|we|I)|\p{Lu}[\w.’'\-]*)$")
_AND_NAME = lazy(regex.compile, r" and (?!(?:he|she|they|we|I|it)\b|\d)")
_QUOTE_CLOSE = regex.compile(r"[”\"]")
_NAMED_AFTER = regex.compile(r",[”\"]\s+\p{Lu}")


def _inside_quote(text: str, a: int, b: int) -> bool:
    """Is offset b inside a quotation that opens in text[a:b]? Curly marks pair by
    count; straight marks by parity."""
    seg = text[a:b]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


# A `that` and the adverbial that opens its clause, up to the adverbial's comma: no
# clause ends there, so a later cue's subject after that comma is the clause's own.
_OPENING_ADVERBIAL = lazy(regex.compile,
    r"that(?:,\s*|\s+(?:since|after|before|while|during|in|as|if|when|although|though|because|despite|thanks|with|"
    r"under|given|unless|once|until|without|by|at|on|relative)\b)[^,;:.!?]{0,70}"
)


# A clause that takes the report up again after a mid-sentence attribution.
_REPORT_RESUMES = lazy(regex.compile, r",\s+(?:because|while|but|although|though)\s")


def _new_speaker(text: str, a: int, p: int) -> regex.Match[str] | None:
    """`_NEW_SPEAKER` matched back from the cue at `p`, unless its `and` joins two names
    into one subject of the report's own clause: `that only Ann and Bo Roe backed it`."""
    seg = text[a:p]
    if not ("," in seg or ";" in seg or "and" in seg or "but" in seg or "wh" in seg):
        return None  # the pattern opens with one of these (two windows in three hold none)
    # ... and within the last ten words before the cue (a relative, the subject, five more
    # words and two auxiliaries may follow it): a third of the rest hold none there
    last = seg.rsplit(None, 10)[-10:]
    tail = " ".join(last)
    if "," not in tail and ";" not in tail and _NEW_SPEAKER_JOINS.isdisjoint(last):
        return None
    m = _NEW_SPEAKER.match(text, a, p)
    if m and text.startswith(" and ", m.start()) and _NAME_AND.search(text, max(0, m.start() - 30), m.start()) and _AND_NAME.match(text, m.start()):
        return None
    return m


# A report that so far holds only a subject and its apposition or relative clause: `that
# Mayor Ann Roe, who must sign the deal` (a later cue after the closing comma is the
# clause's own verb, not a new report).
_APPOSED_SUBJECT = lazy(regex.compile,
    r"(?:that[^\S\n]+)?[^,;:!?\"“”\n]{1,60}?,[^\S\n]+(?:who|which|an?|the|\p{Lu}[\w.’'\-]*’s|\p{Lu}[\w.’'\-]*'s)[^\S\n][^,;:!?\"“”\n]{1,120}"
)


def _clip_at_next(text: str, start: int, end: int, later: Sequence[re.Match[str]]) -> int:
    """End a forward clause at a clause boundary (`; `, `, which`) or before a later cue
    that opens a report of its own (`..., saying ...`, `... and added ...`, `..., X said.`)."""
    stop = _clause_end(text, start + 20, end) if start + 20 < end else None  # (an empty window holds none)
    if stop and stop.group().startswith(",") and _QUOTE_OPEN.search(text, stop.end(), end) and not _QUOTE_OPEN.search(text, start, stop.start()):
        # "he got offers, but “the offers were ...”": the quotation is what the report is about
        stop = _clause_end(text, stop.end(), end)
    while stop and _inside_quote(text, start, stop.start()):
        # `that the town "came out broke, but proud," and ...`: the clause end is the speaker's
        close = _QUOTE_CLOSE.search(text, stop.end(), end)
        if close and _NAMED_AFTER.match(text, close.start() - 1):
            return close.end()  # `"..., but proud," Roe said`: the quotation ends the clause
        stop = _clause_end(text, close.end(), end) if close else None
    while stop and (on := _CLAUSE_GOES_ON.match(text, stop.start())):
        stop = _clause_end(text, on.end() if not on.group().startswith((",", ", but")) or on.group().startswith(", which") else stop.end(), end)
    if stop:
        end = stop.start()
    for h in later:
        p = h.start()
        if p <= start:
            continue
        if p >= end:
            break
        lo = p - 60 if p - 60 > start else start
        seg = text[lo:p]
        # (`_COORDINATED` needs a comma, a semicolon, `and` or `but`: half the windows hold none)
        coordinated = _COORDINATED.match(text, lo, p) if "," in seg or ";" in seg or "and" in seg or "but" in seg else None
        m = coordinated or _new_speaker(text, p - 80 if p - 80 > start else start, p)
        verb = h.group("verb") or ""
        if m and m.group() in (" and ", " but ") and verb and text.startswith(verb, p) and _inner_and_verb(text, start, m.start(), verb):
            continue  # `to make a statement and encourage the party ...`: the report's own verb goes on
        if m and m.start() > start:
            if text.startswith("that", start) and (m.start() <= start + 4 or _OPENING_ADVERBIAL.fullmatch(text, start, m.start())):
                # `that, after the vote, the mayor said ...`: the clause's own subject follows;
                # `that while he opposed Roe, ...`: the clause opens with a subordinate of its own
                continue
            if (aside := _RELATIVE_ASIDE.match(text, m.start())) and aside.end() <= end:
                continue  # `the board, which she believes is timid, should resign`: an aside inside the report
            if text.startswith(",", m.start()) and not verb.endswith("ing") and _APPOSED_SUBJECT.fullmatch(text, start, m.start()):
                continue  # `that Ann Roe, who must sign it, has warned ...`: the report's own subject and verb
            return m.start()
        if text[h.end() : h.end() + 1] in (".", ",", "") or h.end() >= end:
            # "..., the minister said.": a comma shortly before a closing cue
            comma = text.rfind(",", max(start, p - 50), p)
            while comma > start and _IN_NUMBER.match(text, comma):
                comma = text.rfind(",", max(start, p - 50), comma)
            if comma > start and not (text.startswith("that", start) and _OPENING_ADVERBIAL.fullmatch(text, start, comma)):
                return comma
    return end


def _one(
    text: str,
    ss: int,
    se: int,
    toks: list[tuple[int, int, str]],
    m: re.Match[str],
    verb: str | None,
    ci: int,
    later: Sequence[re.Match[str]],
    last_speaker: SpanT | None,
    floor: int,
    first_cue: int,
) -> Candidate | None:
    """The candidate of the cue `m` (its `verb` group, its token `ci`), or None."""
    cue_end = m.end()
    if verb is None:  # (`according to`: the cue pattern's other group)
        return _according(text, ss, se, toks, ci, m)
    # `word` is the token before the cue's first auxiliary or adverb (token `k`), `low` its
    # lower case: read once here, and by the walk below, instead of at every rule
    word = toks[ci - 1][2] if ci > 0 else ""
    low = word.lower()
    if low in _NOUN_LEADS:
        if low in ("another", "every", "each") and not verb.endswith(("s", "d", "g")):
            return None  # "In another tweet, ...": a noun, not a cue ("Another said" is one)
        if low in ("have", "has", "had") and verb.endswith("s"):
            return None  # "The two states have claims on the reef": a noun after `have`
    if verb == "support" and ci > 0 and _modifies_support(word, text[cue_end : cue_end + 30]):
        return None  # "38 percent support", "much-needed local support": the noun, no cue
    if word[:1].isdigit() and verb.endswith("ed") and _ADJECTIVE_USE.match(text, cue_end):
        return None  # "a lead of 300 pledged delegates": a participle before its noun, no cue
    # the cue's own auxiliaries and adverbs: "has also said", "would not confirm"
    k = ci
    # (`n’t` and `ly` both end in a letter most words do not end in: one slice test spares two calls)
    while k > 0 and (low in _AUX or (low[-1:] in ("t", "y") and (low.endswith(("n’t", "n't")) or (word.endswith("ly") and word.islower())))):
        k -= 1
        word = toks[k - 1][2] if k > 0 else ""
        low = word.lower()
    # "Smith on Sunday said": a day between the speaker and the cue (`low`: the word the walk stopped at)
    if k > 0 and low in _WHEN_WORDS:
        k -= 2 if k > 1 and toks[k - 2][2].lower() == "on" else 1
        word = toks[k - 1][2] if k > 0 else ""
        low = word.lower()
    cue_start = m.start()
    aux_kept = False  # whether a token in toks[k:ci] is a cue auxiliary or a negation
    if k < ci:
        # the cue keeps its auxiliaries ("has said", "would not confirm"), not its adverbs
        c = k
        while c < ci and toks[c][2].lower() not in _CUE_AUX and not toks[c][2].lower().endswith(("n’t", "n't")):
            c += 1
        if c < ci:
            cue_start = toks[c][0]
            aux_kept = True
    after = _adjunct(text, cue_end, se)
    post = after.end() if after else cue_end
    # one set test for the cues with rules of their own in this stretch (most cues have none)
    special = verb in _ONE_SPECIAL
    if special:
        if verb in _TELL:
            ob = _OBJECT.match(text, post, se) or _THAT_SOON.match(text, post, min(se, post + 90))
            if ob and text.startswith(" and ", ob.end()):
                # "told The Post and Courier that ...": a listener named with `and` runs to the `that`
                ob = _THAT_SOON.match(text, post, min(se, post + 90)) or ob
            if ob:
                post = ob.end()
                after2 = _adjunct(text, post, se)
                post = after2.end() if after2 else post
        if text.startswith(_COMPOUND_HEADS.get(verb, "\0"), cue_end):
            return None  # "270 pledged delegates", "a think tank": part of a noun, not a cue
        if verb == "called" and k > 1 and (toks[k - 2][2].lower() in ("a", "an", "another", "one") or word == "another") and text[post : post + 2].strip()[:1].isupper() and not _LABELED_OBJECT.match(text, post, se):
            return None  # "a group called Citizens for Roe": a name given, not a stance
        if verb in _ASK and _NOT_NAMED.match(text, cue_end):
            return None  # "a neighbor who asked not to be named": anonymity, not a report
        if verb in _ASK:
            # "asked the senator whether ...": the question starts at its wh-word
            wh = _WH.search(text, post, min(se, post + 60))
            if wh:
                post = wh.start()
    while post < se and text[post] in " \t":
        post += 1
    rest = text[post:se].strip()
    ends_here = not rest or rest[0] in ".!?" or (rest[0] in _CLOSERS and len(rest) <= 2)
    if special and verb in _RAISING:
        return _raising(text, se, toks, k, floor, cue_start, cue_end, later)
    passive = verb == "asked" and low in _ASKED_BY
    if passive or (verb == "Asked" and (k == 0 or word in _OPENERS or word == "…")):
        # "Asked about the delay, ...", "she was asked whether ...", "when asked about it":
        # the question, without a speaker (the asker is rarely named)
        if passive:
            # "when asked by a reporter whether ...": the asker, when named, is the source
            asker: SpanT | None = None
            by = _BY.match(text, cue_end, se)
            if by:
                asker, after_i = _speaker_after(toks, bisect.bisect_left(toks, by.end(), key=_START))
                if asker is not None and post < asker[1]:
                    post = toks[after_i][0] if after_i < len(toks) else se
            stop = _OBJECT_END.search(text, post, se)
            end = _clip_at_next(text, post, stop.start() if stop else se, later)
            content = _forward(text, post, end)
            if not _clause_ok(text, content):
                return None
            return Candidate((content,), kind_of(text, (content,)), asker, (cue_start, cue_end), "asked_lead")
        comma = text.find(",", post, se)
        if comma != -1 and (aside := _CLAUSE_GOES_ON.match(text, comma)) and text.startswith(", which", comma):
            # "Asked whether the fee, which rose in May, was fair, ...": the aside is the question's
            comma = text.find(",", aside.end(), se)
        content = _trim_span(text, post, comma) if comma != -1 else (0, 0)
        if comma == -1 or content[1] - content[0] < 3:
            return None
        return Candidate((content,), kind_of(text, (content,)), None, (m.start(), cue_end), "asked_lead")
    prev = word  # toks[k - 1][2], or "" at the sentence start
    prev_be = low in _BE  # "was reported", "is calling": read by several rules below
    # (both closer tests need a closing mark before the cue: tested here, most cues skip the calls)
    if prev == "," or (prev in _CLOSERS and (_comma_closer(toks, k - 1) or _doubled_comma_closer(toks, k - 1))):
        # "CLAUSE, said the spokesman."  /  "Smith, a spokesman, said CLAUSE"
        # (no token starts in the spaces `post` was moved past: the index is the same)
        spk, after_i = _speaker_after(toks, bisect.bisect_left(toks, post, key=_START))
        inverts = (verb in _INVERTING or verb == "say") and not _opens_with_apposition(toks, k) and not _after_forward_say(toks, floor)
        if inverts and spk is not None and (_starts_np(text[spk[0] : spk[1]]) or _inverted_role_name(text[spk[0] : spk[1]])) and (after_i >= len(toks) or toks[after_i][2] in ".,;!?" or toks[after_i][2] in _CLOSERS or toks[after_i][2] in ("who", "whose") or (toks[after_i][2] in _NAME_THEN and _pp_to_end(text[toks[after_i][0] : se].strip(), verb))):
            content = _trim_span(text, ss, toks[k - 1][0] if prev == "," else toks[k - 1][1])
            # a quotation opening the sentence belongs to the quote-mark rules
            if content[1] - content[0] > 2 and (text[content[0]] not in _OPENERS or _quote_then_more(text, content)):
                if after_i < len(toks) and toks[after_i][2] == "," and prev == ",":
                    rest_span = _inverted_rest(text, toks[after_i][0], se, later)
                    if rest_span is not None:
                        return Candidate((content, rest_span), kind_of(text, (content, rest_span)), spk, (cue_start, cue_end), "parenthetical")
                return Candidate((content,), kind_of(text, (content,)), spk, (cue_start, cue_end), "CVS")
            return None
        if "ing" in verb and _PARTICIPLE_CUE.search(verb) and not ends_here:
            cs = _clause_start(text, post, se, verb)
            if cs is None:
                return None
            content = _forward(text, cs, _clip_at_next(text, cs, se, later))
            if _clause_ok(text, content):
                return Candidate((content,), kind_of(text, (content,)), last_speaker or _subject(toks, first_cue) or _head_subject(text, ss, se, toks), (cue_start, cue_end), "participle")
            return None
        if not ends_here and prev == ",":
            # apposition or relative clause between speaker and cue
            spk, _ = _appositive_subject(toks, k - 1, floor)
            if spk is not None:
                cs = _clause_start(text, post, se, verb)
                if spk is not None and cs is not None:
                    content = _forward(text, cs, _clip_at_next(text, cs, se, _own_clause_cues(text, cs, verb, later)))
                    if _clause_ok(text, content):
                        return Candidate((content,), kind_of(text, (content,)), spk, (cue_start, cue_end), "S_appos_VC")
        if prev == ",":
            return _appositive_csv(text, ss, toks, k, floor, rest, verb, (cue_start, cue_end))
        return None
    if prev in ("—", "–", "-") and not ends_here:
        # "Ann Roe — a lawyer for the port — said ...": an apposition between dashes
        # (typed as `-` or `--` too: a lone hyphen token is always a spaced dash)
        kk = k - 1
        while kk > 0 and toks[kk - 1][2] == "-":
            kk -= 1
        j = next((x for x in range(kk - 1, max(0, k - 40), -1) if toks[x][2] == prev), None)
        while j is not None and j > 0 and toks[j - 1][2] == "-":
            j -= 1
        if j is None or _after_quote(toks, j):
            return None
        spk, _ = _speaker_before(toks, j, floor if floor < j else -1)
        cs = _clause_start(text, post, se, verb)
        if spk is None or cs is None:
            return None
        content = _forward(text, cs, _clip_at_next(text, cs, se, _own_clause_cues(text, cs, verb, later)))
        if not _clause_ok(text, content):
            return None
        return Candidate((content,), kind_of(text, (content,)), spk, (cue_start, cue_end), "S_appos_VC")
    if prev in ("and", "but") or (prev == "then" and k > 1 and toks[k - 2][2] in ("and", "but")):
        # "... and noted that ...": a second predicate of the sentence's speaker
        spk0 = _subordinate_subject(toks, k) or last_speaker or _subject(toks, first_cue) or _head_subject(text, ss, se, toks)
        cs = _clause_start(text, post, se, verb)
        if spk0 is None or cs is None or ends_here:
            return None
        if verb.endswith("ing") and not _PRIOR_PARTICIPLE.search(text, max(ss, cue_start - 200), cue_start):
            return None  # "..., calling them liars and vowing to ...": only after a participle of its own
        if _continues_inner_verb(text, toks, k, floor, verb):
            return None  # "hopes to win Ohio and encourage ...": the report before it goes on
        if _NEGATED_SECOND.search(text, cue_start, cue_end) or text.startswith("no ", cs):
            return None  # "... but did not recommend prosecution", "but offered no proof": nothing reported
        content = _forward(text, cs, _clip_at_next(text, cs, se, later))
        if not _clause_ok(text, content):
            return None
        return Candidate((content,), kind_of(text, (content,)), spk0, (cue_start, cue_end), "coordinated")
    ed = verb.endswith("ed")
    # (`by` is matched only where a rule reads it: most cues have no `As` or `be` before them)
    if ed and k == 1 and toks[0][2] in ("As", "as") and (by := _BY.match(text, cue_end, se)) is not None:
        # "As reported by the Gazette, the mill will close."
        comma = text.find(",", by.end(), se)
        if comma == -1:
            return None
        content = _trim_span(text, comma + 1, se)
        source = _trim_span(text, by.end(), comma)
        if not _clause_ok(text, content) or source[1] - source[0] > 60:
            return None
        return Candidate((content,), kind_of(text, (content,)), source, (cue_start, cue_end), "according_to")
    if prev_be:
        by = _BY.match(text, cue_end, se) if ed else None
        if verb in _PASSIVE_RAISING and text.startswith(" to ", cue_end):
            # "The clubs are said to be close to a deal": hearsay without a source, like `seems`
            return _raising(text, se, toks, k - 1, floor, toks[k - 1][0], cue_end, later)
        if verb == "expected" and text.startswith(" to ", cue_end) and _hedged_expectation(text, toks, k - 1, ci, cue_end):
            # "The ruling is widely expected to favour the port": a forecast without a source;
            # a cue after it (`is expected to endorse Roe`) is part of the forecast, not a
            # report by the subject, as the corpus marks it; a cue with a `that` clause keeps
            # the subject as its source (`is expected to announce that ...`)
            own = later[1:] if later and later[0].start() == cue_end + 4 and not text.startswith(" that ", later[0].end()) else later
            return _raising(text, se, toks, k - 1, floor, toks[k - 1][0], cue_end, own)
        if k > 1 and by is None and text.startswith("that ", post):
            # "It was widely reported that ...": hearsay without a source, the `that` clause its content
            j = k - 3 if toks[k - 2][2].lower() in ("has", "have", "had") else k - 2
            if j >= 0 and toks[j][2] in ("it", "It") and (ed or verb == "said"):
                content = _forward(text, post, _clip_at_next(text, post, se, later))
                if _clause_ok(text, content):
                    return Candidate((content,), kind_of(text, (content,)), None, (toks[k - 1][0], cue_end), "it_passive")
                return None
        if ed:
            if by is None:
                return None
            # "The deal was first reported by the Gazette": the subject is what was reported
            j = k - 2 if k > 1 and toks[k - 2][2].lower() in ("has", "have", "had") else k - 1
            subject, _ = _speaker_before(toks, j, floor)
            agent, _ = _speaker_after(toks, bisect.bisect_left(toks, by.end(), key=_START))
            if subject is None or agent is None:
                return None
            return Candidate((subject,), kind_of(text, (subject,)), agent, (cue_start, cue_end), "passive")
    sk = k
    if verb.endswith("ing"):
        # "after years adding ...": a participle needs a comma or a be-auxiliary, except
        # a speech participle with a clause (`made a pitch to voters saying the law ...`)
        if k > 0 and verb in _SAYING and not ends_here and prev[0].isalnum() and low not in _BE and low not in _STOP:
            content = _forward(text, post, _clip_at_next(text, post, se, later))
            if _clause_ok(text, content) and text[post:post + 3].lower() not in ("to ", "so "):
                spk = last_speaker or _before_verb(toks, _subject(toks, first_cue) or _head_subject(text, ss, se, toks))
                if spk is not None and spk[1] > cue_start:
                    spk = (spk[0], toks[k - 1][1])  # the subject phrase ran on into the cue
                return Candidate((content,), kind_of(text, (content,)), spk, (cue_start, cue_end), "participle")
            return None
        if low in _CONTRACTED:
            pass  # "He’s praising ...": the subject carries its `is` (see `_speaker_before`)
        elif not prev_be:
            bare = _bare_participle_speaker(text, ss, se, toks, k, verb, last_speaker, first_cue)
            return _participle_source(text, se, toks, k, floor, post, (cue_start, cue_end), verb, later, bare)
        else:
            sk = k - 1
    elif prev_be and verb.split(None, 1)[0].endswith("ing") and not verb.startswith("talking"):
        # "Clinton is calling for ...": a progressive multi-word cue (`is talking about`
        # names a topic the corpus mostly leaves unmarked: P .4 on train)
        sk = k - 1
    if sk < k:
        # "Ryan also is stressing", "Puerto Rico has been warning": the auxiliaries before `be`
        while sk > 0 and (toks[sk - 1][2].lower() in _AUX or toks[sk - 1][2].lower() in _BE):
            sk -= 1
    spk, before_i = _speaker_before(toks, sk, floor)
    if spk is None:
        if verb in _RELATIVE_THAT_CUES and sk > 1 and toks[sk - 1][2] == "that" and _noun_before_that(toks[sk - 2][2]):
            # "a poll that shows ...", "a message that said ...": a subject relative; the noun
            # phrase it refers to is the source (or the `that` itself when none is found)
            noun, _ = _speaker_before(toks, sk - 1, floor)
            spk, before_i = noun or (toks[sk - 1][0], toks[sk - 1][1]), sk - 2
        if spk is None and sk < k and sk > 1 and toks[sk - 1][2] == ",":
            # "Ann Roe, a lawyer for the port, is urging ...": an apposition before the cue's `be`
            spk, before_i = _appositive_subject(toks, sk - 1, floor)
        if spk is None:
            if k > 1 and prev == "to":
                return _to_cue(text, ss, se, toks, k, post, (cue_start, cue_end), verb, later, last_speaker, first_cue)
            return None
    # (no auxiliary before the cue: toks[k:ci] were read by the walk above, toks[sk:k] are read here)
    if (sk == ci or not (aux_kept or (sk < k and any(toks[x][2].lower() in _CUE_AUX or toks[x][2].lower().endswith(("n’t", "n't")) for x in range(sk, k))))) and _noun_cue(text, toks, before_i, spk, verb, cue_end):
        return None  # "a state plan", "his latest remarks": agreement makes the cue a noun
    if verb in ("know", "mean", "see", "guess") and text.startswith(",", cue_end) and text[spk[0] : spk[1]].lower() in ("you", "i", "we"):
        return None  # "You know, ...": a filler, not a report
    # the token before the speaker, read by most rules below ("" at the sentence start)
    bword = toks[before_i][2] if before_i >= 0 else ""
    blow = bword.lower()
    if blow in _HYPOTHETICAL and text[spk[0] : spk[1]].lower() in ("you", "i", "we"):
        return None  # "If you believe the polls, ...", "Do you think ...": a supposition, no report
    if verb == "called" and text.startswith(("a ", "an ", "A ", "An "), spk[0]) and not text.startswith(("for", "on"), post) and not _LABELED_OBJECT.match(text, post, se):
        return None  # "a group called Sandy Hook Promise": a name given, not a stance
    if verb in _TELL and before_i >= 0:
        # "CLAUSE, his friend told the Daily Gazette.": the named listener ends the attribution
        whom = _NAMED_LISTENER.match(rest)
        if whom and _ends_attribution(rest[whom.end() :].lstrip(" ")):
            rest = rest[whom.end() :].lstrip(" ")
    if before_i >= 0 and (bword == "," or (bword in _CLOSERS and (_comma_closer(toks, before_i) or _doubled_comma_closer(toks, before_i)))) and (_ends_attribution(rest) or (_pp_to_end(rest, verb) and text[spk[0] : spk[1]].lower() not in _RELATIVES)):
        # "CLAUSE, X said."  /  "CLAUSE, X said Monday, adding ..."
        content = _trim_span(text, ss, toks[before_i][0] if bword == "," else toks[before_i][1])
        if rest.startswith(",") and _fronted_adverbial(text, content):
            pass  # "In May, she said, the port reopened": the report is what follows the cue
        elif content[1] - content[0] > 2 and (text[content[0]] not in _OPENERS or _quote_then_more(text, content)) and not _led_in_quote(text, content):
            if bword == "," and _REPORT_RESUMES.match(rest):
                # "The pier is safe, she said, because the crews checked it.": the report
                # goes on after its attribution (a `, and` there is mostly the writer's)
                tail = _trim_span(text, post + text[post:se].index(",") + 1, se)
                if _clause_ok(text, tail):
                    spans: tuple[SpanT, ...] = (content, tail)
                    return Candidate(spans, kind_of(text, spans), spk, (cue_start, cue_end), "parenthetical")
            return Candidate((content,), kind_of(text, (content,)), spk, (cue_start, cue_end), "CSV")
        else:
            return None
    if before_i == 0 and bword == "As" and rest.startswith(","):
        # "As the Gazette reported, the mill will close."
        content = _trim_span(text, post + 1, se)
        if _clause_ok(text, content):
            return Candidate((content,), kind_of(text, (content,)), spk, (cue_start, cue_end), "according_to")
        return None
    if before_i > 0 and blow == "as" and (toks[before_i - 1][2] == "," or _comma_closer(toks, before_i - 1)) and (_ends_attribution(rest) or _pp_to_end(rest, verb)):
        # "CLAUSE, as the paper reported.", "CLAUSE, as Roe wrote in her blog.", and a
        # clause that ends in a quotation and its comma: 'The pier is "a gift," as Roe said.'
        closer = toks[before_i - 1]
        content = _trim_span(text, ss, closer[0] if closer[2] == "," else closer[1])
        if content[1] - content[0] > 2 and (text[content[0]] not in _OPENERS or _quote_then_more(text, content)):
            return Candidate((content,), kind_of(text, (content,)), spk, (cue_start, cue_end), "CSV")
        return None
    if before_i > 0 and rest.startswith(",") and (_comma_closer(toks, before_i) or _doubled_comma_closer(toks, before_i)):
        # 'Those who read the "gossip pages," he said, end up ...': a parenthetical
        # attribution after a quotation that closes inside the writer's clause
        halves = _quote_parenthetical(text, ss, toks[before_i][1], post, se)
        if halves is not None:
            return Candidate(halves, kind_of(text, halves), spk, (cue_start, cue_end), "parenthetical")
    # (a closing mark before the speaker, or its comma, is what `_after_quote` looks for)
    if ends_here or ((bword == "," or bword in _CLOSERS) and _after_quote(toks, before_i + 1) and not _after_title(toks, before_i, rest)):
        return None  # '"...," Trump said, repeating a line': the quote-mark rules own this cue
    if bword == "," and rest.startswith(","):
        # "The plan, he said, will fail."
        c1 = _after_dash(text, _trim_span(text, ss, toks[before_i][0]))
        c2 = _trim_span(text, post + text[post:se].index(",") + 1, se)
        # 'Later that night, she said, "..."' is the quote-mark rules' SVQ, not a parenthetical
        # ... unless the quotation only starts the clause: 'The rules, they said, "all agree" on it'
        if c1[1] - c1[0] > 2 and _GERUND.match(text, c2[0], c2[1]) and not _FINITE.search(text, c2[0], c2[1]):
            # '"...," she said, referencing the plan': a participle clause of its own, not the report's rest
            return Candidate((c1,), kind_of(text, (c1,)), spk, (cue_start, cue_end), "CSV")
        if c1[1] > c1[0] and (_clause_ok(text, c2) or _BY_MEANS.match(text, c2[0], c2[1]) or (text.startswith("by ", c2[0]) and text[c1[1] - 2 : c1[1]] == "ed")) and (text[c2[0]] not in _OPENERS or (text[c2[0] + 1 : c2[0] + 2].islower() and _quote_then_more(text, c2))):
            return Candidate((c1, c2), kind_of(text, (c1, c2)), spk, (cue_start, cue_end), "parenthetical")
        return None
    # (the verb tests are the first tests of `_relative_naming` and `_about_topic`)
    if verb in _LABELLING:
        relative = _relative_naming(text, toks, before_i, post, se, verb)
        if relative is not None:
            return Candidate(relative, kind_of(text, relative), spk, (cue_start, cue_end), "relative_naming")
    if verb in _ABOUT_VERBS:
        topic = _about_topic(text, post, se, verb, later)
        if topic is not None:
            return Candidate((topic,), kind_of(text, (topic,)), spk, (cue_start, cue_end), "SV_about")
    cs = _clause_start(text, post, se, verb)
    if cs is None:
        return None
    end = _clip_at_next(text, cs, se, _own_clause_cues(text, cs, verb, later) if later else later)
    if verb in _FINDINGS and text.startswith((", while ", " while "), end):
        # "a poll found 28 percent back Roe, while 23 percent back Lee": the contrast is
        # the finding's own, and so are the cues of its shares (`23 percent favored`)
        end = _clip_at_next(text, end + 1, se, ())
    if bword == "," and text[spk[0] : spk[1]] in ("which", "who"):
        # "The union, which endorsed Roe in May, said ...": the relative clause ends at its comma
        comma = text.find(",", cs, end)
        end = comma if comma != -1 else end
    content = _forward(text, cs, end)
    # (the first tests of `_subordinate_end` and `_what_called_end`, made here: most reports skip both)
    if blow in _SUBORDINATORS or bword == "which":
        content = _subordinate_end(text, toks, before_i, content)
    if text.startswith("what", content[0], content[1]):
        content = _what_called_end(text, content)
    if not _clause_ok(text, content):
        return None
    if not aux_kept and _subject_head(text, ss, spk, content):
        return None
    if verb in _THAT_ONLY and not text.startswith("that ", content[0]):
        return None  # "Clinton maintains a wide lead": a report only with its `that` clause
    if special and (verb in _TELL or verb in _ASK) and _QUOTE_BEFORE.search(text, max(ss, spk[0] - 6), spk[0]) and not _TOLD_CLAUSE.search(text, content[0], content[1]):
        return None  # '"...," he told a news briefing in Oslo.': the quote's listener, no report
    # (a capital opening the speaker is a name's, and `_not_a_speaker` says no at once)
    if not text[spk[0]].isupper() and _not_a_speaker(text, spk):
        spk = _subject(toks, first_cue) or _head_subject(text, ss, se, toks)
    answer = _ANSWER.match(text, content[0], content[1]) if text.startswith(("yes", "no"), content[0]) else None
    if answer:
        content = answer.span(1)  # "75 percent said yes, but ...": the answer alone
    spans = _gap_relative(text, toks, before_i, content) if bword in _GAP_RELATIVES else (content,)
    return Candidate(spans, kind_of(text, spans), spk, (cue_start, cue_end), "SVC")


# A one-word answer as the whole report, before whatever the sentence goes on with (layout4).
_ANSWER = lazy(regex.compile, r"((?:yes|no)(?:,\s*(?:yes|no)){0,4})(?=\s*[,;.!?)]|\s+(?:while|but|and|when|whereas|compared)\b)")


# A relative pronoun that is the subject of the reported clause: `the fee, which critics
# say is too high, ...`, `what she said was a mistake`. The clause then opens with its verb.
_GAP_RELATIVES = frozenset("which what who that".split())
_GAP_VERB = lazy(regex.compile, r"(?:is|are|was|were|has|have|had|would|will|could|can|should|might|may|must|do|does|did)\b|\p{Ll}+ed\b")
# The sentence's own predicate after the relative clause: `, will stay`, `, was a factor`.
_MAIN_PREDICATE = lazy(regex.compile, r",\s+(?:is|are|was|were|has|have|had|would|will|could|can|should|might|may|must|does|did)\s")


def _gap_relative(text: str, toks: list[tuple[int, int, str]], before_i: int, content: SpanT) -> tuple[SpanT, ...]:
    """`the fee, which critics say is too high, will stay`: in an object relative whose
    reported clause lacks its subject, the pronoun stands for that subject and is the
    report's first part, as the corpus marks it (`which` and `is too high`); the clause
    ends at its first comma, where the sentence's own predicate resumes."""
    if before_i < 0 or toks[before_i][2] not in _GAP_RELATIVES or not _GAP_VERB.match(text, content[0], content[1]):
        return (content,)  # `What we know is ...` (capitalised) is the writer's cleft, no relative
    main = _MAIN_PREDICATE.search(text, content[0], content[1])
    if main:
        content = _trim_span(text, content[0], main.start())
    return (toks[before_i][0], toks[before_i][1]), content


# `The plan, he said, by cutting fares, ...`: a means after a parenthetical attribution is
# the report's rest, as is the agent of a passive (`would be aided, he said, by ...`) (layout4)
_BY_MEANS = regex.compile(r"by\s+\p{Ll}+ing\s")


def _quote_parenthetical(text: str, ss: int, close: int, post: int, se: int) -> tuple[SpanT, SpanT] | None:
    """`Those who read the "gossip pages," he said, end up in a debate.`: the clause that
    holds the quotation and the clause after the attribution are one report in two parts,
    as with `The plan, he said, will fail.`. The quotation must open inside the writer's
    clause (one that opens the sentence is the quote-mark rules'), and a participle after
    the attribution (`, referring to ...`) is a report of its own."""
    first = _after_dash(text, _trim_span(text, ss, close))
    if first[1] - first[0] < 3 or text[first[0]] in _OPENERS or text.startswith(("''", "``"), first[0]):
        return None
    second = _trim_span(text, post + text[post:se].index(",") + 1, se)
    lead = text[second[0] : second[1]].split(None, 2)[:2]
    if not _clause_ok(text, second) or text[second[0]] in _OPENERS or any(w.endswith("ing") for w in lead):
        return None  # `, again using ...`: the writer's participle, not the report's rest
    return first, second


# A negated second predicate (`but did not recommend ...`, `and never called ...`).
_NEGATED_SECOND = lazy(regex.compile, r"\b(?:not|never)\b|n[’']t\b")


# Conjunctions opening a clause of its own, with its own subject, inside a sentence.
_CLAUSE_OPENERS = frozenset("when because while although though whereas".split())


def _subordinate_subject(toks: list[tuple[int, int, str]], k: int) -> SpanT | None:
    """`The crowd cheered when Roe spotted a sign and asked ...`: a cue after `and` that
    goes on a subordinate clause (no comma between) shares that clause's subject."""
    for u in range(k - 2, max(0, k - 30), -1):
        w = toks[u][2]
        if w in (",", ";", ":", "—", "–", "(", ")") or w in _OPENERS or w in _CLOSERS:
            return None
        if w in _CLAUSE_OPENERS:
            spk, after = _speaker_after(toks, u + 1)
            if spk is not None and after >= k - 1:
                # the phrase read on into the verb (`when Roe climbed onto ...`): keep the name
                after = next((j for j in range(u + 1, k - 1) if not toks[j][2][:1].isupper()), k - 1)
                spk = (toks[u + 1][0], toks[after - 1][1]) if after > u + 1 else None
            if spk is None or after >= k - 1 or not _starts_np(toks[u + 1][2]) or not toks[after][2].islower():
                return None
            return spk
    return None


_SAY_PAST = frozenset("said told".split())
_INFINITIVE = re.compile(r"(?:\bto|\bwould|\bwill|\bcould|\bcan|\bshould|\bmust|’d|'d)\s+\w")
_AND_BEFORE = re.compile(r"(?<=[\w.)])\s+(?:and|but)\s+$")


def _own_clause_cues(text: str, cs: int, verb: str, later: Sequence[re.Match[str]]) -> Sequence[re.Match[str]]:
    """`Roe said the group is neutral and supports both sides`: a present-tense verb after
    `and` in a past-tense report (or a past one in a present report: `Roe says he called
    Lee and asked ...`) is the reported clause's own second predicate, not the speaker's
    next cue. So is a base form after `and` once an infinitive or a modal has opened the
    clause: `he'd sit Roe down and tell him ...`, `to stand up for them and defend ...`."""
    if not later:
        return later  # a sentence's last cue (most cues)
    past = verb in _SAY_PAST or verb.endswith("ed")
    present = verb.endswith("s") and not verb.endswith("ss")
    kept = []
    for h in later:
        w = h.group("verb") or ""
        p = h.start()
        lo = p - 6 if p - 6 > cs else cs
        # (the pattern needs an `and` or a `but` in these six characters: most cues have neither)
        if p > cs and ("and" in text[lo:p] or "but" in text[lo:p]) and _AND_BEFORE.search(text, lo, p):
            if " " not in w and not text.startswith("to ", cs) and ((past and not w.endswith(("ed", "ing")) and w not in _SAY_PAST) or (present and w.endswith("ed"))):
                continue
            if not w.split()[0].endswith(("s", "ed", "ing")) and w.split()[0] not in IRREGULAR_PAST and _INFINITIVE.search(text, cs, p):
                continue  # `to stand up for them and defend ...`: a second infinitive
        kept.append(h)
    return kept


# An infinitive or a modal and its verb with at least one word after it, in the report
# before a coordinated cue: `to make a statement ...`, `would follow the senator ...`.
_INNER_VERB = lazy(regex.compile,
    r"\b(?:to|would|will|could|should|can|must|may|might)[^\S\n]+"
    r"[“\"]?(?!(?:and|the|an?|his|her|their|its|this|that|these|those|our|your|my|them|him|me|us|it|all|each|every|some|any|no)\b)[\p{Ll}\-]+[^\S\n]+(?!and\b)\S"
)


def _continues_inner_verb(text: str, toks: list[tuple[int, int, str]], k: int, floor: int, verb: str) -> bool:
    """`Roe hopes to make a statement and encourage the party ...`: a bare verb after
    `and` cannot share the earlier cue's subject when that cue is inflected; it goes on
    an infinitive or a modal inside the earlier cue's report, which the corpus marks as
    one report (the bare verb is no cue of its own)."""
    if toks[k - 1][2] not in ("and", "but") or not text.startswith(verb, toks[k][0]):
        return False
    # with no earlier cue the infinitive may open the sentence's own predicate:
    # `Roe plans to sell the farm and move ...` (coord5)
    return _inner_and_verb(text, toks[floor][1] if floor >= 0 else toks[0][0], toks[k - 1][0], verb)


def _inner_and_verb(text: str, a: int, conj: int, verb: str) -> bool:
    """Is `verb` (after the `and` at `conj`) bare, after an infinitive or a modal in text[a:conj]?"""
    word = verb.split(None, 1)[0].lower()
    if word.endswith(("s", "ed", "ing")) or word in IRREGULAR_PAST or text[a:conj].rstrip().endswith(","):
        return False  # `..., and admit that ...`: a comma coordinates the sentence's own verbs
    return _INNER_VERB.search(text, a, conj) is not None


# The last spaced dash of a clause, and a conjunction right after it (matched backwards).
_LAST_DASH = lazy(regex.compile, r"(?r)\s(?:-|--|—|–)\s+(?:(?:and|but)\s+)?")


def _after_dash(text: str, span: SpanT) -> SpanT:
    """`The bill bars waivers - a provision, Roe said, that ...`: the first part of a
    parenthetical report starts after the writer's dash; what comes before is the
    writer's own sentence (the corpus marks only the part after the dash)."""
    a, b = span
    if "-" not in text[a:b] and "—" not in text[a:b] and "–" not in text[a:b]:
        return span
    m = _LAST_DASH.search(text, a, b)
    return (m.end(), b) if m is not None and m.end() < b else span


_FINITE_START = regex.compile(r"(?:is|are|was|were|has|have|had|would|will|could|can|should|might|may|must|do|does|did)\b")
# The first two letters of those verbs: most reports open with none of them (one set test
# instead of the pattern call; tests check the set).
_FINITE_HEADS = frozenset("is ar wa we ha wo wi co ca sh mi ma mu do di".split())
_SUBJECT_PRONOUNS = frozenset("he she they we i it you who which".split())


def _subject_head(text: str, ss: int, spk: SpanT, content: SpanT) -> bool:
    """`The big question is whether ...`, `Gun rights advocates have started ...`: a cue
    word that closes the noun phrase opening the sentence and is followed by a finite
    verb heads the sentence's subject; it is a noun, not a verb of saying (a verb there
    would need a subject of its own for the clause, as in `which critics say is ...`)."""
    if text[ss : spk[0]].strip(" \t\n\"“”'‘’") or text[spk[0] : spk[1]].lower() in _SUBJECT_PRONOUNS:
        return False
    a = content[0]
    return text[a : a + 2] in _FINITE_HEADS and _FINITE_START.match(text, a, content[1]) is not None
# Nouns that make a cue word part of a compound noun: `pledged delegates`, `think tank`.
_COMPOUND_HEADS = {"pledged": " delegate", "think": " tank"}
# Cues that report in the SVC layout only with a `that` clause (train: `maintain` with a
# noun object is keeping a lead or a pace, P .2).
_THAT_ONLY = frozenset("maintain maintained maintains maintaining".split())
# Perception verbs report a view only in `X sees Y as Z` (the corpus marks `Y as Z`).
_AS_ONLY = frozenset("see sees saw seeing regards cast casts casting painted paints framed frames".split())
# The cues `report` screens word by word (the headline cues are all capitalised, so the
# cue word itself tells that the text is).
_SCREENED_CUES = _HEADLINE_CUES | _AS_ONLY | {"reports", "compared"}
_AS_OBJECT = lazy(regex.compile, r"\s(?!as\b)(?:[\w’'\-]+\s){1,6}?as\s")


# `what the mayor calls "a fair deal"`: an object named in someone's words
_WHAT_CALLED = lazy(regex.compile,
    r"what\s+(?:[\w.’'\-]+\s+){1,5}?(?:(?:has|have|had)\s+)?(?:calls?|called|dubs?|dubbed|terms?|termed|labels?|labell?ed|describes?\s+as|described\s+as|refers?\s+to\s+as|referred\s+to\s+as)"
    r"\s+(?:(?:it|them)\s+)?(?:(?:as|a|an|the|its|his|her|their)\s+)?[\"“]([^\"“”\n]{1,120})[\"”]"
)


# `as` may come before a determiner: `what he described as a "relic"`, `whom she
# describes as having "a steady hand"`.
_LABEL_QUOTE = lazy(regex.compile, r"(?:as\s+(?:(?:having|being)\s+)?)?(?:(?:a|an|the|its|his|her|their)\s+)?([\"“])[^\"“”\n]{1,120}[\"”]")


_GERUND = regex.compile(r"(?!including\s|according\s)\p{Ll}+ing\s")
# `revoking them would be unwise`: the -ing word is the subject of a clause the speaker said
_FINITE = lazy(regex.compile, r"\s(?:would|will|is|was|are|were|could|can|should|may|might)\s")


def _what_called_end(text: str, content: SpanT) -> SpanT:
    """`He railed against what he calls the "city cartel" and left`: a report whose
    object opens with `what X calls "..."` ends with that quotation, as the corpus marks it."""
    if not text.startswith("what", content[0], content[1]):
        return content  # the pattern's literal head: no call for the other clauses
    m = _WHAT_CALLED.match(text, content[0], content[1])
    return (content[0], m.end()) if m else content


# Lower-case words right after a label that may go on with its phrase (`"smart" zoning`,
# `"a crank" who ...`), not the writer's adjuncts (`"a crank" in a radio interview`).
_LABEL_RUNS_ON = lazy(regex.compile, r"[^\S\n]+(?!(?:and|but|or|in|on|at|during|while|when|after|before|because|since|as|to|for|last|this|earlier)\b)(?:(who|that|which)\b|\p{Ll})")
_LABEL_PHRASE_END = lazy(regex.compile, r"[,;:!?]|\.(?!\w)|\s(?:[—–]|--?)\s")
_RELATIVES = frozenset("what which whom who".split())
_LABELLING = _NAMING | frozenset("describe describes described describing term terms termed blasted declared".split())


def _relative_naming(
    text: str, toks: list[tuple[int, int, str]], before_i: int, post: int, se: int, verb: str
) -> tuple[SpanT, SpanT] | None:
    """`the marchers, whom he described as "peaceful,"`, `what she calls the "harbour
    cartel"`: a relative pronoun, a speaker and a naming cue with its quoted label. The
    report is the pronoun and the label (two spans), as the corpus marks it."""
    if before_i < 0 or verb not in _LABELLING or toks[before_i][2].lower() not in _RELATIVES:
        return None
    # a stance cue's object stops at a comma, which may sit inside the closing mark
    m = _LABEL_QUOTE.match(text, post, min(len(text), se + 2))
    if m is None:
        return None
    end = m.end()
    on = _LABEL_RUNS_ON.match(text, end, se)
    if on and text[end - 2 : end - 1] not in ",.;:!?" and (on.group(1) or len(text[m.start(1) : end].split()) == 1):
        # `what she calls "smart" zoning for the port`, `whom he called a "crank" who
        # ...`: a one-word label before its noun, or a label with a relative clause, is
        # part of the phrase the speaker is quoted on, which runs to the clause's end
        stop = _LABEL_PHRASE_END.search(text, end, se)
        end = _trim_span(text, m.start(), stop.start() if stop else se)[1]
    return (toks[before_i][0], toks[before_i][1]), (m.start(), end)


_SUBORDINATORS = frozenset("while whereas although though if when as because since after before once unless despite".split())
# The comma at a quotation's end that closes a fronted clause: `"a revolution," the`
_QUOTE_COMMA = lazy(regex.compile, r"(?:,[\"”’']|[\"”’'],)\s")


# Without quotation marks, the comma before the main clause's subject closes the
# fronted clause: `While Roe says the plan works, the council ...`, `..., she ...`.
_MAIN_CLAUSE = lazy(regex.compile,
    r",\s+(?:he|she|they|we|I|it|the|a|an|his|her|their|its|\p{Lu}"
    # a quantifier or a bare plural and its verb (layout4): `, even some allies ...`, `, drivers rushed`
    r"|(?:even\s+)?(?:some|many|most|few|both|all)\s|\p{Ll}+s\s+(?:\p{Ll}+ed|are|were|have|had|will|would|can|could)\b)"
)
# Words before a subordinator that still leave its clause in front of the main one.
_CLAUSE_LINKS = frozenset("and but so yet even just only".split())


def _subordinate_end(text: str, toks: list[tuple[int, int, str]], before_i: int, content: SpanT) -> SpanT:
    """`While Roe says the plan is "a fraud," the council backs it`: a report inside a
    fronted subordinate clause ends with the quotation, or else the comma, that closes
    the clause."""
    in_which = before_i > 0 and toks[before_i][2] == "which" and toks[before_i - 1][2].lower() in _PREPOSITIONS
    if before_i < 0 or (toks[before_i][2].lower() not in _SUBORDINATORS and not in_which):
        return content
    if in_which:
        # `And in a year in which most voters say they distrust her, even allies ...`: a
        # relative clause before the main one (layout4); its subject must open the sentence's frame
        before_i = next((x for x in range(before_i - 2, -1, -1) if toks[x][2].lower() in _PREPOSITIONS), -1)
        if before_i < 0 or any(toks[x][2] == "," for x in range(before_i)):
            return content
    if before_i > 0 and toks[before_i - 1][2][:1].isalnum() and toks[before_i - 1][2].lower() not in _CLAUSE_LINKS:
        return content  # `Roe left after Kell said the fee is "peanuts," compared to ...`: no clause to close
    m = _QUOTE_COMMA.search(text, content[0], content[1])
    if m:
        return _trim_span(text, content[0], m.start() + 1)
    if _QUOTE_MARK.search(text, content[0], content[1] + 4):
        return content  # a quotation inside or just after: the quote-mark rules decide
    m = _MAIN_CLAUSE.search(text, content[0], content[1])
    return _trim_span(text, content[0], m.start()) if m else content


# Words that open a sentence's fronted time or place phrase, or a linking adverb.
_FRONTED_HEADS = frozenset(
    """in on at during after before since by for within until over later earlier now then today
    yesterday last this next back and but so still yet""".split()
)


def _fronted_adverbial(text: str, span: SpanT) -> bool:
    """`In the early spring`, `Now`, `And so`: a few words that open the sentence and set
    its time or link it, which a parenthetical attribution follows; no report of their own."""
    words = text[span[0] : span[1]].split()
    return 0 < len(words) <= 5 and words[0].lower() in _FRONTED_HEADS


# Adverbs the speaker walk can stop at: `has always maintained`, `in particular noted`.
_ADVERBS = frozenset("always nevertheless otherwise however instead particular more ever too indeed meanwhile likewise sometimes".split())
# Adjective endings: `a forceful`, `a passing`, `the most telling` never name a speaker.
_ADJECTIVE_END = lazy(regex.compile, r"(?:ful|ous|ive|ing|ic|ible|able|less|ish|ory)$")
_ADJECTIVE_THE = lazy(regex.compile, r"(?:ful|ous|ic|ible|able|less|ish)$")
_TIME_HEADS = frozenset("week weekend month year past day night morning afternoon evening".split())


def _not_a_speaker(text: str, spk: SpanT | None) -> bool:
    """`in a statement credited him for ...`, `last week argued that ...`, `after casting
    doubt on ...`: the words before the cue are an occasion, a time or a participle, not
    its speaker (the sentence's subject is)."""
    if spk is None:
        return False
    words = text[spk[0] : spk[1]].split()
    # (a word opening with a capital or a digit: first letters tested in C, no generator)
    if not words or any(map(str.isupper, map(_FIRST_CHAR, words))) or any(map(str.isdigit, map(_FIRST_CHAR, words))):
        return False
    head = words[-1].lower()
    if len(words) == 1 and head in _ADVERBS:
        return True  # "Clinton has nevertheless called ...": the walk stopped at an adverb
    if 1 < len(words) <= 3 and words[0].lower() in _DETERMINERS and (len(words) == 2 or words[1].lower() in ("more", "most")):
        # "a forceful promise", "his opening remarks", "the most telling claim": an
        # adjective before a cue noun (`the filing`, `the missive` are nouns themselves)
        adjective = _ADJECTIVE_END if len(words) == 3 or words[0].lower() != "the" else _ADJECTIVE_THE
        if adjective.search(head):
            return True
    return head in _MESSAGES or head in _TIME_HEADS or (head.endswith("ing") and len(words) == 1)


# Cue words that are never a base form: past forms without -ed, and `would`.
_PAST_CUES = IRREGULAR_PAST | frozenset("broadcast cast forecast shown swore would".split())
# Subjects that take a plural verb (`police say`) or either form (`the public support`),
# and subjects that agree with anything: a count, a share, a relative, a quantifier.
_PLURAL_SUBJECTS = frozenset("i we you they who which that those these both others police people staff public media clergy personnel men women children folks data majority minority half third rest all none more fewer less several".split())
_SINGULAR_ANY = frozenset("everyone everybody someone somebody nobody anyone anybody one another each either neither".split())
# Words that make a speaker more than one singular head: a count, a coordination, a
# preposition the walk crossed (`voters outside metro New York`), a negation (`cannot`).
_NOT_ONE_HEAD = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands millions percent and or nor & outside within among across around behind inside throughout against like amid cannot".split())
_NOT_ONE_OR_PREPOSITION = _NOT_ONE_HEAD | _PREPOSITIONS
# A word's first character.
_FIRST_CHAR = itemgetter(0)
# Marks that open a clause before a subject (a closing quote mark often ends a title inside one).
_OPENING_MARKS = frozenset(". ! ? : ; — – ( “ ‘ …".split())
# Words that end a noun phrase's modifiers, never a subject: `his latest remarks`, `their own plans`.
_MODIFIER_ENDS = frozenset("his her their its our my your own latest new recent previous former initial such other same".split())
# What may stand right before a subject that opens its clause (after `to Clinton`,
# `surveyed`, `and` the speaker is only the end of a longer subject).
_CLAUSE_OPENERS = frozenset("that because while when whenever if as since although though but so after before until whether where once unless".split())
# Heads that agree with either verb form, or whose form agreement reads apart (I/we/you/they).
_ANY_AGREEMENT = _SUBJECT_PRONOUNS | _PLURAL_SUBJECTS | _SINGULAR_ANY | _QUANTIFIER_SUBJECTS
# Verbs whose object takes a bare infinitive: `heard a guard say`, `let a spokesman explain`.
_CAUSATIVES = frozenset("let lets make makes made help helps helped hear hears heard see sees saw watch watched".split())
# Auxiliaries before a lone lower-case word make it a verb and the cue its object (`has faced ridicule`).
_VERB_BEFORE = frozenset("to not never did does do has have had will would could can should may might must is was are were".split())


def _noun_cue(text: str, toks: list[tuple[int, int, str]], before_i: int, spk: SpanT, verb: str, cue_end: int) -> bool:
    """Whether subject-verb agreement makes the cue a noun (`a state plan`, `Republican
    support was`, `his latest remarks`, `has faced ridicule`, `did not unveil plans`).

    A speaker that ends in a modifier is no subject; a lone lower-case word after an
    auxiliary is a verb when the cue is in -s form or the word ends in -ed. Agreement is
    read only for a speaker that opens its clause (sentence start, a quote or dash, a
    subordinator) and has no count, preposition or coordination in it: a base-form cue
    cannot follow a singular third-person speaker, an -s cue cannot follow a plural one
    or I/we/you/they, unless a `that` clause follows (`Officials says that ...` is a
    typo, not a noun). The caller has made sure no auxiliary stands before the cue; a
    title-case cue (`Officials Say`) is a headline's and is left alone."""
    phrase = text[spk[0] : spk[1]]
    words = phrase.split()
    if not words or not verb[:1].islower():
        return False
    last = words[-1]
    low = last.lower()
    head = verb.split(None, 1)[0]
    s_form = head.endswith("s") and not head.endswith("ss")
    if low in _MODIFIER_ENDS or (last.islower() and low.endswith(("ous", "ical"))):
        return True  # `his latest remarks`, `more ambitious plans`
    before = toks[before_i][2] if before_i >= 0 else "."
    before_low = before.lower()
    if before_low in _VERB_BEFORE:
        return len(words) == 1 and last.islower() and low not in _ANY_AGREEMENT and (s_form or low.endswith("ed"))
    if not s_form and (head.endswith(("ed", "ing")) or head in _PAST_CUES):
        return False  # a past form or a participle agrees with any subject (the last test below, made first)
    # `could buy a state plan`: an indefinite speaker right after a verb is its object
    object_np = words[0].lower() in ("a", "an") and before.islower() and before.isalpha() and before not in _PREPOSITIONS and before not in _NOT_ONE_HEAD and before not in _CAUSATIVES
    if not (before_low in _CLAUSE_OPENERS or before in _OPENING_MARKS or object_np) or text.startswith(" that ", cue_end):
        return False
    # a word with a digit first, an apostrophe or a comma at its end, or that is a count,
    # coordination or preposition (the marks looked up in the phrase, the words in one set)
    if "’" in phrase or "'" in phrase or ("," in phrase and any(w.endswith(",") for w in words)) or any(map(str.isdigit, map(_FIRST_CHAR, words))) or not _NOT_ONE_OR_PREPOSITION.isdisjoint(map(str.lower, words)):
        return False
    if low in _ANY_AGREEMENT:
        return s_form and low in ("i", "we", "you", "they")
    if s_form:
        return last.islower() and low.endswith("s") and not low.endswith(("ss", "us", "is", "ics", "news"))
    if head.endswith(("ed", "ing")) or head in _PAST_CUES:
        return False
    return not low.endswith("s")


def _participle_source(
    text: str,
    se: int,
    toks: list[tuple[int, int, str]],
    k: int,
    floor: int,
    post: int,
    cue: SpanT,
    verb: str,
    later: Sequence[re.Match[str]],
    bare: tuple[str, SpanT | None] | None = None,
) -> Candidate | None:
    """A participle cue with no comma or `be` before it whose speaker the phrase before
    it still gives: `with_participle` or `message_participle` (below), or, from `bare`
    (`_bare_participle_speaker`), a rule name and speaker read otherwise."""
    rule = "with_participle"
    spk = _with_speaker(toks, k, floor)
    if spk is None:
        rule, spk = "message_participle", _message_author(toks, k, floor)
    if spk is None and bare is not None:
        rule, spk = bare
    elif spk is None:
        return None
    cs = _clause_start(text, post, se, verb)
    if cs is None:
        return None
    content = _forward(text, cs, _clip_at_next(text, cs, se, later))
    # "with X calling Y and Z hugging her": the next absolute phrase is not X's
    other = _NEXT_ABSOLUTE.search(text, content[0], content[1]) if rule == "with_participle" else None
    if other is not None:
        content = _trim_span(text, content[0], other.start())
    elif bare is not None and rule == bare[0] and (not text.startswith(" that ", post - 1) or (k < 8 and toks[0][2] in _FRONTED_LEADS) or (k > 1 and toks[k - 1][2].lower() in _ADVERBIAL_LEADS and _time_before(toks, k - 1))):
        # `by denouncing the plan, Roe ...`: an object, not a clause, ends at its comma;
        # so does any content of a phrase opening the sentence (`After saying that ..., Roe`)
        stop = _OBJECT_END.search(text, content[0], content[1])
        if stop is not None:
            content = _trim_span(text, content[0], stop.start())
    if not _clause_ok(text, content):
        return None
    return Candidate((content,), kind_of(text, (content,)), spk, cue, rule)


def _with_speaker(toks: list[tuple[int, int, str]], k: int, floor: int) -> SpanT | None:
    """`..., with the union calling her "a champion"`: an absolute `with` phrase whose
    noun phrase is the speaker of the participle cue at token `k`."""
    spk, _ = _speaker_before(toks, k, floor)
    # the walk back crosses the preposition and leaves it out of the speaker
    w = next((i for i in range(k - 1, max(floor, k - 12), -1) if toks[i][0] == spk[0]), 0) - 1 if spk else -1
    if w < 1 or toks[w][2] != "with" or toks[w - 1][2] not in (",", "—", "–"):
        return None
    return spk


# Things that carry words for their author: `ran an ad calling the deal "a mistake"`.
_MESSAGES = frozenset(
    """ad ads advertisement advertisements commercial commercials statement statements letter
    letters email emails e-mail e-mails tweet tweets video videos post posts message messages
    release memo op-ed column editorial mailer mailers flier fliers flyer flyers""".split()
)


def _message_author(toks: list[tuple[int, int, str]], k: int, floor: int) -> SpanT | None:
    """`The mayor ran a radio ad calling the plan "a trap"`: a participle cue right after
    a message noun reports what the message says; the subject of the verb that put the
    message out (`ran`, `issued`, `released`) is its author and the speaker."""
    if k == 0 or toks[k - 1][2].lower() not in _WRITINGS:
        return None
    # back over a few modifiers to the message's determiner, then its verb
    d = next((i for i in range(k - 2, max(floor, k - 6), -1) if toks[i][2].lower() in _DETERMINERS or not toks[i][2][0].isalnum()), -1)
    v = d - 1
    if d <= floor or toks[d][2].lower() not in _DETERMINERS or v <= floor or not toks[v][2].islower():
        return None
    if not (toks[v][2].endswith("ed") or toks[v][2] in ("ran", "sent", "put", "wrote", "took")):
        return None
    return _speaker_before(toks, v, floor)[0]


# Words before a participle cue that make it the sentence subject's report: a preposition
# of manner or time (`won votes by promising ...`, `after claiming that ...`, `while
# denouncing ...`, `in rejecting ...`) or a verb of spending time (`began urging ...`,
# `kept asking ...`). Measured on train with no comma before the cue: P .73 and .79;
# not `for`, `of`, `on`, `before` (P .3 to .5: `focused on attacking`, `a fan of saying`).
_ADVERBIAL_LEADS = frozenset("by after while in".split())
_ASPECT_LEADS = frozenset("began begun started kept continue continued stopped spent avoided".split())
# Messages and findings that speak for themselves when no verb names their author (`a
# new poll showing ...`, `an item suggesting that ...`): measured P .72 on train.
_WRITINGS = _MESSAGES | frozenset(
    """speech speeches report reports resolution resolutions article articles petition lawsuit
    lawsuits item items story stories survey surveys poll polls data evidence graphics
    remarks""".split()
)


_TIME_UNITS = frozenset("minutes hours days weeks months years minute hour day week month year moments".split())


def _time_before(toks: list[tuple[int, int, str]], i: int) -> bool:
    """`One month after announcing ...`, `But while denouncing ...`: a span of time or
    connectives open the sentence before the lead at token `i`."""
    if 0 < i <= 3 and all(t[2].lower() in _LEAD_WORDS or t[2] == "," for t in toks[:i]):
        return True  # "But while denouncing ...", "Now, after arguing ...": only connectives before it
    return i in (2, 3) and toks[i - 1][2].lower() in _TIME_UNITS and toks[0][2][:1].isupper()


def _bare_participle_speaker(
    text: str,
    ss: int,
    se: int,
    toks: list[tuple[int, int, str]],
    k: int,
    verb: str,
    last_speaker: SpanT | None,
    first_cue: int,
) -> tuple[str, SpanT | None] | None:
    """The rule and speaker of a participle cue with no comma before it, from the word
    before it: `adverbial_participle` (the sentence's subject), `message_participle`
    (the message itself), or None when that word gives no reading."""
    if k == 0:
        return None
    prev = toks[k - 1][2].lower()
    if prev in _ADVERBIAL_LEADS and (k == 1 or _time_before(toks, k - 1)):
        # "After denouncing the tax, Brandt left": the subject follows the phrase's comma
        comma = next((j for j in range(k + 1, min(len(toks), k + 30)) if toks[j][2] == ","), None)
        if comma is not None and comma + 1 < len(toks) and toks[comma + 1][2] in ("which", "who"):
            # "After thanking the crowd, which chanted his name, he left": past the aside
            comma = next((j for j in range(comma + 2, min(len(toks), comma + 30)) if toks[j][2] == ","), None)
        return "adverbial_participle", _before_verb(toks, _subject(toks[comma + 1 :], -1)) if comma is not None else None
    if prev in _ADVERBIAL_LEADS or prev in _ASPECT_LEADS:
        return "adverbial_participle", last_speaker or _before_verb(toks, _subject(toks, first_cue) or _head_subject(text, ss, se, toks))
    if prev in _WRITINGS:
        return "message_participle", _message_phrase(toks, k)
    return None


def _message_phrase(toks: list[tuple[int, int, str]], k: int) -> SpanT | None:
    """The message noun phrase that ends right before token `k`, as its own speaker:
    `a new poll`, `Clinton's op-ed` (not `despite polls`, `cheered at a new survey`).
    None when a verb has the message as its object (`bankrolled ads attacking`, `to defend
    his remarks calling`, `in running ads praising`): the verb's subject is the source,
    and the message is no speaker."""
    i = k - 1
    while i > max(0, k - 5):
        w = toks[i - 1][2]
        if not w[0].isalnum() or _phrase_edge(w.lower()) or w.islower() and (w.endswith("ed") or w in _PAST_VERBS):
            break
        i -= 1
    if i > 0 and toks[i - 1][2].lower() in _DETERMINERS:
        i -= 1
    elif toks[i][2].islower() and toks[i][2].endswith("ing") and i < k - 1:
        return None
    if i > 0:
        w = toks[i - 1][2]
        low = w.lower()
        if low == "to" or w.islower() and w[0].isalpha() and not _phrase_edge(low):
            return None  # "emailed a news article reporting", "helped draft a report defending"
    return toks[i][0], toks[k - 1][1]


def _phrase_edge(low: str) -> bool:
    """A word that ends a message phrase read backwards without being a verb."""
    return low in _STOP or low in _PREPOSITIONS or low in _ADJUNCT_START or low in _PHRASE_LEADS


_FRONTED_LEADS = frozenset("After While In By Despite Since".split())
_PHRASE_LEADS = frozenset("despite alongside including besides".split())


# Past-tense verbs that end a subject read forward (`Roe won the vote by promising ...`).
_PAST_VERBS = frozenset(
    "won kept left began spent made took gave ran got held went came sought brought stood bought paid sent put wrote "
    "told found set led built drew threw cut read spread".split()
)


def _before_verb(toks: list[tuple[int, int, str]], spk: SpanT | None) -> SpanT | None:
    """`spk` cut before its first lower-case past-tense verb: a subject read forward
    runs on over the sentence's verb (`Brandt left the meeting`) when nothing stops it."""
    if spk is None:
        return None
    i = bisect.bisect_left(toks, spk[0], key=itemgetter(0))
    j = i + 1
    while j < len(toks) and toks[j][1] <= spk[1]:
        w = toks[j][2]
        if w.islower() and (w.endswith("ed") or w in _PAST_VERBS):
            return spk[0], toks[j - 1][1]
        j += 1
    return spk


_NEXT_ABSOLUTE = lazy(regex.compile, r"[\s,]+and\s+(?:[\w.’'\-]+\s+){1,6}?\w+ing\b")


_BAD_START = frozenset(
    """than by , . ; : ) ] — – - and or which who whom whose ’s 's itself himself herself
    themselves little nothing""".split()
)
# A cue followed by one of these reports an occasion, not a statement (`said of the move`,
# `said during a panel`, `told a crowd in Ohio`), unless a `that` clause follows.
_ADJUNCT_START = frozenset(
    """of during to with in at on when after before while for from as about upon through
    via amid among following outside inside near against into over under since""".split()
)
# Verbs whose content may be an infinitive: `vowed to fight`, `hopes to win`.
_TO_VERBS = lazy(regex.compile, r"^(?:tell|told|want|plan|seek|sought|intend|vow|pledge|promis|threaten|refus|agre|hop|expect|plan|declin|claim|want|fear|swear|swore)")
_THAT = regex.compile(r"\bthat\b")


def _document_ok(text: str, c: Candidate, pats: _Patterns) -> bool:
    """A document cue (`found`, `shows`) needs a document subject or a `that` clause."""
    if text.startswith("that ", c.spans[0][0]):
        return True
    if c.speaker is None:
        return False
    words = text[c.speaker[0] : c.speaker[1]].lower().split()
    return any(w in pats.document_nouns for w in words)


def _clause_ok(text: str, span: SpanT) -> bool:
    a, b = span
    if b - a < 3:
        return False
    first = text[a:b].split(None, 1)[0].lower()
    if first in _REFLEXIVE:
        # "describes herself as "a reformer"", "calls himself a moderate": a stance on oneself
        return _SELF_STANCE.match(text, a + len(first), b) is not None
    return first not in _BAD_START


_REFLEXIVE = frozenset("himself herself themselves itself myself yourself yourselves ourselves".split())
_SELF_STANCE = lazy(regex.compile, r"\s+(?:as\s|an?\s|[\"“])")


# `about`, `over`, `around` before a number open a subject, not an occasion (layout4).
_ROUGH_COUNT = lazy(regex.compile,
    r"(?:about|over|around|under)\s+(?:half|a\s+(?:third|quarter|fifth|half|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|\d|\$)"
)
# Its first words: a clause that opens with another adjunct word needs no pattern call.
_ROUGH_LEADS = frozenset(("about", "over", "around", "under"))


def _clause_start(text: str, a: int, b: int, verb: str) -> int | None:
    """Where the reported clause starts after the cue, or None for no clause."""
    first = text[a:b].split(None, 1)[0].lower() if b > a else ""
    if first not in _ADJUNCT_START:
        if verb.startswith(_FEELING_VERBS):
            noun = _FEELING_OBJECT.match(text, a, b)
            if noun is not None and noun.group(1) in _FEELING_NOUNS:
                return noun.end()
        return a
    if (first == "to" and _TO_VERBS.match(verb)) or text.startswith(("at least ", "at most "), a):
        return a
    if first in _ROUGH_LEADS and verb not in _ABOUT_VERBS and _ROUGH_COUNT.match(text, a, b):
        return a  # "said about half of the rise was ...": a rough count opens the clause's subject
    m = _THAT.search(text, a, min(b, a + 120))
    return m.start() if m else None


# `expressed concern about the levy`: a stance named by its noun; the corpus marks
# verb, noun and preposition as the cue and only what the stance is about as content.
_FEELING_VERBS = ("express", "voice", "offer", "claim")
_FEELING_OBJECT = lazy(re.compile, r"(?:[a-z][a-z\-]*\s+){0,3}?([a-z]+)\s+(?:about|over|with|for|of|toward|towards|regarding|at|on|in)\s+")
_FEELING_NOUNS = frozenset(
    """concern concerns support opposition interest enthusiasm discomfort condolences admiration
    frustration gratitude regret regrets fondness skepticism scepticism doubt doubts reservation
    reservations outrage anger sympathy solidarity confidence optimism pessimism language defense
    defenses defence defences criticism praise disdain contempt dismay disappointment surprise
    dissatisfaction satisfaction displeasure unease alarm worry worries fear fears hope hopes
    appreciation respect thanks condemnation disgust shock sadness sorrow grief misgivings objection
    objections responsibility credit approval disapproval remorse apprehension caution love affection
    thoughts view views opinion opinions assessment take""".split()
)


# A plural noun right after a participle cue (`pledged delegates`), not an object.
_ADJECTIVE_USE = lazy(re.compile, r" (?!(?:the|this|these|those|his|her|its|their|that|to|as|us|them|himself|herself|themselves|its)\b)[a-z]+s\b")


_RAISING = frozenset("appear appeared appears seem seemed seems".split())
# Passive hearsay cues that raise their subject the same way: `are said to`, `is reported to`.
# Not `is expected to`: the corpus marks it, but a scheduled event ("is expected to meet
# her counterpart") is the writer's agenda, not a report (the seed check holds it out).
_PASSIVE_RAISING = frozenset("said reported".split())
# The cues `_one` tests one by one before its layouts (listeners, questions, compound
# nouns, `called`, raising verbs): one set test lets every other cue skip those tests.
_ONE_SPECIAL = _TELL | _ASK | _RAISING | frozenset(_COMPOUND_HEADS) | {"called"}
# Words before a cue that may make it a noun (`another tweet`, `have claims`).
_NOUN_LEADS = frozenset("another every each have has had".split())
# `is expected to` reports an outcome someone foresees (`is expected to win`, read like
# `seems`; `to endorse Roe`, a cue, like `seemed to dismiss`), and anything hedged
# (`widely`, `not`); a plain scheduled event (`is expected to meet her counterpart`) is
# the writer's agenda (see above). Train: hedged forms 13 of 15; plain outcomes +31 hits,
# 7 false alarms; the scheduled events left out would add 4 hits, 3 false alarms.
_EXPECTATION_HEDGES = frozenset("widely not generally originally isn't isn’t wasn't wasn’t aren't aren’t weren't weren’t".split())


def _hedged_expectation(text: str, toks: list[tuple[int, int, str]], be: int, ci: int, cue_end: int) -> bool:
    """`is widely expected to`, `is not expected to`, or `is expected to` + anything but a
    scheduled event (`to testify` stays out even though its verb is a cue)."""
    if any(toks[j][2].lower() in _EXPECTATION_HEDGES for j in range(be, ci)):
        return True
    return _AGENDA.match(text, cue_end) is None


# Scheduled events: `is expected to meet her counterpart`, `to attend the summit` is the
# writer's agenda, not anyone's forecast (the seed check holds it out; the corpus marks it).
_AGENDA = lazy(regex.compile,
    r" to (?:meet|attend|visit|travel|arrive|gather|hold|host|speak|address|appear|testify|join|"
    r"take\s+part|participate|be\s+(?:in|at|on\s+hand|there|present|joined)|tour|campaign|return|fly|"
    r"deliver|give(?!\s+up)|chair|preside|convene|open|begin|start|kick|resume)\b"
)


def _raising(
    text: str,
    se: int,
    toks: list[tuple[int, int, str]],
    k: int,
    floor: int,
    cue_start: int,
    cue_end: int,
    later: Sequence[re.Match[str]],
) -> Candidate | None:
    """`The senator seemed to dismiss the idea`: an impression without a source; the
    content is the subject and the infinitive, around the cue (as the corpus marks it)."""
    if not text.startswith(" to ", cue_end):
        return _it_seems(text, se, toks, k, floor, (cue_start, cue_end), later)
    subject = _speaker_before(toks, k, floor)[0] or _subject_with_aside(toks, k, floor)
    if subject is None:
        return None
    if later and later[0].start() == cue_end + 4 and later[0].group("verb"):
        # "The senator seemed to dismiss the idea", `dismiss` a cue of its own: the
        # subject is its source and "seemed to dismiss" the cue (the corpus reads it so)
        post = later[0].end()
        after = _adjunct(text, post, se)
        post = after.end() if after else post
        end = _clip_at_next(text, post, se, later[1:])
        if not text.startswith(" that ", post):
            stop = _OBJECT_END.search(text, post, end)
            end = stop.start() if stop else end
        content = _forward(text, post, end)
        if not _clause_ok(text, content):
            return None
        return Candidate((content,), kind_of(text, (content,)), subject, (cue_start, later[0].end()), "seems_cue")
    end = _clip_at_next(text, cue_end, se, later)
    # the impression ends at its clause: `..., despite ...`, `...: At one point ...`
    stop = _RAISED_INFINITIVE_END.search(text, cue_end + 4, end)
    rest = _trim_span(text, cue_end, stop.start() if stop else end)
    if not _clause_ok(text, rest):
        return None
    spans = (subject, rest)
    return Candidate(spans, kind_of(text, spans), None, (cue_start, cue_end), "seems")


def _subject_with_aside(toks: list[tuple[int, int, str]], k: int, floor: int) -> SpanT | None:
    """`The bank, which held rates low, is expected to act`: a raised subject before an
    aside (a relative clause, an apposition, `however`); the subject without the aside
    (the corpus keeps the aside about as often as not; the head alone measured better).
    An aside that opens with a capital is a name in apposition to something before it
    (`another governor who backs Roe, Ann Dale of Kent, appeared ...`): no subject."""
    if k < 3 or toks[k - 1][2] != ",":
        return None
    j = next((x for x in range(k - 2, max(floor, k - 25), -1) if toks[x][2] == ","), None)
    if j is None or not toks[j + 1][2][:1].islower():
        return None
    subject, _ = _speaker_before(toks, j, floor)
    return subject


_RAISED_END = lazy(regex.compile, rf",(?!{_IN_NUMBER_AFTER})|[:;]|" r"\s[—–-]{1,2}\s|\s(?:as|after|when|while|because|despite|though|although|even\s+if|even\s+as)\s")
# An infinitive runs on over a participle after its comma (`seemed to settle the case,
# ending the dispute`; train +4 hits, 1 hit lost, 3 false alarms gone); `reportedly`
# keeps the comma stop (measured worse there).
_RAISED_INFINITIVE_END = lazy(regex.compile, rf",(?!{_IN_NUMBER_AFTER})(?!\s[a-z]+ing\b)|[:;]|" r"\s[—–-]{1,2}\s|\s(?:as|after|when|while|because|despite|though|although|even\s+if|even\s+as)\s")


# Verbs that news inverts after a clause: "..., said the spokesman."
_INVERTING = frozenset(
    """said says added adds wrote writes asked asks explained explains noted notes recalled
    recalls continued continues argued argues insisted insists told tells warned warns
    acknowledged conceded replied replies responded declared""".split()
)


# Words that open a second clause after a comma, never an apposition (layout4).
_CLAUSE_JOINS = frozenset("but and so yet while although though because".split())


def _inverted_rest(text: str, comma: int, se: int, later: Sequence[re.Match[str]]) -> SpanT | None:
    """`Any reading of it, said Ivo Marsh, an expert, would see ...`: after an inverted
    speaker (and at most one apposition), the sentence's own predicate is the report's
    second part (layout4)."""
    more = _MAIN_PREDICATE.search(text, comma, min(se, comma + 150))
    if more is None or (more.start() > comma and regex.search(r"[,;:\"“”]", text[comma + 1 : more.start()])):
        return None
    a = more.start() + 1
    content = _forward(text, a, _clip_at_next(text, a, se, later))
    return content if _clause_ok(text, content) else None


def _after_forward_say(toks: list[tuple[int, int, str]], floor: int) -> bool:
    """`Roe said his band and Ed Burt, a producer, wrote new songs`: after a forward `said`
    earlier in the sentence, a later cue after a comma is no inverted attribution (layout4)."""
    return floor > 0 and toks[floor][2] in ("said", "says", "told") and toks[floor - 1][2][:1].isalnum() and toks[floor - 1][2][:1].isupper()


def _opens_with_apposition(toks: list[tuple[int, int, str]], k: int) -> bool:
    """`Jane Roe, a lawyer for the city, said ...`: the sentence opens with a name and
    an apposition that the comma before the cue closes, so the cue is not inverted."""
    if not toks or toks[0][2] == "…" or not toks[0][2][:1].isupper():
        return False
    if k > 0 and toks[k - 1][2] in _CLOSERS:
        return False  # `In this vote, "...," said X`: the comma closes a quotation
    first = next((j for j in range(1, min(k, 7)) if toks[j][2] == ","), None)
    if toks[0][2].lower() in _PREPOSITIONS or toks[0][2].lower() in _CLAUSE_JOINS:
        # `In nearby Varna, the plant is failing, said X`: an opening adverbial, no name;
        # `In an interview, Ann Roe, a lawyer, said ...`: the name and apposition follow it
        first = next((j for j in range(1, min(k, 12)) if toks[j][2] == ","), None)
        second = next((j for j in range(first + 1, k - 1) if toks[j][2] == ","), None) if first else None
        return second is not None and toks[second + 1][2] not in _CLAUSE_JOINS
    if first is not None and toks[first + 1][2] in _CLAUSE_JOINS:
        return False  # `The mill is open, but it is failing, said X`: a second clause, no apposition
    return first is not None and first < k - 2


def _after_quote(toks: list[tuple[int, int, str]], i: int) -> bool:
    """The speaker phrase at token `i` directly follows a closing quote mark (QSV layout)."""
    j = i - 1
    if j >= 0 and toks[j][2] == ",":
        j -= 1
    if j > 0 and toks[j][2] == "'" and toks[j - 1][2] == "'" and toks[j - 1][1] == toks[j][0]:
        j -= 1  # a doubled apostrophe closes the quotation as one mark: `,'' he said`
    return j >= 0 and toks[j][2] in _CLOSERS and (j == 0 or toks[j - 1][2] in (",", "?", "!", ".", "—"))


_DOUBLE_CLOSE = re.compile("[\"”]")


def _led_in_quote(text: str, span: SpanT) -> bool:
    """`Murphy put it bluntly: "We lost," he said`: a clause that ends with a quotation the
    writer's colon introduces is that quotation with a lead-in; the quote-mark rules
    report the quotation (QSV), and the lead-in is the writer's, not the speaker's."""
    a, b = span
    while b > a and text[b - 1] in ",.":
        b -= 1
    if b - a < 4 or text[b - 1] not in "\"”":
        return False
    o = max(text.rfind("“", a, b - 1), text.rfind('"', a, b - 1))
    if o <= a:
        return False
    j = o
    while j > a and text[j - 1] in " \t":
        j -= 1
    # (a comma lead-in, `telling the paper, "..."`, measured worse on train: the corpus
    # often keeps such a clause as one mixed report)
    return text[j - 1 : j] == ":"


def _quote_then_more(text: str, span: SpanT) -> bool:
    """`"We tested it" on three sites, she said`: a clause that opens with a quotation
    but goes on past it is a mixed report of its own, not the quote-mark rules' QSV."""
    a, b = span
    m = _DOUBLE_CLOSE.search(text, a + 1, min(b, a + 400))
    close = m.start() if m else -1
    if close == -1 or b - close <= 12:
        return False
    # a comma inside the mark goes on in the writer's lower-case words: '"We set the table,"
    # in sharp contrast to past years, says Roe' (not '"We lost," Roe said')
    return text[close - 1] not in ",.?!" or (text[close - 1] == "," and _LOWER_GOES_ON.match(text, close + 1) is not None)


_LOWER_GOES_ON = lazy(regex.compile, r"[^\S\n]*(?!(?:he|she|they|we|i|it|you|said|says|wrote|writes|added|adds|according)\b)\p{Ll}")


def _after_title(toks: list[tuple[int, int, str]], i: int, rest: str) -> bool:
    """`On "Meet the Press," Smith said the plan ...`: the quotation before the speaker
    is a short title, not a QSV quote, when a long clause follows the cue."""
    if len(rest.split(None, 6)) < 6:
        return False
    j = i - 1 if i > 0 and toks[i][2] == "," else i
    return any(toks[x][2] in _OPENERS for x in range(j - 1, max(-1, j - 8), -1))


def _comma_closer(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A closing quote mark after a comma: the comma of `... a "good thing," he said`."""
    return i > 0 and toks[i][2] in _CLOSERS and toks[i - 1][2] in (",", "?", "!")


def _doubled_comma_closer(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A doubled closing mark after a comma, as some newspapers print quotes: the comma of
    `The plan is ''a waste,'' Roe said` (the two apostrophes are two tokens)."""
    if not (i > 1 and toks[i][2] == "'" and toks[i - 1][2] == "'" and toks[i - 1][1] == toks[i][0] and _comma_closer(toks, i - 1)):
        return False
    # the quotation must open inside the writer's clause (`a top priority ''is ...``): one
    # that opens a sentence is a direct quote, and the sentence splitter does not see a
    # sentence start before doubled marks, so the clause would run back over the one before
    for j in range(i - 3, 0, -1):
        if toks[j][2] == "'" and toks[j - 1][2] == "'" and toks[j - 1][1] == toks[j][0]:
            w = toks[j - 2][2] if j > 1 else ""
            return bool(w) and w[-1].isalnum() and not w.endswith(".")
    return False


def _appositive_csv(
    text: str, ss: int, toks: list[tuple[int, int, str]], k: int, floor: int, rest: str, verb: str, cue: SpanT
) -> Candidate | None:
    """`CLAUSE, Ann Roe, a lawyer for the port, said.`: a CSV report whose speaker carries
    an apposition or relative clause between it and the cue; the clause ends at the comma
    (or quotation's comma) before the speaker, and the sentence ends soon after the cue."""
    if not (_ends_attribution(rest) or _pp_to_end(rest, verb) or _SHORT_TAIL.match(rest)):
        return None
    if verb not in _INVERTING and not verb.endswith("ed"):
        return None  # "..., not a senator, would say": a relative's verb, not an attribution
    spk, before = _appositive_subject(toks, k - 1, floor)
    if spk is None or before < 1 or not (toks[before][2] == "," or _comma_closer(toks, before)):
        return None
    content = _trim_span(text, ss, toks[before][0] if toks[before][2] == "," else toks[before][1])
    if content[1] - content[0] <= 2 or _fronted_adverbial(text, content) or _led_in_quote(text, content):
        return None
    if text[content[0]] in _OPENERS and not _quote_then_more(text, content):
        return None  # a quotation opening the sentence belongs to the quote-mark rules
    return Candidate((content,), kind_of(text, (content,)), spk, cue, "CSV")


# A few words of the writer's that end the sentence after the cue: `proclaimed to a crowd.`
_SHORT_TAIL = lazy(regex.compile, r"(?:[^\s,;:\"“”]+\s+){0,8}[^\s,;:\"“”]+[.!?]$")


# Quantifiers that open an inverted speaker: `said one former clerk`, `said several aides`.
_COUNTED = frozenset("one two three four five several another many both".split())


def _starts_np(phrase: str) -> bool:
    """An inverted speaker starts with a name, a determiner or a number: `said the aide`."""
    first = phrase.split(None, 1)[0]
    return first[0].isupper() or first[0].isdigit() or first.lower() in _DETERMINERS or first.lower() in ("he", "she", "they", "we", "i") or first.lower() in _COUNTED


def _inverted_role_name(phrase: str) -> bool:
    """An inverted speaker may open with lower-case role words before a name of two or
    more capitalised words: `said election lawyer Jo Birk`, `said port engineer Ada Lind`."""
    words = phrase.split()
    if not 3 <= len(words) <= 7:
        return False
    i = 0
    while i < len(words) and words[i].isalpha() and words[i].islower() and words[i] not in _STOP:
        i += 1
    if 1 <= i <= 3 and len(words) - i >= 2 and all(w[:1].isupper() for w in words[i:]):
        return True
    # `said former Ohio governor Ed Varn`, `said lobbyist and GOP strategist Carl Denn`:
    # role words mixed with a place or party before a two-word name (layout4)
    return (
        i >= 1
        and len(words) <= 7
        and all(w[:1].isupper() for w in words[-2:])
        and all(w[:1].isupper() or (w.isalpha() and (w not in _STOP or w == "and")) for w in words[i:-2])
    )


def _ends_attribution(rest: str) -> bool:
    """True when what follows the cue closes the sentence: nothing, or `, adding ...`,
    after at most a short place or occasion (`said Tuesday in Paris, noting ...`)."""
    pp = _SHORT_PP.match(rest) if rest[:2] in _SHORT_PP_HEADS else None
    if pp and _CLOSING_TAIL.match(rest, pp.end()):
        return True
    if not rest or rest[0] in ".!?;" or (rest[0] in _CLOSERS and not _OPENS_QUOTE.match(rest)):
        return True
    return rest[0] == "," and _CLOSING_TAIL.match(rest) is not None


# A short place, occasion or topic that ends the attribution's sentence:
# `..., Roe said from her office in Bergen.`, `..., Roe said of the plan.`
_PP_TO_END = lazy(regex.compile, r"(?:in|at|on|to|during|from|outside|near|of|with|about|after|before|via)\s[^,;:.!?\"“”'‘’]{0,40}?\b(?P<word>\w+)[.!?](?=\s|$)")


def _pp_to_end(rest: str, verb: str) -> bool:
    """True when a reporting verb (`said`, `wrote`, `reported`) is followed by one short
    phrase and the sentence end (not an abbreviation's dot: `of Mr. Kim`)."""
    if (verb not in _INVERTING and verb != "reported") or verb in _ASK:
        return False
    m = _PP_TO_END.match(rest)
    return m is not None and m.group("word").lower() not in ABBREVIATIONS


# A straight mark that opens a quotation rather than closing one: `said "local forces" must`
_OPENS_QUOTE = regex.compile(r"[\"']\w")
# A listener named after `told`: `the Daily Gazette`, `Fox News`, `CNN's Jake Park`.
_NAMED_LISTENER = lazy(regex.compile, r"(?:[Tt]he\s+)?\p{Lu}[\w’'&.\-]*(?:\s+(?:of\s+|and\s+)?[\p{Lu}\d][\w’'&.\-]*){0,5}")
_SHORT_PP = regex.compile(r"(?:in|at|on|during|from|outside|near)\s[^,;.!?\"“”]{1,40}(?=,)")
# The first two letters of the words `_SHORT_PP` opens with: what follows most cues starts
# with none of them, and one set test spares the pattern call (tests check the set).
_SHORT_PP_HEADS = frozenset(("in", "at", "on", "du", "fr", "ou", "ne"))
_CLOSING_TAIL = lazy(regex.compile,
    r",\s*(?:adding|noting|saying|according|explaining|arguing|citing|insisting|warning|in\s|at\s|on\s|after\s|before\s|while\s|when\s|as\s|who\s|which\s|because\s|but\s|and\s)"
)


_LEAD_WORDS = frozenset("but and so yet still instead meanwhile however now then later earlier also".split())
# Words opening a fronted phrase that ends at a comma (`Likewise, Roe ...`, `Absent a
# deal, voters ...`, `Last year, she ...`): the subject comes after that comma (coord5).
_FRONTED_OPENERS = frozenset("likewise indeed similarly separately absent along like unlike amid despite after before during since last".split())


def _subject(toks: list[tuple[int, int, str]], first_cue: int) -> SpanT | None:
    """The sentence's subject: the speaker a participle or coordinated cue continues.

    That is the speaker of the sentence's first cue when it has one, else the noun
    phrase opening the sentence after conjunctions and a leading adverbial
    (`Instead, the senator ...`, `On Tuesday, she ...`).
    """
    if first_cue > 0:
        k = first_cue
        while k > 0 and (toks[k - 1][2].lower() in _AUX or toks[k - 1][2].lower().endswith(("n’t", "n't"))):
            k -= 1
        spk, _ = _speaker_before(toks, k)
        if spk is not None:
            return spk
    if not toks or toks[0][2] == "…":
        return None  # the sentence start is outside the token window
    i = 0
    while i < len(toks) and toks[i][2].lower() in _LEAD_WORDS:
        i += 1
    if i < len(toks) and toks[i][2] == ",":
        i += 1
    # "Hours later, the senator ...", "Two days ago, ...": a fronted time phrase
    c = next((j for j in range(i + 1, min(len(toks), i + 5)) if toks[j][2] == ","), None)
    if c is not None and toks[c - 1][2].lower() in ("later", "ago", "earlier", "afterward", "afterwards"):
        i = c + 1
    w = toks[i][2] if i < len(toks) else ""
    if w.lower() in _PREPOSITIONS or w.lower() in _FRONTED_OPENERS or w.endswith(("ly", "ing")) or (w.isupper() and len(w) > 3):
        comma = next((j for j in range(i, min(len(toks), i + 10)) if toks[j][2] in (",", "—", "–")), None)
        if comma is None:
            return None
        i = comma + 1
    spk, _ = _speaker_after(toks, i) if i < len(toks) else (None, i)
    if spk is None:
        spk = _name_then_verb(toks, i)
    if spk is None or not _starts_np(toks[i][2]):
        return None
    return spk


def _name_then_verb(toks: list[tuple[int, int, str]], i: int) -> SpanT | None:
    """`Roe landed himself in trouble by saying ...`: a capitalised name opening the
    clause, then a lower-case past-tense verb; the name is the subject when the words
    after it run on to a preposition (and no other phrase reads as one)."""
    j = i
    while j < len(toks) and j - i < 5 and toks[j][2][:1].isupper() and toks[j][2].lower() not in _STOP:
        j += 1
    if j == i or j >= len(toks) or not toks[j][2].islower() or not toks[j][2].endswith("ed"):
        return None
    return toks[i][0], _drop_stop(toks[j - 1])


def _head_subject(text: str, ss: int, se: int, toks: list[tuple[int, int, str]]) -> SpanT | None:
    """The sentence's opening noun phrase when the token window starts after it."""
    if not toks or toks[0][2] != "…":
        return None
    return _subject(_tokens(text, ss, min(se, ss + 120)), -1)


# After a whole clause and its `, according to X,` what follows is often no more of the
# report: the writer's aside (`..., including one from May`, `..., compared with 25
# percent`, `..., more than twice ...`) or the source's own apposition (`..., a former aide`).
_SOURCE_ASIDE = lazy(re.compile, r"(?:including|compared\s+(?:with|to)|more\s+than|an?)\s")


def _after_source_aside(text: str, before: SpanT, tail: SpanT) -> bool:
    """Is `tail` (after `CLAUSE, according to X,`) an aside rather than the rest of the
    report? Only after a clause of five words or more: a short opening (`At the heart of
    the trouble, according to X, ...`) still needs its verb."""
    return bool(_SOURCE_ASIDE.match(text, tail[0])) and len(text[before[0] : before[1]].split()) >= 5
_APPOSITION_HEAD = lazy(regex.compile, r"(?:an?|including|who|whose|which)\s")
_ENDS_SUBORDINATOR = lazy(regex.compile, r"(?:^|\s)(?:because|since|although|though|while|whereas|if|when|unless)$")


def _according(text: str, ss: int, se: int, toks: list[tuple[int, int, str]], ci: int, m: re.Match[str]) -> Candidate | None:
    """`According to X, CLAUSE` / `CLAUSE, according to X` / `CLAUSE according to X`."""
    cue = m.span("acc")
    # the source runs to the next comma or the sentence end
    comma = text.find(",", m.end(), se)
    src_end = comma if comma != -1 else se
    spk = _trim_span(text, m.end(), src_end)
    spk = (spk[0], spk[1] - 1) if spk[1] > spk[0] and text[spk[1] - 1] in ".!?" else spk
    if spk[1] <= spk[0] or spk[1] - spk[0] > 120 or not any(ch.isalnum() for ch in text[spk[0] : spk[1]]):
        return None  # no source, or only a separator (`according to\x85`): no speaker to name
    head = text[ss : m.start()].strip(" \t,;:—–-\"“”")
    lead = head.lower() in ("", "but", "and", "yet", "so", "also", "still", "however", "but also")
    if lead:
        if comma == -1:
            return None
        content = _trim_span(text, comma + 1, se)
        if not _clause_ok(text, content):
            return None
        return Candidate((content,), kind_of(text, (content,)), spk, cue, "according_to")
    before = _trim_span(text, ss, m.start())
    if before[1] - before[0] < 3:
        return None
    if comma != -1 and text[m.start() - 2 : m.start()].strip() == "," and ((_FRONTED.match(text, ss) and "," not in head) or _ENDS_SUBORDINATOR.search(head)):
        # `While most were minor, according to an aide, two were serious.`, `..., because,
        # according to Roe, the fee would rise`: the clause before is the writer's frame
        # (a fronted clause with a comma of its own has had its main clause: `When ..., it
        # works, according to Roe, head of ...` reports what comes before)
        content = _trim_span(text, comma + 1, se)
        # (not the source's apposition: `according to Ann Roe, a lawyer for the port`)
        if _clause_ok(text, content) and content[1] - content[0] > 15 and not _APPOSITION_HEAD.match(text, content[0]):
            return Candidate((content,), kind_of(text, (content,)), spk, cue, "according_to")
    spans: tuple[SpanT, ...] = (before,)
    if comma != -1 and text[m.start() - 2 : m.start()].strip() == ",":
        tail = _trim_span(text, comma + 1, se)
        if _clause_ok(text, tail) and tail[1] - tail[0] > 15 and not _after_source_aside(text, before, tail):
            spans = (before, tail)
    return Candidate(spans, kind_of(text, spans), spk, cue, "according_to_after")


# Verbs that a bare-infinitive cue continues with the same subject: `went on to say`,
# `continued to insist`, `took to Twitter to say`, `was quick to add` (matched backwards
# from the `to`).
_TO_LEAD = lazy(regex.compile,
    r"""(?rx)(?:\bwent\s+on|\bgo(?:es|ing)?\s+on|\bcontinu(?:e|es|ed|ing)|\bwent\s+out\s+of\s+\w+\s+way
      | \btook\s+to\s+[\w’'\-]+(?:\s+[\w’'\-]+)?|\b(?:was|were|is|are)\s+quick)\s+$"""
)
# Verbs whose object is the speaker of the infinitive: `led some to speculate that ...`.
_TO_CAUSE = frozenset("led leads leading leave leaves leaving left cause caused causes causing prompt prompted prompts prompting".split())


def _to_cue(
    text: str,
    ss: int,
    se: int,
    toks: list[tuple[int, int, str]],
    k: int,
    post: int,
    cue: SpanT,
    verb: str,
    later: Sequence[re.Match[str]],
    last_speaker: SpanT | None,
    first_cue: int,
) -> Candidate | None:
    """`He went on to say that ...`, `Critics were quick to add that ...`: a cue in the
    infinitive after `to`; its speaker is the subject of the verb before (or the object
    of a causative: `led some to wonder whether ...`)."""
    if not verb.islower() or verb.endswith(("ed", "ing")) or (verb.endswith("s") and not verb.endswith("ss")):
        return None  # the infinitive is the base form: `to tell`, never `to tells`
    to = toks[k - 1][0]
    lead = _TO_LEAD.match(text, max(ss, to - 40), to)
    rule = "to_cue"
    if lead is None:
        if not text.startswith("that ", post):
            return None
        rule = "to_cue_that"
    cs = _clause_start(text, post, se, verb)
    if cs is None:
        return None
    content = _forward(text, cs, _clip_at_next(text, cs, se, later))
    if not _clause_ok(text, content) or text[content[0]] in _OPENERS:
        return None  # `went on to say, "..."`: the quotation is the quote-mark rules' SVQ
    if lead is not None:
        # the subject of the leading verb, over its auxiliaries: `polls continue`, `she was quick`
        j = bisect.bisect_left([t[0] for t in toks], lead.start())
        while j > 0 and (toks[j - 1][2].lower() in _AUX or toks[j - 1][2].lower() in _BE):
            j -= 1
        spk = _speaker_before(toks, j)[0]
    else:
        spk = _infinitive_subject(toks, k - 1)
    if spk is None:
        spk = last_speaker or _subject(toks, first_cue) or _head_subject(text, ss, se, toks)
    return Candidate((content,), kind_of(text, (content,)), spk, cue, rule)


_SUBJECT_PRONOUN = lazy(regex.compile, r"(?i)(?:he|she|they|we|I|it)(?=[’']s|[’']re|[’']d|$)")


def _infinitive_subject(toks: list[tuple[int, int, str]], to: int) -> SpanT | None:
    """Who a `to CUE that` infinitive is about, from the few words before its `to`: the
    object of a causative (`led voters to say`), else the nearest subject pronoun or
    name (`she's expected to argue`, `Yellen is likely to stress`), else None."""
    lo = max(0, to - 7)
    for j in range(to - 2, lo - 1, -1):
        if toks[j][2].lower() in _TO_CAUSE:
            return (toks[j + 1][0], toks[to - 1][1]) if to - j <= 5 else None
    for j in range(to - 1, lo - 1, -1):
        w = toks[j][2]
        if not w[0].isalnum():
            return None
        m = _SUBJECT_PRONOUN.match(w)
        if m:
            return toks[j][0], toks[j][0] + m.end()
        if w[0].isupper() and j > 0 and toks[j - 1][2][0].isalnum():
            return _speaker_before(toks, j + 1)[0]
    return None


# What follows `appeared` when it reports a presence, not an impression.
_APPEARED_AT = frozenset(
    """on in at before with as alongside together onstage for during live briefly to from
    after outside inside near under over via""".split()
)
_LIKE_THAT = lazy(regex.compile, r"\s+(?:like|as\s+if|as\s+though|that)\s+")


# Speech verbs whose report may be just a topic: `joked about moving abroad`, `wrote of
# his childhood`, `warned about the deficit`.
_ABOUT_VERBS = frozenset(
    """joked jokes joking complained complains boasted boasts bragged brags talked talks
    spoke speaks wrote writes worried worries warned warns mused muses testified
    tweeted lied lies""".split()
)


def _about_topic(text: str, post: int, se: int, verb: str, later: Sequence[re.Match[str]]) -> SpanT | None:
    """The topic after `about` or `of` of a speech verb (to the first comma or dash),
    or None when there is none or a `that` clause follows (which is the report)."""
    if verb not in _ABOUT_VERBS or not text.startswith(("about ", "of "), post):
        return None
    if _THAT.search(text, post, min(se, post + 120)):
        return None
    a = text.index(" ", post) + 1
    if text[a:se].split(None, 1)[0].lower() in _ADJUNCT_START:
        return None  # "the change the party warned about in its report": the topic came before
    stop = _OBJECT_END.search(text, a, se)
    content = _forward(text, a, _clip_at_next(text, a, stop.start() if stop else se, later))
    return content if _clause_ok(text, content) else None


# Cues whose subject may be a relative `that` (a message or a finding speaking); stance
# verbs stay out (`a super PAC that backed Roe`: P .3 on train).
_RELATIVE_THAT_CUES = frozenset(
    """say says said show shows showed suggest suggests suggested find finds found reveal
    reveals revealed indicate indicates indicated claim claims claimed argue argues argued
    warn warns warned""".split()
)


def _noun_before_that(word: str) -> bool:
    """A word that can head the noun phrase a relative `that` refers to (not `so that`, `said that`)."""
    low = word.lower()
    return word[0].isalnum() and low not in _STOP and low not in _PREPOSITIONS and not low.endswith("ly")


# `seems ready to`, `appeared poised to`, `seemed intent on`: a modal adjective that looks
# ahead to what the subject will do (`seems eager`, a bare mood, stays out: P .46).
_MODAL_ADJECTIVE = lazy(regex.compile,
    r" (?:ready|poised|likely|unlikely|certain|set|willing|unwilling|intent|headed|determined|prepared|reluctant|destined|bound|sure) (?:to|for|on) "
)


def _it_seems(
    text: str, se: int, toks: list[tuple[int, int, str]], k: int, floor: int, cue: SpanT, later: Sequence[re.Match[str]]
) -> Candidate | None:
    """`It seems the vote is lost`, `it appeared likely that ...`: an impression without a
    source and without `to` after an empty `it`; its content is what follows the cue."""
    cue_end = cue[1]
    nxt = text[cue_end : cue_end + 20].split(None, 1)
    if not nxt or nxt[0].lower().strip(",.;:") in _APPEARED_AT or not nxt[0][0].isalpha():
        return None  # "appeared on television", "seemed." report nothing
    subject, _ = _speaker_before(toks, k, floor)
    adj = _MODAL_ADJECTIVE.match(text, cue_end) if subject is None or text[subject[0] : subject[1]] not in ("it", "It") else None
    subject_ = subject or (_subject_with_aside(toks, k, floor) if adj else None)
    if adj is not None and subject_ is not None:
        subject = subject_
        # "The board appeared ready to sign": a forecast of what the subject will do,
        # read like `seemed to`: the subject and the predicate, no speaker
        if later and later[0].start() == adj.end() and text.startswith(" that ", later[0].end()):
            return None  # "seemed ready to say that ...": the cue's clause is the report
        end = _clip_at_next(text, cue_end, se, later)
        stop = _RAISED_END.search(text, cue_end + 1, end)
        rest = _trim_span(text, cue_end, stop.start() if stop else end)
        if not _clause_ok(text, rest):
            return None
        return Candidate((subject, rest), kind_of(text, (subject, rest)), None, cue, "seems")
    if subject is None or text[subject[0] : subject[1]] not in ("it", "It"):
        # (`The senator seemed eager`, subject and predicate, measured P .46 on train: the
        # corpus marks such impressions too unevenly to report them)
        return None
    lead = _LIKE_THAT.match(text, cue_end)
    rest = _trim_span(text, lead.end() if lead else cue_end, _clip_at_next(text, cue_end, se, later))
    if not _clause_ok(text, rest):
        return None
    return Candidate((rest,), kind_of(text, (rest,)), None, cue, "it_seems")
