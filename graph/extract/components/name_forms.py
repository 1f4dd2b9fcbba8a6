"""Name forms: a name written after its zone's name (X经开区Y产业园: Y产业园 a short form of it),
and a later phase written after a park, project or brand (Y产业园二期, A液压二期: a project of its own)."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.context import Context
from graph.extract.entities import occurrences
from graph.extract.segment import tokens

# a later phase written right after a name (X产业园二期完成…, 确保A液压二期、B项目…): a project of its own
_LATER_PHASE_RE = re.compile(r"[二三四五六]期(?=[,,。;;、和及与]|完成|建成|开工|竣工|投产|投用|启动|落地|主体|顺利|年内|年底|"
                             r"于|已|正|将|预计|计划|$)")

_GENERIC_ZONE_NAMES = {"开发区": ("开发区",), "高新区": ("高新区", "高新技术产业开发区"), "经开区": ("经开区", "经济技术开发区")}

# (a platform keeps its zone: 高新区创业服务中心 without it is a kind of body, not a name)
_ZONE_PREFIXED_KINDS = ("Park", "Cluster", "Project")


def _is_headline(line: str) -> bool:
    return len(line) <= 30 and not any(p in line for p in "。,,;;")


def zone_prefixed_and_phased_names(ctx: Context) -> None:
    """Names written after their zone's name (X经开区Y产业园: Y产业园 is a short form of the park) and
    later phases written after a park, project or company (Y产业园二期: a project named with its phase)."""
    flat = ctx.doc.flat
    # (a zone's generic short name, 开发区/高新区, when the text uses it for the zone: 开发区X产业集群)
    full_names = {n for e in ctx.table.entities if e.has("Zone") for n in e.names() if len(n) >= 4}
    zone_names = sorted(full_names | {g for g, fulls in _GENERIC_ZONE_NAMES.items() if any(n.endswith(fulls) for n in full_names)},
                        key=len, reverse=True)
    for ent in list(ctx.table.entities):
        if ent.has("Zone", "Place", "Person") or not ent.has(*_ZONE_PREFIXED_KINDS) or ent.declared_alias:
            continue
        zone = next((z for z in zone_names if ent.name.startswith(z) and len(ent.name) - len(z) >= 4), None)
        bare = ent.name[len(zone):] if zone else ""
        if zone is None or bare.startswith(("产业集群", "产业园", "项目")) or ctx.table.get(bare) is not None:
            continue
        ctx.table.alias(ent, bare)
    for ent in list(ctx.table.entities):
        if not ent.has("Park", "Project", "Enterprise") or ent.has("Funder") or len(ent.name) < 4 \
                or (not ent.has("Park", "Project") and len(ent.name) > 6):
            continue  # a company's phase is read after its brand (A液压二期), not after its base (A集团B基地二期)
        ats = occurrences(flat, ent.name)
        # (a headline's X二期竣工 shortens a name the article writes in full below it)
        phased = [(at, m) for at in ats if (m := _LATER_PHASE_RE.match(flat, at + len(ent.name))) is not None
                  and not _is_headline(ctx.doc.clause_at(at)[0].text)]
        if not phased or ent.name.endswith(("期", "项目")):  # X项目二期: read with the project's cue word
            continue
        at, m = phased[0]
        name = flat[at:m.end()]
        if ctx.table.get(name) is not None:
            continue
        if len(phased) == len(ats) and ent.has("Park") and not ent.aliases:
            # the park is only ever written with its phase: the phase is what the text names
            del ctx.table.by_name[ent.name]
            ent.name = name
            ent.classes.add("Project")
            ctx.table.by_name[name] = ent
        else:
            ctx.table.add(name, ("Project", *(("Park",) if ent.has("Park") else ())), at)


# a brand named without any cue word, opening a clause before a post and a person or a verb of speech
# (X相关负责人表示, 其中,X工艺总监Y入选…): the company the post belongs to
_BRAND_POST_RE = re.compile(r"(?:^|(?<=[,,。;;::\n]))(?:其中[,,]?|此外[,,]?|同时[,,]?)?([\u4e00-\u9fff]{2,4}?)(?:相关)?"
                            r"(?:工艺|技术|研发|生产|销售|市场|运营|财务|项目)?"
                            r"(?:负责人|总经理|副总经理|董事长|副董事长|总监|总工程师|首席科学家|创始人|总裁)")
_SHORT_CUES = tuple(sorted({c for c, _, kind in lx.ENTITY_CUES if kind == "short"}, key=len, reverse=True))
_NOT_BRAND_CHARS = set("该本这其各我你他她它每某全此")


def _segments_as_unknown_word(name: str) -> bool:
    """Every character a word of its own to the segmenter: a coined brand (no dictionary word in it)."""
    return all(t[1] - t[0] == 1 and t[3][:1] not in ("m", "q", "u", "c", "r") for t in tokens(name))


def brand_names(ctx: Context) -> None:
    """Brands named without a cue word. X相关负责人/X总监Y (a post of X's), when X is written at least twice,
    is a company; and a brand with a trade word (X电驱) whose brand is also written alone (X在…) has the
    brand as its short form."""
    flat = ctx.doc.flat
    for m in _BRAND_POST_RE.finditer(flat):
        name = m.group(1)
        if ctx.table.get(name) is None and _segments_as_unknown_word(name) and not (set(name) & _NOT_BRAND_CHARS) \
                and len(occurrences(flat, name)) >= 2 and name not in lx.BOUNDARY_WORDS:
            ctx.table.add(name, ("Enterprise",), m.start(1), "company named before one of its posts (X负责人/X总监Y)")
    for ent in [e for e in ctx.table.entities if e.classes == {"Enterprise"} and not e.aliases]:
        cue = next((c for c in _SHORT_CUES if ent.name.endswith(c)), None)
        brand = ent.name[: -len(cue)] if cue else ""
        if len(brand) < 2 or ctx.table.get(brand) is not None or not _segments_as_unknown_word(brand):
            continue
        inside = {at for at in occurrences(flat, ent.name)}
        alone = [at for at in occurrences(flat, brand) if at not in inside and _BRAND_ALONE_AFTER_RE.match(flat, at + len(brand))]
        if alone:
            ctx.table.alias(ent, brand)


# what follows a brand written alone as a subject (X在…, X已…, X的…): a verb or a pause, not a trade word
_BRAND_ALONE_AFTER_RE = re.compile(r"在|已|的|将|与|和|是|也|还|正|[,,。;;、]")

