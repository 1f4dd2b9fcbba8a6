"""Relations read from the lists a clause opens (ctx.enums): a list's head (领域, 产品, 技术, leading, chain…) picks the rule."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from graph.extract.components.relations_location import ranked_companies
from graph.extract.context import ClauseSite, Context
from graph.extract.entities import Entity, occurrences

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"[,,]?来自([^,,。;;]{2,40}?)的?(?:联合攻关|联合研发|合作研发|攻关|研发)")
_RE1 = re.compile(r"(研发|研制|生产|推出|制造|开发)的$")
_RE2 = re.compile(r"这里|该园|园内|园区内")
_RE3 = re.compile(r"(?:与|和|同)([^,,。;;]{2,20}?)(?:联合|共同|合作)(?:研发|研制|开发)的$")
_RE4 = re.compile(r"(?:^|[,,])(?:该?集群|该园区)")
_OWNER_OF_RE = re.compile(r"的?(?:全资|控股)?(?:子公司|母公司|旗下)")


def enumeration_relations(ctx: Context, site: ClauseSite) -> None:
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
                  if not m.entity.has("Funder")]
    if devs_f:
        for it in items:
            ctx.relate(devs_f[-1], "developsTechnology", it, start, end)


def _enum_named_technology(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current, sent = site.current, site.sent
    # 其“X技术”…: the company 其 stands for; …核心技术X,来自A与B的联合攻关: A and B (partners)
    nxt_c = ctx.doc.flat[end:sent.end]
    from_m = _RE0.match(nxt_c)
    devs: list[Entity] = []
    if from_m:
        devs = [m.entity for m in ctx.mentions_in(end + from_m.start(1), end + from_m.end(1))
                if m.entity.has("Enterprise", "Organization", "Platform")]
        for dev_a, dev_b in pairwise(devs):
            ctx.relate(dev_a, "partnerOf", dev_b, end + from_m.start(1), end + from_m.end(1))
    elif ctx.doc.flat[start - 1:start] == "其" or ctx.doc.flat.startswith("其", start):
        prior_c = [m.entity for m in ctx.mentions_in(start - 300, start)
                   if m.entity.has("Enterprise") and not m.entity.has("Funder")]
        devs = [current] if current is not None and current.has("Enterprise") else prior_c[-1:]
    for d in devs:
        for it in items:
            ctx.relate(d, "developsTechnology", it, start, end + (from_m.end() if from_m else 0))


def _enum_production_lines(ctx: Context, site: ClauseSite, start: int, end: int, head: str, items: list[Entity]) -> None:
    current, sent = site.current, site.sent
    # (将)建设A、B等产线: the company the sentence is about makes A and B
    makers_l = [m.entity for m in ctx.mentions_in(sent.start, start) if m.entity.has("Enterprise")
                if not m.entity.has("Funder")]
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
    if not chain_hosts and _RE2.search(sent.text):
        chain_hosts = [m.entity for m in ctx.mentions_in(para.start, sent.start) if m.entity.has("Park", "Cluster")][:1]
    elif not chain_hosts and _RE4.search(ctx.doc.flat[end:sent.end]):
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
    vm = _RE1.search(ctx.doc.flat[cs:start + 3])
    makers = [m.entity for m in ctx.mentions_in(cs, start + 3) if m.entity.has("Enterprise", "Platform")]
    maker = makers[-1] if makers else (current if current is not None and current.has("Enterprise") else None)
    if vm and maker is not None:
        pred = "produces" if vm.group(1) in ("生产", "制造") else "developsTechnology"
        co = _RE3.search(ctx.doc.flat[cs:start + 3])
        if co and pred == "developsTechnology":
            # A与B联合研发的X: B develops it too
            for cm_ in ctx.mentions_in(cs + co.start(1), cs + co.end(1)):
                if cm_.entity.has("Enterprise", "Organization", "Platform") and cm_.entity is not maker:
                    for it in items:
                        ctx.relate(cm_.entity, pred, it, start, end)
        for it in items:
            ctx.relate(maker, pred, it, start, end)
            if re.compile(r"[^,。;]{0,6}(?:量产|批量生产|投产|批量供货|供货|出货|上市销售|配套)").match(ctx.doc.flat, end) \
                    and maker.has("Enterprise"):
                ctx.relate(maker, "produces", it, start, end)


def _enum_products_and_technologies(ctx: Context, site: ClauseSite, start: int, end: int, head: str,
                                    items: list[Entity]) -> None:
    current, seg = site.current, site.seg
    # A是B的控股子公司,主营X: B, the owner named inside the copula, makes nothing here
    makers = [m.entity for m in ctx.mentions_in(seg.start, start) if m.entity.has("Enterprise", "Platform")
              if not m.entity.has(*[x.primary for x in items]) and not _OWNER_OF_RE.match(ctx.doc.flat, m.end)]
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



# A、B等(配套)企业相继落户 (no host named after the verb): the companies settle in the article's zone
_SETTLED_LIST_RE = re.compile(r"(?:^|(?<=[,,。;;:]))([^,,。;;:]{4,80}?)等?[^,,。;;:、]{0,8}?(?:企业|公司|项目)?"
                              r"(?:相继|先后|陆续|已经?|均|正式|也)*(?:落户|入驻|进驻)(?:园区|本区|该区|我区)?(?=[,,。;;]|$)")
# A、B,都是(这几年)(跟着链主)落户的: the companies of the clause before settled in the zone
_ALL_SETTLED_RE = re.compile(r"(?:^|(?<=[,,。;;:]))([^,,。;;:]{4,80})[,,](?:都|均|也都|全都)是[^,,。;;]{0,12}?"
                             r"(?:落户|入驻|进驻)(?:园区|本区|该区|我区)?的?(?=[,,。;;!]|$)")
# <zone>的A、B两家企业 / <zone>的A、B等企业: companies of the zone
_ZONES_COMPANIES_RE = re.compile(r"的([^,,。;;:的]{2,60}?)(?:[两二三四五六七八九十\d]+家|等)[^,,。;;:]{0,6}?(?:企业|公司)")


def _settled_lists(flat: str) -> list[re.Match[str]]:
    """``_SETTLED_LIST_RE.finditer(flat)``, read only in the clauses that hold its verb (a match lies
    inside one clause: the pattern reads no clause punctuation)."""
    starts = sorted({max(flat.rfind(p, 0, at) for p in ",,。;;:") + 1
                     for verb in ("落户", "入驻", "进驻") for at in occurrences(flat, verb)})
    found: list[re.Match[str]] = []
    for start in starts:
        end = min((e for e in (flat.find(p, start) for p in ",,。;;:") if e >= 0), default=len(flat) - 1) + 1
        found += _SETTLED_LIST_RE.finditer(flat, start, end)
    return found


def listed_companies_in_zone(ctx: Context) -> None:
    """Companies listed as settling without a host (A、B等企业相继落户), as the zone's (<zone>的A、B两家企业)
    or in a ranked list of the zone's companies (全区…企业情况: 1. A …) lie in the article's zone."""
    zone = ctx.main_zone
    if zone is None or not zone.has("Zone"):
        return
    ranked_companies(ctx, zone)
    flat = ctx.doc.flat
    for m in _settled_lists(flat):
        # the names that start in the list (the lazy list may end inside the last one: A、B有限公司等企业)
        ms = [x for x in ctx.mentions_starting(m.start(1), m.end(1)) if x.end <= m.end()]
        listed = [x for x in ms if x.entity.has("Enterprise") and not x.entity.has("Funder")]
        if len(listed) >= 2 and "、" in m.group(1):
            for x in listed:
                ctx.relate(x.entity, "locatedIn", zone, m.start(1), m.end())
    for m in _ALL_SETTLED_RE.finditer(flat) if "落户" in flat or "入驻" in flat else ():
        # 做A的X、做B的Y,都是这几年落户的: every company of the clause before
        listed = [x for x in ctx.mentions_in(m.start(1), m.end(1)) if x.entity.has("Enterprise") and not x.entity.has("Funder")
                  and (x.end == m.end(1) or flat[x.end] in "、和及")]  # an item ends where the list goes on
        if len(listed) >= 2 and "、" in m.group(1):
            for x in listed:
                ctx.relate(x.entity, "locatedIn", zone, m.start(1), m.end())
    for m in _ZONES_COMPANIES_RE.finditer(flat):
        before = ctx.mentions_in(max(0, m.start() - 12), m.start())
        if not before or before[-1].end != m.start() or before[-1].entity is not zone:
            continue
        for x in ctx.mentions_in(m.start(1), m.end(1)):
            if x.entity.has("Enterprise") and not x.entity.has("Funder"):
                ctx.relate(x.entity, "locatedIn", zone, before[-1].start, m.end())
