"""Entity rules for the failure classes of rounds 9 and 10, each on invented sentences.

Hong Kong style quotes and bullets, places read by list and byline rules as projects or people,
facilities named after a verb of building or investing, brand-and-kind short forms of a company
(X集团 / X公司).
"""

from __future__ import annotations

from functools import partial

from graph.extract.context import Context
from graph.extract.pipeline import PIPELINE, run_pipeline
from tests.extract.conftest import aliases_of, names_of
from tests.extract.conftest import run_until as run_pipeline_until

TITLE = "甲川高新区2025年工作简报\n\n"
run_until = partial(run_pipeline_until, title=TITLE)


def test_corner_brackets_close_a_name_as_quotation_marks_do() -> None:
    ctx = run_until("園區並推出「丙英人才計劃」,今年已發放補貼300萬元。", "discover")
    assert names_of(ctx, "TalentProgram") == ["丙英人才计划"]


def test_a_bullet_point_opening_a_line_is_no_part_of_the_name_after_it() -> None:
    for bullet in "‧•・":
        ctx = run_until(f"簽約項目包括:\n{bullet}丁州市星河微電子有限公司投資45億元的晶圓封測基地;", "discover")
        assert "丁州市星河微电子有限公司" in names_of(ctx, "Enterprise"), bullet


def test_cities_of_a_list_read_as_projects_are_places() -> None:
    ctx = run_until("来自苏州、成都、西安等地的12个项目现场签约。", "places")
    assert {"苏州", "成都", "西安"} <= set(names_of(ctx, "Place"))
    assert not {"苏州", "成都", "西安"} & set(names_of(ctx, "Project"))


def test_the_city_of_a_dateline_is_no_person() -> None:
    ctx = run_until("【本报讯】(记者 王小川 南宁报道)甲川高新区昨日举行签约仪式。", "places")
    assert "王小川" in names_of(ctx, "Person")
    assert "南宁" in names_of(ctx, "Place") and "南宁" not in names_of(ctx, "Person")


def test_a_facility_named_after_a_verb_of_building_or_investing_is_a_project() -> None:
    text = ("丙辰电子投资18亿元建设的第6代柔性屏生产线于今年投产。戊己公司投资9亿元的冷链物流基地;"
            "甲乙银行授信2亿元,支持其建设高纯石英砂生产线。融资主要用于三期膜材生产线。")
    projects = names_of(run_until(text, "built_facilities"), "Project")
    assert projects == ["第6代柔性屏生产线", "冷链物流基地", "高纯石英砂生产线", "三期膜材生产线"]


def test_a_centre_built_by_a_company_is_a_project_not_a_park() -> None:
    ctx = run_until("戊己航天技术有限公司投资18亿元的卫星总装测试中心;", "built_facilities")
    assert names_of(ctx, "Project") == ["卫星总装测试中心"] and names_of(ctx, "Park") == []


def test_lines_and_bases_described_not_named_are_no_projects() -> None:
    text = "该项目新建8条智能化产线,并建设生产基地;企业扩建了一条生产线,投资3亿元建设的孵化基地已投用。"
    assert names_of(run_until(text, "built_facilities"), "Project") == []


def test_brand_and_kind_short_forms_name_the_one_company_whose_name_opens_with_the_brand() -> None:
    text = "温州星柏数字科技集团投资22亿元建设数据中心。星柏集团副总裁王某表示,项目年内开工。"
    ctx = run_until(text, "discover")
    assert ctx.table.get("星柏集团") is ctx.table.get("温州星柏数字科技集团")
    text = "宁夏晶川硅材料有限公司单晶车间满负荷运转。晶川公司今年扩产。"
    ctx = run_until(text, "discover")
    assert ctx.table.get("晶川公司") is ctx.table.get("宁夏晶川硅材料有限公司")


def test_a_group_is_not_merged_with_its_subsidiaries() -> None:
    text = "丙泰复材科技有限公司是丙泰集团的全资子公司。丙泰集团陇西制药有限公司营收17亿元。"
    ctx = run_until(text, "discover")
    group = ctx.table.get("丙泰集团")
    assert group is not None and group is not ctx.table.get("丙泰复材科技有限公司")
    assert group is not ctx.table.get("丙泰集团陇西制药有限公司")


def test_a_brand_named_as_the_party_of_an_agreement_or_an_investment_is_a_company() -> None:
    text = "丙岭新材当天还与昊曦签署战略合作协议。甲川产业基金与乙信资本联合向丁昱储能股权投资1.5亿元。"
    ctx = run_until(text, "named_things")
    assert {"昊曦", "丁昱储能"} <= set(names_of(ctx, "Enterprise"))


def test_a_brand_opening_a_clause_before_what_it_makes_is_a_company() -> None:
    ctx = run_until("配套环节发展迅速。昊曦材料专注生产超薄玻璃基板,全年出货量增长31%。", "named_things")
    assert "昊曦材料" in names_of(ctx, "Enterprise")


def test_the_party_of_an_agreement_named_in_full_before_is_its_short_form() -> None:
    text = "投资方:浙江昊曦新能源科技有限公司。甲川农商银行向昊曦授信20亿元。"
    ctx = run_until(text, "named_things")
    assert ctx.table.get("昊曦") is ctx.table.get("浙江昊曦新能源科技有限公司")


def test_generic_parties_of_an_agreement_are_no_companies() -> None:
    text = "园区与市政府签署合作协议,并向企业提供贷款,与管委会签订协议。"
    assert names_of(run_until(text, "named_things"), "Enterprise") == []


def test_a_brand_and_trade_word_with_the_middle_left_out_is_the_short_form_of_the_legal_name() -> None:
    text = "丙川昊锻特种合金有限公司主营锻件。今年,甲川农商银行为昊锻合金提供授信3亿元。"
    ctx = run_until(text, "named_things")
    assert ctx.table.get("昊锻合金") is ctx.table.get("丙川昊锻特种合金有限公司")


def test_the_outlets_of_a_press_conferences_questions_are_organisations() -> None:
    text = "主持人:\n\n下面进入提问环节。\n\n东江晨报记者:\n\n请问今年有哪些重点项目?\n\n丁岭融媒记者:\n\n人才方面有什么新举措?"
    orgs = names_of(run_until(text, "discover"), "Organization")
    assert orgs == ["东江晨报", "丁岭融媒"]


def test_a_press_conferences_host_and_the_hosts_office_are_named() -> None:
    text = "发布时间:2026年1月20日\n\n主持人(丙省人民政府新闻办公室副主任 王立新):\n\n各位媒体朋友,大家上午好!"
    ctx = run_until(text, "discover")
    assert "王立新" in names_of(ctx, "Person")
    assert "丙省人民政府新闻办公室" in names_of(ctx, "Organization")


def test_a_masthead_alone_on_the_first_line_and_the_editors_under_it_are_named() -> None:
    ctx = Context("东江日报\n2025年7月24日 星期四\n责任编辑:王立新 美术编辑:李春燕\n\n甲川高新区营收增长8%。", "t")
    ctx = run_pipeline(ctx, PIPELINE[:1])
    assert names_of(ctx, "Organization") == ["东江日报"]
    assert {"王立新", "李春燕"} <= set(names_of(ctx, "Person"))


def test_a_rarer_surname_opens_a_name_before_a_verb_of_speech() -> None:
    ctx = run_until("“企业出题,我们答题。”窦立群说,园区今年新增专利210件。", "discover")
    assert "窦立群" in names_of(ctx, "Person")


def test_the_items_of_a_product_output_list_are_products() -> None:
    text = "全年主要工业产品产量:大中型收割机2100台,比上年增长5.4%;冷藏车860辆,增长5%;发电量9.6亿千瓦时,增长4.2%。"
    assert names_of(run_until(text, "output_products"), "Product") == ["大中型收割机", "冷藏车"]


def test_the_product_a_production_line_is_named_after_is_a_product() -> None:
    text = ("今年新上玻纤复合材料储罐生产线6条。丙辰电子建设的第6代柔性显示面板生产线投产;"
            "戊己智能建设物流机器人整机及伺服电机生产基地。")
    products = names_of(run_until(text, "output_products"), "Product")
    assert products == ["玻纤复合材料储罐", "柔性显示面板", "物流机器人", "伺服电机"]


def test_lines_named_after_a_process_or_after_their_maker_name_no_other_product() -> None:
    text = "甲乙银行支持其建设精密锻造生产线。图为丙辰电子激光投影仪生产线。丙辰电子主营超高清激光投影仪。"
    ctx = run_until(text, "output_products")
    assert "精密锻造" not in names_of(ctx, "Product") and "丙辰电子激光投影仪" not in names_of(ctx, "Product")


def test_the_links_of_a_dashed_chain_a_cluster_completes_are_its_segments() -> None:
    text = "甲乙、丙丁两个项目将补齐智能传感产业集群的“芯片—模组—整机”链条。"
    ctx = run_until(text, "enumerations")
    assert names_of(ctx, "IndustryChainSegment") == ["芯片", "模组", "整机"]
    chain = [c for _, _, c, _ in ctx.dash_chains]
    assert chain and chain[0] is ctx.table.get("智能传感产业集群")


def test_a_chain_extended_and_the_links_listed_after_it_are_a_cluster_and_its_segments() -> None:
    text = "二是延伸果蔬产业链。丙辰食品的冻干项目竣工投产,带动果干、果酱、冻干粉等下游环节配套企业9家落户。"
    ctx = run_until(text, "enumerations")
    assert names_of(ctx, "Cluster") == ["果蔬产业链"]
    assert names_of(ctx, "IndustryChainSegment") == ["果干", "果酱", "冻干粉"]


def test_a_verb_with_its_aspect_particle_opens_no_list_item() -> None:
    ctx = run_until("此外,还签约了低空经济、海洋装备等领域项目10个。", "enumerations")
    assert names_of(ctx, "Industry") == ["低空经济", "海洋装备"]


def test_a_cluster_named_after_the_zones_generic_short_name_has_the_name_without_it() -> None:
    text = "丁岭经济技术开发区加快建设。2024年,开发区光伏玻璃及组件产业集群实现产值86亿元。"
    ctx = run_until(text, "zone_prefixed_and_phased_names")
    assert aliases_of(ctx, "开发区光伏玻璃及组件产业集群") == ["光伏玻璃及组件产业集群"]


def test_words_of_the_clause_before_a_name_are_no_part_of_it() -> None:
    text = "配套企业还有丙辰精工装备有限公司,试制放在复合材料中试基地,营收占高新区的三成。"
    ctx = run_until(text, "discover")
    assert "丙辰精工装备有限公司" in names_of(ctx, "Enterprise")
    assert not [n for e in ctx.table.entities for n in e.names() if n.startswith(("还有", "放在", "占"))]


def test_a_brand_the_tagger_reads_as_a_dynasty_opens_a_partners_name() -> None:
    ctx = run_until("我们与东晋理工大学共建光子研究院。", "discover")
    assert "东晋理工大学" in names_of(ctx, "Organization")


def test_a_product_measured_by_its_output_is_a_product() -> None:
    text = ("园区运行平稳。全区钛合金锭产量达4.6万吨,同比增长12%;储能电芯出货量3.8吉瓦。丙辰精工去年交付各类物流无人车1860台。"
            "项目达产后年产微型齿轮箱8万件。")
    products = names_of(run_until(text, "output_products"), "Product")
    assert set(products) == {"微型齿轮箱", "物流无人车", "钛合金锭", "储能电芯"}


def test_indicators_and_clause_words_measured_by_a_count_are_no_products() -> None:
    text = "全区工业增加值产量达9万吨;二期将新增绿氢产能2万吨;其中企业产量达3万吨。"
    assert names_of(run_until(text, "output_products"), "Product") == []


def test_a_province_written_short_as_a_place_of_its_own_is_a_place() -> None:
    text = "作为广西唯一以锰材料为主导产业的高新区,园区营收增长8%。广西锰联新材料有限公司扩产。"
    assert "广西" in names_of(run_until(text, "places"), "Place")
    text = "广西锰联新材料有限公司扩产,产品销往东盟。"
    assert "广西" not in names_of(run_until(text, "places"), "Place")
