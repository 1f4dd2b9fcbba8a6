"""Builders: :class:`graph.model.ArticleFacts` → graphs. Where a fact becomes a triple.

* :mod:`graph.builders.networkx` — a ``networkx.MultiDiGraph`` (the view and GraphML).
* :mod:`graph.builders.rdf` — an ``rdflib.Graph`` in the zone-kg ontology (Turtle,
  N-Triples, JSON-LD, SPARQL, SHACL).
"""
