"""graph.extract.dump: drafts show each quote's offsets for the reviewer."""

from __future__ import annotations

import re

from graph.extract import dump_draft, extract_facts
from tests.conftest import SEED

OFFSETS = re.compile(r"(\d+)-(\d+) \(line (\d+)\)")


def test_every_evidence_line_is_preceded_by_its_offsets() -> None:
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    facts = extract_facts(text, "fuzhou-hitech-2025")
    lines = dump_draft(facts, text).splitlines()
    evidence_lines = [i for i, line in enumerate(lines) if line.lstrip().startswith("evidence:")]
    records = [r for key in ("entities", "relations", "observations", "funding_events", "recognitions")
               for r in facts.get(key, [])]
    assert len(evidence_lines) == len(records) > 0
    for i, record in zip(evidence_lines, records, strict=True):
        comment = lines[i - 1].strip()
        assert comment.startswith("# offsets: ")
        spans = OFFSETS.findall(comment)
        assert len(spans) == len(record["evidence"])
        for (start, end, line), quote in zip(spans, record["evidence"], strict=True):
            assert text[int(start):int(end)].replace("\n", "") == quote
            assert text.count("\n", 0, int(start)) + 1 == int(line)


def test_without_text_the_draft_has_no_offset_comments() -> None:
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    assert "# offsets" not in dump_draft(extract_facts(text, "fuzhou-hitech-2025"))
