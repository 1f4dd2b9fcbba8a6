"""graph.ontology_docs: the offline documentation page, the class diagram and the README tables."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from graph.ontology_docs import (
    README_PATH,
    generate_class_diagram_svg,
    generate_ontology_html,
    generate_ontology_readme_tables,
    readme_generated_part,
    write_ontology_docs,
)

ZONE_TTL = Path(__file__).resolve().parent.parent / "ontology" / "zone.ttl"
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
    svg = generate_class_diagram_svg(g)
    assert "<script>" not in svg
    ET.fromstring(svg.encode())  # still well-formed XML


def test_output_is_byte_identical_across_runs_and_parses(onto: Graph) -> None:
    again = Graph().parse(ZONE_TTL, format="turtle")  # fresh blank nodes, fresh insertion order
    assert generate_ontology_html(onto) == generate_ontology_html(again)
    assert generate_class_diagram_svg(onto) == generate_class_diagram_svg(again)
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


def test_svg_boxes_do_not_overlap(onto: Graph) -> None:
    root = ET.fromstring(generate_class_diagram_svg(onto).encode())
    rects = [
        tuple(int(r.get(k, "0")) for k in ("x", "y", "width", "height"))
        for r in root.iter(f"{SVG}rect") if r.get("class") == "class-box"
    ]
    for i, (x1, y1, w1, h1) in enumerate(rects):
        for x2, y2, w2, h2 in rects[i + 1:]:
            assert x1 + w1 <= x2 or x2 + w2 <= x1 or y1 + h1 <= y2 or y2 + h2 <= y1


def test_svg_draws_subclass_and_property_arrows(onto: Graph) -> None:
    root = ET.fromstring(generate_class_diagram_svg(onto).encode())
    titles = {t.text for t in root.iter(f"{SVG}title")}
    assert "Zone ⊑ Organization" in titles and "Zone ⊑ Place" in titles
    assert "Alliance ⊑ Platform" in titles
    assert "heads: Person → ResearchTeam" in titles
    assert "locatedIn: Project → Place" in titles
    assert "standardUnit: Unit → Unit" in titles


# ---------------------------------------------------------------- files and README


def test_write_ontology_docs_writes_both_files_atomically(onto: Graph, tmp_path: Path) -> None:
    out = tmp_path / "exports" / "ontology"
    paths = write_ontology_docs(onto, out)
    assert [p.name for p in paths] == ["index.html", "classes.svg"]
    assert paths[0].read_text(encoding="utf-8") == generate_ontology_html(onto)
    assert paths[1].read_text(encoding="utf-8") == generate_class_diagram_svg(onto)
    assert sorted(p.name for p in out.iterdir()) == ["classes.svg", "index.html"]  # no temp files left
    write_ontology_docs(onto, out)  # overwriting works
    assert sorted(p.name for p in out.iterdir()) == ["classes.svg", "index.html"]


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
        "ontology/README.md is stale: run `.venv/bin/python -m graph.ontology_docs --readme`"
    )
