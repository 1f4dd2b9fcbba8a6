"""Places from the gazetteer of administrative divisions, and traditional characters read through
OpenCC's table (graph/extract/gazetteer.py, components/places.py, text.py)."""

from __future__ import annotations

from graph.extract.context import Context
from graph.extract.gazetteer import is_place, level, short_form
from graph.extract.pipeline import run_pipeline
from graph.extract.text import Document, normalise

TITLE = "甲川高新区2025年工作总结\n\n"


def _names(text: str, cls: str) -> list[str]:
    ctx = run_pipeline(Context(TITLE + text, "t"))
    return sorted(e.name for e in ctx.table.entities if cls in e.classes)


def test_gazetteer_knows_provinces_cities_and_counties_by_full_and_short_name() -> None:
    assert level("四川省") == level("四川") == "province"
    assert level("绵阳市") == level("绵阳") == "city"
    assert level("忠县") == "county"
    assert not is_place("星河") and not is_place("高新区")
    assert short_form("宁夏回族自治区") == "宁夏"


def test_places_listed_before_a_company_word_are_places_not_companies() -> None:
    text = ("甲川高新区组织企业赴成都、重庆、西安等地开展招商,吸引了来自四川、贵州等省份的企业入驻。"
            "园区与绵阳、宜宾等地企业开展合作,产品辐射珠三角。")
    assert _names(text, "Enterprise") == []
    assert _names(text, "Place") == ["四川", "宜宾", "成都", "珠三角", "绵阳", "西安", "贵州", "重庆"]


def test_a_list_of_ordinary_words_before_等地_is_no_place() -> None:
    assert _names("园区赴沿海、沿江等地招商。", "Place") == []


def test_a_division_written_in_full_and_read_as_a_company_becomes_a_place() -> None:
    text = "甲川高新区与绵阳市、宜宾市等企业集聚地开展合作,星河科技、云帆智能等企业落户园区。"
    assert "绵阳市" not in _names(text, "Enterprise")
    assert {"星河科技", "云帆智能"} <= set(_names(text, "Enterprise"))


def test_a_count_of_cities_is_no_city() -> None:
    assert _names("成都、德阳、绵阳三市联动。", "Place") == []


def test_traditional_characters_are_read_as_simplified_with_the_same_offsets() -> None:
    text = "甲川經濟技術開發區2025年工作總結\n\n甲川經開區實現營業收入128.6億元。"
    assert normalise(text) == "甲川经济技术开发区2025年工作总结\n\n甲川经开区实现营业收入128.6亿元。"
    doc = Document(text)
    at = doc.flat.index("营业收入")
    assert doc.unique_quote(at, at + 4) == "營業收入"  # quotes stay in the article's script


def test_a_traditional_report_drafts_in_its_own_script() -> None:
    ctx = run_pipeline(Context("甲川經濟技術開發區2025年工作總結\n\n2025年,甲川經開區實現營業收入128.6億元,同比增長7.2%。", "t"))
    from graph.extract.components.emit import draft_dict, emit

    draft = draft_dict(emit(ctx))
    zone = next(e for e in draft["entities"] if "Zone" in e["classes"])
    assert zone["name_zh"] == "甲川經濟技術開發區" and "甲川經開區" in zone["aliases_zh"]
    assert [o["as_written"] for o in draft["observations"]][:1] == ["128.6億元"]
    assert all(o["subject"] == zone["id"] for o in draft["observations"])
