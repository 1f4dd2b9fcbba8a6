"""``graph.query`` on small hand-made graphs (tests/data/query/, see its README)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib.compare import isomorphic

from graph.query import (
    DataParseError,
    NetworkRefusedError,
    QueryError,
    QueryResult,
    QuerySyntaxError,
    QueryTimeoutError,
    ResultTooLargeError,
    check_query,
    display_width,
    format_result,
    load_graph,
    read_query,
    register,
    run_query,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "query"
MINI = DATA / "mini.ttl"

CLUSTERS = """
PREFIX zkg: <https://w3id.org/zone-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?cluster ?clusterLabel ?material ?materialLabel WHERE {
  ?zone zkg:developsCluster ?cluster .
  ?cluster rdfs:label ?clusterLabel ; zkg:focusesOn ?material .
  ?material rdfs:label ?materialLabel .
  FILTER(lang(?clusterLabel) = "zh" && lang(?materialLabel) = "zh")
}
ORDER BY ?clusterLabel ?materialLabel
"""

SENTENCE = """
PREFIX zkg: <https://w3id.org/zone-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?obs ?valueText ?sentence ?start WHERE {
  ?obs zkg:valueText ?valueText ; prov:wasDerivedFrom ?span .
  ?span zkg:sentence ?sentence ; zkg:startOffset ?start .
}
ORDER BY ?obs
"""


@pytest.fixture(scope="module")
def mini() -> rdflib.Graph:
    return load_graph(MINI)


# --------------------------------------------------------------------------- load_graph


def test_load_graph_turtle_keeps_the_files_prefixes(mini: rdflib.Graph) -> None:
    assert len(mini) > 40
    prefixes = dict(mini.namespaces())
    assert str(prefixes["zkg"]) == "https://w3id.org/zone-kg/ontology#"
    assert str(prefixes["zkgr"]) == "https://w3id.org/zone-kg/id/"
    # only the "core" prefixes besides the file's own: no brick:, no schema1:
    assert "brick" not in prefixes


@pytest.mark.parametrize(("suffix", "fmt"), [(".nt", "nt"), (".jsonld", "json-ld")])
def test_load_graph_by_suffix(tmp_path: Path, mini: rdflib.Graph, suffix: str, fmt: str) -> None:
    path = tmp_path / f"mini{suffix}"
    path.write_text(mini.serialize(format=fmt), encoding="utf-8")
    loaded = load_graph(path)
    assert isomorphic(loaded, mini)
    # N-Triples has no prefixes of its own: tables still get zkg:/zkgr:
    assert "zkgr" in dict(loaded.namespaces())


def test_load_graph_missing_file_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.ttl"
    with pytest.raises(QueryError) as info:
        load_graph(missing)
    assert str(missing) in str(info.value)
    assert "not found" in str(info.value)
    assert info.value.exit_code == 2


def test_load_graph_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "graph.xyz"
    path.write_text("", encoding="utf-8")
    with pytest.raises(QueryError, match=r"unknown data format '\.xyz'"):
        load_graph(path)


@pytest.mark.parametrize(("name", "line"), [("bad-line7.ttl", 7), ("bad-line3.nt", 3)])
def test_load_graph_parse_error_names_file_and_line(name: str, line: int) -> None:
    with pytest.raises(DataParseError) as info:
        load_graph(DATA / name)
    error = info.value
    assert error.line == line
    assert error.exit_code == 2  # bad input (graph/errors.py)
    assert f"{DATA / name}:{line}:" in str(error)


def test_load_graph_jsonld_syntax_error_has_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonld"
    path.write_text('{\n  "@id": "https://example.org/a",\n  "x": \n', encoding="utf-8")
    with pytest.raises(DataParseError) as info:
        load_graph(path)
    assert info.value.line == 4


# --------------------------------------------------------------------------- read_query


def test_read_query_from_rq_file(tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text(CLUSTERS, encoding="utf-8")
    assert read_query(str(path)) == CLUSTERS


def test_read_query_inline_text() -> None:
    assert read_query("ASK { ?s ?p ?o }") == "ASK { ?s ?p ?o }"
    assert read_query(CLUSTERS) == CLUSTERS


def test_read_query_missing_rq_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="query file not found") as info:
        read_query(str(tmp_path / "missing.rq"))
    assert info.value.exit_code == 2


def test_read_query_empty_is_an_error() -> None:
    with pytest.raises(QueryError, match="empty"):
        read_query("   ")


# --------------------------------------------------------------------------- run_query


def test_select_rows_in_query_order(mini: rdflib.Graph) -> None:
    result = run_query(mini, CLUSTERS)
    assert result.form == "SELECT"
    assert result.variables == ("cluster", "clusterLabel", "material", "materialLabel")
    assert [(r["clusterLabel"], r["materialLabel"]) for r in result.as_dicts()] == [
        ("先进制造业集群", "高端精密制造"),
        ("新材料产业集群", "石墨烯"),
        ("新材料产业集群", "镁合金"),
    ]


def test_graph_prefixes_usable_without_prefix_declarations(mini: rdflib.Graph) -> None:
    result = run_query(mini, "SELECT ?z WHERE { ?z a zkg:Zone }")
    assert result.column("z") == [rdflib.URIRef("https://w3id.org/zone-kg/id/fuzhou-hitech-zone")]


def test_ask(mini: rdflib.Graph) -> None:
    yes = run_query(mini, "ASK { ?z a zkg:Zone }")
    no = run_query(mini, "ASK { ?z a zkg:Person }")
    assert (yes.form, yes.boolean, no.boolean) == ("ASK", True, False)
    assert format_result(yes, "table").splitlines()[-1] == "true"
    assert format_result(no, "csv") == "ask\r\nfalse\r\n"
    assert format_result(no, "tsv") == "ask\nfalse\n"
    assert json.loads(format_result(yes, "json")) == {"head": {}, "boolean": True}


def test_construct(mini: rdflib.Graph) -> None:
    query = """CONSTRUCT { ?c rdfs:label ?l } WHERE {
        ?c a zkg:Cluster ; rdfs:label ?l FILTER(lang(?l) = "zh") }"""
    result = run_query(mini, query)
    assert result.form == "CONSTRUCT"
    assert result.graph is not None and len(result.graph) == 2
    assert result.variables == ("subject", "predicate", "object")
    assert [str(row[2]) for row in result.rows] == ["先进制造业集群", "新材料产业集群"]
    turtle = format_result(result, "turtle")
    assert isomorphic(rdflib.Graph().parse(data=turtle, format="turtle"), result.graph)
    nt = format_result(result, "nt")
    assert isomorphic(rdflib.Graph().parse(data=nt, format="nt"), result.graph)
    table = format_result(result, "table")
    assert table.splitlines()[3].split() == [
        "zkgr:new-materials-cluster",
        "rdfs:label",
        "新材料产业集群",
    ]


def test_describe_includes_reified_statements(mini: rdflib.Graph) -> None:
    result = run_query(mini, "DESCRIBE zkgr:byd")
    assert result.form == "DESCRIBE"
    assert result.graph is not None
    assert (
        rdflib.URIRef("https://w3id.org/zone-kg/id/byd"),
        rdflib.RDFS.label,
        rdflib.Literal("比亚迪", lang="zh"),
    ) in result.graph


def test_turtle_format_needs_a_graph_result(mini: rdflib.Graph) -> None:
    with pytest.raises(QueryError, match="CONSTRUCT or DESCRIBE"):
        format_result(run_query(mini, "ASK {}"), "turtle")


def test_syntax_error_has_line_and_column(mini: rdflib.Graph) -> None:
    query = "SELECT ?x\nWHERE {\n  ?x a zkg:Zone .\n  ?x ?p\n}"
    with pytest.raises(QuerySyntaxError) as info:
        run_query(mini, query, source="q.rq")
    error = info.value
    assert error.exit_code == 4  # query error (graph/errors.py)
    assert (error.line, error.column) == (4, 3)  # the incomplete triple `?x ?p`
    assert str(error).startswith("q.rq:4:3: SPARQL syntax error:")


def test_unknown_prefix_is_a_syntax_error_with_position(mini: rdflib.Graph) -> None:
    query = "SELECT ?x WHERE {\n  ?x a foo:Zone\n}"
    with pytest.raises(QuerySyntaxError) as info:
        run_query(mini, query)
    assert (info.value.line, info.value.column) == (2, 8)
    assert "foo" in info.value.message


def test_update_is_refused(mini: rdflib.Graph) -> None:
    with pytest.raises(QueryError, match="Update is not supported") as info:
        run_query(mini, "INSERT DATA { zkgr:a zkgr:b zkgr:c }")
    assert info.value.exit_code == 2
    assert not isinstance(info.value, QuerySyntaxError)


# --------------------------------------------------------------------------- formats


def test_csv_parses_back(mini: rdflib.Graph) -> None:
    result = run_query(mini, SENTENCE)
    text = format_result(result, "csv")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["obs", "valueText", "sentence", "start"]
    assert rows[1] == [
        "https://w3id.org/zone-kg/id/zone-output-2025",  # full IRI, never shortened
        "1045亿元",
        "工业总产值达1045亿元,同比增长27.1%;\n其中规模以上工业总产值达1032.5亿元",
        "40",  # lexical form, no ^^xsd:nonNegativeInteger
    ]


def test_csv_quotes_commas_and_quotes() -> None:
    g = rdflib.Graph().parse(data='<urn:a> <urn:p> "a, \\"b\\"" .', format="nt")
    text = format_result(run_query(g, "SELECT ?o WHERE { ?s ?p ?o }"), "csv")
    assert list(csv.reader(io.StringIO(text, newline=""))) == [["o"], ['a, "b"']]


def test_tsv_is_one_line_per_row(mini: rdflib.Graph) -> None:
    text = format_result(run_query(mini, SENTENCE), "tsv")
    lines = text.splitlines()
    assert lines[0] == "obs\tvalueText\tsentence\tstart"
    assert len(lines) == 2
    assert lines[1].split("\t") == [
        "https://w3id.org/zone-kg/id/zone-output-2025",
        "1045亿元",
        "工业总产值达1045亿元,同比增长27.1%;\\n其中规模以上工业总产值达1032.5亿元",
        "40",
    ]


def test_json_follows_sparql_results_json(mini: rdflib.Graph) -> None:
    query = """SELECT ?s ?label ?value ?missing WHERE {
        ?s zkg:value ?value ; zkg:indicator ?label FILTER(lang(?label) = "zh")
        OPTIONAL { ?s zkg:nothing ?missing } } ORDER BY ?s"""
    document = json.loads(format_result(run_query(mini, query), "json"))
    assert set(document) == {"head", "results"}
    assert document["head"] == {"vars": ["s", "label", "value", "missing"]}
    bindings = document["results"]["bindings"]
    assert isinstance(bindings, list) and len(bindings) == 1
    row = bindings[0]
    assert set(row) == {"s", "label", "value"}  # unbound variables are left out
    assert row["s"] == {"type": "uri", "value": "https://w3id.org/zone-kg/id/zone-output-2025"}
    assert row["label"] == {"type": "literal", "value": "工业总产值", "xml:lang": "zh"}
    assert row["value"] == {
        "type": "literal",
        "value": "1045.0",
        "datatype": "http://www.w3.org/2001/XMLSchema#decimal",
    }
    for binding in bindings:
        for term in binding.values():
            assert term["type"] in {"uri", "literal", "bnode"}
            assert isinstance(term["value"], str)


def test_json_bnodes() -> None:
    g = rdflib.Graph().parse(data="_:x <urn:p> <urn:o> .", format="nt")
    document = json.loads(format_result(run_query(g, "SELECT ?s WHERE { ?s ?p ?o }"), "json"))
    assert document["results"]["bindings"][0]["s"]["type"] == "bnode"


def _column_starts(header_line: str) -> list[int]:
    """Display columns at which the header's fields start."""
    starts, col, previous_space = [], 0, True
    for char in header_line:
        if char != " " and previous_space:
            starts.append(col)
        previous_space = char == " "
        col += display_width(char)
    return starts


def test_table_aligns_cjk_columns(mini: rdflib.Graph) -> None:
    text = format_result(run_query(mini, CLUSTERS), "table")
    lines = text.splitlines()
    header, rule, *rows, footer = lines
    assert header.split() == ["cluster", "clusterLabel", "material", "materialLabel"]
    assert footer == "(3 rows)"
    starts = _column_starts(header)
    assert len(starts) == 4
    for row in rows:
        # every cell starts at the display column its header starts at
        cells = row.split("  ")
        cells = [c.strip() for c in cells if c.strip()]
        assert len(cells) == 4
        for cell, start in zip(cells, starts, strict=True):
            index = row.index(cell)
            assert display_width(row[:index]) == start, (row, cell)
    # the rule under each header is as wide as the widest cell of the column
    widths = [len(dash) for dash in rule.split("  ")]
    assert widths[1] == display_width("新材料产业集群") == 14
    # IRIs are shortened with the graph's prefixes in tables only
    assert "zkgr:new-materials-cluster" in text
    assert "https://" not in text


def test_table_escapes_line_breaks(mini: rdflib.Graph) -> None:
    text = format_result(run_query(mini, SENTENCE), "table")
    assert len(text.splitlines()) == 4  # header, rule, one row, footer
    assert "27.1%;\\n其中" in text


def test_table_with_no_rows(mini: rdflib.Graph) -> None:
    text = format_result(run_query(mini, "SELECT ?x WHERE { ?x a zkg:Person }"), "table")
    assert text.splitlines() == ["x", "-", "(0 rows)"]


def test_unknown_format() -> None:
    with pytest.raises(QueryError, match="unknown format"):
        format_result(QueryResult("ASK", boolean=True), "xml")


def test_output_is_deterministic(mini: rdflib.Graph) -> None:
    outputs = {
        format_result(run_query(load_graph(MINI), CLUSTERS), fmt)
        for fmt in ("table",)
        for _ in range(3)
    }
    assert len(outputs) == 1


def test_display_width() -> None:
    assert display_width("") == 0
    assert display_width("ab") == 2
    assert display_width("比亚迪") == 6
    assert display_width("“小巨人”") == 8  # curly quotes are ambiguous width: count one
    assert display_width("ＡＢ") == 4  # full-width Latin


# --------------------------------------------------------------------------- command line


def _cli_prefix() -> list[str]:
    """``python -m graph query`` once the main CLI exists, else this module's own main."""
    if (ROOT / "graph" / "__main__.py").exists() and (ROOT / "graph" / "cli.py").exists():
        return [sys.executable, "-m", "graph", "query"]
    return [sys.executable, "-m", "graph.query"]


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [*_cli_prefix(), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_ok_with_rq_file(tmp_path: Path) -> None:
    rq = tmp_path / "clusters.rq"
    rq.write_text(CLUSTERS, encoding="utf-8")
    done = _run_cli(str(MINI), str(rq), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout, newline="")))
    assert rows[0] == ["cluster", "clusterLabel", "material", "materialLabel"]
    assert len(rows) == 4


def test_cli_query_from_stdin() -> None:
    done = subprocess.run(
        [*_cli_prefix(), str(MINI), "-", "--format", "tsv"],
        input="SELECT ?l WHERE { ?c a zkg:Cluster ; rdfs:label ?l FILTER(lang(?l) = 'zh') } ORDER BY ?l",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "l\n先进制造业集群\n新材料产业集群\n"


def test_cli_no_results_is_success() -> None:
    done = _run_cli(str(MINI), "SELECT ?x WHERE { ?x a zkg:Person }")
    assert done.returncode == 0, done.stderr
    assert "(0 rows)" in done.stdout


def test_cli_syntax_error_exit_4(tmp_path: Path) -> None:
    rq = tmp_path / "broken.rq"
    rq.write_text("SELECT ?x\nWHERE {\n  ?x a zkg:Zone .\n  ?x ?p\n}\n", encoding="utf-8")
    done = _run_cli(str(MINI), str(rq), "--engine", "rdflib")
    assert done.returncode == 4
    assert f"{rq}:4:3: SPARQL syntax error" in done.stderr
    assert done.stdout == ""
    # Oxigraph (the default) reports where it gave up: the end of the group pattern
    done = _run_cli(str(MINI), str(rq))
    assert done.returncode == 4
    assert re.search(rf"{re.escape(str(rq))}:\d+:\d+: SPARQL syntax error: \S", done.stderr), done.stderr
    assert done.stdout == ""


def test_cli_missing_data_file_exit_2(tmp_path: Path) -> None:
    done = _run_cli(str(tmp_path / "missing.ttl"), "ASK {}")
    assert done.returncode == 2
    assert "missing.ttl: data file not found" in done.stderr


def test_cli_missing_query_file_exit_2(tmp_path: Path) -> None:
    done = _run_cli(str(MINI), str(tmp_path / "missing.rq"))
    assert done.returncode == 2
    assert "missing.rq: query file not found" in done.stderr


def test_cli_data_parse_error_exit_2() -> None:
    done = _run_cli(str(DATA / "bad-line7.ttl"), "ASK {}")
    assert done.returncode == 2
    assert "bad-line7.ttl:7:" in done.stderr


def test_cli_help_documents_exit_codes() -> None:
    done = _run_cli("--help")
    assert done.returncode == 0
    for code in ("0", "2", "4"):
        assert f"  {code}  " in done.stdout
    assert "--format" in done.stdout


def test_register_adds_the_sub_command(capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="zone-kg")
    subparsers = parser.add_subparsers(dest="command", required=True)
    register(subparsers)
    args = parser.parse_args(["query", str(MINI), "ASK { ?z a zkg:Zone }", "--format", "json"])
    assert args.command == "query" and args.format == "json"
    assert args.func(args) == 0
    assert json.loads(capsys.readouterr().out) == {"head": {}, "boolean": True}

    args = parser.parse_args(["query", str(MINI), "SELECT WHERE {"])
    assert args.func(args) == 4
    assert "SPARQL syntax error" in capsys.readouterr().err

    with pytest.raises(SystemExit) as info:
        parser.parse_args(["query", str(MINI), "ASK {}", "--format", "xml"])
    assert info.value.code == 2


# --------------------------------------------------------------------------- offline, limits (issue 11)


class Listener:
    """A TCP socket on 127.0.0.1 that accepts connections and never answers: counts who came."""

    def __init__(self) -> None:
        import socket
        import threading

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[object] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        try:
            while True:
                conn, _ = self.sock.accept()
                self.accepted.append(conn)  # kept open, never answered
        except OSError:
            return

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener() -> Any:
    server = Listener()
    yield server
    server.close()


ENGINES = ["oxigraph", "rdflib"]


@pytest.mark.parametrize("engine", ENGINES)
def test_service_is_refused_offline_and_nothing_is_contacted(listener: Listener, engine: str) -> None:
    query = f"SELECT * WHERE {{\n  ?z a zkg:Zone .\n  SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?z ?p ?o }}\n}}"
    done = _run_cli(str(MINI), query, "--engine", engine)
    assert done.returncode == 4, done.stderr
    assert f"<query>:3: SERVICE <http://127.0.0.1:{listener.port}/sparql>" in done.stderr
    assert "--allow-network" in done.stderr and "Traceback" not in done.stderr
    assert listener.accepted == []


@pytest.mark.parametrize("engine", ENGINES)
def test_allowed_service_is_bounded_by_the_timeout(listener: Listener, engine: str) -> None:
    import time

    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    started = time.monotonic()
    done = _run_cli(str(MINI), query, "--engine", engine, "--allow-network", "--timeout", "2")
    assert time.monotonic() - started < 60
    assert done.returncode in (1, 4), done.stderr  # stopped by --timeout (4) or the socket timeout (1)
    assert "longer than 2 s" in done.stderr or "timed out" in done.stderr, done.stderr
    assert listener.accepted, "with --allow-network the endpoint is contacted"


def test_keywords_inside_strings_iris_and_comments_are_not_refused(mini: rdflib.Graph) -> None:
    query = 'SELECT ?s WHERE { ?s ?p "SERVICE <http://x/> LOAD" } # SERVICE <http://x/>'
    check_query(query)
    assert run_query(mini, query).rows == ()
    check_query("SELECT ?service WHERE { ?service <http://x/SERVICE> ?load }")


@pytest.mark.parametrize("update", ["LOAD <http://127.0.0.1:9/data.ttl>",
                                    "PREFIX x: <urn:x:>\nLOAD SILENT <http://127.0.0.1:9/d.ttl> INTO GRAPH x:g"])
def test_load_is_refused_with_exit_4(update: str) -> None:
    with pytest.raises(NetworkRefusedError, match=r"LOAD .*<http://127\.0\.0\.1:9/d.*ttl> would fetch") as info:
        check_query(update, allow_network=True)
    assert info.value.exit_code == 4
    done = _run_cli(str(MINI), update)
    assert done.returncode == 4 and "read-only and offline" in done.stderr


def test_rdflib_from_is_refused_oxigraph_from_picks_a_graph(listener: Listener) -> None:
    query = f"SELECT * FROM <http://127.0.0.1:{listener.port}/g.ttl> WHERE {{ ?s ?p ?o }}"
    done = _run_cli(str(MINI), query, "--engine", "rdflib")
    assert done.returncode == 4 and "rdflib fetches FROM graphs" in done.stderr
    done = _run_cli(str(MINI), query.replace("SELECT *", "SELECT ?s ?p ?o"), "--format", "tsv")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "s\tp\to\n"  # no such graph in the data: no rows, no fetching
    assert listener.accepted == []


@pytest.mark.parametrize("engine", ENGINES)
def test_jsonld_remote_context_is_refused(tmp_path: Path, listener: Listener, engine: str) -> None:
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": f"http://127.0.0.1:{listener.port}/context.jsonld",
                                "@id": "urn:a", "name": "x"}), encoding="utf-8")
    done = _run_cli(str(path), "ASK {}", "--engine", engine)
    assert done.returncode == 4, done.stderr
    assert "@context" in done.stderr and "--allow-network" in done.stderr
    assert listener.accepted == []
    nested = tmp_path / "nested.jsonld"
    nested.write_text(json.dumps({"@context": [{"@import": "https://example.org/c.jsonld"}], "@id": "urn:a"}))
    assert _run_cli(str(nested), "ASK {}", "--engine", engine).returncode == 4


CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?q ?r ?s }"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_runaway_query_stops_at_the_timeout(engine: str) -> None:
    import time

    started = time.monotonic()
    done = _run_cli(str(MINI), CROSS_PRODUCT, "--engine", engine, "--timeout", "1")
    assert time.monotonic() - started < 60
    assert done.returncode == 4, done.stderr
    assert "ran longer than 1 s and was stopped" in done.stderr and "--timeout" in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("engine", ENGINES)
def test_row_cap(engine: str) -> None:
    done = _run_cli(str(MINI), "SELECT * WHERE { ?s ?p ?o }", "--engine", engine, "--max-rows", "5")
    assert done.returncode == 4, done.stderr
    assert "more than 5 rows (--max-rows)" in done.stderr and "LIMIT" in done.stderr
    assert done.stdout == ""
    done = _run_cli(str(MINI), "SELECT * WHERE { ?s ?p ?o } LIMIT 5", "--engine", engine, "--max-rows", "5",
                    "--format", "tsv")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 6


def test_row_cap_and_timeout_in_the_library(mini: rdflib.Graph) -> None:
    with pytest.raises(ResultTooLargeError):
        run_query(mini, "SELECT * WHERE { ?s ?p ?o }", max_rows=3)
    with pytest.raises(QueryTimeoutError):
        run_query(mini, CROSS_PRODUCT, timeout=0.5)
    assert len(run_query(mini, "SELECT * WHERE { ?s ?p ?o }", max_rows=0).rows) == len(mini)


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n  # and another\n"])
def test_empty_query_file_says_so(tmp_path: Path, text: str) -> None:
    rq = tmp_path / "empty.rq"
    rq.write_text(text, encoding="utf-8")
    with pytest.raises(QueryError, match="the query file is empty"):
        read_query(str(rq))
    done = _run_cli(str(MINI), str(rq))
    assert done.returncode == 2
    assert f"{rq}: the query file is empty" in done.stderr
    assert "Update" not in done.stderr


@pytest.mark.parametrize("engine", ENGINES)
def test_both_engines_take_the_files_prefixes_for_ad_hoc_queries(engine: str) -> None:
    done = _run_cli(str(MINI), "SELECT ?z WHERE { ?z a zkg:Zone }", "--engine", engine, "--format", "tsv")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "z\nhttps://w3id.org/zone-kg/id/fuzhou-hitech-zone\n"
    table = _run_cli(str(MINI), "SELECT ?z WHERE { ?z a zkg:Zone }", "--engine", engine)
    assert "zkgr:fuzhou-hitech-zone" in table.stdout


def test_oxigraph_unknown_prefix_is_located() -> None:
    done = _run_cli(str(MINI), "SELECT ?x WHERE {\n  ?x a foo:Zone\n}")
    assert done.returncode == 4
    assert "<query>:2:8: SPARQL syntax error: Unknown namespace prefix : foo" in done.stderr


def test_query_imports_neither_rdflib_nor_the_extractor() -> None:
    """Start-up: `zone-kg query` on Oxigraph needs neither (they took most of a second)."""
    code = (
        "import sys\nfrom graph.cli import main\n"
        f"rc = main(['query', {str(MINI)!r}, 'ASK {{ ?z a zkg:Zone }}'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'pyparsing', 'jieba')"
        " or m.startswith('graph.extract'))\n"
        "print(rc, heavy, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert done.stderr.strip().splitlines()[-1] == "0 []", done.stderr
