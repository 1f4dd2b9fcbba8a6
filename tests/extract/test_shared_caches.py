"""The extractor's shared speed-ups answer exactly as the plain computations they replace.

``tokens`` segments jieba's blocks once each and cuts Han blocks with its own copy of jieba's
no-HMM cut; ``first_token`` cuts only the first block; ``find_figures`` remembers a clause without figures;
``Context.mentions_in`` remembers its answers. Each is compared here with the computation it
stands for, on every paragraph, sentence, segment and clause of the seed and the test reports.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.extract import dump_draft, extract_facts
from graph.extract.context import Context
from graph.extract.entities import find_mentions
from graph.extract.figures import find_figures
from graph.extract.segment import _tokenizer, first_token, tokens
from graph.extract.text import CLAUSE_END, CLOSERS, SEGMENT_END, SENTENCE_END, Document, _split
from tests.extract.conftest import ALL_IDS, folder_of

EDGE_CASES = ["", " ", "\r\n", "\r\n甲乙", "  双空格", "\u3000全角空格", "“引号”内", "ABC公司", "abc def", "3.5%增长",
              "A1B2芯片", "#&._%-", "5G基站和6G", "增长12.5个百分点,达到1045亿元", "甲\t乙\n丙", "x", "1", "中"]


def _pieces(text: str) -> list[str]:
    doc = Document(text)
    out = [text, doc.flat, *EDGE_CASES]
    for para in doc.paragraphs:
        out.append(para.text)
        for sent in para.sentences:
            out.append(sent.text)
            for seg in sent.segments:
                out += [seg.text, seg.text.lstrip(), *(c.text for c in seg.clauses)]
    return out


def _jieba_tokens(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """jieba's own ``Tokenizer.cut(text, HMM=False)`` on the whole text, tagged as ``tokens`` tags."""
    tok, split = _tokenizer()
    split.ensure(text)
    out, pos = [], 0
    for word in tok.cut(text, HMM=False):
        out.append((pos, pos + len(word), word, split.tags.get(word, "")))
        pos += len(word)
    return tuple(out)


@pytest.mark.parametrize("article_id", ALL_IDS)
def test_tokens_and_first_token_are_jiebas_cut(article_id: str) -> None:
    text = (folder_of(article_id) / "article.txt").read_text(encoding="utf-8")
    for piece in _pieces(text):
        expected = _jieba_tokens(piece)
        assert tokens(piece) == expected, piece
        assert first_token(piece) == expected[:1], piece


def test_find_figures_gives_new_figures_to_every_caller() -> None:
    clause = "实现营业收入1045亿元,同比增长12.5%"
    first = find_figures(clause)
    first.clear()  # a caller may change its list…
    again = find_figures(clause)
    assert [f.as_written for f in again] == ["1045亿元", "12.5%"]  # …the next caller still gets every figure
    # new value objects too: two records never share one (a YAML dump would write &id/*id for it)
    assert find_figures(clause)[0].value is not again[0].value
    assert find_figures("园区环境优美") == []


def test_repeated_text_gives_a_draft_without_aliases() -> None:
    seed = (folder_of("fuzhou-hitech-2025") / "article.txt").read_text(encoding="utf-8")
    text = seed * 2  # every figure clause twice: one value object shared by two records would be aliased
    draft = dump_draft(extract_facts(text, "t"), text)
    assert "value: 1045\n" in draft
    assert "&id" not in draft and "*id" not in draft


def test_mentions_in_answers_follow_the_mentions() -> None:
    ctx = Context("甲公司与乙公司合作。乙公司在丙市。", "t")
    ctx.table.add("甲公司", ("Enterprise",), 0)
    ctx.mentions = find_mentions(ctx.doc, ctx.table)
    whole = (0, len(ctx.doc.flat))
    assert [m.surface for m in ctx.mentions_in(*whole)] == ["甲公司"]
    ctx.mentions_in(*whole).clear()  # the caller's own list: the remembered answer is unchanged
    assert [m.surface for m in ctx.mentions_in(*whole)] == ["甲公司"]
    ctx.table.add("乙公司", ("Enterprise",), 4)
    ctx.mentions = find_mentions(ctx.doc, ctx.table)  # new mentions: the answers are computed again
    assert [m.surface for m in ctx.mentions_in(*whole)] == ["甲公司", "乙公司", "乙公司"]
    assert [m.surface for m in ctx.mentions_in(1, 9)] == ["乙公司"]  # wholly inside only



def _split_by_chars(text: str, start: int, enders: str, closers: str = "") -> list[tuple[int, int]]:
    """The character loop ``text._split`` replaced: cut after an ender and the enders/closers after it."""
    spans, begin, i, n = [], 0, 0, len(text)
    while i < n:
        if text[i] in enders:
            j = i + 1
            while j < n and (text[j] in enders or text[j] in closers):
                j += 1
            spans.append((start + begin, start + j))
            begin = i = j
            continue
        i += 1
    if begin < n:
        spans.append((start + begin, start + n))
    return spans


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=SENTENCE_END + CLAUSE_END + SEGMENT_END + CLOSERS + "甲乙 a]^-\\", max_size=20),
       st.integers(min_value=0, max_value=50))
def test_split_cuts_as_the_character_loop(text: str, start: int) -> None:
    for enders, closers in ((SENTENCE_END, CLOSERS), (SEGMENT_END, ""), (CLAUSE_END, ""), ("]^", "\\-")):
        assert _split(text, start, enders, closers) == _split_by_chars(text, start, enders, closers)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"甲乙丙企业公司等相继落户入驻进驻园区、,。;:", "落户", "入驻", "相继落户园区"]), max_size=30))
def test_settled_lists_read_only_in_clauses_with_the_verb(pieces: list[str]) -> None:
    from graph.extract.components.relations_lists import _SETTLED_LIST_RE, _settled_lists

    flat = "".join(pieces)

    assert [(m.span(), m.groups()) for m in _settled_lists(flat)] == \
        [(m.span(), m.groups()) for m in _SETTLED_LIST_RE.finditer(flat)]


@pytest.mark.parametrize("article_id", ALL_IDS)
def test_settled_lists_on_the_reports(article_id: str) -> None:
    from graph.extract.components.relations_lists import _SETTLED_LIST_RE, _settled_lists

    flat = Document((folder_of(article_id) / "article.txt").read_text(encoding="utf-8")).flat
    assert [(m.span(), m.groups()) for m in _settled_lists(flat)] == \
        [(m.span(), m.groups()) for m in _SETTLED_LIST_RE.finditer(flat)]


_NAME_PARTS = ["江西", "江西省", "甲", "乙", "甲乙", "电子", "科技", "汽车", "有限公司", "青山", "青山市"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=6), st.lists(st.sampled_from(_NAME_PARTS[:9]), min_size=1, max_size=3),
       st.sets(st.sampled_from(["青山", "甲乙", "江西"])))
def test_legal_name_prefix_tests_as_the_plain_loops(legal_parts: list[str], short_parts: list[str], places: set[str]) -> None:
    """``_opens_legal_core`` and ``_brand_and_trade`` look place prefixes up instead of trying each."""
    from graph.extract import lexicon as lx
    from graph.extract.discover import _RE0, _brand_and_trade, _opens_legal_core

    legal, short = "".join(legal_parts), "".join(short_parts)
    prefixes = ("", *(x + "省" for x in lx.PROVINCES), *lx.PROVINCES, *places)
    core = _RE0.sub("", legal)
    opens = core != short and any(core.startswith(p) and core[len(p):].startswith(short) for p in prefixes)
    assert _opens_legal_core(legal, short, places) == opens
    trade_core = core[:-2] if core.endswith(("科技", "技术")) and len(core) > 6 else core
    first = next((p for p in sorted(prefixes, key=len, reverse=True)
                  if trade_core.startswith(p) and len(trade_core) - len(p) > len(short)), None)
    brand = len(short) >= 4 and first is not None and trade_core[len(first):].startswith(short[:2]) \
        and trade_core[len(first):].endswith(short[2:])
    assert _brand_and_trade(legal, short, places) == brand


@pytest.mark.parametrize("article_id", ALL_IDS[:8])
def test_mentions_in_is_the_plain_filter(article_id: str) -> None:
    """``mentions_in`` checks the ends of the last mentions only (those within a longest name of the window's end)."""
    from graph.extract.pipeline import run_pipeline

    ctx = run_pipeline(Context((folder_of(article_id) / "article.txt").read_text(encoding="utf-8"), "t"))
    for para in ctx.doc.paragraphs:
        for sent in para.sentences:
            for seg in sent.segments:
                for c in seg.clauses:
                    for start, end in ((c.start, c.end), (max(0, c.start - 600), c.start), (c.start, c.start + 12)):
                        assert ctx.mentions_in(start, end) == [m for m in ctx.mentions if start <= m.start and m.end <= end]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"甲乙丙赴到来自和及与、等地城市省份区域,。 a1", "等地", "等省份", "来自"]), max_size=30))
def test_place_lists_read_only_in_runs_that_end_a_list(pieces: list[str]) -> None:
    from graph.extract.components.places import _PLACE_LIST_RE, _place_lists

    flat = "".join(pieces)
    assert [(m.span(), m.groups()) for m in _place_lists(flat)] == \
        [(m.span(), m.groups()) for m in _PLACE_LIST_RE.finditer(flat)]


@pytest.mark.parametrize("article_id", ALL_IDS)
def test_place_lists_on_the_reports(article_id: str) -> None:
    from graph.extract.components.places import _PLACE_LIST_RE, _place_lists

    flat = Document((folder_of(article_id) / "article.txt").read_text(encoding="utf-8")).flat
    assert [(m.span(), m.groups()) for m in _place_lists(flat)] == \
        [(m.span(), m.groups()) for m in _PLACE_LIST_RE.finditer(flat)]
