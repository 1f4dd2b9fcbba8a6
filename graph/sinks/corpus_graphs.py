"""Build the corpus-level graphs from resolved articles.

* :func:`build_corpus_rdf` — the corpus named graph ``<BASE>corpus``: canonical entities
  (classes, labels, aliases, identifiers, part-of, and ``prov:wasDerivedFrom`` every
  evidence span of every mention), one ``zkg:EntityResolution`` per
  mention (which rule or registry decision linked it, with the reason) plus the plain
  ``zkg:mentionOf`` link, ``distinct_from`` decisions, and what the indicator vocabulary
  says about the concepts the observations use (``indicators``). The articles' own named graphs are not touched by resolution:
  un-merging is deleting a registry entry and exporting again.
* :func:`build_corpus_nx` — one NetworkX graph in which a canonical entity is one node
  (with every article's figures, evidence and sources) and each article's relations are
  parallel edges tagged with the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
from rdflib import OWL, PROV, RDF, RDFS, SKOS, Graph, Literal, URIRef

from graph.gcpause import without_gc
from graph.mapping import IriScheme, article_zone
from graph.model import ArticleFacts, EntityRecord
from graph.namespace import ORG, ZKG, bind_prefixes
from graph.ontology import Ontology
from graph.transform.resolve import Resolution

MUNICIPALITIES = frozenset({"北京市", "上海市", "天津市", "重庆市", "北京", "上海", "天津", "重庆"})


def canonical_label(resolution: Resolution, key: str, mentions: Mapping[tuple[str, str], EntityRecord]) -> tuple[str, str | None]:
    """The canonical entity's zh and en names: the registry's, else its first mention's."""
    ent = resolution.entities[key]
    if ent.registry is not None:
        return ent.registry.name_zh, ent.registry.name_en
    first = mentions[ent.mentions[0]]
    name_en = next((mentions[m].name_en for m in ent.mentions if mentions[m].name_en), None)
    return first.name_zh, name_en


@without_gc
def build_corpus_rdf(articles: Iterable[ArticleFacts], resolution: Resolution, iris: IriScheme,
                     indicators: Graph | None = None, into: Graph | None = None) -> Graph:
    """The corpus graph's statements (data only; see the module docstring).

    ``into``: the (empty) graph to fill instead of a new one — the streamed export passes
    one that only lists the triples (:class:`graph.sinks.rdfwriter.TripleList`).
    """
    arts = list(articles)
    by_id = {a.article_id: a for a in arts}
    mentions = resolution.mentions
    g = bind_prefixes(Graph() if into is None else into)
    g.bind("zkgr", iris.base)
    for key, ent in resolution.entities.items():
        node = iris.entity(key)
        for cls in sorted(ent.classes):
            g.add((node, RDF.type, ZKG[cls]))
        name_zh, name_en = canonical_label(resolution, key, mentions)
        g.add((node, RDFS.label, Literal(name_zh, lang="zh")))
        if name_en:
            g.add((node, RDFS.label, Literal(name_en, lang="en")))
        aliases = set()
        for m in ent.mentions:
            rec = mentions[m]
            aliases |= {rec.name_zh, *rec.aliases_zh}
        if ent.registry is not None:
            aliases |= set(ent.registry.aliases_zh)
            for scheme, value in sorted(ent.registry.identifiers.items()):
                if scheme == "uscc":
                    g.add((node, ZKG.unifiedSocialCreditCode, Literal(value)))
                else:
                    g.add((node, ORG.identifier, Literal(f"{scheme}:{value}")))
        for alias in sorted(aliases - {name_zh}):
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        # every sentence behind the entity, in every article that names it
        for aid, local in ent.mentions:
            for span in by_id[aid].spans(mentions[(aid, local)].evidence):
                g.add((node, PROV.wasDerivedFrom, iris.span(aid, span.start, span.end)))
    for m, link in sorted(resolution.links.items()):
        mention = iris.local(*m)
        entity = iris.entity(link.key)
        g.add((mention, ZKG.mentionOf, entity))
        decision = _decision(g, iris.resolution(*m), link.method, link.reason)
        g.add((decision, ZKG.resolvedMention, mention))
        g.add((decision, ZKG.resolvedEntity, entity))
    for part, whole, reason in resolution.sub_organizations:
        g.add((iris.entity(part), ORG.subOrganizationOf, iris.entity(whole)))
        node = _decision(g, URIRef(f"{iris.base}corpus/part-of/{part}"), "registry-sub-organization-of", reason)
        g.add((node, ZKG.resolvedEntity, iris.entity(part)))
    for i, (refs, reason) in enumerate(resolution.distinct, start=1):
        node = _decision(g, URIRef(f"{iris.base}corpus/distinct/{i}"), "registry-distinct-from", reason)
        keys = sorted({resolution.links[m].key for m in refs})
        for m in refs:
            g.add((node, ZKG.resolvedMention, iris.local(*m)))
        for a in keys:
            for b in keys:
                if a < b:
                    g.add((iris.entity(a), OWL.differentFrom, iris.entity(b)))
    if indicators is not None:
        g += indicators
    return g


def _decision(g: Graph, node: URIRef, method: str, reason: str) -> URIRef:
    """A ``zkg:EntityResolution`` node with its method and reason (@zh when the reason is Chinese)."""
    g.add((node, RDF.type, ZKG.EntityResolution))
    g.add((node, ZKG.resolutionMethod, Literal(method)))
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in reason) else "en"
    g.add((node, RDFS.comment, Literal(reason, lang=lang)))
    return node


# --------------------------------------------------------------------------- NetworkX

def _place_kind(name: str) -> str | None:
    if name in MUNICIPALITIES or name.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if name.endswith(("市", "州", "盟", "地区")):
        return "city"
    return None


def article_setting(article: ArticleFacts) -> dict[str, str | None]:
    """The article's zone, city and province (names as the article writes them).

    The zone is :func:`graph.mapping.article_zone`; city and province follow its
    ``locatedIn`` links (and theirs); an article with exactly one place of a kind falls
    back to it.
    """
    ents = {e.id: e for e in article.facts.entities}
    zone = article_zone(article)
    located: dict[str, list[str]] = {}
    for rel in article.facts.relations:
        if rel.predicate == "locatedIn":
            located.setdefault(rel.subject, []).append(rel.object)
    found: dict[str, str | None] = {"zone": zone.name_zh if zone else None, "city": None, "province": None}
    todo = [zone.id] if zone else []
    seen: set[str] = set()
    while todo:
        cur = todo.pop(0)
        if cur in seen:
            continue
        seen.add(cur)
        for obj in located.get(cur, []):
            kind = _place_kind(ents[obj].name_zh)
            if kind and found[kind] is None:
                found[kind] = ents[obj].name_zh
            todo.append(obj)
    for kind in ("city", "province"):
        if found[kind] is None:
            names = sorted({e.name_zh for e in article.facts.entities if "Place" in e.classes and _place_kind(e.name_zh) == kind})
            if len(names) == 1:
                found[kind] = names[0]
    return found


def corpus_node_id(article_id: str, local: str | None = None) -> str:
    return f"article/{article_id}" if local is None else f"article/{article_id}/{local}"


@without_gc
def build_corpus_nx(article_graphs: Mapping[str, nx.MultiDiGraph], articles: Iterable[ArticleFacts],
                    resolution: Resolution, onto: Ontology, *, synthetic: bool = False) -> nx.MultiDiGraph:
    """One graph for the corpus: a canonical entity is one node; edges carry their article."""
    arts = sorted(articles, key=lambda a: a.article_id)
    mentions = resolution.mentions
    settings = {a.article_id: article_setting(a) for a in arts}
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    g.graph["article"] = {
        "id": "corpus", "title_zh": f"语料库：{len(arts)} 篇报告", "subtitle_zh": None,
        "title_en": f"Corpus of {len(arts)} report(s)", "subtitle_en": None, "authors": [], "period": None,
        "photo_credit_zh": None, "sha256": None,
        "source_note": "SYNTHETIC: written for the tests" if synthetic else None,
    }
    g.graph["corpus"] = {
        "synthetic": synthetic,
        "articles": [{
            "id": a.article_id, "title_zh": a.meta.title_zh, "title_en": a.meta.title_en,
            "period": a.meta.period, **settings[a.article_id], "view": f"{a.article_id}.html",
        } for a in arts],
    }

    def node_of(aid: str, local: str) -> str:
        if local == aid:
            return corpus_node_id(aid)
        key = resolution.key_of(aid, local)
        return f"entity/{key}" if key is not None else corpus_node_id(aid, local)

    merged: dict[str, dict[str, Any]] = {}
    for art in arts:
        aid = art.article_id
        ag = article_graphs[aid]
        setting = settings[aid]
        for local, attrs in ag.nodes(data=True):
            nid = node_of(aid, local)
            evidence = [{**e, "article": aid} for e in attrs.get("evidence", [])]
            figures = [{**f, "article": aid, "indicator_concept": art.indicator_concepts.get(f["id"])}
                       for f in attrs.get("figures", [])]
            node = merged.get(nid)
            if node is None:
                node = merged[nid] = {**attrs, "classes": [], "aliases_zh": [], "evidence": [], "figures": [],
                                      "articles": [], "sources": [], "zones": [], "cities": [], "provinces": []}
            node["classes"] = sorted(set(node["classes"]) | set(attrs.get("classes", [])))
            node["aliases_zh"] = sorted(set(node["aliases_zh"]) | set(attrs.get("aliases_zh", [])) | {attrs["label_zh"]})
            node["evidence"] += evidence
            node["figures"] += figures
            if aid not in node["articles"]:
                node["articles"].append(aid)
            for kind, plural in (("zone", "zones"), ("city", "cities"), ("province", "provinces")):
                value = setting[kind]
                if value and value not in node[plural]:
                    node[plural].append(value)
            if evidence:
                first = evidence[0]
                node["sources"].append({"article": aid, "title_zh": art.meta.title_zh, "quote": first["quote"],
                                        "sentence": first["sentence"], "start": first["start"], "end": first["end"],
                                        "view": f"{aid}.html"})
    for nid, node in merged.items():
        if nid.startswith("entity/"):
            key = nid[len("entity/"):]
            name_zh, name_en = canonical_label(resolution, key, mentions)
            node["label_zh"], node["label_en"] = name_zh, name_en or name_zh
            node["kind"] = "entity"
            node["key"] = key
        node["aliases_zh"] = [a for a in node["aliases_zh"] if a != node["label_zh"]]
        for kind, plural in (("zone", "zones"), ("city", "cities"), ("province", "provinces")):
            node[plural] = sorted(node[plural])
            node[kind] = node[plural][0] if len(node[plural]) == 1 else None
    for nid in sorted(merged):
        g.add_node(nid, **merged[nid])
    edges = []
    for art in arts:
        aid = art.article_id
        for u, v, key, attrs in article_graphs[aid].edges(keys=True, data=True):
            edges.append((node_of(aid, u), node_of(aid, v), f"{key}@{aid}",
                          {**attrs, "article": aid, "evidence": [{**e, "article": aid} for e in attrs.get("evidence", [])]}))
    for u, v, key, attrs in sorted(edges, key=lambda e: (e[0], e[2], e[1])):
        g.add_edge(u, v, key=key, **attrs)
    return g

