"""graph.exporters.ntriples: sorted lines, no blank nodes, same graph."""

from __future__ import annotations

from rdflib import Graph
from rdflib.compare import isomorphic

from graph.exporters import ntriples
from graph.pipeline import BuiltGraph


def test_ntriples_is_sorted_and_isomorphic(seed_built: BuiltGraph) -> None:
    data = ntriples.generate(seed_built)
    lines = data.decode("utf-8").splitlines()
    assert lines == sorted(lines)
    assert not any(line.startswith("_:") or " _:" in line for line in lines), "no blank nodes"
    g = Graph()
    g.parse(data=data, format="nt")
    assert isomorphic(g, seed_built.rdf)
