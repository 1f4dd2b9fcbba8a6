"""Byte-deterministic RDF files checked and written by pyoxigraph: N-Triples, Turtle, N-Quads, TriG.

rdflib stays the graph object the builders return, but its writers are slow (Turtle:
12–16 s for the 254k triples of the 100× bench graph). Here a graph is written in
four steps:

1. one pass over the graph's store writes each triple's terms in *canonical*
   N-Triples (RDF 1.1: ``\\b \\t \\n \\f \\r \\" \\\\`` as escapes, every other C0
   control and DEL as ``\\u00XX``), so no literal ever holds a line break of any kind;
   each distinct IRI is encoded once;
2. the triples are sorted as bytes, i.e. by code point, duplicates dropped, and joined
   as lines; lines are only ever split at line feeds (never ``str.splitlines()``,
   which also splits at form feeds, U+0085, U+2028, U+2029… inside literals);
3. pyoxigraph reads the result back and writes it again as canonical N-Triples: this
   checks every IRI and language tag, and the two must be the same bytes (if they are
   not, pyoxigraph's lines are sorted and used instead);
4. pyoxigraph writes Turtle or TriG from that sorted stream, grouping each subject's
   triples, with the bound prefixes the data uses, sorted by prefix.

The same graph therefore gives the same bytes in every process, whatever
``PYTHONHASHSEED`` is. Blank nodes keep rdflib's labels, which differ between runs:
the builders make none, and the output is only deterministic without them.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, cast

import pyoxigraph
from rdflib import XSD, BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

if TYPE_CHECKING:
    from graph.ontology import Ontology
    from graph.pipeline import BuiltCorpus, BuiltGraph

GraphFormat = Literal["nt", "ttl"]
DatasetFormat = Literal["nq", "trig"]

_NT = pyoxigraph.RdfFormat.N_TRIPLES
_XSD_STRING = str(XSD.string)
_ESCAPES = {code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F)}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_ESCAPE = str.maketrans(_ESCAPES)


def _term(term: Node, namespaces: set[str]) -> bytes:
    """One term in canonical N-Triples; IRIs also go into ``namespaces`` (cut at the last / or #)."""
    if isinstance(term, URIRef):
        namespaces.add(term[: max(term.rfind("/"), term.rfind("#")) + 1])
        return f"<{term}>".encode()
    if isinstance(term, RdfLiteral):
        lexical = str(term).translate(_ESCAPE)
        if term.language:
            return f'"{lexical}"@{term.language.lower()}'.encode()
        datatype = term.datatype
        if datatype is not None and str(datatype) != _XSD_STRING:
            namespaces.add(datatype[: max(datatype.rfind("/"), datatype.rfind("#")) + 1])
            return f'"{lexical}"^^<{datatype}>'.encode()
        return f'"{lexical}"'.encode()
    if isinstance(term, BNode):
        return f"_:{term}".encode()
    raise TypeError(f"cannot write {term!r} in N-Triples")


Triple = tuple[bytes, bytes, bytes]


class _SameBytes:
    """A binary writer that only compares what is written with ``expected`` (no copy kept).

    >>> w = _SameBytes(b"abcdef")
    >>> w.write(b"abc"), w.same(), w.write(b"def"), w.same()
    (3, False, 3, True)
    """

    def __init__(self, expected: bytes) -> None:
        self.expected = memoryview(expected)
        self.position = 0
        self.equal = True

    def write(self, chunk: bytes) -> int:
        end = self.position + len(chunk)
        self.equal = self.equal and self.expected[self.position : end] == chunk
        self.position = end
        return len(chunk)

    def flush(self) -> None:
        pass

    def same(self) -> bool:
        """Whether everything written, and nothing more or less, equals ``expected``."""
        return self.equal and self.position == len(self.expected)


class _Collector:
    """Gathers graphs' triples as canonical N-Triples terms; :meth:`finish` sorts and checks them."""

    def __init__(self) -> None:
        self.triples: list[Triple] = []
        self.namespaces: set[str] = set()
        self.bound: list[tuple[str, str]] = []
        self.iris: dict[Node, bytes] = {}
        """Every distinct IRI seen, encoded once and shared by the triples that use it."""

    def term(self, node: Node) -> bytes:
        if type(node) is URIRef:
            data = self.iris.get(node)
            if data is None:
                data = self.iris[node] = _term(node, self.namespaces)
            return data
        return _term(node, self.namespaces)

    def add(self, graph: Graph) -> None:
        """Append each triple of ``graph`` as its three terms in canonical N-Triples.

        A graph with its own in-memory store (what the builders make) is read straight
        from the store's subject index, several times faster than iterating the graph;
        the count check falls back to plain iteration when the store holds more than
        this graph.
        """
        self.bound.extend((prefix, str(ns)) for prefix, ns in graph.namespaces())
        out, term = self.triples, self.term
        start = len(out)
        spo = getattr(graph.store, "_Memory__spo", None) if type(graph) is Graph and type(graph.store) is Memory else None
        if isinstance(spo, dict):
            append = out.append
            for s, po in spo.items():
                subject = term(s)
                for p, objects in po.items():
                    predicate = term(p)
                    for o in objects:
                        append((subject, predicate, term(o)))
            if len(out) - start == len(graph):
                return
            del out[start:]
        out.extend((term(s), term(p), term(o)) for s, p, o in graph)

    def add_triples(self, triples: Iterable[tuple[Node, Node, Node]], bound: Iterable[tuple[str, str]]) -> None:
        """Append triples given as a sequence (repeats allowed) and the prefixes bound for them."""
        self.bound.extend(bound)
        term = self.term
        self.triples.extend((term(s), term(p), term(o)) for s, p, o in triples)

    def finish(self) -> NTriples:
        """The sorted canonical N-Triples of everything added, checked by pyoxigraph."""
        data = _ntriples_of(self.triples)
        self.triples = []
        self.iris = {}
        check = _SameBytes(data)
        pyoxigraph.serialize(pyoxigraph.parse(data, _NT), cast(IO[bytes], check), _NT)
        if not check.same():  # never seen; pyoxigraph's own lines are the reference
            canonical = pyoxigraph.serialize(pyoxigraph.parse(data, _NT), format=_NT)
            assert canonical is not None
            lines = canonical.split(b"\n")
            lines.pop()
            lines.sort()
            data = b"".join(line + b"\n" for i, line in enumerate(lines) if i == 0 or line != lines[i - 1])
        return NTriples(data, frozenset(self.namespaces), tuple(self.bound))


def _ntriples_of(triples: list[Triple]) -> bytes:
    """Sort ``triples`` (in place) and join them as N-Triples lines, duplicates dropped.

    Sorting the term tuples gives the order of the lines: a term is never a proper
    prefix of another unless the next character of the longer one (``@``, ``^``, a
    label character) sorts after the space that follows every term in a line.
    """
    triples.sort()
    buffer = io.BytesIO()  # grows in place: a list of lines to join would cost ~4x the output
    write = buffer.write
    previous = None
    for triple in triples:
        if triple != previous:
            write(b"%s %s %s .\n" % triple)
            previous = triple
    return buffer.getvalue()


@dataclass(frozen=True)
class NTriples:
    """A graph's sorted canonical N-Triples and what a writer needs to add prefixes."""

    data: bytes
    namespaces: frozenset[str]
    """Every IRI's namespace part (up to its last ``/`` or ``#``), datatypes included."""
    bound: tuple[tuple[str, str], ...]
    """The prefixes bound in the graphs, first graph first."""

    def used_prefixes(self) -> dict[str, str]:
        """The bound prefixes some IRI of the data starts with, sorted by prefix.

        A prefix bound to two namespaces keeps the first graph's.
        """
        bound: dict[str, str] = {}
        for prefix, namespace in self.bound:
            bound.setdefault(prefix, namespace)
        return {p: ns for p, ns in sorted(bound.items()) if ns and any(n.startswith(ns) for n in self.namespaces)}


def sorted_ntriples(graphs: Iterable[Graph]) -> NTriples:
    """The union of ``graphs`` as sorted canonical N-Triples, checked by pyoxigraph.

    >>> from rdflib import Literal, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("http://e/s"), URIRef("http://e/p"), Literal("a\\fb\\u2028c\\x1c")))
    >>> sorted_ntriples([g]).data
    b'<http://e/s> <http://e/p> "a\\\\fb\\xe2\\x80\\xa8c\\\\u001C" .\\n'
    """
    collector = _Collector()
    for graph in graphs:
        collector.add(graph)
    return collector.finish()


def _with_sorted_prefixes(data: bytes | None, prefixes: Mapping[str, str]) -> bytes:
    """pyoxigraph's output with its ``@prefix`` lines replaced by ours, sorted by prefix,
    and a blank line before the data (its own prefix order is not a documented promise)."""
    assert data is not None
    start = 0
    while data.startswith(b"@prefix ", start):
        start = data.index(b"\n", start) + 1
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items()))
    return (head + "\n").encode("utf-8") + data[start:] if head else data


def turtle_bytes(nt: bytes, prefixes: Mapping[str, str]) -> bytes:
    """Turtle of sorted N-Triples: each subject once, its predicates in order."""
    data = pyoxigraph.serialize(pyoxigraph.parse(nt, _NT), format=pyoxigraph.RdfFormat.TURTLE, prefixes=dict(prefixes))
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
    if fmt not in ("nt", "ttl"):
        raise ValueError(f"unknown graph format {fmt!r} (nt or ttl)")
    nt = sorted_ntriples([graph])
    return nt.data if fmt == "nt" else turtle_bytes(nt.data, nt.used_prefixes())


def serialize_dataset(graphs: Mapping[str, Graph], fmt: DatasetFormat, prefixes: Mapping[str, str] | None = None) -> bytes:
    """Named graphs (graph IRI → rdflib graph) as N-Quads (``"nq"``) or TriG (``"trig"``).

    Graphs come in the order of their IRIs, each one's triples sorted as in
    :func:`sorted_ntriples`, so the bytes depend only on the data. TriG declares
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
    return dataset_bytes(((name, sorted_ntriples([graphs[name]])) for name in sorted(graphs)), fmt, prefixes)


def dataset_bytes(named: Iterable[tuple[str, NTriples]], fmt: DatasetFormat, prefixes: Mapping[str, str] | None = None) -> bytes:
    """N-Quads or TriG of (graph IRI, sorted N-Triples) pairs, in the order given."""
    parts: list[bytes] = []
    used: dict[str, str] = {}
    for name, nt in named:
        suffix = f" {pyoxigraph.NamedNode(name)} .\n".encode()
        # a line feed only ever ends a line (literals escape theirs), so " .\n" ends each triple
        parts.append(nt.data.replace(b" .\n", suffix))
        if prefixes is None:
            for prefix, namespace in nt.used_prefixes().items():
                used.setdefault(prefix, namespace)
    nquads = b"".join(parts)
    del parts
    if fmt == "nq":
        return nquads
    prefixes = used if prefixes is None else prefixes
    data = pyoxigraph.serialize(
        pyoxigraph.parse(nquads, pyoxigraph.RdfFormat.N_QUADS), format=pyoxigraph.RdfFormat.TRIG, prefixes=dict(prefixes)
    )
    return _with_sorted_prefixes(data, prefixes)


_CACHE_KEY = "_zkg_sorted_ntriples"


def article_ntriples(built: BuiltGraph | BuiltCorpus) -> NTriples:
    """The article's data plus the ontology terms it uses as sorted N-Triples, made once.

    Uses ``built.rdf`` when something already made it; otherwise the data and a small
    graph of the terms, so writing never holds a second full copy of the data.

    The N-Triples, Turtle and JSON-LD exporters all start from it; it is kept on the
    ``BuiltGraph`` (with the data's size, so a changed graph is written afresh).
    """
    streamed = getattr(built, "ntriples", None)
    if isinstance(streamed, NTriples):  # an article of a streamed export (graph.export) carries its own
        return streamed
    cached = vars(built).get(_CACHE_KEY)
    if cached is not None and cached[0] == len(built.data):
        return cached[1]
    if "rdf" in vars(built):
        nt = sorted_ntriples([built.rdf])
    else:
        from graph.ontology import ontology_terms

        collector = _Collector()
        collector.add(built.data)
        collector.add(ontology_terms(built.data, built.ontology, iris=[n for n in collector.iris if type(n) is URIRef]))
        nt = collector.finish()
    vars(built)[_CACHE_KEY] = (len(built.data), nt)
    return nt


# --------------------------------------------------------------------------- streaming (graph.export)

_TERMS_KEY = "_zkg_term_closures"


@functools.cache
def _fresh_graph_bindings() -> tuple[tuple[str, str], ...]:
    """The prefixes a new rdflib ``Graph`` binds (what a graph of ontology terms carries)."""
    return tuple((prefix, str(ns)) for prefix, ns in Graph().namespaces())


def terms_ntriples(iris: Iterable[URIRef], onto: Ontology) -> NTriples:
    """:func:`graph.ontology.ontology_terms` of a graph whose IRIs are ``iris``, as sorted N-Triples.

    The same bytes, prefixes and namespaces as collecting ``ontology_terms(data, onto)``,
    but each term's triples (with the terms it leads to) are worked out once per
    ontology and process: a corpus export asks for the same few dozen terms per article.
    """
    from graph.namespace import ZKG
    from graph.ontology import ontology_terms

    ns = str(ZKG._NS)
    closures: dict[URIRef, tuple[list[Triple], frozenset[str]]] = vars(onto).setdefault(_TERMS_KEY, {})
    triples: set[Triple] = set()
    namespaces: set[str] = set()
    for iri in iris:
        if not str(iri).startswith(ns):
            continue
        closure = closures.get(iri)
        if closure is None:
            one = _Collector()
            one.add(ontology_terms(Graph(), onto, iris=[iri]))
            closure = closures[iri] = (one.triples, frozenset(one.namespaces))
        triples.update(closure[0])
        namespaces |= closure[1]
    collector = _Collector()
    collector.triples = list(triples)
    collector.namespaces = namespaces
    collector.bound = list(_fresh_graph_bindings())
    return collector.finish()


def merge_lines(blobs: Iterable[bytes]) -> bytes:
    """Sorted N-Triples blobs merged into one, repeated lines dropped (what one sort of all gives)."""
    buffer = io.BytesIO()
    write_merged((blob.split(b"\n")[:-1] for blob in blobs), buffer)
    return buffer.getvalue()


def write_merged(sources: Iterable[Iterable[bytes]], out: IO[bytes]) -> int:
    """Write the merge of sorted line sources (lines without their line feed), repeats dropped.

    Lines of canonical N-Triples sort as their term tuples do (see :func:`_ntriples_of`), so
    the merge of sorted parts is the sorted whole. Returns the number of lines written.
    """
    import heapq

    previous = None
    count = 0
    write = out.write
    for line in heapq.merge(*sources):
        if line != previous:
            write(line + b"\n")
            previous = line
            count += 1
    return count


def file_lines(path: Path) -> Iterator[bytes]:
    """The lines of a sorted N-Triples file, without their line feeds, read in large blocks."""
    with open(path, "rb", buffering=1 << 16) as fh:
        for line in fh:
            yield line[:-1]


def article_parts(triples: Iterable[tuple[Node, Node, Node]], bound: Iterable[tuple[str, str]],
                  onto: Ontology) -> tuple[NTriples, NTriples, frozenset[URIRef]]:
    """An article's data alone and with the ontology terms it uses, both as sorted N-Triples.

    The second is what :func:`article_ntriples` gives for a built article (its ``.nt``,
    ``.ttl`` and ``.jsonld``), the first what the corpus files hold; the third value is
    the data's IRIs in the ontology's namespace (what the corpus's terms depend on).
    """
    data, used = listed_ntriples(triples, bound)
    terms = terms_ntriples(used, onto)
    full = NTriples(merge_lines([data.data, terms.data]), data.namespaces | terms.namespaces, data.bound + terms.bound)
    return data, full, used


def listed_ntriples(triples: Iterable[tuple[Node, Node, Node]],
                    bound: Iterable[tuple[str, str]]) -> tuple[NTriples, frozenset[URIRef]]:
    """Sorted N-Triples of listed triples (repeats dropped), checked, and their IRIs in the ontology namespace."""
    from graph.namespace import ZKG

    ns = str(ZKG._NS)
    collector = _Collector()
    collector.add_triples(triples, bound)
    used = frozenset(n for n in collector.iris if type(n) is URIRef and str(n).startswith(ns))
    return collector.finish(), used


class _AfterPrefixes:
    """Passes pyoxigraph's output on without its opening ``@prefix`` lines (ours replace them)."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.head = b""
        self.done = False

    def write(self, chunk: bytes) -> int:
        if self.done:
            self.out.write(chunk)
            return len(chunk)
        self.head += chunk
        while not self.done:
            if self.head.startswith(b"@prefix "):
                end = self.head.find(b"\n")
                if end < 0:
                    break
                self.head = self.head[end + 1:]
            elif len(self.head) < 8 and b"@prefix ".startswith(self.head):
                break
            else:
                self.done = True
                self.out.write(self.head)
                self.head = b""
        return len(chunk)

    def flush(self) -> None:
        if not self.done and not self.head.startswith(b"@prefix "):
            self.out.write(self.head)
            self.head = b""
            self.done = True


def write_prefixed(source: Path, fmt: Literal["ttl", "trig"], out: IO[bytes], prefixes: Mapping[str, str]) -> None:
    """Turtle of a sorted N-Triples file, or TriG of an N-Quads file, streamed to ``out``.

    The bytes of :func:`turtle_bytes` / :func:`dataset_bytes` for the same lines, without
    holding the data in memory.
    """
    in_format, out_format = ((_NT, pyoxigraph.RdfFormat.TURTLE) if fmt == "ttl"
                             else (pyoxigraph.RdfFormat.N_QUADS, pyoxigraph.RdfFormat.TRIG))
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items()))
    if head:
        out.write((head + "\n").encode("utf-8"))
        writer = _AfterPrefixes(out)
        pyoxigraph.serialize(pyoxigraph.parse(path=source, format=in_format), cast(IO[bytes], writer), out_format,
                             prefixes=dict(prefixes))
        writer.flush()
    else:
        pyoxigraph.serialize(pyoxigraph.parse(path=source, format=in_format), out, out_format, prefixes={})


def write_nquads(named: Iterable[tuple[str, Path]], out: IO[bytes]) -> None:
    """N-Quads of (graph IRI, sorted N-Triples file) pairs in the order given, as :func:`dataset_bytes`."""
    for name, path in named:
        suffix = f" {pyoxigraph.NamedNode(name)} .\n".encode()
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                if not block.endswith(b"\n"):
                    block += fh.readline()  # whole lines only
                out.write(block.replace(b" .\n", suffix))


class TripleList(Graph):
    """A graph that only lists what is added to it (repeats kept), for writers that sort anyway.

    Prefix bindings work as in any graph; adding costs a list append instead of rdflib's
    three indexes (most of the time of building a graph). It cannot be queried.
    """

    def __init__(self) -> None:
        super().__init__()
        self.listed: list[tuple[Node, Node, Node]] = []

    def add(self, triple: tuple[Node, Node, Node]) -> TripleList:
        self.listed.append(triple)
        return self

    def __iadd__(self, other: Iterable[tuple[Node, Node, Node]]) -> TripleList:
        self.listed.extend(other)
        return self
