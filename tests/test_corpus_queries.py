"""Corpus competency questions (``queries/corpus/``) against the synthetic test corpus.

* each ``queries/corpus/NN-topic.rq`` runs on the corpus graph (the union of every named
  graph plus the ontology terms: what ``corpus.ttl`` holds) and its answer equals
  ``queries/corpus/expected/NN-topic.tsv``, checked by hand against
  ``tests/data/corpus/EXPECTED.md`` (``python tests/test_corpus_queries.py --regenerate``
  rewrites them: review the diff against EXPECTED.md);
* the key answers are asserted here too, with the reason from EXPECTED.md.
"""

from __future__ import annotations

import sys
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import pytest
import rdflib

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # for `python tests/test_corpus_queries.py --regenerate`
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "tests" / "data" / "corpus"
QUERIES = ROOT / "queries" / "corpus"
EXPECTED = QUERIES / "expected"
QUERY_FILES = sorted(QUERIES.glob("*.rq"))


@cache
def corpus_graph() -> rdflib.Graph:
    from graph.pipeline import build_corpus

    return build_corpus(CORPUS).rdf


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, rdflib.Literal) and value.datatype == rdflib.XSD.decimal:
        try:
            return format(Decimal(str(value)).normalize(), "f")
        except InvalidOperation:
            return str(value)
    return str(value).replace("\t", " ").replace("\n", " ")


def answer_tsv(path: Path) -> str:
    result = corpus_graph().query(path.read_text(encoding="utf-8"))
    names = [str(v) for v in result.vars or []]
    lines = ["\t".join(names)]
    for row in result:
        lines.append("\t".join(_cell(row[i]) for i in range(len(names))))  # type: ignore[index]
    return "\n".join(lines) + "\n"


def rows(name: str) -> list[dict[str, str]]:
    header, *body = answer_tsv(QUERIES / name).rstrip("\n").split("\n")
    keys = header.split("\t")
    return [dict(zip(keys, line.split("\t"), strict=True)) for line in body]


def test_there_are_at_least_eight_corpus_questions_with_zh_and_en_comments() -> None:
    assert len(QUERY_FILES) >= 8
    for path in QUERY_FILES:
        head = path.read_text(encoding="utf-8").split("PREFIX", 1)[0]
        assert "# 问：" in head and "# Q:" in head, path.name


@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_corpus_query_gives_the_expected_answer(path: Path) -> None:
    expected = (EXPECTED / f"{path.stem}.tsv").read_text(encoding="utf-8")
    got = answer_tsv(path)
    assert got == expected, (
        f"{path.name} answers differently from expected/{path.stem}.tsv; if the corpus changed on purpose, "
        f"run `python tests/test_corpus_queries.py --regenerate` and check the diff against EXPECTED.md.\n--- got ---\n{got}"
    )


def test_time_series_lines_up_every_wording_of_an_indicator() -> None:
    series = [(r["zone"], r["year"], r["value"]) for r in rows("01-indicator-time-series.rq")]
    assert ("琅川高新区", "2023", "471.3") in series
    assert ("琅川高新区", "2024", "543.6") in series
    assert ("湘屿经开区", "2024", "386.2") in series
    # 2025 for zone A: the feature and the brief disagree, and both are kept
    assert {v for z, y, v in series if z == "琅川高新区" and y == "2025"} == {"628.4", "612.5"}


def test_growth_ranking_reads_both_shapes_of_a_rate() -> None:
    ranked = [(r["zone"], r["growth"]) for r in rows("02-growth-ranking.rq")]
    assert ranked == [("桐溪高新区", "11.3"), ("琅川高新区", "9.6"), ("湘屿经开区", "8.4")]


def test_the_enterprise_in_two_zones_is_found_under_both_its_names() -> None:
    found = {(r["enterprise"], r["zone"]) for r in rows("03-enterprises-in-several-zones.rq")}
    assert found == {("江西省珑岳科技有限公司", "琅川高新区"), ("江西省珑岳科技有限公司", "湘屿经开区")}


def test_a_bank_counts_its_branches_across_zones() -> None:
    funders: dict[str, set[str]] = {}
    for r in rows("04-funders-across-zones.rq"):
        funders.setdefault(r["funder"], set()).add(r["zone"])
    assert funders == {"中国长衡银行": {"琅川高新区", "桐溪高新区", "湘屿经开区"}, "鼎峰创投": {"琅川高新区", "湘屿经开区"}}


def test_exactly_one_conflict_with_both_quotes() -> None:
    claims = rows("06-conflicting-figures.rq")
    assert {(c["entity"], c["indicator"], c["period"]) for c in claims} == {("琅川高新区", "工业总产值", "2025")}
    assert {(c["article"], c["value"]) for c in claims} == {("langchuan-hitech-2025", "628.4亿元"),
                                                            ("langchuan-hitech-2025-brief", "612.5亿元")}
    assert all(c["quote"] for c in claims)


def test_people_with_one_name_in_two_places_stay_two_in_the_merge_review() -> None:
    by_entity: dict[str, set[str]] = {}
    for r in rows("09-merge-decisions.rq"):
        if r["entity"] == "陈志远":
            by_entity.setdefault(r["key"], set()).add(r["mention"])
    assert sorted(by_entity.values(), key=len) == [{"xiangyu-edz-2025/chen-zhiyuan"},
                                                   {"langchuan-hitech-2023/chen-zhiyuan", "langchuan-hitech-2025/chen-zhiyuan"}]


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test corpus loaded by ``zone-kg load``'s code: article graphs, corpus graph, ontology terms."""
    from graph.store.oxigraph import load_graphs
    from graph.store.sources import graphs_from_path

    store = tmp_path_factory.mktemp("store") / "store"
    graph_set = graphs_from_path(CORPUS)
    load_graphs(store, graph_set.graphs, prune_prefix=graph_set.prune_prefix)
    return store


@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_the_oxigraph_store_gives_the_same_rows(corpus_store: Path, path: Path) -> None:
    """Each corpus question answers on the Oxigraph store (its default graph the union of the
    named graphs) as on the corpus graph through rdflib, row for row, decimals by value."""
    from graph.query import format_result, read_query
    from graph.store.oxigraph import open_store
    from graph.store.oxigraph import run_query as run_on_oxigraph
    from tests.test_queries import normalised_tsv

    result = run_on_oxigraph(open_store(corpus_store, read_only=True), read_query(str(path)), str(path))
    got = normalised_tsv(format_result(result, "tsv"))
    want = normalised_tsv((EXPECTED / f"{path.stem}.tsv").read_text(encoding="utf-8"))
    assert got == want, f"{path.name}: the store answers differently from expected/{path.stem}.tsv"


def regenerate() -> None:
    EXPECTED.mkdir(exist_ok=True)
    for path in QUERY_FILES:
        text = answer_tsv(path)
        (EXPECTED / f"{path.stem}.tsv").write_text(text, encoding="utf-8")
        print(f"queries/corpus/expected/{path.stem}.tsv: {text.count(chr(10)) - 1} rows")


if __name__ == "__main__":
    if sys.argv[1:] == ["--regenerate"]:
        regenerate()
    else:
        sys.exit("usage: python tests/test_corpus_queries.py --regenerate")
