"""Relation classes that rounds 9 and 10 showed failing on unseen text (bare posts after a sentence about a
company, project cards, projects named after their builders, …): each rule on invented sentences."""

from __future__ import annotations

from graph.extract.components.emit import draft_dict, emit
from graph.extract.context import Context
from graph.extract.pipeline import run_pipeline

TITLE = "甲川高新区2025年工作总结\n\n"


def _relations(text: str, title: str = TITLE) -> set[tuple[str, str, str]]:
    draft = draft_dict(emit(run_pipeline(Context(title + text, "t"))))
    names = {e["id"]: e["name_zh"] for e in draft["entities"]}
    return {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in draft.get("relations", [])}


def _members(rels: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in rels if p == "memberOf"}


def test_a_bare_post_after_a_sentence_about_a_company_is_a_post_in_that_company() -> None:
    rels = _relations("星澜精密机械有限公司的装配线运转了一夜。“我们的订单排到了明年。”车间主任郑小禾说。"
                      "岚昊光学科技有限公司是省级专精特新企业。董事长韦同舟表示，明年将扩产。")
    assert ("郑小禾", "星澜精密机械有限公司") in _members(rels)
    assert ("韦同舟", "岚昊光学科技有限公司") in _members(rels)


def test_a_bare_post_with_no_company_before_it_in_the_paragraph_draws_no_membership() -> None:
    rels = _relations("星澜精密机械有限公司全年营收12亿元。\n\n董事长韦同舟表示，明年将扩产。")
    assert not _members(rels)


def test_an_office_named_before_the_post_is_no_bare_post() -> None:
    rels = _relations("星澜精密机械有限公司全年营收12亿元。招商服务局局长韦同舟介绍了情况。")
    assert ("韦同舟", "星澜精密机械有限公司") not in _members(rels)


def test_the_administration_post_among_several_is_a_post_in_the_zone() -> None:
    rels = _relations("管委会副主任、招商服务局局长韦同舟主持签约仪式。")
    assert ("韦同舟", "甲川高新区") in _members(rels)
