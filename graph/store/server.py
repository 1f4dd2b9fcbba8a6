"""``zone-kg serve``: the Oxigraph server (PyPI ``oxigraph``) on the store; no HTTP code of ours.

The server speaks the SPARQL 1.1 Protocol (``/query``, ``/update``) and the Graph Store
HTTP Protocol (``/store``). It is started read-only (``serve-read-only``: several readers
may share the store) unless ``writable``. The store's default graph is already the union
of its named graphs (as a set, see :mod:`graph.store.oxigraph`), so the competency queries
run over HTTP as they do with ``zone-kg query``; Oxigraph's ``--union-default-graph`` is not
used (it repeats a triple once per graph holding it).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from graph.query import QueryError

DEFAULT_BIND = "127.0.0.1:7878"


class ServerError(QueryError):
    """The server cannot be started (not installed, no store)."""


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` command (installed next to this Python by ``pip install oxigraph``)."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServerError("the Oxigraph server is not installed: pip install oxigraph (or `make install`)")
    return found


def server_command(store: Path, bind: str = DEFAULT_BIND, *, writable: bool = False,
                   timeout_s: int | None = None, cors: bool = False) -> list[str]:
    """The ``oxigraph serve…`` command line for ``store``."""
    if ":" not in bind:
        raise ServerError(f"--bind {bind!r}: expected HOST:PORT, e.g. {DEFAULT_BIND}")
    store = Path(store)
    if not writable and not store.is_dir():
        raise ServerError(f"{store}: no store here; fill one with `zone-kg load PATH --store {store}` (or serve --writable)")
    command = [oxigraph_binary(), "serve" if writable else "serve-read-only", "--location", str(store),
               "--bind", bind]
    if timeout_s:
        command += ["--timeout-s", str(timeout_s)]
    if cors:
        command.append("--cors")
    return command


def endpoints(bind: str) -> dict[str, str]:
    """The server's SPARQL query, update and Graph Store URLs for ``bind``."""
    host, _, port = bind.rpartition(":")
    host = {"0.0.0.0": "127.0.0.1", "[::]": "[::1]", "": "127.0.0.1"}.get(host, host)
    root = f"http://{host}:{port}"
    return {"query": f"{root}/query", "update": f"{root}/update", "store": f"{root}/store", "ui": f"{root}/"}


def serve(store: Path, bind: str = DEFAULT_BIND, *, writable: bool = False,
          timeout_s: int | None = None, cors: bool = False) -> None:
    """Replace this process with the Oxigraph server (it never returns on success)."""
    command = server_command(store, bind, writable=writable, timeout_s=timeout_s, cors=cors)
    host = bind.rpartition(":")[0]
    if host not in ("127.0.0.1", "localhost", "[::1]", "::1"):
        print(f"zone-kg serve: warning: listening on {host}, reachable from other machines"
              + (" and WRITABLE" if writable else ""), file=sys.stderr)
    urls = endpoints(bind)
    print(f"zone-kg serve: {'read-write' if writable else 'read-only'} store {store}\n"
          f"  SPARQL query:  {urls['query']}\n  Graph Store:   {urls['store']}\n  browser UI:    {urls['ui']}",
          file=sys.stderr, flush=True)
    os.execv(command[0], command)
