"""Figures in a clause: numbers with units, qualifiers, ranges, ranks and changes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from graph.extract import lexicon as lx
from graph.extract.cnnum import parse_chinese_integer, parse_number
from graph.ontology import load_ontology

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"(了|超|近|约|逾|达|达到)$")
_RE1 = re.compile(r"(?:成为|是|为|建成|打造|首个|唯一)$")
_RE2 = re.compile(r"[\u4e00-\u9fff]")
_RE3 = re.compile(r"\d|[两二三四五六七八九十]")
_RE4 = re.compile(r"方面|层面|维度|阶段|一批|千亿|百亿|重点|聚焦|统筹")
_RE5 = re.compile(r"排名|位列|居|进入|跻身|排在")

_CN = "零一二两三四五六七八九十百千"
_NUM = rf"\d+(?:\.\d+)?|[{_CN}]+"
# written forms of a unit that are not the ontology's notation of it (the notation is the facts file's token)
WRITTEN_AS = {"％": "%", "批次": "批"}
# units read so that their number is not taken for a figure in a shorter unit (12吉瓦时 is no 12吉瓦), though the
# ontology has no notation for them: a draft records no figure in them
READ_NOT_RECORDED = ("吉瓦时", "兆瓦时")
_PRE = "|".join(sorted(lx.PRE_QUALIFIERS, key=len, reverse=True))


@cache
def recordable_units() -> frozenset[str]:
    """The units a draft can record: the ``skos:notation`` of every ``zkg:Unit`` of ``ontology/zone.ttl``.

    A unit added to the ontology is read and recorded without editing the extractor.

    >>> {"亿元", "家", "万千瓦", "亿美元", "台", "PFLOPS"} <= recordable_units()
    True
    """
    return frozenset(load_ontology().units)


@cache
def money_units() -> frozenset[str]:
    """Units of an amount of money: those the ontology converts to yuan or to US dollars.

    >>> sorted(money_units())
    ['万元', '万美元', '亿元', '亿美元', '元', '美元']
    """
    units = load_ontology().units
    return frozenset(n for n, u in units.items() if u.standard is not None and u.standard in
                     (units["元"].standard, units["美元"].standard if "美元" in units else None))


@cache
def figure_re() -> re.Pattern[str]:
    """Number (range, multiplier, 余/多) + a unit written in Chinese: the ontology's units, the lexicon's and
    their written forms (``WRITTEN_AS``). 万/亿 before a unit are a multiplier unless with it they are
    a unit of their own (万元, 亿千瓦时)."""
    written = {u for u in recordable_units() if not u.isascii()} | set(lx.UNITS) | set(WRITTEN_AS) | set(READ_NOT_RECORDED)
    unit = "|".join(re.escape(u) for u in sorted(written, key=len, reverse=True))
    mult = "|".join(
        m + (f"(?!{'|'.join(re.escape(u[1:]) for u in sorted(tails, key=len, reverse=True))})" if tails else "")
        for m in "万亿" for tails in [[u for u in written if u.startswith(m) and len(u) > 1]])
    return re.compile(
        rf"(?P<pre>{_PRE})?(?P<num>{_NUM})(?:\s*[-~～—至到]\s*(?P<max>\d+(?:\.\d+)?|[{_CN}]+))?"
        rf"(?P<mult>{mult})?(?P<post>余|多)?(?P<unit>{unit})(?P<after>以上)?"
    )


# 500P算力, 1.2EFLOPS: computing power in PFLOPS (an E is a thousand P); a bare P/E only beside 算力
COMPUTE_RE = re.compile(rf"(?P<pre>{_PRE})?(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>(?P<scale>[PE])(?P<flops>FLOPS|Flops|flops)?)"
                        r"(?![A-Za-z])")
# 营收超50亿, 投资5000万建设, 突破千亿: an amount of money written without 元, in a clause about money
BARE_MONEY_RE = re.compile(rf"(?P<pre>{_PRE})?(?P<num>\d+(?:\.\d+)?|[{_CN}]+)(?P<mult>[万亿])(?P<post>余|多)?"
                           r"(?:(?P<rmb>人民币)|(?=$|[^\u4e00-\u9fff]|[的以左用建投打实引购融支注]))")
_MONEY_WORDS_RE = re.compile(r"投资|营收|营业收入|收入|产值|销售额|利润|税收|纳税|融资|募资|GDP|生产总值|增加值|出口额|进出口"
                             r"|贸易额|交易额|成交额|贷款|授信|资金|奖补|奖励|补贴|补助|基金|资本|估值|市值|合同额|签约额|金额|总额")
# GDP88.6亿元: an indicator written as a Latin acronym right before its number
_ACRONYM_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,5}$")
RANK_RE = re.compile(
    rf"(?P<verb>位列|位居|位于|居于|居|排名|排在|列|(?<!安)排)(?P<scope>[^,,。;;第]{{0,24}}?)"
    rf"第(?P<num>\d+|[{_CN}]+)(?P<unit>位|名)?"
)
# 产量全国第一, 出货量国内第二位: a scope word right before 第N ranks without a verb
SCOPED_RANK_RE = re.compile(rf"(?P<scope>全国|全省|全市|全区|全球|国内|省内|业内|行业内?|同行业)第(?P<num>\d+|[{_CN}]+)(?P<unit>位|名)?")
_NEXT_RANK_RE = re.compile(rf"(?:、|和|及|与|以及)第(?P<num>\d+|[{_CN}]+)(?P<unit>位|名)?")
# 居全市首位 / 位居全省榜首 / 排名全国第一: the head of a ranking is rank 1
HEAD_RANK_RE = re.compile(r"(?P<verb>位列|位居|稳居|居于|居|排名|排在|列|跃居|升至)(?P<scope>[^,,。;;第首]{0,24}?)(?P<num>首位|榜首|之首)")
# 近百家, 百余名, 上百个, 超千人: a round hundred / thousand written as a character, after a
# qualifier or before 余/多 (a bare 百/千 is a word part: 百强, 千亿级)
ROUND_RE = re.compile(r"(?P<pre>突破|达到|将近|超过|近|上|超|逾|达)?(?P<num>[一两二三四五六七八九]?[百千])(?P<post>余|多)?"
                      r"(?P<unit>家|个(?!月)|名|人|项|亿元|万元|万吨|亩)(?!级)")
_ROUND_MONEY_PRE = ("突破", "达到", "将近", "超过", "近", "超", "逾", "达")
# 占…超过四成, 比重近三成: N成 is a share of N×10% (after a word of share or of comparison; 成为/成立/成果… are words)
TENTHS_RE = re.compile(r"(?P<pre>超过|超|逾|近|将近|接近|约|突破|达到|达|占|为)?(?P<num>[一二两三四五六七八九]|[1-9])成"
                       r"(?P<post>多|以上|左右)?(?![为立果本员交型熟长效绩都功就品])")
_TENTHS_CONTEXT_RE = re.compile(r"占|比重|比例|份额|占比|贡献|来自|超过|近|约")
# N以上的<noun>: a threshold that names a class (…以上的货物, …以上的企业), not a figure of its own
_THRESHOLD_OF_RE = re.compile(r"的[\u4e00-\u9fff]")
# 突破N: the figure passed N
_PASSED_RE = re.compile(r"(?:突破|超出|高于)$")
# 数十家, 几百人, 第一方阵: no figure
_VAGUE_BEFORE = ("数", "几", "若干")
_NOT_RANK_AFTER = ("方阵", "梯队", "批", "届", "次", "期", "阶段", "季度", "线", "时间", "个")
TOP_RE = re.compile(rf"(?:在(?P<scope>[^,,。;;]{{1,24}}?))?(?:排名|位列|居|进入|跻身)?前(?P<num>\d+|[{_CN}]+)(?P<unit>位|名|强)?")


_EVAL_IN_RE = re.compile(r"在([^,,。;;]{2,30}?)中")
_EVAL_WORDS_RE = re.compile(r"(?:的)?(?:综合发展水平)?(?:综合评价|综合考评|综合考核|考核评价|评价|考评|考核|评比|排名|排行榜|榜单|监测)+$")


def _evaluation_scope(head: str) -> str | None:
    """在全国高新区综合评价中排名第18位: the ranking's scope is 全国高新区."""
    found = _EVAL_IN_RE.findall(head)
    if not found:
        return None
    scope = _EVAL_WORDS_RE.sub("", found[-1])
    return scope if len(scope) >= 2 else None


# change words beside the lexicon's (增加12%, 回落2.1个百分点)
# (营收大增35.2%, 同比大幅增长41%: an adverb of degree before the verb)
_MORE_UP = ("同比增加", "增加", "增幅为", "增长了", "大增", "同比大增", "大幅增长", "同比大幅增长", "猛增", "激增", "劲增",
            "大幅提升", "同比大幅提升")
_MORE_DOWN = ("同比回落", "回落", "降低", "同比降低", "大降", "同比大降", "大幅下降", "同比大幅下降", "大幅减少", "锐减")


@dataclass
class Figure:
    start: int  # clause-relative
    end: int
    as_written: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str | None
    rank_scope: str | None = None
    is_rank: bool = False


def _fix_unit(unit: str) -> str:
    return WRITTEN_AS.get(unit, unit)


def find_figures(text: str) -> list[Figure]:
    """Figures of one clause, left to right.

    >>> [(f.as_written, str(f.value), f.unit, f.qualifier) for f in find_figures("引入十余家金融机构")]
    [('十余家', '10', '家', 'more_than')]
    >>> [(f.as_written, str(f.value), str(f.value_max), f.unit) for f in find_figures("4.5-105微米铜箔")]
    [('4.5-105微米', '4.5', '105', '微米')]
    >>> [(f.as_written, str(f.value), f.rank_scope) for f in find_figures("增速位列全省开发区第1位")]
    [('第1位', '1', '全省开发区')]
    """
    known = _READ.get(text)
    if known is None:
        figures = _read_figures(text)
        if len(_READ) >= _READ_MAX:
            del _READ[next(iter(_READ))]  # the oldest first
        _READ[text] = tuple((f.start, f.end, f.as_written, str(f.value), None if f.value_max is None else str(f.value_max),
                             f.unit, f.qualifier, f.rank_scope, f.is_rank) for f in figures)
        return figures
    return [Figure(s, e, w, Decimal(v), None if vm is None else Decimal(vm), u, q, rs, r)
            for s, e, w, v, vm, u, q, rs, r in known]


# The figures of the clauses read so far, oldest first: several rules ask about the same clause (most
# clauses hold none). Each caller gets new Figure and Decimal objects, as from a fresh reading (a
# draft must not share one value object between two records: the YAML dump would write an alias);
# a value is kept as its string, which gives back the same Decimal (digits and exponent).
_READ: dict[str, tuple[tuple[int, int, str, str, str | None, str, str | None, str | None, bool], ...]] = {}
_READ_MAX = 1 << 15


def _read_figures(text: str) -> list[Figure]:
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    _rank_figures(out, taken, text)
    _round_figures(out, taken, text)
    return _written_figures(out, taken, text)


def _rank_figures(out, taken, text: str) -> None:
    # (each pattern below holds a literal word: a clause without it is not scanned)
    for m in RANK_RE.finditer(text) if "第" in text else ():
        if text.startswith(_NOT_RANK_AFTER, m.end()) and not m.group("unit"):
            continue  # 第一方阵, 第一批: an order, not a rank
        try:
            value, _ = parse_number(m.group("num"))
        except ValueError:
            continue
        s = m.start("num") - 1
        out.append(Figure(s, m.end(), text[s:m.end()], value, None, "位", None,
                          m.group("scope").strip() or _evaluation_scope(text[:m.start()]), True))
        taken.append((m.start(), m.end()))
        # 分别位列第3位和第5位: the next ranks of the list share the verb and the scope
        pos = m.end()
        while nm := _NEXT_RANK_RE.match(text, pos):
            try:
                nvalue, _ = parse_number(nm.group("num"))
            except ValueError:
                break
            ns = nm.start("num") - 1
            out.append(Figure(ns, nm.end(), text[ns:nm.end()], nvalue, None, "位", None,
                              m.group("scope").strip() or None, True))
            taken.append((nm.start(), nm.end()))
            pos = nm.end()
    for m in SCOPED_RANK_RE.finditer(text) if "第" in text else ():
        if any(a <= m.start("num") < b for a, b in taken) or (text.startswith(_NOT_RANK_AFTER, m.end()) and not m.group("unit")):
            continue
        if _RE1.search(text[:m.start()]) or text.startswith(("大", "家", "批"), m.end()):
            continue  # 成为全国第二个…, 全国第三大…: an order of founding, not a rank
        try:
            value, _ = parse_number(m.group("num"))
        except ValueError:
            continue
        s = m.start("num") - 1
        out.append(Figure(s, m.end(), text[s:m.end()], value, None, "位", None, m.group("scope"), True))
        taken.append((m.start(), m.end()))
    for m in HEAD_RANK_RE.finditer(text) if "首" in text else ():
        s = m.start("num")
        out.append(Figure(s, m.end(), m.group("num"), Decimal(1), None, "位", None,
                          m.group("scope").strip() or None, True))
        taken.append((m.start(), m.end()))


def _round_figures(out, taken, text: str) -> None:
    for m in ROUND_RE.finditer(text) if "百" in text or "千" in text else ():
        if not (m.group("pre") or m.group("post")) or text[max(0, m.start("num") - 1):m.start("num")] in _VAGUE_BEFORE:
            continue
        if (len(m.group("unit")) > 1 or m.group("unit") == "亩") and m.group("pre") not in _ROUND_MONEY_PRE:
            continue  # 超千亿元 is a figure; 千亿元级, 上百亿元的 are not
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        value = Decimal(parse_chinese_integer(m.group("num")))
        pre = m.group("pre") or ""
        qual = lx.PRE_QUALIFIERS.get(pre, "at_least" if pre == "上" else "more_than" if pre == "突破" else None)
        start = m.start() if pre in lx.PRE_QUALIFIERS or pre == "上" else m.start("num")
        if m.group("post"):
            qual = "more_than"
        out.append(Figure(start, m.end(), text[start:m.end()], value, None, m.group("unit"), qual))
        taken.append((m.start(), m.end()))
    for m in TENTHS_RE.finditer(text) if "成" in text else ():
        if any(a <= m.start("num") < b for a, b in taken) or not _TENTHS_CONTEXT_RE.search(text[:m.start("num")]):
            continue
        pre = m.group("pre") or ""
        qual = lx.PRE_QUALIFIERS.get(pre, "more_than" if pre == "突破" else None)
        if m.group("post") in ("多", "以上"):
            qual = "more_than" if m.group("post") == "多" else "at_least"
        elif m.group("post") == "左右":
            qual = "approximately"
        value = Decimal(parse_chinese_integer(m.group("num")) if not m.group("num").isdigit() else int(m.group("num"))) * 10
        s = m.start() if pre in lx.PRE_QUALIFIERS else m.start("num")  # 超过八成: the qualifier is written with it
        out.append(Figure(s, m.end("num") + 1, text[s:m.end("num") + 1], value, None, "%", qual))
        taken.append((m.start(), m.end()))
    for m in TOP_RE.finditer(text) if "前" in text else ():
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        before = text[max(0, m.start("num") - 3):m.start("num")]
        if "前" not in before or not _RE5.search(text[:m.start("num")]):
            continue
        try:
            value, _ = parse_number(m.group("num"))
        except ValueError:
            continue
        s = m.start("num") - 1
        end = m.end()
        scope = m.group("scope")
        out.append(Figure(s, end, text[s:end], value, None, "位", "within_top",
                          scope.strip() if scope else None, True))
        taken.append((s, end))


def _written_figures(out, taken, text: str) -> list[Figure]:
    for m in figure_re().finditer(text):
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        num = m.group("num")
        nxt = text[m.end():m.end() + 1]
        prev = text[m.start() - 1:m.start()] if m.start() > 0 else ""
        if nxt == "级" or prev == "第" or (prev.isascii() and prev.isalnum()
                                          and not _ACRONYM_BEFORE_RE.search(text, max(0, m.start() - 6), m.start())):
            continue  # 5G, A3; 第3批: an order; but GDP88.6亿元 is a figure of the indicator GDP
        if not num[0].isdigit() and (text[max(0, m.start("num") - 1):m.start("num")] in _VAGUE_BEFORE
                                     or text[max(0, m.start("num") - 2):m.start("num")] in _VAGUE_BEFORE):
            continue  # 数十家, 几十个, 若干: no value
        if not num[0].isdigit():
            if num == "一" or (num.startswith("一") and len(num) == 1):
                continue
            if num in {"千", "百", "万"} or prev in {"第", "前"}:
                continue
            if not any(ch in "两二三四五六七八九十百千" for ch in num):
                continue
        unit = _fix_unit(m.group("unit"))
        if unit == "元" and not num[0].isdigit() and not m.group("mult") and (len(num) == 1 or _RE2.match(text, m.end())):
            continue  # 三元正极, 布局三元、钠电两条路线, 二元结构: a word, not an amount of yuan
        if unit == "次" and not num[0].isdigit() and _RE2.match(text, m.end()):
            continue  # 二次开发, 三次创业: a word, not a count of times
        if (unit == "个" and text[m.end():m.end() + 1] in {"月"}) or (unit == "人" and text.startswith("民币", m.end())):
            continue  # N个月 is a duration; N亿人民币 an amount of yuan, read without 元
        written = num + (m.group("mult") or "") + (m.group("post") or "")
        try:
            value, qual = parse_number(written)
        except ValueError:
            continue
        if m.group("after") and _RE2.match(text[m.end():m.end() + 1]) \
                and not text.startswith(("的", "了"), m.end()) and _RE3.search(text[m.end():]):
            continue  # 50亿元以上项目6个: a class threshold, the count after it is the figure
        if m.group("after") and _THRESHOLD_OF_RE.match(text, m.end()):
            continue  # 加工增值达到30%以上的货物免征关税: N以上的<noun> names a class by a threshold
        if unit == "个" and not num[0].isdigit() and _RE4.match(text[m.end():]):
            continue  # 三个方面, 两个千亿级集群: a way of speaking, not a count
        try:
            vmax = parse_number(m.group("max"))[0] if m.group("max") else None
        except ValueError:
            continue
        start = m.start()
        if m.group("pre") in ("超过", "超") and text[max(0, m.start() - 1):m.start()] == "不":
            start = m.start("num")  # 不超过N万元: a cap, written and valued as N
        elif m.group("pre"):
            qual = lx.PRE_QUALIFIERS[m.group("pre")]
        if m.group("after"):
            qual = "at_least"
        elif qual is None and _PASSED_RE.search(text[:m.start()]):
            qual = "more_than"
        elif qual is None and text.startswith("左右", m.end()):
            qual = "approximately"
        out.append(Figure(start, m.end(), text[start:m.end()], value, vmax, unit, qual))
        taken.append((m.start(), m.end()))
    _compute_figures(out, taken, text)
    _bare_money_figures(out, taken, text)
    _percent_word_figures(out, taken, text)
    out.sort(key=lambda f: f.start)
    return out


def _qualifier(text: str, m: re.Match[str], qual: str | None) -> tuple[int, str | None]:
    """Where a figure written with an optional qualifier starts, and its qualifier."""
    if m.group("pre"):
        return m.start(), lx.PRE_QUALIFIERS[m.group("pre")]
    if qual is None and _PASSED_RE.search(text[:m.start()]):
        qual = "more_than"
    return m.start("num"), qual


def _compute_figures(out: list[Figure], taken: list[tuple[int, int]], text: str) -> None:
    """500P算力, 算力规模达1.2EFLOPS: computing power in PFLOPS (P or E alone only beside 算力)."""
    if "P" not in text and "E" not in text:
        return
    for m in COMPUTE_RE.finditer(text):
        if any(a <= m.start("num") < b for a, b in taken) or (not m.group("flops") and "算力" not in text):
            continue
        if m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum():
            continue  # a model number (A100P), not an amount
        value = Decimal(m.group("num")) * (1000 if m.group("scale") == "E" else 1)
        start, qual = _qualifier(text, m, None)
        out.append(Figure(start, m.end(), text[start:m.end()], _plain(value), None, "PFLOPS", qual))
        taken.append((m.start(), m.end()))


def _bare_money_figures(out: list[Figure], taken: list[tuple[int, int]], text: str) -> None:
    """营收超50亿, 投资5000万建设, 突破千亿: 万/亿 without 元 in a clause about money is 万元/亿元."""
    if "万" not in text and "亿" not in text:
        return
    for m in BARE_MONEY_RE.finditer(text):
        num = m.group("num")
        if any(a <= m.start("num") < b or a < m.end() <= b for a, b in taken) or not (
                m.group("rmb") or _MONEY_WORDS_RE.search(text, max(0, m.start() - 24), m.start())):
            continue
        before = text[max(0, m.start("num") - 2):m.start("num")]
        if not num[0].isdigit() and (any(v in before for v in _VAGUE_BEFORE) or num == "一" or before.endswith(("第", "前"))):
            continue  # 数百亿: no value
        if not num[0].isdigit() and not (m.group("pre") or m.group("post") or _PASSED_RE.search(text[:m.start()])) \
                and len(num) == 1 and num in "百千":
            continue  # a bare 百亿/千亿 is a word part (百亿产业); 超千亿 is a figure
        if text[max(0, m.start() - 1):m.start()].isascii() and text[max(0, m.start() - 1):m.start()].isalnum():
            continue
        try:
            value, qual = parse_number(num + (m.group("post") or ""))
        except ValueError:
            continue
        start, qual = _qualifier(text, m, qual)
        out.append(Figure(start, m.end(), text[start:m.end()], value, None, m.group("mult") + "元", qual))
        taken.append((m.start(), m.end()))


# 百分之二十, 超过百分之30: a percentage written in words (a decimal in words, 百分之十二点五, is not read: the
# facts validator reads 点 as two numbers, so a draft recording it would not build)
PERCENT_WORDS_RE = re.compile(rf"(?P<pre>{_PRE})?百分之(?P<num>\d+(?:\.\d+)?|[{_CN}]+)(?![点.\d{_CN}])")


def _percent_word_figures(out: list[Figure], taken: list[tuple[int, int]], text: str) -> None:
    """百分之二十 → 20%, 超过百分之三十 → more than 30%."""
    if "百分之" not in text:
        return
    for m in PERCENT_WORDS_RE.finditer(text):
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        num = m.group("num")
        try:
            value = Decimal(num) if num[0].isdigit() else Decimal(parse_chinese_integer(num))
        except ValueError:
            continue
        _, qual = _qualifier(text, m, None)
        out.append(Figure(m.start(), m.end(), text[m.start():m.end()], _plain(value), None, "%", qual))
        taken.append((m.start(), m.end()))


def _plain(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()




def change_before(text: str, fig: Figure) -> tuple[str, int, str | None] | None:
    """If ``fig`` is a change (同比增长27.1%): (words, sign, comparison) else ``None``."""
    if fig.unit not in {"%", "个百分点"} or fig.is_rank:
        return None
    head = text[: fig.start]
    head = _RE0.sub("", head)
    for word in sorted(lx.CHANGE_UP + lx.CHANGE_DOWN + _MORE_UP + _MORE_DOWN, key=len, reverse=True):
        if head.endswith(word):
            sign = -1 if word in lx.CHANGE_DOWN + _MORE_DOWN else 1
            return word, sign, "year_on_year" if word.startswith("同比") else None
    return None
