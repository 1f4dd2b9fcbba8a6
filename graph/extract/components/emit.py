"""The emitter: the context's entities, relations, figures and events as ``graph.model`` records
(:func:`emit`), and those records as the plain dicts a draft is dumped from (:func:`draft_dict`)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from graph.extract import lexicon as lx
from graph.extract.context import Context, Obs
from graph.extract.entities import Entity
from graph.model import (
    AmountRecord,
    ChangeRecord,
    EntityRecord,
    FactsFile,
    FundingEventRecord,
    ObservationRecord,
    RecognitionRecord,
    RelationRecord,
    Review,
)
from graph.ontology import load_ontology

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"(?<!^)(?=[A-Z])")

_CHANGE_WORDS_END_RE = re.compile(r"(同比|(?:比|较)[\u4e00-\u9fff]{1,4}?)?净?(?:大幅|大)?"
                                  r"(增长|提高|提升|上升|下降|减少|下滑|增加|回落|降低|新增|前移|后移|前进|后退|跃升|猛增|激增|劲增|锐减"
                                  r"|增|减|降|多|少)"
                                  r"(了|超|近|约|逾|达)?$")




def assign_ids(ctx: Context) -> None:
    used: Counter[str] = Counter()
    for ent in sorted(ctx.table.entities, key=lambda e: e.first):
        base = _RE0.sub("-", ent.primary).lower()
        used[base] += 1
        ent.id = f"{base}-{used[base]}"


def entity_evidence(ctx: Context, ent: Entity, first_mention: int | None) -> str:
    """The clause of the entity's first mention (else its name where first written)."""
    if first_mention is not None:
        _, _, _, clause = ctx.doc.clause_at(first_mention)
        return ctx.quote(clause.start, clause.end)
    pos = ctx.doc.flat.find(ent.name)
    return ctx.quote(pos, pos + len(ent.name))


def emit(ctx: Context) -> FactsFile:
    """The context's drafts as a :class:`~graph.model.FactsFile` (ids assigned, dead references dropped)."""
    ctx.table.entities = [e for e in ctx.table.entities if e.name in ctx.doc.flat]
    assign_ids(ctx)
    alive = {id(e) for e in ctx.table.entities}
    return FactsFile(article=ctx.article_id, entities=entity_records(ctx), relations=relation_records(ctx, alive),
                     observations=observation_records(ctx, alive), funding_events=funding_records(ctx),
                     recognitions=recognition_records(ctx))


def _review(reason: str | None) -> Review | None:
    return Review(needed=True, reason=reason) if reason else None


def entity_records(ctx: Context) -> list[EntityRecord]:
    flat = ctx.doc.flat
    w = ctx.doc.as_written  # strings read from the normalised view, as the article writes them
    first_mention: dict[int, int] = {}
    for m in ctx.mentions:
        first_mention.setdefault(id(m.entity), m.start)
    records = []
    for ent in sorted(ctx.table.entities, key=lambda e: e.first):
        records.append(EntityRecord(
            id=ent.id, classes=sorted(ent.classes, key=lambda c: lx.CLASS_ORDER_INDEX.get(c, 99)),
            name_zh=w(ent.name, ent.first), aliases_zh=[w(a) for a in ent.aliases if a in flat and a != ent.name],
            evidence=[entity_evidence(ctx, ent, first_mention.get(id(ent)))], review=_review(ent.review)))
    return records


def relation_records(ctx: Context, alive: set[int]) -> list[RelationRecord]:
    w = ctx.doc.as_written
    onto = load_ontology()
    records = []
    for r in ctx.relations:
        if id(r["subject"]) not in alive or id(r["object"]) not in alive:
            continue
        prop = onto.object_properties.get(r["predicate"])
        # the classes of an entity may have changed since the relation was drafted:
        # a relation the ontology's domain or range rejects would make the draft unbuildable
        if prop is None or not (onto.accepts(prop.domain, r["subject"].classes)
                                and onto.accepts(prop.range, r["object"].classes)):
            continue
        records.append(RelationRecord(
            subject=r["subject"].id, predicate=r["predicate"], object=r["object"].id,
            role_zh=w(r["role_zh"]) if r["role_zh"] else None, evidence=r["evidence"], review=_review(r["review"])))
    return records


def observation_records(ctx: Context, alive: set[int]) -> list[ObservationRecord]:
    w = ctx.doc.as_written
    records = []
    counts: Counter[str] = Counter()
    for o in ctx.obs:
        if id(o.subject) not in alive:
            continue
        counts[o.subject.id] += 1
        fig = o.fig
        change = None
        if o.change is not None:
            cf, sign, comparison = o.change
            change = ChangeRecord(as_written=w(change_written(ctx, o), o.quote_start), value=cf.value * sign,
                                  unit=cf.unit, comparison=comparison, qualifier=cf.qualifier)
        records.append(ObservationRecord(
            id=f"{o.subject.id}-fig-{counts[o.subject.id]}", subject=o.subject.id,
            indicator_zh=w(o.indicator, o.quote_start), indicator_en=_english(o.indicator),
            as_written=w(fig.as_written, o.quote_start), value=fig.value, value_max=fig.value_max, unit=fig.unit,
            qualifier=fig.qualifier, period=o.period, period_zh=w(o.period_zh, o.quote_start) if o.period_zh else None,
            rank_scope_zh=w(fig.rank_scope, o.quote_start) if fig.rank_scope else None,
            concerns=[c.id for c in o.concerns if id(c) in alive], change=change,
            evidence=[ctx.quote(o.quote_start, o.quote_end)] + ([ctx.quote(*o.also)] if o.also is not None else []),
            review=_review(o.review)))
    return records


def funding_records(ctx: Context) -> list[FundingEventRecord]:
    w = ctx.doc.as_written
    records = []
    for i, f in enumerate(ctx.funding, 1):
        amount = f["amount"]
        records.append(FundingEventRecord(
            id=f"funding-{i}", funders=[x.id for x in f["funders"]], recipient=f["recipient"].id,
            project=f["project"].id if f["project"] is not None else None, arranged_by=[x.id for x in f["arranged_by"]],
            instrument=f["instrument"], instrument_zh=w(f["instrument_zh"], f["start"]),
            mechanism_zh=w(f["mechanism_zh"]) if f["mechanism_zh"] else None,
            amount=None if amount is None else AmountRecord(as_written=w(amount.as_written, f["start"]), value=amount.value,
                                                            unit=amount.unit, qualifier=amount.qualifier),
            period=f["period"], period_zh=f["period_zh"], evidence=[ctx.quote(f["start"], f["end"])],
            review=_review(f["review"])))
    return records


def recognition_records(ctx: Context) -> list[RecognitionRecord]:
    w = ctx.doc.as_written
    return [RecognitionRecord(id=f"recognition-{i}", recipient=r["recipient"].id, title_zh=w(r["title_zh"], r["start"]),
                              kind=r["kind"], grade_zh=w(r["grade_zh"]) if r["grade_zh"] else None, year=r["year"],
                              evidence=[ctx.quote(r["start"], r["end"])], review=_review(r["review"]))
            for i, r in enumerate(ctx.recognitions, 1)]


_SECTIONS = ("entities", "relations", "observations", "funding_events", "recognitions")
_CHANGE_KEYS = ("as_written", "value", "unit", "comparison", "qualifier")  # the order drafts have always used


def draft_dict(facts: FactsFile) -> dict[str, Any]:
    """The records as plain dicts in the facts-file key order, ``review`` only where a check is needed."""
    dumped = facts.model_dump(mode="python")  # one call for every record
    out: dict[str, Any] = {"article": facts.article}
    for section in _SECTIONS:
        rows = []
        for row in dumped[section]:
            if row.get("review") is None:
                row.pop("review", None)
            if row.get("change") is not None:
                row["change"] = {k: row["change"][k] for k in _CHANGE_KEYS}
            rows.append(row)
        out[section] = rows
    return out


def change_written(ctx: Context, o: Obs) -> str:
    assert o.change is not None
    cf = o.change[0]
    _, _, _, clause = ctx.doc.clause_at(o.change_at if o.change_at is not None else o.quote_end - 1)
    head = clause.text[: cf.start]
    m = _CHANGE_WORDS_END_RE.search(head)
    return (m.group(0) if m else "") + cf.as_written


@lru_cache(maxsize=4096)
def _english(indicator: str) -> str | None:
    for zh, en in lx.INDICATOR_GLOSSARY:
        if zh in indicator:
            return en
    return None
