"""``make export``: build an article and write every format plus the ontology docs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from graph.exporters import DEFAULT_FORMATS
from graph.exporters.writer import check_out_dir, generate_exports, write_files
from graph.namespace import ZKGR_DEFAULT
from graph.ontology import ONTOLOGY_PATH, SHAPES_PATH
from graph.pipeline import BuiltGraph, build_article


def generate_ontology_files(built: BuiltGraph) -> dict[str, bytes]:
    """The ontology's documentation page, class and relations diagrams and source files."""
    from graph.ontology_docs import (
        generate_class_diagram_svg,
        generate_ontology_html,
        generate_relations_diagram_svg,
    )

    onto = built.ontology.graph
    return {
        "ontology/index.html": generate_ontology_html(onto).encode("utf-8"),
        "ontology/classes.svg": generate_class_diagram_svg(onto).encode("utf-8"),
        "ontology/relations.svg": generate_relations_diagram_svg(onto).encode("utf-8"),
        "ontology/zone.ttl": ONTOLOGY_PATH.read_bytes(),
        "ontology/shapes.ttl": SHAPES_PATH.read_bytes(),
    }


def export_article(
    folder: Path,
    out_dir: Path | str,
    formats: Iterable[str] | None = None,
    base: str = ZKGR_DEFAULT,
    docs: bool = True,
    on_wait: Callable[[Path], None] | None = None,
) -> list[Path]:
    """Build ``folder`` and write the requested formats to ``out_dir``.

    Everything is generated in memory first; only when all of it succeeded is the
    export written, as one transaction that replaces the whole folder
    (:func:`graph.exporters.writer.write_files`).
    """
    check_out_dir(out_dir)  # fail before building when --out cannot be a folder
    built = build_article(folder, base)
    files = generate_exports(built, formats or DEFAULT_FORMATS)
    if docs:
        files.update(generate_ontology_files(built))
    return write_files(files, out_dir, on_wait=on_wait)
