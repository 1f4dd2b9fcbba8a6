"""Counts that describe a built graph: for ``zone-kg stats`` and ``zone-kg build``."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.pipeline import BuiltCorpus, BuiltGraph


def graph_stats(built: BuiltGraph) -> dict[str, Any]:
    """Nodes per class, edges per predicate, figures, evidence spans, triples."""
    g = built.nx
    classes: Counter[str] = Counter()
    for _, attrs in g.nodes(data=True):
        classes.update(attrs["classes"])
    predicates: Counter[str] = Counter(key for _, _, key in g.edges(keys=True))
    facts = built.facts.facts
    return {
        "article": built.article_id,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "entities": len(facts.entities),
        "relations": len(facts.relations),
        "observations": len(facts.observations),
        "funding_events": len(facts.funding_events),
        "recognitions": len(facts.recognitions),
        "evidence_spans": len({(e.start, e.end) for e in built.facts.evidence.values()}),
        "triples_data": len(built.data),
        "triples_with_terms": len(built.rdf),
        "classes": dict(sorted(classes.items())),
        "predicates": dict(sorted(predicates.items())),
    }


def format_stats(stats: dict[str, Any]) -> str:
    """Plain-text rendering of :func:`graph_stats`."""
    lines = []
    for key, value in stats.items():
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines += [f"  {k:<24} {v}" for k, v in value.items()]
        else:
            lines.append(f"{key:<26} {value}")
    return "\n".join(lines)


def corpus_stats(built: BuiltCorpus) -> dict[str, Any]:
    """Counts for a corpus: per-article counts summed, resolution, the corpus graphs.

    A corpus of one article also reports that article's own counts (``article``).
    """
    methods = Counter(link.method for link in built.resolution.links.values())
    merged = sum(1 for e in built.resolution.entities.values() if len({m[0] for m in e.mentions}) > 1)
    per_article = [graph_stats(a) for a in built.articles]
    out: dict[str, Any] = {
        "corpus": str(built.corpus.root),
        "articles": len(built.articles),
    }
    if len(per_article) == 1:
        out["article"] = per_article[0]["article"]
    for key in ("entities", "relations", "observations", "funding_events", "recognitions", "evidence_spans", "triples_data"):
        out[key] = sum(s[key] for s in per_article)
    out.update({
        "mentions": len(built.resolution.links),
        "canonical_entities": len(built.resolution.entities),
        "entities_in_several_articles": merged,
        "corpus_graph_triples": len(built.corpus_graph),
        "corpus_nodes": built.nx.number_of_nodes(),
        "corpus_edges": built.nx.number_of_edges(),
        "resolution_methods": dict(sorted(methods.items())),
    })
    classes: Counter[str] = Counter()
    for _, attrs in built.nx.nodes(data=True):
        classes.update(attrs["classes"])
    out["classes"] = dict(sorted(classes.items()))
    return out
