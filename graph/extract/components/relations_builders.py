"""Who builds a project, read from the layout of the text rather than from one clause.

- A project card (a WeChat post's or a bulletin's list of signed projects): the project's name on one
  line, then ``投资方：A公司`` / ``建设单位：A公司`` on the next → A carriesOut the project (the quote
  spans the line break: the flat text joins the lines).
- A project named after its builder's brand: ``A新材料二期项目``, ``A智能农机产业园项目`` beside
  ``(省)A新材料科技有限公司`` → the company carries the project out (its brand, the company name without
  its place prefix, opens the project's name, and no other company shares it).
"""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.context import Context
from graph.extract.entities import Entity
from graph.extract.segment import tokens

# the field of a project card that names who invests in or builds it
_CARD_FIELD_RE = re.compile(r"\s*(?:[●■◆▶·-]\s*)?(投资方|投资主体|投资单位|投资企业|建设单位|建设主体|实施主体|实施单位"
                            r"|业主单位|项目业主|项目单位|签约企业|签约主体|承建单位)\s*[:：]\s*")
_CARD_OTHER_FIELD_RE = re.compile(r"\s*[\u4e00-\u9fff]{2,6}\s*[:：]")
_CARD_LOOKBACK = 3  # a card's other fields (总投资：…) may stand between its title and the builder's field

_PROJECTISH = ("Project",)

# the place a zone's name opens with (甲川 of 甲川高新区, 甲川经济技术开发区)
_ZONE_PLACE_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:高新|经济|经开|开发|临空|综合|保税|新区|工业|产业|科技)")


def project_cards(ctx: Context) -> None:
    """``N. X项目`` / ``投资方：A公司`` → A carriesOut X (the last project named on the lines above); when the text
    above the cards says the projects land in the zone (都有哪些项目落户<zone>), each lies in it."""
    paras = ctx.doc.paragraphs
    landing: tuple[int, int] | None = None  # where the text above the cards says they land in the zone
    for i, para in enumerate(paras):
        if "方" not in para.text[:6] and "单位" not in para.text[:8] and "主体" not in para.text[:8] \
                and "企业" not in para.text[:8] and "业主" not in para.text[:6]:
            continue
        fm = _CARD_FIELD_RE.match(para.text)
        if fm is None:
            continue
        builders = [m for m in ctx.mentions_in(para.start + fm.end(), para.end)
                    if m.start == para.start + fm.end() and m.entity.has("Enterprise") and not m.entity.has("Project")]
        if not builders:
            continue
        project = _card_title_project(ctx, paras[max(0, i - _CARD_LOOKBACK):i])
        if project is not None:
            ctx.relate(builders[0].entity, "carriesOut", project[0], project[1], builders[0].end, fm.group(1))
            if landing is None:
                landing = _cards_landing(ctx, paras[max(0, i - 12):i]) or (-1, -1)
            if landing[0] >= 0 and ctx.main_zone is not None:
                ctx.relate(project[0], "locatedIn", ctx.main_zone, landing[0], landing[1], "落户")


def _cards_landing(ctx: Context, above: list) -> tuple[int, int] | None:
    """The span of ``…项目落户<the zone>`` written above a list of project cards (they land in the article's zone)."""
    zone = ctx.main_zone
    if zone is None or not zone.has("Zone"):
        return None
    words = ["园区", "我区", "本区", "区内", *zone.names()]
    words += [zm.group(1) for n in zone.names() if (zm := _ZONE_PLACE_RE.match(n)) is not None]
    for para in reversed(above):
        at = para.text.find("落户")
        if at >= 0 and "项目" in para.text[:at] and para.text.startswith(tuple(words), at + 2):
            return para.start, para.start + at + 2 + max(len(w) for w in words if para.text.startswith(w, at + 2))
    return None


def _card_title_project(ctx: Context, above: list) -> tuple[Entity, int] | None:
    """The project named last on the lines above a card's builder field (the card's title), if any; a line that is
    neither a field (总投资：…) nor a title ends the search."""
    for para in reversed(above):
        named = [m for m in ctx.mentions_in(para.start, para.end) if m.entity.has(*_PROJECTISH)
                 and not m.entity.has("Enterprise")]
        if named:
            return named[-1].entity, named[-1].start
        if not _CARD_OTHER_FIELD_RE.match(para.text):
            return None
    return None


def branded_projects(ctx: Context) -> None:
    """A project whose name opens with a company's brand (the company's name without its place prefix) and
    that has no builder yet: the company carries it out."""
    built = {id(r["object"]) for r in ctx.relations if r["predicate"] == "carriesOut"}
    projects = [p for p in ctx.table.entities if p.has("Project") and not p.has("Enterprise") and id(p) not in built
                and len(p.name) >= 5]
    keys = {p.name[:2] for p in projects}
    if not keys:
        return
    places = [n for e in ctx.table.entities if e.has("Place", "Zone") for n in e.names() if len(n) >= 2]
    places += [zm.group(1) for e in ctx.table.entities if e.has("Zone") for n in e.names()
               if (zm := _ZONE_PLACE_RE.match(n)) is not None]  # 甲川 of 甲川高新区: a company may open with it
    by_brand: dict[str, list[tuple[str, Entity]]] = {}
    for e in ctx.table.entities:
        if not e.has("Enterprise") or e.has("Project", "Person"):
            continue
        for n in {e.name, *e.aliases}:
            if not any(k in n for k in keys):
                continue  # (no project opens with a piece of this name)
            stem = _without_place(n, places)
            if len(stem) >= 4 or stem == n:
                by_brand.setdefault(stem[:2], []).append((stem, e))
    for p in projects:
        owners = by_brand.get(p.name[:2], [])
        if len({id(e) for _, e in owners}) != 1 or any(n.startswith(p.name[:2]) for n in places):
            continue
        stem, owner = max(owners, key=lambda o: _shared(o[0], p.name))
        if _shared(stem, p.name) < 2 or len(p.name) - _shared(stem, p.name) < 3 or not _brand_word(p.name[:2]):
            continue
        at = ctx.doc.flat.find(p.name)
        if at >= 0:
            ctx.relate(owner, "carriesOut", p, at, at + len(p.name))


def _brand_word(head: str) -> bool:
    """Two characters that may open a brand: not one common word of a kind that opens a project's
    description (新建, 年产, 重点, 一期…)."""
    toks = tokens(head)
    return not (len(toks) == 1 and toks[0][3][:1] in {"v", "d", "p", "r", "m", "c", "u", "q", "t", "f", "a"}) \
        and not any(ch in "省市县区镇园" for ch in head)


def _without_place(name: str, places: list[str]) -> str:
    """``宁夏A储能科技有限公司`` → ``A储能科技有限公司`` (a province or a place of the article opening it)."""
    for prefix in (*lx.PROVINCES, *places):
        for form in (prefix + "省", prefix + "市", prefix):
            if name.startswith(form) and len(name) > len(form) + 2:
                return name[len(form):]
    return name


def _shared(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def zone_prefixed_projects(ctx: Context) -> None:
    """``<zone>X项目`` (the zone's name opening the project's) → the project lies in the zone."""
    zones = sorted(((n, z) for z in ctx.table.entities if z.has("Zone") for n in z.names() if len(n) >= 3),
                   key=lambda x: -len(x[0]))
    for p in ctx.table.entities:
        if not p.has("Project") or p.has("Zone", "Enterprise"):
            continue
        hit = next(((n, z) for z_name in p.names() for n, z in zones
                    if z_name.startswith(n) and len(z_name) - len(n) >= 4 and "项目" in z_name), None)
        if hit is not None:
            full = next(x for x in p.names() if x.startswith(hit[0]))
            at = ctx.doc.flat.find(full)
            if at >= 0:
                ctx.relate(p, "locatedIn", hit[1], at, at + len(full))


# A投资N亿元(建设)的X基地/中心/项目/生产线: A builds X (总投资N亿元的X names no builder)
_INVESTED_BUILD_RE = re.compile(r"(?<!总)投资(?:约|近|超|逾)?[\d.]+(?:万|亿)(?:元|美元|欧元)?(?:建设|兴建|打造|新建|建成|实施)?的"
                                r"([^,，。;；、：:“”()（）\s][^,，。;；、：:“”\s]{1,23}?(?:基地|中心|生产线|产线|产业园|工厂)(?:项目)?"
                                r"|[^,，。;；、：:“”()（）\s][^,，。;；、：:“”\s]{1,23}?项目)(?:一期|二期|三期)?")
# what may stand between the builder and 投资: a short-form note, 已/将/计划
_BUILDER_GAP_RE = re.compile(r"(?:(?:科技|技术)?(?:股份有限公司|有限责任公司|有限公司|集团))?"
                             r"(?:[(（]以下简称[^()（）]{1,20}[)）])?(?:已|将|计划|拟|再|追加|累计)?$")
_POINTER_RE = re.compile(r"(?<![\u4e00-\u9fff])(?:该公司|该企业|这家企业|其)(?:已|将|计划|拟|再|追加|累计)?$")


def invested_builds(ctx: Context) -> None:
    """``A投资N亿元(建设)的X基地`` / ``该公司投资N亿元建设的X生产线`` → A carriesOut the project X (added as a
    project when no name of the table covers it). Runs before mentions are found."""
    flat = ctx.doc.flat
    if "投资" not in flat:
        return
    makers = sorted(((n, e) for e in ctx.table.entities if e.has("Enterprise") and not e.has("Funder", "Person", "Place")
                     for n in e.names() if len(n) >= 2), key=lambda x: -len(x[0]))
    for m in _INVESTED_BUILD_RE.finditer(flat):
        head = flat[max(0, m.start() - 40):m.start()]
        builder = next((e for n, e in makers if (at := head.rfind(n)) >= 0
                        and _BUILDER_GAP_RE.fullmatch(head, at + len(n))), None)
        if builder is None and _POINTER_RE.search(head):
            prior = [(flat.rfind(n, max(0, m.start() - 300), m.start()), e) for n, e in makers]
            prior = [x for x in prior if x[0] >= 0]
            builder = max(prior, key=lambda x: x[0])[1] if prior else None
        if builder is None:
            continue
        name = m.group(1)
        project = ctx.table.get(name)
        if project is None and not any(name in n or n in name for n in ctx.table.by_name if len(n) >= 4):
            project = ctx.table.add(name, ("Project",), m.start(1), "project named by its builder's investment (A投资N亿元的X)")
        if project is not None and project.has("Project") and not project.has("Enterprise"):
            ctx.relate(builder, "carriesOut", project, m.start() - 2, m.end(1))
