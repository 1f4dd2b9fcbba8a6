"""Benchmark the corpus export: time and peak memory by stage, and how they grow; old and new side by side.

A corpus of N articles is made by copying the synthetic test corpus (``tests/data/corpus``,
8 articles) under new article ids (``<id>-c0001`` …); copies share names, so entity
resolution has real work (exact-name merges across copies, the registry for the originals).
Each (size, path) runs in a fresh process. Two paths:

* ``stream`` (now): :func:`graph.export.export_corpus` into a temporary folder, as
  ``zone-kg export`` does — ``--jobs`` worker processes load, build and write each
  article, the corpus files are written from the articles' sorted N-Triples files. Its
  peak memory is the summed PSS of the main process and its workers, sampled every 0.2 s
  (``peak_pss_mb``; per triple: ``bytes_per_triple_rss``), beside the main process's peak
  RSS and the largest child's (which counts pages shared with the main process again);
* ``memory`` (before): the in-memory path, ``build_corpus`` then every exporter on the
  built graphs (nothing written), stage by stage; with ``--baseline COMMIT`` it is that
  commit's code (``git archive COMMIT`` into a temporary folder, imported first), so the
  two are measured in the same run.

Side by side, the fastest alternative for the biggest file: pyoxigraph parsing
``corpus.nq`` and writing it back as TriG.

    python bench/bench_corpus.py --sizes 8,100,1000 --jobs 2 [--baseline 42ea501] [--html]

Per-article HTML views (about 1 MB each: vis-network is inlined) are left out unless
``--html``; ``corpus.html`` is always written.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "data" / "corpus"
if str(ROOT) not in sys.path:  # `python bench/bench_corpus.py` from anywhere
    sys.path.insert(0, str(ROOT))
if "--tree" in sys.argv:  # the baseline's code (a `git archive` of it) is imported, not this checkout's
    sys.path.insert(0, sys.argv[sys.argv.index("--tree") + 1])

from tests.conftest import copy_article_as  # noqa: E402  (the same copy the corpus tests make)


def make_corpus(n: int, dest: Path) -> Path:
    """``n`` articles: the 8 originals, then renamed copies, plus the registry."""
    from tqdm import tqdm

    originals = sorted(p for p in SOURCE.iterdir() if (p / "article.txt").is_file())
    dest.mkdir(parents=True)
    shutil.copy(SOURCE / "entities.yaml", dest / "entities.yaml")
    for i in tqdm(range(n), desc=f"corpus of {n}", unit="article", disable=n < 100, file=sys.stderr):
        src = originals[i % len(originals)]
        copy_no = i // len(originals)
        if copy_no:
            copy_article_as(src, dest, f"{src.name}-c{copy_no:04d}")
        else:
            shutil.copytree(src, dest / src.name)
    return dest


def _nq_to_trig_s(nq: bytes) -> float:
    import pyoxigraph

    t = time.perf_counter()
    store = pyoxigraph.Store()
    store.bulk_load(nq, format=pyoxigraph.RdfFormat.N_QUADS)
    pyoxigraph.serialize(store, format=pyoxigraph.RdfFormat.TRIG)
    return time.perf_counter() - t


def _pss_kib(pid: int) -> int:
    """Proportional set size of one process (shared pages divided among their sharers)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                children = [int(c) for c in fh.read().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


class TreeMemory:
    """Samples the summed PSS of this process and all its descendants (the workers) every
    0.2 s: what the export really occupies. RSS would count the pages a forked worker shares
    with the main process once per process."""

    def __init__(self) -> None:
        import threading

        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.2):
            self.peak_kib = max(self.peak_kib, sum(_pss_kib(p) for p in [me, *_descendants(me)]))

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _peaks(out: dict[str, float | int], jobs: int, tree: TreeMemory) -> None:
    """Peak memory, taken before the pyoxigraph comparison (which holds corpus.nq in memory)."""
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["worker_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["peak_pss_mb"] = tree.peak_kib / 1024
    out["bytes_per_triple_rss"] = tree.peak_kib * 1024 / max(1, int(out["triples"]))


def run_memory(n: int, jobs: int, html: bool) -> dict[str, float | int]:
    """The in-memory path in this process: build everything, then each exporter; stage times and peak RSS."""
    from graph.pipeline import build_corpus
    from graph.sinks import DEFAULT_FORMATS, get_exporter

    out: dict[str, float | int] = {"articles": n}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(n, Path(tmp) / "corpus")
        memory = TreeMemory().__enter__()
        t0 = time.perf_counter()
        built = build_corpus(corpus, jobs=jobs)
        out["build_s"] = time.perf_counter() - t0
        out["triples"] = len(built.data)
        sizes = 0
        nq = b""
        for fmt in ("trig", "nq", "ttl", "graphml", "html"):
            t = time.perf_counter()
            data = get_exporter(fmt).generate(built)
            out[f"corpus_{fmt}_s"] = time.perf_counter() - t
            sizes += len(data)
            if fmt == "nq":
                nq = data
        t = time.perf_counter()
        per_article = [f for f in DEFAULT_FORMATS if html or f != "html"]
        for art in built.articles:
            for fmt in per_article:
                sizes += len(get_exporter(fmt).generate(art))
        out["articles_files_s"] = time.perf_counter() - t
        out["total_s"] = time.perf_counter() - t0
        memory.__exit__()
        _peaks(out, jobs, memory)
        out["bytes"] = sizes
        del built
        out["oxigraph_nq_to_trig_s"] = _nq_to_trig_s(nq)
    return out


def run_stream(n: int, jobs: int, html: bool) -> dict[str, float | int]:
    """``zone-kg export`` (streamed, ontology docs included) into a temporary folder; phase times and peak RSS."""
    from graph.export import export_corpus
    from graph.sinks import DEFAULT_FORMATS

    out: dict[str, float | int] = {"articles": n}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(n, Path(tmp) / "corpus")
        timings: dict[str, float] = {}
        with TreeMemory() as memory:
            t0 = time.perf_counter()
            paths = export_corpus(corpus, Path(tmp) / "out", [f for f in DEFAULT_FORMATS if html or f != "html"],
                                  jobs=jobs, progress=False, timings=timings)
            out["total_s"] = time.perf_counter() - t0
        out.update({f"{k}_s": v for k, v in timings.items()})
        with open(Path(tmp) / "out" / "corpus.nq", "rb") as fh:
            out["triples"] = sum(1 for _ in fh)
        _peaks(out, jobs, memory)
        out["bytes"] = sum(p.stat().st_size for p in paths)
        out["oxigraph_nq_to_trig_s"] = _nq_to_trig_s((Path(tmp) / "out" / "corpus.nq").read_bytes())
    return out


MEMORY_COLS = ["articles", "triples", "build_s", "corpus_trig_s", "corpus_nq_s", "corpus_ttl_s", "corpus_graphml_s",
               "corpus_html_s", "articles_files_s", "total_s", "oxigraph_nq_to_trig_s", "peak_rss_mb", "worker_rss_mb",
               "peak_pss_mb", "bytes_per_triple_rss"]
STREAM_COLS = ["articles", "triples", "articles_s", "resolve_s", "corpus_rdf_s", "corpus_nq_s", "corpus_nx_s",
               "corpus_trig_ttl_graphml_s", "corpus_html_s", "docs_s", "commit_s", "total_s", "oxigraph_nq_to_trig_s",
               "peak_rss_mb", "worker_rss_mb", "peak_pss_mb", "bytes_per_triple_rss"]


def _table(title: str, cols: list[str], rows: list[dict[str, float | int]]) -> None:
    print(f"\n{title}\n")
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for row in rows:
        print("| " + " | ".join(f"{row.get(c, 0):.2f}" if isinstance(row.get(c), float) else str(row.get(c, "–"))
                                for c in cols) + " |")
    base = rows[0]
    for row in rows[1:]:
        per_t = (row["total_s"] / row["triples"]) / (base["total_s"] / base["triples"])
        print(f"{title}: {row['articles']} articles: per-triple time ×{per_t:.2f} of {base['articles']} articles'")


def _run(path: str, n: int, args: argparse.Namespace, tree: Path | None) -> dict[str, float | int]:
    cmd = [sys.executable, __file__, "--one", str(n), "--path", path, "--jobs", str(args.jobs)]
    cmd += (["--html"] if args.html else []) + (["--tree", str(tree)] if tree else [])
    result = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    print(f"done {n} articles ({path}{', ' + args.baseline if tree else ''})", file=sys.stderr)
    row: dict[str, float | int] = json.loads(result.stdout.strip().splitlines()[-1])
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="8,100,1000", help="articles per corpus, comma-separated")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--html", action="store_true", help="also write each article's HTML view")
    parser.add_argument("--baseline", default=None,
                        help="a git commit whose in-memory path runs beside the streamed one (e.g. 42ea501)")
    parser.add_argument("--no-memory", action="store_true", help="skip the in-memory path")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--path", choices=("stream", "memory"), default="stream", help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        run = run_stream if args.path == "stream" else run_memory
        print(json.dumps(run(args.one, args.jobs, args.html)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        tree = None
        if args.baseline:
            tree = Path(tmp) / "baseline"
            tree.mkdir()
            archive = subprocess.run(["git", "archive", args.baseline], check=True, capture_output=True, cwd=ROOT).stdout
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        stream_rows, memory_rows = [], []
        for n in sizes:  # the two paths of one size back to back, so both see the same machine load
            stream_rows.append(_run("stream", n, args, None))
            if not args.no_memory:
                memory_rows.append(_run("memory", n, args, tree))
    _table("stream (now)", STREAM_COLS, stream_rows)
    if memory_rows:
        _table(f"in memory ({args.baseline or 'this checkout'})", MEMORY_COLS, memory_rows)
        for s_row, m_row in zip(stream_rows, memory_rows, strict=True):
            print(f"{s_row['articles']} articles: total {m_row['total_s']:.1f} s → {s_row['total_s']:.1f} s, "
                  f"memory {m_row['bytes_per_triple_rss']:.0f} → {s_row['bytes_per_triple_rss']:.0f} bytes per triple")


if __name__ == "__main__":
    main()
