"""The package's own source: checks that hold for every module file."""

from __future__ import annotations

import ast
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


def _lazy_uses(path: Path) -> list[tuple[str, int, str]]:
    """(name, line, what) for each read of a module-level lazy pattern that would need the compiled pattern itself:
    an attribute the stand-in does not offer, or the pattern handed to `regex`, `re` or `isinstance`. (Handing it to
    the module's own helpers, which call its methods, is what the stand-in is for.)"""
    from quotekit._lazy import _METHODS

    tree = ast.parse(path.read_text(encoding="utf-8"))
    lazy_names = {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name) and node.value.func.id in ("lazy", "built_on_first_use")
        for target in node.targets if isinstance(target, ast.Name)
    }
    allowed = {*_METHODS, "pattern", "groupindex"}
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in lazy_names and isinstance(node.ctx, ast.Load):
            parent = parents.get(node)
            if isinstance(parent, ast.Attribute) and parent.attr not in allowed:
                bad.append((node.id, node.lineno, parent.attr))
            elif isinstance(parent, ast.Call) and node in parent.args and _is_pattern_consumer(parent.func):
                bad.append((node.id, node.lineno, ast.unparse(parent.func)))
    return bad


def _is_pattern_consumer(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "isinstance") or (
        isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("regex", "re")
    )


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_lazy_patterns_are_only_called(path: Path) -> None:
    """A module-level lazy pattern is read only through the methods and attributes its stand-in offers, never handed on as a pattern."""
    assert _lazy_uses(path) == []


def test_lazy_pattern_check_finds_a_pattern_handed_on(tmp_path: Path) -> None:
    """The check above reports a lazy pattern handed to `regex` or `isinstance`, or read for an attribute the stand-in lacks, and not one handed to a helper."""
    src = tmp_path / "mod.py"
    src.write_text(
        "import regex\nfrom quotekit._lazy import lazy\n"
        "_P = lazy(regex.compile, r'a+')\n"
        "def g(p, t):\n    return p.search(t)\n"
        "def f(t):\n    return g(_P, t), _P.pattern, regex.sub(_P, '', t), _P.flags, isinstance(_P, regex.Pattern)\n",
        encoding="utf-8",
    )
    assert sorted(_lazy_uses(src)) == [("_P", 7, "flags"), ("_P", 7, "isinstance"), ("_P", 7, "regex.sub")]
