"""The ontology's two SVG diagrams: the sub-class hierarchy and the relations between classes.

Both are layered drawings: networkx finds the hierarchy's connected parts and layers
(``weakly_connected_components``, ``topological_generations``), a few barycentre sweeps
order each layer, and boxes are packed along the layer so that none overlap. Inputs are
sorted and nothing is random, so the same ontology gives the same bytes.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
from rdflib import OWL, RDFS, SKOS, Graph, URIRef
from rdflib.term import Node

from graph.ontology import ZKG_NS, Ontology, PropertyInfo, curie, local_name, parse_ontology

Box = tuple[float, float, float, float]
"""``x, y, width, height``."""

MARGIN, BOX_H, EXT_H, GAP_X, LAYER_GAP, GROUP_GAP, ROW_WIDTH = 30.0, 46.0, 24.0, 18.0, 44.0, 46.0, 1500.0
REL_LINE_H, REL_PAD, REL_GAP, REL_COL_GAP = 17.0, 6.0, 10.0, 230.0
INK, MUTED, LINE = "#1d2433", "#5b6475", "#c7cedb"
PALETTE = ("#1f5fa8", "#c2571a", "#2e8b57", "#8e44ad", "#b8860b", "#c0392b", "#16808a", "#6b4f2a",
           "#d6307a", "#4b5d16", "#3b4cc0", "#7f7f7f")
FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', sans-serif"


def as_ontology(ontology: Graph | Ontology) -> Ontology:
    return ontology if isinstance(ontology, Ontology) else parse_ontology(ontology)


def is_zkg(node: Node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(ZKG_NS)


def name(node: Node) -> str:
    """A zkg term's local name, any other term's CURIE."""
    return local_name(node) if is_zkg(node) else curie(node)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def num(value: float) -> str:
    """Integers without a dot, others with one decimal."""
    value = round(value, 1)
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def _attrs(attrs: dict[str, object]) -> str:
    return "".join(f' {k}="{num(v) if isinstance(v, int | float) else esc(v)}"' for k, v in attrs.items())


def el(tag: str, attrs: dict[str, object], body: str = "") -> str:
    """One element: numbers formatted with :func:`num`, every value escaped (``body`` is markup)."""
    return f"<{tag}{_attrs(attrs)}>{body}</{tag}>" if body else f"<{tag}{_attrs(attrs)}/>"


def text_width(text: str, size: float) -> float:
    """Rough advance width: CJK glyphs are square, Latin ones about 0.6 em."""
    return sum(size if ord(ch) > 0x2E7F else size * 0.6 for ch in text)


def _svg(width: float, height: float, label: str, title: str, standalone: bool, body: list[str]) -> str:
    ns = {"xmlns": "http://www.w3.org/2000/svg"} if standalone else {}
    head = "<svg" + _attrs({**ns, "width": width, "height": height, "viewBox": f"0 0 {num(width)} {num(height)}",
                            "font-family": FONT, "role": "img", "aria-label": label}) + ">"
    out = [head, el("title", {}, esc(title)), '<rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>', *body,
           "</svg>"]
    svg = "\n".join(out)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + svg + "\n" if standalone else svg


def _heading(text: str) -> str:
    return el("text", {"x": MARGIN, "y": MARGIN + 6, "font-size": 17, "font-weight": "bold", "fill": INK}, esc(text))


def class_width(onto: Ontology, cls: URIRef) -> float:
    zh = onto.text(cls, RDFS.label, "zh")
    return float(int(max(text_width(name(cls), 13), text_width(zh, 12), 80) + 22))


def class_box(onto: Ontology, cls: URIRef, box: Box, standalone: bool, css: str = "class-box",
              stripe: str = "") -> str:
    """A zkg class: bold local name over its zh label, linking to its documentation."""
    x, y, w, h = box
    zh, en = onto.text(cls, RDFS.label, "zh"), onto.text(cls, RDFS.label, "en")
    external = ", ".join(curie(s) for s in onto.superclasses_of(cls) if not is_zkg(s))
    tip = f"{name(cls)} ({zh} / {en})" + (f" ⊑ {external}" if external else "") + " — " + onto.text(cls, SKOS.definition)
    href = ("index.html" if standalone else "") + "#" + name(cls)
    bar = el("rect", {"x": x, "y": y, "width": 5, "height": h, "rx": 2, "fill": stripe}) if stripe else ""
    label = (el("text", {"x": x + w / 2, "y": y + h / 2 - 4, "font-size": 13, "font-weight": "bold",
                         "text-anchor": "middle", "fill": INK}, esc(name(cls)))
             + el("text", {"x": x + w / 2, "y": y + h / 2 + 13, "font-size": 12, "text-anchor": "middle",
                           "fill": MUTED}, esc(zh)))
    rect = el("rect", {"class": css, "x": x, "y": y, "width": w, "height": h, "rx": 6, "fill": "#f4f7fc", "stroke": INK})
    return el("g", {"class": "class", "data-class": name(cls)},
              el("title", {}, esc(tip)) + el("a", {"href": href}, rect + bar + label))


def _pack(order: list[URIRef], size: dict[URIRef, float], want: dict[URIRef, float], gap: float,
          low: float) -> dict[URIRef, float]:
    """Start coordinates along one axis in ``order``: each as near ``want`` as the previous box
    allows, then all lifted back by as much as every box was pushed past its ``want``."""
    out: dict[URIRef, float] = {}
    end = low - gap
    for n in order:
        out[n] = max(want[n], end + gap)
        end = out[n] + size[n]
    lift = max(0.0, min(min((out[n] - want[n] for n in order), default=0.0), out[order[0]] - low if order else 0.0))
    return {n: round(v - lift, 1) for n, v in out.items()}


def _barycentre(order: list[URIRef], near: dict[URIRef, list[URIRef]], pos: dict[URIRef, float]) -> list[URIRef]:
    def key(n: URIRef) -> tuple[float, str]:
        ns = [pos[m] for m in near[n] if m in pos]
        return (sum(ns) / len(ns) if ns else pos.get(n, 0.0), name(n))
    return sorted(order, key=key)


# ---------------------------------------------------------------------------- the hierarchy


@dataclass(frozen=True)
class Group:
    """A connected part of the hierarchy drawn together; non-tree groups get a frame."""

    kind: str  # "tree" | "concepts" | "standalone"
    nodes: tuple[URIRef, ...]
    caption: str


def hierarchy_groups(onto: Ontology) -> tuple[nx.DiGraph, list[Group]]:
    """The sub-class graph (super-class → sub-class) and its parts: trees by size, then the
    controlled-value classes (under ``skos:Concept``), then the classes with no super-class."""
    dag = nx.DiGraph()
    for cls in onto.terms(OWL.Class):
        dag.add_node(cls)
        dag.add_edges_from((sup, cls) for sup in onto.superclasses_of(cls))
    parts = [sorted(c, key=name) for c in nx.weakly_connected_components(dag)]
    trees = sorted((p for p in parts if len(p) > 1 and SKOS.Concept not in p),
                   key=lambda p: (-sum(map(is_zkg, p)), name(p[0])))
    groups = [Group("tree", tuple(p), "") for p in trees]
    concepts = [n for p in parts if SKOS.Concept in p for n in p]
    lonely = sorted((p[0] for p in parts if len(p) == 1), key=name)
    if concepts:
        groups.append(Group("concepts", tuple(concepts), "Controlled values (skos:Concept) — their individuals are "
                                                         "listed in index.html"))
    if lonely:
        groups.append(Group("standalone", tuple(lonely), "Classes without a super-class"))
    return dag, groups


def _place_group(onto: Ontology, dag: nx.DiGraph, group: Group) -> dict[URIRef, Box]:
    """Boxes of one group relative to its top-left corner: layers from the external
    super-classes down, each layer ordered by its parents and packed under them."""
    sub = dag.subgraph(group.nodes)
    layers = [sorted(layer, key=name) for layer in nx.topological_generations(sub)]
    width = {n: class_width(onto, n) if is_zkg(n) else text_width(curie(n), 11) + 16 for n in group.nodes}
    xs: dict[URIRef, float] = {}
    for k, layer in enumerate(layers):
        parents = {n: sorted(sub.predecessors(n), key=name) for n in layer}
        centres = {m: xs[m] + width[m] / 2 for m in xs}
        layers[k] = layer = _barycentre(layer, parents, centres) if k else layer
        want = {n: (sum(centres[m] for m in parents[n]) / len(parents[n]) - width[n] / 2 if parents[n] else 0.0)
                for n in layer}
        xs.update(_pack(layer, width, want, GAP_X, 0.0))
    low = min(xs.values())
    boxes: dict[URIRef, Box] = {}
    y = 0.0
    for layer in layers:
        height = max(BOX_H if is_zkg(n) else EXT_H for n in layer)
        boxes.update({n: (round(xs[n] - low, 1), y, width[n], BOX_H if is_zkg(n) else EXT_H) for n in layer})
        y += height + LAYER_GAP
    return boxes


def hierarchy_layout(onto: Ontology) -> tuple[dict[URIRef, Box], list[tuple[Group, Box]], float, float]:
    """Absolute boxes, the frames of the groups and the drawing's size; groups fill rows."""
    dag, groups = hierarchy_groups(onto)
    boxes: dict[URIRef, Box] = {}
    frames: list[tuple[Group, Box]] = []
    pad, x, y, row_h, width = 12.0, MARGIN, MARGIN + 48.0, 0.0, 0.0
    for group in groups:
        placed = _place_group(onto, dag, group)
        w = max(bx + bw for bx, _, bw, _ in placed.values()) + 2 * pad
        h = max(by + bh for _, by, _, bh in placed.values()) + 2 * pad
        if x > MARGIN and x + w > ROW_WIDTH:
            x, y, row_h = MARGIN, y + row_h + GROUP_GAP, 0.0
        boxes.update({n: (round(bx + x + pad, 1), by + y + pad, bw, bh) for n, (bx, by, bw, bh) in placed.items()})
        frames.append((group, (x, y, w, h)))
        x, row_h, width = x + w + GROUP_GAP, max(row_h, h), max(width, x + w)
    return boxes, frames, width + MARGIN, y + row_h + 56


def _subclass_paths(onto: Ontology, boxes: dict[URIRef, Box]) -> list[tuple[URIRef, URIRef, str]]:
    """Sub-class links: up from the child (one port per parent), along the parent's own bus
    (parents that share a row get different heights, so two families never read as one),
    up into the parent."""
    rows: dict[float, list[URIRef]] = {}
    for sup in {s for c in onto.terms(OWL.Class) for s in onto.superclasses_of(c)}:
        rows.setdefault(boxes[sup][1], []).append(sup)
    level = {sup: (i + 1) / (len(row) + 1) for row in rows.values()
             for i, sup in enumerate(sorted(row, key=lambda p: (boxes[p][0], name(p))))}
    out = []
    for cls in onto.terms(OWL.Class):
        x, y, w, _h = boxes[cls]
        parents = sorted(onto.superclasses_of(cls), key=lambda p: (boxes[p][0], name(p)))
        for i, sup in enumerate(parents):
            px, py, pw, ph = boxes[sup]
            port = x + w / 2 + (i - (len(parents) - 1) / 2) * 16
            bus = py + ph + (y - py - ph) * level[sup]
            out.append((cls, sup, f"M{num(port)},{num(y)} V{num(bus)} H{num(px + pw / 2)} V{num(py + ph)}"))
    return out


def class_diagram(ontology: Graph | Ontology, *, standalone: bool) -> str:
    onto = as_ontology(ontology)
    boxes, frames, width, height = hierarchy_layout(onto)
    body = [
        '<defs><marker id="zkg-sub" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="13" markerHeight="13" '
        f'orient="auto-start-reverse"><path d="M1,1 L11,6 L1,11 Z" fill="#fff" stroke="{INK}"/></marker></defs>',
        _heading("zone-kg classes and their super-classes"), '<g class="groups">',
    ]
    for group, (fx, fy, fw, fh) in frames:
        if group.kind != "tree":
            body.append(el("rect", {"class": "group-frame", "x": fx, "y": fy, "width": fw, "height": fh, "rx": 10,
                                    "fill": "#f8f9fb", "stroke": LINE, "stroke-dasharray": "5 4"})
                        + el("text", {"x": fx + 2, "y": fy - 7, "font-size": 12, "fill": MUTED}, esc(group.caption)))
    body.append(f'</g>\n<g class="subclass" stroke="{INK}" stroke-width="1.3" fill="none">')
    for cls, sup, d in _subclass_paths(onto, boxes):
        body.append(el("path", {"d": d, "marker-end": "url(#zkg-sub)"}, el("title", {}, esc(f"{name(cls)} ⊑ {name(sup)}"))))
    body.append('</g>\n<g class="external">')
    for node, (x, y, w, h) in sorted(boxes.items(), key=lambda kv: name(kv[0])):
        if not is_zkg(node):
            rect = el("rect", {"class": "external-box", "x": x, "y": y, "width": w, "height": h, "rx": 4,
                               "fill": "#eef0f3", "stroke": "#9aa3b2"})
            label = el("text", {"x": x + w / 2, "y": y + h / 2 + 4, "font-size": 11, "text-anchor": "middle",
                                "fill": MUTED}, esc(curie(node)))
            body.append(el("g", {"class": "external-class", "data-iri": str(node)},
                           el("title", {}, esc(str(node))) + el("a", {"href": str(node)}, rect + label)))
    body.append('</g>\n<g class="classes">')
    body += [class_box(onto, cls, boxes[cls], standalone) for cls in onto.terms(OWL.Class)]
    body.append("</g>")
    body.append(el("text", {"x": MARGIN, "y": height - 16, "font-size": 12, "fill": MUTED},
                   "Line with a hollow triangle: sub-class of (it points to the super-class). Grey boxes: W3C / "
                   "schema.org classes we specialise. Relations between classes: relations.svg."))
    return _svg(width, height, "zone-kg class hierarchy",
                "zone-kg class hierarchy: boxes are classes (grey: W3C / schema.org super-classes); a line with a "
                "hollow triangle points from a sub-class to its super-class", standalone, body)


def generate_class_diagram_svg(ontology: Graph | Ontology) -> str:
    """The sub-class hierarchy as a standalone SVG document."""
    return class_diagram(ontology, standalone=True)


# ---------------------------------------------------------------------------- the relations


@dataclass(frozen=True)
class Relation:
    """One label box: the object properties with exactly these zkg domain and range classes."""

    props: tuple[URIRef, ...]
    domain: tuple[URIRef, ...]
    range: tuple[URIRef, ...]


@dataclass
class RelationsLayout:
    """Coordinates of the relations diagram (a :data:`Box` per class and per label)."""

    domain_boxes: dict[URIRef, Box]
    range_boxes: dict[URIRef, Box]
    label_boxes: list[tuple[Relation, Box]]
    omitted: list[PropertyInfo]
    width: float
    height: float


def relations(onto: Ontology) -> tuple[list[Relation], list[PropertyInfo]]:
    """Object properties grouped by (domain, range); those with an end that is not a zkg
    class (``owl:Thing``, ``rdf:Statement``) are returned apart."""
    classes = set(onto.terms(OWL.Class))
    groups: dict[tuple[tuple[URIRef, ...], tuple[URIRef, ...]], list[URIRef]] = {}
    omitted = []
    for prop in onto.property_infos:
        if prop.kind != "object":
            continue
        if prop.domain and prop.range and set(prop.domain) | set(prop.range) <= classes:
            groups.setdefault((prop.domain, prop.range), []).append(prop.iri)
        else:
            omitted.append(prop)
    rels = [Relation(tuple(sorted(ps, key=name)), d, r) for (d, r), ps in groups.items()]
    return sorted(rels, key=lambda r: [name(p) for p in r.props]), omitted


def _label_width(onto: Ontology, rel: Relation) -> float:
    return max(text_width(name(p), 12.5) + 8 + text_width(onto.text(p, RDFS.label, "zh"), 11)
               for p in rel.props) + 2 * REL_PAD


def relations_layout(ontology: Graph | Ontology) -> RelationsLayout:
    """Domain classes left, one label box per relation in the middle, range classes right;
    columns ordered by barycentre sweeps, each class box as near its labels as the boxes
    above it allow."""
    onto = as_ontology(ontology)
    rels, omitted = relations(onto)
    key = {r: URIRef(f"urn:relation:{i}") for i, r in enumerate(rels)}
    mids = [key[r] for r in rels]
    left = sorted({d for r in rels for d in r.domain}, key=name)
    right = sorted({x for r in rels for x in r.range}, key=name)
    ends = {key[r]: [*r.domain, *r.range] for r in rels}
    near_l = {c: [key[r] for r in rels if c in r.domain] for c in left}
    near_r = {c: [key[r] for r in rels if c in r.range] for c in right}
    for _ in range(8):
        pos = {c: i / max(1, len(left) - 1) for i, c in enumerate(left)}
        pos.update({c: i / max(1, len(right) - 1) for i, c in enumerate(right)})
        mids = _barycentre(mids, ends, pos)
        mpos = {m: float(i) for i, m in enumerate(mids)}
        left, right = _barycentre(left, near_l, mpos), _barycentre(right, near_r, mpos)
    top = MARGIN + 78.0
    height = {m: len(r.props) * REL_LINE_H + 2 * REL_PAD for r, m in key.items()}
    lw = max([class_width(onto, c) for c in left] + [120.0])
    rw = max([class_width(onto, c) for c in right] + [120.0])
    mw = max([_label_width(onto, r) for r in rels] + [150.0])

    def column(cols: list[URIRef], near: dict[URIRef, list[URIRef]], x: float, w: float) -> dict[URIRef, Box]:
        want = {c: sum(my[m] + height[m] / 2 for m in near[c]) / len(near[c]) - BOX_H / 2 for c in cols}
        ys = _pack(sorted(cols, key=lambda c: (want[c], name(c))), dict.fromkeys(cols, BOX_H), want, 14.0, top)
        return {c: (x, ys[c], w, BOX_H) for c in cols}

    my = _pack(mids, height, dict.fromkeys(mids, top), REL_GAP, top)
    for _ in range(4):  # classes follow their labels, labels move half-way towards their classes
        domain_boxes = column(left, near_l, MARGIN, lw)
        range_boxes = column(right, near_r, MARGIN + lw + mw + 2 * REL_COL_GAP, rw)
        ys = {r: [*(domain_boxes[d][1] for d in r.domain), *(range_boxes[x][1] for x in r.range)] for r in rels}
        want = {key[r]: (my[key[r]] + sum(ys[r]) / len(ys[r]) + (BOX_H - height[key[r]]) / 2) / 2 for r in rels}
        my = _pack(mids, height, want, REL_GAP, top)
        low = min([*my.values(), *(b[1] for b in domain_boxes.values()), *(b[1] for b in range_boxes.values())])
        my = {m: y - (low - top) for m, y in my.items()}  # the drawing starts at the top again
    domain_boxes = column(left, near_l, MARGIN, lw)
    range_boxes = column(right, near_r, MARGIN + lw + mw + 2 * REL_COL_GAP, rw)
    mx = MARGIN + lw + REL_COL_GAP
    labels = [(r, (round(mx + (mw - _label_width(onto, r)) / 2, 1), my[key[r]], round(_label_width(onto, r), 1),
                   height[key[r]])) for r in sorted(rels, key=lambda r: my[key[r]])]
    bottom = max(y + h for _, y, _, h in [*domain_boxes.values(), *range_boxes.values(), *(b for _, b in labels)])
    return RelationsLayout(domain_boxes, range_boxes, labels, omitted, MARGIN * 2 + lw + mw + rw + 2 * REL_COL_GAP,
                           bottom + 60 + 17.0 * (len(omitted) + 1))


def _curve(x1: float, y1: float, x2: float, y2: float) -> str:
    dx = (x2 - x1) / 2
    return f"M{num(x1)},{num(y1)} C{num(x1 + dx)},{num(y1)} {num(x2 - dx)},{num(y2)} {num(x2)},{num(y2)}"


def _joined(terms: Iterable[Node]) -> str:
    return " ⊔ ".join(name(t) for t in terms) or "owl:Thing"


def relations_diagram(ontology: Graph | Ontology, *, standalone: bool) -> str:
    onto = as_ontology(ontology)
    lay = relations_layout(onto)
    colour = {c: PALETTE[i % len(PALETTE)] for i, c in enumerate(sorted({*lay.domain_boxes, *lay.range_boxes},
                                                                        key=name))}
    markers = "".join(f'<marker id="zkg-rel-{i}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                      f'markerHeight="7" orient="auto"><path d="M0,1 L10,5 L0,9 Z" fill="{c}"/></marker>'
                      for i, c in enumerate(PALETTE))
    body = [f"<defs>{markers}</defs>", _heading("zone-kg relations: subject class → property → object class"),
            el("text", {"x": MARGIN, "y": MARGIN + 26, "font-size": 12, "fill": MUTED},
               "A class is on the left when it is a domain, on the right when it is a range; properties with "
               "exactly the same domain and range share one label.")]
    dx, _, dw, _ = next(iter(lay.domain_boxes.values()))
    rx, _, rw, _ = next(iter(lay.range_boxes.values()))
    mid = (min(b[0] for _, b in lay.label_boxes) + max(b[0] + b[2] for _, b in lay.label_boxes)) / 2
    for centre, text in ((dx + dw / 2, "DOMAIN (SUBJECT)"), (mid, "OBJECT PROPERTIES"), (rx + rw / 2, "RANGE (OBJECT)")):
        body.append(el("text", {"x": centre, "y": MARGIN + 58, "font-size": 12, "font-weight": "bold",
                                "text-anchor": "middle", "fill": MUTED, "letter-spacing": "0.5"}, text))
    body.append('<g class="connectors" fill="none" stroke-width="1.3" stroke-opacity="0.75">')
    for rel, (x, y, w, h) in lay.label_boxes:
        names = ", ".join(name(p) for p in rel.props)
        for d in rel.domain:
            bx, by, bw, bh = lay.domain_boxes[d]
            body.append(el("path", {"d": _curve(bx + bw, by + bh / 2, x, y + h / 2), "stroke": colour[d]},
                           el("title", {}, esc(f"{name(d)} — {names}"))))
        for r in rel.range:
            bx, by, _bw, bh = lay.range_boxes[r]
            body.append(el("path", {"d": _curve(x + w, y + h / 2, bx - 1, by + bh / 2), "stroke": colour[r],
                                    "marker-end": f"url(#zkg-rel-{PALETTE.index(colour[r])})"},
                           el("title", {}, esc(f"{names} → {name(r)}"))))
    body.append('</g>\n<g class="relation-labels">')
    for rel, (x, y, w, h) in lay.label_boxes:
        tip = "; ".join(f"{name(p)}: {_joined(rel.domain)} → {_joined(rel.range)}" for p in rel.props)
        parts = [el("title", {}, esc(tip)), el("rect", {"class": "relation-label", "x": x, "y": y, "width": w,
                                                        "height": h, "rx": 4, "fill": "#ffffff", "stroke": "#9aa3b2"})]
        for k, p in enumerate(rel.props):
            zh = el("tspan", {"dx": 6, "font-size": 11, "fill": MUTED}, esc(onto.text(p, RDFS.label, "zh")))
            text = el("text", {"class": "relation-name", "data-property": name(p), "x": x + REL_PAD,
                               "y": y + REL_PAD + REL_LINE_H * k + 12.5, "font-size": 12.5, "fill": INK},
                      esc(name(p)) + zh)
            parts.append(el("a", {"href": ("index.html" if standalone else "") + "#" + name(p)}, text))
        body.append(el("g", {"class": "relation"}, "".join(parts)))
    body.append('</g>\n<g class="classes">')
    for side, boxes in (("domain", lay.domain_boxes), ("range", lay.range_boxes)):
        body += [class_box(onto, c, boxes[c], standalone, f"{side}-box", colour[c]) for c in sorted(boxes, key=name)]
    note_y = lay.height - 30 - 17.0 * len(lay.omitted)
    body.append(f'</g>\n<g class="omitted" font-size="12" fill="{MUTED}">' + el(
        "text", {"x": MARGIN, "y": note_y, "font-weight": "bold"}, "Not drawn — one end is owl:Thing (any resource):"))
    for k, prop in enumerate(lay.omitted):
        text = f"{prop.name} ({onto.text(prop.iri, RDFS.label, 'zh')}): {_joined(prop.domain)} → {_joined(prop.range)}"
        body.append(el("text", {"class": "omitted-property", "data-property": prop.name, "x": MARGIN + 12,
                                "y": note_y + 17 * (k + 1)}, esc(text)))
    body.append("</g>")
    return _svg(lay.width, lay.height, "zone-kg relations between classes",
                "zone-kg object properties: read each line left to right — domain class, property, range class",
                standalone, body)


def generate_relations_diagram_svg(ontology: Graph | Ontology) -> str:
    """Object properties between zkg classes as a standalone SVG document (``owl:Thing``
    ends are listed in a note, not drawn)."""
    return relations_diagram(ontology, standalone=True)
