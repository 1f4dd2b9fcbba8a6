"""Incubation: A孵化B, 从这里走出的B, 在孵企业: who incubated whom."""

from __future__ import annotations

import re

from graph.extract.components.common import INCUBATOR_WORD_RE
from graph.extract.context import Context
from graph.extract.entities import Entity, Mention
from graph.extract.text import Clause

# literal patterns of this module, compiled once (re's per-call cache look-up cost ~9 % of extraction)
_RE0 = re.compile(r"在([^,;:。]{2,20}?)孵化(?:成立|设立|创办|组建|落地)了?")
_RE1 = re.compile(r"(?:其中|从这里走出的|从这里走出了|从中走出的)")
_RE2 = re.compile(r"孵化的")
_RE3 = re.compile(r"\s*")
_RE4 = re.compile(r"(?:企业|公司|项目)")
_RE5 = re.compile(r"(?:由|经)?其$")
_RE6 = re.compile(r"[,,]")
_RE7 = re.compile(r"(?:孵化器|众创空间|加速器)“?$")

_HERE_INCUBATED_RE = re.compile(r"(?:即|已|正是|就是|就|也)?(?:在此|由此|于此|从这里|在这里|从此处)“?(?:孵化|毕业)")


def incubation(ctx: Context, clause: Clause, ms: list[Mention], current: Entity | None) -> bool:
    """X由Y孵化, X是Y孵化的企业, Y孵化的X → X incubatedBy Y."""
    cs, text = clause.start, clause.text
    found = False
    # A在Z孵化成立(了)X: X is incubated by Z and founded by A
    m = _RE0.search(text)
    if m:
        hosts = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1)
                 and x.entity.has("Zone", "Platform", "Park", "Organization")]
        made = [x.entity for x in ms if x.start >= cs + m.end() and x.entity.has("Enterprise", "Project")]
        makers = [x.entity for x in ms if x.end <= cs + m.start()
                  and x.entity.has("ResearchTeam", "Person", "Organization", "Enterprise")]
        if not makers and _RE3.fullmatch(text[: m.start()]):
            # A领衔的B团队,在Z孵化成立了X: the makers close the clause before
            sent = ctx.doc.clause_at(cs)[1]
            makers = [x.entity for x in ctx.mentions_in(sent.start, cs)
                      if x.entity.has("ResearchTeam", "Person", "Organization", "Enterprise")]
        if hosts and made:
            ctx.relate(made[0], "incubatedBy", hosts[-1], cs, clause.end)
            if makers:
                ctx.relate(made[0], "foundedBy", makers[-1], cs, clause.end)
            return True
    for rx in (r"由([^,;:。]{2,30}?)孵化", r"是([^,;:。]{2,30}?)孵化的(?:企业|公司|项目)"):
        m = re.search(rx, text)
        if not m:
            continue
        incubators = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1)
                      and x.entity.has("Zone", "Platform", "Enterprise", "Organization", "Park")]
        before = [x.entity for x in ms if x.end <= cs + m.start() and x.entity.has("Enterprise", "Project")]
        subject = before[-1] if before else current
        if subject is not None and subject.has("Enterprise", "Project"):
            for inc in incubators:
                ctx.relate(subject, "incubatedBy", inc, cs, clause.end)
                found = True
    # Y…,X在此孵化后… / X即由此孵化成长 / X正是从这里“毕业”的: 此/这里 is the incubator named before X
    hm = _HERE_INCUBATED_RE.search(text) if "孵化" in text or "毕业" in text else None
    if hm is not None and not found:
        grads = [x for x in ms if x.end <= cs + hm.start() and x.entity.has("Enterprise") and not x.entity.has("Funder")]
        if grads and not _RE6.search(ctx.doc.flat[grads[-1].end:cs + hm.start()]):
            sent_start = ctx.doc.clause_at(cs)[1].start
            # an incubator by its name, or by the kind word before it (孵化器“X”)
            hosts = [x.entity for x in ctx.mentions_in(sent_start, grads[-1].start)
                     if x.entity.has("Platform")
                     and (INCUBATOR_WORD_RE.search(x.entity.name) or _RE7.search(ctx.doc.flat[max(0, x.start - 6):x.start]))]
            if hosts:
                ctx.relate(grads[-1].entity, "incubatedBy", hosts[-1], sent_start, cs + hm.end())
                found = True
    # Y孵化企业N家,其中X… / 从这里走出的X…: X incubated by Y (the last incubator named before 孵化)
    m = _RE1.match(text)
    if m and ms and ms[0].start == cs + m.end() and ms[0].entity.has("Enterprise") and not found:
        graduates = [ms[0]]
        for x in ms[1:]:
            if ctx.doc.flat[graduates[-1].end:x.start] in ("、", "和", "及") and x.entity.has("Enterprise"):
                graduates.append(x)
        sent_start = max(ctx.doc.flat.rfind("。", 0, cs), ctx.doc.flat.rfind("\n", 0, cs)) + 1
        back = ctx.doc.flat[sent_start:cs]
        inc_at = max(back.rfind("孵化"), back.rfind("在孵"))  # …孵化企业N家 / …在孵企业N家,其中X…
        if inc_at >= 0 and _RE4.search(back[inc_at:]):
            hosts = [x.entity for x in ctx.mentions_in(sent_start, sent_start + inc_at)
                     if x.entity.has("Platform", "Park", "Zone", "Organization")]
            if hosts:
                for g in graduates:
                    ctx.relate(g.entity, "incubatedBy", hosts[-1], sent_start + inc_at, g.end)
                found = True
    m = _RE2.search(text)
    if m and not found:
        after = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise", "Project")]
        incubators = [x.entity for x in ms if x.end == cs + m.start()
                      and x.entity.has("Zone", "Platform", "Enterprise", "Organization", "Park")]
        if not incubators and _RE5.search(text[: m.start()]):
            # Y累计孵化…,由其孵化的X…: 其 is the incubator named before in the sentence
            sent = ctx.doc.clause_at(cs)[1]
            incubators = [x.entity for x in ctx.mentions_in(sent.start, cs)
                          if x.entity.has("Zone", "Platform", "Organization", "Park")][-1:]
        if after and incubators:
            ctx.relate(after[0].entity, "incubatedBy", incubators[0], cs, after[0].end)
            found = True
    return found
