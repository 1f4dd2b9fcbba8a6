"""The short form a company goes by after its full name (浙江X新能源科技有限公司 … X董事长…, 向X发放…):
the opening characters of the name's core, written again where no other name covers them, are an
alias of the company, so the figures of the clauses it opens (X交付N台, 给予X授信N) are the company's."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.context import Context
from graph.extract.entities import occurrences

# the legal form closing a company's name (and the trade words right before it)
_LEGAL_RE = re.compile(r"(?:[((][^()()]{1,6}[))])?(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")
# a city or county written before the brand (深圳市X, 吉林X)
_CITY_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:市|县|区)")
_PROVINCES = tuple(sorted(lx.PROVINCES, key=len, reverse=True))
_NOT_BRAND_CHARS = set("该本这其各我你他她它每某全此中国省市县区")
_ZONE_KIND_RE = re.compile(r"(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|新区|园区)$")
_MIN_CORE = 4  # a core shorter than this is the brand itself (no short form to find)


def _core(name: str, places: tuple[str, ...]) -> str:
    """浙江澜拓新能源科技有限公司 → 澜拓新能源科技: the name without its legal form and its place (a
    province, a city, or a place or zone the text names: 江北X科技有限公司 in 江北高新区 → X科技)."""
    core = _LEGAL_RE.sub("", name)
    for place in places:
        if core.startswith(place) and len(core) - len(place) >= _MIN_CORE:
            return core[len(place):]
    for prov in _PROVINCES:
        if core.startswith(prov):
            core = core[len(prov):].removeprefix("省")
            break
    city = _CITY_RE.match(core)
    return core[city.end():] if city and len(core) - city.end() >= _MIN_CORE else core


def company_short_forms(ctx: Context) -> None:
    """Alias a company's short form (the first 2–4 characters of its core) when it is written apart from
    every drafted name; a short form that opens another drafted name (a zone's, a park's) is no company's."""
    flat = ctx.doc.flat
    companies = [e for e in ctx.table.entities if e.name.endswith("公司") and e.has("Enterprise")
                 and not e.has("Person", "Place") and _LEGAL_RE.search(e.name)]
    if not companies:
        return
    places = tuple(sorted({k for e in ctx.table.entities if e.has("Zone", "Place")
                           for n in e.names() for k in [_ZONE_KIND_RE.sub("", n)] if len(k) >= 2}, key=len, reverse=True))
    cores = [(ent, core) for ent in companies for core in [_core(ent.name, places)] if len(core) >= _MIN_CORE]
    wanted = {core[:n] for _, core in cores for n in range(2, min(4, len(core) - 1) + 1)}
    wanted = {w for w in wanted if w in flat}
    if not wanted:
        return
    openers: dict[str, set[int]] = {}  # a short form → the bodies whose drafted names open with it
    for e in ctx.table.entities:
        for name in e.names():
            for n in (2, 3, 4):
                if name[:n] in wanted and len(name) > n:
                    openers.setdefault(name[:n], set()).add(id(e))
    zones = [n for e in ctx.table.entities if e.has("Zone") for n in e.names()]
    covering = _covering_names(ctx)
    for ent, core in cores:
        for n in range(min(4, len(core) - 1), 1, -1):
            short = core[:n]
            brand = ctx.table.get(short)
            others = openers.get(short, set()) - {id(ent)} - ({id(brand)} if brand is not None else set())
            if set(short) & _NOT_BRAND_CHARS or others or any(short in z for z in zones):
                continue  # (a short form opening another body's name, a zone's included, is no company's)
            alone = _written_alone(flat, short, [name for name in covering if short in name])
            if alone and ent.first < alone[0]:
                other = ctx.table.get(short)
                if other is None or (other.has("Enterprise") and not other.aliases and not other.has("Funder")):
                    ctx.table.alias(ent, short)
                break


def _covering_names(ctx: Context) -> list[str]:
    """The drafted names of more than two characters (a brand drafted on its own excepted: a full name's short
    form may merge it)."""
    return [name for e in ctx.table.entities if not (e.classes == {"Enterprise"} and len(e.name) <= 4)
            for name in e.names() if len(name) > 2]


def _written_alone(flat: str, short: str, longer: list[str]) -> list[int]:
    """Where ``short`` is written outside every occurrence of the ``longer`` names that contain it."""
    covered: set[int] = set()
    for name in longer:
        for at in occurrences(flat, name):
            covered.update(range(at, at + len(name)))
    return [at for at in occurrences(flat, short) if at not in covered]
