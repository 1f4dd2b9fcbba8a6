"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from rdflib import Graph

from graph.ontology import SHAPES_PATH, read_turtle


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    text: str
    results: int


def load_shapes(path: Traversable | Path = SHAPES_PATH) -> Graph:
    return read_turtle(path)


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``data`` (which should include the ontology terms it uses).

    The class hierarchy comes with the data (``BuiltGraph.rdf``), so ``sh:class``
    constraints see that an Enterprise is an Organization.
    """
    import pyshacl

    conforms, report_graph, text = pyshacl.validate(
        data_graph=data,
        shacl_graph=shapes if shapes is not None else load_shapes(),
        inference="none",
        advanced=True,
        allow_warnings=False,
    )
    from rdflib import RDF, SH

    results = len(list(report_graph.subjects(RDF.type, SH.ValidationResult)))
    return ValidationReport(bool(conforms), str(text), results)
