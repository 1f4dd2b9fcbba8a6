"""The ``zone-kg`` command: build, export, validate, stats, query, extract, eval.

The Makefile calls these sub-commands; each is a thin shell around library functions
(:mod:`graph.pipeline`, :mod:`graph.sinks`, :mod:`graph.validate`, :mod:`graph.query`).
Errors in the inputs are printed as ``file:line [field]: message`` with a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from graph.pipeline import BuiltCorpus

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
    from graph.namespace import ZKGR_DEFAULT  # loads rdflib: only for the commands that build

    p.add_argument("article", type=Path, metavar="PATH",
                   help="a corpus folder of article folders, or one article folder (article.txt, meta.yaml, facts.yaml)")
    p.add_argument("--base", type=base_iri, default=ZKGR_DEFAULT,
                   help=f"base IRI for data resources, absolute (default {ZKGR_DEFAULT})")
    p.add_argument("--registry", type=Path, default=None,
                   help="entity registry (default: entities.yaml in the corpus folder or beside it)")
    p.add_argument("--jobs", type=int, default=None, help="articles loaded in parallel (default: the number of cores)")


def _jobs(args: argparse.Namespace) -> int:
    from graph.sources.corpus import jobs_or_default

    return jobs_or_default(args.jobs)


def _build(args: argparse.Namespace, synthetic: bool = False) -> BuiltCorpus:
    from graph.pipeline import build_corpus

    return build_corpus(args.article, args.base, registry=args.registry, jobs=_jobs(args), synthetic=synthetic)


def cmd_build(args: argparse.Namespace) -> int:
    from graph.stats import corpus_stats, format_stats

    print(format_stats(corpus_stats(_build(args))))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from graph.stats import corpus_stats, format_stats

    stats = corpus_stats(_build(args))
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else format_stats(stats))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export_corpus

    def waiting(lock: Path) -> None:
        print(f"zone-kg: another zone-kg process is writing {args.out}; waiting for it ({lock})", file=sys.stderr)

    paths = export_corpus(args.article, args.out, args.format or None, args.base, not args.no_docs,
                          registry=args.registry, jobs=_jobs(args), synthetic=args.synthetic, on_wait=waiting)
    for path in paths:
        print(path)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from graph.transform.conflicts import find_conflicts
    from graph.transform.indicators import unmapped_indicators
    from graph.validate import validate_graph

    built = _build(args)
    for warning in built.corpus.registry.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    unmapped: dict[str, list[str]] = {}
    for art in built.corpus.articles:
        for u in unmapped_indicators(art):
            unmapped.setdefault(u.written, []).extend(f"{art.article_id}/{obs_id}" for obs_id in u.observation_ids)
    if unmapped:
        print(f"note: {sum(map(len, unmapped.values()))} figure(s) with {len(unmapped)} indicator(s) not in the vocabulary "
              "(ontology/indicators.ttl): kept as written, not lined up across articles", file=sys.stderr)
        for written, where in sorted(unmapped.items()):
            print(f"  {written}: {', '.join(where)}", file=sys.stderr)
    conflicts = find_conflicts(built.corpus.articles, built.resolution, built.ontology)
    for conflict in conflicts:
        print(conflict.describe(), file=sys.stderr)
    report = validate_graph(built.rdf)
    n = len(built.articles)
    if not report.conforms:
        print(report.text, file=sys.stderr)
        print(f"{args.article}: {report.results} SHACL violation(s)", file=sys.stderr)
        return EXIT_NOT_CONFORMING
    print(f"{args.article}: facts valid in {n} article(s); built graph conforms to ontology/shapes.ttl "
          f"({len(built.data)} triples); {len(conflicts)} conflicting figure(s)")
    return EXIT_NOT_CONFORMING if conflicts and args.strict else EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    from graph.transform.resolve import propose_merges
    from graph.transform.resolve_report import format_proposals

    built = _build(args)
    proposals = propose_merges(built.corpus.articles, built.resolution, built.ontology)
    text = format_proposals(built, proposals)
    if args.out is None:
        sys.stdout.write(text)
    else:
        from graph.sinks.writer import write_atomic

        write_atomic(args.out, text.encode("utf-8"))
        print(f"{args.out}: {len(proposals)} proposal(s) for review", file=sys.stderr)
    return EXIT_OK


_BUILD_COMMANDS = ("build", "export", "validate", "stats", "resolve")
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
    """The ``zone-kg`` parser; with ``only``, just that sub-command's (so nothing else is imported:
    ``zone-kg query`` loads neither rdflib's builders nor the extractor)."""

    def wanted(*names: str) -> bool:
        return only is None or only in names

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
    if wanted(*_BUILD_COMMANDS):
        _add_build_commands(sub)
    for module, names in _PLUGIN_COMMANDS.items():
        if wanted(*names):
            _register_plugin(sub, module)
    return parser


def _register_plugin(sub: Any, module: str) -> None:
    import importlib

    importlib.import_module(module).register(sub)


def _add_build_commands(sub: Any) -> None:
    from graph.sinks import formats

    p = sub.add_parser("build", help="check a corpus's (or an article's) facts and build the graphs; print counts",
                       description="Load and check every article folder, resolve entities across articles, build the "
                       "NetworkX and RDF graphs, print counts. Writes nothing.")
    _article_arg(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("export", help="build and write every format (and the ontology docs) to a folder",
                       description="Build the corpus and write to OUT: each article's Turtle, N-Triples, JSON-LD, "
                       "GraphML and HTML view; the corpus files corpus.trig and corpus.nq (one named graph per article plus "
                       "the corpus graph), corpus.ttl, corpus.graphml, corpus.html; and the ontology documentation. "
                       "Nothing is written when any input or exporter fails. "
                       "OUT is replaced as a whole, in one step: readers see the old export or the new one, never a mix. "
                       "OUT must be new, empty or a previous export (zone-kg-manifest.json); one export at a time writes it.")
    _article_arg(p)
    p.add_argument("--out", default="exports", help="output folder, replaced as a whole (default exports/)")
    p.add_argument("--format", action="append", choices=formats(), help="only this format (repeatable; default all)")
    p.add_argument("--no-docs", action="store_true", help="skip the ontology documentation (exports/ontology/)")
    p.add_argument("--synthetic", action="store_true", help="label the corpus view as synthetic (a demo or test corpus)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("validate", help="check the facts, SHACL-validate the built graph, report conflicting figures",
                       description="Check every facts file and the registry, build the RDF graphs and validate them against "
                       "ontology/shapes.ttl; list indicators the vocabulary cannot map and figures that two articles give "
                       "differently (both quotes). Exit 0 when it conforms, 1 with violations (or conflicts with --strict), "
                       "2 on bad input.")
    _article_arg(p)
    p.add_argument("--strict", action="store_true", help="exit 1 when two articles disagree on a figure")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("stats", help="counts of nodes, edges, figures and evidence",
                       description="Build the graphs and print counts per class and per relation.")
    _article_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("resolve", help="propose cross-article entity merges for review (applies nothing)",
                       description="Resolve entities across the corpus and list the pairs that may be one entity but are "
                       "below the automatic threshold (only an exact normalised name with compatible classes merges on its "
                       "own): score, why, and each mention's quote. Accept one by copying it into the registry.")
    _article_arg(p)
    p.add_argument("-o", "--out", type=Path, default=None, help="write the proposals (YAML) to this file instead of stdout")
    p.set_defaults(func=cmd_resolve)



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
        args = make_parser(only=_chosen_command(argv)).parse_args(argv)
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
