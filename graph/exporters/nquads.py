"""N-Quads: every named graph of a corpus, one quad per line, lines sorted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph

if TYPE_CHECKING:
    from graph.pipeline import BuiltCorpus, BuiltGraph

SUFFIX = ".nq"


def ntriples_lines(graph: Graph) -> list[str]:
    """The N-Triples statements of ``graph``, one per element, unsorted.

    Split on ``\\n`` only: the serialiser escapes line feeds and carriage returns inside
    literals, but U+2028, U+2029 and form feeds stay raw, so ``str.splitlines`` would cut
    a literal in two.
    """
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return [line for line in text.split("\n") if line.strip()]


def generate(built: BuiltGraph | BuiltCorpus) -> bytes:
    """Sorted N-Quads bytes: each article's graph named by the article IRI, and the corpus graph."""
    lines: set[str] = set()
    for name, graph in built.named_graphs().items():
        for line in ntriples_lines(graph):
            lines.add(f"{line[:-1].rstrip()} <{name}> .")
    return ("\n".join(sorted(lines)) + "\n").encode("utf-8")
