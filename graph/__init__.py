"""zone-kg: knowledge graphs from Chinese regional-industry reports.

Source → model → sinks: :mod:`graph.loader` reads an article folder into
:class:`graph.model.ArticleFacts`; :mod:`graph.builders` turn it into a NetworkX and an
rdflib graph; :mod:`graph.exporters` write them to files.
"""

from __future__ import annotations

__version__ = "0.1.0"
