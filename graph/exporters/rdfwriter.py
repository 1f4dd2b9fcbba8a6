"""Byte-deterministic RDF files written by pyoxigraph: N-Triples, Turtle, N-Quads, TriG.

rdflib stays the graph object the builders return, but its Turtle writer is slow
(12–16 s for the 254k triples of the 100× bench graph). Here a graph is written in
four steps:

1. a plain N-Triples loop over the graph's store, each distinct term formatted once;
2. pyoxigraph reads that back, which checks every IRI and language tag, and writes
   *canonical* N-Triples: every control character is escaped, so a literal never
   holds a line feed or carriage return;
3. the lines are split at ``b"\\n"`` only (never ``str.splitlines()``, which also
   splits at form feeds, U+0085, U+2028, U+2029… inside literals) and sorted as
   bytes, i.e. by code point, with duplicates dropped;
4. pyoxigraph writes Turtle or TriG from that sorted stream, grouping each subject's
   triples, with the prefixes the data uses.

The same graph therefore gives the same bytes in every process, whatever
``PYTHONHASHSEED`` is. Blank nodes keep rdflib's labels, which differ between runs:
the builders make none, and :func:`serialize_graph` is only deterministic without them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import chain
from typing import TYPE_CHECKING, Literal

import pyoxigraph
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

if TYPE_CHECKING:
    from graph.pipeline import BuiltGraph

GraphFormat = Literal["nt", "ttl"]
DatasetFormat = Literal["nq", "trig"]

_NT = pyoxigraph.RdfFormat.N_TRIPLES


_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _term(term: Node) -> str:
    """One term in N-Triples syntax (valid, not yet canonical: pyoxigraph canonicalises)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, RdfLiteral):
        lexical = str(term).translate(_ESCAPE)
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype:
            return f'"{lexical}"^^<{term.datatype}>'
        return f'"{lexical}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"cannot write {term!r} in N-Triples")


def _ntriples_text(graph: Graph) -> str:
    """Unsorted N-Triples of ``graph``; each distinct IRI is formatted once.

    A graph with its own in-memory store (what the builders make) is read straight from
    the store's subject index, several times faster than iterating the graph; the count
    check falls back to plain iteration when the store holds more than this graph.
    """
    iris: dict[Node, str] = {}

    def term(node: Node) -> str:
        if type(node) is URIRef:
            text = iris.get(node)
            if text is None:
                text = iris[node] = f"<{node}>"
            return text
        return _term(node)

    out: list[str] = []
    spo = getattr(graph.store, "_Memory__spo", None) if type(graph) is Graph and type(graph.store) is Memory else None
    if isinstance(spo, dict):
        append = out.append
        for s, po in spo.items():
            subject = term(s)
            for p, objects in po.items():
                head = f"{subject} {term(p)} "
                for o in objects:
                    append(f"{head}{term(o)} .\n")
        if len(out) == len(graph):
            return "".join(out)
        out.clear()
    for s, p, o in graph:
        out.append(f"{term(s)} {term(p)} {term(o)} .\n")
    return "".join(out)


def _oxigraph_triples(graph: Graph) -> Iterator[pyoxigraph.Triple]:
    """``graph`` as pyoxigraph triples: pyoxigraph checks every IRI and language tag."""
    return pyoxigraph.parse(_ntriples_text(graph).encode("utf-8"), _NT)


def sorted_lines(graphs: Iterable[Graph]) -> list[bytes]:
    """The canonical N-Triples lines of the union of ``graphs``, sorted, no duplicates.

    Each line is one triple without its line feed.

    >>> from rdflib import Literal, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://e/s"), URIRef("http://e/p"), Literal("a\\fb\\u2028c")))
    >>> sorted_lines([g])
    [b'<http://e/s> <http://e/p> "a\\\\fb\\xe2\\x80\\xa8c" .']
    """
    canonical = pyoxigraph.serialize(chain.from_iterable(_oxigraph_triples(g) for g in graphs), format=_NT)
    assert canonical is not None
    lines = canonical.split(b"\n")
    del canonical
    lines.pop()  # after the last line feed
    lines.sort()
    out: list[bytes] = []
    previous = None
    for line in lines:
        if line != previous:
            out.append(line)
            previous = line
    return out


def ntriples_bytes(lines: list[bytes]) -> bytes:
    """A sorted N-Triples file from :func:`sorted_lines`."""
    return b"".join(line + b"\n" for line in lines)


def used_prefixes(graphs: Iterable[Graph], lines: list[bytes]) -> dict[str, str]:
    """The prefixes bound in ``graphs`` whose namespace occurs in ``lines``, sorted by prefix.

    A prefix bound to two namespaces keeps the first graph's.
    """
    bound: dict[str, str] = {}
    for graph in graphs:
        for prefix, namespace in graph.namespaces():
            bound.setdefault(prefix, str(namespace))
    text = b"\n".join(lines)
    return {p: ns for p, ns in sorted(bound.items()) if ns and b"<" + ns.encode("utf-8") in text}


def _with_sorted_prefixes(data: bytes | None, prefixes: Mapping[str, str]) -> bytes:
    """pyoxigraph's output with its ``@prefix`` lines replaced by ours, sorted by prefix,
    and a blank line before the data (its own prefix order is not a documented promise)."""
    assert data is not None
    start = 0
    while data.startswith(b"@prefix ", start):
        start = data.index(b"\n", start) + 1
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items()))
    return (head + "\n").encode("utf-8") + data[start:] if head else data


def turtle_bytes(lines: list[bytes], prefixes: Mapping[str, str]) -> bytes:
    """Turtle of sorted N-Triples ``lines``: each subject once, its predicates in order."""
    data = pyoxigraph.serialize(
        pyoxigraph.parse(ntriples_bytes(lines), _NT), format=pyoxigraph.RdfFormat.TURTLE, prefixes=dict(prefixes)
    )
    return _with_sorted_prefixes(data, prefixes)


def serialize_graph(graph: Graph, fmt: GraphFormat) -> bytes:
    """``graph`` as sorted canonical N-Triples (``"nt"``) or Turtle (``"ttl"``), as bytes.

    Turtle declares the graph's bound prefixes that its IRIs use.

    >>> from rdflib import URIRef
    >>> g = Graph()
    >>> g.bind("ex", "http://example.org/")
    >>> _ = g.add((URIRef("http://example.org/b"), URIRef("http://example.org/p"), URIRef("http://example.org/a")))
    >>> print(serialize_graph(g, "ttl").decode())
    @prefix ex: <http://example.org/> .
    <BLANKLINE>
    ex:b ex:p ex:a .
    <BLANKLINE>
    """
    lines = sorted_lines([graph])
    if fmt == "nt":
        return ntriples_bytes(lines)
    if fmt == "ttl":
        return turtle_bytes(lines, used_prefixes([graph], lines))
    raise ValueError(f"unknown graph format {fmt!r} (nt or ttl)")


def serialize_dataset(graphs: Mapping[str, Graph], fmt: DatasetFormat, prefixes: Mapping[str, str] | None = None) -> bytes:
    """Named graphs (graph IRI → rdflib graph) as N-Quads (``"nq"``) or TriG (``"trig"``).

    Graphs come in the order of their IRIs, each one's triples sorted as in
    :func:`sorted_lines`, so the bytes depend only on the data. TriG declares
    ``prefixes`` (default: the prefixes bound in the graphs that their IRIs use).
    An invalid graph IRI raises :class:`ValueError`.

    >>> from rdflib import URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://e/s"), URIRef("http://e/p"), URIRef("http://e/o")))
    >>> serialize_dataset({"http://e/g": g}, "nq")
    b'<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\\n'
    """
    if fmt not in ("nq", "trig"):
        raise ValueError(f"unknown dataset format {fmt!r} (nq or trig)")
    quads: list[bytes] = []
    for name in sorted(graphs):
        graph_iri = f" {pyoxigraph.NamedNode(name)} .\n".encode()
        quads.extend(line[:-2] + graph_iri for line in sorted_lines([graphs[name]]))
    nquads = b"".join(quads)
    if fmt == "nq":
        return nquads
    if prefixes is None:
        prefixes = used_prefixes(graphs.values(), quads)
    data = pyoxigraph.serialize(
        pyoxigraph.parse(nquads, pyoxigraph.RdfFormat.N_QUADS), format=pyoxigraph.RdfFormat.TRIG, prefixes=dict(prefixes)
    )
    return _with_sorted_prefixes(data, prefixes)


def built_parts(built: BuiltGraph) -> list[Graph]:
    """What an article's RDF files hold: the data plus the ontology terms it uses.

    Uses ``built.rdf`` when something already made it; otherwise only the (small)
    terms graph, so writing never holds a second full copy of the data.
    """
    if "rdf" in vars(built):
        return [built.rdf]
    from graph.builders.rdf import ontology_terms

    return [built.data, ontology_terms(built.data, built.ontology)]


def article_graph_iri(built: BuiltGraph) -> str:
    """The IRI that names an article's graph in N-Quads and TriG: the article's own IRI."""
    base = dict(built.data.namespaces()).get("zkgr")
    if base is None:
        raise ValueError("the article's graph has no zkgr: prefix (its resource base IRI)")
    return str(base) + built.article_id
