"""The package's own source: checks that hold for every module file."""

from __future__ import annotations

import re
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


def test_compiled_modules_hold_no_class_body_field() -> None:
    """The modules `benchmarks/compile.py` compiles with mypyc hold no class-body `attrs.field`, which mypyc cannot compile."""
    root = Path(quotekit.__file__).resolve().parents[2]
    script = root / "benchmarks" / "compile.py"
    if not script.is_file():
        pytest.skip("quotekit is installed, not checked out: there is no compile script")
    names = re.search(r"MODULES = \(([^)]*)\)", script.read_text(encoding="utf-8"))
    assert names is not None
    modules = re.findall(r'"(\w+)"', names.group(1))
    assert "_reported" in modules and "_model" not in modules
    for name in modules:
        assert "attrs.field(" not in (root / "src" / "quotekit" / f"{name}.py").read_text(encoding="utf-8"), name
