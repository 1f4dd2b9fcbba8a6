"""Optional component ``crf_names``: names the character CRF (``graph.extract.crf``) finds where no rule did.

The model tags every paragraph; a span it is confident about (mean marginal probability of
its labels ≥ ``min_confidence``), of a proposed type (:data:`KINDS`), that overlaps no mention
of a name the rules found becomes an entity, classed as a Place if the gazetteer knows it, else
by the cue word it ends in (``lexicon.ENTITY_CUES``), else by its coarse type, with a review note
saying where it came from. Not in the default pipeline (``pipeline(crf_names=True)``,
``zone-kg extract --crf-names``): cross-validated on the dev reports it leaves the drafts'
micro F1 where it is, on reports first seen it helped a little, and it costs about a third of
the extraction's CPU time (README, "An optional trained component").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.extract import lexicon as lx
from graph.extract.components.proposers import add_proposed_names, insert_after
from graph.extract.context import Context
from graph.extract.crf import NameTagger, is_name, load_tagger

REVIEW = "name proposed by the character CRF (no rule found it)"
# chosen by cross-validation over the 39 seed and dev golds (bench/crf_cv.py --pipeline): at 0.8 with
# every type, entity F1 0.890 → 0.878; without TERM 0.886; without TERM at 0.9, 0.890 (P −0.011, R +0.009)
MIN_CONFIDENCE = 0.9
# the coarse types proposed: not TERM (industries, products, technologies: the rules' vocabulary
# decides what counts as one, and the CRF's terms were mostly wrong)
KINDS = frozenset({"ORG", "ZONE", "PLAT", "PER", "LOC", "PROJ"})
# coarse type → the class of a proposed name without a cue word; types not listed are not proposed
KIND_CLASS: dict[str, str] = {"ORG": "Enterprise", "ZONE": "Zone", "PLAT": "Platform", "PER": "Person",
                              "LOC": "Place", "PROJ": "Project", "TERM": "Industry"}
CUES = sorted(lx.ENTITY_CUES, key=lambda c: -len(c[0]))
_PLACES = {f"{p}{s}" for p in (*lx.PROVINCES, *lx.CITIES) for s in ("", "省", "市")} | set(lx.AUTONOMOUS_REGIONS)


def classes_of(name: str, kind: str) -> tuple[str, ...] | None:
    """The classes of a proposed name: a place of the gazetteer (``lexicon.PROVINCES``, ``CITIES``)
    is a Place whatever its type; else its cue word's (longest first), else its type's, else None.

    >>> classes_of("江北数据科技有限公司", "ORG"), classes_of("云岭", "PER"), classes_of("深圳市", "ORG")
    (('Enterprise',), ('Person',), ('Place',))
    """
    if name in _PLACES:
        return ("Place",)
    cue = next((c for c in CUES if name.endswith(c[0]) and len(name) > len(c[0])), None)
    if cue is not None:
        return cue[1]
    cls = KIND_CLASS.get(kind)
    return (cls,) if cls is not None else None


def propose(ctx: Context, tagger: NameTagger, min_confidence: float = MIN_CONFIDENCE,
            kinds: frozenset[str] | None = KINDS) -> list[tuple[str, tuple[str, ...], int]]:
    """``(name, classes, start)`` of every confident span of ``kinds`` (None: every type) the rules'
    mentions do not touch."""
    covered = bytearray(len(ctx.doc.flat) + 1)
    for m in ctx.mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    for t in tagger.tag_document(ctx.doc):
        if t.confidence < min_confidence or (kinds is not None and t.kind not in kinds) or any(covered[t.start:t.end]):
            continue
        name = ctx.doc.flat[t.start:t.end].strip()
        if not is_name(name) or not any("\u4e00" <= ch <= "\u9fff" for ch in name) or ctx.table.get(name) is not None:
            continue
        classes = classes_of(name, t.kind)
        if classes is not None:
            out.append((name, classes, t.start))
    return out


def crf_names_with(tagger: NameTagger, min_confidence: float = MIN_CONFIDENCE,
                   kinds: frozenset[str] | None = KINDS) -> Callable[[Context], None]:
    """The component, with a given model (cross-validation trains one per fold)."""

    def crf_names(ctx: Context) -> None:
        add_proposed_names(ctx, propose(ctx, tagger, min_confidence, kinds), REVIEW)

    return crf_names


def crf_names(ctx: Context) -> None:
    """The component with the model shipped in the package."""
    crf_names_with(load_tagger())(ctx)


def with_crf_names(pipeline: list[tuple[str, Any]], component: Callable[[Context], None] = crf_names,
                   after: str = "drop_swallowed") -> list[tuple[str, Any]]:
    """``pipeline`` with ``crf_names`` run right after ``after`` (once the rules' names are all found)."""
    return insert_after(pipeline, "crf_names", component, after)
