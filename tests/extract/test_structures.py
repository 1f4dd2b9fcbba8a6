"""General structures of report writing the draft extractor reads: one invented sentence
in, the expected record out (names invented; no report's entity is named here)."""

from __future__ import annotations

from typing import Any

import pytest

from graph.extract import extract_facts


def _names(facts: dict[str, Any]) -> dict[str, set[str]]:
    """Every drafted name and alias → the classes of its entity."""
    out: dict[str, set[str]] = {}
    for e in facts["entities"]:
        for n in [e["name_zh"], *(e.get("aliases_zh") or [])]:
            out[n] = set(e["classes"])
    return out


def _triples(facts: dict[str, Any]) -> set[tuple[str, str, str]]:
    by_id = {e["id"]: e["name_zh"] for e in facts["entities"]}
    return {(by_id[r["subject"]], r["predicate"], by_id[r["object"]]) for r in facts["relations"]}


def test_short_form_opening_a_legal_name_is_its_alias() -> None:
    """<province>X科技有限公司 … X: the short form drops the province and the trade word."""
    facts = extract_facts("2025年,云溪高新区产值300亿元。集团子公司湖南星禾锂电科技有限公司随后落户。"
                          "星禾锂电总经理方立群说,订单充足。", "case")
    names = _names(facts)
    assert "星禾锂电" in names and "湖南星禾锂电" not in names
    assert ("方立群", "memberOf", "湖南星禾锂电科技有限公司") in _triples(facts)


@pytest.mark.parametrize("text", [
    "新型显示、智能网联汽车和现代物流,是云溪高新区的三大主导产业。",
    "新型显示、智能网联汽车、现代物流是云溪高新区的三大主导产业,其中新型显示产业集群规模最大。",
    "2025年,云溪高新区产值300亿元。新型显示、智能网联汽车及现代物流为该区三大主导产业。",
])
def test_list_opening_a_sentence_names_the_leading_industries(text: str) -> None:
    facts = extract_facts(text, "case")
    triples = _triples(facts)
    for industry in ("新型显示", "智能网联汽车", "现代物流"):
        assert ("云溪高新区", "hasLeadingIndustry", industry) in triples
        assert _names(facts)[industry] == {"Industry"}


def test_cluster_named_after_a_leading_industry_focuses_on_it_and_the_zone_develops_it() -> None:
    facts = extract_facts("新型显示、现代物流是云溪高新区的两大主导产业,其中新型显示产业集群规模最大。", "case")
    triples = _triples(facts)
    assert ("新型显示产业集群", "focusesOn", "新型显示") in triples
    assert ("云溪高新区", "developsCluster", "新型显示产业集群") in triples


def test_incubation_base_is_a_platform_and_its_enumerated_graduates_are_companies() -> None:
    facts = extract_facts("2025年,云溪高新区产值300亿元。云溪科创孵化基地现有在孵企业60家,"
                          "已孵化出星羽航空、蓝桥智能等一批科技型企业。", "case")
    names = _names(facts)
    assert names["云溪科创孵化基地"] == {"Platform"}
    assert "星羽航空" in names and "出星羽航空" not in names
    assert ("星羽航空", "incubatedBy", "云溪科创孵化基地") in _triples(facts)
