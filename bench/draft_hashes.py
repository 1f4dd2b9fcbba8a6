"""Hash list of the drafts `zone-kg extract` writes, to prove a refactoring changes no byte.

Drafts every report under ``tests/data/reports``, the seed article, ``tests/data/mini-2025``,
the seed written twice and twenty times (repeated clauses: no quote unique, the same figure
read many times) and a generated corpus (``bench_extract.corpus``), and prints one
``sha256  name`` line each. Run before and after a change and ``diff`` the two lists:
``.venv/bin/python bench/draft_hashes.py --mb 1 > before.txt``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def sources() -> list[tuple[str, str]]:
    """(name, text) of every hand-written article the extractor is run on."""
    paths = [ROOT / "data" / "articles" / "fuzhou-hitech-2025" / "article.txt",
             ROOT / "tests" / "data" / "mini-2025" / "article.txt",
             *sorted((ROOT / "tests" / "data" / "reports").glob("*/article.txt"))]
    return [(str(p.parent.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="generated corpus size in MB")
    args = parser.parse_args()
    from bench_extract import corpus

    from graph.extract import dump_draft, extract_facts

    seed = sources()[0][1]
    docs = sources() + [("repeated/seed-x2", seed * 2), ("repeated/seed-x20", seed * 20)] \
        + [(f"corpus/doc-{i}", d) for i, d in enumerate(corpus(args.mb))]
    for name, text in docs:
        article_id = name.rsplit("/", 1)[-1]
        draft = dump_draft(extract_facts(text, article_id), text)
        print(f"{hashlib.sha256(draft.encode('utf-8')).hexdigest()}  {name}", flush=True)


if __name__ == "__main__":
    main()
