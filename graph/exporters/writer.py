"""Write exporter outputs: produce everything first, then save each file atomically.

If any exporter fails, nothing is written; a write goes to a temporary file in the
target folder and is renamed over the old file, so a crash never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from graph.errors import ExportError
from graph.exporters import DEFAULT_FORMATS, get_exporter
from graph.gcpause import without_gc

if TYPE_CHECKING:
    from graph.pipeline import BuiltCorpus, BuiltGraph


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` (temp file in the same folder, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@without_gc
def generate_exports(built: BuiltGraph | BuiltCorpus, formats: Iterable[str] = DEFAULT_FORMATS) -> dict[str, bytes]:
    """Every requested format in memory: ``{file name: bytes}``. Writes nothing."""
    out: dict[str, bytes] = {}
    for name in formats:
        exporter = get_exporter(name)
        filename = built.article_id + exporter.SUFFIX
        if filename in out:
            continue
        try:
            out[filename] = exporter.generate(built)
        except Exception as exc:  # an exporter bug must not leave partial outputs
            raise ExportError(f"{name} exporter failed for {built.article_id}: {exc}") from exc
    return out


def write_files(files: Mapping[str, bytes], out_dir: Path) -> list[Path]:
    """Save ``{relative name: bytes}`` under ``out_dir`` atomically; the paths, sorted."""
    paths = []
    for name in sorted(files):
        path = out_dir / name
        write_atomic(path, files[name])
        paths.append(path)
    return paths
