"""The curated entity registry (``entities.yaml``): canonical entities and merge decisions.

Articles name things in their own words and with their own local ids; the registry says,
with a reason for each decision, which article mentions are one real-world entity
(``same_as``), which must stay apart (``distinct_from``) and which organisation is a part
of another (``sub_organization_of``, a bank's branch). It never rewrites an article's
facts: deleting an entry and exporting again un-merges.

A mention is written ``<article-id>/<local-id>``: the article folder's id and the id of
the entity in that article's ``facts.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from graph.errors import InputError, Problem
from graph.model import ArticleFacts, NonEmpty, Record, Slug
from graph.ontology import Ontology
from graph.sources.article import YamlDoc, parse_model, read_yaml

REGISTRY_FILE = "entities.yaml"

MentionRef = NonEmpty
"""``<article-id>/<local-id>``."""


class SameAs(Record):
    mention: MentionRef
    reason: NonEmpty


class SubOrganizationOf(Record):
    entity: Slug
    reason: NonEmpty


class RegistryEntity(Record):
    """One canonical, real-world entity: ``<BASE>entity/<id>``."""

    id: Slug
    name_zh: NonEmpty
    name_en: NonEmpty | None = None
    aliases_zh: list[NonEmpty] = Field(default_factory=list)
    identifiers: dict[NonEmpty, NonEmpty] = Field(default_factory=dict)
    """Identifiers a source gives, e.g. ``uscc`` (统一社会信用代码)."""
    same_as: list[SameAs] = Field(default_factory=list)
    sub_organization_of: SubOrganizationOf | None = None

    # ``class`` is a Python keyword: read as ``class_``.
    class_: NonEmpty = Field(alias="class")

    model_config = Record.model_config | {"populate_by_name": True}


class DistinctFrom(Record):
    """Mentions that are different things although their names look alike."""

    distinct_from: list[MentionRef] = Field(min_length=2)
    reason: NonEmpty


class RegistryFile(Record):
    entities: list[RegistryEntity] = Field(default_factory=list)
    decisions: list[DistinctFrom] = Field(default_factory=list)


USCC_LENGTH = 18


@dataclass(frozen=True)
class Registry:
    """A checked registry: entities by id, the file it came from (for messages)."""

    path: Path | None
    entities: dict[str, RegistryEntity]
    decisions: tuple[DistinctFrom, ...]
    warnings: tuple[str, ...] = ()

    @classmethod
    def empty(cls) -> Registry:
        return cls(None, {}, ())



def split_mention(ref: str) -> tuple[str, str] | None:
    """``"a-2024/zone"`` → ``("a-2024", "zone")``; ``None`` when not of that form.

    >>> split_mention("a-2024/zone"), split_mention("zone")
    (('a-2024', 'zone'), None)
    """
    article, sep, local = ref.partition("/")
    if not sep or not article or not local or "/" in local:
        return None
    return article, local


def find_registry(corpus_dir: Path) -> Path | None:
    """The registry of a corpus: ``entities.yaml`` in the corpus folder or beside it.

    ``data/articles/`` (a corpus) uses ``data/entities.yaml``; a test corpus keeps its
    own ``entities.yaml`` inside its folder.
    """
    for candidate in (corpus_dir / REGISTRY_FILE, corpus_dir.parent / REGISTRY_FILE):
        if candidate.is_file():
            return candidate
    return None


def load_registry(path: Path | None, articles: Iterable[ArticleFacts], onto: Ontology) -> Registry:
    """Read and check ``path`` against the corpus's articles and the ontology.

    Errors (unknown class, a mention of an entity its article does not have, a mention
    claimed by two entities, a duplicate id, a malformed identifier) raise
    :class:`InputError` with the file, line and field. A mention of an article that is not
    in this corpus is only a warning: removing an article folder must not break the
    registry.
    """
    if path is None:
        return Registry.empty()
    doc = read_yaml(path)
    if doc.data is None:
        return Registry(path, {}, ())
    data: RegistryFile = parse_model(doc, RegistryFile)
    by_article = {a.article_id: {e.id: e for e in a.facts.entities} for a in articles}
    problems: list[Problem] = []
    warnings: list[str] = []
    entities: dict[str, RegistryEntity] = {}
    claimed: dict[str, str] = {}

    def check_mention(ref: str, where: tuple[str | int, ...]) -> None:
        parts = split_mention(ref)
        if parts is None:
            problems.append(doc.problem(where, f"mention {ref!r} is not of the form <article-id>/<local-id>"))
            return
        article, local = parts
        if article not in by_article:
            warnings.append(f"{_where(doc, where)}: article {article!r} is not in this corpus; the decision is not used")
        elif local not in by_article[article]:
            problems.append(doc.problem(where, f"article {article!r} has no entity {local!r}"))

    for i, ent in enumerate(data.entities):
        if ent.id in entities:
            problems.append(doc.problem(("entities", i, "id"), f"duplicate entity id {ent.id!r}"))
        entities[ent.id] = ent
        if ent.class_ not in onto.classes:
            problems.append(doc.problem(("entities", i, "class"), f"unknown class {ent.class_!r} (not in ontology/zone.ttl)"))
        uscc = ent.identifiers.get("uscc")
        if uscc is not None and (len(uscc) != USCC_LENGTH or not uscc.isalnum() or not uscc.isascii()):
            problems.append(doc.problem(("entities", i, "identifiers", "uscc"),
                                        f"统一社会信用代码 {uscc!r} must be 18 ASCII letters or digits"))
        for j, same in enumerate(ent.same_as):
            where = ("entities", i, "same_as", j, "mention")
            check_mention(same.mention, where)
            if same.mention in claimed and claimed[same.mention] != ent.id:
                problems.append(doc.problem(where, f"mention {same.mention!r} is already same_as entity {claimed[same.mention]!r}"))
            claimed[same.mention] = ent.id
    for i, ent in enumerate(data.entities):
        sub = ent.sub_organization_of
        if sub is not None and sub.entity not in entities:
            problems.append(doc.problem(("entities", i, "sub_organization_of", "entity"), f"no registry entity {sub.entity!r}"))
        elif sub is not None and sub.entity == ent.id:
            problems.append(doc.problem(("entities", i, "sub_organization_of", "entity"), "an entity is not a part of itself"))
    for i, dec in enumerate(data.decisions):
        for j, ref in enumerate(dec.distinct_from):
            check_mention(ref, ("decisions", i, "distinct_from", j))
        owners = {claimed[m] for m in dec.distinct_from if m in claimed}
        pinned = [m for m in dec.distinct_from if m in claimed]
        if len(owners) < len(pinned):
            problems.append(doc.problem(("decisions", i, "distinct_from"),
                                        "contradicts same_as: two of these mentions are the same registry entity"))
    if problems:
        raise InputError(problems)
    return Registry(path, entities, tuple(data.decisions), tuple(warnings))


def _where(doc: YamlDoc, path: tuple[str | int, ...]) -> str:
    line = doc.line(path)
    return f"{doc.path}:{line}" if line is not None else str(doc.path)
