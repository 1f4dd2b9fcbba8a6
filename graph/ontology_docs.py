"""Documentation of the zone-kg ontology, generated from ``ontology/zone.ttl``.

* :func:`generate_ontology_html` — one self-contained, offline HTML page (inline CSS, no
  scripts, no external resources): table of contents, class hierarchy, every class,
  property and controlled individual with zh/en labels, definitions, domain/range and
  anchors named after the local name (``index.html#Zone``).
* :func:`generate_class_diagram_svg` — a class diagram as SVG: one box per class,
  sub-class arrows and object-property arrows from domain to range. The layout is
  computed here (layers by sub-class depth, barycentre ordering), so the output is
  byte-identical across runs and needs no graphviz.
* :func:`generate_ontology_readme_tables` — the Markdown tables of ``ontology/README.md``.
* :func:`write_ontology_docs` — write ``index.html`` and ``classes.svg`` atomically.

Everything is sorted and every text is escaped; the same graph gives the same bytes.

``python -m graph.ontology_docs [--readme] [OUT_DIR]`` writes the docs, or refreshes the
generated tables of ``ontology/README.md``.
"""

from __future__ import annotations

import html
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from graph.namespace import PREFIXES, ZKG

ZKG_NS = str(ZKG._NS)
ROOT = Path(__file__).resolve().parent.parent
README_PATH = ROOT / "ontology" / "README.md"
README_BEGIN = "<!-- BEGIN GENERATED TABLES (python -m graph.ontology_docs --readme) -->"
README_END = "<!-- END GENERATED TABLES -->"

_SCHEMA = "https://schema.org/"
_EXTRA_PREFIXES = {
    "vann": "http://purl.org/vocab/vann/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "foaf": "http://xmlns.com/foaf/0.1/",
}
_DOMAIN_INCLUDES = URIRef(_SCHEMA + "domainIncludes")
_RANGE_INCLUDES = URIRef(_SCHEMA + "rangeIncludes")
_DCT_DESCRIPTION = URIRef("http://purl.org/dc/terms/description")


# ---------------------------------------------------------------------------- reading


def _prefixes() -> list[tuple[str, str]]:
    merged = {**_EXTRA_PREFIXES, **PREFIXES}
    # longest namespace first so the most specific prefix wins
    return sorted(merged.items(), key=lambda kv: (-len(kv[1]), kv[0]))


_PREFIX_LIST = _prefixes()


def curie(iri: Node) -> str:
    """``https://schema.org/Place`` → ``schema:Place``; unknown namespaces stay IRIs.

    >>> curie(URIRef("https://schema.org/Place"))
    'schema:Place'
    >>> curie(URIRef("https://example.org/x"))
    '<https://example.org/x>'
    """
    text = str(iri)
    for prefix, ns in _PREFIX_LIST:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return f"<{text}>"


def _is_zkg(node: Node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(ZKG_NS)


def _local(node: Node) -> str:
    return str(node)[len(ZKG_NS):] if _is_zkg(node) else curie(node)


def _terms(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted((s for s in set(g.subjects(RDF.type, kind)) if isinstance(s, URIRef) and _is_zkg(s)), key=_local)


def _text(g: Graph, node: Node, pred: URIRef, lang: str | None = "en") -> str:
    """The first (sorted) literal of ``pred`` in ``lang`` (``None``: any language)."""
    values = sorted(
        str(o) for o in g.objects(node, pred)
        if isinstance(o, Literal) and (lang is None or o.language == lang)
    )
    return values[0] if values else ""


def _texts(g: Graph, node: Node, pred: URIRef, lang: str | None = None) -> list[str]:
    return sorted(
        str(o) for o in g.objects(node, pred)
        if isinstance(o, Literal) and (lang is None or o.language == lang)
    )


def _members(g: Graph, node: Node | None) -> list[URIRef]:
    """A class expression as a list of named classes (``owl:unionOf`` expanded)."""
    if node is None:
        return []
    if isinstance(node, BNode):
        union = g.value(node, OWL.unionOf)
        if union is None:
            return []
        return sorted((m for m in Collection(g, union) if isinstance(m, URIRef)), key=_local)
    return [node] if isinstance(node, URIRef) else []


def _definition(g: Graph, term: Node) -> str:
    return _text(g, term, SKOS.definition) or _text(g, term, RDFS.comment)


@dataclass(frozen=True)
class _Prop:
    iri: URIRef
    kind: str  # "object" | "datatype"
    domain: tuple[URIRef, ...]
    range: tuple[URIRef, ...]


def _properties(g: Graph) -> list[_Prop]:
    out = []
    for kind, cls in (("object", OWL.ObjectProperty), ("datatype", OWL.DatatypeProperty)):
        for p in _terms(g, cls):
            dom = _members(g, g.value(p, RDFS.domain)) or sorted(
                (o for o in g.objects(p, _DOMAIN_INCLUDES) if isinstance(o, URIRef)), key=_local
            )
            rng = _members(g, g.value(p, RDFS.range))
            includes = sorted((o for o in g.objects(p, _RANGE_INCLUDES) if isinstance(o, URIRef)), key=_local)
            out.append(_Prop(p, kind, tuple(dom), tuple(includes or rng)))
    return out


def _superclasses(g: Graph, cls: URIRef) -> list[URIRef]:
    return sorted((o for o in g.objects(cls, RDFS.subClassOf) if isinstance(o, URIRef)), key=_local)


def _subclasses(g: Graph, cls: URIRef) -> list[URIRef]:
    return sorted((s for s in g.subjects(RDFS.subClassOf, cls) if _is_zkg(s)), key=_local)  # type: ignore[misc]


def _disjoint(g: Graph, cls: URIRef) -> list[URIRef]:
    out: set[URIRef] = set()
    for a, b in g.subject_objects(OWL.disjointWith):
        if a == cls and isinstance(b, URIRef):
            out.add(b)
        if b == cls and isinstance(a, URIRef):
            out.add(a)
    for group in g.subjects(RDF.type, OWL.AllDisjointClasses):
        members = _members_list(g, g.value(group, OWL.members))
        if cls in members:
            out.update(m for m in members if m != cls)
    return sorted(out, key=_local)


def _members_list(g: Graph, head: Node | None) -> list[URIRef]:
    if head is None:
        return []
    return [m for m in Collection(g, head) if isinstance(m, URIRef)]


def _describe(g: Graph, term: Node) -> str:
    """``local (zh / en)`` for tables and tooltips."""
    zh, en = _text(g, term, RDFS.label, "zh"), _text(g, term, RDFS.label, "en")
    return f"{_local(term)} ({zh} / {en})" if zh or en else _local(term)


# ---------------------------------------------------------------------------- HTML

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


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(term: Node) -> str:
    if _is_zkg(term):
        local = _local(term)
        return f'<a href="#{_e(local)}"><code>{_e(local)}</code></a>'
    if term == OWL.Thing:
        return "<code>owl:Thing</code>"
    return f'<a href="{_e(str(term))}"><code>{_e(curie(term))}</code></a>'


def _links(terms: Iterable[Node], sep: str = ", ") -> str:
    return sep.join(_link(t) for t in terms)


def _row(label: str, value: str) -> str:
    return f"<dt>{_e(label)}</dt><dd>{value}</dd>" if value else ""


def _heading(g: Graph, term: URIRef, badge: str) -> str:
    local = _local(term)
    zh, en = _text(g, term, RDFS.label, "zh"), _text(g, term, RDFS.label, "en")
    return (
        f'<h3><a href="#{_e(local)}">{_e(local)}</a>'
        f'<span class="zh">{_e(zh)} · {_e(en)}</span><span class="badge">{_e(badge)}</span></h3>'
        f'<div class="iri">{_e(str(term))}</div>'
    )


def _class_section(g: Graph, cls: URIRef, props: list[_Prop]) -> str:
    in_domain = [p.iri for p in props if cls in p.domain]
    in_range = [p.iri for p in props if cls in p.range]
    instances = sorted((s for s in g.subjects(RDF.type, cls) if _is_zkg(s)), key=_local)
    rows = [
        _row("definition", _e(_text(g, cls, SKOS.definition))),
        _row("comment", _e(_text(g, cls, RDFS.comment))),
        _row("sub-class of", _links(_superclasses(g, cls))),
        _row("super-class of", _links(_subclasses(g, cls))),
        _row("disjoint with", _links(_disjoint(g, cls))),
        _row("domain of", _links(in_domain)),
        _row("range of", _links(in_range)),
        _row("individuals", _links(instances)),
    ]
    return f'<section class="term" id="{_e(_local(cls))}">{_heading(g, cls, "class")}<dl>{"".join(rows)}</dl></section>'


def _prop_section(g: Graph, prop: _Prop) -> str:
    p = prop.iri
    characteristics = (OWL.SymmetricProperty, OWL.FunctionalProperty, OWL.TransitiveProperty)
    traits = sorted(curie(t) for t in g.objects(p, RDF.type) if t in characteristics)
    dom_text = " ⊔ ".join(_link(d) for d in prop.domain) or "<code>owl:Thing</code>"
    if g.value(p, RDFS.domain) is None and prop.domain:
        dom_text += " <em>(schema:domainIncludes)</em>"
    rng_text = " ⊔ ".join(_link(r) for r in prop.range) or "<code>owl:Thing</code>"
    if g.value(p, _RANGE_INCLUDES) is not None:
        rng_text += f" <em>(schema:rangeIncludes; OWL range {_link(g.value(p, RDFS.range) or RDFS.Literal)})</em>"
    inverse = [o for o in g.objects(p, OWL.inverseOf)] + [s for s in g.subjects(OWL.inverseOf, p)]
    rows = [
        _row("definition", _e(_text(g, p, SKOS.definition))),
        _row("comment", _e(_text(g, p, RDFS.comment))),
        _row("domain", dom_text),
        _row("range", rng_text),
        _row("sub-property of", _links(sorted((o for o in g.objects(p, RDFS.subPropertyOf)), key=_local))),
        _row("inverse of", _links(sorted(inverse, key=_local))),
        _row("characteristics", _e(", ".join(traits))),
    ]
    badge = "object property" if prop.kind == "object" else "datatype property"
    return f'<section class="term" id="{_e(_local(p))}">{_heading(g, p, badge)}<dl>{"".join(rows)}</dl></section>'


def _individual_section(g: Graph, ind: URIRef) -> str:
    types = sorted((t for t in g.objects(ind, RDF.type) if t != OWL.NamedIndividual), key=_local)
    divisor = g.value(ind, ZKG.conversionDivisor)
    factor = g.value(ind, ZKG.conversionFactor)
    negative = g.value(ind, ZKG.allowsNegative)
    rows = [
        _row("type", _links(types)),
        _row("notation", f"<code>{_e(_text(g, ind, SKOS.notation, None))}</code>"),
        _row("definition", _e(_text(g, ind, SKOS.definition))),
        _row("cue words (zh)", _e("、".join(_texts(g, ind, SKOS.altLabel, "zh")))),
        _row("standard unit", _links(o for o in g.objects(ind, ZKG.standardUnit))),
        _row("conversion", _e(f"× {factor}" + (f" ÷ {divisor}" if divisor is not None else "")) if factor else ""),
        _row("allows negative", _e(str(negative)) if negative is not None else ""),
        _row("exact match", _links(sorted(g.objects(ind, SKOS.exactMatch), key=str))),
        _row("note", _e(_text(g, ind, SKOS.scopeNote))),
    ]
    return f'<section class="term" id="{_e(_local(ind))}">{_heading(g, ind, "individual")}<dl>{"".join(rows)}</dl></section>'


def _tree(g: Graph, classes: list[URIRef]) -> str:
    """Nested list of the zkg class hierarchy (a class under each of its zkg parents)."""

    def node(cls: URIRef, path: tuple[URIRef, ...]) -> str:
        kids = [c for c in _subclasses(g, cls) if c not in path]
        inner = "".join(node(k, (*path, cls)) for k in kids)
        ext = [s for s in _superclasses(g, cls) if not _is_zkg(s)]
        note = f' <span class="iri">⊑ {_e(", ".join(curie(s) for s in ext))}</span>' if ext else ""
        label = _e(_text(g, cls, RDFS.label, "zh"))
        return f"<li>{_link(cls)} {label}{note}{f'<ul>{inner}</ul>' if inner else ''}</li>"

    roots = [c for c in classes if not any(_is_zkg(s) for s in _superclasses(g, c))]
    return '<div class="tree"><ul>' + "".join(node(r, ()) for r in roots) + "</ul></div>"


def _toc(g: Graph, groups: list[tuple[str, str, list[URIRef]]]) -> str:
    parts = ['<nav aria-label="contents"><ul>', '<li><a href="#hierarchy">Class hierarchy</a></li>',
             '<li><a href="#diagram">Class diagram</a></li>']
    for anchor, title, terms in groups:
        items = "".join(
            f'<li><a href="#{_e(_local(t))}">{_e(_local(t))}</a> {_e(_text(g, t, RDFS.label, "zh"))}</li>'
            for t in terms
        )
        parts.append(f'<li><a href="#{anchor}">{_e(title)}</a> ({len(terms)})<ul>{items}</ul></li>')
    parts.append("</ul></nav>")
    return "".join(parts)


def _ontology_iri(g: Graph) -> URIRef | None:
    found = sorted(s for s in g.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))
    return found[0] if found else None


def generate_ontology_html(ontology: Graph) -> str:
    """A self-contained documentation page of ``ontology`` (no scripts, no external loads)."""
    g = ontology
    onto_iri = _ontology_iri(g)
    classes = _terms(g, OWL.Class)
    props = _properties(g)
    obj = [p for p in props if p.kind == "object"]
    dat = [p for p in props if p.kind == "datatype"]
    individuals = _terms(g, OWL.NamedIndividual)
    title_en = _text(g, onto_iri, RDFS.label, "en") if onto_iri else "Ontology"
    title_zh = _text(g, onto_iri, RDFS.label, "zh") if onto_iri else ""
    version = g.value(onto_iri, OWL.versionIRI) if onto_iri else None
    groups = [
        ("classes", "Classes", classes),
        ("object-properties", "Object properties", [p.iri for p in obj]),
        ("datatype-properties", "Datatype properties", [p.iri for p in dat]),
        ("individuals", "Controlled individuals", individuals),
    ]
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title_en)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<header><h1>{_e(title_en)} <span class=\"zh\">{_e(title_zh)}</span></h1>",
    ]
    if onto_iri is not None:
        out.append(f'<p>Ontology IRI <code>{_e(str(onto_iri))}</code>'
                   + (f' · version IRI <code>{_e(str(version))}</code>' if version else "") + "</p>")
        out.append(f"<p>{_e(_text(g, onto_iri, RDFS.comment))}</p>")
        out.append(f'<p lang="zh">{_e(_text(g, onto_iri, _DCT_DESCRIPTION, "zh"))}</p>')
    out.append(
        f"<p>{len(classes)} classes · {len(obj)} object properties · {len(dat)} datatype properties · "
        f"{len(individuals)} controlled individuals</p></header>"
    )
    out.append('<div class="layout">' + _toc(g, groups) + "<main>")
    out.append('<h2 id="hierarchy">Class hierarchy</h2>' + _tree(g, classes))
    out.append('<h2 id="diagram">Class diagram</h2><p>Also as <a href="classes.svg">classes.svg</a>.</p>'
               '<div class="diagram">' + _svg_body(g, standalone=False) + "</div>")
    out.append('<h2 id="classes">Classes</h2>')
    out.extend(_class_section(g, c, props) for c in classes)
    out.append('<h2 id="object-properties">Object properties</h2>')
    out.extend(_prop_section(g, p) for p in obj)
    out.append('<h2 id="datatype-properties">Datatype properties</h2>')
    out.extend(_prop_section(g, p) for p in dat)
    out.append('<h2 id="individuals">Controlled individuals</h2>')
    out.extend(_individual_section(g, i) for i in individuals)
    out.append("</main></div></body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------- SVG diagram

_BOX_H = 46
_GAP_X = 36
_GAP_Y = 90
_MARGIN = 30
_ROW_WIDTH = 1500


def _text_width(text: str, size: float) -> float:
    """Rough advance width: CJK glyphs are square, Latin ones about 0.6 em."""
    return sum(size if ord(ch) > 0x2E7F else size * 0.6 for ch in text)


@dataclass(frozen=True)
class _Box:
    cls: URIRef
    x: int
    y: int
    w: int
    h: int

    @property
    def cx(self) -> int:
        return self.x + self.w // 2


def _layout(g: Graph, classes: list[URIRef]) -> dict[URIRef, _Box]:
    """Boxes for ``classes``: each root class heads a block with its sub-classes drawn
    below it as a tree; blocks (largest first, then by name) are packed into rows.

    A class with several zkg parents (Zone ⊑ Organization ⊓ Place) sits under the parent
    with the most descendants; its other sub-class arrows are drawn across blocks.
    """
    parents = {c: [s for s in _superclasses(g, c) if s in classes] for c in classes}
    descendants = {c: sum(1 for d in classes if c in _ancestors(parents, d)) for c in classes}

    def rank(c: URIRef) -> tuple[int, str]:
        return (-descendants[c], _local(c))

    children: dict[URIRef, list[URIRef]] = {c: [] for c in classes}
    roots = []
    for c in classes:
        if parents[c]:
            children[min(parents[c], key=rank)].append(c)
        else:
            roots.append(c)
    widths = {
        c: int(max(_text_width(_local(c), 13), _text_width(_text(g, c, RDFS.label, "zh"), 12), 90) + 20)
        for c in classes
    }

    def span(c: URIRef) -> int:
        kids = sorted(children[c], key=_local)
        inner = sum(span(k) for k in kids) + _GAP_X * (len(kids) - 1) if kids else 0
        return max(widths[c], inner)

    def levels(c: URIRef) -> int:
        return 1 + max((levels(k) for k in children[c]), default=0)

    boxes: dict[URIRef, _Box] = {}

    def place(c: URIRef, x: int, y: int) -> None:
        total = span(c)
        boxes[c] = _Box(c, x + (total - widths[c]) // 2, y, widths[c], _BOX_H)
        kids = sorted(children[c], key=_local)
        inner = sum(span(k) for k in kids) + _GAP_X * (len(kids) - 1) if kids else 0
        kx = x + (total - inner) // 2
        for k in kids:
            place(k, kx, y + _BOX_H + _GAP_Y)
            kx += span(k) + _GAP_X

    rows: list[list[URIRef]] = [[]]
    used = 0
    for root in sorted(roots, key=rank):
        need = span(root) + (_GAP_X if rows[-1] else 0)
        if rows[-1] and used + need > _ROW_WIDTH:
            rows.append([])
            used, need = 0, span(root)
        rows[-1].append(root)
        used += need
    y = _MARGIN
    for row in rows:
        x = _MARGIN
        for root in row:
            place(root, x, y)
            x += span(root) + _GAP_X
        y += max(levels(r) for r in row) * (_BOX_H + _GAP_Y)
    return boxes


def _ancestors(parents: dict[URIRef, list[URIRef]], c: URIRef) -> set[URIRef]:
    out: set[URIRef] = set()
    todo = list(parents.get(c, []))
    while todo:
        p = todo.pop()
        if p not in out:
            out.add(p)
            todo.extend(parents.get(p, []))
    return out


def _svg_body(g: Graph, *, standalone: bool) -> str:
    classes = _terms(g, OWL.Class)
    boxes = _layout(g, classes)
    width = max((b.x + b.w for b in boxes.values()), default=0) + _MARGIN
    height = max((b.y + b.h for b in boxes.values()), default=0) + _MARGIN + 20
    ns = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    out = [
        f'<svg{ns} width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'font-family="system-ui, sans-serif" role="img" aria-label="zone-kg class diagram">',
        "<title>zone-kg class diagram: boxes are classes, solid arrows with hollow heads are "
        "sub-class links, dashed arrows are object properties from domain to range</title>",
        "<defs>"
        '<marker id="zkg-sub" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" '
        'orient="auto-start-reverse"><path d="M1,1 L11,6 L1,11 Z" fill="#fff" stroke="#334"/></marker>'
        '<marker id="zkg-prop" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="#1f5fa8"/></marker>'
        "</defs>",
        '<rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>',
    ]
    # object properties: domain -> range, drawn first so boxes stay on top
    out.append('<g class="properties" fill="none" stroke="#1f5fa8" stroke-opacity="0.45" stroke-dasharray="5 3">')
    labels: list[str] = []
    for prop in _properties(g):
        if prop.kind != "object":
            continue
        name = _local(prop.iri)
        for i, d in enumerate(prop.domain):
            for j, r in enumerate(prop.range):
                if d not in boxes or r not in boxes:
                    continue
                a, b = boxes[d], boxes[r]
                tip = f"{name}: {_local(d)} → {_local(r)}"
                if d == r:  # loop on the right-hand side
                    x0, y0 = a.x + a.w, a.y + 12
                    path = f"M{x0},{y0} C{x0 + 46},{y0 - 30} {x0 + 46},{y0 + 52} {x0},{y0 + 22}"
                    lx, ly = x0 + 38, y0 + 12
                else:
                    sx, sy = a.cx + (i * 7) % 28 - 14, a.y + a.h
                    ex, ey = b.cx + (j * 7) % 28 - 14, b.y
                    if b.y + b.h <= a.y:  # target above: leave from the top, enter at the bottom
                        sy, ey = a.y, b.y + b.h
                    elif b.y == a.y:  # same row: arc below both boxes
                        sy = ey = a.y + a.h
                    bend = 40 if b.y == a.y else 0
                    my = (sy + ey) // 2 + bend
                    path = f"M{sx},{sy} C{sx},{my} {ex},{my} {ex},{ey}"
                    lx, ly = (sx + ex) // 2, my + (bend // 2)
                out.append(f'<path d="{path}" marker-end="url(#zkg-prop)"><title>{_e(tip)}</title></path>')
                labels.append(
                    f'<text x="{lx}" y="{ly}" font-size="9" fill="#1f5fa8" text-anchor="middle">{_e(name)}</text>'
                )
    out.append("</g>")
    # sub-class arrows: child -> parent, hollow triangle at the parent
    out.append('<g class="subclass" stroke="#334" stroke-width="1.3" fill="none">')
    for c in classes:
        for p in _superclasses(g, c):
            if p not in boxes:
                continue
            a, b = boxes[c], boxes[p]
            above = b.y + b.h <= a.y
            path = f"M{a.cx},{a.y} L{b.cx},{b.y + b.h}" if above else f"M{a.cx},{a.y + a.h} L{b.cx},{b.y}"
            out.append(f'<path d="{path}" marker-end="url(#zkg-sub)"><title>{_e(_local(c))} ⊑ '
                       f"{_e(_local(p))}</title></path>")
    out.append("</g>")
    out.append('<g class="property-labels">' + "".join(labels) + "</g>")
    # class boxes
    out.append('<g class="classes">')
    for c in classes:
        b = boxes[c]
        ext = ", ".join(curie(s) for s in _superclasses(g, c) if not _is_zkg(s))
        tip = _describe(g, c) + (f" ⊑ {ext}" if ext else "") + " — " + _text(g, c, SKOS.definition)
        out.append(
            f'<g class="class" data-class="{_e(_local(c))}"><title>{_e(tip)}</title>'
            f'<rect class="class-box" x="{b.x}" y="{b.y}" width="{b.w}" height="{b.h}" rx="6" '
            f'fill="#f4f7fc" stroke="#1d2433"/>'
            f'<text x="{b.cx}" y="{b.y + 19}" font-size="13" font-weight="bold" text-anchor="middle" '
            f'fill="#1d2433">{_e(_local(c))}</text>'
            f'<text x="{b.cx}" y="{b.y + 36}" font-size="12" text-anchor="middle" fill="#5b6475">'
            f"{_e(_text(g, c, RDFS.label, 'zh'))}</text></g>"
        )
    out.append("</g>")
    out.append(
        f'<text x="{_MARGIN}" y="{height - 12}" font-size="11" fill="#5b6475">Hollow arrow: sub-class of. '
        "Dashed arrow: object property, domain → range (owl:Thing ends omitted).</text>"
    )
    out.append("</svg>")
    return "\n".join(out)


def generate_class_diagram_svg(ontology: Graph) -> str:
    """The class diagram as a standalone SVG document (deterministic layout)."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _svg_body(ontology, standalone=True) + "\n"


# ---------------------------------------------------------------------------- README tables


def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _md_terms(terms: Iterable[Node]) -> str:
    return " ⊔ ".join(f"`{_local(t)}`" for t in terms) or "`owl:Thing`"


def generate_ontology_readme_tables(ontology: Graph) -> str:
    """Markdown tables of the classes, properties and controlled individuals."""
    g = ontology
    lines = ["### Classes", "", "| class | zh | en | sub-class of | definition |", "|---|---|---|---|---|"]
    for c in _terms(g, OWL.Class):
        supers = ", ".join(f"`{_local(s)}`" for s in _superclasses(g, c)) or "–"
        lines.append(f"| `{_local(c)}` | {_md(_text(g, c, RDFS.label, 'zh'))} | {_md(_text(g, c, RDFS.label, 'en'))}"
                     f" | {supers} | {_md(_definition(g, c))} |")
    for kind, title in (("object", "Object properties"), ("datatype", "Datatype properties")):
        lines += ["", f"### {title}", "", "| property | zh | en | domain | range | definition |",
                  "|---|---|---|---|---|---|"]
        for p in _properties(g):
            if p.kind == kind:
                lines.append(
                    f"| `{_local(p.iri)}` | {_md(_text(g, p.iri, RDFS.label, 'zh'))} | "
                    f"{_md(_text(g, p.iri, RDFS.label, 'en'))} | {_md_terms(p.domain)} | {_md_terms(p.range)} | "
                    f"{_md(_definition(g, p.iri))} |"
                )
    lines += ["", "### Controlled individuals", "", "| individual | type | notation | zh | en | definition |",
              "|---|---|---|---|---|---|"]
    for i in _terms(g, OWL.NamedIndividual):
        types = ", ".join(f"`{_local(t)}`" for t in sorted(g.objects(i, RDF.type), key=_local)
                          if t != OWL.NamedIndividual)
        lines.append(
            f"| `{_local(i)}` | {types} | `{_md(_text(g, i, SKOS.notation, None))}` | "
            f"{_md(_text(g, i, RDFS.label, 'zh'))} | {_md(_text(g, i, RDFS.label, 'en'))} | "
            f"{_md(_definition(g, i))} |"
        )
    return "\n".join(lines) + "\n"


def readme_generated_part(readme: str) -> str:
    """The text between the README's BEGIN/END markers (without the markers)."""
    start = readme.index(README_BEGIN) + len(README_BEGIN)
    end = readme.index(README_END)
    return readme[start:end].strip("\n") + "\n"


def update_readme(ontology: Graph, path: Path = README_PATH) -> bool:
    """Replace the generated tables of ``path``; returns whether the file changed."""
    text = path.read_text(encoding="utf-8")
    start = text.index(README_BEGIN) + len(README_BEGIN)
    end = text.index(README_END)
    new = text[:start] + "\n\n" + generate_ontology_readme_tables(ontology) + "\n" + text[end:]
    if new == text:
        return False
    _write_atomic(path, new.encode("utf-8"))
    return True


# ---------------------------------------------------------------------------- writing


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_ontology_docs(ontology: Graph, out_dir: Path) -> list[Path]:
    """Write ``index.html`` and ``classes.svg`` to ``out_dir``; both are generated first."""
    out_dir = Path(out_dir)
    files = {
        out_dir / "index.html": generate_ontology_html(ontology).encode("utf-8"),
        out_dir / "classes.svg": generate_class_diagram_svg(ontology).encode("utf-8"),
    }
    for path, data in files.items():
        _write_atomic(path, data)
    return list(files)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    g = Graph().parse(ROOT / "ontology" / "zone.ttl", format="turtle")
    if "--readme" in args:
        changed = update_readme(g)
        print(f"{README_PATH}: {'updated' if changed else 'up to date'}")
        return 0
    out = Path(args[0]) if args else ROOT / "exports" / "ontology"
    for path in write_ontology_docs(g, out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
