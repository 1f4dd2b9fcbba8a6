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
import hashlib
import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import networkx as nx

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

# class -> (colour, vis shape, legend glyph, zh, en). Order = priority when a node has
# several classes (the most specific / most informative first).
CLASS_STYLES: dict[str, tuple[str, str, str, str, str]] = {
    "Zone": ("#d62728", "star", "★", "园区/开发区", "Zone"),
    "Park": ("#ff7f0e", "hexagon", "⬢", "产业园", "Park"),
    "Cluster": ("#bcbd22", "triangle", "▲", "产业集群", "Cluster"),
    "Alliance": ("#17a589", "square", "■", "产业联盟", "Alliance"),
    "Platform": ("#2ca02c", "square", "■", "创新平台", "Platform"),
    "ResearchTeam": ("#17becf", "square", "■", "科研团队", "Research team"),
    "Funder": ("#8c564b", "diamond", "◆", "资助方", "Funder"),
    "Enterprise": ("#1f77b4", "dot", "●", "企业", "Enterprise"),
    "TalentProgram": ("#e377c2", "triangleDown", "▼", "人才计划", "Talent program"),
    "Person": ("#9467bd", "dot", "●", "人物", "Person"),
    "IndustryChainSegment": ("#c9b037", "diamond", "◆", "产业链环节", "Chain segment"),
    "Industry": ("#e6a817", "diamond", "◆", "产业", "Industry"),
    "Material": ("#a0522d", "diamond", "◆", "材料", "Material"),
    "Product": ("#6baed6", "dot", "●", "产品", "Product"),
    "Technology": ("#3aa0b5", "dot", "●", "技术", "Technology"),
    "Project": ("#f28e2b", "square", "■", "项目", "Project"),
    "FundingEvent": ("#e6550d", "triangle", "▲", "融资事件", "Funding event"),
    "Recognition": ("#d4a017", "star", "★", "荣誉/认定", "Recognition"),
    "Event": ("#f768a1", "triangle", "▲", "事件", "Event"),
    "Photo": ("#969696", "square", "■", "图片", "Photo"),
    "Article": ("#525252", "square", "■", "文章", "Article"),
    "Place": ("#7f7f7f", "triangleDown", "▼", "地点", "Place"),
    "Organization": ("#4e79a7", "dot", "●", "组织", "Organization"),
    "Observation": ("#bab0ac", "dot", "●", "观测值", "Observation"),
}
FALLBACK_STYLE = ("#999999", "dot", "●")
KIND_CLASS = {"funding_event": "FundingEvent", "recognition": "Recognition"}
EVENT_PREDICATES = frozenset({"funder", "recipient", "fundedProject", "arrangedBy", "awardedBy"})
_NODE_KEYS = frozenset(
    {"kind", "classes", "label_zh", "label_en", "aliases_zh", "description_en", "evidence",
     "figures"}
)
_EDGE_KEYS = frozenset({"predicate", "label_zh", "label_en", "role_zh", "evidence"})
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def primary_class(classes: list[str]) -> str:
    for name in CLASS_STYLES:
        if name in classes:
            return name
    return classes[0]


def _style(cls: str) -> tuple[str, str, str]:
    style = CLASS_STYLES.get(cls)
    return (style[0], style[1], style[2]) if style else FALLBACK_STYLE


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


def _graph_payload(g: nx.MultiDiGraph, seed: int) -> dict[str, Any]:
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
    start = _seed_positions(g, ids) if len(order) > IMPROVED_LAYOUT_NODES else {}
    for n in order:
        attrs = g.nodes[n]
        classes = node_classes(attrs)
        class_count.update(classes)
        primary = primary_class(classes)
        primary_count[primary] += 1
        colour, shape, _glyph = _style(primary)
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
    known = list(CLASS_STYLES)
    for cls in sorted(class_count, key=lambda c: (known.index(c) if c in known else len(known), c)):
        colour, shape, glyph = _style(cls)
        if not primary_count[cls]:  # only ever a secondary class: no node is drawn so
            colour, glyph = "#9aa5b1", "○"
        style = CLASS_STYLES.get(cls)
        classes_meta.append({
            "name": cls, "zh": style[3] if style else cls, "en": style[4] if style else cls,
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


def generate_html(g: nx.MultiDiGraph, *, seed: int = 7) -> str:
    """One self-contained HTML page drawing ``g`` (see docs/design.md, NetworkX mapping)."""
    payload = _graph_payload(g, seed)
    article = g.graph.get("article") or {}
    if not isinstance(article, Mapping):
        article = {}
    page_title, header = _header(article, g.number_of_nodes(), g.number_of_edges())
    vis_js, vis_css = _vis_assets()
    vis_js = vis_js.replace("</script", "<\\/script")  # defensive; not present in 9.1.2
    csp = (
        "default-src 'none'; "
        f"script-src 'sha256-{_sha256(vis_js)}' 'sha256-{_sha256(_APP_JS)}'; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    parts = {
        "CSP": html.escape(csp),
        "TITLE": html.escape(page_title),
        "HEADER": header,
        "VIS_CSS": vis_css.replace("</style", "<\\/style"),
        "APP_CSS": _APP_CSS,
        "VIS_JS": vis_js,
        "APP_JS": _APP_JS,
        "DATA": script_json(payload),
    }
    # one pass over the template: inserted text is never scanned for placeholders
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _PAGE)


def generate(built: Any) -> bytes:
    """Exporter entry point: ``built.nx`` is the graph of :mod:`graph.builders.networkx`."""
    return generate_html(built.nx).encode("utf-8")


_APP_CSS = r"""
html,body{margin:0;height:100%;}
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC",
"Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#1f2933;background:#f0f4f8;
display:grid;grid-template-rows:auto minmax(0,1fr);grid-template-columns:270px minmax(0,1fr) 400px;
grid-template-areas:"head head head" "side graph panel";height:100vh;font-size:14px;}
header{grid-area:head;padding:8px 16px 6px;background:#102a43;color:#f0f4f8;}
header h1{margin:0;font-size:20px;font-weight:700;letter-spacing:.02em;}
.zkg-sub{margin:2px 0 0;font-size:14px;color:#d9e2ec;}
.zkg-title-en{margin-left:12px;font-size:12px;color:#9fb3c8;}
.zkg-source-note{font-size:12px;color:#bcccdc;margin-top:2px;max-width:1100px;}
.zkg-source-note summary{cursor:pointer;}
.zkg-attribution{margin:4px 0 0;font-size:12px;color:#bcccdc;}
#zkg-side,#zkg-panel{background:#fff;overflow:auto;padding:10px 12px;min-height:0;}
#zkg-side{grid-area:side;border-right:1px solid #d9e2ec;}
#zkg-panel{grid-area:panel;border-left:1px solid #d9e2ec;}
#zkg-graph{grid-area:graph;position:relative;min-width:0;min-height:0;}
#zkg-network{position:absolute;inset:0;background:#fff;}
#zkg-status{position:absolute;left:8px;bottom:8px;background:rgba(16,42,67,.8);color:#fff;
padding:3px 8px;border-radius:4px;font-size:12px;pointer-events:none;}
h2{font-size:13px;margin:12px 0 6px;color:#334e68;text-transform:none;border-bottom:1px solid #e4e7eb;padding-bottom:2px;}
h2:first-child{margin-top:0;}
#zkg-search{width:100%;box-sizing:border-box;padding:6px 8px;font:inherit;border:1px solid #9fb3c8;border-radius:4px;}
#zkg-results{list-style:none;margin:4px 0 0;padding:0;max-height:180px;overflow:auto;}
#zkg-results button{width:100%;text-align:left;border:0;background:#f0f4f8;margin:1px 0;padding:3px 6px;
font:inherit;font-size:13px;cursor:pointer;border-radius:3px;}
#zkg-results button:hover,#zkg-results button:focus{background:#d9e2ec;}
.zkg-note{font-size:12px;color:#627d98;margin:3px 0;}
.zkg-lang label,.zkg-check{display:flex;align-items:center;gap:5px;font-size:13px;margin:1px 0;cursor:pointer;}
.zkg-lang{display:flex;gap:12px;}
.zkg-glyph{display:inline-block;width:16px;text-align:center;font-size:14px;}
.zkg-count{margin-left:auto;color:#829ab1;font-size:11px;}
.zkg-links{display:flex;gap:8px;font-size:12px;margin-bottom:3px;}
.zkg-links button{border:0;background:none;color:#2680c2;cursor:pointer;padding:0;font:inherit;}
#zkg-panel h3{font-size:18px;margin:0 0 2px;}
.zkg-en{color:#486581;font-size:13px;margin:0 0 6px;}
.zkg-badge{display:inline-block;border-radius:10px;padding:1px 8px;margin:0 4px 4px 0;font-size:12px;color:#fff;}
dl.zkg-dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 8px;margin:4px 0;font-size:13px;}
dl.zkg-dl dt{color:#627d98;}
dl.zkg-dl dd{margin:0;word-break:break-word;}
.zkg-card{border:1px solid #e4e7eb;border-radius:5px;padding:6px 8px;margin:6px 0;background:#fafbfc;}
.zkg-card-title{font-weight:600;font-size:13px;margin-bottom:2px;}
.zkg-rel{font-size:13px;margin:5px 0;padding:4px 6px;border-left:3px solid #9fb3c8;background:#f8fafc;}
.zkg-rel-label{font-weight:600;color:#334e68;}
.zkg-role{display:inline-block;background:#fff3c4;color:#8d2b0b;border-radius:3px;padding:0 4px;margin-left:4px;font-size:12px;}
.zkg-nodelink{border:0;background:none;color:#2680c2;cursor:pointer;padding:0;font:inherit;text-decoration:underline;}
blockquote.zkg-evidence{margin:4px 0;padding:4px 8px;border-left:3px solid #f0b429;background:#fffbea;font-size:13px;line-height:1.55;white-space:pre-wrap;}
blockquote.zkg-evidence mark{background:#ffe08a;padding:0 1px;}
.zkg-offsets{display:block;color:#829ab1;font-size:11px;margin-top:2px;}
.zkg-empty{color:#829ab1;font-size:13px;}
.vis-tooltip{max-width:360px;white-space:pre-wrap!important;font-family:inherit!important;font-size:12px!important;}
"""  # noqa: E501

_APP_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("zkg-data").textContent);
  var I18N = {
    zh: {search: "搜索", searchPh: "中文/英文名称或别名", lang: "语言", classes: "类别（图例/筛选）",
      relations: "关系类型（筛选）", all: "全选", none: "全不选", edgeLabels: "显示关系标签",
      details: "详情", hint: "点击节点或关系查看名称、数据、关系和原文证据。", names: "名称",
      nameZh: "中文", nameEn: "英文", aliases: "别名", classesH: "类别", kind: "节点类型",
      description: "说明", figures: "数据", out: "发出的关系", in: "指向它的关系", evidence: "原文证据",
      other: "其他属性", noResult: "无匹配", hiddenNote: "（部分节点被筛选隐藏）",
      layout: "布局计算中", ready: "就绪", value: "数值", asWritten: "原文", normalised: "标准化",
      period: "时期", change: "变化", rank: "排名范围", concerns: "涉及", role: "角色",
      offsets: "字符位置", line: "行", relation: "关系", from: "主体", to: "客体",
      nodesShown: "显示节点"},
    en: {search: "Search", searchPh: "Chinese/English name or alias", lang: "Language",
      classes: "Classes (legend / filter)", relations: "Relation types (filter)", all: "all",
      none: "none", edgeLabels: "Show relation labels", details: "Details",
      hint: "Click a node or a relation to see its names, figures, relations and evidence.",
      names: "Names", nameZh: "Chinese", nameEn: "English", aliases: "Aliases",
      classesH: "Classes", kind: "Node kind", description: "Description", figures: "Figures",
      out: "Outgoing relations", in: "Incoming relations", evidence: "Evidence",
      other: "Other attributes", noResult: "no match", hiddenNote: "(some nodes are filtered out)",
      layout: "Computing layout", ready: "ready", value: "Value", asWritten: "As written",
      normalised: "Normalised", period: "Period", change: "Change", rank: "Rank scope",
      concerns: "Concerns", role: "Role", offsets: "Offsets", line: "line", relation: "Relation",
      from: "Subject", to: "Object", nodesShown: "Nodes shown"}
  };
  var KIND = {entity: ["实体", "entity"], funding_event: ["融资事件", "funding event"],
    recognition: ["荣誉/认定", "recognition"], article: ["文章", "article"]};
  var EXTRA = {instrument: ["融资工具", "Instrument"], mechanism_zh: ["机制", "Mechanism"],
    period: ["时期", "Period"], period_zh: ["时期（原文）", "Period (as written)"],
    recognition_kind: ["荣誉类型", "Recognition kind"], year: ["年份", "Year"],
    sha256: ["SHA-256", "SHA-256"]};
  var QUAL = {nearly: ["近", "nearly"], more_than: ["超过", "more than"],
    approximately: ["约", "approximately"], at_least: ["至少", "at least"],
    within_top: ["前", "within top"]};
  var COMPARISON = {year_on_year: ["同比", "year on year"]};

  var state = {lang: DATA.config.lang, hiddenClasses: new Set(), hiddenRelations: new Set(),
    selected: null, selectedEdge: null, stabilized: false, edgeLabels: DATA.config.edgeLabels,
    edgeLabelsLoaded: DATA.config.edgeLabels, nodeHidden: {}, edgeHidden: {}};
  var nodeMeta = {}, edgeMeta = {}, classMeta = {}, outEdges = {}, inEdges = {};
  DATA.classes.forEach(function (c) { classMeta[c.name] = c; });
  DATA.nodes.forEach(function (n) { nodeMeta[n.id] = n; outEdges[n.id] = []; inEdges[n.id] = []; });
  DATA.edges.forEach(function (e) {
    edgeMeta[e.id] = e; outEdges[e.from].push(e.id); inEdges[e.to].push(e.id);
  });

  function t(key) { return I18N[state.lang][key]; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function isBlank(v) {
    return v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
  }
  function nodeLabel(n) {
    return state.lang === "en" ? (n.label_en || n.label_zh) : n.label_zh;
  }
  function otherLabel(n) { return state.lang === "en" ? n.label_zh : n.label_en; }
  function edgeLabel(e) { return state.lang === "en" ? e.label_en : e.label_zh; }
  function className(c) {
    var m = classMeta[c];
    return m ? (state.lang === "en" ? m.en : m.zh) : c;
  }
  function pair(map, key) {
    var v = map[key];
    return v ? (state.lang === "en" ? v[1] : v[0]) : String(key);
  }
  function plain(v) {
    if (v === null || v === undefined) { return ""; }
    if (typeof v === "object") { return JSON.stringify(v); }
    return String(v);
  }

  // ---- tooltips: DOM elements built with textContent ----
  function nodeTooltip(n) {
    var box = el("div");
    box.appendChild(el("strong", null, n.label_zh));
    if (n.label_en) { box.appendChild(el("div", null, n.label_en)); }
    box.appendChild(el("div", null, n.classes.map(function (c) {
      var m = classMeta[c]; return m ? m.zh + " " + m.en : c;
    }).join(" · ")));
    if (n.aliases_zh.length) { box.appendChild(el("div", null, "别名 aliases: " + n.aliases_zh.join("、"))); }
    return box;
  }
  function edgeTooltip(e) {
    var box = el("div");
    box.appendChild(el("strong", null, e.label_zh + " · " + e.label_en));
    box.appendChild(el("div", null, nodeMeta[e.from].label_zh + " → " + nodeMeta[e.to].label_zh));
    if (e.role_zh) { box.appendChild(el("div", null, "角色 role: " + e.role_zh)); }
    if (e.evidence.length) {
      var q = e.evidence[0];
      box.appendChild(el("div", null, "“" + (typeof q === "object" ? (q.quote || q.sentence) : q) + "”"));
    }
    return box;
  }

  var visNodes = DATA.vis.nodes.map(function (v) {
    var o = Object.assign({}, v); o.title = nodeTooltip(nodeMeta[v.id]); return o;
  });
  var visEdges = DATA.vis.edges.map(function (v) {
    var o = Object.assign({}, v); o.title = edgeTooltip(edgeMeta[v.id]); return o;
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var container = document.getElementById("zkg-network");
  var status = document.getElementById("zkg-status");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, DATA.vis.options);

  function setStatus(text) { status.textContent = text; }
  setStatus(t("layout") + "…");
  network.on("stabilizationProgress", function (p) {
    setStatus(t("layout") + " " + p.iterations + "/" + p.total);
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    state.stabilized = true;
    api.stabilizedAt = performance.now();
    document.documentElement.setAttribute("data-stabilized", "true");
    updateStatus();
  });
  function updateStatus() {
    if (!state.stabilized) { return; }
    var shown = DATA.nodes.length - Object.keys(state.nodeHidden).filter(function (k) {
      return state.nodeHidden[k];
    }).length;
    setStatus(t("ready") + " · " + t("nodesShown") + " " + shown + "/" + DATA.nodes.length);
  }

  // ---- i18n of the static UI ----
  function applyI18n() {
    document.documentElement.lang = state.lang === "en" ? "en" : "zh-CN";
    document.querySelectorAll("[data-i18n]").forEach(function (e) {
      e.textContent = t(e.getAttribute("data-i18n"));
    });
    document.getElementById("zkg-search").placeholder = t("searchPh");
    document.querySelectorAll("[data-class-name]").forEach(function (e) {
      e.textContent = className(e.getAttribute("data-class-name"));
    });
    document.querySelectorAll("[data-relation]").forEach(function (e) {
      var p = e.getAttribute("data-relation");
      var r = DATA.relations.filter(function (x) { return x.predicate === p; })[0];
      e.textContent = state.lang === "en" ? r.en : r.zh;
    });
  }

  function setLang(lang) {
    state.lang = lang === "en" ? "en" : "zh";
    document.querySelectorAll("input[name=zkg-lang]").forEach(function (i) {
      i.checked = i.value === state.lang;
    });
    nodes.update(DATA.nodes.map(function (n) { return {id: n.id, label: nodeLabel(n)}; }));
    if (state.edgeLabelsLoaded) {
      edges.update(DATA.edges.map(function (e) { return {id: e.id, label: edgeLabel(e)}; }));
    }
    applyI18n();
    updateStatus();
    rerenderPanel();
    runSearch(document.getElementById("zkg-search").value, false);
  }

  function setEdgeLabels(show) {
    state.edgeLabels = !!show;
    document.getElementById("zkg-edge-labels").checked = state.edgeLabels;
    if (state.edgeLabels && !state.edgeLabelsLoaded) {
      edges.update(DATA.edges.map(function (e) { return {id: e.id, label: edgeLabel(e)}; }));
      state.edgeLabelsLoaded = true;
    }
    network.setOptions({edges: {font: {size: state.edgeLabels ? 11 : 0}}});
  }

  // ---- filters ----
  function applyFilters() {
    var nodeUpdates = [], edgeUpdates = [];
    DATA.nodes.forEach(function (n) {
      var hidden = !n.classes.some(function (c) { return !state.hiddenClasses.has(c); });
      if (!!state.nodeHidden[n.id] !== hidden) { nodeUpdates.push({id: n.id, hidden: hidden}); }
      state.nodeHidden[n.id] = hidden;
    });
    DATA.edges.forEach(function (e) {
      var hidden = state.hiddenRelations.has(e.predicate) || state.nodeHidden[e.from] ||
        state.nodeHidden[e.to];
      if (!!state.edgeHidden[e.id] !== hidden) { edgeUpdates.push({id: e.id, hidden: hidden}); }
      state.edgeHidden[e.id] = hidden;
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    if (state.selected && state.nodeHidden[state.selected]) { network.unselectAll(); }
    updateStatus();
    runSearch(document.getElementById("zkg-search").value, false);
  }
  function setClassVisible(cls, visible) {
    if (visible) { state.hiddenClasses.delete(cls); } else { state.hiddenClasses.add(cls); }
    var box = document.querySelector('input[data-filter-class="' + CSS.escape(cls) + '"]');
    if (box) { box.checked = !!visible; }
    applyFilters();
  }
  function setRelationVisible(p, visible) {
    if (visible) { state.hiddenRelations.delete(p); } else { state.hiddenRelations.add(p); }
    var box = document.querySelector('input[data-filter-relation="' + CSS.escape(p) + '"]');
    if (box) { box.checked = !!visible; }
    applyFilters();
  }

  function buildFilters() {
    var cbox = document.getElementById("zkg-classes");
    cbox.appendChild(allNone(function (on) {
      DATA.classes.forEach(function (c) { setFlag(state.hiddenClasses, c.name, on); });
      syncBoxes("data-filter-class", state.hiddenClasses); applyFilters();
    }));
    DATA.classes.forEach(function (c) {
      var label = el("label", "zkg-check");
      var input = el("input"); input.type = "checkbox"; input.checked = true;
      input.setAttribute("data-filter-class", c.name);
      input.addEventListener("change", function () { setClassVisible(c.name, input.checked); });
      var glyph = el("span", "zkg-glyph", c.glyph); glyph.style.color = c.color;
      var name = el("span", null, className(c.name)); name.setAttribute("data-class-name", c.name);
      label.append(input, glyph, name, el("span", "zkg-count", c.count));
      label.title = c.zh + " / " + c.en + " (" + c.name + ")" + (c.drawn ? "" :
        " — 仅作附加类别，节点按其主类别着色 / secondary class only: nodes are drawn in their main class");
      cbox.appendChild(label);
    });
    var rbox = document.getElementById("zkg-relations");
    rbox.appendChild(allNone(function (on) {
      DATA.relations.forEach(function (r) { setFlag(state.hiddenRelations, r.predicate, on); });
      syncBoxes("data-filter-relation", state.hiddenRelations); applyFilters();
    }));
    DATA.relations.forEach(function (r) {
      var label = el("label", "zkg-check");
      var input = el("input"); input.type = "checkbox"; input.checked = true;
      input.setAttribute("data-filter-relation", r.predicate);
      input.addEventListener("change", function () { setRelationVisible(r.predicate, input.checked); });
      var name = el("span", null, state.lang === "en" ? r.en : r.zh);
      name.setAttribute("data-relation", r.predicate);
      label.append(input, name, el("span", "zkg-count", r.count));
      label.title = r.zh + " / " + r.en + " (" + r.predicate + ")";
      rbox.appendChild(label);
    });
  }
  function setFlag(set, key, visible) { if (visible) { set.delete(key); } else { set.add(key); } }
  function syncBoxes(attr, hiddenSet) {
    document.querySelectorAll("input[" + attr + "]").forEach(function (i) {
      i.checked = !hiddenSet.has(i.getAttribute(attr));
    });
  }
  function allNone(fn) {
    var div = el("div", "zkg-links");
    var a = el("button"); a.type = "button"; a.setAttribute("data-i18n", "all"); a.textContent = t("all");
    var b = el("button"); b.type = "button"; b.setAttribute("data-i18n", "none"); b.textContent = t("none");
    a.addEventListener("click", function () { fn(true); });
    b.addEventListener("click", function () { fn(false); });
    div.append(a, b);
    return div;
  }

  // ---- search ----
  function norm(s) { return String(s || "").normalize("NFKC").toLowerCase().trim(); }
  var searchIndex = DATA.nodes.map(function (n) {
    return {id: n.id, names: [n.label_zh, n.label_en].concat(n.aliases_zh, [n.id]).map(norm)
      .filter(function (x) { return x; })};
  });
  function search(query) {
    var q = norm(query);
    if (!q) { return []; }
    var hits = [];
    searchIndex.forEach(function (entry, i) {
      if (state.nodeHidden[entry.id]) { return; }
      var best = null;
      entry.names.forEach(function (name) {
        var pos = name.indexOf(q);
        if (pos < 0) { return; }
        var score = (name === q ? 0 : pos === 0 ? 1 : 2) * 100000 + name.length;
        if (best === null || score < best) { best = score; }
      });
      if (best !== null) { hits.push([best, i, entry.id]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return hits.map(function (h) { return h[2]; });
  }
  var resultsList = document.getElementById("zkg-results");
  var searchNote = document.getElementById("zkg-search-note");
  function runSearch(query, selectFirst) {
    var ids = search(query);
    resultsList.replaceChildren();
    searchNote.textContent = "";
    if (norm(query) && !ids.length) {
      searchNote.textContent = t("noResult") + (state.hiddenClasses.size ? " " + t("hiddenNote") : "");
    }
    ids.slice(0, 30).forEach(function (id) {
      var n = nodeMeta[id];
      var li = el("li"), b = el("button");
      b.type = "button";
      b.textContent = nodeLabel(n) + (otherLabel(n) ? " · " + otherLabel(n) : "");
      b.title = n.id;
      b.addEventListener("click", function () { selectNode(id); });
      li.appendChild(b); resultsList.appendChild(li);
    });
    if (ids.length > 30) { searchNote.textContent = "… +" + (ids.length - 30); }
    if (selectFirst && ids.length) { selectNode(ids[0]); }
    return ids;
  }

  // ---- selection + side panel ----
  var panel = document.getElementById("zkg-panel-body");
  function selectNode(id, opts) {
    if (!nodeMeta[id]) { return false; }
    if (state.nodeHidden[id]) { return false; }
    network.selectNodes([id], true);
    var focus = !opts || opts.focus !== false;
    if (focus) {
      network.focus(id, {scale: Math.max(network.getScale(), 1.2), locked: false,
        animation: {duration: 300, easingFunction: "easeInOutQuad"}});
    }
    showNode(id);
    return true;
  }
  function rerenderPanel() {
    if (state.selected) { showNode(state.selected); }
    else if (state.selectedEdge) { showEdge(state.selectedEdge); }
  }
  function section(title, key) {
    var h = el("h2", null, title); if (key) { h.setAttribute("data-section", key); } return h;
  }
  function dl(rows) {
    var d = el("dl", "zkg-dl");
    rows.forEach(function (r) {
      if (isBlank(r[1])) { return; }
      d.appendChild(el("dt", null, r[0]));
      var dd = el("dd");
      if (r[1] instanceof Node) { dd.appendChild(r[1]); } else { dd.textContent = String(r[1]); }
      d.appendChild(dd);
    });
    return d;
  }
  function nodeLink(id) {
    var n = nodeMeta[id];
    var b = el("button", "zkg-nodelink", n ? nodeLabel(n) : id);
    b.type = "button";
    b.setAttribute("data-node", id);
    b.addEventListener("click", function () { selectNode(id); });
    return b;
  }
  function evidenceBlock(ev) {
    var q = el("blockquote", "zkg-evidence");
    if (typeof ev !== "object" || ev === null) { q.textContent = String(ev); return q; }
    var sentence = ev.sentence || "", quote = ev.quote || "";
    var pos = quote && sentence ? sentence.indexOf(quote) : -1;
    if (pos >= 0) {
      q.appendChild(document.createTextNode(sentence.slice(0, pos)));
      q.appendChild(el("mark", null, quote));
      q.appendChild(document.createTextNode(sentence.slice(pos + quote.length)));
    } else {
      if (quote) { q.appendChild(el("mark", null, quote)); }
      if (sentence && sentence !== quote) { q.appendChild(el("div", null, sentence)); }
    }
    var meta = [];
    if (!isBlank(ev.start) || !isBlank(ev.end)) { meta.push(t("offsets") + " [" + plain(ev.start) + ", " + plain(ev.end) + ")"); }
    if (!isBlank(ev.line)) { meta.push(t("line") + " " + plain(ev.line)); }
    if (meta.length) { q.appendChild(el("span", "zkg-offsets", meta.join(" · "))); }
    return q;
  }
  function amountText(v) {
    if (!v || typeof v !== "object") { return plain(v); }
    var parts = [];
    if (v.qualifier) { parts.push(pair(QUAL, v.qualifier)); }
    var num = isBlank(v.value) ? "" : plain(v.value);
    if (!isBlank(v.value_max)) { num += "–" + plain(v.value_max); }
    if (num) { parts.push(num + (v.unit ? " " + v.unit : "")); }
    if (v.comparison) { parts.unshift(pair(COMPARISON, v.comparison)); }
    var s = parts.join(" ");
    if (v.as_written) { s = v.as_written + (s ? "  (" + s + ")" : ""); }
    return s;
  }
  function figureCard(f) {
    var card = el("div", "zkg-card");
    if (typeof f !== "object" || f === null) { card.textContent = String(f); return card; }
    var title = state.lang === "en" ? (f.indicator_en || f.indicator_zh) : (f.indicator_zh || f.indicator_en);
    var other = state.lang === "en" ? f.indicator_zh : f.indicator_en;
    card.appendChild(el("div", "zkg-card-title", (title || f.id || "") + (other && other !== title ? " · " + other : "")));
    var period = [plain(f.period), plain(f.period_zh)].filter(function (x) { return x; }).join(" · ");
    var normalised = isBlank(f.normalised_value) ? "" : plain(f.normalised_value) + " " + plain(f.normalised_unit);
    var concerns = null;
    if (Array.isArray(f.concerns) && f.concerns.length) {
      concerns = el("span");
      f.concerns.forEach(function (c, i) { if (i) { concerns.appendChild(document.createTextNode("、")); } concerns.appendChild(nodeMeta[c] ? nodeLink(c) : el("span", null, c)); });
    }
    var shown = {id: 1, indicator_zh: 1, indicator_en: 1, as_written: 1, value: 1, value_max: 1,
      unit: 1, qualifier: 1, period: 1, period_zh: 1, change: 1, rank_scope_zh: 1, concerns: 1,
      evidence: 1, normalised_value: 1, normalised_unit: 1, subject: 1};
    var rows = [[t("value"), amountText(f)], [t("normalised"), normalised], [t("period"), period],
      [t("change"), f.change ? amountText(f.change) : ""], [t("rank"), f.rank_scope_zh],
      [t("concerns"), concerns]];
    Object.keys(f).sort().forEach(function (k) { if (!shown[k] && !isBlank(f[k])) { rows.push([k, plain(f[k])]); } });
    card.appendChild(dl(rows));
    (Array.isArray(f.evidence) ? f.evidence : []).forEach(function (ev) { card.appendChild(evidenceBlock(ev)); });
    return card;
  }
  function relationItem(e, direction) {
    var div = el("div", "zkg-rel");
    div.setAttribute("data-edge", e.id);
    var lbl = el("span", "zkg-rel-label", edgeLabel(e));
    lbl.title = e.label_zh + " / " + e.label_en + " (" + e.predicate + ")";
    div.appendChild(lbl);
    div.appendChild(document.createTextNode(direction === "out" ? " → " : " ← "));
    div.appendChild(nodeLink(direction === "out" ? e.to : e.from));
    if (e.role_zh) { div.appendChild(el("span", "zkg-role", t("role") + ": " + e.role_zh)); }
    e.evidence.forEach(function (ev) { div.appendChild(evidenceBlock(ev)); });
    return div;
  }
  function extraRows(extra) {
    return Object.keys(extra).sort().filter(function (k) { return !isBlank(extra[k]); })
      .map(function (k) { return [EXTRA[k] ? pair(EXTRA, k) : k, plain(extra[k])]; });
  }
  function showNode(id) {
    var n = nodeMeta[id];
    state.selected = id; state.selectedEdge = null;
    panel.replaceChildren();
    panel.setAttribute("data-node", id);
    panel.appendChild(el("h3", null, nodeLabel(n)));
    if (otherLabel(n)) { panel.appendChild(el("p", "zkg-en", otherLabel(n))); }
    var badges = el("div");
    n.classes.forEach(function (c) {
      var m = classMeta[c]; var b = el("span", "zkg-badge", className(c));
      b.style.background = m ? m.color : "#999"; badges.appendChild(b);
    });
    panel.appendChild(badges);
    panel.appendChild(section(t("names"), "names"));
    panel.appendChild(dl([[t("nameZh"), n.label_zh], [t("nameEn"), n.label_en],
      [t("aliases"), n.aliases_zh.join("、")], [t("kind"), pair(KIND, n.kind)],
      [t("classesH"), n.classes.map(function (c) { var m = classMeta[c]; return m ? m.zh + " " + m.en : c; }).join(" · ")],
      [t("description"), n.description_en], ["id", n.id]]));
    var extra = extraRows(n.extra);
    if (extra.length) { panel.appendChild(section(t("other"), "other")); panel.appendChild(dl(extra)); }
    if (n.figures.length) {
      panel.appendChild(section(t("figures") + " (" + n.figures.length + ")", "figures"));
      n.figures.forEach(function (f) { panel.appendChild(figureCard(f)); });
    }
    var outs = outEdges[id], ins = inEdges[id];
    if (outs.length) {
      panel.appendChild(section(t("out") + " (" + outs.length + ")", "out"));
      outs.forEach(function (eid) { panel.appendChild(relationItem(edgeMeta[eid], "out")); });
    }
    if (ins.length) {
      panel.appendChild(section(t("in") + " (" + ins.length + ")", "in"));
      ins.forEach(function (eid) { panel.appendChild(relationItem(edgeMeta[eid], "in")); });
    }
    if (n.evidence.length) {
      panel.appendChild(section(t("evidence") + " (" + n.evidence.length + ")", "evidence"));
      n.evidence.forEach(function (ev) { panel.appendChild(evidenceBlock(ev)); });
    }
    panel.scrollTop = 0;
  }
  function showEdge(eid) {
    var e = edgeMeta[eid];
    state.selected = null; state.selectedEdge = eid;
    panel.replaceChildren();
    panel.setAttribute("data-edge", eid);
    panel.removeAttribute("data-node");
    panel.appendChild(el("h3", null, edgeLabel(e)));
    panel.appendChild(el("p", "zkg-en", e.label_zh + " / " + e.label_en + " (" + e.predicate + ")"));
    panel.appendChild(dl([[t("from"), nodeLink(e.from)], [t("to"), nodeLink(e.to)],
      [t("role"), e.role_zh]].concat(extraRows(e.extra))));
    if (e.evidence.length) {
      panel.appendChild(section(t("evidence"), "evidence"));
      e.evidence.forEach(function (ev) { panel.appendChild(evidenceBlock(ev)); });
    }
  }
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
  });

  // ---- wiring ----
  buildFilters();
  var searchInput = document.getElementById("zkg-search");
  searchInput.addEventListener("input", function () { runSearch(searchInput.value, false); });
  searchInput.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); runSearch(searchInput.value, true); }
  });
  document.querySelectorAll("input[name=zkg-lang]").forEach(function (i) {
    i.addEventListener("change", function () { if (i.checked) { setLang(i.value); } });
  });
  document.getElementById("zkg-edge-labels").addEventListener("change", function (ev) {
    setEdgeLabels(ev.target.checked);
  });
  document.getElementById("zkg-edge-labels").checked = state.edgeLabels;
  applyI18n();

  var api = {
    network: network, nodes: nodes, edges: edges, data: DATA, state: state,
    stabilizedAt: null,
    isStabilized: function () { return state.stabilized; },
    nodeCount: function () { return network.body.data.nodes.length; },
    edgeCount: function () { return network.body.data.edges.length; },
    visibleNodeIds: function () {
      return DATA.nodes.filter(function (n) { return !state.nodeHidden[n.id]; })
        .map(function (n) { return n.id; });
    },
    search: function (q) { return search(q); },
    searchAndSelect: function (q) { return runSearch(q, true)[0] || null; },
    selectNode: selectNode,
    selectedNode: function () { return network.getSelectedNodes()[0] || null; },
    showEdge: showEdge,
    setLang: setLang,
    setClassVisible: setClassVisible,
    setRelationVisible: setRelationVisible,
    setEdgeLabels: setEdgeLabels,
    labelOf: function (id) { var n = nodes.get(id); return n ? n.label : null; },
    panelText: function () { return panel.textContent; }
  };
  window.zkg = api;
})();
"""  # noqa: E501

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@@CSP@@">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>@@APP_CSS@@</style>
</head>
<body>
<header>@@HEADER@@</header>
<nav id="zkg-side">
<h2 data-i18n="search">搜索</h2>
<input id="zkg-search" type="search" autocomplete="off" spellcheck="false">
<p id="zkg-search-note" class="zkg-note"></p>
<ul id="zkg-results"></ul>
<h2 data-i18n="lang">语言</h2>
<div class="zkg-lang">
<label><input type="radio" name="zkg-lang" value="zh" checked> 中文</label>
<label><input type="radio" name="zkg-lang" value="en"> English</label>
</div>
<label class="zkg-check"><input type="checkbox" id="zkg-edge-labels"> <span data-i18n="edgeLabels">显示关系标签</span></label>
<h2 data-i18n="classes">类别</h2>
<div id="zkg-classes"></div>
<h2 data-i18n="relations">关系类型</h2>
<div id="zkg-relations"></div>
</nav>
<main id="zkg-graph"><div id="zkg-network"></div><div id="zkg-status"></div></main>
<aside id="zkg-panel">
<h2 data-i18n="details">详情</h2>
<div id="zkg-panel-body"><p class="zkg-empty" data-i18n="hint"></p></div>
</aside>
<script id="zkg-data" type="application/json">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>@@APP_JS@@</script>
</body>
</html>
"""
