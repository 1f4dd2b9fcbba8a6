"""Write ``ontology/indicators-coverage.md``: how many written indicators of the repo's facts map.

Runs :func:`graph.transform.indicators.map_indicator` over every observation's ``indicator_zh`` in the
curated and test facts files (``data/articles/*``, ``tests/data/reports/*``,
``tests/data/mini-2025``, ``tests/data/corpus/**`` when present; never the holdout set) and
reports mapped / total, by distinct written form and by observation, with every unmapped
form and why. The "why" of an unknown form comes from :data:`REASONS`, an ordered list of
patterns; it explains, it never maps.

Deterministic: the same files give the same bytes. ``--check`` exits 1 when the committed
report is stale (tests/transform/test_indicators.py runs the same comparison).

    .venv/bin/python scripts/indicator_coverage.py          # rewrite the report
    .venv/bin/python scripts/indicator_coverage.py --check  # is it current?
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from graph.model import FactsFile
from graph.sources.article import parse_model, read_yaml
from graph.transform.indicators import IndicatorScheme, load_indicators

ROOT = Path(__file__).resolve().parent.parent
REPORT = Path("ontology/indicators-coverage.md")
SOURCES = (
    "data/articles/*/facts.yaml",
    "tests/data/reports/*/facts.yaml",
    "tests/data/mini-2025/facts.yaml",
    "tests/data/corpus/**/facts.yaml",
)
"""Globs relative to the repository root. The holdout set is never read: it must stay unseen."""

REASONS: tuple[tuple[str, str], ...] = (
    (r"目标|^计划|预计|定员", "a target, plan or forecast, not a reported figure: mapping it would put plans into the time series"),
    (r"排名|位列", "a rank: it belongs to a named evaluation (rank_scope_zh); ranks are not in the scheme"),
    (r"高于|低于|比上半年|收窄|加快", "a margin against another region's or period's rate (percentage points), not a level or a rate"),
    (r"贡献率|拉动", "a contribution to, or pull on, another subject's growth"),
    (r"比重|占比|占有率|比例|转化率|配套率|收率|良率|利率|费率", "a share or rate of a named total that the scheme does not list"),
    (r"下降|缩短|节能", "a decline or saving: mapping it to a growth concept would need a silent sign flip"),
    (r"入选|英才|学者", "selectees of one named talent programme written into the indicator (subject: the zone, not the programme)"),
    (r"单季|季度|上半年", "a sub-annual period written into the indicator"),
    (r"^[一二三]期", "a project phase written into the indicator"),
    (r"最高|上限|补贴|补助", "a policy parameter (a cap, a subsidy), not a figure about the subject"),
    (r"用时|提前", "the duration of a procedure, not an indicator of the scheme"),
    (r"产业(营业收入|规模|产值)", "an industry's total: the industry is named inside the indicator instead of being the subject"),
    (r"^孵化(?!器)|孵化的", "incubated enterprises without saying whether in incubation now, newly or cumulatively "
                     "(在孵 / 新孵化 / 累计孵化 are mapped)"),
    (r"^集聚.+企业$|^人工智能企业$|^本地员工$", "a named kind of enterprise or staff: the scheme's counts are not split by kind"),
    (r"重点项目", "key projects (重点项目) as a local list defines them: not comparable across zones"),
    (r"产能|产量|生产能力|产氢能力|处理.*能力",
     "names a product, a phase or a line inside the indicator; 产能/产量 of the scheme are product-neutral"),
    (r"产值", "output value of an industry, a group or an increment named inside the indicator, or a forecast; "
              "not the subject's 产值 nor the zone's 工业总产值"),
    (r"亿元以上|亿元级|10亿元", "a size band of projects (亿元以上 …), not all projects"),
    (r"现场|集中开工", "counted at one event (a signing or ground-breaking ceremony), not over the period"),
    (r"刚性|柔性|硕|博士(?!后)|博士后及|人才$", "a talent sub-population (degree, full-time/flexible, origin) the scheme does not split"),
    (r"^(规模|总规模|首期规模|投资|投资额|订单|博士)$", "too short to say what it measures without the sentence (ambiguous by itself)"),
    (r"累计|已", "a cumulative count or amount the scheme has no concept for"),
    (r"新增|新引进|新开工|新签约|新落地|新建|新孵化|全年|首批|第二批",
     "a flow in the period (new, this year, a batch) with no concept in the scheme"),
)


@dataclass(frozen=True)
class Occurrence:
    """One observation's written indicator."""

    source: str
    """The facts file, relative to the repository root."""
    article: str
    observation: str
    written: str


def facts_files(root: Path) -> list[Path]:
    """The facts files :data:`SOURCES` names under ``root``, sorted, the holdout set excluded."""
    found = {p for pattern in SOURCES for p in root.glob(pattern)}
    return sorted(p for p in found if "holdout" not in p.relative_to(root).as_posix())


def collect(root: Path) -> list[Occurrence]:
    """Every observation's ``indicator_zh`` in the facts files, in file and file order."""
    out: list[Occurrence] = []
    for path in facts_files(root):
        facts: FactsFile = parse_model(read_yaml(path), FactsFile)
        rel = path.relative_to(root).as_posix()
        out.extend(Occurrence(rel, facts.article, obs.id, obs.indicator_zh) for obs in facts.observations)
    return out


def reason_for(written: str, scheme: IndicatorScheme) -> str:
    """Why ``written`` is unmapped: the candidates when ambiguous, else the first matching pattern."""
    candidates = scheme.candidates(written)
    if candidates:
        return "ambiguous: matches " + ", ".join(c.name for c in candidates)
    for pattern, reason in REASONS:
        if re.search(pattern, written):
            return reason
    return "not in the scheme: a one-off measure of this report (long tail)"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _by_reason(unmapped: list[str], by_form: dict[str, list[Occurrence]], scheme: IndicatorScheme) -> list[tuple[str, int, int]]:
    """(reason, distinct forms, observations), most observations first."""
    forms: Counter[str] = Counter()
    obs: Counter[str] = Counter()
    for written in unmapped:
        reason = reason_for(written, scheme)
        forms[reason] += 1
        obs[reason] += len(by_form[written])
    return sorted(((r, forms[r], obs[r]) for r in forms), key=lambda t: (-t[2], -t[1], t[0]))


def generate_report(root: Path = ROOT, scheme: IndicatorScheme | None = None) -> str:
    """The Markdown report for the facts files under ``root`` (returns text; writes nothing)."""
    scheme = scheme or load_indicators()
    occurrences = collect(root)
    by_form: dict[str, list[Occurrence]] = {}
    for occ in occurrences:
        by_form.setdefault(occ.written, []).append(occ)
    mapped = {w: c for w in by_form if (c := scheme.map(w)) is not None}
    unmapped = sorted((w for w in by_form if w not in mapped), key=lambda w: (-len(by_form[w]), w))
    mapped_obs = sum(len(by_form[w]) for w in mapped)
    files = Counter(occ.source for occ in occurrences)
    used = {c.iri for c in mapped.values()}

    lines = [
        "# Indicator coverage",
        "",
        "<!-- Generated by scripts/indicator_coverage.py from the facts files below and",
        "     ontology/indicators.ttl. Do not edit; rerun the script. -->",
        "",
        f"The scheme `ontology/indicators.ttl` has **{len(scheme.concepts)} concepts** "
        f"({sum(c.kind == 'level' for c in scheme.concepts.values())} levels, "
        f"{sum(c.kind == 'growth_rate' for c in scheme.concepts.values())} growth rates, "
        f"{sum(c.kind == 'ratio' for c in scheme.concepts.values())} ratios). "
        "`graph.transform.indicators.map_indicator` maps a written indicator by exact match on a "
        "prefLabel or altLabel after normalisation, and never guesses.",
        "",
        "| | mapped | total | coverage |",
        "|---|---:|---:|---:|",
        f"| distinct written forms | {len(mapped)} | {len(by_form)} | {_pct(len(mapped), len(by_form))} |",
        f"| observations | {mapped_obs} | {len(occurrences)} | {_pct(mapped_obs, len(occurrences))} |",
        "",
        f"Concepts used by at least one observation: {len(used)} of {len(scheme.concepts)}.",
        "",
        "## Sources",
        "",
        "| facts file | observations |",
        "|---|---:|",
        *(f"| `{src}` | {n} |" for src, n in sorted(files.items())),
        "",
        "## Mapped written forms",
        "",
        "| written | concept | kind | observations |",
        "|---|---|---|---:|",
        *(
            f"| {_cell(w)} | `zkgi:{c.name}` ({_cell(c.pref_zh)}) | {c.kind} | {len(by_form[w])} |"
            for w, c in sorted(mapped.items(), key=lambda wc: (wc[1].name, wc[0]))
        ),
        "",
        "## Why the rest is unmapped",
        "",
        "| reason | written forms | observations |",
        "|---|---:|---:|",
        *(f"| {_cell(reason)} | {forms} | {obs} |" for reason, forms, obs in _by_reason(unmapped, by_form, scheme)),
        "",
        "## Unmapped written forms",
        "",
        "Most frequent first. The reason is the first rule of `REASONS` in the script that fits.",
        "",
        "| written | observations | first seen in | why unmapped |",
        "|---|---:|---|---|",
        *(
            f"| {_cell(w)} | {len(by_form[w])} | `{by_form[w][0].article}` · `{by_form[w][0].observation}` "
            f"| {_cell(reason_for(w, scheme))} |"
            for w in unmapped
        ),
        "",
    ]
    return "\n".join(lines)


def write_report(text: str, path: Path) -> None:
    """Write atomically: a temporary file in the same folder, then rename."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root (default: this checkout)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed report is not current")
    args = parser.parse_args(argv)
    text = generate_report(args.root)
    target = args.root / REPORT
    if args.check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{REPORT} is stale: run python scripts/indicator_coverage.py", file=sys.stderr)
            return 1
        return 0
    write_report(text, target)
    print(f"wrote {REPORT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
