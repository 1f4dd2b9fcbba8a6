"""Whose figure it is in a transcript (发布会实录, 访谈): a speaker's label on a line of its own (``甲:``)
opens a turn; the paragraphs under it, up to the next label line, are that speaker's answer, and their
figures without a subject (我们…, 公司…) are the body the speaker stands for."""

from __future__ import annotations

from graph.extract.components.subjects import speaks_for
from graph.extract.context import Context
from graph.extract.entities import Entity
from graph.extract.text import Paragraph

_LABEL_MAX = 40  # a label line: a name (with a title or an outlet) and a colon, nothing else
_TURN_MAX_PARAS = 8  # paragraphs one answer runs to at most


def _is_label(para: Paragraph) -> bool:
    text = para.text.rstrip()
    return len(text) <= _LABEL_MAX and text.endswith(":")


def turn_of(ctx: Context, para: Paragraph) -> Entity | None:
    """The body the speaker of ``para``'s turn stands for, when a label line ``甲:`` (甲 a person)
    opens the turn above it; None outside a turn, under a host's or a reporter's label, or on a label."""
    if _is_label(para):
        return None
    paras = ctx.doc.paragraphs
    i = ctx.doc.paragraph_index(para) - 1
    for _ in range(_TURN_MAX_PARAS):
        if i < 0:
            return None
        above = paras[i]
        if _is_label(above):
            ms = ctx.mentions_in(above.start, above.end)
            if len(ms) == 1 and ms[0].entity.has("Person") and ms[0].start - above.start <= 1 \
                    and ctx.doc.flat[ms[0].end:above.end].strip() == ":":
                return speaks_for(ctx, ms[0].entity)
            return None  # 主持人:, <outlet>记者:: no speaker whose body holds the figures
        i -= 1
    return None
