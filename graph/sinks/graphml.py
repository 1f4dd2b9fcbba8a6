"""GraphML for Gephi and yEd: the NetworkX graph with scalar attributes only.

GraphML attributes must be scalars, so lists and dicts (classes, figures, evidence)
are written as JSON text; ``label`` carries the Chinese name and ``classes`` the
ontology classes joined by ``;`` so both tools can colour and label nodes.
"""

from __future__ import annotations

import io
import json
import re
from typing import IO, TYPE_CHECKING, Any
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # type: ignore[attr-defined]

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


_XML_TYPES: dict[type, str] = {str: "string", int: "long", float: "double", bool: "boolean"}
"""networkx's GraphML type names for Python values (its table, last entry winning)."""
_LINE_BREAKS = re.compile(b"\r\n|[\r\x0b\x0c\x1c\x1d\x1e]")
_BREAK_CHARS = (b"\r", b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e")
_ROOT = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')


def _scalar_type(value: Any) -> type:
    return type(value) if isinstance(value, str | int | float | bool) else str


def _flat_names(attrs: dict[str, Any]) -> list[str]:
    """The attribute names :func:`to_scalar_graph` gives a node or edge, in its order."""
    names = sorted(attrs)
    return names + [n for n in ("label", "classes") if n not in attrs]


def _node_flat(node: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    flat = {k: _scalar(v) for k, v in sorted(attrs.items())}
    flat["label"] = attrs.get("label_zh", node)
    flat["classes"] = ";".join(attrs.get("classes", []))
    return flat


def _edge_flat(key: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    flat = {k: _scalar(v) for k, v in sorted(attrs.items())}
    flat["label"] = attrs.get("label_zh", key)
    return flat


def _adjacency(g: nx.MultiDiGraph) -> dict[Any, dict[Any, dict[Any, list[dict[str, Any]]]]]:
    """Edges as :func:`to_scalar_graph`'s copy iterates them: by source, then target in order of
    first appearance, then key; repeated (source, target, key) edges merged like ``add_edge`` does."""
    adjacency: dict[Any, dict[Any, dict[Any, list[dict[str, Any]]]]] = {}
    for u, v, key, attrs in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        adjacency.setdefault(u, {}).setdefault(v, {}).setdefault(key, []).append(attrs)
    return adjacency


def _merged(key: Any, parts: list[dict[str, Any]]) -> dict[str, Any]:
    flat = _edge_flat(key, parts[0])
    for attrs in parts[1:]:
        flat.update(_edge_flat(key, attrs))
    return flat


def write_graphml(g: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """Write ``g`` as the bytes of :func:`generate` (networkx's pretty-printed GraphML of
    :func:`to_scalar_graph`), one node or edge at a time, with no copy of the graph and no XML tree.

    networkx builds an ElementTree of the whole document and then a string of it (for a
    1,000-article corpus, 9 s and several times the file's size in memory). The keys come
    first in the file but are found on the nodes and edges, so the graph is read twice.
    """
    nodes = sorted(g.nodes(data=True))
    adjacency = _adjacency(g)
    keys: dict[tuple[str, str, str], str] = {}

    def key_of(name: str, value_type: type, scope: str) -> str:
        entry = (name, _XML_TYPES.get(value_type, "string"), scope)
        found = keys.get(entry)
        if found is None:
            found = keys[entry] = f"d{len(keys)}"
        return found

    graph_attrs = {"article": _scalar(g.graph.get("article"))}
    for name, value in graph_attrs.items():
        key_of(name, type(value), "graph")
    for node, attrs in nodes:
        for name in _flat_names(attrs):
            value = attrs[name] if name in attrs else (attrs.get("label_zh", node) if name == "label" else "")
            key_of(name, _scalar_type(value), "node")
    for u in (node for node, _ in nodes):
        for by_key in adjacency.get(u, {}).values():
            for key, parts in by_key.items():
                if len(parts) > 1:  # rare: merged as add_edge merges
                    for name, value in _merged(key, parts).items():
                        key_of(name, type(value), "edge")
                    continue
                attrs = parts[0]
                for name in sorted(attrs):
                    key_of(name, _scalar_type(attrs[name]), "edge")
                if "label" not in attrs:
                    key_of("label", _scalar_type(attrs.get("label_zh", key)), "edge")

    def emit(text: str) -> None:
        data = text.encode("ascii", "xmlcharrefreplace")
        if any(c in data for c in _BREAK_CHARS):  # networkx's lines were split by str.splitlines(), joined by \n
            data = _LINE_BREAKS.sub(b"\n", data)
        out.write(data)

    def data_elements(flat: dict[str, Any], scope: str, indent: str, closing: str) -> str:
        parts = []
        for name, value in flat.items():
            text = str(value)
            key = keys[(name, _XML_TYPES.get(type(value), "string"), scope)]
            parts.append(f'<data key="{key}">{_escape_cdata(text)}</data>' if text else f'<data key="{key}" />')
        return indent + indent.join(parts[:-1]) + (indent if len(parts) > 1 else "") + parts[-1] + closing if parts else ""

    lines = [_ROOT]
    entries = sorted(keys.items(), key=lambda item: int(item[1][1:]), reverse=True)
    for (name, xml_type, scope), key in entries:
        lines.append(f'\n  <key id="{key}" for="{scope}" attr.name="{_escape_attrib(name)}" attr.type="{xml_type}" />')
    lines.append('\n  <graph edgedefault="directed">')
    emit("".join(lines))
    # networkx appends the graph's own data elements after its nodes and edges
    members = len(nodes) + sum(len(by_key) for targets in adjacency.values() for by_key in targets.values()) + len(graph_attrs)
    written = 0
    emit("\n    " if members else "")

    def element(tag: str, attributes: str, flat: dict[str, Any]) -> None:
        nonlocal written
        written += 1
        tail = "\n    " if written < members else "\n  "
        if flat:
            emit(f"<{tag} {attributes}>" + data_elements(flat, tag, "\n      ", "\n    ") + f"</{tag}>{tail}")
        else:
            emit(f"<{tag} {attributes} />{tail}")

    for node, attrs in nodes:
        element("node", f'id="{_escape_attrib(str(node))}"', _node_flat(node, attrs))
    for u in (node for node, _ in nodes):
        for v, by_key in adjacency.get(u, {}).items():
            for key, parts in by_key.items():
                element("edge", f'source="{_escape_attrib(str(u))}" target="{_escape_attrib(str(v))}" '
                                f'id="{_escape_attrib(str(key))}"', _merged(key, parts))
    for name, value in graph_attrs.items():
        written += 1
        text = str(value)
        key = keys[(name, _XML_TYPES.get(type(value), "string"), "graph")]
        tail = "\n    " if written < members else "\n  "
        emit((f'<data key="{key}">{_escape_cdata(text)}</data>' if text else f'<data key="{key}" />') + tail)
    emit("</graph>\n</graphml>\n")


def generate(built: BuiltGraph) -> bytes:
    """GraphML bytes (UTF-8) of the article's NetworkX graph."""
    buffer = io.BytesIO()
    write_graphml(built.nx, buffer)
    return buffer.getvalue()


def generate_with_networkx(built: BuiltGraph) -> bytes:
    """The same bytes by networkx's own writer (the reference :func:`write_graphml` is tested against)."""
    lines = nx.generate_graphml(to_scalar_graph(built.nx), encoding="utf-8", prettyprint=True)
    return ("\n".join(lines) + "\n").encode("utf-8")
