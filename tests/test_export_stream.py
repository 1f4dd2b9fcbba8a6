"""graph.export.export_corpus streams a corpus: the same bytes as the in-memory path, for any
``--jobs``, without rdflib graphs of the articles, and still one transaction."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph import export
from graph.errors import ExportError, InputError
from graph.sinks import get_exporter
from graph.sinks.writer import MANIFEST, ExportStage, write_files
from tests.conftest import ROOT, copy_article_as

DEMO = ROOT / "tests" / "data" / "corpus"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.zkg-"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus plus renamed copies of three of its articles (names shared: exact-name merges)."""
    root = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(DEMO, root)
    originals = sorted(p for p in DEMO.iterdir() if (p / "article.txt").is_file())
    for src in originals[:3]:
        copy_article_as(src, root, f"{src.name}-c0001")
    return root


@pytest.fixture(scope="module")
def in_memory(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("memory") / "out"
    export.export_corpus_in_memory(corpus, out, synthetic=True)
    return tree(out)


def test_streamed_export_is_byte_identical_to_the_in_memory_export(corpus: Path, in_memory: dict[str, bytes],
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "out"
    export.export_corpus(corpus, out, jobs=2, synthetic=True)
    assert tree(out) == in_memory  # every article's files, the corpus files, the docs and the manifest
    assert len([n for n in in_memory if n.endswith(".html") and "/" not in n]) == 12  # 11 articles and the corpus


def test_jobs_1_gives_the_same_bytes_and_merges_in_rounds(corpus: Path, in_memory: dict[str, bytes], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "MERGE_FAN_IN", 3)  # corpus.ttl's union: 12 sorted files merged 3 at a time
    out = tmp_path / "out"
    export.export_corpus(corpus, out, jobs=1, synthetic=True)
    assert tree(out) == in_memory


def test_the_corpus_export_never_builds_the_articles_rdflib_graphs(corpus: Path, in_memory: dict[str, bytes],
                                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The memory-bounded path: no rdflib graph per article, no corpus file from rdflib graphs."""

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("the streamed export must not hold the corpus as rdflib graphs")

    import graph.pipeline
    import graph.sinks.rdf
    import graph.sinks.rdfwriter

    monkeypatch.setattr(graph.pipeline, "build_corpus", forbidden)
    monkeypatch.setattr(graph.sinks.rdf, "build_rdf_graph", forbidden)
    monkeypatch.setattr(graph.sinks.rdfwriter, "serialize_dataset", forbidden)
    monkeypatch.setattr(graph.sinks.rdfwriter, "sorted_ntriples", forbidden)
    monkeypatch.setattr(graph.sinks.rdfwriter, "turtle_bytes", forbidden)
    seen: list[str] = []
    real = export.export_article

    def recording(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        assert isinstance(result, export.ArticleResult)
        seen.append(result.facts.article_id)
        assert result.data_path.is_file()  # the article's triples travel as a sorted file, not a graph
        return result

    monkeypatch.setattr(export, "export_article", recording)
    out = tmp_path / "out"
    export.export_corpus(corpus, out, jobs=1, synthetic=True)
    assert tree(out) == in_memory
    assert len(seen) == 11


def test_an_exporter_failing_mid_export_leaves_the_previous_export(corpus: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    export.export_corpus(DEMO, out, jobs=1, synthetic=True, docs=False)
    before = tree(out)
    calls = {"n": 0}
    real = get_exporter("graphml").generate

    def fails_on_the_fifth(built: object) -> bytes:
        calls["n"] += 1
        if calls["n"] == 5:
            raise ValueError("boom")
        return real(built)  # type: ignore[no-any-return]

    monkeypatch.setattr(get_exporter("graphml"), "generate", fails_on_the_fifth)
    with pytest.raises(ExportError, match=r"graphml exporter failed for .*: boom"):
        export.export_corpus(corpus, out, jobs=1, synthetic=True)
    assert tree(out) == before
    assert siblings(out) == []


@pytest.mark.parametrize("fmt", ["html", "graphml"])  # corpus.graphml is written by a forked process
def test_a_corpus_file_failing_leaves_the_previous_export(corpus: Path, tmp_path: Path, fmt: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    export.export_corpus(DEMO, out, jobs=1, synthetic=True, docs=False)
    before = tree(out)
    sink = get_exporter(fmt)
    if fmt == "graphml":  # the corpus's GraphML is streamed to its file
        write = sink.write_graphml
        monkeypatch.setattr(sink, "write_graphml", lambda g, out: (_ for _ in ()).throw(ValueError("no view"))
                            if "corpus" in g.graph else write(g, out))
    else:
        real = sink.generate
        monkeypatch.setattr(sink, "generate", lambda built: (_ for _ in ()).throw(ValueError("no view"))
                            if built.article_id == "corpus" else real(built))
    with pytest.raises(ExportError, match=f"{fmt} exporter failed for corpus: no view"):
        export.export_corpus(corpus, out, jobs=2, synthetic=True)
    assert tree(out) == before
    assert siblings(out) == []


def test_bad_articles_are_reported_together_and_nothing_is_written(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    shutil.copytree(corpus, bad)
    folders = sorted(p for p in bad.iterdir() if (p / "facts.yaml").is_file())
    for folder in (folders[1], folders[6]):
        (folder / "facts.yaml").write_text("article: [unclosed\n", encoding="utf-8")
    out = tmp_path / "out"
    export.export_corpus(DEMO, out, jobs=1, synthetic=True, docs=False)
    before = tree(out)
    with pytest.raises(InputError) as info:
        export.export_corpus(bad, out, jobs=2, synthetic=True)
    assert {p.path.parent.name for p in info.value.problems} == {folders[1].name, folders[6].name}
    assert tree(out) == before
    assert siblings(out) == []


def test_a_live_stage_survives_another_writers_clean_up(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with ExportStage(out) as stage:
        stage.write("a.txt", b"first")
        with stage.open("b.txt") as fh:
            fh.write(b"str")
            fh.write(b"eamed")
        write_files({"x.txt": b"other writer"}, out)  # commits meanwhile; its clean-up must spare our stage
        assert stage.path.is_dir()
        stage.commit()
    assert tree(out) == {"a.txt": b"first", "b.txt": b"streamed", MANIFEST: tree(out)[MANIFEST]}
    assert b'"b.txt": "' in tree(out)[MANIFEST]
    assert siblings(out) == []


def test_an_abandoned_stage_is_deleted_and_the_out_folder_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files({"a.txt": b"old"}, out)
    with pytest.raises(RuntimeError), ExportStage(out) as stage:
        stage.write("a.txt", b"new")
        raise RuntimeError("interrupted")
    assert tree(out)["a.txt"] == b"old"
    assert siblings(out) == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_a_killed_streamed_export_leaves_the_previous_export(corpus: Path, tmp_path: Path) -> None:
    """SIGKILL while the workers write articles: the old export stays; the next run cleans up and succeeds."""
    out = tmp_path / "out"
    export.export_corpus(DEMO, out, jobs=1, synthetic=True, docs=False)
    before = tree(out)
    big = tmp_path / "big"
    shutil.copytree(corpus, big)
    originals = sorted(p for p in DEMO.iterdir() if (p / "article.txt").is_file())
    for i in range(2, 6):
        for src in originals:
            copy_article_as(src, big, f"{src.name}-c{i:04d}")
    proc = subprocess.Popen([sys.executable, "-m", "graph", "export", str(big), "--out", str(out), "--jobs", "2",
                             "--synthetic"], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:  # until the workers have written some articles into the stage
            staged = [p for s in out.parent.glob(f".{out.name}.zkg-new-*") for p in s.rglob("*.jsonld")]
            if len(staged) >= 3 or proc.poll() is not None:
                break
            time.sleep(0.02)
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # the main process only: its workers must not outlive it
        proc.wait()
    assert len(staged) >= 3, "the export ended before it could be killed mid-way"
    assert tree(out) == before
    time.sleep(0.5)
    listed = subprocess.run(["ps", "-o", "pid=,stat=", "-s", str(proc.pid)], capture_output=True, text=True,
                            check=False).stdout.split("\n")
    survivors = [line.split()[0] for line in listed if line.strip() and not line.split()[1].startswith("Z")]  # not zombies
    for pid in survivors:  # (only if the test fails) do not leave them running
        os.kill(int(pid), signal.SIGKILL)
    assert survivors == [], "workers outlived the killed export"
    export.export_corpus(DEMO, out, jobs=2, synthetic=True, docs=False)
    assert tree(out) == before  # the same export again, and the dead run's stage is gone (its lock died with it)
    assert siblings(out) == []
