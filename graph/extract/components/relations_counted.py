"""Clusters counted with 两大/三大 that the zone develops, and what a holding owns (旗下, 集团全资子公司, 园中园).

- ``A、B、C三大产业集群稳步壮大`` (the clusters written by their fields only) / ``一是做强两大产业集群。A产业集群…。
  B产业集群…`` (the counted clusters open the next sentences) → the zone developsCluster each.
- ``A旗下的B`` → B ownedBy A (subsidiaryOf when both are companies); ``开发区旗下的B`` → the article's zone.
- ``(集团)全资子公司B`` after a group was named → B subsidiaryOf the group; ``A(的)全资子公司B`` → B subsidiaryOf A.
- ``已建成A及B两个园中园`` → A and B partOf the article's zone, which developsPark them.
"""

from __future__ import annotations

import re

from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.text import Clause, Paragraph, Sentence

_COUNT = r"[两二三四五六七八九十]"
# A、B、C三大产业集群 (fields only, before the counted head)
_FIELDS_COUNTED_RE = re.compile(r"((?:[\u4e00-\u9fff]{2,10}(?:、|和|及|与))+[\u4e00-\u9fff]{2,10}?)等?(" + _COUNT
                                + r")大(产业集群|集群)")
# an act of developing written around the counted clusters
_GROWS_RE = re.compile(r"壮大|做强|做大|做优|培育|打造|发展|成势|集聚|提升|建设|构建|形成")
# 做强两大产业集群。 (the clusters named in the sentences that follow)
_COUNTED_AHEAD_RE = re.compile(r"(?:做强|做大|做优|壮大|培育|打造|发展|建设|构建)(?:好)?(" + _COUNT + r")大(?:产业集群|集群)[。:：]?$")
_FIELD_SEP_RE = re.compile("、|和|及|与")
_BUILT_RE = re.compile("建成|建设|打造|规划")
_NUMS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# A旗下(的)B
_UNDER_RE = re.compile(r"旗下(?:的|有|拥有)?")
_ZONE_WORD_END_RE = re.compile(r"(?:开发区|高新区|经开区|园区|管委会|新区)$")
# (A|集团|公司)(的)全资/控股子公司B
_CHILD_RE = re.compile(r"(集团|公司)?的?(?:全资|控股)子公司")
# A及B两个园中园
_PARK_IN_PARK_RE = re.compile(_COUNT + r"个园中园")


def counted_clusters(ctx: Context, para: Paragraph, sent: Sentence, clause: Clause, ms: list[Mention]) -> None:
    """The zone develops the clusters it counts (A、B、C三大产业集群…壮大; 做强两大产业集群。A产业集群…)."""
    if "大" not in clause.text or "集群" not in clause.text:
        return
    zone = _acting_zone(ctx, sent, clause.start)
    if zone is None:
        return
    fm = _FIELDS_COUNTED_RE.search(clause.text)
    if fm is not None and _GROWS_RE.search(ctx.doc.flat, sent.start, sent.end):
        for field in _FIELD_SEP_RE.split(fm.group(1)):
            cluster = ctx.table.get(field + "产业集群") or ctx.table.get(field + fm.group(3))
            if cluster is not None and cluster.has("Cluster"):
                ctx.relate(zone, "developsCluster", cluster, clause.start + fm.start(), clause.start + fm.end())
        return
    am = _COUNTED_AHEAD_RE.search(clause.text)
    if am is None or clause.end < sent.end - 1:
        return
    want = _NUMS[am.group(1)]
    later = [s for s in para.sentences if s.start >= sent.end]
    for s in later[:want * 2]:
        opening = [m for m in ctx.mentions_in(s.start, s.end) if m.start - s.start <= 1]
        if opening and opening[0].entity.has("Cluster"):
            ctx.relate(zone, "developsCluster", opening[0].entity, clause.start + am.start(), opening[0].end)
            want -= 1
            if want == 0:
                break


def _acting_zone(ctx: Context, sent: Sentence, before: int) -> Entity | None:
    """The zone named before ``before`` in the sentence, else the article's zone when no company, park or
    platform is named there (a work report's subjectless 一是做强…)."""
    named = ctx.mentions_in(sent.start, before)
    zones = [m.entity for m in named if m.entity.has("Zone")]
    if zones:
        return zones[-1]
    if any(m.entity.has("Enterprise", "Park", "Platform", "Organization") for m in named):
        return None
    zone = ctx.main_zone
    return zone if zone is not None and zone.has("Zone") else None


def holdings(ctx: Context, clause: Clause, ms: list[Mention]) -> None:
    """A旗下的B, (集团)全资子公司B, A及B两个园中园."""
    text, cs = clause.text, clause.start
    if "旗下" not in text and "子公司" not in text and "园中园" not in text:
        return
    flat = ctx.doc.flat
    for um in _UNDER_RE.finditer(text) if "旗下" in text else ():
        held = [m for m in ms if m.start == cs + um.end() and m.entity.has("Enterprise", "Funder", "Platform")]
        if not held:
            continue
        owners = [(m.entity, m.start) for m in ms if m.end == cs + um.start()
                  and m.entity.has("Enterprise", "Zone", "Organization")]
        if not owners and _ZONE_WORD_END_RE.search(text[:um.start()]) and ctx.main_zone is not None \
                and ctx.main_zone.has("Zone"):
            owners = [(ctx.main_zone, cs + um.start() - 3)]
        for owner, at in owners:
            pred = "subsidiaryOf" if owner.has("Enterprise") and held[0].entity.has("Enterprise") \
                and not held[0].entity.has("Funder") else "ownedBy"
            ctx.relate(held[0].entity, pred, owner, max(cs, at), held[0].end)
    for cm in _CHILD_RE.finditer(text) if "子公司" in text else ():
        child = [m for m in ms if m.start == cs + cm.end() and m.entity.has("Enterprise")]
        if not child:
            continue
        right_before = [m.entity for m in ms if m.end == cs + cm.start() and m.entity.has("Enterprise")]
        parent: Entity | None = right_before[0] if right_before and not cm.group(1) else None
        if parent is None and cm.group(1) and not right_before:
            prior = [m.entity for m in ctx.mentions_in(max(0, cs - 400), cs + cm.start())
                     if m.entity.has("Enterprise") and m.entity.name.endswith(cm.group(1))]
            parent = prior[-1] if prior else None
        if parent is not None and parent is not child[0].entity:
            ctx.relate(child[0].entity, "subsidiaryOf", parent, cs + cm.start(), child[0].end)
    pm = _PARK_IN_PARK_RE.search(text) if "园中园" in text else None
    zone = ctx.main_zone
    if pm is not None and zone is not None and zone.has("Zone"):
        for m in ms:
            if m.end <= cs + pm.start() and m.entity.has("Park") and not m.entity.has("Zone") \
                    and "及" not in m.entity.name and "、" not in m.entity.name:
                ctx.relate(m.entity, "partOf", zone, m.start, cs + pm.end())
                if _BUILT_RE.search(flat, cs, m.start):
                    ctx.relate(zone, "developsPark", m.entity, cs, cs + pm.end())


# 作为集群(的)核心区/链主企业,X… and X是集群(的)链主企业: the bare 集群 is the cluster named last before
_AS_BARE_CLUSTER_RE = re.compile(r"作为(?:该|本|这一)?集群的?(核心区|核心园区|链主企业|链主|龙头企业|龙头)[”\"]?[,，]\s*")
_IS_BARE_CLUSTER_RE = re.compile(r"是(?:该|本|这一)?集群的?(链主企业|链主|龙头企业|龙头)")


def bare_cluster_roles(ctx: Context, sent: Sentence, clause: Clause, ms: list[Mention]) -> None:
    """作为集群核心区,…的X → X coreOf the cluster named last; 作为集群的链主企业,X… / X是集群链主企业 → X
    leadEnterpriseOf it."""
    if "集群" not in clause.text:
        return
    cs, text = clause.start, clause.text
    found: list[tuple[re.Match[str], Mention | None]] = []
    for am in _AS_BARE_CLUSTER_RE.finditer(text):
        want = ("Park",) if am.group(1).startswith("核心") else ("Enterprise",)
        after = [m for m in ctx.mentions_in(cs + am.end(), sent.end) if m.entity.has(*want) and not m.entity.has("Funder")]
        found.append((am, after[0] if after else None))
    for im in _IS_BARE_CLUSTER_RE.finditer(text):
        before = [m for m in ms if m.end <= cs + im.start() and m.entity.has("Enterprise") and not m.entity.has("Funder")]
        found.append((im, before[-1] if before else None))
    for cm, subject in found:
        if subject is None or any(m.start <= cs + cm.start() + 2 < m.end for m in ms):
            continue  # (集群 inside a name)
        clusters = [m.entity for m in ctx.mentions_in(max(0, cs - 600), cs + cm.start()) if m.entity.has("Cluster")]
        if clusters:
            pred = "coreOf" if cm.group(1).startswith("核心") else "leadEnterpriseOf"
            ctx.relate(subject.entity, pred, clusters[-1], min(cs + cm.start(), subject.start),
                       max(cs + cm.end(), subject.end), cm.group(1))


# A、B等配套企业 / 配套企业A (not X是Y的配套企业: a partner of Y)
_SUPPLIERS_RE = re.compile(r"(?<!的)(?:上下游)?配套(?:企业|厂商)")


def cluster_suppliers(ctx: Context, clause: Clause, ms: list[Mention]) -> None:
    """A、B、C等配套企业纷纷扩能 / 配套企业D… → each supports the cluster named last before (within the reach of
    a paragraph)."""
    if "配套" not in clause.text:
        return
    cs = clause.start
    flat = ctx.doc.flat
    for sm in _SUPPLIERS_RE.finditer(clause.text):
        at = cs + sm.start()
        listed = [m for m in ms if m.start == cs + sm.end() and m.entity.has("Enterprise") and not m.entity.has("Funder")]
        if not listed:
            before = [m for m in ms if m.end <= at and m.entity.has("Enterprise") and not m.entity.has("Funder")]
            if before and flat[before[-1].end:at] in ("等", ""):
                listed = [before[-1]]
                for m in reversed(before[:-1]):
                    if flat[m.end:listed[0].start] not in ("、", "和", "及", "与"):
                        break
                    listed.insert(0, m)
        clusters = [m.entity for m in ctx.mentions_in(max(0, cs - 400), at) if m.entity.has("Cluster")]
        if not listed or not clusters:
            continue
        for m in listed:
            ctx.relate(m.entity, "supports", clusters[-1], min(m.start, at), max(m.end, cs + sm.end()), "配套企业")


# 高新区(国有)平台公司X / 开发区国有平台X: the zone's own company
_ZONE_PLATFORM_CO_RE = re.compile(r"(?:高新区|开发区|经开区|园区|管委会|全区)的?(?:国有|国资)?(?:平台公司|国有平台|国资平台|投融资平台"
                                  r"|城投公司|运营平台)")
# 由A牵头(组建)的B: A founds B
_LED_BY_RE = re.compile(r"由([^,，。;；]{2,24}?)牵头(?:组建|成立|发起|设立)?的")
# 链主企业X / 龙头企业X opening a clause
_BARE_LEAD_RE = re.compile(r"\s*(?:其中|同时)?[,，]?(链主企业|龙头企业)")


def zone_companies_and_leaders(ctx: Context, clause: Clause, ms: list[Mention]) -> None:
    """高新区平台公司X → X ownedBy the zone; 由A牵头的B → B foundedBy A; a clause opened by 链主企业X in an article
    with a single cluster → X leads it."""
    cs, text = clause.start, clause.text
    if "平台" not in text and "城投" not in text and "牵头" not in text and "链主" not in text and "龙头" not in text:
        return
    zone = ctx.main_zone if ctx.main_zone is not None and ctx.main_zone.has("Zone") else None
    for pm in _ZONE_PLATFORM_CO_RE.finditer(text) if zone is not None and ("平台" in text or "城投" in text) else ():
        owned = [m for m in ms if m.start == cs + pm.end() and m.entity.has("Enterprise")]
        if owned and zone is not None:
            ctx.relate(owned[0].entity, "ownedBy", zone, cs + pm.start(), owned[0].end, pm.group(0))
    for lm in _LED_BY_RE.finditer(text) if "牵头" in text else ():
        leaders = [m for m in ms if cs + lm.start(1) <= m.start and m.end <= cs + lm.end(1)
                   and m.entity.has("Enterprise", "Organization", "Platform", "Zone") and not m.entity.has("Funder")]
        led = [m for m in ms if m.start == cs + lm.end() and m.entity.has("Platform", "Alliance", "Organization")]
        if leaders and led:
            ctx.relate(led[0].entity, "foundedBy", leaders[-1].entity, cs + lm.start(), led[0].end, "牵头")
    bm = _BARE_LEAD_RE.match(text) if "链主" in text or "龙头" in text else None
    if bm is not None:
        leads = [m for m in ms if m.start == cs + bm.end() and m.entity.has("Enterprise") and not m.entity.has("Funder")]
        clusters = [e for e in ctx.table.entities if e.has("Cluster")]
        if leads and len(clusters) == 1:
            ctx.relate(leads[0].entity, "leadEnterpriseOf", clusters[0], cs + bm.start(1), leads[0].end, bm.group(1))
