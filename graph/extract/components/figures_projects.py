"""The project an investment figure is about: ``A投资N亿元的X基地`` names the plant X that the amount
builds; X becomes a Project (when no name rule drafted it) so that the figures can be its own."""

from __future__ import annotations

import re

from graph.extract.components.facilities import names_a_facility
from graph.extract.context import Context

# A投资45亿元的X基地 / 出资8亿元建设的X中心: an amount, 的, and the name of what it builds
_INVESTED_IN_RE = re.compile(
    r"(?:投资|投建|出资)(?:约|超|逾|近|达)?\d+(?:\.\d+)?(?:亿|万)?(?:美元|元)(?:建设|新建|打造|兴建)?的"
    r"(?P<name>[^,;:。、的\s“”\"]{2,22}?(?:基地|中心|项目|工厂|产业园|生产线|产线))(?=[,;。、]|将|已|于|正|落户|$)")

# A在B建设的X基地: the plant a company builds at a place (a name of six characters at least)
_BUILT_AT_RE = re.compile(
    r"在[\u4e00-\u9fff]{2,12}?(?:投资建设|建设|新建|兴建|布局)的"
    r"(?P<name>[^,;:。、的\s“”\"]{4,20}?(?:基地|中心|项目|工厂|产业园|生产线|产线))(?=[,;。、]|一期|二期|将|已|于|正|$|[\u4e00-\u9fff]{0,4}(?:投产|开工|竣工|建成))")

# a bare category, not a project's name (重点项目, 外资项目, 产业园)
_GENERIC_RE = re.compile(r"(?:重点|重大|一批|多个|新建|在建|外资|内资|产业|工业|制造业|招商|签约|单体|亿元级?)?"
                         r"(?:基地|中心|项目|工厂|产业园|生产线|产线)")


def invested_projects(ctx: Context) -> None:
    """``A投资N亿元的X基地`` / ``A在B建设的X基地``: X, named by what is invested in or built, is a Project
    (its investment and the figures after it are X's)."""
    flat = ctx.doc.flat
    if "的" not in flat:
        return
    found = list(_INVESTED_IN_RE.finditer(flat))
    if "建" in flat or "布局" in flat:
        found += _BUILT_AT_RE.finditer(flat)
    for m in found:
        name = m.group("name")
        if _GENERIC_RE.fullmatch(name) or ctx.table.get(name) is not None or name.count("(") != name.count(")") \
                or (name.endswith(("基地", "生产线", "产线")) and not names_a_facility(name)):
            continue
        ctx.table.add(name, ("Project",), m.start("name"), "project named by what is invested in or built (A投资N的X基地, A在B建设的X基地)")
