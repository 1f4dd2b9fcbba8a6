"""Cross-validate the name CRF (``graph.extract.crf``) on the gold folders: leave reports out.

The seed and the dev reports are split into K folds (sorted by folder name, report i in fold
i mod K). For each fold a model is trained on the other folds and tags the fold's articles.
Printed, per fold and summed: span-level P / R / F1 of the names (exact boundaries; untyped,
and typed by the coarse type) for the CRF and for the rules' own entity names (the draft's
names and aliases located the same way), and what the CRF adds to the rules: gold spans it
finds that no rule span equals, and its spans that overlap no rule span (right / wrong).

With ``--pipeline``, also the draft scores (``bench/eval_extract.py``'s entity, figure and
relation P / R / F1) of each fold's reports with and without the ``crf_names`` component,
using the fold's own model: cross-validated numbers. Usage::

    python bench/crf_cv.py [--folds 5] [--pipeline] [--min-confidence 0.8]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def folders() -> list[Path]:
    found = [*ROOT.glob("data/articles/*"), *ROOT.glob("tests/data/reports/*")]
    return sorted((f for f in found if (f / "facts.yaml").is_file()), key=lambda f: f.name)


def prf(tp: int, n_gold: int, n_pred: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


def rule_spans(doc: Any, draft: dict[str, Any]) -> list[tuple[int, int, str]]:
    from graph.extract.crf import gold_names, locate

    return locate(doc.original_flat, gold_names(draft))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--pipeline", action="store_true", help="also score the drafts with and without crf_names")
    parser.add_argument("--min-confidence", type=float, default=None, help="the component's threshold (default: its own)")
    parser.add_argument("--kinds", default=None, help="coarse types the component proposes, comma-separated (default: all)")
    args = parser.parse_args()
    from graph.extract import extract_facts
    from graph.extract.crf import NameTagger, gold_spans, train, training_items
    from graph.extract.text import Document

    kinds = frozenset(args.kinds.split(",")) if args.kinds else None
    all_folders = folders()
    folds = [[f for i, f in enumerate(all_folders) if i % args.folds == k] for k in range(args.folds)]
    counts = {key: [0, 0, 0] for key in ("crf", "crf typed", "rules", "rules typed")}
    adds = {"gold found by CRF only": 0, "CRF spans outside rule spans": 0, "… of them gold": 0}
    pipe: dict[str, list[list[int]]] = {"without": [[0, 0, 0] for _ in range(3)], "with": [[0, 0, 0] for _ in range(3)]}
    examples: list[str] = []
    fixes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, held in enumerate(folds):
            t0 = time.perf_counter()
            model = Path(tmp) / f"fold{k}.crfsuite"
            train(training_items([f for f in all_folders if f not in held]), model)
            tagger = NameTagger(model)
            print(f"fold {k}: {', '.join(f.name for f in held)} (trained in {time.perf_counter() - t0:.1f} s)", file=sys.stderr)
            for folder in held:
                text = (folder / "article.txt").read_text(encoding="utf-8")
                doc = Document(text)
                gold = set(gold_spans(doc, yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))))
                tagged = tagger.tag_document(doc)
                conf = {(t.start, t.end): t.confidence for t in tagged}
                crf = {(t.start, t.end, t.kind) for t in tagged}
                rules = set(rule_spans(doc, extract_facts(text, folder.name)))
                for key, pred in (("crf", crf), ("rules", rules)):
                    untyped_gold = {(a, b) for a, b, _ in gold}
                    untyped = {(a, b) for a, b, _ in pred}
                    c = counts[key]
                    c[0], c[1], c[2] = c[0] + len(untyped & untyped_gold), c[1] + len(untyped_gold), c[2] + len(untyped)
                    c = counts[key + " typed"]
                    c[0], c[1], c[2] = c[0] + len(pred & gold), c[1] + len(gold), c[2] + len(pred)
                rule_cover = bytearray(len(doc.flat) + 1)
                for a, b, _ in rules:
                    rule_cover[a:b] = b"\x01" * (b - a)
                rules_untyped = {(a, b) for a, b, _ in rules}
                gold_untyped = {(a, b) for a, b, _ in gold}
                adds["gold found by CRF only"] += len({(a, b) for a, b, _ in crf} & gold_untyped - rules_untyped)
                outside = [(a, b, t) for a, b, t in crf if not any(rule_cover[a:b])]
                adds["CRF spans outside rule spans"] += len(outside)
                adds["… of them gold"] += sum((a, b) in gold_untyped for a, b, _ in outside)
                examples.extend(f"{folder.name}: {doc.flat[a:b]} {t} {conf[a, b]:.2f} {'gold' if (a, b) in gold_untyped else 'not gold'}"
                                for a, b, t in sorted(outside))
                for a, b, _ in sorted(rules):
                    if (a, b) in gold_untyped:
                        continue
                    for c, d, _ in sorted(crf):
                        if c < b and a < d and (c, d) != (a, b):
                            fixes.append(f"{folder.name}: rule {doc.flat[a:b]} → crf {doc.flat[c:d]} {conf[c, d]:.2f} "
                                         f"{'gold' if (c, d) in gold_untyped else 'not gold'}")
                if args.pipeline:
                    score_pipeline(folder, text, tagger, args.min_confidence, kinds, pipe)
    print("| names (exact spans) | P / R / F1 | tp / gold / predicted |")
    print("|---|---|---|")
    for key, (tp, ng, npred) in counts.items():
        print(f"| {key} | {prf(tp, ng, npred)} | {tp} / {ng} / {npred} |")
    print()
    for key, n in adds.items():
        print(f"- {key}: {n}")
    if args.pipeline:
        print("\n| draft (cross-validated) | entities P / R / F1 | figures P / R / F1 | relations P / R / F1 |")
        print("|---|---|---|---|")
        for key, parts in pipe.items():
            print(f"| {key} crf_names | " + " | ".join(prf(*p) for p in parts) + " |")
    print("\nCRF spans outside every rule span:", file=sys.stderr)
    for line in examples:
        print("  " + line, file=sys.stderr)
    print("\nRule spans that are no gold span, and the CRF spans overlapping them:", file=sys.stderr)
    for line in fixes:
        print("  " + line, file=sys.stderr)


def score_pipeline(folder: Path, text: str, tagger: Any, min_conf: float | None, kinds: Any,
                   pipe: dict[str, list[list[int]]]) -> None:
    from graph.extract.components.crf_names import MIN_CONFIDENCE, crf_names_with, with_crf_names
    from graph.extract.components.emit import draft_dict, emit
    from graph.extract.context import Context
    from graph.extract.dump import dump_draft
    from graph.extract.evaluate import evaluate
    from graph.extract.pipeline import PIPELINE

    gold = yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))
    component = crf_names_with(tagger, MIN_CONFIDENCE if min_conf is None else min_conf, kinds)
    for key, comps in (("without", PIPELINE), ("with", with_crf_names(PIPELINE, component))):
        ctx = Context(text, folder.name)
        for _, comp in comps:
            comp(ctx)
        draft = yaml.safe_load(dump_draft(draft_dict(emit(ctx))))
        rep = evaluate(gold, draft)
        for total, part in zip(pipe[key], (rep.entities, rep.figures, rep.relations), strict=True):
            total[0] += part.tp
            total[1] += part.n_gold
            total[2] += part.n_pred


if __name__ == "__main__":
    main()
