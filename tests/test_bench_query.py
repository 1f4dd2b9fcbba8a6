"""bench/bench_query.py on tiny scales: its tables count the right rows, and a kept store is reused.

The benchmark's numbers are not checked (timings belong to the benchmark, not the suite);
what is: the N-copies stores really hold N times the seed's answers, the synthetic article is
``bench/synth.py``'s, the engine's own serialisation counts the same rows as ``run_query``,
and ``--store-dir`` reloads nothing when the data is the same.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "bench_query.py"
QUERY = "02-lead-enterprises"


def run_bench(store_dir: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(BENCH), "--scales", "1,2", "--synthetic", "1", "--no-rdflib", "--repeat", "1",
               "--only", QUERY, "--store-dir", str(store_dir)]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)


def table_row(stdout: str, header_start: str = "| query |") -> dict[str, str]:
    lines = stdout.splitlines()
    header = next(line for line in lines if line.startswith(header_start))
    row = next(line for line in lines if line.startswith(f"| {QUERY} |"))
    names = [cell.strip() for cell in header.strip("|").split("|")]
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    return dict(zip(names, cells, strict=True))


def test_bench_counts_n_copies_and_the_synthetic_article_and_keeps_its_stores(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import units_for_size

    expected_rows = (ROOT / "queries" / "expected" / f"{QUERY}.tsv").read_text(encoding="utf-8").count("\n") - 1
    first = run_bench(tmp_path / "stores")
    row = table_row(first.stdout)
    assert row["rows 1×"] == str(expected_rows)
    assert row["rows 2×"] == str(2 * expected_rows)  # two copies under distinct IRIs: twice the leaders
    seed_chars = len((ROOT / "data" / "articles" / "fuzhou-hitech-2025" / "article.txt").read_text(encoding="utf-8"))
    assert row["rows synthetic 1×"] == str(units_for_size(seed_chars))  # one lead enterprise per synthetic unit
    for key in ("engine 1×", "python 2×", "engine synthetic 1×"):
        assert row[key].endswith(" ms")
    assert row["≤ 50 ms at 2× engine / python"] in {"yes / yes", "yes / no", "no / yes", "no / no"}
    assert first.stderr.count("loaded in") == 3

    second = run_bench(tmp_path / "stores")
    assert second.stderr.count("kept from a previous run") == 3
    assert "loaded in" not in second.stderr
    assert table_row(second.stdout)["rows 2×"] == str(2 * expected_rows)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed loaded as the benchmark loads its 1× copy."""
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_query

    from graph.store.oxigraph import load_graphs

    store = tmp_path_factory.mktemp("bench") / "store"
    load_graphs(store, bench_query.built_graphs(bench_query.SEED))
    return store


@pytest.mark.parametrize("name", ["02-lead-enterprises", "08-relation-provenance", "14-unsupported-claims"])
def test_the_engine_timing_serialises_the_whole_answer(seed_store: Path, name: str) -> None:
    """What the 'engine' column times (Oxigraph's own TSV) holds as many rows as run_query reads."""
    import bench_query

    from graph.store.oxigraph import open_store, run_query

    store = open_store(seed_store, read_only=True)
    text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    result = run_query(store, text, max_rows=0)
    expected = f"ASK: {str(result.boolean).lower()}" if result.form == "ASK" else len(result.rows)
    assert bench_query.engine_answer(store, text) == expected
