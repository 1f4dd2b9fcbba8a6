"""General structures of report writing the draft extractor reads: one invented sentence
in, the expected record out (names invented; no report's entity is named here)."""

from __future__ import annotations

from typing import Any

import pytest

from graph.extract import extract_facts
from tests.extract.conftest import triples_of


def _names(facts: dict[str, Any]) -> dict[str, set[str]]:
    """Every drafted name and alias → the classes of its entity."""
    out: dict[str, set[str]] = {}
    for e in facts["entities"]:
        for n in [e["name_zh"], *(e.get("aliases_zh") or [])]:
            out[n] = set(e["classes"])
    return out


def test_short_form_opening_a_legal_name_is_its_alias() -> None:
    """<province>X科技有限公司 … X: the short form drops the province and the trade word."""
    facts = extract_facts("2025年,云溪高新区产值300亿元。集团子公司湖南星禾锂电科技有限公司随后落户。"
                          "星禾锂电总经理方立群说,订单充足。", "case")
    names = _names(facts)
    assert "星禾锂电" in names and "湖南星禾锂电" not in names
    assert ("方立群", "memberOf", "湖南星禾锂电科技有限公司") in triples_of(facts)


@pytest.mark.parametrize("text", [
    "新型显示、智能网联汽车和现代物流,是云溪高新区的三大主导产业。",
    "新型显示、智能网联汽车、现代物流是云溪高新区的三大主导产业,其中新型显示产业集群规模最大。",
    "2025年,云溪高新区产值300亿元。新型显示、智能网联汽车及现代物流为该区三大主导产业。",
])
def test_list_opening_a_sentence_names_the_leading_industries(text: str) -> None:
    facts = extract_facts(text, "case")
    triples = triples_of(facts)
    for industry in ("新型显示", "智能网联汽车", "现代物流"):
        assert ("云溪高新区", "hasLeadingIndustry", industry) in triples
        assert _names(facts)[industry] == {"Industry"}


def test_cluster_named_after_a_leading_industry_focuses_on_it_and_the_zone_develops_it() -> None:
    facts = extract_facts("新型显示、现代物流是云溪高新区的两大主导产业,其中新型显示产业集群规模最大。", "case")
    triples = triples_of(facts)
    assert ("新型显示产业集群", "focusesOn", "新型显示") in triples
    assert ("云溪高新区", "developsCluster", "新型显示产业集群") in triples


def test_incubation_base_is_a_platform_and_its_enumerated_graduates_are_companies() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。云溪科创孵化基地现有在孵企业60家,"
                          "已孵化出星羽航空、蓝桥智能等一批科技型企业。", "case")
    names = _names(facts)
    assert names["云溪科创孵化基地"] == {"Platform"}
    assert "星羽航空" in names and "出星羽航空" not in names
    assert ("星羽航空", "incubatedBy", "云溪科创孵化基地") in triples_of(facts)


@pytest.mark.parametrize(("text", "name"), [
    # a name character the tagger reads as a numeral (元)
    ("2025年,云溪高新区产值300亿元。医药产业园内,湖南泽元药业有限公司获评国家级绿色工厂。", "湖南泽元药业有限公司"),
    # 高新 tagged as an adverb inside a company name
    ("2025年,云溪高新区产值300亿元。区属国企云溪高新控股集团获评AA+主体信用评级。", "云溪高新控股集团"),
])
def test_names_through_mis_tagged_characters(text: str, name: str) -> None:
    assert _names(extract_facts(text, "case"))[name] == {"Enterprise"}


def test_institute_nobody_built_is_an_organization_one_built_is_a_platform() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。星禾药业与南岭中药研究院签署合作协议。"
                          "星禾药业与云溪大学共建的云溪生物医药研究院已投用。", "case")
    names = _names(facts)
    assert names["南岭中药研究院"] == {"Organization"}
    assert names["云溪生物医药研究院"] == {"Platform"}


def test_project_named_with_its_capacity() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。湖南星禾锂电科技有限公司(以下简称“星禾锂电”)落户园区。"
                          "星禾锂电年产2万吨磷酸铁锂扩建项目开工。", "case")
    names = _names(facts)
    assert names["年产2万吨磷酸铁锂扩建项目"] == {"Project"}
    assert "磷酸铁锂扩建项目" in names  # the short form is an alias
    assert ("湖南星禾锂电科技有限公司", "carriesOut", "年产2万吨磷酸铁锂扩建项目") in triples_of(facts)
    fig = next(o for o in facts["observations"] if o["as_written"].endswith("2万吨"))
    assert fig["subject"] == next(e["id"] for e in facts["entities"] if e["name_zh"] == "年产2万吨磷酸铁锂扩建项目")


def test_product_of_a_production_line_after_its_capacity() -> None:
    facts = extract_facts("地处湖南省南岭市的云溪高新区2025年产值300亿元。"
                          "园区里,云溪星禾集团南岭基地年产3万吨芳纶纸生产线满负荷运转。", "case")
    assert _names(facts)["芳纶纸"] == {"Product"}
    assert ("云溪星禾集团南岭基地", "produces", "芳纶纸") in triples_of(facts)


def test_key_technologies_listed_before_deng() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。星禾集团与云溪大学共建的云溪智能装备研究院,"
                          "全年攻克精密减速器、伺服轴承等关键技术6项。", "case")
    names = _names(facts)
    assert names["精密减速器"] == {"Technology"} and names["伺服轴承"] == {"Technology"}
    assert "伺服轴承等关键技术" not in names
    assert ("云溪智能装备研究院", "developsTechnology", "伺服轴承") in triples_of(facts)


def test_technology_a_company_developed() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。湖南星禾材料有限公司研发的芳纶纸连续涂布技术,荣获省科学技术进步奖。", "case")
    assert _names(facts)["芳纶纸连续涂布技术"] == {"Technology"}
    assert ("湖南星禾材料有限公司", "developsTechnology", "芳纶纸连续涂布技术") in triples_of(facts)


@pytest.mark.parametrize(("text", "product"), [
    ("湖南星禾材料有限公司专攻光伏组件用芳纶背板,订单饱满。", "芳纶背板"),
    ("湖南星禾重工股份有限公司营收80亿元,其双护盾掘进机已销往十余个国家。", "双护盾掘进机"),
])
def test_product_lines_of_a_company(text: str, product: str) -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。" + text, "case")
    assert _names(facts)[product] == {"Product"}
    maker = next(n for n in _names(facts) if n.endswith("公司"))
    assert (maker, "produces", product) in triples_of(facts)


def test_sold_abroad_counts_are_the_company_s() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。湖南星禾重工股份有限公司营收80亿元,其双护盾掘进机已销往十余个国家。", "case")
    fig = next(o for o in facts["observations"] if o["as_written"] == "十余个")
    assert fig["subject"] == next(e["id"] for e in facts["entities"] if e["name_zh"] == "湖南星禾重工股份有限公司")


def test_chain_span_from_a_to_b() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。目前,储能电池产业集群已集聚规上企业30家,"
                          "从负极材料、电芯到系统集成,链条基本成形。", "case")
    triples = triples_of(facts)
    for seg in ("负极材料", "电芯", "系统集成"):
        assert ("储能电池产业集群", "hasChainSegment", seg) in triples
        assert _names(facts)[seg] == {"IndustryChainSegment"}


@pytest.mark.parametrize(("text", "triple"), [
    # a scene-setting clause names the park the enterprise of the next clause is in
    ("在规划面积2000亩的云溪新材料产业园里,湖南星禾材料有限公司年产能再创新高。",
     ("湖南星禾材料有限公司", "locatedIn", "云溪新材料产业园")),
    ("生物医药产业园内,湖南泽林药业有限公司获评国家级绿色工厂。",
     ("湖南泽林药业有限公司", "locatedIn", "生物医药产业园")),
    # 作为集群龙头企业, X…
    ("云溪高新区重点打造储能电池产业集群。作为集群龙头企业,星禾锂电集团已在园内布局多个环节。",
     ("星禾锂电集团", "leadEnterpriseOf", "储能电池产业集群")),
    # 规划面积N的X,是…Y的核心区
    ("规划面积5平方公里的云溪智造产业园,是该区储能电池产业集群的核心区。",
     ("云溪智造产业园", "coreOf", "储能电池产业集群")),
    # 区属国企X
    ("区属国企云溪城投集团发行5亿元绿色债券。", ("云溪城投集团", "ownedBy", "云溪高新区")),
    # X随后落户 (nothing named after the verb)
    ("集团子公司湖南星禾锂材科技有限公司随后落户。", ("湖南星禾锂材科技有限公司", "locatedIn", "云溪高新区")),
    # Y累计孵化…,由其孵化的X…
    ("云溪科创孵化园累计孵化科技型企业80余家,由其孵化的星途微电2025年入选专精特新中小企业。",
     ("星途微电", "incubatedBy", "云溪科创孵化园")),
    # the bare kind word opening a clause is the article's zone
    ("高新区还与南岭理工大学签订了全面战略合作协议。", ("云溪高新区", "partnerOf", "南岭理工大学")),
])
def test_relations_of_general_frames(text: str, triple: tuple[str, str, str]) -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元,同比增长9.2%。" + text, "case")
    assert triple in triples_of(facts)


def test_graduates_listed_after_qizhong_and_national_bodies() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。云溪创业服务中心已累计孵化企业150家,"
                          "其中星禾生物、禾岭农科已登陆北交所。", "case")
    names = _names(facts)
    assert names["禾岭农科"] == {"Enterprise"} and names["北交所"] == {"Organization"}
    triples = triples_of(facts)
    for grad in ("星禾生物", "禾岭农科"):
        assert (grad, "incubatedBy", "云溪创业服务中心") in triples


def test_academy_institute_written_short_is_one_organization() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。云溪高新区与中国科学院南岭材料所签署战略合作协议。", "case")
    names = _names(facts)
    assert names["中国科学院南岭材料所"] == {"Organization"} and "中国科学院" not in names
    assert ("云溪高新区", "partnerOf", "中国科学院南岭材料所") in triples_of(facts)


@pytest.mark.parametrize(("text", "triple"), [
    ("湖南星禾储能科技有限公司投资30亿元建设的年产10GWh储能电池项目一期已投产。",
     ("湖南星禾储能科技有限公司", "carriesOut", "年产10GWh储能电池项目")),
    ("云溪大学教授何承宇领衔的新型显示团队,在高新区孵化成立了云芯显示科技有限公司。",
     ("云芯显示科技有限公司", "foundedBy", "新型显示团队")),
    ("湖南星禾储能科技有限公司与云溪大学共建储能材料联合研发中心,围绕固态电解质、钠离子电池等方向开展技术攻关。",
     ("储能材料联合研发中心", "developsTechnology", "固态电解质")),
])
def test_more_relation_frames(text: str, triple: tuple[str, str, str]) -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元,同比增长9.2%。" + text, "case")
    assert triple in triples_of(facts)


def test_verb_between_list_and_zone_ends_the_zone_name() -> None:
    facts = extract_facts("电子信息、新能源和生物医药构成云溪高新区的三大主导产业。", "case")
    assert ("云溪高新区", "hasLeadingIndustry", "生物医药") in triples_of(facts)
    assert not any(n.startswith("生物医药构成") for n in _names(facts))


def _subject_of(facts: dict[str, Any], written: str) -> str:
    by_id = {e["id"]: e["name_zh"] for e in facts["entities"]}
    for o in facts["observations"]:
        if o["as_written"] == written:
            return by_id[o["subject"]]
    for ev in facts["funding_events"]:
        if ev["amount"] and ev["amount"]["as_written"] == written:
            return by_id[ev["recipient"]]
    raise AssertionError(written)


@pytest.mark.parametrize(("text", "written", "subject"), [
    # the sentence opens with the company; the funders of the later clauses fund it
    ("湖南星禾材料有限公司年产2万吨芳纶纸扩建项目开工后,园区组织政银企对接,云溪新材料产业基金完成2亿元股权投资,"
     "云溪银行南岭支行发放项目贷款3.5亿元。", "3.5亿元", "湖南星禾材料有限公司"),
    # 区属国企X获评…,并发行…: X is the subject though an ownership word opens the clause
    ("区属国企云溪城投集团获评AA+主体信用评级,并成功发行5亿元绿色债券。", "5亿元", "云溪城投集团"),
    # 集团旗下的X…,市场占有率…: X, not the group the head word recalls
    ("星禾集团营收90亿元。集团旗下的湖南星禾复材科技有限公司专攻风电叶片用芳纶板,市场占有率稳居国内前3。",
     "前3", "湖南星禾复材科技有限公司"),
    # 全年集群产值: the cluster the bare head recalls
    ("云溪高新区着力打造储能电池产业集群。作为集群龙头企业,星禾锂电集团带动逾30家企业落地。全年集群产值312亿元。",
     "312亿元", "储能电池产业集群"),
    # A年产N吨P生产线: the capacity is A's
    ("地处湖南省南岭市的云溪高新区产值300亿元。云溪星禾集团南岭基地年产3万吨芳纶纸生产线满负荷运转。",
     "3万吨", "云溪星禾集团南岭基地"),
])
def test_subjects_of_figures_and_funding(text: str, written: str, subject: str) -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元,同比增长9.2%。" + text, "case")
    assert _subject_of(facts, written) == subject


@pytest.mark.parametrize(("text", "names"), [
    # a list after a comma, closed by 等骨干企业
    ("园区内,湘云重工、云山液压、南溪齿轮等骨干企业加速扩能。", {"湘云重工", "云山液压", "南溪齿轮"}),
    # 引进了A、B两家龙头企业
    ("在新材料领域,云溪高新区引进了恒岳新材、博川碳素两家龙头企业。", {"恒岳新材", "博川碳素"}),
    # 科技企业孵化器 is one platform name; a financial holding's short name
    ("云溪高新区依托云溪科技企业孵化器构建孵化体系,并联合湖南星财金控设立云溪产业引导基金。",
     {"云溪科技企业孵化器", "湖南星财金控"}),
])
def test_names_in_lists_and_trade_words(text: str, names: set[str]) -> None:
    drafted = _names(extract_facts("2025年,云溪高新区产值300亿元。" + text, "case"))
    assert names <= set(drafted), names - set(drafted)


def test_list_opening_with_the_clause_subject_keeps_only_the_items() -> None:
    facts = extract_facts("2025年,云溪高新区了解到新能源汽车、储能电池等产业急需人才。", "case")
    assert "新能源汽车" in _names(facts)
    assert not any(n.startswith("云溪高新区了解") for n in _names(facts))


@pytest.mark.parametrize(("text", "triple"), [
    ("湖南湘云重工股份有限公司营收95亿元,其自主研发的超大吨位起重机填补国内空白。",
     ("湖南湘云重工股份有限公司", "produces", "超大吨位起重机")),
    ("湖南恒岳新材料有限公司总投资25亿元的高纯石英砂项目今年3月建成投产。",
     ("湖南恒岳新材料有限公司", "carriesOut", "高纯石英砂项目")),
    ("博川碳素与云溪大学合作成立了碳基材料研究中心,由云溪大学副校长孙立平担任中心主任。",
     ("孙立平", "memberOf", "碳基材料研究中心")),
    ("截至目前,云溪科技企业孵化器累计毕业企业68家,培育出屏芯科技、云腾数据等高成长企业。",
     ("云腾数据", "incubatedBy", "云溪科技企业孵化器")),
])
def test_relation_frames_of_a_second_invented_report(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(extract_facts("2025年,云溪高新区产值300亿元,同比增长9.2%。" + text, "case"))


def test_person_after_a_compound_title_and_before_a_recognition() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。湖南驰云微电子股份有限公司(以下简称“驰云微电子”)营收9亿元。"
                          "驰云微电子董事长兼总经理韦思远告诉记者,订单充足。云溪大学教授覃明远入选国家“万人计划”。", "case")
    triples = triples_of(facts)
    assert ("韦思远", "memberOf", "湖南驰云微电子股份有限公司") in triples
    assert ("覃明远", "memberOf", "云溪大学") in triples


def test_funders_of_a_round_named_in_the_next_clause() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。湖南驰云微电子股份有限公司完成5亿元B轮融资,"
                          "由云溪产业投资集团领投、南岭科创基金跟投。", "case")
    by_id = {e["id"]: e["name_zh"] for e in facts["entities"]}
    events = [e for e in facts["funding_events"] if e["amount"]]
    assert len(facts["funding_events"]) == 1 and len(events) == 1
    assert {by_id[f] for f in events[0]["funders"]} == {"云溪产业投资集团", "南岭科创基金"}


def test_science_city_focus_part_of_the_zone_and_a_transfer_centre() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。云溪科学城重点发展人工智能、集成电路和生物制造,已集聚研发机构86家。"
                          "科学城是云溪高新区“一区三园”的核心园区。云溪高新区与云溪大学签订校地合作协议,共建云溪大学技术转移中心。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names["云溪科学城"] == {"Park"} and names["云溪大学技术转移中心"] == {"Platform"}
    assert not any(n.startswith("发展") for n in names)
    for ind in ("人工智能", "集成电路", "生物制造"):
        assert ("云溪科学城", "focusesOn", ind) in triples
    assert ("云溪科学城", "partOf", "云溪高新区") in triples
    assert ("云溪大学技术转移中心", "foundedBy", "云溪大学") in triples


def test_specialty_stops_before_de() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。湖南驰云微电子股份有限公司是一家专注于功率半导体器件的企业。", "case")
    assert _names(facts)["功率半导体器件"] == {"Product"}


@pytest.mark.parametrize(("text", "triple"), [
    ("湖南云溪氢能装备有限公司自主研发的70兆帕储氢瓶已批量供货。", ("湖南云溪氢能装备有限公司", "produces", "70兆帕储氢瓶")),
    ("湖南华岭新能源有限公司与云溪大学材料学院签约,联合开展固态电池攻关。",
     ("湖南华岭新能源有限公司", "partnerOf", "云溪大学材料学院")),
])
def test_made_products_with_a_measure_and_signing_partners(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(extract_facts("2025年,云溪高新区产值300亿元,同比增长9.2%。" + text, "case"))


def test_people_with_two_posts_and_founders() -> None:
    facts = extract_facts("2025年,云溪经开区工业总产值530亿元。湖北禾云生物科技有限公司创始人、董事长柯文远是回国创业的博士。"
                          "禾云生物首席科学家、中国工程院院士郑国良领衔的研究团队入驻园区。", "case")
    triples = triples_of(facts)
    assert ("柯文远", "memberOf", "湖北禾云生物科技有限公司") in triples
    assert ("湖北禾云生物科技有限公司", "foundedBy", "柯文远") in triples
    assert ("郑国良", "memberOf", "湖北禾云生物科技有限公司") in triples
    assert ("郑国良", "memberOf", "中国工程院") in triples
    assert not any(p == "locatedIn" and s == "中国工程院" for s, p, _ in triples)  # an affiliation settles nowhere
    assert "研究团队" not in _names(facts)


def test_respectively_co_built_platforms_pair_with_their_partners() -> None:
    facts = extract_facts("2025年,云溪经开区工业总产值530亿元。"
                          "云溪经开区与云溪理工大学、南岭农业大学分别共建了新材料中试平台和生物育种实验室。", "case")
    triples = triples_of(facts)
    assert ("新材料中试平台", "foundedBy", "云溪理工大学") in triples
    assert ("生物育种实验室", "foundedBy", "南岭农业大学") in triples
    assert ("新材料中试平台", "foundedBy", "南岭农业大学") not in triples


def test_institute_unveiled_is_a_platform() -> None:
    facts = extract_facts("2025年,云溪经开区工业总产值530亿元。南岭农业大学云溪研究院揭牌成立。", "case")
    assert _names(facts)["南岭农业大学云溪研究院"] == {"Platform"}


def test_field_named_in_a_product_name_is_its_application() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。湖南星禾铜业有限公司主要产品包括储能电池专用超薄铜箔。", "case")
    assert ("超薄铜箔", "applicationField", "储能电池") in triples_of(facts)
    names = _names(facts)
    assert names["储能电池"] == {"Industry"} and names["储能电池专用超薄铜箔"] == {"Product"}  # the full name is an alias


def test_component_word_is_no_application_field() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。湖南星禾复材科技有限公司专攻风电叶片用芳纶拉挤板,订单饱满。", "case")
    assert ("芳纶拉挤板", "applicationField", "风电") in triples_of(facts)


def test_list_after_subject_and_a_time_adverb() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。湖南星禾材料有限公司正在开展芳纶散热膜、芳纶改性面料等项目的检测验证。", "case")
    assert _names(facts)["芳纶散热膜"] == {"Project"}


def test_news_after_a_bracketed_byline_names_no_people() -> None:
    facts = extract_facts("云溪高新区三条产业链齐头并进\n\n本报讯(记者 韩雪峰)记者从云溪高新区管委会获悉,"
                          "2025年该区高新技术企业达到312家,净增47家。", "case")
    people = {n for n, c in _names(facts).items() if "Person" in c}
    assert people == {"韩雪峰"}


def test_third_invented_report_frames() -> None:
    facts = extract_facts(
        "2025年,云溪高新区产值300亿元,同比增长9.2%。浙江星源光伏科技有限公司(以下简称“星源光伏”)是光伏组件制造商。"
        "星源光伏年产10GW高效电池片项目建成投产;晶岳科技、汇川光电等配套企业相继落户。"
        "园区现有医疗器械企业65家,其中康岳医疗、安禾生物入选省级专精特新企业名单。"
        "高新区还联合云溪大学成立了云溪光伏产业研究院,由云溪大学光电学院院长许明远担任院长。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert {"康岳医疗", "安禾生物", "年产10GW高效电池片项目"} <= set(names)
    assert ("浙江星源光伏科技有限公司", "carriesOut", "年产10GW高效电池片项目") in triples
    assert ("晶岳科技", "locatedIn", "云溪高新区") in triples and ("汇川光电", "locatedIn", "云溪高新区") in triples
    assert ("许明远", "memberOf", "云溪光伏产业研究院") in triples


def test_kinds_of_company_and_activities_are_no_names() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。园区现有企业120家,其中规上企业、高新技术企业占比过半。"
                          "湖南星禾科技有限公司专注于为企业提供数字化服务。", "case")
    assert set(_names(facts)) <= {"云溪高新区", "湖南星禾科技有限公司", "星禾科技"}


def test_a_list_before_talk_about_leading_industries_is_no_industry_list() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。培育壮大、转型升级是主导产业发展的关键。", "case")
    assert "培育壮大" not in _names(facts)


@pytest.mark.parametrize("text", [
    "湖南省云溪市云溪高新技术产业开发区(以下简称“云溪高新区”)以新型显示、智能网联汽车为两大主导产业。",
    "2025年,云溪高新区产值300亿元。园区将坚持以新型显示、智能网联汽车为主导产业,做强产业集群。",
])
def test_leading_industries_between_yi_and_wei(text: str) -> None:
    """以A、B为(两大)主导产业: the list between 以 and 为, with no bracket or 为 glued on."""
    facts = extract_facts(text, "case")
    names, triples = _names(facts), triples_of(facts)
    assert {"新型显示", "智能网联汽车"} <= {n for n, c in names.items() if "Industry" in c}
    assert not any(n.endswith("为") or "简称" in n for n in names)
    zone = next(e["name_zh"] for e in facts["entities"] if "Zone" in e["classes"])
    assert (zone, "hasLeadingIndustry", "新型显示") in triples


def test_places_written_before_a_zone_name() -> None:
    """X省Y市Z区W经开区: the zone is named without its places and lies in the last one."""
    facts = extract_facts("2025年,湖南省云溪市青岭区云溪经济技术开发区(以下简称“云溪经开区”)产值300亿元。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "云溪经济技术开发区" in {e["name_zh"] for e in facts["entities"]}
    assert names.get("青岭区") == {"Place"}
    assert ("云溪经济技术开发区", "locatedIn", "青岭区") in triples
    assert ("青岭区", "locatedIn", "云溪市") in triples and ("云溪市", "locatedIn", "湖南省") in triples


def test_located_in_the_last_of_several_places() -> None:
    """位于X省Y市的Z: the zone lies in the city."""
    facts = extract_facts("位于湖南省云溪市的青岭高新技术产业开发区(以下简称“青岭高新区”)产值300亿元。", "case")
    assert ("青岭高新技术产业开发区", "locatedIn", "云溪市") in triples_of(facts)


def test_verbs_and_dates_glued_to_names() -> None:
    """孵化出X科技 / 推动A、B等龙头企业 / 2025年X经开区 / 数读X高新区: the verb or date is no part of the name."""
    facts = extract_facts("数读云溪高新区\n\n2025年云溪高新区产值300亿元,在全国国家高新区评价中位列第20位。"
                          "园区孵化器先后孵化出星禾科技、岳川光电等科创企业。"
                          "下一步将推动华岭股份、星禾科技等龙头企业协同配套。", "case")
    names = _names(facts)
    assert {"星禾科技", "岳川光电", "华岭股份"} <= set(names)
    assert not any(n.startswith(("出", "推动", "年", "数读")) or n == "国家高新区" for n in names)


def test_people_and_founders() -> None:
    """A首席科学家X名列其中 (a rarer surname, a rarer verb after the name); A的创始人X → foundedBy."""
    facts = extract_facts("2025年,云溪高新区产值300亿元。星禾科技首席科学家温若川名列其中。"
                          "岳川光电的创始人靳一鸣是海归博士。", "case")
    triples = triples_of(facts)
    assert ("温若川", "memberOf", "星禾科技") in triples
    assert ("岳川光电", "foundedBy", "靳一鸣") in triples


def test_a_section_heading_names_a_company() -> None:
    """X:<headline> over a section that names X again: X is a company."""
    facts = extract_facts("云溪高新区企业的2025年\n\n雪川装备:把冷资源变成热产业\n\n"
                          "雪川装备成立于2019年,2025年拿到订单2.3亿元,同比增长120%。", "case")
    assert "Enterprise" in _names(facts).get("雪川装备", set())


def test_industry_chain_and_its_lead_enterprise() -> None:
    """<industry>产业链 is a cluster; 链主企业X opening a clause leads the chain the sentence named."""
    facts = extract_facts("云溪高新区以新型显示、智能网联汽车为两大主导产业。"
                          "新型显示产业链集聚上下游企业27家;链主企业星禾科技的面板项目建成投产。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "Cluster" in names.get("新型显示产业链", set())
    assert ("星禾科技", "leadEnterpriseOf", "新型显示产业链") in triples
    assert ("新型显示产业链", "focusesOn", "新型显示") in triples


def test_joint_body_built_by_two_and_a_zone_list_of_platforms() -> None:
    """A牵头组建的B、C与D共建的E: E (not B) is C's and D's; <zone>已建成N大平台:A、B和C → the zone founds each;
    A—B联合研究院 is one name, founded by both partners."""
    facts = extract_facts(
        "2025年,云溪高新区产值300亿元。其中,星禾科技牵头组建的显示材料中试基地、岳川光电与云溪大学共建的光电联合实验室,"
        "均获批省级平台。目前,云溪高新区已建成三大平台:云溪智造中试基地、云溪—青岭大学新材料联合研究院和云溪检测认证中心。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert ("光电联合实验室", "foundedBy", "岳川光电") in triples
    assert ("显示材料中试基地", "foundedBy", "云溪大学") not in triples
    assert names.get("云溪—青岭大学新材料联合研究院") == {"Platform"} and names.get("青岭大学") == {"Organization"}
    for platform in ("云溪智造中试基地", "云溪—青岭大学新材料联合研究院", "云溪检测认证中心"):
        assert (platform, "foundedBy", "云溪高新区") in triples
    assert ("云溪—青岭大学新材料联合研究院", "foundedBy", "青岭大学") in triples


def test_we_in_an_interview_with_zone_officials_is_the_zone() -> None:
    facts = extract_facts("——访云溪高新区党工委书记、管委会主任方立群\n\n本报记者 韩雪峰\n\n"
                          "方立群:我们设立了规模20亿元的云溪高新区产业发展基金,园区还建成云溪生物医药中试基地。", "case")
    triples = triples_of(facts)
    assert ("云溪高新区产业发展基金", "foundedBy", "云溪高新区") in triples
    assert ("云溪生物医药中试基地", "foundedBy", "云溪高新区") in triples


def test_products_named_by_a_makers_capacity_or_trade() -> None:
    """<enterprise>(简称)P年产能… / 它的P年产能… / P制造商Y / 将建设A、B等产线 → products and their makers."""
    facts = extract_facts(
        "2025年,云溪高新区产值300亿元。湖南星禾材料股份有限公司(以下简称“星禾股份”)针状焦年产能达到30万吨。"
        "●燃料电池电堆制造商岳川动力营收4.6亿元。"
        "青岭生物成立于2009年。如今,它的大豆分离蛋白年产能达到5万吨。"
        "华岭科技投资12亿元的合成生物制造基地项目,将建设生物基尼龙、生物基丁二醇等产线。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert {"针状焦", "燃料电池电堆", "大豆分离蛋白", "生物基尼龙"} <= {n for n, c in names.items() if "Product" in c}
    assert ("湖南星禾材料股份有限公司", "produces", "针状焦") in triples
    assert ("岳川动力", "produces", "燃料电池电堆") in triples and "Enterprise" in names["岳川动力"]
    assert ("青岭生物", "produces", "大豆分离蛋白") in triples
    assert ("华岭科技", "produces", "生物基尼龙") in triples


def test_projects_carried_out() -> None:
    """A的X项目二期 / A(以下简称“B”)投资N亿元的X项目 / 正在建设总投资N亿元的X项目 / A已在园区建成X项目 /
    …贷款N亿元,支持其X项目 → carriesOut (and the project in the zone where it says 在园区)."""
    facts = extract_facts(
        "2025年,云溪高新区产值300亿元。链主企业星禾科技的碳化硅衬底项目二期建成投产。"
        "湖南岳川生物科技有限公司(以下简称“岳川生物”)投资112亿元的合成生物制造基地项目签约。"
        "岳川生物已在园区建成年产2万吨生物基尼龙项目。"
        "华岭新材正在建设总投资12亿元的年产3万吨聚乳酸项目。"
        "青岭银行云溪分行向青禾股份发放技改贷款1.8亿元,支持其年产1万吨大豆肽项目。", "case")
    triples = triples_of(facts)
    assert ("星禾科技", "carriesOut", "碳化硅衬底项目二期") in triples
    assert ("湖南岳川生物科技有限公司", "carriesOut", "合成生物制造基地项目") in triples
    assert ("湖南岳川生物科技有限公司", "carriesOut", "年产2万吨生物基尼龙项目") in triples
    assert ("年产2万吨生物基尼龙项目", "locatedIn", "云溪高新区") in triples
    assert ("华岭新材", "carriesOut", "年产3万吨聚乳酸项目") in triples
    assert ("青禾股份", "carriesOut", "年产1万吨大豆肽项目") in triples


def test_incubators_named_in_apposition_and_their_graduates() -> None:
    """园区孵化器X / <zone>科技企业孵化器“X”: X (not the kind word) is the name, and it lies in the zone;
    先后孵化出A、B / 中试基地…,孵化出A / 从孵化园走出来的A → A incubatedBy the platform."""
    facts = extract_facts(
        "2025年,云溪高新区产值300亿元。●园区孵化器星火众创空间在孵企业186家,全年毕业企业23家,先后孵化出岳川科技、青禾光电等科创企业。"
        "2019年,他带着团队入驻云溪高新区科技企业孵化器“云溪创新港”,完成了首款产品的研发。"
        "目前,云溪高新区已建成云溪生物制造中试基地。其中,中试基地全年为47家企业提供服务,孵化出华岭科技、星禾生物等初创企业9家。"
        "园区的云溪科创孵化园全年新增在孵企业31家。比如从孵化园走出来的铝川智造,已实现量产。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "星火众创空间" in names and "孵化器星火众创空间" not in names
    assert names.get("云溪创新港") == {"Platform"}
    assert ("星火众创空间", "locatedIn", "云溪高新区") in triples
    assert ("云溪创新港", "locatedIn", "云溪高新区") in triples
    assert ("岳川科技", "incubatedBy", "星火众创空间") in triples and ("青禾光电", "incubatedBy", "星火众创空间") in triples
    assert ("华岭科技", "incubatedBy", "云溪生物制造中试基地") in triples
    assert ("铝川智造", "incubatedBy", "云溪科创孵化园") in triples


def test_verbs_time_words_and_kinds_of_project_are_no_names() -> None:
    """新建X工作站 / 做强X产业集群 / 年初公司 / 签约23个项目 / 集中开工项目 / “耐心资本”: no name; X资本领投 is a funder."""
    facts = extract_facts(
        "2025年,云溪高新区现场签约23个项目,集中开工项目7个。企业新建博士后科研工作站3个。"
        "园区将继续做强绿色铝产业集群,推动更多“耐心资本”投早投小。"
        "年初公司与华岭电池签下长单。星禾科技完成B轮融资5亿元,由寒川资本领投。", "case")
    names = _names(facts)
    assert not any(n.startswith(("新建", "继续", "做强", "年初", "个", "现场", "集中")) or n == "耐心资本" for n in names)
    assert "绿色铝产业集群" in names
    assert {"Enterprise", "Funder"} <= names.get("寒川资本", set())


def test_technologies_named_and_who_develops_them() -> None:
    """主攻X技术 / 其“X技术” / 核心技术X,来自A与B的联合攻关 → technologies, developers (and partners)."""
    facts = extract_facts(
        "2025年,云溪高新区产值300亿元。在孵化园成长起来的星禾生物主攻微藻固碳技术。"
        "岳川生物科技股份有限公司研发人员86名,其“大豆蛋白高效提取关键技术”获省科技进步奖。"
        "项目的核心技术丙交酯提纯工艺,来自华岭新材与云溪理工大学的联合攻关。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert {"微藻固碳技术", "大豆蛋白高效提取关键技术", "丙交酯提纯工艺"} <= {n for n, c in names.items() if "Technology" in c}
    assert ("星禾生物", "developsTechnology", "微藻固碳技术") in triples
    assert ("岳川生物科技股份有限公司", "developsTechnology", "大豆蛋白高效提取关键技术") in triples
    assert ("华岭新材", "developsTechnology", "丙交酯提纯工艺") in triples
    assert ("云溪理工大学", "developsTechnology", "丙交酯提纯工艺") in triples
    assert ("华岭新材", "partnerOf", "云溪理工大学") in triples


def test_founders_named_by_zone_words_and_the_company_word() -> None:
    """园区与B共建的C → the zone founds C; 企业…,并与B共建C → the company spoken of founds C;
    C由A牵头 → A founds C; 研发的X托盘已配套… → X is a product."""
    facts = extract_facts(
        "2025年,云溪高新区产值300亿元。园区与云溪理工大学共建的石墨新材料中试基地,已服务21家企业。"
        "青禾生物科技股份有限公司营收16.8亿元。企业研发人员已有86名,并与北疆农业大学共建大豆蛋白联合实验室。"
        "云溪装备产业创新联盟由星禾重工牵头,成员单位达到36家。"
        "铝川智造研发的铝合金轻量化电池托盘已配套两家车企。", "case")
    triples = triples_of(facts)
    assert ("石墨新材料中试基地", "foundedBy", "云溪高新区") in triples
    assert ("大豆蛋白联合实验室", "foundedBy", "青禾生物科技股份有限公司") in triples
    assert ("云溪装备产业创新联盟", "foundedBy", "星禾重工") in triples
    assert ("铝川智造", "produces", "铝合金轻量化电池托盘") in triples


def test_lead_enterprises_and_contract_partners() -> None:
    """<chain>…。链主企业X… (the sentence before) / 这家<cluster>的龙头企业 → leadEnterpriseOf;
    与X签下长单 → X is a company and a partner."""
    facts = extract_facts(
        "2025年,云溪高新区以先进材料、低空经济为两大主导产业。先进材料产业链已集聚企业58家。链主企业川岳新材的石英砂项目二期建成投产。\n\n"
        "星禾新材成立于2017年。如今,这家云溪石墨产业集群的龙头企业已形成8万吨年产能。年初公司与北辰电池签下长单。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert ("川岳新材", "leadEnterpriseOf", "先进材料产业链") in triples
    assert ("星禾新材", "leadEnterpriseOf", "云溪石墨产业集群") in triples
    assert "Enterprise" in names.get("北辰电池", set())
    assert ("星禾新材", "partnerOf", "北辰电池") in triples


def test_zone_service_centres_and_people_without_titles() -> None:
    """X高新区企业服务中心 is one name; <name>说/表示 opening a clause names a person (不是 他们/高度…)."""
    facts = extract_facts("2025年,云溪高新区产值300亿元,同比增长12%,规上工业增加值增长10%。\n\n"
                          "云溪高新区企业服务中心全年服务企业300家。庞立峰说,订单不愁。他们表示欢迎。高度表示关注。"
                          "“产能跟不上,”石一鸣说。", "case")
    names = _names(facts)
    assert names.get("云溪高新区企业服务中心") == {"Platform"}
    assert names.get("庞立峰") == {"Person"} and names.get("石一鸣") == {"Person"}
    assert not {"他们", "高度"} & set(names)


def test_lead_enterprise_by_copula_investor_and_incubator_entry() -> None:
    """X是…集群的链主企业 → leadEnterpriseOf; X投资建设的Y项目 → carriesOut; 入驻<incubator>,创办了Y → incubatedBy;
    A研发的功率芯片 is a product, not a brand."""
    facts = extract_facts(
        "2025年,云溪经开区产值300亿元。江岳动力是云溪经开区新能源装备产业集群的链主企业。"
        "江岳动力投资建设的年产800台齿轮箱项目已开工。"
        "创业者许文博带着团队入驻云溪创业孵化器,创办了澜芯微电子。澜芯微电子研发的功率芯片已实现量产。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert ("江岳动力", "leadEnterpriseOf", "云溪经开区新能源装备产业集群") in triples
    assert ("江岳动力", "carriesOut", "年产800台齿轮箱项目") in triples
    assert ("澜芯微电子", "incubatedBy", "云溪创业孵化器") in triples
    assert names.get("功率芯片") == {"Product"} and ("澜芯微电子", "produces", "功率芯片") in triples
    assert names.get("许文博") == {"Person"}


def test_news_brief_frames() -> None:
    """X项目落户园区 → locatedIn; 该项目由A负责建设 → carriesOut; 由园区与B联合组建 → the zone co-founds;
    X研究院…,聚焦A和B两大领域 → focusesOn; 园区将…,做强X产业集群 → developsCluster; 等高新技术企业 lists companies;
    举行项目签约仪式 names no project."""
    facts = extract_facts(
        "峡川高新区签约落地一批重大项目\n\n本报讯(记者 蔡文静)11月20日,峡川高新区与中舟集团举行项目签约仪式,"
        "总投资50亿元的中舟高端轴承项目落户园区。该项目由峡川中舟精密制造有限公司负责建设。"
        "其中峡川创业中心累计孵化企业200余家,培育出云帆科技、禾丰生物等高新技术企业。"
        "峡川智能研究院由园区与西陵大学联合组建,聚焦人工智能和集成电路两大领域。"
        "下一步园区将围绕高端装备产业链精准招商,做强高端装备产业集群。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "举行项目" not in names and "Enterprise" in names.get("云帆科技", set())
    assert ("中舟高端轴承项目", "locatedIn", "峡川高新区") in triples
    assert ("峡川中舟精密制造有限公司", "carriesOut", "中舟高端轴承项目") in triples
    assert ("峡川智能研究院", "foundedBy", "峡川高新区") in triples
    assert ("峡川智能研究院", "focusesOn", "人工智能") in triples
    assert ("峡川高新区", "developsCluster", "高端装备产业集群") in triples


def test_work_report_frames() -> None:
    """大型矿用X names no field 大型矿; X孵化器…在孵企业N家,其中A获评… → A incubatedBy X; A年产N吨Y项目 (brand + 年产)."""
    facts = extract_facts(
        "2025年,汾川经开区产值298亿元。太汾重工研制的大型矿用挖掘机填补国内空白。晋岚新材年产10万吨铝合金板带项目一期投产。"
        "晋汾科技企业孵化器全年新增在孵企业42家,其中汾芯科技获评国家级专精特新“小巨人”企业。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "大型矿" not in names
    assert ("汾芯科技", "incubatedBy", "晋汾科技企业孵化器") in triples
    assert ("晋岚新材", "carriesOut", "年产10万吨铝合金板带项目") in triples


def test_co_developers_and_a_counted_list_ending_in_deng() -> None:
    """A与B联合研发的X → both develop X; A、B、C等6家企业相继入驻 → C (not C等)."""
    facts = extract_facts(
        "2025年,沅川高新区产值300亿元。湘沅智能与中南工业大学联合研发的高精度伺服电机已批量供货。"
        "沅禾生物、星沅材料、楚芯电子等6家企业相继入驻园区。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert ("中南工业大学", "developsTechnology", "高精度伺服电机") in triples
    assert ("湘沅智能", "produces", "高精度伺服电机") in triples
    assert "楚芯电子" in names and "楚芯电子等" not in names


def test_copula_companies_and_zone_guests() -> None:
    """X是国内领先的P生产企业 → company X making P; 位于园区的X → X locatedIn the zone; X科创园 is a park."""
    facts = extract_facts(
        "2025年,渝溪经开区产值300亿元。渝溪汽车是国内领先的新能源商用车生产企业,也是园区智能网联汽车产业集群的龙头企业。"
        "位于园区的川溪精密是一家专注汽车轴承研发的企业。渝溪科创园全年新增企业30家。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "Enterprise" in names.get("渝溪汽车", set())
    assert ("渝溪汽车", "produces", "新能源商用车") in triples
    assert ("渝溪汽车", "leadEnterpriseOf", "智能网联汽车产业集群") in triples
    assert ("川溪精密", "locatedIn", "渝溪经开区") in triples
    assert names.get("渝溪科创园") == {"Park"}


def test_we_in_an_interview_with_a_company_is_the_company() -> None:
    """——访<company>董事长Y: 我们 is the company (not the zone); 访 opens no name."""
    facts = extract_facts("——访湘岳新材董事长庞建国\n\n本报记者 龚雪\n\n湘岳新材是湘江高新区管委会重点扶持的企业。\n\n"
                          "庞建国:我们设立了湘岳研究院,还与湘江大学共建了新材料联合实验室。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "访湘岳新材" not in names
    assert ("湘岳研究院", "foundedBy", "湘岳新材") in triples
    assert ("新材料联合实验室", "foundedBy", "湘岳新材") in triples
    assert ("湘岳研究院", "foundedBy", "湘江高新区") not in triples


def test_an_unknown_brand_opening_a_project_name() -> None:
    """<two-character brand><trade word><project>项目: the brand and trade word name the company carrying it out."""
    facts = extract_facts("2025年,云溪经开区签约项目23个。宏帆机器人智能焊接机器人总部项目(总投资8.5亿元)等也一并签约。"
                          "合成生物制造基地项目同日开工。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "Enterprise" in names.get("宏帆机器人", set())
    assert ("宏帆机器人", "carriesOut", "智能焊接机器人总部项目") in triples
    assert "合成生物" not in names or "Enterprise" not in names["合成生物"]


def test_reporters_notes_and_makers_by_copula() -> None:
    """记者手记:… is a heading, not a byline; X是一家生产P的企业 → X produces P."""
    facts = extract_facts("黔溪高新区:山里走出新路\n\n本报记者 向晴\n\n黔溪电子是一家生产智能电表的企业,今年营收12亿元。\n\n"
                          "记者手记:让企业安心发展\n\n黔溪电子总经理罗振宇告诉记者,订单充足。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "手记" not in names
    assert ("黔溪电子", "produces", "智能电表") in triples


def test_first_product_developed() -> None:
    """…完成了首款X的研发 → X is a product the company spoken of developed."""
    facts = extract_facts("2025年,云溪高新区产值300亿元。\n\n雪川科技成立于2019年。2019年,他带着团队入驻云溪创新港,"
                          "在孵化器的帮助下完成了首款全地形压雪车的研发。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("全地形压雪车") == {"Product"}
    assert ("雪川科技", "developsTechnology", "全地形压雪车") in triples


def test_byline_of_an_issuing_office_and_a_correspondent() -> None:
    """<office>　通讯员　<name> on its own line: the name is a Person, the office an Organization, the lead stays apart."""
    facts = extract_facts("云溪高新区产业稳步增长\n\n云溪高新区管委会办公室　通讯员　柯思雨\n\n"
                          "2025年,云溪高新区全年实现工业总产值300亿元,同比增长8%。", "case")
    names = _names(facts)
    assert names.get("柯思雨") == {"Person"}
    assert names.get("云溪高新区管委会办公室") == {"Organization"}
    assert not any(n.startswith("柯思雨2025") for n in names)


def test_autonomous_region_and_rank_scope_place_the_zone() -> None:
    """X回族自治区Y市Z经开区 → Y in X; 增速居<province>经开区第N位 → the zone lies in that province."""
    facts = extract_facts("宁夏回族自治区青岚市云溪经济技术开发区(以下简称“云溪经开区”)2025年产值300亿元,"
                          "增速居宁夏回族自治区经开区第2位。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("宁夏回族自治区") == {"Place"}
    assert ("青岚市", "locatedIn", "宁夏回族自治区") in triples
    assert ("云溪经济技术开发区", "locatedIn", "宁夏回族自治区") in triples
    assert "宁夏回族自治区经开区" not in names


def test_talent_story_people_teams_and_quoted_programmes() -> None:
    """<title><name>正…: a person; <name>团队 anywhere is the team the person heads; “X”人才计划 is one programme."""
    facts = extract_facts("2025年,云溪高新区人才总量增长。在青禾科技有限公司的实验室里,首席工程师岳明川正和同事调试设备。"
                          "岳明川团队由12人组成。2025年,岳明川入选“云岭之光”人才计划。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("岳明川") == {"Person"}
    assert names.get("岳明川团队") == {"ResearchTeam"}
    assert ("岳明川", "heads", "岳明川团队") in triples
    assert names.get("“云岭之光”人才计划") == {"TalentProgram"}
    assert "人才计划" not in names


def test_list_after_a_preposition_of_local_companies() -> None:
    """设备在A、B等区内N家企业应用: the list starts after 在, the last item loses 等区内, the companies lie in the zone."""
    facts = extract_facts("2025年,云溪高新区产值300亿元。该系统在青禾硅业、鼎峰电石等区内12家企业应用,节能10%。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "Enterprise" in names.get("青禾硅业", set()) and "Enterprise" in names.get("鼎峰电石", set())
    assert not any(n.endswith("等区内") or n.startswith("该系统") for n in names)
    assert ("鼎峰电石", "locatedIn", "云溪高新区") in triples


def test_talent_story_founding_joining_holding_and_team_spin_offs() -> None:
    """他领衔组建的X / 加入A的<title>B / B同时是C主任 / 团队还孵化出D / 牵头建成E中试线."""
    facts = extract_facts(
        "2025年,云溪高新区人才总量增长。\n\n"
        "在青禾材料科技有限公司的车间里,总工程师岳明川正和同事调试设备。岳明川团队由12人组成。"
        "2025年,岳明川入选“云岭之光”人才计划,他领衔组建的云溪碳纤维工程技术研究中心获批省级平台。"
        "团队还孵化出碳纤维加工企业禾丰精工。\n\n"
        "云溪理工学院教授沈立舟同时是云溪新材料重点实验室主任。"
        "2023年加入青禾材料的青年工程师魏川担任技术总监,牵头建成高纯碳粉中试线。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("高纯碳粉中试线") == {"Platform"}
    assert ("岳明川", "memberOf", "青禾材料科技有限公司") in triples
    assert ("云溪碳纤维工程技术研究中心", "foundedBy", "岳明川") in triples
    assert ("禾丰精工", "incubatedBy", "岳明川团队") in triples
    assert ("沈立舟", "memberOf", "云溪新材料重点实验室") in triples
    assert ("魏川", "memberOf", "青禾材料科技有限公司") in triples
    assert ("高纯碳粉中试线", "foundedBy", "魏川") in triples


def test_bare_name_opening_clauses_twice_is_a_person() -> None:
    """A three-character surname-led name opening a paragraph and a clause (X是…人, X入选…) is a person."""
    facts = extract_facts("2025年,云溪高新区人才总量增长。\n\n从小团队到高新技术企业\n\n"
                          "岳晓川是土生土长的云溪人,2019年在云溪科创孵化中心创办了青禾智控科技有限公司。"
                          "2025年,岳晓川入选云溪市“星河创业人才计划”。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("岳晓川") == {"Person"}
    assert ("青禾智控科技有限公司", "foundedBy", "岳晓川") in triples
    assert ("青禾智控科技有限公司", "incubatedBy", "云溪科创孵化中心") in triples


def test_project_phase_and_legal_stem_owner() -> None:
    """<stem of a legal name><project>项目一期N万吨: the project is X项目 (一期 a phase), carried out by the company."""
    facts = extract_facts("2025年,云溪经开区产值300亿元。青禾新能电池有限公司营收28亿元。"
                          "青禾新能电池正极材料项目一期2万吨已稳定运行,二期3万吨于8月建成投产。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("正极材料项目") == {"Project"}
    assert ("青禾新能电池有限公司", "carriesOut", "正极材料项目") in triples
    assert not any(n.endswith("项目一期") for n in names)


def test_counted_leading_industries_opening_a_clause() -> None:
    """…,A、B、C三大主导产业协同发力: a verbless counted list opening a clause names the leading industries."""
    facts = extract_facts("今年以来,云溪经济技术开发区坚持稳增长,铝基新材料、中医药、新能源电池三大主导产业协同发力。"
                          "中医药产业集群完成产值41亿元。", "case")
    triples = triples_of(facts)
    for industry in ("铝基新材料", "中医药", "新能源电池"):
        assert ("云溪经济技术开发区", "hasLeadingIndustry", industry) in triples
    assert ("中医药产业集群", "focusesOn", "中医药") in triples


def test_group_company_is_one_legal_name() -> None:
    """X集团Y制药有限公司 is one legal name, a subsidiary of X集团."""
    facts = extract_facts("2025年,云溪经开区产值300亿元。青岭药业集团云溪制药有限公司营收17亿元,"
                          "青岭药业集团加大投资。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "青岭药业集团云溪制药有限公司" in names and "云溪制药有限公司" not in names
    assert ("青岭药业集团云溪制药有限公司", "subsidiaryOf", "青岭药业集团") in triples


def test_briefing_office_line_and_company_table() -> None:
    """An office alone under the title is an Organization; 重点企业产值情况:A N亿元,…;B N亿元 → A, B are companies."""
    facts = extract_facts("云溪经开区前三季度经济运行简报\n\n云溪经开区经济发展局\n\n"
                          "1—9月,全区规上工业总产值完成312亿元。"
                          "1—9月重点企业产值情况:青禾铝业有限公司86.2亿元,同比增长10.4%;丰源碳素12.3亿元,下降6.2%;"
                          "岭上当归生物科技8.7亿元,增长32.5%。", "case")
    names = _names(facts)
    assert names.get("云溪经开区经济发展局") == {"Organization"}
    assert names.get("丰源碳素") == {"Enterprise"}
    assert names.get("岭上当归生物科技") == {"Enterprise"}


def test_zone_after_a_verb_of_motion() -> None:
    """走进X市Y高新技术产业开发区(以下简称“Y高新区”): the verb opens the clause; the zone lies in the city."""
    facts = extract_facts("走进青岚市云溪高新技术产业开发区(以下简称“云溪高新区”),新厂房里一条生产线正在联调。"
                          "2025年,云溪高新区营业总收入达到612亿元。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert "云溪高新技术产业开发区" in names and not any(n.startswith("走进") for n in names)
    assert any(s in ("云溪高新技术产业开发区", "云溪高新区") and p == "locatedIn" and o == "青岚市" for s, p, o in triples)


def test_opening_up_story_frames() -> None:
    """X的母公司<Latin name>与园区签约,在区内设立亚太区域总部; <title>A·B(Latin); A、B等企业从这里起步."""
    facts = extract_facts(
        "2025年,云溪高新区实际利用外资32亿元。"
        "青澜(海南)生物科技有限公司(以下简称“青澜生物”)总经理韩立说,政策很关键。"
        "2025年3月,青澜生物的母公司NOVEX Pharma与云溪高新区签约,在区内设立亚太区域总部,项目总投资15亿元。"
        "溪澜生物首席科学家约翰·卡特(John Carter)入选顶尖人才类。"
        "云溪国际创新孵化器累计孵化企业68家,禾汐基因、海鲸智能等科技型企业从这里起步。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("NOVEX Pharma") == {"Enterprise"} and "母公司" not in names
    assert ("青澜(海南)生物科技有限公司", "subsidiaryOf", "NOVEX Pharma") in triples
    assert names.get("亚太区域总部") == {"Project"}
    assert ("NOVEX Pharma", "carriesOut", "亚太区域总部") in triples
    assert ("亚太区域总部", "locatedIn", "云溪高新区") in triples
    assert names.get("约翰·卡特") == {"Person"}
    assert ("禾汐基因", "incubatedBy", "云溪国际创新孵化器") in triples


def test_title_after_a_short_form_note() -> None:
    """X(以下简称“Y”)总经理Z说: Z is a member of X."""
    facts = extract_facts("2025年,云溪高新区产值300亿元。“政策是关键。”青澜(海南)生物科技有限公司(以下简称“青澜生物”)"
                          "总经理韩立说。青澜生物营收12亿元。", "case")
    assert ("韩立", "memberOf", "青澜(海南)生物科技有限公司") in triples_of(facts)


def test_project_and_platform_built_by_a_company() -> None:
    """在<park>,X(以下简称“Y”)投资建设的Z数据中心一期… / X搭建的W服务平台."""
    facts = extract_facts("2025年,云溪高新区营收600亿元。在云溪数字经济产业园,外资企业海鲸(海南)数字科技有限公司"
                          "(以下简称“海鲸数字”)投资建设的国际云存储数据中心一期已投用机柜2000个。"
                          "青禾(海南)国际贸易有限公司搭建的跨境药品供应链服务平台,为区内32家药企提供通关服务。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("国际云存储数据中心") == {"Project"}
    assert ("海鲸(海南)数字科技有限公司", "carriesOut", "国际云存储数据中心") in triples
    assert ("国际云存储数据中心", "locatedIn", "云溪数字经济产业园") in triples
    assert names.get("跨境药品供应链服务平台") == {"Platform"}
    assert ("跨境药品供应链服务平台", "foundedBy", "青禾(海南)国际贸易有限公司") in triples


def test_press_release_chain_projects_and_posts() -> None:
    """打造A产业集群和B产业链 (B a cluster); X实施的Y项目 → carriesOut; <short form>Z扩能项目 → carriesOut;
    协调<bank>分行 (the verb is no part of the branch); 平台公司 is no name; …研究院正式运行,教授W担任院长 → memberOf."""
    facts = extract_facts(
        "云溪高新区着力打造光电材料产业集群和钒钛新材料产业链。钒钛新材料产业链以青钒钒业有限公司(以下简称“青钒钒业”)为龙头。"
        "禾源氢能科技有限公司(以下简称“禾源氢能”)实施的风光制氢示范项目一期形成产能1万吨。青钒钒业高性能钒电池扩能项目总投资26亿元。"
        "高新区协调塞川银行云溪分行向禾源氢能发放贷款8亿元;高新区平台公司云溪产业投资集团有限公司发起设立产业基金。"
        "高新区与青岭理工大学共建的氢能储运技术研究院正式运行,青岭理工大学教授苏立峰担任院长。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("钒钛新材料产业链") == {"Cluster"}
    assert ("禾源氢能科技有限公司", "carriesOut", "风光制氢示范项目") in triples
    assert ("青钒钒业有限公司", "carriesOut", "高性能钒电池扩能项目") in triples
    assert "塞川银行云溪分行" in names and not any(n.startswith("协调") for n in names)
    assert "高新区平台公司" not in names
    assert ("苏立峰", "memberOf", "氢能储运技术研究院") in triples


def test_team_opening_a_sentence_develops_and_a_long_list_opener() -> None:
    """<person>团队由N人组成,攻克了X技术 → the team develops X; A的控制系统在B、C等区内N家企业应用 → B, C lie in the zone."""
    facts = extract_facts("2025年,云溪经开区产值300亿元。在青禾新材料股份有限公司的研发中心里,首席工程师蒙远正在调试设备。"
                          "蒙远团队由18人组成,攻克了高纯石英砂提纯技术。岚图智控的控制系统在川桂铝业、华岭锰业等区内9家企业应用。", "case")
    triples = triples_of(facts)
    assert ("蒙远团队", "developsTechnology", "高纯石英砂提纯技术") in triples
    assert ("川桂铝业", "locatedIn", "云溪经开区") in triples


def test_briefing_leading_list_after_a_note_and_a_chain_lead() -> None:
    """X(以下简称“Y”)A、B、C三大主导产业稳中有进; 作为D产业链链主企业,E… ; X的母公司F与Z签约: X is no party."""
    facts = extract_facts("今年以来,青岭市滇溪高新技术产业开发区(以下简称“滇溪高新区”)生物医药、绿色硅材、数字经济三大主导产业稳中有进。"
                          "作为绿色硅材产业链链主企业,云岭硅业有限公司带动配套企业15家入驻。"
                          "青普生物科技有限公司的母公司HELIX Biotech与滇溪高新区签约。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert ("滇溪高新技术产业开发区", "hasLeadingIndustry", "绿色硅材") in triples
    assert names.get("绿色硅材产业链") == {"Cluster"}
    assert ("云岭硅业有限公司", "leadEnterpriseOf", "绿色硅材产业链") in triples
    assert ("HELIX Biotech", "partnerOf", "滇溪高新技术产业开发区") in triples
    assert ("青普生物科技有限公司", "partnerOf", "滇溪高新技术产业开发区") not in triples


@pytest.mark.parametrize(("line", "people"), [
    ("来源：云溪高新区管委会　文／柯思雨　编辑／卫晓岚", ["柯思雨", "卫晓岚"]),
    ("本报记者 热依拉·买提 方一鸣", ["热依拉·买提", "方一鸣"]),
    ("云溪市发展改革委调研组 执笔：柯思雨 卫晓岚", ["柯思雨", "卫晓岚"]),
    ("文｜欧阳明澈", ["欧阳明澈"]),
    ("作者：柯思雨", ["柯思雨"]),
    ("柯思雨　卫晓岚　文/图", ["柯思雨", "卫晓岚"]),
    ("■柯思雨", ["柯思雨"]),
    ("记者 柯思雨、卫晓岚 实习生 方一鸣", ["柯思雨", "卫晓岚", "方一鸣"]),
    ("编辑：柯思雨 审核：卫晓岚", ["柯思雨", "卫晓岚"]),
])
def test_byline_shapes_name_their_people(line: str, people: list[str]) -> None:
    """A byline in any of its shapes: every name on it is a Person, the lead stays its own paragraph."""
    from graph.extract.text import byline_names
    found = byline_names(line.translate({0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}))
    assert found is not None and [n for n, _ in found] == people
    facts = extract_facts(f"云溪高新区一年跑出加速度的成绩单来了\n\n{line}\n\n"
                          "2025年,云溪高新区全年实现工业总产值300亿元,同比增长8%。", "case")
    names = _names(facts)
    for person in people:
        assert names.get(person) == {"Person"}
    assert not any(n.endswith("2025") for n in names)


@pytest.mark.parametrize("line", ["01｜生命科学", "一、基本情况", "云溪高新区投资促进局　2025年12月",
                                  "记者手记", "本报云溪12月28日电 记者从云溪高新区管委会获悉,产值增长。"])
def test_lines_that_are_no_byline(line: str) -> None:
    from graph.extract.text import byline_names
    assert byline_names(line) is None


def test_dateline_bracket_of_a_wire_story() -> None:
    """新华社<place>…电（记者 甲 乙）: both reporters are people, the news after the bracket names none."""
    facts = extract_facts("云溪高新区产值破三百亿\n\n新华社青岚12月28日电（记者 柯思雨 卫晓岚）记者从云溪高新区管委会获悉,"
                          "2025年该区实现工业总产值300亿元。", "case")
    people = {n for n, c in _names(facts).items() if "Person" in c}
    assert people == {"柯思雨", "卫晓岚"}


def test_meeting_news_titles_party_committee_and_speech_verbs() -> None:
    """<city>市委常委、<zone>党工委书记X出席会议 / 主任Y作工作报告: people, the committee, both posts."""
    facts = extract_facts("云溪经开区召开年度工作大会。青岚市委常委、云溪经开区党工委书记谭远舟出席会议并讲话,"
                          "云溪经开区党工委副书记、管委会主任彭立川作工作报告。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("青岚市委") == {"Organization"}
    assert {("谭远舟", "memberOf", "青岚市委"), ("谭远舟", "memberOf", "云溪经开区"),
            ("彭立川", "memberOf", "云溪经开区")} <= triples


def test_transliterated_name_before_a_speech_verb() -> None:
    facts = extract_facts("云溪经开区产值增长。云溪经开区管委会副主任艾尔肯·吐尔逊说,订单排到了明年。", "case")
    names = _names(facts)
    assert names.get("艾尔肯·吐尔逊") == {"Person"} and "艾尔肯·吐尔逊说" not in names


def test_science_park_with_its_own_administration_is_the_zone() -> None:
    """No zone named; X未来科学园 has a 管委会 and is the article's subject: a Zone (未来 inside the name)."""
    facts = extract_facts("青岚未来科学园成绩单来了\n\n2025年,位于青岚市的青岚未来科学园交出答卷。"
                          "全年青岚未来科学园实现技术收入48亿元。青岚未来科学园管委会主任方立群表示,明年再上台阶。", "case")
    names = _names(facts)
    assert names.get("青岚未来科学园") == {"Zone"}


def test_count_word_refers_back_to_industries_opening_the_clauses() -> None:
    """A产业产值N,B产业产值M,两大主导产业合计…: A and B (bare) are the zone's leading industries."""
    facts = extract_facts("云溪经开区2025年产值300亿元。其中,电子信息产业产值128.4亿元,绿色食品产业产值103.7亿元,"
                          "两大主导产业合计占全区的74.3%。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("电子信息") == {"Industry"} and names.get("绿色食品") == {"Industry"}
    assert {("云溪经开区", "hasLeadingIndustry", "电子信息"), ("云溪经开区", "hasLeadingIndustry", "绿色食品")} <= triples


def test_counted_list_of_industries_after_a_focus_verb() -> None:
    """围绕A和B两大产业开展调研: A and B are industries, not leading ones (no 主导)."""
    facts = extract_facts("调研组围绕新型储能和智能网联两大产业开展专题调研。云溪经开区产值300亿元。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("新型储能") == {"Industry"} and names.get("智能网联") == {"Industry"}
    assert not any(p == "hasLeadingIndustry" for _, p, _ in triples)


@pytest.mark.parametrize(("text", "company"), [
    ("依托中试平台,激光雷达企业锐视光联完成首台样机验证。", "锐视光联"),
    ("园区引导基金向合成生物企业禾酿生科股权投资1.5亿元。", "禾酿生科"),
    ("储能企业蓝岫能源在此孵化后完成首轮融资。", "蓝岫能源"),
])
def test_company_named_after_its_trade_in_apposition(text: str, company: str) -> None:
    facts = extract_facts("2025年,云溪高新区实现营业收入520亿元。" + text, "case")
    assert _names(facts).get(company) == {"Enterprise"}


def test_kinds_of_companies_and_activities_after_qiye_are_no_names() -> None:
    facts = extract_facts("2025年,云溪高新区规上企业营业收入增长12%,一批企业加快转型升级,对优秀企业进行了表彰,"
                          "科技型企业数量达到300家。", "case")
    assert not any(c == {"Enterprise"} for c in _names(facts).values())


def test_group_head_of_a_legal_name_is_no_second_company() -> None:
    """<zone>与X纺织集团有限公司(以下简称“X集团”)签署…: one company, the relations on it."""
    facts = extract_facts("2025年,云溪经开区产值300亿元。云溪经开区与江苏青岚纺织集团有限公司(以下简称“青岚集团”)签署战略合作协议,"
                          "青岚集团投资18亿元建设的年产3万吨功能纱线项目建成投产。", "case")
    names = _names(facts)
    assert "江苏青岚纺织集团" not in names
    assert ("云溪经开区", "partnerOf", "江苏青岚纺织集团有限公司") in triples_of(facts)


def test_chain_links_in_quotes_before_a_named_chain() -> None:
    """园区已形成“A—B—C—D”的X产业链: the links are X's segments, X a cluster the zone develops."""
    facts = extract_facts("2025年,云溪经开区产值300亿元。园区已初步形成“石英砂—多晶硅—硅片—光伏组件”的云溪光伏产业链,"
                          "集聚上下游企业64家。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("云溪光伏产业链") == {"Cluster"}
    assert {("云溪光伏产业链", "hasChainSegment", x) for x in ("石英砂", "多晶硅", "硅片", "光伏组件")} <= triples
    assert ("云溪经开区", "developsCluster", "云溪光伏产业链") in triples


@pytest.mark.parametrize("text", [
    "云溪经开区科技企业孵化器新孵化企业35家,自动驾驶企业星驰智驾在此孵化后完成首轮融资。",
    "其中,国家级孵化器“云溪创芯汇”全年新孵化企业46家,量子传感企业星驰智驾正是从这里“毕业”的。",
])
def test_here_refers_back_to_the_incubator(text: str) -> None:
    """X在此孵化 / X正是从这里“毕业”的: 此/这里 is the incubator named before X in the sentence."""
    facts = extract_facts("2025年,云溪经开区产值300亿元。" + text, "case")
    assert any(s == "星驰智驾" and p == "incubatedBy" for s, p, _ in triples_of(facts))


def test_counted_directions_are_what_the_cluster_built_focuses_on() -> None:
    """围绕A、B、C与D三大方向,园区全力打造X产业集群: X focuses on the three (C与D one item); X,是园区…“头号”产业."""
    facts = extract_facts("2025年,云溪经开区产值300亿元。生物医药,是园区当之无愧的“头号”产业。"
                          "围绕创新药、高端医疗器械、细胞与基因治疗三大方向,园区全力打造云溪生命健康产业集群,集聚相关企业420余家。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert names.get("细胞与基因治疗") == {"Industry"}
    assert {("云溪生命健康产业集群", "focusesOn", x) for x in ("创新药", "高端医疗器械", "细胞与基因治疗")} <= triples
    assert ("云溪经开区", "hasLeadingIndustry", "生物医药") in triples
    assert ("云溪经开区", "developsCluster", "云溪生命健康产业集群") in triples


def test_company_directory_items() -> None:
    """——<company>(<short>):生产A及B,… / 专注X封装测试: products made, a technology developed."""
    facts = extract_facts("云溪高新区重点企业名录\n\n2025年,云溪高新区产值300亿元。\n\n"
                          "——云溪锂能新材料有限公司(锂能新材):生产磷酸铁锂正极材料,年产能12万吨;\n\n"
                          "——江西禾泽制药有限公司:生产中药配方颗粒及原料药,拥有药品批准文号260个;\n\n"
                          "——云溪芯源半导体有限公司:专注功率器件封装测试,拥有授权专利216项。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert ("云溪锂能新材料有限公司", "produces", "磷酸铁锂正极材料") in triples
    assert {("江西禾泽制药有限公司", "produces", "中药配方颗粒"), ("江西禾泽制药有限公司", "produces", "原料药")} <= triples
    assert names.get("功率器件封装测试") == {"Technology"}
    assert ("云溪芯源半导体有限公司", "developsTechnology", "功率器件封装测试") in triples


def test_issuing_office_line_with_a_date_under_the_title() -> None:
    """<zone>投资促进局　2025年12月 under the title: the office (without the date) is an organisation."""
    facts = extract_facts("云溪高新区投资指南\n\n云溪高新区投资促进局　2025年12月\n\n2025年,云溪高新区产值300亿元。"
                          "招商联系人:云溪高新区投资促进局局长邵明川。", "case")
    names = _names(facts)
    assert names.get("云溪高新区投资促进局") == {"Organization"}
    assert ("邵明川", "memberOf", "云溪高新区投资促进局") in triples_of(facts)


def test_municipality_and_its_district_place_the_zone() -> None:
    """上海市X区Y高新区: a municipality is a city whatever its first character; the district lies in it."""
    facts = extract_facts("标题\n\n岁末盘点,上海市青岚区青岚湾高新技术产业开发区(以下简称“青岚湾高新区”)日前发布。"
                          "青岚湾高新区产值300亿元。", "case")
    triples = triples_of(facts)
    assert ("青岚区", "locatedIn", "上海市") in triples
    assert ("青岚湾高新技术产业开发区", "locatedIn", "青岚区") in triples


def test_heading_short_form_of_a_cluster_drops_industry_word() -> None:
    """2. 生物医药集群产值破千亿 over …X生物医药产业集群…: one cluster; 力争 opens no name."""
    facts = extract_facts("标题\n\n2025年,青岚湾高新区产值300亿元。\n\n2. 生物医药集群产值破千亿。青岚湾生物医药产业集群产值达1032亿元。"
                          "2026年园区将力争生物医药集群产值再增一成。", "case")
    names = _names(facts)
    assert "力争生物医药集群" not in names
    assert [e["name_zh"] for e in facts["entities"] if "Cluster" in e["classes"]] == ["青岚湾生物医药产业集群"]


def test_verb_frames_and_qualities_are_no_names() -> None:
    """由A牵头、联合21家企业成立的X联盟: A founds X, 联合 is no company; 好项目 / 现有孵化器 / 服务中试项目 are no names."""
    facts = extract_facts("2025年,云溪经开区产值300亿元。由禾泽生物牵头、联合21家企业和高校成立的云溪合成生物产业创新联盟正式亮相。"
                          "好项目从哪来?园区现有孵化器31家,全年服务中试项目58项。", "case")
    names, triples = _names(facts), triples_of(facts)
    assert not {"联合", "由禾泽生物牵头", "好项目", "现有孵化器", "服务中试项目"} & set(names)
    assert ("云溪合成生物产业创新联盟", "foundedBy", "禾泽生物") in triples


def test_subject_and_preposition_open_no_list_item_or_brand() -> None:
    """园区以A、B为两大主导产业: A (not 园区以A); 为X电子配套: X电子; 地级市 is no city."""
    facts = extract_facts("云溪高新区位于青岚市,是地级市中的佼佼者。园区以电子信息、生物医药为两大主导产业。"
                          "云溪精工生产电机壳体,为曜岭电子、锂源新材等企业配套。", "case")
    names = _names(facts)
    assert names.get("电子信息") == {"Industry"} and "园区以电子信息" not in names
    assert "为曜岭电子" not in names and "地级市" not in names


def test_rank_scopes_kinds_and_objects_are_no_names() -> None:
    """增速位列自治区经开区第3位 (a scope), 援疆省市 (no city), 新落地X项目17个 (a kind), 注入强劲动力 (an object)."""
    facts = extract_facts("2025年,云溪经开区产值300亿元,增速位列自治区经开区第3位。园区新落地纺织服装项目17个。"
                          "对口援疆为产业发展注入强劲动力,深化与援疆省市的产业协作。", "case")
    names = _names(facts)
    assert not {"自治区经开区", "纺织服装项目", "强劲动力", "疆省市"} & set(names)


def test_bare_administration_title_names_the_zone() -> None:
    """…,管委会副主任X主持会议: X holds a post in the article's zone."""
    facts = extract_facts("云溪经开区召开年度大会。云溪经开区产值300亿元。会上,管委会副主任欧阳蕙主持会议。", "case")
    assert ("欧阳蕙", "memberOf", "云溪经开区") in triples_of(facts)


def test_led_and_joined_project_is_carried_out_by_every_party() -> None:
    """A(以下简称“A'”)牵头、B和C参与的X项目: A, B and C carry X out; B and C are companies."""
    facts = extract_facts("2025年,青岚湾高新区产值300亿元。上海衡川智能科技有限公司(以下简称“衡川智能”)牵头、"
                          "星岚影像和灵川语音参与的医疗大模型项目入选市级重点项目。", "case")
    triples = triples_of(facts)
    assert {(x, "carriesOut", "医疗大模型项目") for x in ("上海衡川智能科技有限公司", "星岚影像", "灵川语音")} <= triples


@pytest.mark.parametrize(("text", "programme"), [
    ("园区实施“红柳工匠”培育计划,全年有32名技术工人入选。", "“红柳工匠”培育计划"),
    ("青岚市引进人才200人,入选青岚“雪岭人才”计划的有12人。", "青岚“雪岭人才”计划"),
])
def test_quoted_talent_programme_with_its_tail_and_place(text: str, programme: str) -> None:
    facts = extract_facts("2025年,云溪经开区产值300亿元。" + text, "case")
    assert _names(facts).get(programme) == {"TalentProgram"}


def test_party_committee_opening_a_paragraph() -> None:
    facts = extract_facts("云溪经开区召开大会\n\n三、会议\n\n青川区委常委、云溪经开区党工委书记马瑞川出席会议并讲话。", "case")
    assert ("马瑞川", "memberOf", "青川区委") in triples_of(facts)


def test_short_names_listed_before_fenbie() -> None:
    """A新能源、B电子分别实现产值…: both short trade names are companies."""
    facts = extract_facts("2025年,云溪经开区产值300亿元。储能产业加速成形,麓川新能源、同岭电子分别实现产值38亿元、17亿元。", "case")
    names = _names(facts)
    assert names.get("同岭电子") == {"Enterprise"} and names.get("麓川新能源") == {"Enterprise"}


@pytest.mark.parametrize(("text", "brand"), [
    ("还有新面孔!年初刚刚落户的晶澜光电,已建成生产车间3个。", "晶澜光电"),
    ("园区引进的瀚微半导体,主攻功率芯片。", "瀚微半导体"),
    ("去年签约的锐川智造已建成生产线3条。", "锐川智造"),
    ("钱从哪来?明昇医疗拿到了由基金领投的A轮融资5000万元。", "明昇医疗"),
    ("曜辰生物正式落户高新区。", "曜辰生物"),
])
def test_cue_less_newcomer_is_a_company_for_review(text: str, brand: str) -> None:
    """刚刚落户的X / 引进的X / X拿到…融资 / X正式落户: X (no cue word) is a company, marked for review."""
    facts = extract_facts("2025年,云溪高新区产值300亿元。" + text, "case")
    ent = next(e for e in facts["entities"] if e["name_zh"] == brand)
    assert ent["classes"] == ["Enterprise"] and ent.get("review", {}).get("needed")


def test_cue_less_newcomer_owns_its_figure() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。年初刚刚落户的晶澜光电,已建成生产车间3个。", "case")
    fig = next(o for o in facts["observations"] if o["as_written"] == "3个")
    assert fig["subject"] == next(e["id"] for e in facts["entities"] if e["name_zh"] == "晶澜光电")


@pytest.mark.parametrize("text", [
    "新落户的项目已经投产,引进的人才达到120人。",
    "刚刚落户的3家企业已全部投产。",
    "签约的重大项目达到15个。",
    "园区企业完成股权融资12亿元。",
    "这里已建成标准化厂房20万平方米。",
    "该区建成了智能化生产车间5个。",
    "新落户的研发型总部,已投运。",
])
def test_no_newcomer_without_a_brand(text: str) -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。" + text, "case")
    assert not [e for e in facts["entities"] if e.get("review") and "Enterprise" in e["classes"]]


@pytest.mark.parametrize(("text", "platform"), [
    ("高新区建设材料与能源实验室,引进团队8个。", "材料与能源实验室"),
    ("不止于此。云溪脑科学与类脑智能实验室揭牌,首批引进科研团队6个。", "云溪脑科学与类脑智能实验室"),
])
def test_platform_named_after_two_fields_joined_by_yu(text: str, platform: str) -> None:
    """A与B实验室: one platform named after two fields."""
    facts = extract_facts("2025年,云溪高新区产值300亿元。" + text, "case")
    assert _names(facts).get(platform) == {"Platform"}


@pytest.mark.parametrize("text", [
    "园区与北京青岚大学共建联合实验室。",
    "高校与企业联合实验室达到15家。",
    "推动企业与高校共建创新中心20家。",
])
def test_partners_joined_by_yu_name_no_platform(text: str) -> None:
    """A与B共建/联合…, 高校与企业…: two partners, not a field pair."""
    facts = extract_facts("2025年,云溪高新区产值300亿元。" + text, "case")
    assert not [n for n in _names(facts) if "与" in n]
