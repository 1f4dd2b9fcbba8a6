"""Names closed by a cue word (X有限公司, Y产业园, Z项目, A银行B支行) and the people, teams and
programmes a clause names."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.entities import CUES, HAN, PUNCT, SHORT_CUE_REVIEW, EntityTable, scan_left, strip_generic, strip_place
from graph.extract.segment import tokens

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"共建|联合|合作|携手|共同|协同|一起|共|合建|双方")
_RE1 = re.compile(r"走出|走进|走上|进入|来到|离开|回到|搬进|跑")
_RE2 = re.compile(r"[^\u4e00-\u9fff()()A-Za-z—–]")
_RE3 = re.compile(r"(?:国家|省|市|县|区|部|[千百万亿十]+)级")
_RE4 = re.compile(r"(?:科研|研发|研究|创新|技术|专家|人才|攻关)?团队$")
_RE5 = re.compile(r"(?:19|20)\d{2}年")
_RE6 = re.compile(r"(?:签约|开工|投产|竣工|落地|建成|招引|储备|谋划|在建|续建|^个)$|^个$")
_RE7 = re.compile(r"(?:负责人|经理|总监|部|组|办|团队|贷款|融资|授信|[\d一二三四五六七八九十两]+个)")
_RE8 = re.compile(r"[一二三四五六七八九十\d]+期")
_RE9 = re.compile(r"[的,,。;;、和与]")

_CUE_RE = re.compile("|".join(re.escape(c) for c, _, _ in sorted(lx.ENTITY_CUES, key=lambda x: -len(x[0]))))


# words after which a clause names a company (其中A光电…, 目前B智造…)
_BRAND_OPENERS = ("其中", "目前", "如今", "此外", "同时", "另外", "包括", "比如", "例如", "像")

_RANKED_PLATFORM_RE = re.compile(r"(?:国家级|省级|市级)")

_RANKED_ZONE_RE = re.compile(r"([\u4e00-\u9fff]{2,6})(?:国家级|省级)")

_OBJECT_VERB_TAIL_RE = re.compile(r"(?:注入|提供|带来|增添|激发|释放|汇聚|形成|成为|注入了|提供了|带来了)$")


# a core that only says what kind of body it is (专家工作站, 联合实验室, 博士后科研工作站, 人才计划): no name
_KIND_CORES = {"专家", "院士", "博士后", "博士后科研", "联合", "人才", "英才", "科研", "技能大师", "配套",
               "战略性新兴", "国家先进制造业"}  # (战略性新兴产业集群: a designation's kind)
# a rank and a kind (省重点项目, 市重大项目, 国家示范基地): a kind of thing, not a name
_RANKED_KIND_RE = re.compile(r"(?:国家|省|市|县|区|自治区)(?:级)?(?:重点|重大|示范|试点|首批)+")

_QUALITY_WORDS = {"好", "优质", "重点", "相关", "各类", "优秀", "所有", "其他", "全部", "这些", "大型", "小型", "新型"}


_PERSON_TITLE_RE = re.compile("(" + "|".join(sorted(lx.PERSON_TITLES, key=len, reverse=True)) + rf")(?=([{HAN}]{{2,4}}))")


_NAME_TITLE_RE = re.compile(rf"(?:^|(?<=[“\s]))([{HAN}]{{2,3}}?)"
                            "(" + "|".join(sorted((t for t in lx.PERSON_TITLES if t not in ("记者", "本报记者", "通讯员", "实习生",
                                                                                              "创业者", "博士", "常委")),
                                                  key=len, reverse=True)) + ")"
                            r"(?=说|表示|介绍|告诉|指出|强调|坦言|认为|透露|回忆|笑着说|[,:])")

# any title at all (a clause without one is not scanned by the two title patterns; one clause in ten has one)
_ANY_TITLE_RE = re.compile("|".join(sorted(lx.PERSON_TITLES, key=len, reverse=True)))

_UNSURNAMED_RE = re.compile(r"([\u4e00-\u9fff]{3,4}?)(?=说|表示|介绍|指出|强调|告诉)")

_NOT_NAME_ENDS = tuple("区市县省局委会部厅处办司院所校园厂站队组")

_FOREIGN_PERSON_RE = re.compile(
    "(?:" + "|".join(sorted(lx.PERSON_TITLES, key=len, reverse=True)) + r")([\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6})"
    r"|([\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{1,6})[(（][A-Z][A-Za-z .'-]+[)）]")


_FOREIGN_FOLLOWERS = tuple(sorted((f for f in lx.PERSON_FOLLOWERS if len(f) <= 2 and "\u4e00" <= f[0] <= "\u9fff"
                                   and f not in ("团队", "等", "和", "与", "的")), key=len, reverse=True))


_LATIN_COMPANY_RE = re.compile(r"(?:母公司|外资企业|外商独资企业|跨国企业|跨国公司|外资公司)"
                               r"([A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){0,3})(?=与|和|在|的|等|、|将|已|于|是|[,,。])")


_BUILT_BY_RE = re.compile(r"(?:投资建设|投资兴建|投资建成)的([\u4e00-\u9fff]{4,14}?(?:数据中心|算力中心|基地|工厂))(?=一期|二期|[,,。已将])"
                          r"|(?:搭建|建设|打造|上线)的([\u4e00-\u9fff]{4,14}?服务平台)")


_NAMED_CHAIN_RE = re.compile(r"(?:打造|培育|壮大|做强|建设)[^,,。;;]{0,20}?(?:和|、|及)([\u4e00-\u9fff]{2,8}产业链)(?=[,,。;;和、])"
                             r"|(?:^|(?<=[,,。;;])|(?<=作为))([\u4e00-\u9fff]{2,8}产业链)(?=以[^,,。;;]{2,30}为龙头|的?链主)")


_REGIONAL_HQ_RE = re.compile(r"设立了?([\u4e00-\u9fff]{0,4}(?:区域|地区)总部)")


_MOTION_OPENER_RE = re.compile(r"走进|走入|来到|进入|步入|漫步")


_PHASE_NAME_RE = re.compile(r"[二三四五]期(?!工程|项目|[\d约近超])")


_QUOTED_PROGRAM_RE = re.compile(r"“([^”]{2,16}计划)”")


_QUOTED_TALENT_RE = re.compile(r"“([^”]{2,12})”((?:人才|英才|引才|领军人才|工匠)?(?:培育|培养|引育|引进|支持)?(?:计划|工程|专项))")


_PROGRAM_RE = re.compile(rf"([{HAN}]{{2,14}}计划)")


_CAPACITY_RE = re.compile(r"(?:年产能?|年处理|年加工|年回收)(?:[\u4e00-\u9fff]{1,4}?)?(?:约|近|超)?[\d.]+[万千百亿]?"
                          r"(?:吨|台|套|辆|件|片|只|颗|条|支|平方米|立方米|米|GWh|GW|MWh|MW|吉瓦时|吉瓦|兆瓦|千瓦)")


_SHORT_GENERIC = {"社会", "民间", "国有", "风险", "工商", "外来", "私募", "耐心", "长期",
                  "金融", "信息", "数字", "人工", "高新", "农业", "生物", "电子", "智慧", "智能",
                  "新能源", "能源", "环保", "绿色", "文化", "网络", "互联网", "医疗", "汽车", "材料",
                  "现代", "产业", "创新", "高端", "科技", "民营", "中小", "服务", "工业", "先进"}


# what a field is not: an organisation or a kind of body (A与B共建, 高校与企业联合…: two partners, not a field pair)
_NOT_FIELD_RE = re.compile(r"大学|学院|高校|院所|研究院|研究所|企业|公司|集团|政府|医院|机构|园区|单位|中心|银行|部门|协会|学会|"
                           r"管委会|科学院|[厂局委院校区市省县]$")


_FIELD_POS = {"n", "nz", "vn", "ng", "an", ""}


def _field_pair(a: str, b: str, table: EntityTable) -> bool:
    """``a`` and ``b`` are two fields (脑科学, 类脑智能), not two partners, in a name A与B<platform>."""
    if not (2 <= len(a) <= 10 and 2 <= len(b) <= 8) or _NOT_FIELD_RE.search(a) or _NOT_FIELD_RE.search(b):
        return False
    if _RE0.match(b):
        return False
    for part in (a, b):
        known = table.get(part)
        if known is not None and known.has("Organization", "Enterprise", "Place", "Person", "Zone"):
            return False
    a_last, b_last = tokens(a)[-1], tokens(b)[-1]
    return a_last[3] in _FIELD_POS and b_last[3] in _FIELD_POS and len(a_last[2]) >= 2 and len(b_last[2]) >= 2


# the clause frames of discover_clause, compiled once (not per clause)
_SAYS_RE = re.compile(rf"\s*[“”]?([{HAN}]{{2,3}}?)(?:表示|介绍说|介绍|说|坦言|告诉记者|透露|感慨|回忆说|笑着说)")
_SAYS_VERBS = ("说", "表示", "介绍", "坦言", "告诉记者", "透露", "感慨")  # one of them is in every match of _SAYS_RE
_HOLDS_RE = re.compile(rf"([{HAN}]{{2,4}}?)(?:同时|还|曾|现|目前)?(?:担任|出任|兼任)")
_TITLED_TEAM_RE = re.compile(r"(?:教授|研究员|院士|博士)团队")
_LED_TEAM_RE = re.compile(rf"(?:领衔|带领|率领|牵头)的([{HAN}]{{2,10}}团队)")
def discover_clause(text: str, offset: int, table: EntityTable, places: set[str]) -> None:
    for m in _CUE_RE.finditer(text):
        _read_cue_name(text, offset, m, table, places)
    _clause_people(text, offset, table)
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
    for m in _LED_TEAM_RE.finditer(text) if "团队" in text else ():
        name = m.group(1)
        if not _RE4.match(name):
            table.add(name, ("ResearchTeam",), offset + m.start(1))
    # talent programmes
    for m in _QUOTED_PROGRAM_RE.finditer(text) if "计划" in text else ():
        table.add(m.group(1), ("TalentProgram",), offset + m.start(1))
    for m in _QUOTED_TALENT_RE.finditer(text) if "”" in text else ():
        if any(h in m.group(1) + m.group(2) for h in lx.TALENT_HINTS):
            # 青岚“X人才”计划: a bare place name (no 市/省) right before the quote is part of the name
            at = m.start() - next((len(p) for p in sorted(places, key=len, reverse=True)
                                   if len(p) >= 2 and text.endswith(p, 0, m.start())), 0)
            table.add(text[at:m.end()], ("TalentProgram",), offset + at)
    for m in _PROGRAM_RE.finditer(text) if "计划" in text else ():
        s = scan_left(text, m.end() - 2, "org")
        name = text[s:m.end()]
        if any(h in name for h in lx.TALENT_HINTS) and len(name) >= 4 and "“" not in name and text[s - 1:s] != "”" \
                and name[:-2] not in _KIND_CORES \
                and not name.startswith(("国家级", "省级", "市级", "国家", "各级", "各类")):
            table.add(name, ("TalentProgram",), offset + s)


def _clause_people(text: str, offset: int, table: EntityTable) -> None:
    """People a clause names: before a verb of speech, before or after a title, before 担任."""
    # people: <name>表示/说/介绍… opening a clause (a person named without a title)
    sm = _SAYS_RE.match(text) if any(v in text for v in _SAYS_VERBS) else None
    if sm and lx.looks_like_name(sm.group(1)) and table.get(sm.group(1)) is None:
        toks = tokens(sm.group(1))
        if not (len(toks) == 1 and toks[0][3] not in ("nr", "")) and toks[0][3] not in ("r", "d", "p", "t", "c"):
            table.add(sm.group(1), ("Person",), offset + sm.start(1), "person named without a title (X表示/说)")
    # people: <name><title>说/表示/告诉记者… opening a clause (王某主任告诉记者, 李某董事长介绍)
    titled = _ANY_TITLE_RE.search(text) is not None
    for m in _NAME_TITLE_RE.finditer(text) if titled else ():
        name = m.group(1)
        if lx.looks_like_name(name) and table.get(name) is None and not name.endswith(_NOT_NAME_ENDS):
            toks = tokens(name)
            if not (len(toks) == 1 and toks[0][3] not in ("nr", "")) and toks[0][3] not in ("r", "d", "p", "t", "c", "v"):
                table.add(name, ("Person",), offset + m.start(1), "person named before a title (X主任说)")
    # people: <name><academic title>团队 (引进A大学X教授团队): the person and the team the person leads
    for m in _TITLED_TEAM_RE.finditer(text) if "团队" in text else ():
        start = next((m.start() - size for size in (3, 2) if m.start() >= size
                      and lx.looks_like_name(text[m.start() - size:m.start()])), None)
        if start is None or not all(t[3] == "nr" or t[1] - t[0] == 1 for t in tokens(text[start:m.start()])):
            continue
        table.add(text[start:m.start()], ("Person",), offset + start, "person named before an academic title and a team")
        table.add(text[start:m.end()], ("ResearchTeam",), offset + start)
    # people: <name>(同时)担任/出任/兼任… (a name that opens the clause)
    pm = _HOLDS_RE.match(text) if "任" in text else None
    if pm and lx.looks_like_name(pm.group(1)):
        table.add(pm.group(1), ("Person",), offset + pm.start(1))
    # people: <title><2-3 char name>
    for m in _PERSON_TITLE_RE.finditer(text) if titled else ():
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
        else:
            # a name without a Han surname (a Mongolian or Tibetan name: <title>巴特尔说), read only
            # before a verb of speech and when the segmenter knows no word in it
            sm = _UNSURNAMED_RE.match(text, m.start(2))
            if sm is not None and table.get(sm.group(1)) is None \
                    and all(t[1] - t[0] == 1 or t[3] == "nr" for t in tokens(sm.group(1))):
                table.add(sm.group(1), ("Person",), offset + m.start(2), "person named after a title, no Han surname")


def _read_cue_name(text: str, offset: int, m: re.Match[str], table: EntityTable, places: set[str]) -> None:
    """The name a cue word (X公司, Y产业园, Z项目…) closes: scanned to its left, checked, added to the table."""
    cue = m.group(0)
    classes, kind = CUES[cue]
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
    if _RE1.search(core):
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
    if rest and rest[0] not in PUNCT and not rest.startswith(lx.SHORT_FOLLOWERS) \
            and not _RE5.match(rest):
        return None
    if cue in lx.BRAND_ONLY_TRADE_WORDS and rest[:1] in _GLUED_FOLLOWERS:
        return None  # X电驱|总成: the trade word opens a longer word (a product), not a pause after a brand
    core = strip_place(core, places)
    if len(core) >= 3 and core[0] in "为向给对被把从":
        core = core[1:]  # 为|X电子配套: the preposition opens no brand
    invested = list(_INVEST_VERB_RE.finditer(core))
    if invested and len(core) - invested[-1].end() >= 2:
        core = core[invested[-1].end():]  # A基金领投|X半导体: the investor's verb ends the investor's name
    first = tokens(core)[0] if len(core) >= 4 else None
    if first is not None and (core[:2] in lx.BOUNDARY_WORDS or (first[1] == 2 and first[3] == "v")):
        core = core[2:]  # 领投|X半导体B轮, 加入|X新材料的: a verb before a two-character brand opens no part of it
        if len(core) >= 3 and core[0] in "出到入":
            core = core[1:]  # 培育出|X科技: the verb's complement neither
    if len(core) < 2 and re.fullmatch(rf"[{HAN}]{{2}}", text[max(0, m.start() - 2):m.start()]) and (
            m.start() < 3 or text[m.start() - 3] in PUNCT or text[m.start() - 3] in "的了和与及"
            or text.endswith(_BRAND_OPENERS, 0, m.start() - 2)):
        core = text[m.start() - 2:m.start()]  # an unknown two-character brand tagged as a verb (星启光电)
    if len(core) == 2 and all(t[3] in ("a", "ad", "an", "z") for t in tokens(core)) \
            and _OBJECT_VERB_TAIL_RE.search(text, 0, start):
        return None  # 注入强劲|动力: an adjective after a verb is an object, not a brand
    if not 2 <= len(core) <= 4 or core in _SHORT_GENERIC or any(g in core for g in ("创新", "金融", "服务")) \
            or core.startswith(tuple(lx.ACTION_VERBS)):
        return None  # 重点发展人工|智能: a verb opens no brand name
    if core in lx.BOUNDARY_WORDS or core in lx.ACTION_VERBS:
        return None  # 来自|光电: a verb before a trade word, no brand
    if cue in lx.BRAND_ONLY_TRADE_WORDS and not _segments_like_a_brand(core):
        return None  # 新型|储能, 休闲|食品: a field word before a trade word, no brand
    name = core + cue
    start = m.end() - len(name)
    if text[start - 1:start] == "“" and text[m.end():m.end() + 1] == "”":
        return None  # “耐心资本”: a quoted term, not a brand
    return start, name, core


_INVEST_VERB_RE = re.compile(r"领投|跟投|注资|增资|参股|入股|收购|并购")

# one-character followers that may glue to the trade word instead (X电驱|总成, X储能|电站)
_GLUED_FOLLOWERS = set("总副董正")

# tags of a character a brand is made of: a surname or place character, a bound morpheme (鲁X, 豫X, 淇X)
_BRAND_CHAR_TAGS = {"nr", "ns", "j", "g", "zg", "vg", "ng"}


def _segments_like_a_brand(core: str) -> bool:
    """``core`` holds a character the segmenter reads alone as a name part, or a known place name (中原):
    a brand, not a field word (新型, 休闲, 用户侧)."""
    toks = tokens(core)
    return not any(t[3][:1] in ("m", "q", "p", "u", "d") for t in toks) and any(
        (t[1] - t[0] == 1 and t[3] in _BRAND_CHAR_TAGS) or t[3] == "ns" for t in toks)


def _bank_branch_name(text: str, m: re.Match[str], cue: str, start: int, name: str,
                      core: str) -> tuple[int, str, str]:
    """A bank's name glued to its cue, and the bank that belongs to a branch's name (X银行Y支行, 建行Y分行)."""
    if cue == "银行" and len(core) < 2 and any(t[1] == m.start() and t[1] - t[0] == 2 for t in tokens(text)):
        start = m.start() - 2
        name = text[start:m.end()]
        core = name[:2]
    bank = re.search(rf"[{HAN}]{{2,8}}银行[{HAN}]{{0,6}}$", text[:m.start()]) if cue in ("分行", "支行") else None
    if bank is not None:
        b = bank.group(0)
        cut = max((b.rfind(w) + len(w) for w in ("向", "为", "与", "和", "由", "在", "的", "获得", "联合",
                                                 "协调", "推动", "引导", "组织", "支持", "鼓励", "促成")
                   if 0 <= b.rfind(w) < b.index("银行")), default=0)
        if len(b[cut:].split("银行")[0]) >= 2:
            start = m.start() - len(b) + cut  # X银行|Y支行: the bank belongs to the branch's name
            name = text[start:m.end()]
            core = name[: len(name) - len(cue)]
    if bank is None and cue in ("分行", "支行") and start >= 2 and re.fullmatch(rf"[{HAN}]行", text[start - 2:start]):
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
    ranked = _RANKED_ZONE_RE.fullmatch(core) if "Zone" in classes else None
    if ranked is not None and ranked.group(1) not in lx.PROVINCES and not ranked.group(1).endswith(("省", "全国", "全省")) \
            and not _RE3.search(ranked.group(1)):
        return False  # X国家级经济技术开发区: the rank inside a zone's full name
    rank = _RANKED_PLATFORM_RE.match(core) if "Platform" in classes else None
    if rank is not None and len(core) - rank.end() >= 6 and not _RE3.search(core, rank.end()):
        return False  # 省级X材料技术创新中心: a platform named with its rank and a long field
    if _RE3.search(core) or core.startswith("级") or not core \
            or core in {"子", "分", "该", "本", "全资子", "控股子", "全资", "控股", "母", "总", "其母"}:
        return True
    if "Zone" in classes and (core in lx.PROVINCES or core[:-1] in lx.PROVINCES or core in lx.AUTONOMOUS_REGIONS
                              or core in {"全国", "全省", "省级", "国家级", "国家", "自治区", "全区", "全市", "本省", "本区"}):
        return True  # a rank scope (湖北省经开区), not a zone
    if cue == "项目" and (_RE6.search(core)
                         or all(t[3].startswith("v") for t in tokens(core))):
        return True  # 签约23个项目, 集中开工项目, 举行项目…: a kind of project or a verb, not a name
    if cue == "项目" and (_RE7.match(text[m.end():])
                         or core.endswith(("公司", "集团")) or _RE8.fullmatch(core)):
        return True  # 项目负责人, X公司项目, 二期项目: no project name
    # 高新区平台公司X: a kind of company in apposition, not a name
    return cue == "公司" and core.endswith("平台")


def _record_cue_name(text: str, offset: int, m: re.Match[str], table: EntityTable, places: set[str], cue: str,
                     classes: tuple[str, ...], kind: str, start: int, name: str, core: str) -> None:
    """Add the name (a project named with its capacity keeps the short form as an alias)."""
    placeless = strip_place(core, places)
    bare = strip_generic(placeless)
    if bare == "产业" and cue == "基金" and placeless != core:
        bare = core  # <place>产业基金: a city's industry fund, named by its place
    if not bare or bare in {"产业", "新", "大", "小"} or len(core) > 24:
        return
    if bare in _QUALITY_WORDS or bare in _KIND_CORES or _RANKED_KIND_RE.fullmatch(core) \
            or core.startswith(("现有", "已有", "服务")):
        return  # 好项目, 现有孵化器, 全年服务中试项目58项: a quality or a verb, not a name
    if _RE2.search(name) or name[0] in "((" or core.endswith(("奖", "等奖")):
        return  # (二)项目: a section number; 一等奖项目: a prize's rank
    cls = set(classes)
    if (cue in ("集团", "公司") or kind == "legal") and any(h in core for h in lx.FUNDER_HINTS):
        cls.add("Funder")
    review = SHORT_CUE_REVIEW if kind == "short" else None
    cap = _CAPACITY_RE.search(text, max(0, start - 24), m.start()) if cue == "项目" else None
    if cap is not None and 2 <= m.start() - cap.end() <= 14 and not _RE9.search(text[cap.end():m.start()]):
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

