"""A web page's menus, breadcrumbs and footer are not read, and quotes stay unique in the whole page
(graph/extract/text.py)."""

from __future__ import annotations

from graph.extract.components.emit import draft_dict, emit
from graph.extract.context import Context
from graph.extract.pipeline import run_pipeline
from graph.extract.text import Document

PAGE = ("首页 | 新闻中心 | 园区概况 | 联系我们\n"
        "当前位置:首页 > 新闻中心 > 园区动态\n"
        "甲川高新区上半年经济运行稳中向好\n"
        "发布时间:2025-07-15 09:30 浏览次数:1024\n"
        "上半年甲川高新区实现营业收入186.5亿元,同比增长9.2%。星河科技有限公司新建产线3条。\n"
        "【打印本页】【关闭窗口】\n"
        "下一篇:乙州市领导调研星河科技有限公司\n"
        "版权所有:甲川高新区管理委员会 地址:丙省乙州市甲川大道88号\n")


def test_menus_and_footers_are_blanked_with_offsets_kept() -> None:
    doc = Document(PAGE)
    assert len(doc.flat) == len(doc.original_flat)
    assert doc.paragraphs[0].text == "甲川高新区上半年经济运行稳中向好"
    assert "下一篇" not in doc.flat and "版权所有" not in doc.flat and "首页" not in doc.flat


def test_a_quote_is_unique_in_the_whole_page_furniture_included() -> None:
    doc = Document(PAGE)
    at = doc.flat.index("星河科技有限公司")
    quote = doc.unique_quote(at, at + len("星河科技有限公司"))
    assert PAGE.replace("\n", "").count(quote) == 1 and "星河科技有限公司" in quote


def test_nothing_is_drafted_from_the_furniture() -> None:
    draft = draft_dict(emit(run_pipeline(Context(PAGE, "t"))))
    names = sorted(e["name_zh"] for e in draft["entities"])
    assert names == ["星河科技有限公司", "甲川高新区"]
