"""Where the named graphs that ``zone-kg load`` and ``zone-kg publish`` send come from.

:func:`graphs_from_path` is the one seam between building and storing: it turns a path
into ``(graph IRI, data)`` pairs and says which graphs the set is complete for
(``prune_prefix``: graphs under it that are not in the set are removed from the store).

* an article folder (``article.txt``, ``meta.yaml``, ``facts.yaml``) or a corpus folder of
  them: built by :func:`graph.pipeline.build_corpus`, one graph per article
  ``<BASE>article/<id>``, the corpus graph ``<BASE>corpus`` (canonical entities, resolution,
  indicator concepts) and the ontology terms the data uses in
  ``https://w3id.org/zone-kg/ontology`` (so the union default graph answers like
  ``corpus.ttl``); the set is complete for ``<BASE>article/``;
* an N-Quads or TriG file (a corpus export): one graph per named graph in it, complete
  for ``<BASE>article/``; triples outside any named graph go to the default graph;
* a Turtle / N-Triples / JSON-LD file: one graph, ``<BASE>article/<file stem>``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.query import DataParseError, QueryError, check_jsonld, data_format, read_data

DEFAULT_BASE = "https://w3id.org/zone-kg/id/"


@dataclass
class GraphSet:
    """Named graphs to store: ``graphs`` yields ``(IRI or None for the default graph, data)``."""

    graphs: Iterator[tuple[str | None, Any]]
    prune_prefix: str | None
    description: str


def article_graph_name(base: str, article_id: str) -> str:
    """The IRI of an article's named graph: ``<BASE>article/<article-id>``."""
    return f"{base}article/{article_id}"


def corpus_graph_name(base: str) -> str:
    """The IRI of the corpus-level graph: ``<BASE>corpus``."""
    return f"{base}corpus"


ONTOLOGY_GRAPH = "https://w3id.org/zone-kg/ontology"
"""The named graph of the ontology terms the stored data uses (labels, class hierarchy, units)."""


def _corpus_graphs(path: Path, base: str, jobs: int) -> Iterator[tuple[str | None, Any]]:
    from graph.ontology import ontology_terms
    from graph.pipeline import build_corpus

    built = build_corpus(path, base, jobs=jobs)
    yield from sorted(built.named_graphs().items())
    yield ONTOLOGY_GRAPH, ontology_terms(built.data, built.ontology)


def _dataset_graphs(path: Path, fmt: str) -> Iterator[tuple[str | None, Any]]:
    import pyoxigraph

    _, text = read_data(path)
    formats = {"nquads": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG}
    groups: dict[str | None, list[Any]] = {}
    try:
        for quad in pyoxigraph.parse(text.encode("utf-8"), formats[fmt], base_iri=path.resolve().as_uri()):
            graph = quad.graph_name
            name = graph.value if isinstance(graph, pyoxigraph.NamedNode) else None
            groups.setdefault(name, []).append(quad.triple)
    except SyntaxError as exc:
        raise DataParseError(path, str(exc.msg or exc), exc.lineno) from exc
    for name in sorted(groups, key=lambda n: (n is not None, n or "")):
        serialized = pyoxigraph.serialize(groups[name], format=pyoxigraph.RdfFormat.N_TRIPLES)
        yield name, serialized or b""


def _file_graph(path: Path, base: str) -> Iterator[tuple[str | None, Any]]:
    from graph.store.oxigraph import load_file

    store, _ = load_file(path)
    import pyoxigraph

    triples = [q.triple for q in store]
    yield article_graph_name(base, path.stem), pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""


def graphs_from_path(path: Path, base: str = DEFAULT_BASE, jobs: int = 1) -> GraphSet:
    """The named graphs ``path`` holds (see the module's docstring); lazily built or parsed."""
    path = Path(path)
    if not base:
        raise QueryError("--base must not be empty: graph names would be relative IRIs")
    if path.is_dir():
        from graph.sources.corpus import is_article_folder  # the corpus source's own test of an article folder

        if is_article_folder(path):
            return GraphSet(_corpus_graphs(path, base, jobs), None, f"article {path}")
        folders = sorted(p for p in path.iterdir() if p.is_dir() and is_article_folder(p))
        if not folders:
            raise QueryError(f"{path}: neither an article folder (article.txt) nor a folder of article folders")
        return GraphSet(_corpus_graphs(path, base, jobs), f"{base}article/", f"{len(folders)} articles in {path}")
    if not path.exists():
        raise QueryError(f"{path}: not found")
    fmt = data_format(path)
    if fmt in ("nquads", "trig"):
        return GraphSet(_dataset_graphs(path, fmt), f"{base}article/", f"the named graphs of {path}")
    if fmt == "json-ld":
        check_jsonld(path, read_data(path)[1], allow_network=False)
    return GraphSet(_file_graph(path, base), None, f"{path} as one graph")


def graph_ntriples(data: Any) -> bytes:
    """A graph as N-Triples bytes: ``bytes`` are taken as N-Triples, an rdflib Graph is serialised."""
    if isinstance(data, bytes | bytearray):
        return bytes(data)
    if isinstance(data, str):
        return data.encode("utf-8")
    serialized = data.serialize(format="nt", encoding="utf-8")
    return serialized if isinstance(serialized, bytes) else str(serialized).encode("utf-8")
