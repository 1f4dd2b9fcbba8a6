"""Figures: every number of a clause becomes an observation of its subject (with indicator,
period and change), a figure heading's figure included."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.common import DEFAULT_INDICATOR, MODIFIED_CLASSES, ORG_CLASSES, SUBJECT_CLASSES, YEAR_RE
from graph.extract.components.figures_cards import card_topic, field_label
from graph.extract.components.figures_changes import increase_before_total, net_change_of_level
from graph.extract.components.figures_programmes import (
    body_of_person_before,
    chain_by_head,
    programme_of_selection,
    whole_of_breakdown,
)
from graph.extract.components.figures_subject import (
    cluster_of_indicator,
    counts_the_list,
    each_of_list,
    figure_subject,
    industry_host,
    lender_of_clause,
    listed_before,
    pointed_back_at,
    respectively,
    scope_place,
    without_subject_name,
)
from graph.extract.components.indicators import clauses_after, read_indicator
from graph.extract.components.periods import period
from graph.extract.components.subjects import heading, speaks_for
from graph.extract.context import Context, Obs
from graph.extract.entities import Entity, Mention
from graph.extract.figures import Figure, change_before, find_figures, money_units, recordable_units
from graph.extract.text import Clause, Paragraph, Segment, Sentence

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"分别")
_RE1 = re.compile(r"\s*(?:并|且)?分别(?:同比)?(增长|提高|提升|上升|下降|减少|下滑)")
_RE2 = re.compile(r"[【】\[\]\s●■◆▲]")
_RE3 = re.compile(r"\s*(?:并|且|约|分别)?占([^,;。]{2,20}?)(?:的)?(?:比重|比例|份额)?(?:超过|超|近|约|达到|达|逾|为)?$")
_RE4 = re.compile(r"(?:[两二三四五六七八九]|\d)(?:家|个|所)[\u4e00-\u9fff]{0,4}?(?:企业|公司|平台|园区|基地|项目)?"
                         r"|二者|两者|三者")
_RE5 = re.compile(r"\s*([^,;。!?\d]{2,24}?)[,;。!?]?$")
_RE6 = re.compile(r"、[^,,。;;\d]{2,12}$")
_RE7 = re.compile(r"(?:企业|公司)")
_RE8 = re.compile(r"^[\s,;]+")
_RE9 = re.compile(r"\s*(?:并|且|约|分别)?占")
_RE10 = re.compile(r"(?:订单|营收|营业收入|销售收入|销售额|利润|纳税|出口额|市场占有率)[^,;。]{0,4}$")
_RE11 = re.compile(r"^(?:产业|行业)(?:实现|完成|全年)?")
_RE12 = re.compile(r"、(?:联合|携手|会同|带动|组织|牵头)")
_RE13 = re.compile(r"[((、,]?(?:比上年|较上年|较去年|比去年)?")
_RE14 = re.compile(r"[“\"\s]*(?:\d{4}年[,,]?)?")
_RE15 = re.compile(r"^(?:实现|完成|达到|达|为|是)|(?:达到|达|为|约|超过)$")
_RE16 = re.compile(r"[、,和及与]?(?:其中)?")
_RE17 = re.compile(r"[,;\s]+$")
_RE18 = re.compile(r"\s*(?:达到|达|为|至)")

# 每人最高可获N万元, 最高给予N万元安家补贴: the cap a measure grants
_CAP_BEFORE_RE = re.compile(r"(?:最高|最多)(?:可)?(?:获得?|给予|享受|奖励|资助|补贴|补助|支持|发放)?$")

# N名青年科学家入选: the selectees counted by the words after the figure
_SELECTED_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:入选|获评|当选)(?!者)")

# 较上年前移N位: a rank's move since the year before
_RANK_MOVE_RE = re.compile(r"(较上年|比上年|较去年|比去年|同比)?(前移|上升|提升|前进|跃升|后移|下降|后退|下滑|回落)了?$")

# 高新技术企业118家,比上年增加21家 / 规上企业127家,比年初净增9家: a change written in the level's own unit
_ABS_CHANGE_RE = re.compile(r"(?:并|且)?(?:同比|(?:比|较)(上年|去年|上年同期|去年同期|年初|上年末|去年底|上年底|上半年|一季度|上季度))"
                            r"(?:末)?净?(增加|增长|新增|增|减少|下降|减|多|少)了?(?:约|近|超|逾)?")

# 全区/全市/园区 before a cluster's or park's name: a scope word, not a subject of its own
# 两大主导产业合计占…, 三大产业共完成…: several industries counted together, a figure of the zone as a whole
_N_INDUSTRIES_TOGETHER_RE = re.compile(r"\s*(?:其中|这|上述)?[两二三四五六七八九十]大(?:主导|支柱|重点|特色|优势|新兴|首位)?产业(?:集群)?"
                                       r"(?:合计|共计|总计|累计|共|一共)")

_SELECTED_AFTER_RE = re.compile(r"(?:入选|获评|当选)(?!者)")

# 其中X产业营收N, 其中:A产业产值N;B产业产值M: a breakdown of the whole just given into the industries' own figures
_PART_OF_WHOLE_RE = re.compile(r"\s*其中[::]?")

# 以上6家企业合计…, 上述3个项目…: a count that points back at items already listed, no figure of its own
_BACK_COUNT_BEFORE_RE = re.compile(r"(?:以上|上述|前述|这)$")

_BACK_COUNT_AFTER_RE = re.compile(r"(?:重点)?(?:企业|公司|项目|平台|园区|单位)")


# 抓了三件事。一是… / 重点推进了三个项目。第一个是…: an enumeration announced by the count of its items
_ITEMS_FOLLOW_RE = re.compile(r"[\u4e00-\u9fff]{0,4}[。:][”\"]?\s*(?:一是|第一|其一|首先)")


# 超N的企业8家 / 逾N的项目12个: a threshold, then the class it names and its count
_CLASS_BY_THRESHOLD_RE = re.compile(r"的[\u4e00-\u9fff]{0,4}(?:企业|公司|项目|园区|集群)(?:数量|数)?(?:达到|达|为|共)?"
                                    r"(?:\d|[一两二三四五六七八九十百])")

# …A、B / …A及B right before a count: the names it counts
_LISTED_BEFORE_RE = re.compile(r"[、及和与][^,;:。、及和与\d]{2,16}$")


def figures(ctx: Context, para: Paragraph, sent: Sentence, seg: Segment, clause: Clause,
             cs: Mention | None, current: Entity | None, cataphor: Entity | None) -> Entity | None:
    """Record the clause's figures; returns a subject that holds for the following clauses."""
    if clause.start < ctx.byline_start:
        return None  # title and subtitle: a threshold (迈入千亿级), not a figure
    card: Entity | None = None  # 1. X项目 / 总投资:N / 建设内容:…年产N: a field line of X's card
    if heading(ctx, para):
        card = card_topic(ctx, para)
        if card is None:
            headline_figure(ctx, para, clause)
            return None  # a section heading (X:从试验线到8万吨产能) restates a figure of the text below
    figs = find_figures(clause.text)
    if not figs:
        return None  # (most clauses: no period, pairing or item to read)
    left = cs.end - clause.start if cs is not None else 0
    if cs is None:
        current = card or card_topic(ctx, para) or current
    year, period_zh = period(ctx, para, sent, clause)
    paired = respectively(ctx, clause, figs, left)
    figs, item_subject = _respective_items(ctx, clause, figs, para, sent)
    return _record_figures(ctx, cataphor, clause, cs, current, figs,
        item_subject, paired, para, period_zh, seg, sent, year, left)


def _respective_items(ctx: Context, clause: Clause, figs: list[Figure], para: Paragraph,
                      sent: Sentence) -> tuple[list[Figure], dict[int, tuple[Entity, str]]]:
    # A、B、C<indicator>分别达到x、y和z, with A, B, C named entities: each figure is about its item
    item_subject: dict[int, tuple[Entity, str]] = {}
    rm = _RE0.search(clause.text)
    if rm:
        items = [x for x in ctx.mentions_in(clause.start, clause.start + rm.start())
                 if x.entity.has("Industry", "Enterprise", "Cluster", "Park", "Platform", "Zone")]
        after = [f for f in figs if f.start >= rm.end()]
        label_from = None
        back = _RE4.search(clause.text[: rm.start()])
        if len(items) < 2 and back:
            items = listed_before(ctx, para, sent, len(after))  # A和B…。两家企业营收分别为x和y
            label_from = clause.start + back.end()
            figs = [f for f in figs if not back.start() <= f.start < back.end()]  # 两家: the names again
        if len(items) >= 2 and len(items) == len(after) and len({id(x.entity) for x in items}) == len(items):
            start = label_from if label_from is not None else items[-1].end
            label = YEAR_RE.sub("", ctx.doc.flat[start:clause.start + rm.start()]).strip(" ,").removeprefix("的")
            if not label:
                # A、B分别实现产值x、y: the indicator is written after 分别
                label = _RE15.sub("",
                               YEAR_RE.sub("", clause.text[rm.end():after[0].start]).strip(" ,"))
            for f, x in zip(after, items, strict=True):
                item_subject[f.start] = (x.entity, label)
    return figs, item_subject


def _record_figures(ctx: Context, cataphor: Entity | None, clause: Clause, cs: Mention | None, current: Entity | None,
                    figs: list[Figure], item_subject: dict[int, tuple[Entity, str]], paired: dict[int, str],
                    para: Paragraph, period_zh: str | None,
                    seg: Segment, sent: Sentence, year: int | None, left: int) -> Entity | None:
    override: Entity | None = None
    # …分别达到a和b,分别增长x%和y%: the changes pair with the previous clause's figures, item by item
    cm = _RE1.match(clause.text)
    if cm and figs and all(f.unit in ("%", "个百分点") for f in figs):
        before = [o for o in ctx.obs_from(seg.start) if o.clause_start < clause.start
                  and o.change is None and o.fig.unit not in ("%", "位")]
        last = [o for o in before if o.clause_start == before[-1].clause_start] if before else []
        if len(last) == len(figs):
            sign = -1 if cm.group(1) in lx.CHANGE_DOWN else 1
            comparison = "year_on_year" if "同比" in clause.text[: cm.end()] else None
            for o, f in zip(last, figs, strict=True):
                o.change = (f, sign, comparison)
                o.quote_end = clause.end
            return None
    prev_end: int | None = None
    units = recordable_units()
    figs = [f for f in figs if f.unit in units]  # a unit the ontology lacks: no figure a draft can record
    for fig in figs:
        ch = change_before(clause.text, fig)
        if _not_a_figure(ctx, clause, fig) or _attached_as_change(ctx, sent, seg, clause, fig, ch):
            continue
        subject, review = _figure_holder(ctx, sent, clause, fig, cs, current, cataphor)
        if subject is not None and _clauses_after_stay_with(ctx, clause, fig, cs, subject, review):
            override = subject
        # A营收N、B营收M: a name right after the previous figure opens a new item with its own subject
        if prev_end is not None and fig.start not in item_subject:
            opener = _item_opener(ctx, clause, fig, prev_end)
            if opener:
                subject, review = opener[0].entity, None
                left = opener[0].end - clause.start
        if fig.start in item_subject:
            subject, review = item_subject[fig.start][0], None
        elif subject is not None and subject.has("Industry") and subject is not current:
            override = subject  # X产业营业收入N,占比M: the following clauses stay with the industry
        subject, review = _holder_by_kind(ctx, sent, clause, fig, subject, review)
        if subject is None:
            left = fig.end
            continue
        if cs is not None and fig.start < cs.start - clause.start and left == cs.end - clause.start:
            left = 0  # 规划面积N亩的B…: the figure's words are before the subject's name
        elif cs is not None and cs.start - clause.start <= fig.start < left:
            left = cs.start - clause.start  # a figure inside the subject's own name (A年产N吨X项目建成…): 年产能
        indicator = _figure_indicator(ctx, clause, fig, subject, left)
        if _names_the_next_figure(ctx, clause, fig, indicator):
            left = fig.end
            continue
        carried = ctx.carried_indicator
        if carried is not None and carried[0] == clause.start and indicator in (*DEFAULT_INDICATOR.values(), "数量"):
            indicator = carried[1]
        if review is None and cs is None and subject is current:
            industry = cluster_of_indicator(ctx, indicator)
            if industry is not None:
                subject = override = industry
        concern: Entity | None = None
        host = _host_of_industry(ctx, sent, clause, fig, subject, current) \
            if subject.has("Industry") and fig.start not in item_subject and subject is not current else None
        if host is not None:  # X产业产值N: the zone's figure, the industry its concern
            concern, subject, review = subject, host, None
            override = host if override is concern else override
            indicator = indicator if concern.name in indicator else concern.name + indicator
        if subject.has(*MODIFIED_CLASSES) and subject is not current and _topic_after(ctx, clause, fig, subject):
            override = subject
        if fig.start in item_subject and item_subject[fig.start][1]:
            indicator = item_subject[fig.start][1]
        elif fig.start in paired:
            indicator = paired[fig.start]
        elif ch is not None and not any(w in indicator for w in ("增", "长", ch[0].replace("同比", ""))):
            indicator = indicator + ch[0].replace("同比", "")
        if "配套率" in indicator and subject.has("Enterprise") and cs is None:
            # …,本地配套率提升至N%: a share of the chain's supply is the cluster's (or the zone's), not a supplier's
            clusters = [x.entity for x in ctx.mentions_in(para.start, clause.start) if x.entity.has("Cluster")]
            subject = clusters[-1] if clusters else (ctx.main_zone or subject)
        _record_total_or_figure(ctx, clause, fig, subject, indicator, year, period_zh, review, concern)
        left = prev_end = fig.end
    return override




def _clauses_after_stay_with(ctx: Context, clause: Clause, fig: Figure, cs: Mention | None, subject: Entity,
                             review: str | None) -> bool:
    """全市地区生产总值N,… / 该行已为N家企业提供贷款M,… / 这个…的项目,… / “X计划”全年引进…项目N个,发放…资金M:
    the clauses after the figure stay with its subject."""
    return subject in (scope_place(ctx, clause, fig, cs), lender_of_clause(ctx, clause, fig), pointed_back_at(ctx, clause, fig)) \
        or (subject.has("TalentProgram") and cs is None and review is None)


def _record_total_or_figure(ctx: Context, clause: Clause, fig: Figure, subject: Entity, indicator: str,
                            year: int | None, period_zh: str | None, review: str | None, concern: Entity | None) -> None:
    """Record the figure; a total after the increase just recorded (新增…14家,总数达到58家) carries it as its change."""
    increase = increase_before_total(ctx, clause, fig)
    _record_figure(ctx, clause, fig, subject, increase[1] if increase else indicator, year, period_zh, review, concern)
    if increase is not None and ctx.obs[-1].fig is fig:
        total = ctx.obs[-1]
        total.change, total.change_at = (increase[0].fig, 1, None), increase[0].clause_start
        total.quote_start = min(total.quote_start, increase[0].quote_start)  # the evidence holds the increase


def _host_of_industry(ctx: Context, sent: Sentence, clause: Clause, fig: Figure, industry: Entity,
                      current: Entity | None) -> Entity | None:
    """The body an industry's figure is recorded for (see ``industry_host``); none for a breakdown of a
    whole into its industries (其中:A产业产值N;B产业产值M) or a body that is also an industry."""
    if industry.has(*SUBJECT_CLASSES) or _PART_OF_WHOLE_RE.match(clause.text) or _PART_OF_WHOLE_RE.match(sent.text):
        return None
    return industry_host(ctx, clause, fig, current)


def headline_figure(ctx: Context, para: Paragraph, clause: Clause) -> None:
    """【386.4亿元】 over the line 地区生产总值,同比增长8.2%: a heading that is only a figure is
    that figure; the first clause below names it and its change follows."""
    figs = find_figures(clause.text)
    bare = _RE2.sub("", para.text)
    i = ctx.doc.paragraph_index(para)
    if len(figs) != 1 or not bare.endswith(figs[0].as_written) or len(bare) > len(figs[0].as_written) + 2 \
            or i + 1 >= len(ctx.doc.paragraphs):
        return
    below = ctx.doc.paragraphs[i + 1]
    first = below.sentences[0].segments[0].clauses[0] if below.sentences else None
    named = _RE5.match(first.text) if first is not None else None
    if named is None or first is None:
        return
    subject = ctx.heading_topic or ctx.main_zone
    if subject is None:
        return
    year, period_zh = period(ctx, below, below.sentences[0], first)
    obs = Obs(subject, named.group(1), figs[0], clause.start, clause.start, clause.end, year, period_zh, [],
              "a figure heading: named by the line below it")
    ctx.obs.append(obs)
    ctx.headline = (obs, below.sentences[0])


def _not_a_figure(ctx: Context, clause: Clause, fig: Figure) -> bool:
    """A count of names just listed (A、B两家企业, 以上6家企业), no figure of its own."""
    listed = _RE6.search(clause.text[: fig.start]) if fig.unit == "家" else None
    if listed is not None and "等" not in listed.group(0) and _RE7.match(clause.text[fig.end:]) \
            and not _RE12.match(listed.group(0)):  # A牵头、联合N家企业…: a count
        return True  # A、B两家企业: the count of the listed names, not a figure
    if fig.unit in ("家", "个", "项", "名") and counts_the_list(ctx, clause, fig):
        return True  # A和B的两个项目, A、B、C三家: the count of the names just listed
    if not any(ch.isdigit() for ch in fig.as_written) and fig.value <= 10 \
            and _ITEMS_FOLLOW_RE.match(ctx.doc.flat, clause.start + fig.end):
        return True  # 主要抓了三件事。一是…: the count of the items an enumeration announces
    if fig.qualifier == "more_than" and _CLASS_BY_THRESHOLD_RE.match(clause.text, fig.end):
        return True  # 培育产值超10亿元的企业8家: a threshold naming the class counted, not a figure
    if fig.is_rank and fig.qualifier == "within_top" and ctx.obs and "首次" in clause.text[: fig.start]:
        prev = ctx.obs[-1]  # 位列第9位,首次进入前十: the milestone the exact rank just given passes (连续三年进入前五: a fact)
        if prev.fig.is_rank and prev.fig.qualifier != "within_top" and prev.fig.value <= fig.value \
                and ctx.doc.clause_at(prev.clause_start)[1] is ctx.doc.clause_at(clause.start)[1]:
            return True
    if fig.unit in ("个", "家", "所", "项") and fig.value <= 5 and not any(ch.isdigit() for ch in fig.as_written) \
            and _LISTED_BEFORE_RE.search(clause.text, 0, fig.start):
        return True  # A、B两个项目 / A及B两个园中园 (names the rules may not know): the count of the list
    # 以上6家企业合计完成产值N: the count of the list above, not a figure
    return fig.unit in ("家", "个", "项", "名", "人", "所") and _BACK_COUNT_BEFORE_RE.search(clause.text[: fig.start]) \
        is not None and _BACK_COUNT_AFTER_RE.match(clause.text, fig.end) is not None


def _attached_as_change(ctx: Context, sent: Sentence, seg: Segment, clause: Clause, fig: Figure,
                        ch: tuple[str, int, str | None] | None) -> bool:
    """The change of a figure given just before (比上年增加21家, 较上年前移2位, 同比增长8.2%): attached to it."""
    ac = _ABS_CHANGE_RE.fullmatch(_RE8.sub("", clause.text[: fig.start]))
    prev_obs = ctx.obs[-1] if ctx.obs else None
    if ac is not None and prev_obs is not None and prev_obs.change is None and prev_obs.fig.unit == fig.unit \
            and sent.start <= prev_obs.clause_start < clause.start and not fig.is_rank:
        # 高新技术企业达到118家,比上年增加21家: the change of the level just given, in its own unit
        sign = -1 if ac.group(2) in ("减少", "下降", "减", "少") else 1
        prev_obs.change = (fig, sign, "year_on_year" if ac.group(1) in ("上年", "去年", "上年同期", "去年同期") else None)
        prev_obs.quote_end = clause.end
        return True
    if prev_obs is not None and prev_obs.change is None and prev_obs.fig.unit == fig.unit and not fig.is_rank \
            and sent.start <= prev_obs.clause_start < clause.start and net_change_of_level(ctx, clause, fig, prev_obs):
        return True  # 企业达到146家,净增23家: the level and its change, one figure
    rc = _RANK_MOVE_RE.search(clause.text[: fig.start]) if fig.unit == "位" and not fig.is_rank else None
    if rc is not None and prev_obs is not None and prev_obs.fig.is_rank and prev_obs.change is None \
            and sent.start <= prev_obs.clause_start <= clause.start:
        # 位列全市第4,较上年前移2位: the move of the rank just given, in places
        sign = -1 if rc.group(2) in ("后移", "下降", "后退", "下滑", "回落") else 1
        prev_obs.change = (fig, sign, "year_on_year" if rc.group(1) else None)
        prev_obs.quote_end = clause.end
        return True
    headline = ctx.headline
    if ch is not None and headline is not None and headline[0].change is None \
            and headline[1].start <= clause.start < headline[1].end and not [
                o for o in ctx.obs_from(headline[1].start) if o.fig.unit not in ("%", "位")]:
        headline[0].change = (fig, ch[1], ch[2])  # 【N亿元】/地区生产总值,同比增长8.2%: the heading figure's change
        headline[0].change_at = clause.start
        headline[0].also = (headline[1].start, clause.end)
        return True
    if ch is not None:
        prev = ctx.obs[-1] if ctx.obs else None
        head = clause.text[: fig.start]
        same = prev is not None and prev.clause_start == clause.start and _RE13.fullmatch(
            clause.text[prev.fig.end:fig.start - len(ch[0])].strip())
        # a share's change is written in 个百分点 (72%,比上年提高9个百分点); a share is no change of a share
        of_share = prev is not None and prev.fig.unit == "%" and fig.unit == "个百分点"
        if (prev is not None and prev.change is None and (prev.fig.unit not in ("%", "位") or of_share)
                and prev.clause_start >= seg.start and (len(head.strip()) <= len(ch[0]) + 3 or same)):
            prev.change = (fig, ch[1], ch[2])
            prev.quote_end = clause.end
            return True
    return False


def _figure_holder(ctx: Context, sent: Sentence, clause: Clause, fig: Figure, cs: Mention | None,
                   current: Entity | None, cataphor: Entity | None) -> tuple[Entity | None, str | None]:
    """Whose figure it is (with a review reason when unsure)."""
    subject, review = figure_subject(ctx, clause, fig, cs, current, cataphor)
    if fig.unit in ("人", "名") and cs is None and _SELECTED_AFTER_RE.match(clause.text, fig.end):
        # “X计划”共评选入选者N人,…,A等M人入选领军人才: a tier of the programme's selection just counted
        programme = [o for o in ctx.obs_from(sent.start) if o.clause_start < clause.start and o.subject.has("TalentProgram")]
        if programme:
            subject, review = programme[-1].subject, None
    if fig.unit in ("名", "人", "位") and cs is None and _SELECTED_TAIL_RE.match(clause.text, fig.end):
        # “X计划”第二批评选结果出炉,N名青年科学家入选: a sentence the programme opens counts its selectees
        opener = ctx.mentions_in(sent.start, clause.start + fig.start)[:1]
        if opener and opener[0].entity.has("TalentProgram") \
                and _RE14.fullmatch(ctx.doc.flat[sent.start:opener[0].start]):
            subject, review = opener[0].entity, None
    named = programme_of_selection(ctx, sent, clause, fig, cs) or chain_by_head(ctx, clause, cs) \
        or whole_of_breakdown(ctx, sent, clause, fig, cs) or body_of_person_before(ctx, sent, clause, cs)
    if named is not None:
        subject, review = named, None  # “X计划”…,N名人才入选 / 链上企业N家 / …N家,其中M家
    if fig.unit in money_units() and cs is None and _CAP_BEFORE_RE.search(clause.text[: fig.start]):
        # “X计划”…,每人最高可获N万元支持: the cap a talent programme grants is the programme's
        granting = [x.entity for x in ctx.mentions_in(sent.start, clause.start + fig.start)
                    if x.entity.has("TalentProgram")]
        if granting:
            subject, review = granting[-1], None
    if fig.unit == "%" and _RE9.match(clause.text):
        # …产值120亿元,占集群总产值的四成: the share is of the figure just given; the whole after 占 is no subject
        before = [o for o in ctx.obs_from(sent.start) if o.clause_start < clause.start and o.fig.unit != "%"]
        if before:
            subject, review = before[-1].subject, None
    if _N_INDUSTRIES_TOGETHER_RE.match(clause.text) and ctx.main_zone is not None:
        # 其中A产业…,B产业…,两大主导产业合计占全区…N%: the industries together are the zone's part, not the last one's
        subject, review = ctx.main_zone, None
    return subject, review


def _item_opener(ctx: Context, clause: Clause, fig: Figure, prev_end: int) -> list[Mention]:
    """A营收N、B营收M: the name opening the item after the previous figure."""
    return [x for x in ctx.mentions_in(clause.start + prev_end, clause.start + fig.start)
            if x.entity.has("Enterprise", "Platform", "Park", "Cluster", "Project", "Zone", "Alliance")
            and not x.entity.has("Funder")
            and _RE16.fullmatch(ctx.doc.flat[clause.start + prev_end:x.start])
            and not (x.end == clause.start + fig.start and fig.unit in ("家", "个", "名", "人", "项"))]


def _holder_by_kind(ctx: Context, sent: Sentence, clause: Clause, fig: Figure, subject: Entity | None,
                    review: str | None) -> tuple[Entity | None, str | None]:
    """A plant's revenue is its company's; a person's figure is the body the person speaks for."""
    if subject is not None and subject.has("Project", "Park") and not subject.has("Enterprise") \
            and _RE10.search(clause.text[: fig.start]):
        # a plant has capacity, investment and area; orders and revenue are its company's
        owner = [x.entity for x in ctx.mentions_in(sent.start, clause.start + fig.start)
                 if x.entity.has("Enterprise") and not x.entity.has("Funder")]
        if owner:
            subject, review = owner[-1], None
    if subject is not None and subject.has("Person") and not subject.has(*ORG_CLASSES):
        # B:我们…N / “…”B说: a person holds no figure; the body the person speaks for does
        subject, review = speaks_for(ctx, subject), "a person's statement: attributed to the body the person speaks for"
    return subject, review


def _figure_indicator(ctx: Context, clause: Clause, fig: Figure, subject: Entity, left: int) -> str:
    """What the figure measures, read from the words before it (from ``left``)."""
    indicator = read_indicator(ctx, clause, fig, max(0, min(left, fig.start)))
    if indicator in DEFAULT_INDICATOR.values() or indicator == "数量":
        indicator = field_label(ctx, clause.start, clause.text[: fig.start]) or indicator  # 总投资:42亿元
    indicator = without_subject_name(indicator, subject, fig)
    if subject.has("Industry"):
        bare = _RE11.sub("", indicator)
        indicator = bare if len(bare) >= 2 else indicator  # X产业实现营业收入N (X the industry): 营业收入
    whole = _RE3.match(clause.text[: fig.start])
    if fig.unit == "%" and whole:
        indicator = f"占{whole.group(1)}比重"  # 占集群总产值的四成 → 占集群总产值比重
    return indicator


def _names_the_next_figure(ctx: Context, clause: Clause, fig: Figure, indicator: str) -> bool:
    """突破千亿元,达到1018亿元: a round threshold whose indicator the exact figure after it carries."""
    if not any(ch.isdigit() for ch in fig.as_written) and not fig.is_rank \
            and fig.end >= len(_RE17.sub("", clause.text)):
        # 突破千亿元,达到1018亿元: a round threshold, then the exact figure names it
        nxt = clauses_after(ctx, clause)[:1]
        exact = find_figures(nxt[0].text) if nxt and _RE18.match(nxt[0].text) else []
        if exact and exact[0].unit == fig.unit and not exact[0].is_rank:
            ctx.carried_indicator = (nxt[0].start, indicator)
            return True
    return False


def _topic_after(ctx: Context, clause: Clause, fig: Figure, subject: Entity) -> bool:
    """…的B已/将… or a clause ending on B (A投资N建设的B,占地M…): B is the topic of the clauses after."""
    at = [x for x in ctx.mentions_in(clause.start + fig.end, clause.end) if x.entity is subject]
    return bool(at and (re.compile(r"(已|正|将|已经|全面|建成|投入|于)").match(ctx.doc.flat, at[0].end)
                        or at[0].end >= clause.start + len(_RE17.sub("", clause.text))))


def _record_figure(ctx: Context, clause: Clause, fig: Figure, subject: Entity, indicator: str, year: int | None,
                   period_zh: str | None, review: str | None, concern: Entity | None = None) -> None:
    """The observation, and one for each body of a list the figure holds for (均超过N)."""
    concerns = [m.entity for m in ctx.mentions_in(clause.start, clause.start + fig.start)
                if (m.entity.has("TalentProgram") or (m.entity.has("Product") and subject.has("Zone", "Place")))
                and m.entity is not subject]  # (主要产品产量:<product>N台: the zone's output of the product)
    if concern is not None:
        concerns.insert(0, concern)
    ctx.obs.append(Obs(subject, indicator, fig, clause.start, clause.start, clause.end,
                        year, period_zh, concerns, review))
    for other in each_of_list(ctx, clause, fig, subject):
        # A、B等配套企业产值均超过N: each body of the list has the figure
        ctx.obs.append(Obs(other, indicator, fig, clause.start, clause.start, clause.end,
                            year, period_zh, concerns, review))
