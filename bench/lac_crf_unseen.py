"""The name CRF with and without LAC's labels as features, on reports the rules had not seen.

For each round of ``bench/lac_eval.py``'s ``ROUNDS`` (dev reports first measured unseen, and the
commit whose rules measured them): a ``git archive`` of that commit gets this checkout's
``crf.py``, ``crf_names`` and ``lac_*`` modules; two CRF models are trained on every gold folder
of this checkout that is neither in that round nor in a later one (the seed and the older dev
reports), one with ``crf.LAC_FEATURES`` and one without; the round's reports are drafted by the
commit's rules alone, with ``crf_names`` (each model) and with ``lac_names``, and scored. The
rounds are pooled at the end. Usage::

    python bench/lac_crf_unseen.py

(docs/experiments/lac-names.md; never a holdout.)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
RUNS = ("default", "crf_names", "crf_names (LAC features)", "lac_names", "lac_names + crf_names (LAC features)")


def prf(c: list[int]) -> str:
    tp, ng, npred = c
    p = tp / npred if npred else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f} / {r:.3f} / {f:.3f}"


def child(train: list[Path], test: list[Path]) -> None:
    """In a process whose ``graph`` is the old checkout: train the two models, draft and score."""
    from graph.extract import crf
    from graph.extract.components.crf_names import crf_names_with, with_crf_names
    from graph.extract.components.emit import draft_dict, emit
    from graph.extract.components.lac_names import with_lac_names
    from graph.extract.context import Context
    from graph.extract.dump import dump_draft
    from graph.extract.evaluate import evaluate
    from graph.extract.pipeline import PIPELINE, run_pipeline

    runs: dict[str, Any] = {"default": PIPELINE, "lac_names": with_lac_names(PIPELINE)}
    with tempfile.TemporaryDirectory() as tmp:
        for key, lac in (("crf_names", False), ("crf_names (LAC features)", True)):
            crf.LAC_FEATURES = lac
            model = Path(tmp) / f"{lac}.crfsuite"
            crf.train(crf.training_items(train), model)
            runs[key] = (lac, with_crf_names(PIPELINE, crf_names_with(crf.NameTagger(model))))
        runs[RUNS[-1]] = (True, with_lac_names(runs["crf_names (LAC features)"][1]))
        for folder in test:
            text = (folder / "article.txt").read_text(encoding="utf-8")
            gold = yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))
            for key in RUNS:
                comps = runs[key]
                if isinstance(comps, tuple):
                    crf.LAC_FEATURES, comps = comps
                draft = draft_dict(emit(run_pipeline(Context(text, folder.name), comps)))
                rep = evaluate(gold, yaml.safe_load(dump_draft(draft)))
                counts = "; ".join(f"{p.tp}/{p.n_gold}/{p.n_pred}" for p in (rep.entities, rep.figures, rep.relations))
                print(f"counts {key}: {counts}")


def main() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from lac_eval import ROUNDS

    golds = sorted([*ROOT.glob("data/articles/*/"), *ROOT.glob("tests/data/reports/*/")], key=lambda f: f.name)
    golds = [f for f in golds if (f / "facts.yaml").is_file()]
    order = list(ROUNDS)
    pooled: dict[str, list[list[int]]] = {k: [[0, 0, 0] for _ in range(3)] for k in RUNS}
    for i, (label, (commit, names)) in enumerate(ROUNDS.items()):
        later = {n for lab in order[i:] for n in ROUNDS[lab][1]}
        train = [f for f in golds if f.name not in later]
        test = [ROOT / "tests/data/reports" / n for n in names]
        round_counts: dict[str, list[list[int]]] = {k: [[0, 0, 0] for _ in range(3)] for k in RUNS}
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "graph", "ontology"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            for src in ["graph/extract/crf.py", "graph/extract/components/crf_names.py",
                        *(str(p.relative_to(ROOT)) for p in (ROOT / "graph/extract/components").glob("lac_*.py"))]:
                shutil.copy(ROOT / src, Path(tmp) / src)
            code = ("import sys; sys.path.insert(0, sys.argv[1]); "
                    "sys.meta_path[:] = [f for f in sys.meta_path if not type(f).__module__.startswith('__editable__')]; "
                    "sys.path.insert(1, sys.argv[2]); import lac_crf_unseen as m; "
                    "m.child([__import__('pathlib').Path(p) for p in sys.argv[3].split(',')], "
                    "[__import__('pathlib').Path(p) for p in sys.argv[4].split(',')])")
            out = subprocess.run([sys.executable, "-c", code, tmp, str(ROOT / "bench"), ",".join(map(str, train)),
                                  ",".join(map(str, test))], check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            key, _, counts = line[len("counts "):].partition(": ")
            for total in (pooled[key], round_counts[key]):
                for t, part in zip(total, counts.split("; "), strict=True):
                    for j, x in enumerate(part.split("/")):
                        t[j] += int(x)
        print(f"## {label}: {len(test)} reports, the rules of {commit}, models trained on {len(train)} folders\n")
        _table(round_counts)
    print(f"## pooled: {sum(len(n) for _, n in ROUNDS.values())} reports\n")
    _table(pooled)


def _table(counts: dict[str, list[list[int]]]) -> None:
    print("| pipeline | entities P / R / F1 | figures P / R / F1 | relations P / R / F1 |\n|---|---|---|---|")
    for key, parts in counts.items():
        print(f"| {key} | " + " | ".join(prf(p) for p in parts) + " |")
    print()


if __name__ == "__main__":
    main()
