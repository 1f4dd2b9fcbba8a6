"""Where a company, project or platform lies, read from what it does *in* a place: X在区内新建…,
X项目在Z竣工投产, X是区内…; and the ranked lists of a zone's companies (全区…企业情况:1. A …)."""

from __future__ import annotations

import re

from graph.extract.context import Context
from graph.extract.entities import Entity, Mention

_GUESTS = ("Enterprise", "Project", "Platform")

# what may stand between the guest and 在: a time, an adverb (已, 将, 于今年9月); no punctuation
_GAP = r"[^,,。;;:“”、]{0,12}?"
# the words that stand for the article's zone
_ZONE_WORD = r"(?:区内|园区内?|园内|本区|该区|我区|开发区内|高新区内|经开区内)"
# an act that puts something on the ground where it is done
_SITED_ACT = r"(?:新建|建成|建设|设立|投资|投产|竣工|开工|落地|扩建|扩产|开业|揭牌|奠基|签约落地)"

# X(已/于今年9月)在区内新建…, X在园区建成投产 → X lies in the article's zone
_IN_ZONE_WORD_RE = re.compile(_GAP + r"在" + _ZONE_WORD + r"(?:[^,,。;;]{0,4}?)" + _SITED_ACT)
# X是区内…的… → X lies in the article's zone
_IS_OF_ZONE_RE = re.compile(r"是(?:区内|园区内|园内)[^,,。;;]{0,20}?(?:企业|项目|业主|工厂|基地)")
# between the act and what it made: 了, 的, a short modifier (总投资N亿元的)
_MADE_GAP_RE = re.compile(r"(?:了|的)?(?:[^,,。;;]{0,14}的)?(?:全资|控股)?(?:子公司|分公司)?")
# X在<Z>竣工投产 / 开工 → X lies in Z (a zone or park named right after 在)
_IN_NAMED_RE = re.compile(_GAP + r"在$")
# 在区内设立… (the act right after the zone word)
_AT_ZONE_WORD_ACT_RE = re.compile(r"在" + _ZONE_WORD + r"(?:[^,,。;;]{0,4}?)" + _SITED_ACT + r"了?")
_ACT_AFTER_RE = re.compile(r"(?:内|里)?[^,,。;;]{0,6}?" + _SITED_ACT)


def sited_frames(ctx: Context, cs: int, ms: list[Mention], text: str) -> None:
    """X在区内新建… / X是区内…企业 (the article's zone) and X项目在Z竣工投产 (the zone or park Z) → X locatedIn."""
    if "在" not in text and "是" not in text:
        return
    zone = ctx.main_zone if ctx.main_zone is not None and ctx.main_zone.has("Zone") else None
    flat = ctx.doc.flat
    for i, m in enumerate(ms):
        if not _is_guest(m.entity):
            continue
        nxt = ms[i + 1].start if i + 1 < len(ms) else cs + len(text)
        zm = _IN_ZONE_WORD_RE.match(flat, m.end, cs + len(text)) or _IS_OF_ZONE_RE.match(flat, m.end, cs + len(text))
        if zone is not None and zm is not None and flat.find("在" if zm.re is _IN_ZONE_WORD_RE else "是", m.end) < nxt:
            # X在园区建成Y项目 / X在区内设立的Y: Y, named right after the act, is what lies there
            made = [x for x in ms[i + 1:i + 2] if _is_guest(x.entity) and _MADE_GAP_RE.fullmatch(flat, zm.end(), x.start)]
            guest = made[0] if made else m
            ctx.relate(guest.entity, "locatedIn", zone, m.start, max(zm.end(), guest.end))
            continue
        for host in ms[i + 1:i + 3]:
            if not host.entity.has("Zone", "Park") or host.entity is m.entity:
                continue
            am = _ACT_AFTER_RE.match(flat, host.end, cs + len(text)) if _IN_NAMED_RE.fullmatch(flat, m.end, host.start) else None
            if am is not None:
                made = [x for x in ms if x.start >= am.end() and _is_guest(x.entity)][:1]
                guest = made[0] if made and _MADE_GAP_RE.fullmatch(flat, am.end(), made[0].start) else m
                ctx.relate(guest.entity, "locatedIn", host.entity, m.start, max(host.end, guest.end))
            break


def sited_objects(ctx: Context, cs: int, ms: list[Mention], text: str) -> None:
    """(该行将)在区内/在<Z>设立/新建…X: X, named right after the act, lies in the zone (or Z)."""
    if "在" not in text:
        return
    flat = ctx.doc.flat
    zone = ctx.main_zone if ctx.main_zone is not None and ctx.main_zone.has("Zone") else None
    sites: list[tuple[Entity, int]] = []
    if zone is not None:
        sites += [(zone, cs + am.end()) for am in _AT_ZONE_WORD_ACT_RE.finditer(text)]
    for h in ms:
        if h.entity.has("Zone", "Park") and flat[h.start - 1:h.start] == "在":
            am = _ACT_AFTER_RE.match(flat, h.end, cs + len(text))
            if am is not None:
                sites.append((h.entity, am.end()))
    for host, at in sites:
        # what is set up there may be an organisation too (在园区设立X学院 / X办事处)
        made = [x for x in ms if x.start >= at and (_is_guest(x.entity) or _is_sited_body(x.entity))][:1]
        if made and made[0].entity is not host and _MADE_GAP_RE.fullmatch(flat, at, made[0].start):
            ctx.relate(made[0].entity, "locatedIn", host, at, made[0].end)


def _is_guest(ent: Entity) -> bool:
    return ent.has(*_GUESTS) and not ent.has("Funder", "Zone", "Park", "Person")


def _is_sited_body(ent: Entity) -> bool:
    return ent.has("Organization") and not ent.has("Funder", "Zone", "Park", "Person", "Place")


# a paragraph that announces a list of the zone's companies: 全区产值前五位工业企业情况: / 区内重点企业:
_RANKED_HEAD_RE = re.compile(r"(?:全区|区内|园区|本区|我区|开发区|高新区|经开区)[^,,。;;]{0,20}?(?:企业|公司)[^,,。;;]{0,6}[::]\s*$")
# a list item's marker: 1. / 1、 / (1) / ① / ●
_ITEM_RE = re.compile(r"\s*(?:\d{1,2}[.、．](?!\d)|[((]\d{1,2}[))]|[①-⑳]|[●■◆▶•·])\s*")


def ranked_companies(ctx: Context, zone: Entity) -> None:
    """全区产值前五位工业企业情况: followed by items ``1. A …`` — each listed company lies in the zone."""
    paras = ctx.doc.paragraphs
    for k, para in enumerate(paras):
        if not para.text.rstrip().endswith((":", "：")) or _RANKED_HEAD_RE.search(para.text) is None:
            continue
        for item in paras[k + 1:k + 31]:
            im = _ITEM_RE.match(item.text)
            if im is None:
                break
            at = item.start + im.end()
            named = ctx.mentions_starting(at, at + 1)
            if named and named[0].entity.has("Enterprise") and not named[0].entity.has("Funder"):
                ctx.relate(named[0].entity, "locatedIn", zone, para.start, named[0].end)


# A(刚刚)落户的P / (刚刚)落户的A: what settled, and where
_SETTLED_RE = re.compile(r"(?:已经?|刚刚?|先后|率先|今年|年初|年内)?落户的")


def settled_frames(ctx: Context, para_start: int, cs: int, ms: list[Mention], text: str) -> None:
    """A落户的P → A locatedIn P (a park or zone named right after); (刚刚)落户的A, with no host written → A
    lies in the park named last before in the paragraph (else the article's zone)."""
    for sm in _SETTLED_RE.finditer(text) if "落户的" in text else ():
        after = [m for m in ms if m.start == cs + sm.end()]
        before = [m for m in ms if m.end == cs + sm.start() and (_is_guest(m.entity) or _is_sited_body(m.entity))]
        if after and after[0].entity.has("Park", "Zone") and before:
            ctx.relate(before[0].entity, "locatedIn", after[0].entity, before[0].start, after[0].end, "落户")
        elif after and not before and _is_guest(after[0].entity) and after[0].entity.has("Enterprise"):
            hosts = [m.entity for m in ctx.mentions_in(para_start, cs + sm.start()) if m.entity.has("Park", "Zone")]
            zone = ctx.main_zone if ctx.main_zone is not None and ctx.main_zone.has("Zone") else None
            host = hosts[-1] if hosts else zone
            if host is not None:
                ctx.relate(after[0].entity, "locatedIn", host, cs + sm.start(), after[0].end, "落户")
