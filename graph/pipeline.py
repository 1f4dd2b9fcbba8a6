"""Source → model → graphs in one call: what the CLI, the Makefile and the tests share."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import networkx as nx
from rdflib import Graph

from graph.builders.networkx import build_nx_graph
from graph.builders.rdf import add_ontology_terms, build_rdf_graph
from graph.loader import load_article
from graph.model import ArticleFacts
from graph.namespace import ZKGR_DEFAULT
from graph.ontology import Ontology, load_ontology


@dataclass
class BuiltGraph:
    """An article's facts and the graphs built from them; what every exporter reads."""

    facts: ArticleFacts
    ontology: Ontology
    nx: nx.MultiDiGraph
    data: Graph
    """The RDF data alone (no ontology terms)."""

    @property
    def article_id(self) -> str:
        return self.facts.article_id

    @cached_property
    def rdf(self) -> Graph:
        """The RDF data plus the ontology terms it uses: what the RDF files hold."""
        return add_ontology_terms(self.data, self.ontology)


def build_from_facts(facts: ArticleFacts, onto: Ontology | None = None, base: str = ZKGR_DEFAULT) -> BuiltGraph:
    """Build both graphs from already-loaded facts."""
    onto = onto or load_ontology()
    return BuiltGraph(
        facts=facts,
        ontology=onto,
        nx=build_nx_graph(facts, onto),
        data=build_rdf_graph(facts, onto, base),
    )


def build_article(folder: Path, base: str = ZKGR_DEFAULT, onto: Ontology | None = None) -> BuiltGraph:
    """Load the article folder and build both graphs.

    Raises :class:`graph.errors.InputError` for any problem in the inputs.
    """
    onto = onto or load_ontology()
    return build_from_facts(load_article(Path(folder), onto), onto, base)
