"""Throughput of the draft extractor (KB of UTF-8 text per second, one core).

The corpus is generated: the seed article and the synthetic test reports, each repeated
with a varied zone/company vocabulary (digits and a few names rotated) so that the jieba
cache and the quote-uniqueness search see realistic text, cut into article-sized
documents. Run: ``.venv/bin/python bench/bench_extract.py [--mb 3]``.

``--repeated MB`` instead drafts one document of the seed article written over and over up
to MB megabytes (the hostile case of issue 11: no quote is unique, every frame repeats) and
reports the time and the draft's size, which must both grow linearly with the text.

Wall time and CPU time are both printed: on a shared machine the CPU time of the process is
the steadier of the two. To time another checkout's extractor on the same corpus (e.g. the
release before the extractor was cut into components), put it first on the path:
``git archive e96562a | tar -x -C /tmp/old && PYTHONPATH=/tmp/old .venv/bin/python bench/bench_extract.py --mb 2``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "data" / "articles" / "fuzhou-hitech-2025" / "article.txt",
           *sorted((ROOT / "tests" / "data" / "reports").glob("*/article.txt"))]
PREFIXES = ["江北", "临川", "东湖", "西岭", "南湾", "北塘", "青山", "白沙", "金川", "银湖"]


def corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Article-sized documents adding up to about ``megabytes`` MB of UTF-8 text."""
    rng = random.Random(seed)
    bases = [p.read_text(encoding="utf-8") for p in SOURCES if p.is_file()]
    docs: list[str] = []
    size = 0
    target = int(megabytes * 1024 * 1024)
    while size < target:
        text = rng.choice(bases)
        prefix = rng.choice(PREFIXES)
        # vary figures and the leading place name of the zone
        text = "".join(str(rng.randint(1, 9)) if ch.isdigit() and rng.random() < 0.3 else ch for ch in text)
        text = text.replace("高新区", f"{prefix}高新区", 1)
        docs.append(text)
        size += len(text.encode("utf-8"))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="corpus size in MB (default 3)")
    parser.add_argument("--crf-names", action="store_true", help="also run the optional crf_names component")
    parser.add_argument("--tagger", choices=["lac"], help="also run the optional lac_names component (extract-lac extra)")
    parser.add_argument("--repeated", type=float, metavar="MB", help="one document: the seed repeated to MB megabytes")
    args = parser.parse_args()
    from graph.extract import extract_facts
    from graph.extract.segment import warm_up

    if args.repeated:
        repeated(args.repeated)
        return

    t0 = time.perf_counter()
    try:
        warm_up(everything=True)  # the whole dictionary, as jieba loads it: a one-off cost, not throughput
    except TypeError:  # an older checkout (PYTHONPATH=…): its warm_up loads the whole dictionary
        warm_up()
    components = None
    if args.crf_names:
        from graph.extract.crf import load_tagger
        from graph.extract.pipeline import pipeline

        components = pipeline(crf_names=True)
        load_tagger()  # the model: a one-off cost too
    if args.tagger == "lac":
        from graph.extract.components.lac_tagger import load_lac
        from graph.extract.pipeline import pipeline

        components = pipeline(crf_names=args.crf_names, lac_names=True)
        load_lac()  # the model: a one-off cost too
    load = time.perf_counter() - t0
    docs = corpus(args.mb)
    total = sum(len(d.encode("utf-8")) for d in docs)
    records = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for i, doc in enumerate(docs):
        facts = extract_facts(doc, f"doc-{i}") if components is None else extract_facts(doc, f"doc-{i}", components)
        records += sum(len(facts[k]) for k in ("entities", "relations", "observations", "funding_events", "recognitions"))
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"code: {Path(sys.modules['graph'].__file__).parent.parent}")
    print(f"jieba dictionary load: {load:.2f} s (once per process)")
    print(f"corpus: {len(docs)} documents, {total / 1024:.0f} KB")
    print(f"extract: {elapsed:.2f} s -> {total / 1024 / elapsed:.0f} KB/s "
          f"(CPU {cpu:.2f} s -> {total / 1024 / cpu:.0f} KB/s), {records} records")


def repeated(megabytes: float) -> None:
    """Time one draft (extract and dump) of the seed article repeated to ``megabytes`` MB."""
    from graph.extract import dump_draft, extract_facts
    from graph.extract.segment import warm_up

    warm_up()
    seed = SOURCES[0].read_text(encoding="utf-8")
    text = seed * max(1, int(megabytes * 1024 * 1024 / len(seed.encode("utf-8"))))
    t0, c0 = time.perf_counter(), time.process_time()
    draft = dump_draft(extract_facts(text, "repeated"), text)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    size = len(text.encode("utf-8"))
    print(f"repeated seed: {size / 1024:.0f} KB in {elapsed:.1f} s (CPU {cpu:.1f} s) -> {size / 1024 / elapsed:.0f} KB/s, "
          f"draft {len(draft.encode('utf-8')) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
