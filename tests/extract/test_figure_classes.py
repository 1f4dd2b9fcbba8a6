"""Whose figure it is, by class of phrasing (invented sentences; issue 14, rounds 8–9 failure classes)."""

from __future__ import annotations

from typing import Any

from graph.extract import extract_facts
from tests.extract.conftest import names_by_id

LEAD = "2025年,江北高新区工业总产值达500亿元。园区以新材料和生物医药为主导产业。"


def _obs(text: str) -> dict[str, tuple[str, list[str]]]:
    """as_written → (subject name, concern names) of the draft of LEAD + text."""
    facts: dict[str, Any] = extract_facts(LEAD + text, "case")
    names = names_by_id(facts)
    return {o["as_written"]: (names[o["subject"]], [names[c] for c in o.get("concerns") or []])
            for o in facts["observations"]}


def test_an_industrys_output_is_the_zones_figure() -> None:
    got = _obs("分产业看,新材料产业产值80.5亿元,同比增长9.1%,占规上工业总产值的36.2%。")
    assert got["80.5亿元"] == ("江北高新区", ["新材料"])
    assert got["36.2%"][0] == "江北高新区"  # the share that follows stays with the zone


def test_an_industrys_target_is_the_zones_figure() -> None:
    got = _obs("下一步,园区将力争全年智能装备产业营收突破150亿元。")
    assert got["150亿元"][0] == "江北高新区"


def test_a_breakdown_opened_by_qizhong_keeps_the_industries() -> None:
    got = _obs("其中:新材料产业产值80.5亿元,增长9.1%;生物医药产业产值40.2亿元,增长6.3%。")
    assert got["80.5亿元"][0] == "新材料"
    assert got["40.2亿元"][0] in ("生物医药", "生物医药产业")


def test_a_cluster_keeps_its_own_figure() -> None:
    got = _obs("智能装备产业集群实现营收150亿元。")
    assert got["150亿元"][0] == "智能装备产业集群"
