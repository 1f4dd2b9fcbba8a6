"""Sinks: everything the records go to, behind one registry.

The pipeline is *source → records → sinks* (docs/design.md, "Pipeline"):

* :mod:`graph.sources` read an article folder, a corpus folder and the entity registry
  into typed records (:mod:`graph.model`); :mod:`graph.transform` resolves entities and
  maps indicators across a corpus;
* every output is a sink registered here, by name and kind:

  ``graph``  records → an in-memory graph: ``rdf`` (rdflib, the public graph object),
             ``networkx``, and the corpus-level ``corpus-rdf`` / ``corpus-networkx``;
  ``file``   a built graph → the bytes of one file: ``ttl``, ``nt``, ``jsonld``, ``graphml``,
             ``html`` (the offline view), ``nq``, ``trig``;
  ``files``  a built graph → several files: ``ontology-docs``;
  ``store``  named graphs → a SPARQL store: ``oxigraph`` (the embedded store) and
             ``graph-store-protocol`` (any SPARQL 1.1 Graph Store: Oxigraph server, Virtuoso).

No sink imports another sink; shared helpers that are not sinks live beside them
(:mod:`graph.sinks.rdfwriter`: the deterministic N-Triples/Turtle/TriG writers;
:mod:`graph.sinks.writer`: the transactional export folder). A file sink module has
``SUFFIX`` and ``generate(built) -> bytes`` and never touches disk. Add a sink by adding
one :class:`Sink` line to ``SINKS``.

This module imports nothing heavy: a sink's module is imported when it is first used.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

SinkKind = Literal["graph", "file", "files", "store"]


@dataclass(frozen=True)
class Sink:
    """One registered sink: ``target`` is ``"module"`` or ``"module:attribute"``."""

    name: str
    kind: SinkKind
    target: str
    description: str
    aliases: tuple[str, ...] = ()

    @property
    def module_name(self) -> str:
        return self.target.partition(":")[0]

    def load(self) -> Any:
        """The sink's module (file sinks) or callable (the others), imported on first use."""
        module_name, _, attribute = self.target.partition(":")
        module = importlib.import_module(module_name)
        return getattr(module, attribute) if attribute else module


SINKS: tuple[Sink, ...] = (
    Sink("rdf", "graph", "graph.sinks.rdf:build_rdf_graph", "an article's records → rdflib.Graph"),
    Sink("networkx", "graph", "graph.sinks.networkx:build_nx_graph", "an article's records → networkx.MultiDiGraph"),
    Sink("corpus-rdf", "graph", "graph.sinks.corpus_graphs:build_corpus_rdf",
         "the corpus named graph: canonical entities, resolution decisions, indicator concepts"),
    Sink("corpus-networkx", "graph", "graph.sinks.corpus_graphs:build_corpus_nx",
         "every article's NetworkX graph plus canonical entities, for the corpus view"),
    Sink("ttl", "file", "graph.sinks.turtle", "Turtle: data + the ontology terms it uses", ("turtle",)),
    Sink("nt", "file", "graph.sinks.ntriples", "N-Triples, sorted", ("ntriples",)),
    Sink("jsonld", "file", "graph.sinks.jsonld", "JSON-LD with an inline context", ("json-ld",)),
    Sink("graphml", "file", "graph.sinks.graphml", "GraphML of the NetworkX graph"),
    Sink("html", "file", "graph.sinks.html", "the offline interactive view (vis-network, pyvis options)"),
    Sink("nq", "file", "graph.sinks.nquads", "N-Quads: one named graph per article + the corpus graph", ("nquads",)),
    Sink("trig", "file", "graph.sinks.trig", "TriG: the same dataset as N-Quads, readable"),
    Sink("ontology-docs", "files", "graph.sinks.ontology_docs:generate",
         "ontology/index.html, class and relation diagrams, the ontology sources"),
    Sink("oxigraph", "store", "graph.store.oxigraph:load_graphs",
         "the embedded Oxigraph store on disk (zone-kg load)"),
    Sink("graph-store-protocol", "store", "graph.store.publish:publish",
         "any SPARQL 1.1 Graph Store over HTTP (zone-kg publish)"),
)

DEFAULT_FORMATS: tuple[str, ...] = ("ttl", "nt", "jsonld", "graphml", "html")
"""What each article's files are."""

CORPUS_FORMATS: tuple[str, ...] = ("trig", "nq", "ttl", "graphml", "html")
"""What the corpus files (``corpus.*``) are."""

_BY_NAME: dict[str, Sink] = {n: s for s in SINKS for n in (s.name, *s.aliases)}


class UnknownFormatError(KeyError):
    """No sink (or no file format) is registered under that name."""


def sinks(kind: SinkKind | None = None) -> list[Sink]:
    """The registered sinks, in registry order (of one kind if given)."""
    return [s for s in SINKS if kind is None or s.kind == kind]


def get_sink(name: str) -> Sink:
    """The sink registered as ``name`` or one of its aliases.

    >>> get_sink("turtle").name
    'ttl'
    """
    try:
        return _BY_NAME[name.lower()]
    except KeyError:
        known = ", ".join(sorted(_BY_NAME))
        raise UnknownFormatError(f"unknown sink {name!r}; known: {known}") from None


def formats() -> list[str]:
    """Every file-format name (with aliases), sorted: what ``--format`` accepts."""
    return sorted(n for n, s in _BY_NAME.items() if s.kind == "file")


def get_exporter(name: str) -> ModuleType:
    """The file sink module for ``name`` (``"ttl"``, ``"turtle"``, ``"html"``…).

    >>> get_exporter("turtle").SUFFIX
    '.ttl'
    """
    sink = _BY_NAME.get(name.lower())
    if sink is None or sink.kind != "file":
        raise UnknownFormatError(f"unknown format {name!r}; known: {', '.join(formats())}")
    module: ModuleType = sink.load()
    return module
