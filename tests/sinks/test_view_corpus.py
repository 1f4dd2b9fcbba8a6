"""The HTML view of a corpus graph (graph.sinks.html with bench/synth_view.py's synthetic
corpora): header, focus mode, corpus filters, URL state, time-series charts, the figures
table, sources with links to each article's view, the overview and a 20,000-node smoke
test, in headless chromium."""

from __future__ import annotations

import importlib.util
import json
import re
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph.sinks.html import generate_html

ROOT = Path(__file__).resolve().parents[2]


def _synth() -> Any:
    spec = importlib.util.spec_from_file_location("zkg_synth_view", ROOT / "bench" / "synth_view.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


synth = _synth()


def data_of(page: str) -> dict[str, Any]:
    body = page.split('<script id="zkg-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    out: dict[str, Any] = json.loads(body)
    return out


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.html"
    path.write_text(generate_html(synth.corpus_graph(800)), encoding="utf-8")
    return path


def test_corpus_header_and_payload() -> None:
    g = synth.corpus_graph(200)
    page = generate_html(g)
    assert 'data-corpus="true"' in page and 'data-synthetic="true"' in page
    assert "合成数据" in page and "synthetic" in page
    data = data_of(page)
    assert len(data["corpus"]["articles"]) == len(g.graph["corpus"]["articles"])
    zone = next(n for n in data["nodes"] if n["id"] == "zone-0")
    assert zone["province"] and zone["city"] and zone["articles"]
    assert all(f["indicator_concept"] for f in zone["figures"])
    assert any(e.get("article") for e in data["edges"])
    real = synth.corpus_graph(200, synthetic=False)
    real_page = generate_html(real)
    assert 'data-corpus="true"' in real_page and "data-synthetic" not in real_page


def test_corpus_views_are_plain_sibling_files() -> None:
    g = synth.corpus_graph(100)
    articles = g.graph["corpus"]["articles"]
    articles[0]["view"] = "javascript:alert(1)"
    articles[1]["view"] = "../elsewhere.html"
    data = data_of(generate_html(g))
    views = {a["id"]: a["view"] for a in data["corpus"]["articles"]}
    assert views[articles[0]["id"]] == "" and views[articles[1]["id"]] == ""
    assert views[articles[2]["id"]] == articles[2]["view"]


def test_overview_above_threshold() -> None:
    data = data_of(generate_html(synth.corpus_graph(2500)))
    assert data["config"]["overview"] is True
    flagged = [n for n in data["nodes"] if n.get("overview")]
    assert flagged and len(flagged) < len(data["nodes"]) / 3
    assert all(n["primary"] in ("Zone", "Cluster") or len(n["articles"]) > 1 for n in flagged)


def test_page_generation_is_linear_enough() -> None:
    """Not a benchmark: a guard against the quadratic pyvis path coming back."""
    small, big = synth.corpus_graph(500), synth.corpus_graph(4000)
    t = time.perf_counter()
    generate_html(small)
    t_small = time.perf_counter() - t
    t = time.perf_counter()
    generate_html(big)
    t_big = time.perf_counter() - t
    assert t_big < 8 * 4 * max(t_small, 0.05)  # 8x the nodes: far from 64x


# ---------------------------------------------------------------- browser checks

browser = pytest.mark.browser


def assert_clean(opened: Any) -> None:
    assert [u for u in opened.requests if not u.startswith("file://")] == []
    assert opened.blocked == [] and opened.errors == []


@browser
def test_focus_mode(corpus_file: Path, open_html: Any) -> None:
    opened = open_html(corpus_file)
    page = opened.page
    data = data_of(corpus_file.read_text(encoding="utf-8"))
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in data["nodes"])
    g.add_edges_from((e["from"], e["to"]) for e in data["edges"])
    target = next(n for n in data["nodes"] if n["label_zh"] == "Enterprise实体39")
    page.fill("#zkg-search", "enterprise实体39")  # partial, case-insensitive, mixed zh/en
    page.press("#zkg-search", "Enter")
    page.wait_for_function("(id) => zkg.state.focus === id", arg=target["id"])
    for k in (1, 2):
        page.select_option("#zkg-hops", str(k))
        expected = set(nx.single_source_shortest_path_length(g, target["id"], cutoff=k))
        assert set(opened.js("zkg.visibleNodeIds()")) == expected
    assert "聚焦" in (page.text_content("#zkg-mode") or "")
    # a click on another node refocuses on it
    page.select_option("#zkg-hops", "1")
    other = next(iter(sorted(set(g[target["id"]]) - {target["id"]})))
    xy = opened.js("(id) => zkg.network.canvasToDOM(zkg.network.getPositions([id])[id])", other)
    box = page.locator("#zkg-network").bounding_box()
    page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_function("(id) => zkg.state.focus === id", arg=other)
    assert set(opened.js("zkg.visibleNodeIds()")) == set(nx.single_source_shortest_path_length(g, other, cutoff=1))
    assert page.get_attribute("#zkg-panel-body", "data-node") == other
    page.click("#zkg-show-all")
    assert len(opened.js("zkg.visibleNodeIds()")) == len(data["nodes"])
    assert opened.js("zkg.state.focus") is None
    assert_clean(opened)


@browser
def test_corpus_filters_combine_and_count(corpus_file: Path, open_html: Any) -> None:
    opened = open_html(corpus_file)
    page = opened.page
    data = data_of(corpus_file.read_text(encoding="utf-8"))
    articles = {a["id"]: a for a in data["corpus"]["articles"]}
    nodes = data["nodes"]
    province = sorted({n["province"] for n in nodes})[0]
    option = page.locator("select[data-filter=province] option", has_text=province).first
    count = sum(1 for n in nodes if n["province"] == province)
    assert (option.text_content() or "") == f"{province} ({count})"
    page.select_option("select[data-filter=province]", province)
    assert len(opened.js("zkg.visibleNodeIds()")) == count
    year = sorted({str(a["period"]) for a in articles.values()})[-1]
    page.select_option("select[data-filter=year]", year)
    page.uncheck("input[data-filter-class='Person']")
    expected = {n["id"] for n in nodes if n["province"] == province and "Person" not in n["classes"]
                and any(str(articles[a]["period"]) == year for a in n["articles"])}
    assert set(opened.js("zkg.visibleNodeIds()")) == expected
    shown = f"{len(expected)} 节点"
    assert shown in (page.text_content("#zkg-filter-count") or "")
    # the article filter also drops edges another article states
    article = sorted(articles)[0]
    page.select_option("select[data-filter=year]", "")
    page.select_option("select[data-filter=province]", "")
    page.select_option("select[data-filter=article]", article)
    edges = opened.js("zkg.visibleEdgeIds()")
    by_id = {e["id"]: e for e in data["edges"]}
    assert edges and all(by_id[e].get("article") in (None, article) for e in edges)
    page.uncheck("input[data-filter-relation='partOf']")
    assert all(by_id[e]["predicate"] != "partOf" for e in opened.js("zkg.visibleEdgeIds()"))
    assert_clean(opened)


@browser
def test_url_fragment_keeps_the_state(corpus_file: Path, open_html: Any) -> None:
    opened = open_html(corpus_file)
    page = opened.page
    data = data_of(corpus_file.read_text(encoding="utf-8"))
    zone = next(n for n in data["nodes"] if n["id"] == "zone-1")
    page.select_option("select[data-filter=zone]", zone["zone"])
    page.uncheck("input[data-filter-class='Product']")
    opened.js("zkg.setLang('en')")
    opened.js("(id) => zkg.focusOn(id)", zone["id"])
    page.select_option("#zkg-hops", "2")
    url = page.url
    assert re.search(r"#.*focus=zone-1", url) and "k=2" in url and "lang=en" in url
    visible = sorted(opened.js("zkg.visibleNodeIds()"))
    # the link opens the same view
    again = open_html(corpus_file, wait_stable=False)
    again.page.goto(url)
    again.page.wait_for_function("() => window.zkg && zkg.isReady()")
    assert sorted(again.js("zkg.visibleNodeIds()")) == visible
    assert again.js("zkg.state.lang") == "en" and again.js("zkg.state.hops") == 2
    assert again.page.input_value("select[data-filter=zone]") == zone["zone"]
    assert again.page.is_checked("input[data-filter-class='Product']") is False
    assert again.page.get_attribute("#zkg-panel-body", "data-node") == "zone-1"
    # and editing the fragment by hand applies it
    again.page.evaluate("() => { location.hash = '#q=' + encodeURIComponent('Enterprise实体39'); }")
    again.page.wait_for_function(
        "() => zkg.state.selected && zkg.data.nodes.find(n => n.id === zkg.state.selected).label_zh === 'Enterprise实体39'")
    assert_clean(opened)


@browser
def test_time_series_chart_and_table(corpus_file: Path, open_html: Any) -> None:
    opened = open_html(corpus_file)
    page = opened.page
    data = data_of(corpus_file.read_text(encoding="utf-8"))
    zone = max((n for n in data["nodes"] if n["primary"] == "Zone"),
               key=lambda n: len({f["period"] for f in n["figures"]}))
    periods = sorted({f["period"] for f in zone["figures"]})
    assert len(periods) >= 2
    opened.js("(id) => zkg.selectNode(id)", zone["id"])
    charts = page.locator("#zkg-panel-body .zkg-chart")
    assert charts.count() == 1
    assert charts.first.get_attribute("data-series") == synth.OUTPUT
    points = charts.first.locator("g.zkg-pt")
    assert points.count() == len(zone["figures"])
    svg_text = charts.first.locator("svg").text_content() or ""
    for f in zone["figures"]:
        assert f"{'近' if f['qualifier'] else ''}{f['value']}亿元" in svg_text
        assert str(f["period"]) in svg_text
    # qualified values (近) are drawn as hollow points
    fills = charts.first.locator("g.zkg-pt circle").evaluate_all("cs => cs.map(c => c.getAttribute('fill'))")
    assert sorted(fills) == sorted("#fff" if f["qualifier"] else "#2680c2" for f in zone["figures"])
    # a point opens its evidence sentence
    first = min(zone["figures"], key=lambda f: (f["period"], float(f["value"])))
    points.first.click()
    evidence = charts.first.locator(".zkg-chart-evidence")
    assert evidence.get_attribute("data-figure") == first["id"]
    assert first["evidence"][0]["quote"] in (evidence.text_content() or "")
    # the figures table sorts by value, both ways
    table = page.locator("#zkg-panel-body table.zkg-figtable")
    assert table.locator("tbody tr").count() == len(zone["figures"])

    def column(i: int) -> list[str]:
        return table.locator(f"tbody tr td:nth-child({i})").all_text_contents()

    table.locator("th[data-col=value] button").click()
    assert column(4) == sorted(column(4), key=float)
    table.locator("th[data-col=value] button").click()
    assert column(4) == sorted(column(4), key=float, reverse=True)
    assert table.locator("th[data-col=value]").get_attribute("aria-sort") == "descending"
    assert_clean(opened)


@browser
def test_canonical_entity_lists_all_its_sources(corpus_file: Path, open_html: Any) -> None:
    opened = open_html(corpus_file)
    page = opened.page
    data = data_of(corpus_file.read_text(encoding="utf-8"))
    node = next(n for n in data["nodes"] if len(n.get("sources", [])) >= 2)
    opened.js("(id) => zkg.selectNode(id)", node["id"])
    items = page.locator("#zkg-panel-body .zkg-source")
    assert items.count() == len(node["sources"])
    for i, src in enumerate(node["sources"]):
        item = items.nth(i)
        assert item.get_attribute("data-article") == src["article"]
        assert src["title_zh"] in (item.text_content() or "")
        assert item.locator("mark").first.text_content() == src["quote"]
        href = item.locator("a").get_attribute("href") or ""
        assert href.startswith(src["view"] + "#q=")
    assert_clean(opened)


@browser
def test_readable_labels_on_an_article(open_html: Any, graphs: Any, tmp_path: Path) -> None:
    path = tmp_path / "small.html"
    path.write_text(generate_html(graphs.synthetic(90)), encoding="utf-8")
    opened = open_html(path)
    labels = opened.js("zkg.drawnLabels()")
    assert len(labels) >= 30  # most of an article's labels fit at the initial zoom
    # drawn at >= 11 px on screen whatever the zoom, and never overlapping
    for scale in (0.3, 1.0, 3.0):
        opened.js("(s) => { zkg.network.moveTo({scale: s}); zkg.network.redraw(); }", scale)
        boxes = opened.js("""() => zkg.drawnLabelBoxes()""")
        assert boxes and all(b["h"] >= 11 for b in boxes)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not (a["x0"] < b["x1"] and a["x1"] > b["x0"] and a["y0"] < b["y1"] and a["y1"] > b["y0"])
    assert_clean(opened)


@browser
def test_first_draw_comes_before_vis_items(open_html: Any, tmp_path: Path) -> None:
    """The page is drawn by its own script first; vis items are made afterwards, in more
    than one slice, until vis draws every node and edge and the status line says ready."""
    g = synth.corpus_graph(600)
    path = tmp_path / "c600.html"
    path.write_text(generate_html(g), encoding="utf-8")
    opened = open_html(path, wait_stable=False)
    opened.page.wait_for_function("() => window.zkg && zkg.isReady()", timeout=60_000)
    n, m = g.number_of_nodes(), opened.js("zkg.data.edges.length")
    assert opened.js("zkg.drawnAt <= zkg.timings.wired && zkg.timings.wired <= zkg.readyAt") is True
    assert opened.js("zkg.loader.slices") >= 2
    assert opened.js("zkg.nodeCount()") == n and opened.js("zkg.edgeCount()") == m
    assert opened.js("zkg.drawnBy()") == {"visNodes": n, "ourNodes": 0, "visEdges": m, "ourEdges": 0}
    assert opened.page.text_content("#zkg-status") == f"就绪 · 显示节点 {n}/{n}"
    assert_clean(opened)


@browser
def test_show_all_from_the_overview_loads_in_slices_with_progress(open_html: Any, tmp_path: Path) -> None:
    g = synth.corpus_graph(2600)
    path = tmp_path / "c2600.html"
    path.write_text(generate_html(g), encoding="utf-8")
    opened = open_html(path)
    n = g.number_of_nodes()
    assert 0 < len(opened.js("zkg.visibleNodeIds()")) < n  # the overview
    slices = opened.js("zkg.loader.slices")
    # the status line counts while the vis items of the other nodes are made
    status = opened.js("() => { zkg.showAll(); return document.getElementById('zkg-status').textContent; }")
    assert re.fullmatch(rf"载入中 \d+/\d+ · 显示节点 {n}/{n}", status), status
    assert len(opened.js("zkg.visibleNodeIds()")) == n
    opened.page.wait_for_function("() => zkg.isLoaded()", timeout=60_000)
    assert opened.js("zkg.loader.slices") - slices >= 2
    assert opened.js("zkg.nodeCount()") == n and opened.js("zkg.drawnBy().ourNodes") == 0
    assert opened.page.text_content("#zkg-status") == f"就绪 · 显示节点 {n}/{n}"
    opened.js("zkg.setLang('en')")
    assert opened.page.text_content("#zkg-status") == f"ready · Nodes shown {n}/{n}"
    assert_clean(opened)


@browser
def test_20k_nodes_smoke(open_html: Any, tmp_path: Path) -> None:
    g = synth.corpus_graph(20_000)
    t = time.perf_counter()
    page_text = generate_html(g)
    generated = time.perf_counter() - t
    path = tmp_path / "big.html"
    path.write_text(page_text, encoding="utf-8")
    opened = open_html(path)
    data = data_of(page_text)
    # opens on the overview, not a hairball
    visible = opened.js("zkg.visibleNodeIds()")
    assert 0 < len(visible) < 5000
    assert "概览" in (opened.page.text_content("#zkg-mode") or "")
    hit = opened.js("zkg.searchAndSelect('Enterprise实体19006')")
    assert hit and opened.js("zkg.state.focus") == hit
    assert len(opened.js("zkg.visibleNodeIds()")) < 200
    opened.js("zkg.showAll()")
    assert len(opened.js("zkg.visibleNodeIds()")) == len(data["nodes"]) == 20_000
    assert opened.js("zkg.network.physics.physicsEnabled") is False
    # all shown at once, no vis items made for them: this script draws them
    opened.page.wait_for_function("() => zkg.isLoaded()", timeout=60_000)
    assert opened.page.text_content("#zkg-status") == "就绪 · 显示节点 20000/20000"
    drawn = opened.js("zkg.drawnBy()")
    assert drawn["ourNodes"] + drawn["visNodes"] == 20_000 and drawn["visNodes"] <= 1
    assert drawn["ourEdges"] == len(data["edges"])
    # one of them, zoomed to: drawn in its class colour, and a click selects it
    def alone(n: dict[str, Any]) -> bool:  # no other node drawn over it
        return all(m is n or (m["x"] - n["x"]) ** 2 + (m["y"] - n["y"]) ** 2 > (m["size"] + n["size"] + 4) ** 2
                   for m in data["nodes"])

    node = next(n for n in data["nodes"] if n["primary"] == "Enterprise" and not n.get("overview")
                and n["id"] != hit and alone(n))
    colour = data["vis"]["options"]["groups"]["Enterprise"]["color"]["background"]
    xy = opened.js("""(n) => { zkg.network.moveTo({position: {x: n.x, y: n.y}, scale: 1.5});
        zkg.network.redraw(); return zkg.network.canvasToDOM({x: n.x, y: n.y}); }""", node)
    pixel = opened.js("""(xy) => { const c = document.querySelector('#zkg-network canvas');
        const r = window.devicePixelRatio || 1;
        return Array.from(c.getContext('2d').getImageData(Math.round(xy.x * r), Math.round(xy.y * r), 1, 1).data); }""", xy)
    assert "#{:02x}{:02x}{:02x}".format(*pixel[:3]) == colour
    box = opened.page.locator("#zkg-network").bounding_box()
    opened.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    opened.page.wait_for_function("(id) => zkg.selectedNode() === id", arg=node["id"])
    assert opened.page.get_attribute("#zkg-panel-body", "data-node") == node["id"]
    assert opened.js("zkg.drawnBy().visNodes") == 1
    assert_clean(opened)
    assert generated < 120  # a guard only; bench/bench_html.py measures
