"""The period of a figure: the year written in or before its clause, or the report's year from
the title for 全年/年内/前三季度."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.extract.components.common import PERIOD_ZH_RE, YEAR_RE
from graph.extract.context import Context
from graph.extract.text import Clause, Paragraph, Sentence

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"\d{4}年")

# 数读X高新区2025, X高新区2025·年度盘点: a bare year closing the title (or its first part)
_TITLE_END_YEAR_RE = re.compile(r"(?<![\d.])(20\d{2})(?=\s*$|\s*[·|｜:：丨])")

_NOT_PERIOD_AFTER_YEAR_RE = re.compile(r"(?:\d{1,2}月)?(?:成立|建立|组建|创建|创立|落户|入驻|投产|开工|以来|起|至今|获批|挂牌|启动)")

# 二期计划2026年建成, 预计2027年投产: a planned date is no period of the figures around it
_PLANNED_YEAR_RE = re.compile(r"(?:计划|预计|将于|力争|有望|拟于?|争取)(?:在|于)?$")

# the months from January (1—6月, 1-6月份, 1月至6月, 一至六月)
_MONTHS = r"(?:1|一)月?份?[—\-–~～至到](?:\d{1,2}|[二三四五六七八九十]|十[一二])月"
# a period of the report's year written without the year (全年, 年内, 1—9月, 前三季度, 截至三季度末)
_REPORT_PERIOD_RE = re.compile(rf"全年|年内|今年|当年|{_MONTHS}|前三季度|上半年|下半年|[一二三四]季度|截至\d{{1,2}}月(?:末|底)")

_PERIOD_WORD_RE = re.compile(rf"截至[一二三四]季度末|截至\d{{1,2}}月(?:末|底)|{_MONTHS}|前三季度|上半年|下半年|今年以来"
                             r"|[一二三四]季度|全年|年内|当年")

# 2025年上半年,全区…: the lead of a report whose title names no year states the year with the period it covers
_LEAD_PERIOD_YEAR_RE = re.compile(rf"((?:19|20)\d{{2}})年(?:{_MONTHS}|上半年|下半年|前三季度|[一二三四]季度|全年)")
_LEAD_CHARS = 600


def period(ctx: Context, para: Paragraph, sent: Sentence, clause: Clause) -> tuple[int | None, str | None]:
    year = None
    # the year the clause is in (else the last one before it, else the sentence's first); a
    # founding or starting year (2023年成立以来, 2019年落户) is no period of a figure
    years = _sentence_years(sent.text)
    rel = clause.start - sent.start
    inside = [ym for ym in years if rel <= ym.start() < rel + len(clause.text)]
    before = [ym for ym in years if ym.start() < rel]
    chosen = inside[0] if inside else before[-1] if before else years[0] if years else None
    if chosen is not None:
        year = int(chosen.group(1))
    elif YEAR_RE.search(sent.text):
        pass  # only a founding year: no period
    elif para.sentences and YEAR_RE.match(para.text):
        year = int(YEAR_RE.match(para.text).group(1))  # type: ignore[union-attr]
    elif _REPORT_PERIOD_RE.search(sent.text[: rel + len(clause.text)]):
        # 全年…, 1—9月…, 截至三季度末… (in the clause or before it in the sentence): the year the report
        # covers, its title's
        year = title_year(ctx)
    # (every period PERIOD_ZH_RE reads holds 年 or 截至; every word _PERIOD_WORD_RE reads holds 年, 月 or 季度)
    pz = PERIOD_ZH_RE.search(clause.text) if "年" in clause.text or "截至" in clause.text else None
    if pz is None and ("年" in sent.text or "截至" in sent.text):
        pz = PERIOD_ZH_RE.search(sent.text)
    period_zh = pz.group(0) if pz and not _RE0.fullmatch(pz.group(0)) else None
    if period_zh is None:
        # 全年, 年内, 1—9月, 截至三季度末: as written, in the clause or before it in the sentence (比上半年…
        # is a comparison's base, no period)
        head = sent.text[: rel + len(clause.text)]
        words = [w for w in _PERIOD_WORD_RE.finditer(head) if head[max(0, w.start() - 1):w.start()] not in ("比", "较", "于")] \
            if "年" in head or "月" in head or "季度" in head else []
        period_zh = words[-1].group(0) if words else None
    return year, period_zh


@lru_cache(maxsize=16)
def _sentence_years(text: str) -> tuple[re.Match[str], ...]:
    """The years of a sentence that may be a figure's period (read once for all the sentence's clauses)."""
    return tuple(ym for ym in YEAR_RE.finditer(text) if not _NOT_PERIOD_AFTER_YEAR_RE.match(text, ym.end())
                 and not _PLANNED_YEAR_RE.search(text[max(0, ym.start() - 4):ym.start()]))


def title_year(ctx: Context) -> int | None:
    """The year a report covers as its title names it (X高新区2025年…, …2025年前三季度经济运行简报),
    else as its lead writes it with a period (2025年上半年,…); a lead's bare year is not enough (a
    feature's 全年 may be any year the story tells)."""
    if ctx.report_year is not None:
        return ctx.report_year or None
    title = ctx.doc.paragraphs[0].text if ctx.doc.paragraphs else ""
    m = YEAR_RE.search(title) or _TITLE_END_YEAR_RE.search(title)  # 数读X高新区2025: a year closing the title
    if m is None:
        # X经开区上半年经济运行情况 / 2025年上半年,全区…: the year written with the period in the lead
        m = _LEAD_PERIOD_YEAR_RE.search(ctx.doc.flat, 0, _LEAD_CHARS)
    ctx.report_year = int(m.group(1)) if m else 0
    return ctx.report_year or None
