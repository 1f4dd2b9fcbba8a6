"""Entity discovery: places, bylines, titles, programmes, institutes, bases, short forms and their merging."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.cue_names import discover_clause
from graph.extract.entities import CUES, HAN, EntityTable, occurrences, strip_generic
from graph.extract.gazetteer import names_a_city
from graph.extract.name_variants import merge_variants
from graph.extract.segment import tokens
from graph.extract.text import BYLINE_ROLE_RE, DATELINE_BRACKET_RE, Document, byline_names

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"(?:股份)?有限(?:责任)?公司$")
_RE1 = re.compile(r"[;；]")
_RE2 = re.compile(r"(?:科技|股份|实业|控股|技术|发展)+$")
_RE3 = re.compile(r"^\s*[((](?:本报)?(?:记者|通讯员|特约记者|实习生|责任编辑|编辑|责编|作者|撰稿|文|摄影)")
_RE4 = re.compile(r"[。!?;]")
_RE5 = re.compile(r"计划|工程|行动|专项|模式|机制")
_RE6 = re.compile(r"(?:共建|组建|成立|设立|建设|建成|打造|搭建|获批)[^。;;:]{0,12}:[^。;;:]*$")
_RE7 = re.compile(r"记者|关键|数读|观察|一线|链接|背景|声音")
_RE8 = re.compile(r"设立|建设|成立|组建|投资|在")
_RE10 = re.compile(r"产值|营收|收入|合计|其中|同比|全区|园区")

_ALIAS_RE = re.compile(r"[((](?:以下简称|以下称|下称|简称|以下称为)[:：]?[“\"‘]?([^”\"’()()]{1,12})[”\"’]?[))]")


# X(全称Y) / X(Y): a short name followed by its full name in brackets
_FULL_NAME_RE = re.compile(r"[((](?:全称|全称为|即)?[:：]?([^()()“”\"]{5,30})[))]")


_PROVINCE_RE = re.compile("(" + "|".join(lx.PROVINCES) + ")省|(" + "|".join(lx.AUTONOMOUS_REGIONS) + ")")


_CITY_RE = re.compile(rf"([{HAN}]{{2}})市(?![场级县民值区属委政长内外域井])")


_BASE_AFTER_PLACE_RE = re.compile(r"(?:生产|制造|研发)?基地")


_MUNICIPALITIES = {"北京", "天津", "上海", "重庆"}  # a municipality is a city whatever its first character


_CITY_BAD_FIRST = set("该全本各城都超一两门上下股夜闹")


_CLAUSE_NAME_RE = re.compile(r"(?:^|(?<=[。!?;,,\n]))([\u4e00-\u9fff]{3})"
                             r"(?=是|入选|创办|带着|带领|表示|说|介绍|坦言|回忆|告诉|荣获|获得|担任|毕业|出生)")


_EDITORS_LINE_RE = re.compile(r"\s*(?:责任编辑|编辑|责编|校对|审核|终审|美编)\s*[:：]")
_EDITOR_NAME_RE = re.compile(r"(?:编辑|责编|校对|审核|终审|美编)\s*[:：]\s*([\u4e00-\u9fff]{2,4})(?=\s|$)")
_MASTHEAD_RE = re.compile(r"\s*[((]?\s*([\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|商报|早报|晨报))\s*(?:\d{4}年|\d{4}-|$)")

_BRIEF_DATELINE_RE = re.compile(r"\s*(?:本报讯|[\u4e00-\u9fff]{2,10}(?:讯|电))\s*[((]")

_SPEAKER_LINE_RE = re.compile(r"\s*([\u4e00-\u9fff]{1,4})\s*[:：]")
# a transcript's turn labels: <outlet>记者: (a reporter's question, the outlet an organisation) and
# 主持人(<body><post> <name>): (the host introduced by the body and post)
_OUTLET_ASKS_RE = re.compile(r"(?:^|(?<=[\s。!?]))([\u4e00-\u9fff]{2,8}?)记者\s*[:：]\s*$")
_NOT_OUTLETS = {"本报", "特约", "首席", "见习", "实习", "融媒", "我们", "各位", "新华社"}
_HOST_RE = re.compile(r"(?:主持人|发布人|发言人)\s*[(（]\s*([\u4e00-\u9fff]{4,30}?)"
                      r"(副?(?:主任|局长|处长|书记|部长|主席|秘书长|厅长|区长|市长|县长|院长|董事长|总经理))\s*"
                      r"([\u4e00-\u9fff]{2,4})\s*[)）]\s*[:：]")
_BODY_ENDS = ("办公室", "新闻办", "政府", "管委会", "委员会", "局", "厅", "部", "中心", "集团", "公司")
_ASKERS = {"记者", "问", "主持人", "本报记者", "提问"}


# a local party committee named by its place (X市委常委 / X县委书记): an organisation
_PARTY_COMMITTEE_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}(?:市|县|省|州|盟|区))委"
                                 r"(?=常委|书记|副书记|委员|办公室|、|,|。)")


_OFFICE_LINE_RE = re.compile(r"\s*([\u4e00-\u9fff]{4,20}(?:办公室|宣传部|管委会|委员会|局|新闻中心))\s*"
                             r"(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)?\s*")


_COMPANY_TABLE_RE = re.compile(r"(?:企业|公司)[\u4e00-\u9fff]{0,8}(?:情况|如下|排名|名单)?[:：]")


_TABLE_ITEM_RE = re.compile(r"\s*([\u4e00-\u9fff]{4,24}?)\s*[\d.]+(?:亿元|万元)")


_LEAD_RE = re.compile(rf"以([{HAN}()()]{{2,14}}?(?:集团|公司)?)(?:企业)?为龙头")


_ACADEMY_INSTITUTE_RE = re.compile(rf"(?:中国科学院|中科院)[{HAN}]{{2,8}}?(?:研究所|所)(?![{HAN}])"
                                   rf"|(?:中国科学院|中科院)[{HAN}]{{2,8}}?所(?=[、,,。;;和与及等的]|签|共建|合作|联合)")


_QUOTED_BODY_RE = re.compile(r"(孵化器|加速器|众创空间|孵化基地|孵化园|产业园|科技园)“([\u4e00-\u9fff]{2,12})”")


# a district written right after its city (X市Y区), read after the city found with str.find
_DISTRICT_RE = re.compile(rf"([{HAN}]{{2}})([区县])(?![{HAN}]?区)")


_DISTRICT_NOT = {"高新", "经开", "开发", "新区", "城区", "市区", "辖区", "园区", "景区", "社区", "片区", "郊区", "主城",
                 "中心", "示范", "合作", "保税", "综合", "自贸", "各区", "全区", "本区", "该区"}


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
    _drop_source_offices(flat, table)


# a web page's source field (来源:X经开区经济发展局 发布时间:…): the office is metadata of the page
_SOURCE_FIELD_RE = re.compile(r"(?:信息来源|稿件来源|来源|出处)[:：]\s*$")


def _drop_source_offices(flat: str, table: EntityTable) -> None:
    """An organisation written only in a page's source field (来源:X局) is the page's metadata, not an
    entity of the article."""
    for ent in [e for e in table.entities if e.classes == {"Organization"}]:
        ats = occurrences(flat, ent.name)
        if ats and all(_SOURCE_FIELD_RE.search(flat, max(0, at - 8), at) for at in ats):
            table.remove(ent)


def _discover_places(doc: Document, flat: str, places: set[str], table: EntityTable) -> None:
    # places
    for m in _PROVINCE_RE.finditer(flat):
        table.add(m.group(0), ("Place",), m.start())
        places.add(m.group(1) or m.group(2))
    for m in _CITY_RE.finditer(flat):
        core = m.group(1)
        if (core[0] in _CITY_BAD_FIRST and core not in _MUNICIPALITIES) or core[-1] in "该全本各每城上超门都级省" or core[0] in "区县镇省" \
                or core[-1] in "一二三四五六七八九十两几多数":  # 湘潭三市: a count of cities, not one
            continue
        if not names_a_city(flat, m.start(), core, lx.CITIES):
            continue
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
    closing = [p for p in doc.paragraphs[-12:] if _RE3.match(p.text) and (p in doc.paragraphs[-3:] or len(p.text) <= 30)]
    # an e-paper's closing line of editors (责任编辑:甲 校对:乙)
    closing += [p for p in doc.paragraphs[-4:] if p not in closing and _EDITORS_LINE_RE.match(p.text)]
    # the newspaper a masthead names (X日报 2025年12月16日 / (X日报2025年…第5版…)): the 本报 of its bylines
    for para in doc.paragraphs[:8]:
        mm = _MASTHEAD_RE.match(para.text)
        if mm is not None:
            table.add(mm.group(1), ("Organization",), para.start + mm.start(1))
    # a brief's own dateline further down (本报讯(通讯员 甲)12月8日,…): a collection of news briefs
    briefs = [p for p in doc.paragraphs[6:] if _BRIEF_DATELINE_RE.match(p.text)]
    for para in [*doc.paragraphs[:6], *briefs, *closing]:
        bracket = DATELINE_BRACKET_RE.match(para.text)
        if bracket and BYLINE_ROLE_RE.search(bracket.group(1)):
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
        hm = re.match(rf"([{HAN}]{{4,6}})[:：]\s*[^\s]", para.text)
        if hm is None or len(para.text) > 30 or _RE4.search(para.text):
            continue
        word = hm.group(1)
        if word in nxt.text and not lx.looks_like_name(word) and not _RE7.search(word) \
                and not word.endswith(tuple(c for c, _, _ in lx.ENTITY_CUES if len(c) >= 2 and CUES[c][1] != "short")):
            table.add(word, ("Enterprise",), para.start, "company named in a section heading (X:…)")
    for para in doc.paragraphs:
        for sent in para.sentences:
            for seg in sent.segments:
                for clause in seg.clauses:
                    discover_clause(clause.text, clause.start, table, places)


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
    # an interview's answers: <name>:… opening paragraphs, in a text with questions (记者:/问:) or
    # with the same speaker opening two paragraphs
    speakers: dict[str, list[int]] = {}
    asked = False
    for para in doc.paragraphs:
        sm = _SPEAKER_LINE_RE.match(para.text)
        if sm is None:
            continue
        name = sm.group(1)
        if name in _ASKERS:
            asked = True
        elif lx.looks_like_name(name) and not (len(tokens(name)) == 1 and tokens(name)[0][3] not in ("nr", "")):
            speakers.setdefault(name, []).append(para.start)
    for name, starts in speakers.items():
        if (asked or len(starts) >= 2) and table.get(name) is None:
            table.add(name, ("Person",), starts[0], "an interview's speaker (X:…)")
    _discover_transcript_labels(doc, table)
    # an e-paper's line of editors under its masthead (责任编辑:甲 美术编辑:乙): the editors are people
    for para in doc.paragraphs[:6]:
        if _EDITORS_LINE_RE.match(para.text) and len(para.text) <= 40:
            for em in _EDITOR_NAME_RE.finditer(para.text):
                if lx.looks_like_name(em.group(1)):
                    table.add(em.group(1), ("Person",), para.start + em.start(1))
    # 重点企业产值情况:A 86.2亿元,…;B 34.5亿元,…: each item of a company table opens with a company's name
    for hm in _COMPANY_TABLE_RE.finditer(flat):
        end = flat.find("。", hm.end())
        body_at = hm.end()
        for item in _RE1.split(flat[body_at:end if end > 0 else len(flat)]):
            im = _TABLE_ITEM_RE.match(item)
            if im is not None and table.get(im.group(1)) is None and not _RE10.search(im.group(1)):
                table.add(im.group(1), ("Enterprise",), flat.find(im.group(1), body_at), "a row of a company table (X N亿元)")
            body_at += len(item) + 1
    # <person>团队 anywhere: the team the person leads (钟某团队由26人组成)
    for person in [e for e in table.entities if e.has("Person")]:
        at = flat.find(person.name + "团队")
        if at >= 0 and table.get(person.name + "团队") is None:
            table.add(person.name + "团队", ("ResearchTeam",), at)


def _discover_transcript_labels(doc: Document, table: EntityTable) -> None:
    """A press conference's turn labels: <outlet>记者: names the outlet asking (an organisation);
    主持人(<body><post> <name>): names the host and the body the host works for."""
    for para in doc.paragraphs if "记者" in doc.flat or "主持人" in doc.flat else ():
        om = _OUTLET_ASKS_RE.search(para.text, max(0, len(para.text) - 12)) if para.text.endswith((":", "：")) else None
        if om is not None and om.group(1) not in _NOT_OUTLETS and not lx.looks_like_name(om.group(1)):
            table.add(om.group(1), ("Organization",), para.start + om.start(1), "the outlet of a reporter's question (X记者:)")
        hm = _HOST_RE.search(para.text) if "主持人" in para.text or "发言人" in para.text or "发布人" in para.text else None
        if hm is not None and lx.looks_like_name(hm.group(3)):
            table.add(hm.group(3), ("Person",), para.start + hm.start(3))
            if hm.group(1).endswith(_BODY_ENDS):
                table.add(hm.group(1), ("Organization",), para.start + hm.start(1))


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
        if not _RE5.search(m.group(2)):
            named = table.get(m.group(2)) or table.add(m.group(2), (CUES[m.group(1)][0][0],), m.start(2))
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
        if table.get(name) is None and strip_generic(name) != "":
            table.add(name, ("Enterprise",), m.start(1))
    for place in places:
        if not any(place + kind + "基地" in flat for kind in ("", "生产", "制造", "研发")):
            continue  # the pattern cannot match: not compiled (a pattern per place and document)
        for m in re.finditer(rf"([{HAN}]{{2,6}}?)({re.escape(place)})(?:生产|制造|研发)?基地", flat):
            owner = m.group(1)
            # trim leading function words (对/在/的…)
            while owner and (owner[0] in "对在的与和以为及将把向由" or owner.startswith(("联合", "年"))):
                owner = owner[1:]
            if len(owner) < 2 or "的" in owner or _RE8.search(owner):
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
    for m in re.finditer(rf"(?:^|(?<=[,。;:]))([{HAN}]{{2,8}}?)?在[^,。;]{{2,14}}?设立的([{HAN}]{{2,12}}?(?:生产|制造|研发)?基地)", flat) \
            if "设立的" in flat else ():
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
        trimmed = _RE2.sub("", core)
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
        if not hits:
            # X电子 for <place>X汽车电子有限公司: the brand and the trade word, the middle left out
            hits = [e for e in legal_ents if e in table.entities and e is not short_ent
                    and _brand_and_trade(e.name, short_ent.name, places)]
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
    merge_variants(table, places)


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


_BUILT_RE = re.compile(r"(?:共建|组建|成立|设立|建设|建成|打造|揭牌|获批|新建|引进|落地)[^,,。;;:]{0,24}$")


def _institutes(flat: str, table: EntityTable) -> None:
    """A 研究院 the text never says anyone built (共建/组建/成立/获批…) is an institution in its
    own right (an Organization, e.g. a partner); one that was built is a platform."""
    for ent in table.entities:
        if ent.classes != {"Platform"} or not ent.name.endswith("研究院"):
            continue
        built = False
        for at in occurrences(flat, ent.name):
            clause_start = max(flat.rfind(p, 0, at) for p in ",,。;;:") + 1
            after = re.compile(r"[^,,。;;]{0,4}[,,]?由[^,,。;;]{2,30}?(?:建设|组建|共建|成立|设立)"
                             r"|(?:正式|日前|近日)?(?:揭牌|成立|挂牌|落成|启用|投用|建成)").match(flat, at + len(ent.name))
            sent_start = max(flat.rfind(p, 0, at) for p in "。;;") + 1
            listed = _RE6.search(flat[sent_start:at])
            if _BUILT_RE.search(flat[clause_start:at]) or after or listed:
                built = True
                break
        if not built:
            ent.classes = {"Organization"}


def _opens_legal_core(legal: str, short: str, places: set[str]) -> bool:
    """``short`` opens the core of the legal name (after an optional province or place)."""
    core = _RE0.sub("", legal)
    if core == short:
        return False
    at = core.find(short)  # (what is written before an occurrence of short must be a place prefix)
    while at >= 0:
        if core[:at] in _PLACE_PREFIXES or core[:at] in places:
            return True
        at = core.find(short, at + 1)
    return False


_PLACE_PREFIXES = frozenset(("", *(x + "省" for x in lx.PROVINCES), *lx.PROVINCES))


def _brand_and_trade(legal: str, short: str, places: set[str]) -> bool:
    """``short`` is the legal name's brand (its first two characters after a place) and its trade word
    (the core's last word): 甲乙电子 for 丙省甲乙汽车电子有限公司."""
    if len(short) < 4:
        return False
    core = _RE0.sub("", legal)
    core = core[:-2] if core.endswith(("科技", "技术")) and len(core) > 6 else core
    for size in range(len(core), -1, -1):  # the longest place prefix first
        p = core[:size]
        if (p in _PLACE_PREFIXES or p in places) and len(core) - len(p) > len(short):
            rest = core[len(p):]
            return rest.startswith(short[:2]) and rest.endswith(short[2:])
    return False
