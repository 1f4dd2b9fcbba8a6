"""Relations read inside one clause: located in, develops, carries out, partner of, founded by…"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from graph.extract import lexicon as lx
from graph.extract.components.common import HEADS, INCUBATOR_WORD_RE
from graph.extract.components.incubation import incubation
from graph.extract.components.people import person_frames
from graph.extract.components.relations_structure import structure_relations
from graph.extract.components.subjects import head_anaphor
from graph.extract.context import ClauseSite, Context
from graph.extract.entities import Entity, Mention
from graph.extract.text import Clause, Paragraph, Segment, Sentence

_BUILDER_RE = re.compile(r"(?:投资建设|投资兴建|投资建成|搭建|建设|打造|上线|实施|承建|推进)的")

_PARENT_RE = re.compile(r"的(?:母公司|控股股东|总公司)")

_HQ_NAME_RE = re.compile(r"(?:区域|地区)总部$")

_FROM_HERE_RE = re.compile(r"(?:从这里|在这里|由此|从此处)(?:起步|走出|成长|出发|孵化)")

_ZONE_WORD_ACTS_RE = re.compile(r"(?:园区|我区|全区)(?:将|要|还|也|正|已|全力|着力|加快|持续|大力|重点)")

_ZONE_ADMIN_TITLE_RE = re.compile(r"(?:管委会|管理委员会|党工委)([\u4e00-\u9fff]{2,6})")

_ZONE_VERB_RE = re.compile(r"(?:还|也|已|已经|先后|相继|共|累计|正式|新|一并)*(?:建成|设立|搭建|组建|成立|发起设立|牵头组建)了?")


def opening_up_frames(ctx: Context, sent: Sentence, clause: Clause, ms: list[Mention]) -> None:
    """An opening-up story's frames: a parent company, a regional headquarters, a start from an incubator."""
    text, cs = clause.text, clause.start
    # X的母公司Y → X subsidiaryOf Y
    for pm in _PARENT_RE.finditer(text):
        child = [m for m in ms if m.end == cs + pm.start() and m.entity.has("Enterprise")]
        parent = [m for m in ms if m.start == cs + pm.end() and m.entity.has("Enterprise")]
        if child and parent:
            ctx.relate(child[0].entity, "subsidiaryOf", parent[0].entity, child[0].start, parent[0].end)
    # Y(与Z签约,)在区内设立…区域总部 → Y carriesOut the headquarters project, which lies in the zone
    for hq in [m for m in ms if m.entity.has("Project") and _HQ_NAME_RE.search(m.entity.name)]:
        lead = ctx.doc.flat[sent.start:hq.start]
        doers = [m for m in ctx.mentions_in(sent.start, hq.start) if m.entity.has("Enterprise") and not m.entity.has("Funder")
                 and not ctx.doc.flat.startswith("的", m.end)]
        if doers and re.search(r"设立了?$", lead):
            ctx.relate(doers[0].entity, "carriesOut", hq.entity, doers[0].start, hq.end)
        im = re.search(r"在(区内|园区|该区|([^,,。;;]{2,16}?))设立了?$", lead)
        if im is not None:
            named = ctx.mentions_in(sent.start + im.start(2), sent.start + im.end(2)) if im.group(2) is not None else []
            host = ctx.main_zone if im.group(2) is None else next(
                (m.entity for m in named if m.entity.has("Zone", "Park")), None)
            if host is not None and host.has("Zone", "Park"):
                ctx.relate(hq.entity, "locatedIn", host, sent.start + im.start(), hq.end)
    # <company>(以下简称“Y”)投资建设的<project> → carriesOut; <company>搭建的<platform> → foundedBy
    for bm in _BUILDER_RE.finditer(text):
        made = [m for m in ms if m.start == cs + bm.end() and m.entity.has("Project", "Platform")]
        by = [m for m in ms if m.end <= cs + bm.start() and m.entity.has("Enterprise") and not m.entity.has("Funder")
              and re.fullmatch(r"(?:[((]以下简称[“\"][^”\"]{1,16}[”\"][))])?", ctx.doc.flat[m.end:cs + bm.start()])]
        if made and by:
            pred = "carriesOut" if made[0].entity.has("Project") else "foundedBy"
            subj, obj = (by[-1].entity, made[0].entity) if pred == "carriesOut" else (made[0].entity, by[-1].entity)
            ctx.relate(subj, pred, obj, by[-1].start, made[0].end)
            parks = [m.entity for m in ctx.mentions_in(sent.start, by[-1].start) if m.entity.has("Park")]
            if pred == "carriesOut" and parks and re.match(r"\s*在", ctx.doc.flat[sent.start:]):
                ctx.relate(made[0].entity, "locatedIn", parks[0], sent.start, made[0].end)  # 在<park>,X投资建设的Y
    # A、B等企业从这里起步/走出 → incubatedBy the platform the sentence named before
    om = _FROM_HERE_RE.search(text)
    if om is not None:
        hosts = [m.entity for m in ctx.mentions_in(sent.start, cs + om.start()) if m.entity.has("Platform")
                 and INCUBATOR_WORD_RE.search(m.entity.name)]
        if hosts:
            for m in ms:
                if m.end <= cs + om.start() and m.entity.has("Enterprise") and not m.entity.has("Funder"):
                    ctx.relate(m.entity, "incubatedBy", hosts[-1], m.start, cs + om.end())


def clause_relations(ctx: Context, para: Paragraph, sent: Sentence, seg: Segment, clause: Clause,
                      current: Entity | None, topic: Entity | None) -> None:
    text = clause.text
    ms = ctx.mentions_in(clause.start, clause.end)
    cs, ce = clause.start, clause.end
    person_frames(ctx, para, sent, clause, ms)
    opening_up_frames(ctx, sent, clause, ms)
    _lead_frames(ctx, clause, cs, current, ms, seg, sent, text, topic)
    _lead_copula_frames(ctx, cs, current, ms, sent, text)
    _incubator_frames(ctx, cs, ms, para, sent, text)
    _bare_lead_frames(ctx, cs, ms, para, sent, text)
    _founding_frames(ctx, ce, cs, current, ms, seg, sent, text)
    _incubation_frames(ctx, ce, clause, cs, current, ms, seg, sent, text)
    _partner_frames(ctx, cs, current, ms, text)
    _location_frames(ctx, ce, cs, current, ms, text)
    _part_and_supplier_frames(ctx, ce, cs, current, ms, text)
    _membership_frames(ctx, clause, cs, ms, sent, text)
    _development_frames(ctx, ce, clause, cs, current, ms, sent, text)
    _one_company_frames(ctx, cs, ms, text)
    _enumeration_relations(ctx, ClauseSite(para, sent, seg, clause, ms, current, topic))


def _lead_frames(ctx: Context, clause: Clause, cs: int, current: Entity | None, ms: list[Mention], seg: Segment,
                 sent: Sentence, text: str, topic: Entity | None) -> None:
    # 以X为龙头 → X leadEnterpriseOf the park/cluster of the sentence (or paragraph topic)
    lm = re.search(r"以(.+?)(?:企业|公司|集团)?为(?:龙头|链主|引领)", text)
    if lm:
        leads = [m for m in ms if cs + lm.start(1) <= m.start < cs + lm.end(1) and m.entity.has("Enterprise")]
        before = [m.entity for m in ms if m.start < cs + lm.start() and m.entity.has("Park", "Cluster")]
        own = [current] if current is not None and current.has("Park", "Cluster") else []
        targets = before[-1:] or own or [m.entity for m in ctx.mentions_in(cs + lm.end(), sent.end)
                                         if m.entity.has("Park", "Cluster")]
        target = targets[0] if targets else topic
        for lead in leads:
            if target is not None:
                ctx.relate(lead.entity, "leadEnterpriseOf", target, cs, cs + lm.end(), "龙头")
    # (园区|集群)龙头企业X / 园区链主企业X → X leadEnterpriseOf the park or cluster spoken of
    for lm4 in re.finditer(r"(园区|产业园|集群)的?(?:龙头企业|链主企业|链主|龙头)", text):
        leads4 = [m for m in ms if m.start == cs + lm4.end() and m.entity.has("Enterprise")]
        if not leads4:
            continue
        want = ("Cluster",) if lm4.group(1) == "集群" else ("Park",)
        hosts4 = [m.entity for m in ctx.mentions if m.end <= cs + lm4.start() and m.start >= cs - 400
                  and m.entity.has(*want)]
        host4 = hosts4[-1] if hosts4 else (current if current is not None and current.has(*want) else None)
        if host4 is not None:
            ctx.relate(leads4[0].entity, "leadEnterpriseOf", host4, cs + lm4.start(), leads4[0].end, "龙头")
    zone_foundings(ctx, sent, seg, clause, ms)


def _lead_copula_frames(ctx: Context, cs: int, current: Entity | None, ms: list[Mention], sent: Sentence, text: str) -> None:
    # X是(…)<cluster>的链主企业/龙头企业 → X leads the cluster
    for tm in re.finditer(r"是([^,,。;;]{2,30}?)的?(?:龙头企业|链主企业|链主|龙头)(?:之一)?", text):
        hosts_c = [m.entity for m in ms if cs + tm.start(1) <= m.start and m.end <= cs + tm.end(1) and m.entity.has("Cluster", "Park")]
        leads_c = [m.entity for m in ms if m.end <= cs + tm.start() and m.entity.has("Enterprise") and not m.entity.has("Funder")]
        if not leads_c:
            # A是B的子公司,也是C集群的龙头企业: the sentence's subject (its first company), not the last one named
            opening_c = [m for m in ctx.mentions_in(sent.start, cs) if not m.entity.has("Person", "Place")][:1]
            if opening_c and opening_c[0].entity.has("Enterprise") and not opening_c[0].entity.has("Funder") \
                    and opening_c[0].start - sent.start <= 2:
                leads_c = [opening_c[0].entity]
            elif current is not None and current.has("Enterprise") and not current.has("Funder"):
                leads_c = [current]
        if hosts_c and leads_c:
            ctx.relate(leads_c[-1], "leadEnterpriseOf", hosts_c[-1], cs, cs + tm.end(), "龙头企业")


def _incubator_frames(ctx: Context, cs: int, ms: list[Mention], para: Paragraph, sent: Sentence, text: str) -> None:
    # X(带着团队)入驻<incubator>,创办了Y / Y入驻<incubator> → Y incubatedBy the incubator
    for em in re.finditer(r"(?:入驻|进驻)(?:了|到)?", text):
        incs = [m for m in ms if m.start == cs + em.end() and m.entity.has("Platform")
                and re.search(r"孵化器|众创空间|加速器|孵化基地|孵化园|创新港|创业园|孵化中心|创业中心", m.surface + m.entity.name)]
        if not incs:
            continue
        rest_s = ctx.doc.flat[incs[0].end:sent.end]
        made_m = re.match(r"[^。;;]{0,30}?(?:创办|创立|成立|注册|孵化)了?", rest_s)
        incubatees = [m.entity for m in ctx.mentions_in(incs[0].end + made_m.end(), sent.end)
                      if m.entity.has("Enterprise") and not m.entity.has("Funder")][:1] if made_m else []
        if not incubatees:
            incubatees = [m.entity for m in ms if m.end <= cs + em.start() and m.entity.has("Enterprise")
                          and not m.entity.has("Funder")][-1:]
        if not incubatees and re.search(r"(?:他|她|团队)", text[: em.start()]):
            para_ms = [m.entity for m in ctx.mentions_in(para.start, cs) if m.entity.has("Enterprise")
                       and not m.entity.has("Funder")]
            incubatees = para_ms[-1:]
        for inc_e in incubatees:
            ctx.relate(inc_e, "incubatedBy", incs[0].entity, cs, incs[0].end, "入驻")
    # 这家<cluster>的龙头企业…: the company spoken of (named last) leads the cluster
    for tm in re.finditer(r"这家([^,,。;;]{2,30}?)的?(?:龙头企业|链主企业|龙头|链主)", text):
        hosts_t = [m.entity for m in ms if cs + tm.start(1) <= m.start and m.end <= cs + tm.end(1) and m.entity.has("Cluster", "Park")]
        prior_t = [m.entity for m in ctx.mentions if m.end <= cs + tm.start() and m.start >= cs - 400
                   and m.entity.has("Enterprise") and not m.entity.has("Funder")]
        if hosts_t and prior_t:
            ctx.relate(prior_t[-1], "leadEnterpriseOf", hosts_t[-1], cs + tm.start(), cs + tm.end(), "龙头企业")
    # 园区孵化器X / <zone>科技企业孵化器“X”: the incubator named in apposition lies in the zone
    for am in re.finditer(r"(园区|该区)?的?(?:科技企业)?(?:孵化器|加速器|众创空间|孵化基地|孵化园)[“\"]?", text):
        inc = [m for m in ms if m.start == cs + am.end() and m.entity.has("Platform")]
        if am.group(1):
            zone_a = ctx.main_zone
        else:
            # <zone>科技企业孵化器“X” (the descriptor may itself be a name of X)
            zone_ms = [m for m in ctx.mentions_in(cs, cs + am.end()) if m.entity.has("Zone")
                       and re.fullmatch(r"的?(?:科技企业)?(?:孵化器|加速器|众创空间|孵化基地|孵化园)[“\"]?",
                                        ctx.doc.flat[m.end:cs + am.end()])]
            zone_a = zone_ms[-1].entity if zone_ms else None
            if not inc and zone_ms:
                inc = [m for m in ms if m.start == cs + am.end() and m.entity.has("Platform")]
        if inc and zone_a is not None and zone_a.has("Zone"):
            ctx.relate(inc[0].entity, "locatedIn", zone_a, cs + am.start(), inc[0].end)
    for m in ms:
        # <zone>科技企业孵化器“X”, the descriptor read as a name of X: X lies in the zone
        if m.entity.has("Platform") and m.surface != m.entity.name and ctx.doc.flat.startswith("“" + m.entity.name, m.end) \
                and re.search(r"(?:孵化器|加速器|众创空间|孵化基地|孵化园)$", m.surface):
            host = next((z for z in ctx.table.entities if z.has("Zone") for n in z.names()
                         if m.surface.startswith(n) and len(m.surface) > len(n)), None)
            if host is not None:
                ctx.relate(m.entity, "locatedIn", host, m.start, m.end + len(m.entity.name) + 2)


def _bare_lead_frames(ctx: Context, cs: int, ms: list[Mention], para: Paragraph, sent: Sentence, text: str) -> None:
    # <cluster>…;链主企业X… : a bare 链主企业/龙头企业 opening a clause leads the cluster the sentence named
    lm5 = re.match(r"\s*(?:其中|同时)?[,,]?(?:链主企业|链主|龙头企业)", text)
    if lm5:
        leads5 = [m for m in ms if m.start == cs + lm5.end() and m.entity.has("Enterprise")]
        # the cluster of this sentence, else of the sentence before in the paragraph
        prev_s = [x for x in para.sentences if x.end <= sent.start][-1:]
        hosts5 = [m.entity for m in ctx.mentions_in(prev_s[0].start if prev_s else sent.start, cs) if m.entity.has("Cluster")]
        if leads5 and hosts5:
            ctx.relate(leads5[0].entity, "leadEnterpriseOf", hosts5[-1], cs, leads5[0].end, "链主")


def _founding_frames(ctx: Context, ce: int, cs: int, current: Entity | None, ms: list[Mention], seg: Segment,
                     sent: Sentence, text: str) -> None:
    # 联合A与B成立/建设C → C foundedBy subject, A, B
    fm = re.search(r"(成立|建设|组建|共建|设立|揭牌)", text)
    if fm and re.search(r"在[^,;:。]{2,14}?设立的", text):
        fm = None  # A在X设立的B: a local base (below), not a founding
    if fm and re.search(r"、[^,,。;;]{2,20}等(?:平台|载体|机构)", text[fm.end():]):
        fm = None  # 共建A、B等平台: kinds of platform, not named foundations
    if not fm:
        return
    objs = [m.entity for m in ms if m.start >= cs + fm.end() and m.entity.has("Platform", "Enterprise", "Alliance", "Funder")]
    if not objs:
        return
    _found_with_partners(ctx, fm, objs, ce, cs, current, ms, seg, sent, text)


def _found_with_partners(ctx: Context, fm: re.Match[str], objs: list[Entity], ce: int, cs: int, current: Entity | None,
                         ms: list[Mention], seg: Segment, sent: Sentence, text: str) -> None:
    obj = objs[0]
    founders: list[tuple[Entity, str | None]] = []
    main_m = re.search(r"以([^,,]+?)为主体", seg.text)
    if main_m:
        for m in ctx.mentions_in(seg.start + main_m.start(1), seg.start + main_m.end(1)):
            founders.append((m.entity, "主体"))
    um = re.search(r"(?:联合|携手)(.+?)(成立|建设|组建|共建|设立)", text) \
        or re.search(r"(?:与|和|同)([^,,。;;]+?)(?:合作|共同|联合|一起)?(成立|建设|组建|共建|设立)的", text) \
        or re.search(r"(?:与|和|同)([^,,。;;]+?)(?:合作|共同|联合|一起)(成立|建设|组建|共建|设立)", text) \
        or re.search(r"(?:与|和|同)([^,,。;;]+?)(共建)", text)
    founders = _partner_founders(ctx, cs, founders, ms, sent, text, um)
    actor, obj = _founding_actor(ctx, cs, current, fm, ms, obj, sent, text, um)
    _relate_founders(ctx, actor, ce, cs, fm, founders, main_m, obj, objs, seg, text, um)


def _partner_founders(ctx: Context, cs: int, founders: list[tuple[Entity, str | None]], ms: list[Mention], sent: Sentence,
                      text: str, um: re.Match[str] | None) -> list[tuple[Entity, str | None]]:
    prev_um = None
    if not um and re.match(r"(?:并|还|双方)?(?:共建|共同建设|合作共建|共同组建|联合成立)", text):
        # A与B签署合作协议,共建C: B, named in the clause before, co-founds C
        prev_um = re.search(r"(?:与|和|同)([^,,。;;]{2,24}?)(?:签署|签订|达成)[^,,。;;]{0,12}$",
                            re.sub(r"[,，]+$", "", ctx.doc.flat[sent.start:cs]))
    if prev_um is not None:
        ps = sent.start + prev_um.start(1)
        founders.extend((m.entity, None) for m in ctx.mentions_in(ps, sent.start + prev_um.end(1))
                        if m.entity.has("Enterprise", "Platform", "Organization", "Zone"))
    if um:
        founders.extend((m.entity, None) for m in ms
                        if cs + um.start(1) <= m.start < cs + um.end(1)
                        and not ctx.doc.flat.startswith((*lx.MEMBER_ROLES, "院士"), m.end)
                        and m.entity.has("Enterprise", "Platform", "Organization", "ResearchTeam",
                                         "Alliance", "Zone", "Person"))
        for m in ms:
            if cs + um.start(1) <= m.start < cs + um.end(1) and m.entity.has("Person"):
                team = ctx.table.get(m.entity.name + "团队")
                if team is not None:
                    founders = [(f, r) for f, r in founders if f is not m.entity]
                    founders.append((team, None))
    return founders


def _founding_actor(ctx: Context, cs: int, current: Entity | None, fm: re.Match[str], ms: list[Mention], obj: Entity,
                    sent: Sentence, text: str, um: re.Match[str] | None) -> tuple[Entity | None, Entity]:
    actor = current
    if um is not None and um.group(0).endswith("的"):
        # …、A与B共建的C: C (named right after 的) is what A and B built, A the one before 与
        built_c = [m.entity for m in ms if m.start == cs + um.end()
                   and m.entity.has("Platform", "Enterprise", "Alliance", "Funder")]
        by_a = [m.entity for m in ms if m.end == cs + um.start()
                and m.entity.has("Zone", "Enterprise", "Organization", "Platform")]
        if built_c:
            obj = built_c[0]
        if by_a:
            actor = by_a[0]
        elif (wm_ := re.search(r"(园区|我区|我们)(?:还|也|已|先后)?$", text[:um.start()])) is not None:
            actor = word_entity(ctx, wm_.group(1)) or actor  # 园区与B共建的C
    if actor is None or actor.has("Person"):
        actor = None
        # 企业…,并与B共建C: the bare word 企业 opening the sentence is the company spoken of
        sent_head = ctx.doc.flat[sent.start:cs + (um.start() if um else fm.start())]
        said_m = re.match(r"\s*(?:[\u4e00-\u9fff]{2,4}[:：])?\s*(园区|我区|我们)", sent_head)
        before_um = [m for m in ms if m.end <= cs + (um.start() if um else fm.start())]
        if said_m and not [m for m in ctx.mentions_in(sent.start, sent.start + said_m.end()) if not m.entity.has("Person")] \
                and not before_um:
            actor = word_entity(ctx, said_m.group(1))  # 我们设立了A,还与B共建了C
        elif re.match(r"\s*(?:该|这家)?(?:企业|公司)", sent_head):
            prior_e = [m.entity for m in ctx.mentions if m.end <= sent.start and m.start >= sent.start - 400
                       and m.entity.has("Enterprise") and not m.entity.has("Funder")]
            actor = prior_e[-1] if prior_e else None
    if actor is None or actor is obj:
        pre = [m.entity for m in ms if m.end <= cs + (um.start() if um else fm.start())
               and m.entity.has("Zone", "Enterprise", "Organization", "Platform")]
        actor = pre[-1] if pre else None
    return actor, obj


def _relate_founders(ctx: Context, actor: Entity | None, ce: int, cs: int, fm: re.Match[str],
                     founders: list[tuple[Entity, str | None]], main_m: re.Match[str] | None, obj: Entity,
                     objs: list[Entity], seg: Segment, text: str, um: re.Match[str] | None) -> None:
    if actor is not None and actor.has("Zone", "Enterprise", "Organization", "Platform") and not main_m:
        founders.insert(0, (actor, None))
    if fm.group(1) == "建设" and not um and not main_m:
        founders = []
    partners_each = [f for f, _ in founders if um and f is not actor]
    if um and "分别" in text and len(objs) == len(partners_each) >= 2:
        # 与A、B分别共建了X和Y: A builds X, B builds Y (with the actor)
        for each_obj, each_partner in zip(objs, partners_each, strict=True):
            for f in ([actor] if actor is not None and actor.has("Zone", "Enterprise", "Organization", "Platform")
                      else []) + [each_partner]:
                ctx.relate(each_obj, "foundedBy", f, cs, ce)
        founders = []
    for f, role in founders:
        if f.has("Place", "Cluster", "Park"):
            continue
        start = min(cs, seg.start + main_m.start()) if main_m and role else cs
        ctx.relate(obj, "foundedBy", f, start, ce, role)




def _incubation_frames(ctx: Context, ce: int, clause: Clause, cs: int, current: Entity | None, ms: list[Mention],
                       seg: Segment, sent: Sentence, text: str) -> None:
    # 孵化 → incubatedBy
    im = re.search(r"孵化|^(?:其中|从这里走出|从中走出)|从这里“?毕业", text)
    if im and incubation(ctx, clause, ms, current):
        im = None
    out_m = re.match(r"\s*(?:先后|累计|已经?|陆续|成功|还|共|相继)*(?:孵化|培育)出", text)
    if out_m is not None:
        # 孵化器累计毕业企业N家,(先后)培育出A、B等…: the graduates of the platform the sentence is about
        host_p = current if current is not None and current.has("Platform") else sentence_platform(ctx, sent, seg, cs)
        if host_p is not None:
            for m in ms:
                if m.entity.has("Enterprise") and not m.entity.has("Funder"):
                    ctx.relate(m.entity, "incubatedBy", host_p, cs, ce)
            im = None
    # 从孵化园走出来的X / 在孵化园成长起来的X → X incubatedBy the incubator
    for gm in re.finditer(r"(?:从|在)([\u4e00-\u9fff]{2,16}?)(?:里|中|内)?(?:走出来|走出|成长起来|成长壮大|孵化成长|毕业)的", text):
        grads = [m for m in ms if m.start == cs + gm.end() and m.entity.has("Enterprise") and not m.entity.has("Funder")]
        inc_ms = [m for m in ms if cs + gm.start(1) <= m.start and m.end <= cs + gm.end(1) and m.entity.has("Platform", "Park")]
        host_g = inc_ms[-1].entity if inc_ms else None
        if host_g is None:
            word = gm.group(1)
            prior = [m.entity for m in ctx.mentions if m.end <= cs and m.start >= cs - 1200 and m.entity.has("Platform")
                     and m.entity.name.endswith(word)]
            host_g = prior[-1] if prior else None
        if grads and host_g is not None:
            ctx.relate(grads[0].entity, "incubatedBy", host_g, cs + gm.start(), grads[0].end)
    if im and current is not None and im.group(0) == "孵化" and current.has("Zone", "Platform", "Park", "Organization", "Enterprise"):
        for m in ms:
            if m.start >= cs + im.end() and m.entity.has("Enterprise", "Project"):
                ctx.relate(m.entity, "incubatedBy", current, cs, ce)


def _partner_frames(ctx: Context, cs: int, current: Entity | None, ms: list[Mention], text: str) -> None:
    # A、B和C先后与Z共建…平台 / A与Z签署…协议 (nothing named is founded) → partnerOf
    pm2 = re.search(r"(?:先后|分别|共同|已)?(?:与|同)([^,,。;;]{2,24}?)(?:签署|签订|签约|签下|共建|开展|达成|深化)", text)
    if pm2:
        orgs = ("Enterprise", "Organization", "Platform", "Zone", "Alliance")
        pm_partners = [x.entity for x in ms if cs + pm2.start(1) <= x.start and x.end <= cs + pm2.end(1) and x.entity.has(*orgs)]
        # X的母公司Y与Z签约: X, a possessor, is no party
        pm_subjects = [x.entity for x in ms if x.end <= cs + pm2.start() and x.entity.has(*orgs)
                       and not ctx.doc.flat.startswith("的", x.end)]
        founded = [x for x in ms if x.start >= cs + pm2.end() and x.entity.has("Platform", "Enterprise", "Alliance", "Funder")]
        gap = ctx.doc.flat[cs:cs + pm2.start()]
        if not pm_subjects and current is not None and current.has(*orgs):
            pm_subjects = [current]
        elif pm_subjects and not re.fullmatch(r"[^,,。;;]*", gap):
            pm_subjects = pm_subjects[-1:]
        kinds = re.search(r"、[^,,。;;]{2,20}等(?:平台|载体|机构)", text[pm2.end():]) is not None
        if not (pm2.group(0).endswith("共建") and founded) or kinds:
            for pa in pm_subjects:
                for pb in pm_partners:
                    ctx.relate(pa, "partnerOf", pb, cs, cs + pm2.end())


def _location_frames(ctx: Context, ce: int, cs: int, current: Entity | None, ms: list[Mention], text: str) -> None:
    # 位于园区的X / 园区内的X: X lies in the article's zone
    for pm3 in re.finditer(r"(?:位于|落户|坐落于|扎根)(?:园区|该区|区内)的|园区内的", text):
        guests3 = [x for x in ms if x.start == cs + pm3.end() and x.entity.has("Enterprise", "Organization", "Platform", "Project")
                   and not x.entity.has("Funder")]
        if guests3 and ctx.main_zone is not None and ctx.main_zone.has("Zone"):
            ctx.relate(guests3[0].entity, "locatedIn", ctx.main_zone, cs + pm3.start(), guests3[0].end)
    # X落户(于)Z / 位于Z…的X → locatedIn
    lm3 = re.search(r"(落户|位于|坐落于|坐落在|扎根|入驻)(?:于|在)?", text)
    if lm3:
        lm_hosts = [x for x in ms if x.start == cs + lm3.end() and x.entity.has("Zone", "Park", "Place")]
        if lm_hosts:
            lm_host = lm_hosts[0]
            while lm_host.entity.has("Place"):
                # 位于X省Y市的Z: the host is the last of the places written together
                inner_place = [x for x in ms if x.start == lm_host.end and x.entity.has("Place")]
                if not inner_place:
                    break
                lm_host = inner_place[0]
            lm_tail = re.match(r"[^,,。;;]{0,8}?的", ctx.doc.flat[lm_host.end:ce])
            lm_guests = [x.entity for x in ms if lm_tail is not None and x.start == lm_host.end + lm_tail.end()]
            if not lm_guests:
                lm_guests = [x.entity for x in ms if x.end <= cs + lm3.start()
                          and x.entity.has("Enterprise", "Organization", "Platform", "Project")][-1:]
            if not lm_guests and current is not None and current.has("Enterprise", "Organization", "Platform"):
                lm_guests = [current]
            for g in lm_guests:
                if g.has("Enterprise", "Organization", "Platform", "Project", "Park") \
                        or (g.has("Zone") and lm_host.entity.has("Place")):
                    ctx.relate(g, "locatedIn", lm_host.entity, cs, lm_host.end)
        elif lm3.group(1) in ("落户", "入驻", "扎根") and re.fullmatch(r"(?:园区|该区|这里|此地|本区)?[。!]?\s*", text[lm3.end():]) \
                and ctx.main_zone is not None and ctx.main_zone.has("Zone"):
            # X随后落户 / X已入驻园区: nothing named after the verb, the host is the article's zone
            settled = [x for x in ms if x.end <= cs + lm3.start() and x.entity.has("Enterprise", "Organization", "Platform", "Project")]
            later = [x for x in ms if settled and settled[-1].end <= x.start and x.end <= cs + lm3.start()
                     and x.entity.has("Person", "ResearchTeam")]
            if settled and not settled[-1].entity.has("Funder") and not later \
                    and not re.search("团队|院士|教授|专家", text[settled[-1].end - cs:lm3.start()]):
                listed = [settled[-1]]
                for x in reversed(settled[:-1]):  # A、B等配套企业相继落户: every listed company
                    if ctx.doc.flat[x.end:listed[0].start] in ("、", "和", "及", "与"):
                        listed.insert(0, x)
                    else:
                        break
                for x in listed:
                    ctx.relate(x.entity, "locatedIn", ctx.main_zone, cs, ce)


def _part_and_supplier_frames(ctx: Context, ce: int, cs: int, current: Entity | None, ms: list[Mention], text: str) -> None:
    # <zone>(的)<park>(内|里) → partOf
    for zm, pk in pairwise(ms):
        if zm.entity.has("Zone") and pk.entity.has("Park") and not pk.entity.has("Zone") \
                and ctx.doc.flat[zm.end:pk.start] in ("的", "") \
                and re.match(r"(?:内|里|中|已|是|现|目前|共|占地|规划|位于|一期|二期)", ctx.doc.flat[pk.end:ce]):
            ctx.relate(pk.entity, "partOf", zm.entity, zm.start, pk.end)
    # A是B的配套企业/合作伙伴/供应商 → partnerOf
    sm = re.search(r"是([^,,。;;]{2,24}?)的(?:配套企业|配套商|合作伙伴|战略伙伴|供应商|核心供应商|重要客户)", text)
    if sm:
        a = [x for x in ms if x.end <= cs + sm.start() and x.entity.has("Enterprise", "Organization", "Platform")]
        b = [x for x in ms if cs + sm.start(1) <= x.start and x.end <= cs + sm.end(1)
             and x.entity.has("Enterprise", "Organization", "Platform")]
        if a and b:
            ctx.relate(a[-1].entity, "partnerOf", b[-1].entity, a[-1].start, cs + sm.end())
    # 与X(的)合作 → partnerOf
    pm = re.search(r"(?:与|同|和)(.+?)(?:的)?(?:合作|携手)", text)
    if pm and current is not None:
        for m in ms:
            partner = m.entity.has("Enterprise", "Platform", "Alliance", "Organization", "Zone")
            if cs + pm.start(1) <= m.start < cs + pm.end(1) and partner:
                ctx.relate(current, "partnerOf", m.entity, cs, ce)


def _membership_frames(ctx: Context, clause: Clause, cs: int, ms: list[Mention], sent: Sentence, text: str) -> None:
    # <org><title><person> → memberOf
    for i, m in enumerate(ms):
        person = m.entity if m.entity.has("Person") else None
        if person is None and m.entity.has("ResearchTeam") and m.surface.endswith("团队"):
            person = ctx.table.get(m.surface[:-2])
        if person is None or i == 0:
            continue
        org = ms[i - 1]
        between = ctx.doc.flat[org.end:m.start]
        # X(以下简称“Y”)总经理Z: the closing of the short-form note is no part of the role
        role = re.sub(r"^[”’\"」』)）]*(?:的|管委会|党工委|管理委员会)?", "", between.split("、")[-1])
        is_role = role in lx.MEMBER_ROLES or role.removeprefix("副") in lx.MEMBER_ROLES or role == "院士"
        # a department and its head (科技创新局局长, 金融工作局局长, 常务副主任): the office ends the phrase
        if not is_role and 2 < len(role) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]+", role) \
                and role.endswith(lx.MEMBER_ROLES) and not re.search(r"[的是和与在为]", role):
            is_role = True
        if is_role and org.entity.has("Enterprise", "Organization", "Platform", "Zone"):
            role = between if "、" in between else role
            ctx.relate(person, "memberOf", org.entity, org.start, m.end, role)
            if i >= 2 and ms[i - 2].entity.has("Enterprise", "Organization", "Platform", "Zone"):
                # A首席科学家、B院士X: the first post is held at A
                first_post = ctx.doc.flat[ms[i - 2].end:org.start]
                if first_post.endswith("、") and first_post[:-1].removeprefix("副") in (*lx.MEMBER_ROLES, "首席科学家", "常委", "委员"):
                    ctx.relate(person, "memberOf", ms[i - 2].entity, ms[i - 2].start, m.end, first_post[:-1])
            if "创始人" in role and org.entity.has("Enterprise", "Organization", "Platform"):
                ctx.relate(org.entity, "foundedBy", person, org.start, m.end)
    # <body>…,由X担任院长/主任: X holds the post in the body the sentence is about
    hm = re.search(r"由([^,,。;;]{2,30}?)(?:担任|出任)(院长|主任|所长|理事长|总经理|董事长|首席科学家|负责人)(?:[,,。;;]|$)", text)
    if hm:
        holders_h = [m for m in ms if cs + hm.start(1) <= m.start and m.end <= cs + hm.end(1) and m.entity.has("Person")]
        want_h = {"院长": "院", "所长": "所", "主任": "中心", "总经理": "公司", "董事长": "公司"}.get(hm.group(2), "")
        bodies_h = [m.entity for m in ctx.mentions_in(sent.start, cs + hm.start())
                    if m.entity.has("Platform", "Organization", "Enterprise", "Alliance") and not m.entity.has("Funder")
                    and (not want_h or want_h in m.entity.name[-4:] or (want_h == "公司" and m.entity.has("Enterprise")))]
        if holders_h and bodies_h:
            ctx.relate(holders_h[-1].entity, "memberOf", bodies_h[-1], cs + hm.start(), cs + hm.end(2), hm.group(2))
    # X(同时)担任/出任/兼任Y<role> → memberOf
    for am in re.finditer(r"(?:担任|出任|兼任|任)([^,,。;;]{2,30}?)(" + "|".join(lx.MEMBER_ROLES) + r"|院士)", text):
        holders = [m for m in ms if m.end <= cs + am.start() and m.entity.has("Person")]
        org_ms = [m for m in ms if cs + am.start(1) <= m.start and m.end <= cs + am.end(1)
                  and m.entity.has("Enterprise", "Organization", "Platform", "Zone")]
        if holders and org_ms and ctx.doc.flat[org_ms[-1].end:cs + am.start(2)] in ("", "常务", "副"):
            role = ctx.doc.flat[org_ms[-1].end:cs + am.end(2)]
            ctx.relate(holders[-1].entity, "memberOf", org_ms[-1].entity, holders[-1].start, cs + am.end(), role)
        elif holders and not org_ms and am.group(1) in ("中心", "研究院", "实验室", "公司", "集团", "联盟", "研究所"):
            # 由X担任中心主任: the bare head names the last such body named before
            bodies = [m.entity for m in ctx.mentions if cs - 400 <= m.start and m.end <= cs + am.start()
                      and m.entity.name.endswith(am.group(1)) and m.entity.has("Enterprise", "Organization", "Platform", "Alliance")]
            if bodies:
                ctx.relate(holders[-1].entity, "memberOf", bodies[-1], holders[-1].start, cs + am.end(), am.group(2))
    if ms and ms[0].entity.has("Person"):
        opening = ctx.doc.flat[cs:ms[0].start].lstrip()
        for head in HEADS:
            role = opening.removeprefix(head)
            if opening.startswith(head) and (role in lx.MEMBER_ROLES or role.removeprefix("副") in lx.MEMBER_ROLES):
                anaphor = head_anaphor(ctx, clause)
                if anaphor is not None and anaphor.entity.has("Enterprise", "Organization", "Platform"):
                    ctx.relate(ms[0].entity, "memberOf", anaphor.entity, cs, ms[0].end, role)
                break
        # ,管委会副主任X主持会议: the bare administration is the article's zone's
        admin = _ZONE_ADMIN_TITLE_RE.fullmatch(opening)
        if admin is not None and ctx.main_zone is not None and ctx.main_zone.has("Zone") \
                and admin.group(1).removeprefix("副").removeprefix("常务副") in lx.MEMBER_ROLES:
            ctx.relate(ms[0].entity, "memberOf", ctx.main_zone, cs, ms[0].end, opening)
    # Person团队 → heads
    for m in ms:
        if m.entity.has("ResearchTeam") and m.surface.endswith("团队"):
            person = ctx.table.get(m.surface[:-2])
            if person is not None:
                ctx.relate(person, "heads", m.entity, m.start, m.end)
            led = re.search(r"(?:领衔|带领|率领|牵头)的$", ctx.doc.flat[max(cs, m.start - 4):m.start])
            leaders = [p for p in ms if p.end <= m.start and p.entity.has("Person")]
            if led and leaders and m.start - leaders[-1].end <= 4:
                ctx.relate(leaders[-1].entity, "heads", m.entity, leaders[-1].start, m.end)


def _development_frames(ctx: Context, ce: int, clause: Clause, cs: int, current: Entity | None, ms: list[Mention],
                        sent: Sentence, text: str) -> None:
    # zone + 打造/建设/规划/培育 + cluster/park → developsCluster / developsPark
    dm = re.search(r"(打造|建设|规划|培育|构建|发展|做强|做大|做优|壮大|形成)", text)
    if dm:
        zones = [m.entity for m in ms if m.start < cs + dm.start() and m.entity.has("Zone")]
        actor = zones[-1] if zones else (current if current is not None and current.has("Zone") else None)
        if actor is None and ctx.main_zone is not None and ctx.main_zone.has("Zone") \
                and not [m for m in ctx.mentions_in(sent.start, cs + dm.start()) if m.entity.has("Enterprise", "Platform", "Park")] \
                and _ZONE_WORD_ACTS_RE.search(ctx.doc.flat[sent.start:cs + dm.start()]):
            actor = ctx.main_zone  # 园区将…,做强X产业集群
        if actor is not None:
            for m in ms:
                if m.start >= cs + dm.start():
                    if m.entity.has("Cluster"):
                        ctx.relate(actor, "developsCluster", m.entity, cs, ce)
                    elif m.entity.has("Park"):
                        ctx.relate(actor, "developsPark", m.entity, cs, ce)
    # X是…Y的核心 → coreOf; 规划面积N的X,是…Y的核心区: X closes the clause before
    km = re.search(r"是.+的核心", text)
    if km and ms:
        first = ms[0]
        clusters = [m.entity for m in ms if m.entity.has("Cluster") and m.start > first.start]
        if first.entity.has("Park") and clusters:
            ctx.relate(first.entity, "coreOf", clusters[0], cs, ce)
        elif km.start() == len(text) - len(text.lstrip()) and any(m.entity.has("Cluster") for m in ms):
            before_km = [m for m in ctx.mentions_in(sent.start, cs) if m.entity.has("Park")]
            core_of = next(m.entity for m in ms if m.entity.has("Cluster"))
            if before_km and re.fullmatch(r"[,,\s]*", ctx.doc.flat[before_km[-1].end:cs]):
                ctx.relate(before_km[-1].entity, "coreOf", core_of, before_km[-1].start, ce)
    opening_enterprise(ctx, sent, clause, ms)
    structure_relations(ctx, clause, ms, current)


def _one_company_frames(ctx: Context, cs: int, ms: list[Mention], text: str) -> None:
    # X一家…企业Y / 位于X的Y → locatedIn
    lm2 = re.search(r"一家[^,,。]{0,10}?(?:企业|公司)", text)
    if lm2:
        hosts = [m for m in ms if m.end <= cs + lm2.start() and m.entity.has("Zone", "Place", "Park")]
        guests = [m for m in ms if m.start >= cs + lm2.end() and m.entity.has("Enterprise")]
        if not guests and ms and ms[0].entity.has("Enterprise") and re.search(r"是[^,,。]{0,12}$", text[: lm2.start()]):
            guests = ms[:1]  # X是Z一家…企业
        if hosts and guests:
            ctx.relate(guests[0].entity, "locatedIn", hosts[-1].entity, hosts[-1].start, guests[0].end)


def _enumeration_relations(ctx: Context, site: ClauseSite) -> None:
    """Relations read from the lists (``ctx.enums``) that open in the clause, by the list's head."""
    for start, end, head, items in ctx.enums_in(site.cs, site.ce):
        for matches, needs_items, rule in _ENUM_RULES:
            if matches(head):
                if items or not needs_items:
                    rule(ctx, site, start, end, head, items)
                break


def _enum_focus_pattern(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    cs, ce, ms, current = site.cs, site.ce, site.ms, site.current
    tail = [m for m in ms if m.start >= end - 1]
    if tail and tail[0].entity.has("Cluster", "Park", "Platform") and ctx.doc.flat[end - 1:end] == "的":
        for it in items:
            ctx.relate(tail[0].entity, "focusesOn", it, cs, ce)
    else:
        # X以A、B为重点, … : the focus of the clause's park, cluster or platform
        focus_hosts = [m.entity for m in ms if m.end <= start and m.entity.has("Cluster", "Park", "Platform")]
        focus_owner = focus_hosts[-1] if focus_hosts else (current if current is not None
                                                   and current.has("Cluster", "Park", "Platform") else None)
        if focus_owner is not None:
            for it in items:
                ctx.relate(focus_owner, "focusesOn", it, cs, ce)


def _enum_application_fields(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    ms, current, topic = site.ms, site.current, site.topic
    field_owner = topic if topic is not None else current
    own = [m.entity for m in ms if m.end <= start and m.entity.has("Park", "Platform", "Product")]
    if own:
        field_owner = own[-1]
    if field_owner is not None and field_owner.has("Park", "Platform"):
        for it in items:
            ctx.relate(field_owner, "applicationField", it, start, end)


def _enum_supported_bodies(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current, topic = site.current, site.topic
    owner = topic if topic is not None else current
    if owner is not None and owner.has("Park", "Cluster", "Platform"):
        for it in items:
            ctx.relate(it, "supports", owner, start, end)


def _enum_first_made(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    para, sent = site.para, site.sent
    # (A)…完成了首款X的研发: A, or the company the paragraph is about (他/团队…)
    devs_f = [m.entity for m in ctx.mentions_in(sent.start, start)
              if m.entity.has("Enterprise") and not m.entity.has("Funder")]
    if not devs_f:
        devs_f = [m.entity for m in ctx.mentions_in(para.start, sent.start) if m.entity.has("Enterprise")
                  and not m.entity.has("Funder")]
    if devs_f:
        for it in items:
            ctx.relate(devs_f[-1], "developsTechnology", it, start, end)


def _enum_named_technology(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current, sent = site.current, site.sent
    # 其“X技术”…: the company 其 stands for; …核心技术X,来自A与B的联合攻关: A and B (partners)
    nxt_c = ctx.doc.flat[end:sent.end]
    from_m = re.match(r"[,,]?来自([^,,。;;]{2,40}?)的?(?:联合攻关|联合研发|合作研发|攻关|研发)", nxt_c)
    devs: list[Entity] = []
    if from_m:
        devs = [m.entity for m in ctx.mentions_in(end + from_m.start(1), end + from_m.end(1))
                if m.entity.has("Enterprise", "Organization", "Platform")]
        for dev_a, dev_b in pairwise(devs):
            ctx.relate(dev_a, "partnerOf", dev_b, end + from_m.start(1), end + from_m.end(1))
    elif ctx.doc.flat[start - 1:start] == "其" or ctx.doc.flat.startswith("其", start):
        prior_c = [m.entity for m in ctx.mentions if m.end <= start and m.start >= start - 300
                   and m.entity.has("Enterprise") and not m.entity.has("Funder")]
        devs = [current] if current is not None and current.has("Enterprise") else prior_c[-1:]
    for d in devs:
        for it in items:
            ctx.relate(d, "developsTechnology", it, start, end + (from_m.end() if from_m else 0))


def _enum_production_lines(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current, sent = site.current, site.sent
    # (将)建设A、B等产线: the company the sentence is about makes A and B
    makers_l = [m.entity for m in ctx.mentions_in(sent.start, start) if m.entity.has("Enterprise")
                and not m.entity.has("Funder")]
    maker_l = current if current is not None and current.has("Enterprise") else (makers_l[-1] if makers_l else None)
    if maker_l is not None:
        for it in items:
            if it.has("Product"):
                ctx.relate(maker_l, "produces", it, start, end)


def _enum_technologies(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current, seg = site.current, site.seg
    dev = [m.entity for m in ctx.mentions_in(seg.start, start) if m.entity.has("Enterprise", "Platform")]
    who = dev[-1] if dev else current
    if who is not None:
        for it in items:
            ctx.relate(who, "developsTechnology", it, start, end)


def _enum_park_focus(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current, sent = site.current, site.sent
    focus_by = [m.entity for m in ctx.mentions_in(sent.start, start) if m.entity.has("Park", "Cluster", "Platform")]
    owner_f = focus_by[-1] if focus_by else (current if current is not None and current.has("Park", "Cluster", "Platform")
                                             else None)
    if owner_f is not None:
        for it in items:
            ctx.relate(owner_f, "focusesOn", it, start, end)


def _enum_leading_industries(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current = site.current
    zone = current if current is not None and current.has("Zone") else ctx.main_zone
    if zone is not None and zone.has("Zone"):
        for it in items:
            ctx.relate(zone, "hasLeadingIndustry", it, start, end)


def _enum_chain_segments(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current, topic, para, sent = site.current, site.topic, site.para, site.sent
    chain_hosts = [m.entity for m in ctx.mentions_in(sent.start, start) if m.entity.has("Park", "Cluster")]
    if not chain_hosts and re.search(r"这里|该园|园内|园区内", sent.text):
        chain_hosts = [m.entity for m in ctx.mentions_in(para.start, sent.start) if m.entity.has("Park", "Cluster")][:1]
    elif not chain_hosts and re.search(r"(?:^|[,,])(?:该?集群|该园区)", ctx.doc.flat[end:sent.end]):
        # 围绕A、B等环节,集群已集聚…: the anaphor after the clause names the paragraph's last cluster
        chain_hosts = [m.entity for m in ctx.mentions_in(para.start, sent.start) if m.entity.has("Park", "Cluster")][-1:]
    host = chain_hosts[-1] if chain_hosts else (current if current is not None and current.has("Park", "Cluster") else topic)
    if host is not None:
        for it in items:
            ctx.relate(host, "hasChainSegment", it, start, end)


def _enum_own_products(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current = site.current
    # 其生产的X / 其研发的X: the maker is the subject 其 refers to
    if current is not None and current.has("Enterprise", "Platform") and current not in items:
        pred = "developsTechnology" if ctx.doc.flat.startswith("其研发", start) or not current.has("Enterprise") \
            else "produces"
        for it in items:
            ctx.relate(current, pred, it, start, end)


def _enum_made_by(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    cs, current = site.cs, site.current
    vm = re.search(r"(研发|研制|生产|推出|制造|开发)的$", ctx.doc.flat[cs:start + 3])
    makers = [m.entity for m in ctx.mentions_in(cs, start + 3) if m.entity.has("Enterprise", "Platform")]
    maker = makers[-1] if makers else (current if current is not None and current.has("Enterprise") else None)
    if vm and maker is not None:
        pred = "produces" if vm.group(1) in ("生产", "制造") else "developsTechnology"
        co = re.search(r"(?:与|和|同)([^,,。;;]{2,20}?)(?:联合|共同|合作)(?:研发|研制|开发)的$", ctx.doc.flat[cs:start + 3])
        if co and pred == "developsTechnology":
            # A与B联合研发的X: B develops it too
            for cm_ in ctx.mentions_in(cs + co.start(1), cs + co.end(1)):
                if cm_.entity.has("Enterprise", "Organization", "Platform") and cm_.entity is not maker:
                    for it in items:
                        ctx.relate(cm_.entity, pred, it, start, end)
        for it in items:
            ctx.relate(maker, pred, it, start, end)
            if re.match(r"[^,。;]{0,6}(?:量产|批量生产|投产|批量供货|供货|出货|上市销售|配套)", ctx.doc.flat[end:]) \
                    and maker.has("Enterprise"):
                ctx.relate(maker, "produces", it, start, end)


def _enum_products_and_technologies(ctx: Context, site: ClauseSite, start: int, end: int, head: str,
                                    items: list[Entity]) -> None:
    current, seg = site.current, site.seg
    makers = [m.entity for m in ctx.mentions_in(seg.start, start) if m.entity.has("Enterprise", "Platform")
              and not m.entity.has(*[x.primary for x in items])]
    maker = current if current is not None and current.has("Enterprise", "Platform") else None
    if makers and (maker is None or ctx.doc.flat.rfind(makers[-1].name, seg.start, start) >= 0):
        maker = makers[-1]
    if maker is not None:
        pred = "produces" if head == "produces" and maker.has("Enterprise") else "developsTechnology"
        for it in items:
            ctx.relate(maker, pred, it, start, end)


EnumRule = Callable[[Context, ClauseSite, int, int, str, list[Entity]], None]
# (which list heads, whether the list must have items, the rule): the first whose head matches runs
_ENUM_RULES: list[tuple[Callable[[str], bool], bool, EnumRule]] = [
    (lambda head: head.startswith('产业:以'), True, _enum_focus_pattern),
    (lambda head: head.startswith('领域'), True, _enum_application_fields),
    (lambda head: head.startswith('产品'), True, _enum_supported_bodies),
    (lambda head: head == 'first-made', True, _enum_first_made),
    (lambda head: head == 'tech-named', True, _enum_named_technology),
    (lambda head: head in ('产线', '生产线'), True, _enum_production_lines),
    (lambda head: head.startswith('技术'), True, _enum_technologies),
    (lambda head: head == 'focus', False, _enum_park_focus),
    (lambda head: head == 'leading', False, _enum_leading_industries),
    (lambda head: head == 'chain', False, _enum_chain_segments),
    (lambda head: head == 'own', False, _enum_own_products),
    (lambda head: head == 'made', False, _enum_made_by),
    (lambda head: head in ('produces', 'devtech'), False, _enum_products_and_technologies),
]




def word_entity(ctx: Context, word: str) -> Entity | None:
    """园区/我区/本区 name the article's zone; 我们 names the body an interview is with (——访<zone>
    管委会主任Y → the zone, ——访<company>董事长Y → the company), else nothing."""
    if word != "我们":
        return ctx.main_zone if ctx.main_zone is not None and ctx.main_zone.has("Zone") else None
    for para in ctx.doc.paragraphs[:4]:
        if re.match(r"[—\-\s]*(?:专访|访)", para.text) and len(para.text) <= 50:
            bodies = [m.entity for m in ctx.mentions_in(para.start, para.end)
                      if m.entity.has("Zone", "Enterprise", "Organization", "Platform") and not m.entity.has("Person")]
            if bodies:
                return bodies[0]
    return None


def zone_foundings(ctx: Context, sent: Sentence, seg: Segment, clause: Clause, ms: list[Mention]) -> None:
    """园区/我们/<zone>(还)建成/设立/搭建…X(、Y和Z) → each founded by the article's zone;
    …建成N大平台:A、B、C和D → the list in the next clause."""
    text, cs = clause.text, clause.start
    if ctx.main_zone is None or not ctx.main_zone.has("Zone"):
        return
    opener = re.match(r"\s*(?:目前|同时|此外|今年|全年)?[,,]?\s*", text)
    at0 = opener.end() if opener else 0
    word = re.match(r"园区|我们|我区|本区", text[at0:])
    founder = ctx.main_zone
    if word is not None:
        said = word_entity(ctx, word.group(0))
        if said is None or any(m.start < cs + at0 + word.end() for m in ms):
            return
        founder = said
        verb_at = at0 + word.end()
    else:
        lead = [m for m in ms if m.start == cs + at0]
        if not lead or lead[0].entity is not ctx.main_zone:
            return
        verb_at = lead[0].end - cs
    zm = _ZONE_VERB_RE.match(text, verb_at)
    if zm is None:
        return
    kinds = ("Platform", "Funder", "Alliance")
    after = [m for m in ms if m.start >= cs + zm.end()]
    rest = text[zm.end():].rstrip()
    if not after and re.search(r"[两二三四五六七八九十\d]+(?:大|个|家)?(?:平台|载体|机构)[::]$", rest):
        nxt = [c for c in seg.clauses if c.start >= clause.end][:1]
        after = ctx.mentions_in(nxt[0].start, nxt[0].end) if nxt else []
    built: list[Mention] = []
    at = cs + zm.end() if after and after[0].start < clause.end else (after[0].start if after else 0)
    for m in after:
        if not m.entity.has(*kinds) or m.entity is ctx.main_zone:
            break
        gap = ctx.doc.flat[built[-1].end if built else at:m.start].strip()
        if built and gap not in ("、", "和", "及", "以及"):
            break
        if not built and not re.fullmatch(r"(?:[^,,。;;、]{0,14}的)?", gap):
            break  # 设立了规模20亿元的X: only a modifier may stand between the verb and the name
        built.append(m)
    for m in built:
        ctx.relate(m.entity, "foundedBy", founder, cs, m.end)


def sentence_platform(ctx: Context, sent: Sentence, seg: Segment, cs: int) -> Entity | None:
    """The platform a sentence is about: the last one named before ``cs`` in the sentence, else
    the one a clause of the segment opens with by the tail of its name (中试基地全年… after
    X生物制造中试基地)."""
    named = [m.entity for m in ctx.mentions_in(sent.start, cs) if m.entity.has("Platform")]
    if named:
        return named[-1]
    for clause in seg.clauses:
        if clause.start >= cs:
            break
        text = re.sub(r"^\s*(?:其中|目前|同时)?[,,]?\s*", "", clause.text)
        prior = [m.entity for m in ctx.mentions if m.end <= clause.start and m.start >= clause.start - 1200
                 and m.entity.has("Platform")]
        for ent in reversed(prior):
            tail = next((ent.name[-k:] for k in range(min(6, len(ent.name) - 1), 2, -1) if text.startswith(ent.name[-k:])), None)
            if tail is not None:
                return ent
    return None


def opening_enterprise(ctx: Context, sent: Sentence, clause: Clause, ms: list[Mention]) -> None:
    """A clause opened by an enterprise after a scene-setting clause of the same sentence:
    ``(在)…<park>里/内, X…`` → X locatedIn the park; ``作为(集群)龙头企业, X…`` → X
    leadEnterpriseOf the cluster (or park) spoken of."""
    cs = clause.start
    lead = len(clause.text) - len(clause.text.lstrip())
    if not ms or ms[0].start != cs + lead or not ms[0].entity.has("Enterprise") or ms[0].entity.has("Funder"):
        return
    guest = ms[0]
    before = ctx.doc.flat[sent.start:cs]
    parks = [m for m in ctx.mentions_in(sent.start, cs) if m.entity.has("Park")]
    if parks and re.fullmatch(r"(?:里|内|中)[,,]\s*", ctx.doc.flat[parks[-1].end:cs]):
        ctx.relate(guest.entity, "locatedIn", parks[-1].entity, parks[-1].start, guest.end)
    am = re.search(r"作为[^,,。;;]{0,20}?(集群|产业园|园区|产业链)?的?(?:龙头企业|链主企业|链主|龙头)[,,]\s*$", before)
    if am:
        want = ("Park",) if am.group(1) in ("产业园", "园区") else ("Cluster",)
        # the host named inside the phrase (作为X产业集群的链主企业), else the last one named before
        hosts = [m.entity for m in ctx.mentions if m.end <= sent.start + am.end() and m.start >= cs - 600
                 and m.entity.has(*want)]
        if hosts:
            ctx.relate(guest.entity, "leadEnterpriseOf", hosts[-1], sent.start + am.start(), guest.end, "龙头企业")
