"""The reported-speech stage's fast paths give exactly what the plain patterns give."""

from __future__ import annotations

import re

import pytest

from quotekit._lexicon import Lexicon
from quotekit._reported import _ADJUNCT, _adjunct, _cue_hits, _cue_words, _forward, _patterns, _trim_span, _TRAILING


def test_cue_words_start_and_end_with_a_letter() -> None:
    """Every cue word starts and ends with a letter, which the cue scan relies on."""
    words = _cue_words(Lexicon.default())
    assert words and all(w[0].isalpha() and w[-1].isalpha() for w in words)


@pytest.mark.parametrize(
    "text",
    [
        "Said the mayor: the bridge opens.",
        "She said, he said, they said it; according to Ann Roe, so-called well-told tales.",
        "The clerk’s told-you-so, o'said, x_said and said-so are no cues, but (said) is.",
        "According  to the port, ships wait. Asked why, Lee says “more later”.",
        "May Day: Mayor Roe Says Bells Ring; Accordingly, Wells Warns (Pay Rips) and Tells.",
        "Zoésaid it, Roe’said so, café—said he\u00a0said, ½said «said» 東said.",
        "",
        "said",
    ],
)
def test_cue_hits_equal_finditer(text: str) -> None:
    """The cue scan yields the cue pattern's own matches, groups included."""
    lex = Lexicon.default()
    want = [(m.span(), m.groupdict()) for m in _patterns(lex).cue.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _cue_hits(text, lex)] == want


@pytest.mark.parametrize("extra", [(), ("out",), ("clear", "to")])
def test_cue_hits_equal_finditer_with_nested_phrases(extra: tuple[str, ...]) -> None:
    """A lexicon where a cue starts inside a phrase (`clear` in `made it clear`) gets the same hits."""
    lex = Lexicon.default().extend(reporting_verbs=extra)
    text = "Lee made it clear, (pointed out) she said. “Made it clear” and\nclear to\tsaid; according\nto Roe, out."
    want = [(m.span(), m.groupdict()) for m in _patterns(lex).cue.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _cue_hits(text, lex)] == want


@pytest.mark.parametrize(
    "text",
    [
        "Lee said “we are confident it holds,” and Roe, wary, is confident that “Ann said so.”",
        "« confident » she said; “ hopeful ” and ‘worried’ he was worried, “said”confident said.",
        "Roe said: “the plan is eager\n“According to Lee, she was eager,” he said, confident.",
    ],
)
def test_scan_skipping_quoted_parts_keeps_the_cues_outside_and_every_adjective(text: str) -> None:
    """Skipping the quoted parts drops exactly the cues inside them; the stance adjectives are all found."""
    from quotekit._marks import find_quoted
    from quotekit._reported import _scan
    from quotekit._text import Layout

    for lex in (Lexicon.default(), Lexicon.default().extend(reporting_verbs=("clear", "to"))):
        parts = sorted(p for q in find_quoted(text, Layout.of(text).paragraphs) for p in q.parts)
        assert parts
        hits, stance = _scan(text, lex)
        skipped_hits, skipped_stance = _scan(text, lex, parts)
        outside = [m for m in hits if not any(a <= m.start() < b for a, b in parts)]
        assert [m.span() for m in skipped_hits] == [m.span() for m in outside]
        assert skipped_stance == stance


@pytest.mark.parametrize("tail", [" on Monday that", "  yesterday", " in a statement", " inland", " the plan", "\tlater", " ", ""])
def test_adjunct_shortcut_agrees_with_the_pattern(tail: str) -> None:
    """Skipping `_ADJUNCT` on a word it cannot start with never loses a match."""
    text = "Roe said" + tail
    got, want = _adjunct(text, 8, len(text)), _ADJUNCT.match(text, 8, len(text))
    assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize(
    "clause",
    ["the mill will close in a statement Monday.", "the mill will close on Fox News", "taxes will rise.", "it works through a spokeswoman!"],
)
def test_forward_shortcut_agrees_with_the_pattern(clause: str) -> None:
    """Skipping `_TRAILING` on a clause that ends with none of its words changes nothing."""
    a, b = _trim_span(clause, 0, len(clause))
    m = _TRAILING.match(clause, max(a, b - 90), b)
    want = (a, m.start()) if m and m.start() > a + 10 else (a, b)
    assert _forward(clause, 0, len(clause)) == want


def test_tokens_match_the_plain_word_pattern() -> None:
    """The tokenizer's ASCII-first classes give the tokens of the plain `\\w` pattern."""
    import re

    from quotekit._reported import _tokens

    text = "Zoë Ölund\u0301 (D-Ore.) said ‘5%’ of O’Neill’s _aides\x1c—“no” & 3.5 co-ops…"
    plain = re.compile(r"\w[\w.'’\-&]*|[^\s\w]")
    assert [(a, b, w) for a, b, w in _tokens(text, 0, len(text))] == [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "clause",
    [
        "the dam would hold for another ten years at least",
        "the dam would hold for years; the river is low",
        "the dam would hold for years, which surprised few",
        "the dam would hold for years and has been tested",
        "the dam would hold. “Nobody doubts it",
        "the dam would hold for years — it is old",
    ],
)
def test_clause_end_shortcut_never_skips_a_match(clause: str) -> None:
    """`_CLAUSE_END` finds nothing in a clause that `_may_end_clause` rules out."""
    from quotekit._reported import _CLAUSE_END, _may_end_clause

    found = _CLAUSE_END.search(clause, 20, len(clause))
    assert found is None or _may_end_clause(clause, 20, len(clause))


def _opens_with(seq: list, openers: str) -> bool:
    """Whether every match of the parsed pattern `seq` opens with a character of `openers`
    (literals, or `\\s` for the space category)."""
    from re import _constants as C  # type: ignore[attr-defined]

    def allowed(op: object, av: object) -> bool:
        if op is C.LITERAL:
            return chr(av) in openers  # type: ignore[arg-type]
        return op is C.CATEGORY and av is C.CATEGORY_SPACE and "\\s" in openers

    op, av = seq[0]
    if op is C.LITERAL:
        return allowed(op, av)
    if op is C.IN:
        return all(allowed(o, a) for o, a in av)
    if op is C.SUBPATTERN:
        return _opens_with(list(av[3]), openers)
    if op is C.BRANCH:
        return all(_opens_with(list(alt), openers) for alt in av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _, item = av
        return _opens_with(list(item), openers) and (low > 0 or _opens_with(seq[1:], openers))
    return False


def test_long_tail_lookahead_covers_every_alternative() -> None:
    """Every `_LONG_TAIL` alternative opens with a character its look-ahead lets through."""
    import re
    from re import _parser  # type: ignore[attr-defined]

    from quotekit._reported import _LONG_TAIL, _LONG_TAIL_OPENERS

    assert _opens_with(list(_parser.parse(_LONG_TAIL.pattern, re.X)), _LONG_TAIL_OPENERS)
    assert not _opens_with(list(_parser.parse(r",\s|x", re.X)), _LONG_TAIL_OPENERS)


@pytest.mark.parametrize(
    "clause",
    [
        "the mill will close, a move that hurts, she said",
        "taxes will rise in a speech to donors on Friday",
        "the plan works — and the co-op has since closed",
        "it was safe: The quay is open",
        "prices fell, though she gave no date",
        "",
    ],
)
def test_long_tail_lookahead_finds_the_same_matches(clause: str) -> None:
    """The look-ahead form of `_LONG_TAIL` finds the plain pattern's matches and groups."""
    from quotekit._reported import _LONG_TAIL, _LONG_TAIL_AT

    assert _tail_matches(_LONG_TAIL_AT, clause) == _tail_matches(_LONG_TAIL, clause)


@pytest.mark.parametrize(
    "clause",
    [
        "the mill will close, a move that hurts jobs",
        "the mill will close, where he worked",
        "the mill will close: The quay is open",
        "the mill will close, though she gave no date",
        "the mill will close, forcing layoffs",
        "the mill, which is old, will close, as compared with 2019",
    ],
)
def test_long_tail_punct_finds_the_same_matches(clause: str) -> None:
    """With no dash, trail word or occasion in a clause, the comma and colon alternatives find all matches."""
    from quotekit._reported import _LONG_TAIL, _LONG_TAIL_PUNCT

    assert _tail_matches(_LONG_TAIL_PUNCT, clause) == _tail_matches(_LONG_TAIL, clause) != []


def _tail_matches(pattern: re.Pattern[str], clause: str) -> list[tuple[tuple[int, int], str | None]]:
    """The spans and alternative names of a `_LONG_TAIL`-like pattern's matches in `clause`, past its first character."""
    return [(m.span(), m.lastgroup) for m in pattern.finditer(clause, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Her calls for calm and his plea for “unity” came after recalls for repairs.",
        "pleas for $5 call for call for x; the callers for hire; a plea for",
        "No appeals here. Calls for 12 and a call for\ta vote, calling for a plea for peace.",
        "",
    ],
)
def test_call_for_scan_equals_finditer(text: str) -> None:
    """The `call for` scan yields the pattern's own matches in text order."""
    from quotekit._reported import _CALL_FOR, _call_for_scan

    assert [(m.span(), m.group()) for m in _call_for_scan(text)] == [(m.span(), m.group()) for m in _CALL_FOR.finditer(text)]


def _starts(seq: list, n: int) -> set[str]:
    """Sample strings for the first `n` characters a match of the parsed pattern `seq` can
    open with: a class stands for its literals, range ends and (for `\\s`) four spaces;
    look-arounds are skipped, which only widens the set, and anything else gives a
    character no look-ahead lets through."""
    from re import _constants as C  # type: ignore[attr-defined]

    if n == 0 or not seq:
        return {""}
    (op, av), rest = seq[0], seq[1:]
    if op is C.LITERAL:
        return {chr(av) + s for s in _starts(rest, n - 1)}  # type: ignore[arg-type]
    if op is C.IN:
        chars: set[str] = set()
        for o, a in av:  # type: ignore[union-attr]
            if o is C.LITERAL:
                chars.add(chr(a))
            elif o is C.RANGE:
                chars.update((chr(a[0]), chr(a[1])))
            elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
                chars.update(" \t\n\xa0")
            else:
                chars.add("\x00")
        return {c + s for c in chars for s in _starts(rest, n - 1)}
    if op is C.SUBPATTERN:
        return _starts(list(av[3]) + rest, n)  # type: ignore[index]
    if op is C.BRANCH:
        return set().union(*(_starts(list(alt) + rest, n) for alt in av[1]))  # type: ignore[index]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, item = av  # type: ignore[misc]
        once = _starts(list(item) + ([(op, (max(low - 1, 0), high if high is C.MAXREPEAT else high - 1, item))] if high != 1 else []) + rest, n)
        return once | (_starts(rest, n) if low == 0 else set())
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return _starts(rest, n)
    return {"\x00"}


def test_long_tail_second_lookahead_covers_every_alternative() -> None:
    """Every way a `_LONG_TAIL` match can open passes the look-ahead of `_LONG_TAIL_AT`."""
    import re
    from re import _parser  # type: ignore[attr-defined]

    from quotekit._reported import _LONG_TAIL, _LONG_TAIL_AT

    look = re.compile(_LONG_TAIL_AT.pattern[: -len(_LONG_TAIL.pattern) - len("(?:)")])  # the look-ahead alone
    starts = _starts(list(_parser.parse(_LONG_TAIL.pattern, re.X)), 3)
    assert starts and all(look.match(s) for s in starts), sorted(s for s in starts if not look.match(s))
    assert not all(look.match(s) for s in _starts(list(_parser.parse(r"\sbecause\s|,", re.X)), 3))


def test_np_adjunct_words_are_the_scan_words() -> None:
    """`_NP_ADJUNCT_WORDS` holds every word `_NP_ADJUNCT_AT` opens with (its days hold `day`), and
    `_OCCASION_LEAD` opens with exactly the three prepositions `_long_tail` tests for before it."""
    import re

    from quotekit._reported import _NP_ADJUNCT_AT, _NP_ADJUNCT_WORDS, _OCCASION_LEAD

    words = set(re.findall(r"[a-z]{2,}", _NP_ADJUNCT_AT.pattern.split(")\\s|")[0]))
    days = re.findall(r"[A-Z][a-z]+", _NP_ADJUNCT_AT.pattern)
    assert words == _NP_ADJUNCT_WORDS and len(days) == 7 and all("day" in d for d in days)
    assert set(re.findall(r"[a-z]{2,}", _OCCASION_LEAD.pattern.split(")")[0])) == {"in", "during", "at"}


def test_long_tail_cuts_a_noun_phrase_and_an_occasion() -> None:
    """The word tests before the searches still let the noun-phrase and occasion cuts through."""
    from quotekit._reported import _long_tail

    text = "the new ferry levy on Friday after the vote"
    assert _long_tail(text, 0, len(text)) == len("the new ferry levy")
    text = "taxes would go up for every family in the state in a speech on Friday"
    assert _long_tail(text, 0, len(text)) == text.index(" in a speech")
    text = "taxes would go up for every family in the state\tin a speech on Friday"
    assert _long_tail(text, 0, len(text)) == text.index("\tin a speech")


def test_pattern_heads_cover_every_opening_word() -> None:
    """The word sets tested before `_SHORT_PP`, `_FINITE_START` and `_ROUGH_COUNT` hold
    every word those patterns open with (by its first two letters where the set says so)."""
    import re

    from quotekit._reported import _FINITE_HEADS, _FINITE_START, _ROUGH_COUNT, _ROUGH_LEADS, _SHORT_PP, _SHORT_PP_HEADS

    def opening(pattern: str) -> list[str]:
        return re.findall(r"[a-z]+", pattern.split(")")[0])

    assert {w[:2] for w in opening(_SHORT_PP.pattern)} == _SHORT_PP_HEADS
    assert {w[:2] for w in opening(_FINITE_START.pattern)} == _FINITE_HEADS
    assert set(opening(_ROUGH_COUNT.pattern)) == _ROUGH_LEADS


def test_pretested_patterns_still_fire() -> None:
    """A short place before `, adding`, a finite verb after a noun cue, a rough count and a
    coordinated cue are read as before the cheap tests in front of their patterns."""
    from quotekit._reported import _clause_start, _ends_attribution, _subject_head

    assert _ends_attribution("in Tulsa, adding that the dam held")
    assert not _ends_attribution("that the dam held")
    text = "The big worry is the dam."
    assert _subject_head(text, 0, (0, 7), (text.index("is"), len(text)))
    assert not _subject_head(text, 0, (0, 7), (text.index("the dam"), len(text)))
    text = "said about half of the crews left"
    assert _clause_start(text, 5, len(text), "said") == 5
    text = "said about the crews that they left"
    assert _clause_start(text, 5, len(text), "said") == text.index("that")


def _first_words(pattern: str) -> list[str]:
    """The letters each choice of the group after the pattern's `,\\s+` opens with ("" for a class)."""
    body = pattern.split(r",\s+(?:", 1)[1]
    depth, alternatives, current = 1, [], ""
    for ch in body:
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 or (depth == 1 and ch == "|"):
            alternatives.append(current)
            current = ""
            if depth == 0:
                break
        else:
            current += ch
    return [re.match(r"(?:\(\?:)*([a-z]*)", alt).group(1) for alt in alternatives]


def test_comma_openers_cover_every_comma_pattern() -> None:
    """The opener lists `_object_end` tests after a comma and one space hold every word
    `_OBJECT_GOES_ON`, `_ASIDE_THEN` (besides its capital) and `_ADVERB_ASIDE` open with."""
    from quotekit._reported import _ADVERB_ASIDE, _ADVERB_OPENERS, _ASIDE_OPENERS, _ASIDE_THEN, _GOES_ON_OPENERS, _OBJECT_GOES_ON

    assert set(_first_words(_OBJECT_GOES_ON.pattern)) == set(_GOES_ON_OPENERS)
    aside = _first_words(_ASIDE_THEN.pattern)
    assert aside.count("") == 1 and r"|\p{Lu})" in _ASIDE_THEN.pattern
    assert all(w.startswith(_ASIDE_OPENERS) for w in aside if w)
    adverb = _first_words(_ADVERB_ASIDE.pattern)
    # (`(?:at\s+least\s+)?in\s+part` may open with `in` too)
    assert len(adverb) == 11 and all(w and w.startswith(_ADVERB_OPENERS) for w in adverb) and "in" in _ADVERB_OPENERS


def test_object_end_reads_the_comma_patterns() -> None:
    """A stance object runs on past `, including`, a `who` aside before its complement and
    an adverb aside, and stops at a plain comma."""
    from quotekit._reported import _OBJECT_END, _object_end

    def end(text: str) -> str:
        stop = _OBJECT_END.search(text, 0, len(text))
        return text[: _object_end(text, stop, len(text), False)]

    assert end("the levy, including the port fee, and left") == "the levy, including the port fee"
    assert end("the mayor, who runs the port, of lying") == "the mayor, who runs the port, of lying"
    assert end("the crews, in particular, as heroes") == "the crews, in particular, as heroes"
    assert end("the crews, and then she left") == "the crews"
