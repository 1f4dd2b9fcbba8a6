"""Draft extraction throughput of two checkouts, interleaved document by document (one core each).

On a shared machine the load changes from one second to the next, and two benchmark runs one
after the other measure it as much as the code. Here two worker processes (this checkout and
another one, e.g. ``git archive 42ea501 | tar -x -C /tmp/old``) each generate the corpus of
``bench_extract.py`` and draft it one document at a time, taking turns (the order alternates
from one document to the next), so both see the same load; each worker times its own
documents (CPU time and wall time) and the totals are compared.

Run: ``.venv/bin/python bench/bench_extract_ab.py /tmp/old --mb 2``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def worker(megabytes: float) -> None:
    """Draft the document whose index is read from stdin; answer its CPU and wall time."""
    from bench_extract import corpus

    from graph.extract import extract_facts
    from graph.extract.segment import warm_up

    try:
        warm_up(everything=True)
    except TypeError:  # an older checkout: its warm_up loads the whole dictionary
        warm_up()
    docs = corpus(megabytes)
    print(len(docs), flush=True)
    for line in sys.stdin:
        i = int(line)
        c0, t0 = time.process_time(), time.perf_counter()
        extract_facts(docs[i], f"doc-{i}")
        print(time.process_time() - c0, time.perf_counter() - t0, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", nargs="?", help="the other checkout's root (put first on PYTHONPATH)")
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB (default 2)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    if args.worker:
        worker(args.mb)
        return
    if not args.other:
        parser.error("name the other checkout")
    from bench_extract import corpus

    def start(path: str) -> subprocess.Popen[str]:
        env = {**os.environ, "PYTHONPATH": path}
        return subprocess.Popen([sys.executable, __file__, "--worker", "--mb", str(args.mb)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True, env=env, cwd=path)

    workers = {"other": start(args.other), "this": start(str(ROOT))}
    counts = {name: int(w.stdout.readline()) for name, w in workers.items()}  # type: ignore[union-attr]
    assert counts["other"] == counts["this"], counts
    kb = sum(len(d.encode("utf-8")) for d in corpus(args.mb)) / 1024
    cpu = dict.fromkeys(workers, 0.0)
    wall = dict.fromkeys(workers, 0.0)
    load = os.getloadavg()[0]
    for i in range(counts["this"]):
        for name in ("other", "this") if i % 2 == 0 else ("this", "other"):
            w = workers[name]
            w.stdin.write(f"{i}\n")  # type: ignore[union-attr]
            w.stdin.flush()  # type: ignore[union-attr]
            c, t = map(float, w.stdout.readline().split())  # type: ignore[union-attr]
            cpu[name] += c
            wall[name] += t
    for w in workers.values():
        w.stdin.close()  # type: ignore[union-attr]
        w.wait()
    print(f"corpus: {counts['this']} documents, {kb:.0f} KB; load average {load:.1f} → {os.getloadavg()[0]:.1f}")
    for name, path in (("other", args.other), ("this", str(ROOT))):
        print(f"{name} ({path}): CPU {cpu[name]:.2f} s -> {kb / cpu[name]:.0f} KB/s, wall {wall[name]:.2f} s -> "
              f"{kb / wall[name]:.0f} KB/s")
    print(f"this / other: {cpu['other'] / cpu['this']:.2f}x less CPU, {wall['other'] / wall['this']:.2f}x less wall time")


if __name__ == "__main__":
    main()
