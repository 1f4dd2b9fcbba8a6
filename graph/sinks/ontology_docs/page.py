"""The ontology's documentation page: one self-contained HTML file (inline CSS, no scripts,
no external resources) with the class hierarchy, both diagrams and every class, property
and controlled individual, each anchored by its local name (``index.html#Zone``)."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from graph.namespace import ZKG
from graph.ontology import Ontology, PropertyInfo, curie
from graph.sinks.ontology_docs.diagrams import as_ontology, class_diagram, esc, is_zkg, name, relations_diagram

_DCT_DESCRIPTION = URIRef("http://purl.org/dc/terms/description")
_RANGE_INCLUDES = URIRef("https://schema.org/rangeIncludes")
_CSS = """
:root { --fg:#1d2433; --muted:#5b6475; --line:#d9dee8; --accent:#1f5fa8; --bg:#fbfcfe; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",
  "Microsoft YaHei",sans-serif; color:var(--fg); background:var(--bg); }
header { padding:24px 32px; border-bottom:1px solid var(--line); background:#fff; }
header h1 { margin:0 0 4px; font-size:26px; }
header p { margin:4px 0; color:var(--muted); }
.layout { display:flex; align-items:flex-start; }
nav { position:sticky; top:0; width:270px; max-height:100vh; overflow:auto; padding:16px 20px;
  border-right:1px solid var(--line); font-size:13px; background:#fff; }
nav ul { list-style:none; margin:0 0 12px; padding-left:12px; }
nav > ul { padding-left:0; }
main { flex:1; min-width:0; padding:8px 32px 64px; }
a { color:var(--accent); text-decoration:none; }
a:hover { text-decoration:underline; }
code, .iri { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:13px; }
.iri { color:var(--muted); word-break:break-all; }
section.term { background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 18px;
  margin:14px 0; }
section.term:target { border-color:var(--accent); box-shadow:0 0 0 3px #1f5fa833; }
section.term h3 { margin:0 0 6px; font-size:18px; }
.zh { font-weight:normal; color:var(--muted); margin-left:8px; }
.badge { display:inline-block; font-size:11px; padding:1px 7px; border-radius:10px; margin-left:8px;
  background:#e9eef7; color:var(--accent); vertical-align:middle; }
dl { display:grid; grid-template-columns:150px 1fr; gap:4px 12px; margin:8px 0 0; }
dt { color:var(--muted); }
dd { margin:0; }
.tree ul { list-style:none; padding-left:18px; border-left:1px dotted var(--line); }
.tree > ul { border-left:none; padding-left:0; }
.diagram { overflow:auto; border:1px solid var(--line); background:#fff; border-radius:8px; }
table { border-collapse:collapse; font-size:13px; }
th, td { border:1px solid var(--line); padding:3px 8px; text-align:left; vertical-align:top; }
"""


def _link(term: Node) -> str:
    if is_zkg(term):
        return f'<a href="#{esc(name(term))}"><code>{esc(name(term))}</code></a>'
    if term == OWL.Thing:
        return "<code>owl:Thing</code>"
    return f'<a href="{esc(str(term))}"><code>{esc(curie(term))}</code></a>'


def _links(terms: Iterable[Node], sep: str = ", ") -> str:
    return sep.join(_link(t) for t in terms)


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    return "".join(f"<dt>{esc(label)}</dt><dd>{value}</dd>" for label, value in rows if value)


def _section(onto: Ontology, term: URIRef, badge: str, rows: Iterable[tuple[str, str]]) -> str:
    zh, en = onto.text(term, RDFS.label, "zh"), onto.text(term, RDFS.label, "en")
    common = [("definition", esc(onto.text(term, SKOS.definition))), ("comment", esc(onto.text(term, RDFS.comment)))]
    return (
        f'<section class="term" id="{esc(name(term))}"><h3><a href="#{esc(name(term))}">{esc(name(term))}</a>'
        f'<span class="zh">{esc(zh)} · {esc(en)}</span><span class="badge">{esc(badge)}</span></h3>'
        f'<div class="iri">{esc(str(term))}</div><dl>{_rows([*common, *rows])}</dl></section>'
    )


def _subclasses(onto: Ontology, cls: URIRef) -> list[URIRef]:
    return sorted((s for s in onto.graph.subjects(RDFS.subClassOf, cls) if isinstance(s, URIRef) and is_zkg(s)), key=name)


def _disjoint(onto: Ontology, cls: URIRef) -> list[URIRef]:
    g = onto.graph
    out = {b for a, b in g.subject_objects(OWL.disjointWith) if a == cls}
    out |= {a for a, b in g.subject_objects(OWL.disjointWith) if b == cls}
    for group in g.subjects(RDF.type, OWL.AllDisjointClasses):
        head = g.value(group, OWL.members)
        members = list(Collection(g, head)) if head is not None else []
        out |= set(members) - {cls} if cls in members else set()
    return sorted((t for t in out if isinstance(t, URIRef)), key=name)


def _class_section(onto: Ontology, cls: URIRef, priority: int | None) -> str:
    props = onto.property_infos
    return _section(onto, cls, "class", [
        ("sub-class of", _links(onto.superclasses_of(cls))),
        ("super-class of", _links(_subclasses(onto, cls))),
        ("disjoint with", _links(_disjoint(onto, cls))),
        ("domain of", _links(p.iri for p in props if cls in p.domain)),
        ("range of", _links(p.iri for p in props if cls in p.range)),
        ("individuals", _links(sorted((s for s in onto.graph.subjects(RDF.type, cls) if is_zkg(s)), key=name))),
        ("display priority", esc(priority) if priority is not None else ""),
    ])


def _property_section(onto: Ontology, prop: PropertyInfo) -> str:
    g, p = onto.graph, prop.iri
    traits = sorted(curie(t) for t in g.objects(p, RDF.type)
                    if t in (OWL.SymmetricProperty, OWL.FunctionalProperty, OWL.TransitiveProperty))
    domain = " ⊔ ".join(_link(d) for d in prop.domain) or "<code>owl:Thing</code>"
    if g.value(p, RDFS.domain) is None and prop.domain:
        domain += " <em>(schema:domainIncludes)</em>"
    range_ = " ⊔ ".join(_link(r) for r in prop.range) or "<code>owl:Thing</code>"
    if g.value(p, _RANGE_INCLUDES) is not None:
        range_ += f" <em>(schema:rangeIncludes; OWL range {_link(g.value(p, RDFS.range) or RDFS.Literal)})</em>"
    inverse = [*g.objects(p, OWL.inverseOf), *g.subjects(OWL.inverseOf, p)]
    return _section(onto, p, f"{prop.kind} property", [
        ("domain", domain), ("range", range_),
        ("sub-property of", _links(sorted(g.objects(p, RDFS.subPropertyOf), key=name))),
        ("inverse of", _links(sorted(inverse, key=name))),
        ("characteristics", esc(", ".join(traits))),
    ])


def _individual_section(onto: Ontology, ind: URIRef) -> str:
    g = onto.graph
    factor, divisor = g.value(ind, ZKG.conversionFactor), g.value(ind, ZKG.conversionDivisor)
    negative = g.value(ind, ZKG.allowsNegative)
    return _section(onto, ind, "individual", [
        ("type", _links(sorted((t for t in g.objects(ind, RDF.type) if t != OWL.NamedIndividual), key=name))),
        ("notation", f"<code>{esc(onto.text(ind, SKOS.notation, None))}</code>"),
        ("cue words (zh)", esc("、".join(onto.texts(ind, SKOS.altLabel, "zh")))),
        ("standard unit", _links(g.objects(ind, ZKG.standardUnit))),
        ("conversion", esc(f"× {factor}" + (f" ÷ {divisor}" if divisor is not None else "")) if factor else ""),
        ("allows negative", esc(negative) if negative is not None else ""),
        ("exact match", _links(sorted(g.objects(ind, SKOS.exactMatch), key=str))),
        ("note", esc(onto.text(ind, SKOS.scopeNote))),
    ])


def _tree(onto: Ontology, classes: list[URIRef]) -> str:
    """Nested lists of the zkg class hierarchy (a class under each of its zkg parents)."""

    def item(cls: URIRef, path: tuple[URIRef, ...]) -> str:
        inner = "".join(item(k, (*path, cls)) for k in _subclasses(onto, cls) if k not in path)
        external = [curie(s) for s in onto.superclasses_of(cls) if not is_zkg(s)]
        note = f' <span class="iri">⊑ {esc(", ".join(external))}</span>' if external else ""
        return (f"<li>{_link(cls)} {esc(onto.text(cls, RDFS.label, 'zh'))}{note}"
                f"{f'<ul>{inner}</ul>' if inner else ''}</li>")

    roots = [c for c in classes if not any(is_zkg(s) for s in onto.superclasses_of(c))]
    return '<div class="tree"><ul>' + "".join(item(r, ()) for r in roots) + "</ul></div>"


def generate_ontology_html(ontology: Graph | Ontology) -> str:
    """A self-contained documentation page of ``ontology`` (no scripts, no external loads)."""
    onto = as_ontology(ontology)
    g = onto.graph
    iri = min((s for s in g.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)), default=None)
    infos = onto.class_infos
    classes = [c.iri for c in infos]  # in display order (zkg:displayPriority), like the view's legend
    obj = [p for p in onto.property_infos if p.kind == "object"]
    dat = [p for p in onto.property_infos if p.kind == "datatype"]
    ann = onto.terms(OWL.AnnotationProperty)
    individuals = onto.terms(OWL.NamedIndividual)
    groups = [("classes", "Classes", classes), ("object-properties", "Object properties", [p.iri for p in obj]),
              ("datatype-properties", "Datatype properties", [p.iri for p in dat]),
              ("annotation-properties", "Annotation properties", ann),
              ("individuals", "Controlled individuals", individuals)]
    title = onto.text(iri, RDFS.label, "en") if iri else "Ontology"
    version = g.value(iri, OWL.versionIRI) if iri else None
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{esc(title)}</title>",
           f"<style>{_CSS}</style></head><body>",
           f'<header><h1>{esc(title)} <span class="zh">{esc(onto.text(iri, RDFS.label, "zh") if iri else "")}</span></h1>']
    if iri is not None:
        out.append(f"<p>Ontology IRI <code>{esc(iri)}</code>"
                   + (f" · version IRI <code>{esc(version)}</code>" if version else "") + "</p>")
        out.append(f"<p>{esc(onto.text(iri, RDFS.comment))}</p>")
        out.append(f'<p lang="zh">{esc(onto.text(iri, _DCT_DESCRIPTION, "zh"))}</p>')
    out.append(f"<p>{len(classes)} classes · {len(obj)} object properties · {len(dat)} datatype properties · "
               f"{len(ann)} annotation properties · {len(individuals)} controlled individuals</p></header>")
    toc = ['<nav aria-label="contents"><ul>', '<li><a href="#hierarchy">Class hierarchy</a></li>',
           '<li><a href="#diagram">Class diagram</a></li>', '<li><a href="#relations">Relations between classes</a></li>']
    for anchor, heading, terms in groups:
        items = "".join(f'<li><a href="#{esc(name(t))}">{esc(name(t))}</a> {esc(onto.text(t, RDFS.label, "zh"))}</li>'
                        for t in terms)
        toc.append(f'<li><a href="#{anchor}">{esc(heading)}</a> ({len(terms)})<ul>{items}</ul></li>')
    out.append('<div class="layout">' + "".join(toc) + "</ul></nav><main>")
    out.append('<h2 id="hierarchy">Class hierarchy</h2>' + _tree(onto, sorted(classes, key=name)))
    out.append('<h2 id="diagram">Class diagram</h2><p>The sub-class hierarchy; click a class to jump to it. '
               'Also as <a href="classes.svg">classes.svg</a>.</p>'
               '<div class="diagram">' + class_diagram(onto, standalone=False) + "</div>")
    out.append('<h2 id="relations">Relations between classes</h2><p>Every object property from its domain '
               "(left) to its range (right); properties with the same domain and range share one label. "
               'Also as <a href="relations.svg">relations.svg</a>.</p>'
               '<div class="diagram">' + relations_diagram(onto, standalone=False) + "</div>")
    out.append('<h2 id="classes">Classes</h2><p>In display order (<code>zkg:displayPriority</code>), the order of '
               "the graph view's legend.</p>")
    out += [_class_section(onto, c.iri, c.priority) for c in infos]
    out.append('<h2 id="object-properties">Object properties</h2>')
    out += [_property_section(onto, p) for p in obj]
    out.append('<h2 id="datatype-properties">Datatype properties</h2>')
    out += [_property_section(onto, p) for p in dat]
    out.append('<h2 id="annotation-properties">Annotation properties</h2>')
    out += [_section(onto, a, "annotation property", []) for a in ann]
    out.append('<h2 id="individuals">Controlled individuals</h2>')
    out += [_individual_section(onto, i) for i in individuals]
    out.append("</main></div></body></html>")
    return "\n".join(out) + "\n"
