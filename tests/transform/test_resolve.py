"""graph.sources.registry, graph.transform.resolve, ``zone-kg resolve`` and ``zone-kg validate`` on a corpus.

The synthetic corpus ``tests/data/corpus`` with its registry, and without it (an empty
registry), where the resolver may only propose.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from graph.errors import InputError
from graph.pipeline import BuiltCorpus, build_corpus
from graph.transform.resolve import AUTO_THRESHOLD, Proposal, core_name, propose_merges
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "corpus"


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> BuiltCorpus:
    empty = tmp_path_factory.mktemp("registry") / "entities.yaml"
    empty.write_text("entities: []\n", encoding="utf-8")
    return build_corpus(CORPUS, registry=empty)


@pytest.fixture(scope="module")
def proposals(bare: BuiltCorpus) -> list[Proposal]:
    return propose_merges(bare.corpus.articles, bare.resolution, bare.ontology)


def _pair(bare: BuiltCorpus, proposals: list[Proposal], a: tuple[str, str], b: tuple[str, str]) -> Proposal | None:
    keys = {bare.resolution.key_of(*a), bare.resolution.key_of(*b)}
    return next((p for p in proposals if set(p.keys) == keys), None)


def test_legal_name_and_short_name_are_proposed_not_merged(bare: BuiltCorpus, proposals: list[Proposal]) -> None:
    full, short = ("xiangyu-edz-2025", "longyue"), ("langchuan-hitech-2023", "longyue")
    assert bare.resolution.key_of(*full) != bare.resolution.key_of(*short)
    p = _pair(bare, proposals, full, short)
    assert p is not None and p.suggest == "same_as"
    assert Decimal("0.6") <= p.score < AUTO_THRESHOLD
    assert any("珑岳科技" in f for f in p.features)


def test_a_branch_is_proposed_as_a_part_of_its_bank(bare: BuiltCorpus, proposals: list[Proposal]) -> None:
    p = _pair(bare, proposals, ("tongxi-hitech-2025", "bank-branch"), ("tongxi-hitech-2025", "bank"))
    assert p is not None and p.suggest == "sub_organization_of"
    assert p.keys[0] == bare.resolution.key_of("tongxi-hitech-2025", "bank-branch"), "the part comes first"


def test_near_names_score_low(bare: BuiltCorpus, proposals: list[Proposal]) -> None:
    p = _pair(bare, proposals, ("langchuan-hitech-2023", "kewoda"), ("xiangyu-edz-2025", "kewoda-zhilian"))
    assert p is not None and p.score < Decimal("0.5")
    assert any("near names" in f for f in p.features)


def test_people_of_one_name_are_never_merged_by_name(bare: BuiltCorpus, proposals: list[Proposal]) -> None:
    a, b = ("langchuan-hitech-2023", "chen-zhiyuan"), ("xiangyu-edz-2025", "chen-zhiyuan")
    assert bare.resolution.key_of(*a) != bare.resolution.key_of(*b)
    p = _pair(bare, proposals, a, b)
    assert p is not None and p.score < Decimal("0.6")


def test_only_exact_names_merge_on_their_own(bare: BuiltCorpus) -> None:
    methods = {link.method for link in bare.resolution.links.values()}
    assert methods <= {"exact-name", "singleton"}
    zone = {bare.resolution.key_of(a, "zone") for a in ("langchuan-hitech-2023", "langchuan-hitech-2024")}
    assert len(zone) == 1, "the same zone name in two reports is one entity"


def test_registry_decisions_suppress_proposals() -> None:
    built = build_corpus(CORPUS)
    found = propose_merges(built.corpus.articles, built.resolution, built.ontology)
    kewoda = {built.resolution.key_of("langchuan-hitech-2023", "kewoda"), built.resolution.key_of("xiangyu-edz-2025", "kewoda-zhilian")}
    assert not any(set(p.keys) == kewoda for p in found), "a distinct_from decision is not proposed again"


def test_core_name_strips_region_and_legal_form() -> None:
    assert core_name("江西省珑岳科技有限公司") == core_name("珑岳科技") == "珑岳科技"
    assert core_name("佳时特华创科技有限公司") != core_name("佳时特科技")


def test_resolve_cli_writes_reviewable_yaml(tmp_path: Path) -> None:
    empty = tmp_path / "entities.yaml"
    empty.write_text("entities: []\n", encoding="utf-8")
    out = tmp_path / "proposals.yaml"
    done = subprocess.run([sys.executable, "-m", "graph", "resolve", str(CORPUS), "--registry", str(empty), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    doc = yaml.safe_load(out.read_text(encoding="utf-8"))
    first = doc["proposals"][0]
    assert {"score", "suggest", "why", "a", "b"} <= set(first)
    mention = first["a"]["mentions"][0]
    assert {"mention", "name_zh", "quote", "sentence", "line"} <= set(mention)
    assert mention["quote"] in mention["sentence"]


def _broken_registry(tmp_path: Path, text: str) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "entities.yaml").write_text(text, encoding="utf-8")
    return corpus


@pytest.mark.parametrize(("text", "line", "message"), [
    ("entities:\n  - id: x\n    class: Enterprse\n    name_zh: 甲\n", 3, "unknown class 'Enterprse'"),
    ("entities:\n  - id: x\n    class: Enterprise\n    name_zh: 甲\n    same_as:\n"
     "      - {mention: langchuan-hitech-2023/nobody, reason: r}\n", 6, "has no entity 'nobody'"),
    ("entities:\n  - id: x\n    class: Enterprise\n    name_zh: 甲\n    identifiers: {uscc: '123'}\n", 5, "must be 18 ASCII"),
    ("entities:\n  - id: x\n    class: Enterprise\n    name_zh: 甲\n    same_as:\n"
     "      - {mention: langchuan-hitech-2023/longyue, reason: r}\n  - id: y\n    class: Enterprise\n    name_zh: 乙\n"
     "    same_as:\n      - {mention: langchuan-hitech-2023/longyue, reason: r}\n", 11, "already same_as entity 'x'"),
])
def test_a_broken_registry_is_bad_input_with_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    corpus = _broken_registry(tmp_path, text)
    with pytest.raises(InputError) as info:
        build_corpus(corpus)
    assert f"entities.yaml:{line}" in str(info.value) and message in str(info.value)
    done = subprocess.run([sys.executable, "-m", "graph", "build", str(corpus)], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_validate_reports_the_conflict_with_both_quotes() -> None:
    done = subprocess.run([sys.executable, "-m", "graph", "validate", str(CORPUS)], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert "1 conflicting figure(s)" in done.stdout
    assert "“工业总产值628.4亿元，同比增长15.6%”" in done.stderr
    assert "“据初步统计，全年完成工业总产值612.5亿元，同比增长12.7%”" in done.stderr
    assert "not in the vocabulary" in done.stderr  # unmapped indicators are listed, never guessed
    strict = subprocess.run([sys.executable, "-m", "graph", "validate", str(CORPUS), "--strict"], capture_output=True,
                            text=True, cwd=ROOT, check=False)
    assert strict.returncode == 1


def test_the_demo_export_is_committed_and_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    """exports/demo-corpus/ is what `make export` writes, in any process (PYTHONHASHSEED), with any --jobs."""
    import os

    committed = ROOT / "exports" / "demo-corpus"
    for seed, jobs in (("1", "1"), ("4242", "2")):
        out = tmp_path / f"demo-{seed}"
        subprocess.run([sys.executable, "-m", "graph", "export", str(CORPUS), "--out", str(out), "--synthetic", "--no-docs",
                        "--jobs", jobs], check=True, capture_output=True, cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
        assert names == sorted(p.relative_to(committed).as_posix() for p in committed.rglob("*") if p.is_file())
        for name in names:
            assert (out / name).read_bytes() == (committed / name).read_bytes(), f"exports/demo-corpus/{name} differs"
