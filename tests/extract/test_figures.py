"""Figures of invented sentences: what is found (value, unit, qualifier) and whose it is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from graph.extract import extract_facts
from graph.extract.figures import find_figures
from tests.extract.conftest import names_by_id

LEAD = "2025年,江北高新区工业总产值达500亿元。"


def _found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(f.as_written, str(f.value), f.unit, f.qualifier) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of a ranking is rank 1
        ("研发投入强度居全市首位", [("首位", "1", "位", None)]),
        ("综合实力稳居全省榜首", [("榜首", "1", "位", None)]),
        ("出口额居全国之首", [("之首", "1", "位", None)]),
        # a scope word right before 第N ranks without a verb; an order of founding does not
        ("碳化硅产量全国第一", [("第一", "1", "位", None)]),
        ("出货量国内第二位", [("第二位", "2", "位", None)]),
        ("成为全国第二个获批的园区", []),
        ("建成全国第三大生产基地", []),
        # a round hundred written as a character after a qualifier or before 余/多
        ("聚集企业近百家", [("近百家", "100", "家", "nearly")]),
        ("引进百余名博士", [("百余名", "100", "名", "more_than")]),
        ("带动上百家配套企业", [("上百家", "100", "家", "at_least")]),
        ("企业总数突破百家", [("百家", "100", "家", "more_than")]),
        # a round sum after a qualifier or a verb of reaching; a 级 goal or a bare 千亿元 is none
        ("规上工业总产值突破千亿元", [("千亿元", "1000", "亿元", "more_than")]),
        ("营收超百亿元", [("超百亿元", "100", "亿元", "more_than")]),
        ("打造千亿元级产业", []),
        ("迈上千亿元台阶", []),
        # 突破N: more than N
        ("营收突破100亿元", [("100亿元", "100", "亿元", "more_than")]),
        # N<unit>左右: approximately N
        ("产值达120亿元左右", [("120亿元", "120", "亿元", "approximately")]),
        # 三个方面, 两个千亿级集群: a way of speaking; 十二个项目 is a count
        ("从三个方面发力", []),
        ("打造两个千亿级产业集群", []),
        ("新增十二个项目", [("十二个", "12", "个", None)]),
        # vague counts and orders are no figures
        ("吸引数十家企业入驻", []),
        ("企业总数300家", [("300家", "300", "家", None)]),  # 数 of 总数 before digits is no vagueness
        ("综合排名进入全省第一方阵", []),
        ("首位产业集群加速成链", []),
        # N<unit>以上<noun>: a class threshold; the count after it is the figure
        ("其中50亿元以上项目6个", [("6个", "6", "个", None)]),
        ("规上企业达300家以上,占比过半", [("300家以上", "300", "家", "at_least")]),
        # N成 after a word of share or comparison is a share of N×10%; 成为/一成不变 are words
        ("占全区工业营收比重超过四成", [("超过四成", "40", "%", "more_than")]),  # the qualifier is written with it, as 超过N亿元
        ("出口占比近三成", [("近三成", "30", "%", "nearly")]),
        ("一成不变", []),
    ],
)
def test_figure_shapes(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("每年引进三至五家企业", "3", "5"), ("储备项目10到15个", "10", "15"), ("用地1000-1500亩", "1000", "1500")],
)
def test_ranges(text: str, low: str, high: str) -> None:
    (fig,) = find_figures(text)
    assert (str(fig.value), str(fig.value_max)) == (low, high)


def test_head_rank_keeps_its_scope() -> None:
    (fig,) = find_figures("居全市首位")
    assert fig.is_rank and fig.rank_scope == "全市"


def _subjects(text: str, written: str) -> list[str]:
    facts = extract_facts(LEAD + text, "case")
    names = names_by_id(facts)
    return [names[o["subject"]] for o in facts["observations"] if o["as_written"] == written]


@pytest.mark.parametrize(
    ("text", "written", "subject"),
    [
        # a capacity belongs to the maker, not to the product its line makes
        ("云岭光电科技有限公司年产2.5万吨光学膜生产线满负荷运转。", "2.5万吨", "云岭光电科技有限公司"),
        # a figure inside the noun phrase a project name closes is the project's (年产N吨… is part of its name)
        ("星河集团年产3000吨大丝束拉挤板扩建项目开工。", "3000吨", "年产3000吨大丝束拉挤板扩建项目"),
        # 由A投资建设的B…: the figure is B's
        ("由星河集团投资建设的智能传感扩产项目总投资20亿元。", "20亿元", "智能传感扩产项目"),
        # A<verb>的B closing its clause: B is the topic of the clauses that follow
        ("星河集团投资35亿元建设的智能传感芯片项目,占地约420亩,达产后预计新增年产值60亿元。", "约420亩", "智能传感芯片项目"),
        ("星河集团投资35亿元建设的智能传感芯片项目,占地约420亩,达产后预计新增年产值60亿元。", "60亿元", "智能传感芯片项目"),
        # A投资N建设B项目: the investment is the project's
        ("星河集团将投资50亿元建设光学膜项目。", "50亿元", "光学膜项目"),
        # a role head after an opener (其中龙头企业X…): X is the subject
        ("智能传感产业集群2025年营收达到420亿元,其中龙头企业星河集团贡献120亿元。", "120亿元", "星河集团"),
        # A营收N、B营收M: the name after the first figure opens an item of its own
        ("星河集团、云岭光电科技有限公司是骨干企业。其中,星河集团营收50亿元、云岭光电科技有限公司营收30亿元。",
         "30亿元", "云岭光电科技有限公司"),
        ("星河集团、云岭光电科技有限公司是骨干企业。其中,星河集团营收50亿元、云岭光电科技有限公司营收30亿元。",
         "50亿元", "星河集团"),
        # 其… opening a sentence points back to the enterprise named before
        ("星河集团是一家光学膜企业。其生产的光学膜国内市场占有率达30%。", "30%", "星河集团"),
        # a category noun in apposition before the name: the name is the subject
        ("国家级专精特新“小巨人”企业星河集团研发投入达2亿元。", "2亿元", "星河集团"),
        ("园区企业星河集团营收达20亿元。", "20亿元", "星河集团"),
        # (位于)<place>的B: B, not the zone, is the subject
        ("位于江北市的星河传感科技有限公司2025年营收达20亿元。", "20亿元", "星河传感科技有限公司"),
        # a clause that is one noun phrase …的B, makes B the topic of the clauses after it
        ("其中,由江北大学牵头建设的先进传感材料实验室,2025年获批省级重点实验室,拥有固定研究人员85人。",
         "85人", "先进传感材料实验室"),
        # A的全资子公司B…: B is the subject
        ("星河集团的全资子公司云岭光电科技有限公司营收达20亿元。", "20亿元", "云岭光电科技有限公司"),
        # 该园/该中心/该项目…: a demonstrative before a head noun points back to the last of its kind
        ("江北智能装备产业园于2020年开园。该园已入驻企业42家。", "42家", "江北智能装备产业园"),
        ("江北传感创新中心于2021年成立。该中心已集聚研发人员120名。", "120名", "江北传感创新中心"),
        ("江北智能传感产业集群于2020年获批。该集群2025年产值达300亿元。", "300亿元", "江北智能传感产业集群"),
        # …、<noun>N家: a counted noun right before its count is no new subject
        ("江北高新区集聚光电企业86家,其中规上企业32家、上市公司5家。", "5家", "江北高新区"),
        # A等N家企业 / A等龙头企业N家: A is an example of what is counted, not the subject
        ("星河集团是龙头企业。园区现有企业120家,其中星河集团等龙头企业5家。", "5家", "江北高新区"),
        ("星河集团是龙头企业。星河集团等3家企业入选省级制造业单项冠军。", "3家", "江北高新区"),
        # A联合B组建C,目前已…N: the state after the founding is C's; 建设C,引入…N (a chain of actions) stays A's
        ("江北高新区联合江北大学组建江北储能技术研究院,目前已引进研发团队15个。", "15个", "江北储能技术研究院"),
        ("江北高新区建设科技金融服务工作站,引入十余家金融机构。", "十余家", "江北高新区"),
        # a quoted figure without a subject is about the organisation the speaker is introduced with
        ("“今年我们的订单增长了30%。”星河传感科技有限公司总经理周立新说。", "30%", "星河传感科技有限公司"),
        # “……”公司副总经理B说: the company named last before the quotation
        ("星河传感科技有限公司是链主企业。“我们去年的产值是35亿元。”公司副总经理周立新说。", "35亿元", "星河传感科技有限公司"),
        # a bare head noun with no earlier namesake continues the previous sentence's topic
        ("星河传感科技有限公司是高新区引进的首个百亿级项目。项目总投资120亿元。", "120亿元", "星河传感科技有限公司"),
        # 企业… is generic (enterprises at large), no pointer back
        ("星河集团是龙头企业。企业数量达到120家。", "120家", "江北高新区"),
        # a period word before a head noun: 全年集群产值 is the cluster's
        ("江北高新区着力打造智能传感产业集群,集聚企业60家。全年集群产值312亿元,同比增长21.5%。",
         "312亿元", "智能传感产业集群"),
        # a list item's marker (●, ①, 1.) is no part of the clause: the name after it is the subject
        ("●江北智能传感产业集群营业收入326亿元,同比增长21.4%。", "326亿元", "江北智能传感产业集群"),
        ("①集群龙头企业星河传感科技有限公司营收58.7亿元。", "58.7亿元", "星河传感科技有限公司"),
        # an interview answer (B:…我们…): a person holds no figure, the body the person speaks for does
        ("记者:园区今年成绩如何?周立新:我们全年新增高新技术企业58家。", "58家", "江北高新区"),
        # 我们的X…: the first person before a name is no part of the subject
        ("周立新:我们的江北科创孵化园全年新增在孵企业31家。", "31家", "江北科创孵化园"),
        # a clause that is one noun phrase …的B (比如从…走出来的B,) makes B the topic of the clauses after it
        ("比如从孵化园走出来的星河传感科技有限公司,研发的电池托盘已配套两家车企。", "两家", "星河传感科技有限公司"),
        # X项目总投资N: what a project states of itself right after its name is the project's
        ("星河集团年产5万吨生物基丁二醇项目总投资32亿元,计划2027年建成。", "32亿元", "年产5万吨生物基丁二醇项目"),
        # a fund's size right after its name; 下设A子基金N和B子基金M: each sub-fund's
        ("江北产业引导基金规模50亿元,下设江北海工装备子基金8亿元。", "50亿元", "江北产业引导基金"),
        ("江北产业引导基金规模50亿元,下设江北海工装备子基金8亿元。", "8亿元", "江北海工装备子基金"),
        # “X计划”N名入选者之一 / a clause the programme opens and selects in: the programme's count;
        # “X计划”入选者N人 counts the zone's selectees
        ("周立新也成为今年“江北英才计划”17名入选者之一。", "17名", "江北英才计划"),
        ("●“江北英才计划”全年入选领军人才38名。", "38名", "江北英才计划"),
        ("江北高新区引进博士35名,“江北英才计划”入选者18人。", "18人", "江北高新区"),
        # 签约项目N个,总投资M: projects counted, the zone's figures, no project's
        ("现场签约项目23个,总投资186.5亿元,其中百亿元级项目1个。", "186.5亿元", "江北高新区"),
        ("现场签约项目23个,总投资186.5亿元,其中百亿元级项目1个。", "23个", "江北高新区"),
        # 这家…企业 / 它的…: a demonstrative or 它 points back to the company named before
        ("星河传感科技有限公司成立于2017年。如今,这家江北高新区智能传感产业集群的龙头企业已形成8万吨年产能,"
         "2025年传感器产量6.4万吨。", "8万吨", "星河传感科技有限公司"),
        ("星河传感科技有限公司成立于2017年。如今,这家江北高新区智能传感产业集群的龙头企业已形成8万吨年产能,"
         "2025年传感器产量6.4万吨。", "6.4万吨", "星河传感科技有限公司"),
        ("星河传感科技有限公司成立于2009年。如今,它的光学膜年产能达到5万吨,产品销往20多个国家和地区。",
         "5万吨", "星河传感科技有限公司"),
        # 企业<attribute>… after a company's sentence continues the company (企业数量…: generic, above)
        ("星河传感科技有限公司营收16.8亿元。企业研发人员已有86名。", "86名", "星河传感科技有限公司"),
        # 建成C,<a bare clause>,全年服务企业N家: what C does in its first year is C's
        ("园区还建成江北生物医药中试基地,向中小企业开放共享,全年服务企业64家。", "64家", "江北生物医药中试基地"),
        # a clause opened by the tail of a body's name (中试基地…) is about that body
        ("目前,江北高新区已建成江北生物制造中试基地。其中,中试基地全年为47家企业提供中试验证服务。",
         "47家", "江北生物制造中试基地"),
        # the kind of body in apposition before a platform's name (园区孵化器X…): X is the subject
        ("江北创业谷众创空间成立于2015年。●园区江北创业谷众创空间在孵企业186家,全年毕业企业23家。", "23家", "江北创业谷众创空间"),
        # a maker's kind before the name (…制造商X营收N)
        ("星河动力科技有限公司(以下简称“星河动力”)成立于2015年。●燃料电池电堆制造商星河动力营收4.6亿元。",
         "4.6亿元", "星河动力科技有限公司"),
        # <product>制造商X…: the product names the maker's kind; X and the clauses after it hold the figures
        ("星河动力科技有限公司(以下简称“星河动力”)主要生产燃料电池电堆。●燃料电池电堆制造商星河动力营收4.6亿元,"
         "产品进入12家整车企业配套体系。", "12家", "星河动力科技有限公司"),
        # 签约的X项目由A投资建设,总投资N: the project a 签约的/引进的 names is the topic
        ("同时,签约的江北储能电池项目由星河传感科技有限公司投资建设,总投资30亿元,达产后年产值50亿元。",
         "30亿元", "江北储能电池项目"),
        # A(简称…)B项目已于…投产,年产能N: the plant B's capacity; its orders are A's
        ("星河集团智能传感产业园项目已于11月投产,年产能15万吨,在手订单28亿元。", "15万吨", "智能传感产业园项目"),
        ("星河集团智能传感产业园项目已于11月投产,年产能15万吨,在手订单28亿元。", "28亿元", "星河集团"),
        # 链主企业A的B项目二期建成投产,新增产值N: B's
        ("●链主企业星河半导体有限公司的碳化硅衬底项目建成投产,新增产值9.6亿元。", "9.6亿元", "碳化硅衬底项目"),
        # …产值N,占集群总产值的四成: the share is of the figure just given, the whole after 占 is no subject
        ("江北高新区着力打造智能传感产业集群。其中,传感器芯片产业产值120亿元,占集群总产值的四成。", "四成", "传感器芯片产业"),
        # a clause of circumstance (随着…, 在…带动下) names no subject for the clauses after it
        ("随着星河集团扩产项目投产,园区集聚配套企业45家。", "45家", "江北高新区"),
        # 集团旗下的X…: X, not the group, is the subject
        ("星河集团旗下的云岭光电科技有限公司专攻光学膜,市场占有率稳居国内前3。", "前3", "云岭光电科技有限公司"),
    ],
)
def test_figure_subjects(text: str, written: str, subject: str) -> None:
    assert _subjects(text, written) == [subject]


def test_industry_after_a_zone_name_and_a_period_word() -> None:
    # an industry's output in a zone is the zone's figure, the industry its concern
    facts = extract_facts(LEAD + "全年江北高新区智能传感产业实现营收286亿元,同比增长24.5%。", "case")
    names = names_by_id(facts)
    (obs,) = [o for o in facts["observations"] if o["as_written"] == "286亿元"]
    assert names[obs["subject"]] == "江北高新区"
    assert [names[c] for c in obs["concerns"]] == ["智能传感产业"]
    assert obs["indicator_zh"] == "智能传感产业营收"


def test_rank_indicator_drops_the_ranking_verb() -> None:
    facts = extract_facts(LEAD + "星河集团旗下的云岭光电科技有限公司专攻光学膜,市场占有率稳居国内前3。", "case")
    (obs,) = [o for o in facts["observations"] if o["as_written"] == "前3"]
    assert obs["indicator_zh"] == "市场占有率排名"
    assert obs["value"] == Decimal(3) and obs["qualifier"] == "within_top"


@pytest.mark.parametrize("text", ["星河集团营收45亿元(同比增长12%)。", "星河集团营收45亿元、增长12%,利税8亿元、增长5%。"])
def test_change_right_after_its_figure_in_the_same_clause(text: str) -> None:
    facts = extract_facts(LEAD + text, "case")
    (obs,) = [o for o in facts["observations"] if o["as_written"] == "45亿元"]
    assert obs["change"]["value"] == Decimal(12)
    assert not [o for o in facts["observations"] if o["unit"] == "%"]


def test_count_of_the_names_just_listed_is_no_figure() -> None:
    facts = extract_facts(LEAD + "星河集团和云岭光电科技有限公司的两个项目分别荣获一等奖。", "case")
    assert not [o for o in facts["observations"] if o["unit"] == "个"]


@pytest.mark.parametrize(("text", "written", "change"),
                         [("星河集团营收45亿元,增加12%。", "45亿元", "增加12%"),
                          # a share's change in 个百分点 is the share's change, no figure of its own
                          ("研发经费投入强度4.1%,比上年提高0.3个百分点。", "4.1%", "比上年提高0.3个百分点"),
                          ("单位产品能耗23.5吨,同比降低4.2%。", "23.5吨", "同比降低4.2%")])
def test_more_change_words(text: str, written: str, change: str) -> None:
    facts = extract_facts(LEAD + text, "case")
    (obs,) = [o for o in facts["observations"] if o["as_written"] == written]
    assert obs["change"]["as_written"] == change


def test_respectively_over_names_listed_in_the_sentence_before() -> None:
    facts = extract_facts(LEAD + "星河集团和云岭光电科技有限公司是园区的骨干企业。两家企业2025年营收分别为50亿元和30亿元。", "case")
    names = names_by_id(facts)
    got = [(names[o["subject"]], o["as_written"], o["indicator_zh"]) for o in facts["observations"]
           if o["as_written"] in ("50亿元", "30亿元", "两家")]
    assert got == [("星河集团", "50亿元", "营收"), ("云岭光电科技有限公司", "30亿元", "营收")]


def test_round_threshold_then_exact_figure() -> None:
    facts = extract_facts(LEAD + "江北高新区规上工业总产值突破千亿元,达到1018亿元。", "case")
    figs = [(o["as_written"], o["indicator_zh"]) for o in facts["observations"] if o["unit"] == "亿元"]
    assert figs == [("500亿元", "工业总产值"), ("1018亿元", "规上工业总产值")]


def test_founding_year_is_no_period() -> None:
    facts = extract_facts(LEAD + "江北传感技术研究院自2023年成立以来,已引进博士及以上人才130余名。", "case")
    (obs,) = [o for o in facts["observations"] if o["as_written"] == "130余名"]
    assert obs["period"] is None


def test_period_is_the_year_of_the_clause() -> None:
    facts = extract_facts(LEAD + "星河集团2019年落户江北高新区,2025年实现产值52亿元。", "case")
    (obs,) = [o for o in facts["observations"] if o["as_written"] == "52亿元"]
    assert obs["period"] == 2025


def test_rank_scope_from_the_evaluation() -> None:
    (fig,) = find_figures("在全国高新区综合评价中排名第18位")
    assert fig.rank_scope == "全国高新区"


def test_listed_ranks_share_verb_and_scope() -> None:
    figs = find_figures("营收、税收分别位列全省第3位和第5位")
    assert [(f.as_written, str(f.value), f.rank_scope, f.is_rank) for f in figs] == [
        ("第3位", "3", "全省", True), ("第5位", "5", "全省", True)]


def test_respective_changes_pair_with_the_previous_figures() -> None:
    facts = extract_facts(LEAD + "星河集团、云岭光电科技有限公司是骨干企业。星河集团、云岭光电科技有限公司研发人员"
                                 "分别达到320名和150名,分别增长20%和15%。", "case")
    names = names_by_id(facts)
    got = {(names[o["subject"]], o["as_written"], o["change"]["value"] if o["change"] else None)
           for o in facts["observations"] if o["unit"] in ("名", "%")}
    assert got == {("星河集团", "320名", Decimal(20)), ("云岭光电科技有限公司", "150名", Decimal(15))}


@pytest.mark.parametrize(
    ("text", "written", "indicator"),
    [
        # the subject's head noun and the verb of having are no part of the indicator
        ("江北智能装备产业园规划了面积8平方公里,拥有企业42家。", "8平方公里", "规划面积"),
        ("江北传感研究院成立于2021年,拥有固定研究人员85人。", "85人", "固定研究人员"),
        # 新增/引进/累计 are part of what is counted
        ("全年新增高新技术企业58家。", "58家", "新增高新技术企业"),
        # a rank is named as a ranking; 在…评价中 gives its name
        ("江北高新区在全省开发区综合评价中位列第7位。", "第7位", "开发区综合评价排名"),
        ("在全省开发区综合考评中,江北高新区连续三年位居第二。", "第二", "开发区综合考评排名"),
        # nothing before the count: the verb phrase after it
        ("其中,入选国家级人才计划的有27人。", "27人", "入选国家级人才计划"),
        # the subject's name before what is measured is no part of it; a fund's bare size is its 基金规模
        ("星河集团年产5万吨丁二醇项目总投资32亿元。", "32亿元", "总投资"),
        ("江北产业引导基金规模50亿元,下设江北海工装备子基金8亿元。", "8亿元", "基金规模"),
        ("现场签约项目23个,总投资186.5亿元。", "23个", "现场签约项目"),
        # a share after 占 names the whole it is a share of
        ("其中,传感器芯片产业产值120亿元,占集群总产值的四成。", "四成", "占集群总产值比重"),
        # an opener alone (其中, 全年) names nothing: the words after the figure do
        ("江北新材料研究院已孵化科技企业23家,其中3家已成长为高新技术企业。", "3家", "已成长为高新技术企业"),
        # a capacity inside the name of a plant that opens the clause keeps its 年产
        ("星河集团年产6万吨电池铝箔项目建成投产。", "6万吨", "年产能"),
        # 以N的营收位居…: the noun after the figure
        ("星河集团以58亿元的营收位居全省同行业第一。", "58亿元", "营收"),
    ],
)
def test_indicators(text: str, written: str, indicator: str) -> None:
    facts = extract_facts(LEAD + text, "case")
    (obs,) = [o for o in facts["observations"] if o["as_written"] == written]
    assert obs["indicator_zh"] == indicator


def _funding(text: str) -> list[tuple[list[str], str, str | None]]:
    facts = extract_facts(LEAD + text, "case")
    names = names_by_id(facts)
    return [([names[x] for x in f["funders"]], names[f["recipient"]], f["amount"]["as_written"] if f["amount"] else None)
            for f in facts["funding_events"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 对X股权投资N: X receives, the fund the sentence set up invests; 向6家企业投资N stays the fund's figure
        ("江北高新区设立了规模20亿元的江北产业发展基金,全年向6家企业投资4.8亿元,其中对星河集团股权投资1.5亿元。",
         [(["江北产业发展基金"], "星河集团", "1.5亿元")]),
        # 为该基地提供贷款N: the base named before, else the company that owns it
        ("星河集团风电装备基地已于11月投产;江北银行江北支行为该基地提供项目贷款12亿元。",
         [(["江北银行江北支行"], "星河集团", "12亿元")]),
        # A与B签署协议,提供授信N: lender and borrower are in the clause before
        ("江北农商银行还与江北高新区签署战略合作协议,提供意向性授信100亿元。",
         [(["江北农商银行"], "江北高新区", "100亿元")]),
        # X完成B轮融资,融资额N: the amount of the round in the next clause
        ("星河集团完成B轮融资,融资额3.2亿元,由江北产业投资基金领投。", [(["江北产业投资基金"], "星河集团", "3.2亿元")]),
        # (独家)投资X A轮融资N: X raises the round
        ("云岭光电科技有限公司(以下简称“云岭光电”)成立于2019年。6月,江北高新区产业基金独家投资云岭光电A轮融资8000万元。",
         [(["江北高新区产业基金"], "云岭光电科技有限公司", "8000万元")]),
        # …的X主攻…,今年拿到了天使轮融资N: the subject carried over (a relative clause before X) receives it
        ("同样在孵化园成长起来的星河传感科技有限公司主攻微藻固碳技术,今年拿到了天使轮融资2000万元。",
         [([], "星河传感科技有限公司", "2000万元")]),
        # 基金向X项目投资N: the project's company if one is known, else the project itself (never a company
        # merely named before it)
        ("星河集团营收20亿元。云岭半导体封测基地项目总投资18亿元。江北产业发展基金向云岭半导体封测基地项目投资3亿元。",
         [(["江北产业发展基金"], "云岭半导体封测基地项目", "3亿元")]),
    ],
)
def test_funding_frames(text: str, expected: list[tuple[list[str], str, str | None]]) -> None:
    assert _funding(text) == expected


def test_fund_investing_in_a_count_of_companies_is_the_funds_figure() -> None:
    facts = extract_facts(LEAD + "江北高新区设立了规模20亿元的江北产业发展基金,全年向6家企业投资4.8亿元。", "case")
    names = names_by_id(facts)
    assert [names[o["subject"]] for o in facts["observations"] if o["as_written"] == "4.8亿元"] == ["江北产业发展基金"]
    assert not facts["funding_events"]


def test_a_loan_is_never_the_lenders_figure() -> None:
    # the borrower is no drafted name: no event, and no figure of the bank either
    facts = extract_facts(LEAD + "江北银行江北支行向氢途动力发放知识产权质押贷款8000万元。", "case")
    assert not [o for o in facts["observations"] if o["as_written"] == "8000万元"]


def test_a_section_heading_restates_no_figure() -> None:
    facts = extract_facts(LEAD + "\n星河传感:从试验线到8万吨产能\n星河传感科技有限公司已形成8万吨年产能。", "case")
    assert len([o for o in facts["observations"] if o["as_written"] == "8万吨"]) == 1


def test_a_heading_that_is_a_name_gives_its_section_a_subject() -> None:
    facts = extract_facts(LEAD + "\n【江北智能传感产业集群】\n●营业收入326亿元,同比增长21.4%。\n●集聚上下游企业85家。\n"
                                 "【创新】\n●高新技术企业412家。", "case")
    names = names_by_id(facts)
    got = {o["as_written"]: names[o["subject"]] for o in facts["observations"]}
    assert got["326亿元"] == got["85家"] == "江北智能传感产业集群"
    assert got["412家"] == "江北高新区"  # a heading naming no body returns the figures to the zone


def test_a_heading_with_a_slogan_gives_no_subject() -> None:
    facts = extract_facts(LEAD + "\n星河传感科技有限公司:从试验线到8万吨产能\n星河传感科技有限公司已形成8万吨年产能。\n"
                                 "企业竞相成长。高新技术企业达到268家。", "case")
    names = names_by_id(facts)
    assert [names[o["subject"]] for o in facts["observations"] if o["as_written"] == "268家"] == ["江北高新区"]


def test_an_interview_answer_speaks_for_the_speakers_body() -> None:
    text = ("本报记者 宋雨\n江北锂能科技有限公司(以下简称“江北锂能”)是江北高新区的龙头企业。"
            "近日,记者专访了江北锂能董事长冯启明。\n"
            "记者:这一年发展如何?\n冯启明:2025年,我们实现营收36.5亿元。我们的研发投入占营收比重达到6.2%。"
            "江北银行为我们提供授信8亿元。\n")
    facts = extract_facts(LEAD + "\n" + text, "case")
    names = names_by_id(facts)
    got = {o["as_written"]: names[o["subject"]] for o in facts["observations"]}
    assert got["36.5亿元"] == got["6.2%"] == "江北锂能科技有限公司"
    assert [(names[f["recipient"]], f["amount"]["as_written"]) for f in facts["funding_events"]] == [
        ("江北锂能科技有限公司", "8亿元")]


def test_number_first_data_lines() -> None:
    facts = extract_facts(LEAD + "\n本报记者 王五\n【386.4亿元】\n地区生产总值,同比增长8.2%。\n"
                                 "●712亿元:规模以上工业总产值,同比增长14.6%。\n●248家——规上工业企业数量,全年净增31家。", "case")
    got = {o["as_written"]: (o["indicator_zh"], (o["change"] or {}).get("as_written")) for o in facts["observations"]}
    assert got["386.4亿元"] == ("地区生产总值", "同比增长8.2%")  # a figure heading, named by the line below
    assert got["712亿元"] == ("规模以上工业总产值", "同比增长14.6%")  # the name after the colon
    assert got["248家"] == ("规上工业企业数量", None)  # the name after the dash
    assert "8.2%" not in got


def _by_figure(text: str) -> dict[str, tuple[str, str | None]]:
    facts = extract_facts(LEAD + text, "case")
    names = names_by_id(facts)
    return {o["as_written"]: (names[o["subject"]], (o["change"] or {}).get("as_written")) for o in facts["observations"]}


def test_a_change_in_the_levels_own_unit_is_the_change_of_the_level() -> None:
    got = _by_figure("全区高新技术企业达到118家,比上年增加21家;规上工业企业127家,较年初净增9家;"
                     "新签约项目31个,比上年少3个。")
    assert got["118家"] == ("江北高新区", "比上年增加21家")
    assert got["127家"] == ("江北高新区", "较年初净增9家")
    assert got["31个"] == ("江北高新区", "比上年少3个")
    assert "21家" not in got and "9家" not in got and "3个" not in got


def test_a_count_pointing_back_at_a_list_is_no_figure() -> None:
    got = _by_figure("星河重工有限公司营收42亿元;云岭电子科技有限公司营收18亿元。以上2家企业合计完成营收60亿元。")
    assert "2家" not in got
    assert got["60亿元"][0] == "江北高新区"


def test_a_scope_word_before_a_cluster_leaves_the_cluster_the_subject() -> None:
    got = _by_figure("目前,全区智能装备产业集群集聚企业88家,全年实现产值96亿元。")
    assert got["88家"][0] == got["96亿元"][0] == "智能装备产业集群"


@pytest.mark.parametrize(
    ("text", "count", "subject"),
    [
        # the programme (after its owner) selects or brings people in: the programme's count
        ("青原市“凤鸣英才计划”年内共遴选入选者46人。", "46人", "凤鸣英才计划"),
        ("江北高新区“青鸟人才计划”全年引进境外高层次人才31名。", "31名", "青鸟人才计划"),
        # a bare 入选者N人 after the programme counts the zone's selectees
        ("青原市“百人计划”累计入选者达35人。", "35人", "江北高新区"),
    ],
)
def test_a_programme_that_acts_counts_its_own_people(text: str, count: str, subject: str) -> None:
    assert _by_figure(text)[count][0] == subject


def test_a_named_loan_product_is_a_loan_to_the_company_pointed_back_at() -> None:
    assert _funding("星河硅材科技有限公司营收7.6亿元,江北农商银行为其发放“人才贷”3000万元。") == [
        (["江北农商银行"], "星河硅材科技有限公司", "3000万元")]


def test_a_phase_opening_the_clause_is_the_projects() -> None:
    got = _by_figure("星河集团年产20万吨高纯硅材料项目分两期建设,一期10万吨已于6月建成投产,二期将新增产能8万吨。")
    assert got["10万吨"][0] == got["8万吨"][0] == "年产20万吨高纯硅材料项目"


def test_a_funds_first_phase_stays_the_funds() -> None:
    got = _by_figure("星河集团年产5万吨硅材料项目开工。江北高新区设立江北产业发展基金,首期规模30亿元。")
    assert got["30亿元"][0] == "江北产业发展基金"


def test_the_alias_between_a_company_and_its_project_is_no_part_of_the_verb() -> None:
    got = _by_figure("星河氢能科技有限公司(以下简称“星河氢能”)实施的风光制氢示范项目已形成年产绿氢1.2万吨能力。")
    assert got["1.2万吨"][0] == "风光制氢示范项目"


def test_an_investment_in_a_companys_phase_project_goes_to_the_company() -> None:
    text = ("星河硅业股份有限公司(以下简称“星河硅业”)营收172亿元。江北高新区平台公司发起设立的江北新能源产业基金,"
            "向星河硅业二期项目股权投资3亿元。")
    assert [r for _, r, a in _funding(text) if a == "3亿元"] == ["星河硅业股份有限公司"]


def test_a_count_after_examples_with_deng_is_a_figure() -> None:
    # A、B两家企业 counts the names; A、B等区内14家企业 counts more than the examples: a figure
    got = _by_figure("星河智控科技有限公司专注窑炉控制系统,控制系统已在华润光伏科技有限公司、明阳能源科技有限公司等区内14家企业应用。")
    assert got["14家"][0] == "星河智控科技有限公司"


def test_a_measure_of_the_technology_just_achieved_is_the_technologys() -> None:
    facts = extract_facts(LEAD + "星河半导体科技有限公司攻克了大尺寸碳化硅衬底制备技术,衬底良率提升至82%。", "case")
    names = names_by_id(facts)
    subj = [names[o["subject"]] for o in facts["observations"] if o["as_written"] == "82%"]
    techs = [e["name_zh"] for e in facts["entities"] if "Technology" in e["classes"]]
    assert techs and subj == [techs[0]]


def test_time_gained_by_a_project_named_by_its_tail() -> None:
    got = _by_figure("江北产业发展基金向星河硅业扩能二期项目股权投资3亿元。"
                     "星河硅业董事长王强表示,基金的及时注资让二期项目前期工作提前了4个月。")
    assert got["4个月"][0] == "星河硅业扩能二期项目"


def test_a_threshold_naming_a_class_is_no_figure() -> None:
    assert _found("加工增值达到30%以上的货物内销免征进口关税") == []
    assert _found("研发投入占比5%以上的企业达到120家") == [("120家", "120", "家", None)]
    assert _found("营收增长30%以上") == [("30%以上", "30", "%", "at_least")]


def test_a_byline_without_a_full_stop_is_its_own_paragraph() -> None:
    from graph.extract.text import Document

    doc = Document("标题\n\n江北高新技术产业开发区管委会办公室　通讯员　王小明\n\n2025年,江北高新区工业总产值达500亿元。")
    assert [p.text for p in doc.paragraphs][1:] == ["江北高新技术产业开发区管委会办公室 通讯员 王小明",
                                                    "2025年,江北高新区工业总产值达500亿元。"]


def test_a_period_word_without_a_year_takes_the_titles_year() -> None:
    text = ("江北经开区2025年前三季度经济运行简报\n\n江北经开区经济发展局\n\n"
            "1—9月,全区规模以上工业总产值完成312.7亿元。全区实施重点项目58个,1—9月完成投资40亿元。")
    facts = extract_facts(text, "case")
    got = {o["as_written"]: o["period"] for o in facts["observations"]}
    assert got["312.7亿元"] == 2025  # 1—9月 in the sentence: the report's year
    assert got["58个"] is None  # the period word comes after the clause: it does not reach back


def test_a_programme_bringing_people_in_since_the_year_began() -> None:
    assert _by_figure("南屏市“南屏英才计划”今年以来累计引进高层次人才58名。")["58名"][0] == "南屏英才计划"


def test_a_lists_heading_names_what_its_items_measure() -> None:
    facts = extract_facts(LEAD + "1—9月重点企业产值情况:星河铝业有限公司86.2亿元,同比增长10.4%;"
                                 "云岭铝箔科技股份有限公司34.5亿元,增长21.7%。", "case")
    names = names_by_id(facts)
    got = {o["as_written"]: (names[o["subject"]], o["indicator_zh"]) for o in facts["observations"]}
    assert got["86.2亿元"] == ("星河铝业有限公司", "产值")
    assert got["34.5亿元"] == ("云岭铝箔科技股份有限公司", "产值")


def test_a_bare_team_opening_a_sentence_is_the_team_named_before() -> None:
    got = _by_figure("江北大学教授王立新领衔的固态电池研发团队入驻园区。团队现有成员26人,其中博士9名。")
    assert got["26人"][0] == got["9名"][0] == "固态电池研发团队"


def test_a_tier_of_a_programmes_selection_is_the_programmes() -> None:
    got = _by_figure("江北大学教授王立新长期从事储能研究。青原市“凤鸣英才计划”年内共评选入选者46人,"
                     "其中江北高新区企业占19人,王立新等5人入选首批领军人才。")
    assert got["46人"][0] == got["5人"][0] == "凤鸣英才计划"
    assert got["19人"][0] == "江北高新区"


def test_a_person_named_as_an_example_of_a_count_is_not_its_subject() -> None:
    got = _by_figure("江北大学教授王立新长期从事储能研究。全年王立新等5人获评省级劳模。")
    assert got["5人"][0] == "江北高新区"


def test_a_body_built_with_a_companys_money_is_the_subject() -> None:
    got = _by_figure("外资企业星云(江北)信息技术有限公司(以下简称“星云”)投资建设的国际数据服务中心一期已投用机柜1500个。")
    assert got["1500个"][0] == "国际数据服务中心"


def test_a_bare_project_after_setting_up_a_body_is_that_body() -> None:
    got = _by_figure("星河医疗的母公司与江北高新区签约,在区内设立中国研发中心,项目总投资8亿元。")
    assert got["8亿元"][0] == "中国研发中心"


def test_period_words_are_kept_as_written_but_not_a_comparisons_base() -> None:
    text = ("江北经开区2025年前三季度经济运行简报\n\n江北经开区经济发展局\n\n"
            "1—9月,全区规模以上工业总产值完成312.7亿元,同比增长11.6%,比上半年加快2.3个百分点。")
    facts = extract_facts(text, "case")
    got = {o["as_written"]: o["period_zh"] for o in facts["observations"]}
    assert got["312.7亿元"] == got["2.3个百分点"] == "1—9月"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("实际利用外资3.2亿美元", [("3.2亿美元", "3.2", "亿美元", None)]),
        ("新增装机容量200万千瓦", [("200万千瓦", "200", "万千瓦", None)]),
        ("授权发明专利326件", [("326件", "326", "件", None)]),  # 件: a counting unit of the ontology
        ("仓储面积达15万平方米", [("15万平方米", "150000", "平方米", None)]),  # the lexicon's units keep their reading
    ],
)
def test_trade_power_and_patent_units(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


def test_a_list_item_opening_on_a_name_and_a_colon_is_that_bodys_profile() -> None:
    text = ("江北高新区重点企业\n\n来源:江北高新区 文/王明\n\n"
            "——江北星河新材料有限公司(星河新材):生产磷酸铁锂正极材料,年产能12万吨;\n\n"
            "——江北云岭储能科技有限公司:生产储能电池系统,2025年产值53亿元,同比增长65%。\n")
    facts = extract_facts(text, "case")
    names = names_by_id(facts)
    got = {o["as_written"]: names[o["subject"]] for o in facts["observations"]}
    assert got["12万吨"] == "江北星河新材料有限公司"
    assert got["53亿元"] == "江北云岭储能科技有限公司"


def test_a_cap_not_exceeded_is_written_as_the_cap() -> None:
    assert _found("按设备投资额给予不超过2000万元的补助") == [("2000万元", "2000", "万元", None)]


def test_the_beneficiary_of_a_measure_is_not_the_subject_and_a_programmes_cap_is_the_programmes() -> None:
    got = _by_figure("对新落户的集成电路项目,按设备投资额给予最高10%的补助。园区实施“凤鸣英才计划”,每人最高可获300万元支持。")
    assert got["10%"][0] == "江北高新区"
    assert got["300万元"][0] == "凤鸣英才计划"


def test_a_park_or_cluster_after_its_size_or_its_builder_opens_the_clause() -> None:
    got = _by_figure("规划面积2600亩的青原智能装备产业园已入驻企业58家。全区着力打造的青原智能装备产业集群实现产值512亿元。")
    assert got["2600亩"][0] == got["58家"][0] == "青原智能装备产业园"
    assert got["512亿元"][0] == "青原智能装备产业集群"


def test_a_park_planned_by_the_zone_is_not_the_clauses_subject() -> None:
    facts = extract_facts(LEAD + "江北高新区规划了面积达8.5平方公里的智能网联汽车产业园。", "case")
    names = names_by_id(facts)
    assert any(names[r["subject"]] == "江北高新区" and names[r["object"]] == "智能网联汽车产业园"
               for r in facts["relations"])


def test_the_members_that_found_an_alliance_are_the_alliances_count() -> None:
    got = _by_figure("华康药业有限公司牵头区内24家企业组建青原生物医药产业创新联盟。")
    assert got["24家"][0] == "青原生物医药产业创新联盟"


def test_a_figure_each_of_a_list_has_is_each_ones() -> None:
    facts = extract_facts(LEAD + "湖南远川液压科技有限公司、青原精密铸造有限公司等配套企业产值均超过15亿元。", "case")
    names = names_by_id(facts)
    got = sorted(names[o["subject"]] for o in facts["observations"] if o["as_written"] == "超过15亿元")
    assert got == ["湖南远川液压科技有限公司", "青原精密铸造有限公司"]


def test_reported_speech_after_a_speakers_role_is_the_speakers_bodys() -> None:
    got = _by_figure("华康重工股份有限公司在园区设立的子公司青原华康机械有限公司总经理李立新说,目前车间里有520名本地员工。")
    assert got["520名"][0] == "青原华康机械有限公司"


def test_a_local_supply_rate_is_the_clusters_not_a_suppliers() -> None:
    got = _by_figure("全区着力打造的青原工程机械产业集群实现产值512亿元;"
                     "湖南远川液压科技有限公司产值超过15亿元,本地配套率提升至41%。")
    assert got["41%"][0] == "青原工程机械产业集群"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年装机量超过300台", [("超过300台", "300", "台", "more_than")]),
        ("两款一类新药获批上市", [("两款", "2", "款", None)]),
        ("一台设备", []),
    ],
)
def test_classifiers_of_machines_and_products_count(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


def test_what_a_cluster_gathers_after_the_clause_that_builds_it_is_the_clusters() -> None:
    got = _by_figure("园区全力打造青原生命健康产业集群,集聚相关企业380余家。")
    assert got["380余家"][0] == "青原生命健康产业集群"


def test_selectees_counted_in_a_sentence_the_programme_opens_are_the_programmes() -> None:
    got = _by_figure("“凤鸣英才计划”第二批评选结果出炉,31名青年科学家入选。园区实施“青禾计划”,全年有20名技术工人入选。")
    assert got["31名"][0] == "凤鸣英才计划"
    assert got["20名"][0] == "江北高新区"


def test_a_ranks_move_since_last_year_is_the_ranks_change() -> None:
    facts = extract_facts(LEAD + "规上工业产值位列全市产业园区第4,较上年前移2位。", "case")
    ranks = [o for o in facts["observations"] if o["unit"] == "位"]
    assert [o["as_written"] for o in ranks] == ["第4"]
    assert ranks[0]["change"]["value"] == 2 and ranks[0]["change"]["comparison"] == "year_on_year"


def test_a_quoted_platform_name_after_its_category_is_the_subject() -> None:
    got = _by_figure("其中,国家级孵化器“青原创芯汇”全年新孵化硬科技企业38家。")
    assert got["38家"][0] == "青原创芯汇"


def test_what_a_body_takes_in_first_after_it_is_founded_is_the_bodys() -> None:
    got = _by_figure("江北高新区与澜江大学签署战略合作协议,共建江北人工智能研究院,首批落地联合攻关项目14项。")
    assert got["14项"][0] == "江北人工智能研究院"


def test_a_count_joined_by_a_verb_after_a_comma_of_a_list_is_a_figure() -> None:
    got = _by_figure("由华康药业有限公司牵头、联合19家企业和高校成立的青原合成生物产业创新联盟正式亮相。")
    assert got["19家"][0] == "青原合成生物产业创新联盟"


def test_the_time_between_a_projects_stages_is_the_projects() -> None:
    got = _by_figure("华康纺织有限公司投资18亿元建设的年产3万吨高端纱线项目于9月建成投产。“从签约到投产只用了11个月。”")
    assert got["11个月"][0] == "年产3万吨高端纱线项目"


def test_units_are_recorded_as_the_ontology_writes_them() -> None:
    # 公里, 件, 台 are units of ontology/zone.ttl: recorded as written (the ontology converts them)
    assert _found("园区距南站8公里") == [("8公里", "8", "公里", None)]
    assert _found("授权专利350件") == [("350件", "350", "件", None)]
    assert _found("全年交付整车逾600台") == [("逾600台", "600", "台", "more_than")]
    assert _found("组织招商活动30余批次") == [("30余批次", "30", "批", "more_than")]  # a written form of 批


def test_only_units_of_the_ontology_are_drafted() -> None:
    from graph.extract.figures import recordable_units
    from graph.ontology import load_ontology

    assert set(load_ontology().units) == recordable_units()
    facts = extract_facts(LEAD + "全年出口额3.2亿美元,新增装机容量120万千瓦,发电量1.5亿千瓦时。", "case")
    assert all(o["unit"] in recordable_units() for o in facts["observations"])
    got = {o["as_written"]: (o["value"], o["unit"]) for o in facts["observations"]}
    assert got["3.2亿美元"] == (Decimal("3.2"), "亿美元") and got["120万千瓦"] == (120, "万千瓦")
    assert got["1.5亿千瓦时"] == (Decimal("1.5"), "亿千瓦时")


def test_a_unit_added_to_the_ontology_is_read_without_editing_the_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.extract import figures
    from graph.ontology import Unit, load_ontology

    units = dict(load_ontology().units)
    assert "标准箱" not in units and not _found("港口吞吐量120万标准箱")  # (another text below: reads may be cached)
    units["标准箱"] = Unit(units["个"].iri, "标准箱", units["个"].standard, units["个"].factor, units["个"].divisor, False)
    monkeypatch.setattr(figures, "load_ontology", lambda: type("O", (), {"units": units})())
    for cached in (figures.recordable_units, figures.figure_re, figures.money_units):
        monkeypatch.setattr(figures, cached.__name__, cached.__wrapped__)
    assert _found("集装箱吞吐量120万标准箱") == [("120万标准箱", "1200000", "标准箱", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an indicator written as a Latin acronym right before its number; a model name is none
        ("全年实现GDP88.6亿元", [("88.6亿元", "88.6", "亿元", None)]),
        ("园区建成5G基站300个", [("300个", "300", "个", None)]),
        ("引进X200型设备", []),
        # 亿/万 without 元 where the clause speaks of money; not a count of people or a word part
        ("营收超50亿,同比增长12%", [("超50亿", "50", "亿元", "more_than"), ("12%", "12", "%", None)]),
        ("总投资30亿的新材料项目", [("30亿", "30", "亿元", None)]),
        ("投资5000万建设研发中心", [("5000万", "5000", "万元", None)]),
        ("获得8000万人民币天使轮投资", [("8000万人民币", "8000", "万元", None)]),
        ("工业产值突破千亿,", [("千亿", "1000", "亿元", "more_than")]),
        ("常住人口50万,", []),
        ("打造百亿产业集群", []),
        ("产值达数百亿", []),
        ("引进3亿欧元外资", []),  # a currency the ontology lacks is no 亿元
        # 三元 (ternary), 二元, 二次: words, not amounts
        ("三元锂电池产能20万吨", [("20万吨", "20", "万吨", None)]),
        ("布局三元、钠电两条技术路线", []),
        # a unit the ontology lacks is read whole, never as a shorter one (12吉瓦时 is no 12吉瓦)
        ("电池年产能12吉瓦时", [("12吉瓦时", "12", "吉瓦时", None)]),
        ("GDP达1.2万亿元", [("1.2万亿元", "12000", "亿元", None)]),
        # 排第N位 ranks; 安排第三批 is an order
        ("在全国考核评价中排第41位", [("第41位", "41", "位", None)]),
        ("安排第三批专项资金", []),
        ("推进二次开发", []),
        ("第3批次名单", []),
        # computing power: P beside 算力, or FLOPS written out; an E is a thousand P
        ("建成500P智能算力中心", [("500P", "500", "PFLOPS", None)]),
        ("算力规模超1.2EFLOPS", [("超1.2EFLOPS", "1200", "PFLOPS", "more_than")]),
        ("采购500P型号设备", []),
        # counts of visits and of units of power and energy
        ("接待游客1.2亿人次", [("1.2亿人次", "120000000", "人次", None)]),
    ],
)
def test_units_currencies_and_glued_indicators(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text) == expected


def _indicators(text: str) -> dict[str, str]:
    facts = extract_facts(LEAD + text, "case")
    return {o["as_written"]: o["indicator_zh"] for o in facts["observations"]}


def test_indicators_of_shares_targets_and_levels_reached() -> None:
    got = _indicators("新能源产业产值占园区工业总产值的比重达到58.3%。高层次研发人员占从业人员比重仅为3.8%。"
                      "2026年力争规模以上工业总产值达到1150亿元。本地配套率提升至52%。")
    assert got["58.3%"] == "新能源产业产值占园区工业总产值比重"
    assert got["3.8%"] == "高层次研发人员占从业人员比重"
    assert got["1150亿元"] == "规模以上工业总产值"
    assert got["52%"] == "本地配套率"


def test_an_industry_named_without_its_suffix_gives_its_revenue_to_the_zone() -> None:
    facts = extract_facts(LEAD + "园区以光电显示和生物医药为主导产业。光电显示产业实现营业收入528亿元,占全区比重达41.1%。", "case")
    names = names_by_id(facts)
    got = {o["as_written"]: (names[o["subject"]], o["indicator_zh"]) for o in facts["observations"]}
    assert got["528亿元"][1] == "光电显示产业营业收入"
    assert got["528亿元"][0] == got["41.1%"][0] == "江北高新区"  # the industry's output is the zone's figure


def test_what_a_plant_yields_at_full_output_is_the_projects() -> None:
    got = _by_figure("青原智造科技有限公司年产10万套电驱系统项目总投资32亿元,达产后年产值可达85亿元。")
    assert got["85亿元"][0] == got["32亿元"][0] == "年产10万套电驱系统项目"


def test_a_quote_said_by_a_bodys_head_named_by_its_head_noun_is_the_bodys() -> None:
    got = _by_figure("青原创新研究院已组建科研团队15个。“我们今年新增发明专利42件。”研究院院长李明介绍。")
    assert got["42件"][0] == "青原创新研究院"


def test_an_indicator_written_after_respectively_labels_each_item() -> None:
    facts = extract_facts(LEAD + "川锦新能源有限公司、华润电子科技有限公司分别实现产值38亿元、17亿元。", "case")
    names = names_by_id(facts)
    got = {o["as_written"]: (names[o["subject"]], o["indicator_zh"]) for o in facts["observations"]}
    assert got["38亿元"] == ("川锦新能源有限公司", "产值")
    assert got["17亿元"] == ("华润电子科技有限公司", "产值")


def test_what_a_cluster_said_to_have_formed_gathers_is_the_clusters() -> None:
    got = _by_figure("园区已初步形成“卤水—纯碱—精细化工”的青湖盐化工产业集群,集聚上下游企业52家。")
    assert got["52家"][0] == "青湖盐化工产业集群"


def test_a_bare_year_closing_the_title_dates_the_years_figures() -> None:
    facts = extract_facts("数读江北高新区2025\n\n来源:江北高新区 文/王明\n\n●全年实现地区生产总值326.8亿元,同比增长7.9%。\n", "case")
    assert [o["period"] for o in facts["observations"]] == [2025]


def test_the_speaker_and_the_aim_are_no_part_of_a_targets_indicator() -> None:
    got = _indicators("2026年,我们将力争规上工业总产值突破900亿元。")
    assert got["900亿元"] == "规上工业总产值"


def test_the_size_of_a_fund_set_up_is_indicated_as_its_size() -> None:
    got = _indicators("2025年,江北高新区设立规模10亿元的江北产业引导基金,已投资项目23个。")
    assert got["10亿元"] == "规模"


def test_industries_counted_together_are_the_zones_part() -> None:
    got = _by_figure("其中,智能装备产业产值86亿元,新材料产业产值54亿元,两大主导产业合计占全区工业总产值的61.2%。")
    assert got["61.2%"][0] == "江北高新区"


def test_a_draft_in_the_ontologys_new_units_builds(tmp_path: Path) -> None:
    """Figures in dollars, power, energy, computing power and counting words are drafted and the draft builds."""
    from graph.extract import dump_draft
    from graph.pipeline import build_article

    text = ("江北高新区2025年发展综述\n\n"
            "2025年,江北高新区实现GDP88.6亿元,同比增长7.5%。全年实际利用外资3.2亿美元。"
            "园区新增光伏装机容量12万千瓦,全年发电量1.5亿千瓦时。园区建成500P智能算力中心。"
            "星河新能源科技有限公司全年交付储能设备逾600台,三元锂电池产能达到20万吨。"
            "全年组织招商活动30余批次,园区距高铁站8公里。\n")
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "article.txt").write_text(text, encoding="utf-8")
    (folder / "meta.yaml").write_text("id: case\ntitle_zh: 江北高新区2025年发展综述\nlanguage: zh\nperiod: 2025\n",
                                      encoding="utf-8")
    facts = extract_facts(text, "case")
    got = {o["as_written"]: (str(o["value"]), o["unit"]) for o in facts["observations"]}
    assert got["88.6亿元"] == ("88.6", "亿元") and got["3.2亿美元"] == ("3.2", "亿美元")
    assert got["12万千瓦"] == ("12", "万千瓦") and got["1.5亿千瓦时"] == ("1.5", "亿千瓦时")
    assert got["500P"] == ("500", "PFLOPS") and got["逾600台"] == ("600", "台")
    assert got["30余批次"] == ("30", "批") and got["8公里"] == ("8", "公里")
    assert not [w for w in got if w.startswith("三元")]
    (folder / "facts.yaml").write_text(dump_draft(facts), encoding="utf-8")
    assert build_article(folder) is not None


def test_a_headline_dash_opens_the_subject_of_its_figures() -> None:
    got = _by_figure("园区龙头企业交出亮眼成绩单——星河集团营收大增35.2%,利润增长12%。")
    assert got["35.2%"][0] == got["12%"][0] == "星河集团"


def test_a_change_with_an_adverb_of_degree_is_the_change_of_the_level() -> None:
    got = _by_figure("星河集团实现营收120亿元,大增35.2%。星河集团利润8亿元,同比大幅增长41%。")
    assert got["120亿元"] == ("星河集团", "大增35.2%")
    assert got["8亿元"] == ("星河集团", "同比大幅增长41%")
    assert "35.2%" not in got and "41%" not in got


def test_a_half_year_report_keeps_the_year_its_lead_writes_with_the_period() -> None:
    text = ("江北经开区上半年经济运行情况\n\n江北经开区经济发展局\n\n2025年上半年,全区经济运行稳中有进。\n\n"
            "1—6月,全区规模以上工业总产值完成312.7亿元。上半年,固定资产投资完成85亿元。"
            "1～6月,新签约项目18个。1月至6月,新增企业300家。")
    facts = extract_facts(text, "case")
    got = {o["as_written"]: (o.get("period"), o.get("period_zh")) for o in facts["observations"]}
    assert got == {"312.7亿元": (2025, "1—6月"), "85亿元": (2025, "上半年"), "18个": (2025, "1～6月"),
                   "300家": (2025, "1月至6月")}
    # a lead's bare year (a feature's story) is no period of the report's 上半年
    facts = extract_facts("江北经开区上半年经济运行情况\n\n早在2019年,园区就开始布局。\n\n上半年,新签约项目18个。", "case")
    assert [o.get("period") for o in facts["observations"]] == [None]


def test_a_clause_opened_by_the_citys_scope_word_is_the_citys() -> None:
    text = ("江屏市政府工作报告\n\n江屏市市长 张三\n\n"
            "全市地区生产总值达到2786.4亿元,增长5.9%;一般公共预算收入168.3亿元,增长6.2%。"
            "江屏经济技术开发区完成技工贸总收入1520亿元,增长14.6%。全市新增省级以上研发平台18个。"
            "江屏经开区新签约项目37个,排名居全市首位。")
    facts = extract_facts(text, "case")
    names = names_by_id(facts)
    got = {o["as_written"]: names[o["subject"]] for o in facts["observations"]}
    assert got["2786.4亿元"] == got["168.3亿元"] == got["18个"] == "江屏市"
    assert got["1520亿元"] == got["37个"] == got["首位"] == "江屏经济技术开发区"  # 全市 as a rank's scope: no subject
    # no city drafted (or two, none in the title): the scope word names nobody
    facts = extract_facts("江北高新区2025年发展综述\n\n2025年,江北高新区工业总产值达500亿元。全市新增研发平台18个。", "case")
    names = names_by_id(facts)
    assert {names[o["subject"]] for o in facts["observations"]} == {"江北高新区"}


def test_a_numbered_row_of_figures_is_its_companys_line_not_a_heading() -> None:
    text = ("江北经开区2025年统计公报\n\n江北经开区统计局\n\n一、重点企业\n全区产值前三位工业企业情况:\n"
            "1. 星河新材料科技股份有限公司 产值82.4亿元 增长6.2%\n"
            "2. 云岭精密机械制造有限公司 产值57.3亿元 增长18.9%\n"
            "3. 江北智能装备集团有限公司 产值41.8亿元 增长11.7%\n")
    facts = extract_facts(text, "case")
    names = names_by_id(facts)
    got = {o["as_written"]: (names[o["subject"]], (o["change"] or {}).get("value")) for o in facts["observations"]}
    assert got["82.4亿元"][0] == "星河新材料科技股份有限公司"
    assert got["57.3亿元"][0] == "云岭精密机械制造有限公司"
    assert got["41.8亿元"][0] == "江北智能装备集团有限公司"


def test_a_lenders_count_of_borrowers_and_amount_lent_are_the_lenders() -> None:
    got = _by_figure("江北农商银行向星河科技发放贷款3000万元。该行今年已为园区109家科技型企业提供各类贷款21.4亿元,"
                     "同比增长26%,其中信用贷款占比提高到43%。园区与江北农商银行合作推出“园区贷”,已为新落户的9家企业提供授信18亿元。")
    assert got["109家"][0] == got["21.4亿元"][0] == got["43%"][0] == got["9家"][0] == got["18亿元"][0] == "江北农商银行"
    assert got["21.4亿元"][1] == "同比增长26%"
    facts = extract_facts(LEAD + "江北农商银行向星河科技发放贷款3000万元。", "case")
    assert [f["amount"]["as_written"] for f in facts["funding_events"]] == ["3000万元"]  # one loan to one company


def test_a_demonstrative_phrase_around_a_figure_points_back_at_the_body_named() -> None:
    got = _by_figure("云岭物流园项目工地上塔吊林立。这个总投资65亿元的项目,是园区今年招引的重点项目,建成后年吞吐能力可达30万吨。")
    assert got["65亿元"][0] == got["30万吨"][0] == "云岭物流园项目"  # the clauses after stay with it


def test_a_contribution_to_a_fund_being_set_up_is_the_funds() -> None:
    got = _by_figure("江北科创投资集团出资1.5亿元参与设立江北生物医药天使基金。")
    assert got["1.5亿元"][0] == "江北生物医药天使基金"
