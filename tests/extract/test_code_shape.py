"""The extractor's code stays in small pieces: no module over ~600 lines, no function over ~80.

(The limits of issue 14: a rule is added as a function of its family's module, never by
growing one class or one function.)
"""

from __future__ import annotations

import ast
from pathlib import Path

import graph.extract

PACKAGE = Path(graph.extract.__file__).parent
MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 80


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def long_functions(path: Path, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int]]:
    """(name, lines) of every function or method in ``path`` longer than ``limit`` lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno is not None and node.end_lineno - node.lineno + 1 > limit]


def test_long_functions_finds_a_long_function(tmp_path: Path) -> None:
    src = tmp_path / "x.py"
    src.write_text("def f():\n" + "    x = 1\n" * 5 + "\ndef g():\n    pass\n", encoding="utf-8")
    assert long_functions(src, limit=4) == [("f", 6)]


def test_no_module_over_600_lines() -> None:
    sizes = {p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in _sources()}
    assert {k: v for k, v in sizes.items() if v > MAX_FILE_LINES} == {}


def test_no_function_over_80_lines() -> None:
    found = {p.relative_to(PACKAGE).as_posix(): long_functions(p) for p in _sources()}
    assert {k: v for k, v in found.items() if v} == {}
