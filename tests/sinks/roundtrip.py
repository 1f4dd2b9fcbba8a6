"""Read an RDF export back with three independent parsers: rdflib, pyoxigraph and rapper."""

from __future__ import annotations

import shutil
import subprocess

import pyoxigraph
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

OX_FORMATS = {"nt": pyoxigraph.RdfFormat.N_TRIPLES, "ttl": pyoxigraph.RdfFormat.TURTLE,
              "nq": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG,
              "jsonld": pyoxigraph.RdfFormat.JSON_LD}
RDFLIB_FORMATS = {"nt": "nt", "ttl": "turtle", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}
RAPPER_FORMATS = {"nt": "ntriples", "ttl": "turtle", "nq": "nquads", "trig": "trig"}


def rdflib_graph(data: bytes, fmt: str) -> Graph:
    """rdflib's reading; for N-Quads and TriG the union of the named graphs."""
    g = Graph()
    if fmt in ("nq", "trig"):
        for triple_graph in named_graphs(data, fmt).values():
            g += triple_graph
    else:
        g.parse(data=data, format=RDFLIB_FORMATS[fmt])
    return g


def oxigraph_graph(data: bytes, fmt: str) -> Graph:
    """pyoxigraph's reading, handed to rdflib as N-Triples (graph names dropped)."""
    triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(data, OX_FORMATS[fmt])]
    nt = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return rdflib_graph(nt or b"", "nt")


def rapper_graph(data: bytes, fmt: str) -> Graph:
    """rapper's (raptor2) reading as N-Triples; skips when Debian's raptor2-utils is missing."""
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (Debian raptor2-utils) is not installed; `make system-deps`")
    out = subprocess.run([rapper, "--quiet", "--input", RAPPER_FORMATS[fmt], "--output", "ntriples", "-", "http://base.invalid/"],
                         input=data, capture_output=True, check=True).stdout
    return rdflib_graph(out, "nt")


def assert_three_parsers_agree(data: bytes, fmt: str, expected: Graph) -> None:
    """rdflib, pyoxigraph and rapper (not for JSON-LD) all read ``data`` as a graph isomorphic to ``expected``."""
    readers = [("rdflib", rdflib_graph), ("pyoxigraph", oxigraph_graph)]
    if fmt in RAPPER_FORMATS:
        readers.append(("rapper", rapper_graph))
    for name, reader in readers:
        got = reader(data, fmt)
        assert isomorphic(got, expected), f"{name} reads the {fmt} back as a different graph ({len(got)} vs {len(expected)} triples)"


def named_graphs(data: bytes, fmt: str) -> dict[str, Graph]:
    """rdflib's reading of an N-Quads or TriG file: graph IRI → graph."""
    ds = Dataset()
    ds.parse(data=data, format=RDFLIB_FORMATS[fmt])
    out = {}
    for g in ds.graphs():
        if isinstance(g.identifier, URIRef) and len(g):
            copy = Graph()
            for triple in g:
                copy.add(triple)
            out[str(g.identifier)] = copy
    return out
