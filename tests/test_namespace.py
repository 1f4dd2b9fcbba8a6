"""graph.namespace: ZKG has exactly the terms of zone.ttl and refuses typos."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from graph.namespace import PREFIXES, ZKG, ZKGR_DEFAULT, bind_prefixes
from graph.namespace_codegen import NAMESPACE_PY, generate_namespace_class, render_namespace_module

ZONE_TTL = Path(__file__).resolve().parent.parent / "ontology" / "zone.ttl"
NS = "https://w3id.org/zone-kg/ontology#"


def defined_terms() -> set[str]:
    g = Graph().parse(ZONE_TTL, format="turtle")
    return {str(s)[len(NS):] for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_zkg_attributes_are_exactly_the_terms_of_zone_ttl() -> None:
    attributes = set(ZKG.__annotations__)
    assert attributes == defined_terms()


def test_committed_namespace_module_is_what_make_namespace_writes() -> None:
    g = Graph().parse(ZONE_TTL, format="turtle")
    current = NAMESPACE_PY.read_text(encoding="utf-8")
    assert render_namespace_module(g, current) == current, "graph/namespace.py is stale: run `make namespace`"


def test_generator_adds_a_new_term_with_its_labels() -> None:
    g = Graph().parse(ZONE_TTL, format="turtle")
    g.add((URIRef(NS + "Incubator"), RDF.type, OWL.Class))
    g.add((URIRef(NS + "Incubator"), RDFS.label, Literal("孵化器", lang="zh")))
    g.add((URIRef(NS + "Incubator"), RDFS.label, Literal("incubator", lang="en")))
    g.add((URIRef(NS + "oddTerm"), RDF.type, RDF.Property))  # a kind the generator has no group for
    source = generate_namespace_class(g)
    assert "    Incubator: URIRef  # 孵化器 / incubator\n" in source
    assert source.index("Incubator:") < source.index("# Object properties")
    assert "    # Other terms\n    oddTerm: URIRef\n" in source
    scope: dict[str, object] = {}
    exec(compile("from rdflib.namespace import DefinedNamespace, Namespace\nfrom rdflib.term import URIRef\n" + source,
                 "<generated>", "exec"), scope)
    generated = scope["ZKG"]
    assert generated.Incubator == URIRef(NS + "Incubator")  # type: ignore[attr-defined]
    assert set(generated.__annotations__) == set(ZKG.__annotations__) | {"Incubator", "oddTerm"}  # type: ignore[attr-defined]


def test_every_attribute_resolves_to_its_iri() -> None:
    for name in ZKG.__annotations__:
        assert getattr(ZKG, name) == URIRef(NS + name)
        assert ZKG[name] == URIRef(NS + name)


def test_typo_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="Zoen"):
        ZKG.Zoen  # noqa: B018


def test_typo_by_item_raises_too() -> None:
    with pytest.raises(AttributeError, match="Zoen"):
        ZKG["Zoen"]


def test_bind_prefixes_binds_the_project_prefixes() -> None:
    g = bind_prefixes(Graph(bind_namespaces="none"))
    bound = {p: str(iri) for p, iri in g.namespaces()}
    for prefix in ("zkg", "prov", "org", "schema", "skos", "dcterms", "xsd", "rdfs", "owl", "unit"):
        assert bound[prefix] == PREFIXES[prefix]
    assert bound["schema"] == "https://schema.org/"  # not rdflib's http://schema.org/
    assert bound["unit"] == "http://qudt.org/vocab/unit/"


def test_bound_prefixes_are_used_when_serialising() -> None:
    g = bind_prefixes(Graph())
    g.add((URIRef(ZKGR_DEFAULT + "x"), RDF.type, ZKG.Zone))
    assert "zkg:Zone" in g.serialize(format="turtle")
    assert ZKGR_DEFAULT == "https://w3id.org/zone-kg/id/"
