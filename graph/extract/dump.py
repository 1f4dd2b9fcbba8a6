"""Deterministic YAML for drafted facts: schema key order, unicode kept, decimals exact."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import yaml

SECTIONS = ("article", "entities", "relations", "observations", "funding_events", "recognitions")


class _Dumper(yaml.SafeDumper):
    pass


def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = format(value, "f")
    if "." not in text:
        return dumper.represent_scalar("tag:yaml.org,2002:int", text)
    return dumper.represent_scalar("tag:yaml.org,2002:float", text)


_Dumper.add_representer(Decimal, _decimal)


def dump_draft(facts: dict[str, Any]) -> str:
    """YAML text of a facts dict; keys keep the order of the dicts (the schema order).

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
    return header + body
