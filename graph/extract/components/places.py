"""Places are places: a name the gazetteer knows as an administrative division is never a company.

Lists such as 赴A、B等地招商 or 来自A、B等省份的企业 end on a company word, and the list and
trade-word rules read their items as companies; names like 赴A (a verb of travel glued to the
place) come from the same frames. After the name rules ran, an enterprise that is a division's
name is retyped as a place (赴A: the place without the verb), and the divisions a list of places
or a verb of travel names (赴A、B等地, 来自C, 辐射D) are places of their own.
"""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.context import Context
from graph.extract.gazetteer import is_place

# a verb or preposition of travel or origin glued to a place (赴A, 到A, 来自A, 远销A)
_TRAVEL_RE = re.compile(r"^(?:前往|来自|远销|销往|走进|走访|赴|到|去|往|至|从|在|于|向|和|与|及|、)")

# words a list rule may read as a company that name no body at all
_GENERIC_BODIES = {"园区", "全区", "该区", "我区", "本区", "区内", "园内", "全市", "我市", "本市", "全省", "各地", "外地",
                   "本地", "当地", "省内", "省外", "国内", "海外", "境外"}

_LEGAL_FORMS = ("有限公司", "有限责任公司", "集团", "银行")

_PLACE_WORD = r"[\u4e00-\u9fff]{2,8}"
# 赴A、B和C等地 / 来自A、B等省份 / 辐射A、B: the items of a list of places
_PLACE_LIST_RE = re.compile(rf"(?:前往|来自|远销|销往|辐射|覆盖|赴|到|去)?({_PLACE_WORD}(?:(?:、|和|及|与){_PLACE_WORD})*)"
                            r"等(?:地|城市|省份|省市|地区|区域)")
_TRAVEL_PLACE_RE = re.compile(rf"(?:前往|来自|远销|销往|辐射|赴)({_PLACE_WORD})")
_LIST_SPLIT_RE = re.compile(r"、|和|及|与")


# a list of places is made of Han characters and 、 only: it is read in the runs of them that hold 等地/等省份…
_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff、]+")
_PLACE_LIST_END_RE = re.compile(r"等(?:地|城市|省份|省市|地区|区域)")


def _place_lists(flat: str) -> list[re.Match[str]]:
    """``_PLACE_LIST_RE.finditer(flat)``, read only in the runs of Han characters that end a list of places."""
    found: list[re.Match[str]] = []
    for run in _HAN_RUN_RE.finditer(flat) if "等" in flat else ():
        if _PLACE_LIST_END_RE.search(flat, run.start(), run.end()):
            found += _PLACE_LIST_RE.finditer(flat, run.start(), run.end())
    return found


def place_names_not_companies(ctx: Context) -> None:
    """Retype enterprises that are places; drop generic words for a place; add the places a list names."""
    flat = ctx.doc.flat
    for ent in list(ctx.table.entities):
        if not ent.has("Enterprise") or ent.name.endswith(_LEGAL_FORMS) or ent.has("Zone", "Park"):
            continue
        bare = _TRAVEL_RE.sub("", ent.name)
        if bare in _GENERIC_BODIES:
            ctx.table.remove(ent)
        elif is_place(bare) or bare in lx.REGIONS:
            if bare == ent.name:
                ent.classes = {"Place"}
                ent.review = None
            else:
                ctx.table.remove(ent)
                ctx.table.add(bare, ("Place",), ent.first + len(ent.name) - len(bare))
    for m in [*_place_lists(flat), *_TRAVEL_PLACE_RE.finditer(flat)]:
        at = m.start(1)
        for item in _LIST_SPLIT_RE.split(m.group(1)):
            # the list's first item may carry the words before it (先后赴A): keep its place tail
            place = item if at > m.start(1) else next((item[i:] for i in range(len(item) - 1)
                                                       if is_place(item[i:]) or item[i:] in lx.REGIONS), item)
            if (is_place(place) or place in lx.REGIONS) and ctx.table.get(place) is None:
                ctx.table.add(place, ("Place",), at + len(item) - len(place))
            at += len(item) + 1
