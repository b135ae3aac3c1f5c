"""The reported-speech stage's fast paths give exactly what the plain patterns give."""

from __future__ import annotations

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
        "",
        "said",
    ],
)
def test_cue_hits_equal_finditer(text: str) -> None:
    """The cue scan yields the cue pattern's own matches, groups included."""
    lex = Lexicon.default()
    want = [(m.span(), m.groupdict()) for m in _patterns(lex).cue.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _cue_hits(text, lex)] == want


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
