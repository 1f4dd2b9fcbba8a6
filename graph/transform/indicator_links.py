"""Link observations to the indicator vocabulary (``ontology/indicators.ttl``).

The loader keeps an indicator as written (``规上工业总产值``); :func:`map_observation_indicators`
looks up the concept it means with :func:`graph.transform.indicators.map_indicator`, which never
guesses (:func:`graph.transform.indicators.unmapped_indicators` reports what it cannot map).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import BNode, Graph, URIRef

from graph.model import ArticleFacts
from graph.transform.indicators import load_indicators


def map_observation_indicators(facts: ArticleFacts) -> dict[str, str | None]:
    """Observation id → concept IRI, or ``None`` where the written indicator is not mapped."""
    scheme = load_indicators()
    out: dict[str, str | None] = {}
    for obs in facts.facts.observations:
        concept = scheme.map(obs.indicator_zh)
        out[obs.id] = str(concept.iri) if concept is not None else None
    return out


def used_concepts_graph(articles: Iterable[ArticleFacts]) -> Graph:
    """What the corpus graph says about the indicator concepts its observations use.

    Blank-node statements (OWL axioms of the scheme) are left out: the corpus graph has
    IRIs and literals only, so its N-Triples sort the same way every run.
    """
    used = sorted({URIRef(c) for art in articles for c in art.indicator_concepts.values() if c})
    described = load_indicators().describe(used)
    out = Graph()
    for triple in described:
        if not any(isinstance(t, BNode) for t in triple):
            out.add(triple)
    return out
