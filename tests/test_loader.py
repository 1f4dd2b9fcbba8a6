"""graph.loader: schema and semantic checks, with file, line and field in every error."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.loader import QuoteIndex, load_article
from tests.conftest import MINI, SEED


def edit(folder: Path, old: str, new: str, file: str = "facts.yaml") -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(folder: Path, needle: str, file: str = "facts.yaml") -> int:
    for number, line in enumerate((folder / file).read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def problems(folder: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        load_article(folder)
    return [str(p) for p in info.value.problems]


def test_mini_article_loads_with_offsets() -> None:
    facts = load_article(MINI)
    ev = facts.evidence["打造新材料产业集群"]
    assert facts.text[ev.start:ev.end] == "打造新材料产业集\n\n群"
    assert ev.line == 7
    assert ev.sentence == "示范高新区以星河科技有限公司为龙头,打造新材料产业集群。"
    assert facts.facts.observations[0].change is not None
    assert facts.facts.observations[0].change.value == Decimal("10.5")


def test_every_quote_of_the_seed_article_is_located_exactly() -> None:
    facts = load_article(SEED)
    assert facts.evidence
    for quote, ev in facts.evidence.items():
        assert facts.text[ev.start:ev.end].replace("\n", "") == quote
        assert quote in ev.sentence.replace("\n", "")


def test_yaml_syntax_error_names_the_line(mini_copy: Path) -> None:
    edit(mini_copy, "    classes: [Cluster]", "    classes: [Cluster")
    (msg,) = problems(mini_copy)
    assert "facts.yaml:" in msg and "YAML syntax error" in msg


def test_duplicate_yaml_key(mini_copy: Path) -> None:
    edit(mini_copy, "    name_en: Demo Bank\n", "    name_en: Demo Bank\n    name_en: Demo Bank 2\n")
    (msg,) = problems(mini_copy)
    assert f"facts.yaml:{line_of(mini_copy, 'Demo Bank 2')}" in msg and "duplicate key 'name_en'" in msg


def test_unknown_class(mini_copy: Path) -> None:
    edit(mini_copy, "classes: [Cluster]", "classes: [Clustr]")
    (msg,) = problems(mini_copy)
    assert f"facts.yaml:{line_of(mini_copy, 'Clustr')} [entities[2].classes[0]]" in msg
    assert "unknown class 'Clustr'" in msg


def test_unknown_predicate(mini_copy: Path) -> None:
    edit(mini_copy, "predicate: developsCluster", "predicate: buildsCluster")
    (msg,) = problems(mini_copy)
    assert f":{line_of(mini_copy, 'buildsCluster')} [relations[1].predicate]" in msg
    assert "unknown predicate 'buildsCluster'" in msg


def test_relation_to_unknown_entity(mini_copy: Path) -> None:
    edit(mini_copy, "    object: new-materials-cluster\n    role_zh", "    object: no-such-cluster\n    role_zh")
    (msg,) = problems(mini_copy)
    assert f":{line_of(mini_copy, 'no-such-cluster')} [relations[0].object]" in msg
    assert "unknown entity id 'no-such-cluster'" in msg


def test_relation_outside_domain(mini_copy: Path) -> None:
    edit(mini_copy, "  - subject: xinghe\n    predicate: leadEnterpriseOf", "  - subject: zhang-san\n    predicate: leadEnterpriseOf")
    (msg,) = problems(mini_copy)
    assert "[relations[0].subject]" in msg and "outside the domain of leadEnterpriseOf" in msg


def test_duplicate_ids(mini_copy: Path) -> None:
    edit(mini_copy, "  - id: demo-bank", "  - id: xinghe")
    msgs = problems(mini_copy)
    assert any("duplicate id 'xinghe' (first defined on line" in m for m in msgs)


def test_quote_not_in_article(mini_copy: Path) -> None:
    edit(mini_copy, 'evidence: ["打造新材料产业集群"]\n  - id: demo-bank', 'evidence: ["打造新能源产业集群"]\n  - id: demo-bank')
    (msg,) = problems(mini_copy)
    assert "[entities[2].evidence[0]]" in msg and "quote not found verbatim" in msg


def test_ambiguous_quote(mini_copy: Path) -> None:
    edit(mini_copy, 'evidence: ["打造新材料产业集群"]\n  - id: demo-bank', 'evidence: ["示范高新区"]\n  - id: demo-bank')
    (msg,) = problems(mini_copy)
    assert "quote is ambiguous: it occurs" in msg


def test_malformed_number(mini_copy: Path) -> None:
    edit(mini_copy, "    value: 100\n", "    value: 一百\n")
    (msg,) = problems(mini_copy)
    assert f":{line_of(mini_copy, '一百')} [observations[0].value]" in msg


def test_negative_number_where_impossible(mini_copy: Path) -> None:
    edit(mini_copy, "    value: 100\n", "    value: -100\n")
    (msg,) = problems(mini_copy)
    assert "[observations[0].value]" in msg and "negative value -100 is impossible in 亿元" in msg


def test_negative_growth_is_allowed(mini_copy: Path) -> None:
    edit(mini_copy, "      value: 10.5", "      value: -10.5")
    assert load_article(mini_copy).facts.observations[0].change.value == Decimal("-10.5")  # type: ignore[union-attr]


def test_unknown_unit(mini_copy: Path) -> None:
    edit(mini_copy, "    unit: 亿元\n    period", "    unit: 亿美元\n    period")
    (msg,) = problems(mini_copy)
    assert f":{line_of(mini_copy, '亿美元')} [observations[0].unit]" in msg and "unknown unit '亿美元'" in msg


def test_missing_chinese_name(mini_copy: Path) -> None:
    edit(mini_copy, "    name_zh: 新材料产业集群\n", "")
    (msg,) = problems(mini_copy)
    assert "[entities[2].name_zh]" in msg and "required field is missing" in msg


def test_name_must_occur_in_article(mini_copy: Path) -> None:
    edit(mini_copy, "name_zh: 示范银行", "name_zh: 示范商业银行")
    (msg,) = problems(mini_copy)
    assert "name_zh '示范商业银行' does not occur in the article" in msg


def test_figure_as_written_must_be_in_its_quote(mini_copy: Path) -> None:
    edit(mini_copy, "as_written: 100亿元", "as_written: 100亿元整")
    (msg,) = problems(mini_copy)
    assert "[observations[0].as_written]" in msg and "not inside any of the record's evidence quotes" in msg


def test_funders_must_be_funders(mini_copy: Path) -> None:
    edit(mini_copy, "funders: [demo-bank]", "funders: [xinghe]")
    (msg,) = problems(mini_copy)
    assert "[funding_events[0].funders[0]]" in msg and "is not a Funder" in msg


def test_unknown_field_is_rejected(mini_copy: Path) -> None:
    edit(mini_copy, "    name_en: Demo Bank\n", "    name_en: Demo Bank\n    nmae_zh: x\n")
    (msg,) = problems(mini_copy)
    assert "[entities[3].nmae_zh]" in msg and "unknown field" in msg


def test_several_problems_are_reported_together(mini_copy: Path) -> None:
    edit(mini_copy, "classes: [Cluster]", "classes: [Clustr]")
    edit(mini_copy, "unit: 亿元\n    period", "unit: 亿美元\n    period")
    assert len(problems(mini_copy)) == 2


def test_meta_id_must_match_folder(mini_copy: Path) -> None:
    edit(mini_copy, "id: mini-2025", "id: other-2025", file="meta.yaml")
    msgs = problems(mini_copy)
    assert any("meta.yaml:1 [id]" in m and "differs from the folder name" in m for m in msgs)


def test_quote_index_counts_across_page_breaks() -> None:
    idx = QuoteIndex("甲乙\n\n丙。甲乙丙")
    assert idx.count("甲乙丙") == 2
    with pytest.raises(ValueError, match="ambiguous"):
        idx.locate("甲乙丙")


def test_cli_reports_bad_input_and_writes_nothing(mini_copy: Path, tmp_path: Path) -> None:
    edit(mini_copy, "unit: 亿元\n    period", "unit: 亿美元\n    period")
    out = tmp_path / "exports"
    out.mkdir()
    (out / "keep.txt").write_text("previous output")
    proc = subprocess.run(
        [sys.executable, "-m", "graph", "export", str(mini_copy), "--out", str(out)],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 2
    assert "facts.yaml:" in proc.stderr and "unknown unit '亿美元'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
