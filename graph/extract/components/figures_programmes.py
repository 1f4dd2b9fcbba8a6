"""Whose count of selectees it is: a talent programme's (“X计划”…,N名人才入选; 本批入选者中博士N名)."""

from __future__ import annotations

import re

from graph.extract.components.common import SUBJECT_CLASSES
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.figures import Figure
from graph.extract.text import Clause, Sentence

# the people a programme selects, written before the figure (入选者N人, 本批入选者中博士N名, 认定高技能人才N人)
_SELECTED_BEFORE_RE = re.compile(r"(?:入选者|入选人才|入选人员|人选)(?:中|里)?[^,;。\d]{0,6}(?:共|达到|达|为)?$"
                                 r"|(?:评审|评选|遴选|认定|选拔)(?:出|了)?[^,;。\d]{0,8}(?:共|达到|达|为)?$")
# …, N名人才入选 / N人获评: the selection written after the figure
_SELECTED_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:入选|获评|当选|获批|通过评审)(?!者)")
# the zone (or city) as the actor of the sentence: 园区实施…, 全区新增…, 我们实施…, 在园区遴选…
_ZONE_ACTS_RE = re.compile(r"园区|全区|全市|全县|我区|我市|我们|该区|本区|区内")
# a clause pointing back at the batch a programme selected (本批入选者…, 该计划…)
_BATCH_BACK_RE = re.compile(r"\s*(?:本批|本届|该批|此批|该计划|这批)")


def programme_of_selection(ctx: Context, sent: Sentence, clause: Clause, fig: Figure,
                           cs: Mention | None) -> Entity | None:
    """The talent programme whose selectees ``fig`` counts: the only programme the sentence names before
    the figure, with no other body named there and no word of the zone acting (<zone>…“A计划”“B计划”入选者N人,
    园区实施“X计划”,全年N人入选: the zone's selectees); a clause pointing back (本批入选者中…) reads the
    nearest sentence before it that names a programme (of the last three in the paragraph)."""
    if fig.unit not in ("名", "人", "位") or (cs is not None and not cs.entity.has("TalentProgram")):
        return None
    if not (_SELECTED_BEFORE_RE.search(clause.text, 0, fig.start) or _SELECTED_AFTER_RE.match(clause.text, fig.end)):
        return None
    if _ZONE_ACTS_RE.search(ctx.doc.flat, sent.start, clause.start + fig.start):
        return None  # 园区实施“X计划”,全年遴选…N名 / 全区新增“X计划”入选者N人: the zone's selectees
    found = _only_programme(ctx, sent.start, clause.start + fig.start)
    if found is None and _BATCH_BACK_RE.match(clause.text):
        para = ctx.doc.clause_at(sent.start)[0]
        for prior in [s for s in para.sentences if s.end <= sent.start][-3:][::-1]:
            if any(m.entity.has("TalentProgram") for m in ctx.mentions_in(prior.start, prior.end)):
                return _only_programme(ctx, prior.start, prior.end)  # the nearest sentence naming a programme
    return found


def _only_programme(ctx: Context, start: int, end: int) -> Entity | None:
    ms = ctx.mentions_in(start, end)
    programmes = {id(m.entity): m.entity for m in ms if m.entity.has("TalentProgram")}
    # a body or place named there besides the programme (青原市“X计划”入选者N人: the selectees the place counts)
    others = [m for m in ms if m.entity.has(*SUBJECT_CLASSES, "Place") and not m.entity.has("Person", "TalentProgram")]
    if len(programmes) != 1 or others:
        return None
    return next(iter(programmes.values()))


# 链上企业N家, 产业链营收N, 全链条产值N: a clause opened by the head of a chain's name
_CHAIN_HEAD_RE = re.compile(r"\s*(?:(?:19|20)\d{2}年|全年|今年|目前)?[,]?(?:链上|产业链上?|全链条?|链条)(?!上下游)")
# 其中营收超N亿企业M家: a part of the count just given
_BREAKDOWN_RE = re.compile(r"\s*其中")


def chain_by_head(ctx: Context, clause: Clause, cs: Mention | None) -> Entity | None:
    """The chain (a cluster named …链) written last before a clause opened by 链上/产业链 without a name."""
    if cs is not None or not _CHAIN_HEAD_RE.match(clause.text):
        return None
    chains = [m.entity for m in ctx.mentions_in(max(0, clause.start - 1500), clause.start)
              if m.entity.has("Cluster") and m.entity.name.endswith("链")]
    return chains[-1] if chains else None


def whole_of_breakdown(ctx: Context, sent: Sentence, clause: Clause, fig: Figure, cs: Mention | None) -> Entity | None:
    """…企业N家,其中高新技术企业M家: the part counted after 其中 is the holder's of the count just before it
    in the sentence (same unit)."""
    if cs is not None or not _BREAKDOWN_RE.match(clause.text) or ctx.mentions_in(clause.start, clause.start + fig.start):
        return None  # (其中A产业营收N: the part has a name of its own)
    before = [o for o in ctx.obs_from(sent.start) if o.clause_start < clause.start and o.fig.unit == fig.unit]
    return before[-1].subject if before else None


# 她所在的机构今年在园区投了N个项目: a pronoun's body points back at the person named last
_THEIR_BODY_RE = re.compile(r"\s*(?:她|他)(?:所在|所属|任职)的(?:机构|公司|企业|单位|团队|银行|基金|平台)")


def body_of_person_before(ctx: Context, sent: Sentence, clause: Clause, cs: Mention | None) -> Entity | None:
    """她所在的机构…N: the body the person named last in the sentence is a member of (via memberOf; none
    when the person's body is not known)."""
    if cs is not None or not _THEIR_BODY_RE.match(clause.text):
        return None
    people = [m.entity for m in ctx.mentions_in(sent.start, clause.start) if m.entity.has("Person")]
    if not people:
        return None
    bodies = [r["object"] for r in ctx.relations if r["subject"] is people[-1] and r["predicate"] == "memberOf"]
    return bodies[0] if bodies else None
