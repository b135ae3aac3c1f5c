"""Tests of attribution: golden fixture cases (tests/fixtures/quoted*.txt) and rule details.

The fixtures hold one case per attribution layout, negative cases (scare quotes,
titles, slogans, quoted terms), regressions named after the issue, and known
failures run as strict xfails. Their format is described at the top of quoted.txt.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit._attribution import Candidate, attribute
from quotekit._lexicon import Lexicon, parse_lines
from quotekit._marks import find_quoted
from quotekit._text import Layout

FIXTURES = Path(__file__).parent / "fixtures"
DATA = Path(quotekit.__file__).parent / "data"


def read_cases(path: Path) -> list[tuple[str, str, list[tuple[str, str | None, list[str]]]]]:
    """Parse a dot-delimited fixture file into (name, text, expected quotes)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    cases = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.startswith("#"):
            i += 1
            continue
        name = line.strip()
        assert lines[i + 1] == ".", f"{path.name}: case {name!r} needs a dot line after its name"
        j = lines.index(".", i + 2)
        text = "\n".join(lines[i + 2 : j])
        k = lines.index(".", j + 1)
        expected = []
        for row in lines[j + 1 : k]:
            if row.strip() == "-":
                continue
            rule, speaker, parts = (x.strip(" ") for x in row.split(" | ", 2))
            expected.append((rule, None if speaker == "-" else speaker, [p for p in parts.split(" ‖ ")]))
        cases.append((name, text, expected))
        i = k + 1
    return cases


def got(text: str) -> list[tuple[str, str | None, list[str]]]:
    """What the pipeline reports, in the fixtures' terms."""
    return [
        (q.rule, q.speaker.text if q.speaker else None, [text[a:b] for a, b in q.spans])
        for q in quotekit.extract(text)
    ]


def params(*names: str, xfail: bool = False) -> list[object]:
    marks = [pytest.mark.xfail(strict=True, reason="known failure")] if xfail else []
    return [
        pytest.param(text, expected, id=f"{name.split('.')[0]}:{case}", marks=marks)
        for name in names
        for case, text, expected in read_cases(FIXTURES / name)
    ]


@pytest.mark.parametrize(
    ("text", "expected"), params("quoted.txt", "quoted_negative.txt", "quoted_regressions.txt")
)
def test_fixture_case(text: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
    """Each golden case yields exactly the expected quotes, rules and speakers."""
    assert got(text) == expected


@pytest.mark.parametrize(("text", "expected"), params("quoted_known_failures.txt", xfail=True))
def test_known_failure(text: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
    """Known failures still fail; when one passes it must move to quoted.txt."""
    assert got(text) == expected


def test_fixture_files_parse() -> None:
    """Every fixture file parses and has cases with unique names."""
    for path in sorted(FIXTURES.glob("quoted*.txt")):
        names = [c[0] for c in read_cases(path)]
        assert names and len(names) == len(set(names)), path.name


def _candidates(text: str) -> list[Candidate]:
    layout = Layout.of(text)
    return attribute(text, layout, find_quoted(text, layout.paragraphs), Lexicon.default())


def test_attribute_gives_direct_candidates_with_spans_into_the_text() -> None:
    """`attribute` returns direct candidates whose spans, speaker and cue index the text."""
    text = 'Intro line.\n\n"We will win," said Ana Ruiz. "Soon."'
    [c] = _candidates(text)
    assert c.kind == "direct" and c.rule == "QVS+interrupted"
    assert [text[a:b] for a, b in c.spans] == ["We will win,", "Soon."]
    assert c.speaker and text[c.speaker[0] : c.speaker[1]] == "Ana Ruiz"
    assert c.cue and text[c.cue[0] : c.cue[1]] == "said"


def test_unattributed_quotes_give_no_candidate() -> None:
    """A quoted span with no speaker in reach is not reported."""
    assert _candidates('The word "synergy" appears twice in the memo.') == []


def test_speech_verbs_extend_through_the_lexicon() -> None:
    """A verb added to the lexicon makes a new attribution possible."""
    text = '"We won," Ruiz crowed.'
    assert quotekit.extract(text) == []
    lex = Lexicon.default().extend(speech_verbs=["crowed"])
    [q] = quotekit.extract(text, lexicon=lex)
    assert q.speaker and q.speaker.text == "Ruiz"


@pytest.mark.parametrize("name", ["speech_verbs.txt", "quote_labels.txt"])
def test_data_file_is_sorted_unique_and_lower_case(name: str) -> None:
    """Attribution data files are sorted, unique, lower-case and say where they come from."""
    raw = (DATA / name).read_text(encoding="utf-8")
    entries = parse_lines(raw.splitlines())
    assert raw.startswith("#") and "Source" in raw.split("\n\n")[0]
    assert list(entries) == sorted(set(entries))
    assert all(e == e.lower() and e == " ".join(e.split()) for e in entries)


def test_speech_verbs_cover_common_inflections() -> None:
    """The speech-verb list has the inflected forms news uses and no misspelt ones."""
    verbs = Lexicon.default()["speech_verbs"]
    assert {"said", "says", "told", "added", "insisted", "tweeted", "wrote", "according to"} <= verbs
    assert not {"admited", "agreing", "braged", "think", "know"} & verbs
    assert len(verbs) >= 300


_TEXT = st.lists(st.sampled_from(list('ab ."“”\'’,:\n') + ["said", " he ", "Ann", "according to "]), max_size=40).map("".join)


@given(_TEXT)
def test_speaker_never_inside_the_quote(text: str) -> None:
    """On any text, a speaker span indexes the text and lies outside every quote part."""
    for c in _candidates(text):
        for a, b in c.spans:
            assert 0 <= a <= b <= len(text)
        if c.speaker:
            s, e = c.speaker
            assert 0 <= s < e <= len(text)
            assert all(e <= a or s >= b for a, b in c.spans)


def _doc_examples() -> list[tuple[str, str, str, list[str]]]:
    """(rule heading, input, speaker, parts) for each example in docs/rules.md's quoted section."""
    doc = (Path(__file__).parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    section = doc.split("## Quoted attribution rules", 1)[1].split("\n## ", 1)[0]
    out = []
    heading = ""
    lines = section.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("### "):
            heading = line[4:].strip()
        elif line.startswith("    -> "):
            speaker, parts = line[7:].split(" | ", 1)
            out.append((heading, lines[i - 1][4:].replace("¶", "\n\n"), speaker, parts.split(" ‖ ")))
    return out


@pytest.mark.parametrize(("rule", "text", "speaker", "parts"), _doc_examples())
def test_rules_doc_examples(rule: str, text: str, speaker: str, parts: list[str]) -> None:
    """Every example in docs/rules.md gives the documented speaker, parts and rule."""
    [q] = [q for q in quotekit.extract(text) if [text[a:b] for a, b in q.spans] == parts]
    assert q.speaker and q.speaker.text == speaker
    assert rule.lstrip("+") in q.rule


def test_rules_doc_has_an_example_per_rule() -> None:
    """docs/rules.md documents every rule name the attribution stage can produce."""
    documented = {r for r, *_ in _doc_examples()}
    assert {"QSV", "QVS", "according_to", "dash", "SVQ", "VSQ", "lead_in", "SVQ_paragraph",
            "SVQ_participle", "+interrupted", "+floating_previous_speaker", "subject_colon",
            "SVQ_run_on", "mixed_after", "+run_on", "as_put"} <= documented


_WORDS_ST = st.lists(st.text(alphabet="abS é-", min_size=1, max_size=5), min_size=1, max_size=8)
_TEXT_ST = st.text(alphabet="abS é-xAB", max_size=14)


@given(_WORDS_ST, _TEXT_ST, st.booleans())
def test_trie_matches_like_the_named_list(words: list[str], text: str, reverse: bool) -> None:
    """A speech-verb trie finds the same matches, backtracking in the same order, as `\\L<list>`."""
    import regex

    from quotekit._lexicon import trie as _trie

    flag = "(?r)" if reverse else ""
    # a tail after the list forces backtracking into shorter entries
    tail = r"(?P<t>b?S?)$" if reverse else r"(?P<t>b?S?)"
    named = regex.compile(flag + r"(?P<w>\L<words>)" + tail, words=words)
    trie = regex.compile(flag + "(?P<w>" + _trie(words, reverse) + ")" + tail)
    for i in range(len(text) + 1):
        a, b = named.search(text, i), trie.search(text, i)
        assert (a and a.spans("w") + a.spans("t")) == (b and b.spans("w") + b.spans("t"))


def test_trie_of_no_words_matches_nothing() -> None:
    """An empty speech-verb list gives a pattern that never matches."""
    import regex

    from quotekit._lexicon import trie as _trie

    assert regex.search(_trie([]), "said anything") is None


def test_speech_verb_patterns_compile_on_first_use_once_per_lexicon() -> None:
    """The speech-verb patterns are compiled when first used, once per lexicon."""
    from quotekit._attribution import _patterns

    pats = _patterns(Lexicon.default().extend(speech_verbs=["harrumphed"]))
    assert [getattr(p, "_compiled") for p in (pats.qvs, pats.qsv, pats.svq, pats.second_cue)] == [None] * 4
    m = pats.qsv.match(", Ona Vale harrumphed")
    assert m is not None and m.group("spk", "cue") == ("Ona Vale", "harrumphed")
    compiled = getattr(pats.qsv, "_compiled")
    assert compiled is not None and getattr(pats.qvs, "_compiled") is None
    assert pats.qsv.match(", Ona Vale harrumphed") is not None and getattr(pats.qsv, "_compiled") is compiled


@given(st.lists(st.text(alphabet="abSB -", min_size=1, max_size=5), min_size=1, max_size=8), _TEXT_ST)
def test_case_blind_cue_list_matches_like_the_named_list(words: list[str], text: str) -> None:
    """The case-blind cue alternation (`qvs`) matches like `\\L<verbs>` under IGNORECASE."""
    import regex

    from quotekit._attribution import _cue_list

    named = regex.compile(r"(?P<w>\L<verbs>)(?P<t>b?S?)", regex.I, verbs=words)
    trie = regex.compile("(?P<w>" + _cue_list(words, ignore_case=True) + ")(?P<t>b?S?)", regex.I, verbs=words, ignore_unused=True)
    for i in range(len(text) + 1):
        a, b = named.match(text, i), trie.match(text, i)
        assert (a and a.spans("w") + a.spans("t")) == (b and b.spans("w") + b.spans("t"))


@pytest.mark.parametrize(
    "lead",
    ["Her backers answered with cries of", "The fans broke into chants of", "Marchers kept up a cry of",
     "Her backers met him with calls of", "When the mayor rose, the port workers began screaming",
     "When the mayor rose, the students kept yelling back,"],
)
def test_chant_cue_words_pass_the_substring_test(lead: str) -> None:
    """Every kind of chant cue still reaches the chant pattern past its cheap word test."""
    text = f'{lead} "Open the gates!" as the barge passed.'
    lay = Layout.of(text)
    cands = attribute(text, lay, find_quoted(text, lay.paragraphs), Lexicon.default())
    assert [c.rule for c in cands] == ["chant_group"]
