"""Read the term tables of ``docs/design.md`` so tests can hold ``zone.ttl`` to the contract."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DESIGN = Path(__file__).resolve().parent.parent / "docs" / "design.md"


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    rest = text[start + len(heading):]
    end = re.search(r"^#{2,3} ", rest, flags=re.M)
    return rest[: end.start()] if end else rest


def _table(section: str) -> list[tuple[str, ...]]:
    rows = []
    for line in section.splitlines():
        if not line.startswith("|") or set(line) <= {"|", "-", " "}:
            continue
        rows.append(tuple(c.strip() for c in line.strip().strip("|").split("|")))
    return rows[1:]  # drop the header


def split_union(text: str) -> frozenset[str]:
    """``Organization ⊔ Place`` → {"Organization", "Place"}; ``owl:Thing`` → {}."""
    names = {part.strip().split(" ")[0] for part in text.split("⊔")}
    return frozenset(n for n in names if n not in {"owl:Thing", "anything", "–", ""})


@cache
def design_text() -> str:
    return DESIGN.read_text(encoding="utf-8")


@cache
def classes() -> dict[str, tuple[str, frozenset[str]]]:
    """class → (zh label, declared super-classes as CURIEs or zkg local names)."""
    out = {}
    for cls, zh, sup, _notes in _table(_section(design_text(), "### Classes")):
        supers = frozenset(s.strip() for s in sup.split(",") if s.strip() not in {"–", ""})
        out[cls] = (zh, supers)
    return out


@cache
def relation_properties() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """relation property → (zh, domain classes, range classes)."""
    section = _section(design_text(), "### Object properties used in `relations:`")
    out = {}
    for prop, zh, dom, rng in _table(section):
        out[prop] = (zh, split_union(dom), split_union(rng.replace("(symmetric)", "")))
    return out


@cache
def record_properties() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Properties of the "Properties used by records" paragraph → (domain, range)."""
    section = _section(design_text(), "### Object properties used in `relations:`")
    para = section[section.index("Properties used by records"):]
    out = {}
    for m in re.finditer(r"((?:`\w+`(?:,\s*)?)+)\s+\(([^→()]+) → ([^)]+)\)", para):
        for name in re.findall(r"`(\w+)`", m.group(1)):
            out[name] = (split_union(m.group(2)), split_union(m.group(3)))
    return out


@cache
def datatype_properties() -> dict[str, tuple[frozenset[str], str]]:
    """datatype property → (domain classes, range CURIE)."""
    out = {}
    for names, dom, rng in _table(_section(design_text(), "### Datatype properties")):
        for name in names.split(","):
            out[name.strip()] = (split_union(dom), rng.split(" ")[0])
    return out


@dataclass(frozen=True)
class Individual:
    cls: str
    name: str
    notation: str
    cues: tuple[str, ...]
    conversion: str


@cache
def individuals() -> list[Individual]:
    out = []
    for cls, name, notation, cue, conversion in _table(_section(design_text(), "### Controlled individuals")):
        ticked = re.findall(r"`([^`]+)`", notation)
        cues = tuple(c.strip() for c in re.split(r"[,/]", cue) if c.strip())
        out.append(Individual(cls, name, ticked[0] if ticked else notation, cues, conversion))
    return out
