"""Read ``ontology/zone.ttl``: the single source of truth for classes, properties and units.

The loader asks this module which classes, predicates, units and qualifiers exist and
which classes a predicate accepts; the builders ask it for labels; the HTML view asks it
for the classes' labels and display order (:attr:`Ontology.class_infos`) and the
ontology documentation for every term (:meth:`Ontology.terms`, :attr:`Ontology.property_infos`).
Nothing here is hard-coded: add a unit or a class to the Turtle file and the loader accepts it.

The Turtle files are package data (``graph/ontology_files/``, symlinks to the hand-edited
``ontology/`` in a checkout, real files in the wheel), opened with :mod:`importlib.resources`
so an installed package works outside the checkout:

>>> ONTOLOGY_PATH.name, SHAPES_PATH.name
('zone.ttl', 'shapes.ttl')
>>> [c.name for c in load_ontology().class_infos[:3]]
['Zone', 'Park', 'Cluster']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from graph.gcpause import without_gc
from graph.namespace import PREFIXES, ZKG

ONTOLOGY_FILES: Traversable = resources.files("graph") / "ontology_files"
"""Package folder of ``zone.ttl`` and ``shapes.ttl`` (a ``Path`` unless the package is zipped)."""
ONTOLOGY_PATH: Traversable = ONTOLOGY_FILES / "zone.ttl"
SHAPES_PATH: Traversable = ONTOLOGY_FILES / "shapes.ttl"
ZKG_NS = str(ZKG._NS)


def local_name(iri: Node) -> str:
    """``https://w3id.org/zone-kg/ontology#Zone`` → ``Zone``.

    >>> local_name(URIRef("https://w3id.org/zone-kg/ontology#Zone"))
    'Zone'
    """
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
            break
    return text


_CURIE_PREFIXES = sorted(
    {**PREFIXES, "vann": "http://purl.org/vocab/vann/", "dc": "http://purl.org/dc/elements/1.1/"}.items(),
    key=lambda kv: (-len(kv[1]), kv[0]),  # the longest namespace first: the most specific prefix wins
)


def curie(iri: Node) -> str:
    """``https://schema.org/Place`` → ``schema:Place``; an unknown namespace stays an ``<IRI>``.

    >>> curie(URIRef("https://schema.org/Place")), curie(URIRef("https://example.org/x"))
    ('schema:Place', '<https://example.org/x>')
    """
    text = str(iri)
    for prefix, ns in _CURIE_PREFIXES:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return f"<{text}>"


@dataclass(frozen=True)
class Unit:
    """A unit as written in the article and how to convert it to a standard unit."""

    iri: URIRef
    notation: str
    standard: URIRef | None
    factor: Decimal
    divisor: Decimal
    allows_negative: bool

    def normalise(self, value: Decimal) -> Decimal | None:
        """``value`` in the standard unit, or ``None`` when the unit has none.

        Exact decimal arithmetic; a ratio that does not terminate (亩 → m² is ×10000/15)
        is rounded to 0.01.
        """
        if self.standard is None:
            return None
        result = value * self.factor / self.divisor
        if self.divisor != 1:
            result = result.quantize(Decimal("0.01"))
        return _plain(result)


def _plain(value: Decimal) -> Decimal:
    """Drop exponent notation and trailing zeros: ``Decimal('1.045E+11')`` → ``104500000000``."""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return normal.quantize(Decimal(1))
    return normal


@dataclass(frozen=True)
class Property:
    """An object property: which classes it connects."""

    name: str
    domain: frozenset[str]
    range: frozenset[str]
    """Class local names; empty means ``owl:Thing`` (anything)."""


@dataclass(frozen=True)
class ClassInfo:
    """A zkg class as views and documents show it (see :attr:`Ontology.class_infos`)."""

    name: str
    iri: URIRef
    label_zh: str
    label_en: str
    priority: int | None
    """``zkg:displayPriority``: smaller first; ``None`` sorts after every ranked class."""


@dataclass(frozen=True)
class PropertyInfo:
    """A zkg object or datatype property as the documentation shows it."""

    name: str
    iri: URIRef
    kind: str
    """``"object"`` or ``"datatype"``."""
    domain: tuple[URIRef, ...]
    """``rdfs:domain`` (a union expanded), else ``schema:domainIncludes``; empty: ``owl:Thing``."""
    range: tuple[URIRef, ...]
    """``schema:rangeIncludes`` when given (it is more precise than the OWL range), else ``rdfs:range``."""


@dataclass
class Ontology:
    """The parts of ``zone.ttl`` the loader and builders need, indexed by local name."""

    graph: Graph
    classes: set[str] = field(default_factory=set)
    object_properties: dict[str, Property] = field(default_factory=dict)
    datatype_properties: set[str] = field(default_factory=set)
    superclasses: dict[str, set[str]] = field(default_factory=dict)
    units: dict[str, Unit] = field(default_factory=dict)
    qualifiers: dict[str, URIRef] = field(default_factory=dict)
    instruments: dict[str, URIRef] = field(default_factory=dict)
    comparisons: dict[str, URIRef] = field(default_factory=dict)
    recognition_kinds: dict[str, URIRef] = field(default_factory=dict)

    def label(self, name: str, lang: str) -> str:
        """The ``rdfs:label`` of ``zkg:name`` in ``lang`` (falls back to the local name)."""
        return self.text(URIRef(ZKG_NS + name), RDFS.label, lang) or name

    def texts(self, term: Node, pred: URIRef, lang: str | None = None) -> list[str]:
        """The literals of ``term pred`` in ``lang`` (``None``: any language), sorted."""
        return sorted(
            str(o) for o in self.graph.objects(term, pred)
            if isinstance(o, Literal) and (lang is None or o.language == lang)
        )

    def text(self, term: Node, pred: URIRef, lang: str | None = "en") -> str:
        """The first of :meth:`texts` (``""`` when there is none): deterministic when a term has two."""
        found = self.texts(term, pred, lang)
        return found[0] if found else ""

    def terms(self, kind: URIRef) -> list[URIRef]:
        """The zkg terms of ``rdf:type kind`` (``owl:Class``, ``owl:NamedIndividual``, …), by local name."""
        found = {s for s in self.graph.subjects(RDF.type, kind) if isinstance(s, URIRef) and str(s).startswith(ZKG_NS)}
        return sorted(found, key=local_name)

    def members(self, node: Node | None) -> list[URIRef]:
        """A class expression as named classes: an IRI, or an ``owl:unionOf`` list expanded, sorted."""
        if isinstance(node, URIRef):
            return [node]
        union = self.graph.value(node, OWL.unionOf) if node is not None else None
        if union is None:
            return []
        return sorted((m for m in Collection(self.graph, union) if isinstance(m, URIRef)), key=local_name)

    def superclasses_of(self, cls: URIRef) -> list[URIRef]:
        """Direct named super-classes of ``cls`` in any namespace, by local name."""
        return sorted((o for o in self.graph.objects(cls, RDFS.subClassOf) if isinstance(o, URIRef)), key=local_name)

    @cached_property
    def class_infos(self) -> list[ClassInfo]:
        """Every zkg class with its labels, in display order: ``zkg:displayPriority``, then name.

        The HTML view's legend, its choice of a node's main class and the documentation's
        lists all follow this order, so a class added to ``zone.ttl`` appears everywhere.
        """
        infos = []
        for iri in self.terms(OWL.Class):
            priority = self.graph.value(iri, ZKG.displayPriority)
            infos.append(ClassInfo(
                name=local_name(iri), iri=iri,
                label_zh=self.text(iri, RDFS.label, "zh"), label_en=self.text(iri, RDFS.label, "en"),
                priority=int(priority) if isinstance(priority, Literal) else None,
            ))
        return sorted(infos, key=lambda c: (c.priority is None, c.priority or 0, c.name))

    @cached_property
    def property_infos(self) -> list[PropertyInfo]:
        """The zkg object properties, then the datatype properties, each by local name."""
        out = []
        for kind, owl_kind in (("object", OWL.ObjectProperty), ("datatype", OWL.DatatypeProperty)):
            for iri in self.terms(owl_kind):
                domain = self.members(self.graph.value(iri, RDFS.domain)) or self._includes(iri, _DOMAIN_INCLUDES)
                range_ = self._includes(iri, _RANGE_INCLUDES) or self.members(self.graph.value(iri, RDFS.range))
                out.append(PropertyInfo(local_name(iri), iri, kind, tuple(domain), tuple(range_)))
        return out

    def _includes(self, iri: URIRef, pred: URIRef) -> list[URIRef]:
        return sorted((o for o in self.graph.objects(iri, pred) if isinstance(o, URIRef)), key=local_name)

    def closure(self, classes: Iterable[str]) -> set[str]:
        """The classes and all their (zkg) superclasses."""
        out: set[str] = set()
        for cls in classes:
            out.add(cls)
            out |= self.superclasses.get(cls, set())
        return out

    def accepts(self, allowed: frozenset[str], classes: Iterable[str]) -> bool:
        """Whether an entity of ``classes`` fits a domain or range of ``allowed`` classes."""
        return not allowed or bool(allowed & self.closure(classes))


_DOMAIN_INCLUDES = URIRef("https://schema.org/domainIncludes")
_RANGE_INCLUDES = URIRef("https://schema.org/rangeIncludes")


def _class_names(g: Graph, node: Node) -> frozenset[str]:
    """Local names of a class expression: a named zkg class or an ``owl:unionOf`` list."""
    if isinstance(node, URIRef):
        if node == OWL.Thing or not str(node).startswith(ZKG_NS):
            return frozenset()
        return frozenset({local_name(node)})
    union = g.value(node, OWL.unionOf)
    if union is None:
        return frozenset()
    names: set[str] = set()
    for member in Collection(g, union):
        names |= _class_names(g, member)
    return frozenset(names)


def _individuals(g: Graph, cls: URIRef) -> dict[str, URIRef]:
    out: dict[str, URIRef] = {}
    for ind in g.subjects(RDF.type, cls):
        notation = g.value(ind, SKOS.notation)
        if isinstance(ind, URIRef) and notation is not None:
            out[str(notation)] = ind
    return out


def _decimal(node: Node | None, default: str) -> Decimal:
    return Decimal(str(node)) if node is not None else Decimal(default)


def parse_ontology(g: Graph) -> Ontology:
    """Index an ontology graph (see :func:`load_ontology`)."""
    onto = Ontology(graph=g)
    for cls in g.subjects(RDF.type, OWL.Class):
        if isinstance(cls, URIRef) and str(cls).startswith(ZKG_NS):
            onto.classes.add(local_name(cls))
    for name in onto.classes:
        seen: set[str] = set()
        todo = [URIRef(ZKG_NS + name)]
        while todo:
            for sup in g.objects(todo.pop(), RDFS.subClassOf):
                if isinstance(sup, URIRef) and str(sup).startswith(ZKG_NS):
                    sup_name = local_name(sup)
                    if sup_name not in seen:
                        seen.add(sup_name)
                        todo.append(sup)
        onto.superclasses[name] = seen
    for prop in g.subjects(RDF.type, OWL.ObjectProperty):
        if isinstance(prop, URIRef) and str(prop).startswith(ZKG_NS):
            dom = g.value(prop, RDFS.domain)
            rng = g.value(prop, RDFS.range)
            onto.object_properties[local_name(prop)] = Property(
                name=local_name(prop),
                domain=_class_names(g, dom) if dom is not None else frozenset(),
                range=_class_names(g, rng) if rng is not None else frozenset(),
            )
    for prop in g.subjects(RDF.type, OWL.DatatypeProperty):
        if isinstance(prop, URIRef) and str(prop).startswith(ZKG_NS):
            onto.datatype_properties.add(local_name(prop))
    for notation, iri in _individuals(g, ZKG.Unit).items():
        standard = g.value(iri, ZKG.standardUnit)
        if standard is None and g.value(iri, SKOS.exactMatch) is not None:
            standard = iri  # a standard unit itself (元, 米, %, …)
        negative = g.value(iri, ZKG.allowsNegative)
        onto.units[notation] = Unit(
            iri=iri,
            notation=notation,
            standard=standard if isinstance(standard, URIRef) else None,
            factor=_decimal(g.value(iri, ZKG.conversionFactor), "1"),
            divisor=_decimal(g.value(iri, ZKG.conversionDivisor), "1"),
            allows_negative=isinstance(negative, Literal) and negative.toPython() is True,
        )
    onto.qualifiers = _individuals(g, ZKG.Qualifier)
    onto.instruments = _individuals(g, ZKG.FundingInstrument)
    onto.comparisons = _individuals(g, ZKG.ComparisonBasis)
    onto.recognition_kinds = _individuals(g, ZKG.RecognitionKind)
    return onto


def read_turtle(path: Traversable | Path) -> Graph:
    """Parse a Turtle file: a path, or a package resource that may live inside a zip."""
    g = Graph()
    g.parse(data=path.read_bytes(), format="turtle")
    return g


@cache
def load_ontology(path: Traversable | Path = ONTOLOGY_PATH) -> Ontology:
    """Parse and index ``zone.ttl`` (cached: the file is read once per process)."""
    return parse_ontology(read_turtle(path))


TERM_PREDICATES = (RDF.type, RDFS.label, RDFS.comment, SKOS.definition, SKOS.notation,
                   RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range,
                   OWL.inverseOf, SKOS.exactMatch)


@without_gc
def add_ontology_terms(data: Graph, onto: Ontology) -> Graph:
    """``data`` plus the ontology terms it uses: labels, definitions, class hierarchy.

    Only IRI-valued statements are copied (no ``owl:unionOf`` blank nodes), so the
    result serialises identically run after run. Returns a new graph.
    """
    out = Graph()
    for prefix, iri in data.namespaces():
        out.bind(prefix, iri, override=True)
    out += data
    out += ontology_terms(data, onto)
    return out


def ontology_terms(data: Graph, onto: Ontology, iris: Iterable[URIRef] | None = None) -> Graph:
    """Only the ontology terms ``data`` uses (what :func:`add_ontology_terms` adds).

    Writers that stream ``data`` and these terms need no second copy of the data; one
    that has already seen every IRI of ``data`` passes them as ``iris`` (no second scan).
    """
    ns = str(ZKG._NS)
    out = Graph()
    if iris is None:
        iris = {term for triple in data for term in triple if isinstance(term, URIRef)}
    used = {term for term in iris if str(term).startswith(ns)}
    todo = sorted(used)
    seen: set[URIRef] = set()
    while todo:
        term = todo.pop()
        if term in seen:
            continue
        seen.add(term)
        for pred in TERM_PREDICATES:
            for obj in onto.graph.objects(term, pred):
                if isinstance(obj, Literal | URIRef):
                    out.add((term, pred, obj))
                    if isinstance(obj, URIRef) and str(obj).startswith(ns) and pred in (RDFS.subClassOf, RDFS.subPropertyOf):
                        todo.append(obj)
    return out
