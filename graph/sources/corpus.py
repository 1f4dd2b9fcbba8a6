"""A corpus: a folder of article folders, read as one source.

``CORPUS_DIR/<id>/{article.txt, meta.yaml, facts.yaml}``; a single article folder is a
corpus of one. Articles are independent until entity resolution, so they are loaded in
parallel (``jobs``) and always returned in article-id order: the result does not depend
on the number of workers.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.errors import InputError, Problem
from graph.model import ArticleFacts
from graph.ontology import Ontology, load_ontology
from graph.sources.article import ARTICLE_FILE, load_article
from graph.sources.registry import Registry, find_registry, load_registry


@dataclass(frozen=True)
class Corpus:
    """Every article of a corpus folder, checked, and its entity registry."""

    root: Path
    articles: tuple[ArticleFacts, ...]
    registry: Registry

    def __iter__(self) -> Iterator[ArticleFacts]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    def article(self, article_id: str) -> ArticleFacts:
        for art in self.articles:
            if art.article_id == article_id:
                return art
        raise KeyError(article_id)


def is_article_folder(path: Path) -> bool:
    return (path / ARTICLE_FILE).is_file()


def discover_articles(path: Path) -> list[Path]:
    """The article folders of ``path`` in id order (``path`` itself when it is one).

    Raises :class:`InputError` when ``path`` is neither an article folder nor a folder
    holding at least one.
    """
    path = Path(path)
    if not path.is_dir():
        raise InputError([Problem(path, "not a folder (expected an article folder or a corpus folder of article folders)")])
    if is_article_folder(path):
        return [path]
    found = sorted(p for p in path.iterdir() if p.is_dir() and is_article_folder(p))
    if not found:
        raise InputError([Problem(path, f"no article folder inside (a folder with {ARTICLE_FILE}, meta.yaml, facts.yaml)")])
    return found


def jobs_or_default(jobs: int | None) -> int:
    """``--jobs``: at least 1; ``None`` means one worker per core."""
    return max(1, jobs) if jobs is not None else (os.cpu_count() or 1)


def _load_one(folder: Path) -> ArticleFacts:
    return load_article(folder, load_ontology())


def _progress(total: int, enabled: bool | None) -> Any:
    """A tqdm bar on stderr for long loads (shown on a terminal only, unless asked)."""
    from tqdm import tqdm

    show = sys.stderr.isatty() and total >= PROGRESS_MIN if enabled is None else enabled
    return tqdm(total=total, desc="loading articles", unit="article", disable=not show, file=sys.stderr)


PROGRESS_MIN = 20
"""Corpora smaller than this load without a progress bar."""


def load_articles(folders: list[Path], onto: Ontology, jobs: int = 1, progress: bool | None = None) -> list[ArticleFacts]:
    """Load every folder; all problems of all articles are reported together."""
    results: list[ArticleFacts | InputError] = []
    bar = _progress(len(folders), progress)
    if jobs > 1 and len(folders) > 1:
        with ProcessPoolExecutor(max_workers=min(jobs, len(folders))) as pool:
            futures = [pool.submit(_load_one, f) for f in folders]
            for fut in futures:
                exc = fut.exception()
                results.append(exc if isinstance(exc, InputError) else fut.result())
                bar.update()
    else:
        for folder in folders:
            bar.update()
            try:
                results.append(load_article(folder, onto))
            except InputError as exc:
                results.append(exc)
    bar.close()
    errors = [r for r in results if isinstance(r, InputError)]
    if errors:
        raise InputError([p for e in errors for p in e.problems], sum(e.more for e in errors))
    return [r for r in results if isinstance(r, ArticleFacts)]


def load_corpus(path: Path, onto: Ontology | None = None, *, registry: Path | None = None, jobs: int = 1) -> Corpus:
    """Load a corpus folder (or one article folder) and its registry.

    ``registry`` defaults to :func:`graph.sources.registry.find_registry` of the corpus folder.
    """
    path = Path(path)
    onto = onto or load_ontology()
    folders = discover_articles(path)
    articles = load_articles(folders, onto, jobs)
    seen: dict[str, Path] = {}
    for folder, art in zip(folders, articles, strict=True):
        if art.article_id in seen:
            raise InputError([Problem(folder, f"article id {art.article_id!r} is also the id of {seen[art.article_id]}")])
        seen[art.article_id] = folder
    root = path if len(folders) > 1 or folders[0] != path else path.parent
    reg_path = registry if registry is not None else find_registry(root)
    return Corpus(root=root, articles=tuple(articles), registry=load_registry(reg_path, articles, onto))
