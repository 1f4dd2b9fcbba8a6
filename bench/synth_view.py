"""Synthetic corpus graphs of any size, shaped like the corpus graph the HTML view draws.

``corpus_graph(n_nodes)`` returns an ``nx.MultiDiGraph`` with the attributes of
``docs/design.md``'s NetworkX mapping plus the corpus ones the view uses when present:
graph attribute ``corpus`` (articles with period, zone, province, city and view file),
node attributes ``articles``, ``sources``, ``zone``, ``province``, ``city``, figures with
``article`` and ``indicator_concept``, and edge attribute ``article`` (parallel edges
from different articles). About ``edges_per_node * n_nodes`` edges; every node reaches
its zone through some edge. Seeded and deterministic. Used by bench/bench_html.py and the
view's tests; the data is made up (the corpus says ``synthetic: True``).
"""

from __future__ import annotations

import random
from typing import Any

import networkx as nx

PROVINCES = {"江西省": ["抚州市", "南昌市", "赣州市"], "湖南省": ["长沙市", "株洲市", "湘潭市"],
             "广东省": ["广州市", "佛山市", "惠州市"], "浙江省": ["杭州市", "宁波市", "嘉兴市"]}
CLASSES = ["Enterprise", "Enterprise", "Enterprise", "Enterprise", "Platform", "Park", "Industry",
           "Product", "Technology", "Person", "Project", "Funder", "TalentProgram"]
PREDICATES = ["partnerOf", "supports", "produces", "memberOf", "partOf", "locatedIn"]
LABELS = {"locatedIn": ("位于", "located in"), "partOf": ("属于/组成部分", "part of"),
          "developsCluster": ("打造产业集群", "develops cluster"),
          "partnerOf": ("合作", "partner of"), "supports": ("支撑", "supports"),
          "produces": ("生产", "produces"), "memberOf": ("成员/任职", "member of"),
          "mentions": ("提及", "mentions")}
OUTPUT = "https://w3id.org/zone-kg/concept/gross-industrial-output"


def _ev(quote: str, start: int) -> dict[str, Any]:
    return {"quote": quote, "start": start, "end": start + len(quote), "line": 1 + start // 200,
            "sentence": f"据报道，{quote}。"}


def corpus_graph(n_nodes: int, seed: int = 1, edges_per_node: float = 2.0,
                 synthetic: bool = True) -> nx.MultiDiGraph:
    """A corpus graph of about ``n_nodes`` nodes (exactly, for ``n_nodes >= 40``)."""
    rng = random.Random(seed)
    n_articles = max(3, n_nodes // 80)
    n_zones = max(1, n_articles // 3)
    provinces = sorted(PROVINCES)
    zones = []
    for z in range(n_zones):
        province = provinces[z % len(provinces)]
        city = PROVINCES[province][(z // len(provinces)) % 3]
        zones.append({"id": f"zone-{z}", "label": f"{city[:-1]}第{z}高新区", "province": province,
                      "city": city})
    articles = []
    for a in range(n_articles):
        zone = zones[a % n_zones]
        articles.append({"id": f"art-{a}", "title_zh": f"{zone['label']}年度报道{a}",
                         "title_en": None if a % 2 else f"Report {a} on {zone['id']}",
                         "period": 2021 + (a // n_zones) % 5, "zone": zone["label"],
                         "province": zone["province"], "city": zone["city"],
                         "view": f"art-{a}.html"})
    g = nx.MultiDiGraph(corpus={"synthetic": synthetic, "articles": articles})

    def add(node_id: str, classes: list[str], zh: str, en: str, arts: list[str],
            zone: dict[str, str], kind: str = "entity", figures: list[dict[str, Any]] | None = None,
            aliases: list[str] | None = None) -> None:
        i = g.number_of_nodes()
        sources = [{"article": a, "title_zh": by_id[a]["title_zh"], "quote": zh,
                    "sentence": f"{by_id[a]['title_zh']}提到{zh}。", "start": 10 * i, "end": 10 * i + len(zh),
                    "view": by_id[a]["view"]} for a in arts]
        g.add_node(node_id, kind=kind, classes=classes, label_zh=zh, label_en=en,
                   aliases_zh=aliases or [], description_en="", evidence=[_ev(zh, 10 * i)],
                   figures=figures or [], articles=arts, sources=sources if len(arts) > 1 else [],
                   zone=zone["label"], province=zone["province"], city=zone["city"])

    def rel(s: str, p: str, o: str, article: str, j: int) -> None:
        zh, en = LABELS.get(p, (p, p))
        g.add_edge(s, o, key=f"{p}@{article}#{j}", predicate=p, label_zh=zh, label_en=en,
                   role_zh="", evidence=[_ev(f"关系{j}", j)], article=article)

    by_id = {a["id"]: a for a in articles}
    zone_articles: dict[str, list[str]] = {z["id"]: [] for z in zones}
    for a in articles:
        zone_articles[zones[int(a["id"][4:]) % n_zones]["id"]].append(a["id"])
    j = 0
    for z in zones:
        arts = zone_articles[z["id"]]
        figures = []
        for a in arts:
            period = by_id[a]["period"]
            value = 300 + 40 * (period - 2021) + rng.randrange(0, 30)
            near = rng.random() < 0.3
            written = f"{'近' if near else ''}{value}亿元"
            figures.append({"id": f"{a}-output", "indicator_zh": "工业总产值",
                            "indicator_en": "gross industrial output value",
                            "indicator_concept": OUTPUT, "as_written": written, "value": str(value),
                            "unit": "亿元", "qualifier": "nearly" if near else None, "period": period,
                            "normalised_value": str(value * 100000000), "normalised_unit": "元",
                            "article": a, "evidence": [_ev(f"工业总产值达{written}", 40)]})
        add(z["id"], ["Organization", "Place", "Zone"], z["label"], f"High-tech zone {z['id'][5:]}",
            arts, z, figures=figures, aliases=[f"第{z['id'][5:]}高新区"])
    for a in articles:
        zone = zones[int(a["id"][4:]) % n_zones]
        add(a["id"], ["Article"], a["title_zh"], a["title_en"] or "", [a["id"]], zone, kind="article")
        rel(a["id"], "mentions", zone["id"], a["id"], j)
        j += 1
        cluster = f"cluster-{a['id'][4:]}"
        add(cluster, ["Cluster"], f"{zone['label']}产业集群{a['id'][4:]}", f"Cluster {a['id'][4:]}",
            [a["id"]], zone)
        rel(zone["id"], "developsCluster", cluster, a["id"], j)
        j += 1
    ids = list(g.nodes)
    home: dict[str, str] = {}
    i = 0
    while g.number_of_nodes() < n_nodes:
        a = articles[i % n_articles]
        zone = zones[int(a["id"][4:]) % n_zones]
        cls = CLASSES[i % len(CLASSES)]
        arts = [a["id"]]
        if i % 9 == 0:  # a canonical entity several articles mention
            arts = sorted({a["id"], *(articles[rng.randrange(n_articles)]["id"] for _ in range(2))})
        node_id = f"n-{i}"
        add(node_id, [cls], f"{cls}实体{i}", f"{cls} entity {i}", arts, zone,
            aliases=[f"别名{i}"] if i % 4 == 0 else None)
        for art in arts:  # every node reaches its zone (through the cluster)
            rel(node_id, "partOf", f"cluster-{art[4:]}", art, j)
            j += 1
        ids.append(node_id)
        home[node_id] = a["id"]
        i += 1
    target = int(edges_per_node * g.number_of_nodes()) - g.number_of_edges()
    entity_ids = [n for n in ids if n in home]
    while target > 0 and len(entity_ids) > 1:
        s = rng.choice(entity_ids)
        # mostly within the same article, sometimes across the corpus
        o = rng.choice(entity_ids)
        if s == o:
            continue
        rel(s, PREDICATES[j % len(PREDICATES)], o, home[s], j)
        j += 1
        target -= 1
    return g
