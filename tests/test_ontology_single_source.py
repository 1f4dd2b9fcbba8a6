"""zone.ttl is the single source of the classes' labels and display order: a class added to
a copy of the ontology shows up, in its place, in the HTML view's legend and in the docs."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import OWL, RDF, RDFS, XSD, Literal, URIRef

from graph.namespace import ZKG
from graph.ontology import ONTOLOGY_PATH, Ontology, load_ontology
from graph.sinks.html import CLASS_STYLES, DEFAULT_PALETTE, generate_html
from graph.sinks.ontology_docs import generate_class_diagram_svg, generate_ontology_html, generate_ontology_readme_tables

NEW_CLASSES = """
zkg:Incubator a owl:Class ;
    rdfs:subClassOf zkg:Organization ;
    rdfs:label "孵化器"@zh , "business incubator"@en ;
    zkg:displayPriority 15 ;
    skos:definition "An organization that hosts and supports start-up enterprises."@en ;
    rdfs:comment "A test class: ranked between Zone (10) and Park (20), with no style of its own."@en ;
    rdfs:isDefinedBy <https://w3id.org/zone-kg/ontology> .

zkg:Accelerator a owl:Class ;
    rdfs:subClassOf zkg:Organization ;
    rdfs:label "加速器"@zh , "accelerator"@en ;
    skos:definition "A test class without a display priority: it sorts after every ranked class."@en ;
    rdfs:comment "A test class."@en ;
    rdfs:isDefinedBy <https://w3id.org/zone-kg/ontology> .
"""


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> Ontology:
    """A copy of zone.ttl with two classes appended, as someone adding a class would write them."""
    path = tmp_path_factory.mktemp("ontology") / "zone.ttl"
    path.write_text(ONTOLOGY_PATH.read_text(encoding="utf-8") + NEW_CLASSES, encoding="utf-8")
    return load_ontology(path)


def view_payload(page: str) -> dict[str, Any]:
    found = re.search(r'<script id="zkg-data" type="application/json">(.*?)</script>', page, re.S)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def graph_with(*classes: list[str]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i, cls in enumerate(classes):
        g.add_node(f"n{i}", kind="entity", classes=cls, label_zh=f"节点{i}")
    return g


def test_class_infos_follow_display_priority_then_name(extended: Ontology) -> None:
    names = [c.name for c in extended.class_infos]
    assert names[:3] == ["Zone", "Incubator", "Park"]
    assert names[-1] == "Accelerator"  # no zkg:displayPriority: after every ranked class
    incubator = next(c for c in extended.class_infos if c.name == "Incubator")
    assert (incubator.iri, incubator.label_zh, incubator.label_en, incubator.priority) == (
        URIRef(str(ZKG._NS) + "Incubator"), "孵化器", "business incubator", 15)


def test_new_class_is_in_the_view_legend_in_its_place(extended: Ontology) -> None:
    g = graph_with(["Park"], ["Incubator", "Organization"], ["Zone"], ["Accelerator"], ["Enterprise", "Organization"])
    data = view_payload(generate_html(g, ontology=extended))
    legend = [c["name"] for c in data["classes"]]
    assert legend == ["Zone", "Incubator", "Park", "Enterprise", "Organization", "Accelerator"]
    incubator = next(c for c in data["classes"] if c["name"] == "Incubator")
    assert (incubator["zh"], incubator["en"]) == ("孵化器", "Business incubator")
    assert incubator["color"] in DEFAULT_PALETTE and incubator["shape"] == "dot"  # the default style
    node = next(n for n in data["nodes"] if n["id"] == "n1")
    assert node["primary"] == "Incubator"  # ranked before Organization, so the node is drawn as one


def test_view_labels_are_the_ontology_labels() -> None:
    onto = load_ontology()
    g = graph_with(*([c] for c in CLASS_STYLES))
    data = view_payload(generate_html(g, ontology=onto))
    for entry in data["classes"]:
        assert entry["zh"] == onto.label(entry["name"], "zh")  # e.g. Observation: 观测值/数据, not a copy
        assert entry["en"].lower() == onto.label(entry["name"], "en").lower()
    assert [c["name"] for c in data["classes"]] == [c.name for c in onto.class_infos if c.name in CLASS_STYLES]


def test_every_style_is_for_an_ontology_class() -> None:
    assert set(CLASS_STYLES) <= load_ontology().classes


def test_new_class_is_in_the_docs(extended: Ontology) -> None:
    page = generate_ontology_html(extended)
    assert 'id="Incubator"' in page and 'id="Accelerator"' in page and "孵化器" in page
    assert page.index('<section class="term" id="Zone"') < page.index('id="Incubator"') < page.index(
        '<section class="term" id="Park"')
    root = ET.fromstring(generate_class_diagram_svg(extended).encode())
    svg = "{http://www.w3.org/2000/svg}"
    assert {"Incubator", "Accelerator"} <= {e.get("data-class") for e in root.iter(f"{svg}g")}
    assert "Incubator ⊑ Organization" in {t.text for t in root.iter(f"{svg}title")}
    assert "| `Incubator` | 孵化器 | business incubator | `Organization` |" in generate_ontology_readme_tables(extended)


def test_display_priority_is_a_declared_annotation_with_distinct_integers() -> None:
    g = load_ontology().graph
    assert (ZKG.displayPriority, RDF.type, OWL.AnnotationProperty) in g
    assert {lit.language for lit in g.objects(ZKG.displayPriority, RDFS.label) if isinstance(lit, Literal)} == {"zh", "en"}
    values = list(g.objects(None, ZKG.displayPriority))
    assert all(isinstance(v, Literal) and v.datatype == XSD.integer for v in values)
    assert len(values) == len(set(values))
    assert {s for s in g.subjects(ZKG.displayPriority, None)} <= set(g.subjects(RDF.type, OWL.Class))


def test_ontology_files_are_package_resources() -> None:
    assert ONTOLOGY_PATH.read_bytes() == (Path(__file__).resolve().parents[1] / "ontology" / "zone.ttl").read_bytes()
