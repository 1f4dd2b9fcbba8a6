"""JSON-LD with an inline ``@context`` of the project's prefixes, in a stable order."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.pipeline import BuiltGraph

SUFFIX = ".jsonld"


def _sort(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sort(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        items = [_sort(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def context(built: BuiltGraph) -> dict[str, str]:
    """The ``@context``: every prefix bound in the graph."""
    return {prefix: str(iri) for prefix, iri in sorted(built.rdf.namespaces()) if prefix}


def generate(built: BuiltGraph) -> bytes:
    """JSON-LD bytes: ``@graph`` sorted by ``@id``, keys and values sorted."""
    ctx = context(built)
    text = built.rdf.serialize(format="json-ld", context=ctx, auto_compact=True)
    doc = json.loads(text)
    nodes = doc.get("@graph", [doc] if "@id" in doc else [])
    nodes = sorted((_sort(n) for n in nodes), key=lambda n: str(n.get("@id", "")))
    out = {"@context": ctx, "@graph": nodes}
    return (json.dumps(out, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
