"""Benchmark: load → build NetworkX → build RDF → export, at 1×, 10×, 100×, 1000× the seed.

Each scale runs in a fresh subprocess (so peak RSS is per scale) on a synthetic article
folder (bench/synth.py) sized to a multiple of the seed article's characters. Wall
time per stage comes from a plain run; peak traced memory per stage from a second pass
under tracemalloc (skipped above ``--trace-max``, where only the process's max RSS is
reported). Usage::

    python bench/bench_build.py [--scales 1 10 100 1000] [--no-export] [--trace-max 100]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025" / "article.txt"


def stages(folder: Path, export: bool) -> list[tuple[str, Callable[[dict[str, Any]], Any]]]:
    from graph.builders.networkx import build_nx_graph
    from graph.builders.rdf import build_rdf_graph
    from graph.exporters.writer import generate_exports
    from graph.loader import load_article
    from graph.ontology import load_ontology
    from graph.pipeline import BuiltGraph

    onto = load_ontology()
    out: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
        ("load", lambda s: s.__setitem__("facts", load_article(folder, onto))),
        ("build_nx", lambda s: s.__setitem__("nx", build_nx_graph(s["facts"], onto))),
        ("build_rdf", lambda s: s.__setitem__("rdf", build_rdf_graph(s["facts"], onto))),
        ("add_terms", lambda s: s.__setitem__("built", _built(BuiltGraph, s, onto))),
    ]
    if export:
        for fmt in ("ttl", "nt", "jsonld", "graphml"):
            out.append((f"export_{fmt}", lambda s, f=fmt: generate_exports(s["built"], [f])))
    return out


def _built(cls: Any, s: dict[str, Any], onto: Any) -> Any:
    built = cls(facts=s["facts"], ontology=onto, nx=s["nx"], data=s["rdf"])
    _ = built.rdf
    return built


def run_one(units: int, export: bool, trace: bool = True) -> dict[str, Any]:
    from synth import write_synthetic_article

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_synthetic_article(Path(tmp) / "synthetic", units)
        size = (folder / "article.txt").stat().st_size
        timing: dict[str, float] = {}
        state: dict[str, Any] = {}
        for name, fn in stages(folder, export):
            t0 = time.perf_counter()
            fn(state)
            timing[name] = time.perf_counter() - t0
        counts = {"triples": len(state["rdf"]), "nodes": state["nx"].number_of_nodes(),
                  "edges": state["nx"].number_of_edges()}
        state.clear()
        peak: dict[str, float] = {}
        if trace:
            tracemalloc.start()
            for name, fn in stages(folder, export):
                tracemalloc.reset_peak()
                fn(state)
                peak[name] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"units": units, "bytes": size, **counts, "seconds": timing, "peak_mib": peak, "max_rss_mib": rss}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100, 1000])
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument("--trace-max", type=int, default=100,
                        help="measure per-stage memory with tracemalloc only up to this scale (it doubles memory)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, not args.no_export, trace=not args.no_trace)))
        return
    from synth import units_for_size

    seed_chars = len(SEED.read_text(encoding="utf-8"))
    rows = []
    for scale in args.scales:
        units = units_for_size(seed_chars * scale)
        cmd = [sys.executable, __file__, "--one", str(units)] + (["--no-export"] if args.no_export else [])
        if scale > args.trace_max:
            cmd.append("--no-trace")
        rows.append((scale, json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)))
    names = list(rows[0][1]["seconds"])
    print(f"seed article: {seed_chars} characters; stage times in seconds, peak traced MiB in brackets")
    print("| scale | KB | triples | " + " | ".join(names) + " | max RSS MiB |")
    print("|---" * (len(names) + 4) + "|")
    for scale, r in rows:
        cells = [f"{r['seconds'][n]:.2f}" + (f" [{r['peak_mib'][n]:.0f}]" if r["peak_mib"] else "") for n in names]
        print(f"| {scale}× | {r['bytes'] / 1024:.0f} | {r['triples']} | " + " | ".join(cells) + f" | {r['max_rss_mib']:.0f} |")
    base_scale, base = rows[0]
    for scale, r in rows[1:]:
        total = sum(r["seconds"][n] for n in ("load", "build_nx", "build_rdf"))
        total0 = sum(base["seconds"][n] for n in ("load", "build_nx", "build_rdf"))
        print(f"{scale}×: load+build time ratio to {base_scale}× = {total / total0:.1f} (size ratio {r['bytes'] / base['bytes']:.1f})")


if __name__ == "__main__":
    main()
