"""``zone-kg load``, ``zone-kg serve`` and ``zone-kg publish``: thin shells over :mod:`graph.store`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from graph.query import DEFAULT_STORE, QueryError

DEFAULT_BASE = "https://w3id.org/zone-kg/id/"


def _source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="PATH", type=Path,
                   help="an article folder, a folder of article folders, or an N-Quads/TriG export (corpus.nq)")
    p.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI of the data; graphs are <BASE>article/<id> (default {DEFAULT_BASE})")
    p.add_argument("--jobs", type=int, default=None, help="articles built in parallel (default: the number of cores)")


def _jobs(args: argparse.Namespace) -> int:
    from graph.sources.corpus import jobs_or_default

    return jobs_or_default(args.jobs)


def cmd_load(args: argparse.Namespace) -> int:
    from graph.sinks import get_sink
    from graph.store.sources import graphs_from_path

    load_graphs = get_sink("oxigraph").load()

    graph_set = graphs_from_path(args.path, args.base, _jobs(args))

    def progress(name: str | None, count: int) -> None:
        if not args.quiet:
            print(f"loaded <{name or 'default graph'}>: {count} triples", file=sys.stderr)

    report = load_graphs(args.store, graph_set.graphs, prune_prefix=graph_set.prune_prefix, progress=progress, bulk=args.bulk)
    if report.unchanged:
        print(f"{len(report.unchanged)} graph(s) already held exactly these triples: left as they were", file=sys.stderr)
    for name in report.dropped:
        print(f"dropped <{name}> (no longer in {args.path})", file=sys.stderr)
    total = sum(report.loaded.values())
    print(f"{args.store}: {len(report.loaded)} graph(s), {total} triples loaded from {graph_set.description}"
          + (f"; {len(report.dropped)} dropped" if report.dropped else ""))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from graph.store.server import serve

    serve(args.store, args.bind, writable=args.writable, timeout_s=args.timeout, cors=args.cors)
    return 0  # not reached: serve() replaces the process


def cmd_publish(args: argparse.Namespace) -> int:
    from graph.sinks import get_sink
    from graph.store.publish import endpoint_from
    from graph.store.sources import graphs_from_path

    publish = get_sink("graph-store-protocol").load()

    endpoint = endpoint_from(args.endpoint, args.query_endpoint, timeout=args.timeout)
    graph_set = graphs_from_path(args.path, args.base, _jobs(args))

    def progress(action: str, name: str, count: int) -> None:
        if not args.quiet:
            print(f"{action} <{name}>" + (f": {count} triples" if action == "PUT" else ""), file=sys.stderr)

    report = publish(graph_set, endpoint, verify=not args.no_verify, progress=progress)
    print(f"{args.endpoint}: {len(report.sent)} graph(s), {sum(report.sent.values())} triples published"
          + (f", {len(report.deleted)} deleted" if report.deleted else "")
          + ("; counts verified" if report.verified else ""))
    return 0


def _guard(func: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            return int(func(args))
        except QueryError as exc:
            print(f"zone-kg {args.command}: {exc}", file=sys.stderr)
            return exc.exit_code
    return run


def register(subparsers: Any) -> None:
    """Add ``load``, ``serve`` and ``publish`` to the main CLI's ``subparsers``."""
    p = subparsers.add_parser(
        "load", help="load articles (or a corpus export) into the embedded Oxigraph store",
        description="Load each article's named graph <BASE>article/<id> into the on-disk Oxigraph store, one "
        "transaction per graph: re-loading replaces a graph (idempotent), a crash leaves each graph as it was "
        "or as it is now, and articles no longer in a folder of articles (or a corpus.nq) are dropped.")
    _source_args(p)
    p.add_argument("--store", type=Path, default=DEFAULT_STORE, metavar="DIR", help=f"store folder (default {DEFAULT_STORE})")
    p.add_argument("--quiet", "-q", action="store_true", help="no line per graph")
    p.add_argument("--bulk", action="store_true",
                   help="Oxigraph's bulk loader: several times faster for big graphs, but not atomic (a crash "
                   "leaves a graph partly loaded until a re-run)")
    p.set_defaults(func=_guard(cmd_load))

    p = subparsers.add_parser(
        "serve", help="run the Oxigraph SPARQL server on the store (read-only, 127.0.0.1 by default)",
        description="Run the Oxigraph server (SPARQL 1.1 Protocol at /query, Graph Store Protocol at /store, "
        "a query UI at /) on the store; the union of the named graphs is the default graph.")
    p.add_argument("--store", type=Path, default=DEFAULT_STORE, metavar="DIR", help=f"store folder (default {DEFAULT_STORE})")
    p.add_argument("--bind", default="127.0.0.1:7878", metavar="HOST:PORT", help="address to listen on (default 127.0.0.1:7878)")
    p.add_argument("--writable", action="store_true", help="accept SPARQL Update and Graph Store writes (default read-only)")
    p.add_argument("--timeout", type=int, default=60, metavar="SECONDS", help="query timeout (default 60)")
    p.add_argument("--cors", action="store_true", help="allow cross-origin requests (e.g. YASGUI from another origin)")
    p.set_defaults(func=_guard(cmd_serve))

    p = subparsers.add_parser(
        "publish", help="send each article's named graph to a SPARQL 1.1 store (Graph Store Protocol)",
        description="PUT each named graph to a Graph Store Protocol endpoint (replacing it), DELETE graphs of "
        "articles no longer present, then check every graph's triple count through the SPARQL query endpoint. "
        "Credentials come from ZONE_KG_USER and ZONE_KG_PASSWORD (never the command line).")
    _source_args(p)
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="Graph Store endpoint, e.g. http://127.0.0.1:7878/store or http://host:8890/sparql-graph-crud-auth")
    p.add_argument("--query-endpoint", metavar="URL", help="SPARQL query endpoint (guessed for Oxigraph, Virtuoso, Fuseki)")
    p.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS", help="per HTTP request (default 120)")
    p.add_argument("--no-verify", action="store_true", help="skip the count check after publishing")
    p.add_argument("--quiet", "-q", action="store_true", help="no line per graph")
    p.set_defaults(func=_guard(cmd_publish))
