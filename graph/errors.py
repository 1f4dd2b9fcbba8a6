"""Errors that users see, and the one exit-code table of every ``zone-kg`` command.

Each error names the file, the line or field, and what is wrong. The CLI
(:func:`graph.cli.main`) prints it without a traceback and exits with the error's
``exit_code``; anything else that escapes a command is an internal error (exit 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_VALIDATION = 1
EXIT_INPUT = 2
EXIT_OUTPUT = 3
EXIT_QUERY = 4
EXIT_INTERNAL = 5

EXIT_CODES: dict[int, str] = {
    EXIT_OK: "ok",
    EXIT_VALIDATION: "validation failed (the built graph violates the SHACL shapes)",
    EXIT_INPUT: "bad input: a file, argument or value is wrong (file:line [field]: message)",
    EXIT_OUTPUT: "output could not be written (the previous export is left untouched)",
    EXIT_QUERY: "query error: SPARQL syntax error, or the query failed while it ran",
    EXIT_INTERNAL: "internal error: a bug in zone-kg (the message says what to report)",
}
"""The exit codes of every ``zone-kg`` command: the CLI's ``--help`` and the README print this."""

REPORT_TO = "the zone-kg issue tracker (the repository you got zone-kg from)"
"""Where an internal error asks the user to report it."""


def exit_codes_text(indent: str = "  ") -> str:
    """The exit-code table as plain text, one code a line (for ``--help``).

    >>> print(exit_codes_text().splitlines()[0])
      0  ok
    """
    return "\n".join(f"{indent}{code}  {text}" for code, text in EXIT_CODES.items())


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
        message = self.message
        if len(message) > MAX_MESSAGE_CHARS:  # a 1 MB quote that is not in the article…
            cut = len(message) - MAX_MESSAGE_CHARS
            message = f"{message[:MAX_MESSAGE_CHARS]}… ({cut:,} more characters)"
        return f"{where}: {message}"


MAX_MESSAGE_CHARS = 1000
"""At most this many characters of one problem's message are printed."""


class ZoneKGError(Exception):
    """Base class of the errors the CLI reports without a traceback."""

    exit_code = EXIT_INPUT


class InputError(ZoneKGError):
    """One or more problems in an input file (facts, metadata, article) or argument.

    ``more`` counts problems found but left out of ``problems`` (see :data:`MAX_PROBLEMS`),
    so that a huge broken file gives a readable message, not hundreds of thousands of lines.
    """

    exit_code = EXIT_INPUT

    def __init__(self, problems: list[Problem], more: int = 0) -> None:
        if len(problems) > MAX_PROBLEMS:
            more += len(problems) - MAX_PROBLEMS
            problems = problems[:MAX_PROBLEMS]
        self.problems = problems
        self.more = more
        lines = [str(p) for p in problems]
        if more:
            lines.append(f"… and {more} more problem{'s' if more != 1 else ''} (only the first {len(problems)} are shown)")
        super().__init__("\n".join(lines))


MAX_PROBLEMS = 200
"""At most this many problems of one error are kept and printed."""


class OutputError(ZoneKGError):
    """An output could not be written (bad ``--out``, read-only, full disk, locked)."""

    exit_code = EXIT_OUTPUT


class ExportError(ZoneKGError):
    """An exporter could not produce its output: a bug, since its input was checked."""

    exit_code = EXIT_INTERNAL
