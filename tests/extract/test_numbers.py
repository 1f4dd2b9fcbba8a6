"""Chinese numerals, qualifiers and units as the reports write them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.extract.cnnum import parse_chinese_integer, parse_number
from graph.extract.figures import find_figures

DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """Spell 1 ≤ n < 100000000 the standard way (一万零五, 十二, 三百零七)."""
    def below_10000(k: int, lead: bool) -> str:
        out = ""
        zero = False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = k // value % 10
            if digit:
                if zero and out:
                    out += "零"
                out += ("" if (unit == "十" and digit == 1 and not out and lead) else DIGITS[digit]) + unit
                zero = False
            elif out:
                zero = True
        return out

    high, low = divmod(n, 10000)
    if not high:
        return below_10000(low, True)
    text = below_10000(high, True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + below_10000(low, False)
    return text


@pytest.mark.parametrize(
    ("written", "value", "qualifier"),
    [("十余", "10", "more_than"), ("两", "2", None), ("一", "1", None), ("1.5万", "15000", None),
     ("十", "10", None), ("二十", "20", None), ("一百零五", "105", None), ("90余", "90", "more_than"),
     ("2.87亿", "287000000", None), ("三万五千", "35000", None), ("140多", "140", "more_than")],
)
def test_parse_number(written: str, value: str, qualifier: str | None) -> None:
    assert parse_number(written) == (Decimal(value), qualifier)


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_integers_round_trip(n: int) -> None:
    assert parse_chinese_integer(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_arabic_decimals_round_trip(whole: int, frac: int) -> None:
    text = f"{whole}.{frac:02d}"
    value, qualifier = parse_number(text)
    assert value == Decimal(text)
    assert qualifier is None


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("9999"), places=1))
def test_wan_multiplies(value: Decimal) -> None:
    assert parse_number(f"{value}万")[0] == value * 10000


def test_rejects_non_numerals() -> None:
    with pytest.raises(ValueError):
        parse_chinese_integer("高新")


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("引入十余家金融机构", [("十余家", "10", None, "家", "more_than")]),
        ("获得近3亿元授信", [("近3亿元", "3", None, "亿元", "nearly")]),
        ("4.5-105微米电解铜箔", [("4.5-105微米", "4.5", "105", "微米", None)]),
        ("引进人才1.5万人", [("1.5万人", "15000", None, "人", None)]),
        ("年产10万吨", [("10万吨", "10", None, "万吨", None)]),
        ("增长超20%", [("超20%", "20", None, "%", "more_than")]),
        ("拉动增速6.7个百分点", [("6.7个百分点", "6.7", None, "个百分点", None)]),
        ("仅用时1个月", [("1个月", "1", None, "个月", None)]),
        ("获奖总数居全市第一", [("第一", "1", None, "位", None)]),
        ("市场占有率排名前5", [("前5", "5", None, "位", "within_top")]),
        ("约2.5亿元", [("约2.5亿元", "2.5", None, "亿元", "approximately")]),
        ("企业100家以上", [("100家以上", "100", None, "家", "at_least")]),
        ("一家高科技企业", []),
        ("跻身千亿元级园区行列", []),
        ("2025年首单科创债", []),
    ],
)
def test_find_figures(clause: str, expected: list[tuple[str, str, str | None, str, str | None]]) -> None:
    got = [(f.as_written, str(f.value), None if f.value_max is None else str(f.value_max), f.unit, f.qualifier)
           for f in find_figures(clause)]
    assert got == expected
