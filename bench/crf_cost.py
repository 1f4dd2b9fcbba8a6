"""CPU cost of the optional ``crf_names`` component next to the rest of the extraction.

Drafts ``bench/bench_extract.py``'s generated corpus once with ``crf_names`` in the pipeline,
timing every component in CPU seconds of this process (``time.process_time``: on a shared
machine, wall time measures the neighbours too), and prints the throughput with and without
the component's share. Usage: ``python bench/crf_cost.py [--mb 2]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB (default 2)")
    args = parser.parse_args()
    from bench_extract import corpus

    from graph.extract.components.emit import draft_dict, emit
    from graph.extract.context import Context
    from graph.extract.crf import load_tagger
    from graph.extract.pipeline import pipeline
    from graph.extract.segment import warm_up

    warm_up(everything=True)
    load_tagger()
    docs = corpus(args.mb)
    total = sum(len(d.encode("utf-8")) for d in docs) / 1024
    spent: dict[str, float] = defaultdict(float)
    components = pipeline(crf_names=True)
    for i, text in enumerate(docs):
        t0 = time.process_time()
        ctx = Context(text, f"doc-{i}")
        spent["context"] += time.process_time() - t0
        for name, component in components:
            t0 = time.process_time()
            component(ctx)
            spent[name] += time.process_time() - t0
        t0 = time.process_time()
        draft_dict(emit(ctx))
        spent["emit"] += time.process_time() - t0
    everything = sum(spent.values())
    crf = spent["crf_names"]
    print(f"corpus: {len(docs)} documents, {total:.0f} KB")
    print(f"CPU: {everything:.1f} s in all, of which crf_names {crf:.1f} s ({100 * crf / everything:.0f} %)")
    print(f"throughput (CPU time): without crf_names {total / (everything - crf):.0f} KB/s, with {total / everything:.0f} KB/s")


if __name__ == "__main__":
    main()
