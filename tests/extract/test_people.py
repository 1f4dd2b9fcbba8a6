"""People introduced by a title before or after their name (graph/extract/cue_names.py)."""

from __future__ import annotations

from graph.extract.context import Context
from graph.extract.pipeline import discover_names

TITLE = "甲川高新区2025年工作会议\n\n"


def _people(text: str) -> list[str]:
    ctx = Context(TITLE + text, "t")
    discover_names(ctx)
    return sorted(e.name for e in ctx.table.entities if "Person" in e.classes)


def test_officials_named_after_their_post() -> None:
    assert _people("乙州市市长赵刚说,园区要当好排头兵。副区长吴晓峰表示,将全力支持。") == ["吴晓峰", "赵刚"]
    assert _people("县长冯建军、镇长陈晓东参加调研。") == ["冯建军", "陈晓东"]


def test_a_person_named_before_the_title_that_opens_a_clause() -> None:
    assert _people("王海涛主任告诉记者,园区将加快建设。") == ["王海涛"]


def test_a_body_before_a_title_is_no_person() -> None:
    assert _people("高新区主任办公会议召开。管委会主任说,要抓好项目。") == []


def test_less_common_surnames_are_surnames() -> None:
    assert _people("党工委书记卫东明出席会议。") == ["卫东明"]


def test_bylines_in_the_forms_web_pages_briefs_and_reports_write_them() -> None:
    # a web page's meta line, an editor closing the article, a brief's dateline further down,
    # and a government report signed by an official under its title
    assert _people("发布:2025年07月28日 14:06 作者:本报记者 卫蓝 通讯员 赖清 阅读:2,417\n\n园区营收增长。") == ["卫蓝", "赖清"]
    assert _people("园区营收增长。\n\n(责任编辑:钱多多)\n\n【打印】【关闭】") == ["钱多多"]
    briefs = "".join(f"第{i}条简讯\n\n园区举办活动。\n\n" for i in range(4))
    assert _people(briefs + "本报讯(通讯员 孟一凡)12月8日,大赛落幕。") == ["孟一凡"]
    assert _people("乙州市市长 龙一鸣\n\n各位代表:现在我代表市人民政府作工作报告。") == ["龙一鸣"]


def test_a_newspapers_staff_are_its_members_and_a_correspondent_is_not() -> None:
    from graph.extract.components.emit import draft_dict, emit
    from graph.extract.pipeline import run_pipeline

    text = ("甲川高新区产值增长18.6%\n\n乙州日报 2025年12月16日 星期二\n\n本报记者 何一文 通讯员 蒲一川\n\n"
            "本报讯 甲川高新区产值增长18.6%。\n\n责任编辑:李一蔓 校对:陈一远")
    draft = draft_dict(emit(run_pipeline(Context(text, "t"))))
    names = {e["id"]: e["name_zh"] for e in draft["entities"]}
    members = {(names[r["subject"]], r["role_zh"]) for r in draft["relations"]
               if r["predicate"] == "memberOf" and names[r["object"]] == "乙州日报"}
    assert members == {("何一文", "本报记者"), ("李一蔓", "责任编辑"), ("陈一远", "校对")}


def test_a_name_without_a_han_surname_after_a_title_and_before_speech() -> None:
    assert _people("管委会主任乌云达来表示,将继续推进。董事长巴特尔说,营收增长。") == ["乌云达来", "巴特尔"]
    assert _people("管委会主任高度重视。") == []
