"""The per-paragraph pass: headings, interview answers, list items; runs the clause rules
(figures, relations, events, funding) on every clause of the paragraph."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.common import SUBJECT_CLASSES
from graph.extract.components.events import events
from graph.extract.components.figures_clause import figures
from graph.extract.components.figures_subject import formed_at_end, founded_at_end
from graph.extract.components.figures_turns import turn_of
from graph.extract.components.funding import funding_frames
from graph.extract.components.people import find_speaker_body
from graph.extract.components.relations_clause import clause_relations
from graph.extract.components.subjects import clause_subject, heading, speaks_for
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.figures import find_figures
from graph.extract.segment import first_token
from graph.extract.text import Clause, Paragraph

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"[【】\[\]《》“”\"\s]|^(?:[一二三四五六七八九十]+、|\d+[.、])")
_RE1 = re.compile(r"出自")
_RE2 = re.compile(r"^(该企业|该公司|这家企业|这家公司|该集团|其(?![中他余次实]))")
_RE3 = re.compile(r"(?:企业|公司)(?!数|总数|数量|家数|[,、和与及])[\u4e00-\u9fff]{0,8}?"
                         r"(?:人员|员工|职工|营收|营业收入|产值|利润|专利|订单|研发投入|产能|产量)")
_RE4 = re.compile(r"(?:项目|公司|基地|中心|集团)(?![,、和与及])")
_RE5 = re.compile(r"(?:设立|成立|发起|组建|发起设立)了?")

# 这家…企业 / 该公司 / 它…: a pointer back to the company named before
_BACK_TO_COMPANY_RE = re.compile(r"(?:这家|该家?|此)[^,;。这该]{0,24}?(?:企业|公司|集团)(?!数|总数|数量|家数)|它(?!们)")

# 集聚相关企业N家: a cluster's or park's state of gathering (after the clause that builds it)
_GATHERS_RE = re.compile(r"\s*(?:已|目前|现已|共|累计)?(?:集聚|聚集|汇聚|集中|入驻|吸引)")

# a list item's marker (●, ■, ①, 1., (一), 一、) opening a clause
_BULLET_RE = re.compile(r"\s*(?:[●○■□◆◇▲△▶►•★☆※▪◎]|[①-⑳]|\d{1,2}[.、](?!\d)|[(][一二三四五六七八九十\d]{1,2}[)]"
                        r"|[一二三四五六七八九十]、)\s*")

_STATE_OPENER_RE = re.compile(r"\s*(?:目前|现有|现|已|累计|拥有|共有|总投资|占地|规划|首期|一期|首批|建成后|投产后|达产后|预计|年产"
                              r"|配备|配置|设有|下设|(?:今年|当年|年内|上半年|全年)(?:以来)?(?:已|累计)"
                              r"|(?:全年|今年|当年)(?:已|累计|共)?(?:服务|为[^,;。]{0,8}?提供|孵化|接待))")

_FUND_CLAUSE_RE = re.compile(r"(?:目前|现|已|累计|首期|总|当前|其中)*(?:规模|投资|撬动|带动|募集|出资|投向|认缴|实缴)")

# a list item's marker (——, ●, ①, 1.): the item's text follows
_ITEM_OPEN_RE = re.compile(r"\s*(?:——|—|-|●|○|■|□|◆|▶|·|[①-⑳]|\d{1,2}[.、](?!\d)|[((]\d{1,2}[))])\s*")

# after the item's name: an optional short form in brackets, then the colon that opens the profile
_ITEM_COLON_RE = re.compile(r"(?:[((][^()()]{1,16}[))])?[::]")


def paragraph(ctx: Context, para: Paragraph) -> None:
    speaker = [m.entity for m in ctx.mentions_in(para.start, para.start + 12)
               if m.entity.has("Person") and ctx.doc.flat[m.end:m.end + 1] == ":" and m.start - para.start <= 1]
    ctx.answer_for = speaks_for(ctx, speaker[0]) if speaker else turn_of(ctx, para)
    _section_heading(ctx, para)
    cataphor, topic = _cataphor_and_topic(ctx, para)
    item_topic = find_item_topic(ctx, para)
    prev_subject: Entity | None = None
    last_topic: Entity | None = None
    last_enterprise: Entity | None = next((m.entity for m in reversed(ctx.mentions_in(max(0, para.start - 400), para.start))
                                           if m.entity.has("Enterprise") and not m.entity.has("Funder")), None)
    fund_topic: tuple[int, Entity] | None = None
    said_by: tuple[int, Entity] | None = None
    for sent in para.sentences:
        for seg_index, seg in enumerate(sent.segments):
            current: Entity | None = None
            seg_override: Entity | None = None
            if seg_index > 0 and prev_subject is not None and (
                    seg.text.lstrip().startswith(lx.CONTINUATION_STARTS) or _verb_starts(seg.text.lstrip())):
                current = prev_subject
            founded: Entity | None = None
            for clause in seg.clauses:
                clause = _unbulleted(clause)  # ●…, ①…, 1.…: a list item reads as the clause without its marker
                cs = clause_subject(ctx, clause)
                if cs is not None:
                    current = cs.entity
                    seg_override = None
                current, cs = _continued_subject(clause, cs, current, last_enterprise, last_topic)
                if founded is not None and cs is None and founded.has("Cluster", "Park") \
                        and _GATHERS_RE.match(clause.text):
                    seg_override = founded  # 打造B产业集群,集聚相关企业N家: what the cluster gathers
                if founded is not None and cs is None and _STATE_OPENER_RE.match(clause.text):
                    seg_override = founded  # …组建B,目前已引进…N: the state that follows is B's (建设B,引入…: not)
                fig_subject = seg_override or current or item_topic
                if said_by is not None and said_by[0] == sent.start and cs is None and seg_override is None:
                    fig_subject = said_by[1]  # B公司总经理C说,目前车间里有N名员工: the figures are B's
                if cs is None and fund_topic is not None and fund_topic[0] == sent.start \
                        and _FUND_CLAUSE_RE.match(clause.text.lstrip()):
                    fig_subject = fund_topic[1]  # A设立B基金,首期规模…/已投资项目…: about the fund
                override = figures(ctx, para, sent, seg, clause, cs, fig_subject, cataphor)
                fm = _RE5.search(clause.text) if "立" in clause.text or "发起" in clause.text or "组建" in clause.text \
                    else None  # (every verb of _RE5 holds 立, 发起 or 组建)
                if fm:
                    funds = [x.entity for x in ctx.mentions_in(clause.start + fm.end(), clause.end)
                             if x.entity.has("Funder") and not x.entity.has("Enterprise")]
                    if funds:
                        fund_topic = (sent.start, funds[-1])
                if override is not None:
                    seg_override = override
                if not (founded is not None and cs is None and not find_figures(clause.text)
                        and not any(m.entity.has(*SUBJECT_CLASSES) for m in ctx.mentions_in(clause.start, clause.end))):
                    # 建成C,向中小企业开放共享,全年服务企业N家: a bare clause between keeps C (one naming only
                    # techniques or products it works on too: 共建C,围绕X、Y等技术开展攻关,累计获得专利N项)
                    founded = founded_at_end(ctx, clause)  # for the next clause
                    if founded is None:
                        founded = formed_at_end(ctx, clause)
                speaker_body = find_speaker_body(ctx, clause)
                if speaker_body is not None:
                    said_by = (sent.start, speaker_body)
                clause_relations(ctx, para, sent, seg, clause, current, topic)
                events(ctx, para, sent, seg, clause, current)
                funding_frames(ctx, para, sent, clause, current)
                for mm in reversed(ctx.mentions_in(clause.start, clause.end)):
                    if "Enterprise" in mm.entity.classes:
                        last_enterprise = mm.entity  # the last company the clause names
                        break
            if current is not None:
                prev_subject = current
        last_topic = prev_subject
        prev_subject = None


def _verb_starts(text: str) -> bool:
    """The text opens with a verb (other than 是): a segment that continues the subject before."""
    first_tok = first_token(text)
    return bool(first_tok) and first_tok[0][3].startswith("v") and first_tok[0][2] not in ("是",)


def find_item_topic(ctx: Context, para: Paragraph) -> Entity | None:
    """——A公司(简称):生产B,年产能N; — a list item that opens on a body's name and a colon is a
    profile of that body: its subjectless figures are the body's."""
    m = _ITEM_OPEN_RE.match(para.text)
    if m is None:
        return None
    ms = ctx.mentions_in(para.start + m.end(), para.start + m.end() + 40)
    if not ms or ms[0].start != para.start + m.end() or ms[0].entity.has("Person", "Place", "Zone"):
        return None
    rest = ctx.doc.flat[ms[0].end:para.end]
    return ms[0].entity if _ITEM_COLON_RE.match(rest) else None


# what a list item's marker opens with (after blanks); a digit too
_BULLET_FIRST = frozenset("●○■□◆◇▲△▶►•★☆※▪◎(一二三四五六七八九十") | {chr(c) for c in range(ord("①"), ord("⑳") + 1)}


def _unbulleted(clause: Clause) -> Clause:
    first = clause.text.lstrip()[:1]
    if not first or not (first in _BULLET_FIRST or first.isdecimal()):
        return clause  # (no marker can open it: unscanned)
    m = _BULLET_RE.match(clause.text)
    if not m or m.end() >= len(clause.text):
        return clause
    return Clause(clause.start + m.end(), clause.end, clause.text[m.end():])


def _section_heading(ctx: Context, para: Paragraph) -> None:
    """A section heading's body (【X产业集群】) is the default subject of the section's figures."""
    if not heading(ctx, para):
        return
    if ctx.doc.paragraphs and para is ctx.doc.paragraphs[0] and ctx.main_zone is not None and ctx.main_zone.has("Zone"):
        return  # the title: a project or fund it names (X高新区Y项目加快推进) leaves the figures to the zone
    # the body it names is the default subject of the section's figures; a heading that names
    # none (【总量】) returns them to the zone
    bare = _RE0.sub("", para.text)
    named = [m for m in ctx.mentions_in(para.start, para.end)
             if m.entity.has("Cluster", "Enterprise", "Platform", "Park", "Project", "Alliance", "Industry")
             and not m.entity.has("Funder", "Person")]
    # only a heading that is the name (【X产业集群】), not a name with a slogan (X:从…到…)
    ctx.heading_topic = named[0].entity if named and len(bare) - len(named[0].surface) <= 4 else None


def _cataphor_and_topic(ctx: Context, para: Paragraph) -> tuple[Entity | None, Entity | None]:
    """(the company a paragraph's 出自… names ahead, the park/cluster/platform its short opening sentence names)."""
    cataphor: Entity | None = None
    m = _RE1.search(para.text)
    if m:
        after = [x for x in ctx.mentions_in(para.start + m.end(), para.end) if x.entity.has("Enterprise")]
        if after:
            cataphor = after[0].entity
    topic = None
    first_sent = para.sentences[0] if para.sentences else None
    if first_sent is not None and len(first_sent.text) <= 16:
        tm = ctx.mentions_in(first_sent.start, first_sent.end)
        if tm and tm[0].entity.has("Park", "Cluster", "Platform"):
            topic = tm[0].entity
    return cataphor, topic


def _continued_subject(clause: Clause, cs: Mention | None, current: Entity | None, last_enterprise: Entity | None,
                       last_topic: Entity | None) -> tuple[Entity | None, Mention | None]:
    """A clause without a subject of its own continues one named before (该企业, 它的…, 企业研发人员…, 项目总投资…)."""
    if current is None and last_enterprise \
            and _RE2.match(clause.text):
        current = last_enterprise
    if last_enterprise is not None and (cs is None or cs.entity.has("Zone", "Cluster", "Place")) \
            and _BACK_TO_COMPANY_RE.match(clause.text):
        # 这家…集群的龙头企业已形成…, 它的…年产能…: a demonstrative or 它 points back to the company
        current, cs = last_enterprise, None
    told = last_topic if last_topic is not None else last_enterprise
    if current is None and cs is None and told is not None and told.has("Enterprise") \
            and _RE3.match(clause.text.lstrip()):
        current = told  # X…。企业研发人员已有N名: a bare 企业 with its own attribute continues the company
    if current is None and cs is None and last_topic is not None \
            and _RE4.match(clause.text.lstrip()):
        current = last_topic  # X是…的首个项目。项目总投资N: a bare head noun continues the topic
    return current, cs
