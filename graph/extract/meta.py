"""A draft ``meta.yaml``: what an article says about itself, read from its first lines.

Only what the text states is drafted, as written: the title (the first line), a subtitle
(a short line under it), the byline and its authors with the role word written before each
name, the year the title names, and a dateline or ``来源`` line as the source note. Nothing
is translated or guessed (``title_en``, ``name_en``… are left for the reviewer); a field the
text does not state is left out.

>>> meta = draft_meta("数读江北高新区2025\\n\\n本报记者 王立\\n\\n全年营收增长。", "jb")
>>> (meta.title_zh, meta.byline_zh, [a.name_zh for a in meta.authors], meta.period)
('数读江北高新区2025', '本报记者 王立', ['王立'], 2025)
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from graph.extract.text import BYLINE_ROLE_RE, byline_names
from graph.model import ArticleMeta, AuthorRecord

_TITLE_YEAR_RE = re.compile(r"((?:19|20)\d{2})年(?!代)|(?<![\d.])(20\d{2})(?=\s*$|\s*[·|｜:：丨])")
_SENTENCE_END_RE = re.compile(r"[。!?！？;；]$")
_DATELINE_RE = re.compile(r"^\s*((?:本报|新华社|中新社|人民网|[\u4e00-\u9fff]{2,8}(?:日报|晚报|网|社))"
                          r"[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|讯)|本报讯|来源[:：][^\n]{2,40})")
_HEAD_LINES = 8  # a byline or subtitle lies among the first lines under the title


def _head_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:_HEAD_LINES]


def _authors(line: str, known_people: set[str] | None) -> list[AuthorRecord]:
    """The byline's names, each with the role word written last before it (本报记者 甲 实习生 乙)."""
    authors = []
    for name, at in byline_names(line) or []:
        if known_people is not None and name not in known_people:
            continue  # the loader wants every author drafted as a Person
        roles = [m.group(0) for m in BYLINE_ROLE_RE.finditer(line, 0, at)]
        authors.append(AuthorRecord(name_zh=name, role_zh=roles[-1] if roles else None))
    return authors


def draft_meta(text: str, article_id: str, facts: dict[str, Any] | None = None) -> ArticleMeta:
    """The article's metadata as its text states it; with the drafted ``facts``, authors are kept
    only when the facts name them as people (so that the draft article builds)."""
    lines = _head_lines(text)
    title = lines[0] if lines else article_id
    known = None if facts is None else {e.get("name_zh") for e in facts.get("entities", []) if "Person" in e.get("classes", [])}
    byline = next((line for line in lines[1:6] if byline_names(line) is not None), None)
    subtitle = None
    if len(lines) > 1 and lines[1] != byline and len(lines[1]) <= 40 and not _SENTENCE_END_RE.search(lines[1]) \
            and "记者" not in lines[1] and _DATELINE_RE.match(lines[1]) is None:
        subtitle = lines[1]
    year = _TITLE_YEAR_RE.search(title)
    dateline = next((m.group(1) for line in lines[1:] if (m := _DATELINE_RE.match(line)) is not None), None)
    return ArticleMeta(
        id=article_id, title_zh=title, subtitle_zh=subtitle, byline_zh=byline,
        authors=_authors(byline, known) if byline else [],
        period=int(year.group(1) or year.group(2)) if year else None,
        source_note=f"The text states its source in its dateline: {dateline}" if dateline else None,
    )


def dump_meta(meta: ArticleMeta) -> str:
    """Deterministic YAML of a drafted meta (schema key order; fields not stated left out)."""
    data = meta.model_dump(mode="python", exclude_none=True)
    data["authors"] = [a.model_dump(mode="python", exclude_none=True) for a in meta.authors]
    if not data["authors"]:
        del data["authors"]
    header = ("# Draft written by `zone-kg extract --meta`: every field needs a human check. Only what the\n"
              "# text states is drafted; add title_en, name_en, photo credits and a fuller source_note by hand.\n")
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
