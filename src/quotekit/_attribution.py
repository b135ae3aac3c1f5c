"""Attribution: match quoted spans to a speaker and a cue with named patterns.

Takes the text, its layout, the quoted spans and the lexicon; gives `Candidate`s
(content spans, kind, speaker span, cue span, rule name) for DIRECT quotes: content
wholly inside quote marks, with the speaker mention as written. Each pattern is a
named rule tried in order (`RULES`); the first that matches a quoted span wins:

- after the quote: QVS `"...," said X`, QSV `"...," X said` (and `according to X`),
  `dash` `"..." - Jane Doe`;
- before it: SVQ `X said: "..."`, `according_to` `According to X, "..."`,
  `lead_in` `X's response: "..."` / `Jane Doe: "..."`, VSQ `Said X, ...: "..."`;
- in the previous paragraph: `SVQ_paragraph` (`X went on to say:` closing it);
- after the previous quote's attribution: `SVQ_participle` (`, adding: "..."`);
- `subject_colon` `Jane Doe went even further: "..."` (a subject, a predicate, a colon).

Two rules give MIXED quotes that the reported-speech stage cannot see, both anchored on
a quotation: `SVQ_run_on` (`X said, "..." until the vote.`: the writer finishes the
sentence) and `mixed_after` (`The plan "is sound. We checked," X said.`: a quotation
that opens mid-clause and holds a sentence end, which the sentence splitter cuts).

Parts the gold standard counts as one quote are joined: the second half of a quote
interrupted by its attribution (`"A," she said. "B."`, rule suffix `+interrupted`; a
second half the writer finishes makes the whole a mixed quote, suffix `+run_on`) and
quote paragraphs with no attribution of their own that continue the previous
paragraph's attributed quote (`+floating_previous_speaker`). docs/rules.md has an
example of each.

It deliberately does not: emit quoted spans it cannot attribute (scare quotes, titles,
slogans); emit quotes that start inside a sentence (`the plan was "dead," he said`:
those are mixed quotes, built by the reported-speech stage); resolve pronouns or
names (the resolver does); find dates and places.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache, partial

import attrs
import regex

from ._lazy import built_on_first_use, lazy
from ._lexicon import Lexicon, trie
from ._marks import QuotedSpan
from ._model import Kind, SpanT
from ._text import ABBREVIATIONS, SPACE_NOT_CRLF, Layout


@attrs.frozen
class Candidate:
    """An attributed statement before resolution: spans into the text only."""

    spans: tuple[SpanT, ...]
    kind: Kind
    speaker: SpanT | None
    cue: SpanT | None
    rule: str


# A word of a speaker phrase: letters/digits with inner dots, apostrophes, hyphens
# ("Sen.", "U.S.", "O'Neill", "17-year-old", "Trump's").
_TOK = r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&\-]*"
# Helpers that may sit between a speaker and the verb: "has said", "later told".
_AUX = (r"(?:has|have|had|would|will|also|later|then|once|previously|recently|again|"
        r"quickly|simply|just|further|often|repeatedly|now|still|finally|earlier|publicly|"
        r"privately|famously|flatly|bluntly|angrily|candidly|succinctly|sarcastically)")
_HSPACE = " \t\u00a0\u2009\u202f"
_MARKS = "\"“”„«»‘’'`‹›"

# The word lists below are closed-class grammar (function words, auxiliaries), not
# domain lexicons, so they live with the grammar that uses them.
# Words that end a speaker phrase read forwards ("said Jane Doe of Acme" -> "Jane Doe").
_STOP_AFTER = frozenset(
    """who whom whose which that of in at on for from to during after before when while as about
    with and but adding referring speaking because where whether than via into over under
    last this earlier later recently yesterday today tonight monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december told said says asked wrote added noting pointing calling according""".split()
)
# Words that cannot start a speaker phrase although capitalised.
_NOT_SPEAKER_START = frozenset(
    """and but so yet or then still also later earlier when while as if because though although once
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    in on at for with from by after before during since until this that these those there here
    it's that's there's what how why where asked last even likewise meanwhile however instead
    therefore thus indeed moreover still now again here outside inside alongside asked despite
    amid among""".split()
)
# Words a speaker phrase read backwards from its verb does not cross ("when she said").
_STOP_BEFORE = frozenset(
    """that when as if because but while after before so then where who which whom whose
    though although since until once how what why than and or nor yet also just later said
    says told asked is was are were be been being has have had do does did not""".split()
)
_DETERMINERS = frozenset(
    """the a an one two three four five six seven eight nine ten some many several few other
    another both all most his her their its our my your this these those each every any no
    such former""".split()
)
# Third-person forms that are more often nouns ("the reports", "his remarks"): they do not
# introduce a quote without a colon or comma.
_NOUN_LIKE = frozenset(
    """reports comments remarks notes states posts quotes answers chants promises vows jokes
    boasts tweets reads pledges warns""".split()
)
# Heads that end a lower-case description of a speaker ("Trump campaign spokesman").
_ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson official aide adviser advisor chief leader chairman
    chairwoman president secretary senator governor candidate nominee campaign team staff press
    manager director analyst strategist pollster expert lawyer attorney source statement""".split()
)
_AUX_WORDS = frozenset(_AUX[3:-1].split("|"))
# Lower-case words that may sit inside a name ("Federico de Jesus", "Blumenthal and Cohen").
_PARTICLES = frozenset("de van von der da del la le bin al of and".split())
# Abbreviations whose dot does not end a speaker span or a sentence.
_ABBREV_END = ABBREVIATIONS | {"rev", "hon", "fr", "msgr", "ltd", "ave", "supt", "insp", "det"}
_PREPOSITIONS = frozenset("to upon of for with in on at by from into about over under as than like".split())
_DOUBLE_MARKS = "\"“”„«»"
# (`regex`'s `\S+` and `[^\S\r\n]` spelt out with `SPACE_NOT_CRLF`: this and the simple
# patterns below run in `re`, which costs a fifth of `regex` per call, with the same matches)
_WORD = re.compile(rf"[^\n\r{SPACE_NOT_CRLF}]+")


@attrs.frozen(eq=False)
class _Patterns:
    according: regex.Pattern[str]
    possessive: regex.Pattern[str]
    dash: regex.Pattern[str]
    np_end: regex.Pattern[str]
    vsq: regex.Pattern[str]
    pronouns: frozenset[str]
    verbs: frozenset[str]
    labels: frozenset[str]
    verb_heads: frozenset[str]
    verb_heads_exact: frozenset[str]
    # The four patterns that hold the speech-verb trie are written and compiled on first
    # use: each trie is some 3,500 characters that `regex` parses in Python, the four were
    # nearly a third of the start-up (`import quotekit` and the first `extract()`), and
    # each is tried only behind a cheap test that many documents never pass (a verb head
    # among the words after or before a quote: `qvs` in one document in seven).
    qvs: regex.Pattern[str]
    qsv: regex.Pattern[str]
    svq: regex.Pattern[str]
    second_cue: regex.Pattern[str]


def _cue_list(verbs: Sequence[str], reverse: bool = False, ignore_case: bool = False) -> str:
    """The speech-verb alternation for a pattern: a trie, or `\\L<verbs>` where a trie
    could order case-blind choices differently (entries that are not ASCII)."""
    if not ignore_case:
        return trie(verbs, reverse)
    if all(v.isascii() for v in verbs):
        return trie({v.lower() for v in verbs}, reverse)  # ASCII case folding is lower()
    return r"\L<verbs>"


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    verbs = tuple(sorted(lexicon["speech_verbs"], key=len, reverse=True))
    pron = frozenset(lexicon["pronouns"])
    return _Patterns(
        according=regex.compile(rf"(?r)\b(?P<cue>[Aa]ccording[^\S\r\n]+to)[^\S\r\n]+(?P<spk>{_TOK}(?:[^\S\r\n]+{_TOK}){{0,7}})[^\S\r\n]*[,:][^\S\r\n]*$"),
        possessive=regex.compile(
            rf"(?r)(?P<spk>{_TOK}(?:[^\S\r\n]+{_TOK}){{0,5}})['’]s?[^\S\r\n]+(?:\p{{L}}+[^\S\r\n]+)?(?P<cue>response|reply|answer|"
            r"statement|message|words|explanation|verdict|take|retort|tweet|comment|advice|warning|"
            r"reaction|assessment|argument|view|pitch|plea|promise|pledge|message|claim|conclusion)[^\S\r\n]*:[^\S\r\n]*$"
        ),
        # "..." - Jane Doe  /  "..." ― President Jane Doe, tweeting after the vote.
        dash=regex.compile(
            r"[^\S\r\n]*(?:\n[\n \t]*)?(?P<cue>[-–—―]{1,2})[^\S\r\n]*(?P<spk>\p{Lu}[\p{L}\p{M}'’.\-]*"
            r"(?:[^\S\r\n]+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|van|von|der|da|del|la|le|bin|al)){0,5})"
            r"[^\S\r\n]*(?:[,(][^\n]{0,160})?(?=\n|$)"
        ),
        vsq=regex.compile(r"(?P<cue>Said|Says|Added|Adds|Wrote|Writes)[^\S\r\n]+(?P<spk>\S)"),
        np_end=regex.compile(rf"(?r)(?:{_TOK}[^\S\r\n]+){{0,11}}{_TOK}[^\S\r\n]*$"),
        pronouns=pron,
        verbs=frozenset(v.lower() for v in verbs),
        labels=frozenset(x.casefold() for x in lexicon.lists.get("quote_labels", ())),
        verb_heads=frozenset(_HEAD_WORD.match(v).group().casefold() for v in verbs),  # type: ignore[union-attr]
        verb_heads_exact=frozenset(_HEAD_WORD.match(v).group() for v in verbs),  # type: ignore[union-attr]
        qvs=built_on_first_use(partial(_qvs, verbs)),
        qsv=built_on_first_use(partial(_qsv, verbs)),
        svq=built_on_first_use(partial(_svq, verbs)),
        second_cue=built_on_first_use(partial(_second_cue, verbs)),
    )


def _qvs(verbs: tuple[str, ...]) -> regex.Pattern[str]:
    """"...," said Jane Doe / "...," said the mayor  (speaker checked in Python)"""
    icue = rf"(?P<cue>{_cue_list(verbs, ignore_case=True)})\b"
    qvs = regex.compile(rf"[^\S\r\n]*,?[^\S\r\n]*{icue}[^\S\r\n]+(?P<spk>{_TOK}(?:[^\S\r\n]+{_TOK}){{0,9}})", regex.I, verbs=verbs, ignore_unused=True)
    # the hot rules read these groups by number (_after_uncached)
    assert qvs.groupindex == {"cue": 1, "spk": 2}
    return qvs


def _qsv(verbs: tuple[str, ...]) -> regex.Pattern[str]:
    """"...," Jane Doe said / "...," Sen. Jane Roe, D-Ore., said / "...," he later told"""
    cue = rf"(?P<cue>{_cue_list(verbs)})\b"
    qsv = regex.compile(
        rf"[^\S\r\n]*,?[^\S\r\n]*(?P<spk>{_TOK}(?:[^\S\r\n]+{_TOK}){{0,9}}?)"
        r"(?:[^\S\r\n]*\([^()\n]{1,40}\))?"  # "Sen. Jane Roe (D-Ore.) said"
        rf"(?:[^\S\r\n]*,[^\"“”„«»;:\n]{{1,160}}?,?)?[^\S\r\n]+(?:{_AUX}[^\S\r\n]+){{0,2}}{cue}",
        verbs=verbs, ignore_unused=True,
    )
    assert qsv.groupindex == {"spk": 1, "cue": 2}  # read by number (_after_uncached)
    return qsv


@cache
def _reverse_cue_list(verbs: tuple[str, ...]) -> str:
    """`_cue_list(verbs, reverse=True)`, built once for `svq` and `second_cue`."""
    return _cue_list(verbs, reverse=True)


def _svq(verbs: tuple[str, ...]) -> regex.Pattern[str]:
    """Jane Doe said: "..." / she told reporters on Monday, "..."  (searched before the quote)"""
    rcue = rf"(?P<cue>{_reverse_cue_list(verbs)})\b"
    svq = regex.compile(
        # the tail may hold a possessive or a number (`said of Roe's plan:`, `wrote to his 20,000 followers,`);
        # (each tail character is matched by one alternative only, so the group is atomic:
        # `regex` then keeps no backtracking state per character. The end is atomic too:
        # giving back its spaces or colon never lets a tail or cue match that failed with
        # all of them (a cue ends in a letter, a tail holds no colon or comma), and each
        # give-back re-ran the whole lazy tail, a third of the pattern's cost)
        rf"(?r)\b{rcue}(?P<tail>[^\S\r\n]+(?>[^{_MARKS},:;!?—–―\n]|(?<=\p{{L}})['’](?=\p{{L}})|(?<=\d),(?=\d{{3}})){{1,120}}?)?(?P<end>(?>[^\S\r\n]*[:,]?[^\S\r\n]*))$", verbs=verbs, ignore_unused=True
    )
    assert svq.groupindex == {"cue": 1, "tail": 2, "end": 3}  # read by number (_lead_in)
    return svq


def _second_cue(verbs: tuple[str, ...]) -> regex.Pattern[str]:
    """`, then told`, `and added later:` at the end of the gap between two quotes.

    (backward, and only tried at the end of the gap by `_back`: a forward search
    tried it at every comma and conjunction of the gap)
    """
    return regex.compile(
        rf"(?r)(?:,|\band|\bthen|\bbefore|\bafter|\bwhile)[^\S\r\n]+(?:then[^\S\r\n]+)?(?:{_reverse_cue_list(verbs)})\b(?:[^\S\r\n]+\p{{Ll}}+ly|[^\S\r\n]+later)?[^\S\r\n]*[:,]?[^\S\r\n]*$", verbs=verbs, ignore_unused=True
    )


# The first word of a speech verb; `qvs` can only match where the word after the quote
# is one of these heads, and this set look-up is far cheaper than the case-blind named
# list (most closing quote marks are followed by no cue at all).
_HEAD_WORD = regex.compile(r"\w*")
_WORD_AFTER = regex.compile(r"[^\S\r\n]*,?[^\S\r\n]*(\w*)")
# `svq` needs a speech verb (case as listed) as a whole word in the lead-in: a quarter
# of lead-ins have none, and their backward search with its lazy tail is the slow part.
_WORDS = regex.compile(r"\w+")
# (`findall`/`finditer` over these word patterns pass `concurrent=False`: by default regex
# lets go of the GIL and takes it back for each match it finds, which cost more than the
# matching on a lead-in's dozen words)


def _verb_word_in(pats: _Patterns, text: str, lo: int, end: int) -> bool:
    """Whether text[lo:end] holds the first word of a speech verb (case as listed) as a
    whole word: what `qsv`, `svq` and `second_cue` need before they can match (their
    verb follows a space or the window's start and ends at a word boundary)."""
    return not pats.verb_heads_exact.isdisjoint(_WORDS.findall(text, lo, end, concurrent=False))


def _back(pat: regex.Pattern[str], text: str, lo: int, end: int) -> regex.Match[str] | None:
    """`pat.search(text, lo, end)` for a backward pattern that ends in `$`.

    Only a match that ends at `end` can succeed (or, when text[lo:end] ends in a line
    break, one that ends before it), so unless the slice ends in a line break the
    search is a match anchored at `end`; the search would go on to fail at `$` at
    every offset back to `lo`, which cost the lead-in rules more than their matching.
    """
    return pat.match(text, lo, end) if text[end - 1 : end] != "\n" else pat.search(text, lo, end)


def _trim_dot(text: str, s: int, e: int) -> int:
    """Drop a sentence-final dot from a speaker span, keeping abbreviations ("Jr.", "J.")."""
    if e - s > 1 and text[e - 1] == ".":
        core = text[s : e - 1].rsplit(None, 1)[-1]
        if not (len(core) <= 2 or "." in core or core.lower() in _ABBREV_END):
            return e - 1
    return e


def _tokens(text: str, s: int, e: int) -> list[SpanT]:
    """Return the whitespace-separated words of text[s:e] as spans."""
    return [m.span() for m in _WORD.finditer(text, s, e)]




def _word(text: str, t: SpanT) -> str:
    return text[t[0] : t[1]]


def _speaker_ok(text: str, toks: Sequence[SpanT], pats: _Patterns, lower_first: bool = False) -> bool:
    """Is this run of words a plausible speaker mention (name, pronoun, description)?

    `lower_first` admits a lower-case role word before a name ("retired surgeon Ann Lee").
    """
    if not toks or len(toks) > 12:
        return False
    first = text[toks[0][0] : toks[0][1]]
    low = first.lower() if len(toks) > 1 else first.lower().rstrip(".,;:")  # "said another."
    if low in pats.pronouns:
        return len(toks) == 1
    if low in _NOT_SPEAKER_START or low in _PREPOSITIONS:
        return False
    if first[0].isupper() or low in _DETERMINERS or first[0].isdigit():
        return True
    return lower_first and len(toks) > 1 and any(text[a].isupper() for a, _ in toks[1:])


def _pronoun(text: str, tok: SpanT, pats: _Patterns) -> SpanT | None:
    """The span of a pronoun word (without trailing punctuation), or None."""
    word = _word(text, tok).rstrip(".,;:")
    return (tok[0], tok[0] + len(word)) if word.lower() in pats.pronouns else None


def _np_forward(text: str, s: int, e: int, pats: _Patterns) -> SpanT | None:
    """Return the speaker phrase at the start of text[s:e] read forwards ("said X ...")."""
    toks = _tokens(text, s, e)
    if not toks:
        return None
    if _pronoun(text, toks[0], pats):  # "said he" -- a pronoun is the whole mention
        return _pronoun(text, toks[0], pats)
    keep: list[SpanT] = []
    for i, (a, b) in enumerate(toks):
        w = text[a:b]
        if i and w.lower().rstrip(".,;:") in _STOP_AFTER:
            break
        if w[0] in "([" or any(mk in w for mk in _DOUBLE_MARKS):
            break
        keep.append((a, b))
        if w[-1] in ",;:)" or (w[-1] == "." and _trim_dot(text, a, b) < b):
            break
    if not keep:
        return None
    # a name ends with a capitalised word: "said Jane Doe laughing" -> "Jane Doe"
    if any(text[a].isupper() for a, _ in keep):
        while len(keep) > 1 and not text[keep[-1][0]].isupper():
            keep.pop()
    if not _speaker_ok(text, keep, pats, lower_first=True):
        return None
    a, b = keep[0][0], keep[-1][1]
    while b > a and text[b - 1] in ",;:)":
        b -= 1
    b = _trim_dot(text, a, b)
    return (a, b) if b > a else None


def _np_backward(text: str, lo: int, end: int, pats: _Patterns) -> SpanT | None:
    """Return the speaker phrase that ends at `end` read backwards ("... X said")."""
    while end > lo and text[end - 1] in _HSPACE:
        end -= 1
    for _ in range(3):
        if end > lo and text[end - 1] == ",":
            # skip an appositive: "Jane Doe, a spokeswoman for Acme, said", but not a
            # fronted phrase: "In Ohio, Gov. Jane Roe (R), said"
            comma = text.rfind(",", max(lo, end - 220), end - 1)
            inner = text[comma + 1 : end - 1].split(None, 1)[:1] if comma >= 0 else []
            if comma < 0 or (inner and inner[0][0].isupper() and inner[0].lower() not in _DETERMINERS):
                end -= 1
                break
            end = comma
    if end > lo and text[end - 1] == ")":
        # "Sen. Jane Roe (D-Ore.)": the parenthesis belongs to the name
        paren = text.rfind("(", max(lo, end - 40), end)
        if paren > lo:
            m = _back(pats.np_end, text, lo, paren)
            return (m.start(), end) if m and _np_backward(text, lo, paren, pats) else None
    m = _back(pats.np_end, text, lo, end)
    if not m:
        return None
    toks = _tokens(text, m.start(), end)
    low = [text[a:b].lower() for a, b in toks]  # (each word lowered once for the tests below)
    # drop helpers between the speaker and the verb: "Trump also said"
    while toks and low[-1] in _AUX_WORDS:
        toks.pop()
        low.pop()
    if not toks or low[-1] in _PREPOSITIONS:
        return None
    if "who" in low:
        who = len(low) - 1 - low[::-1].index("who")
        if who > 0:
            # "a White House official who spoke on condition of anonymity said"
            toks, low = toks[:who], low[:who]
    start = 0
    for i, w in enumerate(low):
        if w in _STOP_BEFORE and not (
            w == "and" and 0 < i < len(toks) - 1 and text[toks[i - 1][0]].isupper() and text[toks[i + 1][0]].isupper()
        ):
            start = i + 1
    toks = toks[start:]
    while toks and not _speaker_ok(text, toks[:1], pats):
        toks = toks[1:]
    if not toks or len(toks) > 8 or not _speaker_ok(text, toks, pats):
        return None
    if text[toks[0][0]].isupper() and _word(text, toks[0]).lower() not in _DETERMINERS:
        # "Clinton drew" is no speaker; "Republican officials", "Trump aide Jo Ray" are
        trail = [t for t in toks if text[t[0]].islower()]
        if any(_word(text, t).endswith("ed") for t in trail):
            return None  # "Col. Jo Ray started Maher's" -- a verb inside
        if trail and not text[toks[-1][0]].isupper():
            last = _word(text, toks[-1]).lower()
            if len(trail) > 2 or not (last.endswith("s") or last in _ROLE_NOUNS):
                return None
    return toks[0][0], toks[-1][1]


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozens hundreds".split())


def _name_like(word: str) -> bool:
    """Could this capitalised word start a name (not an adverb, a participle or a dateline)?"""
    low = word.lower()
    if low.endswith(("ing", "ly")) or low in _NUMBER_WORDS:
        return False
    return not (word.isupper() and len(word) > 4)


_TIME_AFTER = frozenset(("later,", "ago,", "earlier,", "afterward,", "afterwards,"))


def _subject(text: str, lo: int, end: int, pats: _Patterns) -> SpanT | None:
    """Return the subject at the start of clause text[lo:end]: a pronoun or a capitalised name."""
    toks = _tokens(text, lo, end)
    for _ in range(3):
        fronted = next((i for i, t in enumerate(toks[:4]) if _word(text, t).lower() in _TIME_AFTER), None)
        if fronted is not None and 0 < fronted:
            # "Hours later, Jane Doe ..." / "Two days ago, ..." -- a fronted time phrase
            toks = toks[fronted + 1 :]
            continue
        # (a fronted word carries its comma: "Likewise, a paper ...")
        if not toks or _word(text, toks[0]).lower().rstrip(",") not in _PREPOSITIONS | _NOT_SPEAKER_START:
            break
        # "In Ohio on Monday, Jane Doe ..." -- skip the fronted phrase
        comma = text.find(",", toks[0][0], end)
        toks = _tokens(text, comma + 1, end) if comma >= 0 else []
    if not toks:
        return None
    pronoun = _pronoun(text, toks[0], pats)
    if pronoun:
        return pronoun
    keep: list[SpanT] = []
    if _word(text, toks[0]).lower() in _DETERMINERS:
        # "The president noted ... and added:" -- a short description up to its verb
        for i, (a, b) in enumerate(toks[:7]):
            w = text[a:b].lower().rstrip(",")
            if i and (w.endswith("ed") or w in _STOP_BEFORE or w in _PREPOSITIONS or w in pats.verbs):
                break
            if i > 2 and text[a].islower() and text[keep[-1][0]].isupper():
                break  # "The Slate columnist Ada Brink went ...": the name ends the description
            keep.append((a, b))
            if text[b - 1] == ",":
                break
        if len(keep) < 2 or len(keep) == len(toks[:7]):
            return None
        last_upper = text[keep[-1][0]].isupper()
        if (len(keep) > 4 or last_upper and len(keep) > 2) and not (last_upper and text[keep[-2][0]].isupper()):
            # past five words only a description that ends in a full name ("Ada Brink"),
            # and one name alone is no head: "The movie shows Bob ..."
            return None
        a, b = keep[0][0], keep[-1][1]
        return (a, b - 1) if text[b - 1] == "," else (a, b)
    for a, b in toks[:8]:
        w = text[a:b]
        if not (w[0].isupper() or w in _PARTICLES):
            break
        keep.append((a, b))
        if w[-1] in ",;:":
            break
    while keep and _word(text, keep[-1]).rstrip(",;:") in _PARTICLES:
        keep.pop()
    if len(keep) == 1 and _word(text, keep[0]).lower() in _DETERMINERS:
        return None  # "The ad uses footage of Jo Ray saying" -- no name here
    if keep and not _name_like(_word(text, keep[0]).rstrip(",;:")):
        return None  # "Smiling, she said", "WASHINGTON -- ...", "Eight years ago"
    if keep and _word(text, keep[-1]).endswith(("'s", "’s")) and len(toks) > len(keep):
        head = toks[len(keep)]
        if _word(text, head).rstrip(",").isalpha() and text[head[0]].islower():
            # "Ryan's campaign shrugged it off, telling reporters: ..." -- one head noun
            return keep[0][0], head[1] - (text[head[1] - 1] == ",")
    if keep and (_word(text, keep[-1]).endswith(("'s", "’s")) or (
        len(toks) > len(keep) and _word(text, toks[len(keep)]).lower() in _PREPOSITIONS
    )):
        return None  # "Trump's Ohio director ..." or "Thanks to ..." is no subject
    if not keep or not _speaker_ok(text, keep, pats):
        return None
    a, b = keep[0][0], keep[-1][1]
    while text[b - 1] in ",;:":
        b -= 1
    return a, b




Found = tuple[Candidate, int]  # a candidate and where its attribution clause ends


@attrs.frozen
class _Ctx:
    """What every rule needs: the text, its layout and the compiled patterns."""

    text: str
    layout: Layout
    pats: _Patterns
    # `_after` per open mark. Given by the caller rather than as an `attrs.field` default:
    # mypyc (docs/scaling.md, `benchmarks/compile.py`) cannot compile a class-body field
    after: dict[int, Found | None]

    def clause_start(self, q: QuotedSpan, para: SpanT) -> int:
        """Where the clause leading into `q` starts: sentence start, or after an earlier quote."""
        text = self.text
        lo = para[0] if para[0] > q.open_mark - 300 else q.open_mark - 300
        sents = self.layout.sentences
        if sents:
            a = sents[self.layout.sentence_index(q.open_mark)][0]
            lo = a if a > lo else lo
        return _after_boundary(text, lo, q.open_mark)


def _after_boundary(text: str, lo: int, end: int) -> int:
    """Move `lo` past the last quote mark or sentence end before `end` (NBSP-proof)."""
    seg = text[lo:end]
    # (substring tests first: most lead-ins hold no quote mark, and one backward search
    # is cheaper than a search per mark)
    if '"' in seg or "“" in seg or "”" in seg or "„" in seg or "«" in seg or "»" in seg or "''" in seg:
        lo = _LAST_DOUBLE_MARK.search(text, lo, end).end()  # type: ignore[union-attr]
        seg = text[lo:end]
    # the pattern needs a sentence end: most lead-ins hold none, and `in` is far cheaper
    m = _SENTENCE_INSIDE.search(text, lo, end) if "." in seg or "?" in seg or "!" in seg else None
    return m.end() - 1 if m else lo


def _opens_clause(text: str, mark: int, para_start: int) -> bool:
    """True when a quote mark stands at the start of a sentence or clause, not mid-phrase."""
    i = mark - 1
    while i >= para_start and text[i] in _HSPACE:
        i -= 1
    if i < para_start:
        return True
    c = text[i]
    if c in _MARKS or c == ")":
        # the end of an earlier quote: "...the end." "Next"
        # (looked for at most 64 characters back: walking a whole run of marks for each
        # mark in it made 200,000 marks in a row quadratic; no real run is that long)
        lo = max(para_start, i - 64)
        j = i - 1
        while j >= lo and (text[j] in _MARKS or text[j] in _HSPACE):
            j -= 1
        return lo == para_start if j < lo else text[j] in ".!?…"
    if c == ",":
        # "As for taxes, 'Broadening the base...,' he said" -- but ", 'is seen as...'" is mixed
        return text[mark + 1 : mark + 3].lstrip("'`“\"")[:1].isupper()
    return c in ".!?:;…—–-―(["


def _ends_clause(text: str, q: QuotedSpan) -> bool:
    """True when a quote ends where an attribution may follow: `"...,"`, `"...?"`, `"...",`."""
    e = q.end
    while e > q.start and text[e - 1] in "'’ ":
        e -= 1  # a nested quote closing with the outer one: ''... 'no,'''
    last = text[e - 1 : e] if e > q.start else ""
    nxt = text[q.after : q.after + 1]
    return last in (",", "?", "!", "—", "–", "-", "…") or nxt == ","


def _bare_cue(cue: str) -> bool:
    """Can this verb introduce a quote with no colon or comma (`He says "It is over."`)?"""
    return cue.islower() and " " not in cue and cue not in _NOUN_LIKE


_SMALL_WORDS = frozenset("a an the of to in on at for and or but with by from as vs".split())


def _title(text: str, q: QuotedSpan) -> bool:
    """Is the quoted span a title or name in Title Case ("Make Your Kid a Millionaire")?"""
    if len(q.parts) > 1 or _full_stop(text, q):
        return False
    body = text[q.start : q.end].rstrip(",;:—–- ")
    words = body.split(None, 10)  # (eleven pieces: more than ten words)
    if not 2 <= len(words) <= 10 or body.isupper():
        return False
    for w in words:  # (a loop, not all() over a generator: this runs for every quote)
        if not (w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha()):
            return False
    return True


def _full_stop(text: str, q: QuotedSpan) -> bool:
    """True when the quote ends with its own sentence end: `"...over."`."""
    # (walked back from the end: a copy of the whole quote to strip its tail cost more)
    e = q.end
    while e > q.start and text[e - 1] in "'’ ":
        e -= 1
    return e > q.start and text[e - 1] in ".!?…"


def _long_sentence(text: str, q: QuotedSpan) -> bool:
    """A quote of four words or more that ends with its own full stop: `He says "it is over."`."""
    return _full_stop(text, q) and len(text[q.start : q.end].split()) >= 4


def _ends_sentence(text: str, q: QuotedSpan, para_end: int) -> bool:
    """True when the sentence ends with the quote: `... said: "We won."` (not a title mid-sentence)."""
    rest = text[q.after : min(para_end, q.after + 3)].lstrip(_HSPACE)
    if not rest or rest[0] in ".!?;":
        return True
    if rest[0] == "[" and text[q.end - 1 : q.end] in (".", "!", "?"):
        return True  # a source note after the quote: "...end." [Pew.]
    # bounded: without an end, regex scans the rest of the text for the literal "ing"
    # on every call, which made a quote-dense document quadratic
    if (rest[0] == "," and _PARTICIPLE.match(text, q.after + 1, min(para_end, q.after + 80))) or (
        text[q.end - 1 : q.end] == "," and _PARTICIPLE.match(text, q.after, min(para_end, q.after + 80))
    ):
        return True  # 'X said: "...," adding that ...'

    e = q.end
    while e > q.start and text[e - 1] in "'’ ":
        e -= 1
    return text[e - 1 : e] in (".", "!", "?", "…") and (rest[0].isupper() or rest[0] in _MARKS)


Rule = Callable[[_Ctx, QuotedSpan, SpanT], "Found | None"]


def _after(ctx: _Ctx, q: QuotedSpan, para: SpanT) -> Found | None:
    """QVS / QSV / according_to after the quote; returns the candidate and where its clause ends."""
    if q.open_mark not in ctx.after:
        ctx.after[q.open_mark] = _after_uncached(ctx, q, para)
    return ctx.after[q.open_mark]


def _after_uncached(ctx: _Ctx, q: QuotedSpan, para: SpanT, mid: bool = False) -> Found | None:
    text, pats = ctx.text, ctx.pats
    if q.close_mark is None or _opens_clause(text, q.open_mark, para[0]) == mid:
        return None
    # "...," she said  -- or, mis-punctuated, "...." she said. / "..." she said.
    dotted = not _ends_clause(text, q)
    if dotted and not (text[q.end - 1 : q.end] == "." or text[q.end - 1 : q.end].isalnum()):
        return None
    pos = q.after
    limit = para[1] if para[1] < pos + 300 else pos + 300
    # both patterns need a word (past spaces and a comma) right after the quote: a quote
    # that ends its paragraph or is followed by other ASCII punctuation has no attribution
    # here, found before any regex call (the test on the word below covers the rest)
    if pos >= limit or text[pos] < "\x80" and text[pos] not in _AFTER_START:
        return None
    nxt = _DOUBLE_MARK.search(text, pos, limit)  # the attribution ends before the next quote
    if nxt is not None:
        limit = nxt.start()
    head = _WORD_AFTER.match(text, pos, limit)
    if head is None:
        return None
    word = head.group(1)
    if not word:
        # both patterns need a word right after the quote (past a comma): a line break,
        # a full stop or a bracket there ends the search (checked for ASCII only, where
        # `\w` and the speaker's first letter or digit are the same characters)
        nxt_char = text[head.end() : min(head.end() + 1, limit)]
        if not nxt_char or nxt_char.isascii() and not nxt_char.isalnum():
            return None
    m = pats.qvs.match(text, pos, limit) if word.casefold() in pats.verb_heads else None
    if m:
        # (groups by number, in the pattern's order: each look-up of a group by name costs
        # `regex` a raised and cleared TypeError)
        cue, (s0, s1) = m.span(1), m.span(2)
        sp = _np_forward(text, s0, s1, pats)
        if sp and (not dotted or _CLAUSE_END.match(text, sp[1])):
            rule = "according_to" if text[cue[0] : cue[1]].lower().startswith("according") else "QVS"
            return Candidate(q.parts, "direct", sp, cue, rule), sp[1]
    # like `svq`, `qsv` needs a speech verb as a whole word (case as listed): half of the
    # attribution windows have none, and a failing `qsv` tries every speaker length
    m = pats.qsv.match(text, pos, limit) if _verb_word_in(pats, text, pos, limit) else None
    if m and (not dotted or _CLAUSE_END.match(text, m.end())):
        (s0, s1), cue = m.span(1), m.span(2)
        toks = _tokens(text, s0, s1)
        if (
            (_speaker_ok(text, toks, pats, lower_first=True) or _plain_group(text, toks))
            and not any(text[a:b].lower() in _STOP_BEFORE or text[a:b] in ("to", "by") for a, b in toks[1:])
            and not _SENTENCE_INSIDE.search(text, s0, s1)
        ):
            return Candidate(q.parts, "direct", _head(text, toks), cue, "QSV"), cue[1]
    return None


# The ASCII characters `_WORD_AFTER` can read first: a word character, a horizontal space, a comma.
_AFTER_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ \t\x0b\x0c,")
_CLAUSE_END = lazy(regex.compile, r"[^\S\r\n]*(?:[.,;]|$)")
# One scan for any of `_DOUBLE_MARKS` (stdlib `re`: a search per mark cost four times as much).
_DOUBLE_MARK = re.compile(f"[{_DOUBLE_MARKS}]")


_PLACE_PREPOSITIONS = frozenset("in at from on with during".split())


def _head(text: str, toks: Sequence[SpanT]) -> SpanT:
    """The mention without a trailing place or occasion: "one official in Oslo" -> "one official"."""
    for i, (a, b) in enumerate(toks[1:], 1):
        if text[a:b] in _PLACE_PREPOSITIONS:
            return toks[0][0], toks[i - 1][1]
    return toks[0][0], toks[-1][1]


def _plain_group(text: str, toks: Sequence[SpanT]) -> bool:
    """A short lower-case group or role right before the verb: "officials", "federal prosecutors"."""
    if not 0 < len(toks) <= 3:
        return False
    words = [_word(text, t).lower() for t in toks]
    if any(w in _STOP_BEFORE or w in _NOT_SPEAKER_START or w in _PREPOSITIONS for w in words):
        return False
    return words[-1].endswith("s") or words[-1] in _ROLE_NOUNS


_INNER_END = re.compile(rf"[.!?][{SPACE_NOT_CRLF}]")


def _mixed_after(ctx: _Ctx, q: QuotedSpan, para: SpanT) -> Found | None:
    """`The bridge "was built too early. Nobody knew the river," Roe said.`: a quotation
    that opens inside its clause and holds a sentence end, then QVS/QSV. The sentence
    splitter cuts such a clause inside the quote marks, so the reported-speech stage
    cannot see it whole; the content runs from the clause start to the quote's end."""
    text = ctx.text
    layout = ctx.layout
    # cheap tests first: most quotations without a rule are short and hold no sentence end
    if q.close_mark is None or not layout.sentences or _opens_clause(text, q.open_mark, para[0]):
        return None
    if _INNER_END.search(text, q.start, q.end) is None or layout.sentence_index(q.open_mark) == layout.sentence_index(q.close_mark):
        return None  # one sentence: the reported-speech stage's CSV/CVS
    found = _after_uncached(ctx, q, para, mid=True)
    if found is None:
        return None
    c, clause_end = found
    lo = ctx.clause_start(q, para)
    head = text[lo : q.open_mark].split()
    # the clause must open its sentence: after an earlier quotation it is that one's tail
    if len(head) < 2 or lo != layout.sentences[layout.sentence_index(q.open_mark)][0]:
        return None
    spans = ((lo, q.parts[0][1]),) + q.parts[1:]
    return attrs.evolve(c, spans=spans, kind="mixed", rule="mixed_after"), clause_end


def _dash(ctx: _Ctx, q: QuotedSpan, para: SpanT) -> Found | None:
    """`"..." - Jane Doe`, on the quote's own line or the next one (vox pops, epigraphs)."""
    text = ctx.text
    if q.close_mark is None or q.open_mark != para[0]:
        return None
    m = ctx.pats.dash.match(text, q.after, min(len(text), q.after + 240))
    if not m:
        return None
    a, b = m.span("spk")
    return Candidate(q.parts, "direct", (a, _trim_dot(text, a, b)), m.span("cue"), "dash"), m.end()


def _before(ctx: _Ctx, q: QuotedSpan, para: SpanT) -> Found | None:
    """SVQ, according_to and lead-ins before the quote, in the same sentence."""
    if q.open_mark <= para[0]:
        return None  # a quote that opens its paragraph has no clause before it
    lo = ctx.clause_start(q, para)
    if lo >= q.open_mark:
        return None
    if not _ends_sentence(ctx.text, q, para[1]):
        return _shout(ctx, q, lo) or _svq_run_on(ctx, q, lo) or _chant_group(ctx, q, lo)
    return _lead_in(ctx, q, lo, q.open_mark, "") or _subject_colon(ctx, q, lo) or _as_put(ctx, q, lo) or _from_colon(ctx, q, lo) or _chant_group(ctx, q, lo)


# The writer's words that finish a sentence after a quotation: `"..." until the vote.`
_RUN_ON_TAIL = lazy(regex.compile, r"[^\S\r\n]+\p{Ll}[^\"“”„«»\n]{0,120}?(?=[.!?]?[^\S\r\n]*$)")


def _run_on_tail(ctx: _Ctx, q: QuotedSpan) -> int | None:
    """Where the writer's words that finish a sentence after quotation `q` end, or None."""
    text, layout = ctx.text, ctx.layout
    if q.close_mark is None or len(q.parts) > 1 or not layout.sentences or text[q.end - 1 : q.end] in (",", "?", "!"):
        return None  # `"Don't," until the shots`: a quote closed by its own comma is whole
    se = layout.sentences[layout.sentence_index(q.close_mark)][1]
    tail = _RUN_ON_TAIL.match(text, q.after, se)
    if tail is None or len(tail.group().split()) > 15 or tail.group().split(None, 1)[0] in ("and", "but", "or", "then", "which", "after"):
        return None  # `"Vote early" and left`: a new predicate, not the rest of the quote
    if "," in tail.group():
        return None  # `"B" that it works, he said.`: the tail has an attribution of its own
    return tail.end()


def _svq_run_on(ctx: _Ctx, q: QuotedSpan, lo: int) -> Found | None:
    """`Tyler said, "We have three weeks to go" until the caucuses.`: an SVQ lead-in whose
    capitalised quotation the writer's own words finish; the corpus counts the whole
    as one mixed quote."""
    if not ctx.text[q.start : q.start + 1].isupper():
        return None
    end = _run_on_tail(ctx, q)
    if end is None:
        return None
    found = _lead_in(ctx, q, lo, q.open_mark, "")
    if found is None or found[0].rule != "SVQ":
        return None
    return attrs.evolve(found[0], spans=((q.open_mark, end),), kind="mixed", rule="SVQ_run_on"), end


# The predicate of a `subject_colon` lead-in: lower-case words (a verb phrase), no
# sentence punctuation. Capitalised words may follow the first one (`told Fox News`).
_PREDICATE = lazy(regex.compile, r"[^\S\r\n]+\p{Ll}[^:;!?\n]{0,100}?[^\S\r\n]*:[^\S\r\n]*$")


def _subject_colon(ctx: _Ctx, q: QuotedSpan, lo: int) -> Found | None:
    """`Kasich went even further: "..."`: a named or pronoun subject, a short predicate
    without a speech verb and a colon lead into a capitalised quotation that ends the
    sentence; the subject is the speaker (the corpus annotates the predicate as cue)."""
    text, pats = ctx.text, ctx.pats
    end = q.open_mark
    colon = end - 1
    while colon > lo and text[colon] in _HSPACE:
        colon -= 1
    if colon <= lo or text[colon] != ":" or q.close_mark is None or not text[q.start : q.start + 1].isupper():
        return None
    sp = _subject(text, lo, colon, pats)
    if sp is None or text[sp[0]].islower() and _word(text, sp).lower() not in pats.pronouns:
        return None
    if _word(text, (sp[0], sp[0] + 4)).lower() in ("the ", "a ", "an "):
        return None  # "The results were clear:" -- a description that is rarely a speaker
    m = _PREDICATE.match(text, sp[1], end)
    words = text[sp[1] : colon].split()
    if m is None or len(words) > 10 or not words[-1][0].islower():
        return None  # "Harbor Party chairman Olaf Berg:" is a label, the lead_in rule's
    return Candidate(q.parts, "direct", sp, (sp[1] + 1, colon), "subject_colon"), q.after


# `As Ann Roe, a tax lawyer, recently put it, "..."`: an `as` clause whose speaker may carry
# an apposition and whose cue may carry auxiliaries, adverbs and an occasion.
_AS_CLAUSE = lazy(regex.compile,
    r"(?r)(?<=(?:^|[,;:—–.!?(\n]|\b(?:But|And|Yet|So))[^\S\r\n]*)[Aa]s[^\S\r\n]+(?P<spk>[^,;:\"“”\n]{1,80}?)(?P<appos>,[^,;:\"“”\n]{3,120},)?"
    r"(?:[^\S\r\n]+(?:has|had|have|once|recently|memorably|famously|later|\p{Ll}+ly))*"
    r"[^\S\r\n]+(?P<cue>put[^\S\r\n]+it|puts[^\S\r\n]+it|said|says|wrote|writes|written|noted|notes|observed|told|tells|explained|explains)"
    r"(?:[^\S\r\n]+(?:in|on|to|at|during|with)[^,;:\"“”\n]{1,60}|(?:[^\S\r\n]+(?:a|few|two|three|several|many))*[^\S\r\n]+(?:years|months|weeks|days)[^\S\r\n]+(?:earlier|ago|before))?"
    r"[^\S\r\n]*,[^\S\r\n]*$"
)


def _as_put(ctx: _Ctx, q: QuotedSpan, lo: int) -> Found | None:
    """`As Ann Roe, a tax lawyer, recently put it, "..."`: an `as` clause leads into the
    quotation; its subject, before any apposition, is the speaker."""
    text = ctx.text
    lo = max(lo, q.open_mark - 260)
    window = text[lo : q.open_mark]
    # a cheap substring test first: most lead-ins hold no `as` clause at all
    if q.close_mark is None or ("as " not in window and "As " not in window):
        return None
    m = _back(_AS_CLAUSE, text, lo, q.open_mark)
    if m is None:
        return None
    sp = _np_forward(text, m.start("spk"), m.end("spk"), ctx.pats)
    toks = _tokens(text, m.start("spk"), m.end("spk"))
    if toks and len(toks) <= 6 and all(text[a].isupper() or text[a:b] in _PARTICLES for a, b in toks):
        sp = (toks[0][0], toks[-1][1])  # a name with initials: "Ann B. Roe"
    if sp is None or sp[1] < m.end("spk") - 1:
        return None  # the whole subject must be a speaker phrase: not "as the vote neared"
    return Candidate(q.parts, "direct", sp, m.span("cue"), "as_put"), q.after


# `More from the report: "..."`, `From Ada Lind's blog post: "..."`: an excerpt lead-in
# that names its source; it opens its sentence and ends in a colon.
_FROM_COLON = lazy(regex.compile,
    r"(?r)(?:^|(?<=\n)|(?<=[.!?;—–\-][^\S\r\n]{0,3}))(?P<cue>(?:More[^\S\r\n]+from|From))[^\S\r\n]+(?P<spk>[^:;.!?\"“”\n]{2,60}?)[^\S\r\n]*:[^\S\r\n]*$"
)
_FROM_DETERMINERS = frozenset("the his her their its a an".split())


def _from_colon(ctx: _Ctx, q: QuotedSpan, lo: int) -> Found | None:
    """`More from the report: "..."`: the excerpt's source is what the lead-in names
    (a capitalised name or a determiner phrase, at most eight words)."""
    text = ctx.text
    # a cheap substring test first: most lead-ins hold no `from` at all
    if "rom " not in text[max(lo, q.open_mark - 80) : q.open_mark]:
        return None
    m = _back(_FROM_COLON, text, max(lo, q.open_mark - 80), q.open_mark)
    if m is None:
        return None
    a, b = m.span("spk")
    words = text[a:b].split()
    if not 0 < len(words) <= 8 or not (words[0][:1].isupper() or words[0] in _FROM_DETERMINERS):
        return None  # `from skeptical to hostile:` names no source
    return Candidate(q.parts, "direct", (a, b), m.span("cue"), "from_colon"), q.after


# A chant or shout right before its words: `the crowd chanted "Lock the gate!" as ...`
_SHOUT = lazy(regex.compile, r"(?r)\b(?P<cue>(?:chant|yell|shout|scream)(?:ed|ing))(?:[^\S\r\n]+back)?[^\S\r\n]*,?[^\S\r\n]*$")


def _shout(ctx: _Ctx, q: QuotedSpan, lo: int) -> Found | None:
    """SVQ for a chant or shout whose words go on into the sentence (no sentence end needed)."""
    text = ctx.text
    start = max(lo, q.open_mark - 40)
    seg = text[start : q.open_mark]
    # the pattern's verb stems, looked for first: few lead-ins hold one
    if "chant" not in seg and "yell" not in seg and "shout" not in seg and "scream" not in seg:
        return None
    m = _back(_SHOUT, text, start, q.open_mark)
    if m is None or q.close_mark is None:
        return None
    if m.group("cue").endswith("ing"):
        sp = _subject(text, lo, m.start("cue"), ctx.pats)
    else:
        sp = _np_backward(text, lo, m.start("cue"), ctx.pats)
    if sp is None:
        return None
    return Candidate(q.parts, "direct", sp, m.span("cue"), "SVQ"), q.after


# A crowd's words: `chanting "..."`, `chants of "..."`, `cries of "..."` right before the
# quotation (a noun cue may follow a possessive: `their chants of "..."`).
_CHANT_CUE = lazy(regex.compile,
    r"(?r)\b(?:(?P<own>their|his|her|its)[^\S\r\n]+)?(?:(?!(?:their|his|her|its)\b)[\p{Ll}\-]+[^\S\r\n]+)?(?P<cue>(?:chant|yell|shout|scream)(?:ed|ing)|(?:chants?|cries|cry|shouts|calls)[^\S\r\n]+of)"
    r"(?:[^\S\r\n]+back)?[^\S\r\n]*,?[^\S\r\n]*$"
)
# Heads of the groups that chant (the speaker span is the head: the corpus marks the group).
_CROWD = lazy(regex.compile,
    r"(?ri)\b(?P<head>crowds?|protesters|protestors|demonstrators|supporters|fans|students|marchers|delegates|audience|"
    r"workers|activists|hecklers|voters|attendees|children|members|onlookers|mourners|spectators|rallygoers|backers)\b"
)
_CHANT_WINDOW = 160


def _chant_group(ctx: _Ctx, q: QuotedSpan, lo: int) -> Found | None:
    """`..., when port workers interrupted her, shouting "..."`, `Her backers answered with
    chants of "..."`: a chant whose subject the SVQ rules cannot read (a clause in front,
    a long group phrase); the speaker is the nearest crowd noun before the cue in the
    sentence, or the possessive on the cue (`their chants of`)."""
    text = ctx.text
    if q.close_mark is None:
        return None
    start = max(lo, q.open_mark - 40)
    # the cue words (`cr` for cries and cry), looked for first: few lead-ins hold one,
    # and the backward search with its optional words is tried at every offset
    seg = text[start : q.open_mark]
    if not ("chant" in seg or "yell" in seg or "shout" in seg or "scream" in seg or "cr" in seg or "calls" in seg):
        return None
    m = _back(_CHANT_CUE, text, start, q.open_mark)
    if m is None:
        return None
    if m.group("own"):
        return Candidate(q.parts, "direct", m.span("own"), m.span("cue"), "chant_group"), q.after
    c = _CROWD.search(text, max(lo, m.start() - _CHANT_WINDOW), m.start())
    if c is None or _DOUBLE_MARKS_RE.search(text, c.end(), m.start()):
        return None
    return Candidate(q.parts, "direct", c.span("head"), m.span("cue"), "chant_group"), q.after


_DOUBLE_MARKS_RE = regex.compile(r"[\"“”„«»]|''")
_LAST_DOUBLE_MARK = lazy(regex.compile, "(?r)" + _DOUBLE_MARKS_RE.pattern)  # the same, searched backwards


_VSQ_CUES = ("Said", "Says", "Added", "Adds", "Wrote", "Writes")  # the cues of `vsq`


def _lead_in(ctx: _Ctx, q: QuotedSpan, lo: int, end: int, suffix: str) -> Found | None:
    """Match the lead-in clause text[lo:end] that introduces quote `q`."""
    text, pats = ctx.text, ctx.pats
    m = _back(pats.according, text, lo, end) if text.find("ccording", lo, end) != -1 else None
    if m:
        sp = _np_forward(text, m.start("spk"), m.end("spk"), pats)
        if sp:
            return Candidate(q.parts, "direct", sp, m.span("cue"), "according_to" + suffix), q.after
    # (the patterns' literals, looked for first: most lead-ins have no colon and few
    # open with `Said`, and a failing `regex` call costs more than these tests)
    m = _back(pats.possessive, text, lo, end) if text.find(":", lo, end) >= 0 else None
    if m:
        sp = _np_backward(text, lo, m.end("spk"), pats)
        if sp:
            return Candidate(q.parts, "direct", sp, m.span("cue"), "lead_in" + suffix), q.after
    m = pats.vsq.match(text, lo, end) if text.startswith(_VSQ_CUES, lo, end) else None
    if m and text[lo:end].rstrip()[-1:] in (",", ":"):
        sp = _np_forward(text, m.start("spk"), end, pats)
        if sp:
            return Candidate(q.parts, "direct", sp, m.span("cue"), "VSQ" + suffix), q.after
    m = _back(pats.svq, text, lo, end) if _verb_word_in(pats, text, lo, end) else None
    if m:
        # (groups by number, in the pattern's order: each look-up by name is dear in `regex`)
        (c0, c1), tail, (e0, e1) = m.span(1), m.group(2), m.span(3)
        punct = text[e0:e1].strip()
        # "X said the plan was 'dead'" is no lead-in: words after the verb need a colon or comma
        # "X said Monday that under the plan, 'the cost...'" is a mixed quote, not a lead-in
        reported = tail and _THAT.search(tail)
        upper = text[q.start : q.start + 1].isupper()
        # with no colon or comma, only a core reporting verb before a whole sentence:
        # not "the reports 'inaccurate'" nor "told 'Morning Joe,'"
        bare_ok = (
            not tail
            and _bare_cue(text[c0:c1])
            and _full_stop(text, q)
            and (upper or _long_sentence(text, q))
        )
        # "There was, she said, 'an implicit bargain.'" is a mixed quote
        if punct == "," and not upper and not _long_sentence(text, q):
            punct = ""
        if (punct or bare_ok) and not reported:
            if text[c0:c1].lower().endswith("ing"):
                # "Jane Doe issued a statement saying: '...'": the speaker is the clause subject
                sp = _subject(text, lo, c0, pats)
            else:
                sp = _np_backward(text, lo, c0, pats)
                if sp is None and (punct == ":" or _AND_BEFORE.search(text, lo, c0)):
                    # "Jane Doe drew cheers and then said: '...'", "Jo Ray went so far as to
                    # say: '...'": the clause subject again
                    sp = _subject(text, lo, c0, pats)
            if sp:
                return Candidate(q.parts, "direct", sp, (c0, c1), "SVQ" + suffix), q.after
    # "Jane Doe: '...'" -- a bare name (or a dash-led one) and a colon
    seg = text[lo:end].rstrip()
    if seg.endswith(":"):
        head = seg[:-1]
        for sep in (" - ", " — ", " – "):
            head = head.rsplit(sep, 1)[-1]
        a = lo + len(seg) - 1 - len(head)
        # "Rep. Ann Lee (R-Ore.):" -- the party tag is no part of the name
        tag = _PARTY_TAG.search(head)
        toks = _tokens(text, a, a + (tag.start() if tag else len(head)))
        if (
            0 < len(toks) <= 7
            and (all(text[x].isupper() or text[x:y] in _PARTICLES for x, y in toks) or _role_then_name(text, toks))
            and head.strip().casefold() not in pats.labels
        ):
            colon = lo + len(seg) - 1
            return Candidate(q.parts, "direct", (toks[0][0], toks[-1][1]), (colon, colon + 1), "lead_in" + suffix), q.after
    return None


_PARTY_TAG = lazy(regex.compile, r"[^\S\r\n]*\([A-Z][A-Za-z.\-]{0,12}\)[^\S\r\n]*$")


def _role_then_name(text: str, toks: Sequence[SpanT]) -> bool:
    """`Former secretary of state Jane Roe:` -- lower-case role words, then a name of two
    capitalised words or more (a transcript's speaker label)."""
    i = 1 if _word(text, toks[0]).lower() in ("former", "then") else 0
    while i < len(toks) and not text[toks[i][0]].isupper():
        w = _word(text, toks[i]).lower()
        if w in _STOP_BEFORE or w in _NOT_SPEAKER_START or w.endswith(("ed", "ing")):
            return False
        i += 1
    rest = toks[i:]
    return 0 < i and len(rest) >= 2 and all(text[x].isupper() or text[x:y] in _PARTICLES for x, y in rest)


def _paragraph_lead_in(ctx: _Ctx, q: QuotedSpan, prev: SpanT) -> Found | None:
    """`Jane Doe went on to say:` closing the previous paragraph introduces this quote paragraph."""
    text = ctx.text
    a, b = prev
    while b > a and text[b - 1] in _HSPACE:
        b -= 1
    if b <= a or text[b - 1] != ":":
        return None
    lo = max(a, b - 300)
    sents = ctx.layout.sentences
    if sents:
        lo = max(lo, sents[ctx.layout.sentence_index(b - 1)][0])
    lo = _after_boundary(text, lo, b)
    return _lead_in(ctx, q, lo, b, "_paragraph")


RULES: Sequence[tuple[str, Rule]] = (
    ("after_quote", _after),
    ("dash", _dash),
    ("before_quote", _before),
    ("mixed_after", _mixed_after),
)


_RESUMABLE = frozenset(("QVS", "QSV", "according_to", "mixed_after"))


def _continuation(
    ctx: _Ctx, quoted: Sequence[QuotedSpan], i: int, clause_end: int, para: SpanT
) -> tuple[int | None, bool]:
    """Find the quote that resumes quote `i` after its attribution clause.

    Returns (index, join): join is True for the second half of the same quote
    (`"A," she said. "B."`, or `"A," she said on "Meet the Press." "B."`, where the
    short quoted title is skipped); False for a half that runs on into a mixed quote
    (`she said, "B" to drive up the price`), which is consumed but not reported here.
    (None, False) when the next quote has its own attribution or follows a second cue
    (`, adding: "B"`).
    """
    text = ctx.text
    skipped: list[QuotedSpan] = []
    for j in range(i + 1, min(len(quoted), i + 4)):
        qj = quoted[j]
        if qj.open_mark >= para[1] or qj.open_mark - clause_end > 350:
            return None, False
        inside = not _opens_clause(text, qj.open_mark, para[0]) and _char_before(text, qj.open_mark) not in ",:"
        if inside and qj.after - qj.open_mark <= 80 and not _CONJ_GAP.search(text, clause_end, qj.open_mark):
            skipped.append(qj)
            continue
        if not _gap_ok(text, clause_end, qj.open_mark, skipped) or _after(ctx, qj, para):
            return None, False
        if not _ends_sentence(text, qj, para[1]):
            return j, False  # "...," she said, "B" to drive up the price: a mixed quote
        gap = text[clause_end : qj.open_mark]
        # (nearly every gap, `. ` or `, `, holds no verb: the attribution's own lies before
        # `clause_end`, and the failing backward search cost more than the word test)
        if _verb_word_in(ctx.pats, text, clause_end, qj.open_mark) and _back(ctx.pats.second_cue, gap, 0, len(gap)):
            return None, False
        # "..., noting that he and his wife 'have met'": a reported clause, a mixed quote
        return j, not (text[qj.start : qj.start + 1].islower() and _THAT.search(gap))
    return None, False


def _char_before(text: str, i: int) -> str:
    """The last character before offset `i` that is not whitespace ("" if none): what
    `text[:i].rstrip()[-1:]` gives without copying the text up to `i`."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1 : i]


# The next sentence opens with a few words of the writer's before the quote resumes:
# `Now, "...`, `Unless rivals quit, "...`, `But "...`.
_LEAD_RESUME = lazy(regex.compile, r"[.!?][^\S\r\n]+(?P<lead>\p{Lu}[^\"“”„«»'\n.!?;:]{0,60}?)[^\S\r\n]*$")


_SUBJECT_PRONOUNS = frozenset("i we he she they you".split())


def _lead_resume(ctx: _Ctx, quoted: Sequence[QuotedSpan], i: int, clause_end: int, para: SpanT) -> int | None:
    """Index of the quote that resumes quote `i` in the next sentence after a short
    lead-in of the writer's (no speech verb, no attribution of its own), or None."""
    text = ctx.text
    k = i + 1
    if k >= len(quoted):
        return None
    qk = quoted[k]
    if qk.open_mark >= para[1] or qk.open_mark - clause_end > 350 or len(qk.parts) > 1 or qk.close_mark is None:
        return None
    m = _LEAD_RESUME.search(text, clause_end, qk.open_mark)
    if m is None or not _gap_ok(text, clause_end, m.start() + 1):
        return None
    before = text[max(clause_end, m.start() - 6) : m.start()].split()
    if before and before[-1].rstrip(".").casefold() in _ABBREV_END:
        return None  # `hoped Mrs. Clinton "...`: no sentence end
    words = _WORDS.findall(m.group("lead"))
    if len(words) > 8 or any(w.casefold() in ctx.pats.verb_heads for w in words):
        return None
    if words[0].casefold() in _SUBJECT_PRONOUNS:
        return None  # `She wants the plan "..."`: a speaker of its own
    if not _ends_sentence(text, qk, para[1]) or _after(ctx, qk, para):
        return None
    return k


# A conjunction after the attribution's comma that carries the quote on:
# `"A," he said, but "B."`, `..., Roe said, and still "B."`
_CONJ_GAP = re.compile(rf",[{SPACE_NOT_CRLF}]+(?P<conj>(?:and|but)(?:[{SPACE_NOT_CRLF}]+(?:still|also|then))?)[{SPACE_NOT_CRLF}]*[\"“'`‘]*$")


# What no attribution clause between two halves holds: a line break or a double quote mark.
_GAP_STOP = lazy(re.compile, r"[\n\"“”„«»]|''")


def _gap_ok(text: str, a: int, b: int, skipped: Sequence[QuotedSpan] = ()) -> bool:
    """Can the attribution clause text[a:b] sit between two halves of one quote?"""
    if b < a or b - a > 350:
        return False
    pieces = []
    pos = a
    for q in skipped:
        # a skipped title keeps only its final punctuation: on "Meet the Press." -> on x.
        pieces.append(text[pos : q.open_mark] + "x" + text[q.end - 1 : q.end].strip(_HSPACE))
        pos = q.after
    gap = "".join(pieces) + text[pos:b] if pieces else text[pos:b]
    if _GAP_STOP.search(gap):
        return False
    core = gap.rstrip()
    if not core:
        return True
    conj = _CONJ_GAP.search(core)
    if conj is not None:
        core = core[: conj.start() + 1]  # `"A," he said, but "B."`: the writer's conjunction
    if core[-1] not in ".,:;!?—–-":
        return False
    # at most the one sentence end that closes the attribution clause
    return not _SENTENCE_INSIDE.search(text[a - 1 : a] + core[:-1])


_PARTICIPLE_LEAD = lazy(regex.compile,
    r"[^\S\r\n]*,?[^\S\r\n]*(?:and[^\S\r\n]+)?(?:then[^\S\r\n]+)?"
    r"(?P<cue>adding|saying|continuing|noting|declaring|insisting|explaining|concluding|telling[^\S\r\n]+\p{Ll}+)"
    r"(?:[^\S\r\n]+later)?[^\S\r\n]*[:,]?[^\S\r\n]*"
)
_PARTICIPLE = lazy(regex.compile, r"[^\S\r\n]*\p{Ll}+ing\b")
_THAT = lazy(regex.compile, r"\b(?:that|whether|if|how|why|what)\b", regex.I)
_AND_BEFORE = lazy(regex.compile, rf"\b(?:and|but)[^\S\r\n]+(?:{_AUX}[^\S\r\n]+)?$")
# a sentence end inside a clause; "Mr. Clinton", "Ft. Worth", "D.C. Mayor" are not ends
_SENTENCE_INSIDE = regex.compile(
    r"(?r)[a-z\d)](?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Ft|Mt|Jr|Sr|No|Prof|Rev|Inc|Co|Corp))"
    r"[.!?][^\S\r\n]+\p{Lu}"
)


def _floating(text: str, q: QuotedSpan, para: SpanT, prev_para: SpanT, prev_end: int) -> bool:
    """Does the quote paragraph `q` continue the previous paragraph's attributed quote?"""
    if q.close_mark is None or q.open_mark != para[0]:
        return False
    # the whole paragraph is the quote
    if text[q.after : para[1]].strip(_HSPACE + ".,;"):
        return False
    # and the previous paragraph ends with that quote or its attribution clause
    pa, pb = prev_para
    if not pa <= prev_end <= pb:
        return False
    tail = text[prev_end:pb]
    return len(tail) <= 250 and not any(mk in tail for mk in _DOUBLE_MARKS) and not _SENTENCE_INSIDE.search(tail)


# `"...," Roe said, according to the Gazette.`: the report the writer relies on
_OUTER_ACCORDING = lazy(regex.compile,
    r"[^.!?\"“”„«»\n]{0,60}?,[^\S\r\n]+(?P<cue>according[^\S\r\n]+to)[^\S\r\n]+"
    r"(?P<spk>[^\s,.;:!?\"“”(][^,;:!?\"“”()\n]{0,60}?)[^\S\r\n]*(?=[,;:!?\n]|\.(?:\s|$)|$)"
)


def _outer_source(text: str, c: Candidate) -> Candidate:
    """`"...," Roe said, according to a transcript of the show.`: the corpus names the
    outer source (the transcript, the paper) as the quote's source, so it becomes the
    speaker; the rule gets `+according_to`."""
    if c.speaker is None or c.rule.split("+", 1)[0] not in ("QSV", "QVS"):
        return c
    end = min(len(text), c.speaker[1] + 160)
    # the pattern's literal, looked for first: few attributions go on with "according to"
    if text.find("according", c.speaker[1], end) < 0:
        return c
    m = _OUTER_ACCORDING.match(text, c.speaker[1], end)
    if m is None or len(m.group("spk").split()) > 8:
        return c
    head, _, rest = c.rule.partition("+")
    rule = head + "+according_to" + ("+" + rest if rest else "")
    return attrs.evolve(c, speaker=m.span("spk"), cue=m.span("cue"), rule=rule)


def attribute(text: str, layout: Layout, quoted: Sequence[QuotedSpan], lexicon: Lexicon) -> list[Candidate]:
    """Return one candidate per attributed direct quote, in document order."""
    ctx = _Ctx(text, layout, _patterns(lexicon), {})
    paras = layout.paragraphs
    out: list[Candidate] = []
    ends: list[int] = []  # where each candidate's attribution clause (or last part) ends
    used: set[int] = set()
    for i, q in enumerate(quoted):
        if i in used:
            continue
        pi = layout.paragraph_index(q.open_mark)
        # from the paragraph the quote opens in to the end of the one it closes in
        # (the second look-up only for a quote that runs past its first paragraph)
        if paras:
            pj = pi if pi + 1 == len(paras) or paras[pi + 1][0] > q.after - 1 else layout.paragraph_index(q.after - 1)
            para = (paras[pi][0], paras[pj][1])
        else:
            para = (0, len(text))
        found = None
        # "In his book, 'Make Your Kid a Millionaire,' Lee wrote": a title, never a quote
        for _name, rule in () if _title(text, q) else RULES:
            found = rule(ctx, q, para)
            if found:
                break
        if found is None and q.open_mark == para[0] and pi > 0:
            found = _paragraph_lead_in(ctx, q, paras[pi - 1])
        if found is None and out and out[-1].speaker and para[0] <= ends[-1] <= q.open_mark:
            # '"A," she said, adding: "B."' -- a new quote, the same speaker mention
            # (no `str.find` of the cues' "ing" first: the gap since the last
            # attribution can be the rest of a long paragraph, searched again for every
            # quote in it, while the anchored match fails at its first word)
            m = _PARTICIPLE_LEAD.fullmatch(text, ends[-1], q.open_mark)
            if m and _ends_sentence(text, q, para[1]):
                found = Candidate(q.parts, "direct", out[-1].speaker, m.span("cue"), "SVQ_participle"), q.after
        if found is None:
            # a quote paragraph with no attribution of its own continues the previous speaker
            if out and pi > 0 and _floating(text, q, para, paras[pi - 1], ends[-1]):
                c = out[-1]
                name = c.rule.split("+")[0] + "+floating_previous_speaker"
                out[-1] = attrs.evolve(c, spans=c.spans + q.parts, rule=name)
                ends[-1] = q.after
            continue
        c, clause_end = found
        # the second half of a quote interrupted by its attribution: "A," she said. "B."
        j, join = _continuation(ctx, quoted, i, clause_end, para) if c.rule in _RESUMABLE else (None, False)
        if j is not None:
            used.update(range(i + 1, j + 1))
        if j is not None and join:
            parts = quoted[j].parts
            conj = _CONJ_GAP.search(text, clause_end, parts[0][0])
            if conj is not None:
                # `"A," he said, but "B."`: the corpus keeps the conjunction with the second half
                parts = ((conj.start("conj"), parts[0][1]),) + parts[1:]
            c = attrs.evolve(c, spans=c.spans + parts, rule=c.rule + "+interrupted")
            clause_end = quoted[j].after
        elif j is None and c.rule in _RESUMABLE:
            k = _lead_resume(ctx, quoted, i, clause_end, para)
            if k is not None:
                # '"A," said Roe, an aide. Now, "B."': the writer's lead-in opens the second half
                used.add(k)
                lead = _LEAD_RESUME.search(text, clause_end, quoted[k].open_mark).start("lead")  # type: ignore[union-attr]
                c = attrs.evolve(c, spans=c.spans + ((lead, quoted[k].parts[0][1]),), kind="mixed", rule=c.rule + "+lead_resumed")
                clause_end = quoted[k].after
        elif j is not None:
            tail = _run_on_tail(ctx, quoted[j])
            if tail is not None:
                # '"A," she said. "B" for the mill.': the writer finishes the second half
                c = attrs.evolve(c, spans=c.spans + ((quoted[j].open_mark, tail),), kind="mixed", rule=c.rule + "+run_on")
                clause_end = tail
        out.append(_outer_source(text, c))
        ends.append(max(clause_end, q.after))
    return out
