"""ontology/indicators.ttl (the SKOS scheme) and graph/transform/indicators.py (the mapper), and the
coverage report scripts/indicator_coverage.py writes."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.errors import InputError
from graph.model import FactsFile
from graph.ontology import ONTOLOGY_PATH
from graph.sources.article import load_article, parse_model, read_yaml
from graph.transform.indicators import (
    INDICATORS_PATH,
    ZKGI,
    ZKGI_NS,
    load_indicators,
    map_indicator,
    normalise_indicator,
    read_indicators,
    unmapped_indicators,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEME = ZKGI.IndicatorScheme
KIND_CLASSES = (ZKGI.LevelIndicator, ZKGI.GrowthRateIndicator, ZKGI.RatioIndicator)


@pytest.fixture(scope="module")
def g() -> Graph:
    return Graph().parse(INDICATORS_PATH, format="turtle")


def concepts(g: Graph) -> list[URIRef]:
    return sorted(c for c in g.subjects(SKOS.inScheme, SCHEME) if isinstance(c, URIRef))


def labels(g: Graph, c: URIRef, p: URIRef, lang: str) -> list[str]:
    return [str(o) for o in g.objects(c, p) if isinstance(o, Literal) and o.language == lang]


# ---------------------------------------------------------------- the scheme file


def test_scheme_sits_next_to_zone_ttl() -> None:
    assert ONTOLOGY_PATH.with_name("indicators.ttl") == INDICATORS_PATH
    assert INDICATORS_PATH.is_file()


def test_rdflib_and_pyoxigraph_read_the_same_graph(g: Graph) -> None:
    import pyoxigraph

    quads = list(pyoxigraph.parse(path=INDICATORS_PATH, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(g) > 1000
    nt = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert isinstance(nt, bytes)
    assert isomorphic(g, Graph().parse(data=nt.decode("utf-8"), format="nt"))


def test_rapper_reads_the_same_graph(g: Graph) -> None:
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (Debian raptor2-utils) is not installed; `make system-deps`")
    done = subprocess.run([rapper, "--quiet", "--input", "turtle", "--output", "ntriples", str(INDICATORS_PATH)],
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr.decode("utf-8", "replace")
    assert isomorphic(g, Graph().parse(data=done.stdout.decode("utf-8"), format="nt"))


def test_scheme_has_at_least_40_concepts_each_fully_described(g: Graph) -> None:
    found = concepts(g)
    assert len(found) >= 40
    for c in found:
        assert str(c).startswith(str(ZKGI_NS)), c
        assert {SKOS.Concept, OWL.NamedIndividual} <= set(g.objects(c, RDF.type)), c
        assert len(labels(g, c, SKOS.prefLabel, "zh")) == 1, c
        assert len(labels(g, c, SKOS.prefLabel, "en")) == 1, c
        assert labels(g, c, SKOS.definition, "en"), c
        assert sum((c, RDF.type, k) in g for k in KIND_CLASSES) == 1, c


def test_the_scheme_itself_is_labelled_and_declared(g: Graph) -> None:
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in g
    assert labels(g, SCHEME, SKOS.prefLabel, "zh") and labels(g, SCHEME, SKOS.prefLabel, "en")
    assert (URIRef("https://w3id.org/zone-kg/indicator"), RDF.type, OWL.Ontology) in g


def test_python_terms_exist_in_the_turtle(g: Graph) -> None:
    for term in (ZKGI.Indicator, *KIND_CLASSES):
        assert (term, RDF.type, OWL.Class) in g
    assert (ZKGI.growthRateOf, RDF.type, OWL.ObjectProperty) in g
    assert (ZKGI.growthRateOf, RDFS.subPropertyOf, SKOS.related) in g


def test_top_concepts_are_exactly_those_without_broader(g: Graph) -> None:
    tops = set(g.objects(SCHEME, SKOS.hasTopConcept))
    assert tops == set(g.subjects(SKOS.topConceptOf, SCHEME))
    assert tops == {c for c in concepts(g) if g.value(c, SKOS.broader) is None}


def test_broader_stays_in_the_scheme_and_has_no_cycle(g: Graph) -> None:
    members = set(concepts(g))
    for c in members:
        seen: set[URIRef] = set()
        todo = [c]
        while todo:
            for b in g.objects(todo.pop(), SKOS.broader):
                assert b in members, (c, b)
                assert b != c, f"{c} is its own broader"
                if b not in seen:
                    seen.add(b)
                    todo.append(b)  # type: ignore[arg-type]


def test_skos_integrity_pref_and_alt_labels_are_disjoint(g: Graph) -> None:
    for c in concepts(g):
        assert not set(labels(g, c, SKOS.prefLabel, "zh")) & set(labels(g, c, SKOS.altLabel, "zh")), c


def test_each_growth_rate_points_to_the_level_it_is_the_growth_of(g: Graph) -> None:
    growth = set(g.subjects(RDF.type, ZKGI.GrowthRateIndicator))
    assert len(growth) >= 10
    for c in growth:
        base = list(g.objects(c, ZKGI.growthRateOf))
        assert len(base) == 1, c
        assert (base[0], RDF.type, ZKGI.LevelIndicator) in g, c
        assert (c, SKOS.related, base[0]) in g, c
        assert labels(g, c, SKOS.prefLabel, "zh")[0].endswith("增速"), c
    assert not set(g.subjects(ZKGI.growthRateOf, None)) - growth


def test_no_normalised_label_is_shared_by_two_concepts() -> None:
    assert load_indicators().ambiguous_labels() == {}


BUILTIN = (str(RDF), str(RDFS), str(OWL), "http://www.w3.org/2001/XMLSchema#")


def test_owl2_dl_every_used_term_is_declared_once(g: Graph) -> None:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)
    used = {p for p in g.predicates()} | {o for o in g.objects(None, RDF.type) if isinstance(o, URIRef)}
    missing = sorted(t for t in used if not str(t).startswith(BUILTIN) and not any((t, RDF.type, k) in g for k in kinds))
    assert missing == []
    schema_kinds = kinds[:4]
    for term in set(g.subjects(RDF.type, None)):
        assert sum((term, RDF.type, k) in g for k in schema_kinds) <= 1, term
        # a concept is an individual, never also a class or a property (no punning)
        if (term, RDF.type, SKOS.Concept) in g:
            assert not any((term, RDF.type, k) in g for k in schema_kinds), term


def test_declarations_agree_with_zone_ttl() -> None:
    """The union of both files (as corpus.ttl will hold) gives each SKOS term one OWL kind."""
    union = Graph().parse(ONTOLOGY_PATH, format="turtle").parse(INDICATORS_PATH, format="turtle")
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    for term in set(union.subjects(RDF.type, None)):
        if str(term).startswith(str(SKOS)):
            assert sum((term, RDF.type, k) in union for k in kinds) == 1, term


@pytest.mark.reasoner
@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime (`make system-deps`)")
def test_hermit_finds_scheme_and_zone_ontology_consistent_together(tmp_path: Path) -> None:
    import owlready2

    union = Graph().parse(ONTOLOGY_PATH, format="turtle").parse(INDICATORS_PATH, format="turtle")
    path = tmp_path / "union.nt"
    union.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)  # raises if inconsistent
    assert list(world.inconsistent_classes()) == []


# ---------------------------------------------------------------- normalisation and mapping

BRIEF = [  # (written form, concept): the indicators issue 10 names, in the forms reports write
    ("工业总产值", "GrossIndustrialOutput"),
    ("规模以上工业总产值", "AboveScaleGrossIndustrialOutput"),
    ("规上工业总产值", "AboveScaleGrossIndustrialOutput"),
    ("规模以上工业增加值", "AboveScaleIndustrialValueAdded"),
    ("规上工业增加值增速", "AboveScaleIndustrialValueAddedGrowth"),
    ("营业收入", "OperatingRevenue"),
    ("技工贸总收入", "TechIndustryTradeIncome"),
    ("高新技术企业总数", "HighTechEnterprises"),
    ("科技型中小企业", "TechSMEs"),
    ("专精特新企业", "SpecialisedInnovativeEnterprises"),
    ("国家级专精特新“小巨人”企业", "LittleGiantEnterprises"),
    ("规上工业企业", "AboveScaleIndustrialEnterprises"),
    ("研发投入", "RDExpenditure"),
    ("R&D经费投入强度", "RDIntensity"),
    ("发明专利授权量", "InventionPatentsGranted"),
    ("有效发明专利拥有量", "ValidInventionPatents"),
    ("每万人发明专利拥有量", "InventionPatentsPer10kPeople"),
    ("固定资产投资", "FixedAssetInvestment"),
    ("工业投资增速", "IndustrialInvestmentGrowth"),
    ("产业投资", "IndustryInvestment"),
    ("实际利用外资", "ForeignCapitalUtilised"),
    ("实际使用外资", "ForeignCapitalUtilised"),
    ("税收", "TaxRevenue"),
    ("一般公共预算收入", "GeneralPublicBudgetRevenue"),
    ("进出口总额", "ImportsExports"),
    ("出口额", "Exports"),
    ("GDP", "GrossRegionalProduct"),
    ("地区生产总值", "GrossRegionalProduct"),
    ("招商引资", "InvestmentAttracted"),
    ("签约项目", "SignedProjects"),
    ("签约金额", "SignedInvestment"),
    ("入驻企业", "SettledEnterprises"),
    ("产值", "OutputValue"),
    ("产能", "ProductionCapacity"),
    ("就业人数", "Employees"),
    ("引进人才", "TalentRecruited"),
    ("孵化面积", "IncubationArea"),
    ("占地面积", "SiteArea"),
    ("规划面积", "PlannedArea"),
    ("营收", "OperatingRevenue"),
    ("融资额", "FinancingAmount"),
    ("基金规模", "FundSize"),
]


@pytest.mark.parametrize(("written", "name"), BRIEF)
def test_the_briefs_indicators_map_to_their_concepts(written: str, name: str) -> None:
    concept = map_indicator(written)
    assert concept is not None and concept.name == name


@pytest.mark.parametrize(("written", "name"), [
    ("规上工业总产值", "AboveScaleGrossIndustrialOutput"),   # 规上 ↔ 规模以上
    ("规模以上工业 总产值", "AboveScaleGrossIndustrialOutput"),  # spaces
    ("规上工业增加值\u3000增速", "AboveScaleIndustrialValueAddedGrowth"),  # ideographic space
    ("Ｒ＆Ｄ经费投入强度", "RDIntensity"),                 # full-width Latin
    ("r&d经费投入强度", "RDIntensity"),
    ("研发经费投入强度", "RDIntensity"),                   # R&D ↔ 研发
    ("国家级专精特新\"小巨人\"企业", "LittleGiantEnterprises"),  # straight quotes
    ("国家级专精特新小巨人企业", "LittleGiantEnterprises"),  # no quotes
    ("地区生产总值（GDP）", "GrossRegionalProduct"),      # full-width brackets
])
def test_systematic_variants_map_after_normalisation(written: str, name: str) -> None:
    concept = map_indicator(written)
    assert concept is not None and concept.name == name


def test_normalisation_is_idempotent_and_keeps_title_marks() -> None:
    for text in ("规上工业总产值", "Ｒ＆Ｄ 投入", "《若干措施》举措", "“小巨人”"):
        once = normalise_indicator(text)
        assert normalise_indicator(once) == once
    assert normalise_indicator("《若干措施》举措") == "《若干措施》举措"


def test_trailing_total_is_not_stripped_unless_listed() -> None:
    assert map_indicator("出口总额").name == "Exports"  # type: ignore[union-attr]  # listed altLabel
    assert map_indicator("工业总产值总额") is None      # not listed
    assert map_indicator("营业收入总量") is None


def test_growth_rate_and_level_are_told_apart() -> None:
    level, growth = map_indicator("固定资产投资"), map_indicator("固定资产投资同比增速")
    assert level is not None and growth is not None
    assert (level.kind, growth.kind) == ("level", "growth_rate")
    assert growth.growth_rate_of == level.iri
    assert level.growth_rate_of is None
    assert map_indicator("研发经费投入强度").kind == "ratio"  # type: ignore[union-attr]


@pytest.mark.parametrize("written", [
    "农产品精深加工产业产值",          # an industry's output, the zone as subject
    "纺织服装产业产值",
    "碳酸锂年产能",                    # a named product's capacity
    "一期产能",                        # a phase
    "规模以上工业总产值（目标）",      # a target
    "规上工业增加值增速排名",          # a rank
    "规模以上工业增加值增速高于全省平均水平",  # a margin in percentage points
    "能耗强度同比下降",                # a decline: no silent sign flip
    "占全区工业总产值的比重",          # a share of a total
    "三季度单季规上工业总产值",        # a quarter written into the indicator
    "总规模", "规模", "投资",           # too short to tell
    "工业", "", "   ",
])
def test_never_guesses(written: str) -> None:
    assert map_indicator(written) is None


def test_an_industrys_output_is_not_the_zones_gross_industrial_output() -> None:
    assert map_indicator("产值").iri != map_indicator("工业总产值").iri  # type: ignore[union-attr]
    assert map_indicator("工业总产值").iri not in map_indicator("产值").broader  # type: ignore[union-attr]


def test_concept_record_carries_labels_and_broader() -> None:
    c = map_indicator("规上工业总产值")
    assert c is not None
    assert c.pref_zh == "规模以上工业总产值"
    assert "规上工业总产值" in c.alt_zh
    assert c.broader == (ZKGI_NS["GrossIndustrialOutput"],)
    assert "designated size" in c.definition_en


# ---------------------------------------------------------------- ambiguity and bad schemes

MINI_SCHEME = """
@prefix zkgi: <https://w3id.org/zone-kg/indicator/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
zkgi:A a skos:Concept , zkgi:LevelIndicator ; skos:inScheme zkgi:IndicatorScheme ;
    skos:prefLabel "甲指标"@zh , "A"@en ; skos:altLabel "共用写法"@zh .
zkgi:B a skos:Concept , zkgi:LevelIndicator ; skos:inScheme zkgi:IndicatorScheme ;
    skos:prefLabel "乙指标"@zh , "B"@en ; skos:altLabel "共用 写法"@zh .
"""


def test_a_form_two_concepts_claim_maps_to_none_and_is_reported_ambiguous(tmp_path: Path) -> None:
    path = tmp_path / "mini.ttl"
    path.write_text(MINI_SCHEME, encoding="utf-8")
    scheme = read_indicators(path)
    assert scheme.map("甲指标") is not None
    assert scheme.map("共用写法") is None
    assert {c.name for c in scheme.candidates("共用写法")} == {"A", "B"}
    assert set(scheme.ambiguous_labels()) == {"共用写法"}
    obs = [SimpleNamespace(id="o1", indicator_zh="共用写法"), SimpleNamespace(id="o2", indicator_zh="甲指标"),
           SimpleNamespace(id="o3", indicator_zh="丙"), SimpleNamespace(id="o4", indicator_zh="共用写法")]
    got = unmapped_indicators(obs, scheme)
    assert [(u.written, u.observation_ids, u.reason) for u in got] == [
        ("共用写法", ("o1", "o4"), "ambiguous"), ("丙", ("o3",), "unknown")]


@pytest.mark.parametrize(("text", "message"), [
    (MINI_SCHEME.replace('skos:prefLabel "甲指标"@zh , "A"@en ;', 'skos:prefLabel "A"@en ;'), "prefLabel"),
    (MINI_SCHEME.replace("zkgi:A a skos:Concept , zkgi:LevelIndicator", "zkgi:A a skos:Concept"), "exactly one of"),
    (MINI_SCHEME.replace("zkgi:A a skos:Concept , zkgi:LevelIndicator", "zkgi:A a skos:Concept , zkgi:GrowthRateIndicator"),
     "growthRateOf"),
    (MINI_SCHEME + "zkgi:B skos:broader zkgi:Nowhere .", "not a concept of the scheme"),
    ("@prefix zkgi: <https://w3id.org/zone-kg/indicator/> .", "no concept"),
    ("zkgi:A a skos:Concept", "not valid Turtle"),
])
def test_a_bad_scheme_is_an_error_naming_the_file_and_concept(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_indicators(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_a_missing_scheme_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the indicator scheme"):
        read_indicators(tmp_path / "absent.ttl")


def test_reads_from_an_importlib_resources_traversable(tmp_path: Path) -> None:
    """A zip member is a Traversable that is not a file: what an installed package may hand over."""
    archive = tmp_path / "pkg.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(INDICATORS_PATH, "graph/ontology/indicators.ttl")
    scheme = load_indicators(zipfile.Path(archive, "graph/ontology/indicators.ttl"))
    assert scheme.concepts.keys() == load_indicators().concepts.keys()
    assert scheme.map("规上工业总产值") == load_indicators().map("规上工业总产值")


# ---------------------------------------------------------------- an article's unmapped forms


def test_unmapped_indicators_of_the_seed_article_name_their_observations() -> None:
    article = load_article(ROOT / "data" / "articles" / "fuzhou-hitech-2025")
    got = unmapped_indicators(article)
    by_id = {o.id: o.indicator_zh for o in article.facts.observations}
    assert got, "the seed article has written forms the scheme does not cover (ranks, targets …)"
    assert [u.written for u in got] == list(dict.fromkeys(u.written for u in got))  # one entry per form
    for u in got:
        assert map_indicator(u.written) is None
        assert u.reason == "unknown"
        assert u.observation_ids and all(by_id[i] == u.written for i in u.observation_ids)
    listed = {i for u in got for i in u.observation_ids}
    assert listed == {i for i, w in by_id.items() if map_indicator(w) is None}
    assert "zone-industrial-output-2025" not in listed  # 工业总产值 maps
    assert unmapped_indicators(article.facts) == got


# ---------------------------------------------------------------- the coverage report


def coverage_module() -> ModuleType:
    """scripts/indicator_coverage.py as a module (scripts/ is not a package)."""
    name = "indicator_coverage"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "indicator_coverage.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while the file runs
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_committed_coverage_report_is_current() -> None:
    cov = coverage_module()
    expected = cov.generate_report(ROOT)
    assert (ROOT / cov.REPORT).read_text(encoding="utf-8") == expected, \
        "ontology/indicators-coverage.md is stale: run .venv/bin/python scripts/indicator_coverage.py"


def test_coverage_counts_every_observation_and_never_reads_the_holdout(tmp_path: Path) -> None:
    cov = coverage_module()
    seen = cov.facts_files(ROOT)
    assert seen and not any("holdout" in str(p) for p in seen)
    # a small root: one article folder and a holdout folder that must stay unread
    (tmp_path / "data" / "articles" / "a").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "data" / "mini-2025" / "facts.yaml", tmp_path / "data" / "articles" / "a" / "facts.yaml")
    (tmp_path / "tests" / "data" / "holdout3" / "h").mkdir(parents=True)
    (tmp_path / "tests" / "data" / "holdout3" / "h" / "facts.yaml").write_text("not: [valid", encoding="utf-8")
    facts = parse_model(read_yaml(tmp_path / "data" / "articles" / "a" / "facts.yaml"), FactsFile)
    occurrences = cov.collect(tmp_path)
    assert [o.observation for o in occurrences] == [o.id for o in facts.observations]
    report = cov.generate_report(tmp_path)
    assert report == cov.generate_report(tmp_path)  # deterministic
    assert "holdout" not in report
    assert f"| observations | {sum(map_indicator(o.indicator_zh) is not None for o in facts.observations)} " \
           f"| {len(facts.observations)} |" in report


def test_check_mode_flags_a_stale_report(tmp_path: Path) -> None:
    cov = coverage_module()
    (tmp_path / "data" / "articles" / "a").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "data" / "mini-2025" / "facts.yaml", tmp_path / "data" / "articles" / "a" / "facts.yaml")
    (tmp_path / "ontology").mkdir()
    assert cov.main(["--root", str(tmp_path), "--check"]) == 1
    assert cov.main(["--root", str(tmp_path)]) == 0
    assert cov.main(["--root", str(tmp_path), "--check"]) == 0


def test_every_unmapped_form_in_the_report_has_a_reason() -> None:
    cov = coverage_module()
    scheme = load_indicators()
    for occ in cov.collect(ROOT):
        if scheme.map(occ.written) is None:
            assert cov.reason_for(occ.written, scheme)


def test_every_growth_rate_lists_the_year_on_year_written_forms() -> None:
    """X增速, X同比增速, X同比增长 and X增长 are one concept: listed, not inferred by the mapper."""
    scheme = load_indicators()
    growth = [c for c in scheme.concepts.values() if c.kind == "growth_rate"]
    for c in growth:
        base = c.pref_zh.removesuffix("增速")
        for form in (base + "增速", base + "同比增速", base + "同比增长", base + "增长"):
            assert scheme.map(form) == c, form


def test_describe_gives_the_used_concepts_their_context_and_nothing_else() -> None:
    scheme = load_indicators()
    growth = ZKGI_NS["AboveScaleIndustrialValueAddedGrowth"]
    out = scheme.describe([growth, ZKGI_NS["OutputValue"]])
    kept = set(out.subjects(SKOS.inScheme, SCHEME))
    assert kept == {growth, ZKGI_NS["AboveScaleIndustrialValueAdded"], ZKGI_NS["IndustrialValueAdded"], ZKGI_NS["OutputValue"]}
    assert set(out) <= set(scheme.graph)
    assert (growth, ZKGI.growthRateOf, ZKGI_NS["AboveScaleIndustrialValueAdded"]) in out
    # OutputValue is related to GrossIndustrialOutput, which is not described, so that link is dropped
    assert (ZKGI_NS["OutputValue"], SKOS.related, ZKGI_NS["GrossIndustrialOutput"]) not in out
    assert set(out.objects(SCHEME, SKOS.hasTopConcept)) == {ZKGI_NS["IndustrialValueAdded"], growth, ZKGI_NS["OutputValue"]}
    assert labels(out, SCHEME, SKOS.prefLabel, "zh")
    assert (ZKGI.GrowthRateIndicator, RDFS.subClassOf, ZKGI.Indicator) in out
    assert (SKOS.prefLabel, RDF.type, OWL.AnnotationProperty) in out
    with pytest.raises(KeyError):
        scheme.describe([ZKGI_NS["NoSuchIndicator"]])


def test_an_unmapped_form_reads_as_one_report_line(tmp_path: Path) -> None:
    path = tmp_path / "mini.ttl"
    path.write_text(MINI_SCHEME, encoding="utf-8")
    scheme = read_indicators(path)
    obs = [SimpleNamespace(id="o1", indicator_zh="共用写法"), SimpleNamespace(id="o2", indicator_zh="丙")]
    assert [str(u) for u in unmapped_indicators(obs, scheme)] == [
        "indicator '共用写法' (observations o1): matches several concepts: A, B",
        "indicator '丙' (observations o2): not in the indicator scheme",
    ]
