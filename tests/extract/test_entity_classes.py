"""Entity rules for the failure classes of rounds 8 and 9, each on invented sentences.

Provinces written only inside longer names, words before 市 that name no city, offices in a web
page's source field, names written after a zone's name, phases of projects, brands named with a
trade word, brand-only names that a title or a company verb introduces.
"""

from __future__ import annotations

from functools import partial

from tests.extract.conftest import aliases_of, names_of
from tests.extract.conftest import run_until as run_pipeline_until

TITLE = "甲川高新区2025年工作简报\n\n"
run_until = partial(run_pipeline_until, title=TITLE)


def test_a_province_written_only_inside_longer_names_is_no_place() -> None:
    ctx = run_until("星河科技与丙岭大学共建浙江省智能传感重点实验室,王某入选浙江省领军人才。", "places")
    assert "浙江省" not in names_of(ctx, "Place")


def test_a_province_after_a_verb_of_location_or_rank_or_before_a_city_is_a_place() -> None:
    for text in ("甲川高新区位于浙江省,面积30平方公里。", "营收增速居浙江省高新区第3位。", "2025年,浙江省丁水市甲川高新区实现营收80亿元。"):
        assert "浙江省" in names_of(run_until(text, "places"), "Place"), text


def test_words_before_shi_that_name_no_city_are_no_places() -> None:
    text = "我代表市政府作工作报告。去年完成了市九届人大确定的目标,聚力制造强市。丁水市营收增长8%。"
    places = names_of(run_until(text, "discover"), "Place")
    assert places == ["丁水市"]


def test_an_office_written_only_in_a_page_source_field_is_no_entity() -> None:
    text = "发布时间:2025-10-21 来源:甲川高新区经济发展局 浏览次数:30\n\n甲川高新区营收增长8%。"
    assert "甲川高新区经济发展局" not in names_of(run_until(text, "discover"), "Organization")
    text = "甲川高新区经济发展局局长王某介绍,园区营收增长8%。"
    assert "甲川高新区经济发展局" in names_of(run_until(text, "discover"), "Organization")


def test_a_park_written_after_its_zone_has_the_name_without_it_as_a_short_form() -> None:
    text = "甲川高新区加快建设甲川高新区精密仪器产业园,甲川高新区精密仪器产业园已入驻企业12家。"
    ctx = run_until(text, "zone_prefixed_and_phased_names")
    assert aliases_of(ctx, "甲川高新区精密仪器产业园") == ["精密仪器产业园"]
    ctx = run_until("甲川高新区创业服务中心新孵化企业38家。", "zone_prefixed_and_phased_names")
    assert aliases_of(ctx, "甲川高新区创业服务中心") == []  # a platform's kind word alone is no name


def test_a_later_phase_after_a_park_or_a_company_is_a_project() -> None:
    text = "星河精工年产5万套轴承项目竣工。确保星河精工二期、丁岭精密制造产业园二期年内投产。"
    ctx = run_until(text, "zone_prefixed_and_phased_names")
    projects = names_of(ctx, "Project")
    assert "星河精工二期" in projects and "丁岭精密制造产业园二期" in projects
    assert "丁岭精密制造产业园" not in names_of(ctx, "Park")  # written only with its phase
    assert "星河精工" in names_of(ctx, "Enterprise")  # also written alone


def test_a_first_phase_or_a_phase_still_planned_names_no_project_of_its_own() -> None:
    for text in ("丁岭精密制造产业园一期投产,丁岭精密制造产业园入驻企业8家。",
                 "丁岭精密制造产业园入驻企业8家,明年将加快推进丁岭精密制造产业园二期建设。"):
        ctx = run_until(text, "zone_prefixed_and_phased_names")
        assert not any(n.endswith("期") for n in names_of(ctx, "Project")), text


def test_a_brand_before_a_trade_word_that_also_names_a_field_is_a_company() -> None:
    text = "龙头企业鲁丰重装产值同比增长12%,豫川储能上半年新签订单3亿元,链主企业晟岭新材料带动5家企业落户。"
    companies = names_of(run_until(text, "discover"), "Enterprise")
    assert {"鲁丰重装", "豫川储能", "晟岭新材料"} <= set(companies)


def test_a_field_word_before_such_a_trade_word_names_no_company() -> None:
    text = "园区重点发展新型储能、休闲食品和用户侧储能,方便食品产值增长9%。"
    assert names_of(run_until(text, "discover"), "Enterprise") == []


def test_a_verb_before_a_brand_and_a_glued_product_word_are_no_part_of_the_name() -> None:
    ctx = run_until("产业基金领投宸岭半导体B轮融资2亿元,孵化培育出氢岚科技、磁川智能等企业。", "discover")
    companies = names_of(ctx, "Enterprise")
    assert "宸岭半导体" in companies and "氢岚科技" in companies
    assert not any(c.startswith(("领投", "出")) for c in companies)
    assert names_of(run_until("图为恒岭电驱总装车间。", "discover"), "Enterprise") == []


def test_places_after_a_verb_of_sending_or_reaching_are_places() -> None:
    text = "这批样品明天要送到杭州的合作医院。园区开通至维也纳、米兰的国际货运航线,全力承接珠三角产业转移。"
    places = set(names_of(run_until(text, "places"), "Place"))
    assert {"杭州", "维也纳", "米兰", "珠三角"} <= places


def test_a_verb_of_reaching_before_a_common_word_names_no_place() -> None:
    text = "园区承接转移项目12个,产品直达终端客户。"
    assert names_of(run_until(text, "places"), "Place") == []


def test_a_foreign_country_opening_a_company_name_is_a_place_and_the_rest_a_short_form() -> None:
    ctx = run_until("马来西亚锐恒集团投资的冷链中心项目开工。", "places")
    assert "马来西亚" in names_of(ctx, "Place")
    assert aliases_of(ctx, "马来西亚锐恒集团") == ["锐恒集团"]


def test_a_person_introduced_by_a_title_and_a_view_or_by_an_academic_title_and_a_team() -> None:
    ctx = run_until("在丙岭研究院院长卢思远看来,中试是关键。园区引进丁川大学钟雨桐教授团队,共建研究中心。", "discover")
    people = names_of(ctx, "Person")
    assert "卢思远" in people and "钟雨桐" in people
    assert "钟雨桐教授团队" in names_of(ctx, "ResearchTeam")
    assert "学钟雨桐" not in people


def test_a_lead_in_of_use_or_origin_opens_no_list_item() -> None:
    text = "产品主要应用于轨道交通、风电装备等领域。入选者中来自海洋工程和生物制造领域的占六成。"
    industries = names_of(run_until(text, "enumerations"), "Industry")
    assert "轨道交通" in industries and "风电装备" in industries
    assert not any(n.startswith(("产品", "来自")) for n in industries)


def test_a_clause_opening_with_a_target_verb_names_no_industry() -> None:
    text = "力争全年先进材料产业产值突破200亿元。"
    assert names_of(run_until(text, "enumerations"), "Industry") == []


def test_a_list_of_links_before_a_count_of_companies_is_a_chain_not_companies() -> None:
    text = "链主企业带动设计、制造、封测等环节近40家企业集聚。"
    ctx = run_until(text, "enumerations")
    assert names_of(ctx, "Enterprise") == []
    assert names_of(ctx, "IndustryChainSegment") == ["设计", "制造", "封测"]


def test_a_verb_before_a_trade_word_is_no_brand() -> None:
    assert names_of(run_until("本批入选者来自半导体和海洋工程领域。", "discover"), "Enterprise") == []


def test_a_brand_before_one_of_its_posts_written_twice_is_a_company() -> None:
    text = "11月3日,货运枢纽由岳骋投资建设。岳骋相关负责人表示,二期计划明年投用。"
    assert "岳骋" in names_of(run_until(text, "brand_names"), "Enterprise")
    once = "11月3日,货运枢纽开工。岳骋相关负责人表示,二期计划明年投用。"
    assert "岳骋" not in names_of(run_until(once, "brand_names"), "Enterprise")
    assert names_of(run_until("园区相关负责人表示,园区营收增长。园区将继续扩大规模。", "brand_names"), "Enterprise") == []


def test_a_brand_written_alone_is_a_short_form_of_the_brand_with_its_trade_word() -> None:
    text = "岳骋电驱已实现量产。至此,岳骋在本地的电机年产能达到50万台。"
    ctx = run_until(text, "brand_names")
    assert "岳骋" in aliases_of(ctx, "岳骋电驱")


def test_a_city_industry_fund_is_named_by_its_place() -> None:
    text = "丁水市营收增长8%。总规模50亿元的丁水产业基金已投资项目12个。"
    assert "丁水产业基金" in names_of(run_until(text, "discover"), "Funder")
    assert names_of(run_until("园区设立产业基金,规模10亿元。", "discover"), "Funder") == []


def test_a_branch_centre_and_a_joint_engineering_centre_are_platforms_named_in_full() -> None:
    text = "丁川大学共建国家乳品技术创新中心丁水分中心。与丙岭大学共建的涡轮叶片国家地方联合工程研究中心落户园区。"
    platforms = names_of(run_until(text, "discover"), "Platform")
    assert "国家乳品技术创新中心丁水分中心" in platforms
    assert "涡轮叶片国家地方联合工程研究中心" in platforms and "工程研究中心" not in platforms


def test_a_science_and_innovation_city_is_a_park() -> None:
    assert "丁水科创城" in names_of(run_until("豪川精密在丁水科创城建设研发中心。", "discover"), "Park")


def test_a_core_that_only_names_a_kind_of_body_names_none() -> None:
    text = "星河科技与丁川大学组建联合实验室,设立专家工作站和博士后科研工作站,3人入选人才计划。"
    ctx = run_until(text, "discover")
    assert names_of(ctx, "Platform") == [] and names_of(ctx, "TalentProgram") == []


def test_a_programme_in_a_headline_is_the_programme_named_in_full_below() -> None:
    text = "■ 临港英才计划第三批人才出炉\n\n“丁水临港英才计划”第三批评审结果公布,23名人才入选。"
    ctx = run_until(text, "discover")
    assert names_of(ctx, "TalentProgram") == ["丁水临港英才计划"]
    assert aliases_of(ctx, "丁水临港英才计划") == ["临港英才计划"]


def test_a_rank_and_a_kind_or_a_counted_quoted_kind_names_no_project() -> None:
    text = "列入省重点项目的丁岭新材料产业园加快建设,实现“拿地即开工”项目23个,优先保障链主企业和配套项目落地。"
    projects = names_of(run_until(text, "named_things"), "Project")
    assert projects == []


def test_a_capacity_with_its_product_before_the_number_names_the_project() -> None:
    text = "丁穗粮油投资6亿元建设的年加工玉米50万吨智能化项目竣工投产。"
    ctx = run_until(text, "discover")
    assert "年加工玉米50万吨智能化项目" in names_of(ctx, "Project")


def test_a_capacity_whose_unit_runs_into_the_cue_name_still_names_the_project() -> None:
    ctx = run_until("晶川风能投资20亿元的年产3吉瓦风电叶片项目已完成主体施工。", "discover")
    assert "年产3吉瓦风电叶片项目" in names_of(ctx, "Project")


def test_a_designation_kind_names_no_cluster() -> None:
    text = "这个集群入选全省首批战略性新兴产业集群。"
    assert names_of(run_until(text, "discover"), "Cluster") == []
    assert names_of(run_until("园区打造丁水精密仪器产业集群。", "discover"), "Cluster") == ["丁水精密仪器产业集群"]


def test_two_technologies_joined_by_he_are_two() -> None:
    ctx = run_until("研究院重点攻关港口物流智能调度和冷库节能控制技术。", "enumerations")
    techs = names_of(ctx, "Technology")
    assert "港口物流智能调度" in techs and "冷库节能控制技术" in techs


def test_a_product_word_before_chip_is_no_brand_and_a_policy_word_stays_in_a_fund_name() -> None:
    assert names_of(run_until("主要面向车规级功率器件和存储芯片。", "discover"), "Enterprise") == []
    ctx = run_until("丁水县乡村振兴发展基金跟投5000万元。", "discover")
    assert "丁水县乡村振兴发展基金" in names_of(ctx, "Funder")
