"""The article's zone: which zone (or park, or company) the article is about, and the anaphors
(该区, 高新区, 该市) and copulas (A是…,也是…的B) that name it or another body again."""

from __future__ import annotations

import re
from collections import Counter

from graph.extract.context import Context
from graph.extract.entities import Entity

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"[,,]也是[^,,。]*的$")


MAIN_ZONE_NOTE = "no grammatical subject in the sentence; defaulted to the article's zone"


def main_zone(ctx: Context) -> tuple[Entity | None, str]:
    """The body the article is about and how it was chosen (the note a defaulted figure carries).

    A zone is counted wherever its name is written, inside longer names too (its airport project,
    its fund: 甲川高新区产业基金 names 甲川高新区), and a zone the title names wins; without a zone,
    a park that has its own administration or is named in the title; else the company the title
    names or written most often. A place or a person is never the article's subject."""
    flat = ctx.doc.flat
    title = ctx.doc.paragraphs[0].text if ctx.doc.paragraphs else ""
    zones = [e for e in ctx.table.entities if e.has("Zone") and not e.has("Place", "Person")]
    if not zones:
        # no zone named: a park that has its own administration (X管委会) or is named in the
        # title and written most often is the article's zone (a science park's year-end report)
        parks = Counter(m.entity.name for m in ctx.mentions if m.entity.classes == {"Park"})
        for name, n in sorted(parks.items(), key=lambda kv: (-kv[1], kv[0]))[:1]:
            ent = ctx.table.get(name)
            if ent is not None and n >= 3 and any(
                    form + "管委会" in flat or form + "管理委员会" in flat or form in title
                    for form in ent.names()):
                ent.classes = {"Zone"}
                zones = [ent]
    if zones:
        return max(zones, key=lambda z: _zone_weight(z, flat, title)), MAIN_ZONE_NOTE
    counts = Counter(m.entity.name for m in ctx.mentions
                     if m.entity.has("Enterprise", "Park") and not m.entity.has("Funder", "Place", "Person"))
    if not counts:
        return None, MAIN_ZONE_NOTE
    named = [n for n in counts if n in title]
    name = sorted(counts.items(), key=lambda kv: (kv[0] not in named, -kv[1], kv[0]))[0][0]
    ent = ctx.table.get(name)
    how = "named in the title" if name in named else "the body written most often"
    return ent, f"no grammatical subject in the sentence and no zone named in the article; defaulted to {name} ({how})"


def _zone_weight(zone: Entity, flat: str, title: str) -> tuple[bool, int, int, str]:
    """(named in the title, times written anywhere, first written earlier, name): the larger the likelier."""
    in_title = any(n in title for n in zone.names())
    written = sum(flat.count(n) for n in zone.names() if not any(n != o and n in o for o in zone.names()))
    return in_title, written, -zone.first, zone.name


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
