"""graph.sinks.ntriples: sorted lines, no blank nodes, same graph, whatever the text holds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyoxigraph
import yaml
from rdflib import Graph
from rdflib.compare import isomorphic

from graph.pipeline import BuiltGraph, build_article
from graph.sinks import ntriples

# Characters that str.splitlines() treats as line ends although N-Triples does not,
# plus C0 controls that must be escaped: each has broken the sorted .nt once.
HOSTILE = {
    "示范银行": "示范\f银行",
    "星河科技有限公司": "星河\u2028科技\u2029有限\x85公\v司",
    "张三": "张\x1c三\x1d\x1e",
}


def _replace(value: Any) -> Any:
    if isinstance(value, str):
        for old, new in HOSTILE.items():
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [_replace(v) for v in value]
    if isinstance(value, dict):
        return {k: _replace(v) for k, v in value.items()}
    return value


def hostile_copy(folder: Path) -> Path:
    """The mini article with line-separator look-alikes and controls in names and quotes."""
    text = (folder / "article.txt").read_text(encoding="utf-8")
    (folder / "article.txt").write_text(_replace(text), encoding="utf-8")
    for name in ("facts.yaml", "meta.yaml"):
        data = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
        (folder / name).write_text(yaml.safe_dump(_replace(data), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


def test_ntriples_is_sorted_and_isomorphic(seed_built: BuiltGraph) -> None:
    data = ntriples.generate(seed_built)
    lines = data.decode("utf-8").split("\n")
    assert lines.pop() == ""
    assert lines == sorted(lines)
    assert not any(line.startswith("_:") or " _:" in line for line in lines), "no blank nodes"
    g = Graph()
    g.parse(data=data, format="nt")
    assert isomorphic(g, seed_built.rdf)


def test_form_feed_and_unicode_line_separators_keep_ntriples_valid(mini_copy: Path) -> None:
    """Regression: the lines were split with str.splitlines(), which also splits at
    \\f, \\v, \\x1c-\\x1e, U+0085, U+2028 and U+2029 inside literals: invalid N-Triples."""
    built = build_article(hostile_copy(mini_copy))
    labels = {str(o) for o in built.data.objects()}
    assert "示范\f银行" in labels and "星河\u2028科技\u2029有限\x85公\v司" in labels
    data = ntriples.generate(built)
    lines = data.split(b"\n")
    assert lines.pop() == b""
    assert all(line.endswith(b" .") for line in lines)
    assert lines == sorted(lines)
    g = Graph()
    g.parse(data=data, format="nt")
    assert isomorphic(g, built.rdf)
    assert len(list(pyoxigraph.parse(data, pyoxigraph.RdfFormat.N_TRIPLES))) == len(built.rdf)


def test_rdf_bytes_do_not_depend_on_the_hash_seed(mini_copy: Path) -> None:
    folder = hostile_copy(mini_copy)
    code = "import sys; from pathlib import Path; from graph.sinks import jsonld, ntriples, trig, turtle; " \
           "from graph.pipeline import build_article; b = build_article(Path(sys.argv[1])); " \
           "sys.stdout.buffer.write(ntriples.generate(b) + turtle.generate(b) + jsonld.generate(b) + trig.generate(b))"
    outs = {
        subprocess.run([sys.executable, "-c", code, str(folder)], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(outs) == 1


def test_a_bad_ntriples_line_is_located_past_unicode_line_separators() -> None:
    """Regression: ``zone-kg query`` located a bad line with str.splitlines(), so a raw
    U+2028 or form feed inside an earlier literal (valid N-Triples) shifted the line number."""
    from graph.query import _first_bad_line

    text = '<http://e/s> <http://e/p> "a\u2028b\fc\x85d" .\n<http://e/s> <http://e/p> oops .\n'
    assert _first_bad_line(text, "nt") == 2
