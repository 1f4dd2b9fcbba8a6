"""Measure the name CRF (``graph.extract.crf``) against the rules: cross-validation, or a fixed model on new reports.

Cross-validation (default): the seed and the dev reports are split into K folds (sorted by
folder name, report i in fold i mod K); for each fold a model is trained on the other folds
and tags the fold's articles. With ``--model M FOLDER…``: model M (e.g. the shipped one)
tags the given folders, e.g. reports it was not trained on.

Printed, summed over the articles: span-level P / R / F1 of the names (exact boundaries;
untyped, and typed by the coarse type) for the CRF and for the rules' own entity names (the
draft's names and aliases located the same way), and what the CRF adds to the rules: gold
spans it finds that no rule span equals, and its spans that overlap no rule span (right /
wrong). With ``--pipeline``, also the drafts' scores (``bench/eval_extract.py``'s entity,
figure and relation P / R / F1) with and without the ``crf_names`` component, which uses the
fold's own model. The CRF's spans outside the rules' go to stderr. Usage::

    python bench/crf_cv.py [--folds 5] [--pipeline] [--min-confidence 0.8] [--kinds ORG,PER]
    python bench/crf_cv.py --model graph/extract/models/names.crfsuite --pipeline tests/data/reports/x/
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

Counts = list[int]  # tp, gold, predicted


def folders() -> list[Path]:
    found = [*ROOT.glob("data/articles/*"), *ROOT.glob("tests/data/reports/*")]
    return sorted((f for f in found if (f / "facts.yaml").is_file()), key=lambda f: f.name)


def prf(tp: int, n_gold: int, n_pred: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


class Tally:
    """What the runs add up."""

    def __init__(self) -> None:
        self.spans: dict[str, Counts] = {k: [0, 0, 0] for k in ("crf", "crf typed", "rules", "rules typed")}
        self.adds = {"gold spans found by the CRF only": 0, "CRF spans outside rule spans": 0, "… of them gold": 0}
        self.pipe: dict[str, list[Counts]] = {k: [[0, 0, 0] for _ in range(3)] for k in ("without", "with")}
        self.outside: list[str] = []

    def print(self, pipeline: bool) -> None:
        print("| names (exact spans) | P / R / F1 | tp / gold / predicted |")
        print("|---|---|---|")
        for key, (tp, ng, npred) in self.spans.items():
            print(f"| {key} | {prf(tp, ng, npred)} | {tp} / {ng} / {npred} |")
        print()
        for key, n in self.adds.items():
            print(f"- {key}: {n}")
        if pipeline:
            print("\n| drafts | entities P / R / F1 | figures P / R / F1 | relations P / R / F1 |")
            print("|---|---|---|---|")
            for key, parts in self.pipe.items():
                print(f"| {key} crf_names | " + " | ".join(prf(*p) for p in parts) + " |")
        print("\nCRF spans outside every rule span (confidence, gold or not):", file=sys.stderr)
        for line in self.outside:
            print("  " + line, file=sys.stderr)


def _add(c: Counts, gold: set[Any], pred: set[Any]) -> None:
    c[0], c[1], c[2] = c[0] + len(gold & pred), c[1] + len(gold), c[2] + len(pred)


def measure(folder: Path, tagger: Any, tally: Tally, component: Any | None) -> None:
    """Tag one article folder with ``tagger``, compare with the gold and the rules; with a
    ``component``, also score the drafts with and without it."""
    from graph.extract import extract_facts
    from graph.extract.crf import gold_names, gold_spans, locate
    from graph.extract.text import Document

    text = (folder / "article.txt").read_text(encoding="utf-8")
    doc = Document(text)
    gold = set(gold_spans(doc, yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))))
    tagged = tagger.tag_document(doc)
    conf = {(t.start, t.end): t.confidence for t in tagged}
    crf = {(t.start, t.end, t.kind) for t in tagged}
    rules = set(locate(doc.original_flat, gold_names(extract_facts(text, folder.name))))
    gold_u = {(a, b) for a, b, _ in gold}
    for key, pred in (("crf", crf), ("rules", rules)):
        _add(tally.spans[key], gold_u, {(a, b) for a, b, _ in pred})
        _add(tally.spans[key + " typed"], gold, pred)
    covered = bytearray(len(doc.flat) + 1)
    for a, b, _ in rules:
        covered[a:b] = b"\x01" * (b - a)
    tally.adds["gold spans found by the CRF only"] += len({(a, b) for a, b, _ in crf} & gold_u - {(a, b) for a, b, _ in rules})
    outside = sorted((a, b, k) for a, b, k in crf if not any(covered[a:b]))
    tally.adds["CRF spans outside rule spans"] += len(outside)
    tally.adds["… of them gold"] += sum((a, b) in gold_u for a, b, _ in outside)
    tally.outside.extend(f"{folder.name}: {doc.flat[a:b]} {k} {conf[a, b]:.2f} {'gold' if (a, b) in gold_u else 'not gold'}"
                         for a, b, k in outside)
    if component is not None:
        score_drafts(folder, text, component, tally)


def score_drafts(folder: Path, text: str, component: Any, tally: Tally) -> None:
    from graph.extract.components.crf_names import with_crf_names
    from graph.extract.dump import dump_draft
    from graph.extract.evaluate import evaluate
    from graph.extract.pipeline import PIPELINE, extract_facts

    gold = yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))
    for key, comps in (("without", PIPELINE), ("with", with_crf_names(PIPELINE, component))):
        rep = evaluate(gold, yaml.safe_load(dump_draft(extract_facts(text, folder.name, comps))))
        for total, part in zip(tally.pipe[key], (rep.entities, rep.figures, rep.relations), strict=True):
            _add_score(total, part)


def _add_score(total: Counts, part: Any) -> None:
    total[0] += part.tp
    total[1] += part.n_gold
    total[2] += part.n_pred


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--model", type=Path, help="tag the given folders with this model (no training)")
    parser.add_argument("--pipeline", action="store_true", help="also score the drafts with and without crf_names")
    parser.add_argument("--min-confidence", type=float, default=None, help="the component's threshold (default: its own)")
    parser.add_argument("--kinds", default=None, help="coarse types the component proposes, comma-separated, or all (default: its own)")
    parser.add_argument("test", nargs="*", type=Path, help="with --model: the article folders to tag")
    args = parser.parse_args()
    from graph.extract.components.crf_names import KINDS, MIN_CONFIDENCE, crf_names_with
    from graph.extract.crf import NameTagger, train, training_items

    kinds = (None if args.kinds == "all" else frozenset(args.kinds.split(","))) if args.kinds else KINDS
    threshold = MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    tally = Tally()
    if args.model is not None:
        tagger = NameTagger(args.model)
        component = crf_names_with(tagger, threshold, kinds) if args.pipeline else None
        for folder in sorted(args.test, key=lambda f: f.name):
            measure(folder, tagger, tally, component)
        tally.print(args.pipeline)
        return
    all_folders = folders()
    folds = [[f for i, f in enumerate(all_folders) if i % args.folds == k] for k in range(args.folds)]
    with tempfile.TemporaryDirectory() as tmp:
        for k, held in enumerate(folds):
            t0 = time.perf_counter()
            model = Path(tmp) / f"fold{k}.crfsuite"
            train(training_items([f for f in all_folders if f not in held]), model)
            tagger = NameTagger(model)
            print(f"fold {k}: {', '.join(f.name for f in held)} (trained in {time.perf_counter() - t0:.1f} s)", file=sys.stderr)
            component = crf_names_with(tagger, threshold, kinds) if args.pipeline else None
            for folder in held:
                measure(folder, tagger, tally, component)
    tally.print(args.pipeline)


if __name__ == "__main__":
    main()
