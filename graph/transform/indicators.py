"""The indicator vocabulary (``ontology/indicators.ttl``) and the mapper from written indicators to it.

An observation's ``indicator_zh`` is written as the report writes it (规上工业总产值,
规模以上工业总产值, 高新技术企业总数 …). :func:`map_indicator` maps it to one SKOS concept of
the scheme by **exact** match on the concept's ``skos:prefLabel`` / ``skos:altLabel`` after
:func:`normalise_indicator`, and never guesses: a form that matches no label, or labels of
two concepts, maps to ``None``. :func:`unmapped_indicators` lists what an article's
observations leave unmapped, with the observation ids, for review.

>>> scheme = load_indicators()
>>> map_indicator("规上工业总产值", scheme).pref_en
'gross industrial output value of enterprises above designated size'
>>> map_indicator("规模以上工业增加值同比增长", scheme).kind
'growth_rate'
>>> map_indicator("农产品精深加工产业产值", scheme) is None  # an industry's output: not guessed
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources.abc import Traversable
from os import PathLike
from pathlib import Path
from typing import Literal, Protocol

from rdflib import RDF, SKOS, Graph, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.namespace import DefinedNamespace, Namespace

from graph.errors import InputError, Problem
from graph.model import ArticleFacts, FactsFile
from graph.ontology import ONTOLOGY_FILES

INDICATORS_PATH = ONTOLOGY_FILES / "indicators.ttl"
"""``ontology/indicators.ttl``: next to ``zone.ttl`` wherever :mod:`graph.ontology` finds it."""

ZKGI_NS = Namespace("https://w3id.org/zone-kg/indicator/")
"""The namespace of the concepts (``zkgi:GrossIndustrialOutput`` …): data, not checked names."""


class ZKGI(DefinedNamespace):
    """The scheme's own terms (classes, property, the scheme); a misspelling is an error."""

    _fail = True
    _NS = Namespace("https://w3id.org/zone-kg/indicator/")

    Indicator: URIRef
    LevelIndicator: URIRef
    GrowthRateIndicator: URIRef
    RatioIndicator: URIRef
    growthRateOf: URIRef
    IndicatorScheme: URIRef


Kind = Literal["level", "growth_rate", "ratio"]
KINDS: dict[URIRef, Kind] = {
    ZKGI.LevelIndicator: "level",
    ZKGI.GrowthRateIndicator: "growth_rate",
    ZKGI.RatioIndicator: "ratio",
}

# Quotation marks carry no meaning in an indicator name (“小巨人” = 小巨人); 《》 do (a policy title).
_DROP = str.maketrans("", "", "\"'“”‘’「」『』")
# Systematic written variants, applied to labels and written forms alike (so the match stays exact).
_VARIANTS = (("规上", "规模以上"), ("r&d", "研发"))


def normalise_indicator(text: str) -> str:
    """The form both labels and written indicators are compared in.

    NFKC (full-width letters, digits, brackets and ``＆`` become half-width), no whitespace,
    no quotation marks, lower-case Latin letters, then the systematic variants
    规上 → 规模以上 and R&D → 研发. Nothing is stripped from the end: 出口总额 matches 出口额
    only because the scheme lists it as an altLabel.

    >>> normalise_indicator(" 规上工业 增加值 ")
    '规模以上工业增加值'
    >>> normalise_indicator("Ｒ＆Ｄ经费投入强度")
    '研发经费投入强度'
    >>> normalise_indicator("国家级专精特新“小巨人”企业（目标）")
    '国家级专精特新小巨人企业(目标)'
    """
    out = "".join(unicodedata.normalize("NFKC", text).split()).translate(_DROP).lower()
    for written, canonical in _VARIANTS:
        out = out.replace(written, canonical)
    return out


@dataclass(frozen=True)
class IndicatorConcept:
    """One concept of the scheme, as the mapper and the builders need it."""

    iri: URIRef
    pref_zh: str
    pref_en: str
    alt_zh: tuple[str, ...]
    definition_en: str
    kind: Kind
    """``level``, ``growth_rate`` or ``ratio``: what tells 增速 from 总量."""
    broader: tuple[URIRef, ...]
    growth_rate_of: URIRef | None
    """For a growth-rate concept, the level concept it is the growth of."""

    @property
    def name(self) -> str:
        """The IRI's local name: ``GrossIndustrialOutput``."""
        return str(self.iri).removeprefix(str(ZKGI_NS))


@dataclass(frozen=True)
class IndicatorScheme:
    """The concepts by IRI and the normalised-label index the mapper matches against."""

    concepts: Mapping[URIRef, IndicatorConcept]
    labels: Mapping[str, tuple[URIRef, ...]]
    """Normalised prefLabel/altLabel → the concepts that carry it (more than one: ambiguous)."""
    graph: Graph = field(default_factory=Graph, compare=False, repr=False)
    """The parsed scheme, for :meth:`describe`."""

    def candidates(self, written: str) -> tuple[IndicatorConcept, ...]:
        """Every concept a written form matches after normalisation (0, 1 or, if ambiguous, more)."""
        return tuple(self.concepts[iri] for iri in self.labels.get(normalise_indicator(written), ()))

    def map(self, written: str) -> IndicatorConcept | None:
        """The one concept ``written`` means, or ``None`` when it matches none or several."""
        found = self.candidates(written)
        return found[0] if len(found) == 1 else None

    def ambiguous_labels(self) -> dict[str, tuple[URIRef, ...]]:
        """Normalised labels shared by more than one concept (empty for a well-formed scheme)."""
        return {label: iris for label, iris in self.labels.items() if len(iris) > 1}

    def describe(self, iris: Iterable[URIRef]) -> Graph:
        """The triples a graph needs about the concepts ``iris`` (e.g. those a corpus's observations use).

        Each concept's own triples, and those of every concept it reaches by ``skos:broader`` or
        ``zkgi:growthRateOf``; the scheme with its labels and only those top concepts; the kind
        classes, ``zkgi:growthRateOf`` and the declarations of the SKOS terms (so the result
        stays OWL 2 DL). Unknown IRIs raise ``KeyError``.

        >>> s = load_indicators()
        >>> g = s.describe([ZKGI_NS["AboveScaleIndustrialValueAddedGrowth"]])
        >>> sorted(str(c).rsplit("/", 1)[1] for c in g.subjects(SKOS.inScheme, ZKGI.IndicatorScheme))
        ['AboveScaleIndustrialValueAdded', 'AboveScaleIndustrialValueAddedGrowth', 'IndustrialValueAdded']
        """
        keep: set[URIRef] = set()
        todo = list(iris)
        while todo:
            iri = todo.pop()
            concept = self.concepts[iri]
            if iri not in keep:
                keep.add(iri)
                todo.extend(concept.broader)
                if concept.growth_rate_of is not None:
                    todo.append(concept.growth_rate_of)
        out = Graph()
        for s, p, o in self.graph:
            if s in self.concepts:
                if s in keep and (o not in self.concepts or o in keep):
                    out.add((s, p, o))
            elif s == ZKGI.IndicatorScheme:
                if p != SKOS.hasTopConcept or o in keep:
                    out.add((s, p, o))
            elif not isinstance(s, URIRef) or str(s).startswith((str(ZKGI_NS), str(SKOS))):
                out.add((s, p, o))  # kinds, growthRateOf, SKOS declarations, the disjointness axiom
        return out


def _literals(g: Graph, subject: URIRef, predicate: URIRef, lang: str) -> list[str]:
    return sorted(str(o) for o in g.objects(subject, predicate) if isinstance(o, RDFLiteral) and o.language == lang)


def parse_indicators(g: Graph, source: str = "indicators.ttl") -> IndicatorScheme:
    """Index a parsed scheme; every concept needs one prefLabel @zh and @en and exactly one kind.

    Raises :class:`~graph.errors.InputError` naming ``source`` and each faulty concept.
    """
    problems: list[Problem] = []
    concepts: dict[URIRef, IndicatorConcept] = {}
    members = sorted(c for c in g.subjects(SKOS.inScheme, ZKGI.IndicatorScheme) if isinstance(c, URIRef))
    for iri in members:
        pref_zh, pref_en = _literals(g, iri, SKOS.prefLabel, "zh"), _literals(g, iri, SKOS.prefLabel, "en")
        kinds = [KINDS[k] for k in g.objects(iri, RDF.type) if isinstance(k, URIRef) and k in KINDS]
        growth = [o for o in g.objects(iri, ZKGI.growthRateOf) if isinstance(o, URIRef)]
        wrong = []
        if len(pref_zh) != 1 or len(pref_en) != 1:
            wrong.append("needs exactly one skos:prefLabel @zh and one @en")
        if len(kinds) != 1:
            wrong.append("needs exactly one of zkgi:LevelIndicator, zkgi:GrowthRateIndicator, zkgi:RatioIndicator")
        elif (kinds[0] == "growth_rate") != (len(growth) == 1):
            wrong.append("a growth-rate concept needs exactly one zkgi:growthRateOf, and only it")
        if wrong:
            problems.extend(Problem(Path(source), w, field=str(iri)) for w in wrong)
            continue
        concepts[iri] = IndicatorConcept(
            iri=iri,
            pref_zh=pref_zh[0],
            pref_en=pref_en[0],
            alt_zh=tuple(_literals(g, iri, SKOS.altLabel, "zh")),
            definition_en=" ".join(_literals(g, iri, SKOS.definition, "en")),
            kind=kinds[0],
            broader=tuple(sorted(b for b in g.objects(iri, SKOS.broader) if isinstance(b, URIRef))),
            growth_rate_of=growth[0] if growth else None,
        )
    if not members:
        problems.append(Problem(Path(source), f"no concept is skos:inScheme {ZKGI.IndicatorScheme}"))
    for concept in concepts.values():
        for target in (*concept.broader, *([concept.growth_rate_of] if concept.growth_rate_of else [])):
            if target not in concepts:
                problems.append(Problem(Path(source), f"points to {target}, which is not a concept of the scheme",
                                        field=str(concept.iri)))
    if problems:
        raise InputError(problems)
    index: dict[str, set[URIRef]] = {}
    for concept in concepts.values():
        for label in (concept.pref_zh, *concept.alt_zh):
            index.setdefault(normalise_indicator(label), set()).add(concept.iri)
    return IndicatorScheme(concepts=concepts, labels={k: tuple(sorted(v)) for k, v in sorted(index.items())}, graph=g)


def read_indicators(source: str | PathLike[str] | Traversable) -> IndicatorScheme:
    """Parse and index a scheme from a path or an ``importlib.resources`` traversable."""
    resource: Traversable = Path(source) if isinstance(source, str | PathLike) else source
    try:
        data = resource.read_bytes()
    except OSError as exc:
        raise InputError([Problem(Path(str(resource)), f"cannot read the indicator scheme: {exc.strerror or exc}")]) from exc
    g = Graph()
    try:
        g.parse(data=data, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise InputError([Problem(Path(str(resource)), f"not valid Turtle: {exc}")]) from exc
    return parse_indicators(g, source=str(resource))


@cache
def _default_scheme() -> IndicatorScheme:
    return read_indicators(INDICATORS_PATH)


def load_indicators(source: str | PathLike[str] | Traversable | None = None) -> IndicatorScheme:
    """The scheme at ``source``, by default ``ontology/indicators.ttl`` (read once per process)."""
    return _default_scheme() if source is None else read_indicators(source)


def map_indicator(written: str, scheme: IndicatorScheme | None = None) -> IndicatorConcept | None:
    """The concept an as-written indicator means, or ``None`` (unknown or ambiguous: never a guess).

    >>> map_indicator("实际使用外资").name
    'ForeignCapitalUtilised'
    >>> map_indicator("产值").name, map_indicator("工业总产值").name
    ('OutputValue', 'GrossIndustrialOutput')
    >>> map_indicator("规模以上工业总产值（目标）") is None  # a target is not the figure
    True
    """
    return (scheme or load_indicators()).map(written)


class _HasIndicator(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def indicator_zh(self) -> str: ...


@dataclass(frozen=True)
class UnmappedIndicator:
    """A written indicator the scheme does not map, and the observations that use it."""

    written: str
    observation_ids: tuple[str, ...]
    candidates: tuple[URIRef, ...]
    """The concepts it matches when ambiguous; empty when unknown."""

    @property
    def reason(self) -> Literal["unknown", "ambiguous"]:
        return "ambiguous" if self.candidates else "unknown"

    def __str__(self) -> str:
        """One line for a report: ``indicator '占比' (observations a, b): not in the indicator scheme``."""
        what = ("matches several concepts: " + ", ".join(str(c).removeprefix(str(ZKGI_NS)) for c in self.candidates)
                if self.candidates else "not in the indicator scheme")
        return f"indicator {self.written!r} (observations {', '.join(self.observation_ids)}): {what}"


def unmapped_indicators(
    source: ArticleFacts | FactsFile | Iterable[_HasIndicator], scheme: IndicatorScheme | None = None
) -> list[UnmappedIndicator]:
    """The written indicators of an article (or of any observations) that map to no concept.

    One entry per distinct written form, in order of first appearance, with the ids of the
    observations that use it.
    """
    scheme = scheme or load_indicators()
    if isinstance(source, ArticleFacts):
        observations: Iterable[_HasIndicator] = source.facts.observations
    elif isinstance(source, FactsFile):
        observations = source.observations
    else:
        observations = source
    ids: dict[str, list[str]] = {}
    for obs in observations:
        if scheme.map(obs.indicator_zh) is None:
            ids.setdefault(obs.indicator_zh, []).append(obs.id)
    return [
        UnmappedIndicator(written, tuple(obs_ids), tuple(c.iri for c in scheme.candidates(written)))
        for written, obs_ids in ids.items()
    ]
