"""TriG: the article's graph as one named graph (named by the article's IRI).

For a corpus, :func:`serialize_dataset` writes one named graph per article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.exporters.rdfwriter import article_graph_iri, article_ntriples, dataset_bytes, serialize_dataset

if TYPE_CHECKING:
    from graph.pipeline import BuiltGraph

SUFFIX = ".trig"

__all__ = ["SUFFIX", "generate", "serialize_dataset"]


def generate(built: BuiltGraph) -> bytes:
    """TriG bytes of the article's graph with its ontology terms, prefixes declared."""
    return dataset_bytes([(article_graph_iri(built), article_ntriples(built))], "trig")
