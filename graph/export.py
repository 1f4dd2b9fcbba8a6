"""``make export``: build an article and write every format plus the ontology docs."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from graph.exporters import DEFAULT_FORMATS
from graph.exporters.writer import generate_exports, write_files
from graph.namespace import ZKGR_DEFAULT
from graph.pipeline import BuiltGraph, build_article


def generate_ontology_files(built: BuiltGraph) -> dict[str, bytes]:
    """The ontology's documentation page, class and relations diagrams and source files."""
    from graph.ontology_docs import generate

    return generate(built)


def export_article(
    folder: Path,
    out_dir: Path,
    formats: Iterable[str] | None = None,
    base: str = ZKGR_DEFAULT,
    docs: bool = True,
) -> list[Path]:
    """Build ``folder`` and write the requested formats to ``out_dir``.

    Everything is generated in memory first; only when all of it succeeded are the
    files written, each atomically.
    """
    built = build_article(folder, base)
    files = generate_exports(built, formats or DEFAULT_FORMATS)
    if docs:
        files.update(generate_ontology_files(built))
    return write_files(files, Path(out_dir))
