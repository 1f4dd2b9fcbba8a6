"""A character CRF for entity-name boundaries: features, training data from gold files, the tagger.

Every character of a paragraph gets a BIO label of a coarse entity type (:data:`COARSE`),
e.g. ``B-ORG I-ORG I-ORG O``. The features of a character are the character and its
neighbours (±2, and the two bigrams around it), its type (Han, digit, Latin, punctuation),
where it sits in its jieba word (B/M/E/S) and that word's part-of-speech tag, and whether it
lies inside a lexicon cue (``lexicon.ENTITY_CUES``: 公司, 集团, 研究院 …; a province or city).

Training data (:func:`gold_spans`): every name and alias of a gold facts file, located in its
article; overlapping occurrences are resolved longest first, then leftmost, then in the
gold's entity order. The model is trained by ``make train`` (``python -m graph.extract.crf``)
with L-BFGS and fixed parameters on the gold files given on the command line (the seed and
the dev reports; never a holdout) and shipped inside the package
(``graph/extract/models/names.crfsuite``).

>>> [lab for _, lab in zip("华兴科技公司在", bio("华兴科技公司在", [(0, 6, "ORG")]))]
['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from graph.extract import lexicon as lx
from graph.extract.segment import tokens
from graph.extract.text import Document

MODEL_PATH = Path(__file__).with_name("models") / "names.crfsuite"

# gold class → coarse type (the model's labels); Photo and classes not listed are not names
COARSE: dict[str, str] = {
    "Enterprise": "ORG", "Funder": "ORG", "Organization": "ORG", "Alliance": "ORG", "ResearchTeam": "ORG",
    "Zone": "ZONE", "Park": "ZONE", "Cluster": "ZONE",
    "Platform": "PLAT",
    "Person": "PER",
    "Place": "LOC",
    "Project": "PROJ", "TalentProgram": "PROJ",
    "Industry": "TERM", "IndustryChainSegment": "TERM", "Material": "TERM", "Product": "TERM", "Technology": "TERM",
}

# fixed training parameters (L-BFGS is deterministic: same data, same order → same model bytes)
PARAMS: dict[str, Any] = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}

SEGMENT = True  # jieba word-position and POS features
# Baidu LAC's labels as features (an experiment, docs/experiments/lac-names.md; needs the extract-lac
# extra). Off: the shipped model and every draft are unchanged. A model trained with it on must be
# tagged with it on.
LAC_FEATURES = False
_ANAPHOR_RE = re.compile(r"(?:该|全|本|这|其|我)[\u4e00-\u9fff]{1,3}")
_GENERIC = {c for c, _, _ in lx.ENTITY_CUES} | {"园区", "集团", "公司", "企业"}


# --------------------------------------------------------------------------- features

def _char_type(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch.isspace():
        return "S"
    return "P"


@lru_cache(maxsize=1)
def _cue_automaton() -> Any:
    """Cue words (by kind and coarse type of their first class) and places, for the cue features."""
    auto = ahocorasick.Automaton()
    entries: dict[str, str] = {}
    for cue, classes, kind in lx.ENTITY_CUES:
        entries[cue] = f"{kind}:{COARSE.get(classes[0], 'X')}"
    for place in (*lx.PROVINCES, *lx.CITIES):
        if len(place) >= 2:
            entries.setdefault(place, "place")
    for word in ("省", "市", "县", "区"):
        entries.setdefault(word, "admin")
    for word, tag in entries.items():
        auto.add_word(word, (len(word), tag))
    auto.make_automaton()
    return auto


def _cue_marks(text: str) -> list[str]:
    """Per character: ``<B|I|E|S>:<cue tag>`` of the longest cue covering it, or ``""``."""
    marks = [""] * len(text)
    best = [0] * len(text)
    for end, (n, tag) in _cue_automaton().iter(text):
        start = end - n + 1
        for i in range(start, end + 1):
            if n > best[i]:
                best[i] = n
                marks[i] = ("S" if n == 1 else "B" if i == start else "E" if i == end else "I") + ":" + tag
    return marks


def features(text: str) -> list[list[str]]:
    """The feature strings of every character of ``text`` (one paragraph), built column by column."""
    n = len(text)
    padded = "\x02\x02" + text + "\x03\x03"
    types = "".join(_char_type(ch) for ch in padded)
    cues = _cue_marks(text)
    cols: list[list[str]] = [
        ["c=" + ch for ch in text],
        ["c-1=" + ch for ch in padded[1:n + 1]],
        ["c-2=" + ch for ch in padded[:n]],
        ["c+1=" + ch for ch in padded[3:n + 3]],
        ["c+2=" + ch for ch in padded[4:n + 4]],
        ["b-=" + padded[i:i + 2] for i in range(1, n + 1)],
        ["b+=" + padded[i:i + 2] for i in range(2, n + 2)],
        ["t=" + types[i:i + 3] for i in range(1, n + 1)],
        ["cue=" + c for c in cues],
        ["cue+1=" + c for c in cues[1:]] + ["cue+1=$"],
    ]
    if SEGMENT:
        seg = [""] * n
        pos = [""] * n
        for a, b, _, tag in tokens(text):
            for i in range(a, b):
                seg[i] = "S" if b - a == 1 else "B" if i == a else "E" if i == b - 1 else "M"
                pos[i] = tag
        cols.append(["seg=" + s for s in seg])
        cols.append(["pos=" + p for p in pos])
        cols.append(["segpos=" + s + p for s, p in zip(seg, pos, strict=True)])
    if LAC_FEATURES:
        cols.extend(_lac_columns(text))
    return [list(row) for row in zip(*cols, strict=True)]


def _lac_columns(text: str) -> list[list[str]]:
    """LAC's label of each character (``ORG-B``), its word's tag, and the tags of the characters
    beside it."""
    from graph.extract.components.lac_tagger import load_lac

    labels = load_lac().labels([text])[0]
    tags = [lab.rpartition("-")[0] for lab in labels]
    padded = ["^", *tags, "$"]
    return [["lac=" + lab for lab in labels], ["lact=" + t for t in tags],
            ["lac-1=" + t for t in padded[:len(text)]], ["lac+1=" + t for t in padded[2:]]]


# --------------------------------------------------------------------------- labels

Span = tuple[int, int, str]  # (start, end, coarse type) in a paragraph or the flat text


def bio(text: str, spans: Iterable[Span]) -> list[str]:
    """BIO labels of ``text`` for non-overlapping ``spans``."""
    labels = ["O"] * len(text)
    for a, b, kind in spans:
        labels[a] = "B-" + kind
        for i in range(a + 1, b):
            labels[i] = "I-" + kind
    return labels


def spans_of(labels: Sequence[str]) -> list[Span]:
    """The spans a BIO sequence labels (an ``I-`` without its ``B-`` opens a span)."""
    out: list[Span] = []
    start, kind = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if start >= 0 and (lab == "O" or lab.startswith("B-") or lab[2:] != kind):
            out.append((start, i, kind))
            start = -1
        if lab != "O" and start < 0:
            start, kind = i, lab[2:]
    return out


def is_name(name: str) -> bool:
    """A name worth a span: not an anaphor (该区, 全省) and not a bare cue word (高新区, 公司).

    >>> [is_name(n) for n in ("该区", "高新区", "江北高新区")]
    [False, False, True]
    """
    return len(name) >= 2 and name not in _GENERIC and _ANAPHOR_RE.fullmatch(name) is None


def locate(flat: str, names: Sequence[tuple[str, str]]) -> list[Span]:
    """Non-overlapping occurrences in ``flat`` of ``(name, coarse type)``: longest first, then
    leftmost, then in the order given (deterministic)."""
    found: list[tuple[int, int, int, str]] = []
    for order, (name, kind) in enumerate(names):
        at = flat.find(name)
        while at >= 0:
            found.append((-len(name), at, order, kind))
            at = flat.find(name, at + 1)
    taken = bytearray(len(flat))
    spans: list[Span] = []
    for neg, at, _, kind in sorted(found):
        end = at - neg
        if not any(taken[at:end]):
            taken[at:end] = b"\x01" * (end - at)
            spans.append((at, end, kind))
    return sorted(spans)


def gold_names(facts: dict[str, Any]) -> list[tuple[str, str]]:
    """``(name, coarse type)`` of every name and alias of a facts file's entities, in file order."""
    out: list[tuple[str, str]] = []
    for ent in facts.get("entities") or []:
        kind = next((COARSE[c] for c in ent.get("classes") or [] if c in COARSE), None)
        if kind is None:
            continue
        for name in [ent.get("name_zh"), *(ent.get("aliases_zh") or [])]:
            if isinstance(name, str) and is_name(name):
                out.append((name, kind))
    return out


def gold_spans(doc: Document, facts: dict[str, Any]) -> list[Span]:
    """The spans of a facts file's names in the article's flat text (the original script)."""
    return locate(doc.original_flat, gold_names(facts))


def paragraph_items(doc: Document, spans: Sequence[Span]) -> list[tuple[str, list[str]]]:
    """``(paragraph text, BIO labels)`` of every paragraph, with the spans lying inside it."""
    items = []
    for para in doc.paragraphs:
        inside = [(a - para.start, b - para.start, k) for a, b, k in spans if a >= para.start and b <= para.end]
        items.append((para.text, bio(para.text, inside)))
    return items


# --------------------------------------------------------------------------- training

def training_items(folders: Sequence[Path]) -> list[tuple[str, list[str]]]:
    """The labelled paragraphs of the article folders (``article.txt`` + ``facts.yaml``), in the order given."""
    import yaml

    items = []
    for folder in folders:
        doc = Document((folder / "article.txt").read_text(encoding="utf-8"))
        facts = yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))
        items.extend(paragraph_items(doc, gold_spans(doc, facts)))
    return items


def train(items: Sequence[tuple[str, list[str]]], out: Path, params: dict[str, Any] | None = None) -> None:
    """Train a model on labelled paragraphs and write it to ``out`` (replaced atomically)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(PARAMS if params is None else params)
    for text, labels in items:
        trainer.append(features(text), labels)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        path = Path(tmp) / out.name
        trainer.train(str(path))
        path.replace(out)


# --------------------------------------------------------------------------- tagging

@dataclass(frozen=True)
class Tagged:
    """A name span the model proposes, with the mean marginal probability of its labels."""

    start: int
    end: int
    kind: str
    confidence: float


class NameTagger:
    """A trained model, tagging paragraphs (``pycrfsuite.Tagger``; not thread-safe)."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        if not path.is_file():
            raise FileNotFoundError(f"{path}: no name model (run `make train`)")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag(self, text: str) -> list[Tagged]:
        """The spans of one paragraph (offsets into ``text``)."""
        if not text:
            return []
        self._tagger.set(features(text))
        labels = self._tagger.tag()
        out = []
        for a, b, kind in spans_of(labels):
            conf = sum(self._tagger.marginal(labels[i], i) for i in range(a, b)) / (b - a)
            out.append(Tagged(a, b, kind, conf))
        return out

    def span_scores(self, doc: Document, spans: Sequence[tuple[int, int]]) -> list[float]:
        """For each ``(start, end)`` of the flat text (inside one paragraph): the probability that a
        name starts at ``start``, times the mean probability of its characters being in a name, times
        the probability that no name goes on at ``end`` (0.0 for a span across paragraphs)."""
        labels = [lab for lab in self._tagger.labels() if lab != "O"]
        begins = [lab for lab in labels if lab.startswith("B-")]
        insides = [lab for lab in labels if lab.startswith("I-")]
        out = [0.0] * len(spans)
        for para in doc.paragraphs:
            todo = [(k, a - para.start, b - para.start) for k, (a, b) in enumerate(spans)
                    if a >= para.start and b <= para.end and b > a]
            if not todo:
                continue
            self._tagger.set(features(para.text))
            self._tagger.tag()
            m = self._tagger.marginal
            n = len(para.text)
            for k, a, b in todo:
                start = sum(m(lab, a) for lab in begins)
                inside = sum(1.0 - m("O", i) for i in range(a, b)) / (b - a)
                stop = 1.0 - sum(m(lab, b) for lab in insides) if b < n else 1.0
                out[k] = start * inside * stop
        return out

    def tag_document(self, doc: Document) -> list[Tagged]:
        """The spans of every paragraph of ``doc`` (offsets into its flat text)."""
        return [Tagged(p.start + t.start, p.start + t.end, t.kind, t.confidence)
                for p in doc.paragraphs for t in self.tag(p.text)]


@lru_cache(maxsize=4)
def load_tagger(path: Path = MODEL_PATH) -> NameTagger:
    """The tagger of the model at ``path`` (default: the one shipped in the package), loaded once."""
    return NameTagger(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the name CRF on gold article folders (article.txt + facts.yaml).")
    parser.add_argument("folders", nargs="+", type=Path, help="article folders, e.g. data/articles/*/ tests/data/reports/*/")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help=f"model file (default {MODEL_PATH})")
    args = parser.parse_args(argv)
    folders = sorted({f.resolve() for f in args.folders}, key=lambda f: (f.name, str(f)))
    for folder in folders:
        for need in ("article.txt", "facts.yaml"):
            if not (folder / need).is_file():
                print(f"error: {folder}: no {need}", file=sys.stderr)
                return 2
    items = training_items(folders)
    train(items, args.out)
    print(f"trained on {len(folders)} folders, {len(items)} paragraphs → {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
