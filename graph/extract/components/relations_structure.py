"""Structure relations: parks in zones, clusters and their lead companies, platforms and
their operators, said once per sentence."""

from __future__ import annotations

import re
from itertools import pairwise

from graph.extract.components.subjects import head_anaphor
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.text import Clause

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"是([^,;:。]{2,20}?)(?:旗下|下属|的)的?(?:全资|控股)?子(?:公司|企业)")
_RE1 = re.compile(r"(?:旗下|下属)?的?(?:全资|控股)?子公司|(?<=集团)(?:旗下|下属)的?")
_RE2 = re.compile(r"(旗下|下属|全资控股|控股|全资持有|持股)的")
_RE3 = re.compile(r"(?:区属|园区所属|区管|管委会(?:所属|下属|旗下)的?)(?:国企|国有企业|平台公司|国有平台|企业)?")
_RE4 = re.compile(r"在([^,;:。]{2,14}?)设立的")
_RE5 = re.compile(r"(集群|产业园|园区)?(?:的)?龙头(?:企业)?(?:为|是)?")
_RE6 = re.compile(r"(其|的)?“([^”]{2,20})”项目")
_RE7 = re.compile(r"\s*(?:资金|款项|贷款|融资)?(?:主要|将|全部|重点)?(?:用于|投向|支持其|支持该企业|支持该公司)")
_RE8 = re.compile(r"(?:正在|已|将)?(?:实施|扩建|承担|推进|建设|新建|建成|投建)(?:了|的)?")
_RE9 = re.compile(r"其([^,;:。]{2,6}?(?:生产|制造|研发)?基地)")
_RE10 = re.compile(r"是([^,;:。]{2,20}?)(?:“[^”]{2,8}”)?的?"
                  r"(?:核心园区|主园区|园区之一|重要组成部分|组成部分|片区之一|重要片区|核心片区)")
_RE11 = re.compile(r"是([^,;:。]{2,20}?)(?:重点|着力|全力)?(?:建设|打造|规划|培育)的[^,;:。]{0,6}?(?:产业园|园区|集群)")
_RE12 = re.compile(r"由([^,;:。]{2,40}?)(?:共同|联合)?(?:出资|投资)?"
                  r"(?:建设|组建|共建|成立|发起设立|设立|牵头组建|牵头(?=[,,。;;]|$))(的)?")
_RE13 = re.compile(r"\s*(?:该项目|项目)?由([^,,。;;]{2,40}?)(?:负责|投资|出资|全资)?(?:建设|实施|承建|投建|运营)")
_RE14 = re.compile(r"(?:牵头)?(?:组建|成立|发起设立|设立|共建)的")
_RE15 = re.compile(r"(?:与|同|和)([^,;:。]{2,30}?)(?:签订|签署|达成)[^,;:。]{0,8}?合作")
_RE16 = re.compile(r"在(园区|该区|这里)$")
_RE17 = re.compile(r"^[”\"’]?[))]")
_RE18 = re.compile(r"(?:集团|公司)$")
_RE19 = re.compile(r"贷款|融资|授信|投资")
_RE20 = re.compile(r"(?:园区|我区)(?:与|和|联合|携手)")
_RE21 = re.compile(r"(?:计划|拟)?总?(?:投资|投入)(?:约|近|超)?[\d.]+[万亿]元的")
_RE22 = re.compile(r"在[^,;:。]{2,14}$")
_RE23 = re.compile(r"(?:获得|获)")
_RE24 = re.compile(r"(?:计划|拟|总)?(?:投资|投入|出资)(?:(?:约|近|超)?[\d.]+[万亿]元)?")

_CAPACITY_AFTER_RE = re.compile(r"年产能?(?:约|近|超)?[\d.]+[万千百亿]?(?:吨|台|套|辆|件|片|只|颗|条|支|平方米|立方米|米)"
                                r"([\u4e00-\u9fff]{2,12}?)(?:扩建|新建|技改|改扩建|智能化)?(?:生产线|产线|项目|装置)")

# what may stand between 建设/实施 and the project's name: its investment, its capacity
# 其X项目 / (该)公司…的X项目 right before a project's name (其中, 其他, 尤其: no pointer)
_OWN_PROJECT_RE = re.compile(r"(?:(?<![尤极与])其(?![中他余次实])|^[\s,,]*(?:该|这家)?(?:公司|企业|集团))(?:[^,,。;;]{0,16}?的)?$")
_PROJECT_LEAD_RE = re.compile(r"(?:(?:计划|拟)?总?投资(?:约|近|超)?[\d.]+[万亿]元的)?(?:(?:年产|年产能)[\d.]+[万亿千]?[^\d,;:。]{0,2})?")

# …and between the company and the verb: adverbs, a place (A已在园区建成X项目)
# B的(全资)子公司X…: an appositive before the company opening the clause
_APPOSITIVE_RE = re.compile(r"\s*[^,,。;;]{1,16}的(?:全资|控股)?(?:子公司|孙公司)")
_ACTOR_GAP_RE = re.compile(r"(?:(?:今年|去年|明年|当年|(?:19|20)\d{2}年)?"
                           r"(?:[一二三四]季度|上半年|下半年|\d{1,2}月(?:份|底|初)?|年内|年初|年底))?"
                           r"(?:已经?|正在|正|将|还|也|先后)*(?:在(?:园区|该区|这里|[\u4e00-\u9fff]{2,8}?区))?")


def structure_relations(ctx: Context, clause: Clause, ms: list[Mention], current: Entity | None) -> None:
    """Subsidiaries, local bases, lead enterprises, projects carried out, parks a zone builds,
    founders named after 由, strategic partners."""
    cs, ce, text = clause.start, clause.end, clause.text
    orgs = ("Enterprise", "Organization", "Platform", "Zone")
    # a frame that relates only a company (a zone or park) the clause names is skipped in a clause naming none
    company = any(x.entity.has("Enterprise") for x in ms)
    if company:
        _subsidiary_frames(ctx, ce, clause, cs, ms, text)
        _base_and_lead_frames(ctx, ce, cs, ms, text)
    _project_frames(ctx, ce, cs, current, ms, text)
    if company:
        _maker_and_base_frames(ctx, ce, cs, ms, text)
    if any(x.entity.has("Zone", "Park") for x in ms):
        _part_and_park_frames(ctx, ce, clause, cs, ms, text)
    _built_by_frames(ctx, ce, cs, current, ms, orgs, text)


def _subsidiary_frames(ctx: Context, ce: int, clause: Clause, cs: int, ms: list[Mention], text: str) -> None:
    # X是Y旗下(的)子公司 / Y旗下(的)子公司X / 集团子公司X
    m = _RE0.search(text)
    if m:
        parents = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has("Enterprise")]
        kids = [x.entity for x in ms if x.end <= cs + m.start() and x.entity.has("Enterprise")]
        if parents and kids:
            ctx.relate(kids[-1], "subsidiaryOf", parents[-1], cs, ce)
    for m in _RE1.finditer(text) if "子公司" in text or "旗下" in text or "下属" in text else ():
        kid = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
        if not kid:
            continue
        parent = [x.entity for x in ms if x.end == cs + m.start() and x.entity.has("Enterprise")]
        if not parent and _RE18.search(text[: m.start()].lstrip()):
            anaphor = head_anaphor(ctx, clause)
            parent = [anaphor.entity] if anaphor is not None and anaphor.entity.has("Enterprise") else []
        if parent:
            ctx.relate(kid[0].entity, "subsidiaryOf", parent[0], cs, kid[0].end)
    # Y旗下的X / (由)Y全资控股的X → subsidiaryOf (Y an enterprise) or ownedBy (Y a zone or body)
    for m in _RE2.finditer(text):
        own_kid = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
        own_parent = [x for x in ms if x.end == cs + m.start() and x.entity.has("Enterprise", "Zone", "Organization")]
        if not own_kid or not own_parent or own_kid[0].entity is own_parent[0].entity:
            continue
        if own_parent[0].entity.has("Enterprise") and not own_parent[0].entity.has("Zone"):
            ctx.relate(own_kid[0].entity, "subsidiaryOf", own_parent[0].entity, own_parent[0].start, own_kid[0].end)
        else:
            ctx.relate(own_kid[0].entity, "ownedBy", own_parent[0].entity, own_parent[0].start, own_kid[0].end, m.group(1))
    # 区属国企X / 园区所属平台公司X → X ownedBy the zone
    for m in _RE3.finditer(text):
        owned = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
        if owned and ctx.main_zone is not None and ctx.main_zone.has("Zone"):
            ctx.relate(owned[0].entity, "ownedBy", ctx.main_zone, cs + m.start(), owned[0].end, m.group(0))


def _base_and_lead_frames(ctx: Context, ce: int, cs: int, ms: list[Mention], text: str) -> None:
    # A在X设立的B → B localBaseOf A, B locatedIn X
    m = _RE4.search(text)
    if m:
        base = [x.entity for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
        owner = [x.entity for x in ms if x.end == cs + m.start() and x.entity.has("Enterprise")]
        host = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has("Zone", "Place", "Park")]
        if base and owner:
            ctx.relate(base[0], "localBaseOf", owner[0], cs, ce)
        if base and host:
            ctx.relate(base[0], "locatedIn", host[0], cs, ce)
    # (集群|产业园)龙头X → X leadEnterpriseOf the cluster / park named before
    for m in _RE5.finditer(text) if "龙头" in text else ():
        lead_m = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
        lead = [x.entity for x in lead_m]
        if not lead:
            continue
        want = {"集群": ("Cluster",), "产业园": ("Park",), "园区": ("Park",)}.get(m.group(1) or "", ("Cluster", "Park"))
        para = ctx.doc.clause_at(cs)[0]
        hosts = [x.entity for x in ctx.mentions_in(para.start, cs + m.start()) if x.entity.has(*want)]
        if hosts:
            ctx.relate(lead[0], "leadEnterpriseOf", hosts[-1], cs, lead_m[0].end, "龙头")


def _project_frames(ctx: Context, ce: int, cs: int, current: Entity | None, ms: list[Mention], text: str) -> None:
    # 其“X”项目 / A的“X”项目 → A carriesOut X
    for m in _RE6.finditer(text) if "”项目" in text else ():
        proj = ctx.table.get(m.group(2))
        if proj is None or not proj.has("Project"):
            continue
        owners = [x.entity for x in ms if x.end == cs + m.start() - (1 if m.group(1) == "的" else 0)
                  and x.entity.has("Enterprise", "Platform")] if m.group(1) != "其" else []
        if m.group(1) == "其":
            sent_ms = ctx.mentions_in(ctx.doc.clause_at(cs)[1].start, cs + m.start())
            before = [x.entity for x in sent_ms if x.entity.has("Enterprise", "Platform") and not x.entity.has("Funder")]
            owners = [current] if current is not None and current.has("Enterprise", "Platform") else before[-1:]
        if owners:
            ctx.relate(owners[0], "carriesOut", proj, cs + m.start(), cs + m.end())
    if not any(x.entity.has("Project") for x in ms):
        return  # every frame below relates a project the clause names
    # 其X项目二期… / 公司总投资N亿元的X项目…: the company spoken of carries out X
    for x in ms:
        if x.entity.has("Project") and not x.entity.has("Enterprise") \
                and _OWN_PROJECT_RE.search(text[:x.start - cs]) is not None:
            owner = _company_spoken_of(ctx, cs, current)
            if owner is not None:
                ctx.relate(owner, "carriesOut", x.entity, cs, x.end)
    # A获得…贷款/融资…,用于…X项目 → A carriesOut X
    use_m = _RE7.match(text)
    if use_m:
        sent = ctx.doc.clause_at(cs)[1]
        used = [x.entity for x in ms if x.entity.has("Project")]
        prev = ctx.doc.flat[sent.start:cs]
        takers = [x.entity for x in ctx.mentions_in(sent.start, cs) if x.entity.has("Enterprise")
                  if not x.entity.has("Funder") and _RE23.match(ctx.doc.flat[x.end:x.end + 2])]
        if not takers:
            # A完成B轮融资…/F向A发放贷款…, 资金投向/支持其X项目: the recipient of the sentence's funding
            funded = [f for f in ctx.funding if f["start"] >= sent.start and f["recipient"].has("Enterprise")]
            takers = [funded[-1]["recipient"]] if funded else []
        if used and takers and _RE19.search(prev):
            ctx.relate(takers[0], "carriesOut", used[0], sent.start, ce)
    # A实施/建设/扩建的B项目, A正在建设B项目 → A carriesOut B
    for m in _RE8.finditer(text):
        projects = [x.entity for x in ms if x.entity.has("Project") and x.start >= cs + m.end()
                    and _PROJECT_LEAD_RE.fullmatch(text[m.end():x.start - cs])]
        if not projects:
            continue
        # A(已)(在园区)建成X项目: adverbs and a place may stand between the company and the verb
        actors = [x.entity for x in ms if x.entity.has("Enterprise", "Platform") and not x.entity.has("Funder")
                  and (x.end == cs + m.start() or _RE24.fullmatch(text[x.end - cs:m.start()])
                       or ((x.start - cs <= 2 or _APPOSITIVE_RE.fullmatch(text[:x.start - cs]))
                           and _ACTOR_GAP_RE.fullmatch(text[x.end - cs:m.start()])))]
        host_m = _RE16.search(text[:m.start()].removesuffix("已").removesuffix("已经"))
        if actors and host_m and ctx.main_zone is not None and ctx.main_zone.has("Zone"):
            ctx.relate(projects[0], "locatedIn", ctx.main_zone, cs, ce)  # A已在园区建成X项目
        if not actors and current is not None and current.has("Enterprise", "Platform") \
                and not any(x.start < cs + m.start() for x in ms):
            actors = [current]
        if actors:
            ctx.relate(actors[0], "carriesOut", projects[0], cs, ce)


def _company_spoken_of(ctx: Context, cs: int, current: Entity | None) -> Entity | None:
    """The company a clause's 其/公司 stands for: the clause's subject, else the last company named
    earlier in the sentence."""
    if current is not None and current.has("Enterprise") and not current.has("Funder"):
        return current
    sent = ctx.doc.clause_at(cs)[1]
    before = [m.entity for m in ctx.mentions_in(sent.start, cs) if m.entity.has("Enterprise") and not m.entity.has("Funder")]
    return before[-1] if before else None


def _maker_and_base_frames(ctx: Context, ce: int, cs: int, ms: list[Mention], text: str) -> None:
    # <enterprise>年产N吨X生产线/项目 → the enterprise produces X
    for maker_m in ms:
        cap = _CAPACITY_AFTER_RE.match(ctx.doc.flat, maker_m.end, ce)
        line_product = ctx.table.get(cap.group(1)) if cap else None
        if cap and line_product is not None and line_product.has("Product") \
                and maker_m.entity.has("Enterprise") and not maker_m.entity.has("Funder"):
            ctx.relate(maker_m.entity, "produces", line_product, maker_m.start, cap.end())
    # <enterprise><project> written as one phrase (X公司年产3万吨Y项目) → the enterprise carries it out
    for own_m, proj_m in pairwise(ms):
        # 禾X生物(以下简称“Y”)投资N亿元的Z项目: the bracket that declares a short form stands between
        gap = _RE17.sub("", ctx.doc.flat[own_m.end:proj_m.start])
        if (gap in ("", "的") or _RE21.fullmatch(gap)) \
                and own_m.entity.has("Enterprise") and not own_m.entity.has("Funder") \
                and proj_m.entity.has("Project") and not proj_m.entity.has("Enterprise"):
            ctx.relate(own_m.entity, "carriesOut", proj_m.entity, own_m.start, proj_m.end)
    # 其<place>基地 → the base of the enterprise named just before
    m = _RE9.search(text)
    if m:
        base = [x.entity for x in ms if x.start == cs + m.start(1) and x.entity.has("Enterprise")]
        para = ctx.doc.clause_at(cs)[0]
        owners = [x.entity for x in ctx.mentions_in(max(para.start, cs - 60), cs + m.start())
                  if x.entity.has("Enterprise") and not x.entity.has("Funder")]
        if base and owners:
            ctx.relate(base[0], "localBaseOf", owners[-1], cs, ce)


def _part_and_park_frames(ctx: Context, ce: int, clause: Clause, cs: int, ms: list[Mention], text: str) -> None:
    # X是Z(“一区N园”)的核心园区/园区之一/重要组成部分 → X partOf Z
    m = _RE10.search(text)
    if m:
        wholes = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has("Zone", "Park")]
        parts = [x.entity for x in ms if x.end <= cs + m.start() and x.entity.has("Park", "Platform")]
        if not parts:
            anaphor = head_anaphor(ctx, clause)
            parts = [anaphor.entity] if anaphor is not None and anaphor.entity.has("Park", "Platform") else []
        if wholes and parts and parts[-1] is not wholes[0]:
            ctx.relate(parts[-1], "partOf", wholes[0], cs, ce)
    # X是Z(重点)建设的产业园 → Z developsPark X
    m = _RE11.search(text)
    if m:
        parks = [x.entity for x in ms if x.end <= cs + m.start() and x.entity.has("Park", "Cluster")]
        zones = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has("Zone")]
        if parks and zones:
            pred = "developsPark" if parks[-1].has("Park") else "developsCluster"
            ctx.relate(zones[0], pred, parks[-1], cs, ce)


def _built_by_frames(ctx: Context, ce: int, cs: int, current: Entity | None, ms: list[Mention], orgs, text: str) -> None:
    # …获批C,由A和B共同建设 → C foundedBy A, B
    by = "由" in text  # (in every match of _RE12 and _RE13)
    m = _RE12.search(text.lstrip()) if by else None
    if m:
        off = cs + len(text) - len(text.lstrip())
        founders = [x.entity for x in ms if off + m.start(1) <= x.start < off + m.end(1) and x.entity.has(*orgs)]
        if _RE20.match(m.group(1)) and ctx.main_zone is not None and ctx.main_zone.has("Zone"):
            founders.insert(0, ctx.main_zone)  # 由园区与B联合组建
        _, sent, _, _ = ctx.doc.clause_at(cs)
        built = [x.entity for x in ctx.mentions_in(sent.start, cs) if x.entity.has("Platform", "Alliance", "Park")]
        if m.start() > 0:  # C由A和B共同出资组建: C is named right before 由
            built = [x.entity for x in ms if x.end == off + m.start()
                     and x.entity.has("Platform", "Alliance", "Park", "Funder", "Enterprise")]
        if m.group(2):  # 由A和B共同组建的C
            built = [x.entity for x in ms if x.start == off + m.end() and x.entity.has("Platform", "Alliance", "Park", "Funder")]
        if built:
            for f in founders:
                ctx.relate(built[-1], "foundedBy", f, cs, ce)
    # (该)项目由X(负责)建设/实施 → X carriesOut the project spoken of
    bm = _RE13.match(text) if by else None
    if bm:
        builders = [x.entity for x in ms if cs + bm.start(1) <= x.start and x.end <= cs + bm.end(1)
                    and x.entity.has("Enterprise") and not x.entity.has("Funder")]
        projs = [x.entity for x in ctx.mentions_in(max(0, cs - 300), cs + bm.start(1)) if x.entity.has("Project")]
        if builders and projs and (text.lstrip().startswith(("该项目", "项目")) or projs[-1] in [x.entity for x in ms]):
            ctx.relate(builders[-1], "carriesOut", projs[-1], cs, cs + bm.end())
    # A牵头组建的B → B foundedBy A
    for m in _RE14.finditer(text) if "建的" in text or "立的" in text else ():
        made = [x.entity for x in ms if x.start == cs + m.end() and x.entity.has("Platform", "Alliance", "Funder", "Enterprise")]
        maker = [x.entity for x in ms if x.end == cs + m.start() and x.entity.has(*orgs)]
        if made and maker and not _RE22.search(text[: m.start()]):
            ctx.relate(made[0], "foundedBy", maker[0], cs, ce)
    # A与B签订/签署…合作协议 → partnerOf
    m = _RE15.search(text) if "合作" in text else None  # (合作 in every match)
    if m:
        a = [x.entity for x in ms if x.end <= cs + m.start() and x.entity.has(*orgs)]
        a = a[-1:] or ([current] if current is not None and current.has(*orgs) else [])
        for x in ms:
            if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has(*orgs) and a:
                ctx.relate(a[0], "partnerOf", x.entity, cs, ce)
