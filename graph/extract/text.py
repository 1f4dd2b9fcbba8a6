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
from dataclasses import dataclass, field

LINE_BREAKS = "\r\n"
# full-width ASCII variants (，（）；：０-９Ａ-Ｚ％…) and the ideographic space → ASCII, one
# character for one character: the rules read the normalised view, quotes are cut from the
# original text at the same offsets.
NORMALISE = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}


def normalise(text: str) -> str:
    """``text`` with full-width ASCII variants folded to ASCII (same length, same offsets).

    >>> normalise("（以下简称“甲”），１２％")
    '(以下简称“甲”),12%'
    """
    # an ASCII full stop that ends a sentence (not a decimal point, not inside a Latin word)
    # reads as 。: "…等环节. 园区…" → "…等环节。园区…"
    return _ASCII_STOP_RE.sub("。", text.translate(NORMALISE))


_ASCII_STOP_RE = re.compile(r"(?<=[\u4e00-\u9fff”’)%])\.(?=\s|[\u4e00-\u9fff“‘]|$)")

SENTENCE_END = "。!?!?"
CLAUSE_END = ",,;;::"
SEGMENT_END = ";;"
CLOSERS = "”’\"」』))"
MERGE_MIN_LEN = 20
_TERMINAL = SENTENCE_END + CLOSERS + ";;:: …"
_BYLINE_RE = re.compile(r"^[►■□●◆]|^(?:本报)?(?:记者|通讯员)|\s(?:本报)?(?:记者|通讯员)")


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
    """Spans of ``text`` (offset ``start``) cut after any char of ``enders``."""
    spans: list[tuple[int, int]] = []
    begin = 0
    i = 0
    n = len(text)
    while i < n:
        if text[i] in enders:
            j = i + 1
            while j < n and (text[j] in enders or text[j] in closers):
                j += 1
            spans.append((start + begin, start + j))
            begin = j
            i = j
            continue
        i += 1
    if begin < n:
        spans.append((start + begin, start + n))
    return [(a, b) for a, b in spans if b > a]


class Document:
    """Paragraphs, sentences and clauses of an article, over the flat text."""

    def __init__(self, text: str) -> None:
        self.original_text = text
        self.text = normalise(text)
        self.original_flat = "".join(ch for ch in text if ch not in LINE_BREAKS)
        self.flat = normalise(self.original_flat)
        self.paragraphs: list[Paragraph] = []
        self._count_cache: dict[str, int] = {}
        self._build()

    def _build(self) -> None:
        pieces: list[tuple[int, int]] = []  # flat spans of non-empty lines
        pos = 0
        for line in re.split(r"\r\n|\r|\n", self.text):
            if line.strip():
                pieces.append((pos, pos + len(line)))
            pos += len(line)
        merged: list[list[int]] = []
        carry = False
        for a, b in pieces:
            bare = self.flat[a:b].strip()
            if carry and _BYLINE_RE.search(bare):
                carry = False  # a byline under a long subtitle starts its own paragraph
            if carry and len(bare) < 30 and not any(ch in _TERMINAL + CLAUSE_END + "、" for ch in bare):
                carry = False  # a caption or heading: not the rest of a broken paragraph
            if carry and merged:
                merged[-1][1] = b
            else:
                merged.append([a, b])
            line = self.flat[a:b].rstrip()
            carry = bool(line) and line[-1] not in _TERMINAL and (b - a) >= MERGE_MIN_LEN and not _BYLINE_RE.search(bare)
            if carry and merged:
                whole = self.flat[merged[-1][0]:b]
                carry = len(whole) >= MERGE_MIN_LEN
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
        i = self.flat.find(needle)
        while i >= 0:
            n += 1
            if n > 1:
                break
            i = self.flat.find(needle, i + 1)
        self._count_cache[needle] = n
        return n

    def unique_quote(self, start: int, end: int) -> str:
        """A verbatim quote covering ``flat[start:end]`` that occurs exactly once.

        Trailing clause punctuation is dropped; when the span repeats elsewhere it grows
        to the enclosing clause boundaries, one character at a time, until unique.
        """
        flat = self.flat
        start, end = self._trim(start, end)
        quote = flat[start:end]
        if quote and self.count(quote) == 1:
            return self.original_flat[start:end]
        lo, hi = start, end
        n = len(flat)
        while lo > 0 or hi < n:
            # grow to the next clause boundary on the right, then on the left
            if hi < n:
                hi += 1
                while hi < n and flat[hi - 1] not in CLAUSE_END + SENTENCE_END:
                    hi += 1
                a, b = self._trim(lo, hi)
                if self.count(flat[a:b]) == 1:
                    return self.original_flat[a:b]
            if lo > 0:
                lo -= 1
                while lo > 0 and flat[lo - 1] not in CLAUSE_END + SENTENCE_END:
                    lo -= 1
                a, b = self._trim(lo, hi)
                if self.count(flat[a:b]) == 1:
                    return self.original_flat[a:b]
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
        flat = self.flat
        while end > start and (flat[end - 1] in CLAUSE_END + "、" or flat[end - 1].isspace()):
            end -= 1
        while start < end and (flat[start] in CLAUSE_END + "、" or flat[start].isspace()):
            start += 1
        return start, end

    def clause_at(self, pos: int) -> tuple[Paragraph, Sentence, Segment, Clause]:
        for para in self.paragraphs:
            if para.start <= pos < para.end:
                for sent in para.sentences:
                    if sent.start <= pos < sent.end:
                        for seg in sent.segments:
                            if seg.start <= pos < seg.end:
                                for clause in seg.clauses:
                                    if clause.start <= pos < clause.end:
                                        return para, sent, seg, clause
        raise ValueError(f"offset {pos} is outside every paragraph")
