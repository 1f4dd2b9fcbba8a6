"""Self-contained, offline HTML view of the knowledge graph (vis-network, from pyvis).

The page embeds vis-network's JavaScript and CSS (read from the installed pyvis package),
the graph as escaped JSON and a small application script (``view/view.js``). It loads
nothing over the network: a Content-Security-Policy with ``default-src 'none'`` and
hash-pinned scripts makes that explicit, and also stops inline event handlers should data
ever reach markup. Every piece of graph data is rendered with ``textContent`` /
``createTextNode`` (SVG charts included).

The layout is computed here (:func:`layout_positions`, igraph, fixed seed) and vis'
physics stays off, so a page is drawn as soon as it opens, at any size. The Python side
is linear: pyvis is used for vis itself and its option defaults, not for its per-node
``add_node`` (quadratic); class styles are vis groups, node labels and tooltips are drawn
by the page script. An article's graph and a corpus graph (graph attribute ``corpus``,
see :func:`generate_html`) use the same page: a corpus adds filters by article, zone,
province, city and year, and opens on an overview above :data:`OVERVIEW_NODES`.

Output is deterministic: nodes and edges are sorted, the layout seed is fixed, positions
are integers and no timestamps or random ids are written, so two calls give
byte-identical pages.

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
#: above this many nodes edges are hidden while dragging/zooming and not curved.
LARGE_GRAPH_NODES = 1000
#: above this many nodes the layout uses Fruchterman-Reingold's grid variant (linear).
GRID_LAYOUT_NODES = 500
#: up to this many nodes the layout is Kamada-Kawai (quadratic, best for an article).
KK_LAYOUT_NODES = 300
#: the median edge length of the precomputed layout, in vis canvas units.
EDGE_LENGTH = 110
#: the least average distance between nodes of the layout, in vis canvas units.
NODE_SPACING = 60
#: above this many edges vis gets no edge labels at all (the checkbox is disabled).
EDGE_LABEL_LIMIT = 400
#: up to this many edges the edge labels are shown when the page opens.
EDGE_LABELS_SHOWN = 60
#: above this many nodes the page opens on an overview: zones, clusters and canonical
#: entities (nodes mentioned by several articles); "show all" draws the rest.
OVERVIEW_NODES = 2000
OVERVIEW_CLASSES = frozenset({"Zone", "Cluster"})

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
#: optional node attributes of a corpus graph, shown by the panel and the filters.
_CORPUS_NODE_KEYS = ("articles", "sources", "zone", "province", "city")
_NODE_KEYS = frozenset(
    {"kind", "classes", "label_zh", "label_en", "aliases_zh", "description_en", "evidence",
     "figures", *_CORPUS_NODE_KEYS}
)
_EDGE_KEYS = frozenset({"predicate", "label_zh", "label_en", "role_zh", "evidence", "article"})
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


def _json_default(value: Any) -> Any:
    """The few non-JSON types graphs carry, as :func:`_jsonable` turns them."""
    if isinstance(value, Decimal | set | frozenset) or hasattr(value, "model_dump"):
        return _jsonable(value)
    return str(value)


def script_json(value: Any) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>``, ``&``, U+2028/9 escaped.

    The fast path hands the value to :func:`json.dumps` as it is (sorted keys, non-JSON
    types through :func:`_json_default`); data it refuses (NaN, non-string keys) goes
    through :func:`_jsonable` first. Both give the same text for the same data.

    >>> script_json({"q": "</script><b>&\\u2028"})
    '{"q":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    >>> script_json({"v": float("nan"), 1: "x"})
    '{"1":"x","v":"nan"}'
    """
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                          allow_nan=False, default=_json_default)
    except (TypeError, ValueError):
        text = json.dumps(_jsonable(value), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"), allow_nan=False)
    text = (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _as_list(value: Any) -> list[Any]:
    if type(value) is list:
        return value
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


def _options(n_nodes: int, edge_labels: bool, seed: int, groups: dict[str, Any]) -> dict[str, Any]:
    """vis-network options: physics off (positions come from :func:`layout_positions`),
    one group per class for the styles, no per-node label measuring (the page draws
    node labels itself, see ``view.js``)."""
    from pyvis.network import Network

    large = n_nodes > LARGE_GRAPH_NODES
    # pyvis keeps vis' Barnes-Hut parameters and the option tree's defaults; physics
    # stays off (the precomputed layout is final) but a user can switch it on for a
    # small graph from the console with the same, sane parameters
    net = Network(directed=True, cdn_resources="remote", height="100%", width="100%")
    net.barnes_hut(gravity=-6000, central_gravity=0.25, spring_length=120, spring_strength=0.04,
                   damping=0.12, overlap=0.15)
    options: dict[str, Any] = json.loads(net.options.to_json())
    options["physics"].update(enabled=False, solver="barnesHut", minVelocity=0.75, timestep=0.5)
    options["physics"]["stabilization"] = {"enabled": False}
    options["layout"] = {"randomSeed": seed, "improvedLayout": False}
    # hover highlighting redraws everything on each pointer move: not on big graphs
    # (their tooltips are off; the side panel shows a clicked node)
    options["interaction"].update(
        hover=not large, tooltipDelay=200, hideEdgesOnDrag=large, hideEdgesOnZoom=large,
        multiselect=False, navigationButtons=False, keyboard=False,
    )
    options["nodes"] = {
        "borderWidth": 1.5,
        "borderWidthSelected": 3,
        "font": {"face": FONT_STACK, "size": 14, "color": "#1f2933"},
        "size": 14,
    }
    options["groups"] = groups
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


def _group_style(cls: str, infos: Mapping[str, ClassInfo] | None = None) -> dict[str, Any]:
    colour, shape, _glyph = _style(cls, infos)
    group: dict[str, Any] = {
        "shape": shape,
        "color": {"background": colour, "border": _darken(colour),
                  "highlight": {"background": colour, "border": "#1f2933"},
                  "hover": {"background": colour, "border": "#1f2933"}},
    }
    if cls in ("FundingEvent", "Recognition"):  # events are drawn with a dashed border
        group["shapeProperties"] = {"borderDashes": [4, 3]}
        group["borderWidth"] = 2
    return group


def layout_positions(n: int, pairs: Iterable[tuple[int, int]], seed: int = 7) -> list[tuple[int, int]]:
    """Deterministic positions (integers, vis canvas units) for nodes ``0..n-1`` joined by
    undirected ``pairs``: igraph's Fruchterman-Reingold (its grid variant above
    :data:`GRID_LAYOUT_NODES`, linear per iteration), run from igraph's own random start
    drawn from ``random.Random(seed)``, scaled so that the median edge is
    :data:`EDGE_LENGTH` long.

    >>> layout_positions(3, [(0, 1), (1, 2)]) == layout_positions(3, [(1, 2), (0, 1)])
    True
    >>> layout_positions(0, [])
    []
    """
    import random

    import igraph

    if n == 0:
        return []
    edges = sorted({(min(a, b), max(a, b)) for a, b in pairs if a != b})
    graph = igraph.Graph(n=n, edges=edges)
    igraph.set_random_number_generator(random.Random(seed))
    try:
        if n > GRID_LAYOUT_NODES:  # ~0.1 ms per node and iteration
            layout = graph.layout_fruchterman_reingold(niter=max(100, min(300, 2_000_000 // n)), grid=True)
        elif n > KK_LAYOUT_NODES:
            layout = graph.layout_fruchterman_reingold(niter=1000, grid=False)
        else:  # spreads a hub's neighbours evenly: the most readable for one article
            rng = random.Random(seed)
            start = [[rng.uniform(-n, n), rng.uniform(-n, n)] for _ in range(n)]
            layout = graph.layout_kamada_kawai(seed=start, maxiter=100 * n)
    finally:
        igraph.set_random_number_generator(random)  # igraph's default generator
    coords = layout.coords
    lengths = sorted(math.dist(coords[a], coords[b]) for a, b in edges)
    median = lengths[len(lengths) // 2] if lengths else 1.0
    scale = EDGE_LENGTH / median if median > 1e-9 else EDGE_LENGTH
    xs, ys = [x for x, _ in coords], [y for _, y in coords]
    # and never denser than one node per NODE_SPACING² (big graphs with long edges)
    if n > GRID_LAYOUT_NODES:
        spacing = math.sqrt(max(1e-9, (max(xs) - min(xs)) * (max(ys) - min(ys))) / n)
        scale = max(scale, NODE_SPACING / spacing)
    cx, cy = sum(xs) / n, sum(ys) / n
    return [(round((x - cx) * scale), round((y - cy) * scale)) for x, y in coords]


class _Components:
    """Union-find over node indices (weakly connected components in linear time)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        parent = self.parent
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _derived_edges(
    g: nx.MultiDiGraph, order: list[Any], ids: Mapping[Any, str], index: Mapping[str, int],
    pairs: list[tuple[int, int]], nodes_meta: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Edges the view adds so that every node reaches a zone or an article:

    * ``figureConcerns`` from a figure's subject to each node the figure concerns (the
      zone's "talent programme selectees" figure concerns the programmes);
    * ``mentionedIn`` from the best-connected node of a component that reaches neither
      a zone nor an article to the article that mentions it (its ``articles``, else the
      graph's own article node).

    They are marked ``derived`` (drawn dotted, own relation filter): they are read off the
    figures and the evidence, not stated as relations by the facts.
    """
    out: list[dict[str, Any]] = []
    linked = set(pairs) | {(b, a) for a, b in pairs}
    for i, n in enumerate(order):
        for fig in nodes_meta[i]["figures"]:
            if not isinstance(fig, Mapping):
                continue
            for c in _as_list(fig.get("concerns")):
                j = index.get(_text(c))
                if j is None or j == i or (i, j) in linked:
                    continue
                linked.add((i, j))
                linked.add((j, i))
                out.append({"from": ids[n], "to": ids[order[j]], "predicate": "figureConcerns",
                            "label_zh": "数据涉及", "label_en": "figure concerns",
                            "evidence": _as_list(fig.get("evidence"))[:1],
                            "extra": {"figure": _text(fig.get("id"))}})
    comp = _Components(len(order))
    for a, b in pairs:
        comp.union(a, b)
    for e in out:
        comp.union(index[e["from"]], index[e["to"]])
    anchored: set[int] = set()
    members: dict[int, list[int]] = {}
    for i, meta in enumerate(nodes_meta):
        root = comp.find(i)
        members.setdefault(root, []).append(i)
        if meta["kind"] == "article" or "Zone" in meta["classes"] or "Article" in meta["classes"]:
            anchored.add(root)
    article = g.graph.get("article")
    own_article = _text(article.get("id")) if isinstance(article, Mapping) else ""
    degree = Counter[int]()
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    for root in sorted(members):
        if root in anchored:
            continue
        best = min(members[root], key=lambda i: (-degree[i], nodes_meta[i]["id"]))
        meta = nodes_meta[best]
        targets = [_text(a) for a in _as_list(meta.get("articles"))] + [own_article]
        target = next((t for t in targets if t and t in index and index[t] != best), None)
        if target is None:
            continue
        out.append({"from": meta["id"], "to": target, "predicate": "mentionedIn",
                    "label_zh": "出现于", "label_en": "mentioned in",
                    "evidence": meta["evidence"][:1], "extra": {}})
    return out


def _graph_payload(g: nx.MultiDiGraph, seed: int, onto: Ontology | None = None) -> dict[str, Any]:
    """Everything the page needs, as JSON-able data; linear in nodes + edges (pyvis'
    ``add_node`` is quadratic, so vis' node and edge items are built by the page script
    from this payload; pyvis provides vis itself and the option defaults)."""
    ids = {n: str(n) for n in g.nodes}
    order = sorted(g.nodes, key=lambda n: ids[n])
    index = {ids[n]: i for i, n in enumerate(order)}
    edges = sorted(
        g.edges(keys=True, data=True), key=lambda e: (ids[e[0]], ids[e[1]], str(e[2]))
    )
    n_nodes = len(order)

    nodes_meta: list[dict[str, Any]] = []
    class_count: Counter[str] = Counter()
    primary_count: Counter[str] = Counter()
    infos = _class_infos(onto)
    rank = {name: i for i, name in enumerate(infos)}
    for n in order:
        attrs = g.nodes[n]
        classes = node_classes(attrs)
        class_count.update(classes)
        primary = primary_class(classes, rank=rank)
        primary_count[primary] += 1
        meta: dict[str, Any] = {
            "id": ids[n],
            "kind": _text(attrs.get("kind")) or "entity",
            "classes": classes,
            "primary": primary,
            "label_zh": _text(attrs.get("label_zh")) or ids[n],
            "label_en": _text(attrs.get("label_en")),
            "aliases_zh": [_text(a) for a in _as_list(attrs.get("aliases_zh"))],
            "description_en": _text(attrs.get("description_en")),
            "figures": _as_list(attrs.get("figures")),
            "evidence": _as_list(attrs.get("evidence")),
            "extra": {str(k): v for k, v in attrs.items() if k not in _NODE_KEYS},
        }
        for key in _CORPUS_NODE_KEYS:
            if attrs.get(key) is not None:
                meta[key] = (_as_list(attrs[key]) if key in ("articles", "sources")
                             else _text(attrs[key]))
        nodes_meta.append(meta)

    edges_meta: list[dict[str, Any]] = []
    relations: dict[str, dict[str, Any]] = {}
    pairs: list[tuple[int, int]] = []
    for i, (u, v, key, attrs) in enumerate(edges):
        predicate = _text(attrs.get("predicate")) or _text(key)
        edge: dict[str, Any] = {
            "id": f"e{i}",
            "from": ids[u],
            "to": ids[v],
            "key": _text(key),
            "predicate": predicate,
            "label_zh": _text(attrs.get("label_zh")) or predicate,
            "label_en": _text(attrs.get("label_en")) or predicate,
            "role_zh": _text(attrs.get("role_zh")),
            "evidence": _as_list(attrs.get("evidence")),
            "extra": {str(k2): v2 for k2, v2 in attrs.items() if k2 not in _EDGE_KEYS},
        }
        if attrs.get("article") is not None:
            edge["article"] = _text(attrs["article"])
        edges_meta.append(edge)
        pairs.append((index[ids[u]], index[ids[v]]))
    for j, extra in enumerate(_derived_edges(g, order, ids, index, pairs, nodes_meta)):
        extra.update(id=f"d{j}", key=extra["predicate"], role_zh="", derived=True)
        edges_meta.append(extra)
        pairs.append((index[extra["from"]], index[extra["to"]]))

    degree = [0] * n_nodes
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    positions = layout_positions(n_nodes, pairs, seed)
    overview = n_nodes > OVERVIEW_NODES
    for i, meta in enumerate(nodes_meta):
        meta["x"], meta["y"] = positions[i]
        meta["size"] = round(12 + min(14.0, 2.0 * math.sqrt(degree[i]))
                             + (6 if meta["primary"] == "Zone" else 0), 1)
        meta["degree"] = degree[i]
        if overview and (meta["primary"] in OVERVIEW_CLASSES or len(meta.get("articles", ())) > 1):
            meta["overview"] = True

    pair_count: Counter[tuple[int, int]] = Counter()
    for i, e in enumerate(edges_meta):
        rel = relations.setdefault(e["predicate"], {
            "predicate": e["predicate"], "zh": e["label_zh"], "en": e["label_en"], "count": 0,
            "derived": bool(e.get("derived"))})
        rel["count"] += 1
        a, b = pairs[i]
        pair = (min(a, b), max(a, b))
        k = pair_count[pair]
        pair_count[pair] += 1
        if k and n_nodes <= LARGE_GRAPH_NODES:  # fan parallel edges out
            e["curve"] = k

    edge_labels = len(edges_meta) <= EDGE_LABEL_LIMIT
    groups = {}
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
    for cls in sorted(primary_count):
        groups[cls] = _group_style(cls, infos)
    corpus = _corpus_meta(g.graph.get("corpus"))
    return {
        "classes": classes_meta,
        "relations": [relations[p] for p in sorted(relations)],
        "nodes": nodes_meta,
        "edges": edges_meta,
        "corpus": corpus,
        "vis": {"options": _options(n_nodes, edge_labels, seed, groups)},
        "config": {
            "edgeLabels": edge_labels and len(edges_meta) <= EDGE_LABELS_SHOWN,
            "edgeLabelsAvailable": edge_labels,
            "large": n_nodes > LARGE_GRAPH_NODES,
            "overview": overview,
            "lang": "zh",
            "seed": seed,
        },
    }


_VIEW_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.html$")


def _corpus_meta(corpus: Any) -> dict[str, Any] | None:
    """The corpus description for the header and the filters; an article's ``view`` is
    kept only when it is a plain sibling file name (``<id>.html``), so a link can never
    be a ``javascript:`` URL or leave the folder."""
    if not isinstance(corpus, Mapping):
        return None
    articles: list[dict[str, Any]] = []
    for a in _as_list(corpus.get("articles")):
        if not isinstance(a, Mapping):
            continue
        view = _text(a.get("view"))
        articles.append({
            "id": _text(a.get("id")),
            "title_zh": _text(a.get("title_zh")) or _text(a.get("id")),
            "title_en": _text(a.get("title_en")),
            "period": a.get("period") if isinstance(a.get("period"), int) else None,
            "zone": _text(a.get("zone")),
            "province": _text(a.get("province")),
            "city": _text(a.get("city")),
            "view": view if _VIEW_NAME.match(view) else "",
        })
    articles.sort(key=lambda a: str(a["id"]))
    return {"synthetic": bool(corpus.get("synthetic")), "articles": articles}


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


def _corpus_header(corpus: Mapping[str, Any], n_nodes: int, n_edges: int) -> tuple[str, str]:
    esc = html.escape
    synthetic = bool(corpus.get("synthetic"))
    n_articles = len(_as_list(corpus.get("articles")))
    title = "语料库知识图谱" + ("（合成）" if synthetic else "")
    parts = [f"语料库 Corpus: {n_articles} 篇文章 articles"]
    if synthetic:
        parts.append("合成数据，非真实报道 synthetic data, not real reports")
    parts.append(f"{n_nodes} 节点 nodes · {n_edges} 关系 edges")
    flag = ' data-synthetic="true"' if synthetic else ""
    header = (
        f'<h1 id="zkg-title" data-corpus="true"{flag}>{esc(title)}</h1>'
        '<p class="zkg-attribution">' + " · ".join(f"<span>{esc(p)}</span>" for p in parts) + "</p>"
    )
    return f"{title} — zone-kg corpus", header


def generate_html(g: nx.MultiDiGraph, *, seed: int = 7, ontology: Ontology | None = None) -> str:
    """One self-contained HTML page drawing ``g`` (see docs/design.md, NetworkX mapping).

    ``g`` is an article's graph or a corpus graph (graph attribute ``corpus``, node
    attributes ``articles``, ``sources``, ``zone``, ``province``, ``city``, edge
    attribute ``article``): the page then says it is a corpus and offers its filters.
    Class labels and order come from ``ontology`` (default: the packaged zone.ttl).
    """
    payload = _graph_payload(g, seed, ontology)
    corpus = g.graph.get("corpus")
    n_edges = g.number_of_edges()
    if isinstance(corpus, Mapping):
        page_title, header = _corpus_header(corpus, g.number_of_nodes(), n_edges)
    else:
        article = g.graph.get("article") or {}
        if not isinstance(article, Mapping):
            article = {}
        page_title, header = _header(article, g.number_of_nodes(), n_edges)
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
    """Exporter entry point: ``built.nx`` is the graph of :mod:`graph.sinks.networkx`."""
    return generate_html(built.nx, ontology=getattr(built, "ontology", None)).encode("utf-8")
