"""Errors that users see: each names the file, the line or field, and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file."""

    path: Path
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f" [{self.field}]"
        return f"{where}: {self.message}"


class ZoneKGError(Exception):
    """Base class of the errors the CLI reports without a traceback."""

    exit_code = 1


class InputError(ZoneKGError):
    """One or more problems in an input file (facts, metadata, article)."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ExportError(ZoneKGError):
    """An exporter could not produce its output."""

    exit_code = 3
