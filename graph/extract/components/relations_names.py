"""Relations read from names alone: X高新区Y产业园 is part of X高新区, a legal name's
place, a province's zones."""

from __future__ import annotations

import re
from itertools import pairwise

from graph.extract.context import Context
from graph.extract.entities import Entity, occurrences

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"([\u4e00-\u9fff]{2,12})[—–]([\u4e00-\u9fff]{2,12})")
_RE1 = re.compile(r"打造|建设|培育|发展|壮大|构建")
_RE2 = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:专用|用)([\u4e00-\u9fff\w]{2,})")
_RE3 = re.compile(r"(?:叶片|部件|零部件|领域|行业|场景)$")
_RE4 = re.compile(r"^(?:超大型|大型|中型|小型|重型|轻型|微型|新型|高端|通用)")
_RE5 = re.compile(r"(?:产业)?(?:集群|集聚区)$|产业链$")

_PROVINCE_SCOPE_RE = re.compile(r"(?:各|同类)?(?:国家级|省级|自治区级)?(?:高新区|经开区|开发区|产业园区)")


_BRANCH_ENDINGS = ("支行", "分行", "营业部")

def first_clause(ctx: Context, name: str) -> tuple[int, int]:
    """Span of the clause holding the first occurrence of ``name``."""
    pos = ctx.doc.flat.find(name)
    try:
        clause = ctx.doc.clause_at(pos)[3]
    except ValueError:
        return pos, pos + len(name)
    return clause.start, max(clause.end, pos + len(name))


def name_relations(ctx: Context) -> None:
    """Relations readable from the names: X<city>基地 → localBaseOf X; X新材料公司 → subsidiaryOf X."""
    _list_relations(ctx)
    ents = _place_name_relations(ctx)
    _joint_and_use_names(ctx, ents)
    _cluster_industries(ctx, ents)
    _scope_and_place_relations(ctx)


def _list_relations(ctx: Context) -> None:
    for start, end, maker, made in ctx.directory:
        for item in made:
            ctx.relate(maker, "developsTechnology" if item.has("Technology") else "produces", item, start, end)
    for start, end, parts in ctx.joined_projects:
        leaders = [m.entity for m in ctx.mentions_in(start - 60, start)
                   if m.entity.has("Enterprise", "Organization", "Platform") and not m.entity.has("Funder")]
        projects = [m.entity for m in ctx.mentions_starting(end, end + 1) if m.entity.has("Project")]
        if not projects:
            continue
        doers = [ctx.table.get(x) for x in parts]
        for doer in [*leaders[-1:], *doers]:
            if doer is not None and doer.has("Enterprise", "Organization", "Platform"):
                ctx.relate(doer, "carriesOut", projects[0], max(0, start - 40), end + len(projects[0].name))
    # 围绕A、B、C三大方向,园区全力打造X产业集群: the cluster built in the same sentence focuses on them
    for start, end, focus_items in ctx.counted_focus:
        sent = ctx.doc.clause_at(start)[1]
        built = [m.entity for m in ctx.mentions_in(end, sent.end) if m.entity.has("Cluster")]
        if built and _RE1.search(ctx.doc.flat[end:sent.end]):
            for item in focus_items:
                ctx.relate(built[0], "focusesOn", item, start, sent.end)
    for start, end, named_chain, segs in ctx.dash_chains:
        if named_chain is not None and named_chain.has("Cluster"):
            for seg in segs:
                ctx.relate(named_chain, "hasChainSegment", seg, start, end)


def _place_name_relations(ctx: Context) -> list[Entity]:
    ents = sorted(ctx.table.entities, key=lambda e: e.first)
    places = [e.name[:-1] for e in ents if e.has("Place") and e.name.endswith(("市", "省"))]
    companies = [b for b in ents if b.has("Enterprise") and len(b.name) >= 2]  # (no class changes below)
    for a in ents:
        if not a.has("Enterprise", "Platform"):
            continue
        for b in companies:
            if a is b:
                continue
            for name in a.names():
                if name.startswith(b.name) and len(name) > len(b.name):
                    pos = first_clause(ctx, name)
                    if name.endswith("基地"):
                        ctx.relate(a, "localBaseOf", b, *pos)
                    elif a.has("Enterprise") and not a.has("Platform"):
                        # X银行Y支行/分行: a branch is the bank's own office, no subsidiary company
                        ctx.relate(a, "ownedBy" if name.endswith(_BRANCH_ENDINGS) else "subsidiaryOf", b, *pos)
                    break
        for z in ents:
            if z is not ctx.main_zone:
                continue
            prefixed = a.name.startswith(z.name) or a.name.startswith(("高新区", "开发区", "经开区"))
            if z is ctx.main_zone and z.has("Zone") and a.has("Enterprise") and prefixed and a.name != z.name:
                pos = first_clause(ctx, a.name)
                ctx.relate(a, "ownedBy", z, *pos, review="ownership read from the name prefix")
    place_ents = sorted((e for e in ents if e.has("Place")), key=lambda e: -len(e.name))
    for z in ents:
        if not z.has("Zone") or not z.name.endswith(("开发区", "高新区", "经开区")):
            continue
        for full in z.aliases:
            # X市Y区Z经开区 (an alias written with its places): the zone lies in the last place,
            # each place in the one before it
            chain: list[Entity] = []
            rest = full
            while (pl := next((e for e in place_ents if rest.startswith(e.name)), None)) is not None:
                chain.append(pl)
                rest = rest[len(pl.name):]
            if chain and rest == z.name:
                pos = first_clause(ctx, full)
                ctx.relate(z, "locatedIn", chain[-1], *pos)
                for outer, inner in pairwise(chain):
                    ctx.relate(inner, "locatedIn", outer, *pos)
    for z in ents:
        if z.has("Zone"):
            for p in places:
                city = ctx.table.get(p + "市")
                if city is not None and z.name.startswith(p) and z.name != p:
                    pos = first_clause(ctx, z.name)
                    ctx.relate(z, "locatedIn", city, *pos)
    return ents


def _joint_and_use_names(ctx: Context, ents: list[Entity]) -> None:
    # A—B联合研究院: a joint body is founded by the partners its name joins with a dash
    for ent in ents:
        if not ent.has("Platform", "Alliance"):
            continue
        dm = _RE0.match(ent.name)
        if dm is None:
            continue
        for part in dm.groups():
            partner = next((e for e in ents if e is not ent and e.has("Zone", "Enterprise", "Organization", "Platform")
                            and any(n == part or (part.startswith(n) and len(n) >= 2) for n in e.names())), None)
            if partner is None:
                partner = next((e for e in ents if e is not ent and e.has("Zone", "Enterprise", "Organization")
                                and any(n.startswith(part) for n in e.names())), None)
            if partner is not None:
                ctx.relate(ent, "foundedBy", partner, *first_clause(ctx, ent.name))
    # <field>专用<product> / <field>用<product>: the field is an industry the product serves
    for prod in ents:
        if not prod.has("Product"):
            continue
        for name in prod.names():
            fm = _RE2.fullmatch(name)
            if fm is None or fm.group(1).endswith(("使", "应", "作", "运", "采", "适", "利", "通", "可", "民")):
                continue
            # 风电叶片用X: a component word (叶片, 部件) is no field of its own
            field_name = _RE3.sub("", fm.group(1))
            field_name = _RE4.sub("", field_name)  # 大型|矿用X
            if len(field_name) < 2:
                continue
            field = ctx.table.get(field_name) or ctx.table.add(field_name, ("Industry",), prod.first,
                                                                 "application field read from a product's name")
            if field.has("Industry"):
                ctx.relate(prod, "applicationField", field, *first_clause(ctx, name))
            break


def _cluster_industries(ctx: Context, ents: list[Entity]) -> None:
    # <industry>产业集群 → the cluster focuses on the industry; a cluster of one of the zone's
    # leading industries is one the zone develops
    industries = {n: e for e in ents if e.has("Industry") for n in e.names()}
    leading = {id(r["object"]) for r in ctx.relations
               if r["predicate"] == "hasLeadingIndustry" and r["subject"] is ctx.main_zone}
    for c in ents:
        if not c.has("Cluster"):
            continue
        for name in c.names():
            core = _RE5.sub("", name)
            ind = industries.get(core) or industries.get(core + "产业")
            if ind is None or core == name:
                continue
            pos = first_clause(ctx, name)
            ctx.relate(c, "focusesOn", ind, *pos)
            if id(ind) in leading and ctx.main_zone is not None:
                ctx.relate(ctx.main_zone, "developsCluster", c, *pos)
            break


def _scope_and_place_relations(ctx: Context) -> None:
    # <province>(各)高新区/经开区 (a rank scope: 增速居X省经开区第3位) → the article's zone lies in the province
    if ctx.main_zone is not None and ctx.main_zone.has("Zone"):
        for prov in [e for e in ctx.table.entities if e.has("Place") and e.name.endswith(("省", "自治区"))]:
            flat = ctx.doc.flat
            scoped = [(at, sm.end()) for at in occurrences(flat, prov.name)
                      if (sm := _PROVINCE_SCOPE_RE.match(flat, at + len(prov.name))) is not None]
            if scoped:
                ctx.relate(ctx.main_zone, "locatedIn", prov, *scoped[0])
    # X省Y市 → the city lies in the province; X市Y区 → the district lies in the city
    for outer_suffix, inner_suffixes in ((("省", "自治区"), ("市",)), (("市",), ("区", "县"))):
        outers = [e for e in ctx.table.entities if e.has("Place") and e.name.endswith(outer_suffix)]
        for inner in [e for e in ctx.table.entities if e.has("Place") and e.name.endswith(inner_suffixes)]:
            for outer in outers:
                at = ctx.doc.flat.find(outer.name + inner.name)
                if at >= 0 and outer is not inner:
                    ctx.relate(inner, "locatedIn", outer, at, at + len(outer.name + inner.name))
                    break
