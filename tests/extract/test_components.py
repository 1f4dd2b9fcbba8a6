"""Each extraction component on its own, on invented sentences (graph/extract/pipeline.py, components/*).

A component is run on a fresh :class:`Context` after only the components it reads from
(``run_until``), so a test fails when that one component's behaviour changes.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from graph.extract.components.emit import draft_dict, emit
from graph.extract.components.enumerations import enumerations
from graph.extract.components.figures_clause import figures
from graph.extract.components.periods import title_year
from graph.extract.components.photos import photos
from graph.extract.components.relations_lists import _ENUM_RULES
from graph.extract.context import Context
from graph.extract.pipeline import PIPELINE, discover_names, find_all_mentions, run_pipeline
from graph.model import FactsFile
from tests.extract.conftest import names_of, run_until

TITLE = "甲川高新区2025年经济运行简报\n\n"




def test_pipeline_names_are_unique_and_run_in_order() -> None:
    names = [name for name, _ in PIPELINE]
    assert len(names) == len(set(names))
    assert names[0] == "discover" and names.index("main_zone") < names.index("paragraphs")


def test_context_creates_every_field_in_init() -> None:
    """No component adds an attribute: what a component needs is a field set in Context.__init__."""
    ctx = Context(TITLE + "2025年,甲川高新区实现营业收入120亿元,同比增长8.5%。", "t")
    before = set(vars(ctx))
    run_pipeline(ctx)
    assert set(vars(ctx)) == before


def test_discover_finds_a_zone_and_a_legal_company_name() -> None:
    ctx = Context(TITLE + "星河科技有限公司落户甲川高新区。", "t")
    discover_names(ctx)
    assert names_of(ctx, "Zone") == ["甲川高新区"]
    assert names_of(ctx, "Enterprise") == ["星河科技有限公司"]


def test_enumerations_reads_the_items_of_a_list_of_leading_industries() -> None:
    ctx = Context(TITLE + "园区以新能源、新材料为主导产业。", "t")
    discover_names(ctx)
    enumerations(ctx)
    leading = [[e.name for e in items] for _, _, head, items in ctx.enums if head == "leading"]
    assert {tuple(items) for items in leading} == {("新能源", "新材料")}
    assert set(names_of(ctx, "Industry")) == {"新能源", "新材料"}


def test_enums_in_returns_the_lists_opening_in_a_span_in_reading_order() -> None:
    ctx = Context(TITLE + "园区以新能源、新材料为主导产业。园区聚焦储能、氢能等产业。", "t")
    discover_names(ctx)
    enumerations(ctx)
    starts = [e[0] for e in ctx.enums]
    assert ctx.enums_in(0, len(ctx.doc.flat)) == ctx.enums
    assert ctx.enums_in(max(starts), max(starts) + 1) == [e for e in ctx.enums if e[0] == max(starts)]
    assert ctx.enums_in(0, 1) == []


def test_main_zone_is_the_zone_named_most() -> None:
    ctx = run_until(TITLE + "甲川高新区与乙山经开区签约。甲川高新区营收增长。", "main_zone")
    assert ctx.main_zone is not None and ctx.main_zone.name == "甲川高新区"


def test_anaphora_makes_the_zone_word_an_alias_of_the_main_zone() -> None:
    ctx = run_until(TITLE + "甲川高新区营收增长。该区聚焦新能源、新材料等产业。", "anaphora_aliases")
    assert ctx.table.get("该区") is ctx.main_zone


def test_photos_turns_a_caption_line_into_a_photo() -> None:
    ctx = run_until("甲川高新区2025年发展报告\n\n星河科技有限公司铜箔生产线\n\n星河科技有限公司年产铜箔2万吨。",
                    "mentions_after_aliases")
    photos(ctx)
    assert names_of(ctx, "Photo") == ["星河科技有限公司铜箔生产线"]


def test_figures_records_a_zone_figure_with_its_change_and_period() -> None:
    ctx = run_until(TITLE + "2025年,甲川高新区实现营业收入120亿元,同比增长8.5%。", "mentions_after_photos")
    para = ctx.doc.paragraphs[1]
    sent = para.sentences[0]
    seg = sent.segments[0]
    clause = next(c for c in seg.clauses if "120" in c.text)
    figures(ctx, para, sent, seg, clause, None, ctx.main_zone, None)
    (obs,) = ctx.obs
    assert (obs.subject.name, obs.indicator, obs.fig.value, obs.fig.unit, obs.period) == \
        ("甲川高新区", "营业收入", Decimal("120"), "亿元", 2025)


def test_title_year_is_the_year_the_title_names() -> None:
    assert title_year(Context(TITLE + "全年营收增长。", "t")) == 2025
    assert title_year(Context("甲川高新区发展报告\n\n全年营收增长。", "t")) is None


@pytest.mark.parametrize(("head", "rule"), [("leading", "_enum_leading_industries"), ("chain", "_enum_chain_segments"),
                                            ("产业:以", "_enum_focus_pattern"), ("技术:围绕", "_enum_technologies")])
def test_list_relations_pick_their_rule_by_the_list_head(head: str, rule: str) -> None:
    chosen = next(r for matches, _, r in _ENUM_RULES if matches(head))
    assert chosen.__name__ == rule


def test_funding_component_drafts_a_credit_line() -> None:
    ctx = run_until(TITLE + "星河科技有限公司获得长江银行5000万元授信。", "paragraphs")
    (event,) = ctx.funding
    assert (event["recipient"].name, [f.name for f in event["funders"]], event["instrument"]) == \
        ("星河科技有限公司", ["长江银行"], "credit_line")


def test_leading_industries_become_relations_of_the_zone() -> None:
    ctx = run_until(TITLE + "甲川高新区营收增长。园区以新能源、新材料为主导产业。", "paragraphs")
    assert {(r["subject"].name, r["predicate"], r["object"].name) for r in ctx.relations} == {
        ("甲川高新区", "hasLeadingIndustry", "新能源"), ("甲川高新区", "hasLeadingIndustry", "新材料")}


def test_emit_builds_model_records_and_draft_dict_keeps_the_draft_layout() -> None:
    ctx = run_pipeline(Context(TITLE + "2025年,甲川高新区实现营业收入120亿元,同比增长8.5%。", "t"))
    facts = emit(ctx)
    assert isinstance(facts, FactsFile)
    assert [e.name_zh for e in facts.entities] == ["甲川高新区"]
    obs = draft_dict(facts)["observations"][0]
    assert "review" not in obs  # only records that need a check carry a review
    assert list(obs["change"]) == ["as_written", "value", "unit", "comparison", "qualifier"]
    assert obs["change"]["as_written"] == "同比增长8.5%"


def test_find_all_mentions_sorts_mentions_for_mentions_in() -> None:
    ctx = Context(TITLE + "甲川高新区营收增长,甲川高新区聚焦新能源。", "t")
    discover_names(ctx)
    find_all_mentions(ctx)
    starts = [m.start for m in ctx.mentions]
    assert starts == sorted(starts) and len(starts) >= 3
    inside = ctx.mentions_in(starts[1], starts[1] + len("甲川高新区"))
    assert [m.start for m in inside] == [starts[1]]


def test_split_dictionary_segments_like_jieba_with_its_whole_dictionary(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache (built in a fresh cache folder) gives jieba's own segmentation and tags."""
    import jieba
    import jieba.posseg

    from graph.extract import segment

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    tok = jieba.Tokenizer()
    split = segment._load_split_dictionary(jieba, tok)
    assert list((tmp_path / "zone-kg").iterdir())  # written to the user's cache folder, not the source tree
    text = "星河科技有限公司获得长江银行5000万元授信,用于年产2万吨铜箔项目"
    split.ensure(text)
    tok.FREQ, tok.total, tok.initialized = split.freq, split.total, True
    whole = jieba.Tokenizer()
    whole.initialize()
    assert list(tok.cut(text, HMM=False)) == list(whole.cut(text, HMM=False))
    assert all(split.tags.get(w, "") == jieba.posseg.dt.word_tag_tab.get(w, "") for w in whole.cut(text, HMM=False))
    again = segment._load_split_dictionary(jieba, jieba.Tokenizer())  # read back from the cache file
    again.ensure(text)
    assert again.total == split.total and all(again.freq[w] == split.freq[w] for w in split.freq)
