"""Names cut or padded at the wrong place (graph/extract/entities.py scan_left, cue_names.py)."""

from __future__ import annotations

from graph.extract.context import Context
from graph.extract.pipeline import discover_names

TITLE = "甲川高新区2025年工作总结\n\n"


def _names(text: str, cls: str = "Enterprise") -> list[str]:
    ctx = Context(TITLE + text, "t")
    discover_names(ctx)
    return sorted(e.name for e in ctx.table.entities if cls in e.classes)


def test_where_a_company_is_is_no_part_of_its_name() -> None:
    assert _names("区内星河新材料科技有限公司营业收入达到15亿元。园区内天禾精密机械有限公司新上产线2条。") == [
        "天禾精密机械有限公司", "星河新材料科技有限公司"]


def test_a_brand_after_an_opener_keeps_its_first_character() -> None:
    assert _names("其中瑞达光电营收增长20%。") == ["瑞达光电"]
    assert _names("园区新签约项目5个,达安科技有限公司投资建设新厂。") == ["达安科技有限公司"]


def test_a_rating_is_no_zone() -> None:
    assert _names("园区获评五星级园区,入选省级四星级开发区。", "Zone") == ["甲川高新区"]


def test_a_brand_before_a_signing_verb() -> None:
    assert _names("园区与星河科技签约。") == ["星河科技"]


def test_an_interviews_speaker_is_a_person() -> None:
    text = "记者:今年有哪些打算?\n\n钱志远:我们将加大招商力度,力争引进企业10家。"
    assert _names(text, "Person") == ["钱志远"]
    assert _names("钱志远:我们将加大招商力度。", "Person") == []  # one line opened by a name: no interview


def test_a_platform_named_with_its_rank_and_a_long_field() -> None:
    assert _names("云帆碳材料还与乙州理工学院共建省级碳基材料技术创新中心。", "Platform") == ["省级碳基材料技术创新中心"]
    assert _names("园区新获批省级企业技术中心3家。", "Platform") == []  # a kind of platform, not a name


def test_a_piece_of_a_legal_name_is_no_second_company() -> None:
    from graph.extract.pipeline import run_pipeline

    ctx = run_pipeline(Context(TITLE + "天禾重工装备集团有限公司联合华北矿山研究院建设智能矿山装备中试基地。", "t"))
    assert sorted(e.name for e in ctx.table.entities if "Enterprise" in e.classes) == ["天禾重工装备集团有限公司"]


def test_an_investment_verb_ends_a_legal_name() -> None:
    names = _names("甲川高新区产业引导基金领投星澜传感科技有限公司1.5亿元。")
    assert "星澜传感科技有限公司" in names and not [n for n in names if "领投" in n]


def test_a_provinces_yearly_ranking_is_no_zone() -> None:
    assert _names("在2025年度四川省开发区综合评价中,甲川高新区位列第四。", "Zone") == ["甲川高新区"]


def test_section_numbers_and_prizes_name_no_project() -> None:
    assert _names("(二)项目建设提速。一等奖项目将获得扶持资金。", "Project") == []


def test_the_title_ends_its_own_line() -> None:
    ctx = Context("甲川高新区2025年上半年经济运行情况分析\n\n甲川高新区经济发展局 2025年7月18日\n\n园区营收增长。", "t")
    assert ctx.doc.paragraphs[0].text == "甲川高新区2025年上半年经济运行情况分析"


def test_a_brand_with_its_trade_word_is_the_legal_names_short_form() -> None:
    from graph.extract.pipeline import run_pipeline

    ctx = run_pipeline(Context(TITLE + "浙江星澜汽车电子有限公司的雷达出货300万套。星澜电子和甲川大学联合组建实验室。", "t"))
    company = ctx.table.get("星澜电子")
    assert company is not None and company.name == "浙江星澜汽车电子有限公司"


def test_an_industry_named_with_产业_is_also_named_without_it() -> None:
    from graph.extract.pipeline import run_pipeline

    ctx = run_pipeline(Context(TITLE + "其中,生物医药产业产值达到45亿元,增长12%。", "t"))
    industry = ctx.table.get("生物医药")
    assert industry is not None and industry.classes == {"Industry"}


def test_government_offices_are_organisations() -> None:
    names = _names("甲川高新区投资促进局局长方一恒告诉记者。丙省工业和信息化厅公布名单。", "Organization")
    assert names == ["丙省工业和信息化厅", "甲川高新区投资促进局"]


def test_an_institute_a_company_works_with_is_an_organisation_not_a_platform_it_built() -> None:
    names = _names("天禾重工装备集团有限公司联合华北矿山研究院建设智能矿山装备中试基地。", "Organization")
    assert names == ["华北矿山研究院"]
