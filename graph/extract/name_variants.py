"""Spellings of one name merged after discovery: a zone's full and short forms (X经济技术开发区 / X经开区),
province prefixes (江西省X公司 / 江西X公司), a zone or place before a name (高新区X集团 / X集团), short tails."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.entities import Entity, EntityTable
from graph.extract.gazetteer import is_place

_ZONE_WORD_RE = re.compile(r"开发区|高新区|经开区")


_PROVINCES = tuple(lx.PROVINCES)
_PROVINCES_SHENG = tuple(p + "省" for p in lx.PROVINCES)  # (a name opening with none is left as it is, unscanned)


def _norm_variant(name: str, places: set[str]) -> str:
    if not name.startswith(_PROVINCES_SHENG):
        return name
    for prov in lx.PROVINCES:
        if name.startswith(prov + "省"):
            name = prov + name[len(prov) + 1:]
            break
    return name


def merge_variants(table: EntityTable, places: set[str]) -> None:
    """Merge spellings of one name: 江西省X公司 / 江西X公司, 高新区X集团 / X集团, <place>X / X."""
    prefixes = sorted({*places, *(p + "市" for p in places), *(p + "省" for p in places),
                       "高新区", "开发区", "园区",
                       *(n for e in table.entities if e.has("Zone") for n in e.names())}, key=len, reverse=True)
    zone_names = {n for e in table.entities if e.has("Zone") for n in e.names()}

    _merge_zone_forms(table, places)
    _merge_spellings(table, places)
    _merge_short_tails(table, zone_names)
    _merge_prefixed(table, prefixes, zone_names)
    _merge_brand_kind_forms(table, places)


def _merge_pair(table: EntityTable, a: Entity, b: Entity) -> None:
    """Merge two spellings, keeping the declared one (or the first written)."""
    keep, drop = a, b
    neither = not keep.declared_alias and not drop.declared_alias
    if (drop.declared_alias and not keep.declared_alias) or (neither and keep.first > drop.first):
        keep, drop = drop, keep
    table.merge(keep, drop)


def _eligible(e: Entity) -> bool:
    return not e.has("Place", "Person")


def _zone_key(name: str, places: set[str]) -> str:
    """云南X高新技术产业开发区 / X高新区: the standard short form of a zone (and of names it prefixes)."""
    name = _norm_variant(name, places)
    for prov in lx.PROVINCES if name.startswith(_PROVINCES) else ():
        if name.startswith(prov) and len(name) > len(prov) + 4:
            name = name[len(prov):]
            break
    # 国家级/国家/省级 before the kind word is a rank, not part of the name (X国家高新区 = X高新区)
    name = _ZONE_RANK_RE.sub("", name)
    name = name.replace("高新技术产业开发区", "高新区").replace("经济技术开发区", "经开区").replace("经济开发区", "经开区")
    # X开发区 is the usual short form of X经济技术开发区 (never of X高新区)
    return name[:-3] + "经开区" if name.endswith("开发区") and len(name) >= 5 else name


_ZONE_RANK_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:国家级|国家|省级)(?=高新|经济|开发区|经开区)")


def _merge_zone_forms(table: EntityTable, places: set[str]) -> None:
    """A zone's full and standard short names are one zone (the longer name kept)."""
    zone_by_key: dict[str, Entity] = {}
    for ent in sorted(table.entities, key=lambda e: (-len(e.name), e.first)):
        if ent not in table.entities or not _eligible(ent) or not _ZONE_WORD_RE.search(ent.name):
            continue
        key = _zone_key(ent.name, places)
        other = zone_by_key.get(key)
        if other is not None and other in table.entities and other is not ent and other.classes & ent.classes:
            table.merge(other, ent)  # the longer (full) name is kept
        else:
            zone_by_key[key] = ent



def _merge_spellings(table: EntityTable, places: set[str]) -> None:
    """江西省X公司 / 江西X公司: names equal once places and generic words are normalised away."""
    by_key: dict[str, Entity] = {}
    for ent in sorted(table.entities, key=lambda e: e.first):
        if not _eligible(ent) or ent not in table.entities:
            continue
        key = _norm_variant(ent.name, places)
        other = by_key.get(key)
        if other is not None and other in table.entities and other is not ent:
            _merge_pair(table, other, ent)
        else:
            by_key[key] = ent


def _merge_short_tails(table: EntityTable, zone_names: set[str]) -> None:
    """A longer name's tail (母基金), an industry with and without 产业, a cluster with and without 产业."""
    for ent in sorted(table.entities, key=lambda e: e.first, reverse=True):
        # 母基金 after 云江新兴产业母基金: the tail of one longer name of the same kind is its short form
        if ent not in table.entities or not ent.has("Funder", "Platform", "Alliance", "Park") or len(ent.name) < 3:
            continue
        longer = [e for e in table.entities if e is not ent and e.name.endswith(ent.name) and e.first < ent.first
                  and e.classes & ent.classes and not e.has("Person", "Place")
                  and e.name[: -len(ent.name)] not in zone_names]
        if len(longer) == 1:
            table.merge(longer[0], ent)
    for ent in [e for e in table.entities if e.classes == {"TalentProgram"} and len(e.name) >= 4]:
        # X英才计划 in a headline, YX英才计划 in the text: one programme, written in full (either first)
        longer = [e for e in table.entities if e is not ent and e.classes == {"TalentProgram"} and e.name.endswith(ent.name)]
        if len(longer) == 1 and ent in table.entities:
            table.merge(longer[0], ent)
    for ent in sorted(table.entities, key=lambda e: e.first):
        # X / X产业: one industry
        if ent in table.entities and ent.classes == {"Industry"} and ent.name.endswith("产业") and len(ent.name) >= 4:
            bare = table.get(ent.name[:-2])
            if bare is not None and bare is not ent and bare.classes == {"Industry"}:
                if bare.first <= ent.first:
                    table.merge(bare, ent)
                else:
                    table.merge(ent, bare)
    for ent in sorted(table.entities, key=lambda e: e.first):
        # X集群 / X产业集群 (a headline's short form): one cluster, named in full
        if ent in table.entities and ent.has("Cluster") and ent.name.endswith("集群") and not ent.name.endswith("产业集群"):
            full = table.get(ent.name[:-2] + "产业集群")
            if full is not None and full is not ent and full.has("Cluster"):
                table.merge(full, ent)


def _merge_prefixed(table: EntityTable, prefixes: list[str], zone_names: set[str]) -> None:
    """高新区X集团 / X集团, <place>X / X: a name and the same name with a place or zone before it."""
    for ent in sorted(table.entities, key=lambda e: e.first):
        if not _eligible(ent) or ent not in table.entities:
            continue
        for p in prefixes:
            if ent.name.startswith(p):
                other = table.get(ent.name[len(p):])
                if (other is not None and other is not ent and _eligible(other) and len(other.name) >= 4
                        and ent.classes & other.classes):
                    if p in zone_names and not ent.declared_alias:
                        table.merge(other, ent)  # 高新区X产业园 / X产业园: the park is named without its zone
                    else:
                        _merge_pair(table, ent, other)
                    break


def _without_place(name: str, places: set[str]) -> str:
    """The name without a province or city written before it (<city>X集团 → X集团, 宁夏X有限公司 → X有限公司)."""
    for size in (4, 3, 2):
        head = name[:size]
        if len(name) - size >= 4 and (is_place(head) or head in places or head.rstrip("省市") in places):
            return name[size:]
    return name


_GROUP_FORMS = ("集团", "集团有限公司", "集团股份有限公司", "集团有限责任公司")


def _merge_brand_kind_forms(table: EntityTable, places: set[str]) -> None:
    """X集团 / X公司 after <place>X数字科技集团 / <place>X硅材料有限公司: the brand and the kind of body
    name the one company whose name (after its place) opens with the brand. With two such companies
    (X集团 and its subsidiary X复材有限公司) the short form is left alone; 集团 names a group only."""
    firms = [e for e in table.entities if e.has("Enterprise") and not e.has("Place", "Person")]
    shorts = [e for e in firms if e.name.endswith(("集团", "公司")) and 4 <= len(e.name) <= 6]
    if not shorts:
        return
    bare = {id(e): _without_place(e.name, places) for e in firms}  # (read once: a merge keeps the longer name)
    for short in shorts:
        brand = short.name[:-2]
        if brand.endswith(("有限", "股份", "集团", "分", "子", "总", "母")) or table.by_name.get(short.name) is not short:
            continue
        longer = [e for e in firms if e is not short and table.by_name.get(e.name) is e
                  and len(bare[id(e)]) >= len(brand) + 4 and bare[id(e)].startswith(brand)]
        if short.name.endswith("集团"):  # (its subsidiaries, X数据服务有限公司 or X集团Y有限公司, are other companies)
            longer = [e for e in longer if e.name.endswith(_GROUP_FORMS)]
        if len(longer) == 1 and longer[0].name.endswith(("集团", "公司")):
            table.merge(longer[0], short)
