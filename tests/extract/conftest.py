"""Fixtures of the extraction tests: the seed article and the synthetic reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025"
REPORTS = ROOT / "tests" / "data" / "reports"
REPORT_IDS = sorted(p.name for p in REPORTS.iterdir() if (p / "article.txt").is_file())
ALL_IDS = ["fuzhou-hitech-2025", *REPORT_IDS]


def folder_of(article_id: str) -> Path:
    return SEED if article_id == "fuzhou-hitech-2025" else REPORTS / article_id


_DRAFTS: dict[str, dict[str, Any]] = {}


def draft_of(article_id: str) -> dict[str, Any]:
    """The extractor's draft of an article (computed once per session)."""
    if article_id not in _DRAFTS:
        from graph.extract import extract_facts

        text = (folder_of(article_id) / "article.txt").read_text(encoding="utf-8")
        _DRAFTS[article_id] = extract_facts(text, article_id)
    return _DRAFTS[article_id]


def names_by_id(facts: dict[str, Any]) -> dict[str, str]:
    """A draft's entity ids → their names."""
    return {e["id"]: e["name_zh"] for e in facts["entities"]}


def triples_of(facts: dict[str, Any]) -> set[tuple[str, str, str]]:
    """A draft's relations as (subject name, predicate, object name)."""
    names = names_by_id(facts)
    return {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in facts["relations"]}


@pytest.fixture(params=ALL_IDS)
def article_id(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def run_until(text: str, last: str, title: str = "") -> Any:
    """A context after the pipeline's components up to and including ``last``, on ``title + text``."""
    from graph.extract.context import Context
    from graph.extract.pipeline import PIPELINE, run_pipeline

    names = [name for name, _ in PIPELINE]
    return run_pipeline(Context(title + text, "t"), PIPELINE[: names.index(last) + 1])


def names_of(ctx: Any, cls: str) -> list[str]:
    """The names of a context's entities of class ``cls``, in table order."""
    return [e.name for e in ctx.table.entities if cls in e.classes]


def aliases_of(ctx: Any, name: str) -> list[str]:
    """The aliases of the entity ``name`` of a context (which must have it)."""
    ent = ctx.table.get(name)
    assert ent is not None, name
    return ent.aliases


WORK_SUMMARY_TITLE = "甲川高新区2025年工作总结\n\n"


def drafted_relations(text: str) -> set[tuple[str, str, str]]:
    """``(subject name, predicate, object name)`` of every relation the whole pipeline drafts from
    ``text`` under a work summary's title."""
    from graph.extract.components.emit import draft_dict, emit
    from graph.extract.context import Context
    from graph.extract.pipeline import run_pipeline

    draft = draft_dict(emit(run_pipeline(Context(WORK_SUMMARY_TITLE + text, "t"))))
    names = {e["id"]: e["name_zh"] for e in draft["entities"]}
    return {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in draft.get("relations", [])}


def partner_pairs(rels: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    """The pairs of partners among drafted relations."""
    return {frozenset((s, o)) for s, p, o in rels if p == "partnerOf"}


def located_pairs(rels: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """``(what, where)`` of the locatedIn relations among drafted relations."""
    return {(s, o) for s, p, o in rels if p == "locatedIn"}

