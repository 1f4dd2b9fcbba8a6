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

from graph import __version__
from graph.errors import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_VALIDATION,
    REPORT_TO,
    ZoneKGError,
    exit_codes_text,
)
from graph.namespace import ZKGR_DEFAULT

EXIT_NOT_CONFORMING = EXIT_VALIDATION


def base_iri(text: str) -> str:
    """``--base``: an absolute IRI (scheme, then no spaces, quotes or angle brackets); else exit 2.

    >>> base_iri("https://example.org/id/")
    'https://example.org/id/'
    """
    import re

    if not text:
        raise argparse.ArgumentTypeError("the base IRI is empty; give an absolute IRI such as https://example.org/id/")
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f]+", text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an absolute IRI (it needs a scheme such as https: and no spaces, quotes or <>); "
            "e.g. https://example.org/id/"
        )
    if re.match(r"(?i)https?:", text) and not re.match(r"(?i)https?://[^/]+", text):
        raise argparse.ArgumentTypeError(f"{text!r} has no host; e.g. https://example.org/id/")
    return text


def _article_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=Path, help="article folder (article.txt, meta.yaml, facts.yaml)")
    p.add_argument("--base", type=base_iri, default=ZKGR_DEFAULT,
                   help=f"base IRI for data resources, absolute (default {ZKGR_DEFAULT})")


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

    def waiting(lock: Path) -> None:
        print(f"zone-kg: another zone-kg process is writing {args.out}; waiting for it ({lock})", file=sys.stderr)

    paths = export_article(args.article, args.out, formats=args.format or None, base=args.base, docs=not args.no_docs,
                           on_wait=waiting)
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


def make_parser() -> argparse.ArgumentParser:
    from graph.exporters import formats

    parser = argparse.ArgumentParser(
        prog="zone-kg",
        description="Knowledge graphs from Chinese regional-industry reports.",
        epilog="exit codes (every command):\n" + exit_codes_text()
        + "\n\nWith --debug (anywhere on the command line) errors also print their traceback.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"zone-kg {__version__}")
    parser.add_argument("--debug", action="store_true", help="print the traceback of any error (may be given anywhere)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="check an article's facts and build both graphs; print counts",
                       description="Load and check an article folder, build the NetworkX and RDF graphs, print counts. Writes nothing.")
    _article_arg(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("export", help="build and write every format (and the ontology docs) to a folder",
                       description="Build the article's graphs and write them to OUT atomically: Turtle, N-Triples, JSON-LD, "
                       "GraphML, the HTML view, and the ontology documentation. Nothing is written when any input or exporter fails. "
                       "OUT is replaced as a whole, in one step: readers see the old export or the new one, never a mix. "
                       "OUT must be new, empty or a previous export (zone-kg-manifest.json); one export at a time writes it.")
    _article_arg(p)
    p.add_argument("--out", default="exports", help="output folder, replaced as a whole (default exports/)")
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

    from graph.query import register as register_query

    register_query(sub)
    try:
        from graph.extract.cli import register as register_extract
    except ImportError:  # the extraction package is optional while it is being built
        pass
    else:
        register_extract(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; map every failure to the exit-code table of :mod:`graph.errors`.

    Errors of the user's inputs or outputs print one message (no traceback) and exit
    1–4; anything else is a bug: exit 5 with what to report. ``--debug`` (anywhere on the
    command line) re-raises, so the traceback is printed.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    argv = [a for a in argv if a != "--debug"]
    try:
        args = make_parser().parse_args(argv)
        return int(args.func(args))
    except ZoneKGError as exc:
        if debug:
            raise
        _print_error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # stdout closed early (`zone-kg stats | head -1`): nothing more can be written
        _silence_stdout()
        return EXIT_OUTPUT
    except MemoryError:
        if debug:
            raise
        _print_error("out of memory (is an input file unexpectedly large?)")
        return EXIT_INPUT
    except OSError as exc:
        # Readers turn their OSErrors into InputError; what is left failed to write.
        if debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        _print_error(f"{where}cannot write output: {exc.strerror or exc}")
        return EXIT_OUTPUT
    except Exception as exc:
        if debug:
            raise
        _report_internal_error(exc, argv)
        return EXIT_INTERNAL


def _print_error(message: str) -> None:
    print(f"zone-kg: error: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _report_internal_error(exc: BaseException, argv: Sequence[str]) -> None:
    """Say that this is a bug, where to report it, and save the traceback to attach."""
    import tempfile
    import traceback

    text = (
        f"zone-kg {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
        f"command: zone-kg {' '.join(argv)}\n\n"
        + "".join(traceback.format_exception(exc))
    )
    saved = ""
    try:
        fd, name = tempfile.mkstemp(prefix="zone-kg-crash-", suffix=".txt")
        with open(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        saved = f"the traceback was saved to {name}; "
    except OSError:
        saved = "run the same command again with --debug to see the traceback; "
    print(
        f"zone-kg: internal error: {type(exc).__name__}: {exc}\n"
        f"This is a bug in zone-kg, not a problem with your input. Please report it to {REPORT_TO}: "
        f"{saved}attach that file, the command line, the output of `zone-kg --version`, and the "
        "input files (article folder or query and data file) if you can share them.",
        file=sys.stderr,
    )


if __name__ == "__main__":
    raise SystemExit(main())
