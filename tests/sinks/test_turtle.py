"""graph.sinks.turtle: parses with rdflib and pyoxigraph, isomorphic to the built graph."""

from __future__ import annotations

import pyoxigraph
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.pipeline import BuiltGraph
from graph.sinks import turtle


def _oxigraph_roundtrip(data: bytes, fmt: pyoxigraph.RdfFormat) -> Graph:
    triples = pyoxigraph.parse(data, format=fmt)
    nt = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert nt is not None
    g = Graph()
    g.parse(data=nt, format="nt")
    return g


def test_turtle_parses_back_isomorphic_with_rdflib(seed_built: BuiltGraph) -> None:
    g = Graph()
    g.parse(data=turtle.generate(seed_built), format="turtle")
    assert isomorphic(g, seed_built.rdf)


def test_turtle_parses_back_isomorphic_with_oxigraph(seed_built: BuiltGraph) -> None:
    g = _oxigraph_roundtrip(turtle.generate(seed_built), pyoxigraph.RdfFormat.TURTLE)
    assert isomorphic(g, seed_built.rdf)


def test_turtle_declares_prefixes_and_carries_ontology_terms(seed_built: BuiltGraph) -> None:
    text = turtle.generate(seed_built).decode("utf-8")
    for prefix in ("zkg:", "zkga:", "prov:", "rdfs:", "skos:", "xsd:"):
        assert f"@prefix {prefix}" in text
    # the class hierarchy travels with the data, so a query can ask for any Organization
    rows = seed_built.rdf.query(
        "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a/rdfs:subClassOf* zkg:Organization }",
        initNs={"zkg": "https://w3id.org/zone-kg/ontology#"},
    )
    (n,) = next(iter(rows))  # type: ignore[misc]
    assert int(n) >= 20
