"""Link observations to the indicator vocabulary (``ontology/indicators.ttl``).

The loader keeps an indicator as written (``规上工业总产值``); this module looks up the
concept it means with :func:`graph.indicators.map_indicator`, which never guesses, and
reports what it cannot map.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph

from graph.model import ArticleFacts
from graph.ontology import ONTOLOGY_PATH

INDICATORS_PATH = ONTOLOGY_PATH.with_name("indicators.ttl")


@cache
def indicator_graph() -> Graph:
    """The indicator concept scheme (parsed once per process)."""
    g = Graph()
    if INDICATORS_PATH.is_file():
        g.parse(INDICATORS_PATH, format="turtle")
    return g


def map_observation_indicators(facts: ArticleFacts) -> dict[str, str | None]:
    """Observation id → concept IRI, or ``None`` where the written indicator is not mapped."""
    try:
        from graph.indicators import map_indicator
    except ImportError:  # pragma: no cover - until the vocabulary lands
        return {obs.id: None for obs in facts.facts.observations}
    out: dict[str, str | None] = {}
    for obs in facts.facts.observations:
        concept = map_indicator(obs.indicator_zh)
        out[obs.id] = str(concept.iri) if concept is not None else None
    return out


def unmapped_indicators(facts: ArticleFacts) -> list[tuple[str, str]]:
    """``(observation id, indicator as written)`` of every observation with no concept."""
    return [(obs.id, obs.indicator_zh) for obs in facts.facts.observations if not facts.indicator_concepts.get(obs.id)]
