"""Tests for `_lazy`: module-level patterns compiled on first use."""

from __future__ import annotations

import re

import regex

from quotekit._lazy import lazy


def test_lazy_pattern_compiles_on_first_read_only() -> None:
    """Nothing is compiled until a method is called, and then only once."""
    calls = []

    def counting_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
        calls.append(pattern)
        return regex.compile(pattern, flags)

    pat = lazy(counting_compile, r"\p{Lu}\w+")
    assert calls == []
    m = pat.search("met Ines Halvorsen")
    assert m is not None and m.group() == "Ines"
    assert [m.group() for m in pat.finditer("Ines and Oskar")] == ["Ines", "Oskar"]
    assert calls == [r"\p{Lu}\w+"]
    assert pat.groupindex == {} and calls == [r"\p{Lu}\w+"]


def test_lazy_pattern_calls_go_to_the_compiled_pattern_after_the_first() -> None:
    """After the first call the stand-in holds the compiled pattern's own bound methods."""
    pat = lazy(re.compile, r"[a-z]+")
    assert pat.fullmatch("quay") is not None
    assert pat.search == re.compile(r"[a-z]+").search  # the same pattern, from re's cache


def test_lazy_pattern_matches_like_the_compiled_one() -> None:
    """Flags and named lists reach the compile call, so the matches are the compiled pattern's."""
    words = ["harbour", "pier"]
    eager = regex.compile(r"(?r)\b\L<w>\b", regex.I, w=words)
    later = lazy(regex.compile, r"(?r)\b\L<w>\b", regex.I, w=words)
    text = "the Pier by the harbour, not the piers"
    assert [m.span() for m in later.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert later.groupindex == eager.groupindex
    plain = lazy(re.compile, r"\d+(?=\s)")
    assert plain.findall("12 boats, 3 quays and 40") == ["12", "3"]


def test_lazy_pattern_source_is_read_without_compiling() -> None:
    """`.pattern` gives the source as written, for building other patterns, without compiling."""

    def no_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
        raise AssertionError("compiled")

    assert lazy(no_compile, r"[,;]\s").pattern == r"[,;]\s"
