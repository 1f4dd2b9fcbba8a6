"""The mapping from facts to graph statements that every builder shares.

Derived records (a funding event's amount as an observation, the article's author and
photo edges, labels of instruments and recognitions) are computed here once; the RDF and
NetworkX builders both read them, and neither imports the other.
"""

from __future__ import annotations

from rdflib import URIRef

from graph.model import ArticleFacts, EntityRecord, FundingEventRecord, ObservationRecord
from graph.ontology import Ontology, local_name

Edge = tuple[str, str, str, str | None, list[str]]
"""``(subject id, object id, predicate, role_zh, quotes)``."""


def article_zone(article: ArticleFacts) -> EntityRecord | None:
    """The zone the article is about: the first ``Zone`` entity of its facts file.

    A convention of the facts files (curated and drafted alike): the report's own zone
    is listed before any other zone it names. The RDF graph states it as the article's
    ``dcterms:subject``; the corpus queries read "a zone's reports" through it.
    """
    return next((e for e in article.facts.entities if "Zone" in e.classes), None)


def instrument_labels(onto: Ontology, ev: FundingEventRecord) -> tuple[str, str]:
    """The funding instrument in Chinese (as written, else the ontology's label) and English."""
    name = local_name(onto.instruments[ev.instrument])
    return ev.instrument_zh or onto.label(name, "zh"), onto.label(name, "en")


def amount_observation(onto: Ontology, ev: FundingEventRecord) -> ObservationRecord | None:
    """The amount of a funding event as an observation ``<event-id>-amount``, if it has one.

    It has the event's period. Its evidence is the event's quotes that contain the amount
    as written (the loader has checked there is at least one), not every quote of the event.
    """
    if ev.amount is None:
        return None
    instrument_zh, instrument_en = instrument_labels(onto, ev)
    amount = ev.amount
    return ObservationRecord(
        id=f"{ev.id}-amount",
        subject=ev.id,
        indicator_zh=f"{instrument_zh}金额",
        indicator_en=f"{instrument_en} amount",
        as_written=amount.as_written,
        value=amount.value,
        unit=amount.unit,
        qualifier=amount.qualifier,
        period=ev.period,
        evidence=[q for q in ev.evidence if amount.as_written in q] or ev.evidence,
    )


def recognition_label(title: str, grade: str | None) -> str:
    """``江西省科学技术进步奖`` + ``一等奖``; the grade is not repeated when the title has it.

    >>> recognition_label("江西省科学技术进步奖特等奖", "特等奖")
    '江西省科学技术进步奖特等奖'
    """
    return title if not grade or grade in title else title + grade


def article_edges(article: ArticleFacts) -> list[Edge]:
    """Edges from the article node: its authors, photos and photo credit.

    Authors and the credited organisation are matched to entities by Chinese name
    (the loader has checked that they exist).
    """
    meta = article.meta
    by_name = {e.name_zh: e for e in article.facts.entities}
    out: list[Edge] = []
    byline = [meta.byline_zh] if meta.byline_zh else []
    for author in meta.authors:
        person = by_name[author.name_zh]
        out.append((meta.id, person.id, "author", author.role_zh, byline or person.evidence))
    for ent in article.facts.entities:
        if "Photo" in ent.classes:
            out.append((meta.id, ent.id, "hasPhoto", None, ent.evidence))
    if meta.photo_credit_zh is not None and meta.photo_credit_quote is not None:
        out.append((meta.id, by_name[meta.photo_credit_zh].id, "photoCreditedTo", None, [meta.photo_credit_quote]))
    return out


class IriScheme:
    """Where every resource lives: article-scoped assertions, corpus-level things.

    Everything an article asserts (its entity mentions, observations, statements,
    evidence spans, funding events, recognitions) sits under the article's own IRI, so
    two articles that reuse a local id (``zone``, ``fig-1``) can never mint the same IRI.
    Real-world things that several articles talk about are canonical entities under
    ``entity/``; the corpus graph links each mention to its canonical entity.

    >>> iris = IriScheme("https://example.org/id/")
    >>> str(iris.article("demo-2025")), str(iris.local("demo-2025", "byd"))
    ('https://example.org/id/article/demo-2025', 'https://example.org/id/article/demo-2025/byd')
    >>> str(iris.span("demo-2025", 10, 24))
    'https://example.org/id/article/demo-2025/span/10-24'
    >>> str(iris.statement("demo-2025", "byd", "leadEnterpriseOf", "nev-park"))
    'https://example.org/id/article/demo-2025/stmt/byd--leadEnterpriseOf--nev-park'
    >>> str(iris.entity("org/比亚迪")), str(iris.corpus_graph)
    ('https://example.org/id/entity/org/比亚迪', 'https://example.org/id/corpus')

    Record ids are slugs (no ``/``), so ``span/…`` and ``stmt/…`` never collide with a
    record's IRI, and nothing under ``article/<id>/`` collides with another article's.
    """

    def __init__(self, base: str) -> None:
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base
        self.corpus_graph = URIRef(base + "corpus")

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}")

    def local(self, article_id: str, ident: str) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}/{ident}")

    def span(self, article_id: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}/span/{start}-{end}")

    def statement(self, article_id: str, subject: str, predicate: str, obj: str) -> URIRef:
        return URIRef(f"{self.base}article/{article_id}/stmt/{subject}--{predicate}--{obj}")

    def entity(self, key: str) -> URIRef:
        return URIRef(f"{self.base}entity/{key}")

    def resolution(self, article_id: str, ident: str) -> URIRef:
        return URIRef(f"{self.base}corpus/resolution/{article_id}/{ident}")
