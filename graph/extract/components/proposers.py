"""What the optional name proposers share (``crf_names``, ``lac_names``): adding the names they
propose for review, and running them in a pipeline right after the rules' names are found."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from graph.extract.context import Context
from graph.extract.entities import find_mentions


def add_proposed_names(ctx: Context, proposals: Iterable[tuple[str, tuple[str, ...], int]], review: str) -> None:
    """Add each proposed ``(name, classes, start)`` that no rule named, marked ``review``; the mentions
    are found again once, if any name was added."""
    added = False
    for name, classes, start in proposals:
        if ctx.table.get(name) is None:
            ctx.table.add(name, classes, start, review)
            added = True
    if added:
        ctx.mentions = find_mentions(ctx.doc, ctx.table)


def insert_after(pipeline: list[tuple[str, Any]], name: str, component: Callable[[Context], None],
                 after: str) -> list[tuple[str, Any]]:
    """``pipeline`` with ``component`` (called ``name``) run right after the component ``after``."""
    names = [n for n, _ in pipeline]
    if after not in names:
        raise ValueError(f"no component {after!r} in the pipeline: {names}")
    at = names.index(after) + 1
    return [*pipeline[:at], (name, component), *pipeline[at:]]
