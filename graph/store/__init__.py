"""Stores are sinks too: the embedded Oxigraph store, the Oxigraph server, remote SPARQL stores.

* :mod:`graph.store.sources`: what ``zone-kg load`` / ``publish`` read — named graphs
  ``(IRI, N-Triples bytes or rdflib Graph)`` from an article folder, a folder of them, or an
  N-Quads/TriG export (one named graph per article);
* :mod:`graph.store.oxigraph`: the on-disk pyoxigraph store (``zone-kg load``) and the
  Oxigraph query engine (``zone-kg query``);
* :mod:`graph.store.server`: ``zone-kg serve`` runs the Oxigraph server on the store;
* :mod:`graph.store.publish`: ``zone-kg publish`` sends each named graph to any SPARQL 1.1
  store by the Graph Store HTTP Protocol;
* :mod:`graph.store.cli`: the ``load``, ``serve`` and ``publish`` sub-commands.

Nothing here is imported by the builders or the exporters, and importing this package loads
neither rdflib nor pyoxigraph.
"""

from __future__ import annotations
