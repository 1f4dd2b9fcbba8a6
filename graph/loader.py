"""Load an article folder into :class:`graph.model.ArticleFacts`: where a fact is read.

An article folder holds ``article.txt`` (the source, byte for byte), ``meta.yaml`` and
``facts.yaml``. :func:`load_article` reads all three, validates the facts against the
schema (:mod:`graph.model`) and the ontology (:mod:`graph.ontology`), and locates every
evidence quote in the article. All problems are collected and raised together as an
:class:`graph.errors.InputError` naming file, line and field.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from graph.errors import InputError, Problem
from graph.gcpause import without_gc
from graph.model import (
    AmountRecord,
    ArticleFacts,
    ArticleMeta,
    ChangeRecord,
    Evidence,
    FactsFile,
)
from graph.ontology import Ontology, load_ontology

ARTICLE_FILE = "article.txt"
META_FILE = "meta.yaml"
FACTS_FILE = "facts.yaml"
SENTENCE_END = "。！？!?"
LINE_BREAKS = "\r\n"

YamlPath = tuple[str | int, ...]


# --------------------------------------------------------------------------- YAML


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DecimalLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader (libyaml's when present) that reads floats as :class:`~decimal.Decimal`."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    text = loader.construct_scalar(node).replace("_", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise yaml.constructor.ConstructorError(
            None, None, f"not a finite number: {text!r}", node.start_mark
        ) from None
    if not value.is_finite():
        raise yaml.constructor.ConstructorError(
            None, None, f"not a finite number: {text!r}", node.start_mark
        )
    return value


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


def _line_map(node: yaml.Node, path: YamlPath, lines: dict[YamlPath, int], dups: list[tuple[int, str]]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                dups.append((key_node.start_mark.line + 1, f"duplicate key {key!r}"))
            seen.add(key)
            _line_map(value_node, (*path, key), lines, dups)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _line_map(item, (*path, index), lines, dups)


@dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML file and the line of every mapping key and list item in it."""

    path: Path
    data: Any
    lines: dict[YamlPath, int]

    def line(self, path: YamlPath) -> int | None:
        """The line of ``path`` or of its nearest ancestor that is in the file."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)

    def problem(self, path: YamlPath, message: str) -> Problem:
        return Problem(self.path, message, line=self.line(path), field=format_path(path))


def format_path(path: YamlPath) -> str:
    """``('entities', 3, 'name_zh')`` → ``entities[3].name_zh``.

    >>> format_path(("entities", 3, "name_zh"))
    'entities[3].name_zh'
    """
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def read_yaml(path: Path) -> YamlDoc:
    """Parse ``path``; syntax errors and duplicate keys raise :class:`InputError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(path, "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise InputError([Problem(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]) from None
    loader = _DecimalLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        raise InputError([Problem(path, f"YAML syntax error: {what}", line=line)]) from None
    finally:
        loader.dispose()
    lines: dict[YamlPath, int] = {}
    dups: list[tuple[int, str]] = []
    if node is not None:
        _line_map(node, (), lines, dups)
    if dups:
        raise InputError([Problem(path, message, line=line) for line, message in dups])
    return YamlDoc(path, data, lines)


def parse_model(doc: YamlDoc, model: type[BaseModel]) -> Any:
    """Validate ``doc.data`` against a pydantic ``model``; errors carry YAML lines."""
    if not isinstance(doc.data, dict):
        raise InputError([Problem(doc.path, "expected a mapping at the top of the file", line=1)])
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc: YamlPath = tuple(err["loc"])
            message = err["msg"]
            if err["type"] == "missing":
                message = "required field is missing"
            elif err["type"] == "extra_forbidden":
                message = "unknown field (not in the facts schema)"
            elif "input" in err and not isinstance(err["input"], dict | list):
                message += f" (got {err['input']!r})"
            problems.append(doc.problem(loc, message))
        raise InputError(problems) from None


# --------------------------------------------------------------------------- quotes


class QuoteIndex:
    """Find quotes in an article, ignoring the line breaks of its print layout.

    >>> idx = QuoteIndex("第一句。佳时特高\\n\\n端数控机床很好。")
    >>> ev = idx.locate("佳时特高端数控机床")
    >>> (ev.start, ev.end, ev.line, ev.sentence)
    (4, 15, 1, '佳时特高端数控机床很好。')
    """

    def __init__(self, text: str) -> None:
        self.text = text
        kept = [i for i, ch in enumerate(text) if ch not in LINE_BREAKS]
        self._flat = "".join(text[i] for i in kept)
        self._pos = kept
        self._line_starts: list[int] | None = None

    def find_all(self, needles: Iterable[str]) -> dict[str, list[int]]:
        """Start offsets (in the flattened text) of every occurrence of every needle.

        One Aho-Corasick pass over the text, so checking all quotes of a large facts
        file costs time linear in the text plus the matches, not text × quotes.
        """
        import ahocorasick

        wanted = sorted({n for n in needles if n})
        hits: dict[str, list[int]] = {n: [] for n in wanted}
        if not wanted:
            return hits
        automaton = ahocorasick.Automaton()
        for needle in wanted:
            automaton.add_word(needle, needle)
        automaton.make_automaton()
        for end, needle in automaton.iter(self._flat):
            hits[needle].append(end - len(needle) + 1)
        return hits

    def evidence_at(self, flat_start: int, quote: str) -> Evidence:
        """The :class:`Evidence` of ``quote`` found at ``flat_start`` in the flattened text."""
        start = self._pos[flat_start]
        end = self._pos[flat_start + len(quote) - 1] + 1
        return Evidence(
            start=start,
            end=end,
            line=self._line(start),
            quote=quote,
            sentence=self.sentence(start, end),
        )

    def _line(self, offset: int) -> int:
        if self._line_starts is None:
            self._line_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        return bisect.bisect_right(self._line_starts, offset)

    def count(self, needle: str) -> int:
        """How many times ``needle`` occurs (overlaps included)."""
        return sum(1 for _ in self._finds(needle))

    def _finds(self, needle: str) -> Iterator[int]:
        start = self._flat.find(needle)
        while start >= 0:
            yield start
            start = self._flat.find(needle, start + 1)

    def locate(self, quote: str) -> Evidence:
        """The one place ``quote`` stands; :class:`ValueError` when absent or ambiguous."""
        if any(ch in LINE_BREAKS for ch in quote):
            raise ValueError("a quote may not contain line breaks")
        return self.resolve(quote, list(self._finds(quote)))

    def resolve(self, quote: str, hits: list[int]) -> Evidence:
        """The one hit of ``quote``; :class:`ValueError` when there is none or several."""
        if not hits:
            raise ValueError(f"quote not found verbatim in the article: {quote!r}")
        if len(hits) > 1:
            raise ValueError(
                f"quote is ambiguous: it occurs {len(hits)} times in the article; "
                f"quote more of the sentence: {quote!r}"
            )
        return self.evidence_at(hits[0], quote)

    def sentence(self, start: int, end: int) -> str:
        """The sentence around ``text[start:end]``, line breaks removed.

        It runs from the previous sentence end to the next one. A line break also ends
        a sentence, unless the line before it is prose cut by a page break: it has a
        comma, semicolon or colon and does not end with a sentence end. So headings,
        bylines and captions stay sentences of their own, while a sentence broken across
        pages (``佳时特高\n\n端数控机床``) is whole again.
        """
        text = self.text
        left = start
        while left > 0:
            ch = text[left - 1]
            if ch in SENTENCE_END and not (left < len(text) and text[left] in CLOSING_QUOTES):
                break
            if ch == "\n":
                j = left - 1
                while j > 0 and text[j - 1] == "\n":
                    j -= 1
                if j == 0 or not _continues(text[text.rfind("\n", 0, j) + 1 : j]):
                    break
                left = j
                continue
            left -= 1
        right = end
        while right < len(text) and not (
            right > start and text[right - 1] in SENTENCE_END and text[right] not in CLOSING_QUOTES
        ):
            if text[right] == "\n":
                if not _continues(text[text.rfind("\n", 0, right) + 1 : right]):
                    break
                while right < len(text) and text[right] == "\n":
                    right += 1
                continue
            right += 1
        raw = text[left:right]
        return "".join(ch for ch in raw if ch not in LINE_BREAKS).strip()


PROSE_MARKS = ",，;；:："
CLOSING_QUOTES = "”’」』）)"
"""A sentence end right before one of these (``“解了燃眉之急!”深耕铜箔…说``) ends a
quotation inside the sentence, not the sentence."""


def _continues(line: str) -> bool:
    """Whether a line is prose that a page break cut mid-sentence."""
    line = line.rstrip()
    return bool(line) and line[-1] not in SENTENCE_END + CLOSING_QUOTES and any(c in PROSE_MARKS for c in line)


# --------------------------------------------------------------------------- checks


def _iter_quotes(facts: FactsFile) -> Iterator[tuple[YamlPath, str]]:
    sections: list[tuple[str, list[Any]]] = [
        ("entities", facts.entities),
        ("relations", facts.relations),
        ("observations", facts.observations),
        ("funding_events", facts.funding_events),
        ("recognitions", facts.recognitions),
    ]
    for section, records in sections:
        for i, record in enumerate(records):
            for j, quote in enumerate(record.evidence):
                yield (section, i, "evidence", j), quote


class _Checker:
    """Semantic checks of a schema-valid facts file against the ontology and the text."""

    def __init__(self, doc: YamlDoc, facts: FactsFile, index: QuoteIndex, onto: Ontology) -> None:
        self.doc = doc
        self.facts = facts
        self.index = index
        self.onto = onto
        self.problems: list[Problem] = []
        self.evidence: dict[str, Evidence] = {}
        self.hits: dict[str, list[int]] = {}
        self.classes: dict[str, list[str]] = {e.id: e.classes for e in facts.entities}

    def report(self, path: YamlPath, message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def run(self) -> None:
        self.check_ids()
        self.check_quotes()
        self.check_entities()
        self.check_relations()
        self.check_observations()
        self.check_funding()
        self.check_recognitions()

    def check_ids(self) -> None:
        first: dict[str, YamlPath] = {}
        for section in ("entities", "observations", "funding_events", "recognitions"):
            for i, record in enumerate(getattr(self.facts, section)):
                path: YamlPath = (section, i, "id")
                if record.id == self.facts.article:
                    self.report(path, f"id {record.id!r} is the article's own id")
                if record.id in first:
                    where = self.doc.line(first[record.id])
                    self.report(path, f"duplicate id {record.id!r} (first defined on line {where})")
                else:
                    first[record.id] = path

    def check_quotes(self) -> None:
        quotes = list(_iter_quotes(self.facts))
        names = [n for e in self.facts.entities for n in (e.name_zh, *e.aliases_zh)]
        self.hits = self.index.find_all([q for _, q in quotes] + names)
        for path, quote in quotes:
            if quote in self.evidence:
                continue
            if any(ch in LINE_BREAKS for ch in quote):
                self.report(path, "a quote may not contain line breaks")
                continue
            try:
                self.evidence[quote] = self.index.resolve(quote, self.hits.get(quote, []))
            except ValueError as exc:
                self.report(path, str(exc))

    def known(self, path: YamlPath, what: str, token: str | None, vocabulary: Mapping[str, object]) -> None:
        """Report ``token`` unless it is ``None`` or a notation of the ontology's ``vocabulary``."""
        if token is not None and token not in vocabulary:
            self.report(path, f"unknown {what} {token!r} (known: {', '.join(sorted(vocabulary))})")

    def outside(self, path: YamlPath, ident: str, classes: list[str], side: str, predicate: str, allowed: frozenset[str]) -> None:
        message = f"{ident!r} ({', '.join(classes)}) is outside the {side} of {predicate} ({' | '.join(sorted(allowed))})"
        self.report(path, message)

    def require_entity(self, path: YamlPath, ident: str | None) -> list[str] | None:
        if ident is None:
            return None
        if ident not in self.classes:
            self.report(path, f"unknown entity id {ident!r} (not in entities)")
            return None
        classes = self.classes[ident]
        if any(cls not in self.onto.classes for cls in classes):
            return None  # already reported as an unknown class; don't cascade
        return classes

    def require_in_text(self, path: YamlPath, name: str, what: str) -> None:
        if not self.hits.get(name):
            self.report(path, f"{what} {name!r} does not occur in the article")

    def check_entities(self) -> None:
        for i, ent in enumerate(self.facts.entities):
            for j, cls in enumerate(ent.classes):
                if cls not in self.onto.classes:
                    self.report(("entities", i, "classes", j), f"unknown class {cls!r} (not in the ontology)")
            self.require_in_text(("entities", i, "name_zh"), ent.name_zh, "name_zh")
            for j, alias in enumerate(ent.aliases_zh):
                self.require_in_text(("entities", i, "aliases_zh", j), alias, "alias")

    def check_relations(self) -> None:
        seen: dict[tuple[str, str, str], int] = {}
        for i, rel in enumerate(self.facts.relations):
            key = (rel.subject, rel.predicate, rel.object)
            if key in seen:
                self.report(("relations", i), f"duplicate relation (same as relations[{seen[key]}])")
            seen.setdefault(key, i)
            prop = self.onto.object_properties.get(rel.predicate)
            if prop is None:
                self.report(("relations", i, "predicate"), f"unknown predicate {rel.predicate!r} (not an object property of the ontology)")
            subj = self.require_entity(("relations", i, "subject"), rel.subject)
            obj = self.require_entity(("relations", i, "object"), rel.object)
            if prop is None:
                continue
            if subj is not None and not self.onto.accepts(prop.domain, subj):
                self.outside(("relations", i, "subject"), rel.subject, subj, "domain", rel.predicate, prop.domain)
            if obj is not None and not self.onto.accepts(prop.range, obj):
                self.outside(("relations", i, "object"), rel.object, obj, "range", rel.predicate, prop.range)

    def check_quantity(self, path: YamlPath, q: AmountRecord | ChangeRecord, quotes: list[str]) -> None:
        unit = self.onto.units.get(q.unit)
        self.known((*path, "unit"), "unit", q.unit, self.onto.units)
        if unit is not None and q.value < 0 and not unit.allows_negative:
            self.report((*path, "value"), f"negative value {q.value} is impossible in {q.unit}")
        self.known((*path, "qualifier"), "qualifier", q.qualifier, self.onto.qualifiers)
        if not any(q.as_written in quote for quote in quotes):
            self.report((*path, "as_written"), f"{q.as_written!r} is not inside any of the record's evidence quotes")

    def check_observations(self) -> None:
        for i, obs in enumerate(self.facts.observations):
            path: YamlPath = ("observations", i)
            self.require_entity((*path, "subject"), obs.subject)
            for j, ident in enumerate(obs.concerns):
                self.require_entity((*path, "concerns", j), ident)
            amount = AmountRecord(as_written=obs.as_written, value=obs.value, unit=obs.unit, qualifier=obs.qualifier)
            self.check_quantity(path, amount, obs.evidence)
            if obs.value_max is not None and obs.value_max < obs.value:
                self.report((*path, "value_max"), f"value_max {obs.value_max} is below value {obs.value}")
            if obs.change is not None:
                self.check_quantity((*path, "change"), obs.change, obs.evidence)
                self.known((*path, "change", "comparison"), "comparison", obs.change.comparison, self.onto.comparisons)

    def check_funding(self) -> None:
        for i, ev in enumerate(self.facts.funding_events):
            path: YamlPath = ("funding_events", i)
            for j, ident in enumerate(ev.funders):
                classes = self.require_entity((*path, "funders", j), ident)
                if classes is not None and "Funder" not in self.onto.closure(classes):
                    self.report((*path, "funders", j), f"{ident!r} is not a Funder ({', '.join(classes)})")
            self.require_entity((*path, "recipient"), ev.recipient)
            project = self.require_entity((*path, "project"), ev.project)
            if project is not None and "Project" not in self.onto.closure(project):
                self.report((*path, "project"), f"{ev.project!r} is not a Project")
            for j, ident in enumerate(ev.arranged_by):
                self.require_entity((*path, "arranged_by", j), ident)
            self.known((*path, "instrument"), "instrument", ev.instrument, self.onto.instruments)
            if ev.amount is not None:
                self.check_quantity((*path, "amount"), ev.amount, ev.evidence)

    def check_recognitions(self) -> None:
        for i, rec in enumerate(self.facts.recognitions):
            path: YamlPath = ("recognitions", i)
            self.require_entity((*path, "recipient"), rec.recipient)
            self.require_entity((*path, "awarded_by"), rec.awarded_by)
            self.known((*path, "kind"), "recognition kind", rec.kind, self.onto.recognition_kinds)


# --------------------------------------------------------------------------- entry points


def read_article_text(path: Path) -> str:
    """The article as text; a missing or non-UTF-8 file is an :class:`InputError`."""
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise InputError([Problem(path, "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise InputError([Problem(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]) from None


def check_facts(doc: YamlDoc, index: QuoteIndex, onto: Ontology) -> tuple[FactsFile, dict[str, Evidence]]:
    """Validate a parsed facts file against the schema, the ontology and the article."""
    facts: FactsFile = parse_model(doc, FactsFile)
    checker = _Checker(doc, facts, index, onto)
    checker.run()
    if checker.problems:
        raise InputError(sorted(checker.problems, key=lambda p: (p.line or 0, p.field or "")))
    return facts, checker.evidence


def load_facts(facts_path: Path, text: str, onto: Ontology | None = None) -> tuple[FactsFile, dict[str, Evidence]]:
    """Read and check a facts file against an article ``text``."""
    return check_facts(read_yaml(facts_path), QuoteIndex(text), onto or load_ontology())


@without_gc
def load_article(folder: Path, onto: Ontology | None = None) -> ArticleFacts:
    """Load ``folder`` (article.txt, meta.yaml, facts.yaml) into :class:`ArticleFacts`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError([Problem(folder, "not an article folder (expected a directory with article.txt, meta.yaml, facts.yaml)")])
    onto = onto or load_ontology()
    article_path = folder / ARTICLE_FILE
    text = read_article_text(article_path)
    meta_doc = read_yaml(folder / META_FILE)
    meta: ArticleMeta = parse_model(meta_doc, ArticleMeta)
    facts_doc = read_yaml(folder / FACTS_FILE)
    index = QuoteIndex(text)
    facts, evidence = check_facts(facts_doc, index, onto)
    problems: list[Problem] = []
    if meta.id != folder.name:
        problems.append(meta_doc.problem(("id",), f"id {meta.id!r} differs from the folder name {folder.name!r}"))
    if facts.article != meta.id:
        problems.append(facts_doc.problem(("article",), f"article {facts.article!r} differs from meta.yaml id {meta.id!r}"))
    for key in ("title_zh", "subtitle_zh", "byline_zh", "photo_credit_quote"):
        value = getattr(meta, key)
        if value is None:
            continue
        try:
            evidence.setdefault(value, index.locate(value))
        except ValueError as exc:
            problems.append(meta_doc.problem((key,), str(exc)))
    if meta.photo_credit_zh is not None and meta.photo_credit_quote is None:
        message = "photo_credit_quote (the credit line as written) is required with photo_credit_zh"
        problems.append(meta_doc.problem(("photo_credit_zh",), message))
    names = {e.name_zh for e in facts.entities}
    for i, author in enumerate(meta.authors):
        if author.name_zh not in names:
            problems.append(meta_doc.problem(("authors", i, "name_zh"), f"author {author.name_zh!r} has no Person entity in facts.yaml"))
    if meta.photo_credit_zh is not None and meta.photo_credit_zh not in names:
        problems.append(meta_doc.problem(("photo_credit_zh",), f"{meta.photo_credit_zh!r} is not the name_zh of an entity in facts.yaml"))
    if problems:
        raise InputError(problems)
    return ArticleFacts(
        meta=meta,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        facts=facts,
        evidence=evidence,
    )

