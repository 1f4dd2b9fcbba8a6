"""Turtle: the article's graph plus the ontology terms it uses, grouped by subject.

Written by pyoxigraph from the sorted N-Triples lines (see :mod:`graph.sinks.rdfwriter`),
so subjects and their predicates come in code-point order and the bytes never vary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.sinks.rdfwriter import article_ntriples, serialize_graph, turtle_bytes

if TYPE_CHECKING:
    from graph.pipeline import BuiltCorpus, BuiltGraph

SUFFIX = ".ttl"

__all__ = ["SUFFIX", "generate", "serialize_graph"]


def generate(built: BuiltGraph | BuiltCorpus) -> bytes:
    """Turtle bytes: a header, the prefixes the data uses, subjects and predicates sorted."""
    header = "".join(f"# {line}\n" for line in built.export_header()) + "\n"
    nt = article_ntriples(built)
    return header.encode("utf-8") + turtle_bytes(nt.data, nt.used_prefixes())
