"""What a company makes, read from how production is written about (a relation with its product named in it).

- a production line: ``A的X生产线`` / ``(A)新上/扩建/布局X和Y产线`` → A produces X (and Y);
- a trade: ``A专注(生产)X(研发制造)`` / ``A主要生产X`` → A produces X;
- an output: ``A年产X N吨`` / ``A年产N吨X`` / ``A(全年)交付/生产X N台`` → A produces X.

X must end in a product word (``lexicon.PRODUCT_ENDINGS``: 电池, 传感器, 材料, 面板…) or already be a product;
the maker is the company named last before the frame in its sentence (else in the sentence before, in the same
paragraph). The component runs before mentions are found: the products it adds are then found everywhere.
"""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.context import Context
from graph.extract.entities import Entity
from graph.extract.segment import tokens

_P = r"[A-Za-z0-9Ⅰ-Ⅻ\u4e00-\u9fff]"
_UNIT = r"(?:万|亿)?(?:吨|台|套|件|辆|片|只|颗|支|架|组|批次)"
# A的X生产线 / 新上X生产线 / 布局X和Y产线
_LINE_RE = re.compile(r"(的|新上|扩建|新建|建设|布局|上马)(" + _P + r"{2,16}?)(?:智能化?|自动化)?(?:生产线|产线)")
# 专注(于)(生产)X(研发制造) / 主要生产X
_TRADE_RE = re.compile(r"(?:专注于?(?:生产|制造|研发生产|研发制造|研制)?|(?:主要|专业|专门)(?:生产|制造|研发生产|研发制造|研制|做))(" + _P
                       + r"{2,16}?)(?:的?研发制造|的?研发|的?生产|的?制造|等|(?=[,，。;；]))")
# 年产X N吨 / 交付各类X N架
_OUTPUT_RE = re.compile(r"(?:年产|全年生产|生产|交付|量产|推出)(?:各类|各型|各种)?(" + _P + r"{2,12}?)[约近超逾]?[\d.]+" + _UNIT)
# 年产N吨X
_OUTPUT_AFTER_RE = re.compile(r"年产(?:能)?(?:达到?|约|超过?|近)?[\d.]+" + _UNIT + r"(" + _P + r"{2,12}?)(?=[,，。;；、]|$)")
_SPLIT_RE = re.compile(r"和|及|、")
# what no product name starts with
_NOT_PRODUCT_RE = re.compile(r"^(?:了|的|在|已|将|全年|今年|首批|新增|各类|我们|企业|公司|项目|一条|多条|\d)|产品")
_BODY_WORDS_RE = re.compile(r"公司|集团|企业|项目|基地|园区|中心|平台|研究院|实验室|年产|万|亿|同比|增长")
_CUES = ("产线", "专注", "主要", "专业", "专门", "年产", "交付", "生产", "量产", "推出")
# each frame with the literals one of which it needs
_FRAMES = ((_LINE_RE, ("产线",)), (_TRADE_RE, ("专注", "主要", "专业", "专门")),
           (_OUTPUT_RE, ("年产", "生产", "交付", "量产", "推出")), (_OUTPUT_AFTER_RE, ("年产",)))


def production_frames(ctx: Context) -> None:
    """Add the products of production lines, trades and outputs, each with its maker (see the module's doc)."""
    flat = ctx.doc.flat
    if not any(cue in flat for cue in _CUES):
        return
    makers = sorted(((n, e) for e in ctx.table.entities if e.has("Enterprise") and not e.has("Funder", "Person", "Place")
                     for n in e.names() if len(n) >= 2), key=lambda x: -len(x[0]))
    if not makers:
        return
    found: list[tuple[int, int, int, str, bool]] = []  # (frame start, frame end, name start, name, A的X生产线)
    for rx, cues in _FRAMES:
        if not any(cue in flat for cue in cues):
            continue
        for m in rx.finditer(flat):
            g = 2 if rx is _LINE_RE else 1
            at = m.start(g)
            for part in _SPLIT_RE.split(m.group(g)):
                found.append((m.start(), m.end(), at, part, rx is _LINE_RE and m.group(1) == "的"))
                at += len(part) + 1
    for start, end, at, name, possessed in sorted(found):
        product = _product(ctx, name, at)
        if product is None:
            continue
        # A的X生产线: A, written right before 的, owns the line (else the last company named before it)
        owner = next((e for n, e in makers if flat.endswith(n, 0, start)), None) if possessed else None
        maker = owner or _maker_before(ctx, makers, start, opening_first=not possessed)
        if maker is not None:
            ctx.pending_produces.append((maker, product, start, end))


def _product(ctx: Context, name: str, at: int) -> Entity | None:
    known = ctx.table.get(name)
    if known is not None:
        return known if known.has("Product") else None
    if len(name) < 2 or not name.endswith(lx.PRODUCT_ENDINGS) or _NOT_PRODUCT_RE.search(name) \
            or _BODY_WORDS_RE.search(name) or tokens(name)[0][3].startswith(("v", "d", "p", "r", "c", "u")):
        return None
    return ctx.table.add(name, ("Product",), at, "Product named in a production frame (X生产线, 专注生产X, 年产X)")


def _maker_before(ctx: Context, makers: list[tuple[str, Entity]], at: int, opening_first: bool = True) -> Entity | None:
    """The company that opens the sentence of ``at`` (its subject), else the company named last before ``at`` in the
    sentence, else in the sentence before (same paragraph)."""
    para, sent, _, _ = ctx.doc.clause_at(at)
    prev = [s for s in para.sentences if s.end <= sent.start][-1:]
    flat = ctx.doc.flat
    head = flat[sent.start:at].lstrip(" \u3000“")
    opening = next((e for n, e in makers if head.startswith(n)), None) if opening_first else None
    if opening is not None:
        return opening
    for lo in (sent.start, prev[0].start if prev else None):
        if lo is None:
            continue
        best = max(((flat.rfind(n, lo, at), e) for n, e in makers), key=lambda x: x[0])
        if best[0] >= 0:
            return best[1]
    return None
