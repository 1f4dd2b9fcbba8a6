"""Entities and mentions: the table of names a draft knows, the left scan that finds where a name starts,
and every occurrence of every name in the text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from graph.extract import lexicon as lx
from graph.extract.segment import tokens
from graph.extract.text import Document

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"年初|年底|年末|年中|年度|今年|去年|明年|近年|当年|同年|次年|目前|日前|近日|如今")
_RE1 = re.compile(r"(?:公司|集团)[是和与及为在的、]")
_RE2 = re.compile(r"第[一二三四五六七八九十]+代")
_INVESTED_RE = re.compile(r"领投|跟投|注资|增资|参股|入股|收购|并购|控股了")
_RE3 = re.compile(r"[\d.]+|[一二三四五六七八九十两]")

HAN = r"\u4e00-\u9fff"


PUNCT = set(",,。;;::、!?!?“”\"'‘’()()《》<>[]【】 \t►■●◆丨·‧•・-+~/|—–")


CUES = {c: (cls, kind) for c, cls, kind in lx.ENTITY_CUES}


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of the non-overlapping occurrences of needle in text, left to right (str.find, where a
    regex built from a name would be compiled afresh for every document)."""
    out, at = [], text.find(needle)
    while at >= 0 and needle:
        out.append(at)
        at = text.find(needle, at + len(needle))
    return out


_LOCATIVES = {"内", "区内", "园区内", "园内", "境内", "辖区内", "省内", "市内", "县内", "域内"}

# 国家地方联合工程研究中心, 省部共建联合实验室: a joint platform's standard kind, scope before 联合
_JOINT_KINDS = {"工程", "创新", "技术", "研究", "研发", "重点"}
_JOINT_SCOPES = {"地方", "国家", "省部", "校企", "院地", "政企", "产学研"}

_KIND_WORDS = {"孵化器", "加速器", "众创空间", "孵化基地", "孵化园", "实验室", "研究院"}


_NUMERAL_CHARS = set("零〇一二三四五六七八九十百千万亿两几数多余半首每第")


SHORT_CUE_REVIEW = "name boundary found by a short trade-word cue"


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

    def has(self, cls: str = "", *more: str) -> bool:
        """Whether the entity is of any of the classes named (most calls name one: a set look-up)."""
        if cls in self.classes:
            return True
        return not self.classes.isdisjoint(more) if more else False

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
        self._gone: dict[int, Entity] = {}  # removed or merged away, by id (held, so that no id is reused)

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
        if id(ent) in self._gone:
            return  # removed or merged before (a rule that read a stale mention)
        self._gone[id(ent)] = ent
        for name in ent.names():
            if self.by_name.get(name) is ent:
                del self.by_name[name]
        self.entities.remove(ent)

    def merge(self, keep: Entity, drop: Entity) -> None:
        if id(keep) in self._gone or id(drop) in self._gone:
            # a stale mention (repeated text: the same frame read twice) names an entity merged away:
            # merge what the names stand for now
            keep, drop = self.by_name.get(keep.name, keep), self.by_name.get(drop.name, drop)
            if id(keep) in self._gone or id(drop) in self._gone:
                return
        if keep is drop:
            return
        self._gone[id(drop)] = drop
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


@lru_cache(maxsize=8192)
def _is_punct(word: str) -> bool:
    return all(ch in PUNCT or ch.isspace() for ch in word)


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
        a, word = toks[idx][0], toks[idx][2]
        if word in ")）":
            jump = _skip_brackets(text, toks, idx, start)
            if jump is None:
                break
            start, idx = jump
            continue
        verdict = _word_verdict(text, toks, idx, start, cue_start, kind) or _tag_verdict(text, toks, idx, start, cue_start, kind)
        if verdict == _STOP or (verdict is None and cue_start - a > 22):
            break
        start = a
        idx -= 1
    if start > 0 and text[start - 1:start + 1] in lx.BOUNDARY_WORDS:
        start += 1  # a boundary word the segmenter split (获|批国家…)
    if 0 < start < cue_start and text[start - 1] in _NAME_OPENING_CHARS and _opens_clause(text, start - 1) \
            and start - 1 + 2 <= cue_start and kind != "lenient":
        start -= 1  # ,达X科技 / 其中同X电子: a boundary character opening the clause opens the name
    if kind == "legal":
        # X有限公司是Y有限公司: a legal name does not run through another company's name
        joints = list(_RE1.finditer(text[start:cue_start]))
        if joints:
            start += joints[-1].end()
        # A基金领投|B科技有限公司: an investment verb between two names ends the legal one
        invested = list(_INVESTED_RE.finditer(text[start:cue_start]))
        if invested:
            start += invested[-1].end()
    return start


# boundary characters that rarely open a clause as a word of their own: there, they open a name
_NAME_OPENING_CHARS = set("达同共至均")
_CLAUSE_OPENERS = ("其中", "目前", "如今", "此外", "同时", "另外", "今年", "去年")


def _opens_clause(text: str, at: int) -> bool:
    """Whether ``text[at]`` opens a clause (after punctuation, the text's start or an opener like 其中)."""
    return at == 0 or text[at - 1] in PUNCT or text[at - 1].isspace() or text.endswith(_CLAUSE_OPENERS, 0, at)


_STOP, _TAKE = "stop", "take"  # a left scan's verdict on a word: the name starts after it / the word is part of it
Token = tuple[int, int, str, str]


def _skip_brackets(text: str, toks: Sequence[Token], idx: int, start: int) -> tuple[int, int] | None:
    """A bracket closing right before the name (X(苏州)有限公司): (start, index of the token before it), or None."""
    a = toks[idx][0]
    depth_start = text.rfind("(", 0, a)
    alt = text.rfind("(", 0, a)
    open_at = max(depth_start, alt)
    if open_at < 0 or a - open_at > 8 or open_at < start - 24:
        return None
    start = open_at
    while idx >= 0 and toks[idx][0] > open_at:
        idx -= 1
    if idx >= 0 and toks[idx][0] == open_at:
        idx -= 1
    return start, idx


@lru_cache(maxsize=1 << 14)
def _word_kind(word: str) -> tuple[bool, bool, bool, bool]:
    """What a left scan asks of a word alone (read once per word): a generation (第三代), a number,
    punctuation or a digit, a time word."""
    return (_RE2.fullmatch(word) is not None, _RE3.fullmatch(word) is not None,
            _is_punct(word) or any(ch.isdigit() for ch in word), _RE0.fullmatch(word) is not None)


def _word_verdict(text: str, toks: Sequence[Token], idx: int, start: int, cue_start: int, kind: str) -> str | None:
    """The verdict on the word at ``idx`` from the word itself (numerals, verbs, time words, kind words…)."""
    _a, _b, word, pos = toks[idx]
    nxt_word = toks[idx + 1][2] if idx + 1 < len(toks) else ""
    generation, number, punct_or_digit, time_word = _word_kind(word)
    numeral_part = generation or (number and nxt_word in ("英寸", "寸", "纳米", "轴", "维", "代"))
    if numeral_part and kind != "short":
        return _TAKE
    if punct_or_digit:
        return _STOP
    if word in _LOCATIVES:
        return _STOP  # 区内|X公司, 园区|内|X公司: where the company is, not its name
    if kind != "legal" and ((word in lx.ACTION_VERBS and word not in lx.NAME_FRIENDLY_VERBS)
                            or (len(word) == 1 and idx > 0 and toks[idx - 1][2] + word in lx.ACTION_VERBS)):
        return _STOP  # 新建|X工作站, 做|强|X产业集群: an action verb (however tagged) ends the name
    if time_word:
        return _STOP  # 年初|公司…: a time word opens no name
    if word in ("年", "月", "日") and idx > 0 and toks[idx - 1][2].isdigit():
        return _STOP  # 2025|年|X经开区: a date opens no name
    if len(word) == 1 and word in "出到入" and pos.startswith("v") and idx > 0 \
            and (toks[idx - 1][2] in lx.BOUNDARY_WORDS or toks[idx - 1][3].startswith("v")):
        return _STOP  # 孵化|出|X科技: the verb's complement opens no name
    if word in ("建设", "开发") and nxt_word in ("投资", "发展") and kind != "short":
        return _TAKE  # 城市建设|投资集团, 开发|投资公司: a standard company name, not a verb
    if word in _KIND_WORDS and start < cue_start and kind == "lenient":
        return _STOP  # 孵化器|碳谷|众创空间: a kind word in apposition before the name opens none of it
    if word == "企业" and toks[idx][1] == start and start == cue_start and (
            text.startswith(("孵化器", "加速器", "孵化基地", "孵化中心"), cue_start)
            or (kind == "lenient" and text.startswith(("服务中心", "技术中心", "创新中心", "研发中心"), cue_start)
                and idx > 0 and not _is_punct(toks[idx - 1][2]) and toks[idx - 1][2] not in lx.BOUNDARY_WORDS)):
        return _TAKE  # 科技企业|孵化器, X高新区企业|服务中心: part of the name
    if word == "联合" and idx + 1 < len(toks) and (toks[idx + 1][0] >= cue_start or (
            kind == "lenient" and toks[idx + 1][2] in _JOINT_KINDS and idx > 0 and toks[idx - 1][2] in _JOINT_SCOPES)):
        return _TAKE  # 联合|实验室, 国家地方|联合|工程研究中心: part of the name
    if kind == "legal" and word in ("集团", "控股", "实业") and toks[idx][1] == cue_start:
        return _TAKE  # X集团|有限公司: the group word belongs to the legal name
    if len(word) >= 4 and word.endswith(("企业", "公司")) and start < cue_start:
        return _STOP  # 外资企业|X(海南)科技有限公司: a kind of company in apposition opens no part of the name
    if kind == "legal" and word == "集团" and start < cue_start and idx > 0 and not _is_punct(toks[idx - 1][2]) \
            and toks[idx - 1][2] not in lx.BOUNDARY_WORDS and not toks[idx - 1][3].startswith("v"):
        return _TAKE  # X集团Y制药有限公司: a group's company, one legal name
    return None


def _tag_verdict(text: str, toks: Sequence[Token], idx: int, start: int, cue_start: int, kind: str) -> str | None:
    """The verdict from boundary words, places and the segmenter's part-of-speech tag."""
    _a, _b, word, pos = toks[idx]
    if word in lx.BOUNDARY_WORDS and not (kind == "legal" and len(word) == 1 and pos not in {"p", "c", "uj", "ul"}
                                          and word not in ("是", "向", "为")):
        return _STOP
    if word == "及":
        return _TAKE
    if word in lx.CITIES or word in lx.PROVINCES:
        return _TAKE  # a place opening the name (大连|海工大学, 辽宁|国投)
    if pos == "t" and cue_start - start <= 2 and len(word) == 2 and kind == "org" and word not in lx.BOUNDARY_WORDS \
            and (idx == 0 or _is_punct(toks[idx - 1][2]) or toks[idx - 1][2] in ("与", "和", "同", "跟", "及")):
        return _TAKE  # an unknown place-like word the tagger reads as a time (西秦|大学) opening the clause or a partner
    # a name character the tagger reads as a numeral or adverb (参|元|药业, 瓯川|高新|控股集团)
    name_part = (pos == "m" and len(word) == 1 and word not in _NUMERAL_CHARS) or word in lx.NAME_ADVERBS
    if pos in lx.BOUNDARY_POS and (len(word) > 1 or pos in {"p", "c", "u", "uj", "ul", "r", "m"}) and not name_part:
        return _STOP
    if kind == "lenient" and word in lx.ACTION_VERBS and word in lx.NAME_FRIENDLY_VERBS and pos in lx.VERB_POS:
        return _STOP  # 重点发展|X产业集群: an action verb ends a cluster/platform name even where it may name a company
    if kind != "legal" and pos in lx.VERB_POS and len(word) > 1 and word not in lx.NAME_FRIENDLY_VERBS:
        # a verb tag on a fragment of an unknown name (超高|清视频, 可降解|材料) does not end it,
        # in names whose head admits verbs (platforms, clusters, projects, alliances)
        lenient = kind == "lenient" and word not in lx.ACTION_VERBS
        orphan = idx + 1 < len(toks) and toks[idx + 1][1] - toks[idx + 1][0] == 1 and toks[idx + 1][0] == start \
            and toks[idx + 1][3] not in {"p", "c", "uj", "ul"} and word not in lx.ACTION_VERBS
        if not (lenient or orphan):
            return _STOP
    return None


_GENERIC_LONGEST_FIRST = tuple(sorted(lx.GENERIC_NAME_PARTS, key=len, reverse=True))


def strip_generic(core: str) -> str:
    while core and core.startswith(_GENERIC_LONGEST_FIRST):
        core = core[len(next(g for g in _GENERIC_LONGEST_FIRST if core.startswith(g))):]
    return core


def strip_place(core: str, places: set[str]) -> str:
    for p in sorted(places, key=len, reverse=True):
        for form in (p + "省", p + "市", p):
            if core.startswith(form) and (len(core) > len(form) or form != p):
                return core[len(form):]
    return core


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

