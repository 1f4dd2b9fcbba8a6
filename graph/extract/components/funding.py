"""Funding events: loans, credit lines, investments, funds: who funds whom, how much."""

from __future__ import annotations

import re

from graph.extract import lexicon as lx
from graph.extract.components.common import YEAR_RE
from graph.extract.components.events import drop_amount, project_owner
from graph.extract.components.figures_subject import lender_of_clause
from graph.extract.components.periods import period
from graph.extract.components.subjects import speaks_for
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.figures import Figure, find_figures, money_units
from graph.extract.text import Clause, Paragraph, Sentence

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"[^,;。]{0,12}")
_RE1 = re.compile(r"(?:该|这个|这家|此)([\u4e00-\u9fff]{1,4})")
_RE2 = re.compile(r"\s*(?:还|并|同时)?(?:提供|给予|发放|授予)")
_RE3 = re.compile(r"(?:与|同|和)")
_RE4 = re.compile(r"我们(?:公司|企业)?|我司")
_RE5 = re.compile(r"企业|园区|区内|中小|小微|科技型|项目|主体|商户")
_RE6 = re.compile(r"\d|[两二三四五六七八九十]家")

# a loan product named in quotes (“人才贷”, “科创贷”) or written before the amount (知识产权贷1000万元)
_LOAN_PRODUCT_RE = re.compile(r"“[\u4e00-\u9fff]{1,8}贷”|[\u4e00-\u9fff]{2,4}贷(?=\d)")

# a lender by its name (X银行, X分行, X支行, X信用社, X小贷公司): never the borrower a 其 points back to
_LENDER_NAME_RE = re.compile(r"(?:银行|分行|支行|信用社|小额贷款公司|小贷公司)$")

# 为A、B等8家企业…: several recipients counted
_GROUP_RE = re.compile(r"等[\d两二三四五六七八九十]+家")
_ROUND_OF_RE = re.compile(r"(?:投资|领投|跟投|参投|注资)了?([^,;。]{2,30}?)的?(?:[A-E]\+?|Pre-[A-E]\+?|天使|种子|战略|新一)轮")

_RECEIVE_RE = re.compile(r"(?:获得|获|拿到|完成|斩获|落地|争取到?)了?[^,;。]{0,12}$")

_AMOUNT_AFTER_RE = re.compile(r"\s*(?:融资额|融资金额|融资总额|金额|融资规模|额度|规模)(?:为|达到|达|共|合计)?")

_TO_RE = re.compile(r"(?:向|为|对)((?:该|这个|这家|此|其)[\u4e00-\u9fff]{0,4}|[^,;。向为对]{2,30}?)"
                    r"(?:提供|发放|注资|增资|投放|授信|放贷|贷款|股权投资|战略投资|投资)")


def funding_frames(ctx: Context, para: Paragraph, sent: Sentence, clause: Clause, current: Entity | None) -> None:
    """Funding frames the cue-by-cue drafting leaves as figures: 对X股权投资N, 为该基地提供贷款N,
    (基金)向X投资N, A与B签署…,提供授信N, X完成/拿到…融资N, 领投X B轮融资,融资额N."""
    cs = clause.start
    text = clause.text
    if "元" not in text and "万" not in text and "亿" not in text:
        return
    money = [f for f in find_figures(text) if f.unit in money_units() and not f.is_rank]
    last = ctx.funding[-1] if ctx.funding else None
    if last is not None and last["start"] >= sent.start and last["start"] < cs and last["amount"] is None \
            and money and _AMOUNT_AFTER_RE.match(text[: money[0].start]) \
            and _RE0.fullmatch(text[: money[0].start]):
        # 领投X B轮融资,融资额3.2亿元: the amount of the round just named
        last["amount"], last["end"] = money[0], clause.end
        drop_amount(ctx, cs, money[0])
        return
    if not money or (last is not None and last["start"] == cs) or lender_of_clause(ctx, clause, money[0]) is not None:
        return  # (该行已为N家企业提供贷款M: the lender's total, an observation of the lender)
    cue = next(((c, i) for c, i in lx.FUNDING_CUES if c in text), None)
    to = _TO_RE.search(text)
    product = _LOAN_PRODUCT_RE.search(text) if cue is None else None
    if product is not None and to is not None:
        cue = (product.group(0), "loan")  # X银行为其发放“人才贷”N: a named loan product is a loan
    if cue is None and not (to and to.group(0).endswith("投资")):
        return
    instrument = cue[1] if cue is not None else "equity_investment"
    cue_word = cue[0] if cue is not None else "投资"
    cue_at = text.find(cue_word) if cue is not None else to.end() - 2  # type: ignore[union-attr]
    amount = next((f for f in money if f.start > cue_at - 12), money[0])
    ms = ctx.mentions_in(cs, clause.end)
    _funding_frame_event(ctx, amount, clause, cs, cue_at, cue_word,
        current, instrument, ms, para, sent, text, to)


def _funding_frame_event(ctx: Context, amount: Figure, clause: Clause, cs: int, cue_at: int, cue_word: str,
                         current: Entity | None, instrument: str, ms: list[Mention], para: Paragraph, sent: Sentence,
                         text: str, to: re.Match[str] | None) -> None:
    recipient: Entity | None = None
    project: Entity | None = None
    if to is not None:
        target = to.group(1)
        named = [m.entity for m in ms if cs + to.start(1) <= m.start < cs + to.end(1) and not m.entity.has("Funder")]
        demo = _RE1.match(target)
        if _GROUP_RE.search(target):
            return  # 为A、B等8家企业授信N: a total over a group of recipients, no single funding
        if named:
            recipient = named[0]
        elif demo or target == "其":
            head = demo.group(1) if demo else ""
            prior = [m.entity for m in ctx.mentions_starting(para.start - 400, cs + to.start())
                     if not m.entity.has("Funder", "Person", "Place") and not _LENDER_NAME_RE.search(m.entity.name)
                     and (m.entity.name.endswith(head) if head not in ("", "企业", "公司") else m.entity.has("Enterprise"))]
            recipient = prior[-1] if prior else None
            if recipient is None and head:
                # 为该基地提供贷款: a base not drafted as a name is the last company's
                owners = [m.entity for m in ctx.mentions_starting(para.start - 400, cs)
                          if m.entity.has("Enterprise") and not m.entity.has("Funder")]
                recipient = owners[-1] if owners else None
        elif _RE4.fullmatch(target):
            # B:…X银行为我们提供授信N: the body the speaking person (B:) stands for
            speaker = [m.entity for m in ctx.mentions_in(para.start, para.start + 12)
                       if m.entity.has("Person") and ctx.doc.flat[m.end:m.end + 1] == ":"]
            recipient = speaks_for(ctx, speaker[0]) if speaker else None
        elif _RE6.search(target):
            return  # 向6家企业投资4.8亿元: a count of recipients, the investor's figure
    funders = [m.entity for m in ms if (m.entity.has("Funder") or _LENDER_NAME_RE.search(m.entity.name))
               and m.start < cs + cue_at and m.entity is not recipient]
    prev = [c for seg in sent.segments for c in seg.clauses if c.end <= cs]
    if recipient is None and not ms and prev and _RE2.match(text):
        # A与B签署协议,提供授信N: the lender and the borrower of the clause before
        pc = prev[-1]
        wm = _RE3.search(pc.text)
        pms = ctx.mentions_in(pc.start, pc.end)
        if wm:
            funders = [m.entity for m in pms if m.start < pc.start + wm.start() and m.entity.has("Funder")]
            after = [m.entity for m in pms if m.start >= pc.start + wm.end() and not m.entity.has("Funder", "Person", "Place")]
            recipient = after[0] if after and funders else None
    rm = _ROUND_OF_RE.search(text)
    if recipient is None and rm is not None:
        # (独家)投资X A轮融资N: X raises the round
        inside = [m.entity for m in ms if cs + rm.start(1) <= m.start < cs + rm.end(1)
                  and not m.entity.has("Funder", "Person", "Place")]
        recipient = inside[0] if inside else None
    if recipient is None and _RECEIVE_RE.search(text[:cue_at]) and not ms:
        recipient = current  # (X…,)今年拿到了天使轮融资N: the subject carried over receives it
    if not funders:
        # 设立…基金,…,其中对X股权投资N: the fund the sentence is about invests
        before = [m.entity for m in ctx.mentions_in(sent.start, cs) if m.entity.has("Funder") and m.entity is not recipient]
        funders = before[-1:]
    if recipient is None or (recipient.has("Funder") and not recipient.has("Enterprise")):
        if funders and to is not None and not _RE5.search(to.group(1)):
            drop_amount(ctx, cs, amount)  # X银行向Y发放贷款N: never the lender's own figure (向园区企业…: a total, kept)
        return
    if recipient.has("Project"):
        project = recipient
        recipient = project_owner(ctx, project, cs) or project
    if recipient.has("Person") or recipient in funders:
        return
    ctx.funding.append({
        "funders": funders, "recipient": recipient, "project": project, "instrument": instrument,
        "arranged_by": [], "instrument_zh": cue_word, "mechanism_zh": None, "amount": amount,
        "period": period(ctx, para, sent, clause)[0] if YEAR_RE.search(sent.text) else None,
        "period_zh": None, "start": cs, "end": cs + max(cue_at + len(cue_word), amount.end),
        "review": None if funders else "no funder named in the clause",
    })
    drop_amount(ctx, cs, amount)
