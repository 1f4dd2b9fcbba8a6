"""graph.sources.article: schema and semantic checks, with file, line and field in every error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest

from graph.errors import MAX_PROBLEMS, InputError, Problem
from graph.sources import article as loader
from graph.sources.article import QuoteIndex, load_article, written_values
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
    edit(mini_copy, "    unit: 亿元\n    period", "    unit: 亿英镑\n    period")
    (msg,) = problems(mini_copy)
    assert f":{line_of(mini_copy, '亿英镑')} [observations[0].unit]" in msg and "unknown unit '亿英镑'" in msg


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
    edit(mini_copy, "unit: 亿元\n    period", "unit: 亿英镑\n    period")
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
    edit(mini_copy, "unit: 亿元\n    period", "unit: 亿英镑\n    period")
    out = tmp_path / "exports"
    out.mkdir()
    (out / "keep.txt").write_text("previous output")
    proc = subprocess.run(
        [sys.executable, "-m", "graph", "export", str(mini_copy), "--out", str(out)],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 2
    assert "facts.yaml:" in proc.stderr and "unknown unit '亿英镑'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]


# --------------------------------------------------------------------------- hostile input (issue 11)



@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: SIGALRM interrupts a blocking open() or read()."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def one_problem(folder: Path) -> str:
    found = problems(folder)
    assert len(found) == 1, found
    return found[0]


ALIAS_BOMB = """article: mini-2025
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_a_yaml_alias_bomb_is_refused_at_once(mini_copy: Path) -> None:
    assert len(ALIAS_BOMB.encode()) < 1024  # 9**9 = 387 million "lol" once expanded
    (mini_copy / "facts.yaml").write_text(ALIAS_BOMB, encoding="utf-8")
    with deadline(20):
        msg = one_problem(mini_copy)
    assert "anchors and aliases (&name … *name) of lists and mappings are not allowed" in msg and "facts.yaml:2" in msg  # where &a is


def test_even_a_harmless_alias_is_refused_with_its_line(mini_copy: Path) -> None:
    edit(mini_copy, "    classes: [Zone]", "    classes: &zone [Zone]")
    edit(mini_copy, "    classes: [Cluster]", "    classes: *zone")
    assert "aliases" in one_problem(mini_copy)


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("0x64", "hexadecimal"),
        ("0144", "leading zeros"),
        ("1:40", "sexagesimal"),
        ("1_00", "digit separators"),
        (".inf", "infinity"),
        ('"1e2x"', "not a number"),
    ],
)
def test_yaml_1_1_numbers_are_not_numbers(mini_copy: Path, written: str, why: str) -> None:
    """YAML 1.1 reads 0144 as 100 (octal), 1:40 as 100 (base 60), 0x64 as 100: all refused."""
    edit(mini_copy, "    value: 100\n", f"    value: {written}\n")
    msg = one_problem(mini_copy)
    assert "[observations[0].value]" in msg and "expected a number in decimal digits" in msg and why in msg


def test_a_quoted_decimal_is_read_as_its_number(mini_copy: Path) -> None:
    edit(mini_copy, "    value: 100\n", '    value: "100"\n')
    assert load_article(mini_copy).facts.observations[0].value == 100


def test_yaml_1_1_forms_stay_text_where_text_is_expected(mini_copy: Path) -> None:
    # YAML 1.1 would make these an int, a bool and a date, and the schema would refuse them
    edit(mini_copy, "    indicator_en: gross industrial output value", "    indicator_en: 010")
    edit(mini_copy, "    name_en: Zhang San", "    name_en: no")
    edit(mini_copy, "    name_en: Li Si", "    name_en: 2025-01-01")
    facts = load_article(mini_copy)
    assert facts.facts.observations[0].indicator_en == "010"
    assert [e.name_en for e in facts.facts.entities][4:] == ["no", "2025-01-01"]


def test_a_year_written_in_hex_is_refused(mini_copy: Path) -> None:
    edit(mini_copy, "    period: 2025\n", "    period: 0x7E9\n")
    msg = one_problem(mini_copy)
    assert "[observations[0].period]" in msg and "hexadecimal" in msg


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("1.0e400", "out of range"),
        ("1" * 5000, "number too long"),
        ("-1" + "0" * 50, "number too long"),
        ("12345678901234567", "out of range"),
        ("1e-99999", "too many decimal places"),
        ("0.0000000000000000000000001", "too many decimal places"),
    ],
)
def test_huge_numbers_are_clear_errors(mini_copy: Path, written: str, message: str) -> None:
    edit(mini_copy, "    value: 100\n", f"    value: {written}\n")
    msg = one_problem(mini_copy)
    assert message in msg and "facts.yaml:" in msg


def test_a_value_must_say_what_its_as_written_says(mini_copy: Path) -> None:
    edit(mini_copy, "    value: 100\n", "    value: 1000\n")
    msg = one_problem(mini_copy)
    assert "[observations[0].value]" in msg
    assert "value 1000 does not match as_written '100亿元', which says 100 (in 亿元)" in msg


def test_a_change_and_an_amount_are_checked_against_as_written_too(mini_copy: Path) -> None:
    edit(mini_copy, "      value: 10.5\n", "      value: 15\n")
    edit(mini_copy, "近2亿元, value: 2,", "近2亿元, value: 20,")
    found = problems(mini_copy)
    assert len(found) == 2
    assert any("[observations[0].change.value]" in m and "which says 10.5 (in %)" in m for m in found)
    assert any("[funding_events[0].amount.value]" in m and "which says 2 (in 亿元)" in m for m in found)


@pytest.mark.parametrize(
    ("as_written", "unit", "accepted", "refused"),
    [
        ("1045亿元", "亿元", "1045", "10450"),
        ("1045亿元", "元", "104500000000", "1045"),
        ("1,045万吨", "万吨", "1045", "1045000"),
        ("同比下降5.5%", "%", "-5.5", "55"),
        ("拉动0.8个百分点", "个百分点", "0.8", "8"),
        ("8公里", "米", "8000", "80"),
        ("3-5亿元", "亿元", "5", "50"),
        ("十余家", "家", "10", "11"),
        ("两家", "家", "2", "1"),
        ("第一", "位", "1", "2"),
        ("近四成", "%", "40", "4"),
        ("三万五千人", "人", "35000", "3500"),
    ],
)
def test_written_values_read_arabic_and_chinese_numbers(as_written: str, unit: str, accepted: str, refused: str) -> None:
    said = written_values(as_written, unit)
    assert any(abs(Decimal(accepted)) in options for options in said)
    assert not any(Decimal(refused) in options for options in said)


def test_written_values_without_a_number_check_nothing() -> None:
    assert written_values("首位", "位") == []


def test_nul_bytes_are_clear_errors(mini_copy: Path) -> None:
    edit(mini_copy, "name_en: Demo Bank", "name_en: Demo\x00Bank")
    msg = one_problem(mini_copy)
    assert "not valid YAML text" in msg and f"facts.yaml:{line_of(mini_copy, 'Demo' + chr(0))}" in msg
    edit(mini_copy, "name_en: Demo\x00Bank", "name_en: Demo Bank")
    text = (mini_copy / "article.txt").read_text(encoding="utf-8")
    (mini_copy / "article.txt").write_text(text.replace("示范高新区供图", "示范高新区供图\x00"), encoding="utf-8")
    msg = one_problem(mini_copy)
    assert "article.txt:" in msg and "NUL character" in msg


def test_deep_nesting_is_a_clear_error(mini_copy: Path) -> None:
    facts = mini_copy / "facts.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + "deep: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    assert "nesting depth" in one_problem(mini_copy) or "nested" in one_problem(mini_copy)
    block = "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v\n"
    facts.write_text(block, encoding="utf-8")
    msg = one_problem(mini_copy)
    assert "nested more than 32 levels deep" in msg


@pytest.mark.parametrize("name", ["facts.yaml", "article.txt", "meta.yaml"])
def test_a_fifo_input_is_refused_without_blocking(mini_copy: Path, name: str) -> None:
    (mini_copy / name).unlink()
    os.mkfifo(mini_copy / name)
    with deadline(20):
        msg = one_problem(mini_copy)
    assert f"{name}: is a FIFO (named pipe), not a regular file" in msg


def test_a_fifo_swapped_in_after_the_type_check_does_not_block(mini_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regular = os.stat(mini_copy / "meta.yaml")
    (mini_copy / "facts.yaml").unlink()
    os.mkfifo(mini_copy / "facts.yaml")
    real_stat = os.stat

    def racy_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        return regular if str(path).endswith("facts.yaml") else real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader.os, "stat", racy_stat)
    with deadline(20):
        assert "facts.yaml: is not a regular file (it changed while being read)" in one_problem(mini_copy)


def test_dev_zero_and_a_directory_are_refused(mini_copy: Path) -> None:
    (mini_copy / "article.txt").unlink()
    (mini_copy / "article.txt").symlink_to("/dev/zero")
    with deadline(20):
        assert "article.txt: is a device, not a regular file" in one_problem(mini_copy)
    (mini_copy / "article.txt").unlink()
    (mini_copy / "article.txt").mkdir()
    assert "article.txt: is a directory, expected a file" in one_problem(mini_copy)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_an_unreadable_file_is_a_clear_error(mini_copy: Path) -> None:
    (mini_copy / "facts.yaml").chmod(0)
    assert "facts.yaml: cannot read (Permission denied)" in one_problem(mini_copy)


def test_sizes_are_capped(mini_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 100)
    msg = one_problem(mini_copy)
    assert "article.txt: file too large" in msg and "the limit is 100" in msg


def _with_line_ends(folder: Path, newline: str) -> None:
    text = (folder / "article.txt").read_text(encoding="utf-8")
    (folder / "article.txt").write_bytes(text.replace("\n", newline).encode("utf-8"))


@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_cr_and_crlf_line_ends_give_the_same_lines_and_sentences(mini_copy: Path, newline: str) -> None:
    expected = load_article(MINI)
    _with_line_ends(mini_copy, newline)
    got = load_article(mini_copy)
    for quote, ev in expected.evidence.items():
        other = got.evidence[quote]
        assert (other.line, other.sentence, other.quote) == (ev.line, ev.sentence, ev.quote), quote
        assert (other.start, other.end) == (ev.start, ev.end) if newline == "\r" else other.start >= ev.start
        assert "".join(ch for ch in got.text[other.start:other.end] if ch not in "\r\n") == quote


def test_an_article_with_a_bom_is_refused(mini_copy: Path) -> None:
    data = (mini_copy / "article.txt").read_bytes()
    (mini_copy / "article.txt").write_bytes(b"\xef\xbb\xbf" + data)
    assert "byte-order mark" in one_problem(mini_copy)


def test_a_bom_in_a_yaml_file_keeps_its_line_numbers(mini_copy: Path) -> None:
    edit(mini_copy, "unit: 亿元\n    period", "unit: 亿英镑\n    period")
    line = line_of(mini_copy, "亿英镑")
    data = (mini_copy / "facts.yaml").read_bytes()
    (mini_copy / "facts.yaml").write_bytes(b"\xef\xbb\xbf" + data)
    assert f"facts.yaml:{line} [observations[0].unit]" in one_problem(mini_copy)


def test_the_problems_printed_are_capped() -> None:
    many = [Problem(Path("facts.yaml"), f"problem {i}", line=i) for i in range(441_000)]
    error = InputError(many)
    lines = str(error).splitlines()
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[-1] == f"… and {441_000 - MAX_PROBLEMS} more problems (only the first {MAX_PROBLEMS} are shown)"


def test_a_huge_quote_gives_a_bounded_message(mini_copy: Path) -> None:
    edit(mini_copy, '["打造新材料产业集群"]', '["' + "长" * 100_000 + '"]')
    msg = one_problem(mini_copy)
    assert "quote not found verbatim" in msg and len(msg) < 1500 and "more characters)" in msg


def test_a_large_invalid_facts_file_prints_a_bounded_message(mini_copy: Path) -> None:
    entity = "  - id: e{i}\n    classes: [Clustr]\n    name_zh: 示范高新区\n    evidence: [\"打造新材料产业集群\"]\n"
    text = (mini_copy / "facts.yaml").read_text(encoding="utf-8")
    extra = "".join(entity.format(i=i) for i in range(3000))
    (mini_copy / "facts.yaml").write_text(text.replace("entities:\n", "entities:\n" + extra, 1), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "graph", "build", str(mini_copy)], capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) <= MAX_PROBLEMS + 1
    assert lines[-1].startswith("… and ") and "more problems" in lines[-1]
