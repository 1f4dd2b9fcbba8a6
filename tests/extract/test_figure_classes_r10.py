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
