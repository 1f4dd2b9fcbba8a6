"""graph.sources.corpus, graph.pipeline.build_corpus: many articles, one graph, nothing merged by accident.

Uses the synthetic corpus ``tests/data/corpus/`` (see its README and EXPECTED.md) and copies
of ``tests/data/mini-2025``.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from graph.errors import InputError
from graph.export import generate_corpus_files
from graph.namespace import ZKG, ZKGR_DEFAULT
from graph.pipeline import BuiltCorpus, build_corpus
from graph.sources.corpus import discover_articles, load_corpus
from tests.conftest import MINI, ROOT, copy_article_as

CORPUS = ROOT / "tests" / "data" / "corpus"
BASE = ZKGR_DEFAULT


@pytest.fixture(scope="module")
def corpus_built() -> BuiltCorpus:
    return build_corpus(CORPUS, jobs=1)


def _quads(files: dict[str, bytes]) -> dict[str, set[str]]:
    """corpus.nq as graph name → its lines."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in files["corpus.nq"].decode("utf-8").split("\n"):
        if line:
            graph = line.rsplit(" ", 2)[-2]
            out[graph].add(line)
    return out


def test_a_corpus_is_a_folder_of_article_folders() -> None:
    folders = discover_articles(CORPUS)
    assert [f.name for f in folders] == sorted(f.name for f in folders)
    assert len(folders) == 8
    assert discover_articles(MINI) == [MINI]


def test_a_folder_with_no_article_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no article folder inside"):
        discover_articles(tmp_path)


def test_two_articles_that_reuse_local_ids_merge_nothing_by_accident(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    copy_article_as(MINI, corpus, "mini-a-2024")
    copy_article_as(MINI, corpus, "mini-b-2025")
    built = build_corpus(corpus)
    a, b = (built.named_graphs()[str(URIRef(f"{BASE}article/{i}"))] for i in ("mini-a-2024", "mini-b-2025"))
    subjects_a = {s for s in a.subjects() if isinstance(s, URIRef)}
    subjects_b = {s for s in b.subjects() if isinstance(s, URIRef)}
    assert subjects_a and subjects_b
    assert not subjects_a & subjects_b, "an article-scoped IRI appears in two articles"
    assert all(str(s).startswith(f"{BASE}article/mini-a-2024") for s in subjects_a)
    union = built.data
    for obs in union.subjects(RDF.type, ZKG.Observation):
        assert len(set(union.objects(obs, ZKG.value))) == 1, f"{obs} has several values"
        assert len(set(union.objects(obs, ZKG.period))) <= 1, f"{obs} has several periods"
    # the same real-world things (same names, same classes) are one canonical entity each
    xinghe = [k for k in built.resolution.entities if k.endswith("星河科技有限公司")]
    assert len(xinghe) == 1
    assert {m[0] for m in built.resolution.entities[xinghe[0]].mentions} == {"mini-a-2024", "mini-b-2025"}


def test_fig_1_of_every_article_is_its_own_observation(corpus_built: BuiltCorpus) -> None:
    values = set()
    for art in corpus_built.articles:
        obs = URIRef(f"{BASE}article/{art.article_id}/fig-1")
        found = set(corpus_built.data.objects(obs, ZKG.value))
        assert len(found) == 1, art.article_id
        values |= {str(v) for v in found}
    assert values == {"471.3", "543.6", "628.4", "612.5", "386.2", "421.7", "12.0", "318.5"}


def test_corpus_export_has_one_named_graph_per_article_and_a_corpus_graph(corpus_built: BuiltCorpus) -> None:
    files = generate_corpus_files(corpus_built, docs=False)
    for name in ("corpus.trig", "corpus.nq", "corpus.ttl", "corpus.graphml", "corpus.html"):
        assert name in files
    for art in corpus_built.articles:
        assert f"{art.article_id}.ttl" in files
    graphs = _quads(files)
    expected = {f"<{BASE}article/{a.article_id}>" for a in corpus_built.articles} | {f"<{BASE}corpus>"}
    assert set(graphs) == expected
    # each article's triples are in its own graph only: its local IRIs appear in no other article's graph
    for art in corpus_built.articles:
        prefix = f"<{BASE}article/{art.article_id}/"
        for name, lines in graphs.items():
            if name in (f"<{BASE}article/{art.article_id}>", f"<{BASE}corpus>"):
                continue
            assert not any(line.startswith(prefix) for line in lines), (art.article_id, name)


def test_trig_and_nquads_parse_back_to_the_same_dataset(corpus_built: BuiltCorpus) -> None:
    import pyoxigraph

    files = generate_corpus_files(corpus_built, docs=False)
    stores = {}
    for name, fmt in (("corpus.trig", pyoxigraph.RdfFormat.TRIG), ("corpus.nq", pyoxigraph.RdfFormat.N_QUADS)):
        store = pyoxigraph.Store()
        store.load(files[name], format=fmt)
        stores[name] = {str(q) for q in store}
    assert stores["corpus.trig"] == stores["corpus.nq"]
    assert len(stores["corpus.nq"]) == sum(len(g) for g in corpus_built.named_graphs().values())


def test_registry_merges_short_and_legal_names_and_keeps_people_apart(corpus_built: BuiltCorpus) -> None:
    res = corpus_built.resolution
    longyue = {f"{a}/{m}" for a, m in res.entities["longyue-technology"].mentions}
    assert longyue == {"langchuan-hitech-2023/longyue", "langchuan-hitech-2024/longyue", "langchuan-hitech-2025/longyue",
                       "langchuan-hitech-2025-brief/longyue", "xiangyu-edz-2025/longyue", "xiangyu-eia-notice-2025/longyue"}
    assert res.key_of("langchuan-hitech-2023", "chen-zhiyuan") == res.key_of("langchuan-hitech-2025", "chen-zhiyuan")
    assert res.key_of("langchuan-hitech-2023", "chen-zhiyuan") != res.key_of("xiangyu-edz-2025", "chen-zhiyuan")
    assert res.key_of("langchuan-hitech-2023", "kewoda") != res.key_of("xiangyu-edz-2025", "kewoda-zhilian")
    zones = {res.key_of(a.article_id, "zone") for a in corpus_built.articles}
    assert zones == {"langchuan-hitech-zone", "xiangyu-edz", "tongxi-hitech-zone"}
    assert res.key_of("langchuan-hitech-2023", "bank-branch") != res.key_of("tongxi-hitech-2025", "bank-branch")
    assert ("changheng-bank-langchuan-branch", "changheng-bank") in {(p, w) for p, w, _ in res.sub_organizations}


def test_merges_are_links_with_provenance_in_the_corpus_graph(corpus_built: BuiltCorpus) -> None:
    g = corpus_built.corpus_graph
    mention = URIRef(f"{BASE}article/xiangyu-edz-2025/longyue")
    entity = URIRef(f"{BASE}entity/longyue-technology")
    assert (mention, ZKG.mentionOf, entity) in g
    decisions = list(g.subjects(ZKG.resolvedMention, mention))
    assert len(decisions) == 1
    assert str(g.value(decisions[0], ZKG.resolutionMethod)) == "registry-same-as"
    assert g.value(decisions[0], URIRef("http://www.w3.org/2000/01/rdf-schema#comment")) is not None
    assert str(g.value(entity, ZKG.unifiedSocialCreditCode)) == "91361200MA7K3R5D6Y"
    # the canonical entity cites every sentence of every article that names it
    spans = {str(s).split("/article/")[1].split("/")[0] for s in g.objects(entity, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))}
    assert spans == {"langchuan-hitech-2023", "langchuan-hitech-2024", "langchuan-hitech-2025",
                     "langchuan-hitech-2025-brief", "xiangyu-edz-2025", "xiangyu-eia-notice-2025"}


def test_deleting_the_registry_unmerges_and_leaves_article_graphs_unchanged(corpus_built: BuiltCorpus, tmp_path: Path) -> None:
    empty = tmp_path / "entities.yaml"
    empty.write_text("entities: []\n", encoding="utf-8")
    bare = build_corpus(CORPUS, registry=empty)
    assert bare.resolution.key_of("xiangyu-edz-2025", "longyue") != bare.resolution.key_of("langchuan-hitech-2023", "longyue")
    # without a decision, two people of the same name are still never merged
    people = {bare.resolution.key_of(a, "chen-zhiyuan") for a in ("langchuan-hitech-2023", "langchuan-hitech-2025")}
    assert len(people) == 2
    with_registry = _quads(generate_corpus_files(corpus_built, docs=False))
    without = _quads(generate_corpus_files(bare, docs=False))
    for art in corpus_built.articles:
        name = f"<{BASE}article/{art.article_id}>"
        assert with_registry[name] == without[name], f"{art.article_id}'s own graph depends on the registry"
    assert with_registry[f"<{BASE}corpus>"] != without[f"<{BASE}corpus>"]


def test_changing_one_article_changes_only_its_graph(corpus_built: BuiltCorpus, tmp_path: Path) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy)
    facts = copy / "tongxi-hitech-2025" / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "name_en: " in text
    facts.write_text(text.replace("name_en: ", "name_en: Changed ", 1), encoding="utf-8")
    before = _quads(generate_corpus_files(corpus_built, docs=False))
    after = _quads(generate_corpus_files(build_corpus(copy), docs=False))
    changed = {name for name in before if before[name] != after.get(name)}
    assert changed <= {f"<{BASE}article/tongxi-hitech-2025>", f"<{BASE}corpus>"}
    assert f"<{BASE}article/tongxi-hitech-2025>" in changed


def test_removing_an_article_removes_exactly_its_statements(corpus_built: BuiltCorpus, tmp_path: Path) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy)
    shutil.rmtree(copy / "langchuan-hitech-2025-brief")
    smaller = build_corpus(copy)
    before = _quads(generate_corpus_files(corpus_built, docs=False))
    after = _quads(generate_corpus_files(smaller, docs=False))
    gone = f"<{BASE}article/langchuan-hitech-2025-brief>"
    assert gone not in after
    for name in after:
        if name != f"<{BASE}corpus>":
            assert after[name] == before[name]
    assert not any("article/langchuan-hitech-2025-brief" in line for lines in after.values() for line in lines)
    # a canonical entity named by other articles too survives
    assert "langchuan-hitech-zone" in smaller.resolution.entities
    assert (URIRef(f"{BASE}entity/langchuan-hitech-zone"), RDF.type, ZKG.Zone) in smaller.corpus_graph


def test_export_does_not_depend_on_parallel_loading(corpus_built: BuiltCorpus) -> None:
    parallel = build_corpus(CORPUS, jobs=2)
    assert generate_corpus_files(parallel, docs=False) == generate_corpus_files(corpus_built, docs=False)


def test_the_corpus_graph_conforms_to_the_shapes(corpus_built: BuiltCorpus) -> None:
    from graph.validate import validate_graph

    report = validate_graph(corpus_built.rdf)
    assert report.conforms, report.text


def test_the_union_turtle_carries_the_ontology_terms(corpus_built: BuiltCorpus) -> None:
    files = generate_corpus_files(corpus_built, docs=False)
    g = Graph()
    g.parse(data=files["corpus.ttl"].decode("utf-8"), format="turtle")
    assert (ZKG.Zone, URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"), ZKG.Organization) in g
    assert len(g) == len(corpus_built.rdf)


def test_duplicate_article_ids_are_bad_input(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    copy_article_as(MINI, corpus, "mini-a-2024")
    dup = corpus / "zz-copy"
    shutil.copytree(corpus / "mini-a-2024", dup)
    with pytest.raises(InputError, match="differs from the folder name"):
        load_corpus(corpus)
