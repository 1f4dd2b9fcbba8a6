"""Posts written before a person with no body named in the clause: the body is the one the text is about.

A feature or a transcript names a company, then its people by their bare titles: ``…X公司的碳化线运转了一夜。
车间主任A指着…说`` / ``X是…企业。董事长B表示`` → A, B memberOf X. A zone official's posts are listed
with 、: ``管委会副主任、招商局局长C主持`` → C memberOf the article's zone (the 管委会 post).
"""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.common import HEADS
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.text import Clause, Paragraph

# a post with at most a two-character qualifier (车间主任, 研发负责人, 副总经理, 常务副院长)
_BARE_POST_RE = re.compile(r"(?:常务)?副?(?:[\u4e00-\u9fff]{1,2}?)?(" + "|".join(sorted(lx.MEMBER_ROLES, key=len, reverse=True)) + ")")
# a qualifier that names a body itself (局长 of a 局, 院长 of a 院…): not bare
_BODY_TAIL_RE = re.compile(r"[局委会院所部处办厅司行校厂队组站]$")
# the administration's post of the article's zone
_ADMIN_POST_RE = re.compile(r"(?:管委会|管理委员会|党工委)(?:常务)?副?(" + "|".join(lx.MEMBER_ROLES) + ")")
# what closes the text before the post (a quote, a sentence)
_BEFORE_POST_RE = re.compile(r"[”」』\"。!?！？:：]")

_BODIES = ("Enterprise", "Organization", "Platform")
# any post at all in the clause (a literal guard before the per-mention work)
_POST_HINT_RE = re.compile("|".join(lx.MEMBER_ROLES))


def bare_post_members(ctx: Context, para: Paragraph, clause: Clause, ms: list[Mention]) -> None:
    """``董事长B表示`` after a sentence about X → B memberOf X (X the last body named before in the
    paragraph); ``管委会副主任、…C`` → C memberOf the article's zone."""
    if not ms or _POST_HINT_RE.search(clause.text) is None:
        return
    person = next((m for m in ms if m.entity.has("Person")), None)
    if person is None:
        return
    if any(m.start < person.start for m in ms):
        _head_post_first(ctx, clause, ms, person)
        return
    opening = ctx.doc.flat[clause.start:person.start]
    cut = max((i for i, ch in enumerate(opening) if _BEFORE_POST_RE.match(ch)), default=-1)
    opening = opening[cut + 1:].strip(" \u3000")
    if not opening or len(opening) > 24:
        return
    at = clause.start + len(ctx.doc.flat[clause.start:person.start]) - len(opening)
    for post in opening.split("、"):
        admin = _ADMIN_POST_RE.fullmatch(post)
        if admin is not None:
            if ctx.main_zone is not None and ctx.main_zone.has("Zone"):
                ctx.relate(person.entity, "memberOf", ctx.main_zone, at, person.end, post)
            continue
        bare = _BARE_POST_RE.fullmatch(post)
        if bare is None or _BODY_TAIL_RE.search(post[: bare.start(1)]):
            continue
        body = _body_spoken_of(ctx, para, clause.start)
        if body is not None:
            ctx.relate(person.entity, "memberOf", body, at, person.end, post)


def _body_spoken_of(ctx: Context, para: Paragraph, before: int) -> Entity | None:
    """The last company, organisation or platform named in the paragraph before ``before``."""
    for m in reversed(ctx.mentions_in(para.start, before)):
        if m.entity.has(*_BODIES) and not m.entity.has("Person", "Place", "Zone", "Park"):
            return m.entity
    return None


def _head_post_first(ctx: Context, clause: Clause, ms: list[Mention], person: Mention) -> None:
    """实验室主任、B大学教授X: the first post, a bare head and a title, is held in the last body named with that
    head (the later posts name their bodies)."""
    first = ctx.doc.flat[clause.start:person.start].split("、", 1)[0]
    lead = len(first) - len(first.lstrip(" \u3000"))
    first = first.strip(" \u3000")
    head = next((h for h in HEADS if first.startswith(h)), None)
    if head is None or first[len(head):].removeprefix("副") not in lx.MEMBER_ROLES \
            or any(m.start < clause.start + lead + len(first) for m in ms):
        return
    bodies = [m.entity for m in ctx.mentions_in(max(0, clause.start - 600), clause.start)
              if m.entity.name.endswith(head) and m.entity.has(*_BODIES)]
    if bodies:
        ctx.relate(person.entity, "memberOf", bodies[-1], clause.start + lead, person.end, first)
