"""Documentation of the zone-kg ontology, generated from ``ontology/zone.ttl``.

* :func:`generate_ontology_html` — one self-contained, offline HTML page (inline CSS, no
  scripts, no external resources): table of contents, class hierarchy, every class,
  property and controlled individual with zh/en labels, definitions, domain/range and
  anchors named after the local name (``index.html#Zone``).
* :func:`generate_class_diagram_svg` — the sub-class hierarchy as SVG: one box per class,
  the W3C / schema.org super-classes as small grey boxes, the controlled-value classes and
  the classes without a super-class grouped in frames.
* :func:`generate_relations_diagram_svg` — the object properties as SVG: domain classes on
  the left, range classes on the right, one label box per group of properties with the
  same domain and range in between (``owl:Thing`` ends are listed in a note).

  Both layouts are computed here (layers, barycentre ordering, overlap-free spreading),
  so the output is byte-identical across runs and needs no graphviz.
* :func:`generate_ontology_readme_tables` — the Markdown tables of ``ontology/README.md``.
* :func:`write_ontology_docs` — write ``index.html``, ``classes.svg`` and ``relations.svg`` atomically.

Everything is sorted and every text is escaped; the same graph gives the same bytes.

``python -m graph.ontology_docs [--readme] [OUT_DIR]`` writes the docs, or refreshes the
generated tables of ``ontology/README.md``.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from graph.exporters.writer import write_atomic
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
             '<li><a href="#diagram">Class diagram</a></li>',
             '<li><a href="#relations">Relations between classes</a></li>']
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
    out.append('<h2 id="diagram">Class diagram</h2><p>The sub-class hierarchy; click a class to jump to it. '
               'Also as <a href="classes.svg">classes.svg</a>.</p>'
               '<div class="diagram">' + _class_svg(g, standalone=False) + "</div>")
    out.append('<h2 id="relations">Relations between classes</h2><p>Every object property from its domain '
               "(left) to its range (right); properties with the same domain and range share one label. "
               'Also as <a href="relations.svg">relations.svg</a>.</p>'
               '<div class="diagram">' + _relations_svg(g, standalone=False) + "</div>")
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


# ---------------------------------------------------------------------------- SVG diagrams
#
# Both layouts are computed here with plain arithmetic on sorted inputs (no randomness,
# no graphviz), so the same ontology always gives the same bytes.

_MARGIN = 30
_FONT = 'font-family="system-ui, -apple-system, \'Segoe UI\', \'Noto Sans CJK SC\', \'PingFang SC\', sans-serif"'
_INK, _MUTED, _LINE = "#1d2433", "#5b6475", "#c7cedb"
_K = TypeVar("_K", bound=Hashable)


def _text_width(text: str, size: float) -> float:
    """Rough advance width: CJK glyphs are square, Latin ones about 0.6 em."""
    return sum(size if ord(ch) > 0x2E7F else size * 0.6 for ch in text)


def _spread(order: list[_K], size: dict[_K, float], want: dict[_K, float], gap: float,
             lo: float) -> dict[_K, float]:
    """Start coordinates for boxes kept in ``order`` along one axis, as close as possible to
    ``want`` without overlapping (``gap`` between neighbours, nothing before ``lo``).

    The mean of a push-forward and a push-backward pass: both are feasible, so is their mean.
    """
    if not order:
        return {}
    fwd: list[float] = []
    end = lo - gap
    for n in order:
        fwd.append(max(want[n], end + gap))
        end = fwd[-1] + size[n]
    bwd: list[float] = [0.0] * len(order)
    start = float("inf")
    for i in range(len(order) - 1, -1, -1):
        n = order[i]
        bwd[i] = min(want[n], start - gap - size[n])
        start = bwd[i]
    pos = [(a + b) / 2 for a, b in zip(fwd, bwd, strict=True)]
    shift = max(0.0, lo - pos[0])
    return {n: round(p + shift, 1) for n, p in zip(order, pos, strict=True)}


def _num(value: float) -> str:
    """Coordinates for the SVG text: integers without a dot, others with one decimal."""
    value = round(value, 1)
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def _svg_open(width: float, height: float, label: str, title: str, standalone: bool) -> list[str]:
    ns = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    return [
        f'<svg{ns} width="{_num(width)}" height="{_num(height)}" viewBox="0 0 {_num(width)} {_num(height)}" '
        f'{_FONT} role="img" aria-label="{_e(label)}">',
        f"<title>{_e(title)}</title>",
    ]


def _class_href(cls: Node, standalone: bool) -> str:
    return ("index.html" if standalone else "") + f"#{_local(cls)}"


def _class_box(g: Graph, cls: URIRef, x: float, y: float, w: float, h: float, standalone: bool,
               css: str = "class-box", stripe: str = "") -> str:
    """A zkg class: bold local name over the zh label, linking to its documentation."""
    ext = ", ".join(curie(s) for s in _superclasses(g, cls) if not _is_zkg(s))
    tip = _describe(g, cls) + (f" ⊑ {ext}" if ext else "") + " — " + _text(g, cls, SKOS.definition)
    cx = x + w / 2
    bar = (f'<rect x="{_num(x)}" y="{_num(y)}" width="5" height="{_num(h)}" rx="2" fill="{stripe}"/>'
           if stripe else "")
    return (
        f'<g class="class" data-class="{_e(_local(cls))}"><title>{_e(tip)}</title>'
        f'<a href="{_e(_class_href(cls, standalone))}">'
        f'<rect class="{css}" x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}" rx="6" '
        f'fill="#f4f7fc" stroke="{_INK}"/>{bar}'
        f'<text x="{_num(cx)}" y="{_num(y + h / 2 - 4)}" font-size="13" font-weight="bold" text-anchor="middle" '
        f'fill="{_INK}">{_e(_local(cls))}</text>'
        f'<text x="{_num(cx)}" y="{_num(y + h / 2 + 13)}" font-size="12" text-anchor="middle" fill="{_MUTED}">'
        f"{_e(_text(g, cls, RDFS.label, 'zh'))}</text></a></g>"
    )


def _class_width(g: Graph, cls: URIRef) -> float:
    return float(int(max(_text_width(_local(cls), 13), _text_width(_text(g, cls, RDFS.label, "zh"), 12), 80) + 22))


# ------------------------------------------------------------- the sub-class hierarchy

_BOX_H = 46
_EXT_H = 24
_GAP_X = 18
_LAYER_GAP = 44
_GROUP_GAP = 46
_ROW_GAP = 40
_CAPTION_H = 22
_ROW_WIDTH = 1500


@dataclass(frozen=True)
class _Group:
    """A connected part of the hierarchy (zkg classes plus their external super-classes)."""

    kind: str  # "tree" | "concepts" | "standalone"
    nodes: tuple[URIRef, ...]
    caption: str


def _hierarchy_groups(g: Graph, classes: list[URIRef]) -> list[_Group]:
    cls_set = set(classes)
    parent: dict[URIRef, URIRef] = {}

    def find(n: URIRef) -> URIRef:
        while parent.get(n, n) != n:
            n = parent[n]
        return n

    nodes: set[URIRef] = set(classes)
    for c in classes:
        for s in _superclasses(g, c):
            nodes.add(s)
            a, b = sorted((find(c), find(s)), key=_local)
            if a != b:
                parent[b] = a
    comps: dict[URIRef, list[URIRef]] = {}
    for n in sorted(nodes, key=_local):
        comps.setdefault(find(n), []).append(n)
    trees, concepts, lonely = [], [], []
    for members in comps.values():
        if members == [m for m in members if m in cls_set] and len(members) == 1:
            lonely.extend(members)
        elif SKOS.Concept in members:
            concepts.extend(members)
        else:
            trees.append(members)
    trees.sort(key=lambda ms: (-sum(1 for m in ms if m in cls_set), min(_local(m) for m in ms if m in cls_set)))
    out = [_Group("tree", tuple(ms), "") for ms in trees]
    if concepts:
        out.append(_Group("concepts", tuple(concepts),
                          "Controlled values (skos:Concept) — their individuals are listed in index.html"))
    if lonely:
        out.append(_Group("standalone", tuple(lonely), "Classes without a super-class"))
    return out


@dataclass
class _Placed:
    boxes: dict[URIRef, tuple[float, float, float, float]]  # x, y, w, h relative to the group
    width: float
    height: float


def _layer_of(g: Graph, nodes: tuple[URIRef, ...]) -> dict[URIRef, int]:
    """External classes on layer 0, a zkg class one below its deepest zkg parent."""
    layer: dict[URIRef, int] = {}

    def depth(n: URIRef, seen: tuple[URIRef, ...] = ()) -> int:
        if n in layer:
            return layer[n]
        if not _is_zkg(n):
            return 0
        ups = [s for s in _superclasses(g, n) if _is_zkg(s) and s in nodes and s not in seen]
        layer[n] = 1 + max((depth(s, (*seen, n)) for s in ups), default=0)
        return layer[n]

    return {n: depth(n) for n in nodes}


def _place_group(g: Graph, group: _Group) -> _Placed:
    nodes = group.nodes
    layer = _layer_of(g, nodes)
    if group.kind == "standalone":
        layer = dict.fromkeys(nodes, 1)
    width = {n: _class_width(g, n) if _is_zkg(n) else _text_width(curie(n), 11) + 16 for n in nodes}
    height = {n: float(_BOX_H if _is_zkg(n) else _EXT_H) for n in nodes}
    ups = {n: [s for s in _superclasses(g, n) if s in nodes] if _is_zkg(n) else [] for n in nodes}
    downs: dict[URIRef, list[URIRef]] = {n: [] for n in nodes}
    for n in nodes:
        for s in ups[n]:
            downs[s].append(n)
    depth = max(layer.values()) + 1
    layers = [sorted((n for n in nodes if layer[n] == k), key=_local) for k in range(depth)]
    # crossing reduction: barycentre sweeps, down then up, ties by name
    index = {n: i for lay in layers for i, n in enumerate(lay)}
    for _ in range(4):
        for k in [*range(1, depth), *range(depth - 2, -1, -1)]:
            def key(n: URIRef, k: int = k) -> tuple[float, str]:
                near = [m for m in ups[n] + downs[n] if layer[m] != k]
                return (sum(index[m] for m in near) / len(near) if near else index[n], _local(n))
            layers[k].sort(key=key)
            index.update({n: i for i, n in enumerate(layers[k])})
    # x: pack the widest layer, then let every layer follow its neighbours' centres
    xs: dict[URIRef, float] = {}
    for lay in layers:
        x = 0.0
        for n in lay:
            xs[n] = x
            x += width[n] + _GAP_X
    for _ in range(6):
        for k in [*range(depth - 2, -1, -1), *range(1, depth)]:
            want = {}
            for n in layers[k]:
                near = [m for m in ups[n] + downs[n] if layer[m] != k]
                centre = sum(xs[m] + width[m] / 2 for m in near) / len(near) if near else xs[n] + width[n] / 2
                want[n] = centre - width[n] / 2
            xs.update(_spread(layers[k], width, want, _GAP_X, -1e9))
        low = min(xs.values())
        xs = {n: v - low for n, v in xs.items()}
    ys, y = {}, 0.0
    for k in range(depth):
        ys[k] = y
        y += (max((height[n] for n in layers[k]), default=_EXT_H) if layers[k] else 0) + _LAYER_GAP
    if group.kind == "standalone":  # a single row aligned with the other groups' first zkg layer
        ys[1] = _EXT_H + _LAYER_GAP
    boxes = {n: (round(xs[n], 1), ys[layer[n]], width[n], height[n]) for n in nodes}
    return _Placed(boxes, max(x + w for x, _, w, _ in boxes.values()), max(y + h for _, y, _, h in boxes.values()))


def _hierarchy_layout(g: Graph) -> tuple[dict[URIRef, tuple[float, float, float, float]],
                                         list[tuple[_Group, tuple[float, float, float, float]]], float, float]:
    """Absolute boxes, group frames and the drawing size of the sub-class diagram."""
    classes = _terms(g, OWL.Class)
    placed = [(grp, _place_group(g, grp)) for grp in _hierarchy_groups(g, classes)]
    pad = 12.0
    rows: list[list[tuple[_Group, _Placed]]] = [[]]
    used = 0.0
    for grp, pl in placed:
        need = pl.width + 2 * pad
        if rows[-1] and used + _GROUP_GAP + need > _ROW_WIDTH:
            rows.append([])
            used = 0.0
        used += (_GROUP_GAP if rows[-1] else 0) + need
        rows[-1].append((grp, pl))
    boxes: dict[URIRef, tuple[float, float, float, float]] = {}
    frames = []
    y = _MARGIN + 26.0  # heading
    width = 0.0
    for row in rows:
        x = float(_MARGIN)
        top = y + _CAPTION_H
        for grp, pl in row:
            ox = x + pad
            for n, (bx, by, bw, bh) in pl.boxes.items():
                boxes[n] = (round(bx + ox, 1), by + top, bw, bh)
            frames.append((grp, (x, top - pad, pl.width + 2 * pad, pl.height + 2 * pad)))
            x += pl.width + 2 * pad + _GROUP_GAP
        width = max(width, x - _GROUP_GAP)
        y = top + max(pl.height for _, pl in row) + pad + _ROW_GAP
    return boxes, frames, width + _MARGIN, y - _ROW_GAP + 40


def _child_ports(g: Graph, cls: URIRef, boxes: dict[URIRef, tuple[float, float, float, float]]) -> dict[URIRef, float]:
    """Where the links to each super-class leave the top of ``cls``: one x per parent,
    ordered like the parents, so a class with two parents shows two separate lines."""
    parents = sorted((p for p in _superclasses(g, cls) if p in boxes),
                     key=lambda p: (boxes[p][0] + boxes[p][2] / 2, _local(p)))
    x, _y, w, _h = boxes[cls]
    return {p: round(x + w / 2 + (i - (len(parents) - 1) / 2) * 16, 1) for i, p in enumerate(parents)}


def _bus_heights(g: Graph, classes: list[URIRef],
                 boxes: dict[URIRef, tuple[float, float, float, float]]) -> dict[URIRef, float]:
    """The height of each parent's horizontal bus; parents whose buses would touch get
    different heights, so two families never read as one."""
    spans: dict[URIRef, tuple[float, float, float]] = {}  # parent -> (left, right, top of children)
    for c in classes:
        y = boxes[c][1]
        for p, port in _child_ports(g, c, boxes).items():
            px, _py, pw, _ph = boxes[p]
            lo, hi, top = spans.get(p, (px + pw / 2, px + pw / 2, y))
            spans[p] = (min(lo, port), max(hi, port), min(top, y))
    out: dict[URIRef, float] = {}
    by_row: dict[float, list[URIRef]] = {}
    for p in spans:
        by_row.setdefault(boxes[p][1] + boxes[p][3], []).append(p)
    for bottom, parents in sorted(by_row.items()):
        parents.sort(key=lambda p: (spans[p][0], _local(p)))
        level: dict[URIRef, int] = {}
        ends: list[float] = []  # right end of the last bus on each level
        for p in parents:
            lo, hi, _top = spans[p]
            k = next((i for i, e in enumerate(ends) if e + 12 < lo), len(ends))
            if k == len(ends):
                ends.append(hi)
            else:
                ends[k] = hi
            level[p] = k
        for p in parents:
            gap = spans[p][2] - bottom
            out[p] = round(bottom + gap * (level[p] + 1) / (len(ends) + 1), 1)
    return out


def _class_svg(g: Graph, *, standalone: bool) -> str:
    classes = _terms(g, OWL.Class)
    boxes, frames, width, height = _hierarchy_layout(g)
    out = _svg_open(
        width, height, "zone-kg class hierarchy",
        "zone-kg class hierarchy: boxes are classes (grey: W3C / schema.org super-classes); "
        "a line with a hollow triangle points from a sub-class to its super-class", standalone)
    out += [
        "<defs>"
        '<marker id="zkg-sub" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="13" markerHeight="13" '
        f'orient="auto-start-reverse"><path d="M1,1 L11,6 L1,11 Z" fill="#fff" stroke="{_INK}"/></marker>'
        "</defs>",
        '<rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>',
        f'<text x="{_MARGIN}" y="{_MARGIN + 6}" font-size="17" font-weight="bold" fill="{_INK}">'
        "zone-kg classes and their super-classes</text>",
    ]
    out.append('<g class="groups">')
    for grp, (fx, fy, fw, fh) in frames:
        if grp.kind == "tree":
            continue
        out.append(f'<rect class="group-frame" x="{_num(fx)}" y="{_num(fy)}" width="{_num(fw)}" height="{_num(fh)}" '
                   f'rx="10" fill="#f8f9fb" stroke="{_LINE}" stroke-dasharray="5 4"/>'
                   f'<text x="{_num(fx + 2)}" y="{_num(fy - 7)}" font-size="12" fill="{_MUTED}">{_e(grp.caption)}</text>')
    out.append("</g>")
    # sub-class links: up from the child, along a bus just below the parent, up into the parent
    bus_y = _bus_heights(g, classes, boxes)
    out.append(f'<g class="subclass" stroke="{_INK}" stroke-width="1.3" fill="none">')
    for c in classes:
        y = boxes[c][1]
        for p, cx in _child_ports(g, c, boxes).items():
            px, py, pw, ph = boxes[p]
            pcx = px + pw / 2
            bus = bus_y[p]
            if abs(cx - pcx) < 0.5:
                d = f"M{_num(cx)},{_num(y)} L{_num(pcx)},{_num(py + ph)}"
            else:
                d = f"M{_num(cx)},{_num(y)} V{_num(bus)} H{_num(pcx)} V{_num(py + ph)}"
            out.append(f'<path d="{d}" marker-end="url(#zkg-sub)"><title>{_e(_local(c))} ⊑ {_e(_local(p))}</title></path>')
    out.append("</g>")
    out.append('<g class="external">')
    for n, (x, y, w, h) in sorted(boxes.items(), key=lambda kv: _local(kv[0])):
        if _is_zkg(n):
            continue
        out.append(
            f'<g class="external-class" data-iri="{_e(str(n))}"><title>{_e(str(n))}</title>'
            f'<a href="{_e(str(n))}"><rect class="external-box" x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" '
            f'height="{_num(h)}" rx="4" fill="#eef0f3" stroke="#9aa3b2"/>'
            f'<text x="{_num(x + w / 2)}" y="{_num(y + h / 2 + 4)}" font-size="11" text-anchor="middle" '
            f'fill="{_MUTED}">{_e(curie(n))}</text></a></g>'
        )
    out.append("</g>")
    out.append('<g class="classes">')
    for c in classes:
        out.append(_class_box(g, c, *boxes[c], standalone))
    out.append("</g>")
    out.append(
        f'<text x="{_MARGIN}" y="{_num(height - 16)}" font-size="12" fill="{_MUTED}">'
        "Line with a hollow triangle: sub-class of (it points to the super-class). "
        "Grey boxes: W3C / schema.org classes we specialise. "
        "Relations between classes: relations.svg.</text>"
    )
    out.append("</svg>")
    return "\n".join(out)


def generate_class_diagram_svg(ontology: Graph) -> str:
    """The sub-class hierarchy as a standalone SVG document (deterministic layout)."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _class_svg(ontology, standalone=True) + "\n"


# ------------------------------------------------------------- the relations diagram

_REL_BOX_W_MIN = 150.0
_REL_LINE_H = 17.0
_REL_PAD = 6.0
_REL_GAP = 10.0
_REL_COL_GAP = 230.0
_REL_NODE_GAP = 14.0
_PALETTE = ("#1f5fa8", "#c2571a", "#2e8b57", "#8e44ad", "#b8860b", "#c0392b", "#16808a", "#6b4f2a",
            "#d6307a", "#4b5d16", "#3b4cc0", "#7f7f7f")


@dataclass(frozen=True)
class _Relation:
    """One label box: the object properties with exactly these zkg domain and range classes."""

    props: tuple[URIRef, ...]
    domain: tuple[URIRef, ...]
    range: tuple[URIRef, ...]


@dataclass
class RelationsLayout:
    """Coordinates of the relations diagram (``x, y, w, h`` per box)."""

    domain_boxes: dict[URIRef, tuple[float, float, float, float]]
    range_boxes: dict[URIRef, tuple[float, float, float, float]]
    label_boxes: list[tuple[_Relation, tuple[float, float, float, float]]]
    omitted: list[_Prop]
    width: float
    height: float


def _relations(g: Graph) -> tuple[list[_Relation], list[_Prop]]:
    """Object properties grouped by (domain classes, range classes); those with an
    ``owl:Thing`` (or non-zkg) end are returned separately."""
    classes = set(_terms(g, OWL.Class))
    groups: dict[tuple[tuple[URIRef, ...], tuple[URIRef, ...]], list[URIRef]] = {}
    omitted = []
    for prop in _properties(g):
        if prop.kind != "object":
            continue
        if not prop.domain or not prop.range or not set(prop.domain) | set(prop.range) <= classes:
            omitted.append(prop)
            continue
        groups.setdefault((prop.domain, prop.range), []).append(prop.iri)
    rels = [_Relation(tuple(sorted(ps, key=_local)), d, r) for (d, r), ps in groups.items()]
    rels.sort(key=lambda r: [_local(p) for p in r.props])
    return rels, omitted


def _label_lines(g: Graph, rel: _Relation) -> list[tuple[str, str]]:
    return [(_local(p), _text(g, p, RDFS.label, "zh")) for p in rel.props]


def _label_width(g: Graph, rel: _Relation) -> float:
    return max(_text_width(name, 12.5) + 8 + _text_width(zh, 11) for name, zh in _label_lines(g, rel)) + 2 * _REL_PAD


def relations_layout(ontology: Graph) -> RelationsLayout:
    """The three-column layout of :func:`generate_relations_diagram_svg`: domain classes on
    the left, one label box per group of properties in the middle, range classes on the
    right; orders by barycentre sweeps, positions so that nothing overlaps."""
    g = ontology
    rels, omitted = _relations(g)
    left = sorted({d for r in rels for d in r.domain}, key=_local)
    right = sorted({x for r in rels for x in r.range}, key=_local)
    # crossing reduction on the three columns (positions normalised to 0..1)
    lpos = {c: i / max(1, len(left) - 1) for i, c in enumerate(left)}
    rpos = {c: i / max(1, len(right) - 1) for i, c in enumerate(right)}
    mid = list(rels)
    for _ in range(12):
        mid.sort(key=lambda r: (sum(lpos[d] for d in r.domain) / len(r.domain)
                                + sum(rpos[x] for x in r.range) / len(r.range), [_local(p) for p in r.props]))
        mpos = {id(r): i / max(1, len(mid) - 1) for i, r in enumerate(mid)}
        left.sort(key=lambda c: (sum(mpos[id(r)] for r in mid if c in r.domain)
                                 / sum(1 for r in mid if c in r.domain), _local(c)))
        right.sort(key=lambda c: (sum(mpos[id(r)] for r in mid if c in r.range)
                                  / sum(1 for r in mid if c in r.range), _local(c)))
        lpos = {c: i / max(1, len(left) - 1) for i, c in enumerate(left)}
        rpos = {c: i / max(1, len(right) - 1) for i, c in enumerate(right)}
    _transpose(left, mid, right)
    # vertical positions: label boxes stacked, class boxes near the centre of their labels
    top = _MARGIN + 78.0
    key = {id(r): URIRef(f"urn:rel:{i}") for i, r in enumerate(mid)}
    mh = {key[id(r)]: len(r.props) * _REL_LINE_H + 2 * _REL_PAD for r in mid}
    morder = [key[id(r)] for r in mid]
    my: dict[URIRef, float] = {}
    y = top
    for n in morder:
        my[n] = y
        y += mh[n] + _REL_GAP
    lh = {c: float(_BOX_H) for c in left}
    rh = {c: float(_BOX_H) for c in right}
    ly: dict[URIRef, float] = {}
    ry: dict[URIRef, float] = {}
    links_l = {c: [key[id(r)] for r in mid if c in r.domain] for c in left}
    links_r = {c: [key[id(r)] for r in mid if c in r.range] for c in right}
    for _ in range(8):
        def centre(ms: list[URIRef], my: dict[URIRef, float] = my) -> float:
            return sum(my[m] + mh[m] / 2 for m in ms) / len(ms)

        ly = _spread(left, lh, {c: centre(links_l[c]) - _BOX_H / 2 for c in left}, _REL_NODE_GAP, top)
        ry = _spread(right, rh, {c: centre(links_r[c]) - _BOX_H / 2 for c in right}, _REL_NODE_GAP, top)
        want = {}
        for r in mid:
            ends = [ly[d] + _BOX_H / 2 for d in r.domain] + [ry[x] + _BOX_H / 2 for x in r.range]
            want[key[id(r)]] = sum(ends) / len(ends) - mh[key[id(r)]] / 2
        # blend with the packed position so the label column stays compact
        my = _spread(morder, mh, {m: (my[m] + want[m]) / 2 for m in morder}, _REL_GAP, top)
    lw = max([_class_width(g, c) for c in left] + [120.0])
    rw = max([_class_width(g, c) for c in right] + [120.0])
    mw = max([_label_width(g, r) for r in mid] + [_REL_BOX_W_MIN])
    lx = float(_MARGIN)
    mx = lx + lw + _REL_COL_GAP
    rx = mx + mw + _REL_COL_GAP
    domain_boxes = {c: (lx, ly[c], lw, _BOX_H * 1.0) for c in left}
    range_boxes = {c: (rx, ry[c], rw, _BOX_H * 1.0) for c in right}
    label_boxes = [(r, (round(mx + (mw - _label_width(g, r)) / 2, 1), my[key[id(r)]], round(_label_width(g, r), 1),
                        mh[key[id(r)]])) for r in mid]
    bottom = max([y + h for _, y, _, h in [*domain_boxes.values(), *range_boxes.values()]]
                 + [b[1] + b[3] for _, b in label_boxes] + [top])
    note_h = 24.0 + 17.0 * len(omitted)
    return RelationsLayout(domain_boxes, range_boxes, label_boxes, omitted, rx + rw + _MARGIN,
                           bottom + 30 + note_h + 30)


def _transpose(left: list[URIRef], mid: list[_Relation], right: list[URIRef]) -> None:
    """Swap neighbours in a column while that removes edge crossings (in place)."""
    lnb = {c: [i for i, r in enumerate(mid) if c in r.domain] for c in left}
    rnb = {c: [i for i, r in enumerate(mid) if c in r.range] for c in right}

    def crossings(a: list[int], b: list[int]) -> int:  # edges of ``a`` (above) crossing those of ``b``
        return sum(1 for x in a for y in b if x > y)

    for _ in range(30):
        changed = False
        mpos = {id(r): i for i, r in enumerate(mid)}
        for col, nb in ((left, lnb), (right, rnb)):
            for k in range(len(col) - 1):
                u, v = col[k], col[k + 1]
                a = [mpos[id(mid[i])] for i in nb[u]]
                b = [mpos[id(mid[i])] for i in nb[v]]
                if crossings(b, a) < crossings(a, b):
                    col[k], col[k + 1] = v, u
                    changed = True
        lpos = {c: i for i, c in enumerate(left)}
        rpos = {c: i for i, c in enumerate(right)}
        order = list(mid)
        for k in range(len(order) - 1):
            ru, rv = order[k], order[k + 1]
            cu = crossings([lpos[d] for d in ru.domain], [lpos[d] for d in rv.domain]) + crossings(
                [rpos[x] for x in ru.range], [rpos[x] for x in rv.range])
            cv = crossings([lpos[d] for d in rv.domain], [lpos[d] for d in ru.domain]) + crossings(
                [rpos[x] for x in rv.range], [rpos[x] for x in ru.range])
            if cv < cu:
                order[k], order[k + 1] = rv, ru
                changed = True
        # keep the neighbour lists pointing at the same relations
        index = {id(r): i for i, r in enumerate(mid)}
        mid[:] = order
        remap = {index[id(r)]: i for i, r in enumerate(mid)}
        lnb = {c: sorted(remap[i] for i in ns) for c, ns in lnb.items()}
        rnb = {c: sorted(remap[i] for i in ns) for c, ns in rnb.items()}
        if not changed:
            break


def _ports(box: tuple[float, float, float, float], n: int) -> list[float]:
    """``n`` attachment heights spread along the side of ``box``."""
    _x, y, _w, h = box
    if n == 1:
        return [y + h / 2]
    step = min(6.0, (h - 12) / (n - 1))
    first = y + h / 2 - step * (n - 1) / 2
    return [round(first + i * step, 1) for i in range(n)]


def _curve(x1: float, y1: float, x2: float, y2: float) -> str:
    dx = (x2 - x1) * 0.5
    return (f"M{_num(x1)},{_num(y1)} C{_num(x1 + dx)},{_num(y1)} {_num(x2 - dx)},{_num(y2)} "
            f"{_num(x2)},{_num(y2)}")


def _relations_svg(g: Graph, *, standalone: bool) -> str:
    lay = relations_layout(g)
    everyone = sorted(set(lay.domain_boxes) | set(lay.range_boxes), key=_local)
    colour = {c: _PALETTE[i % len(_PALETTE)] for i, c in enumerate(everyone)}
    out = _svg_open(
        lay.width, lay.height, "zone-kg relations between classes",
        "zone-kg object properties: read each line left to right — domain class, property, range class",
        standalone)
    out += [
        "<defs>" + "".join(
            f'<marker id="zkg-rel-{k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto"><path d="M0,1 L10,5 L0,9 Z" fill="{c}"/></marker>' for k, c in enumerate(_PALETTE)
        ) + "</defs>",
        '<rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>',
        f'<text x="{_MARGIN}" y="{_MARGIN + 6}" font-size="17" font-weight="bold" fill="{_INK}">'
        "zone-kg relations: subject class → property → object class</text>",
        f'<text x="{_MARGIN}" y="{_MARGIN + 26}" font-size="12" fill="{_MUTED}">A class is on the left when it is '
        "a domain, on the right when it is a range; properties with exactly the same domain and range share "
        "one label.</text>",
    ]
    heads_y = _MARGIN + 58
    any_box = next(iter(lay.domain_boxes.values()))
    mid_x = min(b[0] for _, b in lay.label_boxes)
    mid_w = max(b[0] + b[2] for _, b in lay.label_boxes) - mid_x
    rbox = next(iter(lay.range_boxes.values()))
    for x, text in ((any_box[0] + any_box[2] / 2, "domain (subject)"), (mid_x + mid_w / 2, "object properties"),
                    (rbox[0] + rbox[2] / 2, "range (object)")):
        out.append(f'<text x="{_num(x)}" y="{heads_y}" font-size="12" font-weight="bold" text-anchor="middle" '
                   f'fill="{_MUTED}" letter-spacing="0.5">{_e(text.upper())}</text>')
    # connectors: ports on each class box ordered by the label box's height (no crossings at the box)
    left_ends: dict[URIRef, list[tuple[float, int]]] = {}
    right_ends: dict[URIRef, list[tuple[float, int]]] = {}
    for i, (rel, (_x, y, _w, h)) in enumerate(lay.label_boxes):
        for d in rel.domain:
            left_ends.setdefault(d, []).append((y + h / 2, i))
        for r in rel.range:
            right_ends.setdefault(r, []).append((y + h / 2, i))
    port: dict[tuple[str, URIRef, int], float] = {}
    for side, ends, boxes in (("l", left_ends, lay.domain_boxes), ("r", right_ends, lay.range_boxes)):
        for c, lst in ends.items():
            lst.sort()
            for (_, i), py in zip(lst, _ports(boxes[c], len(lst)), strict=True):
                port[(side, c, i)] = py
    out.append('<g class="connectors" fill="none" stroke-width="1.3" stroke-opacity="0.75">')
    for i, (rel, (x, y, w, h)) in enumerate(lay.label_boxes):
        names = ", ".join(_local(p) for p in rel.props)
        cy = y + h / 2
        for d in rel.domain:
            bx, _by, bw, _bh = lay.domain_boxes[d]
            out.append(f'<path d="{_curve(bx + bw, port[("l", d, i)], x, cy)}" stroke="{colour[d]}">'
                       f"<title>{_e(_local(d))} — {_e(names)}</title></path>")
        for r in rel.range:
            bx, _by, _bw, _bh = lay.range_boxes[r]
            out.append(f'<path d="{_curve(x + w, cy, bx - 1, port[("r", r, i)])}" stroke="{colour[r]}" '
                       f'marker-end="url(#zkg-rel-{_PALETTE.index(colour[r])})"><title>{_e(names)} → {_e(_local(r))}</title></path>')
    out.append("</g>")
    out.append('<g class="relation-labels">')
    for rel, (x, y, w, h) in lay.label_boxes:
        tip = "; ".join(
            f"{_local(p)}: {' ⊔ '.join(_local(d) for d in rel.domain)} → {' ⊔ '.join(_local(r) for r in rel.range)}"
            for p in rel.props
        )
        parts = [f'<g class="relation"><title>{_e(tip)}</title>'
                 f'<rect class="relation-label" x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}" '
                 f'rx="4" fill="#ffffff" stroke="#9aa3b2"/>']
        for k, (name, zh) in enumerate(_label_lines(g, rel)):
            ty = y + _REL_PAD + _REL_LINE_H * k + 12.5
            parts.append(
                f'<a href="{_e(("index.html" if standalone else "") + "#" + name)}">'
                f'<text class="relation-name" data-property="{_e(name)}" x="{_num(x + _REL_PAD)}" y="{_num(ty)}" '
                f'font-size="12.5" fill="{_INK}">{_e(name)}'
                f'<tspan dx="6" font-size="11" fill="{_MUTED}">{_e(zh)}</tspan></text></a>'
            )
        parts.append("</g>")
        out.append("".join(parts))
    out.append("</g>")
    out.append('<g class="classes">')
    for side, boxes in (("domain", lay.domain_boxes), ("range", lay.range_boxes)):
        for c in sorted(boxes, key=_local):
            out.append(_class_box(g, c, *boxes[c], standalone, css=f"{side}-box", stripe=colour[c]))
    out.append("</g>")
    note_y = lay.height - 30 - 17.0 * len(lay.omitted)
    out.append(f'<g class="omitted" font-size="12" fill="{_MUTED}">'
               f'<text x="{_MARGIN}" y="{_num(note_y)}" font-weight="bold">Not drawn — one end is owl:Thing '
               f"(any resource):</text>")
    for k, prop in enumerate(lay.omitted):
        dom = " ⊔ ".join(_local(d) for d in prop.domain) or "owl:Thing"
        rng = " ⊔ ".join(_local(r) for r in prop.range) or "owl:Thing"
        out.append(f'<text class="omitted-property" data-property="{_e(_local(prop.iri))}" x="{_MARGIN + 12}" '
                   f'y="{_num(note_y + 17 * (k + 1))}">{_e(_local(prop.iri))} '
                   f"({_e(_text(g, prop.iri, RDFS.label, 'zh'))}): {_e(dom)} → {_e(rng)}</text>")
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)


def generate_relations_diagram_svg(ontology: Graph) -> str:
    """Object properties between zkg classes as a standalone SVG document: domain classes
    left, range classes right, one label box per group of properties sharing domain and
    range (deterministic layout; ``owl:Thing`` ends are listed in a note, not drawn)."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _relations_svg(ontology, standalone=True) + "\n"


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
    write_atomic(path, new.encode("utf-8"))
    return True


# ---------------------------------------------------------------------------- writing



def write_ontology_docs(ontology: Graph, out_dir: Path) -> list[Path]:
    """Write ``index.html``, ``classes.svg`` and ``relations.svg`` to ``out_dir``; all are
    generated first."""
    out_dir = Path(out_dir)
    files = {
        out_dir / "index.html": generate_ontology_html(ontology).encode("utf-8"),
        out_dir / "classes.svg": generate_class_diagram_svg(ontology).encode("utf-8"),
        out_dir / "relations.svg": generate_relations_diagram_svg(ontology).encode("utf-8"),
    }
    for path, data in files.items():
        write_atomic(path, data)
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
