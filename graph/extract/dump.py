"""Deterministic YAML for drafted facts: schema key order, unicode kept, decimals exact."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import yaml

SECTIONS = ("article", "entities", "relations", "observations", "funding_events", "recognitions")


# libyaml's emitter when PyYAML has it (it writes the same YAML, several times faster)
_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    pass


def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = format(value, "f")
    if "." not in text:
        return dumper.represent_scalar("tag:yaml.org,2002:int", text)
    return dumper.represent_scalar("tag:yaml.org,2002:float", text)


_Dumper.add_representer(Decimal, _decimal)


def dump_draft(facts: dict[str, Any], text: str | None = None) -> str:
    """YAML text of a facts dict; keys keep the order of the dicts (the schema order).

    With the article ``text``, every ``evidence:`` line is preceded by a comment giving
    each quote's character offsets and line in the article (the loader recomputes them;
    the comment is for the person reviewing the draft).

    >>> print(dump_draft({"article": "x", "entities": []}), end="")
    # Draft written by `zone-kg extract`: rule-based, every record needs a human check;
    # records with `review.needed: true` are the least certain.
    article: x
    entities: []
    """
    ordered = {k: facts[k] for k in SECTIONS if k in facts}
    body = yaml.dump(ordered, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=None, width=100)
    header = ("# Draft written by `zone-kg extract`: rule-based, every record needs a human check;\n"
              "# records with `review.needed: true` are the least certain.\n")
    if text is not None:
        body = _annotate_offsets(body, ordered, text)
    return header + body


_EVIDENCE_LINE = re.compile(r"^(\s*)(- )?evidence:")


def _annotate_offsets(body: str, facts: dict[str, Any], text: str) -> str:
    """Insert ``# offsets: start-end (line N)`` above each record's ``evidence:`` key.

    >>> facts = {"article": "x", "entities": [{"id": "a", "evidence": ["乙丙"]}]}
    >>> print(dump_draft(facts, "甲乙丙。"), end="")  # doctest: +NORMALIZE_WHITESPACE
    # Draft written by `zone-kg extract`: rule-based, every record needs a human check;
    # records with `review.needed: true` are the least certain.
    article: x
    entities:
    - id: a
      # offsets: 1-3 (line 1)
      evidence: [乙丙]
    """
    from graph.sources.article import QuoteIndex

    index = QuoteIndex(text)
    records = iter([rec for key in SECTIONS[1:] for rec in facts.get(key, []) if "evidence" in rec])
    out = []
    located: dict[str, str] = {}  # a quote's comment, once per distinct quote (text that repeats itself has few)
    for line in body.splitlines(keepends=True):
        match = _EVIDENCE_LINE.match(line)
        if match:
            spans = []
            for quote in next(records)["evidence"]:
                if quote not in located:
                    try:
                        ev = index.locate(quote)
                        located[quote] = f"{ev.start}-{ev.end} (line {ev.line})"
                    except ValueError as exc:
                        located[quote] = str(exc)
                spans.append(located[quote])
            indent = match.group(1) + ("  " if match.group(2) else "")
            out.append(f"{indent}# offsets: {'; '.join(spans)}\n")
        out.append(line)
    return "".join(out)
