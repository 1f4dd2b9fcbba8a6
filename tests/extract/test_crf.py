"""The name CRF (graph.extract.crf) and the optional crf_names component.

Training is reproducible (same golds → same model bytes), the shipped model is the one
``make train`` writes, it loads from the installed package, and the component proposes names
no rule found in an invented sentence. Sentences and names here are invented.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

pycrfsuite = pytest.importorskip("pycrfsuite")

from graph.extract.components.crf_names import REVIEW, crf_names, crf_names_with, propose, with_crf_names  # noqa: E402
from graph.extract.context import Context  # noqa: E402
from graph.extract.crf import (  # noqa: E402
    MODEL_PATH,
    NameTagger,
    bio,
    features,
    gold_spans,
    load_tagger,
    locate,
    main,
    spans_of,
    train,
    training_items,
)
from graph.extract.pipeline import PIPELINE, extract_facts, pipeline  # noqa: E402
from graph.extract.text import Document  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GOLD_FOLDERS = sorted([*ROOT.glob("data/articles/*/"), *ROOT.glob("tests/data/reports/*/")], key=lambda f: f.name)
GOLD_FOLDERS = [f for f in GOLD_FOLDERS if (f / "facts.yaml").is_file()]

# invented training paragraphs: companies named without a legal form before 与/签约, people before 说
INVENTED = [
    ("会上,云帆智驾与澜海氢能签约。", [(3, 7, "ORG"), (8, 12, "ORG")]),
    ("当天,星河传感与北辰光电签约。", [(3, 7, "ORG"), (8, 12, "ORG")]),
    ("随后,江屿材料与青岚芯片签约。", [(3, 7, "ORG"), (8, 12, "ORG")]),
    ("王立新说,园区今年很忙。", [(0, 3, "PER")]),
    ("李春燕说,企业今年很忙。", [(0, 3, "PER")]),
]


def _invented_model(tmp_path: Path) -> Path:
    out = tmp_path / "invented.crfsuite"
    train([(text, bio(text, spans)) for text, spans in INVENTED], out)
    return out


def test_bio_and_spans_round_trip() -> None:
    labels = bio("甲乙公司与丙丁说", [(0, 4, "ORG"), (5, 7, "PER")])
    assert labels == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"]
    assert spans_of(labels) == [(0, 4, "ORG"), (5, 7, "PER")]
    assert spans_of(["I-ORG", "I-ORG", "B-PER", "O"]) == [(0, 2, "ORG"), (2, 3, "PER")]


def test_locate_takes_the_longest_then_the_leftmost_occurrence() -> None:
    flat = "江北高新区管委会与江北高新区签约"
    spans = locate(flat, [("江北高新区", "ZONE"), ("江北高新区管委会", "ORG"), ("高新区管委", "ORG")])
    assert spans == [(0, 8, "ORG"), (9, 14, "ZONE")]


def test_gold_spans_skip_anaphors_and_bare_cue_words() -> None:
    doc = Document("江北高新区今年很忙。该区新设基金。高新区很大。")
    facts = {"entities": [{"id": "z", "classes": ["Zone"], "name_zh": "江北高新区", "aliases_zh": ["该区", "高新区"]},
                          {"id": "p", "classes": ["Photo"], "name_zh": "今年很忙"}]}
    assert gold_spans(doc, facts) == [(0, 5, "ZONE")]


def test_features_describe_every_character() -> None:
    feats = features("华兴科技有限公司")
    assert len(feats) == 8
    assert "c=华" in feats[0] and "c+1=兴" in feats[0] and "c-1=\x02" in feats[0]
    assert any(f.startswith("cue=B:legal") for f in feats[4])  # 有限公司: a legal-form cue
    assert len({len(row) for row in feats}) == 1


def test_training_is_reproducible(tmp_path: Path) -> None:
    items = training_items(GOLD_FOLDERS[:3])
    first, second = tmp_path / "a" / "m.crfsuite", tmp_path / "b" / "m.crfsuite"
    train(items, first)
    train(items, second)
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_size > 1000


def test_the_shipped_model_is_what_make_train_writes(tmp_path: Path) -> None:
    """Retrained on every seed and dev gold (never a holdout), byte for byte the shipped model
    (after a gold file changes: run `make train`)."""
    out = tmp_path / "names.crfsuite"
    assert main([*map(str, GOLD_FOLDERS), "--out", str(out)]) == 0
    assert out.read_bytes() == MODEL_PATH.read_bytes(), "the shipped model is stale: run `make train`"


def test_the_model_loads_from_the_package() -> None:
    shipped = resources.files("graph.extract").joinpath("models/names.crfsuite")
    assert shipped.is_file()
    assert Path(str(shipped)) == MODEL_PATH
    assert load_tagger().tag("") == []


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make train"):
        NameTagger(tmp_path / "none.crfsuite")


def test_the_component_proposes_names_no_rule_found(tmp_path: Path) -> None:
    tagger = NameTagger(_invented_model(tmp_path))
    text = "会上,江屿材料与澜海氢能签约。"
    ctx = Context(text, "case")
    for _, component in PIPELINE[:7]:  # the name components, up to drop_swallowed
        component(ctx)
    assert ctx.table.get("江屿材料") is None and ctx.table.get("澜海氢能") is None  # no rule finds them
    assert [name for name, _, _ in propose(ctx, tagger)] == ["江屿材料", "澜海氢能"]
    crf_names_with(tagger)(ctx)
    found = ctx.table.get("澜海氢能")
    assert found is not None and found.classes == {"Enterprise"} and found.review == REVIEW
    assert {m.surface for m in ctx.mentions} >= {"江屿材料", "澜海氢能"}


def test_the_component_leaves_names_the_rules_found(tmp_path: Path) -> None:
    tagger = NameTagger(_invented_model(tmp_path))
    ctx = Context("会上,江屿材料有限公司与澜海氢能签约。", "case")
    for _, component in PIPELINE[:7]:
        component(ctx)
    assert ctx.table.get("江屿材料有限公司") is not None
    assert [name for name, _, _ in propose(ctx, tagger)] == ["澜海氢能"]


def test_the_shipped_model_on_an_invented_sentence() -> None:
    # A statistical model, retrained with the dev golds (make train): its boundaries move between
    # retrainings. Retrained on 51 folders (round 10) it finds 云帆锂业 here and misses 澜海氢能 after
    # it, cuts 云帆智驾 to 云帆智 and misses 云帆微电 — an optional proposer whose names are marked
    # for review, measured in README "Draft extraction" (make crf-cv), not a guarantee per sentence.
    sentence = "会上,云帆锂业与澜海氢能签约,总投资12亿元。"
    facts = extract_facts(sentence, "case", pipeline(crf_names=True))
    names = {e["name_zh"]: (e["classes"], e.get("review")) for e in facts["entities"]}
    assert names.get("云帆锂业", (None, None))[0] == ["Enterprise"]
    assert names["云帆锂业"][1], "a name only the CRF proposed is marked for review"
    assert extract_facts(sentence, "case")["entities"] == []  # the rules alone find neither name
    ctx = Context("会上,云帆锂业与澜海氢能签约。", "case")
    crf_names(ctx)
    assert ctx.table.get("云帆锂业") is not None


def test_the_switch_inserts_the_component_after_the_rules_names() -> None:
    names = [n for n, _ in pipeline(crf_names=True)]
    assert names.index("crf_names") == names.index("drop_swallowed") + 1
    assert pipeline() is PIPELINE and "crf_names" not in [n for n, _ in PIPELINE]
    with pytest.raises(ValueError, match="no component"):
        with_crf_names(PIPELINE, after="nothing")


def test_the_cli_switch(tmp_path: Path) -> None:
    from graph.extract.cli import main as cli

    article = tmp_path / "case-2025" / "article.txt"
    article.parent.mkdir()
    article.write_text("会上,云帆智驾与澜海氢能签约,总投资12亿元。\n", encoding="utf-8")
    for flag, out in (([], "plain.yaml"), (["--crf-names"], "crf.yaml")):
        assert cli(["extract", str(article), "-o", str(tmp_path / out), *flag]) == 0
    assert "云帆智驾" not in (tmp_path / "plain.yaml").read_text(encoding="utf-8")
    drafted = (tmp_path / "crf.yaml").read_text(encoding="utf-8")
    assert "云帆智驾" in drafted and "character CRF" in drafted
