"""Corpus-level steps between the records and the sinks.

* :mod:`graph.transform.resolve` — which mentions are one entity (registry, exact names),
  and merge proposals for review (:mod:`graph.transform.resolve_report` prints them);
* :mod:`graph.transform.indicators` / :mod:`graph.transform.indicator_links` — written
  indicators → SKOS concepts (``ontology/indicators.ttl``);
* :mod:`graph.transform.conflicts` — the same figure stated differently by two reports.

They read records and return records or plain data; they never build a graph.
"""
