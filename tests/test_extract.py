"""Tests of the pipeline wiring and the public `extract` contract."""

import datetime as dt

import pytest

import quotekit


def test_simple_qsv() -> None:
    """A quote followed by `X said` is attributed to X."""
    text = '"The bridge reopens in May," the mayor said.'
    [q] = quotekit.extract(text)
    assert text[q.start : q.end] == q.text == "The bridge reopens in May,"
    assert q.speaker is not None and q.speaker.text == "the mayor"
    assert q.kind == "direct" and q.cue == "said"


def test_to_dict_has_exactly_the_contract_keys() -> None:
    """`Quote.to_dict()` returns exactly the documented keys."""
    [q] = quotekit.extract('"We are ready," said Ana Ruiz.')
    assert tuple(q.to_dict()) == quotekit.QUOTE_KEYS


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["a"]])
def test_non_string_input_is_an_input_error(bad: object) -> None:
    """Passing something other than str raises InputError, a ValueError."""
    with pytest.raises(quotekit.InputError):
        quotekit.extract(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        quotekit.extract(bad)  # type: ignore[arg-type]


def test_bad_published_date_is_an_input_error() -> None:
    """A published value that is not a date is rejected with a clear message."""
    with pytest.raises(quotekit.InputError, match="ISO date"):
        quotekit.extract("x", published="last Tuesday")


def test_published_accepts_date_and_string() -> None:
    """`published` may be a date or an ISO string, with the same result."""
    text = '"We are ready," the mayor said Monday.'
    a = quotekit.extract(text, published=dt.date(2024, 5, 10))
    b = quotekit.extract(text, published="2024-05-10")
    assert a == b and a[0].date_iso == "2024-05-06"


def test_empty_text_gives_no_quotes() -> None:
    """No match is a normal result: an empty list."""
    assert quotekit.extract("") == []
