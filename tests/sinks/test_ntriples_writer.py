"""graph.sinks.rdfwriter: serialize_graph / serialize_dataset, and the nq / trig exporters."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.pipeline import BuiltGraph
from graph.sinks import get_exporter, rdfwriter
from graph.sinks.rdfwriter import serialize_dataset, serialize_graph
from tests.sinks.roundtrip import assert_three_parsers_agree, named_graphs

EX = "http://example.org/"


def _graph(n: int, tag: str, reverse: bool = False) -> Graph:
    g = Graph()
    g.bind("ex", EX)
    items = range(n)
    for i in reversed(items) if reverse else items:
        g.add((URIRef(f"{EX}{tag}{i}"), URIRef(f"{EX}p"), Literal(f"值 {i}\f\u2028", lang="zh")))
        g.add((URIRef(f"{EX}{tag}{i}"), URIRef(f"{EX}next"), URIRef(f"{EX}{tag}{i + 1}")))
    return g


@pytest.mark.parametrize("fmt", ["nt", "ttl"])
def test_serialize_graph_round_trips_through_three_parsers(seed_built: BuiltGraph, fmt: str) -> None:
    data = serialize_graph(seed_built.rdf, fmt)  # type: ignore[arg-type]
    assert_three_parsers_agree(data, fmt, seed_built.rdf)


def test_when_pyoxigraph_disagrees_its_own_canonical_lines_are_written(monkeypatch: pytest.MonkeyPatch) -> None:
    g = _graph(20, "a")
    expected = serialize_graph(g, "nt")
    monkeypatch.setattr(rdfwriter._SameBytes, "same", lambda self: False)
    assert serialize_graph(g, "nt") == expected


@pytest.mark.parametrize("fmt", ["nt", "ttl"])
def test_serialize_graph_does_not_depend_on_insertion_order(fmt: str) -> None:
    assert serialize_graph(_graph(50, "a"), fmt) == serialize_graph(_graph(50, "a", reverse=True), fmt)  # type: ignore[arg-type]


def test_turtle_declares_only_used_prefixes_sorted() -> None:
    g = _graph(3, "a")
    g.bind("zzz", "http://unused.example/")
    text = serialize_graph(g, "ttl").decode()
    prefixes = [line for line in text.splitlines() if line.startswith("@prefix")]
    assert prefixes == sorted(prefixes)
    assert "@prefix ex: <http://example.org/> ." in prefixes and "zzz" not in text


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_serialize_dataset_keeps_each_named_graph(fmt: str) -> None:
    graphs = {f"{EX}graph/b": _graph(5, "b"), f"{EX}graph/a": _graph(4, "a")}
    data = serialize_dataset(graphs, fmt, prefixes={"ex": EX})  # type: ignore[arg-type]
    back = named_graphs(data, fmt)
    assert sorted(back) == sorted(graphs)
    for name, graph in graphs.items():
        assert isomorphic(back[name], graph), name
    # graphs come in IRI order, and the bytes do not depend on the mapping's order
    text = data.decode()
    assert text.index("a0") < text.index("b0")
    assert data == serialize_dataset(dict(reversed(graphs.items())), fmt, prefixes={"ex": EX})  # type: ignore[arg-type]


def test_trig_declares_the_given_prefixes() -> None:
    data = serialize_dataset({f"{EX}g": _graph(2, "a")}, "trig", prefixes={"ex": EX}).decode()
    assert data.startswith("@prefix ex: <http://example.org/> .\n\n")
    assert "ex:a0" in data


def test_bad_inputs_raise_instead_of_writing_a_broken_file() -> None:
    with pytest.raises(ValueError, match="unknown graph format"):
        serialize_graph(Graph(), "xml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown dataset format"):
        serialize_dataset({}, "nt")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        serialize_dataset({"not an iri": _graph(1, "a")}, "nq")
    g = Graph()
    g.add((URIRef(f"{EX}a b"), URIRef(f"{EX}p"), Literal("x")))  # a space is not allowed in an IRI
    with pytest.raises(SyntaxError, match="Invalid IRI"):
        serialize_graph(g, "nt")
    g = Graph()
    g.add((URIRef(f"{EX}s"), URIRef(f"{EX}p"), URIRef("relative/iri")))  # rdflib writes it; Oxigraph refuses
    with pytest.raises(SyntaxError):
        serialize_graph(g, "ttl")


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_dataset_exporters_write_the_article_as_one_named_graph(mini_built: BuiltGraph, fmt: str) -> None:
    exporter = get_exporter(fmt)
    assert f".{fmt}" == exporter.SUFFIX
    back = named_graphs(exporter.generate(mini_built), fmt)
    assert list(back) == ["https://w3id.org/zone-kg/id/article/mini-2025"]
    assert isomorphic(back["https://w3id.org/zone-kg/id/article/mini-2025"], mini_built.data)


def test_jsonld_reads_back_with_rdflib_and_pyoxigraph(seed_built: BuiltGraph) -> None:
    data = get_exporter("jsonld").generate(seed_built)
    assert_three_parsers_agree(data, "jsonld", seed_built.rdf)  # rapper reads no JSON-LD
    assert b'"@id": "zkga:fuzhou-hitech-zone"' in data, "IRIs are compacted with the context's prefixes"
