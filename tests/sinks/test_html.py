"""The offline HTML view (graph.sinks.html): static checks and, in headless chromium,
loading without network, search, panel, filters, language switch and XSS resistance."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import networkx as nx
import pytest

from graph.sinks import html as html_exporter
from graph.sinks.html import generate, generate_html


class _Resources(HTMLParser):
    """Every tag, with src/href/… attribute values, and script bodies."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in {"src", "href", "srcset", "action", "poster", "data", "formaction"}:
                self.urls.append((tag, name, value or ""))
            if name.startswith("on"):
                self.urls.append((tag, name, value or ""))
        if tag == "script":
            self._script = dict(attrs)

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts.append((self._script, data))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None


def parse(page: str) -> _Resources:
    parser = _Resources()
    parser.feed(page)
    parser.close()
    return parser


def embedded_data(page: str) -> dict[str, Any]:
    parser = parse(page)
    (body,) = [text for attrs, text in parser.scripts if attrs.get("id") == "zkg-data"]
    data: dict[str, Any] = json.loads(body)
    return data


# The graph builders live in conftest.py and reach the tests through the ``graphs``
# fixture, so this module imports the same way whether or not tests/ is a package.


def write(tmp_path: Path, g: nx.MultiDiGraph, name: str = "view.html") -> Path:
    path = tmp_path / name
    path.write_text(generate_html(g), encoding="utf-8")
    return path


# ---------------------------------------------------------------- static checks


def test_no_remote_resources(graph_small: nx.MultiDiGraph) -> None:
    page = generate_html(graph_small)
    parser = parse(page)
    assert parser.urls == [], parser.urls  # no src/href/on* attribute at all
    assert not [t for t in parser.tags if t in {"link", "iframe", "img", "object", "embed"}]
    assert all("src" not in attrs for attrs, _ in parser.scripts)
    # CSS may only reference data: URIs
    css_urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", page)
    assert css_urls and all(u.startswith("data:") for u in css_urls)
    assert "@import" not in page
    assert "cdnjs" not in page and "jsdelivr" not in page and "bootstrap" not in page.lower()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src &#x27;none&#x27;" in csp.group(1)


def test_deterministic(graph_small: nx.MultiDiGraph, graphs: Any) -> None:
    first = generate_html(graph_small)
    assert first == generate_html(graphs.small())
    # insertion order of nodes/edges does not matter either
    shuffled = nx.MultiDiGraph()
    shuffled.graph.update(graph_small.graph)
    shuffled.add_nodes_from(reversed(list(graph_small.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph_small.edges(keys=True, data=True))))
    assert generate_html(shuffled) == first
    ours = first.replace(html_exporter._vis_assets()[0], "")  # vis' own code aside
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", ours)  # no uuids
    assert not re.search(r"20\d\d-\d\d-\d\dT", ours)  # no timestamps
    data = embedded_data(first)
    assert data["vis"]["options"]["layout"]["randomSeed"] == 7
    assert embedded_data(generate_html(graph_small, seed=3))["vis"]["options"]["layout"][
        "randomSeed"] == 3


def test_generate_wrapper_and_suffix(graph_small: nx.MultiDiGraph) -> None:
    assert html_exporter.SUFFIX == ".html"
    out = generate(SimpleNamespace(nx=graph_small))
    assert isinstance(out, bytes)
    assert out.decode("utf-8") == generate_html(graph_small)


def test_title_and_attribution(graph_small: nx.MultiDiGraph) -> None:
    page = generate_html(graph_small)
    assert "<title>构建“一个集聚区、两大特色产业集群” — 知识图谱" in page
    for text in ("詹临福", "李云", "刘琴（本报记者）", "抚州高新区供图",
                 "newspaper and date not stated"):
        assert text in page


def test_embedded_data_follows_the_graph(graph_small: nx.MultiDiGraph) -> None:
    data = embedded_data(generate_html(graph_small))
    ids = [n["id"] for n in data["nodes"]]
    assert ids == sorted(str(n) for n in graph_small.nodes)
    stated = [e for e in data["edges"] if not e.get("derived")]
    assert len(stated) == graph_small.number_of_edges()
    byd = next(n for n in data["nodes"] if n["id"] == "byd")
    assert byd["label_en"] == "BYD" and byd["aliases_zh"] == ["比亚迪企业"]
    lead = next(e for e in data["edges"] if e["predicate"] == "leadEnterpriseOf")
    assert (lead["from"], lead["to"], lead["role_zh"]) == ("byd", "nev-city", "龙头")
    kinds = {n["id"]: n["kind"] for n in data["nodes"]}
    assert kinds["shengeng-credit-2025"] == "funding_event"
    assert kinds["tongbo-little-giant-2025"] == "recognition"
    # class styles are vis groups: one per drawn class, nodes carry only their group
    groups = data["vis"]["options"]["groups"]
    primary = {n["id"]: n["primary"] for n in data["nodes"]}
    assert groups[primary["fuzhou-hitech-zone"]]["shape"] == "star"
    assert groups[primary["byd"]]["shape"] == "dot"
    assert primary["ccb"] == "Funder" and groups["Funder"]["shape"] == "diamond"  # Funder wins
    assert groups["FundingEvent"]["shapeProperties"] == {"borderDashes": [4, 3]}
    assert set(groups) == set(primary.values())
    # positions are precomputed integers; physics is off
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(ids)
    assert data["vis"]["options"]["physics"]["enabled"] is False
    # no HTML anywhere for vis: tooltips and labels are drawn by the page script
    assert "title" not in json.dumps(data["vis"]["options"]["groups"])


def test_every_node_reaches_a_zone_or_the_article(seed_built: Any) -> None:
    """The seed article has talent programmes only a figure concerns and two seed
    companies only a recognition reaches: the view links them (derived edges)."""
    g = seed_built.nx
    assert nx.number_weakly_connected_components(g) > 1  # the builder's graph as it is
    data = embedded_data(generate_html(g))
    view = nx.Graph()
    view.add_nodes_from(n["id"] for n in data["nodes"])
    view.add_edges_from((e["from"], e["to"]) for e in data["edges"])
    assert nx.is_connected(view)
    derived = {(e["from"], e["to"], e["predicate"]) for e in data["edges"] if e.get("derived")}
    assert ("fuzhou-hitech-zone", "ganpo-juncai-plan", "figureConcerns") in derived
    assert ("boda-seed", "fuzhou-hitech-2025", "mentionedIn") in derived
    talent = next(e for e in data["edges"] if e["to"] == "shuangqian-plan" and e.get("derived"))
    assert talent["evidence"][0]["quote"] == "江西省“双千计划”“赣鄱英才计划”“赣鄱俊才计划”入选者15人"
    rel = next(r for r in data["relations"] if r["predicate"] == "figureConcerns")
    assert rel["derived"] is True


def test_layout_is_deterministic_and_spread(graphs: Any) -> None:
    g = graphs.synthetic(300)
    first = embedded_data(generate_html(g))
    again = embedded_data(generate_html(graphs.synthetic(300)))
    pos = [(n["x"], n["y"]) for n in first["nodes"]]
    assert pos == [(n["x"], n["y"]) for n in again["nodes"]]
    other_seed = embedded_data(generate_html(g, seed=3))
    assert pos != [(n["x"], n["y"]) for n in other_seed["nodes"]]
    # neighbours are closer than two random nodes on average
    xy = {n["id"]: (n["x"], n["y"]) for n in first["nodes"]}
    import math
    linked = [math.dist(xy[e["from"]], xy[e["to"]]) for e in first["edges"]]
    ids = sorted(xy)
    rand = [math.dist(xy[a], xy[b]) for a, b in zip(ids, reversed(ids), strict=True) if a != b]
    assert sum(linked) / len(linked) < sum(rand) / len(rand)


def test_script_json_escaping(graphs: Any) -> None:
    page = generate_html(graphs.xss())
    data_script = page.split('<script id="zkg-data" type="application/json">', 1)[1]
    body = data_script.split("</script>", 1)[0]
    assert "<" not in body and ">" not in body and "&" not in body
    assert "\u2028" not in body and "\u2029" not in body
    assert json.loads(body)["nodes"]  # still valid JSON
    parser = parse(page)
    assert [t for t in parser.tags if t in {"img", "b"}] == []
    assert parser.urls == []
    # a placeholder-like string in the data is not expanded (it is shown as the source note)
    assert page.count("@@DATA@@") == 1 and page.count('<script id="zkg-data"') == 1


def test_scale_options(graphs: Any) -> None:
    small = embedded_data(generate_html(graphs.synthetic(25)))
    big = embedded_data(generate_html(graphs.synthetic(1500, edges_per_node=1.0)))
    for data in (small, big):
        assert data["vis"]["options"]["physics"]["enabled"] is False
        assert data["vis"]["options"]["layout"]["improvedLayout"] is False
        assert "widthConstraint" not in data["vis"]["options"]["nodes"]  # no label wrapping
    assert small["config"]["edgeLabels"] is True and small["config"]["large"] is False
    assert big["config"]["edgeLabels"] is False and big["config"]["edgeLabelsAvailable"] is False
    assert big["config"]["large"] is True
    assert big["vis"]["options"]["interaction"]["hideEdgesOnDrag"] is True
    assert big["config"]["overview"] is False  # an overview only for corpora > 2,000 nodes


def test_empty_and_odd_graphs() -> None:
    g = nx.MultiDiGraph()
    assert "<title>zone-kg" in generate_html(g)
    g.add_node(1)  # no attributes, non-string id
    g.add_node("x", classes=["Mystery"], figures=[{"value": float("nan")}], label_zh=None)
    g.add_edge(1, "x")
    data = embedded_data(generate_html(g))
    assert [n["id"] for n in data["nodes"]] == ["1", "x"]
    assert data["nodes"][1]["figures"] == [{"value": "nan"}]
    assert data["edges"][0]["predicate"] == "0"
    one = nx.MultiDiGraph()
    one.add_node("solo")
    assert [(n["x"], n["y"]) for n in embedded_data(generate_html(one))["nodes"]] == [(0, 0)]


# ---------------------------------------------------------------- browser checks

browser = pytest.mark.browser


def assert_offline(opened: Any) -> None:
    others = [u for u in opened.requests if not u.startswith("file://")]
    assert others == [] and opened.blocked == []
    assert opened.errors == []


@browser
def test_browser_loads_offline_and_draws_all_nodes(
    tmp_path: Path, open_html: Any, graphs: Any
) -> None:
    g = graphs.small()
    opened = open_html(write(tmp_path, g))
    assert opened.js("zkg.nodeCount()") == g.number_of_nodes()
    assert opened.js("zkg.network.body.data.nodes.length") == g.number_of_nodes()
    assert opened.js("zkg.edgeCount()") == g.number_of_edges()
    # physics off: the positions are the precomputed ones
    assert opened.js("zkg.network.physics.physicsEnabled") is False
    data = embedded_data(opened.path.read_text(encoding="utf-8"))
    drawn = opened.js("zkg.network.getPositions()")
    assert all(drawn[n["id"]] == {"x": n["x"], "y": n["y"]} for n in data["nodes"])
    assert opened.page.get_attribute("html", "data-ready") == "true"
    assert (opened.page.text_content("#zkg-status") or "").startswith("就绪")
    assert opened.page.title().startswith("构建“一个集聚区")
    assert_offline(opened)
    # same seed, same layout: a second load settles to the same positions
    positions = opened.js("zkg.network.getPositions()")
    again = open_html(opened.path)
    assert again.js("zkg.network.getPositions()") == positions


@browser
def test_browser_search_chinese_partial_focuses_node(
    tmp_path: Path, open_html: Any, graphs: Any
) -> None:
    opened = open_html(write(tmp_path, graphs.small()))
    page = opened.page
    page.fill("#zkg-search", "比亚")
    page.press("#zkg-search", "Enter")
    page.wait_for_function("() => zkg.selectedNode() === 'byd'")
    # focus mode: byd and its 1-hop neighbourhood only, all of it on screen
    assert sorted(opened.js("zkg.visibleNodeIds()")) == ["byd", "nev-city"]
    box = page.locator("#zkg-network").bounding_box()
    for node in ("byd", "nev-city"):
        pos = opened.js("(id) => zkg.network.canvasToDOM(zkg.network.getPositions([id])[id])", node)
        assert 0 < pos["x"] < box["width"] and 0 < pos["y"] < box["height"]
    assert page.get_attribute("#zkg-panel-body", "data-node") == "byd"
    # English name and alias work too; results list shows the match as text
    assert opened.js("zkg.search('by')")[0] == "byd"
    assert opened.js("zkg.search('比亚迪企业')") == ["byd"]
    assert opened.js("zkg.search('新能源汽车城')")[0] == "nev-city"
    page.fill("#zkg-search", "BYD")
    assert page.locator("#zkg-results button").first.text_content() == "比亚迪 · BYD"
    assert_offline(opened)


@browser
def test_browser_click_shows_evidence_panel(tmp_path: Path, open_html: Any, graphs: Any) -> None:
    opened = open_html(write(tmp_path, graphs.small()))
    page = opened.page
    xy = opened.js("""() => { const p = zkg.network.getPositions(['byd']).byd;
        return zkg.network.canvasToDOM(p); }""")
    box = page.locator("#zkg-network").bounding_box()
    page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_function(
        "() => document.getElementById('zkg-panel-body').dataset.node === 'byd'")
    panel = page.locator("#zkg-panel-body")
    text = panel.text_content() or ""
    for expected in ("比亚迪", "BYD", "比亚迪企业", "企业 Enterprise", "龙头企业", "龙头",
                     "抚州高新区以比亚迪企业为龙头,引进配套企业。", "[700, 714)",
                     "新能源汽车产业园"):
        assert expected in text
    assert panel.locator("blockquote mark").last.text_content() == "抚州高新区以比亚迪企业为龙头"
    # figures of the zone: value, unit, change, normalised value
    opened.js("zkg.selectNode('fuzhou-hitech-zone')")
    text = panel.text_content() or ""
    for expected in ("工业总产值", "1045亿元", "同比增长27.1%", "同比 27.1 %", "104500000000 元",
                     "2025", "该高新区"):
        assert expected in text
    # funding event node: extra attributes and amount
    opened.js("zkg.selectNode('shengeng-credit-2025')")
    text = panel.text_content() or ""
    assert "融资事件" in text and "近3亿元" in text and "资本领投+银团跟贷" in text
    assert "资助方" in text and "建设银行" in text
    # relation links navigate
    panel.locator("button.zkg-nodelink[data-node='ccb']").first.click()
    assert page.get_attribute("#zkg-panel-body", "data-node") == "ccb"
    assert_offline(opened)


@browser
def test_browser_filters(tmp_path: Path, open_html: Any, graphs: Any) -> None:
    g = graphs.small()
    opened = open_html(write(tmp_path, g))
    page = opened.page
    total = g.number_of_nodes()
    page.uncheck("input[data-filter-class='Enterprise']")
    visible = opened.js("zkg.visibleNodeIds()")
    # ccb is also a Funder, so it stays; pure enterprises go
    assert "byd" not in visible and "tongbo-tech" not in visible and "ccb" in visible
    assert len(visible) == total - 3
    assert opened.js("zkg.network.body.nodes['byd'].options.hidden") is True
    assert opened.js("zkg.search('比亚')") == []
    e_lead = opened.js("zkg.data.edges.find(e => e.predicate === 'leadEnterpriseOf').id")
    assert opened.js(f"zkg.network.body.edges['{e_lead}'].options.hidden") is True
    page.check("input[data-filter-class='Enterprise']")
    assert len(opened.js("zkg.visibleNodeIds()")) == total
    assert opened.js(f"zkg.network.body.edges['{e_lead}'].options.hidden") is False
    # relation filter
    page.uncheck("input[data-filter-relation='leadEnterpriseOf']")
    assert opened.js(f"zkg.network.body.edges['{e_lead}'].options.hidden") is True
    assert len(opened.js("zkg.visibleNodeIds()")) == total
    # "none" then "all"
    page.locator("#zkg-classes .zkg-links button").nth(1).click()
    assert opened.js("zkg.visibleNodeIds()") == []
    page.locator("#zkg-classes .zkg-links button").nth(0).click()
    assert len(opened.js("zkg.visibleNodeIds()")) == total
    assert_offline(opened)


@browser
def test_browser_language_switch(tmp_path: Path, open_html: Any, graphs: Any) -> None:
    opened = open_html(write(tmp_path, graphs.small()))
    page = opened.page
    assert opened.js("zkg.labelOf('byd')") == "比亚迪"
    lead = opened.js("zkg.data.edges.find(e => e.predicate === 'leadEnterpriseOf').id")
    assert opened.js(f"zkg.edges.get('{lead}').label") == "龙头企业"
    page.check("input[name=zkg-lang][value=en]")
    assert opened.js("zkg.labelOf('byd')") == "BYD"
    assert opened.js(f"zkg.edges.get('{lead}').label") == "lead enterprise of"
    assert page.locator("[data-class-name='Enterprise']").text_content() == "Enterprise"
    assert opened.js("document.documentElement.lang") == "en"
    opened.js("zkg.selectNode('byd')")
    assert page.locator("#zkg-panel-body h3").text_content() == "BYD"
    page.check("input[name=zkg-lang][value=zh]")
    assert opened.js("zkg.labelOf('byd')") == "比亚迪"
    assert page.locator("#zkg-panel-body h3").text_content() == "比亚迪"
    assert_offline(opened)


@browser
def test_browser_xss(tmp_path: Path, open_html: Any, graphs: Any) -> None:
    XSS_SCRIPT, XSS_IMG = graphs.xss_script, graphs.xss_img
    g = graphs.xss()
    opened = open_html(write(tmp_path, g))
    page = opened.page
    assert opened.js("zkg.nodeCount()") == g.number_of_nodes()
    evil_id = f"id{XSS_IMG}"
    # search by a name containing markup and by the alias
    page.fill("#zkg-search", "恶意<script>")
    page.press("#zkg-search", "Enter")
    page.wait_for_function("() => zkg.selectedNode() === 'evil'")
    panel = page.locator("#zkg-panel-body")
    text = panel.text_content() or ""
    for literal in (f"恶意{XSS_SCRIPT}", f"别名{XSS_IMG}", XSS_IMG, f"句子{XSS_SCRIPT}前后",
                    "\"quoted\" 'single'\nnewline", f"Bad{XSS_IMG}", f"关系{XSS_SCRIPT}"):
        assert literal in text, literal
    assert panel.locator("img, script, b").count() == 0
    assert page.locator("img").count() == 0
    assert page.locator("#zkg-results img").count() == 0
    # the node with an evil id, through a real click on the canvas
    opened.js("zkg.network.fit({animation: false})")
    xy = opened.js("(id) => zkg.network.canvasToDOM(zkg.network.getPositions([id])[id])", evil_id)
    box = page.locator("#zkg-network").bounding_box()
    page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_function("(id) => zkg.state.selected === id", arg=evil_id)
    assert "园区\"<b>粗体</b>\"" in (panel.text_content() or "")
    # the relation with an evil predicate, role and evidence
    edge_id = opened.js("zkg.data.edges.find(e => e.from === 'evil').id")
    opened.js(f"zkg.showEdge('{edge_id}')")
    assert XSS_SCRIPT in (panel.text_content() or "")
    # hover tooltips are DOM text too
    opened.js("zkg.setLang('en')")
    page.mouse.move(box["x"] + xy["x"] + 1, box["y"] + xy["y"] + 1)
    page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    tooltip = page.locator("#zkg-tip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert "园区\"<b>粗体</b>\"" in (tooltip.text_content() or "")
    assert tooltip.locator("b, img, script").count() == 0
    page.locator("input[data-filter-class]").first.uncheck()
    page.locator("input[data-filter-class]").first.check()
    assert opened.js("typeof window.__pwned") == "undefined"
    assert page.title().startswith(f"标题{XSS_IMG}")
    assert_offline(opened)
