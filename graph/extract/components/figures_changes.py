"""A level and its change written as two figures in the same unit: 达到146家,净增23家 (the change after
the level: one figure) and 新增企业14家,总数达到58家 (the increase first, then the total it brings)."""

from __future__ import annotations

import re

from graph.extract.context import Context, Obs
from graph.extract.figures import Figure
from graph.extract.text import Clause

# 净增23家 / 新增17个 right after the level (nothing between the word and the figure): its change since the start
_NET_AFTER_RE = re.compile(r"\s*(?:其中)?(?:净增加?|新增|增加)了?(?:约|近|超|逾)?")
# 总数达到58家 / 总量达186家: the total that a change just given (新增N) brings the count to
_TOTAL_RE = re.compile(r"\s*(?:总数|总量|总计|总共|数量)(?:达到|达|为|增至|增加到|提升至|升至)?")
# what the change's clause opens with: the words of a net increase (after a time word)
_CHANGE_OPENER_RE = re.compile(r"\s*(?:(?:19|20)\d{2}年|全年|今年|上半年|年内|当年|今年以来)?[,]?"
                               r"(?:[\u4e00-\u9fff]{0,6}?(?:区|园区|全市|全区))?(?:新增|净增|新认定|新培育|增加)")
_INCREASE_WORDS = ("新增", "净增加", "净增", "新认定", "新培育", "增加")


def net_change_of_level(ctx: Context, clause: Clause, fig: Figure, prev: Obs) -> bool:
    """``prev`` (the figure just before, same unit, same sentence) and ``fig`` are a level and its net change
    (净增N after the level): the change is set on the level's observation (``fig`` is then recorded no more)."""
    head = clause.text[: fig.start]
    if _NET_AFTER_RE.fullmatch(head):
        _, _, _, prev_clause = ctx.doc.clause_at(prev.clause_start)
        if _CHANGE_OPENER_RE.match(prev_clause.text):
            return False  # 新增A企业20家,新增B企业8家: two increases, no level
        prev.change = (fig, 1, None)
        prev.quote_end = clause.end
        return True
    return False


def increase_before_total(ctx: Context, clause: Clause, fig: Figure) -> tuple[Obs, str] | None:
    """新增高新技术企业14家,总数达到58家: (the increase just recorded, the indicator without 新增) when ``fig``
    is the total it brings the count to; the total carries the increase as its change, and the increase
    stays a figure of its own (a count of the year's new bodies)."""
    prev = ctx.obs[-1] if ctx.obs else None
    if prev is None or prev.fig.unit != fig.unit or prev.change is not None or prev.fig.qualifier is not None \
            or not _TOTAL_RE.fullmatch(clause.text[: fig.start]):
        return None
    _, sent, _, prev_clause = ctx.doc.clause_at(prev.clause_start)
    if not sent.start <= clause.start < sent.end or not _CHANGE_OPENER_RE.match(prev_clause.text):
        return None
    indicator = prev.indicator
    for word in _INCREASE_WORDS:
        at = indicator.find(word)
        if at >= 0 and len(indicator) - at - len(word) >= 2:
            return prev, indicator[at + len(word):]  # 新增高新技术企业 → 高新技术企业
    return prev, indicator
