"""Relations around the article's zone and opening-up stories: what the zone founds, the platform a
sentence is about, a parent company, a regional headquarters; founders of what a clause founds."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.common import INCUBATOR_WORD_RE
from graph.extract.components.relations_partners import bare_zone_head
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.text import Clause, Segment, Sentence

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"(成立|建设|组建|共建|设立|揭牌)")
_RE1 = re.compile(r"以([^,,]+?)为主体")
_RE2 = re.compile(r"\s*(?:目前|同时|此外|今年|全年)?[,,]?\s*")
_RE3 = re.compile(r"园区|我们|我区|本区")
_RE4 = re.compile(r"作为[^,,。;;]{0,20}?(集群|产业园|园区|产业链)?的?(?:龙头企业|链主企业|链主|龙头)[,,]\s*$")
_RE5 = re.compile(r"在(区内|园区|该区|([^,,。;;]{2,16}?))设立了?$")
_RE6 = re.compile(r"在[^,;:。]{2,14}?设立的")
_RE7 = re.compile(r"、[^,,。;;]{2,20}等(?:平台|载体|机构)")
_RE8 = re.compile(r"(?:联合|携手)(.+?)(成立|建设|组建|共建|设立)")
_RE9 = re.compile(r"(?:与|和|同)([^,,。;;]+?)(?:合作|共同|联合|一起)?(成立|建设|组建|共建|设立)的")
_RE10 = re.compile(r"(?:与|和|同)([^,,。;;]+?)(?:合作|共同|联合|一起)(成立|建设|组建|共建|设立)")
_RE11 = re.compile(r"(?:与|和|同)([^,,。;;]+?)(共建)")
_RE12 = re.compile(r"(?:并|还|双方)?(?:共建|共同建设|合作共建|共同组建|联合成立)")
_RE13 = re.compile(r"(?:与|和|同)([^,,。;;]{2,24}?)(?:签署|签订|达成)[^,,。;;]{0,12}$")
_RE14 = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,4}[:：])?\s*(园区|我区|我们)")
_RE15 = re.compile(r"[两二三四五六七八九十\d]+(?:大|个|家)?(?:平台|载体|机构)[::]$")
_RE16 = re.compile(r"^\s*(?:其中|目前|同时)?[,,]?\s*")
_RE17 = re.compile(r"(?:里|内|中)[,,]\s*")
_RE18 = re.compile(r"设立了?$")
_RE19 = re.compile(r"[,，]+$")
_RE20 = re.compile(r"\s*(?:该|这家)?(?:企业|公司)")
_RE21 = re.compile(r"[—\-\s]*(?:专访|访)")
_RE22 = re.compile(r"(?:[^,,。;;、]{0,14}的)?")
_RE23 = re.compile(r"(?:[((]以下简称[“\"][^”\"]{1,16}[”\"][))])?")
_RE24 = re.compile(r"(园区|我区|我们)(?:还|也|已|先后)?$")

# 在<park>,X…: the scene is set by the park alone
_AT_PARK_RE = re.compile(r"\s*(?:在|走进|来到|走进位于)")
_RE34_COMMA = re.compile(r"[,,]\s*")
# 作为园区(的)“链主”企业, X…: X is the zone's own
_ZONE_LEAD_RE = re.compile(r"作为(?:园区|全区|我区|本区|该区)的?[“\"]?(?:龙头|链主|骨干|重点)[”\"]?(?:企业)?[,,]\s*$")
# a sentence opened by an act with no subject (a work report's 引进…,共建… / 新建…)
_SUBJECTLESS_RE = re.compile(r"\s*(?:一是|二是|三是|四是|五是|同时|此外|全年|今年)?[,,]?\s*(?:引进|新建|建成|组建|共建|设立|搭建|成立)")
_BUILDER_RE = re.compile(r"(?:投资建设|投资兴建|投资建成|搭建|建设|打造|上线|实施|承建|推进|投资)的")

_HELD_BY_RE = re.compile(r"(?:由|是|为)([^,,。;;]{2,30}?)(?:全资|绝对|相对)?控股(?:的子公司|子公司|企业)?(?=[,,。;;]|$)"
                         r"|(?:由|是|为)([^,,。;;]{2,30}?)的(?:全资|控股)子公司")
_PARENT_RE = re.compile(r"的(?:母公司|控股股东|总公司)")

_HQ_NAME_RE = re.compile(r"(?:区域|地区)总部$")

_FROM_HERE_RE = re.compile(r"(?:从这里|在这里|由此|从此处)(?:起步|走出|成长|出发|孵化)")

_ZONE_VERB_RE = re.compile(r"(?:还|也|已|已经|先后|相继|共|累计|正式|新|一并)*(?:建成|设立|搭建|组建|成立|发起设立|牵头组建)了?")


def opening_up_frames(ctx: Context, sent: Sentence, clause: Clause, ms: list[Mention]) -> None:
    """An opening-up story's frames: a parent company, a regional headquarters, a start from an incubator."""
    text, cs = clause.text, clause.start
    # X的母公司Y → X subsidiaryOf Y
    for pm in _PARENT_RE.finditer(text) if "母公司" in text or "控股股东" in text or "总公司" in text else ():
        child = [m for m in ms if m.end == cs + pm.start() and m.entity.has("Enterprise")]
        parent = [m for m in ms if m.start == cs + pm.end() and m.entity.has("Enterprise")]
        if child and parent:
            ctx.relate(child[0].entity, "subsidiaryOf", parent[0].entity, child[0].start, parent[0].end)
    # A由B(全资/绝对)控股 / A是B(的)控股子公司 → A subsidiaryOf B (ownedBy a zone or a public body)
    for hm in _HELD_BY_RE.finditer(text) if "子公司" in text or "控股" in text else ():
        held = [m for m in ms if m.end == cs + hm.start() and m.entity.has("Enterprise")]
        g = 1 if hm.group(1) is not None else 2
        owner = [m for m in ms if cs + hm.start(g) <= m.start and m.end <= cs + hm.end(g)
                 and m.entity.has("Enterprise", "Zone", "Organization")]
        if held and owner and owner[-1].entity is not held[0].entity:
            pred = "subsidiaryOf" if owner[-1].entity.has("Enterprise") else "ownedBy"
            ctx.relate(held[0].entity, pred, owner[-1].entity, held[0].start, cs + hm.end())
    # Y(与Z签约,)在区内设立…区域总部 → Y carriesOut the headquarters project, which lies in the zone
    for hq in [m for m in ms if m.entity.has("Project") and _HQ_NAME_RE.search(m.entity.name)]:
        lead = ctx.doc.flat[sent.start:hq.start]
        doers = [m for m in ctx.mentions_in(sent.start, hq.start) if m.entity.has("Enterprise") and not m.entity.has("Funder")
                 if not ctx.doc.flat.startswith("的", m.end)]
        if doers and _RE18.search(lead):
            ctx.relate(doers[0].entity, "carriesOut", hq.entity, doers[0].start, hq.end)
        im = _RE5.search(lead)
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
              and _RE23.fullmatch(ctx.doc.flat[m.end:cs + bm.start()])]
        if made and by:
            pred = "carriesOut" if made[0].entity.has("Project") else "foundedBy"
            subj, obj = (by[-1].entity, made[0].entity) if pred == "carriesOut" else (made[0].entity, by[-1].entity)
            ctx.relate(subj, pred, obj, by[-1].start, made[0].end)
            parks = [m.entity for m in ctx.mentions_in(sent.start, by[-1].start) if m.entity.has("Park")]
            if pred == "carriesOut" and parks and re.compile(r"\s*在").match(ctx.doc.flat, sent.start):
                ctx.relate(made[0].entity, "locatedIn", parks[0], sent.start, made[0].end)  # 在<park>,X投资建设的Y
    # A、B等企业从这里起步/走出 → incubatedBy the platform the sentence named before
    om = _FROM_HERE_RE.search(text)
    if om is not None:
        hosts = [m.entity for m in ctx.mentions_in(sent.start, cs + om.start()) if m.entity.has("Platform")
                 if INCUBATOR_WORD_RE.search(m.entity.name)]
        if hosts:
            for m in ms:
                if m.end <= cs + om.start() and m.entity.has("Enterprise") and not m.entity.has("Funder"):
                    ctx.relate(m.entity, "incubatedBy", hosts[-1], m.start, cs + om.end())


def founding_frames(ctx: Context, ce: int, cs: int, current: Entity | None, ms: list[Mention], seg: Segment,
                     sent: Sentence, text: str) -> None:
    # 联合A与B成立/建设C → C foundedBy subject, A, B
    fm = _RE0.search(text)
    if fm and _RE6.search(text):
        fm = None  # A在X设立的B: a local base (below), not a founding
    if fm and _RE7.search(text[fm.end():]):
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
    main_m = _RE1.search(seg.text)
    if main_m:
        for m in ctx.mentions_in(seg.start + main_m.start(1), seg.start + main_m.end(1)):
            founders.append((m.entity, "主体"))
    um = _RE8.search(text) \
        or _RE9.search(text) \
        or _RE10.search(text) \
        or _RE11.search(text)
    founders = _partner_founders(ctx, cs, founders, ms, sent, text, um)
    actor, obj = _founding_actor(ctx, cs, current, fm, ms, obj, sent, text, um)
    _relate_founders(ctx, actor, ce, cs, fm, founders, main_m, obj, objs, seg, text, um)


def _partner_founders(ctx: Context, cs: int, founders: list[tuple[Entity, str | None]], ms: list[Mention], sent: Sentence,
                      text: str, um: re.Match[str] | None) -> list[tuple[Entity, str | None]]:
    prev_um = None
    if not um and _RE12.match(text):
        # A与B签署合作协议,共建C: B, named in the clause before, co-founds C
        prev_um = _RE13.search(_RE19.sub("", ctx.doc.flat[sent.start:cs]))
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
                and m.entity.has("Zone", "Enterprise", "Organization", "Platform", "ResearchTeam")]
        if built_c:
            obj = built_c[0]
        if by_a:
            actor = by_a[0]
        elif text[:um.start()].endswith("其"):
            # A由B控股,其与Z共建的C: 其 is the company the sentence is about
            told = [m.entity for m in ctx.mentions_in(sent.start, cs + um.start())
                    if m.entity.has("Enterprise", "Organization", "Platform") and not m.entity.has("Funder")]
            actor = told[0] if told else actor
        elif (wm_ := _RE24.search(text[:um.start()])) is not None:
            actor = word_entity(ctx, wm_.group(1)) or actor  # 园区与B共建的C
        elif ctx.main_zone is not None and ctx.main_zone.has("Zone") and bare_zone_head(text[:um.start()], ctx.main_zone):
            actor = ctx.main_zone  # 由科学园与B共建的C: the zone's kind word alone
    if actor is None or actor.has("Person"):
        actor = None
        # 企业…,并与B共建C: the bare word 企业 opening the sentence is the company spoken of
        sent_head = ctx.doc.flat[sent.start:cs + (um.start() if um else fm.start())]
        said_m = _RE14.match(sent_head)
        before_um = [m for m in ms if m.end <= cs + (um.start() if um else fm.start())]
        if said_m and not [m for m in ctx.mentions_in(sent.start, sent.start + said_m.end()) if not m.entity.has("Person")] \
                and not before_um:
            actor = word_entity(ctx, said_m.group(1))  # 我们设立了A,还与B共建了C
        elif _RE20.match(sent_head):
            prior_e = [m.entity for m in ctx.mentions_in(sent.start - 400, sent.start)
                       if m.entity.has("Enterprise") and not m.entity.has("Funder")]
            actor = prior_e[-1] if prior_e else None
    if actor is None or actor is obj:
        pre = [m.entity for m in ms if m.end <= cs + (um.start() if um else fm.start())
               and m.entity.has("Zone", "Enterprise", "Organization", "Platform")]
        actor = pre[-1] if pre else None
    if actor is None and um is None and ctx.main_zone is not None and ctx.main_zone.has("Zone") \
            and _SUBJECTLESS_RE.match(ctx.doc.flat, sent.start) \
            and not [m for m in ctx.mentions_in(sent.start, cs + fm.start())
                     if m.entity.has("Zone", "Enterprise", "Organization", "Platform") and m.start - sent.start <= 1]:
        # (work report) 引进B团队,共建C / 新建C: a sentence opened by the act itself is the zone's
        actor = ctx.main_zone
    return actor, obj


def _relate_founders(ctx: Context, actor: Entity | None, ce: int, cs: int, fm: re.Match[str],
                     founders: list[tuple[Entity, str | None]], main_m: re.Match[str] | None, obj: Entity,
                     objs: list[Entity], seg: Segment, text: str, um: re.Match[str] | None) -> None:
    if actor is not None and actor.has("Zone", "Enterprise", "Organization", "Platform", "ResearchTeam") and not main_m:
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


def word_entity(ctx: Context, word: str) -> Entity | None:
    """园区/我区/本区 name the article's zone; 我们 names the body an interview is with (——访<zone>
    管委会主任Y → the zone, ——访<company>董事长Y → the company), else nothing."""
    if word != "我们":
        return ctx.main_zone if ctx.main_zone is not None and ctx.main_zone.has("Zone") else None
    for para in ctx.doc.paragraphs[:4]:
        if _RE21.match(para.text) and len(para.text) <= 50:
            bodies = [m.entity for m in ctx.mentions_in(para.start, para.end)
                      if m.entity.has("Zone", "Enterprise", "Organization", "Platform") and not m.entity.has("Person")]
            if bodies:
                return bodies[0]
    return None


def zone_foundings(ctx: Context, sent: Sentence, seg: Segment, clause: Clause, ms: list[Mention]) -> None:
    """园区/我们/<zone>(还)建成/设立/搭建…X(、Y和Z) → each founded by the article's zone;
    …建成N大平台:A、B、C和D → the list in the next clause."""
    text, cs = clause.text, clause.start
    if ctx.main_zone is None or not ctx.main_zone.has("Zone") or ("建" not in text and "立" not in text):
        return  # (every verb _ZONE_VERB_RE reads holds 建 or 立)
    opener = _RE2.match(text)
    at0 = opener.end() if opener else 0
    word = _RE3.match(text[at0:])
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
    if not after and _RE15.search(rest):
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
        if not built and not _RE22.fullmatch(gap):
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
        text = _RE16.sub("", clause.text)
        prior = [m.entity for m in ctx.mentions_in(clause.start - 1200, clause.start)
                 if m.entity.has("Platform")]
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
    if parks and (_RE17.fullmatch(ctx.doc.flat[parks[-1].end:cs])
                  or (_AT_PARK_RE.fullmatch(ctx.doc.flat[sent.start:parks[-1].start])
                      and _RE34_COMMA.fullmatch(ctx.doc.flat[parks[-1].end:cs]))):
        ctx.relate(guest.entity, "locatedIn", parks[-1].entity, parks[-1].start, guest.end)
    if _ZONE_LEAD_RE.search(before) and ctx.main_zone is not None and ctx.main_zone.has("Zone"):
        ctx.relate(guest.entity, "locatedIn", ctx.main_zone, sent.start, guest.end)  # 作为园区“链主”企业, X…
    am = _RE4.search(before)
    if am:
        want = ("Park",) if am.group(1) in ("产业园", "园区") else ("Cluster",)
        # the host named inside the phrase (作为X产业集群的链主企业), else the last one named before
        hosts = [m.entity for m in ctx.mentions_in(cs - 600, sent.start + am.end())
                 if m.entity.has(*want)]
        if hosts:
            ctx.relate(guest.entity, "leadEnterpriseOf", hosts[-1], sent.start + am.start(), guest.end, "龙头企业")

