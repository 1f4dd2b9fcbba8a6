"""Shared fixtures: the mini article, the seed article, the ontology."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.ontology import Ontology, load_ontology

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
MINI = DATA / "mini-2025"
SEED = ROOT / "data" / "articles" / "fuzhou-hitech-2025"


@pytest.fixture(scope="session")
def onto() -> Ontology:
    return load_ontology()


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the mini article folder, named as its id requires."""
    dest = tmp_path / "mini-2025"
    shutil.copytree(MINI, dest)
    return dest


@pytest.fixture(scope="session")
def seed_built():
    from graph.pipeline import build_article

    return build_article(SEED)


@pytest.fixture(scope="session")
def mini_built():
    from graph.pipeline import build_article

    return build_article(MINI)


def copy_article_as(src: Path, dest_root: Path, new_id: str) -> Path:
    """A copy of the article folder ``src`` under another id (folder, meta.yaml ``id``,
    facts.yaml ``article``): the same facts, the same local ids, a different article."""
    dest = dest_root / new_id
    shutil.copytree(src, dest)
    for name, key in (("meta.yaml", "id"), ("facts.yaml", "article")):
        path = dest / name
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for i, line in enumerate(lines):
            if line.startswith(f"{key}:"):
                lines[i] = f"{key}: {new_id}\n"
                break
        path.write_text("".join(lines), encoding="utf-8")
    return dest
