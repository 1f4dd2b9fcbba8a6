"""Figure classes of rounds 9–10 (invented sentences; issue 14): digit groups, project cards,
projects invested in, enumerated projects, a press-conference speaker's company."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from graph.extract import extract_facts
from graph.extract.text import normalise
from tests.extract.conftest import names_by_id

LEAD = "2025年,江北高新区工业总产值达500亿元。园区以新材料和生物医药为主导产业。"


def _facts(text: str) -> dict[str, Any]:
    return extract_facts(LEAD + text, "case")


def _obs(text: str) -> dict[str, tuple[str, Decimal]]:
    """as_written → (subject name, value) of the draft of LEAD + text."""
    facts = _facts(text)
    names = names_by_id(facts)
    return {o["as_written"]: (names[o["subject"]], o["value"]) for o in facts["observations"]}


def test_digit_groups_read_as_one_number_with_the_same_offsets() -> None:
    assert normalise("企业2,350家,补贴1,234,567.5元") == "企业02350家,补贴001234567.5元"
    assert normalise("1,2,3项;2024,2025年;增长3.5,120家") == "1,2,3项;2024,2025年;增长3.5,120家"


def test_a_figure_written_with_digit_groups_keeps_its_value_and_its_quote() -> None:
    got = _obs("今年前三季,園區新增註冊企業2,350家,發放人才補貼3,120萬元。")
    assert got["2,350家"] == ("江北高新区", Decimal("2350"))
    assert got["3,120萬元"][1] == Decimal("3120")


CARDS = ("二、重点项目\n"
         "1. 固态电池材料产业化项目\n"
         "投资方:江北锂能新材料有限公司\n"
         "总投资:35亿元\n"
         "建设内容:新建正极材料生产线,达产后年产正极材料2万吨,预计年产值超60亿元。\n"
         "2. 智能传感器封装项目\n"
         "投资方:江北感知电子有限公司\n"
         "总投资:8亿元\n")


def test_the_field_lines_of_a_card_state_the_titled_projects_figures() -> None:
    facts = _facts(CARDS)
    names = names_by_id(facts)
    got = {o["as_written"]: (names[o["subject"]], o["indicator_zh"]) for o in facts["observations"]}
    assert got["35亿元"] == ("固态电池材料产业化项目", "总投资")
    assert got["2万吨"][0] == "固态电池材料产业化项目"
    assert got["超60亿元"][0] == "固态电池材料产业化项目"
    assert got["8亿元"] == ("智能传感器封装项目", "总投资")


def test_a_field_line_without_a_titled_card_above_is_no_card() -> None:
    got = _obs("园区概况\n总投资:120亿元\n")
    assert "120亿元" not in got  # a short line under a heading: a heading's figure, no card's


ENUMERATED = ("今年我们重点推进了三个项目。第一个是江北新能源电池项目,总投资38亿元,达产后年产电池10万套。"
              "第二个是江北锂能科技有限公司正极材料项目,总投资12亿元。第三个是江北精密轴承项目,总投资6.5亿元。")


def test_an_enumerated_project_holds_the_figures_after_it() -> None:
    got = _obs(ENUMERATED)
    assert got["38亿元"][0] == "江北新能源电池项目"
    assert got["10万套"][0] == "江北新能源电池项目"
    assert got["12亿元"][0] == "正极材料项目"  # the company's project, not the company
    assert got["6.5亿元"][0] == "江北精密轴承项目"


def test_the_count_that_announces_an_enumeration_is_no_figure() -> None:
    got = _obs(ENUMERATED + "这一年,我们主要抓了三件事。一是做强产业集群,全年产值突破300亿元。二是建强平台。")
    assert "三个" not in got and "三件" not in got
    assert got["300亿元"][0] == "江北高新区"


def test_the_plant_an_amount_builds_holds_the_investment() -> None:
    got = _obs("本次签约项目包括:江北锂能科技有限公司投资25亿元的固态电池材料基地,规划厂房12万平方米;"
               "江北感知电子有限公司投资8亿元的智能传感器研发中心。")
    assert got["25亿元"][0] == "固态电池材料基地"
    assert got["12万平方米"][0] == "固态电池材料基地"  # the clause after keeps the plant
    assert got["8亿元"][0] == "智能传感器研发中心"


def test_a_category_after_an_amount_is_no_project() -> None:
    facts = _facts("全年新签约投资10亿元的重点项目,带动就业。")
    assert not [e for e in facts["entities"] if e["name_zh"] == "重点项目"]


TRANSCRIPT = ("主持人:\n"
              "今天我们邀请到江北高新区管委会副主任王立新先生,江北锂能科技股份有限公司董事长李卫东先生。\n"
              "王立新:\n"
              "谢谢主持人。全年园区新增高新技术企业120家。\n"
              "江北日报记者:\n"
              "请问李董事长,企业今年发展如何?\n"
              "李卫东:\n"
              "谢谢。江北锂能主要做固态电池材料。今年我们完成了3.5亿元的B轮融资。\n"
              "去年公司营业收入12.8亿元,同比增长36%。我们的研发团队全年申请发明专利45件。\n"
              "主持人:\n"
              "发布会到此结束。\n")


def test_a_speakers_turn_under_a_label_line_speaks_for_the_speakers_company() -> None:
    got = _obs(TRANSCRIPT)
    assert got["3.5亿元"][0] == "江北锂能科技股份有限公司"
    assert got["12.8亿元"][0] == "江北锂能科技股份有限公司"  # 公司, in the company head's answer
    assert got["45件"][0] == "江北锂能科技股份有限公司"
    assert got["120家"][0] == "江北高新区"  # the zone official's turn


def test_a_turn_ends_at_the_next_label_line() -> None:
    got = _obs(TRANSCRIPT.replace("发布会到此结束。", "全区今年新引进人才3000人。"))
    assert got["3000人"][0] == "江北高新区"  # under the host's label: the zone's, no speaker's


def test_what_a_programme_brings_in_and_grants_is_the_programmes() -> None:
    got = _obs("引才方面,“江北启航人才计划”全年引进创业团队项目12个,发放启动资金1500万元。")
    assert got["12个"][0] == "江北启航人才计划"
    assert got["1500万元"][0] == "江北启航人才计划"


def test_a_programme_the_zone_runs_leaves_the_counts_to_the_zone() -> None:
    got = _obs("园区实施“江北启航人才计划”,全年新入选领军人才30人,兑现人才补贴2000万元。")
    assert got["2000万元"][0] == "江北高新区"


def test_the_plant_a_company_builds_at_a_place_holds_the_figures_after_it() -> None:
    got = _obs("10月8日,江北锂能在江北高新区建设的固态电池材料基地一期投产。一期投资15亿元,"
               "可年产正极材料2万吨。据测算,基地全部达产后年产值可达40亿元。")
    assert got["15亿元"][0] == "固态电池材料基地"
    assert got["40亿元"][0] == "固态电池材料基地"


def _changes(text: str) -> dict[str, tuple[str, str | None]]:
    """as_written → (indicator, the change's value) of the draft of LEAD + text."""
    return {o["as_written"]: (o["indicator_zh"], str(o["change"]["value"]) if o.get("change") else None)
            for o in _facts(text)["observations"]}


def test_an_increase_then_the_total_is_the_total_with_its_change_and_the_increase_stays() -> None:
    facts = _facts("全年新增高新技术企业14家,总数达到58家。")
    total = next(o for o in facts["observations"] if o["as_written"] == "58家")
    assert (total["indicator_zh"], total["change"]["value"]) == ("高新技术企业", Decimal("14"))
    assert "新增高新技术企业14家" in total["evidence"][0]
    assert [o["indicator_zh"] for o in facts["observations"] if o["as_written"] == "14家"] == ["新增高新技术企业"]


def test_a_level_then_its_net_increase_is_one_figure() -> None:
    got = _changes("园区规上企业达到146家,净增23家。")
    assert got["146家"][1] == "23" and "净增23家" not in got and "23家" not in got


def test_two_increases_and_a_running_total_stay_figures_of_their_own() -> None:
    got = _changes("全年新增A类企业20家,新增B类企业8家。新增专精特新企业5家,累计达到19家。")
    assert got["20家"][1] is None and got["8家"][1] is None
    assert "5家" in got and "19家" in got  # 累计: a running total, recorded apart


def test_a_count_in_words_after_a_list_of_names_is_no_figure() -> None:
    got = _obs("园区已建成江北数字港及江北生命科学园两个园中园。签约项目中,锂能、感知两个项目将补齐产业链。")
    assert "两个" not in got
    assert "两家" in _obs("园区产品已配套两家新能源车企。")  # a count with no list before it stays


def test_an_organisation_set_up_holds_the_figures_after_it() -> None:
    got = _obs("江北理工大学在园区设立未来技术学院,首批招收工程硕士120名。")
    assert got["120名"][0] == "未来技术学院"


def test_a_top_n_milestone_after_the_exact_rank_restates_it() -> None:
    got = _obs("园区在全省开发区综合考评中位列第7位,首次进入前十。")
    assert "第7位" in got and "前十" not in got
    assert "前十" in _obs("园区综合实力首次进入全省前十。")  # alone, the milestone is the rank


def test_a_threshold_that_names_the_class_counted_is_no_figure() -> None:
    got = _obs("到2027年,力争培育营业收入超20亿元的企业6家。")
    assert "超20亿元" not in got and got["6家"][0] == "江北高新区"
    assert "超20亿元" in _obs("江北锂能科技有限公司投资超20亿元的固态电池材料基地开工。")
    assert "前五" in _obs("园区位列全省第2,连续三年进入全省前五。")  # a record of its own, no milestone


def test_a_project_a_company_pursues_holds_the_investment_after_it() -> None:
    got = _obs("江北锂能科技有限公司董事长李卫东介绍,公司正在推进年产5万吨正极材料项目,总投资36亿元。")
    assert got["36亿元"][0] == "年产5万吨正极材料项目"


def test_a_companys_short_form_written_alone_holds_its_figures() -> None:
    got = _obs("江北凌岳无人机系统有限公司工业级无人机整机项目开工。去年凌岳交付各类无人机860架。"
               "为支持这个项目,江北农商银行向凌岳发放了1.5亿元项目贷款。")
    assert got["860架"][0] == "江北凌岳无人机系统有限公司"


def test_a_short_form_that_opens_the_zones_name_is_no_companys() -> None:
    facts = _facts("江北产业投资发展有限公司设立基金。江北高新区今年新增企业80家。")
    ent = next(e for e in facts["entities"] if e["name_zh"] == "江北产业投资发展有限公司")
    assert "江北" not in (ent.get("aliases_zh") or [])
