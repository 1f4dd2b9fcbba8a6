"""SPARQL over an exported graph or the store: ``zone-kg query [FILE] QUERY [--engine …]``.

The steps are separate functions so that tests and notebooks can use them alone:

* :func:`read_query` takes a ``.rq`` path or the query text itself;
* :func:`check_query` refuses what a shared ``.rq`` file must not do on its own: reach the
  network (``SERVICE``, ``LOAD``, rdflib's ``FROM`` fetching) or update anything;
* :func:`load_graph` parses a file with rdflib and :func:`run_query` answers a query with
  rdflib; :mod:`graph.store.oxigraph` does both with Oxigraph (the default engine);
* :func:`format_result` renders a :class:`QueryResult` as ``table`` (aligned, CJK-width
  aware, IRIs shortened with the data's prefixes), ``csv`` (SPARQL 1.1 CSV), ``tsv`` (plain
  values, one row a line), ``json`` (SPARQL 1.1 Query Results JSON) or, for graph results,
  ``turtle``/``nt``.

Importing this module loads neither rdflib nor its SPARQL parser (they take most of a
second): the Oxigraph path never needs them. Errors are :class:`QueryError` subclasses
carrying the command's exit code (see :data:`EXIT_CODES`).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from typing import Literal as TypingLiteral

from graph.errors import ZoneKGError

if TYPE_CHECKING:
    import rdflib

__all__ = [
    "DEFAULT_MAX_ROWS",
    "DEFAULT_TIMEOUT",
    "ENGINES",
    "EXIT_CODES",
    "FORMATS",
    "DataParseError",
    "NetworkRefusedError",
    "QueryError",
    "QueryResult",
    "QuerySyntaxError",
    "QueryTimeoutError",
    "ResultTooLargeError",
    "check_query",
    "display_width",
    "format_result",
    "load_graph",
    "main",
    "read_query",
    "register",
    "run_query",
]

EXIT_OK = 0
EXIT_FAILED = 4
EXIT_USAGE = 2
EXIT_QUERY_SYNTAX = 4
EXIT_DATA_PARSE = 2
EXIT_QUERY_LIMIT = 4
"""The codes of the exit-code table every zone-kg command shares (:mod:`graph.errors`)."""

EXIT_CODES: dict[int, str] = {
    EXIT_OK: "success (whether or not there were results)",
    EXIT_USAGE: "bad input: bad arguments, missing, empty or unparseable data or query file (with file and line), unknown format",
    EXIT_QUERY_SYNTAX: "query error: a syntax error (with line and column), a query that failed while it ran, or one "
    "refused (network access, update), timed out or cut at --max-rows",
}

FORMATS = ("table", "csv", "tsv", "json", "turtle", "nt")
"""Output formats. ``turtle`` and ``nt`` only apply to CONSTRUCT/DESCRIBE results."""

ENGINES = ("oxigraph", "rdflib")
"""Query engines: Oxigraph (pyoxigraph, the default) or rdflib's SPARQL implementation."""

DEFAULT_TIMEOUT = 60.0
"""Seconds a query may run before it is stopped (``--timeout``)."""

DEFAULT_MAX_ROWS = 100_000
"""Rows (or triples) a result may have before the query is stopped (``--max-rows``)."""

DEFAULT_STORE = Path(".zone-kg") / "store"
"""Where ``zone-kg load`` puts the store and ``zone-kg query`` looks for it (git-ignored)."""

Format = TypingLiteral["table", "csv", "tsv", "json", "turtle", "nt"]
QueryForm = TypingLiteral["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]

RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
"""Data files by suffix, with rdflib's format name."""

DATASET_FORMATS = frozenset({"nquads", "trig"})

_QUERY_SUFFIXES = (".rq", ".sparql")

# Bound when a data file does not bind them itself (N-Triples has no prefixes at all), so
# that tables stay readable and ad-hoc queries may use them. A file's own bindings win.
FALLBACK_PREFIXES: dict[str, str] = {
    "zkg": "https://w3id.org/zone-kg/ontology#",
    "zkgr": "https://w3id.org/zone-kg/id/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "unit": "http://qudt.org/vocab/unit/",
}
CORE_PREFIXES: dict[str, str] = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


# --------------------------------------------------------------------------- errors


class QueryError(ZoneKGError):
    """Something the user asked for cannot be done; ``exit_code`` is the CLI's status."""

    exit_code = EXIT_USAGE


class QueryEvaluationError(QueryError):
    """The query parsed but failed while it was evaluated."""

    exit_code = EXIT_FAILED


class QueryLimitError(QueryError):
    """The query was refused or stopped: network access, update, timeout, row cap."""

    exit_code = EXIT_QUERY_LIMIT


class NetworkRefusedError(QueryLimitError):
    """The query or the data would reach the network (``SERVICE``, ``LOAD``, remote ``@context``)."""


class UpdateRefusedError(QueryError):
    """SPARQL Update: ``zone-kg query`` is read-only."""


class QueryTimeoutError(QueryLimitError):
    """The query ran longer than ``--timeout`` seconds."""


class ResultTooLargeError(QueryLimitError):
    """The result has more rows than ``--max-rows``."""


class QuerySyntaxError(QueryError):
    """The query text is not valid SPARQL 1.1 Query; ``line``/``column`` are 1-based."""

    exit_code = EXIT_QUERY_SYNTAX

    def __init__(
        self, message: str, line: int | None, column: int | None, source: str = "<query>"
    ) -> None:
        self.message = message
        self.line = line
        self.column = column
        self.source = source
        where = source
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__(f"{where}: SPARQL syntax error: {message}")


class DataParseError(QueryError):
    """The data file is not valid RDF in the format its suffix names; ``line`` is 1-based."""

    exit_code = EXIT_DATA_PARSE

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path = path
        self.message = message
        self.line = line
        where = str(path) if line is None else f"{path}:{line}"
        super().__init__(f"{where}: cannot parse data: {message}")


# --------------------------------------------------------------------------- data files


def data_format(path: Path) -> str:
    """rdflib's name of the format of ``path``, from its suffix; :class:`QueryError` if unknown."""
    fmt = RDF_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(RDF_FORMATS))
        raise QueryError(f"{path}: unknown data format {Path(path).suffix!r} (expected one of {known})")
    return fmt


def read_data(path: Path) -> tuple[str, str]:
    """The format and UTF-8 text of a data file, with clear errors for missing or binary files."""
    path = Path(path)
    fmt = data_format(path)
    if not path.is_file():
        raise QueryError(f"{path}: data file not found" if not path.exists() else f"{path}: not a regular file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise QueryError(f"{path}: cannot read data file: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataParseError(path, f"not UTF-8 ({exc.reason})", raw[: exc.start].count(b"\n") + 1) from exc
    return fmt, text


def remote_contexts(document: Any) -> list[str]:
    """Every ``@context`` (or ``@import``) in a JSON-LD document that names another document.

    >>> remote_contexts({"@context": "https://schema.org/", "a": {"@context": {"x": "urn:x"}}})
    ['https://schema.org/']
    """
    found: list[str] = []

    def walk(node: Any, in_context: bool) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "@context":
                    walk_context(value)
                elif key == "@import" and in_context and isinstance(value, str):
                    found.append(value)
                else:
                    walk(value, in_context)
        elif isinstance(node, list):
            for item in node:
                walk(item, in_context)

    def walk_context(value: Any) -> None:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                found.append(item)
            else:
                walk(item, True)

    walk(document, False)
    return found


def check_jsonld(path: Path, text: str, allow_network: bool) -> None:
    """Refuse a JSON-LD file whose ``@context`` must be fetched, unless the network is allowed."""
    if allow_network:
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataParseError(path, f"{exc.msg} (column {exc.colno})", exc.lineno) from exc
    remote = remote_contexts(document)
    if remote:
        raise NetworkRefusedError(
            f"{path}: JSON-LD @context {remote[0]!r} is another document to fetch; zone-kg query is "
            "offline by default: inline the context, or pass --allow-network (fetched with --timeout)"
        )


def load_graph(path: Path, *, allow_network: bool = False) -> rdflib.Graph:
    """Parse ``path`` with rdflib: Turtle, N-Triples, JSON-LD, or (as a union Dataset) N-Quads/TriG.

    Raises :class:`QueryError` when the file is missing or its suffix is unknown,
    :class:`DataParseError` (naming file and line) when it does not parse and
    :class:`NetworkRefusedError` for a JSON-LD remote ``@context`` unless ``allow_network``.
    """
    import rdflib

    path = Path(path)
    fmt, text = read_data(path)
    if fmt == "json-ld":
        check_jsonld(path, text, allow_network)
    graph = rdflib.Dataset(default_union=True) if fmt in DATASET_FORMATS else rdflib.Graph(bind_namespaces="core")
    try:
        graph.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except Exception as exc:
        message, line = _describe_parse_error(exc, text, fmt)
        raise DataParseError(path, message, line) from exc
    _bind_fallback_prefixes(graph)
    return graph


def _describe_parse_error(exc: Exception, text: str, fmt: str) -> tuple[str, int | None]:
    """The reason and 1-based line of a parser exception, whatever parser raised it."""
    lines = getattr(exc, "lines", None)  # notation3.BadSyntax: 0-based line count
    why = getattr(exc, "_why", None)
    if isinstance(lines, int) and why is not None:
        return str(why), lines + 1
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})", exc.lineno
    if fmt in ("nt", "nquads"):
        return str(exc), _first_bad_line(text, fmt)
    return str(exc) or type(exc).__name__, None


def _first_bad_line(text: str, fmt: str) -> int | None:
    """N-Triples and N-Quads are line based: find the first line that does not parse alone."""
    import rdflib

    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            (rdflib.Dataset() if fmt == "nquads" else rdflib.Graph()).parse(data=line + "\n", format=fmt)
        except Exception:
            return number
    return None


def _bind_fallback_prefixes(graph: rdflib.Graph) -> None:
    nsm = graph.namespace_manager
    bound_prefixes = {prefix for prefix, _ in nsm.namespaces()}
    bound_namespaces = {str(ns) for _, ns in nsm.namespaces()}
    for prefix, namespace in FALLBACK_PREFIXES.items():
        if prefix not in bound_prefixes and namespace not in bound_namespaces:
            nsm.bind(prefix, namespace, override=False, replace=False)


def query_prefixes(file_prefixes: Mapping[str, str] | None = None) -> dict[str, str]:
    """The prefixes an ad-hoc query may use without declaring them: the data's own win."""
    return {**CORE_PREFIXES, **FALLBACK_PREFIXES, **{p: str(n) for p, n in (file_prefixes or {}).items() if p}}


# --------------------------------------------------------------------------- the query text


def read_query(arg: str) -> str:
    """The query text: read from ``arg`` when it names an existing file, else ``arg`` itself.

    ``-`` reads the query from standard input. A ``.rq`` (or ``.sparql``) argument that is not
    an existing file is an error rather than being mistaken for query text; so is a query
    (file) with nothing but white space and comments.
    """
    if arg == "-":
        text = sys.stdin.read()
        if is_blank_query(text):
            raise QueryError("the query read from standard input is empty")
        return text
    candidate = Path(arg)
    looks_like_file = arg.lower().endswith(_QUERY_SUFFIXES) and "\n" not in arg
    try:
        is_file = "\n" not in arg and len(arg) < 4096 and candidate.is_file()
    except OSError:  # e.g. a name too long for the file system
        is_file = False
    if is_file:
        try:
            text = candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{arg}: cannot read query file: {exc}") from exc
        if is_blank_query(text):
            raise QueryError(f"{arg}: the query file is empty (no SPARQL, only white space or comments)")
        return text
    if looks_like_file:
        raise QueryError(f"{arg}: query file not found")
    if is_blank_query(arg):
        raise QueryError("the query is empty")
    return arg


_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'
    r"|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    r"|#[^\n\r]*",
    re.DOTALL,
)


def mask_query(text: str) -> str:
    """``text`` with strings, IRIs and comments blanked out, offsets kept.

    Keywords found in the result are real keywords, not words inside a literal or an IRI.

    >>> mask_query('SELECT * { ?s ?p "SERVICE" } # LOAD')
    'SELECT * { ?s ?p "       " }       '
    """

    def blank(match: re.Match[str]) -> str:
        lexeme = match.group(0)
        if lexeme.startswith("#"):
            return " " * len(lexeme)
        inner = re.sub(r"[^\n]", " ", lexeme[1:-1])
        return lexeme[0] + inner + lexeme[-1]

    return _LEXEMES.sub(blank, text)


def is_blank_query(text: str) -> bool:
    """True when ``text`` has no SPARQL at all: only white space and ``#`` comments."""
    return not mask_query(text).strip()


def _keyword(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w:?$.-]){name}(?![\w:-])", re.IGNORECASE)


_SERVICE = _keyword("SERVICE")
_FROM = _keyword("FROM")
_UPDATE_START = re.compile(
    r"^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<\s*>|BASE\s*<\s*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)(?![\w:-])",
    re.IGNORECASE,
)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _iri_after(text: str, masked: str, offset: int) -> str:
    match = re.compile(r"\s*(?:SILENT\s*)?(<[^>]*>|\S+)", re.IGNORECASE).match(masked, offset)
    if not match:
        return "?"
    start, end = match.span(1)
    return text[start:end]


def check_query(text: str, source: str = "<query>", *, engine: str = "oxigraph", allow_network: bool = False) -> None:
    """Refuse a query that would update data or reach the network on its own.

    * SPARQL Update (``INSERT``, ``LOAD``, ``DROP`` …): always refused, queries are read-only;
    * ``SERVICE <endpoint>``: refused unless ``allow_network`` (it sends the query's bindings
      to that endpoint, and may hang on it: ``--timeout`` bounds it then);
    * ``FROM``/``FROM NAMED`` with rdflib, which fetches those IRIs (Oxigraph picks graphs of
      the dataset instead): refused unless ``allow_network``.

    Raises :class:`UpdateRefusedError` (exit 2) or :class:`NetworkRefusedError` (exit 4, also for ``LOAD``).
    """
    masked = mask_query(text)
    update = _UPDATE_START.match(masked)
    if update:
        word = update.group(1).upper()
        where = f"{source}:{_line_of(text, update.start(1))}"
        if word == "LOAD":
            raise NetworkRefusedError(
                f"{where}: LOAD {_iri_after(text, masked, update.end(1))} would fetch data from the network into "
                "the data: refused; zone-kg query is read-only and offline (load files with `zone-kg load`)"
            )
        raise UpdateRefusedError(f"{where}: SPARQL Update is not supported ({word}); queries are read-only")
    if allow_network:
        return
    service = _SERVICE.search(masked)
    if service:
        raise NetworkRefusedError(
            f"{source}:{_line_of(text, service.start())}: SERVICE {_iri_after(text, masked, service.end())} "
            "would send this query to a remote endpoint; zone-kg query is offline by default: "
            "pass --allow-network to allow it (bounded by --timeout)"
        )
    if engine == "rdflib":
        from_clause = _FROM.search(masked)
        if from_clause:
            raise NetworkRefusedError(
                f"{source}:{_line_of(text, from_clause.start())}: FROM {_iri_after(text, masked, from_clause.end())}: "
                "rdflib fetches FROM graphs from the network; use --engine oxigraph (FROM picks a graph of "
                "the data) or pass --allow-network"
            )


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class QueryResult:
    """A query's answer, detached from the engine's lazily evaluated result object.

    * SELECT: ``variables`` and ``rows`` (``None`` marks an unbound variable);
    * ASK: ``boolean``;
    * CONSTRUCT/DESCRIBE: ``rows`` holds its triples sorted, with
      ``variables == ("subject", "predicate", "object")``, so tables work for them too;
      with rdflib, ``graph`` holds them as an rdflib Graph.

    Values are the engine's terms: rdflib's ``URIRef``/``Literal``/``BNode`` or pyoxigraph's
    ``NamedNode``/``Literal``/``BlankNode``; :func:`term_parts` reads either.
    ``namespaces`` (an rdflib ``NamespaceManager`` or a prefix → IRI mapping) shortens
    IRIs in tables.
    """

    form: QueryForm
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    boolean: bool | None = None
    graph: rdflib.Graph | None = None
    namespaces: Any = field(default=None, compare=False, repr=False)
    engine: str = field(default="rdflib", compare=False)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Any]:
        """All values of one variable, in row order."""
        index = self.variables.index(name)
        return [row[index] for row in self.rows]

    def as_dicts(self) -> list[dict[str, str | None]]:
        """Rows as ``{variable: lexical form or IRI}`` (``None`` when unbound)."""
        return [
            {
                var: None if value is None else term_parts(value)[1]
                for var, value in zip(self.variables, row, strict=True)
            }
            for row in self.rows
        ]


def term_parts(term: Any) -> tuple[str, str, str | None, str | None]:
    """``(kind, value, language, datatype)`` of an rdflib or pyoxigraph term.

    ``kind`` is ``uri``, ``bnode`` or ``literal``; plain and language-tagged literals have no
    datatype, like in SPARQL results JSON.
    """
    if isinstance(term, str):  # rdflib's terms are str subclasses
        from rdflib.term import BNode, Literal, URIRef

        if isinstance(term, URIRef):
            return ("uri", str(term), None, None)
        if isinstance(term, BNode):
            return ("bnode", str(term), None, None)
        if isinstance(term, Literal):
            datatype = None if term.language or term.datatype is None else str(term.datatype)
            return ("literal", str(term), term.language, datatype)
        return ("literal", str(term), None, None)
    kind = type(term).__name__
    if kind == "NamedNode":
        return ("uri", term.value, None, None)
    if kind == "BlankNode":
        return ("bnode", term.value, None, None)
    if kind == "Literal":
        datatype = term.datatype.value if term.datatype is not None else None
        if term.language or datatype in (_XSD_STRING, _RDF_LANG_STRING):
            datatype = None
        return ("literal", term.value, term.language, datatype)
    return ("literal", str(term), None, None)


_T = TypeVar("_T")


def with_deadline(work: Callable[[], _T], timeout: float | None, source: str = "<query>") -> _T:
    """Run ``work`` and return its value, or raise :class:`QueryTimeoutError` after ``timeout`` s.

    The work runs in a daemon thread: rdflib gives up the interpreter lock between bytecodes
    and Oxigraph releases it while it evaluates, so the caller regains control on time
    (the abandoned thread ends with the process).
    """
    if not timeout or timeout <= 0:
        return work()
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=target, name="zone-kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeoutError(
            f"{source}: the query ran longer than {timeout:g} s and was stopped; "
            "raise --timeout, or narrow the query (LIMIT, more specific patterns)"
        )
    if "error" in outcome:
        raise outcome["error"]
    value: _T = outcome["value"]
    return value


def take_rows(rows: Iterable[_T], max_rows: int | None, source: str = "<query>") -> list[_T]:
    """The rows, or :class:`ResultTooLargeError` as soon as there are more than ``max_rows``."""
    out: list[_T] = []
    for row in rows:
        if max_rows and len(out) >= max_rows:
            raise ResultTooLargeError(
                f"{source}: the result has more than {max_rows} rows (--max-rows); "
                "add LIMIT to the query, or raise --max-rows (0 means no cap)"
            )
        out.append(row)
    return out


def run_query(
    graph: rdflib.Graph,
    query_text: str,
    source: str = "<query>",
    *,
    timeout: float | None = None,
    max_rows: int | None = None,
    allow_network: bool = False,
    check: bool = True,
) -> QueryResult:
    """Run a SPARQL 1.1 query with rdflib. Prefixes bound in ``graph`` may be used without ``PREFIX``.

    Raises :class:`QuerySyntaxError` (with 1-based line and column) for invalid queries,
    :class:`UpdateRefusedError` for SPARQL Update, :class:`NetworkRefusedError` for
    ``SERVICE``/``FROM`` unless ``allow_network``, :class:`QueryTimeoutError`,
    :class:`ResultTooLargeError` and :class:`QueryEvaluationError` if evaluation fails.
    """
    import rdflib
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql import prepareQuery

    if check:
        check_query(query_text, source, engine="rdflib", allow_network=allow_network)
    init_ns = dict(graph.namespaces())
    try:
        prepared = prepareQuery(query_text, initNs=init_ns)
    except ParseBaseException as exc:
        if _is_update(query_text):
            raise UpdateRefusedError(f"{source}: SPARQL Update is not supported; queries are read-only") from exc
        raise QuerySyntaxError(_clean_parse_message(exc), exc.lineno, exc.col, source) from exc
    except Exception as exc:  # rdflib raises plain Exception for unknown prefixes
        message = str(exc) or type(exc).__name__
        line, column = _locate_problem(query_text, message)
        raise QuerySyntaxError(message, line, column, source) from exc

    def evaluate() -> QueryResult:
        raw = graph.query(prepared)
        form: QueryForm = raw.type  # type: ignore[assignment]
        if form == "ASK":
            return QueryResult(form, boolean=bool(raw.askAnswer), namespaces=graph.namespace_manager)
        if form in ("CONSTRUCT", "DESCRIBE"):
            triples = take_rows(raw.graph or (), max_rows, source)
            result_graph = rdflib.Graph(bind_namespaces="core")
            for prefix, namespace in graph.namespaces():
                result_graph.bind(prefix, namespace, override=True, replace=True)
            for triple in triples:
                result_graph.add(triple)
            return QueryResult(
                form,
                variables=("subject", "predicate", "object"),
                rows=tuple(tuple(t) for t in sorted(result_graph, key=triple_sort_key)),
                graph=result_graph,
                namespaces=graph.namespace_manager,
            )
        variables = tuple(str(v) for v in (raw.vars or ()))
        keys = [rdflib.Variable(v) for v in variables]
        bindings = getattr(raw, "_genbindings", None) or raw.bindings  # lazily, to stop at max_rows
        rows = take_rows((tuple(binding.get(k) for k in keys) for binding in bindings), max_rows, source)
        return QueryResult(form, variables, tuple(rows), namespaces=graph.namespace_manager)

    try:
        return with_deadline(evaluate, timeout, source)
    except QueryError:
        raise
    except Exception as exc:
        raise QueryEvaluationError(f"{source}: query failed: {exc}") from exc


def _is_update(query_text: str) -> bool:
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(query_text)
    except Exception:
        return False
    return True


def _clean_parse_message(exc: Any) -> str:
    message = str(exc.msg)
    found = exc.found if hasattr(exc, "found") else None
    if found:
        message += f", found {found}"
    return message


def _locate_problem(query_text: str, message: str) -> tuple[int | None, int | None]:
    """Line and column of an unknown prefix named in ``message`` (else ``None``)."""
    match = re.search(r"Unknown namespace prefix\s*:\s*(\S+)", message)
    if not match:
        return None, None
    return locate_prefix(query_text, match.group(1))


def locate_prefix(query_text: str, prefix: str) -> tuple[int | None, int | None]:
    """Line and column where ``prefix:`` is first used outside comments, strings and IRIs."""
    pattern = re.compile(rf"(?<![\w:/<.#-]){re.escape(prefix)}:")
    for number, line in enumerate(mask_query(query_text).split("\n"), start=1):
        hit = pattern.search(line)
        if hit:
            return number, hit.start() + 1
    return None, None


def undeclared_prefixes(query_text: str, known: Iterable[str]) -> list[str]:
    """Prefixes used in ``query_text`` that neither it nor ``known`` declares, in order of use."""
    masked = mask_query(query_text)
    declared = set(re.findall(r"PREFIX\s+([\w.-]*):", masked, re.IGNORECASE)) | set(known)
    used: list[str] = []
    for match in re.finditer(r"(?<![\w:?$.#-])([A-Za-z][\w.-]*|):(?=[\w%\\]|[\s;,.)}\]]|$)", masked):
        name = match.group(1)
        if name not in declared and name not in used and not re.fullmatch(r"(?i)prefix", name):
            used.append(name)
    return used


def _term_sort_key(term: Any) -> tuple[int, str, str]:
    if term is None:
        return (0, "", "")
    kind, value, language, datatype = term_parts(term)
    order = {"bnode": 1, "uri": 2, "literal": 3}[kind]
    return (order, value, f"{language or ''}^{datatype or ''}" if kind == "literal" else "")


def triple_sort_key(triple: Iterable[Any]) -> tuple[tuple[int, str, str], ...]:
    """Sort key for a triple of rdflib or pyoxigraph terms: bnodes, IRIs, then literals."""
    return tuple(_term_sort_key(t) for t in triple)


# --------------------------------------------------------------------------- formatting


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: East Asian wide/full-width characters count two.

    >>> display_width("abc"), display_width("镁合金"), display_width("1045亿元")
    (3, 6, 8)
    """
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _namespace_items(namespaces: Any) -> list[tuple[str, str]]:
    if namespaces is None:
        return []
    if isinstance(namespaces, Mapping):
        return [(str(p), str(n)) for p, n in namespaces.items()]
    return [(str(p), str(n)) for p, n in namespaces.namespaces()]


def _shorten(iri: str, namespaces: Any) -> str:
    """``prefix:local`` with the longest bound namespace that ``iri`` starts with."""
    if namespaces is not None:
        best: tuple[str, str] | None = None
        for prefix, namespace in _namespace_items(namespaces):
            ns = str(namespace)
            if ns and iri.startswith(ns) and (best is None or len(ns) > len(best[1])):
                local = iri[len(ns) :]
                if not re.search(r"[\s<>\"{}|^`\\]", local):
                    best = (prefix, ns)
        if best is not None:
            return f"{best[0]}:{iri[len(best[1]) :]}"
    return f"<{iri}>"


def _plain(term: Any) -> str:
    """A value as text: IRIs in full, literals as their lexical form, blank nodes as _:id."""
    if term is None:
        return ""
    kind, value, _, _ = term_parts(term)
    return f"_:{value}" if kind == "bnode" else value


def _table_cell(term: Any, namespaces: Any) -> str:
    if term is None:
        return ""
    kind, value, _, _ = term_parts(term)
    text = _shorten(value, namespaces) if kind == "uri" else _plain(term)
    # keep one row per line: show line breaks and tabs inside values as escapes
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _format_table(result: QueryResult) -> str:
    if result.form == "ASK":
        header: tuple[str, ...] = ("ask",)
        cells = [["true" if result.boolean else "false"]]
    else:
        header = result.variables
        cells = [[_table_cell(v, result.namespaces) for v in row] for row in result.rows]
    widths = [display_width(h) for h in header]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], display_width(cell))
    lines = [
        "  ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    if result.form != "ASK":
        count = len(cells)
        lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: header of names, plain values, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerow(["ask"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([_plain(v) for v in row])
    return buffer.getvalue()


def _tsv_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _format_tsv(result: QueryResult) -> str:
    """Tab-separated plain values (not SPARQL TSV's Turtle terms); tabs/newlines escaped."""
    if result.form == "ASK":
        return "ask\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(result.variables)]
    lines += ["\t".join(_tsv_cell(_plain(v)) for v in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term: Any) -> dict[str, str]:
    kind, value, language, datatype = term_parts(term)
    out = {"type": kind, "value": value}
    if language:
        out["xml:lang"] = language
    elif datatype is not None:
        out["datatype"] = datatype
    return out


def _format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (CONSTRUCT/DESCRIBE: triples as s/p/o bindings)."""
    document: dict[str, Any]
    if result.form == "ASK":
        document = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [
            {
                var: _json_term(v)
                for var, v in zip(result.variables, row, strict=True)
                if v is not None
            }
            for row in result.rows
        ]
        document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render ``result`` as ``table``, ``csv``, ``tsv``, ``json``, ``turtle`` or ``nt``."""
    if fmt == "table":
        return _format_table(result)
    if fmt == "csv":
        return _format_csv(result)
    if fmt == "tsv":
        return _format_tsv(result)
    if fmt == "json":
        return _format_json(result)
    if fmt in ("turtle", "nt"):
        if result.form not in ("CONSTRUCT", "DESCRIBE"):
            raise QueryError(f"--format {fmt} needs a CONSTRUCT or DESCRIBE query")
        if result.graph is not None:
            return result.graph.serialize(format=fmt)
        import pyoxigraph

        triples = [pyoxigraph.Triple(*row) for row in result.rows]
        prefixes = dict(_namespace_items(result.namespaces)) if fmt == "turtle" else None
        out = pyoxigraph.serialize(
            triples, format=pyoxigraph.RdfFormat.TURTLE if fmt == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES,
            prefixes=prefixes)
        return (out or b"").decode("utf-8")
    raise QueryError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


# --------------------------------------------------------------------------- command line

_EPILOG = "exit codes:\n" + "\n".join(f"  {code}  {text}" for code, text in EXIT_CODES.items())
_EPILOG += f"""

QUERY is a path to a .rq file, the query text itself, or - for standard input. With FILE,
the query runs on that file (.ttl, .nt, .nq, .trig, .jsonld); without it, on the store that
`zone-kg load` filled (--store, default {DEFAULT_STORE}), whose named graphs form the default graph. Prefixes
bound in FILE and the usual ones (zkg:, zkgr:, prov:, rdfs:, …) may be used without PREFIX
declarations. Results come in the query's order: add ORDER BY for a stable order. Literals
are printed as their lexical form (Oxigraph writes decimals canonically: 75, not 75.0); the
table format shortens IRIs with those prefixes.

Offline by default: SERVICE, and JSON-LD files whose @context is another document, are
refused (exit 4) unless --allow-network; updates (INSERT, LOAD, …) always are.

examples:
  zone-kg query exports/fuzhou-hitech-2025.ttl queries/01-zone-clusters.rq
  zone-kg query exports/fuzhou-hitech-2025.ttl queries/06-figures-2025.rq --format csv
  zone-kg query exports/fuzhou-hitech-2025.ttl 'ASK {{ ?e a zkg:Enterprise }}' --engine rdflib
  zone-kg load data/articles/fuzhou-hitech-2025 && zone-kg query queries/01-zone-clusters.rq
"""


def _positive_float(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (no cap) or more")
    return value


def _configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("file", metavar="FILE", type=Path, nargs="?",
                        help="graph file: .ttl, .nt, .nq, .trig or .jsonld (default: query the store)")
    parser.add_argument("query", metavar="QUERY", help="a .rq file, SPARQL query text, or - (stdin)")
    parser.add_argument("--store", type=Path, metavar="DIR",
                        help=f"query the store in DIR (default {DEFAULT_STORE} when no FILE is given)")
    parser.add_argument("--engine", choices=ENGINES, default="oxigraph",
                        help="query engine (default oxigraph; rdflib reads FILE only)")
    parser.add_argument(
        "--format",
        "-f",
        dest="format",
        choices=FORMATS,
        default="table",
        help="output format (default: table; turtle/nt for CONSTRUCT and DESCRIBE)",
    )
    parser.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"stop the query after this long (default {DEFAULT_TIMEOUT:g}; 0 = no limit)")
    parser.add_argument("--max-rows", type=_count, default=DEFAULT_MAX_ROWS, metavar="N",
                        help=f"stop when the result has more rows than this (default {DEFAULT_MAX_ROWS}; 0 = no cap)")
    parser.add_argument("--allow-network", action="store_true",
                        help="allow SERVICE and remote JSON-LD contexts (each bounded by --timeout)")
    parser.set_defaults(func=command, handler=command)
    return parser


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``query`` sub-command to the main CLI's ``subparsers``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "query",
        help="run a SPARQL query on an exported graph or on the store",
        description="Run a SPARQL 1.1 SELECT/ASK/CONSTRUCT/DESCRIBE query on an RDF file or on the store.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return _configure(parser)


def answer(
    query_text: str,
    source: str = "<query>",
    *,
    file: Path | None = None,
    store: Path | None = None,
    engine: str = "oxigraph",
    timeout: float | None = DEFAULT_TIMEOUT,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    allow_network: bool = False,
) -> QueryResult:
    """Answer ``query_text`` on a data file or on the store, with the chosen engine."""
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r} (expected one of {', '.join(ENGINES)})")
    if file is not None and store is not None:
        raise QueryError("give a data FILE or --store DIR, not both")
    check_query(query_text, source, engine=engine, allow_network=allow_network)
    if allow_network and timeout:
        import socket

        socket.setdefaulttimeout(timeout)  # rdflib's SERVICE and @context fetching use urllib
    if engine == "rdflib":
        if file is None:
            raise QueryError("--engine rdflib reads a data FILE; the store is queried with Oxigraph")
        graph = load_graph(file, allow_network=allow_network)
        return run_query(graph, query_text, source, timeout=timeout, max_rows=max_rows,
                         allow_network=allow_network, check=False)
    from graph.store import oxigraph

    if file is not None:
        data, prefixes = oxigraph.load_file(file, allow_network=allow_network)
    else:
        data, prefixes = oxigraph.open_store(store or DEFAULT_STORE, read_only=True), {}
    return oxigraph.run_query(data, query_text, source, prefixes=query_prefixes(prefixes),
                              timeout=timeout, max_rows=max_rows)


def command(args: argparse.Namespace) -> int:
    """Run the ``query`` sub-command; print results to stdout, errors to stderr."""
    try:
        query_text = read_query(args.query)
        source = args.query if Path(args.query).suffix.lower() in _QUERY_SUFFIXES else "<query>"
        result = answer(
            query_text,
            source,
            file=args.file,
            store=getattr(args, "store", None),
            engine=getattr(args, "engine", "oxigraph"),
            timeout=getattr(args, "timeout", DEFAULT_TIMEOUT),
            max_rows=getattr(args, "max_rows", DEFAULT_MAX_ROWS),
            allow_network=getattr(args, "allow_network", False),
        )
        output = format_result(result, args.format)
    except QueryError as exc:
        print(f"zone-kg query: {exc}", file=sys.stderr)
        return exc.exit_code
    _write_stdout(output)
    return EXIT_OK


def _write_stdout(text: str) -> None:
    """Write UTF-8 whatever the locale says (a C locale would choke on Chinese)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    buffer = getattr(sys.stdout, "buffer", None)
    if encoding != "utf8" and buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m graph.query [FILE] QUERY [--format …]`` without the main CLI."""
    parser = _configure(
        argparse.ArgumentParser(
            prog="zone-kg query",
            description="Run a SPARQL 1.1 SELECT/ASK/CONSTRUCT/DESCRIBE query on an RDF file or on the store.",
            epilog=_EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    )
    args = parser.parse_args(argv)
    return command(args)


if __name__ == "__main__":
    raise SystemExit(main())
