"""Tests of the reported-speech stage: cue-anchored clauses, speakers and kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotekit
from quotekit._lexicon import Lexicon, parse_lines
from quotekit._marks import find_quoted
from quotekit._marks import kind_of
from quotekit._reported import CUE_LISTS, report
from quotekit._text import Layout

FIXTURES = Path(__file__).parent / "fixtures"
_EDGE = " \t\r\n\"“”„«»‘’'`.,;:!?—–-()"


def _cases(name: str) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    blocks = (FIXTURES / name).read_text("utf-8").split("\n.\n")
    out = []
    for block in blocks:
        lines = [ln for ln in block.splitlines() if not ln.startswith("#")]
        if not lines or "---" not in lines:
            continue
        cut = lines.index("---")
        case, text = lines[0], "\n".join(lines[1:cut])
        want = []
        for ln in lines[cut + 1 :]:
            if ln.strip() and ln.strip() != "(none)":
                content, speaker, kind = (p.strip() for p in ln.split("||"))
                want.append((content.strip(_EDGE), speaker, kind))
        out.append((case, text, want))
    return out


def _got(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, kind) per quote; a content in several spans is joined by `|`."""
    return [
        ("|".join(text[a:b].strip(_EDGE) for a, b in q.spans), q.speaker.text if q.speaker else "", q.kind)
        for q in quotekit.extract(text)
    ]


@pytest.mark.parametrize(("case", "text", "want"), _cases("reported.txt"), ids=lambda v: v if isinstance(v, str) and " " not in v else "")
def test_fixture(case: str, text: str, want: list[tuple[str, str, str]]) -> None:
    """Each fixture text gives exactly the expected quotes, speakers and kinds."""
    assert _got(text) == want, case


def test_offsets_index_the_text() -> None:
    """Every content, speaker and cue span indexes the caller's text."""
    text = "Officials said the road would reopen, and the mayor said the park would too."
    layout = Layout.of(text)
    for c in report(text, layout, find_quoted(text, layout.paragraphs), Lexicon.default()):
        for a, b in (*c.spans, c.speaker, c.cue):
            assert 0 <= a < b <= len(text)
        assert text[c.cue[0] : c.cue[1]].split()[-1] == "said"


def test_cue_inside_quote_is_ignored() -> None:
    """A reporting verb inside quote marks never starts a reported candidate."""
    text = '"The pilots said the runway was icy," the airline said.'
    layout = Layout.of(text)
    cands = report(text, layout, find_quoted(text, layout.paragraphs), Lexicon.default())
    assert all(text[c.cue[0] : c.cue[1]] != "said" or c.cue[0] > 40 for c in cands if c.cue)


def test_kind_follows_the_corpus_rule() -> None:
    """kind_of says direct inside marks, mixed with quoted words, indirect without."""
    text = 'He said "all is well" and that the "plan" works.'
    assert kind_of(text, ((9, 20),)) == "direct"
    assert kind_of(text, ((26, 47),)) == "mixed"
    assert kind_of(text, ((0, 7),)) == "indirect"


def test_participle_keeps_the_sentence_speaker() -> None:
    """`..., saying ...` reports the clause with the main clause's speaker."""
    text = "Engineers at the dam would not confirm the figures Monday, saying they did not wish to alarm anyone."
    got = {q.text.strip(_EDGE): q.speaker.text for q in quotekit.extract(text) if q.speaker}
    assert got.get("they did not wish to alarm anyone") == "Engineers at the dam"


def test_document_cue_needs_document_or_that() -> None:
    """`found` attributes with a document subject or a that-clause, not a lost-keys story."""
    assert _got("A survey by the institute found most residents support the tram.")[0][1] == "A survey by the institute"
    assert _got("The gardener found a ring under the roses.") == []


def test_cue_data_files_are_sorted_unique_and_lowercase() -> None:
    """The cue lexicons are sorted, unique, lowercase and say where they came from."""
    root = Path(quotekit.__file__).parent / "data"
    for name in (*CUE_LISTS, "document_nouns"):
        raw = (root / f"{name}.txt").read_text("utf-8")
        assert raw.startswith("#") and "Source:" in raw, name
        entries = list(parse_lines(raw.splitlines()))
        assert entries == sorted(set(entries)), name
        assert all(e == e.lower().strip() for e in entries), name


def test_conjoined_speakers() -> None:
    """Two conjoined speakers are reported as one speaker phrase."""
    assert _got("The mayor and the governor said the levee would hold.")[0][1] == "The mayor and the governor"


def test_and_between_clauses_is_no_conjoined_speaker() -> None:
    """An `and` joining two clauses does not glue the first clause to the speaker."""
    assert _got("The storm passed and officials said the roads were clear.")[0][1] == "officials"


def test_speech_participle_without_comma() -> None:
    """`... a letter saying CLAUSE` reports the clause though no comma precedes the cue."""
    got = _got("The union sent members a letter saying the strike would end on Friday.")
    assert [g[0] for g in got] == ["the strike would end on Friday"]


def test_no_break_space_ends_a_sentence() -> None:
    """A no-break space after a full stop ends the sentence, so two reports stay apart."""
    got = _got("The mayor said the bridge would reopen.\xa0Traffic was light, officials said.")
    assert got == [("the bridge would reopen", "The mayor", "indirect"), ("Traffic was light", "officials", "indirect")]


def test_short_place_before_a_closing_participle() -> None:
    """`CLAUSE, X said Tuesday in Dover, noting ...` still reads the clause before the speaker."""
    got = _got("The ferry will run again, the captain said Tuesday in Dover, noting the repairs.")
    assert got[0] == ("The ferry will run again", "the captain", "indirect")


def test_according_to_a_separator_names_no_source() -> None:
    """`..., according to` and a lone line separator gives no speaker made of whitespace."""
    for sep in ("\x85", "\u2028", "\u00a0"):
        text = f"The ferry will run on Sundays, according to{sep}"
        for q in quotekit.extract(text):
            assert q.speaker is None or q.speaker.text.strip(), repr(sep)
