"""The ``zone-kg`` command: build, export, validate, stats, query, extract, eval.

The Makefile calls these sub-commands; each is a thin shell around library functions
(:mod:`graph.pipeline`, :mod:`graph.exporters`, :mod:`graph.validate`, :mod:`graph.query`).
Errors in the inputs are printed as ``file:line [field]: message`` with a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from graph import __version__
from graph.errors import ZoneKGError

EXIT_OK = 0
EXIT_NOT_CONFORMING = 1


def _article_arg(p: argparse.ArgumentParser) -> None:
    from graph.namespace import ZKGR_DEFAULT  # loads rdflib: only for the commands that build

    p.add_argument("article", type=Path, help="article folder (article.txt, meta.yaml, facts.yaml)")
    p.add_argument("--base", default=ZKGR_DEFAULT, help=f"base IRI for data resources (default {ZKGR_DEFAULT})")


def cmd_build(args: argparse.Namespace) -> int:
    from graph.pipeline import build_article
    from graph.stats import format_stats, graph_stats

    built = build_article(args.article, args.base)
    print(format_stats(graph_stats(built)))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from graph.pipeline import build_article
    from graph.stats import format_stats, graph_stats

    stats = graph_stats(build_article(args.article, args.base))
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else format_stats(stats))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export_article

    paths = export_article(args.article, args.out, formats=args.format or None, base=args.base, docs=not args.no_docs)
    for path in paths:
        print(path)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from graph.pipeline import build_article
    from graph.validate import validate_graph

    built = build_article(args.article, args.base)
    report = validate_graph(built.rdf)
    if report.conforms:
        print(f"{args.article}: facts valid; built graph conforms to ontology/shapes.ttl ({len(built.data)} triples)")
        return EXIT_OK
    print(report.text, file=sys.stderr)
    print(f"{args.article}: {report.results} SHACL violation(s)", file=sys.stderr)
    return EXIT_NOT_CONFORMING


# Sub-commands registered by other modules, by module: only the chosen one's is imported
# (the extractor compiles its rules on import, rdflib takes a tenth of a second).
_BUILD_COMMANDS = ("build", "export", "validate", "stats")
_PLUGIN_COMMANDS: dict[str, tuple[str, ...]] = {
    "graph.query": ("query",),
    "graph.store.cli": ("load", "serve", "publish"),
    "graph.extract.cli": ("extract", "eval"),
}


def _chosen_command(argv: Sequence[str] | None) -> str | None:
    """The sub-command named on the command line, if it is a known one; else ``None`` (build all)."""
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args if not a.startswith("-")), None)
    known = set(_BUILD_COMMANDS).union(*_PLUGIN_COMMANDS.values())
    return first if first in known and args and args[0] == first else None


def make_parser(*, only: str | None = None) -> argparse.ArgumentParser:
    """The ``zone-kg`` parser; with ``only``, just that sub-command's (so nothing else is imported)."""
    from graph.exporters import formats

    def wanted(*names: str) -> bool:
        return only is None or only in names

    parser = argparse.ArgumentParser(
        prog="zone-kg",
        description="Knowledge graphs from Chinese regional-industry reports.",
        epilog="Exit codes: 0 ok; 1 SHACL violations; 2 bad input (file:line [field]: message); 3 export failure.",
    )
    parser.add_argument("--version", action="version", version=f"zone-kg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    if wanted(*_BUILD_COMMANDS):
        _add_build_commands(sub, formats)
    for module, names in _PLUGIN_COMMANDS.items():
        if wanted(*names):
            _register_plugin(sub, module)
    return parser


def _register_plugin(sub: Any, module: str) -> None:
    import importlib

    try:
        register = importlib.import_module(module).register
    except ImportError:  # the extraction package is optional while it is being built
        if module != "graph.extract.cli":
            raise
        return
    register(sub)


def _add_build_commands(sub: Any, formats: Any) -> None:
    p = sub.add_parser("build", help="check an article's facts and build both graphs; print counts",
                       description="Load and check an article folder, build the NetworkX and RDF graphs, print counts. Writes nothing.")
    _article_arg(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("export", help="build and write every format (and the ontology docs) to a folder",
                       description="Build the article's graphs and write them to OUT atomically: Turtle, N-Triples, JSON-LD, "
                       "GraphML, the HTML view, and the ontology documentation. Nothing is written when any input or exporter fails.")
    _article_arg(p)
    p.add_argument("--out", type=Path, default=Path("exports"), help="output folder (default exports/)")
    p.add_argument("--format", action="append", choices=formats(), help="only this format (repeatable; default all)")
    p.add_argument("--no-docs", action="store_true", help="skip the ontology documentation (exports/ontology/)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("validate", help="check the facts and SHACL-validate the built graph",
                       description="Check the facts file, build the RDF graph and validate it against ontology/shapes.ttl. "
                       "Exit 0 when it conforms, 1 with violations, 2 on bad input.")
    _article_arg(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("stats", help="counts of nodes, edges, figures and evidence",
                       description="Build the graphs and print counts per class and per relation.")
    _article_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser(only=_chosen_command(argv))
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except ZoneKGError as exc:
        print(f"zone-kg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
