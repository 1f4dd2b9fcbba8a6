"""Compare a drafted facts file with a curated one: precision, recall and F1 per category.

Works on facts-file dicts (as read from YAML). Matching rules:

* **entities** — two records match when a normalised name (``name_zh`` or any
  ``aliases_zh``) is shared and their classes overlap. Normalisation: NFKC, no blanks or
  quote marks, a leading province written with or without 省, and a trailing legal form
  (有限公司, 股份有限公司, 有限责任公司) removed. The alignment is one-to-one, greedy in
  gold order, preferring the name_zh match.
* **figures** — observations plus funding-event amounts, as ``(subject, value, unit,
  value_max)`` with the subject mapped through the entity alignment (a funding amount's
  subject is its recipient). ``value_max`` must agree when either side has one. By default
  the value and its unit are compared as the ontology normalises them (:func:`figure_key`):
  a unit of ``ontology/zone.ttl`` becomes its ``zkg:standardUnit`` and the value is
  multiplied by its ``zkg:conversionFactor`` (÷ ``zkg:conversionDivisor``), so ``300台``
  recorded as ``300 台`` or ``300 count`` and ``1.2亿元`` recorded as ``1.2 亿元`` or
  ``12000 万元`` are the same figure — they state the same quantity and the facts file may
  write either. ``%`` and ``个百分点`` stay apart (different standard units), and so do
  yuan and US dollars (no conversion between currencies). A unit the ontology does not
  know is compared as written. ``normalised=False`` (``zone-kg eval --raw-units``) compares
  value and unit as written, the rule before units were normalised.
* **relations** — ``(subject, predicate, object)`` through the alignment; ``partnerOf``
  is symmetric.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from graph.extract.lexicon import PROVINCES
from graph.ontology import Unit, load_ontology, local_name

_LEGAL = ("股份有限公司", "有限责任公司", "有限公司")
_DROP = re.compile(r"[\s“”\"'‘’「」『』《》·]")
SYMMETRIC = {"partnerOf"}


_SCALAR_OR_NONE = (str, int, float, Decimal, type(None))
# (section, field, expected kind) for every field the scores read: "str", "str?" (or missing/null),
# "strs" (a list of strings), "number?" (an int, float or numeric string), "map?" (a mapping)
_FIELDS: dict[str, list[tuple[str, str]]] = {
    "entities": [("id", "str"), ("name_zh", "str"), ("aliases_zh", "strs"), ("classes", "strs")],
    "relations": [("subject", "str?"), ("predicate", "str?"), ("object", "str?")],
    "observations": [("id", "str?"), ("subject", "str?"), ("value", "number?"), ("value_max", "number?"),
                     ("unit", "str?"), ("as_written", "str?")],
    "funding_events": [("id", "str?"), ("recipient", "str?"), ("amount", "map?")],
}
_AMOUNT_FIELDS = [("value", "number?"), ("unit", "str?"), ("as_written", "str?")]


def _kind_error(value: Any, kind: str) -> str | None:
    """Why ``value`` is not of ``kind`` (None when it is)."""
    got = type(value).__name__
    if kind.endswith("?") and value is None:
        return None
    if kind.startswith("str") and kind != "strs" and not isinstance(value, str):
        return f"expected a string, got {got}"
    if kind == "strs" and value is not None and (not isinstance(value, list) or not all(isinstance(x, str) for x in value)):
        return f"expected a list of strings, got {got}"
    if kind == "number?" and (isinstance(value, bool) or not isinstance(value, (int, float, Decimal, str))):
        return f"expected a number, got {got}"
    if kind == "map?" and not isinstance(value, dict):
        return f"expected a mapping, got {got}"
    return None


def type_errors(facts: Any) -> list[str]:
    """Every field the scores read that has the wrong type, as ``section[i].field: why``.

    >>> type_errors({"entities": [{"id": "a", "name_zh": 5}], "relations": "x"})
    ['entities[0].name_zh: expected a string, got int', 'relations: expected a list, got str']
    """
    if not isinstance(facts, dict):
        return [f"expected a mapping, got {type(facts).__name__}"]
    errors = []
    for section, fields in _FIELDS.items():
        rows = facts.get(section)
        if rows is None:
            continue
        if not isinstance(rows, list):
            errors.append(f"{section}: expected a list, got {type(rows).__name__}")
            continue
        for i, row in enumerate(rows):
            if not isinstance(row, dict):
                errors.append(f"{section}[{i}]: expected a mapping, got {type(row).__name__}")
                continue
            for name, kind in fields:
                if name not in row:
                    if kind == "str":
                        errors.append(f"{section}[{i}]: no {name}")
                    continue
                why = _kind_error(row.get(name), kind)
                if why:
                    errors.append(f"{section}[{i}].{name}: {why}")
            amount = row.get("amount") if section == "funding_events" else None
            if not isinstance(amount, dict):
                continue
            for name, kind in _AMOUNT_FIELDS:
                why = _kind_error(amount.get(name), kind)
                if why:
                    errors.append(f"{section}[{i}].amount.{name}: {why}")
    return errors


def normalise_name(name: str) -> str:
    """A name for matching.

    >>> normalise_name("江西省某某科技有限公司") == normalise_name("江西某某科技")
    True
    >>> normalise_name("“凤凰计划”")
    '凤凰计划'
    """
    s = _DROP.sub("", unicodedata.normalize("NFKC", name))
    for prov in PROVINCES:
        if s.startswith(prov + "省"):
            s = prov + s[len(prov) + 1:]
            break
    for legal in _LEGAL:
        if s.endswith(legal) and len(s) > len(legal) + 1:
            s = s[: -len(legal)]
            break
    return s


@dataclass
class Score:
    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4))
        return d


@dataclass
class EvalReport:
    entities: Score
    figures: Score
    relations: Score
    alignment: dict[str, str]  # pred id -> gold id

    def as_dict(self) -> dict[str, Any]:
        return {"entities": self.entities.as_dict(), "figures": self.figures.as_dict(),
                "relations": self.relations.as_dict(), "alignment": dict(sorted(self.alignment.items()))}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2, sort_keys=False)


def _names(ent: dict[str, Any]) -> list[str]:
    return [normalise_name(n) for n in [ent.get("name_zh") or "", *(ent.get("aliases_zh") or [])] if n]


def align_entities(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, str]:
    """One-to-one map pred id → gold id (shared normalised name and overlapping classes)."""
    by_name: dict[str, list[dict[str, Any]]] = {}
    for p in pred:
        for n in _names(p):
            by_name.setdefault(n, []).append(p)
    used: set[str] = set()
    out: dict[str, str] = {}
    for pass_primary in (True, False):
        for g in gold:
            if g["id"] in out.values():
                continue
            names = _names(g)[:1] if pass_primary else _names(g)
            for n in names:
                cands = [p for p in by_name.get(n, []) if p["id"] not in used
                         and set(p.get("classes") or []) & set(g.get("classes") or [])]
                if cands:
                    best = sorted(cands, key=lambda p: (_names(p)[0] != n, p["id"]))[0]
                    out[best["id"]] = g["id"]
                    used.add(best["id"])
                    break
    return out


def _dec(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value)).normalize()
    except InvalidOperation:
        return None


def figure_key(value: Any, unit: Any, value_max: Any = None, normalised: bool = True) -> tuple[Any, ...]:
    """``(value, unit, value_max)`` as figures are compared.

    >>> figure_key(300, "台") == figure_key("300", "count")
    True
    >>> figure_key(1.2, "亿元") == figure_key(12000, "万元")
    True
    >>> figure_key(5, "%") == figure_key(5, "个百分点"), figure_key(3, "亿美元") == figure_key(3, "亿元")
    (False, False)
    >>> figure_key(300, "台", normalised=False) == figure_key(300, "count", normalised=False)
    False
    """
    v, vmax = _dec(value), _dec(value_max)
    known: Unit | None = _ontology_units().get(unit) if normalised and isinstance(unit, str) else None
    if known is None or known.standard is None:
        return (v, unit, vmax)
    return (known.normalise(v) if v is not None else None, local_name(known.standard),
            known.normalise(vmax) if vmax is not None else None)


def _ontology_units() -> dict[str, Unit]:
    return load_ontology().units


def _figures(facts: dict[str, Any], mapping: dict[str, str] | None,
             normalised: bool = True) -> list[tuple[tuple[Any, ...], str]]:
    out = []
    for o in facts.get("observations") or []:
        subj = o.get("subject")
        subj = mapping.get(subj, f"?{subj}") if mapping is not None else subj
        key = (subj, *figure_key(o.get("value"), o.get("unit"), o.get("value_max"), normalised))
        out.append((key, f"{o.get('subject')}: {o.get('as_written')} ({o.get('id')})"))
    for f in facts.get("funding_events") or []:
        amount = f.get("amount")
        if amount:
            subj = f.get("recipient")
            subj = mapping.get(subj, f"?{subj}") if mapping is not None else subj
            key = (subj, *figure_key(amount.get("value"), amount.get("unit"), None, normalised))
            out.append((key, f"{f.get('recipient')}: {amount.get('as_written')} ({f.get('id')})"))
    return out


def _relations(facts: dict[str, Any], mapping: dict[str, str] | None) -> list[tuple[tuple[Any, ...], str]]:
    out = []
    for r in facts.get("relations") or []:
        s, o = r.get("subject"), r.get("object")
        if mapping is not None:
            s, o = mapping.get(s, f"?{s}"), mapping.get(o, f"?{o}")
        pred = r.get("predicate")
        key = (pred, *sorted((s, o))) if pred in SYMMETRIC else (s, pred, o)
        out.append((key, f"{r.get('subject')} {pred} {r.get('object')}"))
    return out


def _match(gold: list[tuple[tuple[Any, ...], str]], pred: list[tuple[tuple[Any, ...], str]]) -> Score:
    score = Score(n_gold=len(gold), n_pred=len(pred))
    left = Counter(k for k, _ in gold)
    hit: Counter[tuple[Any, ...]] = Counter()
    for k, label in pred:
        if left[k] > 0:
            left[k] -= 1
            hit[k] += 1
            score.tp += 1
        else:
            score.false_hits.append(label)
    for k, label in gold:
        if hit[k] > 0:
            hit[k] -= 1
        else:
            score.misses.append(label)
    return score


def evaluate(gold: dict[str, Any], pred: dict[str, Any], normalised: bool = True) -> EvalReport:
    """Score ``pred`` (a drafted facts dict) against ``gold`` (a curated one); ``normalised``:
    compare figures in the ontology's standard units (see :func:`figure_key`)."""
    g_ents = gold.get("entities") or []
    p_ents = pred.get("entities") or []
    mapping = align_entities(g_ents, p_ents)
    ents = Score(tp=len(mapping), n_gold=len(g_ents), n_pred=len(p_ents))
    matched_gold = set(mapping.values())
    ents.misses = [f"{e['id']}: {e['name_zh']} {e.get('classes')}" for e in g_ents if e["id"] not in matched_gold]
    ents.false_hits = [f"{e['id']}: {e['name_zh']} {e.get('classes')}" for e in p_ents if e["id"] not in mapping]
    figures = _match(_figures(gold, None, normalised), _figures(pred, mapping, normalised))
    relations = _match(_relations(gold, None), _relations(pred, mapping))
    return EvalReport(ents, figures, relations, mapping)


def format_report(report: EvalReport, misses: bool = True) -> str:
    """A readable table, then the misses and false hits of each category."""
    lines = [f"{'category':<10} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>7} {'R':>7} {'F1':>7}"]
    for name in ("entities", "figures", "relations"):
        s: Score = getattr(report, name)
        lines.append(f"{name:<10} {s.n_gold:>5} {s.n_pred:>5} {s.tp:>5} {s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f}")
    if misses:
        for name in ("entities", "figures", "relations"):
            s = getattr(report, name)
            if s.misses:
                lines.append(f"\n{name}: missed ({len(s.misses)})")
                lines.extend(f"  - {m}" for m in s.misses)
            if s.false_hits:
                lines.append(f"\n{name}: false hits ({len(s.false_hits)})")
                lines.extend(f"  + {m}" for m in s.false_hits)
    return "\n".join(lines) + "\n"
