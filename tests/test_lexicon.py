"""Tests of the lexicon loader and of the shipped data files themselves."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from quotekit import Lexicon
from quotekit._lexicon import parse_lines

DATA = resources.files("quotekit") / "data"
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".txt"))


def test_parse_lines_drops_comments_and_blanks() -> None:
    """Comments and blank lines are not entries; entries are stripped."""
    assert parse_lines(["# header", "", "  said  # the commonest cue", "told"]) == ("said", "told")


def test_default_lexicon_has_each_data_file() -> None:
    """Every data file becomes a list named after its stem."""
    lex = Lexicon.default()
    for name in FILES:
        assert lex[name[:-4]], name


def test_extend_returns_a_new_lexicon() -> None:
    """`extend` adds entries without changing the original lexicon."""
    lex = Lexicon.default()
    more = lex.extend(speech_verbs=["harrumphed"])
    assert "harrumphed" in more["speech_verbs"]
    assert "harrumphed" not in lex["speech_verbs"]


@pytest.mark.parametrize("name", FILES)
def test_data_file_is_documented_sorted_unique_normalised(name: str) -> None:
    """Each data file says where it came from and its entries are sorted, unique and NFC."""
    raw = (DATA / name).read_text("utf-8")
    assert raw.lstrip().startswith("#"), f"{name} needs a header comment naming its source"
    entries = parse_lines(raw.splitlines())
    assert len(entries) == len(set(entries)), f"{name} has duplicates"
    assert list(entries) == sorted(entries, key=str.casefold) or list(entries) == sorted(entries), (
        f"{name} is not sorted"
    )
    for e in entries:
        assert e == unicodedata.normalize("NFC", e) and e == " ".join(e.split()), f"{name}: {e!r}"
