"""Draft extraction of facts files from Chinese regional-industry reports (rules only).

``extract_facts(text, article_id)`` returns a dict in the facts-file schema of
``docs/design.md``; ``dump_draft(facts)`` renders it as deterministic YAML.
"""

from graph.extract.dump import dump_draft
from graph.extract.extractor import extract_facts

__all__ = ["dump_draft", "extract_facts"]
