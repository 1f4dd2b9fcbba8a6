"""One industry called the zone's leading one (X是园区当之无愧的“头号”产业, …,X也因此成为<zone>的首位产业):
the industry, and a ``leading`` list of one item for the relation rules."""

from __future__ import annotations

import re

from graph.extract.context import Context
from graph.extract.segment import tokens

# X,是园区当之无愧的“头号”产业 / X是该区第一大支柱产业 / X也因此成为<zone>的首位产业
_ONE_LEADING_RE = re.compile(r"([\u4e00-\u9fff]{2,10}?)[,,]?(?:也|还|因此|因而|由此|已经?|逐步|正式)*(?:是|为|成为)了?"
                             r"[^,,。;;]{0,16}?(?:主导|支柱|头号|第一|首位|首要)(?:大)?”?产业(?=[,,。;;!?]|$)")

# one of them is in every match of the two patterns
_LEADING_WORDS = ("主导", "支柱", "头号", "第一", "首位", "首要")

# the same, opening any clause (not only a sentence)
_ONE_LEADING_AT_CLAUSE_RE = re.compile(r"(?:^|(?<=[,,。;;!?\n]))[ \u3000“]*" + _ONE_LEADING_RE.pattern)

# words that open such a clause without naming an industry
_NOT_AN_INDUSTRY_RE = re.compile(r"园区|全区|我们|这里|企业|该")


def one_leading_industry(ctx: Context) -> None:
    """Record each industry a sentence or clause calls the zone's leading one (``ctx.enums``, head ``leading``)."""
    flat = ctx.doc.flat
    if "产业" not in flat:
        return
    if not any(w in flat for w in _LEADING_WORDS):
        return  # (every match holds one of them)
    found = [*ctx.at_sentence_starts(_ONE_LEADING_RE, ("产业",)), *_ONE_LEADING_AT_CLAUSE_RE.finditer(flat)]
    for m in sorted({m.start(1): m for m in found}.values(), key=lambda m: m.start(1)):
        name = m.group(1)
        if tokens(name)[0][3][:1] in {"v", "p", "d", "r", "c", "m", "t"} or _NOT_AN_INDUSTRY_RE.search(name):
            continue
        known = ctx.table.get(name) or ctx.table.get(name + "产业")
        if known is None:  # the long form when the text writes it (X产业…): its short form joins it later
            long_at = flat.find(name + "产业")
            known = ctx.table.add(name + "产业", ("Industry",), long_at) if long_at >= 0 \
                else ctx.table.add(name, ("Industry",), m.start(1))
        if known.has("Industry"):
            ctx.enums.append((m.start(), m.end(), "leading", [known]))
