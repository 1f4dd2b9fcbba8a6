"""Build a NetworkX ``MultiDiGraph`` from an article's facts.

Nodes are entities, funding events, recognitions and the article itself; edges are
relations keyed by predicate. Figures are attached to the node they describe (node
attribute ``figures``), evidence to every node and edge. Decimal values are kept as
strings (``"1032.5"``) so nothing is rounded on the way to JSON or GraphML.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import networkx as nx
from rdflib import SKOS

from graph.gcpause import without_gc
from graph.mapping import Edge, amount_observation, article_edges, instrument_labels, recognition_label
from graph.model import (
    AmountRecord,
    ArticleFacts,
    ChangeRecord,
    Evidence,
    ObservationRecord,
)
from graph.ontology import Ontology, local_name


def _num(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def evidence_dicts(spans: list[Evidence]) -> list[dict[str, Any]]:
    """Evidence spans as plain dicts (quote, start, end, line, sentence)."""
    return [
        {"quote": s.quote, "start": s.start, "end": s.end, "line": s.line, "sentence": s.sentence}
        for s in spans
    ]


def _normalised(onto: Ontology, q: AmountRecord | ChangeRecord | ObservationRecord) -> tuple[str | None, str | None]:
    unit = onto.units[q.unit]
    value = unit.normalise(q.value)
    if value is None or unit.standard is None:
        return None, None
    standard = onto.graph.value(unit.standard, SKOS.notation) or local_name(unit.standard)
    return _num(value), str(standard)


def figure_dict(article: ArticleFacts, onto: Ontology, obs: ObservationRecord) -> dict[str, Any]:
    """One observation as the dict stored in a node's ``figures`` list."""
    norm_value, norm_unit = _normalised(onto, obs)
    change = None
    if obs.change is not None:
        change = {
            "as_written": obs.change.as_written,
            "value": _num(obs.change.value),
            "unit": obs.change.unit,
            "comparison": obs.change.comparison,
            "qualifier": obs.change.qualifier,
        }
    return {
        "id": obs.id,
        "indicator_zh": obs.indicator_zh,
        "indicator_en": obs.indicator_en,
        "as_written": obs.as_written,
        "value": _num(obs.value),
        "value_max": _num(obs.value_max),
        "unit": obs.unit,
        "qualifier": obs.qualifier,
        "normalised_value": norm_value,
        "normalised_unit": norm_unit,
        "period": obs.period,
        "period_zh": obs.period_zh,
        "rank_scope_zh": obs.rank_scope_zh,
        "concerns": list(obs.concerns),
        "change": change,
        "evidence": evidence_dicts(article.spans(obs.evidence)),
    }





@without_gc
def build_nx_graph(article: ArticleFacts, onto: Ontology) -> nx.MultiDiGraph:
    """The article's facts as a ``MultiDiGraph`` (see ``docs/design.md``)."""
    facts = article.facts
    meta = article.meta
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    g.graph["article"] = {
        "id": meta.id,
        "title_zh": meta.title_zh,
        "subtitle_zh": meta.subtitle_zh,
        "title_en": meta.title_en,
        "subtitle_en": meta.subtitle_en,
        "authors": [a.model_dump() for a in meta.authors],
        "period": meta.period,
        "photo_credit_zh": meta.photo_credit_zh,
        "source_note": meta.source_note,
        "sha256": article.sha256,
    }
    figures: dict[str, list[dict[str, Any]]] = {}
    for obs in facts.observations:
        figures.setdefault(obs.subject, []).append(figure_dict(article, onto, obs))

    nodes: list[tuple[str, dict[str, Any]]] = []
    nodes.append((meta.id, {
        "kind": "article",
        "classes": ["Article"],
        "label_zh": meta.title_zh,
        "label_en": meta.title_en or meta.title_zh,
        "aliases_zh": [],
        "description_en": meta.source_note,
        "evidence": evidence_dicts(article.spans(meta.title_quotes)),
        "figures": [],
    }))
    for ent in facts.entities:
        nodes.append((ent.id, {
            "kind": "entity",
            "classes": sorted(ent.classes),
            "label_zh": ent.name_zh,
            "label_en": ent.name_en or ent.name_zh,
            "aliases_zh": list(ent.aliases_zh),
            "description_en": ent.description_en,
            "evidence": evidence_dicts(article.spans(ent.evidence)),
            "figures": figures.get(ent.id, []),
        }))
    for ev in facts.funding_events:
        label_zh, label_en = instrument_labels(onto, ev)
        amount_fig: list[dict[str, Any]] = []
        amount_obs = amount_observation(onto, ev)
        if amount_obs is not None:
            amount_fig.append(figure_dict(article, onto, amount_obs))
            label_zh += f" {amount_obs.as_written}"
            label_en += f" {amount_obs.as_written}"
        nodes.append((ev.id, {
            "kind": "funding_event",
            "classes": ["FundingEvent"],
            "label_zh": label_zh,
            "label_en": label_en,
            "aliases_zh": [],
            "description_en": ev.description_en,
            "instrument": ev.instrument,
            "mechanism_zh": ev.mechanism_zh,
            "period": ev.period,
            "period_zh": ev.period_zh,
            "evidence": evidence_dicts(article.spans(ev.evidence)),
            "figures": amount_fig,
        }))
    for rec in facts.recognitions:
        title_zh = recognition_label(rec.title_zh, rec.grade_zh)
        nodes.append((rec.id, {
            "kind": "recognition",
            "classes": ["Recognition"],
            "label_zh": title_zh,
            "label_en": rec.title_en or title_zh,
            "aliases_zh": [],
            "description_en": None,
            "recognition_kind": rec.kind,
            "year": rec.year,
            "evidence": evidence_dicts(article.spans(rec.evidence)),
            "figures": [],
        }))
    for node, attrs in sorted(nodes, key=lambda item: item[0]):
        g.add_node(node, **attrs)

    edges: list[Edge] = []
    for rel in facts.relations:
        edges.append((rel.subject, rel.object, rel.predicate, rel.role_zh, rel.evidence))
    for ev in facts.funding_events:
        edges += [(ev.id, f, "funder", None, ev.evidence) for f in ev.funders]
        edges.append((ev.id, ev.recipient, "recipient", None, ev.evidence))
        if ev.project is not None:
            edges.append((ev.id, ev.project, "fundedProject", None, ev.evidence))
        edges += [(ev.id, a, "arrangedBy", None, ev.evidence) for a in ev.arranged_by]
    for rec in facts.recognitions:
        edges.append((rec.id, rec.recipient, "recipient", None, rec.evidence))
        if rec.awarded_by is not None:
            edges.append((rec.id, rec.awarded_by, "awardedBy", None, rec.evidence))
    edges += article_edges(article)
    for subj, obj, pred, role, quotes in sorted(edges, key=lambda e: (e[0], e[2], e[1])):
        g.add_edge(subj, obj, key=pred, predicate=pred,
                   label_zh=onto.label(pred, "zh"), label_en=onto.label(pred, "en"),
                   role_zh=role, evidence=evidence_dicts(article.spans(quotes)))
    return g
