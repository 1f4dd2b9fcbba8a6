"""Whose figure it is in a list of cards: a numbered title line names a project (or a company), and the
field lines under it (投资方:…, 总投资:N, 建设内容:…年产N) state that body's figures."""

from __future__ import annotations

import re

from graph.extract.context import Context
from graph.extract.entities import Entity
from graph.extract.text import Paragraph

# a card's field line: a short label and a colon opening the line (总投资:, 建设内容:, 投资方:)
_FIELD_RE = re.compile(r"\s*[\u4e00-\u9fff]{2,6}\s*[::]")
# a card's title line: a list marker (1. / 2、 / (3) / ④ / 一、 / ●) and a name, nothing else
_TITLE_MARK_RE = re.compile(r"\s*(?:\d{1,2}[.、)]|[((]\d{1,2}[))]|[\u2460-\u2473]|[●■◆▶]|[一二三四五六七八九十]{1,2}、)\s*")
_COLON_RE = re.compile(r"[\s::]+")
_CARD_CLASSES = ("Project", "Platform", "Park", "Enterprise", "Funder")
_MAX_FIELDS = 8  # field lines a card holds at most


def is_field_line(text: str) -> bool:
    """Whether a paragraph opens as a card's field line (总投资:, 建设内容:, 投资方:)."""
    return _FIELD_RE.match(text) is not None


def card_topic(ctx: Context, para: Paragraph) -> Entity | None:
    """The body a card's title names when ``para`` is one of the field lines under that title
    (1. X项目 / 投资方:A公司 / 总投资:N亿元 / 建设内容:…年产N台): the figures of the fields are X's."""
    if not _FIELD_RE.match(para.text):
        return None
    paras = ctx.doc.paragraphs
    i = ctx.doc.paragraph_index(para) - 1
    for _ in range(_MAX_FIELDS):
        if i < 0:
            return None
        above = paras[i]
        if not _FIELD_RE.match(above.text):
            return _title_body(ctx, above)
        i -= 1
    return None


def _title_body(ctx: Context, para: Paragraph) -> Entity | None:
    """The body a title line (``1. X项目``) names whole: the line is its marker and the name."""
    m = _TITLE_MARK_RE.match(para.text)
    if m is None or len(para.text) > 40:
        return None
    at = para.start + m.end()
    named = [x for x in ctx.mentions_in(at, para.end) if x.start == at]
    if not named or not named[0].entity.has(*_CARD_CLASSES) or named[0].entity.has("Person", "Place", "Zone"):
        return None
    return named[0].entity if not _COLON_RE.sub("", ctx.doc.flat[named[0].end:para.end]) else None



def field_label(ctx: Context, clause_start: int, before_figure: str) -> str | None:
    """总投资:42亿元 — a figure alone after the label that opens a field line: the label names what it measures."""
    if before_figure.strip(" 约超近逾达"):
        return None
    para = ctx.doc.clause_at(clause_start)[0]
    m = _FIELD_RE.match(para.text)
    return _COLON_RE.sub("", para.text[: m.end()]) if m and para.start + m.end() == clause_start else None
