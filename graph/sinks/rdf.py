"""Build an rdflib ``Graph`` in the zone-kg ontology from an article's facts.

The mapping (``docs/design.md``): entities are typed resources with @zh/@en labels;
each relation is a direct triple plus a reified ``rdf:Statement`` that carries its
qualifiers and evidence; figures are ``zkg:Observation`` resources; every record is
``prov:wasDerivedFrom`` an ``zkg:EvidenceSpan`` (quote, sentence, offsets) that
``prov:wasQuotedFrom`` the article.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from graph.gcpause import without_gc
from graph.mapping import IriScheme, amount_observation, article_edges, article_zone, instrument_labels, recognition_label
from graph.model import ArticleFacts, ChangeRecord, Evidence, ObservationRecord
from graph.namespace import ZKG, ZKGR_DEFAULT, bind_prefixes
from graph.ontology import Ontology


def decimal_literal(value: Decimal) -> Literal:
    """An ``xsd:decimal`` literal in the canonical form of XML Schema 1.0.

    The canonical form always has a decimal point (``1045.0``), which is also what
    Turtle's bare decimals read back as, so a round trip keeps literals equal.

    >>> str(decimal_literal(Decimal("1045"))), str(decimal_literal(Decimal("27.10")))
    ('1045.0', '27.1')
    """
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD.decimal)


class ResourceNamer:
    """The IRIs of one article's resources (see :class:`graph.mapping.IriScheme`)."""

    def __init__(self, base: str, article_id: str) -> None:
        self.iris = IriScheme(base)
        self.base = self.iris.base
        self.article_id = article_id

    def resource(self, ident: str) -> URIRef:
        """A record's IRI; the article's own id (the subject of its author edges) is the article."""
        if ident == self.article_id:
            return self.iris.article(self.article_id)
        return self.iris.local(self.article_id, ident)

    def article(self) -> URIRef:
        return self.iris.article(self.article_id)

    def span(self, start: int, end: int) -> URIRef:
        return self.iris.span(self.article_id, start, end)

    def statement(self, subject: str, predicate: str, obj: str) -> URIRef:
        return self.iris.statement(self.article_id, subject, predicate, obj)


Triple = tuple[URIRef, URIRef, URIRef | Literal]


class _RdfBuilder:
    def __init__(self, article: ArticleFacts, onto: Ontology, base: str, collect: list[Triple] | None = None) -> None:
        self.article = article
        self.onto = onto
        self.names = ResourceNamer(base, article.article_id)
        self.g = Graph()
        bind_prefixes(self.g)
        self.g.bind("zkga", str(self.names.iris.local(article.article_id, "")))  # this article's own resources
        self._add = self.g.add if collect is None else collect.append

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self._add((s, p, o))

    def derive(self, node: URIRef, quotes: list[str]) -> None:
        for span in self.article.spans(quotes):
            self.add(node, PROV.wasDerivedFrom, self.span(span))

    def span(self, ev: Evidence) -> URIRef:
        node = self.names.span(ev.start, ev.end)
        self.add(node, RDF.type, ZKG.EvidenceSpan)
        self.add(node, ZKG.quote, Literal(ev.quote))
        self.add(node, ZKG.sentence, Literal(ev.sentence))
        self.add(node, ZKG.startOffset, Literal(ev.start, datatype=XSD.nonNegativeInteger))
        self.add(node, ZKG.endOffset, Literal(ev.end, datatype=XSD.nonNegativeInteger))
        self.add(node, ZKG.lineNumber, Literal(ev.line, datatype=XSD.positiveInteger))
        self.add(node, PROV.wasQuotedFrom, self.names.article())
        return node

    def build(self) -> Graph:
        self.article_node()
        self.entities()
        self.relations()
        for obs in self.article.facts.observations:
            self.observation(obs)
        self.funding_events()
        self.recognitions()
        self.article_links()
        return self.g

    def article_node(self) -> None:
        meta = self.article.meta
        node = self.names.article()
        self.add(node, RDF.type, ZKG.Article)
        self.add(node, DCTERMS.title, Literal(meta.title_zh, lang="zh"))
        if meta.title_en:
            self.add(node, DCTERMS.title, Literal(meta.title_en, lang="en"))
        if meta.subtitle_zh:
            self.add(node, DCTERMS.alternative, Literal(meta.subtitle_zh, lang="zh"))
        if meta.subtitle_en:
            self.add(node, DCTERMS.alternative, Literal(meta.subtitle_en, lang="en"))
        self.add(node, RDFS.label, Literal(meta.title_zh, lang="zh"))
        self.add(node, DCTERMS.language, Literal(meta.language))
        self.add(node, ZKG.sha256, Literal(self.article.sha256))
        if meta.period is not None:
            self.add(node, ZKG.period, Literal(str(meta.period), datatype=XSD.gYear))
        if meta.source_note:
            self.add(node, RDFS.comment, Literal(meta.source_note, lang="en"))
        zone = article_zone(self.article)
        if zone is not None:
            self.add(node, DCTERMS.subject, self.names.resource(zone.id))

    def entities(self) -> None:
        for ent in self.article.facts.entities:
            node = self.names.resource(ent.id)
            for cls in ent.classes:
                self.add(node, RDF.type, ZKG[cls])
            self.add(node, RDFS.label, Literal(ent.name_zh, lang="zh"))
            if ent.name_en:
                self.add(node, RDFS.label, Literal(ent.name_en, lang="en"))
            for alias in ent.aliases_zh:
                self.add(node, SKOS.altLabel, Literal(alias, lang="zh"))
            if ent.description_en:
                self.add(node, RDFS.comment, Literal(ent.description_en, lang="en"))
            if "Photo" in ent.classes:
                self.add(node, ZKG.caption, Literal(ent.name_zh, lang="zh"))
            self.derive(node, ent.evidence)

    def relation(self, subj: str, pred: str, obj: str, role: str | None, quotes: list[str]) -> None:
        s, p, o = self.names.resource(subj), ZKG[pred], self.names.resource(obj)
        self.add(s, p, o)
        stmt = self.names.statement(subj, pred, obj)
        self.add(stmt, RDF.type, RDF.Statement)
        self.add(stmt, RDF.subject, s)
        self.add(stmt, RDF.predicate, p)
        self.add(stmt, RDF.object, o)
        if role:
            self.add(stmt, ZKG.role, Literal(role, lang="zh"))
        self.derive(stmt, quotes)

    def relations(self) -> None:
        for rel in self.article.facts.relations:
            self.relation(rel.subject, rel.predicate, rel.object, rel.role_zh, rel.evidence)

    def quantity(self, node: URIRef, q: ObservationRecord | ChangeRecord, *, change: bool) -> None:
        unit = self.onto.units[q.unit]
        if change:
            self.add(node, ZKG.changeValue, decimal_literal(q.value))
            self.add(node, ZKG.changeUnit, unit.iri)
            self.add(node, ZKG.changeText, Literal(q.as_written))
            if q.qualifier:
                self.add(node, ZKG.changeQualifier, self.onto.qualifiers[q.qualifier])
            return
        self.add(node, ZKG.value, decimal_literal(q.value))
        self.add(node, ZKG.unit, unit.iri)
        self.add(node, ZKG.valueText, Literal(q.as_written))
        if q.qualifier:
            self.add(node, ZKG.qualifier, self.onto.qualifiers[q.qualifier])
        normalised = unit.normalise(q.value)
        if normalised is not None and unit.standard is not None:
            self.add(node, ZKG.normalisedValue, decimal_literal(normalised))
            self.add(node, ZKG.normalisedUnit, unit.standard)

    def observation(self, obs: ObservationRecord) -> URIRef:
        node = self.names.resource(obs.id)
        subject = self.names.resource(obs.subject)
        self.add(node, RDF.type, ZKG.Observation)
        self.add(node, ZKG.observedEntity, subject)
        self.add(subject, ZKG.hasObservation, node)
        self.add(node, ZKG.indicator, Literal(obs.indicator_zh, lang="zh"))
        if obs.indicator_en:
            self.add(node, ZKG.indicator, Literal(obs.indicator_en, lang="en"))
        concept = self.article.indicator_concepts.get(obs.id)
        if concept:
            self.add(node, ZKG.indicatorConcept, URIRef(concept))
        self.add(node, RDFS.label, Literal(f"{obs.indicator_zh} {obs.as_written}", lang="zh"))
        self.quantity(node, obs, change=False)
        if obs.value_max is not None:
            self.add(node, ZKG.maxValue, decimal_literal(obs.value_max))
        if obs.period is not None:
            self.add(node, ZKG.period, Literal(str(obs.period), datatype=XSD.gYear))
        if obs.period_zh:
            self.add(node, ZKG.periodText, Literal(obs.period_zh, lang="zh"))
        if obs.rank_scope_zh:
            self.add(node, ZKG.rankScope, Literal(obs.rank_scope_zh, lang="zh"))
        for ident in obs.concerns:
            self.add(node, ZKG.concerns, self.names.resource(ident))
        if obs.change is not None:
            self.quantity(node, obs.change, change=True)
            if obs.change.comparison:
                self.add(node, ZKG.comparisonBasis, self.onto.comparisons[obs.change.comparison])
        self.derive(node, obs.evidence)
        return node

    def funding_events(self) -> None:
        for ev in self.article.facts.funding_events:
            node = self.names.resource(ev.id)
            instrument_zh, _ = instrument_labels(self.onto, ev)
            self.add(node, RDF.type, ZKG.FundingEvent)
            self.add(node, ZKG.instrument, self.onto.instruments[ev.instrument])
            label = instrument_zh + (f" {ev.amount.as_written}" if ev.amount else "")
            self.add(node, RDFS.label, Literal(label, lang="zh"))
            if ev.instrument_zh:
                self.add(node, ZKG.instrumentText, Literal(ev.instrument_zh, lang="zh"))
            if ev.mechanism_zh:
                self.add(node, ZKG.mechanism, Literal(ev.mechanism_zh, lang="zh"))
            if ev.description_en:
                self.add(node, RDFS.comment, Literal(ev.description_en, lang="en"))
            for funder in ev.funders:
                self.add(node, ZKG.funder, self.names.resource(funder))
            self.add(node, ZKG.recipient, self.names.resource(ev.recipient))
            if ev.project:
                self.add(node, ZKG.fundedProject, self.names.resource(ev.project))
            for org in ev.arranged_by:
                self.add(node, ZKG.arrangedBy, self.names.resource(org))
            if ev.period is not None:
                self.add(node, ZKG.period, Literal(str(ev.period), datatype=XSD.gYear))
            if ev.period_zh:
                self.add(node, ZKG.periodText, Literal(ev.period_zh, lang="zh"))
            amount = amount_observation(self.onto, ev)
            if amount is not None:
                self.add(node, ZKG.amount, self.observation(amount))
            self.derive(node, ev.evidence)

    def recognitions(self) -> None:
        for rec in self.article.facts.recognitions:
            node = self.names.resource(rec.id)
            self.add(node, RDF.type, ZKG.Recognition)
            self.add(node, RDFS.label, Literal(recognition_label(rec.title_zh, rec.grade_zh), lang="zh"))
            self.add(node, ZKG.title, Literal(rec.title_zh, lang="zh"))
            if rec.title_en:
                self.add(node, ZKG.title, Literal(rec.title_en, lang="en"))
                self.add(node, RDFS.label, Literal(rec.title_en, lang="en"))
            if rec.grade_zh:
                self.add(node, ZKG.grade, Literal(rec.grade_zh, lang="zh"))
            self.add(node, ZKG.recognitionKind, self.onto.recognition_kinds[rec.kind])
            self.add(node, ZKG.recipient, self.names.resource(rec.recipient))
            if rec.awarded_by:
                self.add(node, ZKG.awardedBy, self.names.resource(rec.awarded_by))
            if rec.year is not None:
                self.add(node, ZKG.period, Literal(str(rec.year), datatype=XSD.gYear))
            self.derive(node, rec.evidence)

    def article_links(self) -> None:
        for subj, obj, pred, role, quotes in article_edges(self.article):
            self.relation(subj, pred, obj, role, quotes)
        self.derive(self.names.article(), self.article.meta.title_quotes)


@without_gc
def build_rdf_graph(article: ArticleFacts, onto: Ontology, base: str = ZKGR_DEFAULT) -> Graph:
    """The article's facts as an rdflib ``Graph`` (data only, no ontology terms)."""
    return _RdfBuilder(article, onto, base).build()


@without_gc
def rdf_triples(article: ArticleFacts, onto: Ontology, base: str = ZKGR_DEFAULT) -> tuple[list[Triple], list[tuple[str, str]]]:
    """The triples :func:`build_rdf_graph` puts in its graph, as a list, and the graph's prefix bindings.

    For writers that only stream the triples out (the corpus export): no rdflib store is
    filled, which took most of the build time. The list may repeat a triple (a graph
    would hold it once); the sorted writers drop repeats.
    """
    triples: list[Triple] = []
    builder = _RdfBuilder(article, onto, base, collect=triples)
    builder.build()
    return triples, [(prefix, str(ns)) for prefix, ns in builder.g.namespaces()]
