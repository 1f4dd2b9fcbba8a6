"""graph.exporters (registry) and graph.exporters.writer (all-or-nothing, atomic)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import ExportError
from graph.exporters import formats, get_exporter
from graph.exporters.writer import generate_exports, write_atomic, write_files
from graph.pipeline import BuiltGraph


def test_registry_finds_every_format_by_name() -> None:
    assert get_exporter("ttl") is get_exporter("turtle")
    assert {"ttl", "nt", "jsonld", "graphml", "html"} <= set(formats())
    for name in formats():
        module = get_exporter(name)
        assert module.SUFFIX.startswith(".") and callable(module.generate)
    with pytest.raises(KeyError, match="unknown format 'pdf'"):
        get_exporter("pdf")


def test_a_failing_exporter_writes_nothing(mini_built: BuiltGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(built: BuiltGraph) -> bytes:
        raise RuntimeError("disk full of dragons")

    monkeypatch.setattr(get_exporter("graphml"), "generate", boom)
    with pytest.raises(ExportError, match="graphml exporter failed"):
        write_files(generate_exports(mini_built, ["ttl", "graphml"]), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "x.ttl"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.ttl"
    target.write_bytes(b"old")

    def fail(*args: object) -> None:
        raise OSError("rename failed")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]
