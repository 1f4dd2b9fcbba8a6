"""N-Triples: one triple per line, lines sorted, so that diffs and ``sort`` just work."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.pipeline import BuiltGraph

SUFFIX = ".nt"


def generate(built: BuiltGraph) -> bytes:
    """Sorted N-Triples bytes of the article's graph with its ontology terms."""
    text = built.rdf.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8")
