"""The extraction pipeline: named components run in order over one :class:`Context`.

Like a spaCy pipeline (``nlp.pipe_names``), :data:`PIPELINE` lists every component by
name; each is a function ``component(ctx) -> None`` that reads what the components before
it recorded in the context and adds entities, mentions, figures, relations or events.
:func:`emit` then turns the context into ``graph.model`` records.

>>> [name for name, _ in PIPELINE][:3]
['discover', 'enumerations', 'incubated_names']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from graph.extract.components.emit import draft_dict, emit
from graph.extract.components.enumerations import enumerations
from graph.extract.components.facilities import built_facilities
from graph.extract.components.figures_brands import company_short_forms
from graph.extract.components.figures_projects import invested_projects
from graph.extract.components.name_forms import brand_names, zone_prefixed_and_phased_names
from graph.extract.components.names import (
    capacity_project_parts,
    drop_swallowed,
    incubated_names,
    industry_short_forms,
    named_things,
    owned_products,
    owner_prefixed_projects,
)
from graph.extract.components.paragraphs import paragraph
from graph.extract.components.people import newspaper_staff
from graph.extract.components.photos import photo_relations, photos
from graph.extract.components.places import place_names_not_companies
from graph.extract.components.products import output_products
from graph.extract.components.relations_builders import (
    branded_projects,
    invested_builds,
    project_cards,
    zone_prefixed_projects,
)
from graph.extract.components.relations_lists import listed_companies_in_zone
from graph.extract.components.relations_names import name_relations
from graph.extract.components.relations_products import production_frames
from graph.extract.components.zone import anaphora_aliases, copula_aliases, main_zone
from graph.extract.context import Context
from graph.extract.discover import discover
from graph.extract.entities import find_mentions
from graph.extract.text import byline_names
from graph.gcpause import gc_paused
from graph.model import FactsFile

Component = Callable[[Context], None]


def discover_names(ctx: Context) -> None:
    """Cue words, appositions and short-form declarations (``graph.extract.entities.discover``)."""
    discover(ctx.doc, ctx.table)


def find_all_mentions(ctx: Context) -> None:
    """Every occurrence of every name in the table (re-run after components that add names; when the
    table names the same entities by the same names as at the last run, the mentions are those found then)."""
    names = dict(ctx.table.by_name)
    last = ctx.mentions_found_for
    if last is None or last[1] is not ctx.mentions or last[0] != names:
        ctx.mentions = find_mentions(ctx.doc, ctx.table)
        ctx.mentions_found_for = (names, ctx.mentions)


def choose_main_zone(ctx: Context) -> None:
    """The body the article is about, and where the text after its byline starts."""
    ctx.main_zone, ctx.main_zone_note = main_zone(ctx)
    ctx.byline_start = next((p.start for p in ctx.doc.paragraphs[:6]
                             # (a transcript's <outlet>记者: line asks a question: no byline)
                             if ("记者" in p.text and not p.text.endswith(":")) or "通讯员" in p.text or p.text.startswith(("►", "■"))
                             or byline_names(p.text) is not None), 0)


def paragraphs(ctx: Context) -> None:
    """The clause rules (figures, relations, events, funding), paragraph by paragraph."""
    for para in ctx.doc.paragraphs:
        paragraph(ctx, para)


def parks_of_zones(ctx: Context) -> None:
    """A park named after its zone (X高新区Y产业园) is part of it."""
    zones = [e for e in ctx.table.entities if e.has("Zone")]
    for ent in list(ctx.table.entities):
        if not ent.has("Park"):
            continue
        for surface in ent.names():
            z = next((z for z in zones for n in z.names() if surface.startswith(n) and len(surface) > len(n) + 3), None)
            at = ctx.doc.flat.find(surface)
            if z is not None and at >= 0:
                ctx.relate(ent, "partOf", z, at, at + len(surface))
                break


def local_companies(ctx: Context) -> None:
    """A、B等区内N家企业: the listed companies lie in the article's zone."""
    if ctx.main_zone is None or not ctx.main_zone.has("Zone"):
        return
    for ls, le, local in ctx.local_lists:
        for ent in local:
            if ent.has("Enterprise") and not ent.has("Funder") and ent.name in ctx.doc.flat[ls:le]:
                ctx.relate(ent, "locatedIn", ctx.main_zone, ls, le)


def project_owners(ctx: Context) -> None:
    """A公司X项目: A carries out X (the names split by ``owner_prefixed_projects``)."""
    for owner, project, full in ctx.project_owners:
        at = ctx.doc.flat.find(full)
        if at >= 0:
            ctx.relate(owner, "carriesOut", project, at, at + len(full))


_CAPACITY_PROJECT_RE = re.compile(
    r"年产能?(?:约|近|超)?[\d.]+[万千百亿]?[^\d\u4e00-\u9fff]{0,3}[吨台套辆件片只颗条支]?"
    r"([\u4e00-\u9fff]{2,12}?)(?:扩建|扩产|新建|技改|改扩建|智能化|产业化|生产线|产线|一期|二期|三期)*项目$")


def capacity_products(ctx: Context) -> None:
    """A carries out 年产N吨X项目 → A produces X."""
    for r in list(ctx.relations):
        if r["predicate"] != "carriesOut" or not r["subject"].has("Enterprise"):
            continue
        for pname in r["object"].names():
            pm = _CAPACITY_PROJECT_RE.match(pname)
            made = ctx.table.get(pm.group(1)) if pm else None
            if made is not None and made.has("Product"):
                at = ctx.doc.flat.find(pname)
                ctx.relate(r["subject"], "produces", made, at, at + len(pname))
                break


PIPELINE: list[tuple[str, Component]] = [
    ("discover", discover_names),
    ("enumerations", enumerations),
    ("incubated_names", incubated_names),
    ("named_things", named_things),
    ("owner_prefixed_projects", owner_prefixed_projects),
    ("capacity_project_parts", capacity_project_parts),
    ("invested_projects", invested_projects),
    ("industry_short_forms", industry_short_forms),
    ("owned_products", owned_products),
    ("zone_prefixed_and_phased_names", zone_prefixed_and_phased_names),
    ("brand_names", brand_names),
    ("company_short_forms", company_short_forms),
    ("built_facilities", built_facilities),
    ("output_products", output_products),
    ("places", place_names_not_companies),
    ("production_frames", production_frames),
    ("invested_builds", invested_builds),
    ("mentions", find_all_mentions),
    ("drop_swallowed", drop_swallowed),
    ("main_zone", choose_main_zone),
    ("anaphora_aliases", anaphora_aliases),
    ("mentions_after_aliases", find_all_mentions),
    ("copula_aliases", copula_aliases),
    ("photos", photos),
    ("mentions_after_photos", find_all_mentions),
    ("paragraphs", paragraphs),
    ("name_relations", name_relations),
    ("newspaper_staff", newspaper_staff),
    ("parks_of_zones", parks_of_zones),
    ("local_companies", local_companies),
    ("listed_companies_in_zone", listed_companies_in_zone),
    ("project_owners", project_owners),
    ("project_cards", project_cards),
    ("branded_projects", branded_projects),
    ("zone_prefixed_projects", zone_prefixed_projects),
    ("photo_relations", photo_relations),
    ("capacity_products", capacity_products),
]
"""Every component by name, in the order it runs (a later one reads what earlier ones found)."""


def run_pipeline(ctx: Context, components: list[tuple[str, Component]] | None = None) -> Context:
    """Run ``components`` (default: :data:`PIPELINE`) over ``ctx`` in order; return it."""
    for _, component in PIPELINE if components is None else components:
        component(ctx)
    return ctx


def pipeline(crf_names: bool = False, lac_names: bool = False) -> list[tuple[str, Component]]:
    """:data:`PIPELINE`, or with the optional ``crf_names`` component (a trained name tagger, off by default)
    and/or ``lac_names`` (Baidu LAC's names, the ``extract-lac`` extra; off by default).

    >>> "crf_names" in [name for name, _ in pipeline(crf_names=True)]
    True
    """
    out = PIPELINE
    if crf_names:
        from graph.extract.components.crf_names import with_crf_names

        out = with_crf_names(out)
    if lac_names:
        from graph.extract.components.lac_names import with_lac_names

        out = with_lac_names(out)
    return out


def extract_records(text: str, article_id: str, components: list[tuple[str, Component]] | None = None) -> FactsFile:
    """Draft the facts of an article's text as ``graph.model`` records (deterministic, offline).

    The cyclic garbage collector is paused meanwhile: one article's objects live until its
    records are made, and collections that walk them find nothing to free (reference
    counting still frees every temporary object)."""
    with gc_paused():
        return emit(run_pipeline(Context(text, article_id), components))


def extract_facts(text: str, article_id: str, components: list[tuple[str, Component]] | None = None) -> dict[str, Any]:
    """Draft a facts-file dict from an article's text (deterministic, offline); ``components``
    default to :data:`PIPELINE` (see :func:`pipeline` for the optional ones); the cyclic garbage collector
    stays paused until the dict is made (the records are garbage then, and a collection among them finds none)."""
    with gc_paused():
        return draft_dict(extract_records(text, article_id, components))
