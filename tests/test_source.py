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
