"""Relations read inside one clause: located in, develops, carries out, partner of, founded by…"""

from __future__ import annotations

import re
from itertools import pairwise

from graph.extract import lexicon as lx
from graph.extract.components.common import HEADS
from graph.extract.components.incubation import incubation
from graph.extract.components.people import person_frames
from graph.extract.components.relations_counted import (
    bare_cluster_roles,
    cluster_suppliers,
    counted_clusters,
    holdings,
    zone_companies_and_leaders,
)
from graph.extract.components.relations_lists import enumeration_relations
from graph.extract.components.relations_location import settled_frames, sited_frames, sited_objects
from graph.extract.components.relations_partners import joint_frames, partner_frames, supplier_frames
from graph.extract.components.relations_roles import bare_post_members
from graph.extract.components.relations_structure import structure_relations
from graph.extract.components.relations_zone import (
    founding_frames,
    opening_enterprise,
    opening_up_frames,
    sentence_platform,
    zone_foundings,
)
from graph.extract.components.subjects import head_anaphor
from graph.extract.context import ClauseSite, Context
from graph.extract.entities import Entity, Mention
from graph.extract.text import Clause, Paragraph, Segment, Sentence

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"以(.+?)(?:企业|公司|集团)?为(?:龙头|链主|引领)")
_RE1 = re.compile(r"(园区|产业园|集群)的?(?:龙头企业|链主企业|链主|龙头)")
_RE2 = re.compile(r"是([^,,。;;]{2,30}?)的?(?:龙头企业|链主企业|链主|龙头)(?:之一)?")
_RE3 = re.compile(r"(?:入驻|进驻)(?:了|到)?")
_RE4 = re.compile(r"这家([^,,。;;]{2,30}?)的?(?:龙头企业|链主企业|龙头|链主)")
_RE5 = re.compile(r"(园区|该区)?的?(?:科技企业)?(?:孵化器|加速器|众创空间|孵化基地|孵化园)[“\"]?")
_RE6 = re.compile(r"\s*(?:其中|同时)?[,,]?(?:链主企业|链主|龙头企业)")
_RE7 = re.compile(r"孵化|^(?:其中|从这里走出|从中走出)|从这里“?毕业")
_RE8 = re.compile(r"\s*(?:先后|累计|已经?|陆续|成功|还|共|相继)*(?:孵化|培育)出")
_RE9 = re.compile(r"(?:从|在)([\u4e00-\u9fff]{2,16}?)(?:里|中|内)?(?:走出来|走出|成长起来|成长壮大|孵化成长|毕业)的")
_RE11 = re.compile(r"(?:位于|落户|坐落于|扎根)(?:园区|该区|区内)的|园区内的")
_RE12 = re.compile(r"(落户|位于|地处|坐落于|坐落在|扎根|入驻)(?:于|在)?")
_RE13 = re.compile(r"是([^,,。;;]{2,24}?)的(?:配套企业|配套商|合作伙伴|战略伙伴|供应商|核心供应商|重要客户)")
_RE14 = re.compile(r"(?:与|同|和)(.+?)(?:的)?(?:合作|携手)")
_RE15 = re.compile(r"由([^,,。;;]{2,30}?)(?:担任|出任)(院长|主任|所长|理事长|总经理|董事长|首席科学家|负责人)(?:[,,。;;]|$)")
# (首任)院长由B教授X担任: the post named before the holder
_ROLE_FIRST_RE = re.compile(r"(院长|主任|所长|理事长|总经理|董事长|首席科学家|负责人)由([^,,。;;]{2,30}?)(?:担任|出任)")
_RE16 = re.compile(r"(打造|建设|规划|培育|构建|发展|做强|做大|做优|壮大|形成)")
_RE17 = re.compile(r"是.+的核心")
_RE18 = re.compile(r"一家[^,,。]{0,10}?(?:企业|公司)")
_RE19 = re.compile(r"[^。;;]{0,30}?(?:创办|创立|成立|注册|孵化)了?")
_RE20 = re.compile(r"^[”’\"」』)）]*(?:的|管委会|党工委|管理委员会)?")
_RE21 = re.compile(r"(?:他|她|团队)")
_RE22 = re.compile(r"(?:孵化器|加速器|众创空间|孵化基地|孵化园)$")
_RE24 = re.compile(r"[^,,。;;]{0,8}?的")
_RE25 = re.compile(r"(?:内|里|中|已|是|现|目前|共|占地|规划|位于|一期|二期)")
_RE26 = re.compile(r"[\u4e00-\u9fff]+")
_RE27 = re.compile(r"(?:领衔|带领|率领|牵头)的$")
_RE28 = re.compile(r"是[^,,。]{0,12}$")
_RE29 = re.compile(r"(?:园区|该区|这里|此地|本区)?[。!]?\s*")
_RE30 = re.compile(r"[的是和与在为]")
_RE31 = re.compile(r"孵化器|众创空间|加速器|孵化基地|孵化园|创新港|创业园|孵化中心|创业中心")
_RE32 = re.compile(r"的?(?:科技企业)?(?:孵化器|加速器|众创空间|孵化基地|孵化园)[“\"]?")
_RE34 = re.compile(r"[,,\s]*")
_RE35 = re.compile("团队|院士|教授|专家")

_ZONE_WORD_ACTS_RE = re.compile(r"(?:园区|我区|全区)(?:将|要|还|也|正|已|全力|着力|加快|持续|大力|重点)")

_ZONE_ADMIN_TITLE_RE = re.compile(r"(?:管委会|管理委员会|党工委)([\u4e00-\u9fff]{2,6})")

# X(同时)担任/出任/兼任Y<role>
_TAKES_ROLE_RE = re.compile(r"(?:担任|出任|兼任|任)([^,,。;;]{2,30}?)(" + "|".join(lx.MEMBER_ROLES) + r"|院士)")


def clause_relations(ctx: Context, para: Paragraph, sent: Sentence, seg: Segment, clause: Clause,
                      current: Entity | None, topic: Entity | None) -> None:
    text = clause.text
    ms = ctx.mentions_in(clause.start, clause.end)
    cs, ce = clause.start, clause.end
    if not ms:
        _unnamed_clause_relations(ctx, para, sent, seg, clause, current, topic)
        return
    person_frames(ctx, para, sent, clause, ms)
    bare_post_members(ctx, para, clause, ms)
    counted_clusters(ctx, para, sent, clause, ms)
    holdings(ctx, clause, ms)
    bare_cluster_roles(ctx, sent, clause, ms)
    cluster_suppliers(ctx, clause, ms)
    zone_companies_and_leaders(ctx, clause, ms)
    opening_up_frames(ctx, sent, clause, ms)
    _lead_frames(ctx, clause, cs, current, ms, seg, sent, text, topic)
    _lead_copula_frames(ctx, cs, current, ms, sent, text)
    _incubator_frames(ctx, cs, ms, para, sent, text)
    _bare_lead_frames(ctx, cs, ms, para, sent, text)
    founding_frames(ctx, ce, cs, current, ms, seg, sent, text)
    _incubation_frames(ctx, ce, clause, cs, current, ms, seg, sent, text)
    partner_frames(ctx, cs, current, ms, text)
    joint_frames(ctx, sent.start, cs, current, ms, text)
    sited_frames(ctx, cs, ms, text)
    sited_objects(ctx, cs, ms, text)
    settled_frames(ctx, para.start, cs, ms, text)
    supplier_frames(ctx, cs, current, ms, text)
    _location_frames(ctx, ce, cs, current, ms, text)
    _part_and_supplier_frames(ctx, ce, cs, current, ms, text)
    _membership_frames(ctx, clause, cs, ms, sent, text)
    _development_frames(ctx, ce, clause, cs, current, ms, sent, text)
    _one_company_frames(ctx, cs, ms, text)
    if ctx.enums_in(cs, ce):  # (most clauses open no list)
        enumeration_relations(ctx, ClauseSite(para, sent, seg, clause, ms, current, topic))


def _unnamed_clause_relations(ctx: Context, para: Paragraph, sent: Sentence, seg: Segment, clause: Clause,
                              current: Entity | None, topic: Entity | None) -> None:
    """A clause that names no body (most clauses): only the frames that relate bodies named outside it
    (the article's zone, the clause's subject, the sentence before, the lists it opens) can draft a relation;
    every other frame of ``clause_relations`` relates mentions of the clause and is skipped (same drafts)."""
    cs = clause.start
    zone_foundings(ctx, sent, seg, clause, [])  # 园区还建成…, the names in the next clause
    bare_post_members(ctx, para, clause, [])  # 董事长X表示 after a sentence about a company
    counted_clusters(ctx, para, sent, clause, [])  # 做强两大产业集群。 (the clusters opening the next sentences)
    holdings(ctx, clause, [])
    bare_cluster_roles(ctx, sent, clause, [])  # 作为集群核心区 (the cluster named last)
    cluster_suppliers(ctx, clause, [])
    zone_companies_and_leaders(ctx, clause, [])
    settled_frames(ctx, para.start, cs, [], clause.text)  # 刚刚落户的A (the park named before)
    supplier_frames(ctx, cs, current, [], clause.text)  # (the subject) 为其配套…
    structure_relations(ctx, clause, [], current)  # 其“X”项目, …由园区与B共同建设
    if ctx.enums_in(cs, clause.end):
        enumeration_relations(ctx, ClauseSite(para, sent, seg, clause, [], current, topic))


def _lead_frames(ctx: Context, clause: Clause, cs: int, current: Entity | None, ms: list[Mention], seg: Segment,
                 sent: Sentence, text: str, topic: Entity | None) -> None:
    # 以X为龙头 → X leadEnterpriseOf the park/cluster of the sentence (or paragraph topic)
    lm = _RE0.search(text)
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
    for lm4 in _RE1.finditer(text) if "龙头" in text or "链主" in text else ():
        leads4 = [m for m in ms if m.start == cs + lm4.end() and m.entity.has("Enterprise")]
        if not leads4:
            continue
        want = ("Cluster",) if lm4.group(1) == "集群" else ("Park",)
        hosts4 = [m.entity for m in ctx.mentions_in(cs - 400, cs + lm4.start())
                  if m.entity.has(*want)]
        host4 = hosts4[-1] if hosts4 else (current if current is not None and current.has(*want) else None)
        if host4 is not None:
            ctx.relate(leads4[0].entity, "leadEnterpriseOf", host4, cs + lm4.start(), leads4[0].end, "龙头")
    zone_foundings(ctx, sent, seg, clause, ms)


def _lead_copula_frames(ctx: Context, cs: int, current: Entity | None, ms: list[Mention], sent: Sentence, text: str) -> None:
    # X是(…)<cluster>的链主企业/龙头企业 → X leads the cluster
    for tm in _RE2.finditer(text) if "龙头" in text or "链主" in text else ():
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
    if not any(m.entity.has("Platform", "Cluster", "Park") for m in ms):
        return  # every frame below relates an incubator (a platform), a cluster or a park the clause names
    # X(带着团队)入驻<incubator>,创办了Y / Y入驻<incubator> → Y incubatedBy the incubator
    for em in _RE3.finditer(text):
        incs = [m for m in ms if m.start == cs + em.end() and m.entity.has("Platform")
                and _RE31.search(m.surface + m.entity.name)]
        if not incs:
            continue
        rest_s = ctx.doc.flat[incs[0].end:sent.end]
        made_m = _RE19.match(rest_s)
        incubatees = [m.entity for m in ctx.mentions_in(incs[0].end + made_m.end(), sent.end)
                      if m.entity.has("Enterprise") and not m.entity.has("Funder")][:1] if made_m else []
        if not incubatees:
            incubatees = [m.entity for m in ms if m.end <= cs + em.start() and m.entity.has("Enterprise")
                          and not m.entity.has("Funder")][-1:]
        if not incubatees and _RE21.search(text[: em.start()]):
            para_ms = [m.entity for m in ctx.mentions_in(para.start, cs) if m.entity.has("Enterprise")
                       if not m.entity.has("Funder")]
            incubatees = para_ms[-1:]
        for inc_e in incubatees:
            ctx.relate(inc_e, "incubatedBy", incs[0].entity, cs, incs[0].end, "入驻")
    # 这家<cluster>的龙头企业…: the company spoken of (named last) leads the cluster
    for tm in _RE4.finditer(text):
        hosts_t = [m.entity for m in ms if cs + tm.start(1) <= m.start and m.end <= cs + tm.end(1) and m.entity.has("Cluster", "Park")]
        prior_t = [m.entity for m in ctx.mentions_in(cs - 400, cs + tm.start())
                   if m.entity.has("Enterprise") and not m.entity.has("Funder")]
        if hosts_t and prior_t:
            ctx.relate(prior_t[-1], "leadEnterpriseOf", hosts_t[-1], cs + tm.start(), cs + tm.end(), "龙头企业")
    # 园区孵化器X / <zone>科技企业孵化器“X”: the incubator named in apposition lies in the zone
    for am in _RE5.finditer(text) if "孵化" in text or "加速器" in text or "众创空间" in text else ():
        inc = [m for m in ms if m.start == cs + am.end() and m.entity.has("Platform")]
        if am.group(1):
            zone_a = ctx.main_zone
        else:
            # <zone>科技企业孵化器“X” (the descriptor may itself be a name of X)
            zone_ms = [m for m in ctx.mentions_in(cs, cs + am.end()) if m.entity.has("Zone")
                       if _RE32.fullmatch(ctx.doc.flat[m.end:cs + am.end()])]
            zone_a = zone_ms[-1].entity if zone_ms else None
            if not inc and zone_ms:
                inc = [m for m in ms if m.start == cs + am.end() and m.entity.has("Platform")]
        if inc and zone_a is not None and zone_a.has("Zone"):
            ctx.relate(inc[0].entity, "locatedIn", zone_a, cs + am.start(), inc[0].end)
    for m in ms:
        # <zone>科技企业孵化器“X”, the descriptor read as a name of X: X lies in the zone
        if m.entity.has("Platform") and m.surface != m.entity.name and ctx.doc.flat.startswith("“" + m.entity.name, m.end) \
                and _RE22.search(m.surface):
            host = next((z for z in ctx.table.entities if z.has("Zone") for n in z.names()
                         if m.surface.startswith(n) and len(m.surface) > len(n)), None)
            if host is not None:
                ctx.relate(m.entity, "locatedIn", host, m.start, m.end + len(m.entity.name) + 2)


def _bare_lead_frames(ctx: Context, cs: int, ms: list[Mention], para: Paragraph, sent: Sentence, text: str) -> None:
    # <cluster>…;链主企业X… : a bare 链主企业/龙头企业 opening a clause leads the cluster the sentence named
    lm5 = _RE6.match(text)
    if lm5:
        leads5 = [m for m in ms if m.start == cs + lm5.end() and m.entity.has("Enterprise")]
        # the cluster of this sentence, else of the sentence before in the paragraph
        prev_s = [x for x in para.sentences if x.end <= sent.start][-1:]
        hosts5 = [m.entity for m in ctx.mentions_in(prev_s[0].start if prev_s else sent.start, cs) if m.entity.has("Cluster")]
        if leads5 and hosts5:
            ctx.relate(leads5[0].entity, "leadEnterpriseOf", hosts5[-1], cs, leads5[0].end, "链主")


def _incubation_frames(ctx: Context, ce: int, clause: Clause, cs: int, current: Entity | None, ms: list[Mention],
                       seg: Segment, sent: Sentence, text: str) -> None:
    # 孵化 → incubatedBy
    im = _RE7.search(text)
    if im and incubation(ctx, clause, ms, current):
        im = None
    out_m = _RE8.match(text)
    if out_m is not None:
        # 孵化器累计毕业企业N家,(先后)培育出A、B等…: the graduates of the platform the sentence is about
        host_p = current if current is not None and current.has("Platform") else sentence_platform(ctx, sent, seg, cs)
        if host_p is not None:
            for m in ms:
                if m.entity.has("Enterprise") and not m.entity.has("Funder"):
                    ctx.relate(m.entity, "incubatedBy", host_p, cs, ce)
            im = None
    # 从孵化园走出来的X / 在孵化园成长起来的X → X incubatedBy the incubator
    for gm in _RE9.finditer(text) if "走出" in text or "成长" in text or "毕业" in text else ():
        grads = [m for m in ms if m.start == cs + gm.end() and m.entity.has("Enterprise") and not m.entity.has("Funder")]
        inc_ms = [m for m in ms if cs + gm.start(1) <= m.start and m.end <= cs + gm.end(1) and m.entity.has("Platform", "Park")]
        host_g = inc_ms[-1].entity if inc_ms else None
        if host_g is None:
            word = gm.group(1)
            prior = [m.entity for m in ctx.mentions_in(cs - 1200, cs) if m.entity.has("Platform")
                     if m.entity.name.endswith(word)]
            host_g = prior[-1] if prior else None
        if grads and host_g is not None:
            ctx.relate(grads[0].entity, "incubatedBy", host_g, cs + gm.start(), grads[0].end)
    if im and current is not None and im.group(0) == "孵化" and current.has("Zone", "Platform", "Park", "Organization", "Enterprise"):
        for m in ms:
            if m.start >= cs + im.end() and m.entity.has("Enterprise", "Project"):
                ctx.relate(m.entity, "incubatedBy", current, cs, ce)


def _location_frames(ctx: Context, ce: int, cs: int, current: Entity | None, ms: list[Mention], text: str) -> None:
    # 位于园区的X / 园区内的X: X lies in the article's zone
    for pm3 in _RE11.finditer(text):
        guests3 = [x for x in ms if x.start == cs + pm3.end() and x.entity.has("Enterprise", "Organization", "Platform", "Project")
                   and not x.entity.has("Funder")]
        if guests3 and ctx.main_zone is not None and ctx.main_zone.has("Zone"):
            ctx.relate(guests3[0].entity, "locatedIn", ctx.main_zone, cs + pm3.start(), guests3[0].end)
    # X落户(于)Z / 位于Z…的X → locatedIn
    lm3 = _RE12.search(text)
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
            lm_tail = _RE24.match(ctx.doc.flat[lm_host.end:ce])
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
        elif lm3.group(1) in ("落户", "入驻", "扎根") and _RE29.fullmatch(text[lm3.end():]) \
                and ctx.main_zone is not None and ctx.main_zone.has("Zone"):
            # X随后落户 / X已入驻园区: nothing named after the verb, the host is the article's zone
            settled = [x for x in ms if x.end <= cs + lm3.start() and x.entity.has("Enterprise", "Organization", "Platform", "Project")]
            later = [x for x in ms if settled and settled[-1].end <= x.start and x.end <= cs + lm3.start()
                     and x.entity.has("Person", "ResearchTeam")]
            if settled and not settled[-1].entity.has("Funder") and not later \
                    and not _RE35.search(text[settled[-1].end - cs:lm3.start()]):
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
                and _RE25.match(ctx.doc.flat[pk.end:ce]):
            ctx.relate(pk.entity, "partOf", zm.entity, zm.start, pk.end)
    # A是B的配套企业/合作伙伴/供应商 → partnerOf
    sm = _RE13.search(text)
    if sm:
        a = [x for x in ms if x.end <= cs + sm.start() and x.entity.has("Enterprise", "Organization", "Platform")]
        b = [x for x in ms if cs + sm.start(1) <= x.start and x.end <= cs + sm.end(1)
             and x.entity.has("Enterprise", "Organization", "Platform")]
        if a and b:
            ctx.relate(a[-1].entity, "partnerOf", b[-1].entity, a[-1].start, cs + sm.end())
    # 与X(的)合作 → partnerOf
    pm = _RE14.search(text)
    if pm and current is not None:
        for m in ms:
            partner = m.entity.has("Enterprise", "Platform", "Alliance", "Organization", "Zone")
            if cs + pm.start(1) <= m.start < cs + pm.end(1) and partner:
                ctx.relate(current, "partnerOf", m.entity, cs, ce)


def _membership_frames(ctx: Context, clause: Clause, cs: int, ms: list[Mention], sent: Sentence, text: str) -> None:
    if not any(m.entity.has("Person", "ResearchTeam") for m in ms):
        return  # every frame below relates a person (or a person's team) the clause names
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
        role = _RE20.sub("", between.split("、")[-1])
        is_role = role in lx.MEMBER_ROLES or role.removeprefix("副") in lx.MEMBER_ROLES or role == "院士"
        # a department and its head (科技创新局局长, 金融工作局局长, 常务副主任): the office ends the phrase
        if not is_role and 2 < len(role) <= 12 and _RE26.fullmatch(role) \
                and role.endswith(lx.MEMBER_ROLES) and not _RE30.search(role):
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
    _post_holders(ctx, cs, ms, sent, text)
    # X(同时)担任/出任/兼任Y<role> → memberOf
    for am in _TAKES_ROLE_RE.finditer(text) if "任" in text else ():
        holders = [m for m in ms if m.end <= cs + am.start() and m.entity.has("Person")]
        org_ms = [m for m in ms if cs + am.start(1) <= m.start and m.end <= cs + am.end(1)
                  and m.entity.has("Enterprise", "Organization", "Platform", "Zone")]
        if holders and org_ms and ctx.doc.flat[org_ms[-1].end:cs + am.start(2)] in ("", "常务", "副"):
            role = ctx.doc.flat[org_ms[-1].end:cs + am.end(2)]
            ctx.relate(holders[-1].entity, "memberOf", org_ms[-1].entity, holders[-1].start, cs + am.end(), role)
        elif holders and not org_ms and am.group(1) in ("中心", "研究院", "实验室", "公司", "集团", "联盟", "研究所"):
            # 由X担任中心主任: the bare head names the last such body named before
            bodies = [m.entity for m in ctx.mentions_in(cs - 400, cs + am.start())
                      if m.entity.name.endswith(am.group(1)) and m.entity.has("Enterprise", "Organization", "Platform", "Alliance")]
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
            led = _RE27.search(ctx.doc.flat[max(cs, m.start - 4):m.start])
            leaders = [p for p in ms if p.end <= m.start and p.entity.has("Person")]
            if led and leaders and m.start - leaders[-1].end <= 4:
                ctx.relate(leaders[-1].entity, "heads", m.entity, leaders[-1].start, m.end)


def _post_holders(ctx: Context, cs: int, ms: list[Mention], sent: Sentence, text: str) -> None:
    """<body>…,由X担任院长 / <body>…,(首任)院长由B教授X担任: X holds the post in the body the sentence is about."""
    found = [(hm.start(1), hm.end(1), hm.group(2), hm.start(), hm.end(2)) for hm in _RE15.finditer(text)]
    found += [(hm.start(2), hm.end(2), hm.group(1), hm.start(), hm.end()) for hm in _ROLE_FIRST_RE.finditer(text)
              if "由" in text]
    for h_start, h_end, role, at, end in found:
        holders_h = [m for m in ms if cs + h_start <= m.start and m.end <= cs + h_end and m.entity.has("Person")]
        want_h = {"院长": "院", "所长": "所", "主任": "中心", "总经理": "公司", "董事长": "公司"}.get(role, "")
        bodies_h = [m.entity for m in ctx.mentions_in(sent.start, cs + at)
                    if m.entity.has("Platform", "Organization", "Enterprise", "Alliance") and not m.entity.has("Funder")
                    and (not want_h or want_h in m.entity.name[-4:] or (want_h == "公司" and m.entity.has("Enterprise")))]
        if holders_h and bodies_h:
            ctx.relate(holders_h[-1].entity, "memberOf", bodies_h[-1], cs + at, cs + end, role)


def _development_frames(ctx: Context, ce: int, clause: Clause, cs: int, current: Entity | None, ms: list[Mention],
                        sent: Sentence, text: str) -> None:
    # zone + 打造/建设/规划/培育 + cluster/park → developsCluster / developsPark
    dm = _RE16.search(text)
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
    km = _RE17.search(text)
    if km and ms:
        first = ms[0]
        clusters = [m.entity for m in ms if m.entity.has("Cluster") and m.start > first.start]
        if first.entity.has("Park") and clusters:
            ctx.relate(first.entity, "coreOf", clusters[0], cs, ce)
        elif km.start() == len(text) - len(text.lstrip()) and any(m.entity.has("Cluster") for m in ms):
            before_km = [m for m in ctx.mentions_in(sent.start, cs) if m.entity.has("Park")]
            core_of = next(m.entity for m in ms if m.entity.has("Cluster"))
            if before_km and _RE34.fullmatch(ctx.doc.flat[before_km[-1].end:cs]):
                ctx.relate(before_km[-1].entity, "coreOf", core_of, before_km[-1].start, ce)
    opening_enterprise(ctx, sent, clause, ms)
    structure_relations(ctx, clause, ms, current)


def _one_company_frames(ctx: Context, cs: int, ms: list[Mention], text: str) -> None:
    # X一家…企业Y / 位于X的Y → locatedIn
    lm2 = _RE18.search(text)
    if lm2:
        hosts = [m for m in ms if m.end <= cs + lm2.start() and m.entity.has("Zone", "Place", "Park")]
        guests = [m for m in ms if m.start >= cs + lm2.end() and m.entity.has("Enterprise")]
        if not guests and ms and ms[0].entity.has("Enterprise") and _RE28.search(text[: lm2.start()]):
            guests = ms[:1]  # X是Z一家…企业
        if hosts and guests:
            ctx.relate(guests[0].entity, "locatedIn", hosts[-1].entity, hosts[-1].start, guests[0].end)


