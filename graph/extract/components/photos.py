"""Picture captions: a caption line becomes a Photo; what it shows (an enterprise's product line,
a platform's room) and what it depicts."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.context import Context
from graph.extract.text import Paragraph

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"(.{4,30}?)(?:生产线|生产车间|制造车间|装配线|产线)")
_RE1 = re.compile(r"[\u4e00-\u9fff]{2,10}")
_RE2 = re.compile(r"[,,。;;::!?!?]")
_RE3 = re.compile(r"实验室|车间|展厅|厂房|办公室")


def photos(ctx: Context) -> None:
    """Caption lines (short, no punctuation, ending in a picture word) become Photo records."""
    for para in ctx.doc.paragraphs:
        t = para.text
        caption = len(t) <= 30 and not _RE2.search(t) and t.endswith(lx.CAPTION_ENDINGS)
        if caption and ctx.table.get(t) is None:
            photo = ctx.table.add(t, ("Photo",), para.start)
            ctx.photo_of[id(photo)] = para
            caption_names(ctx, para)


def caption_names(ctx: Context, para: Paragraph) -> None:
    """``<enterprise><product>生产线``: the product is the enterprise's; ``<platform>实验室一角``
    names a room of a platform named earlier, not a platform of its own."""
    t = para.text
    flat = ctx.doc.flat
    for ent in list(ctx.table.entities):
        if not ent.has("Platform") or ent.name not in t or flat.find(ent.name) < para.start:
            continue
        base = next((e for e in ctx.table.entities if e is not ent and e.has("Platform", "Park", "Enterprise")
                     and ent.name.startswith(e.name) and _RE3.fullmatch(ent.name[len(e.name):])
                     and 0 <= flat.find(e.name) < para.start), None)
        if base is not None:
            ctx.table.remove(ent)
    m = _RE0.fullmatch(t)
    if m is None:
        return
    head = m.group(1)
    cut = next((i for i in range(len(head) - 2, 1, -1) if ctx.table.get(head[:i]) is not None), 0)
    maker = ctx.table.get(head[:cut]) if cut else None
    name = head[cut:]
    if maker is None or not maker.has("Enterprise") or not _RE1.fullmatch(name) \
            or not name.endswith(lx.PRODUCT_ENDINGS) or flat.find(maker.name) >= para.start:
        return
    if any(e.has("Product") and e.name.endswith(name) and e.name != name for e in ctx.table.entities):
        return  # a short form of a product named in the text (超高清X → X)
    product = ctx.table.get(name)
    if product is None:
        product = ctx.table.add(name, ("Product",), para.start + cut, "Product named in a picture caption")
    if product.has("Product"):
        ctx.caption_products.append((maker, product, para))


def photo_relations(ctx: Context) -> None:
    for maker, product, cpara in ctx.caption_products:
        ctx.relate(maker, "produces", product, cpara.start, cpara.end)
    for maker, product, start, end in ctx.pending_produces:
        ctx.relate(maker, "produces", product, start, end)
    for ent in ctx.table.entities:
        para = ctx.photo_of.get(id(ent))
        if para is None:
            continue
        inner = [e for e in ctx.table.entities if e is not ent and any(n in para.text for n in e.names())
                 and not e.has("Photo", "Place")]
        for target in sorted(inner, key=lambda e: (e.has("Product"),
                                                  -max(len(n) for n in e.names() if n in para.text)))[:1]:
            ctx.relate(ent, "depicts", target, para.start, para.end)
