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


def test_the_streaming_writer_gives_networkx_bytes_on_awkward_graphs() -> None:
    """write_graphml reproduces networkx's writer: escapes, non-ASCII, line breaks, empty values,
    repeated multi-edges, nodes without attributes, every scalar type."""
    import networkx as nx

    from graph.sinks.graphml import generate, generate_with_networkx

    class Built:
        def __init__(self, g: nx.MultiDiGraph) -> None:
            self.nx = g

    awkward = ["a&b<c>\"d'", "中文\u2028x", "line\r\nbreak\rcr\x0bvt\x0cff\x1cfs", "", " ", "tab\there", "\U0001F600"]
    g = nx.MultiDiGraph(article={"title_zh": awkward[1], "n": 1})
    for i, text in enumerate(awkward):
        g.add_node(f"n{i}{text}", kind="entity", label_zh=text, classes=["Zone", text], figures=[{"v": text}],
                   count=i, ratio=i / 3, flag=bool(i % 2), missing=None)
    g.add_node("bare")
    g.add_edge("n0" + awkward[0], "n1" + awkward[1], key="p", label_zh=awkward[2], role_zh=None)
    g.add_edge("n0" + awkward[0], "n1" + awkward[1], key="p", extra=awkward[0])  # the same key again: merged
    g.add_edge("n0" + awkward[0], "bare", key="q")
    g.add_edge("bare", "n0" + awkward[0], key="r", label_zh="")
    g.add_edge("n2" + awkward[2], "n0" + awkward[0], key="a", evidence=[{"quote": awkward[2]}])
    assert generate(Built(g)) == generate_with_networkx(Built(g))
    assert generate(Built(nx.MultiDiGraph())) == generate_with_networkx(Built(nx.MultiDiGraph()))
