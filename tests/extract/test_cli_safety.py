"""zone-kg extract and eval on hostile input (issue 11): nothing overwritten, nothing half-written,
no traceback, no quadratic blow-up on repeated text; the extract → review → build path (issue 14)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from graph.cli import main as zone_kg
from graph.extract import cli as extract_cli
from graph.extract.cli import main
from graph.extract.meta import draft_meta

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025" / "article.txt"
REPORT = ROOT / "tests" / "data" / "reports" / "kashi-edz-2025" / "article.txt"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "kashi-edz-2025"
    folder.mkdir()
    shutil.copy(REPORT, folder / "article.txt")
    return folder / "article.txt"


def test_extract_never_writes_over_the_article(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = article.read_bytes()
    for extra in ([], ["--force"]):
        assert main(["extract", str(article), "-o", str(article), *extra]) == 3
        assert article.read_bytes() == before
    assert "never written over its input" in capsys.readouterr().err


def test_extract_refuses_the_curated_facts_file_unless_forced(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = article.with_name("facts.yaml")
    assert main(["extract", str(article), "-o", str(facts)]) == 3  # even before it exists
    assert not facts.exists() and "curated facts.yaml" in capsys.readouterr().err
    facts.write_text("curated\n", encoding="utf-8")
    assert main(["extract", str(article), "-o", str(facts)]) == 3
    assert facts.read_text(encoding="utf-8") == "curated\n"
    assert main(["extract", str(article), "-o", str(facts), "--force"]) == 0
    assert facts.read_text(encoding="utf-8").startswith("# Draft written by `zone-kg extract`")


def test_extract_refuses_an_existing_file_unless_forced(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere.yaml"
    out.write_text("keep me\n", encoding="utf-8")
    assert main(["extract", str(article), "-o", str(out)]) == 3
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert main(["extract", str(article), "-o", str(out), "--force"]) == 0
    assert "keep me" not in out.read_text(encoding="utf-8")


def test_extract_refuses_a_meta_output_equal_to_the_draft(article: Path) -> None:
    out = article.with_name("x.yaml")
    assert main(["extract", str(article), "-o", str(out), "--meta", str(out)]) == 3
    assert not out.exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(article: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "draft.yaml"
    out.write_text("old\n", encoding="utf-8")

    def full_disk(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(extract_cli.os, "replace", full_disk)
    assert main(["extract", str(article), "-o", str(out), "--force"]) == 3
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.yaml", "kashi-edz-2025"]


def test_write_atomic_replaces_the_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "f.yaml"
    out.write_text("old", encoding="utf-8")
    extract_cli.write_atomic(out, "new\n")
    assert out.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]


def test_the_seed_written_twice_is_drafted(tmp_path: Path) -> None:
    """The seed concatenated with itself crashed in list.remove (a merge through a stale mention)."""
    from graph.extract import extract_facts

    text = SEED.read_text(encoding="utf-8")
    facts = extract_facts(text + text, "twice")
    assert {e["name_zh"] for e in facts["entities"]} == {e["name_zh"] for e in extract_facts(text, "once")["entities"]}


def test_repeated_text_gives_a_draft_of_bounded_size() -> None:
    """No quote of repeated text is unique: quotes stop growing (a 68 KB text drafted 24 MB before)."""
    from graph.extract import dump_draft, extract_facts

    text = SEED.read_text(encoding="utf-8") * 4
    draft = dump_draft(extract_facts(text, "rep"), text)
    assert len(draft.encode("utf-8")) < 8 * len(text.encode("utf-8"))
    longest = max(len(line) for line in draft.splitlines())
    assert longest < 1000


def test_eval_names_the_file_and_field_of_a_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.yaml"
    pred = tmp_path / "pred.yaml"
    gold.write_text(yaml.safe_dump({"article": "x", "entities": [{"id": "a", "name_zh": "甲", "classes": ["Zone"]}]}),
                    encoding="utf-8")
    pred.write_text(yaml.safe_dump({"article": "x", "entities": [{"id": "b", "name_zh": 5}],
                                    "observations": [{"subject": "b", "value": [1], "unit": "亿元"}]}), encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--pred", str(pred)]) == 2
    err = capsys.readouterr().err
    assert str(pred) in err and "entities[0].name_zh: expected a string, got int" in err
    assert "observations[0].value: expected a number, got list" in err and "Traceback" not in err


def test_importing_the_extract_cli_loads_no_rules_and_no_dictionary() -> None:
    code = ("import sys, graph.cli, graph.extract.cli; graph.cli.make_parser(); "
            "print(sorted(m for m in sys.modules if m.startswith(('jieba', 'graph.extract.pipeline', "
            "'graph.extract.components', 'graph.extract.entities'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_draft_meta_takes_only_what_the_text_states() -> None:
    text = "数读江北高新区2025\n\n——一份年度盘点\n\n本报记者 王立 实习生 赵青\n\n本报江北12月1日电 全年营收增长。"
    meta = draft_meta(text, "jb")
    assert (meta.title_zh, meta.subtitle_zh, meta.byline_zh, meta.period) == \
        ("数读江北高新区2025", "——一份年度盘点", "本报记者 王立 实习生 赵青", 2025)
    assert [(a.name_zh, a.role_zh) for a in meta.authors] == [("王立", "本报记者"), ("赵青", "实习生")]
    assert meta.source_note is not None and "本报江北12月1日电" in meta.source_note
    assert meta.title_en is None and all(a.name_en is None for a in meta.authors)
    bare = draft_meta("江北高新区发展报告\n\n全年营收增长。", "jb")
    assert (bare.subtitle_zh, bare.byline_zh, bare.period, bare.authors) == (None, None, None, [])


def test_extract_review_build_walks_the_readme_path(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """README "Adding an article": extract the drafts, review them (here: accept), build the folder."""
    folder = article.parent
    assert zone_kg(["extract", str(article), "-o", str(folder / "facts.draft.yaml"),
                    "--meta", str(folder / "meta.draft.yaml")]) == 0
    meta = yaml.safe_load((folder / "meta.draft.yaml").read_text(encoding="utf-8"))
    assert meta["id"] == "kashi-edz-2025" and meta["title_zh"].startswith("喀石经开区")
    (folder / "facts.draft.yaml").rename(folder / "facts.yaml")
    (folder / "meta.draft.yaml").rename(folder / "meta.yaml")
    capsys.readouterr()
    assert zone_kg(["build", str(folder)]) == 0
    assert "kashi-edz-2025" in capsys.readouterr().out


def test_extract_without_its_extra_says_what_to_install(article: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`make export` installs only the runtime dependencies; extraction's own (jieba) come with the
    `extract` extra, and a missing one is named with the command that installs it."""
    assert extract_cli.missing_extract_modules() == []  # the test environment has the extra
    monkeypatch.setattr(extract_cli, "EXTRACT_EXTRA", ("jieba", "zone_kg_not_installed_module"))
    out = article.with_name("facts.draft.yaml")
    assert zone_kg(["extract", str(article), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "zone_kg_not_installed_module" in err and "pip install 'zone-kg[extract]'" in err
    assert "Traceback" not in err and not out.exists()
