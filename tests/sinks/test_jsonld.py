"""graph.sinks.jsonld: an inline @context, a sorted @graph, the same triples."""

from __future__ import annotations

import json

from rdflib import Graph
from rdflib.compare import isomorphic

from graph.pipeline import BuiltGraph
from graph.sinks import jsonld


def test_jsonld_has_context_and_round_trips(mini_built: BuiltGraph) -> None:
    data = jsonld.generate(mini_built)
    doc = json.loads(data)
    assert doc["@context"]["zkg"] == "https://w3id.org/zone-kg/ontology#"
    ids = [node["@id"] for node in doc["@graph"]]
    assert ids == sorted(ids)
    g = Graph()
    g.parse(data=data, format="json-ld")
    assert isomorphic(g, mini_built.rdf)


def test_jsonld_keeps_chinese_as_text(mini_built: BuiltGraph) -> None:
    assert "星河科技有限公司" in jsonld.generate(mini_built).decode("utf-8")
