"""Benchmark: load → build → export at 1×, 10×, 100×, 1000× the seed article, two writers side by side.

Each (size, writer) pair runs in a fresh subprocess on a synthetic article folder
(bench/synth.py) sized to a multiple of the seed article's characters, so peak RSS is
that run's own. Both writers share load and build; they differ in how the RDF files
are written:

* ``oxigraph``: today's exporters (N-Triples and Turtle written by pyoxigraph from the
  data graph plus a small graph of ontology terms), then JSON-LD and GraphML;
* ``rdflib``: the previous path, kept here as the baseline: copy the data and the
  ontology terms into a second graph, rdflib's N-Triples (lines sorted) and Turtle.

Reported per run: seconds per stage, process RSS after each stage and its peak
(where the memory goes), peak RSS per triple, and µs per triple with its growth
relative to 10× (linear growth keeps the ratio near 1). Per-stage times are the
process's CPU seconds, which a busy machine disturbs less than wall-clock time. The baseline is skipped above
``--baseline-max`` (it needs minutes and ~3.5 KB per triple there). Usage::

    python bench/bench_build.py [--sizes 1,10,100,1000] [--baseline-max 100] [--json out.json]

The machine's load changes the seconds: compare the two writers within one run.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025" / "article.txt"
WRITERS = ("oxigraph", "rdflib")
BUILD_STAGES = ("load", "build_nx", "build_rdf")


def _rss_mib() -> float:
    """The process's resident set now (Linux), in MiB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _copy_with_terms(built: Any) -> bytes:
    """The previous writers' first step: a second graph with the data and its ontology terms."""
    _ = built.rdf
    return b""


def _rdflib_ntriples(built: Any) -> bytes:
    """The previous N-Triples writer (with lines split at line feeds only)."""
    text = built.rdf.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted({line for line in text.split("\n") if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8")


def _rdflib_turtle(built: Any) -> bytes:
    """The previous Turtle writer: rdflib's, on the data plus ontology terms."""
    return built.rdf.serialize(format="turtle", encoding="utf-8")  # type: ignore[no-any-return]


def stages(folder: Path, writer: str) -> list[tuple[str, Callable[[dict[str, Any]], Any]]]:
    from graph.gcpause import gc_paused
    from graph.ontology import load_ontology
    from graph.pipeline import BuiltGraph
    from graph.sinks.networkx import build_nx_graph
    from graph.sinks.rdf import build_rdf_graph
    from graph.sinks.writer import generate_exports
    from graph.sources.article import load_article

    onto = load_ontology()

    def built(s: dict[str, Any]) -> Any:
        return BuiltGraph(facts=s["facts"], ontology=onto, nx=s["nx"], data=s["rdf"])

    def export(fmt: str) -> Callable[[dict[str, Any]], Any]:
        return lambda s: s.__setitem__("bytes", sum(map(len, generate_exports(s["built"], [fmt]).values())))

    def baseline(fn: Callable[[Any], bytes]) -> Callable[[dict[str, Any]], Any]:
        def run(s: dict[str, Any]) -> None:
            with gc_paused():
                s["bytes"] = len(fn(s["built"]))
        return run

    out: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
        ("load", lambda s: s.__setitem__("facts", load_article(folder, onto))),
        ("build_nx", lambda s: s.__setitem__("nx", build_nx_graph(s["facts"], onto))),
        ("build_rdf", lambda s: (s.__setitem__("rdf", build_rdf_graph(s["facts"], onto)), s.__setitem__("built", built(s)))),
    ]
    if writer == "oxigraph":
        out += [("export_nt", export("nt")), ("export_ttl", export("ttl")),
                ("export_graphml", export("graphml")), ("export_jsonld", export("jsonld"))]
    else:
        out += [("add_terms", baseline(_copy_with_terms)), ("export_nt", baseline(_rdflib_ntriples)),
                ("export_ttl", baseline(_rdflib_turtle))]
    return out


def run_one(units: int, writer: str) -> dict[str, Any]:
    """Every stage of one writer on a synthetic article of ``units`` paragraphs."""
    from synth import write_synthetic_article

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_synthetic_article(Path(tmp) / "synthetic", units)
        size = (folder / "article.txt").stat().st_size
        seconds: dict[str, float] = {}
        cpu: dict[str, float] = {}
        rss: dict[str, float] = {}
        peak: dict[str, float] = {}
        out_bytes: dict[str, int] = {}
        state: dict[str, Any] = {}
        base_rss = _rss_mib()
        for name, fn in stages(folder, writer):
            print(f"stage {name}", file=sys.stderr, flush=True)
            t0, c0 = time.perf_counter(), time.process_time()
            fn(state)
            seconds[name], cpu[name] = time.perf_counter() - t0, time.process_time() - c0
            rss[name], peak[name] = _rss_mib(), _peak_mib()
            if "bytes" in state:
                out_bytes[name] = state.pop("bytes")
        triples = len(state["rdf"])
    return {"units": units, "writer": writer, "bytes": size, "triples": triples, "seconds": seconds, "cpu": cpu,
            "rss_mib": rss, "peak_mib": peak, "start_rss_mib": base_rss, "out_bytes": out_bytes}


def _child(units: int, writer: str, label: str, progress: Any) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--one", str(units), "--writer", writer]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None and proc.stdout is not None
    errors = []
    for line in proc.stderr:
        if line.startswith("stage "):
            progress.set_postfix_str(f"{label}: {line.split()[1]}")
        else:
            errors.append(line)
    out = proc.stdout.read()
    if proc.wait() != 0:
        raise SystemExit(f"bench run {label} failed:\n{''.join(errors)}")
    return json.loads(out)  # type: ignore[no-any-return]


def _table(rows: list[tuple[int, dict[str, Any]]]) -> list[str]:
    lines = []
    for writer in WRITERS:
        runs = [(scale, r) for scale, r in rows if r["writer"] == writer]
        if not runs:
            continue
        names = list(runs[0][1]["seconds"])
        lines.append(f"\n### writer: {writer} (CPU seconds per stage; wall-clock total)\n")
        lines.append("| scale | KB | triples | " + " | ".join(names) +
                     " | total CPU s | total wall s | CPU µs/triple | ×10× | peak RSS MiB | RSS B/triple |")
        lines.append("|---" * (len(names) + 9) + "|")
        ref = next((r for scale, r in runs if scale == 10), runs[0][1])
        ref_cost = sum(ref["cpu"].values()) / ref["triples"]
        for scale, r in runs:
            total = sum(r["cpu"].values())
            cost = total / r["triples"]
            peak = max(r["peak_mib"].values())
            cells = " | ".join(f"{r['cpu'][n]:.2f}" for n in names)
            wall = sum(r["seconds"].values())
            lines.append(f"| {scale}× | {r['bytes'] / 1024:.0f} | {r['triples']} | {cells} | {total:.1f} | {wall:.1f} "
                         f"| {cost * 1e6:.1f} | {cost / ref_cost:.2f} | {peak:.0f} | {peak * 2**20 / r['triples']:.0f} |")
    return lines


def _memory_table(scale: int, r: dict[str, Any]) -> list[str]:
    lines = [f"\n### where the memory goes: {r['writer']} at {scale}× ({r['triples']} triples; RSS after each stage)\n",
             "| stage | RSS MiB | Δ MiB | Δ B/triple | peak MiB | output MB |", "|---|---|---|---|---|---|"]
    previous = r["start_rss_mib"]
    for name, rss in r["rss_mib"].items():
        delta = rss - previous
        out = r["out_bytes"].get(name)
        lines.append(f"| {name} | {rss:.0f} | {delta:+.0f} | {delta * 2**20 / r['triples']:+.0f} | {r['peak_mib'][name]:.0f} "
                     f"| {'' if out is None else f'{out / 1e6:.1f}'} |")
        previous = rss
    return lines


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes like 1,10,100 (got {text!r})") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes are positive multiples of the seed article")
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_sizes, default=[1, 10, 100, 1000],
                        help="multiples of the seed article, comma-separated (default 1,10,100,1000; 1000× needs ~10 GB)")
    parser.add_argument("--baseline-max", type=int, default=100, help="run the rdflib baseline only up to this size")
    parser.add_argument("--json", type=Path, help="also write the raw measurements here")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--writer", choices=WRITERS, default="oxigraph", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.writer)))
        return
    from synth import units_for_size
    from tqdm import tqdm

    seed_chars = len(SEED.read_text(encoding="utf-8"))
    jobs = [(scale, writer) for scale in args.sizes for writer in WRITERS if writer == "oxigraph" or scale <= args.baseline_max]
    rows: list[tuple[int, dict[str, Any]]] = []
    with tqdm(jobs, desc="bench", unit="run", file=sys.stderr) as progress:
        for scale, writer in progress:
            rows.append((scale, _child(units_for_size(seed_chars * scale), writer, f"{scale}× {writer}", progress)))
    print(f"seed article: {seed_chars} characters; sizes {', '.join(f'{s}×' for s in args.sizes)}; "
          f"rdflib baseline up to {args.baseline_max}×")
    for line in _table(rows):
        print(line)
    largest = max(args.sizes)
    for scale, r in rows:
        if scale == largest:
            for line in _memory_table(scale, r):
                print(line)
    if args.json:
        args.json.write_text(json.dumps([{"scale": s, **r} for s, r in rows], indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
