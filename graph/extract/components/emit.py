"""The emitter: the context's entities, relations, figures and events as ``graph.model`` records."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from graph.extract import lexicon as lx
from graph.extract.context import Context, Obs
from graph.extract.entities import Entity
from graph.ontology import load_ontology

_CHANGE_WORDS_END_RE = re.compile(r"(同比|(?:比|较)[\u4e00-\u9fff]{1,4}?)?净?"
                                  r"(增长|提高|提升|上升|下降|减少|下滑|增加|回落|降低|新增|前移|后移|前进|后退|跃升|增|减|多|少)"
                                  r"(了|超|近|约|逾|达)?$")

_GLOSSARY = [
    ("规模以上工业总产值", "gross output value of industry above designated size"),
    ("规模以上工业增加值", "value added of industry above designated size"),
    ("工业总产值", "gross industrial output value"),
    ("工业营业收入", "industrial operating revenue"),
    ("营业收入", "operating revenue"),
    ("工业增加值增速", "growth rate of industrial value added"),
    ("增加值", "value added"),
    ("贡献率", "contribution rate"),
    ("市场占有率", "market share"),
    ("专利", "patents"),
    ("面积", "area"),
    ("年产", "annual production capacity"),
    ("产能", "production capacity"),
    ("产值", "output value"),
    ("长度", "length"),
    ("厚度", "thickness"),
    ("增速", "growth rate"),
    ("贷款", "loans"),
    ("新产品", "new products"),
    ("高新技术企业", "high-tech enterprises"),
    ("科技型中小企业", "technology-based SMEs"),
    ("金融机构", "financial institutions"),
    ("博士", "PhD holders"),
    ("人才", "talents"),
    ("入选者", "programme selectees"),
    ("平台", "platforms"),
    ("企业", "enterprises"),
    ("项目", "projects"),
    ("获奖", "awards"),
    ("税收", "tax revenue"),
    ("投资", "investment"),
]



def assign_ids(ctx: Context) -> None:
    used: Counter[str] = Counter()
    for ent in sorted(ctx.table.entities, key=lambda e: e.first):
        base = re.sub(r"(?<!^)(?=[A-Z])", "-", ent.primary).lower()
        used[base] += 1
        ent.id = f"{base}-{used[base]}"


def entity_evidence(ctx: Context, ent: Entity) -> str:
    for m in ctx.mentions:
        if m.entity is ent:
            _, _, _, clause = ctx.doc.clause_at(m.start)
            return ctx.quote(clause.start, clause.end)
    pos = ctx.doc.flat.find(ent.name)
    return ctx.quote(pos, pos + len(ent.name))


def emit(ctx: Context) -> dict[str, Any]:
    ctx.table.entities = [e for e in ctx.table.entities if e.name in ctx.doc.flat]
    assign_ids(ctx)
    flat = ctx.doc.flat
    w = ctx.doc.as_written  # strings read from the normalised view, as the article writes them
    entities = []
    for ent in sorted(ctx.table.entities, key=lambda e: e.first):
        aliases = [w(a) for a in ent.aliases if a in flat and a != ent.name]
        rec: dict[str, Any] = {
            "id": ent.id, "classes": sorted(ent.classes, key=lambda c: lx.CLASS_ORDER_INDEX.get(c, 99)),
            "name_zh": w(ent.name, ent.first), "name_en": None, "aliases_zh": aliases, "description_en": None,
            "evidence": [entity_evidence(ctx, ent)],
        }
        if ent.review:
            rec["review"] = {"needed": True, "reason": ent.review}
        entities.append(rec)
    alive = {id(e) for e in ctx.table.entities}
    relations = []
    onto = load_ontology()
    for r in ctx.relations:
        if id(r["subject"]) not in alive or id(r["object"]) not in alive:
            continue
        prop = onto.object_properties.get(r["predicate"])
        # the classes of an entity may have changed since the relation was drafted:
        # a relation the ontology's domain or range rejects would make the draft unbuildable
        if prop is None or not (onto.accepts(prop.domain, r["subject"].classes)
                                and onto.accepts(prop.range, r["object"].classes)):
            continue
        rec = {"subject": r["subject"].id, "predicate": r["predicate"], "object": r["object"].id,
               "role_zh": w(r["role_zh"]) if r["role_zh"] else None, "evidence": r["evidence"]}
        if r["review"]:
            rec["review"] = {"needed": True, "reason": r["review"]}
        relations.append(rec)
    observations = []
    counts: Counter[str] = Counter()
    for o in ctx.obs:
        if id(o.subject) not in alive:
            continue
        counts[o.subject.id] += 1
        fig = o.fig
        quote = ctx.quote(o.quote_start, o.quote_end)
        change = None
        if o.change is not None:
            cf, sign, comparison = o.change
            value = cf.value * sign
            change = {"as_written": w(change_written(ctx, o), o.quote_start), "value": value, "unit": cf.unit,
                      "comparison": comparison, "qualifier": cf.qualifier}
        rec = {
            "id": f"{o.subject.id}-fig-{counts[o.subject.id]}", "subject": o.subject.id,
            "indicator_zh": w(o.indicator, o.quote_start), "indicator_en": _english(o.indicator),
            "as_written": w(fig.as_written, o.quote_start), "value": fig.value, "value_max": fig.value_max, "unit": fig.unit,
            "qualifier": fig.qualifier, "period": o.period,
            "period_zh": w(o.period_zh, o.quote_start) if o.period_zh else None,
            "rank_scope_zh": w(fig.rank_scope, o.quote_start) if fig.rank_scope else None,
            "concerns": [c.id for c in o.concerns if id(c) in alive],
            "change": change, "evidence": [quote] + ([ctx.quote(*o.also)] if o.also is not None else []),
        }
        if o.review:
            rec["review"] = {"needed": True, "reason": o.review}
        observations.append(rec)
    funding = []
    for i, f in enumerate(ctx.funding, 1):
        amount = f["amount"]
        rec = {
            "id": f"funding-{i}", "funders": [x.id for x in f["funders"]], "recipient": f["recipient"].id,
            "project": f["project"].id if f["project"] is not None else None,
            "arranged_by": [x.id for x in f["arranged_by"]],
            "instrument": f["instrument"], "instrument_zh": w(f["instrument_zh"], f["start"]),
            "mechanism_zh": w(f["mechanism_zh"]) if f["mechanism_zh"] else None,
            "amount": None if amount is None else {"as_written": w(amount.as_written, f["start"]), "value": amount.value,
                                                   "unit": amount.unit, "qualifier": amount.qualifier},
            "period": f["period"], "period_zh": f["period_zh"], "description_en": None,
            "evidence": [ctx.quote(f["start"], f["end"])],
        }
        if f["review"]:
            rec["review"] = {"needed": True, "reason": f["review"]}
        funding.append(rec)
    recognitions = []
    for i, r in enumerate(ctx.recognitions, 1):
        rec = {"id": f"recognition-{i}", "recipient": r["recipient"].id, "title_zh": w(r["title_zh"], r["start"]),
               "title_en": None, "kind": r["kind"], "grade_zh": w(r["grade_zh"]) if r["grade_zh"] else None, "awarded_by": None,
               "year": r["year"], "evidence": [ctx.quote(r["start"], r["end"])]}
        if r["review"]:
            rec["review"] = {"needed": True, "reason": r["review"]}
        recognitions.append(rec)
    return {"article": ctx.article_id, "entities": entities, "relations": relations,
            "observations": observations, "funding_events": funding, "recognitions": recognitions}


def change_written(ctx: Context, o: Obs) -> str:
    assert o.change is not None
    cf = o.change[0]
    _, _, _, clause = ctx.doc.clause_at(o.change_at if o.change_at is not None else o.quote_end - 1)
    head = clause.text[: cf.start]
    m = _CHANGE_WORDS_END_RE.search(head)
    return (m.group(0) if m else "") + cf.as_written


def _english(indicator: str) -> str | None:
    for zh, en in _GLOSSARY:
        if zh in indicator:
            return en
    return None
