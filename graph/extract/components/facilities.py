"""Facilities a company builds: a production line, base or data centre named right after a verb of
building or investing (投资N亿元建设的X生产线, 扩建X生产线, 资金用于X基地) is a project.

The cue words of such names (生产线, 基地, 数据中心) are too common to open a name on their own
(生产基地, 一条生产线): only the frame of building or investing before them says that the words in
between name one facility.

>>> from graph.extract.context import Context
>>> ctx = Context("标题\\n\\n甲乙公司投资12亿元建设的智能传感器生产线于今年投产。", "t")
>>> built_facilities(ctx)
>>> [(e.name, sorted(e.classes)) for e in ctx.table.entities]
[('智能传感器生产线', ['Project'])]
"""

from __future__ import annotations

import re

from graph.extract.components.figures_cards import is_field_line
from graph.extract.context import Context

# the frame: an investment with its amount (投资N亿元(建设)的), a verb of building (建设的/扩建/新建),
# money spent on it (用于); then the name, ended by its kind word and a boundary (a pause, a phase,
# a verb of progress)
_BUILT_FACILITY_RE = re.compile(
    r"(?:投资[\d.]+[亿万千]?(?:美元|元)(?:建设|兴建|新建|扩建|打造)?的|(?:建设|新建|扩建|兴建|投建|改建)的?|用于|支持其?建设)"
    r"((?:[二三四五]期)?[\u4e00-\u9fffA-Za-z0-9.()]{2,18}?(?:生产线|产线|基地|数据中心|算力中心|测试中心))"
    r"(?=[,。;、:!?)]|[一二三四五]期|于|已|将|正式|预计|建成|投产|达产|开工|落户|点亮|$)")

# kind words that name another kind of body (a platform, a park, a designation), left to their own rules
OTHER_KINDS = ("中试基地", "孵化基地", "产业基地", "示范基地", "培训基地", "实训基地", "教育基地", "创新基地", "人才基地")
# what opens a description, not a name (8条/多条生产线, 该基地, 生产基地, 智能化生产线, 新的…)
NOT_A_NAME_RE = re.compile(r"^(?:[\d一两几多数每各该这其本新了]|生产|制造|研发|项目|相关|配套|智能化|数字化|自动化)|的|和|与|及")


def built_facilities(ctx: Context) -> None:
    """Name the facilities built or invested in (X生产线/X基地/X数据中心 after 建设的, 投资N亿元的, 用于)
    as projects; a name read as a park by the bare 中心 cue becomes the project."""
    flat = ctx.doc.flat
    if "线" not in flat and "基地" not in flat and "中心" not in flat:
        return
    for m in _BUILT_FACILITY_RE.finditer(flat):
        name = m.group(1)
        if not names_a_facility(name) or is_field_line(ctx.doc.clause_at(m.start(1))[0].text):
            continue  # (a card's 建设内容:新建X生产线 is what its titled project builds, not a project of its own)
        known = ctx.table.get(name)
        if known is None:
            ctx.table.add(name, ("Project",), m.start(1))
        elif known.classes == {"Park"} and name.endswith("中心"):
            known.classes = {"Project"}


def names_a_facility(name: str) -> bool:
    """Whether ``name`` (ending in its kind word) names one facility, not a description (生产基地,
    8条生产线) nor another kind of body (孵化基地: a platform's rules)."""
    core = name[:-3] if name.endswith("生产线") else name[:-2] if name.endswith(("基地", "产线")) else name[:-4]
    return len(core) >= 2 and not name.endswith(OTHER_KINDS) and not NOT_A_NAME_RE.search(core)
