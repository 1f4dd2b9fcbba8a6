"""The in-memory model: typed records for one article's facts.

Two layers:

* ``*Record`` pydantic models describe the facts file as written (``facts.yaml``) and
  are what the JSON Schema in ``data/facts.schema.json`` is generated from.
* :class:`ArticleFacts` is the checked result of :func:`graph.sources.article.load_article`:
  the same records, plus the article text, its metadata and every quote resolved to an
  :class:`Evidence` span with character offsets.

Every builder and exporter reads :class:`ArticleFacts` (or a graph built from it) and
never the YAML file again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
"""Record ids: lower-case ASCII words joined by single hyphens (they become IRIs)."""

NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Quote = Annotated[str, StringConstraints(min_length=2)]

MAX_ABS_VALUE = Decimal(10) ** 15
"""Largest magnitude of a figure's value as written in its unit (1045 亿元 is 1045)."""
MAX_VALUE_DIGITS = 20
"""Most significant digits of a value."""
MAX_VALUE_DECIMALS = 20
"""Most digits after the decimal point (``1e-99999`` would print as 99,999 zeros)."""


_DECIMAL = re.compile(r"[-+]?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
"""A YAML 1.2 core decimal, the only text accepted (quoted) where a number is expected."""


def _not_text(value: Any) -> Any:
    """Refuse a boolean, or text that is not a plain decimal, where a number is expected.

    The loader reads YAML 1.2 core numbers only, so ``010``, ``0x1F``, ``17:25`` and
    ``1_000`` arrive here as text (YAML 1.1 would have read 8, 31, 1045 and 1000).
    """
    if isinstance(value, bool):
        raise ValueError("expected a number, got a boolean")
    if isinstance(value, str):
        text = value.strip()
        if _DECIMAL.fullmatch(text):
            return text  # a quoted decimal ("27.1") is what it says
        if re.fullmatch(r"[-+]?0[xXoObB][0-9a-fA-F_]+", text):
            why = "hexadecimal, octal and binary literals are not numbers here"
        elif re.fullmatch(r"[-+]?[0-9]+(:[0-5]?[0-9])+(\.[0-9]*)?", text):
            why = "base-60 (sexagesimal) literals such as 17:25 are not numbers here"
        elif re.fullmatch(r"[-+]?0[0-9]+(\.[0-9]*)?", text):
            why = "leading zeros are not allowed (YAML 1.1 read 010 as octal 8)"
        elif "_" in text and re.fullmatch(r"[-+0-9_.eE]+", text):
            why = "digit separators (1_000) are not allowed"
        elif text.lower().lstrip("+-.") in ("inf", "nan"):
            why = "infinity and NaN are not figures"
        else:
            why = "not a number"
        raise ValueError(f"expected a number in decimal digits such as 1045 or 27.1, got the text {value!r}: {why}")
    return value


def _in_range(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError(f"not a finite number: {value}")
    if abs(value) >= MAX_ABS_VALUE:
        raise ValueError(f"{value:.6g} is out of range: a value (in its unit as written) must be below 10^15")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_VALUE_DECIMALS:
        raise ValueError(f"too many decimal places (more than {MAX_VALUE_DECIMALS}): {value:.6g}")
    if len(value.normalize().as_tuple().digits) > MAX_VALUE_DIGITS:
        raise ValueError(f"too many significant digits (more than {MAX_VALUE_DIGITS})")
    return value


Value = Annotated[Decimal, BeforeValidator(_not_text), AfterValidator(_in_range)]
"""A figure's number: a YAML 1.2 decimal, finite, below 10^15, at most 20 significant digits and 20 decimals."""
Year = Annotated[int, Field(ge=1900, le=2100), BeforeValidator(_not_text)]


class Record(BaseModel):
    """The base of every record read from YAML (facts, metadata, registry): frozen, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Review(Record):
    """Marks a drafted record that a person should check (written by ``zone-kg extract``)."""

    needed: bool = True
    reason: NonEmpty


class EntityRecord(Record):
    """An organisation, place, person, programme, product… named in the article."""

    id: Slug
    classes: list[NonEmpty] = Field(min_length=1)
    name_zh: NonEmpty
    name_en: NonEmpty | None = None
    aliases_zh: list[NonEmpty] = Field(default_factory=list)
    description_en: NonEmpty | None = None
    evidence: list[Quote] = Field(min_length=1)
    review: Review | None = None


class RelationRecord(Record):
    """``subject --predicate--> object`` between two entities, as the article states it."""

    subject: Slug
    predicate: NonEmpty
    object: Slug
    role_zh: NonEmpty | None = None
    evidence: list[Quote] = Field(min_length=1)
    review: Review | None = None


class AmountRecord(Record):
    """A quantity as written inside another record: ``近3亿元`` → 3, 亿元, nearly."""

    as_written: NonEmpty
    value: Value
    unit: NonEmpty
    qualifier: NonEmpty | None = None


class ChangeRecord(AmountRecord):
    """A change of a figure against a basis: ``同比增长27.1%``."""

    comparison: NonEmpty | None = None


class ObservationRecord(Record):
    """A figure: indicator, value, unit, period, qualifiers and an optional change."""

    id: Slug
    subject: Slug
    indicator_zh: NonEmpty
    indicator_en: NonEmpty | None = None
    as_written: NonEmpty
    value: Value
    value_max: Value | None = None
    unit: NonEmpty
    qualifier: NonEmpty | None = None
    period: Year | None = None
    period_zh: NonEmpty | None = None
    rank_scope_zh: NonEmpty | None = None
    concerns: list[Slug] = Field(default_factory=list)
    change: ChangeRecord | None = None
    evidence: list[Quote] = Field(min_length=1)
    review: Review | None = None


class FundingEventRecord(Record):
    """Money flowing to an organisation: who funded whom, how much, by which instrument."""

    id: Slug
    funders: list[Slug] = Field(default_factory=list)
    recipient: Slug
    project: Slug | None = None
    arranged_by: list[Slug] = Field(default_factory=list)
    instrument: NonEmpty
    instrument_zh: NonEmpty | None = None
    mechanism_zh: NonEmpty | None = None
    amount: AmountRecord | None = None
    period: Year | None = None
    period_zh: NonEmpty | None = None
    description_en: NonEmpty | None = None
    evidence: list[Quote] = Field(min_length=1)
    review: Review | None = None


class RecognitionRecord(Record):
    """An award, designation, rating or milestone received by an entity."""

    id: Slug
    recipient: Slug
    title_zh: NonEmpty
    title_en: NonEmpty | None = None
    kind: NonEmpty
    grade_zh: NonEmpty | None = None
    awarded_by: Slug | None = None
    year: Year | None = None
    evidence: list[Quote] = Field(min_length=1)
    review: Review | None = None


class FactsFile(Record):
    """The whole ``facts.yaml`` file."""

    article: Slug
    entities: list[EntityRecord] = Field(default_factory=list)
    relations: list[RelationRecord] = Field(default_factory=list)
    observations: list[ObservationRecord] = Field(default_factory=list)
    funding_events: list[FundingEventRecord] = Field(default_factory=list)
    recognitions: list[RecognitionRecord] = Field(default_factory=list)


class AuthorRecord(Record):
    name_zh: NonEmpty
    name_en: NonEmpty | None = None
    role_zh: NonEmpty | None = None
    role_en: NonEmpty | None = None


class ArticleMeta(Record):
    """``meta.yaml``: what the article says about itself. Nothing invented."""

    id: Slug
    title_zh: NonEmpty
    subtitle_zh: NonEmpty | None = None
    title_en: NonEmpty | None = None
    subtitle_en: NonEmpty | None = None
    byline_zh: NonEmpty | None = None
    """The byline as written; evidence for the authors."""
    authors: list[AuthorRecord] = Field(default_factory=list)
    language: Literal["zh"] = "zh"
    period: Year | None = None
    photo_credit_zh: NonEmpty | None = None
    """The name_zh of the entity the pictures are credited to."""
    photo_credit_quote: NonEmpty | None = None
    """The credit line as written (抚州高新区供图); evidence for the credit."""
    source_note: NonEmpty | None = None

    @property
    def title_quotes(self) -> list[str]:
        """The title and subtitle as written: the article node's evidence."""
        return [q for q in (self.title_zh, self.subtitle_zh) if q]


@dataclass(frozen=True, order=True)
class Evidence:
    """A quote located in the article: ``text[start:end]`` (code points, end exclusive).

    ``quote`` is the quote as written in the facts file; the article may hold line
    breaks inside the span (print page breaks), so ``end - start`` can exceed
    ``len(quote)``. ``sentence`` is the whole sentence that contains the span.
    """

    start: int
    end: int
    line: int
    quote: str
    sentence: str


@dataclass(frozen=True)
class ArticleFacts:
    """One article's checked facts: the model every builder reads."""

    meta: ArticleMeta
    text: str
    sha256: str
    facts: FactsFile
    evidence: dict[str, Evidence] = field(default_factory=dict)
    """Every quote of the facts file, resolved once (key: the quote as written)."""
    indicator_concepts: dict[str, str | None] = field(default_factory=dict)
    """Observation id → the IRI of its indicator concept (``None``: not mapped)."""

    @property
    def article_id(self) -> str:
        return self.meta.id

    def spans(self, quotes: list[str]) -> list[Evidence]:
        """The located spans of ``quotes``, in article order."""
        return sorted({self.evidence[q] for q in quotes})


def facts_json_schema() -> dict[str, object]:
    """The JSON Schema of ``facts.yaml`` (committed as ``data/facts.schema.json``)."""
    schema = FactsFile.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "zone-kg facts file"
    schema["description"] = (
        "Curated facts of one article (data/articles/<id>/facts.yaml). Every record carries "
        "`evidence`: verbatim quotes from article.txt. Class, predicate, unit, qualifier, "
        "instrument and kind tokens are checked against ontology/zone.ttl by the loader."
    )
    return schema
