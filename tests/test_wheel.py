"""The built wheel works outside the checkout: zone.ttl, shapes.ttl and the view's assets
travel inside the package (graph/ontology_files/, graph/sinks/view/).

The wheel is built from a copy of the sources in tmp_path (so no build/ or *.egg-info lands
in the repo; pip fetches setuptools for the isolated build as it would on any machine),
installed without dependencies into a fresh venv, and that venv sees the test venv's
dependencies through a .pth line (not its site-packages' .pth files, so the editable
zone-kg of the checkout stays invisible). Then `zone-kg export` and `zone-kg query` run
on a copy of the seed article, from a folder that is not the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "data" / "articles" / "fuzhou-hitech-2025"


def run(cmd: list[str | Path], cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{cmd}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("graph", "ontology"):  # symlinks kept: graph/ontology_files/ points into ontology/
        shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=ignore)
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", out, src], cwd=src)
    (found,) = out.glob("zone_kg-*.whl")
    return found


def test_wheel_contains_the_ontology_and_the_view_assets(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        for name in ("zone.ttl", "shapes.ttl"):  # real files, byte for byte the hand-edited ones
            assert z.read(f"graph/ontology_files/{name}") == (ROOT / "ontology" / name).read_bytes()
        # the optional name CRF's model (graph/extract/crf.py), byte for byte the one `make train` wrote
        model = "graph/extract/models/names.crfsuite"
        assert z.read(model) == (ROOT / model).read_bytes()
    assert {"graph/sinks/view/page.html", "graph/sinks/view/view.css", "graph/sinks/view/view.js"} <= names
    assert not any(n.startswith(("tests/", "data/", "exports/")) for n in names)


def test_installed_wheel_exports_and_queries_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=tmp_path).strip())
    (site / "test-venv-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel],
        cwd=tmp_path)
    where = run([python, "-c", "import graph.ontology as o; print(o.__file__); print(o.ONTOLOGY_PATH.is_file())"],
                cwd=tmp_path).split()
    assert Path(where[0]).is_relative_to(env_dir) and where[1] == "True"  # the wheel's copy, not the checkout's

    article = tmp_path / "work" / ARTICLE.name
    shutil.copytree(ARTICLE, article)
    zone_kg = env_dir / "bin" / "zone-kg"
    run([zone_kg, "export", article, "--out", "out"], cwd=article.parent)
    out = article.parent / "out"
    assert (out / f"{ARTICLE.name}.ttl").stat().st_size > 10_000
    for name in ("ontology/index.html", "ontology/classes.svg", "ontology/zone.ttl", f"{ARTICLE.name}.html"):
        assert (out / name).is_file(), name
    assert (out / "ontology" / "zone.ttl").read_bytes() == (ROOT / "ontology" / "zone.ttl").read_bytes()
    table = run([zone_kg, "query", out / f"{ARTICLE.name}.ttl", "SELECT ?n WHERE { ?x a zkg:Funder ; rdfs:label ?n } ORDER BY ?n",
                 "--format", "csv"], cwd=article.parent)
    assert "建设银行" in table.splitlines()
