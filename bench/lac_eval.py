"""Measure the optional LAC components (docs/experiments/lac-names.md) on the dev reports.

For each article folder, drafts with the default pipeline and with ``lac_names`` in each
variant asked for, scored as ``bench/eval_extract.py`` scores them (entities, figures,
relations; micro totals), with the reports whose entity F1 moves. LAC is not trained on
these reports, so the scores of ``lac_names`` are of text its model never saw; the variant's
filters are what was chosen on them. Usage::

    python bench/lac_eval.py [--variants orgloc,orgloc+per,orgloc+per-f] [FOLDER ...]
    python bench/lac_eval.py --rules-from /tmp/old-42ea501 tests/data/reports/<round-9 report>/ …

``--rules-from DIR``: ``git archive COMMIT graph ontology | tar -x -C DIR`` of a commit whose rules
never saw the folders given (the commit where they were first measured), so that the scores are
of unseen text for the rules too; ``--unseen`` does it for the rounds of :data:`ROUNDS` and pools them.
``--spans``: LAC's names against the gold names and the rules' (exact spans, the dev reports).

(default folders: the seed and tests/data/reports/*/; never a holdout.)
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_ALL = frozenset({"ORG", "LOC", "PER"})
_OL = frozenset({"ORG", "LOC"})
_P = frozenset({"PER"})
# kinds: LAC's tags proposed; bare: tags typed by LAC's tag when no cue word or gazetteer types them;
# filters: lac_names.filtered (cue-word openings, short forms of known names, common words)
_N: frozenset[str] = frozenset()
VARIANTS: dict[str, dict[str, Any]] = {
    "orgloc": {"kinds": _OL, "bare": _N, "filters": False},
    "all": {"kinds": _ALL, "bare": _N, "filters": False},
    "orgloc-bare": {"kinds": _OL, "bare": _OL, "filters": False},
    "all-bare": {"kinds": _ALL, "bare": _ALL, "filters": False},
    "orgloc-bare-f": {"kinds": _OL, "bare": _OL, "filters": True},
    "all-bare-f": {"kinds": _ALL, "bare": _ALL, "filters": True},
    "per-f": {"kinds": _P, "bare": _P, "filters": True},
    "orgloc+per": {"kinds": _ALL, "bare": _P, "filters": False},
    "orgloc+per-f": {"kinds": _ALL, "bare": _P, "filters": True},  # the component's defaults
}


# dev reports first measured unseen, and the commit whose rules measured them (no rule had seen them)
ROUNDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "round 8a": ("b99d1fe", ("canglan-investment-2025", "daichuan-hitech-h1-2025", "ruchuan-briefs-2025",
                             "tuoyang-epaper-2025", "xiangping-gov-report-2025")),
    "round 8b": ("ce0468c", ("fenlan-etdz-2025-web", "qianwan-hitech-2025-interview", "qingyuan-hitech-2025-trad",
                             "songjiangwan-etdz-2025-stats", "taochuan-edz-2025-chain")),
    "round 9": ("42ea501", ("hongchuan-edz-2025", "jinglan-airport-2025", "qiling-etdz-2025h1", "yalan-hitech-2025",
                            "yihe-edz-2025", "yucheng-hitech-2025")),
}


def unseen(variants: str) -> None:
    """Each round of :data:`ROUNDS` scored with its commit's rules (a subprocess each), then pooled."""
    import subprocess
    import tempfile

    pooled: dict[str, list[list[int]]] = {}
    for label, (commit, names) in ROUNDS.items():
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "graph", "ontology"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            out = subprocess.run([sys.executable, __file__, "--rules-from", tmp, "--variants", variants,
                                  *(str(ROOT / "tests/data/reports" / n) for n in names)],
                                 check=True, capture_output=True, text=True).stdout
        print(f"## {label} ({len(names)} reports, the rules of {commit})\n")
        print(out)
        for line in out.splitlines():
            if line.startswith("counts "):
                key, _, counts = line[len("counts "):].partition(": ")
                parts = [[int(x) for x in part.split("/")] for part in counts.split("; ")]
                total = pooled.setdefault(key, [[0, 0, 0] for _ in range(3)])
                for t, part in zip(total, parts, strict=True):
                    for i, x in enumerate(part):
                        t[i] += x
    n = sum(len(names) for _, names in ROUNDS.values())
    print(f"## pooled: {n} reports, each scored with the rules before it\n")
    print("| pipeline | entities P / R / F1 | figures P / R / F1 | relations P / R / F1 |\n|---|---|---|---|")
    for key, parts in pooled.items():
        print(f"| {key} | " + " | ".join(prf(p) for p in parts) + " |")


def spans(folders: list[Path]) -> None:
    """LAC's PER / LOC / ORG words against the gold names located in the text and the rules' names."""
    from graph.extract import extract_facts
    from graph.extract.components.lac_tagger import document_words
    from graph.extract.crf import gold_names, gold_spans, locate
    from graph.extract.text import Document

    tot = dict.fromkeys(("gold", "LAC names", "LAC names gold", "gold missed by the rules", "… LAC exact",
                         "… LAC overlapping", "LAC names touching no rule name", "… gold"), 0)
    for folder in folders:
        text = (folder / "article.txt").read_text(encoding="utf-8")
        doc = Document(text)
        gold = {(a, b) for a, b, _ in gold_spans(doc, yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8")))}
        rules = {(a, b) for a, b, _ in locate(doc.original_flat, gold_names(extract_facts(text, folder.name)))}
        covered = bytearray(len(doc.flat) + 1)
        for a, b in rules:
            covered[a:b] = b"\x01" * (b - a)
        lac = {(a, b) for a, b, tag in document_words(doc) if tag in ("PER", "LOC", "ORG")}
        outside = {(a, b) for a, b in lac if not any(covered[a:b])}
        missed = gold - rules
        for key, n in (("gold", len(gold)), ("LAC names", len(lac)), ("LAC names gold", len(gold & lac)),
                       ("gold missed by the rules", len(missed)), ("… LAC exact", len(missed & lac)),
                       ("… LAC overlapping", sum(1 for a, b in missed - lac if any(x < b and a < y for x, y in lac))),
                       ("LAC names touching no rule name", len(outside)), ("… gold", len(outside & gold))):
            tot[key] += n
    for key, n in tot.items():
        print(f"- {key}: {n}")


def prf(c: list[int]) -> str:
    tp, ng, npred = c
    p = tp / npred if npred else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variants", default="orgloc+per-f", help=f"comma-separated, of {sorted(VARIANTS)}")
    parser.add_argument("--rules-from", type=Path,
                        help="score with the package of this checkout (e.g. a `git archive` of an older commit, "
                        "whose rules never saw the folders given); the lac_* components are copied into it")
    parser.add_argument("--unseen", action="store_true",
                        help="score each round of ROUNDS with the rules of the commit that first measured it, pooled")
    parser.add_argument("--spans", action="store_true",
                        help="count LAC's names against the gold names and the rules' names (exact spans) instead")
    parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args()
    if args.spans:
        spans(args.folders or sorted(ROOT.glob("tests/data/reports/*/")))
        return
    if args.unseen:
        unseen(args.variants)
        return
    if args.rules_from is not None:
        for src in (ROOT / "graph/extract/components").glob("lac_*.py"):
            shutil.copy(src, args.rules_from / src.relative_to(ROOT))
        sys.path.insert(0, str(args.rules_from.resolve()))
        # an editable install's finder comes before sys.path: drop it, so that `graph` is the checkout's
        sys.meta_path[:] = [f for f in sys.meta_path if not type(f).__module__.startswith("__editable__")]
    from graph.extract.components.emit import draft_dict, emit
    from graph.extract.components.lac_names import lac_names_with, with_lac_names
    from graph.extract.context import Context
    from graph.extract.dump import dump_draft
    from graph.extract.evaluate import evaluate
    from graph.extract.pipeline import PIPELINE, run_pipeline

    def extract_facts(text: str, article_id: str, comps: Any) -> Any:
        return draft_dict(emit(run_pipeline(Context(text, article_id), comps)))

    folders = args.folders or sorted([*ROOT.glob("data/articles/*/"), *ROOT.glob("tests/data/reports/*/")],
                                     key=lambda f: f.name)
    runs: dict[str, Any] = {"default": PIPELINE}
    for v in args.variants.split(","):
        runs[v] = with_lac_names(PIPELINE, lac_names_with(**VARIANTS[v]))
    totals = {k: [[0, 0, 0] for _ in range(3)] for k in runs}
    moved: list[str] = []
    for folder in folders:
        text = (folder / "article.txt").read_text(encoding="utf-8")
        gold = yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))
        f1 = {}
        for key, comps in runs.items():
            draft = extract_facts(text, folder.name, comps)
            rep = evaluate(gold, yaml.safe_load(dump_draft(draft)))
            for total, part in zip(totals[key], (rep.entities, rep.figures, rep.relations), strict=True):
                total[0] += part.tp
                total[1] += part.n_gold
                total[2] += part.n_pred
            f1[key] = (rep.entities.f1, rep.figures.f1, rep.relations.f1)
        for key in runs:
            if key != "default" and f1[key] != f1["default"]:
                d = [b - a for a, b in zip(f1["default"], f1[key], strict=True)]
                moved.append(f"| {folder.name} | {key} | {d[0]:+.3f} | {d[1]:+.3f} | {d[2]:+.3f} |")
    print(f"{len(folders)} folders\n")
    print("| pipeline | entities P / R / F1 | figures P / R / F1 | relations P / R / F1 |")
    print("|---|---|---|---|")
    for key, parts in totals.items():
        print(f"| {key} | " + " | ".join(prf(p) for p in parts) + " |")
    print("\n(counts, tp / gold / predicted: entities; figures; relations)")
    for key, parts in totals.items():
        print(f"counts {key}: " + "; ".join("/".join(map(str, p)) for p in parts))
    print("\n| report | variant | Δ entity F1 | Δ figure F1 | Δ relation F1 |\n|---|---|---|---|---|")
    print("\n".join(moved))


if __name__ == "__main__":
    main()
