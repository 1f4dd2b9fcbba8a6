"""The subject of a clause: the entity a clause is about (its opening name, a head-noun anaphor
研究院现有…, a short form 中试基地…, the B of A实施的B…)."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.common import HEADS, ORG_CLASSES, SUBJECT_CLASSES, YEAR_RE
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.figures import find_figures
from graph.extract.segment import tokens
from graph.extract.text import ITEM_MARK_RE, Clause, Paragraph

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"(?:[、和与及][^,;。]{1,30}?)?等[^,;。]{0,8}?(?:\d+|[两二三四五六七八九十百]+)余?(?:家|个|名|项|人|位)")
_RE1 = re.compile(r"(年初|年底|年末|上半年|下半年)")
_RE2 = re.compile(r"^(?:我们|我区|我园|我市|本区|本园)(?:的)?(?=$|由)")
_RE3 = re.compile(r"(?:该|这个|这家|这一|此)(?=园区|园|平台|中心|项目|基地|联盟|集群|研究院|实验室)")
_RE4 = re.compile(r"(?:\d+|[两二三四五六七八九十百]+)余?(?:个|项)")
_RE5 = re.compile(r"(?:签约|引进|落地|开工|新建|在建|投产|建成|落户|获批)的$")
_RE6 = re.compile(r"[^,,;;。]{0,8}?的")
_RE7 = re.compile(r"[,;:\s]+$")
_RE8 = re.compile(r"[\d,;]")
_RE9 = re.compile(r"(?:[(][^()]{0,24}[)])?的?")
_RE10 = re.compile(r"[的、和与及]")
_RE11 = re.compile(r"[\d,;:]")
_RE12 = re.compile(r"(?:主导|重点|打造|建设|生产|研发)的$")
_RE13 = re.compile(r"[。!?!?”\"…);;,,]$")
_RE14 = re.compile(r"[,;:。\d]")
_RE15 = re.compile(r"^(?:其中|同时|此外|如今|当前)")
_RE16 = re.compile(r"(?:主导|重点|打造|建设)的$")
_RE17 = re.compile(r"[的与和、]")
# word lists longest first, sorted once (not per clause)
_OPENERS = tuple(sorted(lx.SKIPPABLE_OPENERS, key=len, reverse=True))
# (大赛共吸引N个项目报名: an event's head noun points back at the event like a body's)
_EVENT_HEADS = ("大赛", "峰会", "论坛", "博览会", "展会", "交易会")
_HEADS = tuple(sorted((*HEADS, *_EVENT_HEADS), key=len, reverse=True))
_DEMO_HEADS = tuple(sorted((*HEADS, "园区", "园", "平台", "实验室"), key=len, reverse=True))

_ROLE_HEAD_RE = re.compile(r"^(?:\d{4}年)?(?:集群|产业园|园区|集团|公司|[\u4e00-\u9fff]{2,10}?(?:旗下|下属))?(?:的)?"
                           r"(?:龙头企业|龙头|链主企业|链主|子公司|控股子公司)$"
                           r"|^(?:\d{4}年)?(?:区属|市属|省属|县属|园区所属)(?:国企|国有企业|平台公司|国有平台|企业)?$"
                           r"|^(?:\d{4}年)?(?:集团|公司|企业)(?:旗下|下属)的?$")

# a period word opening a clause (全年集群产值…): skipped when looking for a head-noun anaphor
_TIME_OPENER_RE = re.compile(r"^(?:全年|上半年|下半年|年内|年初|年底|年末|今年以来|一季度|前三季度|当年|同期|截至目前|目前|现)")

# a clause of circumstance (随着…, 在…下, 得益于…): what it names is no subject of the clauses after it
_CIRCUMSTANCE_RE = re.compile(r"\s*(?:随着|伴随着?|得益于|受益于|借助|依托|通过|凭借|在[^,;。]{2,30}(?:下|推动下|带动下|支持下|帮助下))")

# the attributive phrase before a park's or cluster's name that opens a clause: its size (规划面积N亩的)
# or the scope that builds it (全区着力打造的)
_MODIFIER_HEAD_RE = re.compile(r"(?:(?:(?:规划|占地|建筑|用地)?面积|占地|总投资|投资|(?:总|首期|基金)?规模)(?:约|达到|达|为|超过|近)?"
                               r"(?:\d+(?:\.\d+)?|[两二三四五六七八九十百千]+)(?:万|千)?"
                               r"(?:亩|平方米|平方公里|公顷|亿元|万元)"
                               r"|(?:全区|全市|全县|园区|我区|高新区|经开区|开发区)?(?:着力|重点|倾力|全力|集中|加快)?"
                               r"(?:打造|培育|建设|规划建设))的")

# 对新落户的X项目,给予…: a clause that is only the object of 对/针对 names whom a measure is for, not a subject
_TARGET_CLAUSE_RE = re.compile(r"\s*(?:对于|针对|对)(?![外接标话比])[^,;。]{2,40}[,;]?\s*$")

_CATEGORY_APPOSITION_RE = re.compile(
    r"^(?!与|和|同|为|向|对|帮|支持|推动|引进|吸引|服务|带动|让|使|助力|通过|依托|联合|由|被|将|把|在|从|比|跟|围绕|包括|如)"
    r"[\u4e00-\u9fff“”\"]{0,14}(?:企业|公司|制造商|供应商|服务商|运营商|生产商|厂商|开发商)$")

_PLATFORM_CATEGORY_RE = re.compile(r"[\u4e00-\u9fff“”\"]{0,10}(?:孵化器|加速器|众创空间|创新平台|公共服务平台|平台|载体)[“\"]?|园区|区内")

_OWNED_BETWEEN_RE = re.compile(r"(?:的|旗下的?|下属的?)?(?:全资|控股|参股)?(?:子公司|孙公司|企业|公司|工厂|基地|生产基地|研发中心|研究院)")

_SCOPE_DETERMINER_RE = re.compile(r"^(?:全区|全市|全县|全省|全园|园区内?|区内|开发区内?)(?:的)?$")

_PAREN_ALIAS_RE = re.compile(r"[(][^()]{0,30}[)]")

# 一期10万吨已投产 / 二期将新增产能N / 其中一期投资N: a project's phase opening the clause
_PHASE_OPENER_RE = re.compile(r"(?:其中)?(?:一|二|三|四|首)期(?!间|内|末|刊|规模|募集|出资|基金)")

# A投资建设的B / A出资建设的B: B, the thing built with A's money, is what the clause is about
_INVESTED_BUILT_RE = re.compile(r"(?:投资|出资|投建|独资)建设的$")

# 由A(与B)共建的C揭牌: a clause opened by 由 (after a time word) names the builders of the body it launches
_BUILT_BY_OPENER_RE = re.compile(r"\s*(?:同日|当天|当日|近日|日前|目前|今年|(?:19|20)\d{2}年)?[,]?由")
# the launch of a body just built, and nothing else, closing the clause (揭牌, 投入运行, 正式启用)
_LAUNCHED_RE = re.compile(r"(?:正式|已|已经|顺利|日前|近日|于(?:今年|本月|上月)?\d{1,2}月(?:\d{1,2}日)?(?:份)?)*"
                          r"(?:揭牌|挂牌|成立|投入运行|投入使用|投运|启用|运行|开园|开业|落成|建成|开工|竣工|投产|"
                          r"落户[^,;。\d]{0,6}|亮相|上线)(?:运营|运行|建设)?[,;。]?\s*")

# <zone>配套(的)B / <zone>的B / <zone>内B: the zone's name as a scope of the body named after it
_ZONE_SCOPE_BETWEEN_RE = re.compile(r"(?:内|的|配套的?|下属的?|旗下的?|所属的?)?")

# 第一个是 / 第二项是 / 其三是 / 一是: an enumeration's ordinal naming its item
_ORDINAL_IS_RE = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}(?:个|项|家|条|批|类)?|其[一二三四五六七八九十]"
                            r"|[一二三四五六七八九十]{1,2})是")

# X项目二期: a project named with its phase is still pointed back at by 该项目/项目
_PROJECT_PHASE_RE = re.compile(r"项目[一二三四五首]期$")

_SET_UP_BEFORE_RE = re.compile(r"(?:设立|建设|新建|投资建设|布局|落地|引进|打造)(?:了)?$")


def made_by_first(ctx: Context, first: Mention, rest: list[Mention]) -> Mention | None:
    """"A<verb…>的B…" opening a clause: B, not A, is what the clause is about (A实施的B项目总投资…,
    A孵化的B获…, <place>的B…, A(的)全资子公司B…)."""
    for nxt in rest:
        between = ctx.doc.flat[first.end:nxt.start]
        if first.entity.has("Place") and not first.entity.has(*SUBJECT_CLASSES) and between == "的" \
                and nxt.entity.has(*SUBJECT_CLASSES):
            return nxt  # (位于/来自)<place>的B…: B is the subject
        if first.entity.has("Enterprise") and nxt.entity.has("Enterprise", "Platform") and _OWNED_BETWEEN_RE.fullmatch(between):
            return nxt  # A(的)(全资)子公司B…, A下属企业B…: B is the subject
        between = _PAREN_ALIAS_RE.sub("", between)  # A(以下简称“A'”)实施的B: the alias is no part of the verb phrase
        if between.endswith("的") and 1 < len(between) <= 14 and not _RE14.search(between) \
                and nxt.entity.has(*SUBJECT_CLASSES) and (not _RE16.search(between)
                                                           or _INVESTED_BUILT_RE.search(between)):
            return nxt
    return None


def clause_subject(ctx: Context, clause: Clause) -> Mention | None:
    text = clause.text
    if _CIRCUMSTANCE_RE.match(text) and not find_figures(text):
        return None  # 随着A项目投产,园区…N / 在A的带动下,…: a circumstance names no subject
    if "对" in text and _TARGET_CLAUSE_RE.match(text) and not find_figures(text):
        return None  # 对新落户的X项目,按…给予补助N: the beneficiary of a measure, not the clause's subject
    ms = ctx.mentions_in(clause.start, clause.end)
    anaphor = head_anaphor(ctx, clause)
    if ms and ms[0].entity.has("Enterprise") and _ROLE_HEAD_RE.match(
            _TIME_OPENER_RE.sub("", _RE15.sub("", text[: ms[0].start - clause.start].lstrip()))):
        if len(ms) > 1 and ctx.doc.flat[ms[0].end:ms[1].start] == "的" and ms[1].entity.has("Project", "Platform", "Park"):
            return ms[1]  # 链主企业A的B项目二期建成投产: B is what the clause is about
        return ms[0]  # 集群龙头X…, 集团子公司X…
    if anaphor is not None:
        return anaphor
    if not ms:
        return None
    if _scoped_by_zone(ctx, clause, ms):
        return ms[1]  # <zone>(配套的)B…: the zone's name scopes B, the body the clause is about
    if ms[0].entity.has("Project") and _RE4.match(text[ms[0].end - clause.start:]):
        return None  # 签约项目23个: projects counted, not a project's own figure
    if _RE0.match(text[ms[0].end - clause.start:]):
        return None  # A、B等N家企业…, A等龙头企业N家: A is an example of the counted, not the subject
    category = _TIME_OPENER_RE.sub("", YEAR_RE.sub("", text[: ms[0].start - clause.start]).lstrip(" ,"))
    if ms[0].entity.has("Enterprise") and _CATEGORY_APPOSITION_RE.match(category) \
            and not tokens(category)[0][3].startswith("v"):
        # 高新技术企业X…, 园区“小巨人”企业X…: a category noun in apposition to the name (成立…公司X: not);
        # 外资企业X投资建设的B…: still B
        return made_by_first(ctx, ms[0], ms[1:]) or ms[0]
    if len(ms) > 1 and ms[0].entity.has("Product", "Industry") and ms[1].entity.has("Enterprise") \
            and _CATEGORY_APPOSITION_RE.match(category + ctx.doc.flat[ms[0].start:ms[1].start]):
        return ms[1]  # <product>制造商X营收N: the product names the maker's kind, X is the subject
    if ms[0].entity.has("Platform", "Park") and _PLATFORM_CATEGORY_RE.fullmatch(category) \
            and not tokens(category)[0][3].startswith("v"):
        return ms[0]  # 园区孵化器X在孵企业N: the kind of body in apposition to its name
    first = ms[0]
    head_noun = _head_of_noun_phrase(ctx, clause, ms[-1])
    if head_noun is not None:
        return head_noun
    # "A<verb…>的B…": B is what the clause is about (A实施的B项目总投资…, A孵化的B获…)
    if len(ms) >= 2 and ms[0].start - clause.start <= 6:
        nxt = ms[1]
        if first.entity.has("Enterprise") and nxt.entity.has("Project", "Park") and not nxt.entity.has("Enterprise") \
                and _RE9.fullmatch(ctx.doc.flat[first.end:nxt.start]) \
                and re.compile(r"(?:已经?|正在?|将|于|全面|建成|投产|开工|竣工|满负荷)").match(ctx.doc.flat, nxt.end):
            return nxt  # A(简称…)B基地已于11月投产,年产能N: the plant B is what the clause is about
        made = made_by_first(ctx, first, ms[1:])
        if made is not None:
            return made
    # 龙头企业交出成绩单——A营收大增N: a headline dash opens the clause's subject
    head = text[: first.start - clause.start].rsplit("——", 1)[-1]
    head = YEAR_RE.sub("", head) if "年" in head else head
    head = _RE1.sub("", head)
    for opener in _OPENERS:
        head = head.replace(opener, "")
    head = head.strip(" “”\"")
    # 我们的X…, 我区X…: a first person (the zone speaking) before the name is no part of the subject
    head = _RE2.sub("", head)
    if _MODIFIER_HEAD_RE.fullmatch(head) and first.entity.has("Park", "Cluster", "Platform", "Project", "Funder") \
            and not first.entity.has("Enterprise", "Product") \
            and not _RE10.match(ctx.doc.flat[first.end:first.end + 1]):
        return first  # 规划面积N亩的B已入驻企业M家, 全区着力打造的B集群实现产值N, 总规模N的B基金已…: B is the topic
    if head.endswith("的") and len(head) <= 16 and not _RE11.search(head) and first.entity.has("Enterprise") \
            and not _RE12.search(head):
        return first  # 高新区内的X…, 园区引进的X…
    if head.endswith("的") and len(head) <= 8 and not _RE11.search(head) \
            and first.entity.has("Project", "Platform", "Park") and not first.entity.has("Product") \
            and _RE5.search(head):
        return first  # 签约的X项目由A投资建设,总投资N: the project is the topic
    if first.entity.has("Cluster", "Park") and not first.entity.has("Enterprise"):
        head = _SCOPE_DETERMINER_RE.sub("", head)  # 全区X产业集群集聚企业N家: the scope word points at the cluster
    if head == "由" and _RE6.match(text[first.end - clause.start:]):
        head = ""  # 由A投资建设的B…: A is the agent named first (由A领投…: not a subject)
    if _ORDINAL_IS_RE.fullmatch(head) and first.entity.has(*SUBJECT_CLASSES) and not first.entity.has("Person"):
        return _enumerated_item(ctx, ms)
    if head in ("", "在") and first.entity.has(*SUBJECT_CLASSES):
        if head == "在" and not text[first.end - clause.start:].startswith(("的", ",")):
            return None
        return first
    return None


def _enumerated_item(ctx: Context, ms: list[Mention]) -> Mention:
    """第一个是X项目,总投资N / 二是A公司X项目,…: the item an enumeration names (A's project before A)."""
    first, second = ms[0], (ms[1] if len(ms) > 1 else None)
    if second is not None and first.entity.has("Enterprise") and second.entity.has("Project") \
            and ctx.doc.flat[first.end:second.start] in ("", "的"):
        return second
    return first


def _scoped_by_zone(ctx: Context, clause: Clause, ms: list[Mention]) -> bool:
    """<zone>配套B / <zone>下属B opening the clause: the zone's name scopes the body B."""
    return len(ms) > 1 and ms[0].entity.has("Zone") and ms[1].entity.has("Park", "Platform", "Project", "Cluster") \
        and not ms[1].entity.has("Enterprise", "Zone") and ms[0].start - clause.start <= 2 \
        and _ZONE_SCOPE_BETWEEN_RE.fullmatch(ctx.doc.flat, ms[0].end, ms[1].start) is not None


def _head_of_noun_phrase(ctx: Context, clause: Clause, last: Mention) -> Mention | None:
    """A clause that is one noun phrase "…的B," (由A牵头建设的B,…), or one that launches it (由A与B共建的B揭牌,…):
    its head B is the topic."""
    text = clause.text
    if not last.entity.has(*SUBJECT_CLASSES) or ctx.doc.flat[last.start - 1:last.start] != "的" \
            or _RE8.search(text, 0, last.start - clause.start):
        return None
    if not _RE7.sub("", text[last.end - clause.start:]):
        return last
    if _BUILT_BY_OPENER_RE.match(text) and _LAUNCHED_RE.fullmatch(text, last.end - clause.start):
        return last  # 由A与B共建的C揭牌/于9月开工,…: C, launched, is what the clauses after are about
    return None


def head_anaphor(ctx: Context, clause: Clause) -> Mention | None:
    """A clause opened by a bare head noun (研究院现有…, 项目占地…, 基地负责人…, 集团将…)
    is about the last entity named with that head."""
    text = (YEAR_RE.sub("", clause.text) if "年" in clause.text else clause.text).lstrip()  # (a year is written with 年)
    for opener in _OPENERS if text.startswith(_OPENERS) else ():
        if text.startswith(opener):
            text = text[len(opener):]
    text = _TIME_OPENER_RE.sub("", text)
    if _PHASE_OPENER_RE.match(text) and not ctx.mentions_in(clause.start, clause.start + len(clause.text) - len(text) + 4):
        # X项目分两期建设,一期N吨已投产,二期…: a phase opening the clause is the project's last named
        before = [m for m in ctx.mentions_in(max(0, clause.start - 300), clause.start)
                  if m.entity.has("Project", "Funder") and not m.entity.has("Enterprise")]
        if before and before[-1].entity.has("Project") and not before[-1].entity.has("Funder"):
            return before[-1]  # (a fund's 首期规模 is the fund's: the fund is named last)
    demo = _RE3.match(text)
    heads: tuple[str, ...] = _HEADS
    if demo:
        # 该园/该中心/该项目…: a demonstrative before a head noun points back like the bare head
        text = text[demo.end():]
        heads = _DEMO_HEADS
    for head in heads if text.startswith(heads) else ():
        if not text.startswith(head):
            continue
        if ctx.mentions_in(clause.start, clause.start + len(clause.text)) and \
                ctx.mentions_in(clause.start, clause.end)[0].start - clause.start <= len(clause.text) - len(text):
            return None
        if head == "公司" and ctx.answer_for is not None and ctx.answer_for.has("Enterprise"):
            at = clause.start + len(clause.text) - len(text)  # 去年公司营收N, in a company head's answer: the company
            return Mention(at, at + 2, ctx.answer_for, "公司")
        bare = head.removesuffix("内")
        bare = "产业园" if bare in ("园", "园区") else bare
        bare = "创新平台" if bare == "平台" else bare
        prior = [m for m in ctx.mentions_in(clause.start - 600, clause.start)
                 if (m.entity.name.endswith(bare) or (bare == "项目" and _PROJECT_PHASE_RE.search(m.entity.name))
                      or (bare == "产业园" and m.entity.has("Park"))
                      or (bare == "创新平台" and m.entity.has("Platform"))
                      or (bare == "公司" and m.entity.has("Enterprise") and not m.entity.has("Funder")))
                 and not m.entity.has("Photo")]
        if head == "园内":
            prior = [m for m in ctx.mentions_in(clause.start - 600, clause.start)
                     if m.entity.has("Park")]
        if bare in ("集团", "公司"):
            # X集团Y生产基地…, 集团子公司Z: the group opens the base's name
            for m in ctx.mentions_in(clause.start - 600, clause.start):
                if m.entity.name.endswith(bare):
                    continue
                owner = ctx.table.get(m.entity.name[: m.entity.name.find(bare) + len(bare)]) if bare in m.entity.name else None
                if owner is not None and owner.has("Enterprise") and m.entity.name.endswith("基地"):
                    prior = [x for x in prior if x.start > m.start]
                    prior.insert(0, Mention(m.start, m.start + len(owner.name), owner, owner.name))
        if not prior and bare == "项目":
            # 在区内设立X研发中心,项目总投资N: the project is the body the clause before sets up
            _, sent, _, _ = ctx.doc.clause_at(clause.start)
            set_up = [m for m in ctx.mentions_in(sent.start, clause.start)
                      if m.entity.has("Platform", "Park", "Project") and not m.entity.has("Enterprise")
                      and _SET_UP_BEFORE_RE.search(ctx.doc.flat[max(sent.start, m.start - 6):m.start])]
            return set_up[-1] if set_up else None
        return prior[-1] if prior else None
    return short_form(ctx, clause, text)


def short_form(ctx: Context, clause: Clause, text: str) -> Mention | None:
    """A clause opened by the tail of a body's name (中试基地… after Y中试基地, 孵化园…
    after X科创孵化园) is about that body."""
    ms = ctx.mentions_in(clause.start, clause.end)
    if ms and ms[0].start - clause.start <= len(clause.text) - len(text):
        return None
    best: Mention | None = None
    size = 0
    if len(text) < 3 or text[:3] not in ctx.mentioned_names():
        return None
    for m in ctx.mentions_in(max(0, clause.start - 600), clause.start):
        name = m.entity.name
        if text[:3] not in name[2:]:
            continue
        if not m.entity.has("Platform", "Park", "Alliance", "Project", "Cluster") or m.entity.has("Photo"):
            continue
        for n in range(len(name) - 2, 2, -1):
            if text.startswith(name[-n:]) and n >= size and not _RE17.match(text[n:n + 1]):
                best, size = m, n
                break
    return best


def heading(ctx: Context, para: Paragraph) -> bool:
    """A section heading: a short line after the byline without a sentence's end (【产业】, X:从…到…)."""
    # (a line ending on ; or , is an item of a list that runs on: ——A公司:生产B,年产能N;)
    # (2. <name> 产值N 增长M: a numbered row of figures is data, not a heading)
    return para.start >= ctx.byline_start and len(para.text) <= 40 \
        and not _RE13.search(para.text.rstrip()) \
        and not (ITEM_MARK_RE.match(para.text) and find_figures(para.text))


def speaks_for(ctx: Context, person: Entity) -> Entity | None:
    """The body a person is a member of (管委会主任B → the zone, 公司董事长B → the company), else the zone."""
    bodies = [r["object"] for r in ctx.relations if r["subject"] is person and r["predicate"] == "memberOf"
              and r["object"].has(*ORG_CLASSES)]
    return bodies[0] if bodies else ctx.main_zone
