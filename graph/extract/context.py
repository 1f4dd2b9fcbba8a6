"""The one object every extraction component reads and adds to (like spaCy's ``Doc``).

A :class:`Context` holds the article's :class:`~graph.extract.text.Document`, the entity
table, the mentions found so far and everything the rule components record for the
components after them (the article's zone, the lists read, the figures, relations and
events drafted). Every field is created here, in ``__init__``, so that what a component
needs is visible in one place; the pipeline (``graph.extract.pipeline``) says which
component fills which field.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graph.extract.entities import Entity, EntityTable, Mention
from graph.extract.figures import Figure
from graph.extract.text import Clause, Document, Paragraph, Segment, Sentence


@dataclass
class Obs:
    """A figure drafted as an observation (or a figure-like event) of ``subject``."""

    subject: Entity
    indicator: str
    fig: Figure
    clause_start: int
    quote_start: int
    quote_end: int
    period: int | None
    period_zh: str | None
    concerns: list[Entity]
    review: str | None
    change: tuple[Figure, int, str | None] | None = None
    kind: str = "observation"
    change_at: int | None = None  # where the change is written when not in the quote (a figure heading's)
    also: tuple[int, int] | None = None  # a second evidence span (the line under a figure heading)


@dataclass(frozen=True)
class ClauseSite:
    """Where a clause rule runs: the clause, the sentence, segment and paragraph around it, the
    mentions inside it, the body the text is about so far (``current``) and the paragraph's topic."""

    para: Paragraph
    sent: Sentence
    seg: Segment
    clause: Clause
    ms: list[Mention]
    current: Entity | None
    topic: Entity | None

    @property
    def cs(self) -> int:
        return self.clause.start

    @property
    def ce(self) -> int:
        return self.clause.end

    @property
    def text(self) -> str:
        return self.clause.text


_SPAN = 1 << 32  # mentions_in's key: start * _SPAN + end


class Context:
    """The shared state of one extraction run over one article."""

    def __init__(self, text: str, article_id: str) -> None:
        self.doc = Document(text)
        self.article_id = article_id
        self.table = EntityTable()
        # mentions of the table's entities, sorted by start (refreshed by components that add names)
        self._mentions: list[Mention] = []
        self._starts: list[int] = []
        self._longest = 0  # the longest mention's length
        self._names: str | None = None  # mentioned_names' answer
        # the table's names when find_all_mentions last ran, and the mentions it found
        self.mentions_found_for: tuple[dict[str, Entity], list[Mention]] | None = None
        self._sentence_spans: list[tuple[int, int]] | None = None  # at_sentence_starts' spans
        self._inside: dict[int, list[Mention]] = {}  # mentions_in's answers by _span_key (the rules ask for a clause's often)
        # --- what the entity components find (names, enumerations, zone)
        self.enums: list[tuple[int, int, str, list[Entity]]] = []  # (start, end, head, items) of every list read
        self._enum_starts: list[tuple[int, int]] = []  # (start, index) of ctx.enums, sorted (see enums_in)
        self.local_lists: list[tuple[int, int, list[Entity]]] = []  # A、B等区内N家企业: companies in the zone
        self.directory: list[tuple[int, int, Entity, list[Entity]]] = []  # ——<company>:生产A、B
        self.counted_focus: list[tuple[int, int, list[Entity]]] = []  # 围绕A和B两大产业
        self.dash_chains: list[tuple[int, int, Entity | None, list[Entity]]] = []  # “A—B—C”产业链
        self.joined_projects: list[tuple[int, int, list[str]]] = []  # A牵头、B参与的X项目
        self.project_owners: list[tuple[Entity, Entity, str]] = []  # (owner, project, full name) of A公司X项目
        self.pending_produces: list[tuple[Entity, Entity, int, int]] = []  # (maker, product, start, end)
        self.photo_of: dict[int, Paragraph] = {}  # id(Photo entity) → its caption paragraph
        self.caption_products: list[tuple[Entity, Entity, Paragraph]] = []
        self.main_zone: Entity | None = None  # the body the article is about (set by the zone component)
        self.main_zone_note = ""  # the review note of a figure defaulted to it (how it was chosen)
        self.byline_start = 0  # where the text after the byline starts
        self.report_year: int | None = None  # the year the title names; 0: none (see periods.title_year)
        # --- what the per-paragraph components carry from one clause or paragraph to the next
        self.heading_topic: Entity | None = None  # the body a section heading (【X产业集群】) names
        self.answer_for: Entity | None = None  # the body an interview answer's speaker (B:…) stands for
        self.headline: tuple[Obs, Sentence] | None = None  # a figure heading and the sentence under it
        self.carried_indicator: tuple[int, str] | None = None  # (clause start, indicator) for 突破千亿元,达到N
        # --- the drafted records
        self.relations: list[dict[str, Any]] = []
        self.rel_keys: set[tuple[str, str, int, int]] = set()
        self.obs: list[Obs] = []
        self.funding: list[dict[str, Any]] = []
        self.recognitions: list[dict[str, Any]] = []

    @property
    def mentions(self) -> list[Mention]:
        return self._mentions

    @mentions.setter
    def mentions(self, value: list[Mention]) -> None:
        self._mentions = value
        self._starts = [m.start for m in value]
        self._longest = max((m.end - m.start for m in value), default=0)
        self._inside = {}
        self._names = None

    def mentioned_names(self) -> str:
        """The names of the entities the mentions stand for, one a line: a rule that looks for a piece of
        text in their names can first ask whether any holds it (``piece in ctx.mentioned_names()``)."""
        if self._names is None:
            self._names = "\n".join({id(m.entity): m.entity.name for m in self._mentions}.values())
        return self._names

    def quote(self, start: int, end: int) -> str:
        """The shortest text around ``start:end`` that occurs once in the article (a quote the loader finds)."""
        return self.doc.unique_quote(start, end)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside ``start:end`` (a new list: the caller may change it)."""
        key = start * _SPAN + end  # (an int key: one for every (start, end) with |end| < 2**31)
        found = self._inside.get(key)
        if found is None:
            lo = bisect_left(self._starts, start)
            hi = bisect_left(self._starts, end, lo)
            # a mention that starts a longest name's length before the end ends inside: only the last ones are checked
            safe = bisect_left(self._starts, end - self._longest, lo, hi)
            found = self._inside[key] = self._mentions[lo:safe] + [m for m in self._mentions[safe:hi] if m.end <= end]
        return found.copy()

    def mentions_starting(self, start: int, end: int) -> list[Mention]:
        """Mentions that start inside ``start:end`` (they may run past ``end``)."""
        lo = bisect_left(self._starts, start)
        return self._mentions[lo:bisect_left(self._starts, end, lo)]

    def obs_from(self, clause_start: int) -> list[Obs]:
        """The observations of the clauses from ``clause_start`` on (they are recorded in text order)."""
        i = len(self.obs)
        while i > 0 and self.obs[i - 1].clause_start >= clause_start:
            i -= 1
        return self.obs[i:]

    def drop_obs(self, clause_start: int, drop: Callable[[Obs], bool]) -> None:
        """Remove the observations of the clause at ``clause_start`` that ``drop`` selects (a funded
        amount is no observation too); only the tail of the list is read."""
        i = len(self.obs)
        while i > 0 and self.obs[i - 1].clause_start >= clause_start:
            i -= 1
        self.obs[i:] = [o for o in self.obs[i:] if not (o.clause_start == clause_start and drop(o))]

    def relate(self, subj: Entity, pred: str, obj: Entity, start: int, end: int,
               role: str | None = None, review: str | None = None) -> None:
        """Draft ``subj --pred--> obj`` with the text at ``start:end`` as evidence (once per triple)."""
        if subj is obj:
            return
        key = (pred, "", id(subj), id(obj))
        if key in self.rel_keys:
            return
        self.rel_keys.add(key)
        self.relations.append({"subject": subj, "predicate": pred, "object": obj, "role_zh": role,
                               "evidence": [self.quote(start, end)], "review": review})

    def enums_in(self, start: int, end: int) -> list[tuple[int, int, str, list[Entity]]]:
        """The lists of ``ctx.enums`` that open inside ``start:end``, in the order they were read."""
        if len(self._enum_starts) != len(self.enums):
            self._enum_starts = sorted((e[0], i) for i, e in enumerate(self.enums))
        lo = bisect_left(self._enum_starts, (start, -1))
        hi = bisect_left(self._enum_starts, (end, -1), lo)
        if lo == hi:
            return []  # (most clauses)
        return [self.enums[i] for i in sorted(i for _, i in self._enum_starts[lo:hi])]

    def at_sentence_starts(self, rx: re.Pattern[str], needs: tuple[str, ...] = ()) -> list[re.Match[str]]:
        """Matches of ``rx`` that open a sentence (offsets into the flat text); with ``needs`` (words one of
        which every match of ``rx`` holds) only the sentences holding one are tried."""
        found = []
        flat = self.doc.flat
        if self._sentence_spans is None:  # (read once: where each sentence's words start, and its end)
            self._sentence_spans = []
            for para in self.doc.paragraphs:
                for sent in para.sentences:
                    at = sent.start
                    while at < sent.end and flat[at] in " \u3000“":
                        at += 1
                    self._sentence_spans.append((at, sent.end))
        for at, end in self._sentence_spans:
            if needs and not any(flat.find(n, at, end) >= 0 for n in needs):
                continue
            m = rx.match(flat, at, end)
            if m is not None:
                found.append(m)
        return found
