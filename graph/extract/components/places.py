"""Places are places: a name the gazetteer knows as an administrative division is never a company.

Lists such as 赴A、B等地招商 or 来自A、B等省份的企业 end on a company word, and the list and
trade-word rules read their items as companies; names like 赴A (a verb of travel glued to the
place) come from the same frames. After the name rules ran, an enterprise that is a division's
full name (X市, X县) is retyped as a place; a bare short form (A, 赴A) is dropped: such places
are the scenery of a sentence, not facts the article states about them.
"""

from __future__ import annotations

import re

from graph.extract.context import Context
from graph.extract.gazetteer import is_place, short_form

# a verb or preposition of travel or origin glued to a place (赴A, 到A, 来自A, 远销A)
_TRAVEL_RE = re.compile(r"^(?:前往|来自|远销|销往|走进|走访|赴|到|去|往|至|从|在|于|向|和|与|及|、)")

# words a list rule may read as a company that name no body at all
_GENERIC_BODIES = {"园区", "全区", "该区", "我区", "本区", "区内", "园内", "全市", "我市", "本市", "全省", "各地", "外地",
                   "本地", "当地", "省内", "省外", "国内", "海外", "境外"}

_LEGAL_FORMS = ("有限公司", "有限责任公司", "集团", "银行")


def place_names_not_companies(ctx: Context) -> None:
    """Retype or drop enterprises that are places (or generic words for a place)."""
    for ent in list(ctx.table.entities):
        if not ent.has("Enterprise") or ent.name.endswith(_LEGAL_FORMS) or ent.has("Zone", "Park"):
            continue
        bare = _TRAVEL_RE.sub("", ent.name)
        if bare in _GENERIC_BODIES:
            ctx.table.remove(ent)
        elif is_place(bare):
            if bare == ent.name and short_form(bare) != bare:
                ent.classes = {"Place"}
                ent.review = None
            else:
                ctx.table.remove(ent)
