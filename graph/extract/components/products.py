"""Products named by the frames of output: the items of a product-output list (主要产品产量:A N台,
B M辆) and the product a production line or base is named after (新建X生产线, X生产基地).

>>> from graph.extract.context import Context
>>> ctx = Context("标题\\n\\n主要产品产量:装载机1.2万台,同比增长9%;冷藏车860辆,增长5%。", "t")
>>> output_products(ctx)
>>> [e.name for e in ctx.table.entities]
['装载机', '冷藏车']
"""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.context import Context
from graph.extract.segment import tokens

# the head of a product-output list (主要产品产量: / 全年主要工业产品产量:) and where it ends
_OUTPUT_HEAD_RE = re.compile(r"(?:主要|重点)(?:工业)?产品(?:的)?产量[:,]?")
# an item of the list: the product, then its output in a counting unit (挖掘机1.46万台)
_OUTPUT_ITEM_RE = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,10}?)(?:产量)?(?:达|为)?[\d.]+[万千亿]?"
                             r"(?:台|辆|套|架|艘|件|片|颗|条|只|支|吨|千瓦|兆瓦|吉瓦|平方米|立方米)(?![\u4e00-\u9fff]*时)")
# what an output item names that is no product: energy and indicators (发电量, 产值), a pronoun
_NOT_OUTPUT_PRODUCT_RE = re.compile(r"[量值额率数]$|^(?:其中|同比|增长|比上年|全年|上半年|合计|累计)")

# a production line or base named after what it makes (新建X生产线, 的X生产基地, X封装测试线), read after
# the last verb of building, 的 or pause before it
_LINE_KINDS_RE = re.compile(r"(?:生产线|产线|生产基地|封装测试线)")
_LINE_OPENERS = r"(?:新上|新建|建设|扩建|投建|布局|引进|的|年产|[,。;;:、“”()\s])"
_LINE_OPENER_RE = re.compile(_LINE_OPENERS + r"(?!.*" + _LINE_OPENERS + ")")  # the last one
_LINE_NOT_PRODUCT_RE = re.compile(r"^(?:智能化?|数字化|自动化|现代化|新|该|其|这|一条|多条|\d)|的")


_COUNT_UNITS = r"(?:台|辆|套|架|艘|件|片|颗|只|支|吨|千瓦|兆瓦|吉瓦|GW|MW)"
# what is made, measured by a count (年产X N件, X产量达N吨, X出货量N吉瓦, 交付各类X N架)
_MADE_COUNTED_RE = re.compile(r"(?:年产(?!能|量|值)|交付(?:各类|各型|了)?)([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)"
                              r"(?:约|近|超|逾)?[\d.]+[万千亿]?" + _COUNT_UNITS)
# read from a clause's start up to an output word found with str.find (产量, 出货量, 产能)
_OUTPUT_WORDS = ("产量", "出货量", "产能")
_COUNTED_OUTPUT_RE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:高新区|开发区|经开区|园区|全区|该区))?"
                                r"([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)年?(?:产量|出货量|产能)"
                                r"(?:已?扩至|达到?|为|突破|超过?)?(?:约|近|超|逾)?[\d.]+[万千亿]?" + _COUNT_UNITS)
_CLAUSE_PUNCT = ",。;:"
_NOT_MEASURED_PRODUCT_RE = re.compile(r"[量值额率数]$|的|了"
                                      r"|^(?:其中|同比|全年|上半年|合计|累计|企业|公司|项目|产业|工业|规上|新增|全区|园区)")


def _measured_products(ctx: Context, flat: str) -> None:
    """年产X N件 / X产量达N吨 / X出货量N吉瓦 / 交付各类X N架: X is a product."""
    found = [(m.group(1), m.start(1)) for m in _MADE_COUNTED_RE.finditer(flat)] if "年产" in flat or "交付" in flat else []
    for word in _OUTPUT_WORDS:
        at = flat.find(word)
        while at >= 0:
            start = max(flat.rfind(p, max(0, at - 24), at) for p in _CLAUSE_PUNCT) + 1
            m = _COUNTED_OUTPUT_RE.match(flat, start) if start > 0 else None
            if m is not None:
                found.append((m.group(1), m.start(1)))
            at = flat.find(word, at + len(word))
    for name, at in found:
        if _NOT_MEASURED_PRODUCT_RE.search(name) or ctx.table.get(name) is not None \
                or tokens(name)[0][3][:1] in ("v", "d", "p", "r", "m", "t", "q", "c", "u") \
                or any(t[3][:1] in ("d", "p", "c", "u", "r") for t in tokens(name)) \
                or any(n.endswith(name) and len(n) > len(name) for n in ctx.table.by_name):
            continue
        ctx.table.add(name, ("Product",), at, "a product measured by its output (年产X N件, X产量N吨)")


def output_products(ctx: Context) -> None:
    """Add the products of output lists, of output measured by a count and of production lines' names (a
    product ending required of the latter: 储能系统, 压力容器, 面板)."""
    flat = ctx.doc.flat
    for head in _OUTPUT_HEAD_RE.finditer(flat) if "产量" in flat else ():
        end = flat.find("。", head.end())
        at = head.end()
        for item in re.split(r"[;;]", flat[at:end if end > 0 else len(flat)]):
            im = _OUTPUT_ITEM_RE.match(item.lstrip(","))
            if im is not None and not _NOT_OUTPUT_PRODUCT_RE.search(im.group(1)) and ctx.table.get(im.group(1)) is None:
                ctx.table.add(im.group(1), ("Product",), flat.find(im.group(1), at), "an item of a product-output list")
            at += len(item) + 1
    for m in _LINE_KINDS_RE.finditer(flat) if "产线" in flat or "生产基地" in flat or "测试线" in flat else ():
        window = flat[max(0, m.start() - 18):m.start()]
        opener = _LINE_OPENER_RE.search(window)
        if opener is None:
            continue
        at = m.start() - len(window) + opener.end()
        # a maker or zone named right before the product (A公司X生产线, X经开区供图…): the product follows it
        at = max((i + len(n) for n in ctx.table.by_name if len(n) >= 2
                  for i in [flat.find(n, at, m.start())] if i >= 0), default=at) if flat[at:m.start()] else at
        for word in re.split(r"及|和|与|、", flat[at:m.start()]):
            name = re.sub(r"^(?:第[\d.]+代|[一二三四五]期)", "", word)
            name = name[:-2] if name.endswith("整机") and name[:-2].endswith(lx.PRODUCT_ENDINGS) else name  # 机器人整机
            if len(name) < 2 or _LINE_NOT_PRODUCT_RE.search(name) or not name.endswith(lx.PRODUCT_ENDINGS) \
                    or ctx.table.get(name) is not None or tokens(name)[0][3][:1] in ("v", "d", "p", "r", "m") \
                    or any(n.endswith(name) for e in ctx.table.entities if e.has("Product") for n in e.names()):
                continue  # (超高清X known: X is its short form, not another product)
            ctx.table.add(name, ("Product",), flat.find(name, at), "the product a production line is named after")
    _measured_products(ctx, flat)
