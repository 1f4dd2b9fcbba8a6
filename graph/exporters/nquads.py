"""N-Quads: the article's graph as one named graph (named by the article's IRI), sorted.

For a corpus, :func:`serialize_dataset` writes one named graph per article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.exporters.rdfwriter import article_graph_iri, article_ntriples, dataset_bytes, serialize_dataset

if TYPE_CHECKING:
    from graph.pipeline import BuiltGraph

SUFFIX = ".nq"

__all__ = ["SUFFIX", "generate", "serialize_dataset"]


def generate(built: BuiltGraph) -> bytes:
    """Sorted N-Quads bytes of the article's graph with its ontology terms."""
    return dataset_bytes([(article_graph_iri(built), article_ntriples(built))], "nq")
