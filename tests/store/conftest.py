"""Real servers for the store tests, started on 127.0.0.1 on free ports and stopped after.

* ``oxigraph_server``: the Oxigraph server (PyPI ``oxigraph``) on a temporary folder;
* ``virtuoso``: OpenLink Virtuoso (Debian ``virtuoso-opensource``, `make system-deps`) on a
  temporary database, from a generated ``virtuoso.ini`` (SQL and HTTP ports free, bound to
  127.0.0.1), the ``dba`` password changed to a generated one and ``dba`` granted
  ``SPARQL_UPDATE`` (which the Graph Store endpoint ``/sparql-graph-crud-auth`` needs).
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.store.server import oxigraph_binary


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_http(url: str, process: subprocess.Popen[bytes], seconds: float, log: Path | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            detail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {process.returncode} before answering {url}\n{detail}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers (401, 404 …): it is up
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} after {seconds} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@dataclass(frozen=True)
class Server:
    """A running SPARQL store: where to PUT graphs, where to query, which credentials."""

    name: str
    store_url: str
    query_url: str
    user: str | None = None
    password: str | None = None

    def env(self) -> dict[str, str]:
        return {"ZONE_KG_USER": self.user, "ZONE_KG_PASSWORD": self.password or ""} if self.user else {}


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[Server]:
    port = free_port()
    log = tmp_path / "oxigraph.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [oxigraph_binary(), "serve", "--location", str(tmp_path / "oxigraph-data"), "--bind", f"127.0.0.1:{port}"],
            stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process, 60, log)
        yield Server("oxigraph", f"http://127.0.0.1:{port}/store", f"http://127.0.0.1:{port}/query")
    finally:
        stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}/vsp
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


def _isql(isql: str, sql_port: int, password: str, statement: str) -> None:
    done = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", password, f"exec={statement}"],
                          capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0 or "Error" in done.stdout + done.stderr:
        raise RuntimeError(f"isql {statement!r} failed: {done.stdout}{done.stderr}")


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server_bin, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if server_bin is None or isql is None:
        pytest.skip("Virtuoso (Debian virtuoso-opensource) is not installed; `make system-deps`")
    folder = tmp_path_factory.mktemp("virtuoso")
    (folder / "vsp").mkdir()
    sql_port, http_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql_port=sql_port, http_port=http_port))
    log = folder / "virtuoso.out"
    with log.open("wb") as out:
        process = subprocess.Popen([server_bin, "-f", "-c", str(folder / "virtuoso.ini")], cwd=folder,
                                   stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_http(f"http://127.0.0.1:{http_port}/sparql?query=ASK%7B%7D", process, 240, folder / "virtuoso.log")
        password = secrets.token_hex(12)
        _isql(isql, sql_port, "dba", f"DB.DBA.USER_CHANGE_PASSWORD('dba', 'dba', '{password}');")
        _isql(isql, sql_port, password, 'GRANT SPARQL_UPDATE TO "dba";')
        yield Server("virtuoso", f"http://127.0.0.1:{http_port}/sparql-graph-crud-auth",
                     f"http://127.0.0.1:{http_port}/sparql-auth", "dba", password)
    finally:
        stop(process)


@pytest.fixture(params=["oxigraph", "virtuoso"])
def sparql_server(request: pytest.FixtureRequest) -> Server:
    """Each real server in turn."""
    return request.getfixturevalue("oxigraph_server" if request.param == "oxigraph" else "virtuoso")  # type: ignore[no-any-return]
