"""The Makefile's install step (`make .venv/.runtime`, the first thing a fresh clone's `make export`
does), on a copy of what it reads: uv when uv can be installed, the machine's pip when it cannot.

Each test copies the Makefile, pyproject.toml, README.md, graph/ and ontology/ into tmp_path and
runs the real target there (PyPI needed, as for `make install`; the machine's pip and uv caches
are used as they are). Then the venv's zone-kg must be the copy's editable install (not the
checkout's), find its ontology and view assets, export the seed article, and have been installed
by the installer the Makefile said it used: the dist-info's INSTALLER file records it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025"

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def copy_sources(dest: Path) -> Path:
    dest.mkdir()
    for name in ("Makefile", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("graph", "ontology"):  # symlinks kept: graph/ontology_files/ points into ontology/
        shutil.copytree(ROOT / name, dest / name, symlinks=True, ignore=ignore)
    return dest


def make(cwd: Path, *args: str) -> str:
    """Run make in `cwd` outside this test's venv; its output (stdout and stderr), asserting exit 0."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "MAKEFLAGS", "MAKELEVEL")}
    bin_dir = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != bin_dir)
    done = subprocess.run(["make", "--no-print-directory", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    out = done.stdout + done.stderr
    assert done.returncode == 0, f"make {' '.join(args)}: exit {done.returncode}\n{out}"
    return out


def installer_of_zone_kg(venv: Path) -> str:
    (record,) = venv.glob("lib/python*/site-packages/zone_kg-*.dist-info/INSTALLER")
    return record.read_text(encoding="utf-8").strip()


def check_the_venv_runs_the_copy(work: Path, export: bool) -> None:
    """The venv imports graph/ from the copy, finds the package data and (`export`) exports the seed article."""
    python = work / ".venv" / "bin" / "python"
    probe = ("import graph, graph.ontology as o, graph.sinks.html as h, importlib.resources as r;"
             "print(graph.__file__); print(o.ONTOLOGY_PATH.is_file(), o.SHAPES_PATH.is_file());"
             "print(all(r.files('graph.sinks').joinpath(h.VIEW_DIR, n).is_file() for n in ('page.html', 'view.css', 'view.js')))")
    lines = subprocess.run([python, "-c", probe], cwd=work.parent, capture_output=True, text=True, check=True).stdout.split()
    assert Path(lines[0]).is_relative_to(work / "graph"), lines[0]  # editable: the copy's sources
    assert lines[1:] == ["True", "True", "True"]
    zone_kg = work / ".venv" / "bin" / "zone-kg"
    assert "export" in subprocess.run([zone_kg, "--help"], capture_output=True, text=True, check=True).stdout
    if not export:
        return
    article = work / "articles" / SEED.name
    shutil.copytree(SEED, article)
    subprocess.run([zone_kg, "export", article, "--out", work / "out"],
                   cwd=work, capture_output=True, check=True)
    assert (work / "out" / f"{SEED.name}.ttl").stat().st_size > 10_000
    assert (work / "out" / f"{SEED.name}.html").is_file()


def test_uv_installs_the_runtime_venv_and_is_reused(tmp_path: Path) -> None:
    work = copy_sources(tmp_path / "clone")
    out = make(work, ".venv/.runtime")
    assert "make: [1/3] creating .venv, a venv without a pip of its own" in out
    assert "make: [2/3] fetching the installer uv" in out
    assert "make: [3/3] uv pip install -e ." in out
    assert "pip installs instead" not in out
    venv = work / ".venv"
    version = subprocess.run([venv / "tools" / "bin" / "uv", "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("uv 0.")
    assert installer_of_zone_kg(venv) == "uv"
    assert not (venv / "bin" / "pip").exists()  # the runtime venv has no pip of its own
    check_the_venv_runs_the_copy(work, export=True)

    # a changed pyproject.toml reinstalls with the uv already there, without fetching it again
    (work / "pyproject.toml").touch()
    again = make(work, ".venv/.runtime")
    assert "make: [2/3] installer: uv (already in .venv/tools/)" in again
    assert "fetching the installer" not in again
    assert installer_of_zone_kg(venv) == "uv"


def test_pip_installs_when_uv_cannot_be_installed(tmp_path: Path) -> None:
    work = copy_sources(tmp_path / "clone")
    out = make(work, ".venv/.runtime", "UV_REQ=uv==0.0.1")  # no such release: the machine's pip fails to fetch it
    assert "make:       uv could not be installed (ERROR: No matching distribution found for uv==0.0.1): pip installs instead" in out
    assert "make: [3/3] pip install -e ." in out
    assert not (work / ".venv" / "tools" / "bin" / "uv").exists()
    assert installer_of_zone_kg(work / ".venv") == "pip"
    check_the_venv_runs_the_copy(work, export=False)  # the export itself does not depend on the installer
