"""SPARQL over an exported graph: ``zone-kg query FILE QUERY [--format …]``.

The four steps are separate functions so that tests and notebooks can use them alone:

* :func:`load_graph` parses a Turtle, N-Triples or JSON-LD file (chosen by suffix);
* :func:`read_query` takes a ``.rq`` path or the query text itself;
* :func:`run_query` runs a SELECT, ASK, CONSTRUCT or DESCRIBE query and returns a
  :class:`QueryResult` whose rows are in the order the query produced them;
* :func:`format_result` renders it as ``table`` (aligned, CJK-width aware, IRIs shortened
  with the graph's prefixes), ``csv`` (SPARQL 1.1 CSV), ``tsv`` (plain values, one row a
  line), ``json`` (SPARQL 1.1 Query Results JSON) or, for graph results, ``turtle``/``nt``.

Errors are :class:`QueryError` subclasses carrying the command's exit code (see
:data:`EXIT_CODES`).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral

import rdflib
from pyparsing import ParseBaseException
from rdflib.namespace import NamespaceManager
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.term import BNode, Literal, Node, URIRef, Variable

from graph.errors import ZoneKGError

__all__ = [
    "EXIT_CODES",
    "FORMATS",
    "DataParseError",
    "QueryError",
    "QueryResult",
    "QuerySyntaxError",
    "display_width",
    "format_result",
    "load_graph",
    "main",
    "read_query",
    "register",
    "run_query",
]

# The values follow the one exit-code table of every zone-kg command (graph/errors.py).
EXIT_OK = 0
EXIT_FAILED = 4
EXIT_USAGE = 2
EXIT_QUERY_SYNTAX = 4
EXIT_DATA_PARSE = 2

EXIT_CODES: dict[int, str] = {
    EXIT_OK: "success (whether or not there were results)",
    EXIT_USAGE: "bad input: bad arguments, missing or unparseable data or query file (with file and line)",
    EXIT_QUERY_SYNTAX: "query error: a syntax error (with line and column), or the query failed while it ran",
}

FORMATS = ("table", "csv", "tsv", "json", "turtle", "nt")
"""Output formats. ``turtle`` and ``nt`` only apply to CONSTRUCT/DESCRIBE results."""

Format = TypingLiteral["table", "csv", "tsv", "json", "turtle", "nt"]
QueryForm = TypingLiteral["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]

_RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}

_QUERY_SUFFIXES = (".rq", ".sparql")

# Bound when a data file does not bind them itself (N-Triples has no prefixes at all), so
# that tables stay readable. A file's own bindings always win.
_FALLBACK_PREFIXES: dict[str, str] = {
    "zkg": "https://w3id.org/zone-kg/ontology#",
    "zkgr": "https://w3id.org/zone-kg/id/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "unit": "http://qudt.org/vocab/unit/",
}


# --------------------------------------------------------------------------- errors


class QueryError(ZoneKGError):
    """Something the user asked for cannot be done; ``exit_code`` is the CLI's status."""

    exit_code = EXIT_USAGE


class QueryEvaluationError(QueryError):
    """The query parsed but failed while it was evaluated."""

    exit_code = EXIT_FAILED


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
    """The data file is not valid Turtle / N-Triples / JSON-LD; ``line`` is 1-based."""

    exit_code = EXIT_DATA_PARSE

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path = path
        self.message = message
        self.line = line
        where = str(path) if line is None else f"{path}:{line}"
        super().__init__(f"{where}: cannot parse data: {message}")


# --------------------------------------------------------------------------- loading


def load_graph(path: Path) -> rdflib.Graph:
    """Parse ``path`` as Turtle (``.ttl``), N-Triples (``.nt``) or JSON-LD (``.jsonld``).

    Raises :class:`QueryError` when the file is missing or its suffix is unknown and
    :class:`DataParseError` (naming file and line) when it does not parse.
    """
    path = Path(path)
    fmt = _RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(_RDF_FORMATS))
        raise QueryError(f"{path}: unknown data format {path.suffix!r} (expected one of {known})")
    if not path.is_file():
        raise QueryError(f"{path}: data file not found")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        bad_line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise DataParseError(path, f"not UTF-8 ({exc.reason})", bad_line) from exc
    except OSError as exc:
        raise QueryError(f"{path}: cannot read data file: {exc.strerror}") from exc

    graph = rdflib.Graph(bind_namespaces="core")
    try:
        graph.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except Exception as exc:
        message, line = _describe_parse_error(exc, text, fmt)
        raise DataParseError(path, message, line) from exc
    _bind_fallback_prefixes(graph.namespace_manager)
    return graph


def _describe_parse_error(exc: Exception, text: str, fmt: str) -> tuple[str, int | None]:
    """The reason and 1-based line of a parser exception, whatever parser raised it."""
    lines = getattr(exc, "lines", None)  # notation3.BadSyntax: 0-based line count
    why = getattr(exc, "_why", None)
    if isinstance(lines, int) and why is not None:
        return str(why), lines + 1
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})", exc.lineno
    if fmt == "nt":
        return str(exc), _first_bad_ntriples_line(text)
    return str(exc) or type(exc).__name__, None


def _first_bad_ntriples_line(text: str) -> int | None:
    """N-Triples is line based: find the first line that does not parse on its own."""
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines(): U+2028, \f… may sit in literals
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            rdflib.Graph().parse(data=line + "\n", format="nt")
        except Exception:
            return number
    return None


def _bind_fallback_prefixes(nsm: NamespaceManager) -> None:
    bound_prefixes = {prefix for prefix, _ in nsm.namespaces()}
    bound_namespaces = {str(ns) for _, ns in nsm.namespaces()}
    for prefix, namespace in _FALLBACK_PREFIXES.items():
        if prefix not in bound_prefixes and namespace not in bound_namespaces:
            nsm.bind(prefix, namespace, override=False, replace=False)


def read_query(arg: str) -> str:
    """The query text: read from ``arg`` when it names an existing file, else ``arg`` itself.

    ``-`` reads the query from standard input. A ``.rq`` (or ``.sparql``) argument that is not an existing file is an error rather
    than being mistaken for query text.
    """
    if arg == "-":
        text = sys.stdin.read()
        if not text.strip():
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
            return candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{arg}: cannot read query file: {exc}") from exc
    if looks_like_file:
        raise QueryError(f"{arg}: query file not found")
    if not arg.strip():
        raise QueryError("the query is empty")
    return arg


# --------------------------------------------------------------------------- running


@dataclass(frozen=True)
class QueryResult:
    """A query's answer, detached from rdflib's lazily evaluated result object.

    * SELECT: ``variables`` and ``rows`` (``None`` marks an unbound variable);
    * ASK: ``boolean``;
    * CONSTRUCT/DESCRIBE: ``graph``, and ``rows`` holds its triples sorted, with
      ``variables == ("subject", "predicate", "object")``, so tables work for them too.
    """

    form: QueryForm
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: rdflib.Graph | None = None
    namespaces: NamespaceManager | None = field(default=None, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Node | None]:
        """All values of one variable, in row order."""
        index = self.variables.index(name)
        return [row[index] for row in self.rows]

    def as_dicts(self) -> list[dict[str, str | None]]:
        """Rows as ``{variable: lexical form or IRI}`` (``None`` when unbound)."""
        return [
            {
                var: None if value is None else str(value)
                for var, value in zip(self.variables, row, strict=True)
            }
            for row in self.rows
        ]


def run_query(graph: rdflib.Graph, query_text: str, source: str = "<query>") -> QueryResult:
    """Run a SPARQL 1.1 query. Prefixes bound in ``graph`` may be used without ``PREFIX``.

    Raises :class:`QuerySyntaxError` (with 1-based line and column) for invalid queries,
    :class:`QueryError` for SPARQL Update requests and :class:`QueryEvaluationError` if
    evaluation fails.
    """
    init_ns = dict(graph.namespaces())
    try:
        prepared = prepareQuery(query_text, initNs=init_ns)
    except ParseBaseException as exc:
        if _is_update(query_text):
            raise QueryError(
                f"{source}: SPARQL Update is not supported; queries are read-only"
            ) from exc
        raise QuerySyntaxError(_clean_parse_message(exc), exc.lineno, exc.col, source) from exc
    except Exception as exc:  # rdflib raises plain Exception for unknown prefixes
        message = str(exc) or type(exc).__name__
        line, column = _locate_problem(query_text, message)
        raise QuerySyntaxError(message, line, column, source) from exc

    try:
        raw = graph.query(prepared)
        form: QueryForm = raw.type  # type: ignore[assignment]
        if form == "ASK":
            return QueryResult(
                form, boolean=bool(raw.askAnswer), namespaces=graph.namespace_manager
            )
        if form in ("CONSTRUCT", "DESCRIBE"):
            result_graph = rdflib.Graph(bind_namespaces="core")
            for prefix, namespace in graph.namespaces():
                result_graph.bind(prefix, namespace, override=True, replace=True)
            for triple in sorted(raw.graph or (), key=_triple_sort_key):
                result_graph.add(triple)
            return QueryResult(
                form,
                variables=("subject", "predicate", "object"),
                rows=tuple(tuple(t) for t in sorted(result_graph, key=_triple_sort_key)),
                graph=result_graph,
                namespaces=graph.namespace_manager,
            )
        variables = tuple(str(v) for v in (raw.vars or ()))
        keys = [Variable(v) for v in variables]
        rows = tuple(tuple(binding.get(k) for k in keys) for binding in raw.bindings)
        return QueryResult(form, variables, rows, namespaces=graph.namespace_manager)
    except QueryError:
        raise
    except Exception as exc:
        raise QueryEvaluationError(f"{source}: query failed: {exc}") from exc


def _is_update(query_text: str) -> bool:
    try:
        parseUpdate(query_text)
    except Exception:
        return False
    return True


def _clean_parse_message(exc: ParseBaseException) -> str:
    message = exc.msg
    found = exc.found if hasattr(exc, "found") else None
    if found:
        message += f", found {found}"
    return message


def _locate_problem(query_text: str, message: str) -> tuple[int | None, int | None]:
    """Line and column of an unknown prefix named in ``message`` (else ``None``)."""
    match = re.search(r"Unknown namespace prefix\s*:\s*(\S+)", message)
    if not match:
        return None, None
    pattern = re.compile(rf"(?<![\w:/<.#-]){re.escape(match.group(1))}:")
    for number, line in enumerate(query_text.splitlines(), start=1):
        if line.lstrip().startswith("#"):
            continue
        hit = pattern.search(line)
        if hit:
            return number, hit.start() + 1
    return None, None


def _term_sort_key(term: Node | None) -> tuple[int, str, str]:
    if term is None:
        return (0, "", "")
    if isinstance(term, BNode):
        return (1, str(term), "")
    if isinstance(term, URIRef):
        return (2, str(term), "")
    if isinstance(term, Literal):
        return (3, str(term), f"{term.language or ''}^{term.datatype or ''}")
    return (4, str(term), "")


def _triple_sort_key(triple: tuple[Node, Node, Node]) -> tuple[tuple[int, str, str], ...]:
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


def _shorten(iri: str, namespaces: NamespaceManager | None) -> str:
    """``prefix:local`` with the longest bound namespace that ``iri`` starts with."""
    if namespaces is not None:
        best: tuple[str, str] | None = None
        for prefix, namespace in namespaces.namespaces():
            ns = str(namespace)
            if ns and iri.startswith(ns) and (best is None or len(ns) > len(best[1])):
                local = iri[len(ns) :]
                if not re.search(r"[\s<>\"{}|^`\\]", local):
                    best = (prefix, ns)
        if best is not None:
            return f"{best[0]}:{iri[len(best[1]) :]}"
    return f"<{iri}>"


def _plain(term: Node | None) -> str:
    """A value as text: IRIs in full, literals as their lexical form, blank nodes as _:id."""
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _table_cell(term: Node | None, namespaces: NamespaceManager | None) -> str:
    if term is None:
        return ""
    text = _shorten(str(term), namespaces) if isinstance(term, URIRef) else _plain(term)
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


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


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
        if result.graph is None:
            raise QueryError(f"--format {fmt} needs a CONSTRUCT or DESCRIBE query")
        return result.graph.serialize(format=fmt)
    raise QueryError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


# --------------------------------------------------------------------------- command line

_EPILOG = "exit codes:\n" + "\n".join(f"  {code}  {text}" for code, text in EXIT_CODES.items())
_EPILOG += """

QUERY is a path to a .rq file, the query text itself, or - for standard input. Prefixes bound in FILE (zkg:,
zkgr:, prov:, …) may be used without PREFIX declarations. Results come in the query's
order: add ORDER BY for a stable order. Literals are printed as their lexical form; the
table format shortens IRIs with FILE's prefixes.

examples:
  zone-kg query exports/fuzhou-hitech-2025.ttl queries/01-zone-clusters.rq
  zone-kg query exports/fuzhou-hitech-2025.ttl queries/06-figures-2025.rq --format csv
  zone-kg query exports/fuzhou-hitech-2025.ttl 'ASK { ?e a zkg:Enterprise }'
"""


def _configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("file", metavar="FILE", type=Path, help="graph file: .ttl, .nt or .jsonld")
    parser.add_argument("query", metavar="QUERY", help="a .rq file, SPARQL query text, or - (stdin)")
    parser.add_argument(
        "--format",
        "-f",
        dest="format",
        choices=FORMATS,
        default="table",
        help="output format (default: table; turtle/nt for CONSTRUCT and DESCRIBE)",
    )
    parser.set_defaults(func=command, handler=command)
    return parser


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``query`` sub-command to the main CLI's ``subparsers``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "query",
        help="run a SPARQL query on an exported graph",
        description="Run a SPARQL 1.1 SELECT/ASK/CONSTRUCT/DESCRIBE query on an RDF file.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return _configure(parser)


def command(args: argparse.Namespace) -> int:
    """Run the ``query`` sub-command; print results to stdout, errors to stderr."""
    try:
        query_text = read_query(args.query)
        graph = load_graph(args.file)
        source = args.query if Path(args.query).suffix.lower() in _QUERY_SUFFIXES else "<query>"
        result = run_query(graph, query_text, source=source)
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
    """``python -m graph.query FILE QUERY [--format …]`` without the main CLI."""
    parser = _configure(
        argparse.ArgumentParser(
            prog="zone-kg query",
            description="Run a SPARQL 1.1 SELECT/ASK/CONSTRUCT/DESCRIBE query on an RDF file.",
            epilog=_EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    )
    args = parser.parse_args(argv)
    return command(args)


if __name__ == "__main__":
    raise SystemExit(main())
