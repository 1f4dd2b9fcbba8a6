"""graph.sinks.networkx: nodes, edges, figures and evidence of the built MultiDiGraph."""

from __future__ import annotations

from graph.pipeline import BuiltGraph


def test_every_entity_is_a_node_with_classes_and_labels(seed_built: BuiltGraph) -> None:
    g = seed_built.nx
    for ent in seed_built.facts.facts.entities:
        attrs = g.nodes[ent.id]
        assert attrs["classes"] == sorted(ent.classes)
        assert attrs["label_zh"] == ent.name_zh
        assert attrs["evidence"], ent.id


def test_edges_are_keyed_by_predicate_with_ontology_labels(mini_built: BuiltGraph) -> None:
    g = mini_built.nx
    data = g.get_edge_data("xinghe", "new-materials-cluster")
    assert set(data) == {"leadEnterpriseOf"}
    edge = data["leadEnterpriseOf"]
    assert edge["role_zh"] == "龙头"
    assert edge["label_zh"] != "leadEnterpriseOf" and edge["label_en"]
    assert edge["evidence"][0]["quote"] == "示范高新区以星河科技有限公司为龙头"


def test_figures_are_attached_with_exact_decimal_strings(mini_built: BuiltGraph) -> None:
    (fig,) = mini_built.nx.nodes["demo-zone"]["figures"]
    assert fig["value"] == "100" and fig["unit"] == "亿元" and fig["period"] == 2025
    assert fig["normalised_value"] == "10000000000" and fig["normalised_unit"] == "元"
    assert fig["change"] == {"as_written": "同比增长10.5%", "value": "10.5", "unit": "%",
                             "comparison": "year_on_year", "qualifier": None}


def test_funding_event_connects_funder_recipient(mini_built: BuiltGraph) -> None:
    g = mini_built.nx
    assert g.nodes["xinghe-credit"]["kind"] == "funding_event"
    assert g.has_edge("xinghe-credit", "demo-bank", key="funder")
    assert g.has_edge("xinghe-credit", "xinghe", key="recipient")
    (amount,) = g.nodes["xinghe-credit"]["figures"]
    assert (amount["value"], amount["unit"], amount["qualifier"]) == ("2", "亿元", "nearly")


def test_article_node_links_authors_and_photo_credit(mini_built: BuiltGraph) -> None:
    g = mini_built.nx
    assert g.nodes["mini-2025"]["classes"] == ["Article"]
    assert g.has_edge("mini-2025", "li-si", key="author")
    assert g.edges["mini-2025", "li-si", "author"]["role_zh"] == "本报记者"
    assert g.has_edge("mini-2025", "demo-zone", key="photoCreditedTo")


def test_seed_group_base_and_subsidiary_are_distinct_linked_nodes(seed_built: BuiltGraph) -> None:
    g = seed_built.nx
    by_name = {attrs["label_zh"]: n for n, attrs in g.nodes(data=True)}
    byd, base, sub = by_name["比亚迪"], by_name["比亚迪抚州基地"], by_name["比亚迪新材料公司"]
    assert len({byd, base, sub}) == 3
    assert g.has_edge(base, byd, key="localBaseOf")
    assert g.has_edge(sub, byd, key="subsidiaryOf")


def test_seed_one_company_two_names_is_one_node(seed_built: BuiltGraph) -> None:
    g = seed_built.nx
    hits = [n for n, a in g.nodes(data=True)
            if "江西深耕铜箔科技有限公司" in [a["label_zh"], *a["aliases_zh"]]
            or "江西省深耕铜箔科技有限公司" in [a["label_zh"], *a["aliases_zh"]]]
    assert len(hits) == 1
    names = {g.nodes[hits[0]]["label_zh"], *g.nodes[hits[0]]["aliases_zh"]}
    assert {"江西深耕铜箔科技有限公司", "江西省深耕铜箔科技有限公司", "深耕铜箔"} <= names
