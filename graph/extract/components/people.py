"""People: a quote's speaker and the body they speak for; 任/担任 posts, founders, teams."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.common import INCUBATOR_WORD_RE
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.text import BYLINE_ROLE_RE, DATELINE_BRACKET_RE, Clause, Paragraph, Sentence, byline_names

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"(?:他|她)(?:还|也|先后|又|曾)?(?:在[^,,。;;]{2,24}?)?$")
_RE1 = re.compile(r"[\u4e00-\u9fff]+")
_RE2 = re.compile(r"[。;;]")

# <org><role><person>说/表示, (reported speech follows): the speaker's body
_SAID_RE = re.compile(r"(?:说|表示|介绍|坦言|告诉记者|介绍说)[,:]?\s*$")

_PERSON_CUE_RE = re.compile(r"他|她|团队")

_TEAM_DEVELOPS_RE = re.compile(r"(?:攻克|突破|研发出|开发出|研制出|掌握)了?")

_TAKES_POST_RE = re.compile(r"(?:担任|出任|任)(院长|所长|主任|理事长|首席科学家)(?=[,,。;;]|$)")

_PERSON_FOUND_RE = re.compile(r"(?:领衔|牵头|带头|带领团队)?(?:组建|建成|创办|创立|创建|建立)(?:了|的)?")

_IN_PLACE_TAIL_RE = re.compile(r"(?:在|于)[^,,。;;在]{2,30}?$")

_JOINED_RE = re.compile(r"加入(?:了)?")

_TITLED_PERSON_TAIL_RE = re.compile(r"的?[\u4e00-\u9fff]{0,8}?(?:" + "|".join(lx.PERSON_TITLES) + ")")

_AT_WORKPLACE_RE = re.compile(r"在[^,,。;;]{2,30}?的(?:实验室|车间|研发中心|生产线|厂房|办公室|展厅|研发楼|工作室|工地)(?:里|内|中)?")

_HOLDS_RE = re.compile(r"(?:同时|还|也|现|目前)?(?:是|兼任|担任|出任)")

_TEAM_OUT_RE = re.compile(r"团队(?:还|也|先后|已|又|累计)*(?:孵化|培育)(?:出|了)")

_SPEAKER_RE = re.compile(r"^[^。“”]{0,40}?(?:说|表示|介绍|告诉记者|坦言|感慨|笑着说)")


def find_speaker_body(ctx: Context, clause: Clause) -> Entity | None:
    """``A在园区设立的子公司B总经理C说,``: a clause that introduces reported speech names the
    speaker's body right before the speaker's role."""
    if not _SAID_RE.search(clause.text):
        return None
    ms = ctx.mentions_in(clause.start, clause.end)
    for i, x in enumerate(ms):
        if x.entity.has("Person") and i > 0:
            org = ms[i - 1]
            between = ctx.doc.flat[org.end:x.start]
            if org.entity.has("Enterprise", "Platform", "Park", "Organization", "Project") \
                    and not org.entity.has("Person", "Funder") and 1 <= len(between) <= 8 \
                    and _RE1.fullmatch(between):
                return office_of_zone(ctx, org.entity) or org.entity
    return None


def office_of_zone(ctx: Context, org: Entity) -> Entity | None:
    """X经开区投资促进局: a zone's government office speaks for the zone (its figures are the zone's)."""
    if not org.has("Organization") or not org.name.endswith(("局", "厅", "委", "委员会", "办公室")):
        return None
    return next((z for z in ctx.table.entities if z.has("Zone") and any(org.name.startswith(n) for n in z.names())), None)


def quote_speaker(ctx: Context, clause: Clause) -> Entity | None:
    """``“……提前了两个月投产。”A公司总经理B说``: a figure quoted without a subject is about
    the organisation the speaker is introduced with."""
    flat = ctx.doc.flat
    opened = flat.rfind("“", max(0, clause.start - 300), clause.start + 1)
    if opened < 0 or "”" in flat[opened:clause.start]:
        return None
    closed = flat.find("”", clause.start)
    if closed < 0 or not _SPEAKER_RE.match(flat[closed + 1:closed + 60]):
        return None
    said = _SPEAKER_RE.match(flat[closed + 1:closed + 60])
    assert said is not None
    orgs = [x.entity for x in ctx.mentions_in(closed + 1, closed + 1 + said.end())
            if x.entity.has("Enterprise", "Platform", "Park", "Zone", "Cluster") and not x.entity.has("Person", "Funder")]
    head = re.compile(r"(?:该|这家|这个)?(研究院|实验室|中心|基地|联盟|孵化器|产业园|研究所)").match(flat, closed + 1)
    if not orgs and head is not None:
        # “……”研究院院长B介绍: the body named last with that head noun
        orgs = [x.entity for x in ctx.mentions_in(max(0, opened - 600), opened)
                if x.entity.name.endswith(head.group(1)) and not x.entity.has("Person", "Funder")][-1:]
    if not orgs and re.compile(r"(?:该|这家)?(?:公司|企业|集团)").match(flat, closed + 1):
        # “……”公司副总经理B说: the company is the last one named before the quotation
        orgs = [x.entity for x in ctx.mentions_in(max(0, opened - 600), opened)
                if x.entity.has("Enterprise") and not x.entity.has("Funder")][-1:]
    return orgs[0] if orgs else None


def person_frames(ctx: Context, para: Paragraph, sent: Sentence, clause: Clause, ms: list[Mention]) -> None:
    """A talent story's frames: what a person founds, joins, holds and a team incubates."""
    text, cs, ce = clause.text, clause.start, clause.end
    if not _PERSON_CUE_RE.search(text) and not any(m.entity.has("Person", "ResearchTeam")
                                                   for m in ctx.mentions_in(sent.start, sent.end)):
        return  # no person in the sentence and no pronoun or team word: nothing to read
    orgs = ("Enterprise", "Organization", "Platform", "Alliance")
    _person_founds(ctx, cs, ms, orgs, para, sent, text)
    _person_joins_and_holds(ctx, ce, cs, ms, orgs, sent, text)
    _team_frames(ctx, cs, ms, para, sent, text)


def _person_founds(ctx: Context, cs: int, ms: list[Mention], orgs, para: Paragraph, sent: Sentence, text: str) -> None:
    # <person>(领衔/牵头)组建的/创办了<X>, 他领衔组建的X, 在<incubator>创办了X → X foundedBy the person
    for fm in _PERSON_FOUND_RE.finditer(text):
        made = [m for m in ms if m.start == cs + fm.end() and m.entity.has("Platform", "Enterprise")
                and not m.entity.has("Funder")]
        if not made:
            continue
        before = ctx.mentions_in(sent.start, cs + fm.start())
        founder: Entity | None = None
        if _RE0.search(ctx.doc.flat[sent.start:cs + fm.start()]):
            people = [m.entity for m in ctx.mentions_in(para.start, cs + fm.start()) if m.entity.has("Person")]
            founder = people[-1] if people else None
        else:
            subj = [m for m in before if m.entity.has("Person", "ResearchTeam")]
            if subj:
                gap = ctx.doc.flat[subj[-1].end:cs + fm.start()]
                gap = _IN_PLACE_TAIL_RE.sub("", gap)
                between = [m for m in before if m.start >= subj[-1].end and m.end <= subj[-1].end + len(gap)
                           and m.entity.has(*orgs, "Zone")]
                if not between and not _RE2.search(gap) and len(gap) <= 40:
                    founder = subj[-1].entity
        if founder is None:
            continue
        ctx.relate(made[0].entity, "foundedBy", founder, max(sent.start, cs + fm.start() - 12), made[0].end)
        inc_m = _IN_PLACE_TAIL_RE.search(ctx.doc.flat[sent.start:cs + fm.start()])
        if inc_m is not None and made[0].entity.has("Enterprise"):
            hosts = [m.entity for m in ctx.mentions_in(sent.start + inc_m.start(), cs + fm.start())
                     if m.entity.has("Platform") and INCUBATOR_WORD_RE.search(m.entity.name)]
            if hosts:
                ctx.relate(made[0].entity, "incubatedBy", hosts[-1], sent.start + inc_m.start(), made[0].end)


def _person_joins_and_holds(ctx: Context, ce: int, cs: int, ms: list[Mention], orgs, sent: Sentence, text: str) -> None:
    # 加入<org>的<title><person> / 在<org>的实验室里,<title><person> → memberOf
    for jm in _JOINED_RE.finditer(text):
        bodies = [m for m in ms if m.start == cs + jm.end() and m.entity.has(*orgs)]
        if not bodies:
            continue
        tail = ctx.doc.flat[bodies[0].end:ce]
        pm = _TITLED_PERSON_TAIL_RE.match(tail)
        joined = [m for m in ms if pm is not None and m.start == bodies[0].end + pm.end() and m.entity.has("Person")]
        if joined:
            ctx.relate(joined[0].entity, "memberOf", bodies[0].entity, cs + jm.start(), joined[0].end)
    wm = _AT_WORKPLACE_RE.fullmatch(text.strip().rstrip(","))
    if wm is not None:
        bodies = [m for m in ms if m.entity.has("Enterprise", "Organization", "Platform") and not m.entity.has("Funder")]
        nxt = ctx.mentions_in(ce, sent.end)
        if bodies and nxt and nxt[0].entity.has("Person"):
            lead = ctx.doc.flat[ce:nxt[0].start].lstrip(", ")
            if lead.endswith(tuple(lx.PERSON_TITLES)) and len(lead) <= 8:
                ctx.relate(nxt[0].entity, "memberOf", bodies[-1].entity, cs, nxt[0].end)
    # <person>同时是/兼任<body>(的)<title> → memberOf
    for m in ms:
        if not m.entity.has("Person"):
            continue
        hm = _HOLDS_RE.match(ctx.doc.flat, m.end)
        if hm is None:
            continue
        bodies = [b for b in ms if b.start == hm.end() and b.entity.has(*orgs)]
        if bodies and ctx.doc.flat.startswith(tuple(lx.MEMBER_ROLES), bodies[0].end + (ctx.doc.flat[bodies[0].end] == "的")):
            ctx.relate(m.entity, "memberOf", bodies[0].entity, m.start, bodies[0].end)
    # <platform>正式运行,<org>教授X担任院长: X heads the platform the sentence named before
    for m in ms:
        hm2 = _TAKES_POST_RE.match(ctx.doc.flat, m.end) if m.entity.has("Person") else None
        if hm2 is None:
            continue
        platforms = [p.entity for p in ctx.mentions_in(sent.start, m.start) if p.entity.has("Platform")]
        if platforms and not [p for p in ms if p.end <= m.start and p.start >= cs and p.entity.has("Platform")]:
            ctx.relate(m.entity, "memberOf", platforms[-1], m.start, m.end + hm2.end() - hm2.start(), hm2.group(1))


def _team_frames(ctx: Context, cs: int, ms: list[Mention], para: Paragraph, sent: Sentence, text: str) -> None:
    # <team>由N人组成,…攻克了X技术: the team opening the sentence develops the technology
    dm = _TEAM_DEVELOPS_RE.search(text)
    if dm is not None:
        opening = ctx.mentions_in(sent.start, sent.start + 12)
        techs = [m for m in ms if m.start == cs + dm.end() and m.entity.has("Technology", "Product")]
        if techs and opening and opening[0].entity.has("ResearchTeam") \
                and not [m for m in ctx.mentions_in(opening[0].end, cs + dm.start()) if m.entity.has("Enterprise", "Organization")]:
            ctx.relate(opening[0].entity, "developsTechnology", techs[0].entity, opening[0].start, techs[0].end)
    # (该)团队还孵化出X → X incubatedBy the team the paragraph named
    om = _TEAM_OUT_RE.search(text)
    if om is not None:
        teams = [m.entity for m in ctx.mentions_in(para.start, cs + om.end()) if m.entity.has("ResearchTeam")]
        if teams:
            for m in ms:
                if m.start >= cs + om.end() and m.entity.has("Enterprise") and not m.entity.has("Funder"):
                    ctx.relate(m.entity, "incubatedBy", teams[-1], cs + om.start(), m.end)


# the roles of a newspaper's own staff in its bylines (a correspondent, 通讯员, is not)
_STAFF_ROLES = ("本报记者", "记者", "首席记者", "责任编辑", "编辑", "责编", "校对", "主编", "美编", "摄影")


def newspaper_staff(ctx: Context) -> None:
    """本报记者甲 / 责任编辑:乙 under a masthead that names the paper (X日报): the staff are members of it."""
    papers = [e for e in ctx.table.entities if e.classes == {"Organization"} and e.name.endswith("报")
              and any(p.start <= e.first < p.end for p in ctx.doc.paragraphs[:8])]
    if len(papers) != 1:
        return
    paper = papers[0]
    for para in ctx.doc.paragraphs:
        if "记者" not in para.text and "编辑" not in para.text and "校对" not in para.text:
            continue
        bracket = DATELINE_BRACKET_RE.match(para.text)
        line, offset = (bracket.group(1), para.start + bracket.start(1)) if bracket else (para.text, para.start)
        for name, at in byline_names(line) or []:
            person = ctx.table.get(name)
            roles = [m.group(0) for m in BYLINE_ROLE_RE.finditer(line, 0, at)]
            if person is not None and person.has("Person") and roles and roles[-1] in _STAFF_ROLES:
                ctx.relate(person, "memberOf", paper, offset, offset + at + len(name), roles[-1])
