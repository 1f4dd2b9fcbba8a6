"""Self-contained, offline HTML view of the knowledge graph (vis-network through pyvis).

The page embeds vis-network's JavaScript and CSS (read from the installed pyvis package),
the graph as escaped JSON and a small application script. It loads nothing over the
network: a Content-Security-Policy with ``default-src 'none'`` and hash-pinned scripts
makes that explicit, and also stops inline event handlers should data ever reach markup.
Every piece of graph data is rendered with ``textContent`` / ``createTextNode``.

Output is deterministic: nodes and edges are sorted, the layout seed is fixed and no
timestamps or random ids are written, so two calls give byte-identical pages.

>>> SUFFIX
'.html'
>>> import networkx as nx
>>> g = nx.MultiDiGraph(article={"title_zh": "示例"})
>>> g.add_node("a", kind="entity", classes=["Zone"], label_zh="甲</script>")
>>> page = generate_html(g)
>>> "甲</script>" in page, "甲\\\\u003c/script\\\\u003e" in page
(False, True)
>>> page == generate_html(g)
True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from graph.ontology import ClassInfo, Ontology, load_ontology

SUFFIX = ".html"

VIS_VERSION = "9.1.2"
#: above this many nodes the layout is tuned for speed (no improvedLayout, fewer
#: stabilisation iterations, edges hidden while dragging/zooming).
LARGE_GRAPH_NODES = 1000
#: up to this many nodes vis' improvedLayout seeds the layout.
IMPROVED_LAYOUT_NODES = 500
#: above this many edges the edge labels start hidden (a checkbox shows them).
EDGE_LABEL_LIMIT = 400

FONT_STACK = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
)

# class -> (colour, vis shape, legend glyph). Labels and the order (which class is a node's
# main one, the legend's order) come from the ontology: Ontology.class_infos. A class with
# no entry here gets a colour of DEFAULT_PALETTE chosen by its name, drawn as a dot.
CLASS_STYLES: dict[str, tuple[str, str, str]] = {
    "Zone": ("#d62728", "star", "★"),
    "Park": ("#ff7f0e", "hexagon", "⬢"),
    "Cluster": ("#bcbd22", "triangle", "▲"),
    "Alliance": ("#17a589", "square", "■"),
    "Platform": ("#2ca02c", "square", "■"),
    "ResearchTeam": ("#17becf", "square", "■"),
    "Funder": ("#8c564b", "diamond", "◆"),
    "Enterprise": ("#1f77b4", "dot", "●"),
    "TalentProgram": ("#e377c2", "triangleDown", "▼"),
    "Person": ("#9467bd", "dot", "●"),
    "IndustryChainSegment": ("#c9b037", "diamond", "◆"),
    "Industry": ("#e6a817", "diamond", "◆"),
    "Material": ("#a0522d", "diamond", "◆"),
    "Product": ("#6baed6", "dot", "●"),
    "Technology": ("#3aa0b5", "dot", "●"),
    "Project": ("#f28e2b", "square", "■"),
    "FundingEvent": ("#e6550d", "triangle", "▲"),
    "Recognition": ("#d4a017", "star", "★"),
    "Event": ("#f768a1", "triangle", "▲"),
    "Photo": ("#969696", "square", "■"),
    "Article": ("#525252", "square", "■"),
    "Place": ("#7f7f7f", "triangleDown", "▼"),
    "Organization": ("#4e79a7", "dot", "●"),
    "Observation": ("#bab0ac", "dot", "●"),
}
DEFAULT_PALETTE = ("#0b7285", "#5f3dc4", "#a61e4d", "#2b8a3e", "#e67700", "#364fc7", "#862e9c", "#5c940d")
FALLBACK_STYLE = ("#999999", "dot", "●")
KIND_CLASS = {"funding_event": "FundingEvent", "recognition": "Recognition"}
EVENT_PREDICATES = frozenset({"funder", "recipient", "fundedProject", "arrangedBy", "awardedBy"})
_NODE_KEYS = frozenset(
    {"kind", "classes", "label_zh", "label_en", "aliases_zh", "description_en", "evidence",
     "figures"}
)
_EDGE_KEYS = frozenset({"predicate", "label_zh", "label_en", "role_zh", "evidence"})
_SURROGATE = re.compile("[\ud800-\udfff]")


VIEW_DIR = "view"
"""Package folder of the page's own template, stylesheet and script (``view/``)."""


@functools.cache
def _view_asset(name: str) -> str:
    """``page.html``, ``view.css`` or ``view.js`` from :data:`VIEW_DIR` (shipped as package data)."""
    return resources.files(__package__).joinpath(VIEW_DIR, name).read_text(encoding="utf-8")


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    return js, css


def _jsonable(value: Any) -> Any:
    """Plain JSON types, deterministic: sorted mapping keys and sets, no NaN."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, set | frozenset):
        return sorted((_jsonable(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if hasattr(value, "model_dump"):  # pydantic models
        return _jsonable(value.model_dump())
    return str(value)


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>``, ``&``, U+2028/9 escaped.

    >>> script_json({"q": "</script><b>&\\u2028"})
    '{"q":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(
        _jsonable(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"),
        allow_nan=False,
    )
    text = (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str | bytes | Mapping):
        return [value]
    if isinstance(value, Iterable):
        return list(value)
    return [value]


def node_classes(attrs: Mapping[str, Any]) -> list[str]:
    classes = sorted({str(c) for c in _as_list(attrs.get("classes"))})
    if not classes:
        kind = _text(attrs.get("kind"))
        classes = [KIND_CLASS.get(kind, "Entity" if kind in ("", "entity") else kind)]
    return classes


def _class_infos(onto: Ontology | None) -> dict[str, ClassInfo]:
    """The ontology's classes by name, in display order (``zkg:displayPriority``)."""
    return {c.name: c for c in (onto or load_ontology()).class_infos}


def primary_class(classes: list[str], onto: Ontology | None = None, rank: Mapping[str, int] | None = None) -> str:
    """The class a node is drawn as: the first of ``classes`` in the ontology's display order
    (``rank``: class name → position in :attr:`Ontology.class_infos`, when already at hand)."""
    rank = rank if rank is not None else {name: i for i, name in enumerate(_class_infos(onto))}
    return min(classes, key=lambda c: (rank.get(c, len(rank)), c))


def _style(cls: str, infos: Mapping[str, ClassInfo] | None = None) -> tuple[str, str, str]:
    if cls in CLASS_STYLES:
        return CLASS_STYLES[cls]
    if infos is not None and cls in infos:  # an ontology class without a style of its own
        return DEFAULT_PALETTE[zlib.crc32(cls.encode()) % len(DEFAULT_PALETTE)], "dot", "●"
    return FALLBACK_STYLE


def _darken(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _options(net: Any, n_nodes: int, n_edges: int, seed: int, edge_labels: bool) -> Any:
    large = n_nodes > LARGE_GRAPH_NODES
    # stabilisation iterations are a cap (vis stops earlier once nodes are slow enough);
    # measured with bench/bench_html.py (headless chromium, no GPU, 2 busy cores):
    # ~20 ms per iteration at 1,000 nodes and ~100 ms at 5,000.
    if n_nodes <= 200:
        iterations = 1000
    elif n_nodes <= LARGE_GRAPH_NODES:
        iterations = 250
    else:
        iterations = 100
    net.barnes_hut(
        gravity=-4000 if large else -6000, central_gravity=0.25, spring_length=120,
        spring_strength=0.04, damping=0.12, overlap=0 if large else 0.15,
    )
    net.toggle_stabilization(True)
    options = json.loads(net.options.to_json())  # pyvis' option tree, then ours on top
    # vis runs `updateInterval` iterations per task: small batches keep the page
    # responsive (and the progress line moving) while a big graph settles
    batch = 25 if n_nodes <= 200 else 10 if n_nodes <= LARGE_GRAPH_NODES else 4
    options["physics"]["stabilization"].update(
        iterations=iterations, updateInterval=batch, fit=True, onlyDynamicEdges=False
    )
    options["physics"].update(
        solver="barnesHut", minVelocity=1.0 if large else 0.75, timestep=0.5, maxVelocity=60
    )
    # the Barnes-Hut force sum is ~75 % of the stabilisation profile: coarser above 200 nodes
    if n_nodes > 200:
        options["physics"]["barnesHut"]["theta"] = 1.0 if large else 0.8
    # improvedLayout (Kamada-Kawai on clusters) costs seconds at ~1,000 nodes
    options["layout"] = {"randomSeed": seed, "improvedLayout": n_nodes <= IMPROVED_LAYOUT_NODES}
    options["interaction"].update(
        hover=not large, tooltipDelay=200, hideEdgesOnDrag=large, hideEdgesOnZoom=large,
        multiselect=False, navigationButtons=False, keyboard=False,
    )
    options["nodes"] = {
        "borderWidth": 1.5,
        "borderWidthSelected": 3,
        "font": {"face": FONT_STACK, "size": 14, "color": "#1f2933", "strokeWidth": 3,
                 "strokeColor": "#ffffff"},
        "size": 14,
        "widthConstraint": {"maximum": 170},  # wraps long English labels at spaces
    }
    options["edges"] = {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "color": {"color": "#9aa5b1", "highlight": "#1f2933", "hover": "#52606d",
                  "inherit": False, "opacity": 0.9},
        "font": {"face": FONT_STACK, "size": 11 if edge_labels else 0, "color": "#52606d",
                 "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
        "selectionWidth": 2,
        "smooth": {"enabled": not large, "type": "continuous", "roundness": 0.3},
        "width": 1,
    }
    options["configure"] = {"enabled": False}
    return options


def _seed_positions(g: nx.MultiDiGraph, ids: Mapping[Any, str]) -> dict[Any, tuple[int, int]]:
    """Deterministic start positions for big graphs: breadth-first from the hubs, laid
    on a sunflower spiral, so neighbours start close and the first physics iterations
    (otherwise the slowest, from vis' random start) are cheap."""
    degree = dict(g.degree())
    seen: set[Any] = set()
    order: list[Any] = []
    for start in sorted(g.nodes, key=lambda n: (-degree[n], ids[n])):
        if start in seen:
            continue
        seen.add(start)
        queue = [start]
        while queue:
            order.extend(queue)
            nxt = []
            for n in queue:
                neighbours = set(g.successors(n)) | set(g.predecessors(n))
                for m in sorted(neighbours - seen, key=lambda m: ids[m]):
                    seen.add(m)
                    nxt.append(m)
            queue = nxt
    golden = math.pi * (3 - math.sqrt(5))
    return {
        n: (round(28 * math.sqrt(i + 0.5) * math.cos(i * golden)),
            round(28 * math.sqrt(i + 0.5) * math.sin(i * golden)))
        for i, n in enumerate(order)
    }


def _graph_payload(g: nx.MultiDiGraph, seed: int, onto: Ontology | None = None) -> dict[str, Any]:
    from pyvis.edge import Edge
    from pyvis.network import Network

    ids = {n: str(n) for n in g.nodes}
    order = sorted(g.nodes, key=lambda n: ids[n])
    edges = sorted(
        g.edges(keys=True, data=True), key=lambda e: (ids[e[0]], ids[e[1]], str(e[2]))
    )
    edge_labels = len(edges) <= EDGE_LABEL_LIMIT

    net = Network(directed=True, cdn_resources="remote", height="100%", width="100%")
    nodes_meta: list[dict[str, Any]] = []
    class_count: Counter[str] = Counter()
    primary_count: Counter[str] = Counter()
    degree = dict(g.degree())
    infos = _class_infos(onto)
    rank = {name: i for i, name in enumerate(infos)}
    start = _seed_positions(g, ids) if len(order) > IMPROVED_LAYOUT_NODES else {}
    for n in order:
        attrs = g.nodes[n]
        classes = node_classes(attrs)
        class_count.update(classes)
        primary = primary_class(classes, rank=rank)
        primary_count[primary] += 1
        colour, shape, _glyph = _style(primary, infos)
        label_zh = _text(attrs.get("label_zh")) or ids[n]
        kind = _text(attrs.get("kind")) or "entity"
        vis_node: dict[str, Any] = {
            "color": {"background": colour, "border": _darken(colour),
                      "highlight": {"background": colour, "border": "#1f2933"},
                      "hover": {"background": colour, "border": "#1f2933"}},
            "size": 12 + min(14.0, 2.0 * math.sqrt(degree.get(n, 0)))
            + (6 if primary == "Zone" else 0),
        }
        if n in start:
            vis_node["x"], vis_node["y"] = start[n]
        if kind != "entity":
            vis_node["shapeProperties"] = {"borderDashes": [4, 3]}
            vis_node["borderWidth"] = 2
        net.add_node(ids[n], label=label_zh, shape=shape, **vis_node)
        meta = {
            "id": ids[n],
            "kind": kind,
            "classes": classes,
            "primary": primary,
            "label_zh": label_zh,
            "label_en": _text(attrs.get("label_en")),
            "aliases_zh": [_text(a) for a in _as_list(attrs.get("aliases_zh"))],
            "description_en": _text(attrs.get("description_en")),
            "figures": _as_list(attrs.get("figures")),
            "evidence": _as_list(attrs.get("evidence")),
            "extra": {str(k): v for k, v in attrs.items() if k not in _NODE_KEYS},
        }
        nodes_meta.append(meta)

    edges_meta: list[dict[str, Any]] = []
    relations: dict[str, dict[str, Any]] = {}
    pair_count: Counter[tuple[str, str]] = Counter()
    for i, (u, v, key, attrs) in enumerate(edges):
        predicate = _text(attrs.get("predicate")) or _text(key)
        label_zh = _text(attrs.get("label_zh")) or predicate
        label_en = _text(attrs.get("label_en")) or predicate
        rel = relations.setdefault(
            predicate, {"predicate": predicate, "zh": label_zh, "en": label_en, "count": 0}
        )
        rel["count"] += 1
        vis_edge: dict[str, Any] = {"id": f"e{i}"}
        if edge_labels:
            vis_edge["label"] = label_zh
        if predicate in EVENT_PREDICATES:
            vis_edge["dashes"] = [5, 4]
        pair = (min(ids[u], ids[v]), max(ids[u], ids[v]))
        k = pair_count[pair]
        pair_count[pair] += 1
        if k and len(g.nodes) <= LARGE_GRAPH_NODES:  # fan parallel edges out
            vis_edge["smooth"] = {
                "enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                "roundness": 0.15 + 0.15 * ((k - 1) // 2),
            }
        # pyvis' add_edge checks membership in a list for every edge (O(V·E));
        # build pyvis Edge objects directly - same data, linear time.
        net.edges.append(Edge(ids[u], ids[v], True, **vis_edge).options)
        edges_meta.append({
            "id": f"e{i}",
            "from": ids[u],
            "to": ids[v],
            "key": _text(key),
            "predicate": predicate,
            "label_zh": label_zh,
            "label_en": label_en,
            "role_zh": _text(attrs.get("role_zh")),
            "evidence": _as_list(attrs.get("evidence")),
            "extra": {str(k2): v2 for k2, v2 in attrs.items() if k2 not in _EDGE_KEYS},
        })

    vis_nodes, vis_edges, _heading, _h, _w, _opts = net.get_network_data()
    options = _options(net, len(order), len(edges), seed, edge_labels)
    classes_meta = []
    for cls in sorted(class_count, key=lambda c: (rank.get(c, len(rank)), c)):
        colour, shape, glyph = _style(cls, infos)
        if not primary_count[cls]:  # only ever a secondary class: no node is drawn so
            colour, glyph = "#9aa5b1", "○"
        info = infos.get(cls)
        classes_meta.append({
            "name": cls, "zh": info.label_zh if info else cls,
            "en": info.label_en[:1].upper() + info.label_en[1:] if info else cls,
            "color": colour, "shape": shape, "glyph": glyph, "count": class_count[cls],
            "drawn": primary_count[cls],
        })
    return {
        "classes": classes_meta,
        "relations": [relations[p] for p in sorted(relations)],
        "nodes": nodes_meta,
        "edges": edges_meta,
        "vis": {"nodes": vis_nodes, "edges": vis_edges, "options": options},
        "config": {
            "edgeLabels": edge_labels,
            "large": len(order) > LARGE_GRAPH_NODES,
            "lang": "zh",
            "seed": seed,
        },
    }


def _authors(article: Mapping[str, Any]) -> list[str]:
    out = []
    for a in _as_list(article.get("authors")):
        if isinstance(a, Mapping):
            name = _text(a.get("name_zh") or a.get("name") or a.get("name_en"))
            extra = [_text(a.get(k)) for k in ("name_en", "role_zh") if a.get(k)]
            extra = [x for x in extra if x != name]
            out.append(f"{name}（{', '.join(extra)}）" if extra else name)
        else:
            out.append(_text(a))
    return [a for a in out if a]


def _header(article: Mapping[str, Any], n_nodes: int, n_edges: int) -> tuple[str, str]:
    esc = html.escape
    title = _text(article.get("title_zh") or article.get("title")) or "zone-kg"
    subtitle = _text(article.get("subtitle_zh") or article.get("subtitle"))
    title_en = " — ".join(
        x for x in (_text(article.get("title_en")), _text(article.get("subtitle_en"))) if x
    )
    authors = _authors(article)
    photo = _text(article.get("photo_credit_zh"))
    period = _text(article.get("period"))
    source_note = _text(article.get("source_note"))
    parts = [f"来源文章 Source article: 《{esc(title)}》"]
    if authors:
        parts.append(f"作者 Authors: {esc('、'.join(authors))}")
    if photo:
        parts.append(f"图片 Photos: {esc(photo)}")
    parts.append("报纸名称与日期未注明 newspaper and date not stated")
    if period:
        parts.append(f"报告年度 Period: {esc(period)}")
    parts.append(f"{n_nodes} 节点 nodes · {n_edges} 关系 edges")
    sub = " ".join(
        f'<span class="{cls}">{esc(text)}</span>'
        for cls, text in (("zkg-subtitle", subtitle), ("zkg-title-en", title_en)) if text
    )
    note = (
        f'<details class="zkg-source-note"><summary>来源说明 Source note</summary>'
        f"{esc(source_note)}</details>" if source_note else ""
    )
    header = (
        f'<h1 id="zkg-title">{esc(title)}</h1>'
        + (f'<p class="zkg-sub">{sub}</p>' if sub else "")
        + '<p class="zkg-attribution">'
        + " · ".join(f"<span>{p}</span>" for p in parts)
        + f"</p>{note}"
    )
    return f"{title} — 知识图谱 knowledge graph", header


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def generate_html(g: nx.MultiDiGraph, *, seed: int = 7, ontology: Ontology | None = None) -> str:
    """One self-contained HTML page drawing ``g`` (see docs/design.md, NetworkX mapping);
    class labels and order come from ``ontology`` (default: the packaged zone.ttl)."""
    payload = _graph_payload(g, seed, ontology)
    article = g.graph.get("article") or {}
    if not isinstance(article, Mapping):
        article = {}
    page_title, header = _header(article, g.number_of_nodes(), g.number_of_edges())
    vis_js, vis_css = _vis_assets()
    app_js, app_css = _view_asset("view.js"), _view_asset("view.css")
    vis_js = vis_js.replace("</script", "<\\/script")  # defensive; not present in 9.1.2
    csp = (
        "default-src 'none'; "
        f"script-src 'sha256-{_sha256(vis_js)}' 'sha256-{_sha256(app_js)}'; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    parts = {
        "CSP": html.escape(csp),
        "TITLE": html.escape(page_title),
        "HEADER": header,
        "VIS_CSS": vis_css.replace("</style", "<\\/style"),
        "APP_CSS": app_css,
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "DATA": script_json(payload),
    }
    # one pass over the template: inserted text is never scanned for placeholders
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _view_asset("page.html"))


def generate(built: Any) -> bytes:
    """Exporter entry point: ``built.nx`` is the graph of :mod:`graph.builders.networkx`."""
    return generate_html(built.nx, ontology=getattr(built, "ontology", None)).encode("utf-8")
