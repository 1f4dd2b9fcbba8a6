"""``zone-kg publish``: send each named graph to a SPARQL 1.1 store by the Graph Store HTTP Protocol.

Each graph goes by ``PUT <store>?graph=<IRI>`` (which replaces the graph: publishing twice
leaves the same triples, and a publisher killed mid-run converges when it runs again);
graphs under the set's ``prune_prefix`` that the store holds but the set does not are
``DELETE``d; then a ``SELECT (COUNT(*) …)`` per graph through the SPARQL query endpoint
checks that the store holds exactly the triples sent.

Credentials come from the environment, never from the command line:
``ZONE_KG_USER`` / ``ZONE_KG_PASSWORD`` (HTTP Digest or Basic, whichever the server asks
for; Virtuoso's ``/sparql-graph-crud-auth`` asks for Digest).
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.query import QueryError
from graph.store.sources import GraphSet, graph_ntriples

USER_VARIABLE = "ZONE_KG_USER"
PASSWORD_VARIABLE = "ZONE_KG_PASSWORD"
EXIT_NOT_WRITTEN = 3

# Known Graph Store endpoints and the query endpoint beside them (same authentication).
_QUERY_BESIDE = {
    "/store": "/query",  # Oxigraph server
    "/sparql-graph-crud-auth": "/sparql-auth",  # Virtuoso, authenticated
    "/sparql-graph-crud": "/sparql",  # Virtuoso, anonymous
    "/data": "/sparql",  # Fuseki (/<dataset>/data and /<dataset>/sparql)
}


class PublishError(QueryError):
    """The store refused a request, could not be reached, or does not hold what was sent."""

    exit_code = EXIT_NOT_WRITTEN


@dataclass(frozen=True)
class Endpoint:
    """A remote store: its Graph Store Protocol URL and its SPARQL query URL."""

    store_url: str
    query_url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 120.0


@dataclass
class PublishReport:
    """Triples per graph sent (and found there afterwards), graphs deleted."""

    sent: dict[str, int] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    verified: bool = False


def endpoint_from(store_url: str, query_url: str | None = None, *, timeout: float = 120.0,
                  environ: Mapping[str, str] | None = None) -> Endpoint:
    """An :class:`Endpoint`; the query URL is guessed for Oxigraph, Virtuoso and Fuseki when not given."""
    environ = os.environ if environ is None else environ
    parsed = urllib.parse.urlsplit(store_url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise QueryError(f"--endpoint {store_url!r}: expected an http(s) URL of a Graph Store Protocol endpoint")
    if parsed.username or parsed.password:
        raise QueryError(f"--endpoint: put no credentials in the URL; set {USER_VARIABLE} and {PASSWORD_VARIABLE}")
    if query_url is None:
        for suffix, beside in _QUERY_BESIDE.items():
            if parsed.path.endswith(suffix):
                path = parsed.path[: -len(suffix)] + beside
                query_url = urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, path, "", ""))
                break
        else:
            raise QueryError(f"--endpoint {store_url}: cannot guess its SPARQL query endpoint; give --query-endpoint")
    user = environ.get(USER_VARIABLE) or None
    password = environ.get(PASSWORD_VARIABLE)
    if user and password is None:
        raise QueryError(f"{USER_VARIABLE} is set but {PASSWORD_VARIABLE} is not")
    return Endpoint(store_url, query_url, user, password, timeout)


class Client:
    """HTTP to one :class:`Endpoint` (urllib; Digest or Basic authentication when credentials are set).

    With credentials, a request with a body is authorised up front: the challenge comes from
    a body-less ``HEAD`` first. Sent unauthorised, a big ``PUT`` is refused with 401 before
    the server reads it, and the upload dies with a broken pipe (Virtuoso does that).
    """

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        handlers: list[Any] = []
        self._digest: urllib.request.HTTPDigestAuthHandler | None = None
        self._challenge: tuple[str, dict[str, str]] | None = None
        if endpoint.user:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (endpoint.store_url, endpoint.query_url):
                passwords.add_password(None, url, endpoint.user, endpoint.password or "")
            self._digest = urllib.request.HTTPDigestAuthHandler(passwords)
            handlers += [self._digest, urllib.request.HTTPBasicAuthHandler(passwords)]
        self.opener = urllib.request.build_opener(*handlers)

    def _probe(self, url: str) -> tuple[str, dict[str, str]] | None:
        """The server's authentication challenge for ``url``, from a body-less HEAD."""
        try:
            with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=self.endpoint.timeout):
                return None
        except urllib.error.HTTPError as exc:
            header = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
        except (urllib.error.URLError, OSError):
            return None
        scheme, _, rest = header.partition(" ")
        if scheme.lower() not in ("digest", "basic"):
            return None
        params = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest)) if rest else {}
        return scheme.lower(), params

    def _authorize(self, req: urllib.request.Request) -> None:
        if not self.endpoint.user:
            return
        if self._challenge is None:
            self._challenge = self._probe(req.full_url)
        if self._challenge is None:
            return
        scheme, params = self._challenge
        if scheme == "digest" and self._digest is not None:
            authorization = self._digest.get_authorization(req, params)
            if authorization:
                req.add_unredirected_header("Authorization", f"Digest {authorization}")
        elif scheme == "basic":
            import base64

            token = base64.b64encode(f"{self.endpoint.user}:{self.endpoint.password or ''}".encode()).decode("ascii")
            req.add_unredirected_header("Authorization", f"Basic {token}")

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: Mapping[str, str] | None = None, ok: tuple[int, ...] = (200, 201, 204)) -> tuple[int, bytes]:
        for attempt in (1, 2):
            req = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
            if body is not None:
                self._authorize(req)
            try:
                with self.opener.open(req, timeout=self.endpoint.timeout) as response:
                    partial = response.headers.get("X-SQL-State")  # Virtuoso's "anytime" answers are incomplete
                    if partial:
                        raise PublishError(f"{method} {url}: the store returned incomplete results ({partial}: "
                                           f"{response.headers.get('X-SQL-Message', 'query interrupted')}); try again")
                    return response.status, response.read()
            except urllib.error.HTTPError as exc:
                if exc.code in ok:
                    return exc.code, exc.read()
                detail = exc.read()[:300].decode("utf-8", "replace").strip()
                hint = ""
                if exc.code in (401, 403):
                    hint = f" (check {USER_VARIABLE}/{PASSWORD_VARIABLE} and the user's write permission)"
                raise PublishError(f"{method} {url}: HTTP {exc.code} {exc.reason}{hint}: {detail}") from exc
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if attempt == 1 and isinstance(reason, BrokenPipeError | ConnectionResetError) and self.endpoint.user:
                    self._challenge = None  # a stale nonce: ask for a new challenge and send once more
                    continue
                raise PublishError(f"{method} {url}: cannot reach the store: {reason}") from exc
        raise AssertionError("unreachable")

    def graph_url(self, graph: str) -> str:
        sep = "&" if "?" in self.endpoint.store_url else "?"
        return f"{self.endpoint.store_url}{sep}graph={urllib.parse.quote(graph, safe='')}"

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace ``graph`` with ``ntriples`` (N-Triples is Turtle: every store reads it)."""
        self.request("PUT", self.graph_url(graph), ntriples, {"Content-Type": "text/turtle; charset=utf-8"})

    def delete_graph(self, graph: str) -> None:
        self.request("DELETE", self.graph_url(graph), ok=(200, 201, 204, 404))

    def select(self, query: str) -> list[dict[str, str]]:
        """A SELECT's rows as ``{variable: value}`` (SPARQL 1.1 Protocol, POST, JSON results)."""
        body = urllib.parse.urlencode({"query": query}).encode("ascii")
        _, data = self.request("POST", self.endpoint.query_url, body, {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json"})
        try:
            bindings = json.loads(data)["results"]["bindings"]
        except (ValueError, KeyError, TypeError) as exc:
            raise PublishError(f"{self.endpoint.query_url}: not SPARQL JSON results: {data[:200]!r}") from exc
        return [{k: v["value"] for k, v in row.items()} for row in bindings]

    def graphs_under(self, prefix: str) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                           f"FILTER(STRSTARTS(STR(?g), {json.dumps(prefix)})) }}")
        return sorted(r["g"] for r in rows if "g" in r)

    def count(self, graph: str) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(float(rows[0]["n"])) if rows and "n" in rows[0] else 0


def distinct_triples(ntriples: bytes) -> int:
    """How many distinct triples an N-Triples document holds (what a store will count)."""
    import pyoxigraph

    return len({str(t) for t in pyoxigraph.parse(ntriples, pyoxigraph.RdfFormat.N_TRIPLES)})


def publish(graph_set: GraphSet, endpoint: Endpoint, *, verify: bool = True,
            progress: Callable[[str, str, int], None] | None = None) -> PublishReport:
    """PUT every graph of ``graph_set``, DELETE the stale ones under its prune prefix, verify counts."""
    client = Client(endpoint)
    report = PublishReport()
    for name, data in graph_set.graphs:
        if name is None:
            raise PublishError("the data has triples outside any named graph; publish sends named graphs only")
        ntriples = graph_ntriples(data)
        client.put_graph(name, ntriples)
        report.sent[name] = distinct_triples(ntriples)
        if progress is not None:
            progress("PUT", name, report.sent[name])
    if graph_set.prune_prefix:
        for name in client.graphs_under(graph_set.prune_prefix):
            if name not in report.sent:
                client.delete_graph(name)
                report.deleted.append(name)
                if progress is not None:
                    progress("DELETE", name, 0)
    if verify:
        wrong = []
        for name, expected in report.sent.items():
            found = client.count(name)
            if found != expected:
                wrong.append(f"<{name}>: sent {expected} triples, the store holds {found}")
        for name in report.deleted:
            if client.count(name):
                wrong.append(f"<{name}>: deleted, but the store still holds triples")
        if wrong:
            raise PublishError("after publishing, the store does not hold what was sent:\n  " + "\n  ".join(wrong))
        report.verified = True
    return report
