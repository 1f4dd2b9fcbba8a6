"""Generate the ``ZKG`` class of :mod:`graph.namespace` from ``zone.ttl``.

``make namespace`` (``python -m graph.namespace_codegen``) rewrites the part of
``graph/namespace.py`` between the BEGIN/END markers: one attribute per zkg term that
has an ``rdf:type``, grouped by kind and sorted, each commented with its zh / en labels.
``tests/test_namespace.py`` fails when the committed file is not what this writes.
rdflib's ``defined_namespace_creator`` writes a whole module from a SPARQL query and no
labels; this keeps the project's prefixes and helpers in the same hand-written file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from graph.sinks.writer import write_atomic

NAMESPACE_PY = Path(__file__).resolve().parent / "namespace.py"
BEGIN = "# BEGIN GENERATED from zone.ttl by `make namespace`: do not edit by hand"
END = "# END GENERATED"
NS = "https://w3id.org/zone-kg/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/zone-kg/ontology")
KINDS = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Annotation properties", OWL.AnnotationProperty),
    ("Controlled individuals", OWL.NamedIndividual),
)


def _label(g: Graph, term: URIRef, lang: str) -> str:
    found = sorted(str(o) for o in g.objects(term, RDFS.label) if isinstance(o, Literal) and o.language == lang)
    return found[0] if found else ""


def generate_namespace_class(g: Graph) -> str:
    """The ``class ZKG(DefinedNamespace)`` source for the ontology graph ``g``."""
    typed = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(NS)}
    version = g.value(ONTOLOGY_IRI, OWL.versionInfo)
    lines = [
        "class ZKG(DefinedNamespace):",
        f'    """zone-kg ontology ({ONTOLOGY_IRI}, version {version}).',
        "",
        "    Comments give the Chinese and English labels of each term.",
        '    """',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{NS}")',
    ]
    seen: set[URIRef] = set()
    for title, kind in (*KINDS, ("Other terms", None)):
        terms = sorted(t for t in typed - seen if kind is None or (t, RDF.type, kind) in g)
        seen.update(terms)
        if terms:
            lines += ["", f"    # {title}"]
        for term in terms:
            labels = " / ".join(x for x in (_label(g, term, "zh"), _label(g, term, "en")) if x)
            lines.append(f"    {term[len(NS):]}: URIRef" + (f"  # {labels}" if labels else ""))
    return "\n".join(lines) + "\n"


def render_namespace_module(g: Graph, current: str) -> str:
    """``current`` (the text of namespace.py) with the generated class replaced."""
    start = current.index(BEGIN) + len(BEGIN)
    end = current.index(END)
    return current[:start] + "\n" + generate_namespace_class(g) + current[end:]


def main(argv: list[str] | None = None) -> int:
    from graph.ontology import ONTOLOGY_PATH, read_turtle

    args = sys.argv[1:] if argv is None else argv
    current = NAMESPACE_PY.read_text(encoding="utf-8")
    new = render_namespace_module(read_turtle(ONTOLOGY_PATH), current)
    if "--check" in args:
        if new != current:
            print(f"{NAMESPACE_PY} is stale: run `make namespace`", file=sys.stderr)
            return 1
        return 0
    if new != current:
        write_atomic(NAMESPACE_PY, new.encode("utf-8"))
    print(f"{NAMESPACE_PY}: {'updated' if new != current else 'up to date'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
