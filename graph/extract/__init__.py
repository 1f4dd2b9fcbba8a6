"""Draft extraction of facts files from Chinese regional-industry reports (rules only).

``extract_facts(text, article_id)`` returns a dict in the facts-file schema of
``docs/design.md``; ``dump_draft(facts)`` renders it as deterministic YAML. The rules run
as a pipeline of named components (``graph.extract.pipeline``) over one shared context
(``graph.extract.context``).

Both names are imported on first use: importing ``graph.extract`` (as ``zone-kg``'s
parser does for every command) compiles no rule and loads no dictionary.
"""

from __future__ import annotations

from typing import Any

__all__ = ["dump_draft", "extract_facts"]


def __getattr__(name: str) -> Any:
    if name == "extract_facts":
        from graph.extract.pipeline import extract_facts

        return extract_facts
    if name == "dump_draft":
        from graph.extract.dump import dump_draft

        return dump_draft
    raise AttributeError(f"module 'graph.extract' has no attribute {name!r}")
