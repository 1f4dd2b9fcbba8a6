"""Turtle: the article's graph plus the ontology terms it uses, grouped by subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.pipeline import BuiltGraph

SUFFIX = ".ttl"


def generate(built: BuiltGraph) -> bytes:
    """Turtle bytes: prefixes for every namespace, subjects and predicates sorted."""
    header = "".join(f"# {line}\n" for line in built.export_header()) + "\n"
    body = built.rdf.serialize(format="turtle", encoding="utf-8")
    return header.encode("utf-8") + body
