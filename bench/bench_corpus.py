"""Benchmark the corpus export: time and peak memory by stage, and how they grow.

A corpus of N articles is made by copying the synthetic test corpus (``tests/data/corpus``,
8 articles) under new article ids (``<id>-c0001`` …); copies share names, so entity
resolution has real work (exact-name merges across copies, the registry for the originals).
Each size runs in a fresh process (peak RSS is per process). Stages: load (parallel,
``--jobs``), resolution + corpus graphs, each corpus file, the per-article RDF files. Side by
side, the fastest alternative for the biggest file in the same run: pyoxigraph parsing our
``corpus.nq`` and writing it back as TriG.

    python bench/bench_corpus.py --sizes 8,80,400,1000 [--jobs 2] [--html]

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


def run_one(n: int, jobs: int, html: bool) -> dict[str, float | int]:
    """Export a corpus of ``n`` articles in this process; stage times and peak RSS."""
    from graph.pipeline import build_corpus
    from graph.sinks import DEFAULT_FORMATS, get_exporter

    out: dict[str, float | int] = {"articles": n}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(n, Path(tmp) / "corpus")
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
        out["bytes"] = sizes
        import pyoxigraph

        t = time.perf_counter()
        store = pyoxigraph.Store()
        store.bulk_load(nq, format=pyoxigraph.RdfFormat.N_QUADS)
        pyoxigraph.serialize(store, format=pyoxigraph.RdfFormat.TRIG)
        out["oxigraph_nq_to_trig_s"] = time.perf_counter() - t
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["bytes_per_triple_rss"] = out["peak_rss_mb"] * 1024 * 1024 / max(1, int(out["triples"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="8,80,400", help="articles per corpus, comma-separated")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--html", action="store_true", help="also write each article's HTML view")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.jobs, args.html)))
        return
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(n), "--jobs", str(args.jobs)] + (["--html"] if args.html else [])
        result = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
        rows.append(json.loads(result.stdout.strip().splitlines()[-1]))
        print(f"done {n} articles", file=sys.stderr)
    cols = ["articles", "triples", "build_s", "corpus_trig_s", "corpus_nq_s", "corpus_ttl_s", "corpus_graphml_s",
            "corpus_html_s", "articles_files_s", "total_s", "oxigraph_nq_to_trig_s", "peak_rss_mb", "bytes_per_triple_rss"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for row in rows:
        print("| " + " | ".join(f"{row[c]:.2f}" if isinstance(row[c], float) else str(row[c]) for c in cols) + " |")
    base = rows[0]
    for row in rows[1:]:
        per_t = (row["total_s"] / row["triples"]) / (base["total_s"] / base["triples"])
        print(f"{row['articles']} articles: per-triple time ×{per_t:.2f} of {base['articles']} articles'", file=sys.stderr)


if __name__ == "__main__":
    main()
