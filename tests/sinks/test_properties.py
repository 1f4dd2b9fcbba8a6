"""Property-based: whatever Unicode an article's names, quotes and descriptions hold, every RDF
export reads back (rdflib, pyoxigraph, rapper) as the graph that was built.

Hostile characters are drawn often: the ones ``str.splitlines()`` treats as line ends
(form feed, \\v, \\x1c-\\x1e, U+0085, U+2028, U+2029), other C0 controls and DEL, quotes,
backslashes, angle brackets, a BOM and non-characters. NUL is left to the loader's own
limits; lone surrogates cannot be written in UTF-8 and are refused by the loader when a
YAML escape spells one. Example counts are bounded so this file runs in seconds.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pyoxigraph
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import InputError
from graph.ontology import Ontology
from graph.pipeline import build_from_facts
from graph.sinks import get_exporter
from graph.sinks.rdfwriter import _Collector
from graph.sources.article import load_article
from tests.sinks.roundtrip import assert_three_parsers_agree

HOSTILE = "\f\v\x1c\x1d\x1e\x85\u2028\u2029\t\x01\x08\x1b\x7f\ufeff\ufffe\uffff\"'\\<>{}@#;:._-"
MARKERS = "【】"  # only the test puts these in the article, so each quote stands once

_char = st.one_of(
    st.sampled_from(HOSTILE),
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00\r\n" + MARKERS),
)
INLINE = st.text(alphabet=_char, max_size=12)
"""Text that may sit inside a quote: anything but NUL, line breaks and the markers."""
ANY = st.text(alphabet=st.one_of(_char, st.sampled_from("\r\n")), max_size=16)
"""Text of fields never looked up in the article: line breaks allowed too."""

EXAMPLES = int(os.environ.get("ZKG_PROPERTY_EXAMPLES", "25"))
"""Examples per property; raise it for a longer hunt: ``ZKG_PROPERTY_EXAMPLES=500 pytest …``."""
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def write_article(folder: Path, zone: str, cluster: str, tail: str, name_en: str, description: str, role: str) -> None:
    """An article folder whose names, quotes and descriptions carry the drawn text."""
    enterprise = f"甲{zone}公司"
    cluster_name = f"乙{cluster}集群"
    quotes = [f"【1】{enterprise}。", f"【2】打造{cluster_name}", f"【3】{enterprise}为龙头{tail}"]
    title = "性质测试报告"
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(f"{title}\n\n" + "\n\n".join(quotes) + "\n", encoding="utf-8")
    meta = {"id": folder.name, "title_zh": title, "language": "zh", "period": 2025,
            "source_note": f"x{description}y"}
    facts: dict[str, Any] = {
        "article": folder.name,
        "entities": [
            {"id": "ent", "classes": ["Enterprise"], "name_zh": enterprise, "name_en": f"E{name_en}.",
             "description_en": f"d{description}.", "evidence": [quotes[0]]},
            {"id": "clu", "classes": ["Cluster"], "name_zh": cluster_name, "evidence": [quotes[1]]},
        ],
        "relations": [{"subject": "ent", "predicate": "leadEnterpriseOf", "object": "clu",
                       "role_zh": f"龙{role}头", "evidence": [quotes[2]]}],
    }
    for name, data in (("meta.yaml", meta), ("facts.yaml", facts)):
        # every scalar double-quoted: PyYAML's plain style lets U+0085 through, which YAML reads as a line break
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_style='"')
        assert yaml.load(text, Loader=yaml.CSafeLoader) == data, "the test's YAML must round-trip"
        (folder / name).write_text(text, encoding="utf-8")


@SETTINGS
@given(zone=INLINE, cluster=INLINE, tail=INLINE, name_en=ANY, description=ANY, role=ANY)
def test_rdf_exports_read_back_as_the_built_graph(
    onto: Ontology, zone: str, cluster: str, tail: str, name_en: str, description: str, role: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "prop-2025"
        write_article(folder, zone, cluster, tail, name_en, description, role)
        built = build_from_facts(load_article(folder, onto), onto)
    assert f"甲{zone}公司" in {str(o) for o in built.data.objects()}
    collector = _Collector()
    collector.add(built.data)
    ours = b"".join(sorted(b" ".join(t) + b" .\n" for t in collector.triples))
    canonical = pyoxigraph.serialize(pyoxigraph.parse(ours, pyoxigraph.RdfFormat.N_TRIPLES), format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert ours == canonical, "the writer's own escaping is pyoxigraph's canonical N-Triples"
    for fmt in ("nt", "ttl", "nq", "trig", "jsonld"):
        # the dataset formats hold the named graphs (data); the others data plus ontology terms
        expected = built.data if fmt in ("nq", "trig") else built.rdf
        data = get_exporter(fmt).generate(built)
        assert_three_parsers_agree(data, fmt, expected)
        if fmt == "nt":
            lines = data.split(b"\n")
            assert lines.pop() == b"" and lines == sorted(lines)


@settings(max_examples=15, deadline=None, database=None)
@given(code=st.integers(min_value=0xD800, max_value=0xDFFF), field=st.sampled_from(["name_en", "description_en"]))
def test_a_lone_surrogate_is_refused_with_file_and_line(onto: Ontology, code: int, field: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "prop-2025"
        write_article(folder, "星", "云", "", "n", "d", "r")
        facts = folder / "facts.yaml"
        lines = facts.read_text(encoding="utf-8").splitlines(keepends=True)
        number = next(i for i, line in enumerate(lines) if line.strip().startswith(f'"{field}":'))
        lines[number] = f'  "{field}": "bad \\u{code:04X} text"\n'
        facts.write_text("".join(lines), encoding="utf-8")
        with pytest.raises(InputError) as info:
            load_article(folder, onto)
    message = str(info.value)
    assert f"facts.yaml:{number + 1}" in message
    assert "Unicode" in message
