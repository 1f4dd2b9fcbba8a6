"""Figures that disagree: the same entity, indicator and period, different values, two articles.

Both figures are kept in the graph (each article's claim stands, with its sentence); this
module only finds the pairs so ``zone-kg validate`` can show them with both quotes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from rdflib import URIRef

from graph.model import ArticleFacts, ObservationRecord
from graph.ontology import Ontology
from graph.transform.resolve import Resolution


@dataclass(frozen=True)
class Claim:
    article_id: str
    observation: ObservationRecord
    normalised: Decimal
    quote: str
    sentence: str


@dataclass(frozen=True)
class Conflict:
    entity: str
    indicator: str
    period: int
    period_zh: str | None
    claims: tuple[Claim, ...]

    def describe(self) -> str:
        """Both (or all) claims with their quotes, for ``zone-kg validate``."""
        from graph.transform.indicators import load_indicators

        concept = load_indicators().concepts.get(URIRef(self.indicator))
        indicator = concept.pref_zh if concept is not None else self.indicator
        lines = [f"conflicting figures: entity/{self.entity}, {indicator}, {self.period}"
                 + (f" ({self.period_zh})" if self.period_zh else "") + ", kept both:"]
        for c in self.claims:
            lines.append(f"  {c.article_id}/{c.observation.id}: {c.observation.indicator_zh} {c.observation.as_written}"
                         f" — quote “{c.quote}”")
        return "\n".join(lines)


def find_conflicts(articles: Iterable[ArticleFacts], resolution: Resolution, onto: Ontology) -> list[Conflict]:
    """Groups of figures from different articles that should agree and do not.

    Compared: the canonical entity, the indicator concept (figures whose indicator is not
    mapped are not compared: they would be guesses), the year and the written period (前三季度
    is not the whole year), and the value in the standard unit. Qualified values (近, 超)
    still count: a reader should see both.
    """
    groups: dict[tuple[str, str, int, str | None], list[Claim]] = defaultdict(list)
    for art in sorted(articles, key=lambda a: a.article_id):
        for obs in art.facts.observations:
            concept = art.indicator_concepts.get(obs.id)
            entity = resolution.key_of(art.article_id, obs.subject)
            if concept is None or entity is None or obs.period is None:
                continue
            unit = onto.units[obs.unit]
            value = unit.normalise(obs.value)
            normalised = value if value is not None else obs.value
            span = art.evidence[obs.evidence[0]]
            groups[(entity, concept, obs.period, obs.period_zh)].append(
                Claim(art.article_id, obs, normalised, span.quote, span.sentence))
    out = []
    ordered = sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2], kv[0][3] or ""))
    for (entity, concept, period, period_zh), claims in ordered:
        if len({c.article_id for c in claims}) > 1 and len({c.normalised for c in claims}) > 1:
            out.append(Conflict(entity, concept, period, period_zh, tuple(claims)))
    return out
