"""graph.sinks.graphml: opens with networkx, scalar attributes for Gephi and yEd."""

from __future__ import annotations

import io
import json

import networkx as nx

from graph.pipeline import BuiltGraph
from graph.sinks import graphml


def test_graphml_reads_back_with_labels_and_classes(seed_built: BuiltGraph) -> None:
    g = nx.read_graphml(io.BytesIO(graphml.generate(seed_built)), force_multigraph=True)
    assert set(g.nodes) == set(seed_built.nx.nodes)
    assert g.number_of_edges() == seed_built.nx.number_of_edges()
    attrs = g.nodes["byd"]
    assert attrs["label"] == "比亚迪"
    assert "Enterprise" in attrs["classes"].split(";")
    figures = json.loads(g.nodes["fuzhou-hitech-zone"]["figures"])
    assert any(f["as_written"] == "1045亿元" for f in figures)


def test_graphml_edges_carry_relation_labels(mini_built: BuiltGraph) -> None:
    g = nx.read_graphml(io.BytesIO(graphml.generate(mini_built)), force_multigraph=True)
    (attrs,) = g.get_edge_data("xinghe", "new-materials-cluster").values()
    assert attrs["predicate"] == "leadEnterpriseOf"
    assert attrs["role_zh"] == "龙头"
