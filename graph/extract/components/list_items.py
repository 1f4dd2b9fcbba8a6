"""The items of a list (A、B和C等X): split, cleaned of the clause words around the first one, typed by the
list's head word and added to the table."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.context import Context
from graph.extract.entities import Entity
from graph.extract.segment import tokens

_RE3 = re.compile(r"^(以|围绕|等)")
_RE11 = re.compile(r"[、,]|和|与")
_RE12 = re.compile(r"\d")
_ITEM_TAIL_RE = re.compile(r"(?<=..)等(?:区内|园区内|园区|县内|市内|省内)?$")

_ITEM_PREP_RE = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:已在|在|向|为)(?=[\u4e00-\u9fff]{2})")

# a lead-in of use, origin or aim before a list's first item (产品主要应用于A、B等领域, 来自A和B领域, 力争全年A产业…)
LEAD_IN_RE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:应用于|应用在|用于|来自|源自|面向|力争|争取)(?:全年|今年|明年)?")

_OPENING_VERBS = lx.ACTION_VERBS | lx.BOUNDARY_WORDS | {"带动", "支持", "鼓励", "吸引", "招引", "服务", "扶持", "帮助"}


def split_items(ctx: Context, text: str, count: int | None = None) -> list[str]:
    items = [x.strip() for x in _RE11.split(text) if x.strip()]
    if count and len(items) < count:
        last = items.pop() if items else ""
        parts = last.split("及")
        items.extend(p for p in parts if p)
    items = [_RE3.sub("", x) for x in items]
    # A、B、C等6家企业: C, not C等; A、B等区内N家企业: B, not B等区内
    return [_ITEM_TAIL_RE.sub("", x) for x in items if len(x) >= 2]


def item_class(ctx: Context, item: str, head: str) -> str:
    if any(item == m or (item.endswith(m) and len(item) <= len(m) + 1) for m in lx.MATERIALS):
        return "Material"
    if head == "技术" and item.endswith(lx.PRODUCT_ENDINGS):
        return "Product"
    return lx.ENUM_HEADS.get(head, "Industry")


def enum_entities(ctx: Context, items: list[str], head: str, offset: int, trusted: tuple[str, ...], why: str) -> list[Entity]:
    """Entities for the items of an enumeration; new ones outside ``trusted`` classes get a review reason."""
    ents: list[Entity] = []
    for item in items:
        if ctx.table.get(item) is not None:
            ents.append(ctx.table.by_name[item])
            continue
        if _RE12.search(item) or len(item) > 16:
            continue
        cls = item_class(ctx, item, head)
        review = None if cls in trusted else f"{cls} {why}"
        ents.append(ctx.table.add(item, (cls,), ctx.doc.flat.find(item, offset), review))
    return ents


def strip_opening_subject(ctx: Context, item: str) -> str:
    """``X高新区了解到A`` (a list's first item that carries the clause's subject and verb) → ``A``."""
    known = [n for n in ctx.table.by_name if item.startswith(n) and len(item) > len(n)
             and ctx.table.by_name[n].has("Zone", "Enterprise", "Park", "Platform", "Organization")]
    if not known:
        return item
    rest = item[len(max(known, key=len)):]
    toks = tokens(rest)
    i = 0
    while i < len(toks) and (toks[i][3].startswith("v") or toks[i][3] in {"p", "d", "t", "ul", "uj", "u", "c"}):
        i += 1
    return rest[toks[i][0]:] if 0 < i < len(toks) else item


def strip_opening_verb(ctx: Context, item: str) -> str:
    """``推动A`` (a list's first item carrying the clause's verb, 推动A、B等龙头企业…) → ``A``; ``产品应用于A``
    (a lead-in of use or origin) → ``A``."""
    lead = LEAD_IN_RE.match(item)
    if lead is not None and len(item) - lead.end() >= 2:
        item = item[lead.end():]
    pm = _ITEM_PREP_RE.match(item)
    if pm is not None:
        item = item[pm.end():]  # 控制系统在A、B等企业应用: the list starts after the preposition
    toks = tokens(item)
    i = 0
    while i < len(toks) and (toks[i][3] in {"d", "p", "c", "f", "m", "t"}
                             or (toks[i][2] in _OPENING_VERBS and toks[i][3].startswith("v"))
                             # a verb with its aspect particle (还签约了A、B等领域项目): the clause's verb
                             or (toks[i][3].startswith("v") and i + 1 < len(toks) - 1 and toks[i + 1][2] in ("了", "过"))
                             or (toks[i][2] in ("了", "过") and i > 0 and toks[i - 1][3].startswith("v"))):
        i += 1
    if 0 < i < len(toks) and any(t[3].startswith("v") for t in toks[:i]) and len(item) - toks[i][0] >= 2:
        return item[toks[i][0]:]
    return item
