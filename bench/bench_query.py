"""Benchmark: every competency query on a store N× the data, Oxigraph store vs rdflib, side by side.

The data is what ``zone-kg load`` stores, replicated: the seed article's folder (for the
article questions, ``queries/*.rq``) and the synthetic test corpus ``tests/data/corpus``
(for the corpus questions, ``queries/corpus/*.rq``) are each built once by
``graph.store.sources.graphs_from_path`` (the load command's code: article graphs, the
corpus graph of canonical entities and resolution decisions, the ontology terms). At N×,
every graph but the ontology's is stored N times, copy ``c`` with every instance IRI
``<BASE>…`` renamed ``<BASE>c<c>/…``: N× the facts under distinct IRIs, each copy its own
named graphs, the vocabulary shared. So every question sees N times the things it asks
about; one that lists them returns N times the rows (one that groups or deduplicates by
name returns as many as at 1×: the copies share their names).

Each query runs ``--repeat`` times on the on-disk Oxigraph store (loaded as ``zone-kg
load`` does, one transaction per graph, or ``--bulk``) and on the same union in Oxigraph's
memory store (the disk's share), and once on rdflib (in a forked child stopped after
``--rdflib-cap`` seconds; its rows are compared with Oxigraph's). Times include reading
every row into Python and are the CPU time of the querying process, best of
``--repeat``: on a machine shared with other jobs wall-clock time mostly measures the
wait for a core (the store's wall-clock time at the largest scale is shown too). Target:
≤ 50 ms per query on the store at 100×. Usage::

    python bench/bench_query.py [--scales 10,100] [--rdflib-cap 60] [--rdflib-max-scale 10]
                                [--repeat 3] [--no-rdflib] [--bulk] [--only TEXT]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025"
CORPUS = ROOT / "tests" / "data" / "corpus"
ARTICLE_QUERIES = sorted((ROOT / "queries").glob("*.rq"))
CORPUS_QUERIES = sorted((ROOT / "queries" / "corpus").glob("*.rq"))
BASE = "https://w3id.org/zone-kg/id/"
TARGET_MS = 50.0

_RDFLIB_GRAPH: Any = None  # set before forking: the children share it copy-on-write


def built_graphs(path: Path) -> list[tuple[str, bytes]]:
    """``(graph IRI, N-Triples)`` of every graph ``zone-kg load PATH`` stores."""
    from graph.store.oxigraph import graph_ntriples
    from graph.store.sources import graphs_from_path

    graph_set = graphs_from_path(path, BASE)
    return [(str(name), graph_ntriples(data)) for name, data in graph_set.graphs]


def replicated(graphs: list[tuple[str, bytes]], copies: int) -> Iterator[tuple[str, bytes]]:
    """Copy 0 as built, then copies 1…N-1 with every ``<BASE>`` IRI (graph names too) moved
    under ``<BASE>c<copy>/``; graphs outside ``BASE`` (the ontology terms) once."""
    base = f"<{BASE}".encode()
    for copy in range(copies):
        tag = f"c{copy:04d}/"
        for name, data in graphs:
            if copy == 0:
                yield name, data
            elif name.startswith(BASE):
                yield BASE + tag + name[len(BASE):], data.replace(base, base + tag.encode())


def _size(result: Any) -> int | str:
    """Rows (triples of a CONSTRUCT), or an ASK query's answer."""
    return f"ASK: {str(result.boolean).lower()}" if result.form == "ASK" else len(result.rows)


def time_oxigraph(store: Any, query_text: str, repeat: int) -> tuple[float, float, int | str]:
    """Best CPU seconds and best wall-clock seconds over ``repeat`` runs, and the rows."""
    from graph.store.oxigraph import run_query

    cpu = wall = float("inf")
    rows: int | str = 0
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        result = run_query(store, query_text, max_rows=0)
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
        rows = _size(result)
    return cpu, wall, rows


def _rdflib_child(query_text: str, conn: Any) -> None:
    from graph.query import run_query

    c0 = time.process_time()
    result = run_query(_RDFLIB_GRAPH, query_text, max_rows=0)
    conn.send((time.process_time() - c0, _size(result)))
    conn.close()


def time_rdflib(query_text: str, cap: float) -> tuple[float | None, int | str | None]:
    """CPU seconds and rows for rdflib, or ``(None, None)`` when it ran past ``cap`` seconds of wall-clock
    time (the child is killed)."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_rdflib_child, args=(query_text, child))
    process.start()
    child.close()
    outcome = parent.recv() if parent.poll(cap) else (None, None)
    process.kill()
    process.join()
    return outcome


def measure(kind: str, source: list[tuple[str, bytes]], queries: list[Path], scale: int,
            args: argparse.Namespace, tmp: Path) -> dict[str, dict[str, Any]]:
    """Fill a store with ``scale`` copies of ``source`` and time ``queries`` on it."""
    global _RDFLIB_GRAPH
    import pyoxigraph
    import rdflib

    from graph.store.oxigraph import load_graphs, open_store

    graphs = list(replicated(source, scale))
    t0 = time.perf_counter()
    load_graphs(tmp / f"{kind}-{scale}", graphs, bulk=args.bulk)
    loaded = time.perf_counter() - t0
    store = open_store(tmp / f"{kind}-{scale}", read_only=True)
    memory = pyoxigraph.Store()  # the same union in memory: how much of the time is the disk's
    memory.extend(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))
    triples = len(memory)
    print(f"{kind} × {scale}: {triples} triples in {len(graphs)} named graphs, loaded in {loaded:.1f} s "
          f"({'bulk' if args.bulk else 'one transaction per graph'})", file=sys.stderr, flush=True)
    rdflib_cap = 0.0 if args.no_rdflib or scale > args.rdflib_max_scale else args.rdflib_cap
    if rdflib_cap:
        _RDFLIB_GRAPH = rdflib.Graph()
        for _, data in graphs:
            _RDFLIB_GRAPH.parse(data=data, format="nt")
        from graph.query import run_query as run_on_rdflib

        run_on_rdflib(_RDFLIB_GRAPH, "ASK { ?s ?p ?o }")  # build rdflib's SPARQL parser before forking, not in each child
    out: dict[str, dict[str, Any]] = {"": {"triples": triples}}
    for path in queries:
        text = path.read_text(encoding="utf-8")
        store_s, wall_s, rows = time_oxigraph(store, text, args.repeat)
        memory_s, _, _ = time_oxigraph(memory, text, args.repeat)
        cell: dict[str, Any] = {"rows": rows, "store": store_s, "wall": wall_s, "memory": memory_s,
                                "rdflib": None, "rdflib_rows": None}
        if rdflib_cap:
            cell["rdflib"], cell["rdflib_rows"] = time_rdflib(text, rdflib_cap)
        name = path.relative_to(ROOT / "queries").as_posix()
        out[name] = cell
        print(f"  {name}: {rows} rows, store {_ms(store_s)} CPU ({_ms(wall_s)} wall), memory {_ms(memory_s)}, "
              f"rdflib {_rdflib_cell(cell, rdflib_cap)}", file=sys.stderr, flush=True)
    _RDFLIB_GRAPH = None
    del store, memory
    return out


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.1f} ms" if ms < 10 else f"{ms:.0f} ms"


def _rdflib_cell(cell: dict[str, Any], cap: float) -> str:
    if cell["rdflib"] is None:
        return f"> {cap:g} s" if cap else "–"
    text = _ms(cell["rdflib"]) if cell["rdflib"] < 10 else f"{cell['rdflib']:.1f} s"
    return text + (f" ({cell['rdflib_rows']} rows!)" if cell["rdflib_rows"] != cell["rows"] else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="10,100", help="copies of the data, comma-separated (default 10,100)")
    parser.add_argument("--rdflib-cap", type=float, default=60.0, help="seconds before an rdflib query is stopped (default 60)")
    parser.add_argument("--rdflib-max-scale", type=int, default=10,
                        help="no rdflib above this scale (default 10: rdflib holds the 100x corpus in ~2 GB and "
                             "takes minutes to parse it)")
    parser.add_argument("--repeat", type=int, default=3, help="Oxigraph runs per query; the best is reported (default 3)")
    parser.add_argument("--no-rdflib", action="store_true", help="time Oxigraph only")
    parser.add_argument("--bulk", action="store_true", help="fill the store with the bulk loader (`zone-kg load --bulk`)")
    parser.add_argument("--only", default="", help="time only the queries whose path contains this text")
    args = parser.parse_args()
    scales = sorted({int(s) for s in args.scales.split(",") if s.strip()})
    if not scales or min(scales) < 1:
        parser.error("--scales: one or more positive integers, e.g. 10,100")

    sets = [("article", SEED, [q for q in ARTICLE_QUERIES if args.only in str(q)]),
            ("corpus", CORPUS, [q for q in CORPUS_QUERIES if args.only in str(q)])]
    results: dict[int, dict[str, dict[str, Any]]] = {s: {} for s in scales}
    sizes: dict[tuple[str, int], int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, path, queries in sets:
            if not queries:
                continue
            source = built_graphs(path)
            for scale in scales:
                measured = measure(kind, source, queries, scale, args, Path(tmp))
                sizes[kind, scale] = measured.pop("")["triples"]
                results[scale].update(measured)

    first, last = scales[0], scales[-1]
    print("data: " + "; ".join(f"{kind} × {scale} = {n:,} triples" for (kind, scale), n in sorted(sizes.items())))
    header = ["query"]
    for s in scales:
        header += [f"rows {s}×", f"store {s}×"]
    header += [f"store {last}× wall", f"in memory {last}×"]
    if not args.no_rdflib:
        header += [f"rdflib {s}×" for s in scales if s <= args.rdflib_max_scale]
    if len(scales) > 1:
        header += [f"growth {first}×→{last}×"]
    print("| " + " | ".join(header) + " |")
    print("|---|" + "---:|" * (len(header) - 1))
    slow = []
    for name in results[last]:
        cells = [name.removesuffix(".rq")]
        for s in scales:
            cell = results[s][name]
            cells += [str(cell["rows"]), _ms(cell["store"])]
        cells += [_ms(results[last][name]["wall"]), _ms(results[last][name]["memory"])]
        if not args.no_rdflib:
            cells += [_rdflib_cell(results[s][name], args.rdflib_cap) for s in scales if s <= args.rdflib_max_scale]
        if len(scales) > 1:
            cells.append(f"{results[last][name]['store'] / max(results[first][name]['store'], 1e-6):.1f}×")
        if results[last][name]["store"] * 1000 > TARGET_MS:
            slow.append(name)
        print("| " + " | ".join(cells) + " |")
    print(f"CPU time, best of {args.repeat} (rdflib: one run, stopped after {args.rdflib_cap:g} s); "
          f"growth: store CPU time at {last}× over {first}×")
    print(f"over the {TARGET_MS:.0f} ms target on the store at {last}×: {', '.join(slow) if slow else 'none'}")


if __name__ == "__main__":
    main()
