"""Benchmark: every competency query on a graph N× the seed, Oxigraph store vs rdflib, side by side.

The data is the seed article plus a synthetic article (bench/synth.py) of N× the seed's
size, each built by ``graph.pipeline.build_article`` and loaded as its own named graph
(``zone-kg load``'s code path) into an on-disk Oxigraph store in a temporary folder; rdflib
gets the same triples in one in-memory graph. Each query runs ``--repeat`` times on
Oxigraph (best time reported; on the store, and on the same union in memory, to tell the
disk's share) and once on rdflib, in a forked child stopped after
``--rdflib-cap`` seconds. Target: ≤ 50 ms per query on the store at 100×. Usage::

    python bench/bench_query.py [--scale 100] [--rdflib-cap 60] [--repeat 3] [--no-rdflib]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025"
QUERIES = sorted((ROOT / "queries").glob("*.rq")) + sorted((ROOT / "queries" / "corpus").glob("*.rq"))
BASE = "https://w3id.org/zone-kg/id/"
TARGET_MS = 50.0

_RDFLIB_GRAPH: Any = None  # set before forking: the children share it copy-on-write


def _rdflib_child(query_text: str, conn: Any) -> None:
    from graph.query import run_query

    t0 = time.perf_counter()
    result = run_query(_RDFLIB_GRAPH, query_text, max_rows=0)
    conn.send((time.perf_counter() - t0, len(result.rows) if result.form != "ASK" else int(bool(result.boolean))))
    conn.close()


def time_rdflib(query_text: str, cap: float) -> tuple[float | None, int | None]:
    """Seconds and rows for rdflib, or ``(None, None)`` when it ran past ``cap`` (the child is killed)."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_rdflib_child, args=(query_text, child))
    process.start()
    child.close()
    outcome = parent.recv() if parent.poll(cap) else (None, None)
    process.kill()
    process.join()
    return outcome


def time_oxigraph(store: Any, query_text: str, repeat: int) -> tuple[float, int]:
    from graph.store.oxigraph import run_query

    best, rows = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = run_query(store, query_text, max_rows=0)
        best = min(best, time.perf_counter() - t0)
        rows = len(result.rows) if result.form != "ASK" else int(bool(result.boolean))
    return best, rows


def main() -> None:
    global _RDFLIB_GRAPH
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=100, help="size of the synthetic article, in seeds (default 100)")
    parser.add_argument("--rdflib-cap", type=float, default=60.0, help="seconds before an rdflib query is stopped (default 60)")
    parser.add_argument("--repeat", type=int, default=3, help="Oxigraph runs per query; the best is reported (default 3)")
    parser.add_argument("--no-rdflib", action="store_true", help="time Oxigraph only")
    parser.add_argument("--bulk", action="store_true", help="fill the store with the bulk loader (`zone-kg load --bulk`)")
    args = parser.parse_args()

    import pyoxigraph
    import rdflib
    from synth import units_for_size, write_synthetic_article

    from graph.ontology import load_ontology
    from graph.pipeline import build_article
    from graph.store.oxigraph import load_graphs, open_store

    with tempfile.TemporaryDirectory() as tmp:
        seed_chars = len((SEED / "article.txt").read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        synthetic = write_synthetic_article(Path(tmp) / f"synthetic-{args.scale}x", units_for_size(seed_chars * args.scale))
        onto = load_ontology()
        graphs = [(f"{BASE}article/{b.article_id}", b.rdf) for b in (build_article(SEED, BASE, onto), build_article(synthetic, BASE, onto))]
        built = time.perf_counter() - t0
        t0 = time.perf_counter()
        load_graphs(Path(tmp) / "store", graphs, bulk=args.bulk)
        loaded = time.perf_counter() - t0
        store = open_store(Path(tmp) / "store", read_only=True)
        triples = sum(1 for _ in store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))  # the union
        print(f"{args.scale}× the seed plus the seed: {triples} triples in {len(graphs)} named graphs; "
              f"built in {built:.1f} s, loaded into the Oxigraph store in {loaded:.1f} s "
              f"({'bulk' if args.bulk else 'one transaction per graph'})", flush=True)
        if not args.no_rdflib:
            _RDFLIB_GRAPH = rdflib.Graph()
            for prefix, namespace in graphs[0][1].namespaces():
                _RDFLIB_GRAPH.bind(prefix, namespace)
            for _, g in graphs:
                for triple in g:
                    _RDFLIB_GRAPH.add(triple)
        memory = pyoxigraph.Store()  # the same union in memory: how much of the time is the disk's
        memory.extend(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))
        print(f"| query | rows | Oxigraph store (best of {args.repeat}) | Oxigraph in memory | rdflib (cap {args.rdflib_cap:g} s) |")
        print("|---|---:|---:|---:|---:|")
        slow = []
        for path in QUERIES:
            text = path.read_text(encoding="utf-8")
            ox_s, rows = time_oxigraph(store, text, args.repeat)
            mem_s, _ = time_oxigraph(memory, text, args.repeat)
            cell = "–"
            if not args.no_rdflib:
                rd_s, rd_rows = time_rdflib(text, args.rdflib_cap)
                cell = f"> {args.rdflib_cap:g} s (stopped)" if rd_s is None else f"{rd_s * 1000:.0f} ms"
                if rd_rows is not None and rd_rows != rows:
                    cell += f" ({rd_rows} rows!)"
            if ox_s * 1000 > TARGET_MS:
                slow.append(path.name)
            name = path.relative_to(ROOT / "queries").as_posix()
            print(f"| {name} | {rows} | {ox_s * 1000:.0f} ms | {mem_s * 1000:.0f} ms | {cell} |", flush=True)
        print(f"over the {TARGET_MS:.0f} ms target on the store: {', '.join(slow) if slow else 'none'}")


if __name__ == "__main__":
    main()
