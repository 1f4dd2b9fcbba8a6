"""N-Triples: one triple per line, lines sorted, so that diffs and ``sort`` just work.

Canonical N-Triples written by pyoxigraph (see :mod:`graph.sinks.rdfwriter`):
control characters are escaped and lines are split at line feeds only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.sinks.rdfwriter import article_ntriples, serialize_graph

if TYPE_CHECKING:
    from graph.pipeline import BuiltGraph

SUFFIX = ".nt"

__all__ = ["SUFFIX", "generate", "serialize_graph"]


def generate(built: BuiltGraph) -> bytes:
    """Sorted N-Triples bytes of the article's graph with its ontology terms."""
    return article_ntriples(built).data
