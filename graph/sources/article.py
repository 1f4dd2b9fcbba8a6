"""Load an article folder into :class:`graph.model.ArticleFacts`: where a fact is read.

An article folder holds ``article.txt`` (the source, byte for byte), ``meta.yaml`` and
``facts.yaml``. :func:`load_article` reads all three, validates the facts against the
schema (:mod:`graph.model`) and the ontology (:mod:`graph.ontology`), and locates every
evidence quote in the article. All problems are collected and raised together as an
:class:`graph.errors.InputError` naming file, line and field.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar

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

MAX_YAML_DEPTH = 32
"""Deepest nesting of mappings and lists accepted in a facts or meta file (they need 5)."""
MAX_NUMBER_CHARS = 40
"""Longest number literal accepted (a 5000-digit integer is a mistake, not a figure)."""

MAX_ARTICLE_BYTES = 64 * 2**20
"""Largest ``article.txt`` read (64 MiB; the 1000× benchmark article is 8 MiB)."""
MAX_FACTS_BYTES = 256 * 2**20
"""Largest ``facts.yaml`` read (256 MiB; the 1000× benchmark's is 75 MiB)."""
MAX_META_BYTES = 1 * 2**20
"""Largest ``meta.yaml`` read."""


class DecimalLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader (libyaml's when present) with YAML 1.2 core-schema scalars; floats as Decimal.

    PyYAML implements YAML 1.1, where ``010`` is 8, ``17:25`` is 1045 (base 60), ``0x1F``
    is 31, ``1_000`` is 1000, ``yes``/``no``/``on``/``off`` are booleans and
    ``2025-01-01`` is a date. Here only YAML 1.2 core decimals are numbers
    (``-12``, ``1045``, ``27.1``, ``1.5e3``; no leading zeros), ``true``/``false`` are
    booleans and ``null``/``~``/empty are null; every other plain scalar is a string —
    and a string where the schema wants a number is reported as such by
    :mod:`graph.model`, never silently converted.
    """

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}  # our own, not SafeLoader's YAML 1.1 ones


DecimalLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
DecimalLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
DecimalLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
DecimalLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)


def _number_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    text = str(loader.construct_scalar(node))
    if len(text) > MAX_NUMBER_CHARS:
        raise yaml.constructor.ConstructorError(
            None, None, f"number too long ({len(text)} characters; at most {MAX_NUMBER_CHARS})", node.start_mark
        )
    return text


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    return int(_number_text(loader, node))


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    text = _number_text(loader, node)
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


DecimalLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


class _YamlShapeError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _line_map(node: yaml.Node, path: YamlPath, lines: dict[YamlPath, int], dups: list[tuple[int, str]]) -> None:
    """Record the line of every key and item; refuse aliased lists/mappings and deep nesting.

    An alias makes two places of the file one node: refused for lists and mappings (a
    < 1 KB "billion laughs" file would otherwise expand to gigabytes here and in the
    schema check). Iterative, so no file can exhaust the Python stack.
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, YamlPath]] = [(node, path)]
    lines[path] = node.start_mark.line + 1
    while stack:
        node, path = stack.pop()
        if len(path) >= MAX_YAML_DEPTH:
            raise _YamlShapeError(node.start_mark.line + 1, f"nested more than {MAX_YAML_DEPTH} levels deep")
        if id(node) in seen:  # only lists and mappings get here: a scalar alias cannot grow
            raise _YamlShapeError(
                node.start_mark.line + 1,
                "YAML anchors and aliases (&name … *name) of lists and mappings are not allowed in "
                "facts files: write the value out where it is used (the anchored value starts on this line)",
            )
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in keys:
                    dups.append((key_node.start_mark.line + 1, f"duplicate key {key!r}"))
                keys.add(key)
                child = (*path, key)
                lines[child] = value_node.start_mark.line + 1
                if not isinstance(value_node, yaml.ScalarNode):
                    stack.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = (*path, index)
                lines[child] = item.start_mark.line + 1
                if not isinstance(item, yaml.ScalarNode):
                    stack.append((item, child))


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


def read_input(path: Path, limit: int) -> bytes:
    """The bytes of an input file, refusing what is not a regular file or is too large.

    The file type is checked before the file is opened, so a FIFO, a device such as
    ``/dev/zero`` or a directory never blocks or floods the loader.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError([Problem(path, "file not found")]) from None
    except OSError as exc:
        raise InputError([Problem(path, f"cannot read ({exc.strerror})")]) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError([Problem(path, "is a directory, expected a file")])
    if not stat.S_ISREG(info.st_mode):
        kind = "a special file"
        if stat.S_ISFIFO(info.st_mode):
            kind = "a FIFO (named pipe)"
        elif stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            kind = "a device"
        elif stat.S_ISSOCK(info.st_mode):
            kind = "a socket"
        raise InputError([Problem(path, f"is {kind}, not a regular file")])
    if info.st_size > limit:
        raise InputError([Problem(path, f"file too large ({info.st_size:,} bytes; the limit is {limit:,})")])
    try:
        # O_NONBLOCK and a second look at the open file: a FIFO swapped in after the
        # check above still cannot block the loader
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise InputError([Problem(path, "is not a regular file (it changed while being read)")])
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError([Problem(path, f"cannot read ({exc.strerror})")]) from None
    if len(data) > limit:
        raise InputError([Problem(path, f"file too large (more than {limit:,} bytes)")])
    return data


def decode_utf8(path: Path, data: bytes) -> str:
    """``data`` as UTF-8 text; a decoding error names the line and byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError([Problem(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})", line=line)]) from None


def read_yaml(path: Path, limit: int = MAX_FACTS_BYTES) -> YamlDoc:
    """Parse ``path``; syntax errors, aliases, deep nesting and duplicate keys raise :class:`InputError`.

    A UTF-8 byte-order mark is allowed (the YAML spec allows it; lines are unaffected).
    """
    text = decode_utf8(path, read_input(path, limit))
    loader = DecimalLoader(text)
    lines: dict[YamlPath, int] = {}
    dups: list[tuple[int, str]] = []
    try:
        node = loader.get_single_node()
        if node is not None:
            _line_map(node, (), lines, dups)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        raise InputError([Problem(path, f"YAML syntax error: {what}", line=line)]) from None
    except yaml.reader.ReaderError as exc:  # e.g. a NUL or another control character
        # libyaml counts bytes, PyYAML characters: find the character itself
        bad = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        at = text.find(bad)
        line = _line_number(text, at) if at >= 0 else None
        code = f"U+{ord(bad):04X}" if len(bad) == 1 else repr(bad)
        raise InputError([Problem(path, f"not valid YAML text: {exc.reason} ({code})", line=line)]) from None
    except _YamlShapeError as exc:
        raise InputError([Problem(path, str(exc), line=exc.line)]) from None
    except RecursionError:  # the pure-Python parser on very deep flow nesting
        raise InputError([Problem(path, f"nested more than {MAX_YAML_DEPTH} levels deep")]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(path, f"not valid YAML: {exc}")]) from None
    finally:
        loader.dispose()
    if dups:
        raise InputError([Problem(path, message, line=line) for line, message in sorted(dups)])
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
            elif err["type"] == "value_error":
                message = message.removeprefix("Value error, ")
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
        # Sentence logic reads a copy in which every CR is a LF (CRLF becomes two, like a
        # blank line, which that logic treats as one break): the same length, so the same
        # offsets, whatever the article's line ends (LF, CRLF, or the old Mac lone CR).
        self._layout = text.replace("\r", "\n")
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
            self._line_starts = [0] + [m.end() for m in _LINE_END.finditer(self.text)]
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
        text = self._layout
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
        raw = self.text[left:right]
        return "".join(ch for ch in raw if ch not in LINE_BREAKS).strip()


_LINE_END = re.compile(r"\r\n|\r|\n")

PROSE_MARKS = ",，;；:："
CLOSING_QUOTES = "”’」』）)"
"""A sentence end right before one of these (``“解了燃眉之急!”深耕铜箔…说``) ends a
quotation inside the sentence, not the sentence."""


def _continues(line: str) -> bool:
    """Whether a line is prose that a page break cut mid-sentence."""
    line = line.rstrip()
    return bool(line) and line[-1] not in SENTENCE_END + CLOSING_QUOTES and any(c in PROSE_MARKS for c in line)


# --------------------------------------------------------------------------- checks


_MULTIPLIERS: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_CN_DIGITS: dict[str, int] = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
                              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = re.compile(r"(?P<arabic>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)|(?P<chinese>[零〇一二两三四五六七八九十百千万亿]+)")
_WRITTEN_UNIT_CONVERSIONS: dict[tuple[str, str], Decimal] = {
    ("公里", "米"): Decimal(1000),
    ("千米", "米"): Decimal(1000),
    ("公斤", "吨"): Decimal("0.001"),
    ("千克", "吨"): Decimal("0.001"),
}
"""Written unit → unit of the record, where they differ (``8公里`` recorded as 8000 米)."""


def _chinese_integer(text: str) -> int | None:
    """The value of a Chinese numeral (``十二`` 12, ``一百零五`` 105, ``三万五千`` 35000, ``千亿``)."""
    total = section = 0
    digit: int | None = None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in "十百千":
            section += (1 if digit is None else digit) * _MULTIPLIERS[ch]
            digit = None
        else:  # 万, 亿
            section += digit or 0
            big = _MULTIPLIERS[ch]
            total = (total + section) * big if total < big else total + section * big
            if total == 0:
                total = big  # a bare 万 / 亿 (千亿 is handled by the section above)
            section, digit = 0, None
    return total + section + (digit or 0)


def _multiplier_prefix(text: str) -> tuple[Decimal, int]:
    """The product of the 十/百/千/万/亿 that ``text`` starts with, and how many there are."""
    factor, n = Decimal(1), 0
    while n < len(text) and text[n] in _MULTIPLIERS and not text[n:].startswith("百分"):
        factor *= _MULTIPLIERS[text[n]]
        n += 1
    return factor, n


def _show(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() or value.adjusted() < 15 else str(value)


def written_values(as_written: str, unit: str) -> list[set[Decimal]]:
    """For each number in ``as_written``, the values (in ``unit``) it can stand for.

    ``1045亿元`` in 亿元 says 1045, in 元 104500000000; ``1.5万家`` in 家 says 15000;
    ``8公里`` in 米 says 8000; Chinese numerals are read too: ``十余家`` says 10, ``两家`` 2,
    ``第一`` 1 and ``四成`` (in %) 40. When the text after the number names a unit other
    than ``unit`` and no conversion is known, the number may stand for itself times any
    power of ten (only its digits are checked). Signs are not compared (``下降5%`` is -5).
    An ``as_written`` without digits or numerals (``首位``) says nothing checkable: ``[]``.

    >>> written_values("1045亿元", "亿元")
    [{Decimal('1045')}]
    >>> sorted(written_values("近四成", "%")[0])
    [Decimal('40')]
    """
    import unicodedata

    text = unicodedata.normalize("NFKC", as_written)
    unit_factor, unit_prefix = _multiplier_prefix(unit)
    if unit_factor not in (1, 10**4, 10**8, 10**12):  # only 万/亿 scale a unit (万元, 亿元, 万吨)
        unit_factor, unit_prefix = Decimal(1), 0
    unit_base = unit[unit_prefix:]
    found: list[tuple[Decimal, Decimal, str]] = []  # (number, written multiplier, text after it)
    for match in _NUMBER.finditer(text):
        if match.group("arabic"):
            number = Decimal(match.group("arabic").replace(",", ""))
            factor, n = _multiplier_prefix(text[match.end():])
            rest = text[match.end() + n:]
        else:
            numeral = match.group("chinese")
            if match.start() > 0 and text[match.start() - 1].isdigit():
                continue  # the 亿 of 1045亿元: a multiplier, read above
            if text[match.end() - 1:].startswith("百分") or not any(ch in _CN_DIGITS or ch in "十百千" for ch in numeral):
                continue  # 个百分点, or a bare 万/亿: words, not numbers
            number, factor = Decimal(_chinese_integer(numeral) or 0), Decimal(1)
            rest = text[match.end():]
            if rest.startswith("成"):  # 四成: four tenths
                number, rest = number * 10, rest[1:]
                if unit != "%":
                    number /= 100
        found.append((number, factor, rest.lstrip("余多")))
    # 3-5亿元: the first number of a range takes the multiplier and unit of the second
    for i in range(len(found) - 2, -1, -1):
        number, _, rest = found[i]
        if rest[:1] in ("-", "–", "~", "至", "到") and len(rest) > 1 and rest[1].isdigit():
            found[i] = (number, found[i + 1][1], found[i + 1][2])
    out: list[set[Decimal]] = []
    for number, factor, rest in found:
        scaled = abs(number * factor)
        if unit == "count" or not rest or rest.startswith(unit_base):
            out.append({scaled / unit_factor})
            continue
        conversion = next((f for (written, target), f in _WRITTEN_UNIT_CONVERSIONS.items()
                           if rest.startswith(written) and unit == target), None)
        if conversion is not None:
            out.append({scaled * conversion / unit_factor})
        else:  # another unit, not one we can convert: check the digits only
            out.append({scaled * Decimal(10) ** k for k in range(-12, 13)})
    return out



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
        self.check_written_value((*path, "value"), q.value, q.as_written, q.unit)

    def check_written_value(self, path: YamlPath, value: Decimal, as_written: str, unit: str) -> None:
        """Report ``value`` unless ``as_written`` says that number (see :func:`written_values`)."""
        said = written_values(as_written, unit)
        if said and not any(abs(value) in options for options in said):
            numbers = " or ".join(_show(min(options, key=abs)) for options in said)
            self.report(path, f"value {_show(value)} does not match as_written {as_written!r}, which says {numbers} (in {unit})")

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
            if obs.value_max is not None:
                self.check_written_value((*path, "value_max"), obs.value_max, obs.as_written, obs.unit)
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
    """The article as text, exactly as stored (offsets count its code points).

    Refused with a clear :class:`InputError`: a missing, special or too large file,
    text that is not UTF-8, a UTF-8 byte-order mark (offsets would be off by one for
    every tool that strips it: save the file without it), and NUL characters.
    """
    data = read_input(path, MAX_ARTICLE_BYTES)
    if data.startswith(codecs.BOM_UTF8):
        message = ("starts with a UTF-8 byte-order mark (EF BB BF); save it as UTF-8 without BOM, "
                   "so that offsets count from the first character")
        raise InputError([Problem(path, message, line=1)])
    text = decode_utf8(path, data)
    nul = text.find("\x00")
    if nul >= 0:
        line = _line_number(text, nul)
        raise InputError([Problem(path, f"contains a NUL character (offset {nul}); an article is plain text", line=line)])
    return text


def _line_number(text: str, offset: int) -> int:
    """1-based line of ``offset``; ``\r\n``, ``\n`` and a lone ``\r`` each end a line."""
    head = text[:offset]
    return head.count("\n") + head.count("\r") - head.count("\r\n") + 1


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
    meta_doc = read_yaml(folder / META_FILE, MAX_META_BYTES)
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

