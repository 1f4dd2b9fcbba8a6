"""The evaluator and the extract/eval sub-commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from graph.extract.cli import main
from graph.extract.evaluate import evaluate, format_report, normalise_name
from tests.extract.conftest import REPORTS

GOLD: dict[str, Any] = {
    "article": "x",
    "entities": [
        {"id": "zone", "classes": ["Zone"], "name_zh": "江北高新区", "evidence": ["q"]},
        {"id": "co", "classes": ["Enterprise"], "name_zh": "江苏恒达电子科技有限公司", "aliases_zh": ["恒达电子"], "evidence": ["q"]},
        {"id": "lab", "classes": ["Platform"], "name_zh": "智能实验室", "evidence": ["q"]},
    ],
    "relations": [{"subject": "lab", "predicate": "foundedBy", "object": "co", "evidence": ["q"]}],
    "observations": [{"id": "o1", "subject": "co", "value": 80, "unit": "项", "as_written": "80余项"}],
}
PRED: dict[str, Any] = {
    "article": "x",
    "entities": [
        {"id": "e1", "classes": ["Zone"], "name_zh": "江北高新区"},
        {"id": "e2", "classes": ["Enterprise"], "name_zh": "江苏省恒达电子科技有限公司"},
        {"id": "e3", "classes": ["Person"], "name_zh": "智能实验室"},
    ],
    "relations": [{"subject": "e3", "predicate": "foundedBy", "object": "e2"}],
    "observations": [{"id": "p1", "subject": "e2", "value": "80", "unit": "项", "as_written": "80余项"},
                     {"id": "p2", "subject": "e1", "value": 3, "unit": "个", "as_written": "3个"}],
}


def test_normalise_name() -> None:
    assert normalise_name("江苏省恒达电子科技有限公司") == normalise_name("江苏恒达电子科技") == "江苏恒达电子科技"
    assert normalise_name("ＡＢＣ 集团") == "ABC集团"


def test_evaluate_scores() -> None:
    report = evaluate(GOLD, PRED)
    assert report.alignment == {"e1": "zone", "e2": "co"}  # e3: name matches, class does not
    assert (report.entities.tp, report.entities.n_gold, report.entities.n_pred) == (2, 3, 3)
    assert report.figures.tp == 1 and report.figures.recall == 1.0 and report.figures.precision == 0.5
    assert report.relations.tp == 0 and report.relations.misses == ["lab foundedBy co"]
    table = format_report(report)
    assert "entities" in table and "0.667" in table
    assert json.loads(report.to_json())["figures"]["precision"] == 0.5


def test_perfect_and_empty() -> None:
    assert evaluate(GOLD, GOLD).entities.f1 == 1.0
    empty = evaluate(GOLD, {"article": "x"})
    assert empty.entities.recall == 0.0 and empty.entities.f1 == 0.0


def test_cli_extract_and_eval(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = REPORTS / "hunan-zhuzhou-hitech-2025"
    draft = tmp_path / "facts.draft.yaml"
    assert main(["extract", str(folder / "article.txt"), "-o", str(draft)]) == 0
    assert draft.read_text(encoding="utf-8").count("article: hunan-zhuzhou-hitech-2025") == 1
    assert main(["eval", "--gold", str(folder / "facts.yaml"), "--pred", str(draft), "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out[out.index("{"):])
    assert data["entities"]["f1"] >= 0.85


def test_cli_errors_name_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing), "-o", str(tmp_path / "x.yaml"), "--article-id", "x"]) == 2
    assert str(missing) in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("article: [unclosed\n", encoding="utf-8")
    assert main(["eval", "--gold", str(bad), "--pred", str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "YAML" in err
    assert main(["eval", "--gold", str(missing), "--pred", str(bad)]) == 2
    assert "file not found" in capsys.readouterr().err
    assert main(["eval", "--gold", str(bad / "facts.yaml"), "--pred", str(bad)]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["extract", str(REPORTS / "README.md"), "-o", str(tmp_path / "y.yaml"), "--article-id", "Bad Id"]) == 2


def _one_figure(value: Any, unit: str, value_max: Any = None) -> dict[str, Any]:
    entities = [{"id": "co", "classes": ["Enterprise"], "name_zh": "恒达电子"}]
    obs: dict[str, Any] = {"id": "o", "subject": "co", "value": value, "unit": unit, "as_written": "x"}
    if value_max is not None:
        obs["value_max"] = value_max
    return {"article": "x", "entities": entities, "observations": [obs]}


@pytest.mark.parametrize(("gold", "pred"), [
    ((300, "count"), (300, "台")),  # a counting word and the plain count: one standard unit
    ((1.2, "亿元"), (12000, "万元")),  # the same amount in two multipliers of yuan
    ((15000, "人"), (15000, "人")),
    ((2.5, "公里"), (2500, "米")),
    ((120, "万千瓦"), (1.2, "吉瓦")),
    ((3, "万吨", 5), (30000, "吨", 50000)),  # value_max converted with the value
])
def test_figures_compare_in_standard_units(gold: tuple[Any, ...], pred: tuple[Any, ...]) -> None:
    report = evaluate(_one_figure(*gold), _one_figure(*pred))
    assert report.figures.tp == 1
    raw = evaluate(_one_figure(*gold), _one_figure(*pred), normalised=False)
    assert raw.figures.tp == (1 if gold == pred else 0)


@pytest.mark.parametrize(("gold", "pred"), [
    ((5, "%"), (5, "个百分点")),  # a share and a change of a share
    ((3, "亿美元"), (3, "亿元")),  # currencies are never converted
    ((3, "亿元"), (3, "万元")),
    ((3, "万吨", 5), (3, "万吨")),  # a range is not its lower bound
    ((7, "批次"), (7, "个")),  # a unit the ontology lacks is compared as written
])
def test_different_quantities_stay_apart(gold: tuple[Any, ...], pred: tuple[Any, ...]) -> None:
    assert evaluate(_one_figure(*gold), _one_figure(*pred)).figures.tp == 0


def test_cli_raw_units(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    gold, pred = tmp_path / "gold.yaml", tmp_path / "pred.yaml"
    gold.write_text(yaml.safe_dump(_one_figure(300, "count"), allow_unicode=True), encoding="utf-8")
    pred.write_text(yaml.safe_dump(_one_figure(300, "台"), allow_unicode=True), encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--pred", str(pred), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["figures"]["tp"] == 1
    assert main(["eval", "--gold", str(gold), "--pred", str(pred), "--json", "--raw-units"]) == 0
    assert json.loads(capsys.readouterr().out)["figures"]["tp"] == 0
