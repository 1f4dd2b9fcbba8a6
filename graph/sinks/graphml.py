"""GraphML for Gephi and yEd: the NetworkX graph with scalar attributes only.

GraphML attributes must be scalars, so lists and dicts (classes, figures, evidence)
are written as JSON text; ``label`` carries the Chinese name and ``classes`` the
ontology classes joined by ``;`` so both tools can colour and label nodes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from graph.pipeline import BuiltGraph

SUFFIX = ".graphml"


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, str | int | float | bool):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def to_scalar_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` whose attributes GraphML can hold."""
    out: nx.MultiDiGraph = nx.MultiDiGraph()
    out.graph["article"] = _scalar(g.graph.get("article"))
    for node, attrs in sorted(g.nodes(data=True)):
        flat = {k: _scalar(v) for k, v in sorted(attrs.items())}
        flat["label"] = attrs.get("label_zh", node)
        flat["classes"] = ";".join(attrs.get("classes", []))
        out.add_node(node, **flat)
    for u, v, key, attrs in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        flat = {k: _scalar(val) for k, val in sorted(attrs.items())}
        flat["label"] = attrs.get("label_zh", key)
        out.add_edge(u, v, key=key, **flat)
    return out


def generate(built: BuiltGraph) -> bytes:
    """GraphML bytes (UTF-8) of the article's NetworkX graph."""
    lines = nx.generate_graphml(to_scalar_graph(built.nx), encoding="utf-8", prettyprint=True)
    return ("\n".join(lines) + "\n").encode("utf-8")
