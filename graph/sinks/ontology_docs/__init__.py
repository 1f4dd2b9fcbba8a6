"""Documentation of the zone-kg ontology, generated from ``zone.ttl`` through :mod:`graph.ontology`.

A sink like the exporters: :func:`generate` turns a built article into the files of
``exports/ontology/`` (``{name: bytes}``), and never touches disk.

* :func:`generate_ontology_html` (:mod:`.page`) — one self-contained, offline HTML page;
* :func:`generate_class_diagram_svg`, :func:`generate_relations_diagram_svg` (:mod:`.diagrams`) —
  the sub-class hierarchy and the object properties between classes as SVG;
* :func:`generate_ontology_readme_tables` — the Markdown tables of ``ontology/README.md``.

Every function takes an :class:`~graph.ontology.Ontology` or an rdflib ``Graph`` of one;
everything is sorted and escaped, so the same ontology gives the same bytes.
``python -m graph.sinks.ontology_docs [--readme] [OUT_DIR]`` writes the docs, or refreshes the
generated tables of ``ontology/README.md``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import OWL, RDF, RDFS, SKOS, Graph
from rdflib.term import Node

from graph.ontology import ONTOLOGY_PATH, SHAPES_PATH, Ontology, load_ontology
from graph.sinks.ontology_docs.diagrams import (
    RelationsLayout,
    as_ontology,
    generate_class_diagram_svg,
    generate_relations_diagram_svg,
    name,
    relations_layout,
)
from graph.sinks.ontology_docs.page import generate_ontology_html
from graph.sinks.writer import write_atomic

__all__ = [
    "README_PATH", "RelationsLayout", "generate", "generate_class_diagram_svg", "generate_ontology_html",
    "generate_ontology_readme_tables", "generate_relations_diagram_svg", "readme_generated_part", "relations_layout",
    "update_readme", "write_ontology_docs",
]

README_PATH = Path(__file__).resolve().parents[3] / "ontology" / "README.md"
"""In a checkout only: ``--readme`` maintains it."""
README_BEGIN = "<!-- BEGIN GENERATED TABLES (python -m graph.sinks.ontology_docs --readme) -->"
README_END = "<!-- END GENERATED TABLES -->"


def generate_docs(ontology: Graph | Ontology) -> dict[str, bytes]:
    """``index.html``, ``classes.svg`` and ``relations.svg`` of ``ontology``."""
    onto = as_ontology(ontology)
    return {
        "index.html": generate_ontology_html(onto).encode("utf-8"),
        "classes.svg": generate_class_diagram_svg(onto).encode("utf-8"),
        "relations.svg": generate_relations_diagram_svg(onto).encode("utf-8"),
    }


def generate(built: Any) -> dict[str, bytes]:
    """Sink entry point: the docs of ``built.ontology`` plus copies of the packaged
    ``zone.ttl`` and ``shapes.ttl``, keyed by their path under the export folder."""
    files = {f"ontology/{n}": data for n, data in generate_docs(built.ontology).items()}
    files["ontology/zone.ttl"] = ONTOLOGY_PATH.read_bytes()
    files["ontology/shapes.ttl"] = SHAPES_PATH.read_bytes()
    return files


def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _md_terms(terms: Iterable[Node]) -> str:
    return " ⊔ ".join(f"`{name(t)}`" for t in terms) or "`owl:Thing`"


def _definition(onto: Ontology, term: Node) -> str:
    return onto.text(term, SKOS.definition) or onto.text(term, RDFS.comment)


def generate_ontology_readme_tables(ontology: Graph | Ontology) -> str:
    """Markdown tables of the classes (in display order), properties and controlled individuals."""
    onto = as_ontology(ontology)
    lines = ["### Classes", "", "| class | zh | en | sub-class of | definition |", "|---|---|---|---|---|"]
    for c in onto.class_infos:
        supers = ", ".join(f"`{name(s)}`" for s in onto.superclasses_of(c.iri)) or "–"
        lines.append(f"| `{c.name}` | {_md(c.label_zh)} | {_md(c.label_en)} | {supers} | {_md(_definition(onto, c.iri))} |")
    for kind, title in (("object", "Object properties"), ("datatype", "Datatype properties")):
        lines += ["", f"### {title}", "", "| property | zh | en | domain | range | definition |", "|---|---|---|---|---|---|"]
        lines += [f"| `{p.name}` | {_md(onto.text(p.iri, RDFS.label, 'zh'))} | {_md(onto.text(p.iri, RDFS.label, 'en'))} | "
                  f"{_md_terms(p.domain)} | {_md_terms(p.range)} | {_md(_definition(onto, p.iri))} |"
                  for p in onto.property_infos if p.kind == kind]
    lines += ["", "### Controlled individuals", "", "| individual | type | notation | zh | en | definition |",
              "|---|---|---|---|---|---|"]
    for i in onto.terms(OWL.NamedIndividual):
        types = ", ".join(f"`{name(t)}`" for t in sorted(onto.graph.objects(i, RDF.type), key=name) if t != OWL.NamedIndividual)
        lines.append(f"| `{name(i)}` | {types} | `{_md(onto.text(i, SKOS.notation, None))}` | "
                     f"{_md(onto.text(i, RDFS.label, 'zh'))} | {_md(onto.text(i, RDFS.label, 'en'))} | "
                     f"{_md(_definition(onto, i))} |")
    return "\n".join(lines) + "\n"


def readme_generated_part(readme: str) -> str:
    """The text between the README's BEGIN/END markers (without the markers)."""
    return readme[readme.index(README_BEGIN) + len(README_BEGIN):readme.index(README_END)].strip("\n") + "\n"


def update_readme(ontology: Graph | Ontology, path: Path = README_PATH) -> bool:
    """Replace the generated tables of ``path``; returns whether the file changed."""
    text = path.read_text(encoding="utf-8")
    start, end = text.index(README_BEGIN) + len(README_BEGIN), text.index(README_END)
    new = text[:start] + "\n\n" + generate_ontology_readme_tables(ontology) + "\n" + text[end:]
    if new != text:
        write_atomic(path, new.encode("utf-8"))
    return new != text


def write_ontology_docs(ontology: Graph | Ontology, out_dir: Path) -> list[Path]:
    """Write ``index.html``, ``classes.svg`` and ``relations.svg`` to ``out_dir`` (all generated first)."""
    files = {Path(out_dir) / n: data for n, data in generate_docs(ontology).items()}
    for path, data in files.items():
        write_atomic(path, data)
    return list(files)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    onto = load_ontology()
    if "--readme" in args:
        print(f"{README_PATH}: {'updated' if update_readme(onto) else 'up to date'}")
        return 0
    for path in write_ontology_docs(onto, Path(args[0]) if args else Path("exports") / "ontology"):
        print(path)
    return 0
