"""The article's zone (graph/extract/components/zone.py): which body a subjectless figure defaults to,
and the honest note it carries."""

from __future__ import annotations

from graph.extract.components.emit import draft_dict, emit
from graph.extract.components.zone import MAIN_ZONE_NOTE
from graph.extract.context import Context
from graph.extract.pipeline import run_pipeline


def _draft(text: str) -> tuple[Context, dict]:
    ctx = run_pipeline(Context(text, "t"))
    return ctx, draft_dict(emit(ctx))


def test_a_zone_written_only_inside_longer_names_is_still_the_articles_zone() -> None:
    text = ("甲川高新区航空港项目加快推进\n\n"
            "2025年以来,甲川高新区航空港项目建设提速,甲川高新区产业引导基金规模达到20亿元。"
            "在乙州市支持下,全年实现地区生产总值120亿元,同比增长8.5%。乙州市组织企业外出招商。")
    ctx, draft = _draft(text)
    assert ctx.main_zone is not None and ctx.main_zone.name == "甲川高新区"
    zone = next(e["id"] for e in draft["entities"] if e["name_zh"] == "甲川高新区")
    gdp = next(o for o in draft["observations"] if o["indicator_zh"] == "地区生产总值")
    assert gdp["subject"] == zone and gdp["review"]["reason"] == MAIN_ZONE_NOTE


def test_the_zone_the_title_names_wins_over_a_zone_written_more_often() -> None:
    text = ("丙河经开区2025年经济运行情况\n\n"
            "丙河经开区与丁山高新区、丁山高新区创新中心、丁山高新区产业园开展合作。全年实现营业收入56亿元。")
    ctx, _ = _draft(text)
    assert ctx.main_zone is not None and ctx.main_zone.name == "丙河经开区"


def test_without_a_zone_the_note_names_the_body_figures_default_to() -> None:
    text = ("星河科技有限公司年度经营简报\n\n"
            "乙州市、乙州市、乙州市持续优化营商环境。星河科技有限公司新建两条产线。全年实现营业收入8.6亿元。")
    ctx, draft = _draft(text)
    assert ctx.main_zone is not None and ctx.main_zone.name == "星河科技有限公司"
    revenue = next(o for o in draft["observations"] if o["indicator_zh"] == "营业收入")
    assert "no zone named" in revenue["review"]["reason"] and "星河科技有限公司" in revenue["review"]["reason"]


def test_a_zones_short_and_long_forms_are_one_zone_with_an_alias() -> None:
    text = ("甲川经济技术开发区2025年工作总结\n\n"
            "2025年,甲川开发区实现营业收入320亿元。甲川经济技术开发区获评绿色园区。"
            "乙山国家高新技术产业开发区与甲川开发区合作,乙山高新区工业总产值增长12%。"
            "丁湖国家级经济技术开发区、丁湖经开区签约。")
    ctx = run_pipeline(Context(text, "t"))
    zones = {e.name: sorted(e.aliases) for e in ctx.table.entities if "Zone" in e.classes}
    assert zones == {"甲川经济技术开发区": ["甲川开发区"], "乙山国家高新技术产业开发区": ["乙山高新区"],
                     "丁湖国家级经济技术开发区": ["丁湖经开区"]}


def test_a_high_tech_zone_and_a_development_zone_of_one_city_stay_apart() -> None:
    text = "甲川高新区2025年工作总结\n\n甲川高新区与甲川开发区签署合作协议。"
    ctx = run_pipeline(Context(text, "t"))
    assert sorted(e.name for e in ctx.table.entities if "Zone" in e.classes) == ["甲川开发区", "甲川高新区"]


def test_a_provinces_rank_scope_is_no_zone() -> None:
    ctx = run_pipeline(Context("甲川高新区简报\n\n甲川高新区综合排名居四川省级开发区第3位。", "t"))
    assert [e.name for e in ctx.table.entities if "Zone" in e.classes] == ["甲川高新区"]
