"""The package's own source: checks that hold for every module file."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import quotekit

SOURCES = sorted(Path(quotekit.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_module_compiles_without_warnings(path: Path) -> None:
    """Each module compiles with no warning, such as an invalid escape in a docstring."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_types_check_strictly(tmp_path: Path) -> None:
    """`mypy --strict` (the settings in pyproject.toml) finds no error in the package."""
    api = pytest.importorskip("mypy.api", reason="mypy comes with the test extra")
    root = Path(quotekit.__file__).resolve().parents[2]
    if not (root / "pyproject.toml").is_file():
        pytest.skip("quotekit is installed, not checked out: there are no settings to check it with")
    out, err, status = api.run(["--config-file", str(root / "pyproject.toml"), "--cache-dir", str(tmp_path), str(root / "src" / "quotekit")])
    assert status == 0, out + err
