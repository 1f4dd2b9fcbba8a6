"""graph.sinks.ontology_docs: the offline documentation page, the class diagram and the README tables."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import OWL, PROV, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from graph.sinks.ontology_docs import (
    README_PATH,
    generate_class_diagram_svg,
    generate_ontology_html,
    generate_ontology_readme_tables,
    generate_relations_diagram_svg,
    readme_generated_part,
    relations_layout,
    write_ontology_docs,
)

ZONE_TTL = Path(__file__).resolve().parents[2] / "ontology" / "zone.ttl"
ZKG = Namespace("https://w3id.org/zone-kg/ontology#")
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ZONE_TTL, format="turtle")


def zkg_locals(g: Graph, kind: URIRef) -> set[str]:
    return {str(s).removeprefix(str(ZKG)) for s in g.subjects(RDF.type, kind) if str(s).startswith(str(ZKG))}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for key, value in attrs:
            if key == "id" and value:
                self.ids.append(value)
            if key == "href" and value:
                self.hrefs.append(value)


def parse_html(text: str) -> _Collector:
    c = _Collector()
    c.feed(text)
    return c


# ---------------------------------------------------------------- HTML


def test_page_has_an_anchor_for_every_term(onto: Graph) -> None:
    page = parse_html(generate_ontology_html(onto))
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual):
        for local in zkg_locals(onto, kind):
            assert local in page.ids, local
            assert f"#{local}" in page.hrefs, local  # reachable from the table of contents
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"


def test_every_internal_link_has_a_target(onto: Graph) -> None:
    page = parse_html(generate_ontology_html(onto))
    targets = set(page.ids)
    assert {h[1:] for h in page.hrefs if h.startswith("#")} <= targets


def test_page_shows_labels_definitions_and_domain_range(onto: Graph) -> None:
    text = generate_ontology_html(onto)
    assert "园区/开发区" in text and "development zone" in text
    assert "A development zone (e.g. a national high-tech zone)" in text
    section = text[text.index('id="locatedIn"'):]
    section = section[: section.index("</section>")]
    assert 'href="#Organization"' in section and 'href="#Project"' in section and " ⊔ " in section
    assert 'href="#Place"' in section
    assert "schema:rangeIncludes" in text  # zkg:period's xsd:gYear is explained


def test_page_is_self_contained(onto: Graph) -> None:
    text = generate_ontology_html(onto)
    page = parse_html(text)
    assert not page.tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert not re.search(r"\bsrc=", text)
    assert "@import" not in text and "url(http" not in text
    assert "<style>" in text


def test_labels_are_html_escaped(onto: Graph) -> None:
    g = Graph() + onto
    g.remove((ZKG.Zone, RDFS.label, None))
    g.add((ZKG.Zone, RDFS.label, Literal("<script>alert('x')</script>", lang="zh")))
    g.add((ZKG.Zone, RDFS.label, Literal('Zone "&" <b>', lang="en")))
    text = generate_ontology_html(g)
    assert "<script>" not in text and "<b>" not in text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    assert "&quot;&amp;&quot;" in text
    for svg in (generate_class_diagram_svg(g), generate_relations_diagram_svg(g)):
        assert "<script>" not in svg
        ET.fromstring(svg.encode())  # still well-formed XML


def test_output_is_byte_identical_across_runs_and_parses(onto: Graph) -> None:
    again = Graph().parse(ZONE_TTL, format="turtle")  # fresh blank nodes, fresh insertion order
    assert generate_ontology_html(onto) == generate_ontology_html(again)
    assert generate_class_diagram_svg(onto) == generate_class_diagram_svg(again)
    assert generate_relations_diagram_svg(onto) == generate_relations_diagram_svg(again)
    assert generate_ontology_readme_tables(onto) == generate_ontology_readme_tables(again)


# ---------------------------------------------------------------- SVG


def test_svg_is_xml_with_one_box_per_class(onto: Graph) -> None:
    root = ET.fromstring(generate_class_diagram_svg(onto).encode())
    assert root.tag == f"{SVG}svg"
    boxes = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "class-box"]
    groups = {g.get("data-class") for g in root.iter(f"{SVG}g") if g.get("class") == "class"}
    classes = zkg_locals(onto, OWL.Class)
    assert len(boxes) == len(classes)
    assert groups == classes


def test_svg_draws_subclass_arrows_and_external_superclasses(onto: Graph) -> None:
    root = ET.fromstring(generate_class_diagram_svg(onto).encode())
    titles = {t.text for t in root.iter(f"{SVG}title")}
    assert "Zone ⊑ Organization" in titles and "Zone ⊑ Place" in titles
    assert "Alliance ⊑ Platform" in titles
    assert "Organization ⊑ org:Organization" in titles and "Unit ⊑ skos:Concept" in titles
    external = {g.get("data-iri") for g in root.iter(f"{SVG}g") if g.get("class") == "external-class"}
    assert {str(PROV.Entity), str(SKOS.Concept), "https://schema.org/Place"} <= external
    # the hierarchy only: no object-property arrows any more
    assert not any(t and ":" in t and "→" in t for t in titles)


def _rects(root: ET.Element, css: str) -> list[tuple[float, float, float, float]]:
    return [tuple(float(r.get(k, "0")) for k in ("x", "y", "width", "height"))  # type: ignore[misc]
            for r in root.iter(f"{SVG}rect") if r.get("class") == css]


def _disjoint(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    (x1, y1, w1, h1), (x2, y2, w2, h2) = a, b
    return x1 + w1 <= x2 or x2 + w2 <= x1 or y1 + h1 <= y2 or y2 + h2 <= y1


def _zkg_object_properties(g: Graph) -> set[str]:
    """Object properties whose rdfs:domain and rdfs:range are zkg classes (unions expanded)."""
    from graph.ontology import parse_ontology

    return {p.name for p in parse_ontology(g).property_infos if p.kind == "object"
            and p.domain and p.range and all(str(c).startswith(str(ZKG)) for c in p.domain + p.range)}


def test_relations_svg_labels_every_object_property(onto: Graph) -> None:
    root = ET.fromstring(generate_relations_diagram_svg(onto).encode())
    assert root.tag == f"{SVG}svg"
    drawn = {t.get("data-property") for t in root.iter(f"{SVG}text") if t.get("class") == "relation-name"}
    expected = _zkg_object_properties(onto)
    assert {"focusesOn", "partOf", "heads", "locatedIn", "standardUnit", "unit"} <= expected
    assert drawn == expected
    omitted = {t.get("data-property") for t in root.iter(f"{SVG}text") if t.get("class") == "omitted-property"}
    assert omitted == zkg_locals(onto, OWL.ObjectProperty) - expected
    assert {"concerns", "depicts", "observedEntity", "recipient", "hasObservation"} <= omitted
    # one label per (domain, range): the three unit properties of Observation share one box
    labels = [g for g in root.iter(f"{SVG}g") if g.get("class") == "relation"]
    assert len(labels) == len(_rects(root, "relation-label"))
    unit_box = next(g for g in labels if any(t.get("data-property") == "unit" for t in g.iter(f"{SVG}text")))
    assert {t.get("data-property") for t in unit_box.iter(f"{SVG}text")} == {"changeUnit", "normalisedUnit", "unit"}


def test_relations_svg_has_one_box_per_class_and_side(onto: Graph) -> None:
    lay = relations_layout(onto)
    root = ET.fromstring(generate_relations_diagram_svg(onto).encode())
    assert len(_rects(root, "domain-box")) == len(lay.domain_boxes)
    assert len(_rects(root, "range-box")) == len(lay.range_boxes)
    sides = {(g.get("data-class"), g.find(f"{SVG}a/{SVG}rect").get("class"))  # type: ignore[union-attr]
             for g in root.iter(f"{SVG}g") if g.get("class") == "class"}
    assert ("FundingEvent", "domain-box") in sides and ("Unit", "range-box") in sides
    assert ("Unit", "domain-box") in sides  # standardUnit: Unit → Unit


def test_relations_boxes_never_overlap(onto: Graph) -> None:
    lay = relations_layout(onto)
    labels = [box for _, box in lay.label_boxes]
    classes = [*lay.domain_boxes.values(), *lay.range_boxes.values()]
    everything = labels + classes
    for i, a in enumerate(everything):
        for b in everything[i + 1:]:
            assert _disjoint(a, b), (a, b)
    # ... and the SVG draws exactly those label boxes
    root = ET.fromstring(generate_relations_diagram_svg(onto).encode())
    drawn = _rects(root, "relation-label")
    assert len(drawn) == len(labels)
    for i, a in enumerate(drawn):
        for b in drawn[i + 1:]:
            assert _disjoint(a, b), (a, b)
    width = float(root.get("width", "0"))
    assert all(x >= 0 and x + w <= width for x, _, w, _ in everything)


def test_class_diagram_boxes_do_not_overlap_and_groups_are_framed(onto: Graph) -> None:
    root = ET.fromstring(generate_class_diagram_svg(onto).encode())
    boxes = _rects(root, "class-box") + _rects(root, "external-box")
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert _disjoint(a, b), (a, b)
    for fx, fy, fw, fh in _rects(root, "group-frame"):
        inside = [b for b in boxes if fx <= b[0] and b[0] + b[2] <= fx + fw and fy <= b[1] and b[1] + b[3] <= fy + fh]
        assert len(inside) >= 5  # the controlled-value classes (+ skos:Concept), the classes without a parent


# ---------------------------------------------------------------- files and README


def test_write_ontology_docs_writes_both_files_atomically(onto: Graph, tmp_path: Path) -> None:
    out = tmp_path / "exports" / "ontology"
    paths = write_ontology_docs(onto, out)
    assert [p.name for p in paths] == ["index.html", "classes.svg", "relations.svg"]
    assert paths[0].read_text(encoding="utf-8") == generate_ontology_html(onto)
    assert paths[1].read_text(encoding="utf-8") == generate_class_diagram_svg(onto)
    assert paths[2].read_text(encoding="utf-8") == generate_relations_diagram_svg(onto)
    names = ["classes.svg", "index.html", "relations.svg"]
    assert sorted(p.name for p in out.iterdir()) == names  # no temp files left
    write_ontology_docs(onto, out)  # overwriting works
    assert sorted(p.name for p in out.iterdir()) == names


def test_page_embeds_both_diagrams(onto: Graph) -> None:
    text = generate_ontology_html(onto)
    assert text.count("<svg") == 2 and 'id="relations"' in text
    assert 'href="classes.svg"' in text and 'href="relations.svg"' in text
    assert 'class="relation-name"' in text and 'class="class-box"' in text


def test_readme_tables_list_every_term(onto: Graph) -> None:
    tables = generate_ontology_readme_tables(onto)
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual):
        for local in zkg_locals(onto, kind):
            assert f"| `{local}` |" in tables, local
    row = next(line for line in tables.splitlines() if line.startswith("| `partOf` |"))
    assert "`Park` ⊔ `Cluster`" in row or "`Cluster` ⊔ `Park`" in row


def test_committed_readme_contains_exactly_the_generated_tables(onto: Graph) -> None:
    readme = README_PATH.read_text(encoding="utf-8")
    assert readme_generated_part(readme) == generate_ontology_readme_tables(onto), (
        "ontology/README.md is stale: run `.venv/bin/python -m graph.sinks.ontology_docs --readme`"
    )
