"""Benchmark: every competency query on stores N× the data, Oxigraph store vs rdflib, side by side.

Two kinds of data, both loaded as ``zone-kg load`` does (one transaction per graph):

* **N copies** (``--scales``): the seed article's folder (for the article questions,
  ``queries/*.rq``) and the synthetic test corpus ``tests/data/corpus`` (for the corpus
  questions, ``queries/corpus/*.rq``) are each built once by
  ``graph.store.sources.graphs_from_path`` (the load command's code: article graphs, the
  corpus graph of canonical entities and resolution decisions, the ontology terms). At N×,
  every graph but the ontology's is stored N times, copy ``c`` with every instance IRI
  ``<BASE>…`` renamed ``<BASE>c<c>/…``: N× the facts under distinct IRIs, each copy its own
  named graphs, the vocabulary shared. So every question sees N times the things it asks
  about; one that lists them returns N times the rows (one that groups or deduplicates by
  name returns as many as at 1×: the copies share their names).
* **the synthetic article** (``--synthetic S``, article questions): the graph
  ``bench/bench_build.py`` builds at S× (``bench/synth.py``: one article S times the seed's
  characters, ~254k triples at 100×, many small zones, enterprises, figures and funding
  events, no platforms or talent programmes), stored as its article graph and the ontology
  terms.

Each query runs ``--repeat`` times on the on-disk store and is timed two ways, as CPU time
of this process (best of ``--repeat``; on a machine shared with other jobs wall-clock time
mostly measures the wait for a core):

* **engine**: Oxigraph evaluates the query and serialises the whole answer itself (SPARQL
  TSV results, N-Triples for a CONSTRUCT), as the server does for a client: no Python
  object per row;
* **python**: ``graph.store.oxigraph.run_query`` (what ``zone-kg query`` does): every row
  read into Python terms.

Also shown at the largest scale: the python timing's wall-clock time, the same union in
Oxigraph's memory store (the disk's share), µs per row for queries whose rows grow with
the data, and whether the query meets the target (≤ 50 ms at 100×) by each timing; and
rdflib once per query at the small scales (in a forked child stopped after
``--rdflib-cap`` seconds; its rows are compared with Oxigraph's). ``--store-dir DIR`` keeps
the loaded stores there and reuses them on the next run when the data is the same (the
100× corpus takes minutes to load). Usage::

    python bench/bench_query.py [--scales 10,100] [--synthetic 100] [--rdflib-cap 60]
                                [--rdflib-max-scale 10] [--repeat 3] [--no-rdflib] [--bulk]
                                [--only TEXT] [--store-dir DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import shutil
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


def synthetic_graphs(scale: int, tmp: Path) -> list[tuple[str, bytes]]:
    """The graph ``bench/bench_build.py`` builds at ``scale``× (the synthetic article of ``scale``
    times the seed's characters): its article graph and the ontology terms (no corpus graph,
    as in ``bench_build``'s triple count)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import units_for_size, write_synthetic_article

    seed_chars = len((SEED / "article.txt").read_text(encoding="utf-8"))
    folder = write_synthetic_article(tmp / f"synthetic-{scale}", units_for_size(seed_chars * scale))
    return [(name, data) for name, data in built_graphs(folder) if name != BASE + "corpus"]


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


def engine_answer(store: Any, query_text: str) -> int | str:
    """Oxigraph answers ``query_text`` and serialises the answer itself (TSV; N-Triples for a
    graph), as its server does for a client; returns the rows (triples) or the ASK answer."""
    import pyoxigraph

    result = store.query(query_text)
    if isinstance(result, pyoxigraph.QueryBoolean):
        return f"ASK: {str(bool(result)).lower()}"
    if isinstance(result, pyoxigraph.QueryTriples):
        return (result.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES) or b"").count(b"\n")
    return (result.serialize(format=pyoxigraph.QueryResultsFormat.TSV) or b"").count(b"\n") - 1


def time_engine(store: Any, query_text: str, repeat: int) -> float:
    """Best CPU seconds of :func:`engine_answer` over ``repeat`` runs."""
    cpu = float("inf")
    for _ in range(repeat):
        c0 = time.process_time()
        engine_answer(store, query_text)
        cpu = min(cpu, time.process_time() - c0)
    return cpu


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


def fingerprint(graphs: list[tuple[str, bytes]]) -> str:
    """What a kept store holds: the graphs' names and triples (their SHA-256, in any order: a
    build's N-Triples come in the order of rdflib's sets, which varies between processes)."""
    digest = hashlib.sha256()
    for name, data in sorted(graphs):
        digest.update(name.encode() + b"\0" + b"\n".join(sorted(data.splitlines())) + b"\0")
    return digest.hexdigest()


def filled_store(folder: Path, graphs: list[tuple[str, bytes]], bulk: bool) -> float | None:
    """Load ``graphs`` into the store at ``folder`` unless it already holds exactly them (a kept
    store, marked by their fingerprint); the load's seconds, or None when the store was kept."""
    from graph.store.oxigraph import load_graphs

    marker = folder.parent / f"{folder.name}.fingerprint"
    expected = fingerprint(graphs)
    if folder.is_dir() and marker.is_file() and marker.read_text(encoding="ascii") == expected:
        return None
    marker.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    t0 = time.perf_counter()
    load_graphs(folder, graphs, bulk=bulk)
    marker.write_text(expected, encoding="ascii")
    return time.perf_counter() - t0


def measure(kind: str, graphs: list[tuple[str, bytes]], queries: list[Path], scale: int,
            args: argparse.Namespace, stores: Path) -> dict[str, dict[str, Any]]:
    """Fill (or reuse) a store holding ``graphs`` and time ``queries`` on it."""
    global _RDFLIB_GRAPH
    import pyoxigraph
    import rdflib

    from graph.store.oxigraph import open_store

    folder = stores / f"{kind}-{scale}"
    loaded = filled_store(folder, graphs, args.bulk)
    store = open_store(folder, read_only=True)
    memory = pyoxigraph.Store()  # the same union in memory: how much of the time is the disk's
    memory.extend(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))
    triples = len(memory)
    how = ("kept from a previous run" if loaded is None
           else f"loaded in {loaded:.1f} s ({'bulk' if args.bulk else 'one transaction per graph'})")
    print(f"{kind} × {scale}: {triples} triples in {len(graphs)} named graphs, {how}", file=sys.stderr, flush=True)
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
        engine_s = time_engine(store, text, args.repeat)
        store_s, wall_s, rows = time_oxigraph(store, text, args.repeat)
        memory_s, _, _ = time_oxigraph(memory, text, args.repeat)
        cell: dict[str, Any] = {"rows": rows, "engine": engine_s, "store": store_s, "wall": wall_s, "memory": memory_s,
                                "rdflib": None, "rdflib_rows": None}
        if rdflib_cap:
            cell["rdflib"], cell["rdflib_rows"] = time_rdflib(text, rdflib_cap)
        name = path.relative_to(ROOT / "queries").as_posix()
        out[name] = cell
        print(f"  {name}: {rows} rows, engine {_ms(engine_s)}, python {_ms(store_s)} CPU ({_ms(wall_s)} wall), "
              f"memory {_ms(memory_s)}, rdflib {_rdflib_cell(cell, rdflib_cap)}", file=sys.stderr, flush=True)
    _RDFLIB_GRAPH = None
    del store, memory
    return out


def per_row(cell: dict[str, Any], key: str) -> str:
    """µs per row of timing ``key``, for an answer of 100 rows or more (rows that grow with the data)."""
    rows = cell["rows"]
    return f"{cell[key] * 1e6 / rows:.0f}" if isinstance(rows, int) and rows >= 100 else "–"


def verdict(cell: dict[str, Any]) -> str:
    """Whether the engine and the python timings meet the target."""
    return " / ".join("yes" if cell[key] * 1000 <= TARGET_MS else "no" for key in ("engine", "store"))


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
    parser.add_argument("--synthetic", type=int, default=100,
                        help="also the article questions on bench_build's synthetic article at this scale "
                             "(default 100: ~254k triples; 0 skips it)")
    parser.add_argument("--rdflib-cap", type=float, default=60.0, help="seconds before an rdflib query is stopped (default 60)")
    parser.add_argument("--rdflib-max-scale", type=int, default=10,
                        help="no rdflib above this scale (default 10: rdflib holds the 100x corpus in ~2 GB and "
                             "takes minutes to parse it)")
    parser.add_argument("--repeat", type=int, default=3, help="Oxigraph runs per query; the best is reported (default 3)")
    parser.add_argument("--no-rdflib", action="store_true", help="time Oxigraph only")
    parser.add_argument("--bulk", action="store_true", help="fill the store with the bulk loader (`zone-kg load --bulk`)")
    parser.add_argument("--only", default="", help="time only the queries whose path contains this text")
    parser.add_argument("--store-dir", type=Path,
                        help="keep the loaded stores in this folder and reuse them when they hold the same data "
                             "(default: a temporary folder, deleted)")
    args = parser.parse_args()
    try:
        scales = sorted({int(s) for s in args.scales.split(",") if s.strip()})
    except ValueError:
        parser.error("--scales: one or more positive integers, e.g. 10,100")
    if not scales or min(scales) < 1:
        parser.error("--scales: one or more positive integers, e.g. 10,100")
    if args.synthetic < 0:
        parser.error("--synthetic: a positive scale, or 0 to skip the synthetic article")
    if args.repeat < 1:
        parser.error("--repeat: at least 1")

    article_queries = [q for q in ARTICLE_QUERIES if args.only in str(q)]
    sets = [("article", SEED, article_queries),
            ("corpus", CORPUS, [q for q in CORPUS_QUERIES if args.only in str(q)])]
    results: dict[int, dict[str, dict[str, Any]]] = {s: {} for s in scales}
    synthetic: dict[str, dict[str, Any]] = {}
    sizes: dict[tuple[str, int], int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        stores = args.store_dir or Path(tmp) / "stores"
        stores.mkdir(parents=True, exist_ok=True)
        for kind, path, queries in sets:
            if not queries:
                continue
            source = built_graphs(path)
            for scale in scales:
                measured = measure(kind, list(replicated(source, scale)), queries, scale, args, stores)
                sizes[kind, scale] = measured.pop("")["triples"]
                results[scale].update(measured)
        if args.synthetic and article_queries:
            graphs = synthetic_graphs(args.synthetic, Path(tmp))
            synthetic = measure("synthetic", graphs, article_queries, args.synthetic, args, stores)
            sizes["synthetic", args.synthetic] = synthetic.pop("")["triples"]

    for line in table(results, synthetic, sizes, scales, args):
        print(line)


def table(results: dict[int, dict[str, dict[str, Any]]], synthetic: dict[str, dict[str, Any]],
          sizes: dict[tuple[str, int], int], scales: list[int], args: argparse.Namespace) -> list[str]:
    """The Markdown table and the summary lines."""
    first, last = scales[0], scales[-1]
    lines = ["data: " + "; ".join(f"{kind} × {scale} = {n:,} triples" for (kind, scale), n in sorted(sizes.items()))]
    header = ["query"]
    for s in scales:
        header += [f"rows {s}×", f"engine {s}×", f"python {s}×"]
    header += [f"µs/row {last}× engine", f"python {last}× wall", f"in memory {last}×"]
    if not args.no_rdflib:
        header += [f"rdflib {s}×" for s in scales if s <= args.rdflib_max_scale]
    if len(scales) > 1:
        header += [f"growth {first}×→{last}×"]
    header += [f"≤ {TARGET_MS:.0f} ms at {last}× engine / python"]
    if synthetic:
        k = args.synthetic
        header += [f"rows synthetic {k}×", f"engine synthetic {k}×", f"python synthetic {k}×", "µs/row synthetic engine",
                   f"≤ {TARGET_MS:.0f} ms synthetic engine / python"]
    lines += ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    slow: dict[str, list[str]] = {"engine": [], "store": []}
    for name in results[last]:
        cells = [name.removesuffix(".rq")]
        for s in scales:
            cell = results[s][name]
            cells += [str(cell["rows"]), _ms(cell["engine"]), _ms(cell["store"])]
        top = results[last][name]
        cells += [per_row(top, "engine"), _ms(top["wall"]), _ms(top["memory"])]
        if not args.no_rdflib:
            cells += [_rdflib_cell(results[s][name], args.rdflib_cap) for s in scales if s <= args.rdflib_max_scale]
        if len(scales) > 1:
            cells.append(f"{top['engine'] / max(results[first][name]['engine'], 1e-6):.1f}×")
        cells.append(verdict(top))
        for key in slow:
            if top[key] * 1000 > TARGET_MS:
                slow[key].append(name.removesuffix(".rq"))
        if synthetic:
            syn = synthetic.get(name)
            cells += ([str(syn["rows"]), _ms(syn["engine"]), _ms(syn["store"]), per_row(syn, "engine"), verdict(syn)]
                      if syn else ["–"] * 5)
        lines.append("| " + " | ".join(cells) + " |")
    lines.append(f"CPU time, best of {args.repeat} (rdflib: one run, stopped after {args.rdflib_cap:g} s); engine: Oxigraph "
                 f"answers and serialises (TSV); python: every row read into Python; growth: engine CPU time at {last}× "
                 f"over {first}×")
    for key, label in (("engine", "engine"), ("store", "python")):
        lines.append(f"over the {TARGET_MS:.0f} ms target at {last}× ({label}): {', '.join(slow[key]) or 'none'}")
    if synthetic:
        for key, label in (("engine", "engine"), ("store", "python")):
            over = [n.removesuffix(".rq") for n, c in synthetic.items() if c[key] * 1000 > TARGET_MS]
            lines.append(f"over the {TARGET_MS:.0f} ms target on the synthetic {args.synthetic}× ({label}): "
                         f"{', '.join(over) or 'none'}")
    return lines


if __name__ == "__main__":
    main()
