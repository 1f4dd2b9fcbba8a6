"""``zone-kg publish`` against two real servers: the Oxigraph server and OpenLink Virtuoso.

Each test uses its own base IRI, so tests sharing the (session-wide) Virtuoso do not see
each other's graphs. Graphs go by the Graph Store Protocol; what the server holds is read
back through its SPARQL query endpoint.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from graph.store.publish import Client, PublishError, endpoint_from, publish
from graph.store.sources import graphs_from_path

from .conftest import Server

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025"


def unique_base() -> str:
    return f"https://w3id.org/zone-kg/test/{uuid.uuid4().hex}/"


def write_corpus(path: Path, base: str, articles: dict[str, int], version: str = "v1") -> Path:
    """An N-Quads file with one named graph per article (``n`` triples each) and a corpus graph."""
    lines = []
    for article, n in articles.items():
        graph = f"<{base}article/{article}>"
        for i in range(n):
            lines.append(f'<{base}{article}/thing-{i}> <{base}p> "{version} 第{i}号 «{article}»"@zh {graph} .')
        lines.append(f'<{base}{article}/thing-0> <{base}amount> "75.0"^^<http://www.w3.org/2001/XMLSchema#decimal> {graph} .')
    lines.append(f"<{base}corpus> <{base}articles> \"{len(articles)}\"^^<http://www.w3.org/2001/XMLSchema#integer> <{base}corpus> .")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def client_for(server: Server) -> Client:
    env = server.env()
    return Client(endpoint_from(server.store_url, server.query_url, environ=env))


def holdings(server: Server, base: str) -> dict[str, set[tuple[str, str, str]]]:
    """Every triple the server holds in graphs under ``base``, by graph."""
    client = client_for(server)
    rows = client.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                         f'FILTER(STRSTARTS(STR(?g), "{base}")) }}')
    out: dict[str, set[tuple[str, str, str]]] = {}
    for r in rows:
        out.setdefault(r["g"], set()).add((r["s"], r["p"], r["o"]))
    return out


def run_publish(server: Server, path: Path, base: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **server.env()}
    env.pop("ZONE_KG_USER", None) if not server.user else None
    return subprocess.run(
        [sys.executable, "-m", "graph", "publish", str(path), "--base", base,
         "--endpoint", server.store_url, "--query-endpoint", server.query_url],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=300, check=False)


def test_publish_puts_each_graph_verifies_and_deletes_removed_articles(sparql_server: Server, tmp_path: Path) -> None:
    base = unique_base()
    corpus = write_corpus(tmp_path / "corpus.nq", base, {"a": 3, "b": 5, "c": 2})
    done = run_publish(sparql_server, corpus, base)
    assert done.returncode == 0, done.stderr
    assert "counts verified" in done.stdout
    held = holdings(sparql_server, base)
    assert {g: len(t) for g, t in held.items()} == {
        f"{base}article/a": 4, f"{base}article/b": 6, f"{base}article/c": 3, f"{base}corpus": 1}
    assert (f"{base}a/thing-1", f"{base}p", "v1 第1号 «a»") in held[f"{base}article/a"]

    # article c is gone from the corpus, b changed: c is deleted, b replaced, the rest untouched
    corpus = write_corpus(tmp_path / "corpus.nq", base, {"a": 3, "b": 4}, version="v2")
    done = run_publish(sparql_server, corpus, base)
    assert done.returncode == 0, done.stderr
    assert f"DELETE <{base}article/c>" in done.stderr
    held = holdings(sparql_server, base)
    assert set(held) == {f"{base}article/a", f"{base}article/b", f"{base}corpus"}
    assert {o for _, _, o in held[f"{base}article/b"]} >= {"v2 第0号 «b»", "v2 第3号 «b»"}
    assert not any(o.startswith("v1") for _, _, o in held[f"{base}article/b"])


def test_publishing_twice_leaves_the_same_triples(sparql_server: Server, tmp_path: Path) -> None:
    base = unique_base()
    article = tmp_path / "fuzhou-hitech-2025"
    import shutil

    shutil.copytree(SEED, article)
    graph_set = graphs_from_path(article, base)
    endpoint = endpoint_from(sparql_server.store_url, sparql_server.query_url, environ=sparql_server.env())
    first = publish(graph_set, endpoint)
    assert first.verified and first.sent[f"{base}article/fuzhou-hitech-2025"] > 2000
    after_first = holdings(sparql_server, base)
    second = publish(graphs_from_path(article, base), endpoint)
    assert second.sent == first.sent
    assert holdings(sparql_server, base) == after_first


def test_a_killed_publisher_converges_when_run_again(sparql_server: Server, tmp_path: Path) -> None:
    base = unique_base()
    articles = {f"art-{i:02d}": 20 for i in range(30)}
    write_corpus(tmp_path / "old.nq", base, articles, version="old")
    assert run_publish(sparql_server, tmp_path / "old.nq", base).returncode == 0
    new = write_corpus(tmp_path / "new.nq", base, {**articles, "art-extra": 7}, version="new")

    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **sparql_server.env()}
    process = subprocess.Popen(
        [sys.executable, "-m", "graph", "publish", str(new), "--base", base,
         "--endpoint", sparql_server.store_url, "--query-endpoint", sparql_server.query_url],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, encoding="utf-8", env=env)
    assert process.stderr is not None
    puts = 0
    for line in process.stderr:  # kill it mid-run, after the third graph went out
        puts += line.startswith("PUT ")
        if puts == 3:
            process.kill()
            break
    process.wait(60)
    assert process.returncode != 0, "the publisher finished before it could be killed"
    # killed mid-run: every graph is whole, either the old version or the new one
    for graph, triples in holdings(sparql_server, base).items():
        versions = {o.split(" ")[0] for _, p, o in triples if p == f"{base}p"}
        assert len(versions) <= 1, (graph, versions)

    done = run_publish(sparql_server, new, base)
    assert done.returncode == 0, done.stderr
    held = holdings(sparql_server, base)
    assert len(held) == 32
    for graph, triples in held.items():
        if graph != f"{base}corpus":
            assert {o.split(" ")[0] for _, p, o in triples if p == f"{base}p"} == {"new"}, graph


def test_wrong_password_is_a_clear_error(virtuoso: Server, tmp_path: Path) -> None:
    base = unique_base()
    corpus = write_corpus(tmp_path / "corpus.nq", base, {"a": 1})
    wrong = Server(virtuoso.name, virtuoso.store_url, virtuoso.query_url, virtuoso.user, "not-the-password")
    done = run_publish(wrong, corpus, base)
    assert done.returncode == 3
    assert "HTTP 401" in done.stderr and "ZONE_KG_USER" in done.stderr
    assert "Traceback" not in done.stderr


def test_unreachable_store_is_a_clear_error(tmp_path: Path) -> None:
    from .conftest import free_port

    base = unique_base()
    endpoint = endpoint_from(f"http://127.0.0.1:{free_port()}/store", environ={})
    with pytest.raises(PublishError, match="cannot reach the store"):
        publish(graphs_from_path(write_corpus(tmp_path / "c.nq", base, {"a": 1}), base), endpoint)


def test_credentials_never_on_the_command_line() -> None:
    with pytest.raises(Exception, match="no credentials in the URL"):
        endpoint_from("http://dba:secret@127.0.0.1:8890/sparql-graph-crud-auth", environ={})
    endpoint = endpoint_from("http://127.0.0.1:8890/sparql-graph-crud-auth",
                             environ={"ZONE_KG_USER": "dba", "ZONE_KG_PASSWORD": "pw"})
    assert (endpoint.user, endpoint.password) == ("dba", "pw")
    assert endpoint.query_url == "http://127.0.0.1:8890/sparql-auth"
    assert "pw" not in repr(endpoint)
    assert endpoint_from("http://127.0.0.1:7878/store", environ={}).query_url == "http://127.0.0.1:7878/query"
