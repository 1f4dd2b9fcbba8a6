"""Entity rules run after the dictionary scan: companies named by a frame (X企业Y, 落户的X, 孵化…其中X),
products named by their maker, projects opened by their owner's name; short cues seen only inside
longer names dropped."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.list_items import strip_opening_verb
from graph.extract.context import Context
from graph.extract.entities import SHORT_CUE_REVIEW, Entity, find_mentions, occurrences
from graph.extract.segment import tokens

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"“([^“”,,。;;]{2,20})”项目(?![\d一二三四五六七八九十两百千]|个|批)")  # (“X”项目23个: a kind, counted)
_RE1 = re.compile(r"(?:与|同|和)([\u4e00-\u9fff]{4})(?:签下|签订|签署|签约)了?[^,,。;;]{0,6}?"
                         r"(?:长单|订单|合同|供货|采购|购销)")
_RE2 = re.compile(r"(?:^|(?<=[,。;:、●■◆]))([\u4e00-\u9fff]{2,10}?)(?:制造商|生产商|供应商|研发商)"
                         r"([\u4e00-\u9fff]{2,6}?)(?=营收|营业收入|实现|完成|已|是|在|的|今年|全年|[,。;:、(])")
_RE3 = re.compile(r"^(?:的|领先的|最大的|知名的|重要的|专业的?)")
_RE4 = re.compile(r"年产")
_RE5 = re.compile(r"企业|公司|园区|产业|项目|平台|领域|行业|集群|基地|数量|总数|家数|收入|发展|转型|研发|创新")
_RE6 = re.compile(r"[,,;;]")
_RE7 = re.compile(r"产品|设备和|等")
_RE8 = re.compile(r"企业|公司|领先|国内|全球|重要|知名|专业|龙头|核心|主要|最大")
_RE9 = re.compile(r"国家|省|市|全|本|该|有|多|部分|超|近|约|高新|专精|科技型|规上|规模|上市|外资|民营|国有"
                    r"|龙头|重点|骨干|独角兽|瞪羚")
_RE10 = re.compile(r"\d")
_RE11 = re.compile(r"[、和及与]")
_RE12 = re.compile(r"企业|公司|高校|大学|政府|园区|多家|机构|客户|厂商|车企|用户")
_RE13 = re.compile(r"企业|公司|园区|项目|产业|集群|基地|平台|这里|我们|目前|今年|其中")
_RE14 = re.compile(r"的|企业|龙头|骨干|领军|头部|重点|科技型|高新")
_RE15 = re.compile(r"的|在|已|全年|年|总|新增|现有|设计|实际|整体|综合|主要|目前|当年|今年|去年")
_RE16 = re.compile(r"产品|企业|公司|项目|基地|工厂|车间")
_RE17 = re.compile(r"\d|企业|公司|高校|院所|机构|单位|等")

# tails read after a name found with str.find (a regex per name would be compiled afresh for every document)
_CHAIN_NOT_AFTER_RE = re.compile(r"环节|上下游|上|中|下|供应链|条")

_CAPACITY_PRODUCT_RE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?=年产能|年产量|产能|产量)")

_LEGAL_TAIL_RE = re.compile(r"(?:科技|技术|实业|发展)?(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")

# A产业产值N,B产业产值M,两大主导产业合计…: the count word refers back to the industries that
# opened the clauses before it (each as the subject of a figure)
_KIND_OF_COMPANY_RE = re.compile(r"(?:龙头|骨干|重点|配套|上市|规上|规模以上|科技型|高新技术|中小|外资|民营|国有|入驻|在孵|相关|一批|多家"
                                 r"|这些|该)$")

# A牵头、B和C参与(实施)的X项目: every party carries the project out (B, C companies when name-like)
# a newcomer named without any cue word: 刚刚落户的X, 新入驻的X, 引进的X… (X then a company verb or a pause),
# or X opening a clause as the subject of a company's verb (X拿到…融资, X已建成…车间, X正式落户)
_SETTLED_BRAND_RE = re.compile(r"(?:刚刚|刚|新|近期|最近|今年|年内)?(?:落户|入驻|进驻|引进|签约|落地)的"
                               r"([\u4e00-\u9fff]{2,6}?)(?=[,,]?(?:已|拿到|完成|获|实现|建成|成为|正|也|还|将|主攻|专注|聚焦)|[,,。;;、])")

# (its guard words in _cueless_companies: one word every alternative contains)
_COMPANY_VERB_SUBJECT_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)"
                                      r"(?:(?:已经?|也|还|近日|日前)?(?:拿到|获得|完成)了?[^,,。;;]{0,20}?融资"
                                      r"|(?:已经?|也|还)?建成了?[^,,。;;]{0,12}?(?:车间|生产线|产线|工厂)"
                                      r"|(?:已经?|也|还|近日|日前)?(?:正式)?(?:落户|入驻)(?:于|在)?"
                                      r"|(?:专注于?|主要)(?:生产|研发|制造)|主营|主攻)")

# a brand named as the other party of an agreement or the receiver of money (与X签署…协议, 向X股权投资, 为X提供授信)
_PARTY_BRAND_RE = re.compile(r"(?:与|同)([\u4e00-\u9fff]{2,6}?)(?:签署|签订)了?[^,,。;;]{0,8}?协议"
                             r"|(?:向|为)([\u4e00-\u9fff]{2,6}?)(?:提供|发放|新增)?(?:股权投资|增资|注资|授信|贷款)")

# what a cue-less brand is never made of: kinds of bodies or things, scopes, pronouns, times
_NOT_BRAND_RE = re.compile(r"企业|公司|项目|人才|团队|机构|平台|产业|基地|园|区|市|县|省|镇|高校|院所|大学|学院|银行|基金|"
                           r"政府|部门|单位|资金|资本|专家|博士|成果|技术|产品|总部|中心|工厂|车间|工作站|实验室|型|类|"
                           r"这里|我们|他们|目前|今年|其中|全年|累计|首批|一批|多家")

_LED_JOINED_PROJECT_RE = re.compile(r"牵头[、,]([^,,。;;“”]{2,30}?)(?:共同)?参与(?:实施|建设|研发)?的")

# X是(一家/国内领先的)…(P生产)企业: X, opening a sentence, is a company (P its product)
# …and X是一家(专业)生产P的企业: P is X's product
_MAKER_COPULA_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)是一家(?:专业|专门)?(?:从事)?(?:生产|制造)"
                              r"([\u4e00-\u9fff]{2,12}?)的[^,,。;;]{0,8}?(?:企业|公司)")

_COPULA_COMPANY_RE = re.compile(r"([\u4e00-\u9fff]{4,6}?)(?:是|为)"
                                r"(?:一家|国内|全国|全球|行业|省内|我国|西南|华东|华南|华北|华中|西北|东北)?[^,,。;;]{0,16}?"
                                r"的?(?:([\u4e00-\u9fff]{2,12}?)(生产|制造)?(?:企业|公司|厂商|生产商|制造商))(?=[,,。;;]|$)")

_INCUBATED_RE = re.compile(r"孵化[^。;]{0,12}?(?:企业|公司|项目)[^。;]{0,12}?[,,](?:其中|从这里走出的|从这里走出了|从中走出的)"
                           r"([\u4e00-\u9fff]{2,6}?)(?=已|获|完成|成功|入选|荣获|于|在|,|,|、)")

# <field>企业<Name><verb>: a company introduced by its trade in apposition
# (激光雷达企业A完成…, 向储能企业B股权投资…, 自动驾驶企业C在此孵化后…)
_FIELD_COMPANY_RE = re.compile(r"([\u4e00-\u9fff]{2,6})企业([\u4e00-\u9fff]{3,5}?)"
                               r"(?=完成|成为|在此|在|已|于|获|拿到|实现|入选|落户|正|也|将|还|股权|牵头|参与|推出|"
                               r"建成|研发|自主|[,,。;;、])")

# 现有X企业N家,其中A、B入选…: the names listed after 其中 are companies
_COUNTED_QIZHONG_RE = re.compile(r"(?:企业|公司)(?:达到?|超过?|近|逾|约)?\d+(?:余|多)?家[,,]其中([\u4e00-\u9fff]{2,6}?)(?=、|和|及)")

_INCUBATED_NEXT_RE = re.compile(r"(?:、|和|及)([\u4e00-\u9fff]{2,6}?)(?=、|和|及|等|已|获|完成|成功|入选|荣获|于|在|,|,)")

_INCUBATED2_RE = re.compile(r"(?:由其|经其|其|由[\u4e00-\u9fff]{2,12}?)孵化的([\u4e00-\u9fff]{2,6}?)"
                            r"(?=(?:19|20)\d{2}年|已|获|完成|成功|入选|荣获|于|在|是|,|,)")

_TRADE_WORDS = sorted({*lx.PRODUCT_ENDINGS, *(c for c, _, k in lx.ENTITY_CUES if k == "short")}, key=len, reverse=True)


def named_things(ctx: Context) -> None:
    """``“X”项目`` → project X; ``<enterprise>P年产能…`` → P is the enterprise's product."""
    flat = ctx.doc.flat
    _quoted_projects_and_trade_companies(ctx, flat)
    _cueless_companies(ctx, flat)
    _chain_clusters_and_partners(ctx, flat)
    _copula_makers(ctx)
    _trade_makers(ctx, flat)
    _capacity_products(ctx, flat)


def _quoted_projects_and_trade_companies(ctx: Context, flat: str) -> None:
    for m in _RE0.finditer(flat):
        if ctx.table.get(m.group(1)) is None and not _RE10.search(m.group(1)):
            ctx.table.add(m.group(1), ("Project",), m.start(1))
    for m in _FIELD_COMPANY_RE.finditer(flat) if "企业" in flat else ():
        name, field_word = m.group(2), m.group(1)
        toks = tokens(name)
        if ctx.table.get(name) is not None or flat.startswith("家", m.end(1) + 2) \
                or _RE5.search(name) \
                or _KIND_OF_COMPANY_RE.search(field_word) \
                or not any(t[1] - t[0] == 1 for t in toks) or toks[0][3][:1] in {"d", "p", "r", "m", "c", "u", "q", "t"} \
                or any(t[3][:1] == "u" for t in toks) or toks[0][2] in lx.ACTION_VERBS \
                or toks[0][2] in ("进行", "开展", "加快", "加强", "给予", "予以"):
            continue
        ctx.table.add(name, ("Enterprise",), m.start(2), "company named after its trade (X企业Y)")


def _cueless_companies(ctx: Context, flat: str) -> None:
    # a cue-less newcomer: 刚刚落户的X / X拿到…融资 (a guess, for review)
    clause_starts = [m.end() for m in _RE6.finditer(flat)]
    subjects = [*ctx.at_sentence_starts(_COMPANY_VERB_SUBJECT_RE, ("融资", "建成", "落户", "入驻", "专注", "主要", "主营", "主攻")),
                *filter(None, (_COMPANY_VERB_SUBJECT_RE.match(flat, at) for at in clause_starts))]
    parties = list(_PARTY_BRAND_RE.finditer(flat)) if "协议" in flat or "向" in flat or "为" in flat else []
    for found, why in ((list(_SETTLED_BRAND_RE.finditer(flat)), "company introduced by a settling frame without a cue word (落户的X)"),
                       (subjects, "company read as the subject of a company's verb (X拿到…融资)"),
                       (parties, "company read as the party of an agreement or an investment (与X签署, 向X增资)")):
        for m in found:
            name = m.group(1) or m.group(2)
            if ctx.table.get(name) is not None or not brand_like(ctx, name):
                continue
            # the brand of a company named in full before (浙江X新能源科技有限公司 … 与X签署): its short form
            named_in = [e for e in ctx.table.entities if e.has("Enterprise") and e.first < m.start()
                        and (name in e.name or _brand_and_trade_of(e.name, name))]
            if len(named_in) == 1 and e_is_legal(named_in[0].name):
                ctx.table.alias(named_in[0], name)
            elif not named_in:
                ctx.table.add(name, ("Enterprise",), m.start(1 if m.group(1) else 2), why)
    for m in _LED_JOINED_PROJECT_RE.finditer(flat) if "参与" in flat else ():
        parts = [x for x in _RE11.split(m.group(1)) if x]
        if not parts or any(not 2 <= len(x) <= 8 or _RE17.search(x) for x in parts):
            continue
        for x in parts:
            if ctx.table.get(x) is None and len(x) >= 3:
                ctx.table.add(x, ("Enterprise",), flat.find(x, m.start(1)),
                               "company taking part in a led project (A牵头、B参与的X)")
        ctx.joined_projects.append((m.start(), m.end(), parts))


def _brand_and_trade_of(full: str, short: str) -> bool:
    """``short`` is the brand and trade word of the legal name ``full``, the middle left out
    (甲乙合金 for <place>甲乙特种合金有限公司): the brand opens the name after at most a four-character place."""
    core = _LEGAL_TAIL_RE.sub("", full)
    at = core.find(short[:2])
    return len(short) >= 4 and 0 <= at <= 4 and core.endswith(short[2:]) and len(core) - at > len(short)


def e_is_legal(name: str) -> bool:
    """A company's full name: a legal form or a group (X有限公司, X集团)."""
    return name.endswith(("有限公司", "有限责任公司", "集团"))


def _chain_clusters_and_partners(ctx: Context, flat: str) -> None:
    # <industry>产业链 (not its 环节 or 上下游): the industry's chain, a cluster of its own
    for ind in [e for e in ctx.table.entities if e.classes == {"Industry"} and len(e.name) >= 2]:
        for at in occurrences(flat, ind.name + "产业链"):
            end = at + len(ind.name) + 3
            if _CHAIN_NOT_AFTER_RE.match(flat, end) is None and ctx.table.get(flat[at:end]) is None:
                ctx.table.add(flat[at:end], ("Cluster",), at)
    # 与X签下/签订…长单/订单/合同/供货协议: X (a brand and a trade word) is a company
    for m in _RE1.finditer(flat):
        name = m.group(1)
        if ctx.table.get(name) is None and not _RE12.search(name) \
                and not tokens(name)[0][3].startswith(("v", "d", "p", "r", "m")):
            ctx.table.add(name, ("Enterprise",), m.start(1), "company named as a contract partner (与X签订…订单)")


def _copula_makers(ctx: Context) -> None:
    # X是(一家/国内领先的)…(P生产)企业/公司: X, opening the sentence, is a company (and makes P)
    for m in ctx.at_sentence_starts(_COPULA_COMPANY_RE, ("企业", "公司", "商")):
        name = m.group(1)
        if ctx.table.get(name) is None and not _RE13.search(name) \
                and not tokens(name)[0][3].startswith(("v", "d", "p", "r", "m", "t", "c")):
            ctx.table.add(name, ("Enterprise",), m.start(1), "company named by a copula (X是…企业)")
        made_p = _RE3.sub("", m.group(2) or "")
        maker_p = ctx.table.get(name)
        if m.group(3) and 3 <= len(made_p) <= 10 and maker_p is not None and maker_p.has("Enterprise") \
                and not _RE14.search(made_p):
            # …的P生产企业/制造企业: P is the company's product
            product_p = ctx.table.get(made_p) or ctx.table.add(made_p, ("Product",), m.start(2),
                                                                  "Product named in a maker's trade (X是…P生产企业)")
            if product_p.has("Product"):
                ctx.pending_produces.append((maker_p, product_p, m.start(), m.end()))
    # X是一家(专业)生产P的企业: P is X's product
    for m in ctx.at_sentence_starts(_MAKER_COPULA_RE, ("是一家",)):
        maker_g = ctx.table.get(m.group(1))
        if maker_g is None or not maker_g.has("Enterprise") or _RE7.search(m.group(2)):
            continue
        product_g = ctx.table.get(m.group(2)) or ctx.table.add(m.group(2), ("Product",), m.start(2),
                                                                 "Product named in a maker's trade (X是一家生产P的企业)")
        if product_g.has("Product"):
            ctx.pending_produces.append((maker_g, product_g, m.start(), m.end()))


def _trade_makers(ctx: Context, flat: str) -> None:
    # P制造商/生产商/供应商Y (an apposition): Y is a company that makes P
    for m in _RE2.finditer(flat):
        name, maker_name = m.group(1), m.group(2)
        if _RE8.search(name + maker_name) \
                or tokens(name)[0][3].startswith(("v", "d", "p", "r")):
            continue
        maker = ctx.table.get(maker_name) or ctx.table.add(maker_name, ("Enterprise",), m.start(2),
                                                             "company named after its trade (P制造商Y)")
        product = ctx.table.get(name) or ctx.table.add(name, ("Product",), m.start(1),
                                                         "Product named in a maker's trade (P制造商Y)")
        if maker.has("Enterprise") and product.has("Product"):
            ctx.pending_produces.append((maker, product, m.start(), m.end()))


def _capacity_products(ctx: Context, flat: str) -> None:
    # <enterprise>(以下简称…)P年产能/产能/产量… and 它的/其P年产能…: P is the enterprise's product
    companies = [e for e in ctx.table.entities if e.has("Enterprise") and not e.has("Funder")]
    surfaces = sorted({n for e in companies for n in e.names() if len(n) >= 3}, key=len, reverse=True)
    if surfaces and ("产能" in flat or "产量" in flat):  # else the pattern (one per document) cannot match
        owner_rx = "|".join(re.escape(n) for n in surfaces)
        for m in re.finditer(rf"(?:(?:{owner_rx})(?:[((][^()()]{{0,20}}[))])?|(?:^|(?<=[,。;:]))(?:它的|其))"
                             r"([\u4e00-\u9fff]{2,8}?)(?=年产能|年产量|产能|产量)", flat):
            name = m.group(1)
            toks = tokens(name)
            if _RE15.match(name) \
                    or _RE16.search(name) or toks[0][3].startswith(("v", "d", "p", "t", "m")) \
                    or ctx.table.get(name) is not None:
                continue
            product = ctx.table.add(name, ("Product",), m.start(1), "Product named before its maker's capacity")
            maker_name = flat[m.start():m.start(1)]
            owner: Entity | None = next((e for e in companies if any(maker_name.startswith(n) for n in e.names())), None)
            if owner is None:
                # 它的/其: the company named last before (within the paragraph's reach)
                reach = [(flat.rfind(n, max(0, m.start() - 300), m.start()), e) for e in companies for n in e.names()]
                reach = [x for x in reach if x[0] >= 0]
                owner = max(reach, key=lambda x: x[0])[1] if reach else None
            if owner is not None:
                ctx.pending_produces.append((owner, product, m.start(), m.end()))
    makers = [e for e in ctx.table.entities if e.has("Enterprise") and e.name.endswith(("有限公司", "集团"))]
    for maker in makers:
        for at in occurrences(flat, maker.name):
            cap = _CAPACITY_PRODUCT_RE.match(flat, at + len(maker.name))
            if cap is None:
                continue
            name = cap.group(1)
            if not name.endswith(lx.PRODUCT_ENDINGS) or name.startswith(("的", "在", "已", "全年")):
                continue
            product = ctx.table.get(name) or ctx.table.add(name, ("Product",), cap.start(1),
                                                              "Product named before its maker's capacity")
            if product.has("Product"):
                ctx.pending_produces.append((maker, product, at, cap.end()))




def incubated_names(ctx: Context) -> None:
    """Y孵化企业N家,其中X已完成… / 从这里走出的X获… / 由其孵化的X入选…: X is a company
    (named without a legal form)."""
    for m in [*_INCUBATED_RE.finditer(ctx.doc.flat), *_INCUBATED2_RE.finditer(ctx.doc.flat),
              *_COUNTED_QIZHONG_RE.finditer(ctx.doc.flat)]:
        name = m.group(1)
        if _RE9.match(name) \
                or name.endswith(("企业", "公司", "单位", "项目")):
            continue  # 其中规上企业…: a kind of company, not a name
        if ctx.table.get(name) is None:
            ctx.table.add(name, ("Enterprise",), m.start(1), "company named after 孵化…,其中/从这里走出的")
        at = m.end(1)
        while (nxt := _INCUBATED_NEXT_RE.match(ctx.doc.flat, at)) is not None:
            # 其中A、B已登陆…: every listed name is a graduate
            if nxt.group(1).endswith(("企业", "公司", "单位", "项目")):
                break
            if ctx.table.get(nxt.group(1)) is None:
                ctx.table.add(nxt.group(1), ("Enterprise",), nxt.start(1), "company listed after 孵化…,其中")
            at = nxt.end(1)


def brand_like(ctx: Context, name: str) -> bool:
    """A 2–6 character word that segments like a proper name: unknown characters, no kind or scope word."""
    toks = tokens(name)
    return (2 <= len(name) <= 6 and _NOT_BRAND_RE.search(name) is None
            and any(t[1] - t[0] == 1 for t in toks)
            and toks[0][3][:1] not in {"v", "d", "p", "r", "m", "c", "u", "q", "t", "f"}
            and not any(t[3][:1] in {"u", "p", "c"} for t in toks) and toks[0][2] not in lx.ACTION_VERBS
            and not any(name.startswith(p) or name.endswith(p) for p in lx.PROVINCES if len(p) >= 2)
            and not any(e.name.endswith(name) or name.endswith(e.name) for e in ctx.table.entities
                        if e.has("Place", "Zone", "Person") and len(e.name) >= 2))


def owner_prefixed_projects(ctx: Context) -> None:
    """``A公司X项目`` with A a known enterprise: the project is X, carried out by A."""
    # a company's name, or the stem of its legal name (X科技股份有限公司 → X), opening a project's name
    prefixes: list[tuple[str, Entity]] = []
    for e in ctx.table.entities:
        if e.has("Enterprise") and not e.has("Project"):
            stems = {e.name, _LEGAL_TAIL_RE.sub("", e.name), *(a for a in e.aliases if len(a) >= 4)}
            prefixes.extend((n, e) for n in stems if len(n) >= 3 and (n == e.name or len(n) >= 4))
    prefixes.sort(key=lambda p: -len(p[0]))
    for ent in list(ctx.table.entities):
        if not ent.has("Project") or ent.has("Enterprise"):
            continue
        hit = next(((n, o) for n, o in prefixes if ent.name.startswith(n) and len(ent.name) - len(n) >= 5), None)
        owner = hit[1] if hit else None
        if owner is None:
            brand = brand_opening(ctx, ent.name)
            if brand is None or ctx.table.get(brand) is not None:
                continue
            # X机器人Y总部项目: an unknown two-character brand and a trade word open the name
            owner = ctx.table.add(brand, ("Enterprise",), ent.first, "company named before its project (X机器人Y项目)")
        rest = ent.name[len(hit[0] if hit else owner.name):]
        if ctx.table.get(rest) is not None:
            continue
        full = ent.name
        del ctx.table.by_name[full]
        ent.name = rest
        ctx.table.by_name[rest] = ent
        ent.aliases.append(full)
        ctx.table.by_name[full] = ent
        ctx.project_owners.append((owner, ent, full))


def brand_opening(ctx: Context, name: str) -> str | None:
    """``宏X机器人智能焊接…项目`` → ``宏X机器人``: two characters no dictionary knows (a brand) and a
    trade word, with a project name of at least four characters after them."""
    if not name.endswith("项目") or _RE4.match(name):
        return None
    if not all(len(t[2]) == 1 and t[3] not in ("m", "q", "d", "p", "c", "r", "v", "f") for t in tokens(name[:2])):
        return None
    for word in _TRADE_WORDS:
        if len(word) >= 2 and name.startswith(word, 2) and len(name) - 4 - len(word) >= 4:
            return name[: 2 + len(word)]
    return None


def drop_swallowed(ctx: Context) -> None:
    """A short-cue name seen only inside longer names (X光电 in X光电生产基地) is no entity."""
    seen = {id(m.entity) for m in ctx.mentions}
    legal = [e.name for e in ctx.table.entities if e.name.endswith("有限公司")]
    orgs = [e.name for e in ctx.table.entities if e.has("Organization")]
    gone = [e for e in ctx.table.entities if id(e) not in seen
            and (e.review == SHORT_CUE_REVIEW or (e.name.endswith("银行") and e.has("Funder"))
                 or (not e.has("Enterprise") and any(n.startswith(e.name) for n in legal))
                 # X集团 seen only inside X集团有限公司: the legal name's head, not a second company
                 or (e.has("Enterprise") and any(n[len(e.name):] in ("有限公司", "股份有限公司", "有限责任公司")
                                                 and n.startswith(e.name) for n in legal))
                 # X装备集团 read inside X重工装备集团有限公司 and never alone: a piece of the legal name
                 or (e.has("Enterprise") and not e.has("Funder") and not e.aliases
                     and any(e.name in n and not n.startswith(e.name) for n in legal))
                 or (e.has("Organization") and any(n.startswith(e.name) and n != e.name for n in orgs)))]
    for ent in gone:
        ctx.table.remove(ent)
    if gone:
        ctx.mentions = find_mentions(ctx.doc, ctx.table)


# 年产N<unit>X(扩建/二期…)项目: the capacity, the product X, the kind of work
_CAPACITY_PROJECT_PARTS_RE = re.compile(
    r"(?:年产能?|年处理|年加工|年回收)(?:约|近|超)?[\d.]+[万千百亿]?"
    r"(?:吨|台|套|辆|件|片|只|颗|条|支|平方米|立方米|米|GWh|GW|MWh|MW|吉瓦时|吉瓦|兆瓦|千瓦)"
    r"([\u4e00-\u9fffA-Za-z]{2,12}?)(?:扩建|扩产|新建|技改|改扩建|智能化|产业化|生产线|产线|一期|二期|三期)*项目$")

_PROJECT_VERB_END_RE = re.compile(r"(?:扩建|新建|建设|投资|实施|启动|推进|开工|签约|引进|落地|上马|布局|谋划|储备)$")

# a brand opening the clause right before the project (X碳纤维|年产1.2万吨…项目)
_OWNER_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,6}")


def capacity_project_parts(ctx: Context) -> None:
    """A project named by its capacity (年产N吨X项目) makes the product X; a brand that opens the
    clause right before it (X公司|年产…项目, named without a cue word) is the company carrying it out."""
    flat = ctx.doc.flat
    for ent in list(ctx.table.entities):
        if not ent.has("Project") or ent.has("Enterprise"):
            continue
        pm = next((m for n in ent.names() if (m := _CAPACITY_PROJECT_PARTS_RE.match(n)) is not None), None)
        if pm is None:
            continue
        product = pm.group(1)
        if "的" not in product and ctx.table.get(product) is None and not tokens(product)[0][3].startswith(("v", "d", "p")):
            ctx.table.add(product, ("Product",), flat.find(product, max(0, ent.first)), "Product a capacity project names (年产N吨X项目)")
        at = flat.find(pm.string)
        if at <= 0:
            continue
        clause_start = ctx.doc.clause_at(at)[3].start
        name = flat[clause_start:at].split("、")[-1].strip()  # (a list item's name: …、X|年产…项目)
        if not _OWNER_NAME_RE.fullmatch(name) or ctx.table.get(name) is not None or _PROJECT_VERB_END_RE.search(name) \
                or not brand_like(ctx, name):
            continue  # 恒X扩建|年产…项目: a verb before the project, the company (if any) is named before it
        owner = ctx.table.add(name, ("Enterprise",), at - len(name), "company named right before its capacity project")
        ctx.project_owners.append((owner, ent, flat[at - len(name):at + len(pm.string)]))


def industry_short_forms(ctx: Context) -> None:
    """An industry named with 产业 (生物X产业) is also named without it (生物X), as reports mostly write it."""
    for ent in list(ctx.table.entities):
        if ent.classes == {"Industry"} and ent.name.endswith("产业") and len(ent.name) >= 5 \
                and not ent.name.endswith(("新兴产业", "主导产业", "支柱产业", "特色产业")):
            short = ent.name[:-2]
            if ctx.table.get(short) is None:
                ctx.table.alias(ent, short)


# <company>的P + what a product does in the market (已批量用于…, 去年出货…, 国内市场占有率…)
_OWNED_PRODUCT_TAIL_RE = re.compile(r"(?:已|去年|今年|全年|年内|也|还|国内|全国|全球|市场|出货|销量|产量|销售|批量|实现|"
                                    r"通过|获得|入选|远销|占据|供不应求|畅销)")


def owned_products(ctx: Context) -> None:
    """``<company>的P已批量用于… / 去年出货… / 国内市场占有率…``: P (a product word's head) is the company's product."""
    flat = ctx.doc.flat
    endings = tuple(sorted(lx.PRODUCT_ENDINGS, key=len, reverse=True))
    for ent in [e for e in ctx.table.entities if e.has("Enterprise") and not e.has("Funder")]:
        for name in [n for n in ent.names() if len(n) >= 2]:
            for at in occurrences(flat, name + "的"):
                start = at + len(name) + 1
                pm = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}").match(flat, start)
                if pm is None:
                    continue
                word = pm.group(0)
                cut = next((i for i in range(len(word), 1, -1) if word[:i].endswith(endings)
                            and _OWNED_PRODUCT_TAIL_RE.match(flat, start + i)), None)
                if cut is None:
                    continue
                product_name = word[:cut]
                if _RE16.fullmatch(product_name) or tokens(product_name)[0][3].startswith(("v", "d", "p", "r", "m")):
                    continue
                product = ctx.table.get(product_name) or ctx.table.add(
                    product_name, ("Product",), start, "Product named after its maker (X的P已…)")
                if product.has("Product"):
                    ctx.pending_produces.append((ent, product, at, start + cut))


# 形成“A—B—C”的全链条布局: the links of the chain the text named just before (X产业链实现…)
_DASH_WHOLE_CHAIN_RE = re.compile(r"“([^“”,,。;;]{2,20}(?:[—–→－+＋][^“”,,。;;—–→－+＋]{2,20}){2,8})”"
                                  r"的?(?:全链条|全产业链|产业链条|完整链条|链条)")
_CHAIN_DASH_RE = re.compile(r"[—–→－+＋]+")
_CHAIN_LINK_BAD_RE = re.compile(r"\d|的")
_CHAIN_NAME_BAD_RE = re.compile(r"完整|全|条|的|整体|现代")
_CHAIN_NAME_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]{2,8}(?:产业链|产业集群))(?!条|环节|上|中|下)")


def whole_chain_links(ctx: Context, flat: str) -> None:
    """形成“A—B—C”的全链条布局 / 补齐X产业集群的“A—B—C”链条: A, B and C are links of the X产业链 (or
    the X产业集群) the paragraph named before."""
    for m in _DASH_WHOLE_CHAIN_RE.finditer(flat) if "链条" in flat else ():
        links = [x.strip() for x in _CHAIN_DASH_RE.split(m.group(1))]
        para = ctx.doc.clause_at(m.start())[0]
        named = list(_CHAIN_NAME_BEFORE_RE.finditer(flat, para.start, m.start()))
        if not named or _CHAIN_NAME_BAD_RE.search(named[-1].group(1)) \
                or any(not 2 <= len(x) <= 12 or _CHAIN_LINK_BAD_RE.search(x) for x in links):
            continue
        whole = named[-1].group(1)
        # (the window may open before the name: 项目将补齐X产业集群 → the known cluster it ends with)
        known = max((n for n, e in ctx.table.by_name.items() if whole.endswith(n) and e.has("Cluster")), key=len, default=None)
        if known is None and not whole.endswith("产业链"):
            continue
        chain = ctx.table.by_name[known] if known else ctx.table.add(whole, ("Cluster",), named[-1].start(1))
        segs = [ctx.table.get(x) or ctx.table.add(x, ("IndustryChainSegment",), flat.find(x, m.start(1))) for x in links]
        segs = [s for s in segs if not s.has("Person", "Place", "Zone", "Enterprise")]
        ctx.dash_chains.append((m.start(), m.end(), chain, segs))
    _listed_chain_links(ctx, flat)


# a chain named as what a zone extends or completes (二是延伸X产业链, 补齐X产业链): a cluster
_EXTENDED_CHAIN_RE = re.compile(r"(?:延伸|延长|拉长|补齐|完善|强化|做长)([\u4e00-\u9fff]{2,8}产业链)(?=[,,。;;]|$)")
# A、B、C等下游环节: links of the chain named before (the list's first item after its verb)
_LISTED_LINKS_RE = re.compile(r"([^,,。;;:]{2,40}?)等(?:上游|中游|下游|上下游|配套)环节")


def _listed_chain_links(ctx: Context, flat: str) -> None:
    """二是延伸X产业链: X产业链 is a cluster; 带动A、B、C等下游环节…: A, B and C are links of the chain
    named last before them (within the paragraph or the sentence before)."""
    if "产业链" not in flat:
        return
    chains = []
    for m in _EXTENDED_CHAIN_RE.finditer(flat):
        first = tokens(m.group(1))[0]
        if first[3][:1] not in ("v", "d", "r", "m") and not _CHAIN_NAME_BAD_RE.search(m.group(1)):
            chains.append((m.start(1), ctx.table.get(m.group(1)) or ctx.table.add(m.group(1), ("Cluster",), m.start(1))))
    if not chains or "环节" not in flat:
        return  # (the list pattern is read only where a chain was named)
    for m in _LISTED_LINKS_RE.finditer(flat, chains[0][0]):
        before = [c for at, c in chains if m.start() - 200 <= at < m.start()]
        items = [x for x in re.split(r"、|和|及", m.group(1)) if x]
        if not before or len(items) < 2:
            continue
        items[0] = strip_opening_verb(ctx, items[0])
        if any(not 2 <= len(x) <= 8 or _CHAIN_LINK_BAD_RE.search(x) for x in items):
            continue
        segs = [ctx.table.get(x) or ctx.table.add(x, ("IndustryChainSegment",), flat.find(x, m.start(1))) for x in items]
        segs = [seg for seg in segs if seg.has("IndustryChainSegment")]
        ctx.dash_chains.append((m.start(), m.end(), before[-1], segs))

