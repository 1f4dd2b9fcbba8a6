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
