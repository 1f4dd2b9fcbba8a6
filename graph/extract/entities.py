"""Entity discovery: cue words, appositions, short-form declarations, mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ahocorasick

from graph.extract import lexicon as lx
from graph.extract.segment import tokens
from graph.extract.text import _BYLINE_ROLE_RE, _DATELINE_BRACKET_RE, Document, byline_names

_HAN = r"\u4e00-\u9fff"
_PUNCT = set(",,。;;::、!?!?“”\"'‘’()()《》<>[]【】 \t►■●◆丨·-+~/|—–")
_CUE_RE = re.compile("|".join(re.escape(c) for c, _, _ in sorted(lx.ENTITY_CUES, key=lambda x: -len(x[0]))))
_CUES = {c: (cls, kind) for c, cls, kind in lx.ENTITY_CUES}
_ALIAS_RE = re.compile(r"[((](?:以下简称|以下称|下称|简称|以下称为)[:：]?[“\"‘]?([^”\"’()()]{1,12})[”\"’]?[))]")
# X(全称Y) / X(Y): a short name followed by its full name in brackets
_FULL_NAME_RE = re.compile(r"[((](?:全称|全称为|即)?[:：]?([^()()“”\"]{5,30})[))]")
_PROVINCE_RE = re.compile("(" + "|".join(lx.PROVINCES) + ")省|(" + "|".join(lx.AUTONOMOUS_REGIONS) + ")")
_CITY_RE = re.compile(rf"([{_HAN}]{{2}})市(?![场级县民值区属委政长内外域井])")
_BASE_AFTER_PLACE_RE = re.compile(r"(?:生产|制造|研发)?基地")


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of the non-overlapping occurrences of needle in text, left to right (str.find, where a
    regex built from a name would be compiled afresh for every document)."""
    out, at = [], text.find(needle)
    while at >= 0 and needle:
        out.append(at)
        at = text.find(needle, at + len(needle))
    return out

_OBJECT_VERB_TAIL_RE = re.compile(r"(?:注入|提供|带来|增添|激发|释放|汇聚|形成|成为|注入了|提供了|带来了)$")
_QUALITY_WORDS = {"好", "优质", "重点", "相关", "各类", "优秀", "所有", "其他", "全部", "这些", "大型", "小型", "新型"}
_MUNICIPALITIES = {"北京", "天津", "上海", "重庆"}  # a municipality is a city whatever its first character
_CITY_BAD_FIRST = set("该全本各城都超一两门上下股夜闹")
_PERSON_TITLE_RE = re.compile("(" + "|".join(sorted(lx.PERSON_TITLES, key=len, reverse=True)) + rf")(?=([{_HAN}]{{2,4}}))")
_CLAUSE_NAME_RE = re.compile(r"(?:^|(?<=[。!?;,,\n]))([\u4e00-\u9fff]{3})"
                             r"(?=是|入选|创办|带着|带领|表示|说|介绍|坦言|回忆|告诉|荣获|获得|担任|毕业|出生)")
_FOREIGN_PERSON_RE = re.compile(
    "(?:" + "|".join(sorted(lx.PERSON_TITLES, key=len, reverse=True)) + r")([\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6})"
    r"|([\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6})[(（][A-Z][A-Za-z .'-]+[)）]")
_FOREIGN_FOLLOWERS = tuple(sorted((f for f in lx.PERSON_FOLLOWERS if len(f) <= 2 and "\u4e00" <= f[0] <= "\u9fff"
                                   and f not in ("团队", "等", "和", "与", "的")), key=len, reverse=True))
# a local party committee named by its place (X市委常委 / X县委书记): an organisation
_PARTY_COMMITTEE_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}(?:市|县|省|州|盟|区))委"
                                 r"(?=常委|书记|副书记|委员|办公室|、|,|。)")
_LATIN_COMPANY_RE = re.compile(r"(?:母公司|外资企业|外商独资企业|跨国企业|跨国公司|外资公司)"
                               r"([A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){0,3})(?=与|和|在|的|等|、|将|已|于|是|[,,。])")
_BUILT_BY_RE = re.compile(r"(?:投资建设|投资兴建|投资建成)的([\u4e00-\u9fff]{4,14}?(?:数据中心|算力中心|基地|工厂))(?=一期|二期|[,,。已将])"
                          r"|(?:搭建|建设|打造|上线)的([\u4e00-\u9fff]{4,14}?服务平台)")
_NAMED_CHAIN_RE = re.compile(r"(?:打造|培育|壮大|做强|建设)[^,,。;;]{0,20}?(?:和|、|及)([\u4e00-\u9fff]{2,8}产业链)(?=[,,。;;和、])"
                             r"|(?:^|(?<=[,,。;;])|(?<=作为))([\u4e00-\u9fff]{2,8}产业链)(?=以[^,,。;;]{2,30}为龙头|的?链主)")
_REGIONAL_HQ_RE = re.compile(r"设立了?([\u4e00-\u9fff]{0,4}(?:区域|地区)总部)")
_MOTION_OPENER_RE = re.compile(r"走进|走入|来到|进入|步入|漫步")
_OFFICE_LINE_RE = re.compile(r"\s*([\u4e00-\u9fff]{4,20}(?:办公室|宣传部|管委会|委员会|局|新闻中心))\s*"
                             r"(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)?\s*")
_COMPANY_TABLE_RE = re.compile(r"(?:企业|公司)[\u4e00-\u9fff]{0,8}(?:情况|如下|排名|名单)?[:：]")
_TABLE_ITEM_RE = re.compile(r"\s*([\u4e00-\u9fff]{4,24}?)\s*[\d.]+(?:亿元|万元)")
_PHASE_NAME_RE = re.compile(r"[二三四五]期(?!工程|项目|[\d约近超])")
_QUOTED_PROGRAM_RE = re.compile(r"“([^”]{2,16}计划)”")
_QUOTED_TALENT_RE = re.compile(r"“([^”]{2,12})”((?:人才|英才|引才|领军人才|工匠)?(?:培育|培养|引育|引进|支持)?(?:计划|工程|专项))")
_PROGRAM_RE = re.compile(rf"([{_HAN}]{{2,14}}计划)")
_LEAD_RE = re.compile(rf"以([{_HAN}()()]{{2,14}}?(?:集团|公司)?)(?:企业)?为龙头")
_CAPACITY_RE = re.compile(r"(?:年产能?|年处理|年加工|年回收)(?:约|近|超)?[\d.]+[万千百亿]?"
                          r"(?:吨|台|套|辆|件|片|只|颗|条|支|平方米|立方米|米|GWh|GW|MWh|MW|吉瓦时|吉瓦|兆瓦|千瓦)")
_ACADEMY_INSTITUTE_RE = re.compile(rf"(?:中国科学院|中科院)[{_HAN}]{{2,8}}?(?:研究所|所)(?![{_HAN}])"
                                   rf"|(?:中国科学院|中科院)[{_HAN}]{{2,8}}?所(?=[、,,。;;和与及等的]|签|共建|合作|联合)")
_KIND_WORDS = {"孵化器", "加速器", "众创空间", "孵化基地", "孵化园", "实验室", "研究院"}
_QUOTED_BODY_RE = re.compile(r"(孵化器|加速器|众创空间|孵化基地|孵化园|产业园|科技园)“([\u4e00-\u9fff]{2,12})”")
# a district written right after its city (X市Y区), read after the city found with str.find
_DISTRICT_RE = re.compile(rf"([{_HAN}]{{2}})([区县])(?![{_HAN}]?区)")
_DISTRICT_NOT = {"高新", "经开", "开发", "新区", "城区", "市区", "辖区", "园区", "景区", "社区", "片区", "郊区", "主城",
                 "中心", "示范", "合作", "保税", "综合", "自贸", "各区", "全区", "本区", "该区"}
_NUMERAL_CHARS = set("零〇一二三四五六七八九十百千万亿两几数多余半首每第")
SHORT_CUE_REVIEW = "name boundary found by a short trade-word cue"
_SHORT_GENERIC = {"社会", "民间", "国有", "风险", "工商", "外来", "私募", "耐心", "长期",
                  "金融", "信息", "数字", "人工", "高新", "农业", "生物", "电子", "智慧", "智能",
                  "新能源", "能源", "环保", "绿色", "文化", "网络", "互联网", "医疗", "汽车", "材料",
                  "现代", "产业", "创新", "高端", "科技", "民营", "中小", "服务", "工业", "先进"}


@dataclass(eq=False)
class Entity:
    name: str
    classes: set[str]
    first: int
    aliases: list[str] = field(default_factory=list)
    review: str | None = None
    declared_alias: bool = False
    id: str = ""

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def has(self, *classes: str) -> bool:
        return bool(self.classes.intersection(classes))

    @property
    def primary(self) -> str:
        return sorted(self.classes, key=lambda c: lx.CLASS_ORDER_INDEX.get(c, 99))[0]


@dataclass(frozen=True)
class Mention:
    start: int  # flat offsets
    end: int
    entity: Entity
    surface: str


class EntityTable:
    """Entities by surface form; merging keeps one record per real-world thing."""

    def __init__(self) -> None:
        self.by_name: dict[str, Entity] = {}
        self.entities: list[Entity] = []

    def get(self, name: str) -> Entity | None:
        return self.by_name.get(name)

    def add(self, name: str, classes: tuple[str, ...] | set[str], pos: int, review: str | None = None) -> Entity:
        ent = self.by_name.get(name)
        if ent is not None:
            ent.classes.update(classes)
            ent.first = min(ent.first, pos)
            if review is None:
                ent.review = None
            return ent
        ent = Entity(name, set(classes), pos, review=review)
        self.by_name[name] = ent
        self.entities.append(ent)
        return ent

    def alias(self, ent: Entity, alias: str) -> None:
        other = self.by_name.get(alias)
        if other is ent:
            return
        if other is not None:
            self.merge(ent, other)
            return
        ent.aliases.append(alias)
        self.by_name[alias] = ent

    def remove(self, ent: Entity) -> None:
        for name in ent.names():
            if self.by_name.get(name) is ent:
                del self.by_name[name]
        self.entities.remove(ent)

    def merge(self, keep: Entity, drop: Entity) -> None:
        if keep is drop:
            return
        keep.classes.update(drop.classes)
        keep.first = min(keep.first, drop.first)
        keep.declared_alias = keep.declared_alias or drop.declared_alias
        if drop.review is None:
            keep.review = None
        for name in drop.names():
            if name != keep.name and name not in keep.aliases:
                keep.aliases.append(name)
            self.by_name[name] = keep
        self.entities.remove(drop)


# --------------------------------------------------------------------------- name scanning


def _is_punct(word: str) -> bool:
    return all(ch in _PUNCT or ch.isspace() for ch in word)


def scan_left(text: str, cue_start: int, kind: str) -> int:
    """Where a name ending in the cue at ``cue_start`` begins (index into ``text``).

    >>> t = "联合华兴新材料公司建设创新中心"
    >>> t[scan_left(t, t.index("公司"), "org"):t.index("公司")]
    '华兴新材料'
    """
    toks = tokens(text)
    start = cue_start
    idx = len(toks) - 1
    while idx >= 0 and toks[idx][0] >= cue_start:
        idx -= 1
    if idx >= 0 and toks[idx][1] > cue_start:  # the cue is glued to a longer word
        start = toks[idx][0]
        idx -= 1
    while idx >= 0:
        a, _b, word, pos = toks[idx]
        if word in ")）":
            depth_start = text.rfind("(", 0, a)
            alt = text.rfind("(", 0, a)
            open_at = max(depth_start, alt)
            if open_at < 0 or a - open_at > 8 or open_at < start - 24:
                break
            start = open_at
            while idx >= 0 and toks[idx][0] > open_at:
                idx -= 1
            if idx >= 0 and toks[idx][0] == open_at:
                idx -= 1
            continue
        nxt_word = toks[idx + 1][2] if idx + 1 < len(toks) else ""
        numeral_part = (re.fullmatch(r"第[一二三四五六七八九十]+代", word) is not None
                        or (re.fullmatch(r"[\d.]+|[一二三四五六七八九十两]", word) is not None
                            and nxt_word in ("英寸", "寸", "纳米", "轴", "维", "代")))
        if numeral_part and kind != "short":
            start = a
            idx -= 1
            continue
        if _is_punct(word) or any(ch.isdigit() for ch in word):
            break
        if kind != "legal" and ((word in lx.ACTION_VERBS and word not in lx.NAME_FRIENDLY_VERBS)
                                or (len(word) == 1 and idx > 0 and toks[idx - 1][2] + word in lx.ACTION_VERBS)):
            break  # 新建|X工作站, 做|强|X产业集群: an action verb (however tagged) ends the name
        if re.fullmatch(r"年初|年底|年末|年中|今年|去年|明年|近年|当年|同年|次年|目前|日前|近日|如今", word):
            break  # 年初|公司…: a time word opens no name
        if word in ("年", "月", "日") and idx > 0 and toks[idx - 1][2].isdigit():
            break  # 2025|年|X经开区: a date opens no name
        if len(word) == 1 and word in "出到入" and pos.startswith("v") and idx > 0 \
                and (toks[idx - 1][2] in lx.BOUNDARY_WORDS or toks[idx - 1][3].startswith("v")):
            break  # 孵化|出|X科技: the verb's complement opens no name
        if word in ("建设", "开发") and nxt_word in ("投资", "发展") and kind != "short":
            start = a  # 城市建设|投资集团, 开发|投资公司: a standard company name, not a verb
            idx -= 1
            continue
        if word in _KIND_WORDS and start < cue_start and kind == "lenient":
            break  # 孵化器|碳谷|众创空间: a kind word in apposition before the name opens none of it
        if word == "企业" and toks[idx][1] == start and start == cue_start and (
                text.startswith(("孵化器", "加速器", "孵化基地", "孵化中心"), cue_start)
                or (kind == "lenient" and text.startswith(("服务中心", "技术中心", "创新中心", "研发中心"), cue_start)
                    and idx > 0 and not _is_punct(toks[idx - 1][2]) and toks[idx - 1][2] not in lx.BOUNDARY_WORDS)):
            start = a  # 科技企业|孵化器, X高新区企业|服务中心: part of the name
            idx -= 1
            continue
        if word == "联合" and idx + 1 < len(toks) and toks[idx + 1][0] >= cue_start:
            start = a  # 联合|实验室, 联合|研究院: part of the name
            idx -= 1
            continue
        if kind == "legal" and word in ("集团", "控股", "实业") and toks[idx][1] == cue_start:
            start = a  # X集团|有限公司: the group word belongs to the legal name
            idx -= 1
            continue
        if len(word) >= 4 and word.endswith(("企业", "公司")) and start < cue_start:
            break  # 外资企业|X(海南)科技有限公司: a kind of company in apposition opens no part of the name
        if kind == "legal" and word == "集团" and start < cue_start and idx > 0 and not _is_punct(toks[idx - 1][2]) \
                and toks[idx - 1][2] not in lx.BOUNDARY_WORDS and not toks[idx - 1][3].startswith("v"):
            start = a  # X集团Y制药有限公司: a group's company, one legal name
            idx -= 1
            continue
        if word in lx.BOUNDARY_WORDS and not (kind == "legal" and len(word) == 1 and pos not in {"p", "c", "uj", "ul"}
                                              and word not in ("是", "向", "为")):
            break
        if word == "及":
            start = a
            idx -= 1
            continue
        if word in lx.CITIES or word in lx.PROVINCES:
            start = a  # a place opening the name (大连|海工大学, 辽宁|国投)
            idx -= 1
            continue
        if pos == "t" and start == cue_start and len(word) == 2 and kind == "org" and word not in lx.BOUNDARY_WORDS \
                and (idx == 0 or _is_punct(toks[idx - 1][2])):
            start = a  # an unknown place-like word the tagger reads as a time (西秦|大学) opening the clause
            idx -= 1
            continue
        # a name character the tagger reads as a numeral or adverb (参|元|药业, 瓯川|高新|控股集团)
        name_part = (pos == "m" and len(word) == 1 and word not in _NUMERAL_CHARS) or word in lx.NAME_ADVERBS
        if pos in lx.BOUNDARY_POS and (len(word) > 1 or pos in {"p", "c", "u", "uj", "ul", "r", "m"}) and not name_part:
            break
        if kind == "lenient" and word in lx.ACTION_VERBS and word in lx.NAME_FRIENDLY_VERBS and pos in lx.VERB_POS:
            break  # 重点发展|X产业集群: an action verb ends a cluster/platform name even where it may name a company
        if kind != "legal" and pos in lx.VERB_POS and len(word) > 1 and word not in lx.NAME_FRIENDLY_VERBS:
            # a verb tag on a fragment of an unknown name (超高|清视频, 可降解|材料) does not end it,
            # in names whose head admits verbs (platforms, clusters, projects, alliances)
            lenient = kind == "lenient" and word not in lx.ACTION_VERBS
            orphan = idx + 1 < len(toks) and toks[idx + 1][1] - toks[idx + 1][0] == 1 and toks[idx + 1][0] == start \
                and toks[idx + 1][3] not in {"p", "c", "uj", "ul"} and word not in lx.ACTION_VERBS
            if not (lenient or orphan):
                break
        if cue_start - a > 22:
            break
        start = a
        idx -= 1
    if start > 0 and text[start - 1:start + 1] in lx.BOUNDARY_WORDS:
        start += 1  # a boundary word the segmenter split (获|批国家…)
    if kind == "legal":
        # X有限公司是Y有限公司: a legal name does not run through another company's name
        joints = list(re.finditer(r"(?:公司|集团)[是和与及为在的、]", text[start:cue_start]))
        if joints:
            start += joints[-1].end()
    return start


def _strip_generic(core: str) -> str:
    changed = True
    while changed and core:
        changed = False
        for g in sorted(lx.GENERIC_NAME_PARTS, key=len, reverse=True):
            if core.startswith(g):
                core = core[len(g):]
                changed = True
                break
    return core


def _strip_place(core: str, places: set[str]) -> str:
    for p in sorted(places, key=len, reverse=True):
        for form in (p + "省", p + "市", p):
            if core.startswith(form) and (len(core) > len(form) or form != p):
                return core[len(form):]
    return core




_BYLINE_OFFICE_RE = re.compile(r"^\s*([\u4e00-\u9fff]{2,20}(?:办公室|宣传部|管委会|委员会|融媒体中心|新闻中心|管理局))\s+"
                               r"(?:本报)?(?:特约)?(?:记者|通讯员)")


def discover(doc: Document, table: EntityTable) -> None:
    """First pass: names from cue words, titles, bylines, programmes, places."""
    flat = doc.flat
    places: set[str] = set()
    _discover_places(doc, flat, places, table)
    _discover_bylines(doc, flat, places, table)
    _discover_openers_and_tables(doc, flat, table)
    _discover_institutes(flat, table)
    _discover_bases(flat, places, table)
    _discover_short_forms(flat, places, table)
    _discover_legal_short_forms(flat, places, table)


def _discover_places(doc: Document, flat: str, places: set[str], table: EntityTable) -> None:
    # places
    for m in _PROVINCE_RE.finditer(flat):
        table.add(m.group(0), ("Place",), m.start())
        places.add(m.group(1) or m.group(2))
    for m in _CITY_RE.finditer(flat):
        core = m.group(1)
        if (core[0] in _CITY_BAD_FIRST and core not in _MUNICIPALITIES) or core[-1] in "该全本各每城上超门都级省" or core[0] in "区县镇省":
            continue
        if core[-1] in "省" or (m.start() > 0 and flat[m.start() - 1] in "省"):
            pass
        table.add(m.group(0), ("Place",), m.start())
        places.add(core)
    # a district written right after its city (X市Y区): a place of its own
    for city in [e.name for e in table.entities if e.has("Place") and e.name.endswith("市")]:
        for at in occurrences(flat, city):
            dm = _DISTRICT_RE.match(flat, at + len(city))
            if dm is not None and dm.group(1) not in _DISTRICT_NOT:
                table.add(dm.group(1) + dm.group(2), ("Place",), dm.start(1))
    # an issuing office alone on the line under the title (X经开区经济发展局)
    for para in doc.paragraphs[1:3]:
        om_line = _OFFICE_LINE_RE.fullmatch(para.text)
        if om_line:
            table.add(om_line.group(1), ("Organization",), para.start + om_line.start(1), "issuing office under the title")


def _discover_bylines(doc: Document, flat: str, places: set[str], table: EntityTable) -> None:
    # byline: a line of role words and names under the title, a dateline's bracket
    # (本报讯（记者 甲）/ 新华社…电（记者 甲 乙）), or a closing bracket ((本报记者 甲))
    closing = [p for p in doc.paragraphs[-3:] if re.match(r"^\s*[((](?:本报)?(?:记者|通讯员|特约记者|实习生)", p.text)]
    for para in [*doc.paragraphs[:6], *closing]:
        bracket = _DATELINE_BRACKET_RE.match(para.text)
        if bracket and _BYLINE_ROLE_RE.search(bracket.group(1)):
            line, offset = bracket.group(1), para.start + bracket.start(1)
        else:
            line, offset = para.text, para.start
        found = byline_names(line)
        if found is None:
            continue
        # <issuing office> 通讯员 <name>: the office before the role word is an organisation
        om = _BYLINE_OFFICE_RE.match(line)
        if om:
            table.add(om.group(1), ("Organization",), offset + om.start(1), "issuing office in the byline")
        for name, start in found:
            table.add(name, ("Person",), offset + start)
    for para in doc.paragraphs if "委" in flat else ():
        for m in _PARTY_COMMITTEE_RE.finditer(para.text) if "委" in para.text else ():
            if not m.group(1).startswith(("全", "各", "本", "该")):
                table.add(m.group(0), ("Organization",), para.start + m.start())
    # X:<headline> over a section that names X again (a feature story's company sections)
    for para, nxt in zip(doc.paragraphs, doc.paragraphs[1:], strict=False):
        hm = re.match(rf"([{_HAN}]{{4,6}})[:：]\s*[^\s]", para.text)
        if hm is None or len(para.text) > 30 or re.search(r"[。!?;]", para.text):
            continue
        word = hm.group(1)
        if word in nxt.text and not lx.looks_like_name(word) and not re.search(r"记者|关键|数读|观察|一线|链接|背景|声音", word) \
                and not word.endswith(tuple(c for c, _, _ in lx.ENTITY_CUES if len(c) >= 2 and _CUES[c][1] != "short")):
            table.add(word, ("Enterprise",), para.start, "company named in a section heading (X:…)")
    for para in doc.paragraphs:
        for sent in para.sentences:
            for seg in sent.segments:
                for clause in seg.clauses:
                    _discover_clause(clause.text, clause.start, table, places)


def _discover_openers_and_tables(doc: Document, flat: str, table: EntityTable) -> None:
    # a bare name opening a clause (马某是土生土长的…人 / 马某入选…), written at least twice there: a person
    opened: dict[str, list[int]] = {}
    for para in doc.paragraphs:
        for m in _CLAUSE_NAME_RE.finditer(para.text):
            name = m.group(1)
            if lx.looks_like_name(name) and table.get(name) is None \
                    and all(len(t[2]) == 1 or t[3] == "nr" for t in tokens(name)):
                opened.setdefault(name, []).append(para.start + m.start(1))
    for name, starts in opened.items():
        if len(starts) >= 2:
            table.add(name, ("Person",), starts[0])
    # 重点企业产值情况:A 86.2亿元,…;B 34.5亿元,…: each item of a company table opens with a company's name
    for hm in _COMPANY_TABLE_RE.finditer(flat):
        end = flat.find("。", hm.end())
        body_at = hm.end()
        for item in re.split(r"[;；]", flat[body_at:end if end > 0 else len(flat)]):
            im = _TABLE_ITEM_RE.match(item)
            if im is not None and table.get(im.group(1)) is None and not re.search(r"产值|营收|收入|合计|其中|同比|全区|园区", im.group(1)):
                table.add(im.group(1), ("Enterprise",), flat.find(im.group(1), body_at), "a row of a company table (X N亿元)")
            body_at += len(item) + 1
    # <person>团队 anywhere: the team the person leads (钟某团队由26人组成)
    for person in [e for e in table.entities if e.has("Person")]:
        at = flat.find(person.name + "团队")
        if at >= 0 and table.get(person.name + "团队") is None:
            table.add(person.name + "团队", ("ResearchTeam",), at)


def _discover_institutes(flat: str, table: EntityTable) -> None:
    _institutes(flat, table)
    for body in lx.NATIONAL_BODIES:
        for m in re.finditer(body, flat):
            table.add(body, ("Organization",), m.start())
    # 中国科学院X所 / 中科院X所: an institute of the academy, written short
    for m in _ACADEMY_INSTITUTE_RE.finditer(flat):
        if table.get(m.group(0)) is None:
            table.add(m.group(0), ("Organization",), m.start())
    _strip_zone_places(table)
    # <descriptor ending in a kind word>“Y”: Y is the body's name (<zone>科技企业孵化器“Y”)
    for m in _QUOTED_BODY_RE.finditer(flat):
        if not re.search(r"计划|工程|行动|专项|模式|机制", m.group(2)):
            named = table.get(m.group(2)) or table.add(m.group(2), (_CUES[m.group(1)][0][0],), m.start(2))
            described = [e for e in table.entities if e is not named and e.name.endswith(m.group(1))
                         and flat.endswith(e.name, 0, m.end(1)) and e.classes == named.classes]
            for desc in described:  # the descriptor is another name of the body
                table.merge(named, desc)


def _discover_bases(flat: str, places: set[str], table: EntityTable) -> None:
    # 数读X高新区 (a headline word glued to a zone's short name): the zone itself
    zones = [e for e in table.entities if e.has("Zone")]
    for ent in zones:
        inner = [z for z in zones if z is not ent and z in table.entities and ent.name.endswith(z.name)
                 and not any(ent.name.startswith(p) for p in places | set(lx.PROVINCES))]
        if inner and ent in table.entities and len(ent.name) - len(inner[0].name) <= 3:
            table.merge(inner[0], ent)
            inner[0].aliases.remove(ent.name)
            del table.by_name[ent.name]
    for ent in list(table.entities):
        if ent.has("Zone"):
            for cue in ("高新技术产业开发区", "经济技术开发区", "高新区", "开发区", "经开区"):
                if ent.name.endswith(cue) and 2 <= len(ent.name) - len(cue) <= 3:
                    places.add(ent.name[: -len(cue)])
    # "以X企业为龙头" and "X<place>基地": bare enterprise names
    for m in _LEAD_RE.finditer(flat):
        name = m.group(1)
        if table.get(name) is None and _strip_generic(name) != "":
            table.add(name, ("Enterprise",), m.start(1))
    for place in places:
        for m in re.finditer(rf"([{_HAN}]{{2,6}}?)({re.escape(place)})(?:生产|制造|研发)?基地", flat):
            owner = m.group(1)
            # trim leading function words (对/在/的…)
            while owner and (owner[0] in "对在的与和以为及将把向由" or owner.startswith(("联合", "年"))):
                owner = owner[1:]
            if len(owner) < 2 or "的" in owner or re.search(r"设立|建设|成立|组建|投资|在", owner):
                continue
            at = m.start(1) + len(m.group(1)) - len(owner)
            # a known name longer than the window (X江新材料集团 → 云江新材料集团): the owner is the whole name
            longer = [e.name for e in table.entities if e.name.endswith(owner) and len(e.name) > len(owner)
                      and flat.startswith(e.name, m.end(1) - len(e.name))]
            if longer:
                owner = max(longer, key=len)
                at = m.end(1) - len(owner)
                table.add(owner, ("Enterprise",), at)
                table.add(flat[at:m.end()], ("Enterprise",), at)
                continue
            table.add(owner, ("Enterprise",), m.start(1) + (len(m.group(1)) - len(owner)))
            table.add(flat[m.start(1) + len(m.group(1)) - len(owner):m.end()], ("Enterprise",), m.start())
    # A在X设立的B基地: B is a local base (an enterprise), A its owner
    for m in re.finditer(rf"(?:^|(?<=[,。;:]))([{_HAN}]{{2,8}}?)?在[^,。;]{{2,14}}?设立的([{_HAN}]{{2,12}}?(?:生产|制造|研发)?基地)", flat):
        table.add(m.group(2), ("Enterprise",), m.start(2))
        owner = m.group(1)
        if owner and table.get(owner) is None and not any(e.name.endswith(owner) or owner.endswith(e.name)
                                                          for e in table.entities if len(e.name) >= 2):
            table.add(owner, ("Enterprise",), m.start(1), "owner read from 'A在X设立的B基地'")
    # 其<place>基地: the base of the enterprise named just before
    for place in places:
        for at in occurrences(flat, "其" + place):
            tail = _BASE_AFTER_PLACE_RE.match(flat, at + 1 + len(place))
            if tail is None:
                continue
            owners = [e for e in table.entities if e.has("Enterprise") and 0 <= flat.rfind(e.name, 0, at) >= at - 60]
            if owners:
                table.add(flat[at + 1:tail.end()], ("Enterprise",), at + 1,
                          "a base named with 其: owner taken from the previous enterprise")


def _discover_short_forms(flat: str, places: set[str], table: EntityTable) -> None:
    # short forms: (以下简称“X”)
    for m in _ALIAS_RE.finditer(flat):
        short = m.group(1)
        before = max((e for e in table.entities if flat.endswith(e.name, 0, m.start())),
                     key=lambda e: len(e.name), default=None)
        if before is None:
            continue
        before.declared_alias = True
        existing = table.get(short)
        if existing is not None and existing is not before:
            table.merge(before, existing)
        elif existing is None:
            table.alias(before, short)
    # X股份有限公司 … X: the name without its legal form, written on its own, is a short form
    for ent in list(table.entities):
        if ent not in table.entities or not ent.has("Enterprise") or ent.aliases:
            continue
        legal = next((lf for lf in ("股份有限公司", "有限责任公司", "有限公司") if ent.name.endswith(lf)), None)
        if legal is None:
            continue
        core = ent.name[: -len(legal)]
        cores = [core]
        trimmed = re.sub(r"(?:科技|股份|实业|控股|技术|发展)+$", "", core)
        if trimmed != core and len(trimmed) >= 4:
            cores.append(trimmed)  # 冀华新材料科技有限公司 → 冀华新材料
        for prov in (*lx.PROVINCES, *sorted(places, key=len, reverse=True)):
            for c in list(cores):
                if c.startswith((prov + "省", prov + "市", prov)) and len(c) - len(prov) >= 4:
                    cores.append(c[len(prov) + (1 if c.startswith((prov + "省", prov + "市")) else 0):])
        for short in dict.fromkeys(cores):
            if len(short) < 3 or short == ent.name or ent.aliases:
                continue
            # occurrences outside every written full name (the short form may open or close the core)
            inside = [(at, at + len(ent.name)) for at in occurrences(flat, ent.name)]
            alone = [at for at in occurrences(flat, short)
                     if not any(a <= at and at + len(short) <= b for a, b in inside)]
            other = table.get(short)
            if other is not None and other is not ent and other.has("Enterprise"):
                table.merge(ent, other)
            elif other is None and alone:
                table.alias(ent, short)


def _discover_legal_short_forms(flat: str, places: set[str], table: EntityTable) -> None:
    # X精密机械有限公司 … X精密: a short company name that opens a legal name's core is its short form
    legal_ents = [e for e in table.entities if e.has("Enterprise") and e.name.endswith(("有限公司", "有限责任公司"))]
    for short_ent in list(table.entities):
        if short_ent not in table.entities or not short_ent.has("Enterprise") or short_ent.has("Funder") \
                or short_ent.name.endswith(("公司", "集团")) or len(short_ent.name) < 3:
            continue
        hits = [e for e in legal_ents if e in table.entities and e is not short_ent
                and _opens_legal_core(e.name, short_ent.name, places)]
        if len(hits) == 1:
            table.merge(hits[0], short_ent)
    # X(全称Y) / X(Y): Y is the name, X a short form of the same thing
    for m in _FULL_NAME_RE.finditer(flat):
        full = table.get(m.group(1))
        short = max((e for e in table.entities if flat.endswith(e.name, 0, m.start()) and e is not full),
                    key=lambda e: len(e.name), default=None)
        if full is None or short is None or not (full.classes & short.classes) or len(full.name) <= len(short.name):
            continue
        if short.has("Place", "Person") or short.name not in table.by_name:
            continue
        full.declared_alias = True
        table.merge(full, short)
    _merge_variants(table, places)




def _strip_zone_places(table: EntityTable) -> None:
    """山西省X市Y高新技术产业开发区: the zone is named without the places written before it
    (X省, X市, X区 known as places); the full phrase stays an alias."""
    place_names = sorted((e.name for e in table.entities if e.has("Place") and e.name.endswith(("省", "市", "区", "县"))),
                         key=len, reverse=True)
    for ent in list(table.entities):
        if ent not in table.entities or not ent.has("Zone") or ent.has("Place"):
            continue
        name = ent.name
        while (p := next((p for p in place_names if name.startswith(p) and len(name) - len(p) >= 4), None)) is not None:
            name = name[len(p):]
        if name == ent.name:
            continue
        full = ent.name
        other = table.get(name)
        if other is not None and other is not ent:
            table.merge(other, ent)
            continue
        del table.by_name[full]
        ent.name = name
        table.by_name[name] = ent
        ent.aliases.append(full)
        table.by_name[full] = ent


_BUILT_RE = re.compile(r"(?:共建|组建|成立|设立|建设|建成|打造|揭牌|获批|新建|引进|落地|联合|携手|牵头)[^,,。;;:]{0,24}$")


def _institutes(flat: str, table: EntityTable) -> None:
    """A 研究院 the text never says anyone built (共建/组建/成立/获批…) is an institution in its
    own right (an Organization, e.g. a partner); one that was built is a platform."""
    for ent in table.entities:
        if ent.classes != {"Platform"} or not ent.name.endswith("研究院"):
            continue
        built = False
        for at in occurrences(flat, ent.name):
            clause_start = max(flat.rfind(p, 0, at) for p in ",,。;;:") + 1
            after = re.match(r"[^,,。;;]{0,4}[,,]?由[^,,。;;]{2,30}?(?:建设|组建|共建|成立|设立)"
                             r"|(?:正式|日前|近日)?(?:揭牌|成立|挂牌|落成|启用|投用|建成)", flat[at + len(ent.name):])
            sent_start = max(flat.rfind(p, 0, at) for p in "。;;") + 1
            listed = re.search(r"(?:共建|组建|成立|设立|建设|建成|打造|搭建|获批)[^。;;:]{0,12}:[^。;;:]*$", flat[sent_start:at])
            if _BUILT_RE.search(flat[clause_start:at]) or after or listed:
                built = True
                break
        if not built:
            ent.classes = {"Organization"}


def _opens_legal_core(legal: str, short: str, places: set[str]) -> bool:
    """``short`` opens the core of the legal name (after an optional province or place)."""
    core = re.sub(r"(?:股份)?有限(?:责任)?公司$", "", legal)
    return core != short and any(core.startswith(p) and core[len(p):].startswith(short)
                                 for p in ("", *(x + "省" for x in lx.PROVINCES), *lx.PROVINCES, *places))


# what a field is not: an organisation or a kind of body (A与B共建, 高校与企业联合…: two partners, not a field pair)
_NOT_FIELD_RE = re.compile(r"大学|学院|高校|院所|研究院|研究所|企业|公司|集团|政府|医院|机构|园区|单位|中心|银行|部门|协会|学会|"
                           r"管委会|科学院|[厂局委院校区市省县]$")
_FIELD_POS = {"n", "nz", "vn", "ng", "an", ""}


def _field_pair(a: str, b: str, table: EntityTable) -> bool:
    """``a`` and ``b`` are two fields (脑科学, 类脑智能), not two partners, in a name A与B<platform>."""
    if not (2 <= len(a) <= 10 and 2 <= len(b) <= 8) or _NOT_FIELD_RE.search(a) or _NOT_FIELD_RE.search(b):
        return False
    if re.match(r"共建|联合|合作|携手|共同|协同|一起|共|合建|双方", b):
        return False
    for part in (a, b):
        known = table.get(part)
        if known is not None and known.has("Organization", "Enterprise", "Place", "Person", "Zone"):
            return False
    a_last, b_last = tokens(a)[-1], tokens(b)[-1]
    return a_last[3] in _FIELD_POS and b_last[3] in _FIELD_POS and len(a_last[2]) >= 2 and len(b_last[2]) >= 2


def _discover_clause(text: str, offset: int, table: EntityTable, places: set[str]) -> None:
    for m in _CUE_RE.finditer(text):
        _read_cue_name(text, offset, m, table, places)
    # people: <name>表示/说/介绍… opening a clause (a person named without a title)
    sm = re.match(rf"\s*[“”]?([{_HAN}]{{2,3}}?)(?:表示|介绍说|介绍|说|坦言|告诉记者|透露|感慨|回忆说|笑着说)", text)
    if sm and lx.looks_like_name(sm.group(1)) and table.get(sm.group(1)) is None:
        toks = tokens(sm.group(1))
        if not (len(toks) == 1 and toks[0][3] not in ("nr", "")) and toks[0][3] not in ("r", "d", "p", "t", "c"):
            table.add(sm.group(1), ("Person",), offset + sm.start(1), "person named without a title (X表示/说)")
    # people: <name>(同时)担任/出任/兼任… (a name that opens the clause)
    pm = re.match(rf"([{_HAN}]{{2,4}}?)(?:同时|还|曾|现|目前)?(?:担任|出任|兼任)", text)
    if pm and lx.looks_like_name(pm.group(1)):
        table.add(pm.group(1), ("Person",), offset + pm.start(1))
    # people: <title><2-3 char name>
    for m in _PERSON_TITLE_RE.finditer(text):
        for size in (4, 3, 2):
            name = text[m.start(2):m.start(2) + size]
            rest = text[m.start(2) + size:]
            if size > 2 and text[m.start(2) + size - 1:].startswith(lx.PERSON_FOLLOWERS) \
                    and lx.looks_like_name(name[:-1]):
                continue  # 卢明说: the last character is the verb that follows the name
            if len(name) == size and lx.looks_like_name(name) and (not rest or rest.startswith(lx.PERSON_FOLLOWERS)):
                table.add(name, ("Person",), offset + m.start(2))
                if rest.startswith("团队"):
                    table.add(name + "团队", ("ResearchTeam",), offset + m.start(2))
                break
    # a foreign name: <title>A·B, or A·B(Latin original)
    for m in _FOREIGN_PERSON_RE.finditer(text) if "·" in text else ():
        name = m.group(1) or m.group(2)
        if m.group(1):
            # <title>A·B说 / A·B表示: the verb after the name is no part of it
            tail = next((f for f in _FOREIGN_FOLLOWERS if name.endswith(f) and len(name) - len(f) >= 4), "")
            if tail and name[: len(name) - len(tail)].rfind("·") < len(name) - len(tail) - 1:
                name = name[: len(name) - len(tail)]
        table.add(name, ("Person",), offset + (m.start(1) if m.group(1) else m.start(2)))
    # 母公司/外资企业 + a Latin name (NORTH Labs与…): a company
    for m in _LATIN_COMPANY_RE.finditer(text) if "公司" in text or "企业" in text else ():
        table.add(m.group(1), ("Enterprise",), offset + m.start(1), "a company named in Latin letters")
    # <company>投资建设的X中心一期 / <company>搭建的X服务平台: a project / a platform the company builds
    for m in _BUILT_BY_RE.finditer(text) if "平台" in text or "中心" in text or "基地" in text or "工厂" in text else ():
        if m.group(1):
            table.add(m.group(1), ("Project",), offset + m.start(1))
        elif not m.group(2).startswith(tuple(lx.GENERIC_NAME_PARTS)):
            table.add(m.group(2), ("Platform",), offset + m.start(2))
    # 打造A产业集群和B产业链 / B产业链以X为龙头: a named industrial chain is a cluster
    for m in _NAMED_CHAIN_RE.finditer(text) if "产业链" in text else ():
        name = m.group(1) or m.group(2)
        first = tokens(name)[0]
        if not (first[3].startswith(("v", "d", "r", "m")) or first[2] in lx.GENERIC_NAME_PARTS or name.startswith(("上下游", "全"))):
            table.add(name, ("Cluster",), offset + (m.start(1) if m.group(1) else m.start(2)))
    # 设立(亚太)区域总部: the headquarters set up is a project
    for m in _REGIONAL_HQ_RE.finditer(text) if "总部" in text else ():
        table.add(m.group(1), ("Project",), offset + m.start(1))
    # research teams: A领衔/带领/率领的X团队
    for m in re.finditer(rf"(?:领衔|带领|率领|牵头)的([{_HAN}]{{2,10}}团队)", text):
        name = m.group(1)
        if not re.match(r"(?:科研|研发|研究|创新|技术|专家|人才|攻关)?团队$", name):
            table.add(name, ("ResearchTeam",), offset + m.start(1))
    # talent programmes
    for m in _QUOTED_PROGRAM_RE.finditer(text):
        table.add(m.group(1), ("TalentProgram",), offset + m.start(1))
    for m in _QUOTED_TALENT_RE.finditer(text):
        if any(h in m.group(1) + m.group(2) for h in lx.TALENT_HINTS):
            # 青岚“X人才”计划: a bare place name (no 市/省) right before the quote is part of the name
            at = m.start() - next((len(p) for p in sorted(places, key=len, reverse=True)
                                   if len(p) >= 2 and text.endswith(p, 0, m.start())), 0)
            table.add(text[at:m.end()], ("TalentProgram",), offset + at)
    for m in _PROGRAM_RE.finditer(text):
        s = scan_left(text, m.end() - 2, "org")
        name = text[s:m.end()]
        if any(h in name for h in lx.TALENT_HINTS) and len(name) >= 4 and "“" not in name and text[s - 1:s] != "”" \
                and not name.startswith(("国家级", "省级", "市级", "国家", "各级", "各类")):
            table.add(name, ("TalentProgram",), offset + s)



def _read_cue_name(text: str, offset: int, m: re.Match[str], table: EntityTable, places: set[str]) -> None:
    """The name a cue word (X公司, Y产业园, Z项目…) closes: scanned to its left, checked, added to the table."""
    cue = m.group(0)
    classes, kind = _CUES[cue]
    start = _cue_name_start(text, m, classes, kind, table)
    name = text[start:m.end()]
    core = name[: len(name) - len(cue)]
    if kind == "short":
        short = _short_cue_name(text, m, start, core, places)
        if short is None:
            return
        start, name, core = short
    start, name, core = _bank_branch_name(text, m, cue, start, name, core)
    if _not_a_cue_name(text, m, cue, classes, core):
        return
    vm = _MOTION_OPENER_RE.match(core)
    if vm is not None and "Zone" in classes and len(core) - vm.end() >= 2:
        start += vm.end()  # 走进X市Y高新区: the verb of motion opens a clause, the zone's name follows it
        name = text[start:m.end()]
        core = name[: len(name) - len(cue)]
    if re.search(r"走出|走进|走上|进入|来到|离开|回到|搬进|跑", core):
        return  # 让论文走出实验室: a figure of speech, not a name
    _record_cue_name(text, offset, m, table, places, cue, classes, kind, start, name, core)


def _cue_name_start(text: str, m: re.Match[str], classes: tuple[str, ...], kind: str, table: EntityTable) -> int:
    """Where the name closed by the cue at ``m`` starts (a joint body's dash, a field pair's 与 included)."""
    scan_kind = "lenient" if kind == "org" and set(classes) & {"Platform", "Alliance", "Cluster", "Project"} else kind
    # a longer cue word that merely contains this one (服务中心 vs 中心) was tried first
    start = scan_left(text, m.start(), scan_kind)
    back = start
    while back > 0 and "\u4e00" <= text[back - 1] <= "\u9fff" and start - back < 12:
        back -= 1
    if scan_kind == "lenient" and back >= 3 and text[back - 1] in "—–" and set(classes) & {"Platform", "Alliance"}:
        # A—B联合研究院: a joint body named after both partners, joined by a dash
        dash_start = scan_left(text, back - 1, "org")
        if back - 1 - dash_start >= 2:
            start = dash_start
    if scan_kind == "lenient" and "Platform" in classes and start >= 3 and text[start - 1] == "与":
        # A与B实验室 (材料与能源实验室): a platform named after two fields joined by 与
        a_start = scan_left(text, start - 1, "lenient")
        if _field_pair(text[a_start:start - 1], text[start:m.start()], table):
            start = a_start
    return start


def _short_cue_name(text: str, m: re.Match[str], start: int, core: str,
                    places: set[str]) -> tuple[int, str, str] | None:
    """A brand and a generic trade word (X光电): (start, name, brand), or None when it is no brand."""
    cue = m.group(0)
    rest = text[m.end():]
    if rest and rest[0] not in _PUNCT and not rest.startswith(lx.SHORT_FOLLOWERS) \
            and not re.match(r"(?:19|20)\d{2}年", rest):
        return None
    core = _strip_place(core, places)
    if len(core) >= 3 and core[0] in "为向给对被把从":
        core = core[1:]  # 为|X电子配套: the preposition opens no brand
    if len(core) < 2 and re.fullmatch(rf"[{_HAN}]{{2}}", text[max(0, m.start() - 2):m.start()]) and (
            m.start() < 3 or text[m.start() - 3] in _PUNCT or text[m.start() - 3] in "的了和与及"):
        core = text[m.start() - 2:m.start()]  # an unknown two-character brand tagged as a verb (星启光电)
    if len(core) == 2 and all(t[3] in ("a", "ad", "an", "z") for t in tokens(core)) \
            and _OBJECT_VERB_TAIL_RE.search(text, 0, start):
        return None  # 注入强劲|动力: an adjective after a verb is an object, not a brand
    if not 2 <= len(core) <= 4 or core in _SHORT_GENERIC or any(g in core for g in ("创新", "金融", "服务")) \
            or core.startswith(tuple(lx.ACTION_VERBS)):
        return None  # 重点发展人工|智能: a verb opens no brand name
    name = core + cue
    start = m.end() - len(name)
    if text[start - 1:start] == "“" and text[m.end():m.end() + 1] == "”":
        return None  # “耐心资本”: a quoted term, not a brand
    return start, name, core


def _bank_branch_name(text: str, m: re.Match[str], cue: str, start: int, name: str,
                      core: str) -> tuple[int, str, str]:
    """A bank's name glued to its cue, and the bank that belongs to a branch's name (X银行Y支行, 建行Y分行)."""
    glued = [t for t in tokens(text) if t[1] == m.start() and t[1] - t[0] == 2]
    if cue == "银行" and len(core) < 2 and glued:
        start = m.start() - 2
        name = text[start:m.end()]
        core = name[:2]
    bank = re.search(rf"[{_HAN}]{{2,8}}银行[{_HAN}]{{0,6}}$", text[:m.start()]) if cue in ("分行", "支行") else None
    if bank is not None:
        b = bank.group(0)
        cut = max((b.rfind(w) + len(w) for w in ("向", "为", "与", "和", "由", "在", "的", "获得", "联合",
                                                 "协调", "推动", "引导", "组织", "支持", "鼓励", "促成")
                   if 0 <= b.rfind(w) < b.index("银行")), default=0)
        if len(b[cut:].split("银行")[0]) >= 2:
            start = m.start() - len(b) + cut  # X银行|Y支行: the bank belongs to the branch's name
            name = text[start:m.end()]
            core = name[: len(name) - len(cue)]
    if bank is None and cue in ("分行", "支行") and start >= 2 and re.fullmatch(rf"[{_HAN}]行", text[start - 2:start]):
        start -= 2  # 建行|西岭分行: the bank's short name belongs to the branch
        name = text[start:m.end()]
        core = name[: len(name) - len(cue)]
    return start, name, core


def _not_a_cue_name(text: str, m: re.Match[str], cue: str, classes: tuple[str, ...], core: str) -> bool:
    """A cue word that closes no name: a level (国家级…), a rank scope, a kind of project, a kind of company."""
    if cue == "中心" and (text[m.end():m.end() + 1] in {"区", "城"} or len(core) < 3):
        return True
    if cue == "中心" and core.endswith(("创新", "服务", "研发", "技术", "检测", "数据", "运营")):
        return True
    if re.search(r"(?:国家|省|市|县|区|部|[千百万亿十]+)级", core) or core.startswith("级") or not core \
            or core in {"子", "分", "该", "本", "全资子", "控股子", "全资", "控股", "母", "总", "其母"}:
        return True
    if "Zone" in classes and (core in lx.PROVINCES or core[:-1] in lx.PROVINCES or core in lx.AUTONOMOUS_REGIONS
                              or core in {"全国", "全省", "省级", "国家级", "国家", "自治区", "全区", "全市", "本省", "本区"}):
        return True  # a rank scope (湖北省经开区), not a zone
    if cue == "项目" and (re.search(r"(?:签约|开工|投产|竣工|落地|建成|招引|储备|谋划|在建|续建|^个)$|^个$", core)
                         or all(t[3].startswith("v") for t in tokens(core))):
        return True  # 签约23个项目, 集中开工项目, 举行项目…: a kind of project or a verb, not a name
    if cue == "项目" and (re.match(r"(?:负责人|经理|总监|部|组|办|团队|贷款|融资|授信|[\d一二三四五六七八九十两]+个)", text[m.end():])
                         or core.endswith(("公司", "集团")) or re.fullmatch(r"[一二三四五六七八九十\d]+期", core)):
        return True  # 项目负责人, X公司项目, 二期项目: no project name
    # 高新区平台公司X: a kind of company in apposition, not a name
    return cue == "公司" and core.endswith("平台")


def _record_cue_name(text: str, offset: int, m: re.Match[str], table: EntityTable, places: set[str], cue: str,
                     classes: tuple[str, ...], kind: str, start: int, name: str, core: str) -> None:
    """Add the name (a project named with its capacity keeps the short form as an alias)."""
    bare = _strip_generic(_strip_place(core, places))
    if not bare or bare in {"产业", "新", "大", "小"} or len(core) > 24:
        return
    if bare in _QUALITY_WORDS or core.startswith(("现有", "已有", "服务")):
        return  # 好项目, 现有孵化器, 全年服务中试项目58项: a quality or a verb, not a name
    if re.search(r"[^\u4e00-\u9fff()()A-Za-z—–]", name):
        return
    cls = set(classes)
    if (cue in ("集团", "公司") or kind == "legal") and any(h in core for h in lx.FUNDER_HINTS):
        cls.add("Funder")
    review = SHORT_CUE_REVIEW if kind == "short" else None
    cap = _CAPACITY_RE.search(text, max(0, start - 24), start + 1) if cue == "项目" else None
    if cap is not None and 2 <= m.start() - cap.end() <= 14 and not re.search(r"[的,,。;;、和与]", text[cap.end():m.start()]):
        # 年产3万吨X项目: a project is named with its capacity; X项目 is its short form
        full = table.add(text[cap.start():m.end()], cls, offset + cap.start(), review)
        short = text[cap.end():m.end()]
        if table.get(short) is None:
            table.alias(full, short)
        return
    if cue == "项目" and _PHASE_NAME_RE.match(text, m.end()):
        # X项目二期建成投产: the phase names the project; X项目一期…, X项目一期2万吨: a phase of project X
        name = text[start:m.end() + 2]
    table.add(name, cls, offset + start, review)


def _norm_variant(name: str, places: set[str]) -> str:
    for prov in lx.PROVINCES:
        if name.startswith(prov + "省"):
            name = prov + name[len(prov) + 1:]
            break
    return name


def _merge_variants(table: EntityTable, places: set[str]) -> None:
    """Merge spellings of one name: 江西省X公司 / 江西X公司, 高新区X集团 / X集团, <place>X / X."""
    prefixes = sorted({*places, *(p + "市" for p in places), *(p + "省" for p in places),
                       "高新区", "开发区", "园区",
                       *(n for e in table.entities if e.has("Zone") for n in e.names())}, key=len, reverse=True)
    zone_names = {n for e in table.entities if e.has("Zone") for n in e.names()}

    def merge(a: Entity, b: Entity) -> None:
        keep, drop = a, b
        neither = not keep.declared_alias and not drop.declared_alias
        if (drop.declared_alias and not keep.declared_alias) or (neither and keep.first > drop.first):
            keep, drop = drop, keep
        table.merge(keep, drop)

    def eligible(e: Entity) -> bool:
        return not e.has("Place", "Person")

    # 云南X高新技术产业开发区 / X高新区: the standard short form of a zone (and of names it prefixes)
    def zone_key(name: str) -> str:
        name = _norm_variant(name, places)
        for prov in lx.PROVINCES:
            if name.startswith(prov) and len(name) > len(prov) + 4:
                name = name[len(prov):]
                break
        return name.replace("高新技术产业开发区", "高新区").replace("经济技术开发区", "经开区")

    zone_by_key: dict[str, Entity] = {}
    for ent in sorted(table.entities, key=lambda e: (-len(e.name), e.first)):
        if ent not in table.entities or not eligible(ent) or not re.search(r"开发区|高新区|经开区", ent.name):
            continue
        key = zone_key(ent.name)
        other = zone_by_key.get(key)
        if other is not None and other in table.entities and other is not ent and other.classes & ent.classes:
            table.merge(other, ent)  # the longer (full) name is kept
        else:
            zone_by_key[key] = ent

    by_key: dict[str, Entity] = {}
    for ent in sorted(table.entities, key=lambda e: e.first):
        if not eligible(ent) or ent not in table.entities:
            continue
        key = _norm_variant(ent.name, places)
        other = by_key.get(key)
        if other is not None and other in table.entities and other is not ent:
            merge(other, ent)
        else:
            by_key[key] = ent
    for ent in sorted(table.entities, key=lambda e: e.first, reverse=True):
        # 母基金 after 云江新兴产业母基金: the tail of one longer name of the same kind is its short form
        if ent not in table.entities or not ent.has("Funder", "Platform", "Alliance", "Park") or len(ent.name) < 3:
            continue
        longer = [e for e in table.entities if e is not ent and e.name.endswith(ent.name) and e.first < ent.first
                  and e.classes & ent.classes and not e.has("Person", "Place")
                  and e.name[: -len(ent.name)] not in zone_names]
        if len(longer) == 1:
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
    for ent in sorted(table.entities, key=lambda e: e.first):
        if not eligible(ent) or ent not in table.entities:
            continue
        for p in prefixes:
            if ent.name.startswith(p):
                other = table.get(ent.name[len(p):])
                if (other is not None and other is not ent and eligible(other) and len(other.name) >= 4
                        and ent.classes & other.classes):
                    if p in zone_names and not ent.declared_alias:
                        table.merge(other, ent)  # 高新区X产业园 / X产业园: the park is named without its zone
                    else:
                        merge(ent, other)
                    break


def find_mentions(doc: Document, table: EntityTable) -> list[Mention]:
    """Every occurrence of every name and alias, leftmost-longest, in flat-text order."""
    surfaces = sorted(table.by_name, key=lambda s: (-len(s), s))
    if not surfaces:
        return []
    # an Aho-Corasick automaton, not a regex alternation: the names differ per document, and compiling a
    # fresh alternation for every call was a tenth of the extraction time
    automaton = ahocorasick.Automaton()
    for surface in surfaces:
        automaton.add_word(surface, surface)
    automaton.make_automaton()
    out = []
    for end, surface in automaton.iter_long(doc.flat):
        start = end - len(surface) + 1
        out.append(Mention(start, end + 1, table.by_name[surface], surface))
    return out
