"""Read ``ontology/zone.ttl``: the single source of truth for classes, properties and units.

The loader asks this module which classes, predicates, units and qualifiers exist and
which classes a predicate accepts; the builders ask it for labels. Nothing here is
hard-coded: add a unit or a class to the Turtle file and the loader accepts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from graph.namespace import ZKG

ONTOLOGY_PATH = Path(__file__).resolve().parent.parent / "ontology" / "zone.ttl"
SHAPES_PATH = ONTOLOGY_PATH.with_name("shapes.ttl")
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
        for obj in self.graph.objects(URIRef(ZKG_NS + name), RDFS.label):
            if isinstance(obj, Literal) and obj.language == lang:
                return str(obj)
        return name

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


@cache
def load_ontology(path: Path = ONTOLOGY_PATH) -> Ontology:
    """Parse and index ``ontology/zone.ttl`` (cached: the file is read once per process)."""
    g = Graph()
    g.parse(path, format="turtle")
    return parse_ontology(g)
