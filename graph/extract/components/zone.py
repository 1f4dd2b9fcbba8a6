"""The article's zone: which zone (or park, or company) the article is about, and the anaphors
(该区, 高新区, 该市) and copulas (A是…,也是…的B) that name it or another body again."""

from __future__ import annotations

import re
from collections import Counter

from graph.extract.context import Context
from graph.extract.entities import Entity

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"[,,]也是[^,,。]*的$")


def main_zone(ctx: Context) -> Entity | None:
    counts = Counter(m.entity.name for m in ctx.mentions if m.entity.has("Zone"))
    if not counts:
        # no zone named: a park that has its own administration (X管委会) or is named in the
        # title and written most often is the article's zone (a science park's year-end report)
        parks = Counter(m.entity.name for m in ctx.mentions if m.entity.classes == {"Park"})
        title = ctx.doc.paragraphs[0].text if ctx.doc.paragraphs else ""
        for name, n in sorted(parks.items(), key=lambda kv: (-kv[1], kv[0]))[:1]:
            ent = ctx.table.get(name)
            if ent is not None and n >= 3 and any(
                    form + "管委会" in ctx.doc.flat or form + "管理委员会" in ctx.doc.flat or form in title
                    for form in ent.names()):
                ent.classes = {"Zone"}
                counts[name] = n
    if not counts:
        counts = Counter(m.entity.name for m in ctx.mentions if m.entity.has("Enterprise", "Park") and not m.entity.has("Funder"))
    if not counts:
        return None
    name = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return ctx.table.get(name)


def anaphora_aliases(ctx: Context) -> None:
    flat = ctx.doc.flat
    if ctx.main_zone is not None and ctx.main_zone.has("Zone"):
        for word in ("该高新区", "该开发区", "该园区", "该区"):
            if word in flat and ctx.table.get(word) is None:
                ctx.table.alias(ctx.main_zone, word)
        # 高新区还与…: the bare kind word opening a clause names the article's zone of that kind
        for word in ("高新区", "经开区", "开发区"):
            if ctx.table.get(word) is None and any(n.endswith(word) for n in ctx.main_zone.names()) \
                    and re.search(rf"(?:^|[。;;,,!?!?])\s*(?:在|与|和|向|由|从|经|为)?{word}", flat):
                ctx.table.alias(ctx.main_zone, word)
    # 推动电控产业集群…, after 新能源重卡电控产业集群: a shortened cluster name, not another cluster
    clusters = [e for e in ctx.table.entities if e.has("Cluster") and e.name.endswith("集群")]
    for short in clusters:
        longer = [c for c in clusters if c is not short and c.name.endswith(short.name)]
        # X集群 beside Y X产业集群 (a heading's short form, before or after): 产业 and the place dropped
        dropped = [c for c in clusters if c is not short and not short.name.endswith("产业集群")
                   and c.name.endswith(short.name[:-2] + "产业集群")] if len(short.name) >= 4 else []
        if len(dropped) == 1 and not longer and short.classes == {"Cluster"} and short.name in ctx.table.by_name:
            ctx.table.merge(dropped[0], short)
        elif len(longer) == 1 and longer[0].first < short.first and len(short.name) >= 6 \
                and short.classes == {"Cluster"} and short.name in ctx.table.by_name:
            ctx.table.merge(longer[0], short)
    cities = [e for e in ctx.table.entities if e.has("Place") and e.name.endswith("市")]
    if len(cities) == 1 and "该市" in flat:
        ctx.table.alias(cities[0], "该市")


def copula_aliases(ctx: Context) -> None:
    """``A是…,也是…的B`` with A and B of one class: B is another name of A."""
    for para in ctx.doc.paragraphs:
        for sent in para.sentences:
            ms = ctx.mentions_in(sent.start, sent.end)
            if len(ms) < 2 or ms[0].start != sent.start:
                continue
            m = _RE0.search(ctx.doc.flat[sent.start:ms[-1].start])
            a, b = ms[0].entity, ms[-1].entity
            if m and a is not b and a.primary == b.primary and a.has("Park", "Cluster", "Platform"):
                ctx.table.merge(a, b)
