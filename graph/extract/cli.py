"""``zone-kg extract`` and ``zone-kg eval``: draft a facts file, score it against a curated one.

``register(subparsers)`` adds both sub-commands to the main CLI; ``python -m
graph.extract.cli`` runs them on their own.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

EXIT_INPUT = 2


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_INPUT


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

    from graph.loader import _DecimalLoader  # reads floats as Decimal, like the loader

    text = _read_text(path)
    try:
        data = yaml.load(text, Loader=_DecimalLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ValueError(f"{path}:{where} not parseable YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a facts file (a mapping with article, entities, …)")
    return data


def cmd_extract(args: argparse.Namespace) -> int:
    from graph.extract import dump_draft, extract_facts  # imports jieba lazily

    src = Path(args.article)
    try:
        text = _read_text(src)
    except ValueError as exc:
        return _fail(str(exc))
    article_id = args.article_id or src.parent.name or src.stem
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", article_id):
        return _fail(f"article id {article_id!r} is not a slug (a-z, 0-9, hyphens); pass --article-id")
    draft = dump_draft(extract_facts(text, article_id), text)
    out = Path(args.output)
    try:
        out.write_text(draft, encoding="utf-8")
    except OSError as exc:
        return _fail(f"{out}: cannot write ({exc.strerror})")
    print(f"wrote {out}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from graph.extract.evaluate import evaluate, format_report

    try:
        gold = _read_facts(Path(args.gold))
        pred = _read_facts(Path(args.pred))
    except ValueError as exc:
        return _fail(str(exc))
    report = evaluate(gold, pred)
    print(report.to_json() if args.json else format_report(report), end="" if not args.json else "\n")
    return 0


def register(subparsers: Any) -> None:
    """Add the ``extract`` and ``eval`` sub-commands to an argparse sub-parser set."""
    p = subparsers.add_parser("extract", help="draft a facts file from an article text (rule-based)")
    p.add_argument("article", metavar="ARTICLE.txt", help="the article text (UTF-8)")
    p.add_argument("-o", "--output", required=True, metavar="facts.draft.yaml", help="where to write the draft")
    p.add_argument("--article-id", help="the article slug (default: the folder name of ARTICLE.txt)")
    p.set_defaults(func=cmd_extract)
    e = subparsers.add_parser("eval", help="score a drafted facts file against a curated one")
    e.add_argument("--gold", required=True, metavar="FACTS", help="curated facts.yaml")
    e.add_argument("--pred", required=True, metavar="DRAFT", help="drafted facts file")
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.set_defaults(func=cmd_eval)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graph.extract.cli")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
