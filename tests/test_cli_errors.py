"""graph.cli.main: one exit-code table for every command, and no traceback without --debug."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from graph import cli
from graph.errors import EXIT_CODES
from tests.conftest import MINI, ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT,
                          check=False, timeout=300)


def test_help_prints_the_exit_code_table() -> None:
    done = run("--help")
    assert done.returncode == 0
    assert set(EXIT_CODES) == {0, 1, 2, 3, 4, 5}
    for code, meaning in EXIT_CODES.items():
        assert f"  {code}  {meaning}" in done.stdout
    assert "--debug" in done.stdout


def test_an_internal_error_says_it_is_a_bug_and_what_to_attach(monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")

    monkeypatch.setattr("graph.pipeline.build_corpus", broken)
    assert cli.main(["build", str(MINI)]) == 5
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "zone-kg: internal error: TypeError: unsupported operand" in err
    assert "This is a bug in zone-kg" in err and "Please report it to" in err
    saved = re.search(r"the traceback was saved to (\S+);", err)
    assert saved, err
    report = Path(saved.group(1))
    try:
        text = report.read_text(encoding="utf-8")
        assert "command: zone-kg build" in text and "Traceback (most recent call last)" in text and "in broken" in text
    finally:
        report.unlink()


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise TypeError("boom")

    monkeypatch.setattr("graph.pipeline.build_corpus", broken)
    with pytest.raises(TypeError, match="boom"):
        cli.main(["build", str(MINI), "--debug"])  # after the sub-command too
    with pytest.raises(TypeError, match="boom"):
        cli.main(["--debug", "build", str(MINI)])


def test_an_exporter_failure_is_an_internal_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from graph.sinks import get_exporter

    def failing(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(get_exporter("graphml"), "generate", failing)
    assert cli.main(["export", str(MINI), "--out", str(tmp_path / "out"), "--jobs", "1"]) == 5
    assert "graphml exporter failed for mini-2025: boom" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock"]  # no stage left behind


def test_an_os_error_while_writing_is_exit_3(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", "/mnt/full/out")

    monkeypatch.setattr("graph.export.ExportStage", no_space)
    assert cli.main(["export", str(MINI), "--out", "/mnt/full/out"]) == 3
    assert "zone-kg: error: /mnt/full/out: cannot write output: No space left on device" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("build", str(MINI), "--base", ""), 2, "the base IRI is empty"),
        (("export", str(MINI), "--base", "zone-kg/id/", "--out", "x"), 2, "is not an absolute IRI"),
        (("build", str(ROOT / "no-such-article")), 2, "not a folder"),
        (("query", str(MINI / "facts.yaml"), "ASK {}"), 2, "unknown data format"),
        (("query", str(ROOT / "tests/data/query/bad-line7.ttl"), "ASK {}"), 2, "bad-line7.ttl:7"),
        (("query", str(ROOT / "exports/fuzhou-hitech-2025.ttl"), "SELECT WHERE {"), 4, "SPARQL syntax error"),
        (("export", str(MINI), "--out", ""), 3, "output folder is empty"),
    ],
)
def test_every_command_uses_the_table(args: tuple[str, ...], code: int, message: str) -> None:
    done = run(*args)
    assert done.returncode == code, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_a_closed_stdout_is_exit_3_without_a_traceback() -> None:
    """`zone-kg stats … | head -1`: the reader went away; no traceback, no "Exception ignored"."""
    proc = subprocess.Popen([sys.executable, "-m", "graph", "stats", str(MINI)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    proc.stderr.close()
    assert proc.wait(timeout=300) == 3
    assert "Traceback" not in err and "Exception ignored" not in err
