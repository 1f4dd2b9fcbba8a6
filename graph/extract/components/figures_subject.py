"""Who a figure is about when the clause's subject is not enough: a list's members (均…),
a product's maker, a speaker's body, the cluster of an indicator."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from graph.extract import lexicon as lx
from graph.extract.components.common import MODIFIED_CLASSES, SUBJECT_CLASSES, YEAR_RE
from graph.extract.components.indicators import clauses_after
from graph.extract.components.people import quote_speaker
from graph.extract.components.subjects import clause_subject
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.figures import Figure, money_units
from graph.extract.text import Clause, Paragraph, Sentence

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"[,;:\s]+$")
_RE1 = re.compile(r"分别(同比)?(增长|提高|提升|上升|下降|减少|下滑|为|达到|达)?")
_RE2 = re.compile(r"^(?:全区|全市|全省|全县|该区|园区|全年)")
_RE3 = re.compile(r"(?:[、,]?[^,,。;;的]{0,10}?\d*[^,,。;;的]{0,6}?)的")
_RE4 = re.compile(r"投资|投入")
_RE5 = re.compile(r"(?:用于|用以)?(?:建设|投建|新建|兴建|实施|打造|扩建|建)(?:的)?")
_RE6 = re.compile(r"(?:产业|行业)?(?:实现|完成|全年)?(?:营业收入|工业总产值|总产值|产值|增加值|主营业务收入|营收|规模)"
                             r"(?:达到|达|为|突破|超过|超|约|近|逾)?")
_RE7 = re.compile(r"成员(?:单位|企业)?(?:数量|数)?(?:达到|达|超过|约|共)?$")
_RE8 = re.compile(r"[“\"\s]")
_RE9 = re.compile(r"、|和|与|及|以及")
_RE10 = re.compile(r"(产业)?(集群|集聚区)$")
_RE11 = re.compile(r"(?:建设|投资|用于|引进|签约|落地|实施|推进|开工|投产|的|和|与|及)")
_RE12 = re.compile(r"(?:规划|重点|倾力|着力|投资|新)?(?:建设|打造|培育|设立|建成|引进|投建|兴建)的")
_RE13 = re.compile(r"[\u4e00-\u9fff]{0,4}之一")
_RE14 = re.compile(r"入选(?!者)")
_RE15 = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,12}")
_RE16 = re.compile(r"其(?:[^,;:。]{0,4}的)?$")
_RE17 = re.compile(r"[,;。,]")

# 全市…, 2025年,全市…, 明年全市将…: the scope word of a city, county or province opening a clause
_SCOPE_OPENER_RE = re.compile(r"\s*(?:(?:19|20)\d{2}年|其中|同时|此外|今年|明年|去年|全年|当年|初步核算|据统计)?[,，]?全(市|县|省)"
                              r"(?![\u4e00-\u9fff]{0,3}(?:第|首位|前列|平均|之首))")

# (该行)已为N家企业提供各类贷款M: a lender's count of borrowers and its amount lent
_LENDS_TO_MANY_RE = re.compile(r"(?:为|向)[^,;。]{0,20}?(?:\d+|[两二三四五六七八九十百千]+)(?:余|多)?(?:家|个|户)[^,;。]{0,12}?"
                               r"(?:提供|发放|投放)[^,;。]{0,6}?(?:贷款|授信|融资|信贷)")
# <zone>联合X银行推出…: the bank is the partner of the body that acts, not the lender the clause is about
_PARTNER_BEFORE_RE = re.compile(r"(?:联合|携手|会同|协同)$")
_THIS_BANK_RE = re.compile(r"\s*(?:该行|该银行|此行)")
_LENDER_RE = re.compile(r"银行|分行|支行|信用社|小额贷款|小贷")
# 这个总投资N的项目, 这家年产值N的企业: a demonstrative phrase whose head names a body already named
_DEMONSTRATIVE_OF_FIGURE_RE = re.compile(r"\s*(?:这个|这家|这一|该|此)(?P<fig>[^,;。的]{2,16})的"
                                         r"(?P<head>项目|基地|园区|产业园|企业|公司|基金|平台|中心)")

# A出资N参与设立/发起设立/共同组建B基金
_CONTRIBUTES_TO_RE = re.compile(r"(?:参与|共同|联合)?(?:发起设立|设立|组建|成立|发起)(?:了)?")

# a capacity (年产N吨, 产能N吨) belongs to the maker or the project, never to the product made
_CAPACITY_BEFORE_RE = re.compile(r"(?:年产|年产能|产能|年生产能力|年生产|年加工)(?:规模)?(?:达到|达|为|超|约|近)?$")

# A牵头区内N家企业组建B联盟, 联合N家企业和高校成立的B: the count of the members that found the alliance
_FOUNDERS_RE = re.compile(r"[^,;。]{0,12}?(?:共同|联合)?(?:发起成立|发起组建|组建|成立|组成|发起)(?:了)?(?:的)?")

# A、B等…均超过N: the figure holds for each of the list
_EACH_BEFORE_RE = re.compile(r"均[\u4e00-\u9fff]{0,3}$")

_LIST_SEP_RE = re.compile(r"[、,]|和|与|及|以及")

# 从签约到投产, 开工至竣工: the stages of a project's life
_LIFECYCLE_RE = re.compile(r"(?:从|自)?(?:签约|开工|拿地|落地|动工)(?:到|至)(?:投产|竣工|建成|开工|试产|达产|运营)")

# 达产后/投产后/建成后…: the state of a plant once it runs
_AFTER_OUTPUT_RE = re.compile(r"\s*(?:项目)?(?:全面|全部)?(?:达产|投产|建成)后")

# 形成/构建了…的X产业链: a chain or cluster said to have taken shape
_FORMED_RE = re.compile(r"(?:初步形成|基本形成|形成|构建|构筑)了?")

# a programme's owner written before it without being drafted (<X>盟“Y计划”, <X>市“Y计划”): a place-like word
_PROGRAMME_OWNER_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:省|市|盟|州|县|区|自治区|新区|高新区|经开区)")

# what a programme does to the people it counts (评选/遴选/引进/认定…), unlike a bare 入选者N人 (the zone's selectees)
_PROGRAMME_ACTS_RE = re.compile(r"[”\"]?(?:全年|今年以来|年初以来|以来|今年|当年|年内|累计|共|已|首批|新)*"
                                r"(?:评选|遴选|选拔|引进|引育|认定|支持|资助)(?:出|了)?"
                                r"[\u4e00-\u9fff]{0,10}?(?:共|达到|达|为)?")

# 攻克了/突破了/开发出 T技术: a technology achieved, whose measure the next clause may give
_TECH_ACHIEVED_RE = re.compile(r"(?:攻克|突破|掌握|开发|研发|研制|攻关)(?:了|出)?[^,;。]{0,4}$")

_LEADING_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[\u4e00-\u9fff]{0,4}?(?:良率|效率|良品率|合格率|精度|纯度|转化率|成本|能耗|寿命))")

# 正在推进/加快实施/开工建设 X项目: a project a body pursues
_PROJECT_PURSUED_RE = re.compile(r"(?:推进|实施|开工|投建|上马|谋划|启动)(?:建设)?了?(?:[^,;。]{0,6}的)?$")

_FOUNDING_RE = re.compile(r"(?:组建|成立|设立|共建|建设|打造|建成|揭牌|挂牌|新建|筹建|启动建设|落地|引进)了?(?:[^,;。]{0,6}的)?$")

# what a project states of itself right after its name (X项目总投资N, X项目占地N)
_PROJECT_ATTR_RE = re.compile(r"[(]?(?:计划|预计)?(?:总投资|投资总额|投资额|投资|占地(?:面积)?|建筑面积|用地(?:面积)?|规划面积|年产值"
                              r"|设计产能|年产能|产能|达产后(?:预计)?(?:可)?(?:实现)?(?:年产值|年营收|产值|营收))"
                              r"(?:约|达到|达|为|超过|超|近|逾)?")

# a fund's size right after its name (A基金规模50亿元, 下设B子基金10亿元和C子基金8亿元)
_FUND_ATTR_RE = re.compile(r"(?:的)?(?:总规模|首期规模|基金规模|规模)?(?:约|达到|达|为|超过|超|近|逾)?")

# a talent programme's selectees counted right after its name (“X计划”全年入选领军人才N名, “X计划”N名入选者)
_PROGRAMME_COUNT_RE = re.compile(r"[”\"]?(?:全年|今年|当年|累计|共|已|首批|新)*(?:入选|评选出|遴选出?|认定|支持|资助)?"
                                 r"[\u4e00-\u9fff]{0,6}?(?:共|达到|达|为)?")


def each_of_list(ctx: Context, clause: Clause, fig: Figure, subject: Entity) -> list[Entity]:
    """A、B(、C)等…均<verb>N: the other bodies of the list the figure's subject heads."""
    if not _EACH_BEFORE_RE.search(clause.text[: fig.start]):
        return []
    ms = [x for x in ctx.mentions_in(clause.start, clause.start + fig.start)
          if x.entity.has("Enterprise", "Park", "Platform", "Cluster", "Project", "Organization")
          and not x.entity.has("Funder", "Person")]
    chain: list[Mention] = []
    for x in ms:
        if chain and not _LIST_SEP_RE.fullmatch(ctx.doc.flat[chain[-1].end:x.start]):
            break
        chain.append(x)
    names = [x.entity for x in chain]
    if len(chain) < 2 or subject not in names or len({id(e) for e in names}) != len(names):
        return []
    return [e for e in names if e is not subject]


def without_subject_name(indicator: str, subject: Entity, fig: Figure) -> str:
    """磁材项目总投资 → 总投资, 下设B子基金 → 基金规模: the subject's name (or its tail) is no
    part of what is measured."""
    if fig.is_rank:
        return indicator  # 国家级经开区综合评价排名: the class of bodies ranked stays
    for name in sorted(subject.names(), key=len, reverse=True):
        if len(name) < 3 or name[-3:] not in indicator:
            continue  # (no tail of the name, 3 characters or more, is in the indicator: none found below)
        for n in range(len(name), 2, -1):
            if name[-n:] in ("高新区", "经开区", "开发区", "产业园", "示范区"):
                break
            at = indicator.find(name[-n:])
            if at >= 0 and at + n <= len(indicator) and (n == len(name) or at == 0):
                rest = indicator[at + n:].lstrip("的(")
                if len(rest) >= 2:
                    return rest
                if subject.has("Funder") and fig.unit in money_units():
                    return "基金规模"
                return indicator
    return indicator


def formed_at_end(ctx: Context, clause: Clause) -> Entity | None:
    """园区已初步形成“A—B—C”的X产业链, / 构建了…的X集群,: a clause ending on the chain or cluster it
    says has formed; what it gathers next is the chain's."""
    ms = ctx.mentions_in(clause.start, clause.end)
    if not ms or not ms[-1].entity.has("Cluster") or ms[-1].entity.has("Enterprise"):
        return None
    if _RE0.sub("", ctx.doc.flat[ms[-1].end:clause.end]):
        return None
    return ms[-1].entity if _FORMED_RE.search(ctx.doc.flat[clause.start:ms[-1].start]) else None


def founded_at_end(ctx: Context, clause: Clause) -> Entity | None:
    """A clause ending on a platform/park/project it founds (A联合B组建C,…): C, the topic that follows."""
    ms = ctx.mentions_in(clause.start, clause.end)
    if not ms or not ms[-1].entity.has("Platform", "Park", "Project", "Cluster", "Alliance", "Organization") \
            or ms[-1].entity.has("Enterprise", "Funder", "Zone", "Person"):
        return None  # (B大学在园区设立C学院,首批招收N名: an organisation set up holds what follows too)
    last = ms[-1]
    if _RE0.sub("", ctx.doc.flat[last.end:clause.end]):
        return None
    between = ctx.doc.flat[(ms[-2].end if len(ms) > 1 else clause.start):last.start]
    if last.entity.has("Project") and not last.entity.has("Enterprise") and _PROJECT_PURSUED_RE.search(between):
        return last.entity  # 公司正在推进X项目,总投资N: the project pursued holds the state that follows
    return last.entity if _FOUNDING_RE.search(between) else None


def listed_before(ctx: Context, para: Paragraph, sent: Sentence, n: int) -> list[Mention]:
    """The last run of ``n`` names joined by 、/和 in the sentence before ``sent`` (same paragraph)."""
    before = [s for s in para.sentences if s.end <= sent.start]
    if not before or n < 2:
        return []
    ms = [m for m in ctx.mentions_in(before[-1].start, before[-1].end)
          if m.entity.has("Enterprise", "Platform", "Park", "Cluster", "Project", "Industry")]
    for i in range(len(ms) - n, -1, -1):
        run = ms[i:i + n]
        if all(ctx.doc.flat[a.end:b.start] in ("、", "和", "与", "及", "以及") for a, b in pairwise(run)):
            return run
    return []


def counts_the_list(ctx: Context, clause: Clause, fig: Figure) -> bool:
    """The figure counts the names listed right before it (A和B的两个项目, A、B、C三家企业)."""
    ms = ctx.mentions_in(clause.start, clause.start + fig.start)
    if not ms or ctx.doc.flat[ms[-1].end:clause.start + fig.start] not in ("", "的", "等", "这", "这些"):
        return False
    items = 1
    for a, b in zip(reversed(ms[:-1]), reversed(ms[1:]), strict=True):
        if ctx.doc.flat[a.end:b.start] not in ("、", "和", "与", "及", "以及", ","):
            break
        items += 1
    return items >= 2 and fig.value == items and fig.qualifier is None


def respectively(ctx: Context, clause: Clause, figs: list[Figure], left: int) -> dict[int, str]:
    """``X、Y和Z分别(同比)增长a%、b%和c%``: one indicator per figure, item by item."""
    m = _RE1.search(clause.text)
    if not m:
        return {}
    after = [f for f in figs if f.start >= m.end()]
    head = clause.text[left:m.start()]
    head = YEAR_RE.sub("", head).strip(" ,")
    for opener in sorted(lx.SKIPPABLE_OPENERS, key=len, reverse=True):
        head = head.removeprefix(opener)
    head = _RE2.sub("", head)
    items = [x for x in _RE9.split(head) if x]
    if len(items) < 2 or len(items) != len(after) or any(len(x) > 16 for x in items):
        return {}
    verb = (m.group(1) or "") + (m.group(2) or "") if m.group(2) in ("增长", "提高", "提升", "上升", "下降", "减少", "下滑") else ""
    return {f.start: item + verb for f, item in zip(after, items, strict=True)}


def cluster_of_indicator(ctx: Context, indicator: str) -> Entity | None:
    """``海洋工程装备产业营业收入`` → the cluster named ``海洋工程装备产业集群`` (else the industry
    named ``…产业``)."""
    for ent in ctx.table.entities:
        if "Cluster" in ent.classes:  # (a loop over every entity: the class read inline)
            core = _RE10.sub("", ent.name)
            if len(core) >= 3 and indicator.startswith(core):
                return ent
    for ent in ctx.table.entities:
        if "Industry" in ent.classes and ent.name.endswith("产业") and len(ent.name) >= 4 \
                and indicator.startswith(ent.name) and len(indicator) > len(ent.name):
            return ent
    return None


@cache
def output_units() -> frozenset[str]:
    """Units of an amount made or sold (台, 辆, 万吨, 兆瓦, 亿元…): a product's output in them is its maker's or
    the zone's figure, not the product's own (a product's own figures are its specifications: 3.5微米, 良率N%)."""
    counted = {"台", "辆", "套", "件", "架", "款", "批", "吨", "万吨", "千瓦", "万千瓦", "兆瓦", "吉瓦", "千瓦时", "万千瓦时",
               "亿千瓦时"}
    return frozenset(counted) | money_units()


def industry_host(ctx: Context, clause: Clause, fig: Figure, current: Entity | None) -> Entity | None:
    """The body an industry's figure belongs to (X产业产值N: an industry is a field, not a body that
    holds figures): the city a scope word opens the clause with (全市X产业…), the zone or place the text
    is about, else the article's zone (none when there is no zone)."""
    place = scope_place(ctx, clause, fig, None)
    if place is not None:
        return place
    if current is not None and current.has("Zone", "Place") and not current.has("Industry"):
        return current
    return ctx.main_zone if ctx.main_zone is not None and ctx.main_zone.has("Zone") else None


def figure_subject(ctx: Context, clause: Clause, fig: Figure, cs: Mention | None, current: Entity | None,
                    cataphor: Entity | None) -> tuple[Entity | None, str | None]:
    """Whose figure ``fig`` is, with a review reason when the rules only guess (no subject found: (None, None))."""
    for rule in (_subject_named_with_figure, _subject_after_figure, _subject_of_clause, _subject_of_scope,
                 _subject_from_context):
        found = rule(ctx, clause, fig, cs, current, cataphor)
        if found is not None:
            return found
    return None, None


def lender_of_clause(ctx: Context, clause: Clause, fig: Figure) -> Entity | None:
    """(该行)已为N家企业提供贷款M: the count served and the amount lent are the lender's (the bank the clause
    points back to with 该行, else the last lender named in the sentence before, not one a body acts with:
    <zone>联合X银行推出…,为N家企业发放贷款M is the zone's)."""
    m = _LENDS_TO_MANY_RE.search(clause.text) if any(w in clause.text for w in ("贷款", "授信", "融资", "信贷")) else None
    if m is None or not m.start() <= fig.start < m.end() + 12:
        return None
    _, sent, _, _ = ctx.doc.clause_at(clause.start)
    back = _THIS_BANK_RE.match(clause.text)
    since = max(0, clause.start - 400) if back else sent.start
    lenders = [x.entity for x in ctx.mentions_in(since, clause.start + m.start())
               if x.entity.has("Funder") and _LENDER_RE.search(x.entity.name)
               and not _PARTNER_BEFORE_RE.search(ctx.doc.flat, max(0, x.start - 2), x.start)]
    return lenders[-1] if lenders else None


def pointed_back_at(ctx: Context, clause: Clause, fig: Figure) -> Entity | None:
    """这个总投资N的项目,…: the body of that head the text named last."""
    demo = _DEMONSTRATIVE_OF_FIGURE_RE.match(clause.text)
    if demo is None or not demo.start("fig") <= fig.start < demo.end():
        return None
    head = demo.group("head")
    named = [x.entity for x in ctx.mentions_in(max(0, clause.start - 400), clause.start)
             if x.entity.name.endswith(head) and not x.entity.has("Person", "Place")]
    return named[-1] if named else None


def _subject_named_with_figure(ctx: Context, clause: Clause, fig: Figure, cs: Mention | None, current: Entity | None,
                               cataphor: Entity | None) -> tuple[Entity | None, str | None] | None:
    """A name around the figure: the project whose name holds it, the owner right before, the plant
    (达产后…), the alliance its members found, the lender of a count of borrowers."""
    lender = lender_of_clause(ctx, clause, fig)
    if lender is not None:
        return lender, None
    named = pointed_back_at(ctx, clause, fig)
    if named is not None:
        return named, None
    inside = [x for x in ctx.mentions_in(clause.start, clause.end) if x.start <= clause.start + fig.start
              and clause.start + fig.end < x.end and x.entity.has("Project")]
    if inside:
        return inside[0].entity, None  # 年产3万吨X项目: the capacity named in a project's name is the project's
    own = owner_right_before(ctx, clause, fig)
    if own is not None:
        return own, None
    if cs is None and _AFTER_OUTPUT_RE.match(clause.text):
        # X项目总投资N,达产后年产值可达M: what the plant yields once at full output is the project's
        _, sent, _, _ = ctx.doc.clause_at(clause.start)
        plants = [x.entity for x in ctx.mentions_in(sent.start, clause.start)
                  if x.entity.has("Project") and not x.entity.has("Enterprise")]
        if plants:
            return plants[-1], None
    if fig.unit in ("家", "个", "所"):
        fm = _FOUNDERS_RE.match(clause.text, fig.end)
        if fm is not None:
            founded = [x for x in ctx.mentions_in(clause.start + fm.end(), clause.start + fm.end() + 16)
                       if x.entity.has("Alliance")]
            if founded:
                return founded[0].entity, None  # N家企业组建B联盟: the alliance's founding members
    return None


def _subject_after_figure(ctx: Context, clause: Clause, fig: Figure, cs: Mention | None, current: Entity | None,
                          cataphor: Entity | None) -> tuple[Entity | None, str | None] | None:
    """A name right after the figure or its 的-phrase, a project invested in, an industry whose figure it is."""
    tail = clause.text[fig.end:]
    m = _RE3.match(tail)
    if m:
        after = [x for x in ctx.mentions_in(clause.start + fig.end + m.end(), clause.end)
                 if x.start == clause.start + fig.end + m.end()]
        if after and after[0].entity.has(*MODIFIED_CLASSES) and not (
                after[0].entity.classes == {"Product"} and _CAPACITY_BEFORE_RE.search(clause.text[: fig.start])):
            return after[0].entity, None
    direct = [x for x in ctx.mentions_in(clause.start + fig.end, clause.end) if x.start == clause.start + fig.end]
    if direct and direct[0].entity.has("Product") and cs is not None and cs.end <= clause.start + fig.start \
            and re.compile(r"(?:生产线|产线|装置)").match(ctx.doc.flat, direct[0].end):
        direct = []  # A年产N吨P生产线: the capacity of A's line, A's figure
    if direct and direct[0].entity.has("Project", "Product") and not (
            direct[0].entity.has("Product") and not direct[0].entity.has("Project")
            and _CAPACITY_BEFORE_RE.search(clause.text[: fig.start])):
        return direct[0].entity, None  # 3.5微米铜箔…, 年产2万吨X项目…; but <maker>年产N吨P生产线: the maker's
    # A投资N(亿元)建设B项目: the investment is the project's
    if _RE4.search(clause.text[max(0, fig.start - 5):fig.start]):
        verb = _RE5.match(clause.text[fig.end:])
        if verb:
            proj = [x for x in ctx.mentions_in(clause.start + fig.end + verb.end(), clause.end)
                    if x.entity.has("Project") and not _RE17.search(ctx.doc.flat[clause.start + fig.end:x.start])]
            if proj and proj[0].start - (clause.start + fig.end + verb.end()) <= 16:
                return proj[0].entity, None
    # A出资N(参与)设立B基金: the contribution is to the fund
    if clause.text.endswith("出资", 0, fig.start) or clause.text.endswith("认缴", 0, fig.start):
        verb = _CONTRIBUTES_TO_RE.match(clause.text, fig.end)
        at = clause.start + verb.end() if verb else clause.end
        fund = [x for x in ctx.mentions_in(at, clause.end) if x.entity.has("Funder") and not x.entity.has("Enterprise")]
        if fund and fund[0].start - at <= 16:
            return fund[0].entity, None
    # <maker>年产N吨<modifiers>项目…: a figure inside the noun phrase a project name closes is the project's
    inner = [x for x in ctx.mentions_in(clause.start + fig.end, min(clause.end, clause.start + fig.end + 24))
             if x.entity.has("Project") and _RE15.fullmatch(ctx.doc.flat[clause.start + fig.end:x.start])]
    if inner and not _RE11.search(ctx.doc.flat[clause.start + fig.end:inner[0].start]):
        return inner[0].entity, None
    # <zone>X产业实现营业收入N: the figure is the industry's
    inds = [x for x in ctx.mentions_in(clause.start, clause.start + fig.start) if x.entity.has("Industry")]
    if inds and _RE6.fullmatch(ctx.doc.flat[inds[-1].end:clause.start + fig.start]):
        return inds[-1].entity, None
    return None


def _subject_of_clause(ctx: Context, clause: Clause, fig: Figure, cs: Mention | None, current: Entity | None,
                       cataphor: Entity | None) -> tuple[Entity | None, str | None] | None:
    """The clause's own subject (or the body it builds), an alliance's members, a product, a project's time."""
    if cs is not None and cs.start < clause.start + fig.start:
        # A规划建设的B占地N / A打造的B产值N: the figure is B's
        built = [x for x in ctx.mentions_in(cs.end, clause.start + fig.start) if x.start > cs.end]
        if built and built[0].entity.has("Park", "Project", "Platform", "Cluster", "Enterprise") \
                and _RE12.fullmatch(ctx.doc.flat[cs.end:built[0].start]):
            return built[0].entity, None
        return cs.entity, None
    if cs is None and _RE7.search(clause.text[: fig.start].replace("约", "")):
        _, sent, _, _ = ctx.doc.clause_at(clause.start)
        alliances = [x.entity for x in ctx.mentions_in(sent.start, clause.start + fig.start) if x.entity.has("Alliance")]
        if alliances:
            return alliances[-1], None
    products = [x for x in ctx.mentions_in(clause.start, clause.start + fig.start) if x.entity.has("Product")
                if not _RE16.search(ctx.doc.flat[clause.start:x.start])]
    if products and cs is None and (current is None or not current.has("Enterprise")) and fig.unit not in output_units():
        # (but X…,2025年<product>产量N: the company's output of the product; 主要产品产量:<product>N台: the
        # zone's output of the product, as an industry's)
        return products[-1].entity, None
    if fig.unit in ("个月", "天") and cs is None:
        # 注资让<phase>项目前期工作提前了N个月: a time gained by a project named by the tail of its name
        before = ctx.doc.flat[clause.start:clause.start + fig.start]
        for pm in reversed(ctx.mentions_in(max(0, clause.start - 600), clause.start)):
            name = pm.entity.name
            if pm.entity.has("Project") and not pm.entity.has("Enterprise") and any(
                    name[-n:] in before for n in range(len(name), 3, -1)):
                return pm.entity, None
    if fig.unit in ("个月", "天") and cs is None and _LIFECYCLE_RE.search(ctx.doc.flat[clause.start:clause.start + fig.start]):
        # 从签约到投产只用了N个月: the time between a project's stages is the last project's named
        for pm in reversed(ctx.mentions_in(max(0, clause.start - 600), clause.start)):
            if pm.entity.has("Project") and not pm.entity.has("Enterprise", "Funder"):
                return pm.entity, None
    if fig.unit == "个月" and cs is None:
        nxt = [c for c in clauses_after(ctx, clause)]
        if nxt:
            ncs = clause_subject(ctx, nxt[0])
            if ncs is not None:
                return ncs.entity, "duration attributed to the subject of the next clause"
    return None


def _subject_of_scope(ctx: Context, clause: Clause, fig: Figure, cs: Mention | None, current: Entity | None,
                      cataphor: Entity | None) -> tuple[Entity | None, str | None] | None:
    """全市地区生产总值N, 明年全市将新增…N: a clause opened by the scope word of a city (county, province)."""
    place = scope_place(ctx, clause, fig, cs)
    if place is None and cs is None and current is None:
        # 全市地区生产总值N,增长M;一般公共预算收入K…: the sentence's later segments stay with the city
        _, sent, _, _ = ctx.doc.clause_at(clause.start)
        before = [o for o in ctx.obs_from(sent.start) if o.clause_start < clause.start]
        if before and before[-1].review is None and before[-1].subject.has("Place") \
                and not before[-1].subject.has(*SUBJECT_CLASSES):
            place = before[-1].subject
    return (place, None) if place is not None else None


def scope_place(ctx: Context, clause: Clause, fig: Figure, cs: Mention | None) -> Entity | None:
    """The city (county, province) whose scope word 全市 (全县, 全省) opens the clause before the figure: the
    place of that level the title names, else the only one drafted (none when it is unclear)."""
    m = _SCOPE_OPENER_RE.match(clause.text)
    if m is None or m.end() > fig.start or (cs is not None and cs.start < clause.start + fig.start):
        return None
    places = [e for e in ctx.table.entities if e.has("Place") and not e.has(*SUBJECT_CLASSES)
              and e.name.endswith(m.group(1)) and len(e.name) >= 3]
    title = ctx.doc.paragraphs[0].text if ctx.doc.paragraphs else ""
    named = [e for e in places if any(n in title for n in e.names())]
    chosen = named if named else places
    return chosen[0] if len(chosen) == 1 else None


def _subject_from_context(ctx: Context, clause: Clause, fig: Figure, cs: Mention | None, current: Entity | None,
                          cataphor: Entity | None) -> tuple[Entity | None, str | None] | None:
    """No subject in the clause: the technology measured, the running subject, a speaker, a heading, the zone."""
    tech = technology_measured(ctx, clause, fig) if cs is None else None
    if tech is not None:
        return tech, None
    if current is not None:
        return current, None
    speaker = quote_speaker(ctx, clause)
    if speaker is not None:
        return speaker, "figure inside a quotation: attributed to the speaker's organisation"
    if cataphor is not None:
        return cataphor, "subject taken from a later 出自… sentence of the paragraph"
    if ctx.answer_for is not None:
        return ctx.answer_for, "an interview answer without a subject: the body the speaker stands for"
    if ctx.heading_topic is not None:
        return ctx.heading_topic, "no grammatical subject in the sentence; the body the section heading names"
    if ctx.main_zone is not None:
        return ctx.main_zone, ctx.main_zone_note
    return None


def technology_measured(ctx: Context, clause: Clause, fig: Figure) -> Entity | None:
    """攻克了<X>晶圆制备技术,晶圆良率提升至N%: a clause without a subject that measures a word
    of the technology the clause before names is the technology's figure."""
    _, sent, _, _ = ctx.doc.clause_at(clause.start)
    techs = [m for m in ctx.mentions_in(sent.start, clause.start) if m.entity.has("Technology")]
    if not techs or not _TECH_ACHIEVED_RE.search(ctx.doc.flat[max(sent.start, techs[-1].start - 8):techs[-1].start]):
        return None
    head = _LEADING_NOUN_RE.match(clause.text.lstrip())
    if head is None:
        return None
    word = head.group(0)
    name = techs[-1].entity.name
    return techs[-1].entity if any(word[:n] in name for n in range(len(word), 1, -1)) and word[:2] in name else None


def owner_right_before(ctx: Context, clause: Clause, fig: Figure) -> Entity | None:
    """The project, fund or talent programme named right before the figure, with only the
    attribute it states of itself in between: the figure is that body's own."""
    ms = ctx.mentions_in(clause.start, clause.start + fig.start)
    if not ms:
        return None
    last = ms[-1]
    between = ctx.doc.flat[last.end:clause.start + fig.start]
    ent = last.entity
    if ent.has("Project") and not ent.has("Enterprise") and _PROJECT_ATTR_RE.fullmatch(between) and between:
        return ent
    if ent.has("Funder") and not ent.has("Enterprise") and fig.unit in money_units() \
            and _FUND_ATTR_RE.fullmatch(between):
        return ent
    if ent.has("TalentProgram") and fig.unit in ("个", "项", "家"):
        # “X计划”全年引进领军人才项目N个: what the programme brings in, counted in projects or teams
        lead = _RE8.sub("", ctx.doc.flat[clause.start:last.start])
        return ent if (not lead or _PROGRAMME_OWNER_RE.fullmatch(lead)) and _PROGRAMME_ACTS_RE.fullmatch(between) else None
    if ent.has("TalentProgram") and fig.unit in ("名", "人", "位"):
        # “X计划”N名入选者之一: the programme's own count; a clause opened by the programme that
        # selects (“X计划”全年入选领军人才N名) too; “X计划”入选者N人 counts the zone's selectees
        tail = ctx.doc.flat[clause.start + fig.end:clause.end]
        if not between.strip("”\"") and _RE13.match(tail):
            return ent
        lead = _RE8.sub("", ctx.doc.flat[clause.start:last.start])
        # the programme opens the clause, after at most its owner (<市/盟/省>“X计划”…, <zone>“X计划”…)
        owner = [x for x in ms[:-1] if x.entity.has("Place", "Zone") and x.surface == lead]
        opened = not lead or bool(owner) or bool(_PROGRAMME_OWNER_RE.fullmatch(lead))
        if opened and _RE14.search(between) and _PROGRAMME_COUNT_RE.fullmatch(between):
            return ent
        if opened and _PROGRAMME_ACTS_RE.fullmatch(between):
            return ent  # <owner>“X计划”年内共评选入选者N人 / 全年引进境外人才N名: the programme selects or brings them in
    return None
