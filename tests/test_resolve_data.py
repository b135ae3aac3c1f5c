"""Tests of the resolver's word lists: sorted, unique, lowercase, exclusive where they must be."""

from __future__ import annotations

from importlib import resources

import pytest

from quotekit._lexicon import Lexicon, parse_lines

FILES = (
    "anonymous_heads",
    "document_heads",
    "honorifics",
    "org_heads",
    "role_modifiers",
    "stopwords",
    "titles",
)


@pytest.mark.parametrize("name", FILES)
def test_list_is_sorted_unique_lowercase(name: str) -> None:
    """Each resolver list is sorted, without duplicates, all lowercase, with a source header."""
    raw = (resources.files("quotekit") / "data" / f"{name}.txt").read_text("utf-8")
    entries = list(parse_lines(raw.splitlines()))
    assert raw.startswith("#") and "Source" in raw.split("\n\n")[0] + raw[:400]
    assert entries == sorted(set(entries)) and all(e == e.lower() for e in entries)


def test_heads_are_exclusive() -> None:
    """A head word names a document, an organisation or unnamed people, never two of them."""
    lex = Lexicon.default()
    assert not lex["document_heads"] & lex["org_heads"]
    assert not lex["document_heads"] & lex["anonymous_heads"]
    assert not lex["org_heads"] & lex["anonymous_heads"]


def test_synonym_groups_have_two_words_or_more() -> None:
    """Every title synonym group relates at least two words."""
    assert all(len(g.split()) >= 2 for g in Lexicon.default()["title_synonyms"])
