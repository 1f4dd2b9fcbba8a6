"""Relation classes of real-world phrasings (partners, leading industries, ranked lists, …):
each rule on invented sentences (graph/extract/components/relations_*.py)."""

from __future__ import annotations

from graph.extract.components.emit import draft_dict, emit
from graph.extract.context import Context
from graph.extract.pipeline import run_pipeline
from tests.extract.conftest import WORK_SUMMARY_TITLE, drafted_relations, located_pairs, partner_pairs


def test_the_two_builders_of_a_jointly_built_platform_are_partners() -> None:
    rels = drafted_relations("由星澜科技有限公司与甲川理工大学共建的甲川智能传感研究院正式揭牌。")
    assert frozenset(("星澜科技有限公司", "甲川理工大学")) in partner_pairs(rels)
    assert ("甲川智能传感研究院", "foundedBy", "星澜科技有限公司") in rels


def test_a_jointly_built_platform_without_a_named_builder_draws_no_partner() -> None:
    rels = drafted_relations("与甲川理工大学共建的甲川智能传感研究院已转化成果12项。")
    assert not partner_pairs(rels)


def test_joining_a_partner_to_build_or_launch_is_a_partnership() -> None:
    rels = drafted_relations("星澜科技有限公司联合甲川理工大学建设甲川智能传感中试基地。"
                             "甲川高新区设立科技成果转化专项资金；同时联合岚川银行推出“科创贷”。")
    assert frozenset(("星澜科技有限公司", "甲川理工大学")) in partner_pairs(rels)
    assert frozenset(("甲川高新区", "岚川银行")) in partner_pairs(rels)


def test_joining_a_partner_to_found_a_body_is_a_founding_not_a_partnership() -> None:
    rels = drafted_relations("甲川高新区联合岚川投资集团有限公司设立甲川产业发展基金。")
    assert not partner_pairs(rels)


def test_working_together_on_research_is_a_partnership() -> None:
    rels = drafted_relations("星澜科技有限公司与甲川理工大学联合攻关，全年推出新产品5款。")
    assert frozenset(("星澜科技有限公司", "甲川理工大学")) in partner_pairs(rels)


def test_a_joint_lab_name_is_no_joining_verb() -> None:
    rels = drafted_relations("星澜科技有限公司联合实验室全年申请专利30项。")
    assert not partner_pairs(rels)


def test_what_a_company_builds_in_the_zone_word_lies_in_the_zone() -> None:
    rels = drafted_relations("甲川高新区工业产值增长9%。物流企业星澜科技有限公司在区内新建的智能仓库投入运营。"
                             "岚川新材料有限公司已在园区建成年产2万吨碳纤维项目。")
    located = located_pairs(rels)
    assert ("星澜科技有限公司", "甲川高新区") in located
    assert ("年产2万吨碳纤维项目", "甲川高新区") in located
    assert ("岚川新材料有限公司", "甲川高新区") not in located  # the builder: only what it built lies there


def test_a_project_completed_in_a_named_zone_lies_there() -> None:
    rels = drafted_relations("12月3日，年产5万吨正极材料项目在甲川高新区竣工投产。")
    assert ("年产5万吨正极材料项目", "甲川高新区") in located_pairs(rels)


def test_a_company_said_to_be_the_zones_lies_in_it() -> None:
    rels = drafted_relations("甲川高新区工业产值增长9%。星澜科技有限公司是区内投资规模最大的企业。")
    assert ("星澜科技有限公司", "甲川高新区") in located_pairs(rels)


def test_a_ranked_list_of_the_zones_companies_places_each_in_the_zone() -> None:
    rels = drafted_relations("甲川高新区工业产值增长9%。\n\n全区营收前三位企业情况：\n1. 星澜科技有限公司　营收52亿元\n"
                             "2. 岚川新材料有限公司　营收31亿元\n3. 北澜重工股份有限公司　营收20亿元\n\n注：数据为初步统计数。")
    located = {s for s, o in located_pairs(rels) if o == "甲川高新区"}
    assert located == {"星澜科技有限公司", "岚川新材料有限公司", "北澜重工股份有限公司"}


def test_a_list_of_settling_companies_keeps_the_last_full_name() -> None:
    rels = drafted_relations("星澜科技有限公司、岚川物流有限公司等配套企业相继落户，产业链加快成形。")
    located = {s for s, o in located_pairs(rels) if o == "甲川高新区"}
    assert located == {"星澜科技有限公司", "岚川物流有限公司"}


def _leading(rels: set[tuple[str, str, str]]) -> set[str]:
    return {o for s, p, o in rels if p == "hasLeadingIndustry" and s == "甲川高新区"}


def test_two_leading_industries_joined_by_and_open_a_clause() -> None:
    rels = drafted_relations("上半年主要指标好于预期，智能家电和现代物流两大主导产业支撑有力。")
    assert _leading(rels) == {"智能家电", "现代物流"}


def test_an_industry_that_becomes_the_zones_first_industry_is_leading() -> None:
    rels = drafted_relations("全区集聚相关企业120家，光电信息也因此成为甲川高新区的首位产业。")
    assert _leading(rels) == {"光电信息"}


def test_a_bank_branch_is_owned_by_its_bank_not_a_subsidiary() -> None:
    rels = drafted_relations("岚川银行向甲川高新区企业授信30亿元。岚川银行甲川支行行长周启明介绍，该行已开设绿色通道。")
    assert ("岚川银行甲川支行", "ownedBy", "岚川银行") in rels
    assert ("岚川银行甲川支行", "subsidiaryOf", "岚川银行") not in rels


def test_a_post_named_before_its_holder_is_held_in_the_body_of_the_sentence() -> None:
    rels = drafted_relations("由甲川高新区与甲川理工大学共建的甲川智能制造研究院揭牌，首任院长由甲川理工大学教授孙望川担任。")
    assert ("孙望川", "memberOf", "甲川智能制造研究院") in rels


def test_a_company_held_by_another_is_its_subsidiary() -> None:
    rels = drafted_relations("星澜药业有限公司由岚川医药集团有限公司控股，今年营收增长18%。")
    assert ("星澜药业有限公司", "subsidiaryOf", "岚川医药集团有限公司") in rels


def test_a_project_after_its_or_the_company_belongs_to_the_company_spoken_of() -> None:
    rels = drafted_relations("前三季度，星澜科技有限公司营收增长21%，其年产3万吨碳纤维项目二期于8月建成投产。"
                             "“订单排到了明年。”岚川新材料有限公司董事长周启明说，公司总投资18亿元的年产10万片硅片项目明年试产。")
    assert ("星澜科技有限公司", "carriesOut", "年产3万吨碳纤维项目") in rels
    assert ("岚川新材料有限公司", "carriesOut", "年产10万片硅片项目") in rels
    assert ("岚川新材料有限公司", "produces", "硅片") in rels


def test_a_time_may_stand_between_a_company_and_the_project_it_completes() -> None:
    rels = drafted_relations("星澜科技有限公司今年一季度建成智能传感器产业化项目。")
    assert ("星澜科技有限公司", "carriesOut", "智能传感器产业化项目") in rels


def test_among_them_is_no_pointer_to_a_company() -> None:
    rels = drafted_relations("星澜科技有限公司营收增长21%。全区新开工项目42个，其中年产3万吨碳纤维项目投资最大。")
    assert ("星澜科技有限公司", "carriesOut", "年产3万吨碳纤维项目") not in rels


def test_a_supplier_and_its_customers_are_partners() -> None:
    rels = drafted_relations("——星澜精工：生产电机壳体等精密结构件，为岚川电子、北澜新材等企业配套；\n\n"
                             "岚川重工股份有限公司营收增长12%。同在园区的星澜智控科技有限公司为其配套研发防爆控制系统。")
    partners = partner_pairs(rels)
    assert frozenset(("星澜精工", "岚川电子")) in partners
    assert frozenset(("星澜智控科技有限公司", "岚川重工股份有限公司")) in partners


def test_a_short_form_note_may_stand_between_a_partner_and_joining() -> None:
    rels = drafted_relations("我们支持星澜药业股份有限公司（以下简称“星澜药业”）联合甲川医科大学共建甲川天然药物创新中心。")
    assert frozenset(("星澜药业股份有限公司", "甲川医科大学")) in partner_pairs(rels)


def test_the_company_that_invested_in_a_project_carries_it_out() -> None:
    rels = drafted_relations("由星澜新能源科技有限公司投资的储能装备产业园项目开工建设。")
    assert ("星澜新能源科技有限公司", "carriesOut", "储能装备产业园项目") in rels


def test_the_owner_named_in_a_subsidiary_copula_makes_nothing() -> None:
    rels = drafted_relations("星澜半导体有限公司是岚川科技集团有限公司的控股子公司，主营显示驱动芯片。")
    makers = {s for s, p, o in rels if p == "produces"}
    assert "岚川科技集团有限公司" not in makers


def test_a_company_opening_a_clause_after_at_a_park_lies_in_the_park() -> None:
    rels = drafted_relations("在甲川智能装备产业园，星澜科技有限公司（以下简称“星澜科技”）的生产线满负荷运转。")
    assert ("星澜科技有限公司", "locatedIn", "甲川智能装备产业园") in rels


def test_its_joint_platform_is_founded_by_the_company_the_sentence_is_about() -> None:
    rels = drafted_relations("星澜药业股份有限公司由岚川医药集团有限公司控股，其与甲川高新区共建的甲川生物医药中试平台全年服务企业63家。")
    assert ("甲川生物医药中试平台", "foundedBy", "星澜药业股份有限公司") in rels
    assert ("甲川生物医药中试平台", "foundedBy", "岚川医药集团有限公司") not in rels


def test_what_is_set_up_in_the_zone_word_lies_in_the_zone() -> None:
    rels = drafted_relations("甲川高新区工业产值增长9%。岚川银行表示，该行将在区内设立甲川科技金融服务中心。")
    assert ("甲川科技金融服务中心", "locatedIn", "甲川高新区") in rels


def test_the_zones_chain_leader_lies_in_the_zone() -> None:
    rels = drafted_relations("甲川高新区工业产值增长9%。作为园区“链主”企业，星澜科技有限公司全年营收增长35%。")
    assert ("星澜科技有限公司", "locatedIn", "甲川高新区") in rels


def _draft(text: str) -> dict:
    return draft_dict(emit(run_pipeline(Context(WORK_SUMMARY_TITLE + text, "t"))))


def test_a_loan_to_this_project_goes_to_the_company_that_builds_it() -> None:
    draft = _draft("岚川集团的子公司星澜磁电科技有限公司今年一季度建成高性能磁组件项目，甲川银行为该项目发放贷款3.2亿元。")
    names = {e["id"]: e["name_zh"] for e in draft["entities"]}
    funded = [(names[f["recipient"]], f["amount"]["value"]) for f in draft.get("funding_events", [])]
    assert ("星澜磁电科技有限公司", 3.2) in [(n, float(v)) for n, v in funded]


def test_a_credit_line_to_several_counted_companies_is_no_single_funding() -> None:
    draft = _draft("签约现场，甲川银行为星澜物流、岚川物流等8家物流企业授信12.6亿元。")
    assert not draft.get("funding_events")


def test_a_work_reports_subjectless_founding_is_the_zones() -> None:
    rels = drafted_relations("甲川高新区工业产值增长9%。引进甲川农业大学食品科学团队，共建甲川功能食品研究院。")
    assert ("甲川功能食品研究院", "foundedBy", "甲川高新区") in rels


def test_companies_said_all_to_have_settled_lie_in_the_zone() -> None:
    rels = drafted_relations("甲川高新区工业产值增长9%。链主企业带动设计、封测等环节集聚，做芯片设计的星澜微电子有限公司、"
                             "做封测的岚川半导体有限公司，都是这几年跟着链主落户的。")
    located = {s for s, o in located_pairs(rels) if o == "甲川高新区"}
    assert located == {"星澜微电子有限公司", "岚川半导体有限公司"}
