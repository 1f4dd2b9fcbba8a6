"""The embedded store: pyoxigraph on disk, one named graph per article; and Oxigraph as a query engine.

:func:`load_graphs` replaces each named graph in one transaction (one SPARQL Update
request, which Oxigraph applies atomically): loading is idempotent, a crash mid-load
leaves every graph either as it was or as it is now, never half-written, and graphs under
``prune_prefix`` that are not in the new set are dropped afterwards.

The store's **default graph is the union of its named graphs, as a set**, kept up to date
in the same transaction. Oxigraph's own "union default graph" option is a multiset: a
triple held by two article graphs (an ontology term, a canonical entity's label) would
come out twice and multiply the rows of every join through it (measured: 8× the rows of
query 03 on two articles). :func:`run_query` answers a query on that default graph (or
on a data file) and returns a :class:`graph.query.QueryResult`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph

from graph.query import (
    DataParseError,
    QueryError,
    QueryEvaluationError,
    QueryResult,
    QuerySyntaxError,
    check_jsonld,
    locate_prefix,
    mask_query,
    read_data,
    take_rows,
    triple_sort_key,
    undeclared_prefixes,
    with_deadline,
)
from graph.store.sources import graph_ntriples

if TYPE_CHECKING:
    pass

GraphData = "bytes | rdflib.Graph"

_FORMATS: dict[str, pyoxigraph.RdfFormat] = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "json-ld": pyoxigraph.RdfFormat.JSON_LD,
}

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]*")


class StoreError(QueryError):
    """The store cannot be opened or written (missing, locked by another process, bad data)."""


@dataclass
class LoadReport:
    """What :func:`load_graphs` did: triples per graph loaded, graphs dropped."""

    loaded: dict[str, int] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    """Graphs that already held exactly these triples: not rewritten."""


# --------------------------------------------------------------------------- opening


def open_store(path: Path, *, read_only: bool = False) -> pyoxigraph.Store:
    """Open the on-disk store at ``path`` (created when writing to a new folder)."""
    path = Path(path)
    if read_only:
        if not path.is_dir():
            raise StoreError(f"{path}: no store here; fill one with `zone-kg load PATH --store {path}`, or query a FILE")
        try:
            return pyoxigraph.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store read-only: {exc}") from exc
    try:
        path.mkdir(parents=True, exist_ok=True)
        return pyoxigraph.Store(str(path))
    except OSError as exc:
        hint = " (is `zone-kg serve --writable` or another load running on it?)" if "lock" in str(exc).lower() else ""
        raise StoreError(f"{path}: cannot open the store for writing{hint}: {exc}") from exc


def load_file(path: Path, *, allow_network: bool = False) -> tuple[pyoxigraph.Store, dict[str, str]]:
    """An in-memory store holding the data file ``path``, and the file's prefixes."""
    path = Path(path)
    fmt, text = read_data(path)
    if fmt == "json-ld":
        check_jsonld(path, text, allow_network)
    store = pyoxigraph.Store()
    parser = pyoxigraph.parse(text.encode("utf-8"), _FORMATS[fmt], base_iri=path.resolve().as_uri())
    try:
        store.extend(parser)
        if fmt in ("nquads", "trig"):  # the default graph is the union of the named graphs, as a set
            store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    except SyntaxError as exc:
        message = re.sub(r"^Parser error at line \d+ column \d+: ", "", str(exc.msg or exc))
        raise DataParseError(path, message, exc.lineno) from exc
    except (OSError, ValueError) as exc:
        raise DataParseError(path, str(exc)) from exc
    return store, dict(parser.prefixes or {})


# --------------------------------------------------------------------------- loading


def _check_graph_name(name: str) -> str:
    if not _IRI.fullmatch(name):
        raise StoreError(f"{name!r} is not an absolute IRI: cannot name a graph with it")
    return name


def _withdraw(name: str) -> str:
    """Update operations: drop graph ``name`` and its triples that no other graph holds from the union."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{name}>) }} }} ;\n"
            f"DROP SILENT GRAPH <{name}> ;\n")


def _contribute(name: str) -> str:
    """Update operation: add graph ``name``'s triples to the union (the default graph)."""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"


def replace_graph(store: pyoxigraph.Store, name: str | None, ntriples: bytes) -> int:
    """Replace named graph ``name`` with ``ntriples``, and the union with it, in one transaction.

    Returns the number of triples the graph holds afterwards.
    """
    if name is None:
        raise StoreError("triples outside any named graph: the default graph is the union of the named graphs; "
                         "put them in a named graph")
    _check_graph_name(name)
    body = ntriples.decode("utf-8")
    # the first two lines are the withdrawal: error positions below subtract them
    update = _withdraw(name) + f"INSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }} ;\n" + _contribute(name)
    target = pyoxigraph.NamedNode(name)
    try:
        store.update(update)
    except SyntaxError as exc:
        where = _ERROR_AT.search(str(exc))
        detail = str(exc)
        if where:  # the update's first three lines are ours: give the line of the N-Triples
            line = int(where.group(1)) - 3
            detail = f"line {line}, column {where.group(2)}: {where.group(3).split(', [')[0]}"
        raise StoreError(f"graph <{name or 'default'}>: not valid N-Triples ({detail}); nothing of it was loaded") from exc
    except OSError as exc:
        raise StoreError(f"graph <{name or 'default'}>: cannot write to the store: {exc}") from exc
    return sum(1 for _ in store.quads_for_pattern(None, None, None, target))


def holds_exactly(store: pyoxigraph.Store, name: str, ntriples: bytes) -> set[str]:
    """The graph's triples (as N-Triples terms) when graph ``name`` holds exactly ``ntriples``; else empty.

    Re-loading an unchanged article then costs a read, not a write transaction. Graphs with
    blank nodes never compare equal (their labels are the store's own) and are rewritten.
    """
    target = pyoxigraph.NamedNode(_check_graph_name(name))
    held = {str(q.triple) for q in store.quads_for_pattern(None, None, None, target)}
    if not held or b"_:" in ntriples:
        return set()
    try:
        new = {str(t) for t in pyoxigraph.parse(ntriples, pyoxigraph.RdfFormat.N_TRIPLES)}
    except SyntaxError:
        return set()  # replace_graph reports it
    return held if new == held else set()


def bulk_replace_graph(store: pyoxigraph.Store, name: str | None, ntriples: bytes) -> int:
    """Replace graph ``name`` with Oxigraph's bulk loader: fast, not atomic."""
    if name is None:
        raise StoreError("triples outside any named graph: put them in a named graph")
    target = pyoxigraph.NamedNode(_check_graph_name(name))
    try:
        store.update(_withdraw(name))
        store.bulk_load(ntriples, pyoxigraph.RdfFormat.N_TRIPLES, to_graph=target)
        store.bulk_load(ntriples, pyoxigraph.RdfFormat.N_TRIPLES)  # into the union (a set: no duplicates)
    except SyntaxError as exc:
        raise StoreError(f"graph <{name or 'default'}>: not valid N-Triples ({exc}); re-run the load once fixed") from exc
    except OSError as exc:
        raise StoreError(f"graph <{name or 'default'}>: cannot write to the store: {exc}") from exc
    return sum(1 for _ in store.quads_for_pattern(None, None, None, target))


def load_graphs(
    store_dir: Path,
    graphs: Iterable[tuple[str | None, Any]],
    *,
    prune_prefix: str | None = None,
    progress: Any = None,
    bulk: bool = False,
) -> LoadReport:
    """Put each ``(graph IRI, data)`` into the store at ``store_dir``, one transaction per graph.

    ``data`` is N-Triples ``bytes`` or an rdflib Graph; a graph IRI of ``None`` means the
    default graph. Afterwards every named graph whose IRI starts with ``prune_prefix`` and
    that was not given is dropped (an article removed from the corpus). ``progress`` is
    called with ``(name, triples)`` after each graph.
    """
    store = open_store(store_dir)
    report = LoadReport()
    try:
        for name, data in graphs:
            ntriples = graph_ntriples(data)
            unchanged = name is not None and holds_exactly(store, name, ntriples)
            if unchanged:
                count = len(unchanged)
                report.unchanged.append(name or "")
            else:
                count = bulk_replace_graph(store, name, ntriples) if bulk else replace_graph(store, name, ntriples)
            report.loaded[name or ""] = count
            if progress is not None:
                progress(name, count)
        if prune_prefix:
            stale = sorted(
                g.value for g in store.named_graphs()
                if isinstance(g, pyoxigraph.NamedNode) and g.value.startswith(prune_prefix) and g.value not in report.loaded
            )
            for name in stale:
                store.update(_withdraw(_check_graph_name(name)))
                report.dropped.append(name)
        store.flush()
    finally:
        del store
    return report


def graph_counts(store: pyoxigraph.Store) -> dict[str, int]:
    """Triples per named graph, by graph IRI (sorted)."""
    counts: dict[str, int] = {}
    solutions = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert isinstance(solutions, pyoxigraph.QuerySolutions)
    for solution in solutions:
        counts[solution["g"].value] = int(solution["n"].value)
    return dict(sorted(counts.items()))


# --------------------------------------------------------------------------- querying

_FROM = re.compile(r"(?<![\w:?$.-])FROM(?![\w:-])", re.IGNORECASE)
_FORM = re.compile(r"(?<![\w:?$.-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])", re.IGNORECASE)
_ERROR_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


def _syntax_error(exc: SyntaxError, query_text: str, source: str, prefixes: Mapping[str, str]) -> QuerySyntaxError:
    text = str(exc.msg if exc.msg is not None else exc)
    match = _ERROR_AT.search(text)
    line, column, message = (int(match.group(1)), int(match.group(2)), match.group(3)) if match else (None, None, text)
    if "Prefix not found" in message:
        unknown = undeclared_prefixes(query_text, prefixes)
        if unknown:
            line, column = locate_prefix(query_text, unknown[0])
            return QuerySyntaxError(f"Unknown namespace prefix : {unknown[0]}", line, column, source)
    message = message.split(", [")[0].split("\n")[0]
    if len(message) > 200:
        message = message[:200] + "…"
    return QuerySyntaxError(message, line, column, source)


def run_query(
    store: pyoxigraph.Store,
    query_text: str,
    source: str = "<query>",
    *,
    prefixes: Mapping[str, str] | None = None,
    timeout: float | None = None,
    max_rows: int | None = None,
    union_default_graph: bool = False,
) -> QueryResult:
    """Answer a SPARQL 1.1 query with Oxigraph; the same errors as :func:`graph.query.run_query`.

    The default graph is the store's (the union of its named graphs, see the module);
    ``union_default_graph`` uses Oxigraph's multiset union instead.

    Call :func:`graph.query.check_query` first: this function does not refuse ``SERVICE``.
    """
    prefixes = dict(prefixes or {})
    masked = mask_query(query_text)
    if _FROM.search(masked):  # the query names its dataset: Oxigraph's union option would override it
        union_default_graph = False
    form_match = _FORM.search(masked)
    form = form_match.group(1).upper() if form_match else "SELECT"
    def evaluate() -> QueryResult:
        try:
            solutions = store.query(query_text, prefixes=prefixes, use_default_graph_as_union=union_default_graph)
        except SyntaxError as exc:
            raise _syntax_error(exc, query_text, source, prefixes) from exc
        if isinstance(solutions, pyoxigraph.QueryBoolean):
            return QueryResult("ASK", boolean=bool(solutions), namespaces=prefixes, engine="oxigraph")
        if isinstance(solutions, pyoxigraph.QueryTriples):
            triples = take_rows(((t.subject, t.predicate, t.object) for t in solutions), max_rows, source)
            unique = {triple_sort_key(t): t for t in triples}
            sorted_triples = tuple(unique[key] for key in sorted(unique))
            return QueryResult(form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT",  # type: ignore[arg-type]
                               ("subject", "predicate", "object"), sorted_triples, namespaces=prefixes, engine="oxigraph")
        names = [v.value for v in solutions.variables]
        rows = take_rows((tuple(solution[n] for n in names) for solution in solutions), max_rows, source)
        return QueryResult("SELECT", tuple(names), tuple(rows), namespaces=prefixes, engine="oxigraph")

    try:
        return with_deadline(evaluate, timeout, source)
    except QueryError:
        raise
    except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
        raise QueryEvaluationError(f"{source}: query failed: {exc}") from exc
