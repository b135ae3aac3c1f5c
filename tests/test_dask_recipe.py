"""The cluster recipe in docs/scaling.md runs as documented and equals plain `extract()`.

The test executes the `# recipe: dask` code block of the doc itself (so the doc
cannot rot) on Dask's local synchronous scheduler over a tiny generated corpus.
It skips when Dask is not installed; CI installs the `dask` extra so it runs there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import news_docs

import quotekit

DOC = Path(__file__).resolve().parent.parent / "docs" / "scaling.md"


def _recipe() -> str:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text("utf-8"), flags=re.S)
    [code] = [b for b in blocks if b.startswith("# recipe: dask")]
    return code


def _corpus(n: int) -> list[dict[str, Any]]:
    """Return `n` generated articles as JSONL records (deterministic: fixed seed)."""
    articles = st.lists(news_docs(), min_size=n, max_size=n)
    found: list[list[Any]] = []

    @settings(max_examples=1, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(articles)
    def draw(docs: list[Any]) -> None:
        found.append(docs)

    draw()
    return [{"id": f"a{i}", "text": d.render(curly=i % 2 == 0), "date": "2024-05-10"}
            for i, d in enumerate(found[0])]


def test_dask_recipe_equals_plain_extract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented Dask bag recipe gives, line for line, what `extract()` gives."""
    dask = pytest.importorskip("dask")
    docs = _corpus(12)
    monkeypatch.chdir(tmp_path)
    for part in range(2):
        lines = [json.dumps(d) for d in docs[part::2]]
        Path(f"articles-{part}.jsonl").write_text("\n".join(lines) + "\n\n{broken\n", "utf-8")
    with dask.config.set(scheduler="synchronous"):
        exec(compile(_recipe(), str(DOC), "exec"), {"__name__": "recipe"})
    out = [json.loads(line) for f in sorted(tmp_path.glob("quotes-*.jsonl"))
           for line in f.read_text("utf-8").splitlines()]
    errors = [r for r in out if "error" in r]
    assert len(errors) == 2 and all(r["line"].startswith("{broken") for r in errors)
    got = {r["id"]: r["quotes"] for r in out if "error" not in r}
    want = {d["id"]: [q.to_dict() for q in quotekit.extract(d["text"], published=d["date"])] for d in docs}
    assert got == want and any(want.values())
