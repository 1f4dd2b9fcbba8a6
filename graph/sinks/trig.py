"""TriG: one named graph per article (named by the article's IRI) and, for a corpus, the
corpus graph; graphs in name order, written by :mod:`graph.sinks.rdfwriter`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.sinks.rdfwriter import serialize_dataset

if TYPE_CHECKING:
    from graph.pipeline import BuiltCorpus, BuiltGraph

SUFFIX = ".trig"

__all__ = ["SUFFIX", "generate", "serialize_dataset"]


def generate(built: BuiltGraph | BuiltCorpus) -> bytes:
    """TriG bytes: a header, the prefixes the data uses, then every named graph sorted by name."""
    header = "".join(f"# {line}\n" for line in built.export_header()) + "\n"
    return header.encode("utf-8") + serialize_dataset(built.named_graphs(), "trig")
