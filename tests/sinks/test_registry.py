"""graph.sinks: one registry for every output, and no sink importing another."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from graph.sinks import SINKS, UnknownFormatError, formats, get_exporter, get_sink, sinks

ROOT = Path(__file__).resolve().parents[2]


def test_every_sink_loads_and_has_the_shape_of_its_kind() -> None:
    for sink in SINKS:
        target = sink.load()
        if sink.kind == "file":
            assert isinstance(target.SUFFIX, str) and target.SUFFIX.startswith("."), sink.name
            assert callable(target.generate), sink.name
        else:
            assert callable(target), sink.name


def test_the_registry_covers_graphs_files_docs_and_stores() -> None:
    kinds = {s.kind for s in SINKS}
    assert kinds == {"graph", "file", "files", "store"}
    assert {s.name for s in sinks("graph")} == {"rdf", "networkx", "corpus-rdf", "corpus-networkx"}
    assert {s.name for s in sinks("store")} == {"oxigraph", "graph-store-protocol"}
    assert get_sink("ontology-docs").kind == "files"
    assert len({n for s in SINKS for n in (s.name, *s.aliases)}) == sum(1 + len(s.aliases) for s in SINKS)


def test_formats_are_the_file_sinks_and_unknown_names_are_refused() -> None:
    assert set(formats()) == {n for s in sinks("file") for n in (s.name, *s.aliases)}
    assert get_exporter("TURTLE") is get_exporter("ttl")
    with pytest.raises(UnknownFormatError, match="unknown format 'rdf'"):
        get_exporter("rdf")  # a sink, but not a file format
    with pytest.raises(UnknownFormatError, match="unknown sink 'pdf'"):
        get_sink("pdf")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_no_sink_imports_another_sink() -> None:
    modules = {s.module_name for s in SINKS}
    for sink in SINKS:
        spec = importlib.util.find_spec(sink.module_name)
        assert spec is not None and spec.origin is not None
        origin = Path(spec.origin)
        files = sorted(origin.parent.rglob("*.py")) if origin.name == "__init__.py" else [origin]
        for path in files:
            others = {m for m in _imported_modules(path) if m in modules and m != sink.module_name}
            assert not others, f"{path.relative_to(ROOT)} (sink {sink.name}) imports sink(s) {sorted(others)}"


def test_the_folders_show_the_stages() -> None:
    graph = ROOT / "graph"
    for stage in ("sources", "transform", "sinks"):
        assert (graph / stage / "__init__.py").is_file(), stage
    for sink in SINKS:
        assert sink.module_name.startswith(("graph.sinks.", "graph.store.")), sink.name
