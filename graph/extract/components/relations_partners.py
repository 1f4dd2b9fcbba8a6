"""Partnership relations read inside one clause: A与B签约/共建…, A联合B<verb>…, A与B联合攻关 → A partnerOf B."""

from __future__ import annotations

import re

from graph.extract.context import Context
from graph.extract.entities import Entity, Mention

_ORGS = ("Enterprise", "Organization", "Platform", "Zone", "Alliance", "ResearchTeam")
# what may open a clause that goes on with the subject before (并与B共建…)
_GOES_ON_RE = re.compile(r"\s*(?:并|还|同时|也|另外|此外|今年|目前)+")
_CLAUSE_OPENERS = ",,:：;;。 \u3000"

# A、B和C先后与Z签署…协议 / 与Z共建… (the partners between 与 and the verb)
_WITH_VERB_RE = re.compile(r"(?:先后|分别|共同|已)?(?:与|同)([^,,。;;]{2,24}?)(?:签署|签订|签约|签下|共建|开展|达成|深化"
                           r"|(?:共同|联合)?组建(?=联合|合资|创新|研发|产业|技术))")
# 共建A、B等平台: kinds of platform, not a named foundation
_KINDS_RE = re.compile(r"、[^,,。;;]{2,20}等(?:平台|载体|机构)")
_ANY_RE = re.compile(r"[^,,。;;]*")
# what may stand between a co-founder and its 与: nothing, or 由 (由A与B共建的C)
_FOUNDER_GAP_RE = re.compile(r"(?:[(（]以下简称[^()（）]{1,20}[)）])?(?:由|是|为)?(?:牵头[、,，]?)?$")
# 该公司/该企业 right before 与: the company named before
_COMPANY_POINTER_RE = re.compile(r"(?:该|这家)(?:公司|企业|集团)$")
# 由科学园与…: a zone's kind word alone
_BARE_ZONE_KIND_RE = re.compile(r"(?:^|由)(科学园|科技城|科学城|高新区|经开区|开发区|新区|示范区)$")
# the word 园区/我区 standing for the article's zone right before 与
_ZONE_WORD_RE = re.compile(r"(?:园区|我区|本区|该区|管委会)$")

# A联合B<verb>…: A joins B to do something (B named right after 联合/携手)
_JOINS_RE = re.compile(r"(?:联合|携手)(?!攻关|研发|研制|开发|体|会|实验室|创新)")
# …联合B成立/设立/组建C: a founding with B, no partnership
_FOUNDS_RE = re.compile(r"[^,,。;;]{0,30}?(?:成立|设立|组建)")
# what may open a clause before a subjectless 联合 (同时联合B…, 并携手B…)
_JOIN_OPENER_RE = re.compile(r"\s*(?:同时|并|还|也|此外|另外|其中)*[,,]?\s*(?:与|同|和)?")
# A与B联合攻关/共同研发/合作研制…: the two work together
_WORKS_WITH_RE = re.compile(r"(?:与|同|和)([^,,。;;]{2,30}?)(?:联合|共同|合作)(?:攻关|研发|研制|开发|申报|承担|推出|发布|打造)")


def partner_frames(ctx: Context, cs: int, current: Entity | None, ms: list[Mention], text: str) -> None:
    """A、B和C先后与Z共建…平台 / A与Z签署…协议 → partnerOf; A与Z共建的C: the two builders of C
    are partners (C's founders are drafted by the founding rules)."""
    pm2 = _WITH_VERB_RE.search(text)
    if pm2 is None:
        return
    pm_partners = [x.entity for x in ms if cs + pm2.start(1) <= x.start and x.end <= cs + pm2.end(1) and x.entity.has(*_ORGS)]
    founded = [x for x in ms if x.start >= cs + pm2.end() and x.entity.has("Platform", "Enterprise", "Alliance", "Funder")]
    if pm2.group(0).endswith("共建") and founded and _KINDS_RE.search(text[pm2.end():]) is None:
        subjects = co_founders(ctx, cs, ms, cs + pm2.start(1) - 1)
        if not subjects and current is not None and current.has(*_ORGS) and _GOES_ON_RE.fullmatch(text[:pm2.start()]):
            subjects = [current]  # …,并与B共建C: the subject carried from the clause before
    else:
        # X的母公司Y与Z签约: X, a possessor, is no party
        subjects = [x.entity for x in ms if x.end <= cs + pm2.start() and x.entity.has(*_ORGS)
                    and not ctx.doc.flat.startswith("的", x.end)]
        gap = ctx.doc.flat[cs:cs + pm2.start()]
        if not subjects and current is not None and current.has(*_ORGS):
            subjects = [current]
        elif subjects and not _ANY_RE.fullmatch(gap):
            subjects = subjects[-1:]
    for pa in subjects:
        for pb in pm_partners:
            ctx.relate(pa, "partnerOf", pb, cs, cs + pm2.end())


def co_founders(ctx: Context, cs: int, ms: list[Mention], with_at: int) -> list[Entity]:
    """The body written right before the 与 at ``with_at`` (由A与B共建的C → A; 园区与B共建… → the
    article's zone); nothing when the founder is only implied (与B共建的C: the clause's subject may
    be the builder or not — left to review)."""
    before = [x for x in ms if x.end <= with_at and x.entity.has(*_ORGS)
              and _FOUNDER_GAP_RE.fullmatch(ctx.doc.flat[x.end:with_at]) is not None]
    if before:
        return [before[-1].entity]
    head = ctx.doc.flat[cs:with_at]
    zone = ctx.main_zone if ctx.main_zone is not None and ctx.main_zone.has("Zone") else None
    if zone is not None and (_ZONE_WORD_RE.search(head) or bare_zone_head(head, zone)):
        return [zone]
    if _COMPANY_POINTER_RE.search(head):
        # 该公司与B共建的C: the company named last before the clause
        prior = [x.entity for x in ctx.mentions_in(max(0, cs - 300), cs)
                 if x.entity.has("Enterprise") and not x.entity.has("Funder")]
        return prior[-1:]
    return []


def bare_zone_head(head: str, zone: Entity) -> bool:
    """由科学园与B共建…: the bare kind word of the article's zone's name (科学园, 高新区…) stands for it."""
    bare = _BARE_ZONE_KIND_RE.search(head)
    return bare is not None and zone.name.endswith(bare.group(1))


def joint_frames(ctx: Context, sent_start: int, cs: int, current: Entity | None, ms: list[Mention], text: str) -> None:
    """A联合B建设/共建/推出…, (同时)联合B推出…, A与B联合攻关 → A partnerOf B (B an organisation named
    right after 联合, or between 与 and the joint verb). 联合B成立/设立/组建C founds C with B: the
    founding rules draft that, no partnership."""
    for jm in _JOINS_RE.finditer(text) if "联合" in text or "携手" in text else ():
        if any(x.start < cs + jm.start() < x.end for x in ms):
            continue  # 联合 inside a name (X联合实验室)
        listed = _listed_after(ctx, ms, cs + jm.end())
        if not listed:
            continue
        end = listed[-1].end
        if _FOUNDS_RE.match(ctx.doc.flat, end):
            continue
        subjects = co_founders(ctx, cs, ms, cs + jm.start())
        founds_body = [x for x in ms if x.start >= end and x.entity.has("Platform", "Enterprise", "Alliance", "Funder")]
        if not subjects and not founds_body and _JOIN_OPENER_RE.fullmatch(text[:jm.start()]):
            subjects = _sentence_subject(ctx, sent_start, cs, current)  # …,同时联合B推出…: the sentence's subject
        for pa in subjects:
            for pb in listed:
                ctx.relate(pa, "partnerOf", pb.entity, cs + jm.start(), end)
    for wm in _WORKS_WITH_RE.finditer(text) if "联合" in text or "共同" in text or "合作" in text else ():
        partners_w = [x.entity for x in ms if cs + wm.start(1) <= x.start and x.end <= cs + wm.end(1) and x.entity.has(*_ORGS)]
        subjects = co_founders(ctx, cs, ms, cs + wm.start())
        if not subjects and _JOIN_OPENER_RE.fullmatch(text[:wm.start()]):
            subjects = _sentence_subject(ctx, sent_start, cs, current)
        for pa in subjects:
            for partner in partners_w:
                ctx.relate(pa, "partnerOf", partner, cs + wm.start(), cs + wm.end())


def _sentence_subject(ctx: Context, sent_start: int, cs: int, current: Entity | None) -> list[Entity]:
    """The clause's carried subject, else the first body that opens a clause of the sentence before ``cs``."""
    if current is not None and current.has(*_ORGS):
        return [current]
    for x in ctx.mentions_in(sent_start, cs):
        if x.entity.has(*_ORGS) and not x.entity.has("Funder") \
                and (x.start == sent_start or ctx.doc.flat[x.start - 1] in _CLAUSE_OPENERS):
            return [x.entity]
    return []


def _listed_after(ctx: Context, ms: list[Mention], at: int) -> list[Mention]:
    """The organisations listed from ``at`` on (A、B和C), in order."""
    listed: list[Mention] = []
    for x in ms:
        if x.start < at or not x.entity.has(*_ORGS):
            continue
        if (not listed and x.start == at) or (listed and ctx.doc.flat[listed[-1].end:x.start] in ("、", "和", "与", "及")):
            listed.append(x)
        elif listed:
            break
    return listed


# X为A、B等企业配套 / X为其配套研发… / 为其配套的X: a supplier and its customer are partners
_SUPPLIES_RE = re.compile(r"为([^,,。;;]{1,40}?)(?:等)?(?:[^,,。;;、]{0,6}?(?:企业|车企|厂商|主机厂))?(?:提供)?配套(的)?")


def supplier_frames(ctx: Context, cs: int, current: Entity | None, ms: list[Mention], text: str,
                    item_topic: Entity | None = None) -> None:
    """X为A、B等企业配套 → X partnerOf A and B; X为其配套… / 为其配套的X → X partnerOf the company 其 points to."""
    for sm in _SUPPLIES_RE.finditer(text) if "配套" in text else ():
        if sm.group(2):  # 为其配套的X: the supplier is named right after
            suppliers = [x.entity for x in ms if x.start == cs + sm.end() and x.entity.has("Enterprise")]
        else:
            before = [x.entity for x in ms if x.end <= cs + sm.start() and x.entity.has("Enterprise")
                      and not x.entity.has("Funder")]
            fallback = current if current is not None and current.has("Enterprise") else item_topic
            suppliers = before[-1:] or ([fallback] if fallback is not None and fallback.has("Enterprise") else [])
        if sm.group(1) == "其":
            prior = [x.entity for x in ctx.mentions_in(max(0, cs - 300), cs + sm.start())
                     if x.entity.has("Enterprise") and not x.entity.has("Funder") and x.entity not in suppliers]
            customers = prior[-1:]
        else:
            customers = [x.entity for x in ms if cs + sm.start(1) <= x.start and x.end <= cs + sm.end(1)
                         and x.entity.has("Enterprise") and not x.entity.has("Funder")]
        for supplier in suppliers:
            for customer in customers:
                ctx.relate(supplier, "partnerOf", customer, cs + sm.start(), cs + sm.end())
