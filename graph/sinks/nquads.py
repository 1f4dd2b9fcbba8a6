"""N-Quads: one named graph per article (named by the article's IRI) and, for a corpus, the
corpus graph; lines sorted, written by :mod:`graph.sinks.rdfwriter`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.sinks.rdfwriter import serialize_dataset

if TYPE_CHECKING:
    from graph.pipeline import BuiltCorpus, BuiltGraph

SUFFIX = ".nq"

__all__ = ["SUFFIX", "generate", "serialize_dataset"]


def generate(built: BuiltGraph | BuiltCorpus) -> bytes:
    """Sorted N-Quads bytes of every named graph of ``built`` (data only, no ontology terms)."""
    return serialize_dataset(built.named_graphs(), "nq")
