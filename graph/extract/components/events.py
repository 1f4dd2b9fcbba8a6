"""Recognitions and events: awards, designations, ranks; the project a company carries out."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.common import SUBJECT_CLASSES, YEAR_RE
from graph.extract.components.figures_subject import lender_of_clause
from graph.extract.components.periods import period
from graph.extract.components.subjects import clause_subject
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.figures import Figure, find_figures, money_units
from graph.extract.text import Clause, Paragraph, Segment, Sentence

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"(?:为|向)(其|[^,,。;;]{2,40}?)(?:提供|发放|注资|增资|投放|授信|放贷|贷款|投资)")
# 为A、B等8家企业…: several recipients counted; 为该项目…: the project named before
_GROUP_RE = re.compile(r"等[\d两二三四五六七八九十]+家")
_THIS_PROJECT_RE = re.compile(r"(?:该|这个|此|这一)项目")
_RE1 = re.compile(r"在([^。;]{2,40}?)(?:的)?(?:支持|帮助|助力|撮合|推动)下")
_RE2 = re.compile(r"(获批|获评|荣获|被认定为|认定为|被评为|跻身|荣膺|摘得|入选(?!者))")
_RE3 = re.compile(r"\s*由")
_RE4 = re.compile(r"领投|跟投|参投|投资|出资")
_RE5 = re.compile(r"获得?了?[^,,。;;]{0,16}$")
_RE6 = re.compile(r"[,,。;;、]+$")
_RE7 = re.compile(r"行列$")
_RE8 = re.compile(r"((?:特等|一等|二等|三等|金|银|铜)奖)(?:(?:和|、)((?:特等|一等|二等|三等|金|银|铜)奖))*$")
_RE9 = re.compile(r"(?:服务|需求|难题|渠道|环境|支持|对接|模式|产品)")
_RE10 = re.compile(r"(?:特等|一等|二等|三等|金|银|铜)奖")
_RE11 = re.compile(r"([A-Z]{1,3}[+-]?)")

_MECH_RE = re.compile(r"“([^”]{2,20})”[^,,。;;“]{0,6}(?:机制|模式)")

# does a clause hold any funding cue at all (one search before the cue-by-cue loop)
_ANY_FUNDING_CUE_RE = re.compile("|".join(re.escape(cue) for cue, _ in lx.FUNDING_CUES))


def events(ctx: Context, para: Paragraph, sent: Sentence, seg: Segment, clause: Clause, current: Entity | None) -> None:
    text = clause.text
    ms = ctx.mentions_in(clause.start, clause.end)
    # funding
    for cue, instrument in lx.FUNDING_CUES if _ANY_FUNDING_CUE_RE.search(text) else ():
        idx = text.find(cue)
        if idx < 0:
            continue
        money = [f for f in find_figures(text) if f.unit in money_units()]
        if not money and _RE9.match(text[idx + len(cue):]):
            continue  # 提供融资服务: talk about finance, not an event
        if _round_funders(ctx, sent, clause, ms, money):
            break
        if money and lender_of_clause(ctx, clause, money[0]) is not None:
            break  # 该行已为N家企业提供贷款M: the lender's total, an observation of the lender, no one loan
        recipient, funders, arrangers = _funding_parties(ctx, para, sent, clause, ms, current, cue, instrument, idx)
        if recipient is not None:
            _record_funding(ctx, para, sent, clause, cue, instrument, idx, money, recipient, funders, arrangers)
        break
    recognitions(ctx, para, sent, clause, ms, current)


def project_owner(ctx: Context, project: Entity, before: int) -> Entity | None:
    """The company that carries out a project: a drafted carriesOut, else a company named in the
    sentence that last named the project (A年产N吨X项目…, A的X基地…)."""
    # <company>N期扩建项目, <company>X扩能项目: a company's name (or short form) opening the project's name owns it
    prefixed = [(len(n), e) for e in ctx.table.entities if e.has("Enterprise") and not e.has("Funder", "Project")
                for n in e.names() if len(n) >= 2 and project.name.startswith(n) and len(project.name) > len(n) + 2]
    if prefixed:
        return max(prefixed, key=lambda x: x[0])[1]
    for r in ctx.relations:
        if r["predicate"] == "carriesOut" and r["object"] is project and r["subject"].has("Enterprise"):
            subject: Entity = r["subject"]
            return subject
    for owner, proj, _ in ctx.project_owners:
        if proj is project:
            return owner
    named = [m for m in ctx.mentions if m.entity is project and m.end <= before]
    if not named:
        return None
    _, sent, _, _ = ctx.doc.clause_at(named[-1].start)
    owners = [m.entity for m in ctx.mentions_in(sent.start, named[-1].end)
              if m.entity.has("Enterprise") and not m.entity.has("Funder")]
    return owners[-1] if owners else None


def drop_amount(ctx: Context, clause_start: int, amount: Figure) -> None:
    """A funded amount is not also an observation."""
    ctx.drop_obs(clause_start, lambda o: o.fig.start == amount.start)


def _round_funders(ctx: Context, sent: Sentence, clause: Clause, ms: list[Mention], money: list[Figure]) -> bool:
    """X完成N亿元B轮融资,由A领投、B跟投: the funders of the round just named (True: the clause is read)."""
    text = clause.text
    last = ctx.funding[-1] if ctx.funding else None
    if not money and _RE3.match(text) and last is not None and last["start"] >= sent.start \
            and _RE4.search(text):
        # X完成N亿元B轮融资,由A领投、B跟投: the funders of the round just named
        for m in ms:
            if m.entity.has("Funder") and m.entity not in last["funders"] and m.entity is not last["recipient"]:
                last["funders"].append(m.entity)
        if last["funders"]:
            last["review"] = None
            last["end"] = clause.end
        return True
    return False


def _funding_parties(ctx: Context, para: Paragraph, sent: Sentence, clause: Clause, ms: list[Mention],
                     current: Entity | None, cue: str, instrument: str,
                     idx: int) -> tuple[Entity | None, list[Entity], list[Entity]]:
    """(recipient, funders, arrangers) of the funding the cue at ``idx`` names."""
    text, cs = clause.text, clause.start
    cue_at = cs + idx
    recipient: Entity | None = None
    wm = _RE0.search(text)
    if wm and wm.group(1) == "其":
        prior = [m.entity for m in ctx.mentions_starting(para.start - 400, cs + wm.start())
                 if m.entity.has("Enterprise") and not m.entity.has("Funder")]
        recipient = prior[-1] if prior else None
    elif wm and _GROUP_RE.search(wm.group(1)):
        return None, [], []  # 为A、B等8家企业授信N: a total over a group of recipients, no single funding
    elif wm and _THIS_PROJECT_RE.fullmatch(wm.group(1)):
        # 为该项目发放贷款N: the project named last before (its company receives the loan)
        projects = [m.entity for m in ctx.mentions_in(max(0, para.start - 400), cs + wm.start()) if m.entity.has("Project")]
        recipient = projects[-1] if projects else None
    elif wm:
        inside = [m.entity for m in ms if cs + wm.start(1) <= m.start < cs + wm.end(1)]
        recipient = inside[0] if inside else None
    elif instrument == "equity_investment":
        after = [m.entity for m in ms if m.start >= cue_at + len(cue) and not m.entity.has("Funder")]
        recipient = after[0] if after else None
    funders = [m.entity for m in ms if m.entity.has("Funder") and m.start < cue_at and m.entity is not recipient]
    sm2 = _RE1.search(ctx.doc.flat[sent.start:cs])
    if not funders and sm2:
        # 在X银行等金融机构支持下,Y获得贷款…: the funders are named in the opening phrase
        funders = [m.entity for m in ctx.mentions_in(sent.start + sm2.start(1), sent.start + sm2.end(1))
                   if m.entity.has("Funder") and m.entity is not recipient]
    arrangers = [m.entity for m in ms if m.start < cue_at and not m.entity.has("Funder", "Person", "Place")
                 and m.entity is not recipient and (wm is None or m.start < cs + wm.start())]
    if recipient is None:
        # X获得(了)…贷款/授信/融资: the enterprise right before 获得 receives it
        gm = _RE5.search(text[:idx + len(cue)])
        got = [m.entity for m in ms if gm is not None and m.end <= cs + gm.start()
               and m.entity.has("Enterprise") and not m.entity.has("Funder")]
        if got:
            recipient = got[-1]
    if recipient is None:
        subj = clause_subject(ctx, clause)
        recipient = subj.entity if subj is not None else (current if funders or instrument == "bond" else None)
        if recipient is not None and recipient in funders:
            recipient = None
        arrangers = []
    if recipient is None and funders:
        # A的X项目开工后,…,F完成2亿元股权投资: the company or project the sentence opens with
        opening = [m for m in ctx.mentions_in(sent.start, cs) if not m.entity.has("Person", "Place")]
        if opening and opening[0].entity.has("Enterprise", "Project") and not opening[0].entity.has("Funder") \
                and opening[0].start - sent.start <= 2:
            recipient = opening[0].entity
    if recipient is None or (recipient.has("Zone") and not funders and instrument != "bond"):
        return None, funders, arrangers
    return recipient, funders, arrangers


def _record_funding(ctx: Context, para: Paragraph, sent: Sentence, clause: Clause, cue: str, instrument: str,
                    idx: int, money: list[Figure], recipient: Entity, funders: list[Entity],
                    arrangers: list[Entity]) -> None:
    """The funding event (with the project funded and the mechanism named nearby)."""
    text, cs = clause.text, clause.start
    project = None
    if recipient.has("Project"):
        project = recipient
        owner = [m.entity for m in ctx.mentions_in(para.start - 400, cs) if m.entity.has("Enterprise")
                 if not m.entity.has("Funder")]
        named_owner = project_owner(ctx, project, cs + len(text))
        if named_owner is not None:
            recipient = named_owner  # the project's own company (figures engineer: shared with _funding_frames)
        elif owner:
            recipient = owner[-1]
    mech = None
    if instrument in ("credit_line", "loan", "equity_investment"):
        pi = ctx.doc.paragraph_index(para)
        for p2 in ctx.doc.paragraphs[max(0, pi - 1):pi + 1]:
            for pm in _MECH_RE.finditer(p2.text):
                if any(w in pm.group(1) for w in ("投", "贷", "融", "资本", "担保")):
                    mech = pm.group(1)
    amount = money[0] if money else None
    ctx.funding.append({
        "funders": funders, "recipient": recipient, "project": project, "instrument": instrument,
        "arranged_by": arrangers,
        "instrument_zh": cue, "mechanism_zh": mech, "amount": amount,
        "period": period(ctx, para, sent, clause)[0] if YEAR_RE.search(sent.text) else None,
        "period_zh": None, "start": cs, "end": cs + max(idx + len(cue), amount.end if amount else 0),
        "review": None if funders else "no funder named in the clause",
    })
    # a funded amount is not also an observation
    if amount is not None:
        ctx.drop_obs(cs, lambda o: o.fig.start == amount.start)


def recognitions(ctx: Context, para: Paragraph, sent: Sentence, clause: Clause, ms: list[Mention],
                 current: Entity | None) -> None:
    """获批/荣获/入选…: the awards, designations, ratings and milestones of the clause's bodies."""
    text, cs = clause.text, clause.start
    rm = _RE2.search(text)
    if rm:
        title = _RE6.sub("", text[rm.end():])
        title = _RE7.sub("", title)
        if len(title) < 2:
            return
        kind = "designation"
        if "评级" in title:
            kind = "rating"
        elif "奖" in title:
            kind = "award"
        elif rm.group(1) == "跻身":
            kind = "milestone"
        recips = [m for m in ms if m.start < cs + rm.start() and m.entity.has(*SUBJECT_CLASSES)]
        review = None
        if not recips:
            if current is None:
                return
            who = [current]
            review = "recipient is the sentence subject, not named in the clause"
        else:
            who = [m.entity for m in recips]
        grades: list[str | None] = [None]
        gm = _RE8.search(title)
        if gm:
            grades = _RE10.findall(title[gm.start():])
            title = title[: gm.start()] or title
        elif kind == "rating":
            rating = _RE11.match(title)
            grades = [rating.group(1) if rating else None]
        if "分别" in text and len(who) == len(grades) and len(who) > 1:
            pairs = list(zip(who, grades, strict=True))
        else:
            pairs = [(w, grades[0] if len(grades) == 1 else None) for w in who]
        year = period(ctx, para, sent, clause)[0] if YEAR_RE.search(sent.text) else None
        for w, g in pairs:
            if any(r["recipient"] is w and r["title_zh"] == title for r in ctx.recognitions):
                continue
            ctx.recognitions.append({"recipient": w, "title_zh": title, "kind": kind, "grade_zh": g,
                                      "year": year, "start": cs, "end": clause.end, "review": review})
