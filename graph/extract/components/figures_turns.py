"""Whose figure it is in a transcript (发布会实录, 访谈): a speaker's label on a line of its own (``甲:``)
opens a turn; the paragraphs under it, up to the next label line, are that speaker's answer, and their
figures without a subject (我们…, 公司…) are the body the speaker stands for."""

from __future__ import annotations

from bisect import bisect_right
from weakref import WeakKeyDictionary

from graph.extract.components.subjects import speaks_for
from graph.extract.context import Context
from graph.extract.entities import Entity
from graph.extract.text import Document, Paragraph

_LABEL_MAX = 40  # a label line: a name (with a title or an outlet) and a colon, nothing else
_TURN_MAX_PARAS = 8  # paragraphs one answer runs to at most


def _is_label(para: Paragraph) -> bool:
    text = para.text.rstrip()
    return len(text) <= _LABEL_MAX and text.endswith(":")


def _label_indices(doc: Document) -> list[int]:
    """The indices of the label lines of ``doc`` (read once per document)."""
    found = _LABELS.get(doc)
    if found is None:
        found = _LABELS[doc] = [i for i, p in enumerate(doc.paragraphs) if _is_label(p)]
    return found


_LABELS: WeakKeyDictionary[Document, list[int]] = WeakKeyDictionary()


def turn_of(ctx: Context, para: Paragraph) -> Entity | None:
    """The body the speaker of ``para``'s turn stands for, when a label line ``甲:`` (甲 a person)
    opens the turn above it; None outside a turn, under a host's or a reporter's label, or on a label."""
    labels = _label_indices(ctx.doc)
    if not labels:
        return None
    i = ctx.doc.paragraph_index(para)
    at = bisect_right(labels, i) - 1
    if at < 0 or labels[at] == i or i - labels[at] > _TURN_MAX_PARAS:
        return None
    above = ctx.doc.paragraphs[labels[at]]
    ms = ctx.mentions_in(above.start, above.end)
    if len(ms) == 1 and ms[0].entity.has("Person") and ms[0].start - above.start <= 1 \
            and ctx.doc.flat[ms[0].end:above.end].strip() == ":":
        return speaks_for(ctx, ms[0].entity)
    return None  # 主持人:, <outlet>记者:: no speaker whose body holds the figures
