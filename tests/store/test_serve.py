"""``zone-kg serve``: the real Oxigraph server on the store, read-only and on 127.0.0.1 by default."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store.server import endpoints, server_command

from .conftest import free_port, stop, wait_for_http

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025"
QUERY = ROOT / "queries" / "01-zone-clusters.rq"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("serve") / "store"
    done = subprocess.run([sys.executable, "-m", "graph", "load", str(SEED), "--store", str(store), "-q"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return store


def start_serve(store: Path, *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", str(store),
                                "--bind", f"127.0.0.1:{port}", *extra],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=dict(os.environ))
    root = f"http://127.0.0.1:{port}"
    wait_for_http(f"{root}/query?query=ASK%7B%7D", process, 60)
    return process, root


@pytest.fixture
def read_only_server(seed_store: Path) -> Iterator[str]:
    process, root = start_serve(seed_store)
    try:
        yield root
    finally:
        stop(process)


def sparql_json(url: str, query: str) -> dict[str, object]:
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


def test_served_store_answers_the_competency_query_like_zone_kg_query(read_only_server: str, seed_store: Path) -> None:
    document = sparql_json(f"{read_only_server}/query", QUERY.read_text(encoding="utf-8"))
    bindings = document["results"]["bindings"]  # type: ignore[index]
    over_http = [{k: v["value"] for k, v in b.items()} for b in bindings]
    local = subprocess.run([sys.executable, "-m", "graph", "query", str(QUERY), "--store", str(seed_store),
                            "--format", "json"], capture_output=True, text=True, encoding="utf-8", cwd=ROOT,
                           timeout=120, check=False)
    assert local.returncode == 0, local.stderr  # two read-only readers share the store
    by_query = [{k: v["value"] for k, v in b.items()} for b in json.loads(local.stdout)["results"]["bindings"]]
    assert over_http == by_query
    assert over_http and {"zone", "cluster", "focus"} <= set(over_http[0])
    assert {(r["cluster"], r["focus"]) for r in over_http} >= {("新材料产业集群", "镁合金"), ("新材料产业集群", "石墨烯")}


def test_served_store_is_read_only_by_default(read_only_server: str) -> None:
    request = urllib.request.Request(f"{read_only_server}/update",
                                     data=b"update=" + urllib.parse.quote("INSERT DATA { <urn:a> <urn:b> <urn:c> }").encode(),
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=30)
    assert info.value.code in (403, 404, 405)
    assert sparql_json(f"{read_only_server}/query", "ASK { <urn:a> <urn:b> <urn:c> }")["boolean"] is False


def test_writable_server_accepts_updates(tmp_path: Path) -> None:
    process, root = start_serve(tmp_path / "store", "--writable")
    try:
        request = urllib.request.Request(f"{root}/update",
                                         data=b"update=" + urllib.parse.quote("INSERT DATA { <urn:a> <urn:b> <urn:c> }").encode(),
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status in (200, 204)
        assert sparql_json(f"{root}/query", "ASK { <urn:a> <urn:b> <urn:c> }")["boolean"] is True
    finally:
        stop(process)


def test_serve_defaults_to_loopback_and_read_only(seed_store: Path) -> None:
    command = server_command(seed_store)
    assert command[1] == "serve-read-only"
    assert command[command.index("--bind") + 1] == "127.0.0.1:7878"
    assert "--union-default-graph" not in command  # a multiset: the store's default graph is the union
    assert endpoints("127.0.0.1:7878")["query"] == "http://127.0.0.1:7878/query"


def test_serve_without_a_store_is_a_clear_error(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "graph", "serve", "--store", str(tmp_path / "none")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 2
    assert "no store here" in done.stderr and "zone-kg load" in done.stderr
