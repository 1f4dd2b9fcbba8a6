"""zone-kg: knowledge graphs from Chinese regional-industry reports.

Source → records → sinks: :mod:`graph.sources` read article folders, a corpus and the
entity registry into records (:mod:`graph.model`, mapped to IRIs and edges once in
:mod:`graph.mapping`); :mod:`graph.transform` resolves a corpus; every output — the rdflib
and NetworkX graphs, each file format, the HTML view, the ontology docs and the SPARQL
stores — is a sink registered in :mod:`graph.sinks`. :mod:`graph.pipeline` runs them.
"""

from __future__ import annotations

__version__ = "0.1.0"
