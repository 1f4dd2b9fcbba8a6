"""Exporters: one module per output format, found by name.

Every exporter module has ``SUFFIX`` (the file ending) and ``generate(built) -> bytes``
which returns the whole file and never touches disk; :mod:`graph.exporters.writer`
saves the results atomically. Register a new format by adding a line to ``_REGISTRY``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

_REGISTRY: dict[str, str] = {
    "ttl": "graph.exporters.turtle",
    "turtle": "graph.exporters.turtle",
    "nt": "graph.exporters.ntriples",
    "ntriples": "graph.exporters.ntriples",
    "jsonld": "graph.exporters.jsonld",
    "json-ld": "graph.exporters.jsonld",
    "graphml": "graph.exporters.graphml",
    "html": "graph.exporters.html",
    "nq": "graph.exporters.nquads",
    "trig": "graph.exporters.trig",
}

DEFAULT_FORMATS: tuple[str, ...] = ("ttl", "nt", "jsonld", "graphml", "html")


class UnknownFormatError(KeyError):
    """No exporter is registered under that name."""


def formats() -> list[str]:
    """Every registered format name, sorted."""
    return sorted(_REGISTRY)


def get_exporter(name: str) -> ModuleType:
    """The exporter module for ``name`` (``"ttl"``, ``"turtle"``, ``"html"``…).

    >>> get_exporter("turtle").SUFFIX
    '.ttl'
    """
    try:
        module = _REGISTRY[name.lower()]
    except KeyError:
        raise UnknownFormatError(f"unknown format {name!r}; known: {', '.join(formats())}") from None
    return importlib.import_module(module)
