"""graph.sinks.rdf: the RDF graph mirrors the NetworkX graph, conforms, and cites sentences."""

from __future__ import annotations

from rdflib import PROV, RDF, XSD, Literal, URIRef

from graph.namespace import ZKG, ZKGR_DEFAULT
from graph.pipeline import BuiltGraph, build_article
from graph.validate import validate_graph
from tests.conftest import MINI

BASE = ZKGR_DEFAULT


def _local(iri: object, article_id: str = "fuzhou-hitech-2025") -> str:
    """The record id of an article-scoped IRI (the article's own IRI → its id)."""
    text = str(iri)[len(BASE):]
    assert text.startswith(f"article/{article_id}"), text
    return text[len(f"article/{article_id}/"):] or article_id


def test_rdf_and_networkx_carry_the_same_entities(seed_built: BuiltGraph) -> None:
    g = seed_built.data
    rdf_entities = set()
    for ent in seed_built.facts.facts.entities:
        node = URIRef(f"{BASE}article/fuzhou-hitech-2025/{ent.id}")
        types = {str(t).split("#")[1] for t in g.objects(node, RDF.type)}
        assert types == set(ent.classes)
        rdf_entities.add(ent.id)
    nx_entities = {n for n, a in seed_built.nx.nodes(data=True) if a["kind"] == "entity"}
    assert rdf_entities == nx_entities


def test_rdf_and_networkx_carry_the_same_relations(seed_built: BuiltGraph) -> None:
    g = seed_built.data
    rdf_rel = set()
    for stmt in g.subjects(RDF.type, RDF.Statement):
        s, p, o = g.value(stmt, RDF.subject), g.value(stmt, RDF.predicate), g.value(stmt, RDF.object)
        assert (s, p, o) in g, "every reified statement is also asserted"
        rdf_rel.add((_local(s), str(p).split("#")[1], _local(o)))
    nx_rel = {(u, k, v) for u, v, k in seed_built.nx.edges(keys=True)
              if seed_built.nx.nodes[u]["kind"] in ("entity", "article")}
    assert rdf_rel == nx_rel


def test_the_built_graph_conforms_to_the_shapes(seed_built: BuiltGraph) -> None:
    report = validate_graph(seed_built.rdf)
    assert report.conforms, report.text


def test_sparql_finds_the_sentence_behind_a_figure(mini_built: BuiltGraph) -> None:
    q = """
    SELECT ?quote ?start ?end ?sentence WHERE {
      ?obs zkg:observedEntity ?zone ; zkg:valueText "100亿元" ; prov:wasDerivedFrom ?span .
      ?span zkg:quote ?quote ; zkg:startOffset ?start ; zkg:endOffset ?end ; zkg:sentence ?sentence .
    }"""
    rows = list(mini_built.rdf.query(q, initNs={"zkg": ZKG._NS, "prov": PROV}))
    assert len(rows) == 1
    quote, start, end, sentence = rows[0]  # type: ignore[misc]
    text = mini_built.facts.text
    assert text[int(start):int(end)] == str(quote)
    assert str(sentence) == "2025年,示范高新区工业总产值达100亿元,同比增长10.5%。"


def test_sparql_finds_the_sentence_behind_a_relation(mini_built: BuiltGraph) -> None:
    q = """
    SELECT ?sentence WHERE {
      ?st rdf:subject ?s ; rdf:predicate zkg:leadEnterpriseOf ; rdf:object ?o ; prov:wasDerivedFrom/zkg:sentence ?sentence .
    }"""
    rows = list(mini_built.rdf.query(q, initNs={"zkg": ZKG._NS, "prov": PROV, "rdf": RDF}))
    assert [str(r[0]) for r in rows] == ["示范高新区以星河科技有限公司为龙头,打造新材料产业集群。"]  # type: ignore[index]


def test_figures_are_typed_decimals_with_normalised_units(mini_built: BuiltGraph) -> None:
    g = mini_built.data
    obs = URIRef(BASE + "article/mini-2025/demo-output-2025")
    assert g.value(obs, ZKG.value) == Literal("100.0", datatype=XSD.decimal)
    assert g.value(obs, ZKG.unit) == ZKG.HundredMillionYuan
    assert str(g.value(obs, ZKG.normalisedValue)) == "10000000000.0"
    assert g.value(obs, ZKG.normalisedUnit) == ZKG.Yuan
    assert str(g.value(obs, ZKG.changeValue)) == "10.5"
    assert g.value(obs, ZKG.comparisonBasis) == ZKG.YearOnYear
    assert str(g.value(obs, ZKG.period)) == "2025"


def test_base_iri_is_configurable() -> None:
    built = build_article(MINI, base="https://example.org/kg/")
    assert (URIRef("https://example.org/kg/article/mini-2025/xinghe"), RDF.type, ZKG.Enterprise) in built.data
    assert not any(str(s).startswith(BASE) for s in built.data.subjects())
