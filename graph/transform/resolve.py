"""Cross-article entity resolution: which article mentions are one real-world entity.

Every entity an article names (a *mention*, ``<article-id>/<local-id>``) is linked to one
canonical entity ``<BASE>entity/<key>``. The link is a decision with provenance, never a
rewrite of the article's facts:

1. ``registry-same-as``: the registry lists the mention under an entity (with a reason);
2. ``registry-name``: the mention's name or alias is exactly a registered name or alias of
   an entity of a compatible class (people excepted: a name is not enough for a person);
3. ``exact-name``: mentions in several articles with the same normalised name and
   compatible classes (people excepted) are one entity — the only merge made without a
   person's decision;
4. ``singleton``: anything else is its own canonical entity.

A ``distinct_from`` decision keeps mentions apart whatever their names. Everything else
that looks alike is only *proposed* (:func:`propose_merges`, ``zone-kg resolve``) with a
score and the evidence quotes, for a person to accept into the registry.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import quote

from graph.model import ArticleFacts, EntityRecord
from graph.ontology import Ontology
from graph.sources.registry import Registry, RegistryEntity, split_mention

NEVER_CANONICAL = frozenset({"Photo"})
"""Classes of things that belong to one article (its pictures) and have no canonical entity."""

AUTO_THRESHOLD = Decimal("1.0")
"""Only an exact normalised name with compatible classes merges without review."""

PROPOSAL_FLOOR = Decimal("0.3")
"""Candidates scoring below this are not worth a reviewer's time and are not listed."""


Mention = tuple[str, str]
"""``(article id, local id)``."""


def mention_ref(m: Mention) -> str:
    return f"{m[0]}/{m[1]}"


def normalise_name(name: str) -> str:
    """Full-width to half-width, no white space, ASCII lower-cased: what "the same name" means.

    >>> normalise_name("ＡＢＣ 科技（集团）")
    'abc科技(集团)'
    """
    text = unicodedata.normalize("NFKC", name)
    return re.sub(r"\s+", "", text).lower()


def iri_key(text: str) -> str:
    """A name as an IRI path segment: letters and digits (any script) kept, the rest %-escaped.

    >>> iri_key("比亚迪(抚州)")
    '比亚迪%28抚州%29'
    """
    return "".join(ch if ch.isalnum() or ch in "-_.~" else quote(ch, safe="") for ch in text)


@dataclass(frozen=True)
class Link:
    """A mention's canonical entity and why."""

    mention: Mention
    key: str
    method: str
    reason: str


@dataclass
class CanonicalEntity:
    """A real-world entity and every mention of it, in (article, local id) order."""

    key: str
    classes: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    registry: RegistryEntity | None = None


@dataclass
class Resolution:
    """The result: every mention's link, the canonical entities, the registry's decisions."""

    links: dict[Mention, Link]
    mentions: dict[Mention, EntityRecord]
    """Every mention's entity record (:func:`entity_mentions`), for the builders and proposals."""
    entities: dict[str, CanonicalEntity]
    distinct: list[tuple[list[Mention], str]]
    sub_organizations: list[tuple[str, str, str]]
    """``(part key, whole key, reason)``."""

    def key_of(self, article_id: str, local_id: str) -> str | None:
        link = self.links.get((article_id, local_id))
        return link.key if link else None


class _Classes:
    """Class compatibility in the ontology: one class set subsumes a class of the other."""

    def __init__(self, onto: Ontology) -> None:
        self.onto = onto

    def compatible(self, a: Iterable[str], b: Iterable[str]) -> bool:
        ca, cb = self.onto.closure(a), self.onto.closure(b)
        return any(x in cb for x in a) or any(y in ca for y in b)

    def family(self, classes: Iterable[str]) -> str:
        """The top ancestor of the most specific class: ``Enterprise`` → ``organization``."""
        chosen = sorted(classes, key=lambda c: (-len(self.onto.superclasses.get(c, ())), c))[0]
        tops = sorted(c for c in self.onto.closure([chosen]) if not self.onto.superclasses.get(c))
        return (tops[0] if tops else chosen).lower()


def entity_mentions(articles: Iterable[ArticleFacts]) -> dict[Mention, EntityRecord]:
    """Every mention that gets a canonical entity, in (article, local id) order."""
    out: dict[Mention, EntityRecord] = {}
    for art in sorted(articles, key=lambda a: a.article_id):
        for ent in sorted(art.facts.entities, key=lambda e: e.id):
            if not NEVER_CANONICAL & set(ent.classes):
                out[(art.article_id, ent.id)] = ent
    return out


def _names(ent: EntityRecord | RegistryEntity) -> set[str]:
    return {normalise_name(n) for n in (ent.name_zh, *ent.aliases_zh)}


def resolve(articles: Iterable[ArticleFacts], registry: Registry, onto: Ontology) -> Resolution:
    """Link every mention of ``articles`` to a canonical entity (see the module docstring)."""
    classes = _Classes(onto)
    mentions = entity_mentions(articles)
    apart: dict[Mention, set[Mention]] = defaultdict(set)
    distinct: list[tuple[list[Mention], str]] = []
    for dec in registry.decisions:
        refs = [r for r in (split_mention(ref) for ref in dec.distinct_from) if r is not None and r in mentions]
        for m in refs:
            apart[m] |= set(refs) - {m}
        if len(refs) >= 2:
            distinct.append((refs, dec.reason))

    links: dict[Mention, Link] = {}
    registered_names: dict[str, list[RegistryEntity]] = defaultdict(list)
    for ent in sorted(registry.entities.values(), key=lambda e: e.id):
        for same in ent.same_as:
            ref = split_mention(same.mention)
            if ref is not None and ref in mentions:
                links[ref] = Link(ref, ent.id, "registry-same-as", same.reason)
        for name in sorted(_names(ent)):
            registered_names[name].append(ent)

    for m, rec in mentions.items():
        if m in links or "Person" in rec.classes:
            continue
        hits = {e.id: e for n in sorted(_names(rec)) for e in registered_names.get(n, ())
                if classes.compatible(rec.classes, [e.class_])}
        hits = {k: e for k, e in hits.items() if not _conflicts(m, k, links, apart)}
        if len(hits) == 1:
            (key, ent), = hits.items()
            links[m] = Link(m, key, "registry-name",
                            f"“{rec.name_zh}” is a registered name of {key} ({ent.name_zh}), class {ent.class_}")

    groups: dict[str, list[list[Mention]]] = defaultdict(list)
    for m, rec in mentions.items():
        if m in links:
            continue
        if "Person" in rec.classes:
            links[m] = Link(m, f"person/{m[0]}/{m[1]}", "singleton",
                            "a person is merged across articles only by a registry decision")
            continue
        name = normalise_name(rec.name_zh)
        for group in groups[name]:
            if all(classes.compatible(rec.classes, mentions[o].classes) and o not in apart[m] for o in group):
                group.append(m)
                break
        else:
            groups[name].append([m])
    for name, name_groups in groups.items():
        for i, group in enumerate(name_groups):
            family = classes.family(set().union(*(mentions[m].classes for m in group)))
            key = f"{family}/{iri_key(name)}" + (f"~{i + 1}" if i else "")
            n_articles = len({m[0] for m in group})
            for m in group:
                if n_articles > 1:
                    links[m] = Link(m, key, "exact-name",
                                    f"the same name “{mentions[m].name_zh}” with compatible classes in {n_articles} articles")
                else:
                    links[m] = Link(m, key, "singleton", "no other article names it")

    entities: dict[str, CanonicalEntity] = {}
    for m in sorted(links):
        link = links[m]
        canon = entities.setdefault(link.key, CanonicalEntity(link.key))
        canon.mentions.append(m)
        canon.classes |= set(mentions[m].classes)
        if link.key in registry.entities:
            canon.registry = registry.entities[link.key]
            canon.classes.add(canon.registry.class_)
    subs = []
    for ent_id, reg in sorted(registry.entities.items()):
        if reg.sub_organization_of is not None and ent_id in entities and reg.sub_organization_of.entity in entities:
            subs.append((ent_id, reg.sub_organization_of.entity, reg.sub_organization_of.reason))
    return Resolution(links=links, mentions=mentions, entities=dict(sorted(entities.items())), distinct=distinct,
                      sub_organizations=subs)


def _conflicts(m: Mention, key: str, links: dict[Mention, Link], apart: dict[Mention, set[Mention]]) -> bool:
    return any(links.get(o) is not None and links[o].key == key for o in apart[m])


# --------------------------------------------------------------------------- proposals

LEGAL_SUFFIXES = ("集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "公司")
"""Legal-form endings, longest first (江西省X科技有限公司 ≈ X科技)."""

BRANCH_SUFFIX = re.compile(r"(分行|支行|分公司|分中心|分院|办事处|营业部|分局|局|委员会|管委会|办公室)$")
"""A name ending in one of these is a part of the organisation named before it (a branch, a bureau)."""

PLACE_SUFFIX = re.compile(r"(省|市|自治区|特别行政区|地区|州|盟|县|区|旗)$")
"""Administrative endings a place's name may be written with or without (湖南 / 湖南省)."""

REGION_PREFIX = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,3}?(?:省|自治区|特别行政区)|(?:北京|上海|天津|重庆)市?)?"
    r"(?:[\u4e00-\u9fff]{2,3}?(?:市|州|盟|地区))?(?:[\u4e00-\u9fff]{1,3}?(?:县|区|旗))?"
)


@dataclass(frozen=True)
class Proposal:
    """Two canonical entities that may be one (``same_as``) or part and whole."""

    score: Decimal
    suggest: str
    """``same_as`` or ``sub_organization_of`` (the first is a part of the second)."""
    keys: tuple[str, str]
    features: tuple[str, ...]


def core_name(name: str, places: Iterable[str] = ()) -> str:
    """The distinctive part of an organisation's name: no region prefix, no legal suffix.

    ``places`` are place names the corpus knows (stripped when they open the name).

    >>> core_name("江西省佳时特科技有限公司")
    '佳时特科技'
    >>> core_name("抚州佳时特华创科技有限公司", ["抚州"])
    '佳时特华创科技'
    """
    text = normalise_name(name)
    text = re.sub(r"[(（][^()（）]*[)）]", "", text)
    for suffix in LEGAL_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
            break
    for place in sorted({normalise_name(p) for p in places}, key=len, reverse=True):
        if len(place) >= 2 and text.startswith(place) and len(text) > len(place) + 1:
            text = text[len(place):]
            break
    else:
        m = REGION_PREFIX.match(text)
        if m and m.end() and len(text) - m.end() >= 2:
            text = text[m.end():]
    return text


def propose_merges(articles: Iterable[ArticleFacts], resolution: Resolution, onto: Ontology) -> list[Proposal]:
    """Pairs of canonical entities that may be one, with a score in [0, 1) and why.

    Nothing here is applied: a reviewer copies what is right into the registry. Features:
    the same core name after legal-suffix and region stripping, one core name opening the
    other, alias overlap, shared neighbours; guarded against near names (佳时特 vs
    佳时特华创: the longer name adds a distinctive part), branches (a name ending in 分行 is
    a part, not the same), people (the same name is weak evidence for a person), and
    registry ``distinct_from`` decisions (``resolution.distinct``: never proposed again).
    """
    arts = list(articles)
    classes = _Classes(onto)
    mentions = resolution.mentions
    places = sorted({r.name_zh for r in mentions.values() if "Place" in r.classes})
    names: dict[str, set[str]] = defaultdict(set)
    cores: dict[str, set[str]] = defaultdict(set)
    for m, link in resolution.links.items():
        rec = mentions[m]
        names[link.key] |= _names(rec)
        cores[link.key] |= {core_name(n, places) for n in (rec.name_zh, *rec.aliases_zh)}
    neighbours = _neighbours(arts, resolution)
    apart = {frozenset((resolution.links[a].key, resolution.links[b].key))
             for refs, _ in resolution.distinct for a in refs for b in refs if a != b}
    out: list[Proposal] = []
    keys = sorted(resolution.entities)
    by_core: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        for core in cores[key]:
            for i in range(2, len(core) + 1):
                by_core[core[:i]].add(key)
    for a in keys:
        ea = resolution.entities[a]
        candidates = {b for core in cores[a] for b in by_core.get(core, ())} | \
                     {b for n in names[a] for b in by_core.get(n, ())}
        for b in sorted(candidates):
            if b <= a or frozenset((a, b)) in apart:
                continue
            eb = resolution.entities[b]
            if not classes.compatible(ea.classes, eb.classes):
                continue
            proposal = _score(a, b, ea, eb, names, cores, neighbours)
            if proposal is not None and proposal.score >= PROPOSAL_FLOOR:
                out.append(proposal)
    out.sort(key=lambda p: (-p.score, p.keys))
    return out


def _same_place(a: set[str], b: set[str]) -> bool:
    return any(PLACE_SUFFIX.sub("", x) == PLACE_SUFFIX.sub("", y) and len(PLACE_SUFFIX.sub("", x)) >= 2
               for x in a for y in b)


def _neighbours(articles: list[ArticleFacts], resolution: Resolution) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for art in articles:
        for rel in art.facts.relations:
            s = resolution.key_of(art.article_id, rel.subject)
            o = resolution.key_of(art.article_id, rel.object)
            if s and o:
                out[s].add(o)
                out[o].add(s)
    return out


def _score(a: str, b: str, ea: CanonicalEntity, eb: CanonicalEntity, names: dict[str, set[str]],
           cores: dict[str, set[str]], neighbours: dict[str, set[str]]) -> Proposal | None:
    features: list[str] = []
    person = "Person" in ea.classes or "Person" in eb.classes
    score = Decimal(0)
    suggest = "same_as"
    pair = (a, b)
    if names[a] & names[b]:
        score = Decimal("0.8") if not person else Decimal("0.3")
        features.append(f"a shared name or alias: {'、'.join(sorted(names[a] & names[b]))}")
    elif cores[a] & cores[b]:
        score = Decimal("0.7")
        features.append(f"the same name without region and legal form: {'、'.join(sorted(cores[a] & cores[b]))}")
    elif "Place" in ea.classes and "Place" in eb.classes and _same_place(names[a], names[b]):
        score = Decimal("0.8")
        features.append("the same place name with and without its administrative ending")
    else:
        for ca in sorted(cores[a]):
            for cb in sorted(cores[b]):
                short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
                if len(short) < 2 or not long_.startswith(short) or short == long_:
                    continue
                rest = long_[len(short):]
                if BRANCH_SUFFIX.search(long_):
                    suggest = "sub_organization_of"
                    pair = (a, b) if cores[a] and long_ in cores[a] else (b, a)
                    score = max(score, Decimal("0.6"))
                    features.append(f"“{long_}” names a branch of “{short}” (a part, not the same)")
                elif re.fullmatch(r"(科技|技术|电子|集团|控股|实业|新材料|能源|智能|环保|股份|制造)+", rest):
                    score = max(score, Decimal("0.6"))
                    features.append(f"“{short}” opens “{long_}”, which adds only the trade word {rest}")
                else:
                    score = max(score, Decimal("0.3"))
                    features.append(f"near names: “{long_}” adds the distinctive “{rest}” to “{short}”")
    if score == 0:
        return None
    shared = sorted((neighbours[a] & neighbours[b]) - {a, b})
    if shared:
        score += min(Decimal("0.1") * len(shared), Decimal("0.2"))
        features.append(f"{len(shared)} shared neighbour(s): {', '.join(shared[:5])}")
    if person:
        features.append("people: the same name in different articles is weak evidence")
    score = min(score, AUTO_THRESHOLD - Decimal("0.05"))
    return Proposal(score=score, suggest=suggest, keys=pair, features=tuple(features))
