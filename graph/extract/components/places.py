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
from graph.extract.entities import occurrences
from graph.extract.gazetteer import is_place, level
from graph.extract.segment import tokens

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

# a province written as a place of its own: after a verb of location, origin or rank (位于A省, 居A省…第3位,
# 从A省), before a city or district (A省B市), a zone's name, or a pause (A省、B省)
_PROVINCE_LOCATED_RE = re.compile(r"(?:位于|地处|坐落于|坐落在|地处于|在|居|位居|位列|排名|从|来自|赴|到|覆盖|辐射|全)$")
_PROVINCE_ALONE_RE = re.compile(r"[^\u4e00-\u9fff]|$")


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
    _retype_places_read_as_other_things(ctx)
    for m in [*_place_lists(flat), *_TRAVEL_PLACE_RE.finditer(flat)]:
        at = m.start(1)
        for item in _LIST_SPLIT_RE.split(m.group(1)):
            # the list's first item may carry the words before it (先后赴A): keep its place tail
            place = item if at > m.start(1) else next((item[i:] for i in range(len(item) - 1)
                                                       if is_place(item[i:]) or item[i:] in lx.REGIONS), item)
            if (is_place(place) or place in lx.REGIONS) and ctx.table.get(place) is None:
                ctx.table.add(place, ("Place",), at + len(item) - len(place))
            at += len(item) + 1
    _destinations(ctx, flat)
    _provinces_written_short(ctx, flat)
    _foreign_origins(ctx)
    _provinces_only_in_names(ctx)


# what a list or byline rule may make of a bare province or city name (来自A、B等地的N个项目: projects;
# 记者 甲 A报道: a second name): a name that is a division's, and nothing else, is the place
_NEVER_A_PLACE_NAME = {"Project", "Person", "Product", "Industry"}


def _retype_places_read_as_other_things(ctx: Context) -> None:
    """A project, person, product or industry whose whole name is a province's or city's name
    (来自A、B等地的N个项目 read as projects, a dateline's 记者 甲 A报道 read as two people) is the place."""
    for ent in list(ctx.table.entities):
        if ent.classes <= _NEVER_A_PLACE_NAME and not ent.aliases and is_place(ent.name) \
                and level(ent.name) in ("province", "city"):
            ent.classes = {"Place"}
            ent.review = None


def _foreign_origins(ctx: Context) -> None:
    """德国X集团: a place outside the gazetteer's divisions (a country, a foreign city) opening a company's
    name is where the company comes from: a place of its own, and the name without it a short form."""
    for ent in [e for e in ctx.table.entities if e.classes == {"Enterprise"} and not e.name.endswith(_LEGAL_FORMS[:2])]:
        first = tokens(ent.name)[0]
        place, rest = ent.name[: first[1]], ent.name[first[1]:]
        if first[3] in _PLACE_TAGS and len(place) >= 2 and len(rest) >= 4 and not is_place(place) \
                and place not in lx.PROVINCES and ctx.table.get(rest) is None:
            ctx.table.alias(ent, rest)
            if ctx.table.get(place) is None and (len(place) >= 3 or place.endswith("国")):
                ctx.table.add(place, ("Place",), ent.first)  # (a two-character word is often a river or region: 湘江X集团)


# a verb of sending, reaching or receiving right before a place (送到A的…, 开通至A、B的航线, 承接A产业转移)
_DESTINATION_RE = re.compile(r"(?:送到|运到|运往|送往|发往|销往|直达|直飞|通达|开通至|开通到|飞往|承接|对接|来自|赴|前往)"
                             r"([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8}){0,6})")
_PLACE_TAGS = {"ns"}
_FOREIGN_NAME_TAGS = {"ns", "nr", "nrt", "nz", ""}  # what a segmenter makes of a foreign city's name


def _destinations(ctx: Context, flat: str) -> None:
    """Places after a verb of sending or reaching (送到A的医院, 开通至A、B的航线): the first word when the
    gazetteer or the segmenter knows it as a place; the next items of its list when they are single words
    (foreign cities the gazetteer does not list)."""
    for m in _DESTINATION_RE.finditer(flat):
        items = m.group(1).split("、")
        at = m.start(1)
        first = tokens(items[0])[0]
        place = items[0][: first[1]]
        proper = _PLACE_TAGS if m.group(0).startswith(("承接", "对接", "来自", "赴", "前往")) else _FOREIGN_NAME_TAGS - {""}
        if not (is_place(place) or place in lx.REGIONS or (first[3] in proper and len(place) >= 2)):
            continue
        if ctx.table.get(place) is None:
            ctx.table.add(place, ("Place",), at)
        for item in items[1:]:
            at = flat.index(item, at)
            word = tokens(item)[0]
            name = item[: word[1]]
            if len(name) >= 2 and (is_place(name) or word[3] in _FOREIGN_NAME_TAGS) and ctx.table.get(name) is None:
                ctx.table.add(name, ("Place",), at)


# a province's short form written as a place: after a verb of location or rank (作为宁夏唯一…, 位于广西), or before
# a word of scope or rank (宁夏唯一, 新疆首个, 广西境内) or a pause
_SHORT_PROVINCE_BEFORE_RE = re.compile(r"(?:位于|地处|坐落于|在|居|位居|从|来自|赴|到|覆盖|辐射|作为|全)$")
_SHORT_PROVINCE_AFTER_RE = re.compile(r"唯一|首个|首家|第一|最大|境内|区内|全区|[、,。;]")
_SHORT_PROVINCES = tuple(p for p in lx.PROVINCES if len(p) >= 2 and p not in ("北京", "天津", "上海", "重庆"))


def _provinces_written_short(ctx: Context, flat: str) -> None:
    """A province written by its short form as a place of its own (作为宁夏唯一…, 位于广西、…): a place
    (its short form inside a company's name, 宁夏X有限公司, is not)."""
    for prov in _SHORT_PROVINCES:
        if prov not in flat or ctx.table.get(prov) is not None or ctx.table.get(prov + "省") is not None:
            continue
        for at in occurrences(flat, prov):
            end = at + len(prov)
            if flat.startswith(("省", "自治区", "回族", "壮族", "维吾尔"), end):
                continue
            if _SHORT_PROVINCE_BEFORE_RE.search(flat, max(0, at - 3), at) or _SHORT_PROVINCE_AFTER_RE.match(flat, end):
                ctx.table.add(prov, ("Place",), at)
                break


def _provinces_only_in_names(ctx: Context) -> None:
    """A province written only as the first word of a longer name (A省X重点实验室, 入选A省领军人才,
    获评A省…示范园区) is part of that name, not a place the article places anything in: dropped."""
    flat = ctx.doc.flat
    # what may follow a province written as a place: a city or district (A省B市), a zone's name
    after = [n for e in ctx.table.entities if e.has("Zone", "Place") for n in e.names()]
    for ent in [e for e in ctx.table.entities if e.classes == {"Place"} and e.name.endswith(("省", "自治区"))]:
        alone = False
        for at in occurrences(flat, ent.name):
            end = at + len(ent.name)
            if _PROVINCE_LOCATED_RE.search(flat, max(0, at - 4), at) or _PROVINCE_ALONE_RE.match(flat, end) \
                    or any(flat.startswith(n, end) for n in after):
                alone = True
                break
        if not alone:
            ctx.table.remove(ent)
