"""`make export`: deterministic outputs, and the committed exports/ are up to date."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

EXPORTS = ROOT / "exports"


def _export(out: Path, hashseed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    subprocess.run([sys.executable, "-m", "graph", "export", str(SEED), "--out", str(out)],
                   check=True, capture_output=True, env=env, cwd=ROOT)
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _export(tmp_path_factory.mktemp("a"), "1")


def test_export_is_byte_identical_across_runs_and_hash_seeds(exported: dict[str, bytes], tmp_path: Path) -> None:
    again = _export(tmp_path, "4242")
    assert sorted(again) == sorted(exported)
    for name in exported:
        assert again[name] == exported[name], f"{name} differs between runs"


def test_export_writes_every_format_and_the_ontology_docs(exported: dict[str, bytes]) -> None:
    stem = SEED.name
    expected = {f"{stem}.ttl", f"{stem}.nt", f"{stem}.jsonld", f"{stem}.graphml", f"{stem}.html",
                "ontology/index.html", "ontology/classes.svg", "ontology/relations.svg", "ontology/zone.ttl",
                "ontology/shapes.ttl"}
    assert expected <= set(exported)


def test_committed_exports_match_what_make_export_writes(exported: dict[str, bytes]) -> None:
    for name, data in exported.items():
        committed = EXPORTS / name
        assert committed.exists(), f"exports/{name} is not committed: run `make export`"
        assert committed.read_bytes() == data, f"exports/{name} is stale: run `make export` and commit"
