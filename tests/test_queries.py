"""Every competency question in queries/ against the seed article's graph.

* each ``queries/NN-topic.rq`` runs and its answer equals ``queries/expected/NN-topic.tsv``
  (checked by hand against the article; ``python tests/test_queries.py --regenerate``
  rewrites them from the current build: review the diff against the article);
* the key answers are also asserted here, with the sentence of the article they come from;
* every evidence span's offsets point at its quote in article.txt;
* the same queries (and queries/corpus/) give the same rows on Oxigraph (an on-disk store)
  as on rdflib, and on the committed export;
* the exported Turtle parses with rdflib, Oxigraph and rapper, and each one's N-Triples
  re-parses to a graph isomorphic to rdflib's.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic, to_isomorphic

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # for `python tests/test_queries.py --regenerate`
    sys.path.insert(0, str(ROOT))

from graph.query import QueryResult, format_result, load_graph, read_query, run_query  # noqa: E402

ARTICLE_ID = "fuzhou-hitech-2025"
ARTICLE_DIR = ROOT / "data" / "articles" / ARTICLE_ID
ARTICLE_TEXT = (ARTICLE_DIR / "article.txt").read_text(encoding="utf-8")
EXPORT_TTL = ROOT / "exports" / f"{ARTICLE_ID}.ttl"
QUERIES = ROOT / "queries"
EXPECTED = QUERIES / "expected"
QUERY_FILES = sorted(QUERIES.glob("*.rq"))
EQUALITY_QUERIES = QUERY_FILES  # the corpus questions: tests/test_corpus_queries.py, on the corpus store


@cache
def built_graph() -> rdflib.Graph:
    """The graph as the exporters see it, built in-process from the facts file."""
    try:
        from graph.pipeline import build_article
    except ImportError:  # builder not there: fall back on the committed export
        if not EXPORT_TTL.exists():
            pytest.skip("neither graph.pipeline.build_article nor the export exists yet")
        return load_graph(EXPORT_TTL)
    if not (ARTICLE_DIR / "facts.yaml").exists():
        pytest.skip("data/articles/fuzhou-hitech-2025/facts.yaml does not exist yet")
    return build_article(ARTICLE_DIR).rdf


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return built_graph()


def answer(graph: rdflib.Graph, name: str) -> QueryResult:
    path = QUERIES / name
    return run_query(graph, read_query(str(path)), source=str(path))


def rows(graph: rdflib.Graph, name: str) -> list[dict[str, str | None]]:
    return answer(graph, name).as_dicts()


def _norm(cell: str) -> str:
    """Numbers compare by value: Turtle writes ``1045``^^xsd:decimal as ``1045.0``."""
    if re.fullmatch(r"[+-]?\d+(\.\d+)?", cell):
        try:
            return format(Decimal(cell).normalize(), "f")
        except InvalidOperation:
            return cell
    return cell


def normalised_tsv(text: str) -> list[list[str]]:
    return [[_norm(cell) for cell in line.split("\t")] for line in text.splitlines()]


# --------------------------------------------------------------------------- the files


def test_there_are_at_least_twelve_queries() -> None:
    assert len(QUERY_FILES) >= 12
    for path in QUERY_FILES:
        assert re.fullmatch(r"\d\d-[a-z0-9]+(-[a-z0-9]+)*\.rq", path.name), path.name


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_query_file_conventions(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# 问："), f"{path.name}: first line must ask in Chinese"
    assert any(line.startswith("# Q: ") for line in lines[:4]), f"{path.name}: no '# Q: '"
    if re.search(r"^\s*SELECT\b", text, re.MULTILINE):
        assert re.search(r"^ORDER BY\b", text, re.MULTILINE), f"{path.name}: needs ORDER BY"
    # every prefix used is declared, so the query runs on any engine
    declared = set(re.findall(r"^PREFIX\s+(\w*):", text, re.MULTILINE))
    code = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    code = re.sub(r'"[^"\n]*"|<[^>\s]*>', "", code)
    used = set(re.findall(r"(?<![\w?$])([A-Za-z][\w-]*):", code))
    assert used <= declared, f"{path.name}: undeclared prefixes {used - declared}"


def test_readme_lists_every_query() -> None:
    readme = (QUERIES / "README.md").read_text(encoding="utf-8")
    for path in QUERY_FILES:
        assert f"`{path.name}`" in readme, f"queries/README.md does not list {path.name}"


# --------------------------------------------------------------------------- expected answers


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_query_gives_the_expected_answer(graph: rdflib.Graph, path: Path) -> None:
    expected = EXPECTED / f"{path.stem}.tsv"
    assert expected.exists(), f"no expected answer {expected.relative_to(ROOT)}"
    result = run_query(graph, read_query(str(path)), source=str(path))
    got = format_result(result, "tsv")
    want = expected.read_text(encoding="utf-8")
    assert normalised_tsv(got) == normalised_tsv(want), (
        f"{path.name} answers differently from {expected.name}; if the facts changed on "
        "purpose, run `python tests/test_queries.py --regenerate` and check the diff "
        f"against the article.\n--- got ---\n{got}"
    )
    assert len(got.splitlines()) > 1, f"{path.name} has no answer on the seed article"


# --------------------------------------------------------------------------- key answers


def test_01_clusters_and_focus_materials(graph: rdflib.Graph) -> None:
    # 两大特色产业集群(以镁合金、石墨烯为重点的新材料产业集群和以高端精密制造为重点的先进制造业集群)
    pairs = {(r["cluster"], r["focus"]) for r in rows(graph, "01-zone-clusters.rq")}
    assert {
        ("新材料产业集群", "镁合金"),
        ("新材料产业集群", "石墨烯"),
        ("先进制造业集群", "高端精密制造"),
    } <= pairs
    # 一个集聚区(江西省新能源汽车及零部件产业集聚区)
    assert "江西省新能源汽车及零部件产业集聚区" in {c for c, _ in pairs}
    # 加速打造轻合金产业集群 … 加速打造石墨烯新材料产业集群 (parts of the 新材料产业集群)
    parts = {(r["cluster"], r["partOf"]) for r in rows(graph, "01-zone-clusters.rq")}
    assert ("轻合金产业集群", "新材料产业集群") in parts
    assert ("石墨烯新材料产业集群", "新材料产业集群") in parts


def test_02_byd_leads_the_nev_park(graph: rdflib.Graph) -> None:
    # 抚州高新区以比亚迪企业为龙头,规划了面积达12平方公里的新能源汽车城
    # (新能源汽车产业园 … 也是该高新区重点打造的新能源汽车城: one park, two names)
    answer_rows = rows(graph, "02-lead-enterprises.rq")
    assert {"enterprise": "比亚迪", "leads": "新能源汽车产业园", "leadsClass": "Park",
            "role": "龙头"} in answer_rows


def test_03_shengeng_credit_line(graph: rdflib.Graph) -> None:
    # 高性能铜箔项目就获得抚州高新区基金公司和建设银行首批近3亿元授信
    credit = [r for r in rows(graph, "03-funding.rq") if r["instrument"] == "credit_line"]
    assert {r["funder"] for r in credit} == {"抚州高新区基金公司", "建设银行"}
    for r in credit:
        assert r["recipient"] == "江西省深耕铜箔科技有限公司"
        assert r["project"] == "年产2万吨高性能铜箔项目"
        assert r["instrumentText"] == "授信"
        assert r["amount"] == "近3亿元"
        assert Decimal(r["value"] or "") == 3
        assert (r["unit"], r["qualifier"]) == ("亿元", "nearly")
        assert r["mechanism"] == "资本领投+银团跟贷"  # 创新运用“资本领投+银团跟贷”投贷联动机制
    # 成功发行规模达4亿元的抚州市首单、江西省2025年首单市县级科创债
    bond = [r for r in rows(graph, "03-funding.rq") if r["instrument"] == "bond"]
    assert [(r["recipient"], r["amount"], r["instrumentText"]) for r in bond] == [
        ("高新区财投集团", "4亿元", "科创债")
    ]


def test_04_platform_founders(graph: rdflib.Graph) -> None:
    # 以高新区财投集团为主体,联合比亚迪新材料公司建设比亚迪(抚州)新材料创新中心
    # 联合比亚迪与中国工程院院士丁文江团队成立轻合金创新中心
    founded = {(r["platform"], r["founder"], r["role"]) for r in rows(graph, "04-platforms.rq")}
    assert ("比亚迪(抚州)新材料创新中心", "高新区财投集团", "主体") in founded
    assert ("比亚迪(抚州)新材料创新中心", "比亚迪新材料公司", "联合") in founded
    founders = {f for p, f, _ in founded if p == "轻合金创新中心"}
    assert {"比亚迪", "丁文江团队"} <= founders


def test_05_talent_programmes(graph: rdflib.Graph) -> None:
    # 招引产业紧缺重大人才计划入选者2人,江西省“双千计划”“赣鄱英才计划”“赣鄱俊才计划”入选者15人
    got = {r["programme"]: (r["selectees"], r["sharedBy"]) for r in
           rows(graph, "05-talent-programmes.rq")}
    assert got["双千计划"] == got["赣鄱英才计划"] == got["赣鄱俊才计划"] == ("15人", "3")
    assert any(sel == ("2人", "1") for prog, sel in got.items() if "重大人才计划" in prog)


def test_06_2025_figures_with_growth(graph: rdflib.Graph) -> None:
    got = {(r["entity"], r["indicator"]): r for r in rows(graph, "06-figures-2025.rq")}
    expected = [
        # 工业总产值达1045亿元,同比增长27.1%
        ("抚州高新区", "工业总产值", "1045亿元", "1045", "亿元", "同比增长27.1%", "27.1"),
        # 其中规模以上工业总产值达1032.5亿元,同比增长27.3%
        ("抚州高新区", "规模以上工业总产值", "1032.5亿元", "1032.5", "亿元", "同比增长27.3%",
         "27.3"),
        # 实现工业营业收入1215.3亿元,同比增长29.9%
        ("比亚迪抚州基地", "工业营业收入", "1215.3亿元", "1215.3", "亿元", "同比增长29.9%",
         "29.9"),
    ]
    for entity, indicator, written, value, unit, change, change_value in expected:
        r = got[(entity, indicator)]
        assert (r["asWritten"], r["unit"], r["change"], r["changeUnit"]) == (
            written, unit, change, "%")
        assert Decimal(r["value"] or "") == Decimal(value)
        assert Decimal(r["changeValue"] or "") == Decimal(change_value)
    # 贡献率达61.8%, 拉动…增速6.7个百分点 (2025年,比亚迪抚州基地…)
    assert got[("比亚迪抚州基地", "对抚州市规模以上工业增加值贡献率")]["asWritten"] == "61.8%"
    written = {r["asWritten"] for r in got.values()}
    assert {"6.7个百分点", "16名", "140余名", "2.87亿元", "32家", "193家", "92家"} <= written
    # figures the article does not date to 2025 stay out (截至目前 90余项 patents)
    assert "90余项" not in written


def _in_article(quote: str, start: int, end: int) -> bool:
    """Offsets are code points into article.txt; quotes ignore the print layout's breaks."""
    return ARTICLE_TEXT[start:end].replace("\n", "") == quote


def test_07_every_figure_has_its_sentence(graph: rdflib.Graph) -> None:
    answer_rows = rows(graph, "07-figure-provenance.rq")
    assert len(answer_rows) >= 30
    for r in answer_rows:
        quote, sentence = r["quote"] or "", r["sentence"] or ""
        assert _in_article(quote, int(r["start"] or -1), int(r["end"] or -1)), r
        assert quote.replace("\n", "") in sentence.replace("\n", ""), r
        line = ARTICLE_TEXT.count("\n", 0, int(r["start"] or 0)) + 1
        assert int(r["line"] or 0) == line, r
    quotes_of_1045 = {r["quote"] for r in answer_rows if r["asWritten"] == "1045亿元"}
    assert any("工业总产值达1045亿元,同比增长27.1%" in (q or "") for q in quotes_of_1045)
    # every figure in a quote is the figure as written there
    for r in answer_rows:
        if r["asWritten"] in (r["quote"] or ""):
            break
    else:
        pytest.fail("no quote contains its figure")


def test_07_figure_quotes_contain_the_figure(graph: rdflib.Graph) -> None:
    """Each figure has at least one evidence quote that contains it as written."""
    by_figure: dict[tuple[str | None, str | None], set[str]] = {}
    for r in rows(graph, "07-figure-provenance.rq"):
        by_figure.setdefault((r["asWritten"], r["indicator"]), set()).add(r["quote"] or "")
    for (written, indicator), quotes in by_figure.items():
        assert any(written and written in q for q in quotes), (written, indicator, quotes)


def test_08_relation_provenance(graph: rdflib.Graph) -> None:
    answer_rows = rows(graph, "08-relation-provenance.rq")
    assert len(answer_rows) >= 50
    for r in answer_rows:
        assert _in_article(r["quote"] or "", int(r["start"] or -1), int(r["end"] or -1)), r
    lead = [r for r in answer_rows if r["predicate"] == "leadEnterpriseOf"]
    assert lead and all("以比亚迪企业为龙头" in (r["quote"] or "") for r in lead)
    credit_members = [r for r in answer_rows if r["subject"] == "黄逊才"]
    assert credit_members and credit_members[0]["role"] == "副总经理"  # 深耕铜箔副总经理黄逊才说


def test_09_patents_awards_recognitions(graph: rdflib.Graph) -> None:
    got = {(r["holder"], r["kind"], r["what"]) for r in rows(graph, "09-patents-awards.rq")}
    # 2025年,铜博科技获批专精特新重点“小巨人”企业
    assert ("江西铜博科技有限公司", "designation", "专精特新重点“小巨人”企业") in got
    # 铜博科技已累计获得90余项专利技术
    assert any(h == "江西铜博科技有限公司" and k == "patents" and "90余项" in w
               for h, k, w in got)
    # 获评AA+信用评级
    assert any(h == "高新区财投集团" and k == "rating" for h, k, _ in got)
    # 博大种业和农嘉种业的两个项目分别荣获江西省科学技术进步奖特等奖和一等奖
    grades = {(r["holder"], r["grade"]) for r in rows(graph, "09-patents-awards.rq")
              if r["kind"] == "award"}
    assert {("博大种业", "特等奖"), ("农嘉种业", "一等奖")} <= grades


def test_10_group_structure(graph: rdflib.Graph) -> None:
    got = {(r["enterprise"], r["relation"], r["parent"]) for r in
           rows(graph, "10-group-structure.rq")}
    assert ("比亚迪抚州基地", "localBaseOf", "比亚迪") in got
    assert ("比亚迪新材料公司", "subsidiaryOf", "比亚迪") in got
    assert ("高新区财投集团", "ownedBy", "抚州高新区") in got  # 两家高新区所属国企 … 其中,财投集团


def test_11_qualified_figures(graph: rdflib.Graph) -> None:
    got = {(r["asWritten"], r["qualifier"]) for r in rows(graph, "11-qualified-figures.rq")}
    assert {("近3亿元", "nearly"), ("140余名", "more_than"), ("90余项", "more_than"),
            ("超20%", "more_than"), ("十余家", "more_than")} <= got
    assert all(q for _, q in got)


def test_12_everything_about_byd(graph: rdflib.Graph) -> None:
    got = {(r["direction"], r["property"], r["value"]) for r in rows(graph, "12-about-byd.rq")}
    assert ("out", "leadEnterpriseOf", "新能源汽车产业园") in got
    assert ("in", "localBaseOf", "比亚迪抚州基地") in got
    assert ("in", "subsidiaryOf", "比亚迪新材料公司") in got
    assert ("in", "foundedBy", "轻合金创新中心") in got
    assert ("out", "label", "比亚迪") in got


def test_13_leading_industries_and_parks(graph: rdflib.Graph) -> None:
    answer_rows = rows(graph, "13-leading-industries-parks.rq")
    # 带动引领三大主导产业(新能源汽车及零部件、新能源新材料及医药)发展
    leading = {r["name"] for r in answer_rows if r["kind"] == "leading industry"}
    assert leading == {"新能源汽车及零部件", "新能源新材料", "医药"}
    # 以新能源汽车、航空航天、半导体设备、机器人等领域为应用场景
    fields = {r["detail"] for r in answer_rows
              if r["name"] == "高端精密制造中心" and r["detailKind"] == "application field"}
    assert fields == {"新能源汽车", "航空航天", "半导体设备", "机器人"}
    # 整车制造、“三电”等核心配套,车身内外饰、底盘、转向电气等关键系统配套,后市场服务贸易
    segments = {r["detail"] for r in answer_rows if r["detailKind"] == "chain segment"}
    assert {"整车制造", "三电", "车身内外饰", "底盘", "转向电气", "后市场服务贸易"} <= segments


def test_14_no_claim_without_evidence(graph: rdflib.Graph) -> None:
    result = answer(graph, "14-unsupported-claims.rq")
    assert (result.form, result.boolean) == ("ASK", False)


def test_15_funding_network(graph: rdflib.Graph) -> None:
    result = answer(graph, "15-funding-network.rq")
    assert result.form == "CONSTRUCT" and result.graph is not None
    schema_funder = rdflib.URIRef("https://schema.org/funder")
    labels = {s: str(o) for s, o in result.graph.subject_objects(rdflib.RDFS.label)}
    funded = {(labels[s], labels[o]) for s, o in result.graph.subject_objects(schema_funder)}
    assert funded == {
        ("江西省深耕铜箔科技有限公司", "抚州高新区基金公司"),
        ("江西省深耕铜箔科技有限公司", "建设银行"),
        ("年产2万吨高性能铜箔项目", "抚州高新区基金公司"),
        ("年产2万吨高性能铜箔项目", "建设银行"),
    }


def test_every_evidence_span_points_at_its_quote(graph: rdflib.Graph) -> None:
    spans = run_query(graph, """
        PREFIX zkg: <https://w3id.org/zone-kg/ontology#>
        SELECT ?span ?quote ?start ?end WHERE {
          ?span a zkg:EvidenceSpan ; zkg:quote ?quote ;
                zkg:startOffset ?start ; zkg:endOffset ?end } ORDER BY ?span""").as_dicts()
    assert len(spans) > 50
    bad = [s for s in spans
           if not _in_article(s["quote"] or "", int(s["start"] or -1), int(s["end"] or -1))]
    assert not bad, bad[:5]


# --------------------------------------------------------------------------- other engines


@pytest.fixture(scope="module")
def built_ttl(tmp_path_factory: pytest.TempPathFactory, graph: rdflib.Graph) -> Path:
    path = tmp_path_factory.mktemp("built") / f"{ARTICLE_ID}.ttl"
    graph.serialize(destination=path, format="turtle")
    return path


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory, graph: rdflib.Graph) -> Path:
    """The seed loaded into an on-disk Oxigraph store as its article's named graph."""
    from graph.store.oxigraph import load_graphs

    store = tmp_path_factory.mktemp("store") / "store"
    load_graphs(store, [(f"https://w3id.org/zone-kg/id/article/{ARTICLE_ID}", graph)])
    return store


def _sorted_if_graph(result: QueryResult, table: list[list[str]]) -> list[list[str]]:
    return sorted(table) if result.form in ("CONSTRUCT", "DESCRIBE") else table


@pytest.mark.parametrize("path", EQUALITY_QUERIES, ids=lambda p: p.relative_to(QUERIES).with_suffix("").as_posix())
def test_oxigraph_store_gives_the_same_rows_as_rdflib(graph: rdflib.Graph, seed_store: Path, path: Path) -> None:
    """Every article competency query answers alike on both engines, row for row
    (decimals by value: Oxigraph writes 1045.0 as 1045)."""
    from graph.store.oxigraph import open_store
    from graph.store.oxigraph import run_query as run_on_oxigraph

    query_text = read_query(str(path))
    by_rdflib = run_query(graph, query_text, source=str(path))
    by_oxigraph = run_on_oxigraph(open_store(seed_store, read_only=True), query_text, str(path))
    assert by_oxigraph.form == by_rdflib.form
    assert by_oxigraph.variables == by_rdflib.variables
    assert by_oxigraph.boolean == by_rdflib.boolean
    want = _sorted_if_graph(by_rdflib, normalised_tsv(format_result(by_rdflib, "tsv")))
    got = _sorted_if_graph(by_oxigraph, normalised_tsv(format_result(by_oxigraph, "tsv")))
    assert got == want, f"{path.name}: Oxigraph's answer differs from rdflib's"


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_cli_default_engine_on_the_store_gives_the_expected_answer(seed_store: Path, path: Path) -> None:
    """``zone-kg query Q --store DIR`` (Oxigraph) answers as ``queries/expected/`` says."""
    done = subprocess.run(
        [sys.executable, "-m", "graph", "query", str(path), "--store", str(seed_store), "--format", "tsv"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    want = normalised_tsv((EXPECTED / f"{path.stem}.tsv").read_text(encoding="utf-8"))
    got = normalised_tsv(done.stdout)
    if path.stem.startswith("15-"):  # CONSTRUCT: a set of triples
        got, want = sorted(got), sorted(want)
    assert got == want


@pytest.mark.parametrize("path", QUERY_FILES, ids=lambda p: p.stem)
def test_committed_export_answers_like_the_build(graph: rdflib.Graph, path: Path) -> None:
    if not EXPORT_TTL.exists():
        pytest.skip(f"{EXPORT_TTL.relative_to(ROOT)} not exported yet (make export)")
    query_text = read_query(str(path))
    from_export = format_result(run_query(load_graph(EXPORT_TTL), query_text), "tsv")
    from_build = format_result(run_query(graph, query_text), "tsv")
    assert normalised_tsv(from_export) == normalised_tsv(from_build), (
        f"{path.name}: exports/{ARTICLE_ID}.ttl is stale; run `make export`"
    )


# --------------------------------------------------------------------------- round trips


@pytest.fixture(params=["built", "export"], ids=["built", "committed-export"])
def turtle_file(request: pytest.FixtureRequest, built_ttl: Path) -> Path:
    if request.param == "built":
        return built_ttl
    if not EXPORT_TTL.exists():
        pytest.skip(f"{EXPORT_TTL.relative_to(ROOT)} not exported yet (make export)")
    return EXPORT_TTL


def _rdflib_graph(path: Path) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(path, format="turtle")
    assert len(g) > 1000
    return g


def _assert_isomorphic(a: rdflib.Graph, b: rdflib.Graph, what: str) -> None:
    if isomorphic(a, b):
        return
    ia, ib = to_isomorphic(a), to_isomorphic(b)
    only_a = sorted(str(t) for t in (ia - ib))[:5]
    only_b = sorted(str(t) for t in (ib - ia))[:5]
    pytest.fail(f"{what}: not isomorphic; only in rdflib: {only_a}; only in other: {only_b}")


def test_turtle_round_trips_through_rdflib(turtle_file: Path) -> None:
    g = _rdflib_graph(turtle_file)
    again = rdflib.Graph().parse(data=g.serialize(format="nt"), format="nt")
    _assert_isomorphic(g, again, "rdflib → N-Triples → rdflib")


def test_turtle_round_trips_through_oxigraph(turtle_file: Path) -> None:
    pyoxigraph = pytest.importorskip("pyoxigraph")
    g = _rdflib_graph(turtle_file)
    quads = list(pyoxigraph.parse(path=str(turtle_file), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(g)
    nt = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert isinstance(nt, bytes)
    again = rdflib.Graph().parse(data=nt.decode("utf-8"), format="nt")
    _assert_isomorphic(g, again, "Oxigraph → N-Triples → rdflib")


def test_turtle_round_trips_through_rapper(turtle_file: Path) -> None:
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (Debian raptor2-utils) is not installed; `make system-deps`")
    done = subprocess.run(
        [rapper, "--quiet", "--input", "turtle", "--output", "ntriples",
         str(turtle_file), turtle_file.resolve().as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert not done.stderr.strip(), done.stderr.decode("utf-8", "replace")
    g = _rdflib_graph(turtle_file)
    again = rdflib.Graph().parse(data=done.stdout.decode("utf-8"), format="nt")
    _assert_isomorphic(g, again, "rapper → N-Triples → rdflib")


# --------------------------------------------------------------------------- regeneration


def regenerate() -> None:
    """Rewrite queries/expected/*.tsv from the current in-process build."""
    EXPECTED.mkdir(exist_ok=True)
    g = built_graph()
    for path in QUERY_FILES:
        text = format_result(run_query(g, read_query(str(path)), str(path)), "tsv")
        (EXPECTED / f"{path.stem}.tsv").write_text(text, encoding="utf-8")
        print(f"{EXPECTED.relative_to(ROOT)}/{path.stem}.tsv: {len(text.splitlines()) - 1} rows")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regenerate"]:
        raise SystemExit("usage: python tests/test_queries.py --regenerate")
    regenerate()
