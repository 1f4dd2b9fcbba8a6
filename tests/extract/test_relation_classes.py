"""Relation classes of real-world phrasings (partners, leading industries, ranked lists, …):
each rule on invented sentences (graph/extract/components/relations_*.py)."""

from __future__ import annotations

from graph.extract.components.emit import draft_dict, emit
from graph.extract.context import Context
from graph.extract.pipeline import run_pipeline

TITLE = "甲川高新区2025年工作总结\n\n"


def _relations(text: str) -> set[tuple[str, str, str]]:
    draft = draft_dict(emit(run_pipeline(Context(TITLE + text, "t"))))
    names = {e["id"]: e["name_zh"] for e in draft["entities"]}
    return {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in draft.get("relations", [])}


def _partners(rels: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in rels if p == "partnerOf"}


def test_the_two_builders_of_a_jointly_built_platform_are_partners() -> None:
    rels = _relations("由星澜科技有限公司与甲川理工大学共建的甲川智能传感研究院正式揭牌。")
    assert frozenset(("星澜科技有限公司", "甲川理工大学")) in _partners(rels)
    assert ("甲川智能传感研究院", "foundedBy", "星澜科技有限公司") in rels


def test_a_jointly_built_platform_without_a_named_builder_draws_no_partner() -> None:
    rels = _relations("与甲川理工大学共建的甲川智能传感研究院已转化成果12项。")
    assert not _partners(rels)


def test_joining_a_partner_to_build_or_launch_is_a_partnership() -> None:
    rels = _relations("星澜科技有限公司联合甲川理工大学建设甲川智能传感中试基地。"
                      "甲川高新区设立科技成果转化专项资金；同时联合岚川银行推出“科创贷”。")
    assert frozenset(("星澜科技有限公司", "甲川理工大学")) in _partners(rels)
    assert frozenset(("甲川高新区", "岚川银行")) in _partners(rels)


def test_joining_a_partner_to_found_a_body_is_a_founding_not_a_partnership() -> None:
    rels = _relations("甲川高新区联合岚川投资集团有限公司设立甲川产业发展基金。")
    assert not _partners(rels)


def test_working_together_on_research_is_a_partnership() -> None:
    rels = _relations("星澜科技有限公司与甲川理工大学联合攻关，全年推出新产品5款。")
    assert frozenset(("星澜科技有限公司", "甲川理工大学")) in _partners(rels)


def test_a_joint_lab_name_is_no_joining_verb() -> None:
    rels = _relations("星澜科技有限公司联合实验室全年申请专利30项。")
    assert not _partners(rels)
