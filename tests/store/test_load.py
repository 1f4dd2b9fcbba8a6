"""``graph.store.oxigraph.load_graphs`` and ``zone-kg load``: one transaction per named graph."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph
import pytest

from graph.store.oxigraph import StoreError, graph_counts, load_graphs, open_store
from graph.store.sources import graphs_from_path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025"
BASE = "https://w3id.org/zone-kg/id/"
SEED_GRAPH = f"{BASE}article/fuzhou-hitech-2025"


def ntriples(graph: str, n: int, version: str) -> bytes:
    return "".join(f'<{graph}/s{i}> <urn:zkg:p> "{version} {i}" .\n' for i in range(n)).encode("utf-8")


def triples_of(store_dir: Path) -> dict[str, set[str]]:
    """Triples by named graph; checks on the way that the default graph is their union."""
    store = open_store(store_dir, read_only=True)
    out: dict[str, set[str]] = {}
    union: set[str] = set()
    for quad in store:
        if isinstance(quad.graph_name, pyoxigraph.NamedNode):
            out.setdefault(quad.graph_name.value, set()).add(str(quad.triple))
        else:
            union.add(str(quad.triple))
    assert union == set().union(*out.values()), "the default graph is not the union of the named graphs"
    return out


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=300, check=False,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_load_an_article_folder_as_its_named_graph(tmp_path: Path) -> None:
    """An article is a corpus of one: its named graph, the corpus graph and the ontology terms."""
    from graph.ontology import ontology_terms
    from graph.pipeline import build_corpus
    from graph.store.sources import ONTOLOGY_GRAPH

    store = tmp_path / "store"
    done = run_cli("load", str(SEED), "--store", str(store))
    assert done.returncode == 0, done.stderr
    built = build_corpus(SEED)
    expected = {SEED_GRAPH: len(built.articles[0].data), f"{BASE}corpus": len(built.corpus_graph),
                ONTOLOGY_GRAPH: len(ontology_terms(built.data, built.ontology))}
    assert graph_counts(open_store(store, read_only=True)) == expected
    assert f"{sum(expected.values())} triples" in done.stdout


def test_reloading_is_idempotent(tmp_path: Path) -> None:
    store = tmp_path / "store"
    graphs = [(f"{BASE}article/a", ntriples(f"{BASE}a", 5, "v1")), (f"{BASE}article/b", ntriples(f"{BASE}b", 3, "v1"))]
    load_graphs(store, graphs)
    first = triples_of(store)
    load_graphs(store, graphs)
    assert triples_of(store) == first
    assert {g: len(t) for g, t in first.items()} == {f"{BASE}article/a": 5, f"{BASE}article/b": 3}


def test_reloading_replaces_a_graph_and_prunes_removed_articles(tmp_path: Path) -> None:
    store = tmp_path / "store"
    other = "https://example.org/not-an-article"
    load_graphs(store, [(f"{BASE}article/a", ntriples("urn:a", 5, "v1")), (f"{BASE}article/b", ntriples("urn:b", 3, "v1")),
                        (other, ntriples("urn:o", 2, "v1"))])
    report = load_graphs(store, [(f"{BASE}article/a", ntriples("urn:a", 2, "v2"))], prune_prefix=f"{BASE}article/")
    assert report.dropped == [f"{BASE}article/b"]
    held = triples_of(store)
    assert set(held) == {f"{BASE}article/a", other}  # graphs outside the prefix are left alone
    assert held[f"{BASE}article/a"] == {'<urn:a/s0> <urn:zkg:p> "v2 0"', '<urn:a/s1> <urn:zkg:p> "v2 1"'}


def test_bad_data_leaves_the_graph_as_it_was(tmp_path: Path) -> None:
    store = tmp_path / "store"
    load_graphs(store, [(f"{BASE}article/a", ntriples("urn:a", 4, "v1"))])
    before = triples_of(store)
    broken = ntriples("urn:a", 3, "v2") + b'<urn:a/x> <urn:zkg:p> "unterminated .\n'
    with pytest.raises(StoreError, match=r"not valid N-Triples \(line 4, .*\); nothing of it was loaded"):
        load_graphs(store, [(f"{BASE}article/a", broken)])
    assert triples_of(store) == before
    with pytest.raises(StoreError, match="not an absolute IRI"):
        load_graphs(store, [("article a", ntriples("urn:a", 1, "v1"))])


def test_a_crash_mid_load_leaves_every_graph_old_or_new_and_a_rerun_converges(tmp_path: Path) -> None:
    store = tmp_path / "store"
    names = [f"{BASE}article/a{i:02d}" for i in range(40)]
    load_graphs(store, [(n, ntriples(n, 300, "old")) for n in names])
    script = textwrap.dedent(f"""
        import sys
        from graph.store.oxigraph import load_graphs
        from tests.store.test_load import ntriples
        names = {names!r}
        load_graphs({str(store)!r}, [(n, ntriples(n, 300, "new")) for n in names],
                    progress=lambda name, count: print("loaded", name, file=sys.stderr, flush=True))
    """)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    loaded = 0
    for line in process.stderr:
        loaded += line.startswith("loaded")
        if loaded == 5:
            process.kill()  # SIGKILL: no clean-up runs
            break
    process.wait(60)
    assert process.returncode != 0, "the load finished before it could be killed"
    held = triples_of(store)
    versions = {name: {t.split('"')[1].split(" ")[0] for t in held[name]} for name in names}
    assert all(len(held[name]) == 300 for name in names)
    assert all(v in ({"old"}, {"new"}) for v in versions.values()), versions
    assert sum(v == {"new"} for v in versions.values()) >= 5
    load_graphs(store, [(n, ntriples(n, 300, "new")) for n in names])
    assert all(t.split('"')[1].startswith("new") for ts in triples_of(store).values() for t in ts)


def test_load_a_corpus_export_one_graph_per_article(tmp_path: Path) -> None:
    nq = tmp_path / "corpus.nq"
    a, b, corpus = f"{BASE}article/a", f"{BASE}article/b", f"{BASE}corpus"
    nq.write_text(
        f'<urn:x> <urn:p> "甲" <{a}> .\n<urn:y> <urn:p> "乙" <{b}> .\n'
        f'<urn:y> <urn:q> "75.0"^^<http://www.w3.org/2001/XMLSchema#decimal> <{b}> .\n'
        f'<urn:c> <urn:p> "corpus" <{corpus}> .\n', encoding="utf-8")
    store = tmp_path / "store"
    done = run_cli("load", str(nq), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert graph_counts(open_store(store, read_only=True)) == {a: 1, b: 2, corpus: 1}
    nq.write_text(f'<urn:x> <urn:p> "甲2" <{a}> .\n<urn:c> <urn:p> "corpus2" <{corpus}> .\n', encoding="utf-8")
    done = run_cli("load", str(nq), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert f"dropped <{b}>" in done.stderr
    assert graph_counts(open_store(store, read_only=True)) == {a: 1, corpus: 1}


def test_a_folder_of_articles_is_a_complete_set(tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    shutil.copytree(SEED, corpus / "fuzhou-hitech-2025")
    graph_set = graphs_from_path(corpus, BASE)
    assert graph_set.prune_prefix == f"{BASE}article/"
    from graph.store.sources import ONTOLOGY_GRAPH

    assert [name for name, _ in graph_set.graphs] == [SEED_GRAPH, f"{BASE}corpus", ONTOLOGY_GRAPH]
    assert graphs_from_path(SEED, BASE).prune_prefix is None  # one article: others stay


def test_load_errors_are_clear(tmp_path: Path) -> None:
    done = run_cli("load", str(tmp_path / "nowhere"), "--store", str(tmp_path / "store"))
    assert done.returncode == 2 and "nowhere: not found" in done.stderr
    (tmp_path / "empty").mkdir()
    done = run_cli("load", str(tmp_path / "empty"), "--store", str(tmp_path / "store"))
    assert done.returncode == 2 and "neither an article folder" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_store_in_use_is_a_clear_error(tmp_path: Path) -> None:
    store = tmp_path / "store"
    held = pyoxigraph.Store(str(store))  # this process holds the write lock
    done = run_cli("load", str(SEED), "--store", str(store))
    assert done.returncode == 2
    assert "cannot open the store for writing" in done.stderr and "Traceback" not in done.stderr
    del held


def test_query_without_a_store_says_how_to_make_one(tmp_path: Path) -> None:
    done = run_cli("query", "ASK {}", "--store", str(tmp_path / "none"))
    assert done.returncode == 2
    assert "no store here" in done.stderr and "zone-kg load" in done.stderr


def test_bulk_load_gives_the_same_graphs(tmp_path: Path) -> None:
    graphs = [(f"{BASE}article/a", ntriples("urn:a", 50, "v1")), (f"{BASE}article/b", ntriples("urn:b", 7, "v1"))]
    load_graphs(tmp_path / "one", graphs)
    load_graphs(tmp_path / "two", [(f"{BASE}article/a", ntriples("urn:a", 3, "v0"))], bulk=True)
    load_graphs(tmp_path / "two", graphs, bulk=True)  # replaces, like the transactional path
    assert triples_of(tmp_path / "two") == triples_of(tmp_path / "one")


def test_the_default_graph_is_the_union_of_the_named_graphs_as_a_set(tmp_path: Path) -> None:
    """A triple held by two articles (an ontology term, a shared entity) is one triple to queries,
    and stays while any article holding it stays."""
    from graph.store.oxigraph import run_query

    store = tmp_path / "store"
    shared = b'<urn:zkg:Zone> <http://www.w3.org/2000/01/rdf-schema#label> "\xe5\x9b\xad\xe5\x8c\xba"@zh .\n'
    a, b = f"{BASE}article/a", f"{BASE}article/b"
    load_graphs(store, [(a, shared + ntriples("urn:a", 2, "v1")), (b, shared + ntriples("urn:b", 1, "v1"))])

    def labels() -> int:
        result = run_query(open_store(store, read_only=True), "SELECT ?l WHERE { <urn:zkg:Zone> ?p ?l }")
        return len(result.rows)

    def union_size() -> int:
        return len(run_query(open_store(store, read_only=True), "SELECT * WHERE { ?s ?p ?o }").rows)

    assert labels() == 1 and union_size() == 4
    load_graphs(store, [(a, ntriples("urn:a", 2, "v2"))])  # a no longer holds it: b still does
    assert labels() == 1 and union_size() == 4
    load_graphs(store, [(a, ntriples("urn:a", 2, "v2"))], prune_prefix=f"{BASE}article/")  # b removed
    assert labels() == 0 and union_size() == 2
    assert {r[0].value for r in run_query(open_store(store, read_only=True),
                                          "SELECT ?o WHERE { ?s ?p ?o }").rows} == {"v2 0", "v2 1"}


def test_the_main_help_lists_the_store_commands() -> None:
    done = run_cli("--help")
    assert done.returncode == 0
    for command in ("query", "load", "serve", "publish", "export"):
        assert f"    {command}" in done.stdout


def test_an_unchanged_graph_is_not_rewritten(tmp_path: Path) -> None:
    store = tmp_path / "store"
    graphs = [(f"{BASE}article/a", ntriples("urn:a", 5, "v1")), (f"{BASE}article/b", ntriples("urn:b", 3, "v1"))]
    assert load_graphs(store, graphs).unchanged == []
    again = load_graphs(store, [graphs[0], (f"{BASE}article/b", ntriples("urn:b", 3, "v2"))])
    assert again.unchanged == [f"{BASE}article/a"]
    assert again.loaded == {f"{BASE}article/a": 5, f"{BASE}article/b": 3}
    assert all('"v2' in t for t in triples_of(store)[f"{BASE}article/b"])


def test_query_engine_and_source_mistakes_are_clear(tmp_path: Path) -> None:
    store = tmp_path / "store"
    load_graphs(store, [(f"{BASE}article/a", ntriples("urn:a", 2, "v1"))])
    done = run_cli("query", "ASK {}", "--store", str(store), "--engine", "rdflib")
    assert done.returncode == 2 and "--engine rdflib reads a data FILE" in done.stderr
    done = run_cli("query", str(ROOT / "exports" / "fuzhou-hitech-2025.ttl"), "ASK {}", "--store", str(store))
    assert done.returncode == 2 and "not both" in done.stderr
    done = run_cli("query", "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o", "--store", str(store), "--format", "tsv")
    assert done.returncode == 0 and done.stdout == "o\nv1 0\nv1 1\n"
