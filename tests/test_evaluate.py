"""Tests of the evaluation command and of the metric it reimplements (`_scoring`)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotekit import _scoring as sc
from quotekit import evaluate

# A hand-made gold document: two attributions, one direct, one indirect.
TEXT = '"The dam holds," said Rosa Adler, the county engineer. Officials said the river would crest Friday.'
DAM = TEXT.index("The dam holds")
ROSA = TEXT.index("Rosa Adler")
OFFICIALS = TEXT.index("Officials")
RIVER = TEXT.index("the river")


def span(start: int, end: int) -> dict[str, Any]:
    """A gold span part."""
    return {"start": start, "end": end, "text": TEXT[start:end]}


def gold_doc() -> dict[str, Any]:
    """The gold document in the corpus format."""
    return {
        "id": "dam",
        "date": "2024-05-10",
        "text": TEXT,
        "attributions": [
            {"id": "E1", "source": [span(ROSA, ROSA + 10)], "cue": [span(DAM + 16, DAM + 20)],
             "content": [span(DAM - 1, DAM + 15)], "kind": "direct"},
            {"id": "E2", "source": [span(OFFICIALS, OFFICIALS + 9)], "cue": [span(OFFICIALS + 10, OFFICIALS + 14)],
             "content": [span(RIVER, len(TEXT) - 1)], "kind": "indirect"},
        ],
    }


def pred(start: int, end: int, speaker: tuple[int, int] | None = None, **extra: Any) -> dict[str, Any]:
    """A predicted quote in the scorer's format."""
    sp = {"start": speaker[0], "end": speaker[1], "text": TEXT[speaker[0] : speaker[1]]} if speaker else None
    return {"start": start, "end": end, "speaker": sp, **extra}


def score(preds: list[dict[str, Any]], doc: dict[str, Any] | None = None) -> dict[str, Any]:
    """Score one document's predictions."""
    t = sc.Tally()
    t.add(sc.match_doc(doc or gold_doc(), preds))
    return t.result()


def test_trim_drops_marks_spaces_and_edge_punctuation() -> None:
    """Trimming removes quote marks, spaces and punctuation at both ends only."""
    s = ' “Well, no.” '
    assert s[slice(*sc.trim(s, 0, len(s)))] == "Well, no"


def test_kind_rule() -> None:
    """The kind rule: direct inside marks, mixed with some marks, else indirect."""
    t = 'He said "we win" and that "taxes" fall.'
    assert sc.kind_of([(9, 15)], t) == "direct"
    assert sc.kind_of([(20, 38)], t) == "mixed"
    assert sc.kind_of([(0, 7)], t) == "indirect"


def test_perfect_prediction_scores_one() -> None:
    """A prediction equal to the gold content with the right speaker is a hit, exact, speaker right."""
    r = score([pred(DAM, DAM + 15, (ROSA, ROSA + 10)), pred(RIVER, len(TEXT) - 1, (OFFICIALS, OFFICIALS + 9))])
    assert r["all"] == {"gold": 2, "pred": 2, "P": 1.0, "R": 1.0, "F1": 1.0, "exact_F1": 1.0,
                        "exact": 1.0, "speaker_acc": 1.0, "e2e_F1": 1.0}


def test_overlap_below_half_is_a_miss_and_a_false_alarm() -> None:
    """IoU under 0.5 matches nothing: one miss and one false alarm."""
    r = score([pred(DAM, DAM + 3)])["all"]
    assert (r["gold"], r["pred"], r["P"], r["R"]) == (2, 1, 0.0, 0.0)


def test_loose_match_is_a_hit_but_not_exact() -> None:
    """A prediction overlapping with IoU >= 0.5 is a hit but not exact."""
    r = score([pred(DAM, DAM + 8, (ROSA, ROSA + 4))])["direct"]
    assert (r["P"], r["R"], r["exact"], r["exact_F1"]) == (1.0, 1.0, 0.0, 0.0)


def test_wrong_speaker_counts_against_e2e_only() -> None:
    """A hit with a speaker outside the gold source keeps F1 but loses speaker accuracy and e2e."""
    r = score([pred(DAM, DAM + 15, (0, 4))])["direct"]
    assert (r["F1"], r["speaker_acc"], r["e2e_F1"]) == (1.0, 0.0, 0.0)


def test_missing_speaker_is_wrong_unless_the_gold_has_none() -> None:
    """No predicted speaker is right only when the gold has no source either."""
    doc = gold_doc()
    assert score([pred(DAM, DAM + 15)], doc)["direct"]["speaker_acc"] == 0.0
    doc["attributions"][0]["source"] = None
    assert score([pred(DAM, DAM + 15)], doc)["direct"]["speaker_acc"] == 1.0


def test_matching_is_one_to_one_and_split_halves_are_absorbed() -> None:
    """A second prediction 90% inside a matched gold is neither hit nor false alarm."""
    r = score([pred(DAM, DAM + 15, (ROSA, ROSA + 10)), pred(DAM + 4, DAM + 7)])["direct"]
    assert r["pred"] == 1 and r["P"] == 1.0


def test_predictions_count_in_their_gold_track_or_their_own() -> None:
    """A hit counts in its gold's track; a false alarm in the track its own span's kind gives it."""
    assert sc.kind_of([(0, 12)], TEXT) == "mixed"  # '"The dam hol': a mark that does not close
    r = score([pred(0, 12), pred(OFFICIALS, OFFICIALS + 14)])
    assert (r["direct"]["pred"], r["mixed"]["pred"], r["indirect"]["pred"]) == (1, 0, 1)
    assert (r["direct"]["P"], r["indirect"]["P"]) == (1.0, 0.0)


def test_out_of_range_predictions_are_ignored() -> None:
    """Predictions with offsets outside the text are dropped, as the reference scorer drops them."""
    assert score([pred(5, 10_000)])["all"]["pred"] == 0


def test_spans_of_a_split_quote_are_scored_together() -> None:
    """`spans` replaces (start, end) when present."""
    doc = gold_doc()
    doc["attributions"][0]["content"] = [span(DAM, DAM + 3), span(DAM + 8, DAM + 14)]
    r = score([pred(DAM, DAM + 14, (ROSA, ROSA + 10), spans=[[DAM, DAM + 3], [DAM + 8, DAM + 14]])], doc)
    assert r["direct"]["exact"] == 1.0


def test_name_normalisation_and_token_f1() -> None:
    """Names lose honorifics and case; roles are compared by token F1."""
    assert sc.name_norm("Sen. Ana  Ruiz") == "ana ruiz"
    assert sc.tok_f1("city engineer", "the city engineer") == pytest.approx(0.8)
    assert sc.tok_f1(None, None) == 1.0


def test_details_pair_named_speaker_and_place() -> None:
    """The details tally judges speaker names and places of matched predictions."""
    labels: list[dict[str, Any]] = [
        {"doc": "dam", "id": "_doc", "dateline": None},
        {"doc": "dam", "id": "E1", "speaker_name": "Rosa Adler", "anonymous": False, "role": "engineer",
         "date": None, "place": None},
    ]
    t = sc.DetailTally(labels)
    t.add(gold_doc(), [pred(DAM, DAM + 15, (ROSA, ROSA + 10), speaker_name="Rosa Adler", role="engineer")])
    r = t.result()
    assert (r["gold"], r["paired"], r["speaker_name_acc"], r["role_f1"], r["named_recall"]) == (1, 1, 1.0, 1.0, 1.0)


def write_gold(tmp_path: Path) -> Path:
    """Write the hand-made gold document as a one-line corpus."""
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(gold_doc()) + "\n", encoding="utf-8")
    return p


def test_command_scores_runs_and_dumps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command runs quotekit, prints the track table and throughput, and dumps predictions."""
    dump = tmp_path / "pred.jsonl"
    assert evaluate.main([str(write_gold(tmp_path)), "--dump", str(dump)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 documents\ntrack ") and "chars/s" in out
    [row] = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert row["doc"] == "dam" and row["quotes"][0]["speaker"]["text"] == "Rosa Adler"


def test_errors_show_context_source_and_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--errors lists the missed indirect statement with its sentence, gold source and cue."""
    p = tmp_path / "pred.jsonl"
    only_dam = pred(DAM, DAM + 15, (ROSA, ROSA + 10), rule="QVS")
    p.write_text(json.dumps({"doc": "dam", "quotes": [only_dam]}) + "\n", encoding="utf-8")
    assert evaluate.main([str(write_gold(tmp_path)), "--pred", str(p), "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert "=== indirect: misses, 1 of 1" in out
    assert "gold E2: source 'Officials', cue 'said'" in out
    assert "{Officials} <said> [[the river would crest Friday]]" in out
    assert "predictions by rule and sieve" in out and "rule   QVS" in out


def test_pred_option_scores_a_prediction_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--pred scores a prediction file without running quotekit."""
    p = tmp_path / "pred.jsonl"
    p.write_text(json.dumps({"doc": "dam", "quotes": [pred(RIVER, len(TEXT) - 1, (OFFICIALS, OFFICIALS + 9))]}) + "\n")
    assert evaluate.main([str(write_gold(tmp_path)), "--pred", str(p), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["score"]["indirect"]["F1"] == 1.0 and "throughput" not in res


def test_bad_gold_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gold file in the wrong shape is reported on one line, exit 1."""
    p = tmp_path / "gold.jsonl"
    p.write_text('{"id": "x"}\n', encoding="utf-8")
    assert evaluate.main([str(p)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "expected format" in err


# ---- agreement with the project's reference scorer (needs ../shared) ----


def load_reference(shared: Path) -> ModuleType:
    """Import ../shared/tools/score.py without putting it on the package path."""
    spec = importlib.util.spec_from_file_location("reference_score", shared / "tools" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_numbers_equal_the_reference_scorer(shared: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On dev, evaluate's figures equal score.py's and score_details.py's on the same predictions."""
    dev = shared / "corpora" / "polnear" / "dev.jsonl"
    labels = shared / "corpora" / "polnear" / "details-dev.jsonl"
    dump = tmp_path / "pred.jsonl"
    assert evaluate.main([str(dev), "--details", str(labels), "--dump", str(dump), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)
    ref = load_reference(shared).score(str(dev), str(dump))
    assert ours["score"] == ref
    det = subprocess.run(
        [sys.executable, str(shared / "tools" / "score_details.py"), str(dev), str(labels), str(dump), "--json"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    assert ours["details"] == json.loads(det.stdout)
    # the text tables are the same too
    assert evaluate.main([str(dev), "--pred", str(dump)]) == 0
    table = capsys.readouterr().out
    ref_table = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(dev), str(dump)],
                               capture_output=True, text=True, check=True, timeout=120).stdout
    assert table == ref_table


_WORDS = st.sampled_from(["Mayor", "said", '"Yes,"', "the", "“We", "win.”", "and", "Ola", "noted", "—"])


@given(words=st.lists(_WORDS, min_size=4, max_size=30), data=st.data())
def test_random_spans_score_like_the_reference(shared: Path, tmp_path_factory: pytest.TempPathFactory,
                                               words: list[str], data: st.DataObject) -> None:
    """On random texts, gold and predicted spans, the reimplementation equals the reference scorer."""
    text = " ".join(words)
    n = len(text)
    pairs = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)

    def parts(k: int) -> list[dict[str, int]]:
        return [{"start": a, "end": b} for a, b in data.draw(st.lists(pairs, min_size=1, max_size=k))]

    atts = []
    for i in range(data.draw(st.integers(0, 4))):
        content = parts(2)
        atts.append({"id": f"E{i}", "content": content, "source": data.draw(st.none() | st.just(parts(1))),
                     "cue": None, "kind": data.draw(st.sampled_from(["direct", "mixed", "indirect"]))})
    preds = []
    for _ in range(data.draw(st.integers(0, 4))):
        a, b = data.draw(pairs)
        sp = data.draw(st.none() | pairs.map(lambda ab: {"start": ab[0], "end": ab[1], "text": ""}))
        preds.append({"start": a, "end": b, "speaker": sp})
    doc = {"id": "r", "text": text, "attributions": atts}
    d = tmp_path_factory.mktemp("ref")
    (d / "g.jsonl").write_text(json.dumps(doc) + "\n")
    (d / "p.jsonl").write_text(json.dumps({"doc": "r", "quotes": preds}) + "\n")
    t = sc.Tally()
    t.add(sc.match_doc(doc, preds))
    assert t.result() == load_reference(shared).score(str(d / "g.jsonl"), str(d / "p.jsonl"))


def test_malformed_gold_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gold line that is not JSON is reported as FILE:LINE on one line, exit 1."""
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(gold_doc()) + "\n{nope\n", encoding="utf-8")
    assert evaluate.main([str(p)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and f"{p}:2: not valid JSON" in err


def test_bad_gold_date_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gold document with a bad date is still scored, with a warning."""
    doc = {**gold_doc(), "date": "someday"}
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    assert evaluate.main([str(p), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["score"]["direct"]["R"] == 1.0 and "warning: dam" in err


def test_rule_filter_keeps_only_that_rules_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--rule keeps the false alarms and wrong speakers of one rule and drops misses."""
    assert evaluate.main([str(write_gold(tmp_path)), "--errors", "5", "--rule", "QVS"]) == 0
    out = capsys.readouterr().out
    assert "=== indirect: misses, 0 of 0" in out and "Officials" not in out.split("===", 1)[1]
