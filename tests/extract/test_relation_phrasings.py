"""Relations from common phrasings (graph/extract/components/enumerations.py, relations_*.py)."""

from __future__ import annotations

from graph.extract.components.emit import draft_dict, emit
from graph.extract.context import Context
from graph.extract.pipeline import run_pipeline

TITLE = "甲川高新区2025年工作总结\n\n"


def _relations(text: str) -> set[tuple[str, str, str]]:
    draft = draft_dict(emit(run_pipeline(Context(TITLE + text, "t"))))
    names = {e["id"]: e["name_zh"] for e in draft["entities"]}
    return {(names[r["subject"]], r["predicate"], names[r["object"]]) for r in draft.get("relations", [])}


def test_leading_industries_after_more_verbs_and_in_an_open_list() -> None:
    rels = _relations("甲川高新区紧扣光电信息、航空物流、智能装备三大主导产业。园区将重点服务新材料、高端装备等主导产业。")
    leading = {o for s, p, o in rels if p == "hasLeadingIndustry" and s == "甲川高新区"}
    assert leading == {"光电信息", "航空物流", "智能装备", "新材料", "高端装备"}


def test_a_capacity_project_names_its_product_and_the_brand_before_it_carries_it_out() -> None:
    rels = _relations("岚岩碳纤维年产1.2万吨高性能碳纤维项目主体完工。")
    assert ("岚岩碳纤维", "carriesOut", "年产1.2万吨高性能碳纤维项目") in rels
    assert ("岚岩碳纤维", "produces", "高性能碳纤维") in rels


def test_a_verb_before_a_capacity_project_is_no_company() -> None:
    draft = draft_dict(emit(run_pipeline(Context(TITLE + "园区推动星河新能扩建年产5万吨光伏支架项目。", "t"))))
    assert not [e for e in draft["entities"] if e["name_zh"].endswith("扩建")]


def test_companies_listed_as_settling_or_as_the_zones_lie_in_the_zone() -> None:
    rels = _relations("星澜包装材料有限公司、岚岩冷链物流有限公司等配套企业相继落户。甲川高新区的恒澜、科澜两家企业榜上有名。")
    located = {s for s, p, o in rels if p == "locatedIn" and o == "甲川高新区"}
    assert located == {"星澜包装材料有限公司", "岚岩冷链物流有限公司", "恒澜", "科澜"}


def test_a_companys_product_named_before_what_it_does_in_the_market() -> None:
    rels = _relations("浙江星澜汽车电子有限公司的毫米波雷达去年出货超过300万套。科澜电子的碳化硅功率模块已批量用于光伏逆变器。"
                      "科澜电子的发展很快。")
    assert {(s, o) for s, p, o in rels if p == "produces"} == {("浙江星澜汽车电子有限公司", "毫米波雷达"),
                                                               ("科澜电子", "碳化硅功率模块")}


def test_a_quoted_dash_chain_names_the_links_of_the_chain_named_before() -> None:
    rels = _relations("2025年,光伏产业链实现营收41亿元。目前已形成“硅料提纯—电池片—光伏组件—逆变器”的全链条布局。")
    links = {o for s, p, o in rels if p == "hasChainSegment" and s == "光伏产业链"}
    assert links == {"硅料提纯", "电池片", "光伏组件", "逆变器"}
