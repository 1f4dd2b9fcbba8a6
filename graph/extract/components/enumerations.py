"""Lists: A、B等N家企业, 以A、B为主导产业, 形成A—B—C产业链, 主要生产A、B…: the items become
entities, and the list is remembered (``ctx.enums``) for the relation rules."""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.extract import lexicon as lx
from graph.extract.components.leading_industry import one_leading_industry
from graph.extract.components.list_items import LEAD_IN_RE, enum_entities, split_items, strip_opening_subject, strip_opening_verb
from graph.extract.components.names import whole_chain_links
from graph.extract.context import Context
from graph.extract.entities import SHORT_CUE_REVIEW, Entity
from graph.extract.figures import find_figures
from graph.extract.segment import tokens

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"完成了?(首款|首台|首套|首个)?([\u4e00-\u9fff]{3,14}?)的(?:研发|研制|开发)")
_RE1 = re.compile(r"“([\u4e00-\u9fff]{3,18}(?:技术|工艺))”|(?:核心|关键)(?:技术|工艺)(?:是|为)?"
                         r"([\u4e00-\u9fff]{3,14}?(?:技术|工艺))(?=[,,。;;]|$)")
_RE2 = re.compile(r"([两二三四五六七八九十])大")
_RE4 = re.compile(r"上下游|上游|下游|产业链|配套|环节")
_RE5 = re.compile(r"^(和培育了?|出了?|了)")
_RE6 = re.compile(r"等[^、和及与]{0,10}$")
_RE7 = re.compile(r"^(?:该区|全区|园区|该市|全市|全县|全省|全年|今年|去年|上半年|前三季度)")
_RE8 = re.compile(r"等[^、,]{0,6}?配套")
_RE9 = re.compile(r"[、,]")
_RE12 = re.compile(r"\d")
_RE13 = re.compile(r"^[^、]*?(?:孵化|培育|引进|以|围绕|聚焦|发展|包括|涵盖|拥有|集聚|汇聚|服务|紧扣|锚定|瞄准|深耕|面向|覆盖)"
                   r"(?:出了?|了|于)?")
_RE14 = re.compile(r"(?:共建|建设|成立|设立|组建|打造|建成|培育|孵化|落地|拥有|形成|引进)(?:出了?|了)?")
_RE15 = re.compile(r"(?:引进|招引|引入|培育|拥有|集聚|汇聚|落地|包括|孵化)(?:了|出)?")
_RE16 = re.compile(r"^(?:了|等|为|在)")
_RE17 = re.compile(r"产品|技术|项目|工作|任务")
_RE18 = re.compile(r"^.*?为主导[、,,]?")
_RE19 = re.compile(r"等(领域|行业)?$")
_RE20 = re.compile(r"[、和及与]")
_RE21 = re.compile(r"\d|的|企业|产品$|业务")
_RE22 = re.compile(r"完整|全|条|的|整体|现代")
_RE23 = re.compile(r"(?:为|是|等)$")
_RE24 = re.compile(r"^(?:园区|全区|该区|我区|高新区|经开区|开发区)?(?:以|把|将)")
_RE25 = re.compile(r"等(?:关键|核心|共性|前沿|重大|多项)?(?:技术|工艺)$")
_RE26 = re.compile(r"为|提供|服务|打造|推动|发展|建设|做好|解决|帮助")
_RE27 = re.compile(r"关键|核心|共性|前沿|先进|新|相关")
_RE28 = re.compile(r"\d|的")
_RE29 = re.compile(r"产品|业务|服务|技术|的")
_RE30 = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:专用|用)([\u4e00-\u9fff]{3,12})")
_RE31 = re.compile(r"\d(?![\d.]*(?:英寸|纳米|微米|寸))")
_RE32 = re.compile(r"\d|的|企业|园区")
_RE33 = re.compile(r"(?:^|[。;;])[^。;;]{0,30}?(?:产业园|科学城|科技城|园区|集群|平台)[^,,。;;]{0,20}$")
_RE34 = re.compile(r"(?:等|产品)$")
_RE35 = re.compile(r"[和、,,。;;的]")
_RE36 = re.compile(r"^(?:研发|生产|制造|于)")
_RE37 = re.compile(r"(产业)?(集群|集聚区)$")
_RE38 = re.compile(r"[\d]")

_COUNTED_RE = re.compile(r"(?:^|(?<=[,。;:]))([^,,。;;:]{2,28}?、[^,,。;;:]{2,20}?)(?:[两二三四五六七八九十]|\d+)家"
                         r"(?:龙头|骨干|重点|链主|领军|配套|头部|上市|高新技术|科技型)?(企业|公司)")



_LOCAL_LIST_RE = re.compile(r"等(?:区内|园区内|园区)(?:[\d两二三四五六七八九十百余多]+家)?(?:[\u4e00-\u9fff]{0,4})?企业")

_ENUM_RE = re.compile(
    r"(?:以|围绕|开展|孵化|培育了?|孵化和培育了?|聚焦|发展|引进|包括|涵盖|拥有|汇聚|集聚|吸引|涌现出|如"
    r"|(?:^|(?<=[。;:!?,,]))(?=[^,,。;;:]{2,40}、))([^,,。;;:]{2,80}?)等"
    r"(?:[^,,。;;等]{0,6}?)(领域|产业(?!链)|行业|项目|产品|金融机构|企业|技术(?!企业|型)|平台|方向|生产线|产线)"
)

_INDUSTRY_FIGURE_RE = re.compile(r"(?:^|(?<=[,。;:]))(?:(?:19|20)\d{2}年)?(?:该区|全区|园区|该市|全市|全县|其中)?"
                                 r"([\u4e00-\u9fff]{4,14}?产业)(?=(?:实现|完成|全年)?(?:营业收入|工业总产值|总产值|产值|增加值"
                                 r"|主营业务收入|营收|规模))")

_FOCUS_RE = re.compile(r"以([^,,。;;]{2,40}?)为(?:重点|主攻方向|发展重点|核心)(?:的|(?=[,,;;。]))")

_LEADING_RE = re.compile(r"([两二三四五六七八九十])大主导产业[((]([^))]{2,60})[))]")

# (a change to a _LEADING*_RE pattern must keep the words _TYPED_LIST_NEEDS says every match holds)
_LEADING2_RE = re.compile(r"(?:确立了?|形成了?|明确了?|聚焦|发展|培育|构建|打造|以|围绕|壮大|做强|做大|做优|紧扣|锚定|瞄准|深耕)"
                          r"([^,。;:的()“”]{2,60}?)"
                          r"[两二三四五六七八九十]大(?:主导|支柱)产业"
                          r"|(?:重点发展|着力发展|大力发展|主攻|聚力发展)([^,。;:的]{2,60}?)[两二三四五六七八九十]大(?:主导|支柱|优势|特色|重点)?产业")

# A、B和C(,)是<zone>的三大主导产业 / A、B、C为该区支柱产业: the list opens the sentence
_LEADING6_RE = re.compile(r"([^,,。;;:：“”]{2,24}?(?:、|和|及|与)[^,,。;;:：“”]{2,50}?)[,,]?"
                          r"(?:是|为|构成|成为)了?[^,,。;;:]{0,16}?的?(?:[两二三四五六七八九十]大)?(?:主导|支柱)产业"
                          r"(?=[,,。;;!?!?]|$|之一)")

# …,A、B、C三大主导产业协同发力: a counted list opening a clause (no verb before it)
_LEADING8_RE = re.compile(r"(?:^|(?<=[,,。;;:)]))([^,,。;;:“”()的]{2,30}?(?:、|和|及|与)[^,,。;;:“”()的]{2,40}?)"
                          r"[两二三四五六七八九十]大(?:主导|支柱)产业")

# 服务/聚焦A、B等主导产业: an open list of the leading industries after a verb
_LEADING9_RE = re.compile(r"(?:紧扣|锚定|瞄准|深耕|服务|聚焦|围绕|壮大|做强|发展|培育)([^,,。;;:的()“”]{2,40}?、[^,,。;;:的()“”]{2,40}?)"
                          r"等(?:[两二三四五六七八九十]大)?(?:主导|支柱)产业")

# 以A、B为主导产业 (no count word): the list between 以 and 为
_LEADING7_RE = re.compile(r"以([^,,。;;:的()“”]{2,40}?(?:、|和|及|与)[^,,。;;:的()“”]{2,40}?)"
                          r"为(?:[两二三四五六七八九十]大)?(?:主导|支柱)产业")

# 形成“A—B—C—D”的X产业链 / 构建起“A+B+C”产业链: the chain's links, in order, named in quotes
_DASH_CHAIN_RE = re.compile(r"“([^“”,,。;;]{2,20}(?:[—–→－+＋][^“”,,。;;—–→－+＋]{2,20}){2,8})”"
                            r"(?:的|为主的|为主线的|全|完整)?([^,,。;;:“”]{0,14}?产业链)")

_DASH_SPLIT_RE = re.compile(r"[—–→－+＋]+")


# a company directory: ——<company>(<short>):生产A及B,… / 主营… / 专注X封装测试
_DIRECTORY_ITEM_RE = re.compile(r"[—–\-·•●■]*\s*([^:：,,。;;]{2,30}?)(?:[(（][^)）]{2,10}[)）])?[:：]\s*"
                                r"(?:主要)?(生产|主营|研发生产|研发、生产|制造|专注于?|主攻)([^,,。;;:：]{2,40})")

_TECH_ENDINGS = ("技术", "工艺", "封装测试", "测试", "设计", "研发", "服务")

_COUNT_BACKREF_RE = re.compile(r"(?<=[,,;;])([两二三四五六七八九十])大(?:主导|支柱|优势|特色)产业")

_INDUSTRY_FIG_CLAUSE_RE = re.compile(r"(?:^|(?<=[,,;;:]))(?:其中[,,]?)?([\u4e00-\u9fff]{2,10}?)产业"
                                     r"(?=(?:总产值|产值|营业收入|营收|增加值|规模|主营业务收入)(?:达到?|为|突破|超过|实现)?\d)")

# 围绕A和B两大产业(开展…) / 聚焦A、B三大产业: a counted list of industries (leading only when so called)
_COUNTED_INDUSTRY_RE = re.compile(r"(?:围绕|聚焦|立足|针对|面向|瞄准|依托)([^,,。;;:的“”()]{2,40}?(?:、|和|及|与)[^,,。;;:的“”()]{2,30}?)"
                                  r"[两二三四五六七八九十]大(?:产业|方向|领域|赛道)(?!链|园|集群|基地|联盟)")

_LEADING5_RE = re.compile(r"以([^,,。;;、]{2,20}?)为主导(?=[、,,]|的|产业)")

_LEADING3_RE = re.compile(r"主导产业(?:为|是|包括|主要有|有|涵盖)([^,。;:]{2,60})"
                          r"|主导产业[^,。;:]{0,8}:([^,。;:]{2,60}?、[^,。;:]{2,60}?)(?=产值|营业收入|营收|规模|分别|[,。;]|$)")

_CHAIN_RE = re.compile(r"(?:集聚|形成|涵盖|补齐|完善|覆盖|包括|构建|打通)了?([^,。;:]{2,60}?)等?(?:产业链)(?:关键)?环节"
                       r"|产业链([^,。;:]{2,60}?)等?环节"
                       r"|(?:集聚|形成|涵盖|覆盖|包括|落地|布局|引进|聚集|招引|延伸至|串联起|围绕|带动|吸引)了?"
                       r"([^,。;:]{2,30}?、[^,。;:]{2,40}?)等(?:上下游|关键|核心|重点)?环节"
                       r"|(?:集聚|形成|涵盖|覆盖|包括|落地|布局|引进|聚集|招引)了?([^,。;:]{2,30}?、[^,。;:]{2,40}?)等(?:上下游|产业链|配套)企业")

_FROM_TO_RE = re.compile(r"从([^,,。;;]{2,40}?)到([^,,。;;的]{2,12})的?")

_CHAIN2_RE = re.compile(r"形成了?([^。;]{2,120}?)等?(?:较为|比较|相对)?(?:完整|完善)的产业链")

_PRODUCT_RE = re.compile(r"(?:主要生产|主要产品为|主要产品有|主要产品包括|主营|产品涵盖|产品包括|产品主要有|产品覆盖"
                         r"|主导产品为|主导产品有|主导产品包括|主打产品为|主打产品有)([^,。;:]{2,50}?)(?:等产品|等|(?=[,。;:]|$))")

_MADE_RE = re.compile(r"(?:(?<=[,。;:])|^)[^,。;:]{0,30}?(?:研发|研制|生产|推出|制造|开发)的"
                      r"((?:[\d.]+[\u4e00-\u9fffA-Za-z]{1,3}(?=[\u4e00-\u9fff]{2}))?[\u4e00-\u9fffA-Za-z]{2,14}?)"
                      r"(?=已|获得|获|荣获|实现|填补|打破|入选|国内|市场|销量|产量|供不应求|畅销|热销|远销|销往|深受|广受|备受|[,。;:])")

_OWN_PRODUCT_RE = re.compile(r"(?:其|(?<![\u4e00-\u9fff)）])(?:公司|企业)|该公司|该企业)(?:自主|独立|联合)?(?:生产|研发|推出|制造|研制)的"
                             r"([^,。;:]{2,16}?)(?=国内|国际|全球|市场|年|产量|销量|产能|精度|出货|供不应求|畅销|热销|远销|销往|深受|广受"
                             r"|备受|填补|打破|实现|获得|荣获|入选|成功|[,。;:达已])")

# 专攻/主攻/专注于X: X is the company's product line
_SPECIALTY_RE = re.compile(r"(?:专攻|主攻|专注于|专注|专业生产|专业从事)([^,,。;;:、和与及]{2,16}?)"
                           r"(?:产品|的研发|的生产|研发|生产)?(?=[,,。;;]|$)")

# 其X已销往…/远销…/市场占有率…: X is the company's product
_SOLD_RE = re.compile(r"其([\u4e00-\u9fffA-Za-z]{2,12}?)(?=已销往|销往|已出口|出口至|出口到|远销|已远销|畅销|市场占有率|国内市场占有率)")

# 从A、B到C,链条…成形 / 覆盖从A到B的全产业链: A, B, C are chain segments
_CHAIN_SPAN_RE = re.compile(r"从([^,,。;;从到]{2,40}?)到([^,,。;;的]{2,12}?)(?:[,,][^,,。;;]{0,6}?(?:产业链|链条)"
                            r"|的?(?:全|完整)?(?:产业链|链条))")

# <park/cluster/platform>重点发展A、B和C: what the body focuses on
_PARK_FOCUS_RE = re.compile(r"(?:重点发展|主要发展|着力发展|重点布局|主攻|重点聚焦|聚焦发展|聚焦)"
                            r"([^,,。;;:的]{2,20}?(?:、|和|及)[^,,。;;:的]{2,40}?)"
                            r"(?:(?:等|[两二三四五六七八九十]大)(?:产业|领域|方向))?(?=[,,。;;]|$)")

_TECH2_RE = re.compile(r"(?:研发|研制|攻克|突破|掌握|开发|攻关)(?:了|出)?((?:(?!中心|获批|获|平台|是|为)[^,。;:、的]){2,20}?技术"
                       r"|(?:(?!中心|获批|获|平台|是|为)[^,。;:的]){2,30}?等(?:关键|核心|共性|前沿|重大|多项)?(?:技术|工艺))")

_TECH_PAIR_RE = re.compile(r"([\u4e00-\u9fff]{4,12})(?:和|及|与)([\u4e00-\u9fff]{2,10}技术)")

_MADE_IN_RE = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:扩建|新建|技改|改扩建|智能化)?(?:生产线|产线|装置)")

_SUPPORT_RE = re.compile(r"以([^,,。;;]{2,60}?)为支撑")

_APPLICATION_RE = re.compile(r"以([^,,。;;]{2,60}?)等?(?:领域|行业)?为应用场景"
                             r"|(?:广泛)?应用于([^,,。;;]{2,60}?)等?(?:领域|行业|场景)")

_TECH_RE = re.compile(r"围绕([^,,。;;]{2,60}?)等?(?:方向|领域)?(?:进行|开展)(?:技术开发|技术研发|研发|技术攻关|攻关|联合攻关)")

_LINKS_TAIL_RE = re.compile(r"等(?:核心|关键|重点)?环节[\u4e00-\u9fff]{0,2}$")



def counted_industries(ctx: Context) -> None:
    """Industries counted by a N大(主导)产业 phrase: listed right before it, or opening the clauses before it."""
    flat = ctx.doc.flat
    for m in _COUNT_BACKREF_RE.finditer(flat) if "大" in flat else ():
        sent_at = max(flat.rfind(p, 0, m.start()) for p in "。!?!?") + 1
        opened = list(_INDUSTRY_FIG_CLAUSE_RE.finditer(flat, sent_at, m.start()))
        n = lx.COUNT_WORDS.get(m.group(1), 0)
        if len(opened) < n or n < 2:
            continue
        ents: list[Entity] = []
        for om in opened[-n:]:
            name = om.group(1)
            if any(t[3][:1] in {"v", "p", "d", "r", "c", "m"} for t in tokens(name)[:1]) or name in ("主导", "支柱", "新兴"):
                break
            known = ctx.table.get(name) or ctx.table.get(name + "产业")
            if known is None:
                known = ctx.table.add(name, ("Industry",), om.start(1))
            if not known.has("Industry"):
                break

            ents.append(known)
        if len(ents) == n:
            ctx.enums.append((opened[-n].start(), m.end(), "leading", ents))
    for m in _COUNTED_INDUSTRY_RE.finditer(flat) if "大" in flat else ():
        cm = _RE2.search(m.group(0))
        n = lx.COUNT_WORDS.get(cm.group(1), 0) if cm else 0
        items = [x.strip() for x in m.group(1).split("、")]
        if len(items) != n:  # A与B is one item of A、B、A与B三大方向
            items = split_items(ctx, m.group(1), n)
        if len(items) != n or any(not 2 <= len(x) <= 10 or _RE32.search(x) for x in items):
            continue
        found: list[Entity] = []
        for item in items:
            known = ctx.table.get(item) or ctx.table.get(item + "产业")
            if known is None:
                known = ctx.table.add(item, ("Industry",), flat.find(item, m.start(1)))
            if known.has("Industry"):
                found.append(known)
        ctx.counted_focus.append((m.start(), m.end(), found))
    one_leading_industry(ctx)


def enumerations(ctx: Context) -> None:
    flat = ctx.doc.flat
    _deng_lists(ctx, flat)
    _counted_companies(ctx, flat)
    _framed_lists(ctx, flat)
    _products_after_figures(ctx)
    _company_directory(ctx)
    _dash_chains(ctx, flat)
    _typed_lists(ctx, flat)
    _developed_things(ctx, flat)
    _industry_lists(ctx, flat)


def _deng_lists(ctx: Context, flat: str) -> None:
    for m in _ENUM_RE.finditer(flat):
        head = m.group(2)
        body = m.group(1)
        if _RE4.search(flat[m.end(1):m.end()]):
            continue  # A、B等上下游企业: chain segments, not companies
        if head in ("方向", "领域") and re.compile(r"(?:进行|开展)(?:技术开发|技术研发|研发|技术攻关|攻关|联合攻关)").match(flat, m.end()):
            continue  # 围绕A、B等方向开展技术攻关: technologies (below), not industries
        body = _RE5.sub("", body)
        body = _RE13.sub("", body) \
            if "、" in body else body
        # A、B先后与C共建D、E等平台: the enumeration is what follows the last action verb
        body = _RE14.split(body)[-1]
        items = split_items(ctx, body)
        if items:
            items[0] = strip_opening_verb(ctx, strip_opening_subject(ctx, items[0]))
            if len(items[0]) >= 4 and items[0][0] in "为向给对":
                items[0] = items[0][1:]  # 为A、B等企业配套: the preposition opens no item
        ents = enum_entities(ctx, items, head, m.start(1), ("Enterprise", "Material"),
                                   f"from an enumeration ending in 等{head}")
        ctx.enums.append((m.start(), m.end(), head, ents))


def _counted_companies(ctx: Context, flat: str) -> None:
    # A、B两家企业: the items are companies
    for m in _COUNTED_RE.finditer(flat):
        body = _RE15.split(m.group(1))[-1]
        links = _LINKS_TAIL_RE.search(body)
        if links is not None:
            body = body[: links.start()]  # 带动A、B、C等环节近40家企业: the items are links of a chain, not companies
        items = split_items(ctx, body)
        if items:
            items[0] = strip_opening_verb(ctx, items[0])
            if "的" in items[0][:-1]:
                items[0] = items[0][items[0].rindex("的") + 1:]  # <zone>的A、B两家企业: A opens after 的
        if any(x.startswith(("由", "经", "在")) or x.endswith(("牵头", "联合", "带动", "参与", "组织", "携手"))
               or x in lx.ACTION_VERBS for x in items):
            continue  # 由A牵头、联合21家企业…: a frame of verbs, not a list of companies
        if items and links is not None and all(2 <= len(x) <= 8 for x in items):
            segs = [ctx.table.get(x) or ctx.table.add(x, ("IndustryChainSegment",), flat.find(x, m.start(1))) for x in items]
            ctx.enums.append((m.start(), m.end(), "chain", segs))
        elif items and all(2 <= len(x) <= 12 for x in items):
            ents = enum_entities(ctx, items, m.group(2), m.start(1), ("Enterprise",), "from 'A、B两家企业'")
            ctx.enums.append((m.start(), m.end(), m.group(2), ents))
            if _LOCAL_LIST_RE.search(m.group(0)):
                ctx.local_lists.append((m.start(), m.end(), ents))  # A、B等区内N家企业: the companies lie in the zone


def _framed_lists(ctx: Context, flat: str) -> None:
    for rx, head in ((_FOCUS_RE, "产业"), (_SUPPORT_RE, "产品"), (_APPLICATION_RE, "领域"), (_TECH_RE, "技术")):
        for m in rx.finditer(flat) if rx is not _APPLICATION_RE or "应用" in flat else ():  # (应用 in every match)
            if rx is _SUPPORT_RE and re.compile(r"的(?:现代化?)?(?:产业体系|产业格局|产业结构)").match(flat, m.end()):
                # 以X为主导、A和B为支撑的产业体系: A and B are industries
                body = _RE18.sub("", m.group(1))
                for item in split_items(ctx, body):
                    if ctx.table.get(item) is None and 2 <= len(item) <= 12 and not _RE12.search(item):
                        ctx.table.add(item, ("Industry",), flat.find(item, m.start(1)))
                continue
            body = next(g for g in m.groups() if g is not None)
            items = split_items(ctx, _RE19.sub("", body))
            ents = enum_entities(ctx, items, head, m.start(1), ("Material",), f"from the pattern {rx.pattern[:12]}…")
            ctx.enums.append((m.start(), m.end(), head + ":" + rx.pattern[:3], ents))


_PHYSICAL_UNITS = ("微米", "米", "万米", "吨", "万吨", "平方米")
assert all("米" in u or "吨" in u for u in _PHYSICAL_UNITS)  # the clause guard of _products_after_figures


def _products_after_figures(ctx: Context) -> None:
    # products named right after a physical figure: 3.5微米超薄高强铜箔…
    for para in ctx.doc.paragraphs:
        for sent in para.sentences:
            for seg in sent.segments:
                for clause in seg.clauses:
                    # (every unit read here is written with 米 or 吨: a clause without either is not read)
                    for fig in find_figures(clause.text) if "米" in clause.text or "吨" in clause.text else ():
                        if fig.unit not in _PHYSICAL_UNITS:
                            continue
                        rest = _RE35.split(clause.text[fig.end:])[0]
                        made = _MADE_IN_RE.match(rest)
                        if made and not _RE38.search(made.group(1)) and ctx.table.get(made.group(1)) is None \
                                and not any(made.group(1).startswith(v) for v in lx.ACTION_VERBS):
                            # 年产N吨X生产线 / 年产N吨X项目: X is what the line or project makes
                            ctx.table.add(made.group(1), ("Product",), clause.start + fig.end,
                                           "product named after a capacity, before 生产线/项目")
                            continue
                        phrase = ""
                        for _, _, word, pos in tokens(rest):
                            if pos.startswith("v") and phrase:
                                break
                            phrase += word
                        ends = [phrase.rfind(e) + len(e) for e in lx.PRODUCT_ENDINGS if phrase.rfind(e) >= 0]
                        if not ends:
                            continue
                        name = phrase[: max(ends)]
                        if phrase[len(name):].startswith(("项目", "产业", "基地")) or not 3 <= len(name) <= 16:
                            continue
                        if ctx.table.get(name) is None:
                            ctx.table.add(name, ("Product",), clause.start + fig.end,
                                           "product named after a figure")


def _company_directory(ctx: Context) -> None:
    for para in ctx.doc.paragraphs:
        dm = _DIRECTORY_ITEM_RE.match(para.text) if ":" in para.text[:40] else None
        if dm is None:
            continue
        maker = ctx.table.get(dm.group(1).strip())
        if maker is None or not maker.has("Enterprise") or maker.has("Funder"):
            continue
        body = _RE6.sub("", dm.group(3))
        listed: list[Entity] = []
        for item in [x for x in _RE20.split(body) if x]:
            if not 2 <= len(item) <= 16 or _RE21.search(item):
                continue
            tech = dm.group(2).startswith(("专注", "主攻")) and item.endswith(_TECH_ENDINGS)
            cls = "Technology" if tech else "Product"
            known = ctx.table.get(item)
            if known is None:
                known = ctx.table.add(item, (cls,), para.start + dm.start(3) + dm.group(3).find(item),
                                       f"{cls} from a company directory (X:生产P)")
            elif tech and known.classes == {"Product"}:
                known.classes = {"Technology"}
            if known.has(cls):
                listed.append(known)
        if listed:
            ctx.directory.append((para.start, para.start + dm.end(), maker, listed))


def _dash_chains(ctx: Context, flat: str) -> None:
    counted_industries(ctx)
    for m in _DASH_CHAIN_RE.finditer(flat) if "产业链" in flat else ():
        links = [x.strip() for x in _DASH_SPLIT_RE.split(m.group(1))]
        if any(not 2 <= len(x) <= 12 or _RE28.search(x) for x in links):
            continue
        segs: list[Entity] = []
        for x in links:
            known = ctx.table.get(x)
            if known is None:
                known = ctx.table.add(x, ("IndustryChainSegment",), flat.find(x, m.start(1)))
            if not known.has("Person", "Place", "Zone", "Enterprise"):
                segs.append(known)
        chain_name = m.group(2)
        chain = ctx.table.get(chain_name) if len(chain_name) >= 5 else None
        if chain is None and len(chain_name) >= 5 and not _RE22.search(chain_name):
            chain = ctx.table.add(chain_name, ("Cluster",), m.start(2))
        ctx.dash_chains.append((m.start(), m.end(), chain, segs))
    whole_chain_links(ctx, flat)


# every match of a leading-industry pattern holds one of these words (a whole-text scan is skipped without them)
_TYPED_LIST_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _LEADING2_RE: ("大主导产业", "大支柱产业", "大优势产业", "大特色产业", "大重点产业", "大产业"),
    _LEADING3_RE: ("主导产业",),
    _LEADING5_RE: ("为主导",),
    _LEADING6_RE: ("主导产业", "支柱产业"),
    _LEADING7_RE: ("主导产业", "支柱产业"),
    _LEADING8_RE: ("大主导产业", "大支柱产业"),
    _LEADING9_RE: ("主导产业", "支柱产业"),
}


def _typed_matches(ctx: Context, rx: re.Pattern[str], flat: str) -> Iterable[re.Match[str]]:
    """The matches of one of ``_typed_lists``' patterns (none, unscanned, in a text without the words every
    match holds)."""
    needs = _TYPED_LIST_NEEDS.get(rx)
    if needs is not None and not any(n in flat for n in needs):
        return ()
    return rx.finditer(flat) if rx is not _LEADING6_RE else ctx.at_sentence_starts(rx, needs or ())


def _typed_lists(ctx: Context, flat: str) -> None:
    for rx, head in ((_LEADING2_RE, "leading"), (_LEADING3_RE, "leading"), (_LEADING5_RE, "leading"),
                     (_LEADING6_RE, "leading"), (_LEADING7_RE, "leading"), (_LEADING8_RE, "leading"), (_LEADING9_RE, "leading"),
                     (_CHAIN_RE, "chain"),
                     (_PRODUCT_RE, "produces"), (_SPECIALTY_RE, "produces"), (_OWN_PRODUCT_RE, "own"),
                     (_SOLD_RE, "own"), (_TECH2_RE, "devtech"), (_CHAIN_SPAN_RE, "chain"), (_PARK_FOCUS_RE, "focus")):
        for m in _typed_matches(ctx, rx, flat):
            g = next(i for i in range(1, (rx.groups or 1) + 1) if m.group(i) is not None)
            body = _RE16.sub("", m.group(g))
            if head == "leading":
                body = _RE23.sub("", body)  # 以A、B为两大主导产业
                body = _RE24.sub("", body)  # 园区以A、B为…
            cm = _RE2.search(m.group(0)) if head == "leading" else None
            count = lx.COUNT_WORDS.get(cm.group(1)) if cm else None
            items = split_items(ctx, body, count) if head != "devtech" else [body]
            if rx is _LEADING8_RE and (not items or any(t[3][:1] in {"v", "p", "d", "r", "c", "s"} or t[2] in {"全区", "园区", "全市"}
                                                        for t in tokens(items[0]))):
                continue  # the verbless list only: a first item carrying a verb or subject is another frame's
            if head == "devtech" and _RE25.search(body):
                items = split_items(ctx, body[: body.rindex("等")])  # 攻克A、B等关键技术: A and B
            elif head == "devtech" and (pair := _TECH_PAIR_RE.fullmatch(body)) is not None:
                items = [pair.group(1), pair.group(2)]  # 攻关A和B技术: A, and B技术 (each four characters at least)
            if rx is _CHAIN_SPAN_RE:
                items = [*split_items(ctx, body), *split_items(ctx, m.group(2))]
            if rx is _SOLD_RE and (not 3 <= len(body) <= 12 or _RE29.search(body)):
                continue
            if rx is _SPECIALTY_RE:
                body = _RE36.sub("", body).split("的")[0]
                if _RE26.search(body):
                    continue  # 专注于为企业提供服务: an activity, not a product
                if body.endswith(("技术", "工艺")) and len(body) >= 5 and ctx.table.get(body) is None:
                    # 主攻/专注于X技术: the company's technology
                    focus_tech = ctx.table.add(body, ("Technology",), flat.find(body, m.start(g)),
                                                "Technology from 主攻/专注于X技术")
                    ctx.enums.append((m.start(), m.end(), "devtech", [focus_tech]))
                    continue
                if body.endswith(("技术", "工艺", "攻关", "方向", "研发", "创新")) or body in ("工业", "产业", "主业", "实业") \
                        or len(body) < 3:
                    continue
                items = [body]
            cls = {"leading": "Industry", "chain": "IndustryChainSegment", "produces": "Product",
                   "own": "Product", "devtech": "Technology", "focus": "Industry"}[head]
            if head == "focus":
                before_focus = [e for n, e in ctx.table.by_name.items() if flat.endswith(n, 0, m.start())]
                # …or the sentence opens with one (X研究院由…组建,聚焦A和B两大领域)
                sent_at = max(flat.rfind(p, 0, m.start()) for p in "。;;!?") + 1
                while sent_at < m.start() and flat[sent_at] in " “●■◆":
                    sent_at += 1
                opening_f = max((n for n in ctx.table.by_name if flat.startswith(n, sent_at)), key=len, default=None)
                if opening_f is not None and ctx.table.by_name[opening_f].has("Park", "Cluster", "Platform"):
                    before_focus.append(ctx.table.by_name[opening_f])
                if not any(e.has("Park", "Cluster", "Platform") for e in before_focus) and \
                        not _RE33.search(flat[max(0, m.start() - 60):m.start()]):
                    continue  # only a park, cluster or platform's focus (a zone's is its leading industries)
            ents = []
            for item in items:
                item = _RE34.sub("", item).strip()
                use = _RE30.fullmatch(item) \
                    if head == "produces" else None
                if use is not None and ctx.table.get(item) is None and ctx.table.get(use.group(2)) is None:
                    # 风电叶片用X: the product is X (the use, kept as an alias, names its field)
                    made_for = ctx.table.add(use.group(2), ("Product",), flat.find(item, m.start(g)) + len(item)
                                              - len(use.group(2)), f"Product from a {head} pattern")
                    ctx.table.alias(made_for, item)
                    item = use.group(2)
                if len(item) < 2 or len(item) > 16 or _RE31.search(item):
                    continue
                known = ctx.table.get(item)
                if known is not None and known.review == SHORT_CUE_REVIEW \
                        and known.name == item and known.classes == {"Enterprise"}:
                    # 驱动芯片, 精细化工 in a list of industries or chain segments: no brand name
                    known.classes = {cls}
                    known.review = None
                if known is not None and not known.has("Person", "Place", "Zone"):
                    ents.append(known)
                    continue
                ents.append(ctx.table.add(item, (cls,), flat.find(item, m.start(g)),
                                           None if head in ("leading", "chain", "focus") else f"{cls} from a {head} pattern"))
            if ents:
                ctx.enums.append((m.start(), m.end(), head, ents))


def _developed_things(ctx: Context, flat: str) -> None:
    # 完成(了)首款X的研发: X is a product the company developed
    for m in _RE0.finditer(flat):
        name = m.group(2)
        if not (m.group(1) or name.endswith(lx.PRODUCT_ENDINGS)) or _RE17.search(name):
            continue
        made_d = ctx.table.get(name) or ctx.table.add(name, ("Product",), m.start(2), "Product from 完成首款X的研发")
        if made_d.has("Product"):
            ctx.enums.append((m.start(), m.end(), "first-made", [made_d]))
    # 其“X技术”获… / 核心技术X,来自A与B的联合攻关: X is a technology
    for m in _RE1.finditer(flat):
        name = m.group(1) or m.group(2)
        if ctx.table.get(name) is None and not _RE27.match(name):
            named_tech = ctx.table.add(name, ("Technology",), m.start(1) if m.group(1) else m.start(2),
                                        "Technology named in quotes or as a core technology")
            ctx.enums.append((m.start(), m.end(), "tech-named", [named_tech]))
    # A研制的X获得…, 公司研发的X已实现量产: X (a word ending in a product head) is A's product
    made_words = any(v + "的" in flat for v in ("研发", "研制", "生产", "推出", "制造", "开发"))  # (in every match)
    for m in _MADE_RE.finditer(flat) if made_words else ():
        name = m.group(1)
        tech = name.endswith(("技术", "工艺")) and len(name) >= 6
        known_m = ctx.table.get(name)
        if known_m is not None and known_m.review == SHORT_CUE_REVIEW and known_m.name == name \
                and known_m.classes == {"Enterprise"} and name.endswith(lx.PRODUCT_ENDINGS):
            ctx.table.remove(known_m)  # A研发的功率芯片: a product, not a brand guessed from 芯片
        if not (name.endswith(lx.PRODUCT_ENDINGS) or tech) or ctx.table.get(name) is not None or len(name) < 3:
            continue
        cls = "Technology" if tech else "Product"
        ent = ctx.table.add(name, (cls,), m.start(1), f"{cls} from the pattern A研发/研制/生产的X")
        ctx.enums.append((m.start(1) - 3, m.end(), "made", [ent]))


def _industry_lists(ctx: Context, flat: str) -> None:
    for m in _INDUSTRY_FIGURE_RE.finditer(flat):
        name = m.group(1)
        for opener in sorted(lx.SKIPPABLE_OPENERS, key=len, reverse=True):
            if name.startswith(opener):
                name = name[len(opener):]
                break
        if LEAD_IN_RE.match(name):
            continue  # 力争全年X产业产值突破…: the clause opens with a verb, not with an industry as its subject
        name = _RE7.sub("", name)
        zone = next((z.name for z in ctx.table.entities if z.has("Zone") and name.startswith(z.name)), None)
        name = name[len(zone):] if zone else name  # <zone>X产业产值…: the industry is X产业
        if len(name) < 4 or name.startswith(("主导", "高新技术", "战略性")):
            continue
        known = ctx.table.get(name)
        if known is None and not any(_RE37.sub("", e.name) == name[:-2]
                                     for e in ctx.table.entities if e.has("Cluster")):
            ctx.table.add(name, ("Industry",), m.start(1) + len(m.group(1)) - len(name))
    for m in _CHAIN2_RE.finditer(flat):
        # 形成A、B等核心配套,C、D等关键系统配套,E等较为完整的产业链 → chain segments
        body = _RE8.sub("", m.group(1))
        if _FROM_TO_RE.fullmatch(body):
            continue  # 形成从A、B到C的较为完整的产业链: the chain's extent, not a list of its links
        segs = []
        for item in _RE9.split(body):
            item = item.strip("“”\"' ")
            if 2 <= len(item) <= 12 and not _RE12.search(item):
                known = ctx.table.get(item)
                segs.append(known if known is not None and not known.has("Person", "Place", "Zone")
                            else ctx.table.add(item, ("IndustryChainSegment",), flat.find(item, m.start(1))))
        if len(segs) >= 2:
            ctx.enums.append((m.start(), m.end(), "chain", segs))
    for m in _LEADING_RE.finditer(flat):
        count = {"两": 2, "二": 2}.get(m.group(1)) or lx.COUNT_WORDS.get(m.group(1))
        items = split_items(ctx, m.group(2), count)
        ents = [ctx.table.add(item, ("Industry",), flat.find(item, m.start(2))) for item in items]
        ctx.enums.append((m.start(), m.end(), "leading", ents))
