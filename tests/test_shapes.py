"""ontology/shapes.ttl: a well-formed SHACL graph that accepts a valid graph of the RDF
mapping and rejects, for each node shape, a node that breaks it (with the exact shape and
path named in the report)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, SH, XSD, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from tests import design_contract as contract

ROOT = Path(__file__).resolve().parent.parent
SHAPES_TTL = ROOT / "ontology" / "shapes.ttl"
ZONE_TTL = ROOT / "ontology" / "zone.ttl"
ZKG = Namespace("https://w3id.org/zone-kg/ontology#")
ZKGSH = Namespace("https://w3id.org/zone-kg/shapes#")
R = Namespace("https://w3id.org/zone-kg/id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")

# A small graph in the shape graph.sinks.rdf writes (docs/design.md, "RDF mapping").
VALID = """
@prefix zkg: <https://w3id.org/zone-kg/ontology#> .
@prefix r: <https://w3id.org/zone-kg/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

r:demo-2025 a zkg:Article ;
    dcterms:title "示例文章"@zh , "Demo article"@en ;
    dcterms:language "zh" ;
    zkg:sha256 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
    zkg:period "2025"^^xsd:gYear ;
    zkg:author r:liu-qin ;
    zkg:hasPhoto r:photo-park ;
    zkg:photoCreditedTo r:zone .

r:demo-2025\\/span\\/0-10 a zkg:EvidenceSpan ;
    zkg:quote "抚州高新区工业总产值达1045亿元" ;
    zkg:sentence "抚州高新区工业总产值达1045亿元,同比增长27.1%。" ;
    zkg:startOffset "0"^^xsd:nonNegativeInteger ;
    zkg:endOffset "10"^^xsd:nonNegativeInteger ;
    zkg:lineNumber "3"^^xsd:positiveInteger ;
    prov:wasQuotedFrom r:demo-2025 .

r:zone a zkg:Zone ;
    rdfs:label "抚州高新区"@zh , "Fuzhou High-tech Zone"@en ;
    skos:altLabel "该高新区"@zh ;
    rdfs:comment "A national high-tech zone."@en ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 ;
    zkg:hasObservation r:zone-output-2025 .

r:bank a zkg:Enterprise , zkg:Funder ;
    rdfs:label "建设银行"@zh ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 .

r:liu-qin a zkg:Person ;
    rdfs:label "刘琴"@zh , "Liu Qin"@en ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 .

r:project a zkg:Project ;
    rdfs:label "铜箔项目"@zh ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 .

r:photo-park a zkg:Photo ;
    rdfs:label "产业园全景"@zh ;
    zkg:caption "产业园全景"@zh ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 .

r:project zkg:locatedIn r:zone .
r:stmt\\/project--locatedIn--zone a rdf:Statement ;
    rdf:subject r:project ; rdf:predicate zkg:locatedIn ; rdf:object r:zone ;
    zkg:role "主体"@zh ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 .

r:zone-output-2025 a zkg:Observation ;
    zkg:observedEntity r:zone ;
    zkg:indicator "工业总产值"@zh , "gross industrial output value"@en ;
    zkg:value "1045"^^xsd:decimal ;
    zkg:unit zkg:HundredMillionYuan ;
    zkg:valueText "1045亿元" ;
    zkg:normalisedValue "104500000000"^^xsd:decimal ;
    zkg:normalisedUnit zkg:Yuan ;
    zkg:period "2025"^^xsd:gYear ;
    zkg:changeValue "-2.5"^^xsd:decimal ;
    zkg:changeUnit zkg:Percent ;
    zkg:changeText "同比下降2.5%" ;
    zkg:comparisonBasis zkg:YearOnYear ;
    zkg:concerns r:project ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 .

r:credit a zkg:FundingEvent ;
    zkg:funder r:bank ;
    zkg:recipient r:project ;
    zkg:fundedProject r:project ;
    zkg:arrangedBy r:zone ;
    zkg:instrument zkg:CreditLine ;
    zkg:instrumentText "授信"@zh ;
    zkg:mechanism "资本领投+银团跟贷"@zh ;
    zkg:periodText "2025年年初"@zh ;
    zkg:amount r:credit-amount ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 .

r:credit-amount a zkg:Observation ;
    zkg:observedEntity r:credit ;
    zkg:indicator "授信金额"@zh ;
    zkg:value "3"^^xsd:decimal ;
    zkg:unit zkg:HundredMillionYuan ;
    zkg:qualifier zkg:Nearly ;
    zkg:valueText "近3亿元" ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 .

r:award a zkg:Recognition ;
    zkg:title "小巨人企业"@zh , "little giant enterprise"@en ;
    zkg:grade "重点"@zh ;
    zkg:recognitionKind zkg:Designation ;
    zkg:recipient r:bank ;
    zkg:awardedBy r:zone ;
    zkg:period "2025"^^xsd:gYear ;
    prov:wasDerivedFrom r:demo-2025\\/span\\/0-10 .

zkg:HundredMillionYuan a zkg:Unit ; skos:notation "亿元" ; rdfs:label "亿元"@zh ;
    zkg:standardUnit zkg:Yuan ; zkg:conversionFactor "100000000"^^xsd:decimal ;
    zkg:allowsNegative false .
zkg:Yuan a zkg:Unit ; skos:notation "元" ; rdfs:label "元"@zh ; zkg:standardUnit zkg:Yuan .
zkg:Nearly a zkg:Qualifier ; skos:notation "nearly" ; rdfs:label "近"@zh .
"""

SPAN = URIRef(str(R) + "demo-2025/span/0-10")
STMT = URIRef(str(R) + "stmt/project--locatedIn--zone")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


def valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def run(data: Graph, shapes: Graph) -> Graph:
    _conforms, report, _text = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
    assert isinstance(report, Graph)
    return report


def results(report: Graph) -> set[tuple[object, object, object]]:
    """(focus node, source shape, result path or None) of every validation result."""
    return {
        (report.value(r, SH.focusNode), report.value(r, SH.sourceShape), report.value(r, SH.resultPath))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }


# ---------------------------------------------------------------- the shapes graph itself


def test_shapes_graph_is_valid_shacl(shapes: Graph) -> None:
    shacl_shacl = Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl"
    conforms, _report, text = pyshacl.validate(shapes, shacl_graph=Graph().parse(shacl_shacl))
    assert conforms, text


def test_meta_shacl_option_accepts_the_shapes(shapes: Graph) -> None:
    conforms, _report, text = pyshacl.validate(valid_graph(), shacl_graph=shapes, meta_shacl=True, advanced=True)
    assert conforms, text


def test_a_broken_shape_is_caught_by_meta_shacl(shapes: Graph) -> None:
    broken = Graph() + shapes
    broken.add((ZKGSH["ObservationShape-value"], SH.minCount, Literal("one")))
    shacl_shacl = Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl"
    conforms, _report, _text = pyshacl.validate(broken, shacl_graph=Graph().parse(shacl_shacl))
    assert not conforms


def _sh_in(shapes: Graph, shape: URIRef) -> set[URIRef]:
    return set(Collection(shapes, shapes.value(shape, SH["in"])))  # type: ignore[arg-type]


def test_controlled_lists_equal_the_individuals_of_zone_ttl(shapes: Graph) -> None:
    onto = Graph().parse(ZONE_TTL, format="turtle")

    def members(cls: URIRef) -> set[URIRef]:
        return {s for s in onto.subjects(RDF.type, cls) if isinstance(s, URIRef)}

    units = members(ZKG.Unit)
    assert _sh_in(shapes, ZKGSH["ObservationShape-unit"]) == units
    assert _sh_in(shapes, ZKGSH["ObservationShape-changeUnit"]) == units
    standard = {u for u in units if onto.value(u, ZKG.standardUnit) == u}
    assert _sh_in(shapes, ZKGSH["ObservationShape-normalisedUnit"]) == standard
    assert _sh_in(shapes, ZKGSH["ObservationShape-qualifier"]) == members(ZKG.Qualifier)
    assert _sh_in(shapes, ZKGSH["ObservationShape-changeQualifier"]) == members(ZKG.Qualifier)
    assert _sh_in(shapes, ZKGSH["ObservationShape-comparisonBasis"]) == members(ZKG.ComparisonBasis)
    assert _sh_in(shapes, ZKGSH["FundingEventShape-instrument"]) == members(ZKG.FundingInstrument)
    assert _sh_in(shapes, ZKGSH["RecognitionShape-recognitionKind"]) == members(ZKG.RecognitionKind)
    negative = {u for u in units if onto.value(u, ZKG.allowsNegative) == Literal(True)}
    for shape in ("NonNegativeValueShape", "NonNegativeChangeShape"):
        alternatives = list(Collection(shapes, shapes.value(ZKGSH[shape], SH["or"])))  # type: ignore[arg-type]
        assert _sh_in(shapes, alternatives[1]) == negative  # type: ignore[arg-type]


def test_statement_predicates_are_the_relation_properties(shapes: Graph) -> None:
    expected = {ZKG[p] for p in contract.relation_properties()}
    assert _sh_in(shapes, ZKGSH["StatementShape-predicate"]) == expected


def test_entity_shape_targets_every_entity_class(shapes: Graph) -> None:
    not_entities = {"Observation", "Event", "FundingEvent", "Recognition", "Article", "EvidenceSpan", "Unit",
                    "Qualifier", "FundingInstrument", "ComparisonBasis", "RecognitionKind"}
    expected = {ZKG[c] for c in contract.classes() if c not in not_entities}
    assert set(shapes.objects(ZKGSH.EntityShape, SH.targetClass)) == expected


# ---------------------------------------------------------------- good data


def test_valid_graph_conforms(shapes: Graph) -> None:
    assert results(run(valid_graph(), shapes)) == set()


def test_zone_ttl_conforms_to_the_controlled_value_shapes(shapes: Graph) -> None:
    onto = Graph().parse(ZONE_TTL, format="turtle")
    assert results(run(onto, shapes)) == set()


# ---------------------------------------------------------------- bad data, one node at a time

Mutation = Callable[[Graph], None]


def drop(s: URIRef, p: URIRef) -> Mutation:
    return lambda g: g.remove((s, p, None))


def put(s: URIRef, p: URIRef, o: URIRef | Literal) -> Mutation:
    def mutate(g: Graph) -> None:
        g.remove((s, p, None))
        g.add((s, p, o))

    return mutate


def also(s: URIRef, p: URIRef, o: URIRef | Literal) -> Mutation:
    return lambda g: g.add((s, p, o))


def both(*mutations: Mutation) -> Mutation:
    def mutate(g: Graph) -> None:
        for m in mutations:
            m(g)

    return mutate


OBS = R["zone-output-2025"]
# (node shape, mutation, focus node, expected source shape, expected result path or None)
BAD: list[tuple[str, Mutation, URIRef, URIRef, URIRef | None]] = [
    ("EntityShape", put(R.zone, RDFS.label, Literal("Fuzhou High-tech Zone", lang="en")),
     R.zone, ZKGSH["EntityShape-labelZh"], RDFS.label),
    ("EntityShape", also(R.zone, RDFS.label, Literal("高新区", lang="zh")),
     R.zone, ZKGSH["EntityShape-label"], RDFS.label),
    ("EntityShape", drop(R.bank, PROV.wasDerivedFrom), R.bank, ZKGSH.evidence, PROV.wasDerivedFrom),
    ("EntityShape", put(R.project, PROV.wasDerivedFrom, R.zone), R.project, ZKGSH.evidence, PROV.wasDerivedFrom),
    ("PhotoShape", put(R["photo-park"], ZKG.caption, Literal("park", lang="en")),
     R["photo-park"], ZKGSH["PhotoShape-caption"], ZKG.caption),
    ("ArticleShape", put(R["demo-2025"], ZKG.sha256, Literal("XYZ")),
     R["demo-2025"], ZKGSH["ArticleShape-sha256"], ZKG.sha256),
    ("ArticleShape", put(R["demo-2025"], ZKG.period, Literal("2025", datatype=XSD.integer)),
     R["demo-2025"], ZKGSH["ArticleShape-period"], ZKG.period),
    ("ObservationShape", put(OBS, ZKG.value, Literal("1045", datatype=XSD.double)),
     OBS, ZKGSH["ObservationShape-value"], ZKG.value),
    ("ObservationShape", also(OBS, ZKG.value, Literal("1046", datatype=XSD.decimal)),
     OBS, ZKGSH["ObservationShape-value"], ZKG.value),
    ("ObservationShape", put(OBS, ZKG.unit, ZKG.Kilogram), OBS, ZKGSH["ObservationShape-unit"], ZKG.unit),
    ("ObservationShape", put(OBS, ZKG.qualifier, ZKG.CreditLine),
     OBS, ZKGSH["ObservationShape-qualifier"], ZKG.qualifier),
    ("ObservationShape", put(OBS, ZKG.comparisonBasis, ZKG.Nearly),
     OBS, ZKGSH["ObservationShape-comparisonBasis"], ZKG.comparisonBasis),
    ("ObservationShape", put(OBS, ZKG.period, Literal("2025", datatype=XSD.integer)),
     OBS, ZKGSH["ObservationShape-period"], ZKG.period),
    ("ObservationShape", put(OBS, ZKG.maxValue, Literal("10", datatype=XSD.decimal)),
     OBS, ZKGSH["ObservationShape-value"], ZKG.value),
    ("ObservationShape", drop(OBS, ZKG.observedEntity),
     OBS, ZKGSH["ObservationShape-observedEntity"], ZKG.observedEntity),
    ("ObservationShape", drop(R["credit-amount"], PROV.wasDerivedFrom),
     R["credit-amount"], ZKGSH.evidence, PROV.wasDerivedFrom),
    ("NonNegativeValueShape", put(OBS, ZKG.value, Literal("-5", datatype=XSD.decimal)),
     OBS, ZKGSH.NonNegativeValueShape, None),
    ("NonNegativeChangeShape", put(OBS, ZKG.changeUnit, ZKG.CountJia),
     OBS, ZKGSH.NonNegativeChangeShape, None),
    ("FundingEventShape", drop(R.credit, ZKG.instrument),
     R.credit, ZKGSH["FundingEventShape-instrument"], ZKG.instrument),
    ("FundingEventShape", put(R.credit, ZKG.funder, R.zone), R.credit, ZKGSH["FundingEventShape-funder"], ZKG.funder),
    ("FundingEventShape", drop(R.credit, PROV.wasDerivedFrom), R.credit, ZKGSH.evidence, PROV.wasDerivedFrom),
    ("RecognitionShape", put(R.award, ZKG.recognitionKind, ZKG.Grant),
     R.award, ZKGSH["RecognitionShape-recognitionKind"], ZKG.recognitionKind),
    ("RecognitionShape", drop(R.award, ZKG.recipient),
     R.award, ZKGSH["RecognitionShape-recipient"], ZKG.recipient),
    ("StatementShape", lambda g: g.remove((R.project, ZKG.locatedIn, R.zone)), STMT, ZKGSH.StatementShape, None),
    ("StatementShape", put(STMT, RDF.predicate, ZKG.funder), STMT, ZKGSH["StatementShape-predicate"], RDF.predicate),
    ("StatementShape", drop(STMT, PROV.wasDerivedFrom), STMT, ZKGSH.evidence, PROV.wasDerivedFrom),
    ("StatementShape", put(STMT, ZKG.role, Literal("主体")), STMT, ZKGSH["StatementShape-role"], ZKG.role),
    ("EvidenceSpanShape", put(SPAN, ZKG.startOffset, Literal(30, datatype=XSD.nonNegativeInteger)),
     SPAN, ZKGSH["EvidenceSpanShape-startOffset"], ZKG.startOffset),
    ("EvidenceSpanShape", put(SPAN, ZKG.lineNumber, Literal(0, datatype=XSD.integer)),
     SPAN, ZKGSH["EvidenceSpanShape-lineNumber"], ZKG.lineNumber),
    ("EvidenceSpanShape", drop(SPAN, ZKG.quote), SPAN, ZKGSH["EvidenceSpanShape-quote"], ZKG.quote),
    ("EvidenceSpanShape", put(SPAN, PROV.wasQuotedFrom, R.zone),
     SPAN, ZKGSH["EvidenceSpanShape-quotedFrom"], PROV.wasQuotedFrom),
    ("ControlledValueShape", drop(ZKG.Nearly, URIRef("http://www.w3.org/2004/02/skos/core#notation")),
     ZKG.Nearly, ZKGSH["ControlledValueShape-notation"], URIRef("http://www.w3.org/2004/02/skos/core#notation")),
    ("UnitShape", put(ZKG.HundredMillionYuan, ZKG.conversionFactor, Literal("0", datatype=XSD.decimal)),
     ZKG.HundredMillionYuan, ZKGSH["UnitShape-conversionFactor"], ZKG.conversionFactor),
    ("UnitShape", put(ZKG.HundredMillionYuan, ZKG.standardUnit, R.zone),
     ZKG.HundredMillionYuan, ZKGSH["UnitShape-standardUnit"], ZKG.standardUnit),
]


def test_every_node_shape_has_a_bad_node(shapes: Graph) -> None:
    node_shapes = {str(s).removeprefix(str(ZKGSH)) for s in shapes.subjects(RDF.type, SH.NodeShape)}
    assert node_shapes == {case[0] for case in BAD}


@pytest.mark.parametrize(
    ("node_shape", "mutation", "focus", "source", "path"),
    BAD,
    ids=[f"{c[0]}-{str(c[3]).removeprefix(str(ZKGSH))}-{i}" for i, c in enumerate(BAD)],
)
def test_bad_node_is_rejected_by_the_named_shape(
    shapes: Graph, node_shape: str, mutation: Mutation, focus: URIRef, source: URIRef, path: URIRef | None
) -> None:
    data = valid_graph()
    mutation(data)
    found = results(run(data, shapes))
    assert (focus, source, path) in found, found
