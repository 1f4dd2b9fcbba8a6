"""Property-based: arbitrary Unicode in names, aliases, quotes, sentences, descriptions,
figures and relation labels gives an HTML view that shows that text as text and runs no
script of it, in real chromium (a bounded number of examples: each opens a page)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.sinks.html import generate_html

PAYLOADS = [
    "<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=1</script>", "<svg onload=window.__pwned=1>",
    "javascript:window.__pwned=1", "@@APP_JS@@", "<!--", "]]>", "\u2028", "\u2029", "\f",
    "\x0b", "\x1b", "\u200b", "\ufeff", "&lt;b&gt;", "${window.__pwned=1}", "'\"`",
]
# any code point but NUL and surrogates (lone surrogates are refused by the writers),
# mixed with markup that would run if it ever reached the DOM as HTML
text = st.lists(
    st.one_of(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                      max_size=12), st.sampled_from(PAYLOADS)),
    min_size=1, max_size=4,
).map("".join).filter(lambda s: s.strip() != "")


def graph_of(name: str, alias: str, quote: str, description: str, relation: str,
             figure: str) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(article={"title_zh": name, "source_note": description})
    ev = {"quote": quote, "start": 0, "end": len(quote), "line": 1, "sentence": f"{relation}{quote}{name}"}
    g.add_node("target", kind="entity", classes=["Enterprise"], label_zh=name, label_en=alias,
               aliases_zh=[alias], description_en=description, evidence=[ev],
               figures=[{"id": "f", "indicator_zh": figure, "as_written": figure, "value": "1",
                         "unit": figure, "period": 2024, "evidence": [ev]},
                        {"id": "g", "indicator_zh": figure, "as_written": figure, "value": "2",
                         "unit": figure, "period": 2025, "evidence": [ev]}])
    g.add_node("zone", kind="entity", classes=["Zone"], label_zh="园区", evidence=[ev])
    g.add_edge("target", "zone", key="locatedIn", predicate="locatedIn", label_zh=relation,
               label_en=relation, role_zh=quote, evidence=[ev])
    return g


@pytest.mark.browser
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=text, alias=text, quote=text, description=text, relation=text, figure=text)
def test_arbitrary_text_is_shown_never_run(
    open_html: Any, tmp_path: Path, name: str, alias: str, quote: str, description: str,
    relation: str, figure: str,
) -> None:
    path = tmp_path / "prop.html"
    path.write_text(generate_html(graph_of(name, alias, quote, description, relation, figure)),
                    encoding="utf-8")
    opened = open_html(path)
    page = opened.page
    opened.js("zkg.selectNode('target')")
    panel = opened.js("zkg.panelText()")
    for shown in (name, alias, description, figure):
        assert shown in panel
    opened.js("zkg.showEdge(zkg.data.edges.find(e => e.from === 'target').id)")
    assert relation in opened.js("zkg.panelText()")
    opened.js("zkg.setLang('en')")
    opened.js("zkg.selectNode('target')")
    page.locator("#zkg-panel-body g.zkg-pt").first.click()  # the chart's evidence
    assert opened.js("typeof window.__pwned") == "undefined"
    assert page.locator("#zkg-panel-body script, #zkg-panel-body img, #zkg-panel-body svg svg").count() == 0
    assert opened.js("document.querySelectorAll('script').length") == 3  # data, vis, view
    assert opened.errors == [] and opened.blocked == []
    page.close()
