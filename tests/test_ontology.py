"""ontology/zone.ttl: parses everywhere, follows docs/design.md, is labelled, is OWL 2 DL-clean
and HermiT finds it consistent with every class satisfiable."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from tests import design_contract as contract

ROOT = Path(__file__).resolve().parent.parent
ZONE_TTL = ROOT / "ontology" / "zone.ttl"
ZKG = Namespace("https://w3id.org/zone-kg/ontology#")
SCHEMA = Namespace("https://schema.org/")
QUDT = Namespace("http://qudt.org/vocab/unit/")
ONTOLOGY_IRI = URIRef("https://w3id.org/zone-kg/ontology")
PREFIXES = {
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "rdf": str(RDF),
    "xsd": str(XSD),
}


@pytest.fixture(scope="module")
def g() -> Graph:
    return Graph().parse(ZONE_TTL, format="turtle")


def zkg_terms(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(s for s in g.subjects(RDF.type, kind) if isinstance(s, URIRef) and s.startswith(ZKG))


def expand(curie: str) -> URIRef:
    if ":" in curie:
        prefix, local = curie.split(":", 1)
        return URIRef(PREFIXES[prefix] + local)
    return ZKG[curie]


def class_set(g: Graph, node) -> frozenset[str]:
    """A class expression as local names: a zkg class or an owl:unionOf of them."""
    if node is None or node == OWL.Thing:
        return frozenset()
    if isinstance(node, BNode):
        return frozenset(str(m).removeprefix(str(ZKG)) for m in Collection(g, g.value(node, OWL.unionOf)))
    return frozenset({str(node).removeprefix(str(ZKG))})


# ---------------------------------------------------------------- parsing


def test_rdflib_and_pyoxigraph_read_the_same_triples(g: Graph) -> None:
    import pyoxigraph

    quads = list(pyoxigraph.parse(path=ZONE_TTL, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(g) > 1000
    ox_iris = {q.subject.value for q in quads if isinstance(q.subject, pyoxigraph.NamedNode)}
    rdflib_iris = {str(s) for s in g.subjects() if isinstance(s, URIRef)}
    assert ox_iris == rdflib_iris


def test_header_has_ontology_and_version_iri(g: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/zone-kg/ontology/0.1.0")


# ---------------------------------------------------------------- the contract


def test_every_contract_class_exists_with_its_zh_label_and_superclasses(g: Graph) -> None:
    for name, (zh, supers) in contract.classes().items():
        cls = ZKG[name]
        assert (cls, RDF.type, OWL.Class) in g, name
        assert Literal(zh, lang="zh") in set(g.objects(cls, RDFS.label)), name
        declared = set(g.objects(cls, RDFS.subClassOf))
        assert {expand(s) for s in supers} <= declared, name


def test_relation_properties_have_the_contract_domain_and_range(g: Graph) -> None:
    for name, (zh, dom, rng) in contract.relation_properties().items():
        prop = ZKG[name]
        assert (prop, RDF.type, OWL.ObjectProperty) in g, name
        assert Literal(zh, lang="zh") in set(g.objects(prop, RDFS.label)), name
        assert class_set(g, g.value(prop, RDFS.domain)) == dom, name
        assert class_set(g, g.value(prop, RDFS.range)) == rng, name


def test_record_properties_have_the_contract_domain_and_range(g: Graph) -> None:
    for name, (dom, rng) in contract.record_properties().items():
        prop = ZKG[name]
        assert (prop, RDF.type, OWL.ObjectProperty) in g, name
        assert class_set(g, g.value(prop, RDFS.domain)) == dom, name
        assert class_set(g, g.value(prop, RDFS.range)) == rng, name


def test_datatype_properties_have_the_contract_range(g: Graph) -> None:
    """OWL range, or schema:rangeIncludes where OWL 2 DL has no such datatype (xsd:gYear)."""
    for name, (dom, rng) in contract.datatype_properties().items():
        prop = ZKG[name]
        assert (prop, RDF.type, OWL.DatatypeProperty) in g, name
        owl_range = g.value(prop, RDFS.range)
        intended = g.value(prop, SCHEMA.rangeIncludes, default=owl_range)
        assert intended == expand(rng), name
        if "rdf:Statement" in dom:  # reserved vocabulary: documented, not axiomatised
            assert g.value(prop, SCHEMA.domainIncludes) == RDF.Statement
            assert g.value(prop, RDFS.domain) is None
        else:
            assert dom <= class_set(g, g.value(prop, RDFS.domain)), name


def test_gyear_is_documented_not_axiomatised_because_owl2_dl_lacks_it(g: Graph) -> None:
    assert g.value(ZKG.period, RDFS.range) == RDFS.Literal
    assert g.value(ZKG.period, SCHEMA.rangeIncludes) == XSD.gYear
    assert (None, RDFS.range, XSD.gYear) not in g


def test_article_period_and_has_observation_are_added(g: Graph) -> None:
    assert "Article" in class_set(g, g.value(ZKG.period, RDFS.domain))
    assert g.value(ZKG.hasObservation, OWL.inverseOf) == ZKG.observedEntity
    assert g.value(ZKG.hasObservation, RDFS.range) == ZKG.Observation


def test_controlled_individuals_match_the_contract(g: Graph) -> None:
    for ind in contract.individuals():
        node = ZKG[ind.name]
        assert (node, RDF.type, OWL.NamedIndividual) in g, ind.name
        assert (node, RDF.type, ZKG[ind.cls]) in g, ind.name
        assert g.value(node, SKOS.notation) == Literal(ind.notation), ind.name
        if ind.cls != "Unit":
            words = {str(o) for p in (SKOS.altLabel, RDFS.label) for o in g.objects(node, p)}
            assert set(ind.cues) <= words, ind.name


def test_unit_conversions_match_the_contract(g: Graph) -> None:
    for ind in contract.individuals():
        if ind.cls != "Unit":
            continue
        node, conv = ZKG[ind.name], ind.conversion
        factor = Decimal(str(g.value(node, ZKG.conversionFactor)))
        divisor = g.value(node, ZKG.conversionDivisor)
        if "→" in conv:
            target = conv.split("→")[1].strip()
            assert g.value(node, ZKG.standardUnit) == ZKG[target], ind.name
            assert factor == Decimal(conv.split("×")[1].split()[0]), ind.name
            if "÷" in conv:
                assert Decimal(str(divisor)) == Decimal(conv.split("÷")[1].split()[0])
            else:
                assert divisor is None, ind.name
        else:  # standard, or not convertible: its own standard unit, factor 1
            assert g.value(node, ZKG.standardUnit) == node, ind.name
            assert factor == 1, ind.name
        if "qudt " in conv:
            qudt = conv.split("qudt ")[1].split(")")[0].strip()
            assert QUDT[qudt] in set(g.objects(node, SKOS.exactMatch)), ind.name
        negative = g.value(node, ZKG.allowsNegative)
        assert negative is not None and negative.datatype == XSD.boolean
        assert negative.toPython() is ("allowsNegative" in conv), ind.name


def test_graph_ontology_query_shape_returns_every_unit(g: Graph) -> None:
    """graph/ontology.py reads units with this exact pattern."""
    rows = g.query(
        """SELECT ?u ?n ?s ?f WHERE { ?u a zkg:Unit ; skos:notation ?n ;
                                     zkg:standardUnit ?s ; zkg:conversionFactor ?f }""",
        initNs={"zkg": ZKG, "skos": SKOS},
    )
    units = {str(r.n): r for r in rows}  # type: ignore[union-attr]
    expected = {i.notation for i in contract.individuals() if i.cls == "Unit"}
    assert set(units) == expected
    assert all(r.f.datatype == XSD.decimal for r in units.values())  # type: ignore[union-attr]
    assert units["亩"].f.toPython() * 1 / Decimal(str(g.value(ZKG.Mu, ZKG.conversionDivisor))) == (  # type: ignore[union-attr]
        Decimal(10000) / Decimal(15)
    )


def test_notations_are_unique_within_each_controlled_class(g: Graph) -> None:
    for cls in (ZKG.Unit, ZKG.Qualifier, ZKG.FundingInstrument, ZKG.ComparisonBasis, ZKG.RecognitionKind):
        notations = [str(g.value(i, SKOS.notation)) for i in g.subjects(RDF.type, cls)]
        assert len(notations) == len(set(notations)), cls


# ---------------------------------------------------------------- documentation


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual])
def test_every_term_has_one_zh_and_one_en_label_and_an_en_definition(g: Graph, kind: URIRef) -> None:
    terms = zkg_terms(g, kind)
    assert terms
    for term in terms:
        labels = [o for o in g.objects(term, RDFS.label) if isinstance(o, Literal)]
        assert sorted(str(o.language) for o in labels) == ["en", "zh"], term
        definitions = [o for p in (SKOS.definition, RDFS.comment) for o in g.objects(term, p)]
        assert any(isinstance(o, Literal) and o.language == "en" and len(o) > 10 for o in definitions), term


def test_minted_classes_and_properties_explain_their_alignment(g: Graph) -> None:
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in zkg_terms(g, kind):
            assert g.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, term
            comment = g.value(term, RDFS.comment)
            assert isinstance(comment, Literal) and comment.language == "en", term


def test_object_properties_have_domain_and_range(g: Graph) -> None:
    for prop in zkg_terms(g, OWL.ObjectProperty):
        assert g.value(prop, RDFS.domain) is not None, prop
        assert g.value(prop, RDFS.range) is not None, prop


def test_datatype_property_ranges_are_owl2_datatypes(g: Graph) -> None:
    owl2 = {XSD.decimal, XSD.string, XSD.nonNegativeInteger, XSD.positiveInteger, XSD.boolean,
            RDF.langString, RDFS.Literal}
    for prop in zkg_terms(g, OWL.DatatypeProperty):
        assert g.value(prop, RDFS.range) in owl2, prop


# ---------------------------------------------------------------- OWL 2 DL hygiene

BUILTIN = {str(RDF), str(RDFS), str(OWL), str(XSD)}


def test_every_external_term_is_declared(g: Graph) -> None:
    """Punning-free typing: each non-builtin IRI in an axiom or as a predicate has an OWL type."""
    used: set[URIRef] = set()
    for s, p, o in g:
        used.add(p)  # type: ignore[arg-type]
        if p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.inverseOf, OWL.unionOf,
                 OWL.disjointWith, RDF.first) or (p == RDF.type and isinstance(o, URIRef)):
            used.update(t for t in (s, o) if isinstance(t, URIRef))
    missing = sorted(
        t for t in used
        if not any(t.startswith(ns) for ns in BUILTIN) and t != ONTOLOGY_IRI
        and not any((t, RDF.type, k) in g for k in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                                                    OWL.AnnotationProperty, OWL.NamedIndividual))
    )
    assert missing == []


def test_no_term_is_punned_across_kinds(g: Graph) -> None:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    for term in set(g.subjects(RDF.type, None)):
        assert sum((term, RDF.type, k) in g for k in kinds) <= 1, term


def test_disjointness_is_where_it_belongs(g: Graph) -> None:
    assert (ZKG.Person, OWL.disjointWith, ZKG.Organization) in g
    groups = [frozenset(Collection(g, g.value(n, OWL.members))) for n in g.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert frozenset({ZKG.Observation, ZKG.EvidenceSpan, ZKG.Article, ZKG.Organization, ZKG.Person}) in groups
    assert frozenset({ZKG.Unit, ZKG.Qualifier, ZKG.FundingInstrument, ZKG.ComparisonBasis,
                      ZKG.RecognitionKind}) in groups
    everything = {frozenset({a, b}) for grp in groups for a in grp for b in grp if a != b}
    everything |= {frozenset({a, b}) for a, b in g.subject_objects(OWL.disjointWith)}
    assert frozenset({ZKG.Enterprise, ZKG.Funder}) not in everything
    assert frozenset({ZKG.Organization, ZKG.Place}) not in everything


# ---------------------------------------------------------------- reasoning (HermiT)


def _hermit(g: Graph, tmp_path: Path):
    """Run HermiT through owlready2 on ``g``; returns the owlready2 World."""
    import owlready2

    path = tmp_path / "zone.nt"
    g.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return world


needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime (`make system-deps`)")


@pytest.mark.reasoner
@needs_java
def test_hermit_finds_the_ontology_consistent_and_every_class_satisfiable(g: Graph, tmp_path: Path) -> None:
    world = _hermit(g, tmp_path)
    assert list(world.inconsistent_classes()) == []
    assert len(list(world.classes())) >= len(contract.classes())


@pytest.mark.reasoner
@needs_java
def test_hermit_accepts_overlaps_the_contract_allows(g: Graph, tmp_path: Path) -> None:
    probe = Graph() + g
    x, y = ZKGR["zone"], ZKGR["bank"]
    probe.add((x, RDF.type, ZKG.Zone))  # Organization and Place at once
    probe.add((x, ZKG.locatedIn, ZKGR["city"]))
    probe.add((y, RDF.type, ZKG.Enterprise))
    probe.add((y, RDF.type, ZKG.Funder))
    _hermit(probe, tmp_path)  # raises when inconsistent


@pytest.mark.reasoner
@needs_java
@pytest.mark.parametrize("types", [
    (ZKG.Person, ZKG.Enterprise),
    (ZKG.Observation, ZKG.Zone),
    (ZKG.EvidenceSpan, ZKG.Article),
    (ZKG.Unit, ZKG.Qualifier),
])
def test_hermit_rejects_disjoint_types(g: Graph, tmp_path: Path, types: tuple[URIRef, URIRef]) -> None:
    import owlready2

    probe = Graph() + g
    for t in types:
        probe.add((ZKGR["x"], RDF.type, t))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _hermit(probe, tmp_path)


ZKGR = Namespace("https://w3id.org/zone-kg/id/")
