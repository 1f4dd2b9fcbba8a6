"""Parse numbers as Chinese reports write them: ``1045``, ``2.87``, ``两``, ``十余``, ``1.5万``.

>>> parse_number("十余")
(Decimal('10'), 'more_than')
>>> parse_number("1.5万")
(Decimal('15000'), None)
>>> parse_number("两")
(Decimal('2'), None)
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)

_ARABIC = re.compile(r"^(\d+(?:\.\d+)?)([万亿]?)$")


def parse_chinese_integer(text: str) -> int:
    """Value of a Chinese numeral written with 一…九, 十/百/千 and 万/亿.

    >>> parse_chinese_integer("十二")
    12
    >>> parse_chinese_integer("一百零五")
    105
    >>> parse_chinese_integer("三万五千")
    35000
    """
    if not text or any(ch not in CN_NUMERAL_CHARS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:
            section += digit or 0
            total = (total + section) * BIG_UNITS[ch] if total < BIG_UNITS[ch] else total + section * BIG_UNITS[ch]
            section = 0
            digit = None
    return total + section + (digit or 0)


def parse_number(text: str) -> tuple[Decimal, str | None]:
    """``(value, qualifier)`` of a number as written; trailing 余/多 give ``more_than``.

    >>> parse_number("90余")
    (Decimal('90'), 'more_than')
    >>> parse_number("2.87亿")
    (Decimal('287000000'), None)
    """
    qualifier: str | None = None
    body = text.strip()
    if body.endswith(("余", "多")) and len(body) > 1:
        qualifier = "more_than"
        body = body[:-1]
    match = _ARABIC.match(body)
    if match:
        try:
            value = Decimal(match.group(1))
        except InvalidOperation:  # pragma: no cover - the regex only admits decimals
            raise ValueError(f"not a number: {text!r}") from None
        if match.group(2):
            value *= BIG_UNITS[match.group(2)]
        return _normal(value), qualifier
    return Decimal(parse_chinese_integer(body)), qualifier


def _normal(value: Decimal) -> Decimal:
    """Drop a trailing ``.0`` only when the number is integral (1045.0 → 1045)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
