"""``make export``: build a corpus (or one article) and write every format plus the ontology docs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from graph.namespace import ZKGR_DEFAULT
from graph.pipeline import BuiltCorpus, BuiltGraph, build_corpus
from graph.sinks import CORPUS_FORMATS, DEFAULT_FORMATS, get_sink
from graph.sinks.writer import check_out_dir, generate_exports, write_files


def generate_ontology_files(built: BuiltGraph | BuiltCorpus) -> dict[str, bytes]:
    """The ontology's documentation page, class and relations diagrams and source files."""
    files: dict[str, bytes] = get_sink("ontology-docs").load()(built)
    return files


def generate_corpus_files(built: BuiltCorpus, formats: Iterable[str] | None = None,
                          corpus_formats: Iterable[str] | None = None, docs: bool = True) -> dict[str, bytes]:
    """Every file of a corpus export, in memory: ``{relative name: bytes}``.

    Each article's files (``<id>.ttl`` …, ``formats``), the corpus files (``corpus.trig``,
    ``corpus.nq``, ``corpus.ttl``, ``corpus.graphml``, ``corpus.html``; ``corpus_formats``)
    and the ontology docs.
    """
    files: dict[str, bytes] = {}
    for article in built.articles:
        files.update(generate_exports(article, formats or DEFAULT_FORMATS))
    files.update(generate_exports(built, corpus_formats or CORPUS_FORMATS))
    if docs:
        files.update(generate_ontology_files(built))
    return files


def export_corpus(
    path: Path,
    out_dir: Path | str,
    formats: Iterable[str] | None = None,
    base: str = ZKGR_DEFAULT,
    docs: bool = True,
    *,
    registry: Path | None = None,
    jobs: int = 1,
    synthetic: bool = False,
    on_wait: Callable[[Path], None] | None = None,
) -> list[Path]:
    """Build the corpus folder ``path`` (or one article folder) and write its export.

    Nothing is written unless every article, the registry and every exporter succeeded;
    then the whole export replaces ``out_dir`` in one transaction.
    """
    check_out_dir(out_dir)  # fail before building when --out cannot be a folder
    built = build_corpus(path, base, registry=registry, jobs=jobs, synthetic=synthetic)
    return write_files(generate_corpus_files(built, formats, None, docs), out_dir, on_wait=on_wait)
