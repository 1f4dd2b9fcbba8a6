"""The indicator of a figure: the words before the number (营业收入, 高新技术企业), tidied of
verbs, scope words and the subject's name."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.common import DEFAULT_INDICATOR, PERIOD_ZH_RE, SUBJECT_CLASSES, YEAR_RE
from graph.extract.context import Context
from graph.extract.figures import Figure, find_figures, money_units
from graph.extract.segment import tokens
from graph.extract.text import Clause

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"[((][^))]*[))]")
_RE1 = re.compile(r"^[,,;;::、\s“”]+|[,,;;::、\s“”]+$")
_RE2 = re.compile(r"^对[^,,]*?(?=规模|工业|GDP|经济)")
_RE3 = re.compile(r"^[^,;。]*?(?:发起设立|设立|成立|组建|发起)了?(?=(?:总|首期|基金)?规模)")
_RE4 = re.compile(r"[^,,。;;、\d等的]{2,14}")
_RE5 = re.compile(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff])")
_RE6 = re.compile(r"的([\u4e00-\u9fff]{2,8}?)(?=位居|位列|居|排名|领跑|稳居|跻身|[,;。]|$)")
_RE7 = re.compile(r"\s*(?:[:]|——|—)?\s*")
_RE8 = re.compile(r"\s*(?:——|—)\s*([^,;。!?]{2,24}?)(?=[,;。!?]|$)")
_RE9 = re.compile(r"在(?:全国|全省|全市|[\u4e00-\u9fff]{2,3}省)?([^,;。]{2,24}?)中[,]?[^,;。]*$")
_RE10 = re.compile(r"^(?:已|现有|现(?!场|金|代|行|货))")
_RE11 = re.compile(r"^(?:今年|去年|当年)?(?:我们的?|我们公司的?|公司的?)")
_RE12 = re.compile(r"在(.{2,24}?)中")
_RE13 = re.compile(r"\s*(?:——|—)?\s*([^,;。!?]{2,24}?)[,;。!?]?$")
_RE14 = re.compile(r"^(?:全国|全省|全市|[\u4e00-\u9fff]{2,3}省)?")
_RE15 = re.compile(r"(?:的有|的|有|达到|达|为|共|约|超过|超|近|逾)+$")
_RE16 = re.compile(r"[^,,。;;、\d等]{2,20}")

# 新能源产业产值占园区工业总产值的比重: a share written with its part and its whole
_SHARE_OF_RE = re.compile(r"^[^的,;。]{2,20}占[^的,;。]{2,20}(的)(?:比重|比例|份额)$")

# indicator openers dropped (the verb of having or building); 新增/引进/累计/获得 stay: they are part of
# what is counted (新增高新技术企业, 累计孵化…)
_LEADERS = sorted((set(lx.INDICATOR_LEADERS) - {"新增", "引进", "累计", "获得"})
                  | {"拥有", "建有", "集聚", "聚集", "建成", "实施", "发起设立", "设立", "用于", "达产后", "建成后", "是",
                     # 力争/将…: the aim of a target, no part of what is measured; 这个…: a demonstrative
                     "力争", "将", "我们", "我区", "我园", "这个", "这家", "这一"},
                  key=len, reverse=True)

# (…率提升至N%: the verb of reaching a level is no part of the indicator)
_TRAILERS = sorted(set(lx.INDICATOR_TRAILERS) | {"的有", "有", "提升至", "提升到", "提高至", "提高到", "上升至", "上升到",
                                                 "增至", "降至", "下降至", "下降到", "升至", "仅", "仅为", "只有"},
                   key=len, reverse=True)
_LEADING, _TRAILING = tuple(_LEADERS), tuple(_TRAILERS)  # one startswith/endswith before the loops

# 重点企业产值情况: / 主要企业营收情况如下: a list's heading naming the measure of its items
_LIST_HEAD_RE = re.compile(r"(?:重点|主要|骨干|龙头)?(?:企业|项目|产业)?([\u4e00-\u9fff]{2,6}?)(?:完成|运行)?情况(?:如下)?:")

_TIDY_HEADS = re.compile(r"^(?:(?:该|这个|这家|此)(?:园区|园|中心|项目|基地|联盟|集群|研究院|实验室|平台|企业|公司)|"
                         r"全区|该区|全市|该市|全县|园区内?|园内|集群内?|研究院|中心|项目|公司|企业|基地|平台|联盟|"
                         r"高新区|经开区|开发区)(?:已|现有|现|共|累计|全年|当年)*(?=[\u4e00-\u9fff])")

_TIDY_TRAILERS = re.compile(r"(?:首次|再次|降至|升至|可|可达|有望|预计|将|是)+$")


def read_indicator(ctx: Context, clause: Clause, fig: Figure, left: int) -> str:
    text = clause.text
    raw = text[left:fig.start]
    raw = YEAR_RE.sub("", raw) if "年" in raw else raw  # (a year is written with 年)
    raw = PERIOD_ZH_RE.sub("", raw) if "年" in raw or "截至" in raw else raw  # (every period holds 年 or 截至)
    if fig.is_rank:
        cuts = [raw.find(v) for v in ("位列", "位居", "稳居", "跃居", "位于", "居于", "排名", "排在", "居", "在") if raw.find(v) > 0]
        if cuts:
            raw = raw[: min(cuts)]
    raw = _RE0.sub("", raw)
    if "”" in raw and len(_RE15.sub("", raw[raw.rindex("”") + 1:])) > 3:
        raw = raw[raw.rindex("”") + 1:]  # “X”…<long indicator>: the quote is a modifier; “X计划”入选者 keeps it
    if "等" in raw:
        raw = raw[raw.rindex("等") + 1:]
    raw = _RE1.sub("", raw)
    raw = _RE2.sub("", raw)
    raw = _RE3.sub("", raw)  # A设立规模N的B基金: 规模
    changed = True
    while changed and raw:
        changed = False
        for w in _LEADERS if raw.startswith(_LEADING) else ():
            if raw.startswith(w) and len(raw) > len(w) and not (w == "获" and raw.startswith("获得")):
                raw, changed = raw[len(w):], True
                break  # longest first again (已获得… → 获得… → …)
        for w in _TRAILERS if raw.endswith(_TRAILING) else ():
            if raw.endswith(w) and not (w == "均" and raw.endswith("平均")):  # 高于全市平均N个百分点: 平均 is a word
                raw, changed = raw[: -len(w)], True
                break
    raw = raw.strip("了的、 ")
    if raw in lx.SKIPPABLE_OPENERS:
        raw = ""  # 其中3家已成长为…: an opener alone names nothing; the words after the figure will
    share = _SHARE_OF_RE.search(raw) if fig.unit == "%" else None
    if share is not None:
        raw = raw[: share.start(1)] + raw[share.end(1):]  # A占B的比重: the share keeps its part and its whole
    elif "的" in raw and raw.index("的") < len(raw) - 1:
        raw = raw.split("的")[-1] if fig.unit not in ("位",) else raw
    raw = indicator_tidy(ctx, clause, raw, left, fig)
    return _indicator_fallbacks(ctx, clause, fig, text, raw)


def _indicator_fallbacks(ctx: Context, clause: Clause, fig: Figure, text: str, raw: str) -> str:
    """The indicator when the words before the figure name none: the counted noun after it, a heading, a rank."""
    after = _RE4.match(text[fig.end:])
    if after and fig.unit in ("家", "个", "名", "人", "项"):
        noun = ""
        for _, _, word, pos in tokens(after.group(0)):
            if pos.startswith(("v", "d", "p")):
                break
            noun += word
        if len(noun) >= 2:
            raw = noun
        elif len(raw) < 2:
            # 7人入选X计划: nothing before the figure; the verb phrase after it says what is counted
            said = _RE16.match(text[fig.end:])
            if said:
                raw = said.group(0)
    if len(raw) < 2 or raw == "以":
        # 以58亿元的营收位居…: the noun after the figure names it
        named = _RE6.match(text[fig.end:])
        if named:
            raw = named.group(1)
    if len(raw) < 2 and not fig.is_rank and _RE7.fullmatch(text[fig.end:]):
        # ●712亿元:规模以上工业总产值,同比增长…: a number first, what it measures after the colon or dash
        nxt = clauses_after(ctx, clause)[:1]
        named = _RE13.match(nxt[0].text) if nxt else None
        if named and not find_figures(named.group(1)):
            raw = named.group(1)
    if len(raw) < 2 and not fig.is_rank:
        named = _RE8.match(text[fig.end:])
        if named and not find_figures(named.group(1)):
            raw = named.group(1)  # ●248家——规上工业企业数量
    if fig.is_rank and len(raw) < 2:
        # 在全省开发区综合考评中,X位居第二: the evaluation named before the clause
        _, sent, _, _ = ctx.doc.clause_at(clause.start)
        named = _RE9.search(ctx.doc.flat[sent.start:clause.start])
        if named:
            raw = named.group(1)
    if fig.is_rank and len(raw) >= 2 and not raw.endswith(("排名", "名次", "排位")):
        raw += "排名"
    if (len(raw) < 2 or len(raw) > 24) and len(raw) > 24:
        raw = raw[-12:]
    raw = raw.lstrip("—-: ")
    if len(raw) < 2:
        _, sent, _, _ = ctx.doc.clause_at(clause.start)
        listed = _LIST_HEAD_RE.search(ctx.doc.flat[sent.start:clause.start])
        # 重点企业产值情况:A 86.2亿元,…;B 34.5亿元,…: the list's heading names what each item measures
        raw = listed.group(1) if listed and fig.unit in money_units() else DEFAULT_INDICATOR.get(fig.unit, "数量")
    return raw




def indicator_tidy(ctx: Context, clause: Clause, raw: str, left: int, fig: Figure) -> str:
    """Drop what names the subject or the setting (园区规划面积 → 规划面积; <name>累计孵化… →
    累计孵化…; 在…评价中 → …评价), particles (规划了面积) and modal trailers (可, 首次)."""
    for m in ctx.mentions_in(clause.start + max(0, left), clause.start + fig.start):
        if raw.startswith(m.surface) and len(raw) > len(m.surface) + 1 and m.entity.has(*SUBJECT_CLASSES, "Place", "Industry"):
            raw = raw[len(m.surface):]
            lead = next((w for w in _LEADERS if raw.startswith(w) and len(raw) > len(w) + 1), "")
            raw = raw[len(lead):]
    raw = _RE10.sub("", raw) if len(raw) > 3 else raw
    raw = _RE11.sub("", raw) if len(raw) > 4 else raw
    raw = _TIDY_HEADS.sub("", raw) if len(raw) > 4 else raw
    raw = _RE5.sub("", raw)
    raw = _TIDY_TRAILERS.sub("", raw) if len(raw) > 3 else raw
    if fig.is_rank:
        inner = _RE12.fullmatch(raw)
        if inner:
            raw = _RE14.sub("", inner.group(1))
    if raw.endswith("年产") and fig.unit in ("吨", "万吨"):
        raw += "能"
    raw = raw.lstrip("”")
    opened, closed = raw.count("“"), raw.count("”")
    if closed > opened and not raw.startswith("”"):
        raw = "“" + raw  # the strip of quote marks at the edges took the opening one
    elif opened > closed:
        raw += "”"
    return raw


def clauses_after(ctx: Context, clause: Clause) -> list[Clause]:
    _, _, seg, _ = ctx.doc.clause_at(clause.start)
    return [c for c in seg.clauses if c.start >= clause.end]
