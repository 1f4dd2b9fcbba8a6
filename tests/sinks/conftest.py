"""Fixtures for the exporter tests: graphs shaped like docs/design.md's NetworkX mapping
and a headless Debian chromium (never a downloaded browser)."""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import networkx as nx
import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '<img src=x onerror="window.__pwned=1">'

ARTICLE = {
    "id": "fuzhou-hitech-2025",
    "title_zh": "构建“一个集聚区、两大特色产业集群”",
    "subtitle_zh": "抚州高新区以实干实效加快高质量发展",
    "authors": [{"name_zh": "詹临福"}, {"name_zh": "李云"},
                {"name_zh": "刘琴", "role_zh": "本报记者"}],
    "language": "zh",
    "period": 2025,
    "photo_credit_zh": "抚州高新区供图",
}

LABELS = {  # predicate -> (zh, en), as the builder copies them from the ontology
    "locatedIn": ("位于", "located in"),
    "partOf": ("属于/组成部分", "part of"),
    "coreOf": ("核心区", "core of"),
    "developsPark": ("建设园区", "develops park"),
    "developsCluster": ("打造产业集群", "develops cluster"),
    "leadEnterpriseOf": ("龙头企业", "lead enterprise of"),
    "produces": ("生产", "produces"),
    "partnerOf": ("合作", "partner of"),
    "memberOf": ("成员/任职", "member of"),
    "supports": ("支撑", "supports"),
    "funder": ("资助方", "funder"),
    "recipient": ("接受方", "recipient"),
    "awardedBy": ("授予方", "awarded by"),
}


def ev(quote: str, start: int, sentence: str | None = None, line: int = 1) -> dict[str, Any]:
    return {"quote": quote, "start": start, "end": start + len(quote), "line": line,
            "sentence": sentence if sentence is not None else quote}


def add_entity(g: nx.MultiDiGraph, node_id: str, classes: list[str], zh: str, en: str = "",
               aliases: list[str] | None = None, evidence: list[dict[str, Any]] | None = None,
               figures: list[dict[str, Any]] | None = None, kind: str = "entity",
               **extra: Any) -> None:
    attrs: dict[str, Any] = {"description_en": ""}
    attrs.update(extra)
    g.add_node(node_id, kind=kind, classes=sorted(classes), label_zh=zh, label_en=en,
               aliases_zh=aliases or [], evidence=evidence or [], figures=figures or [],
               **attrs)


def add_rel(g: nx.MultiDiGraph, s: str, p: str, o: str, role: str = "",
            evidence: list[dict[str, Any]] | None = None) -> None:
    zh, en = LABELS.get(p, (p, p))
    g.add_edge(s, o, key=p, predicate=p, label_zh=zh, label_en=en, role_zh=role,
               evidence=evidence or [])


def small_graph() -> nx.MultiDiGraph:
    """A hand-made slice of the seed article, following the design.md mapping."""
    g = nx.MultiDiGraph(article=dict(ARTICLE))
    add_entity(g, "fuzhou-hitech-zone", ["Organization", "Place", "Zone"], "抚州高新区",
               "Fuzhou High-tech Industrial Development Zone", ["该高新区"],
               [ev("2025年,抚州高新区紧紧围绕工业高质量发展首要任务", 60)],
               [{"id": "zone-industrial-output-2025", "subject": "fuzhou-hitech-zone",
                 "indicator_zh": "工业总产值", "indicator_en": "gross industrial output value",
                 "as_written": "1045亿元", "value": "1045", "value_max": None, "unit": "亿元",
                 "qualifier": None, "period": 2025, "period_zh": None, "rank_scope_zh": None,
                 "concerns": [], "normalised_value": "104500000000", "normalised_unit": "元",
                 "change": {"as_written": "同比增长27.1%", "value": "27.1", "unit": "%",
                            "comparison": "year_on_year", "qualifier": None},
                 "evidence": [ev("工业总产值达1045亿元,同比增长27.1%", 180)]}])
    add_entity(g, "nev-city", ["Park"], "新能源汽车产业园", "New Energy Vehicle Industrial Park",
               ["新能源汽车城"], [ev("新能源汽车产业园是抚州高新区全力打造", 420)])
    add_entity(g, "nev-cluster", ["Cluster"], "新能源汽车及零部件产业集聚区",
               "NEV and parts agglomeration area", [], [ev("新能源汽车及零部件产业集聚区", 440)])
    add_entity(g, "byd", ["Enterprise"], "比亚迪", "BYD", ["比亚迪企业"],
               [ev("抚州高新区以比亚迪企业为龙头", 700,
                   "抚州高新区以比亚迪企业为龙头,引进配套企业。", 14)])
    add_entity(g, "ccb", ["Enterprise", "Funder"], "建设银行", "China Construction Bank", [],
               [ev("建设银行", 1500)])
    add_entity(g, "shengeng-copper-foil", ["Enterprise"], "沈耕铜箔", "Shengeng Copper Foil",
               [], [ev("沈耕铜箔", 1490)])
    add_entity(g, "tongbo-tech", ["Enterprise"], "铜博科技", "Tongbo Technology", [],
               [ev("铜博科技", 2000)])
    add_entity(g, "shengeng-credit-2025", ["FundingEvent"], "沈耕铜箔授信", "Shengeng credit line",
               kind="funding_event", evidence=[ev("近3亿元授信", 1520)],
               figures=[{"id": "shengeng-credit-2025-amount", "as_written": "近3亿元",
                         "value": "3", "unit": "亿元", "qualifier": "nearly",
                         "normalised_value": "300000000", "normalised_unit": "元"}],
               instrument="credit_line", mechanism_zh="资本领投+银团跟贷")
    add_entity(g, "tongbo-little-giant-2025", ["Recognition"], "专精特新重点“小巨人”企业",
               "key little giant enterprise", kind="recognition",
               evidence=[ev("2025年,铜博科技获批专精特新重点“小巨人”企业", 1990)])
    add_rel(g, "fuzhou-hitech-zone", "developsPark", "nev-city")
    add_rel(g, "nev-city", "coreOf", "nev-cluster", evidence=[ev("核心", 436)])
    add_rel(g, "byd", "leadEnterpriseOf", "nev-city", "龙头", [ev("以比亚迪企业为龙头", 705)])
    add_rel(g, "byd", "partnerOf", "nev-city")  # a parallel edge
    add_rel(g, "shengeng-credit-2025", "funder", "ccb")
    add_rel(g, "shengeng-credit-2025", "recipient", "shengeng-copper-foil")
    add_rel(g, "tongbo-little-giant-2025", "recipient", "tongbo-tech")
    return g


CLASS_MIX = ["Enterprise", "Enterprise", "Enterprise", "Platform", "Park", "Cluster", "Industry",
             "Product", "Technology", "Person", "Place", "Project", "Funder"]
PREDICATES = ["partnerOf", "supports", "locatedIn", "produces", "memberOf", "partOf"]


def synthetic_graph(n_nodes: int, seed: int = 1, edges_per_node: float = 2.0) -> nx.MultiDiGraph:
    """Random graph of ``n_nodes`` nodes with the design.md attributes (for scale/bench)."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(article=dict(ARTICLE))
    add_entity(g, "zone-0", ["Zone"], "高新区0", "Zone 0", evidence=[ev("高新区", 0)])
    ids = ["zone-0"]
    for i in range(1, n_nodes):
        cls = CLASS_MIX[i % len(CLASS_MIX)]
        if i % 97 == 0:
            node_id = f"event-{i}"
            add_entity(g, node_id, ["FundingEvent"], f"融资事件{i}", f"Funding event {i}",
                       kind="funding_event", evidence=[ev(f"事件{i}", i * 10)])
        else:
            node_id = f"n-{i}"
            figures = []
            if i % 5 == 0:
                figures = [{"id": f"fig-{i}", "indicator_zh": "产值", "indicator_en": "output",
                            "as_written": f"{i}亿元", "value": str(i), "unit": "亿元",
                            "normalised_value": str(i * 100000000), "normalised_unit": "元",
                            "period": 2025, "evidence": [f"产值{i}亿元"]}]
            add_entity(g, node_id, [cls], f"{cls}节点{i}", f"{cls} node {i}",
                       [f"别名{i}"] if i % 3 == 0 else [],
                       [ev(f"节点{i}的证据句", i * 10, f"这是关于节点{i}的证据句。")], figures)
        ids.append(node_id)
    n_edges = int(n_nodes * edges_per_node)
    for j in range(n_edges):
        a = rng.randrange(1, n_nodes) if n_nodes > 1 else 0
        # preferential-ish: half of the edges go to a low-numbered hub
        b = rng.randrange(0, max(1, min(n_nodes, 1 + a // 3))) if j % 2 else rng.randrange(n_nodes)
        if a == b:
            continue
        s, o = ids[a], ids[b]
        event = g.nodes[s]["kind"] == "funding_event"
        p = "recipient" if event else PREDICATES[j % len(PREDICATES)]
        add_rel(g, s, p, o, "主体" if j % 11 == 0 else "", [ev(f"关系{j}", j)])
    return g


def xss_graph() -> nx.MultiDiGraph:
    """Names, aliases, evidence, roles, figures and ids full of markup, quotes and newlines."""
    nasty = f'{XSS_SCRIPT}{XSS_IMG}"\'\n\u2028</script><!--'
    g = nx.MultiDiGraph(article={"title_zh": f"标题{XSS_IMG}", "authors": [XSS_SCRIPT],
                                 "photo_credit_zh": XSS_IMG, "source_note": "@@DATA@@"})
    add_entity(g, "evil", ["Enterprise", f"Bad{XSS_IMG}"], f"恶意{XSS_SCRIPT}",
               f"Evil {XSS_IMG} \"quoted\" 'single'\nnewline", [f"别名{XSS_IMG}", nasty],
               [ev(nasty, 1, f"句子{XSS_SCRIPT}前后{nasty}")],
               [{"id": "f1", "indicator_zh": XSS_IMG, "as_written": XSS_SCRIPT, "value": "1",
                 "unit": XSS_IMG, "rank_scope_zh": nasty, "evidence": [XSS_SCRIPT]}],
               description_en=XSS_IMG, note=XSS_SCRIPT)
    add_entity(g, f"id{XSS_IMG}", ["Park"], "园区\"<b>粗体</b>\"", "Park </script>",
               evidence=[ev("园区", 5)])
    add_entity(g, "plain", ["Cluster"], "普通集群", "Plain cluster")
    g.add_edge("evil", f"id{XSS_IMG}", key=f"p{XSS_IMG}", predicate=f"p{XSS_IMG}",
               label_zh=f"关系{XSS_SCRIPT}", label_en=XSS_IMG, role_zh=nasty,
               evidence=[ev(XSS_IMG, 9, nasty)])
    add_rel(g, "plain", "partOf", "evil", role=XSS_SCRIPT)
    return g


@pytest.fixture
def graph_small() -> nx.MultiDiGraph:
    return small_graph()


@pytest.fixture
def graphs() -> SimpleNamespace:
    """The graph builders and XSS payloads, for tests that need fresh graphs."""
    return SimpleNamespace(small=small_graph, synthetic=synthetic_graph, xss=xss_graph,
                           xss_script=XSS_SCRIPT, xss_img=XSS_IMG)


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (Debian package 'chromium'; `make system-deps`)")
    from playwright import sync_api  # a test extra: missing it is an error, not a skip
    profile = tempfile.mkdtemp(prefix="zkg-chromium-", dir=tmp_path_factory.getbasetemp())
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 900}, service_workers="block",
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


class OpenedPage:
    """A page opened from disk with every non-file request aborted and recorded."""

    def __init__(self, page: Any, path: Path) -> None:
        self.page = page
        self.path = path
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)


@pytest.fixture
def open_html(browser_context: Any) -> Iterator[Callable[[Path], OpenedPage]]:
    pages: list[Any] = []

    def _open(path: Path, wait_stable: bool = True) -> OpenedPage:
        page = browser_context.new_page()
        pages.append(page)
        opened = OpenedPage(page, path)
        file_url = path.resolve().as_uri()

        def route(r: Any) -> None:
            if r.request.url == file_url:
                r.continue_()
            else:
                opened.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("request", lambda req: opened.requests.append(req.url))
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.goto(file_url, wait_until="load")
        if wait_stable:
            # a function, not an expression: the page's CSP forbids eval()
            page.wait_for_function("() => window.zkg && window.zkg.isStabilized()",
                                   timeout=60_000)
        return opened

    yield _open
    for page in pages:
        page.close()
