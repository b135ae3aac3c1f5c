"""Tests of the `quotekit` command: formats, inputs, corpora, errors, exit codes, jobs."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import quotekit
from quotekit import cli

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "LAKEVIEW, Ore. (QK) — The pool reopens next week.\n\n"
    '"We fixed every leak we could find," said Parks Director Imani Castellano.\n\n'
    "“The water is warm again,” a pool worker said Monday.\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    """Run the command in-process and return (exit code, stdout, stderr)."""
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict[str, Any]]:
    """Parse JSON lines."""
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A small news text on disk."""
    p = tmp_path / "pool.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def corpus(tmp_path: Path, lines: list[str], name: str = "c.jsonl") -> Path:
    """Write a JSONL corpus of raw lines."""
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def doc_line(i: int, **extra: object) -> str:
    """A corpus line with one quote by a numbered speaker."""
    return json.dumps({"id": f"d{i}", "text": f'"Plan {i} is ready," said Nora Quill{i}.', **extra})


# ---- formats ----


def test_text_lists_speaker_role_place_and_quote(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """The text format shows each quote with its speaker, role, anonymity, place and kind."""
    code, out, err = run(capsys, article)
    assert code == 0
    assert f"== {article} (2 quotes)" in out
    assert "Parks Director Imani Castellano" in out and "We fixed every leak we could find," in out
    assert "a pool worker" in out and "anonymous" in out and "role: pool worker" in out
    assert "place:    LAKEVIEW, Ore." in out and "direct" in out
    assert "rule:" not in out


def test_explain_adds_rule_and_cue(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """--explain shows the rule/sieve that fired and the cue."""
    _, out, _ = run(capsys, article, "--explain")
    assert "rule:     QVS/" in out and "(cue: said)" in out


def test_jsonl_is_to_dict_with_doc(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """Each jsonl line is the quote's to_dict() with a leading "doc" naming the input."""
    code, out, _ = run(capsys, article, "-f", "jsonl")
    rows = jsonl(out)
    want = [q.to_dict() for q in quotekit.extract(ARTICLE)]
    assert code == 0 and len(rows) == 2
    assert all(list(r)[0] == "doc" and r.pop("doc") == str(article) for r in rows)
    assert rows == want


def test_json_is_one_array_of_the_jsonl_objects(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """The json format is one array holding exactly the jsonl objects."""
    _, lines, _ = run(capsys, article, "-f", "jsonl")
    _, arr, _ = run(capsys, article, "-f", "json")
    assert json.loads(arr) == jsonl(lines)


def test_json_without_quotes_is_an_empty_array(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A run that finds nothing still prints a valid JSON array."""
    p = tmp_path / "calm.txt"
    p.write_text("Nothing was said today.", encoding="utf-8")
    _, out, _ = run(capsys, p, "-f", "json")
    assert json.loads(out) == []


def test_csv_has_doc_and_contract_columns(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """CSV has a header of doc + QUOTE_KEYS and one row per quote, spans JSON-encoded."""
    _, out, _ = run(capsys, article, "-f", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == ("doc", *quotekit.QUOTE_KEYS)
    first = dict(zip(rows[0], rows[1]))
    q = quotekit.extract(ARTICLE)[0]
    assert first["doc"] == str(article) and json.loads(first["spans"]) == [list(s) for s in q.spans]
    assert int(first["start"]) == q.start and first["anonymous"] == "false" and first["date"] == ""
    assert len(rows) == 3


def test_output_option_writes_a_file(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    """-o writes the output to a file instead of stdout."""
    dest = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, article, "-f", "jsonl", "-o", dest)
    assert code == 0 and out == "" and len(jsonl(dest.read_text(encoding="utf-8"))) == 2


# ---- inputs ----


def test_stdin_is_read_for_dash_and_for_no_argument(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`-` and no argument both read stdin, named "-" in the output."""
    for argv in (["-f", "jsonl", "-"], ["-f", "jsonl"]):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
        code, out, _ = run(capsys, *argv)
        assert code == 0 and [r["doc"] for r in jsonl(out)] == ["-", "-"]


def test_offsets_index_the_file_without_newline_translation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """With CRLF line ends, offsets still index the file's exact decoded text."""
    p = tmp_path / "crlf.txt"
    p.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    _, out, _ = run(capsys, p, "-f", "jsonl")
    text = p.read_bytes().decode("utf-8")
    rows = jsonl(out)
    assert rows and all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    assert all(text[r["speaker_start"] : r["speaker_end"]] == r["speaker"] for r in rows)


def test_utf8_bom_is_removed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A UTF-8 byte order mark is dropped, so offsets match the text without it."""
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    _, out, _ = run(capsys, p, "-f", "jsonl")
    assert [r["start"] for r in jsonl(out)] == [q.start for q in quotekit.extract(ARTICLE)]


def test_published_resolves_weekdays(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """--published gives plain-text inputs a publication date for "Monday"."""
    _, out, _ = run(capsys, article, "-f", "jsonl", "--published", "2024-05-10")
    assert [r["date_iso"] for r in jsonl(out)] == [None, "2024-05-06"]


def test_corpus_uses_ids_dates_and_ignores_extra_keys(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A .jsonl input is a corpus: "doc" is the id, "published" is used, other keys are ignored."""
    line = json.dumps({"id": "pool", "text": ARTICLE, "published": "2024-05-10", "attributions": [1]})
    code, out, _ = run(capsys, corpus(tmp_path, [line]), "-f", "jsonl")
    rows = jsonl(out)
    assert code == 0 and {r["doc"] for r in rows} == {"pool"} and rows[1]["date_iso"] == "2024-05-06"


def test_corpus_line_without_id_is_named_file_and_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A corpus line without an id is named FILE:LINE."""
    p = corpus(tmp_path, [doc_line(1), json.dumps({"text": '"Yes," said Ola Brand.'})])
    _, out, _ = run(capsys, p, "-f", "jsonl")
    assert [r["doc"] for r in jsonl(out)] == ["d1", f"{p}:2"]


def test_recursive_reads_txt_and_jsonl_in_sorted_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """-r reads the *.txt and *.jsonl files under a directory in sorted order, nothing else."""
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text('"Go," said Uma Fenn.', encoding="utf-8")
    (tmp_path / "a.txt").write_text('"Stop," said Ivo Brandt.', encoding="utf-8")
    (tmp_path / "notes.md").write_text('"Skip," said Al Roe.', encoding="utf-8")
    corpus(tmp_path, [doc_line(7)], "m.jsonl")
    code, out, _ = run(capsys, "-r", tmp_path, "-f", "jsonl")
    assert code == 0
    assert [r["doc"] for r in jsonl(out)] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt"), "d7"]


# ---- errors: one line each, the other inputs still processed ----


def one_error(err: str, *needles: str) -> None:
    """Assert stderr is exactly one line containing every needle."""
    assert len(err.splitlines()) == 1 and err.endswith("\n"), err
    assert all(n in err for n in needles), err
    assert "Traceback" not in err


def test_missing_file_is_one_line_and_others_still_run(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    """A missing file is named on one stderr line, exit 1, and the other input is still written."""
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, missing, article, "-f", "jsonl", "-q")
    assert code == 1 and len(jsonl(out)) == 2
    one_error(err, str(missing), "no such file")


def test_directory_without_recursive_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A directory without -r is a one-line error that suggests -r."""
    code, out, err = run(capsys, tmp_path, "-q")
    assert code == 1 and out == ""
    one_error(err, str(tmp_path), "directory", "-r")


def test_binary_file_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file with NUL bytes is reported as binary."""
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, err = run(capsys, p, "-q")
    assert code == 1
    one_error(err, str(p), "binary")


def test_undecodable_bytes_name_the_policy_and_the_overrides(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Invalid UTF-8 fails the input with a message naming --encoding and --errors, which both fix it."""
    p = tmp_path / "latin.txt"
    p.write_bytes('"Caf\u00e9 prices stay," said Ana Ruiz.'.encode("latin-1"))
    code, _, err = run(capsys, p, "-q")
    assert code == 1
    one_error(err, str(p), "utf-8", "--encoding", "--errors replace")
    code, out, _ = run(capsys, p, "-q", "-f", "jsonl", "--encoding", "latin-1")
    assert code == 0 and jsonl(out)[0]["text"] == "Café prices stay,"
    code, out, _ = run(capsys, p, "-q", "-f", "jsonl", "--errors", "replace")
    assert code == 0 and jsonl(out)[0]["text"] == "Caf\ufffd prices stay,"


def test_malformed_jsonl_line_is_named_and_the_rest_runs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A malformed corpus line is named FILE:LINE, exit 1, and the other lines are processed."""
    p = corpus(tmp_path, [doc_line(1), '{"id": "broken", "text": ', doc_line(3)])
    code, out, err = run(capsys, p, "-f", "jsonl", "-q")
    assert code == 1 and [r["doc"] for r in jsonl(out)] == ["d1", "d3"]
    one_error(err, f"{p}:2", "not valid JSON")


@pytest.mark.parametrize("line", ['{"id": "x"}', '{"id": "x", "text": 5}', "[1, 2]", '"just a string"'])
def test_corpus_line_without_text_string_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str) -> None:
    """A corpus line that is not an object with a "text" string is a one-line error."""
    p = corpus(tmp_path, [line, doc_line(2)])
    code, out, err = run(capsys, p, "-f", "jsonl", "-q")
    assert code == 1 and [r["doc"] for r in jsonl(out)] == ["d2"]
    one_error(err, f"{p}:1", '"text"')


def test_bad_published_in_a_corpus_line_fails_only_that_document(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A corpus document with a bad date is one error naming it; the others run."""
    p = corpus(tmp_path, [doc_line(1, published="soon"), doc_line(2)])
    code, out, err = run(capsys, p, "-f", "jsonl", "-q")
    assert code == 1 and [r["doc"] for r in jsonl(out)] == ["d2"]
    one_error(err, "d1", "ISO date")


@pytest.mark.parametrize("content", [b"", b"  \n\n"])
def test_empty_input_warns_but_does_not_fail(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes) -> None:
    """An empty input is a one-line warning, not a failure."""
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    code, out, err = run(capsys, p, "-f", "jsonl")
    assert code == 0 and out == ""
    assert err.splitlines()[0] == f"quotekit: warning: {p}: empty input, no quotes"
    assert err.splitlines()[1] == "quotekit: 0 documents, 0 quotes, 0 inputs failed"


def test_empty_corpus_warns(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A corpus with no documents is a warning, exit 0."""
    p = tmp_path / "none.jsonl"
    p.write_text("\n", encoding="utf-8")
    code, _, err = run(capsys, p, "-q")
    assert code == 0 and err == ""
    code, _, err = run(capsys, p)
    assert code == 0 and "warning" in err and "empty" in err


def test_internal_error_names_the_document_and_the_rest_runs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected exception on one document is one line naming it, exit 1, not a traceback."""
    real = quotekit.extract

    def flaky(text: str, **kw: Any) -> list[quotekit.Quote]:
        if "Plan 2" in text:
            raise RuntimeError("boom\nsecond line")
        return real(text, **kw)

    monkeypatch.setattr(quotekit, "extract", flaky)
    code, out, err = run(capsys, corpus(tmp_path, [doc_line(1), doc_line(2), doc_line(3)]), "-f", "jsonl", "-q")
    assert code == 1 and [r["doc"] for r in jsonl(out)] == ["d1", "d3"]
    one_error(err, "d2", "internal error", "RuntimeError", "boom second line")


@pytest.mark.parametrize(
    "argv",
    [["--published", "next week"], ["--format", "xml"], ["--jobs", "0"], ["--encoding", "klingon-8"], ["--nope"]],
)
def test_usage_errors_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], article: Path, argv: list[str]) -> None:
    """Bad options are usage errors: exit 2 and a single line on stderr."""
    code, out, err = run(capsys, article, *argv)
    assert code == 2 and out == ""
    one_error(err, "quotekit:", "--help")


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """--help prints the usage and exits 0."""
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "--speakers" in out


# ---- summary, progress, jobs, speakers ----


def test_summary_line_and_quiet(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    """The summary counts documents, quotes and failed inputs; --quiet drops it."""
    code, _, err = run(capsys, article, tmp_path / "gone.txt")
    assert code == 1 and err.splitlines()[-1] == "quotekit: 1 documents, 2 quotes, 1 inputs failed"
    _, _, err = run(capsys, article, "-q")
    assert err == ""


def test_progress_only_on_request(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """Progress goes to stderr with --progress, never to stdout, and not by default off a TTY."""
    _, out, err = run(capsys, article, "-f", "jsonl", "--progress", "-q")
    assert "\r" in err and "documents" in err and "\r" not in out
    _, _, err = run(capsys, article, "-f", "jsonl", "-q")
    assert err == ""


def test_jobs_keep_input_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--jobs 2 writes exactly what --jobs 1 writes, problems included, in input order."""
    lines = [doc_line(i) for i in range(40)]
    lines[17] = "{oops"
    p = corpus(tmp_path, lines)
    one = run(capsys, p, "-f", "jsonl", "--jobs", "1")
    two = run(capsys, p, "-f", "jsonl", "--jobs", "2")
    assert one == two and one[0] == 1
    assert [r["doc"] for r in jsonl(one[1])] == [f"d{i}" for i in range(40) if i != 17]


def test_speakers_jsonl_is_entity_dicts_with_doc(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """--speakers writes analyze(text).speakers as Entity.to_dict() rows with "doc"."""
    code, out, _ = run(capsys, article, "--speakers", "-f", "jsonl")
    rows = jsonl(out)
    assert code == 0 and all(r.pop("doc") == str(article) for r in rows)
    assert rows == [e.to_dict() for e in quotekit.analyze(ARTICLE).speakers]


def test_speakers_text_is_a_table(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """--speakers in text format is a table of who is quoted, how often, named or not."""
    _, out, _ = run(capsys, article, "--speakers")
    lines = out.splitlines()
    assert lines[0] == f"== {article} (2 speakers)"
    assert lines[1].split()[:3] == ["quotes", "speaker", "named"]
    assert any(line.split()[:3] == ["1", "Imani", "Castellano"] and "yes" in line.split() for line in lines)
    assert any("a pool worker" in line and "anonymous" in line for line in lines)


def test_speakers_csv_has_entity_columns(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    """--speakers -f csv has doc + the entity keys."""
    _, out, _ = run(capsys, article, "--speakers", "-f", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["doc", "name", "anonymous", "type", "mentions", "roles", "quotes"] and len(rows) == 3


def test_module_runs_the_example(tmp_path: Path) -> None:
    """`python -m quotekit examples/harbor-council.txt` works end to end and exits 0."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    r = subprocess.run(
        [sys.executable, "-m", "quotekit", "examples/harbor-council.txt", "-f", "jsonl"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert r.returncode == 0 and r.stderr.startswith("quotekit: 1 documents")
    rows = jsonl(r.stdout)
    text = (ROOT / "examples" / "harbor-council.txt").read_text(encoding="utf-8")
    assert rows and all(text[q["start"] : q["end"]] == q["text"] for q in rows)


def test_jobs_read_only_a_bounded_stretch_ahead() -> None:
    """With workers, the input is read only a bounded number of documents ahead of the output."""
    from itertools import count, islice

    from quotekit._io import Doc

    read = []

    def endless() -> Any:
        for i in count():
            read.append(i)
            yield Doc(f"d{i}", f'"Item {i}," said Kay Moss.')

    got = [r.name for r in islice(cli.run(endless(), cli.process, 2), 10)]
    assert got == [f"d{i}" for i in range(10)]
    assert len(read) <= 10 + 2 * cli.CHUNKSIZE * 4 + 1


def test_text_marks_paragraph_breaks_inside_a_quote(capsys: pytest.CaptureFixture[str]) -> None:
    """A multi-paragraph quote is printed with ¶ at its paragraph breaks, … where it is interrupted."""
    text = '"First part.\r\n\r\n"Second part," said Ana Ruiz. "Third part."'
    rows = [q.to_dict() for q in quotekit.extract(text)]
    assert len(rows) == 1 and len(rows[0]["spans"]) == 3
    args = cli.parser().parse_args([])
    w = cli.TextWriter(sys.stdout, args)
    w.write(cli.Result("doc", rows, 1))
    out = capsys.readouterr().out
    assert "quote:    First part. ¶ Second part, … Third part." in out


def test_main_exit_exits_with_the_code(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The console-script entry point exits with main()'s code."""
    monkeypatch.setattr(sys, "argv", ["quotekit", "-q", str(tmp_path / "absent.txt")])
    with pytest.raises(SystemExit) as e:
        cli.main_exit()
    assert e.value.code == 1


def test_utf16_is_recognised_and_read_with_encoding(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A UTF-16 file fails with a hint to use --encoding utf-16, which reads it."""
    p = tmp_path / "wide.txt"
    p.write_bytes('"We are ready," said Ana Ruiz.'.encode("utf-16"))
    code, _, err = run(capsys, p, "-q")
    assert code == 1
    one_error(err, str(p), "--encoding utf-16")
    code, out, _ = run(capsys, p, "-q", "-f", "jsonl", "--encoding", "utf-16")
    assert code == 0 and jsonl(out)[0]["text"] == "We are ready,"
