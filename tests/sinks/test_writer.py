"""graph.sinks (registry) and graph.sinks.writer (all-or-nothing; one transaction per export)."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.errors import ExportError, OutputError
from graph.pipeline import BuiltGraph
from graph.sinks import formats, get_exporter, writer
from graph.sinks.writer import MANIFEST, generate_exports, manifest_bytes, write_atomic, write_files
from tests.conftest import MINI, ROOT


def test_registry_finds_every_format_by_name() -> None:
    assert get_exporter("ttl") is get_exporter("turtle")
    assert {"ttl", "nt", "jsonld", "graphml", "html"} <= set(formats())
    for name in formats():
        module = get_exporter(name)
        assert module.SUFFIX.startswith(".") and callable(module.generate)
    with pytest.raises(KeyError, match="unknown format 'pdf'"):
        get_exporter("pdf")


def test_a_failing_exporter_writes_nothing(mini_built: BuiltGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(built: BuiltGraph) -> bytes:
        raise RuntimeError("disk full of dragons")

    monkeypatch.setattr(get_exporter("graphml"), "generate", boom)
    with pytest.raises(ExportError, match="graphml exporter failed"):
        write_files(generate_exports(mini_built, ["ttl", "graphml"]), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "x.ttl"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.ttl"
    target.write_bytes(b"old")

    def fail(*args: object) -> None:
        raise OSError("rename failed")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]


# --------------------------------------------------------------------------- one transaction per export
#
# write_files() replaces the whole out folder: staged in a sibling folder, swapped in,
# under an advisory lock. These tests use two real exports (the mini and the seed article,
# whose file names differ, so "old files are gone" is visible).



def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) by relative POSIX path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def with_manifest(files: dict[str, bytes]) -> dict[str, bytes]:
    return {**files, MANIFEST: manifest_bytes(files)}


def siblings(out: Path) -> list[str]:
    """What lies beside ``out`` in its parent, other than ``out`` and its lock file."""
    return sorted(p.name for p in out.parent.iterdir() if p.name not in (out.name, f".{out.name}.lock"))


@pytest.fixture(scope="module")
def export_a(mini_built: BuiltGraph) -> dict[str, bytes]:
    files = generate_exports(mini_built, ["ttl", "nt", "jsonld"])
    files["ontology/notes.txt"] = b"a file in a sub-folder of the old export only\n"
    return files


@pytest.fixture(scope="module")
def export_b(seed_built: BuiltGraph) -> dict[str, bytes]:
    from graph.export import generate_ontology_files

    files = generate_exports(seed_built, ["ttl", "nt", "jsonld", "graphml"])
    files.update(generate_ontology_files(seed_built))
    return files


def test_an_export_replaces_the_whole_folder(tmp_path: Path, export_a: dict[str, bytes], export_b: dict[str, bytes]) -> None:
    out = tmp_path / "out"
    paths = write_files(export_a, out)
    assert paths == [out / name for name in sorted(export_a)]
    assert tree(out) == with_manifest(export_a)
    write_files(export_b, out)
    assert tree(out) == with_manifest(export_b)  # mini-2025.* and ontology/notes.txt are gone
    listing = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert sorted(listing) == sorted(export_b)
    assert siblings(out) == []  # no temporary folder left beside it


def test_a_folder_holding_other_files_is_refused_and_kept(tmp_path: Path, export_a: dict[str, bytes]) -> None:
    out = tmp_path / "home"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(OutputError, match=r"not a zone-kg export .*thesis\.docx"):
        write_files(export_a, out)
    assert tree(out) == {"thesis.docx": b"years of work"}
    # an export folder with a file the user added: refused too, nothing deleted
    export_dir = tmp_path / "exports"
    write_files(export_a, export_dir)
    (export_dir / "my-notes.md").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match=r"no zone-kg export wrote: my-notes\.md"):
        write_files(export_a, export_dir)
    assert (export_dir / "my-notes.md").read_text(encoding="utf-8") == "mine"


def test_an_export_made_before_manifests_is_replaced_with_its_orphan_temp_files(tmp_path: Path, export_a: dict[str, bytes]) -> None:
    out = tmp_path / "exports"
    (out / "ontology").mkdir(parents=True)
    (out / "mini-2025.ttl").write_bytes(b"old turtle")
    (out / ".mini-2025.ttl.k3j_x9zq.tmp").write_bytes(b"half a file from a killed run")
    write_files(export_a, out)
    assert tree(out) == with_manifest(export_a)


def test_out_must_name_a_folder(tmp_path: Path, export_a: dict[str, bytes]) -> None:
    with pytest.raises(OutputError, match=r"output folder is empty \(''\)"):
        write_files(export_a, "")
    a_file = tmp_path / "report.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="exists and is not a folder"):
        write_files(export_a, a_file)
    assert a_file.read_text(encoding="utf-8") == "x"
    with pytest.raises(OutputError, match="invalid file name"):
        write_files({"../escape.ttl": b"x"}, tmp_path / "out")
    assert not (tmp_path / "escape.ttl").exists()


def test_stale_temporary_folders_are_cleaned_by_the_next_run(tmp_path: Path, export_a: dict[str, bytes]) -> None:
    out = tmp_path / "out"
    write_files(export_a, out)
    (tmp_path / ".out.zkg-new-dead1").mkdir()
    (tmp_path / ".out.zkg-new-dead1" / "half.ttl").write_bytes(b"half")
    (tmp_path / ".out.zkg-old-dead2").mkdir()
    write_files(export_a, out)
    assert siblings(out) == []
    assert tree(out) == with_manifest(export_a)


def test_a_run_killed_between_the_fallback_renames_is_undone(tmp_path: Path, export_a: dict[str, bytes],
                                                             export_b: dict[str, bytes]) -> None:
    out = tmp_path / "out"
    write_files(export_a, out)
    out.rename(tmp_path / ".out.zkg-old-1234-abcd")  # the old export set aside, the new one never renamed in
    writer._recover(out)
    assert tree(out) == with_manifest(export_a)
    assert siblings(out) == []
    write_files(export_b, out)
    assert tree(out) == with_manifest(export_b)


def test_the_rename_fallback_gives_the_same_result(tmp_path: Path, export_a: dict[str, bytes], export_b: dict[str, bytes],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "_renameat2_exchange", lambda a, b: False)
    out = tmp_path / "out"
    write_files(export_a, out)
    write_files(export_b, out)
    assert tree(out) == with_manifest(export_b)
    assert siblings(out) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux's")
def test_renameat2_exchange_swaps_two_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_bytes(b"a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x").write_bytes(b"b")
    if not writer._renameat2_exchange(tmp_path / "a", tmp_path / "b"):
        pytest.skip("this file system does not support RENAME_EXCHANGE (the fallback is tested above)")
    assert (tmp_path / "a" / "x").read_bytes() == b"b" and (tmp_path / "b" / "x").read_bytes() == b"a"


def test_a_second_writer_waits_for_the_lock_then_fails_clearly(tmp_path: Path, export_a: dict[str, bytes]) -> None:
    out = tmp_path / "out"
    fd = os.open(tmp_path / ".out.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        started = time.monotonic()
        waits: list[Path] = []
        with pytest.raises(OutputError, match="another zone-kg process is writing this folder"):
            write_files(export_a, out, lock_timeout=0.3, on_wait=waits.append)
        assert time.monotonic() - started >= 0.3
        assert waits == [tmp_path / ".out.lock"]  # told once
        assert not out.exists() and siblings(out) == []
    finally:
        os.close(fd)
    write_files(export_a, out, lock_timeout=0.3)
    assert tree(out) == with_manifest(export_a)


def test_a_write_error_leaves_the_old_export_and_no_temporary_files(tmp_path: Path, export_a: dict[str, bytes],
                                                                    export_b: dict[str, bytes],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write_files(export_a, out)
    calls = {"n": 0}
    real_write = writer._write_new

    def full_disk(stage: Path, name: str, data: bytes, made: set[Path]) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device", str(stage / name))
        real_write(stage, name, data, made)

    monkeypatch.setattr(writer, "_write_new", full_disk)
    with pytest.raises(OutputError, match=r"disk or quota is full.*previous export is unchanged"):
        write_files(export_b, out)
    assert tree(out) == with_manifest(export_a)
    assert siblings(out) == []


def test_a_read_only_parent_is_a_clear_output_error(tmp_path: Path, export_a: dict[str, bytes],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only folder does to a non-root user (root is never refused, see below)."""

    def refused(*args: object, **kwargs: object) -> str:
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))

    monkeypatch.setattr(writer.tempfile, "mkdtemp", refused)
    with pytest.raises(OutputError, match=r"cannot write beside .*Permission denied \(the folder is read-only for you\)"):
        write_files(export_a, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def _cli(*args: str, preexec: object = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT,
                          preexec_fn=preexec, timeout=timeout, check=False)  # type: ignore[arg-type]


def test_cli_full_disk_is_exit_3_and_keeps_the_old_export(tmp_path: Path) -> None:
    """A real write failure: the file-size limit (RLIMIT_FSIZE) makes writes fail with EFBIG."""
    import resource  # POSIX only, like the test

    out = tmp_path / "out"
    assert _cli("export", str(MINI), "--out", str(out), "--format", "ttl", "--no-docs").returncode == 0
    before = tree(out)

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))  # the HTML view is 700 KB

    done = _cli("export", str(MINI), "--out", str(out), "--no-docs", preexec=small_files)
    assert done.returncode == 3, done.stderr
    assert "disk or quota is full" in done.stderr and "Traceback" not in done.stderr
    assert tree(out) == before
    assert siblings(out) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_cli_read_only_parent_is_exit_3(tmp_path: Path) -> None:
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        done = _cli("export", str(MINI), "--out", str(parent / "out"), "--no-docs")
    finally:
        parent.chmod(0o755)
    assert done.returncode == 3 and "read-only" in done.stderr and "Traceback" not in done.stderr


def test_cli_out_empty_or_a_file_is_exit_3(tmp_path: Path) -> None:
    done = _cli("export", str(MINI), "--out", "", "--no-docs")
    assert done.returncode == 3 and "output folder is empty" in done.stderr
    a_file = tmp_path / "f.txt"
    a_file.write_text("keep", encoding="utf-8")
    done = _cli("export", str(MINI), "--out", str(a_file), "--no-docs")
    assert done.returncode == 3 and "is not a folder" in done.stderr
    assert a_file.read_text(encoding="utf-8") == "keep"


def test_concurrent_exports_into_one_folder_leave_one_complete_export(tmp_path: Path) -> None:
    """Three `zone-kg export` processes (different --base, so different bytes) race for one
    folder: all succeed, one after the other, and the folder holds one complete export."""
    out = tmp_path / "out"
    procs = [subprocess.Popen([sys.executable, "-m", "graph", "export", str(MINI), "--out", str(out), "--no-docs",
                               "--format", "ttl", "--format", "nt", "--base", f"https://example.org/run{i}/"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for i in range(3)]
    errors = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    final = tree(out)
    manifest = json.loads(final.pop(MANIFEST))["files"]
    assert manifest == {name: hashlib.sha256(data).hexdigest() for name, data in final.items()}
    runs = {run for data in final.values() for run in ("run0", "run1", "run2") if f"example.org/{run}/".encode() in data}
    assert len(runs) == 1, f"files of several runs are mixed: {runs}"
    assert siblings(out) == []


# --------------------------------------------------------------------------- fault injection

_CHILD = """
import sys, pathlib
from graph.sinks.writer import write_files
src, out = pathlib.Path(sys.argv[1]), sys.argv[2]
files = {p.relative_to(src).as_posix(): p.read_bytes() for p in sorted(src.rglob('*')) if p.is_file()}
print('ready', flush=True)
sys.stdin.readline()
write_files(files, out)
print('done', flush=True)
"""


def _spawn_writer(src: Path, out: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(src), str(out)], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_export_killed_at_random_points_leaves_the_old_or_the_new_export(
    tmp_path: Path, export_a: dict[str, bytes], export_b: dict[str, bytes]
) -> None:
    """SIGKILL a writer 20 times at seeded random moments of its write: the folder is
    always exactly one complete export (byte-equal to the old or to the new one), and the
    next run cleans whatever the killed one left beside it."""
    sources = {}
    for name, files in (("a", export_a), ("b", export_b)):
        src = tmp_path / f"src-{name}"
        for rel, data in files.items():
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            (src / rel).write_bytes(data)
        sources[name] = (src, with_manifest(files))
    out = tmp_path / "parent" / "out"
    write_files(export_a, out)

    # how long does one write take? (measured, so the kills fall inside it on any machine)
    proc = _spawn_writer(sources["b"][0], out)
    started = time.monotonic()
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "done"
    write_time = time.monotonic() - started
    proc.wait()
    assert tree(out) == sources["b"][1]

    rng = random.Random(11)
    outcomes = {"old": 0, "new": 0}
    current = "b"
    for _ in range(20):
        new = "a" if current == "b" else "b"
        proc = _spawn_writer(sources[new][0], out)
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
        time.sleep(rng.uniform(0, write_time * 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream:
                stream.close()
        now = tree(out)
        assert now in (sources[current][1], sources[new][1]), "the out folder is a mix of two exports"
        outcome = "new" if now == sources[new][1] else "old"
        outcomes[outcome] += 1
        current = new if outcome == "new" else current
    # whatever the kills left beside the folder goes with the next complete run
    write_files(export_a, out)
    assert tree(out) == sources["a"][1]
    assert siblings(out) == []
    print(f"20 kills: {outcomes['old']} left the old export, {outcomes['new']} the new one (write took {write_time:.3f} s)")


def test_the_zone_kg_export_command_killed_at_random_moments_leaves_one_export(tmp_path: Path) -> None:
    """The whole command, SIGKILLed at seeded random moments of its run (most land while it
    builds, some while it writes): the folder is always one complete export."""
    out = tmp_path / "out"

    def command(i: int) -> list[str]:
        return [sys.executable, "-m", "graph", "export", str(MINI), "--out", str(out), "--base", f"https://example.org/k{i}/"]

    started = time.monotonic()
    subprocess.run(command(0), cwd=ROOT, check=True, capture_output=True)
    run_time = time.monotonic() - started
    rng = random.Random(7)
    for i in range(1, 5):
        proc = subprocess.Popen(command(i), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5 * run_time, 1.1 * run_time))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        final = tree(out)
        manifest = json.loads(final.pop(MANIFEST))["files"]
        assert manifest == {name: hashlib.sha256(data).hexdigest() for name, data in final.items()}
        runs = {f"k{j}" for j in range(i + 1) for data in final.values() if f"example.org/k{j}/".encode() in data}
        assert len(runs) == 1, f"files of several runs are mixed: {runs}"


def test_a_nested_export_survives_the_parent_export(tmp_path: Path) -> None:
    """exports/demo-corpus/ (an export of its own) is kept when exports/ is replaced."""
    from graph.sinks.writer import write_files

    out = tmp_path / "exports"
    write_files({"a.txt": b"1"}, out)
    write_files({"x.txt": b"demo"}, out / "demo")
    write_files({"a.txt": b"2", "b.txt": b"3"}, out)
    assert (out / "a.txt").read_bytes() == b"2"
    assert (out / "demo" / "x.txt").read_bytes() == b"demo"
    # a new parent export that writes into that folder itself replaces it
    write_files({"a.txt": b"4", "demo/y.txt": b"5"}, out)
    assert not (out / "demo" / "x.txt").exists()
    assert (out / "demo" / "y.txt").read_bytes() == b"5"
