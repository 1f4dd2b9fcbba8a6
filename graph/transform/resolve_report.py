"""``zone-kg resolve``'s output: merge proposals as YAML a reviewer can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from graph.transform.resolve import Proposal

if TYPE_CHECKING:
    from graph.pipeline import BuiltCorpus

HEADER = """\
# zone-kg resolve: entities that may be the same (or part and whole), for review.
# Nothing here is applied. To accept a proposal, add a same_as (or sub_organization_of)
# entry with your reason to the registry (entities.yaml); to reject one for good, add a
# distinct_from decision. Only exact normalised names with compatible classes merge on
# their own (score 1.0); everything below is a proposal.
"""


def proposal_dict(built: BuiltCorpus, proposal: Proposal) -> dict[str, Any]:
    mentions = built.resolution.mentions
    sides = []
    for key in proposal.keys:
        ent = built.resolution.entities[key]
        sides.append({
            "entity": key,
            "classes": sorted(ent.classes),
            "mentions": [_mention(built, m, mentions[m]) for m in ent.mentions],
        })
    return {
        "score": float(proposal.score),
        "suggest": proposal.suggest,
        "why": list(proposal.features),
        "a": sides[0],
        "b": sides[1],
    }


def _mention(built: BuiltCorpus, m: tuple[str, str], rec: Any) -> dict[str, Any]:
    art = built.corpus.article(m[0])
    span = art.evidence[rec.evidence[0]]
    return {"mention": f"{m[0]}/{m[1]}", "name_zh": rec.name_zh, "quote": span.quote,
            "sentence": span.sentence, "line": span.line}


def format_proposals(built: BuiltCorpus, proposals: list[Proposal]) -> str:
    body = yaml.safe_dump({"proposals": [proposal_dict(built, p) for p in proposals]},
                          allow_unicode=True, sort_keys=False, width=120)
    return HEADER + body
