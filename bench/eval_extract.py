"""Score the draft extractor on every article folder that has curated facts.

A measurement, not a test: it prints one row per folder — the seed article(s), the dev
reports the rules were developed on (``tests/data/reports``), and the holdout reports
written independently and never used to tune rules (``tests/data/holdout*``) — with
precision / recall / F1 for entities, figures and relations, whether the targets hold,
and whether the draft builds next to the folder's ``meta.yaml``. Usage::

    python bench/eval_extract.py [--misses] [FOLDER ...]

With folders, only those are scored (set ``given``), e.g. a batch of new reports measured
once before anyone tunes rules on them. Each set ends with a micro-averaged row (true
positives, gold and predicted records summed over the set's reports).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GROUPS = [("seed", "data/articles/*"), ("dev", "tests/data/reports/*"), ("holdout", "tests/data/holdout*/*")]
TARGETS = {"entity F1": 0.85, "figure recall": 0.90, "relation F1": 0.50}


def draft_builds(folder: Path, draft_text: str) -> str:
    """'yes', or the first line of the builder's error for the draft."""
    from graph.errors import InputError
    from graph.pipeline import build_article

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / folder.name
        shutil.copytree(folder, copy)
        (copy / "facts.yaml").write_text(draft_text, encoding="utf-8")
        try:
            build_article(copy)
        except InputError as exc:
            return "no: " + str(exc.problems[0]).replace(str(copy) + "/", "")
    return "yes"


def score(folder: Path, normalised: bool = True, crf_names: bool = False, lac_names: bool = False) -> dict[str, Any]:
    from graph.extract import dump_draft, extract_facts
    from graph.extract.evaluate import evaluate
    from graph.extract.pipeline import pipeline

    text = (folder / "article.txt").read_text(encoding="utf-8")
    draft = extract_facts(text, folder.name, pipeline(crf_names=crf_names, lac_names=lac_names))
    draft_text = dump_draft(draft)
    gold = yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))
    report = evaluate(gold, yaml.safe_load(draft_text), normalised=normalised)
    values = {"entity F1": report.entities.f1, "figure recall": report.figures.recall,
              "relation F1": report.relations.f1}
    return {"report": report, "values": values, "met": all(values[k] >= t for k, t in TARGETS.items()),
            "builds": draft_builds(folder, draft_text)}


def _cell(s: Any) -> str:
    return f"{s.precision:.3f} / {s.recall:.3f} / {s.f1:.3f}"


def main() -> None:
    from graph.extract.evaluate import Score

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="also print each folder's misses and false hits")
    parser.add_argument("--raw-units", action="store_true",
                        help="compare figures by value and unit as written, not in the ontology's standard units")
    parser.add_argument("--crf-names", action="store_true", help="also run the optional crf_names component")
    parser.add_argument("--tagger", choices=["lac"], help="also run the optional lac_names component (extract-lac extra)")
    parser.add_argument("folders", nargs="*", type=Path, help="score only these article folders (each with article.txt and facts.yaml)")
    args = parser.parse_args()
    for folder in args.folders:
        if not (folder / "article.txt").is_file() or not (folder / "facts.yaml").is_file():
            parser.error(f"{folder}: expected an article folder with article.txt and facts.yaml")
    groups: list[tuple[str, list[Path]]] = (
        [("given", list(args.folders))] if args.folders
        else [(g, sorted(p for p in ROOT.glob(pattern) if (p / "facts.yaml").is_file())) for g, pattern in GROUPS])
    print("| set | article | entities P / R / F1 | figures P / R / F1 | relations P / R / F1 | targets | draft builds |")
    print("|---|---|---|---|---|---|---|")
    details = []
    for group, folders in groups:
        totals = [Score(), Score(), Score()]
        met = 0
        for folder in folders:
            r = score(folder, normalised=not args.raw_units, crf_names=args.crf_names, lac_names=args.tagger == "lac")
            rep = r["report"]
            parts = (rep.entities, rep.figures, rep.relations)
            for total, part in zip(totals, parts, strict=True):
                total.tp, total.n_gold, total.n_pred = total.tp + part.tp, total.n_gold + part.n_gold, total.n_pred + part.n_pred
            met += r["met"]
            verdict = "met" if r["met"] else "missed"
            print(f"| {group} | `{folder.name}` | " + " | ".join(_cell(s) for s in parts) + f" | {verdict} | {r['builds']} |")
            details.append((folder.name, rep))
        if len(folders) > 1:
            print(f"| {group} | **micro total** | " + " | ".join(_cell(s) for s in totals) + f" | {met} of {len(folders)} | |")
    if args.misses:
        from graph.extract.evaluate import format_report

        for name, rep in details:
            print(f"\n## {name}\n{format_report(rep)}")


if __name__ == "__main__":
    main()
