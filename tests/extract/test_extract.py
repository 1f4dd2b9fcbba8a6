"""The draft extractor: determinism, verbatim unique quotes, schema, targets, subjects."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph.extract import dump_draft, extract_facts
from graph.extract.evaluate import evaluate
from graph.sources.article import QuoteIndex, load_facts, read_yaml
from tests.extract.conftest import ALL_IDS, ROOT, draft_of, folder_of, triples_of

SECTIONS = ("entities", "relations", "observations", "funding_events", "recognitions")
ENTITY_KEYS = ["id", "classes", "name_zh", "name_en", "aliases_zh", "description_en", "evidence"]
OBS_KEYS = ["id", "subject", "indicator_zh", "indicator_en", "as_written", "value", "value_max", "unit",
            "qualifier", "period", "period_zh", "rank_scope_zh", "concerns", "change", "evidence"]

# (entity F1, figure recall, relation F1) the drafts must reach against each gold file
TARGETS = (0.85, 0.90, 0.50)


def _records(facts: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for section in SECTIONS for r in facts[section]]


def test_deterministic(article_id: str) -> None:
    text = (folder_of(article_id) / "article.txt").read_text(encoding="utf-8")
    first = dump_draft(extract_facts(text, article_id))
    second = dump_draft(extract_facts(text, article_id))
    assert first == second


def test_quotes_verbatim_and_unique(article_id: str) -> None:
    text = (folder_of(article_id) / "article.txt").read_text(encoding="utf-8")
    index = QuoteIndex(text)
    for record in _records(draft_of(article_id)):
        assert record["evidence"], record
        for quote in record["evidence"]:
            assert "\n" not in quote
            assert index.count(quote) == 1, (quote, index.count(quote))


def test_as_written_inside_evidence(article_id: str) -> None:
    facts = draft_of(article_id)
    for obs in facts["observations"]:
        assert any(obs["as_written"] in q for q in obs["evidence"]), obs
        if obs["change"]:
            assert any(obs["change"]["as_written"] in q for q in obs["evidence"]), obs
    for ev in facts["funding_events"]:
        if ev["amount"]:
            assert any(ev["amount"]["as_written"] in q for q in ev["evidence"]), ev


def test_draft_validates_with_the_loader(article_id: str, tmp_path: Path) -> None:
    """The draft passes the loader's schema, ontology and quote checks unchanged."""
    text = (folder_of(article_id) / "article.txt").read_text(encoding="utf-8")
    path = tmp_path / "facts.draft.yaml"
    path.write_text(dump_draft(draft_of(article_id)), encoding="utf-8")
    facts, evidence = load_facts(path, text)
    assert facts.article == article_id
    assert len(facts.entities) >= 10
    assert evidence


def test_review_marks_have_reasons(article_id: str) -> None:
    for record in _records(draft_of(article_id)):
        if "review" in record:
            assert record["review"]["needed"] is True
            assert record["review"]["reason"].strip()


def test_dump_key_order_and_unicode() -> None:
    text = dump_draft(draft_of("fuzhou-hitech-2025"))
    assert "\\u" not in text  # allow_unicode
    data = yaml.safe_load(text)
    assert list(data) == ["article", *SECTIONS]
    ent = data["entities"][0]
    assert [k for k in ent if k != "review"] == ENTITY_KEYS
    obs = data["observations"][0]
    assert [k for k in obs if k != "review"] == OBS_KEYS


def test_ids_are_slugs_and_unique(article_id: str) -> None:
    facts = draft_of(article_id)
    ids = [r["id"] for s in ("entities", "observations", "funding_events", "recognitions") for r in facts[s]]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


# Dev reports on which the drafts do not reach TARGETS yet: each with the scores it must not fall below
# (the scores measured when it was listed, rounded down) and why it misses. The README lists them too.
# A report that reaches the targets must leave this list (test_below_target_list_is_current).
_ROUND8 = "round 8, first seen below the targets (2026-12-07); entity and relation floors raised by the ents branch"
_HOLDOUT5 = "holdout 5, measured once unseen (2026-12-07, fifth session), then made dev data (2026-12-08)"
BELOW_TARGET: dict[str, tuple[tuple[float, float, float], str]] = {
    "qianwan-hitech-2025-interview": ((1.0, 0.88, 0.82), _ROUND8),
    "qifeng-hitech-2025-h5a": ((0.89, 0.86, 0.7), _HOLDOUT5),
    "qionglan-edz-2025-h5b": ((0.86, 0.86, 0.65), _HOLDOUT5),
    "ruchuan-briefs-2025": ((0.81, 0.81, 0.77), _ROUND8),
    "songlan-carbon-fiber-2025-h5b": ((0.86, 0.67, 0.57), _HOLDOUT5),
    "taochuan-edz-2025-chain": ((0.87, 0.83, 0.8), _ROUND8),
}


def _scores(article: str) -> tuple[float, float, float] | None:
    gold_path = folder_of(article) / "facts.yaml"
    if not gold_path.is_file():
        return None
    report = evaluate(read_yaml(gold_path).data, draft_of(article))
    return report.entities.f1, report.figures.recall, report.relations.f1


@pytest.mark.parametrize("article", ALL_IDS)
def test_targets_against_gold(article: str) -> None:
    gold_path = folder_of(article) / "facts.yaml"
    if not gold_path.is_file():
        pytest.skip(f"no curated gold yet: {gold_path}")
    gold = read_yaml(gold_path).data
    report = evaluate(gold, draft_of(article))
    ent_f1, fig_recall, rel_f1 = BELOW_TARGET[article][0] if article in BELOW_TARGET else TARGETS
    assert report.entities.f1 >= ent_f1, report.entities.misses
    assert report.figures.recall >= fig_recall, report.figures.misses
    assert report.relations.f1 >= rel_f1, report.relations.misses


@pytest.mark.parametrize("article", sorted(BELOW_TARGET))
def test_below_target_list_is_current(article: str) -> None:
    scores = _scores(article)
    assert scores is not None, f"{article}: listed in BELOW_TARGET but has no gold"
    assert not all(v >= t for v, t in zip(scores, TARGETS, strict=True)), \
        f"{article} now meets the targets {TARGETS}: remove it from BELOW_TARGET (scores {scores})"


# --------------------------------------------------------------------------- subjects


def _figure(facts: dict[str, Any], as_written: str) -> dict[str, Any]:
    hits = [o for o in facts["observations"] if o["as_written"] == as_written]
    assert len(hits) == 1, (as_written, hits)
    return hits[0]


def _name(facts: dict[str, Any], ident: str) -> str:
    return next(e["name_zh"] for e in facts["entities"] if e["id"] == ident)


SUBJECT_CASES = [
    # (article text, figure as written, expected subject name, expected unit, value)
    ("2025年,江北高新区工业总产值达500亿元。2025年,华强重工江北基地对江北市规模以上工业增加值贡献率达40.5%,"
     "拉动该市工业增长3.1个百分点;实现营业收入120亿元,同比增长9.9%。", "40.5%", "华强重工江北基地", "%", "40.5"),
    ("2025年,江北高新区工业总产值达500亿元。2025年,华强重工江北基地对江北市规模以上工业增加值贡献率达40.5%,"
     "拉动该市工业增长3.1个百分点;实现营业收入120亿元,同比增长9.9%。", "120亿元", "华强重工江北基地", "亿元", "120"),
    ("江北高新区工业总产值达500亿元。江苏恒达电子科技有限公司(以下简称“恒达电子”)是江北高新区一家高科技企业。"
     "截至目前,恒达电子已累计获得80余项专利,市场占有率连续两年排名前5。", "80余项", "江苏恒达电子科技有限公司", "项", "80"),
    ("江北高新区工业总产值达500亿元。江北高新区以华强重工企业为龙头,规划了面积达6平方公里的智能装备产业园。",
     "6平方公里", "智能装备产业园", "平方公里", "6"),
    ("江北高新区工业总产值达500亿元,引入十余家金融机构。", "十余家", "江北高新区", "家", "10"),
]


@pytest.mark.parametrize(("text", "written", "subject", "unit", "value"), SUBJECT_CASES)
def test_subject_attribution(text: str, written: str, subject: str, unit: str, value: str) -> None:
    facts = extract_facts(text, "case")
    obs = _figure(facts, written)
    assert _name(facts, obs["subject"]) == subject
    assert obs["unit"] == unit
    assert obs["value"] == Decimal(value)


def test_change_is_attached_to_its_figure() -> None:
    facts = extract_facts("2025年,江北高新区工业总产值达500亿元,同比增长12.5%。", "case")
    obs = _figure(facts, "500亿元")
    assert obs["change"]["value"] == Decimal("12.5")
    assert obs["change"]["comparison"] == "year_on_year"
    assert obs["period"] == 2025


def test_seed_subjects() -> None:
    facts = draft_of("fuzhou-hitech-2025")
    assert _name(facts, _figure(facts, "61.8%")["subject"]).endswith("基地")
    assert "铜博" in _name(facts, _figure(facts, "90余项")["subject"])  # name read from the draft, not a rule
    assert _figure(facts, "90余项")["qualifier"] == "more_than"


# Classes whose members are common nouns of the trade (an industry, a chain segment, a
# material), not named individuals: a dictionary of generic vocabulary may hold them.
_VOCABULARY_CLASSES = {"Industry", "IndustryChainSegment", "Material"}
# Gold names a rule file may legitimately hold, each with its reason.
_ALLOWED_GOLD_NAMES = {
    "北京": "a real city (lists of cities visited for investment promotion); a gazetteer names it",
    "上海": "a real city (lists of cities visited for investment promotion); a gazetteer names it",
    "深圳": "a real city (lists of cities visited for investment promotion); a gazetteer names it",
    "基地": "the generic head of a base (a gold alias only as its bare head word, 中试基地 → 基地)",
    "母基金": "the generic term for a fund of funds (an alias of a gold fund only as its bare head word)",
    "中国科学院": "a national body a generic dictionary of institutions may name",
    "国家发展改革委": "a national ministry a generic dictionary of funders may name",
    "北交所": "a national stock exchange (lexicon.NATIONAL_BODIES lists the exchanges companies list on)",
    "挖掘机": "a generic product word (excavator) in the product-word list since before round 9; a round-9 gold names the product by it",
    "联合研究院": "the generic head of a joint research institute (a gold alias only as its bare head word)",
    "负极材料": "a battery material of the trade vocabulary (lexicon.MATERIALS), a gold Product only by its common noun",
    "多晶硅": "a material of the trade vocabulary (lexicon.MATERIALS), a gold Material by its common noun",
    "园区": "the generic word for a zone, a gold alias only as an anaphor",
    "二期项目": "a phase word (a project's second phase), a gold alias only as an anaphor",
    "苏州": "a real city (lists of cities visited for investment promotion); a gazetteer names it (round 10)",
    "海口": "a real city, a provincial capital; a gazetteer names it (round 10)",
    "减速器": "a generic product word (reducer) in the product-word list before round 10; a round-10 gold names the product by it",
    "无人机": "a generic product word (drone) in the product-word list before round 10; a round-10 gold names the product by it",
    "碳纤维": "a material of the trade vocabulary (lexicon.MATERIALS) before round 10, a round-10 gold Material by its common noun",
    "開發區": "the generic word for a development zone in traditional characters (text.py's script table), a gold alias only as an anaphor",
}


def _gold_names() -> dict[str, str]:
    """Every entity name and alias of every gold file (seed and dev reports) → its gold file."""
    from graph.extract import lexicon as lx

    generic = {c for c, _, _ in lx.ENTITY_CUES} | {*lx.PROVINCES, *(p + "省" for p in lx.PROVINCES), *lx.AUTONOMOUS_REGIONS}
    names: dict[str, str] = {}
    golds = sorted((ROOT / "data" / "articles").glob("*/facts.yaml")) + \
        sorted((ROOT / "tests" / "data" / "reports").glob("*/facts.yaml"))
    assert len(golds) >= 15
    for gold in golds:
        for ent in yaml.safe_load(gold.read_text(encoding="utf-8"))["entities"]:
            if set(ent["classes"]) <= _VOCABULARY_CLASSES:
                continue
            for name in [ent["name_zh"], *(ent.get("aliases_zh") or [])]:
                # anaphors and scope words (该区, 全省) and bare cue words (高新区) are no names
                if name in generic or re.fullmatch(r"(?:该|全|本|这)[\u4e00-\u9fff]{1,3}", name) \
                        or name in _ALLOWED_GOLD_NAMES:
                    continue
                names.setdefault(name, gold.parent.name)
    return names


def test_no_seed_names_in_rules() -> None:
    """No rule, dictionary or comment of graph/extract may name an entity of any gold file."""
    seed_fragments = ["比亚迪", "抚州", "铜博", "深耕铜箔", "中志", "迪镁", "佳时特", "华中数控", "跃启欣智",
                      "博大种业", "农嘉", "财投", "丁文江", "黄逊才", "詹临福", "李云", "刘琴", "赣鄱",
                      "双千计划", "建设银行", "中国工程院"]
    names = {**{n: "fuzhou-hitech-2025" for n in seed_fragments}, **_gold_names()}
    assert "白澜经开区" in names and "锐川锂材" in names  # every report's names, aliases included
    sources = sorted((ROOT / "graph" / "extract").glob("*.py"))
    assert sources
    found = [f"{path.name} names {name!r} of {gold}" for path in sources
             for name, gold in names.items() if name in path.read_text(encoding="utf-8")]
    assert not found, found


def test_draft_builds_with_the_article_meta(article_id: str, tmp_path: Path) -> None:
    """The draft, copied in as facts.yaml next to the article's meta.yaml, passes ``zone-kg build``."""
    import shutil

    from graph.pipeline import build_article

    src = folder_of(article_id)
    if not (src / "meta.yaml").is_file():
        pytest.skip(f"no meta.yaml: {src}")
    folder = tmp_path / article_id
    folder.mkdir()
    shutil.copy(src / "article.txt", folder / "article.txt")
    shutil.copy(src / "meta.yaml", folder / "meta.yaml")
    (folder / "facts.yaml").write_text(dump_draft(draft_of(article_id)), encoding="utf-8")
    built = build_article(folder)
    assert built is not None


# --------------------------------------------------------------------------- phrasings (invented names)

PHRASING_SUBJECTS = [
    # a company named after a role prefix keeps its figures
    ("2025年,江北高新区工业总产值达500亿元。江北高新区着力打造智能传感产业集群,"
     "集群龙头星河传感科技股份有限公司(以下简称“星河传感”)2025年营业收入达到58亿元。", "58亿元", "星河传感科技股份有限公司"),
    # the company after 'X内的' is the subject; a credit it obtains goes to it
    ("2025年,江北高新区工业总产值达500亿元。高新区内的云岭光电是江北高新区一家高科技企业,"
     "2025年获得江北银行授信3000万元。", "3000万元", "云岭光电"),
    # an industry named before an indicator, and the share that follows
    ("2025年,江北高新区营业收入突破600亿元,其中智能传感产业营业收入达到90亿元,占比15%。", "90亿元", "智能传感产业"),
    ("2025年,江北高新区营业收入突破600亿元,其中智能传感产业营业收入达到90亿元,占比15%。", "15%", "智能传感产业"),
    # members of an alliance
    ("2025年,江北高新区工业总产值达500亿元。江北高新区牵头组建智能传感产业联盟,成员单位约40家。", "约40家", "智能传感产业联盟"),
]


@pytest.mark.parametrize(("text", "written", "subject"), PHRASING_SUBJECTS)
def test_phrasing_subjects(text: str, written: str, subject: str) -> None:
    facts = extract_facts(text, "case")
    obs = [o for o in facts["observations"] if o["as_written"] == written]
    subjects = [_name(facts, o["subject"]) for o in obs]
    subjects += [_name(facts, f["recipient"]) for f in facts["funding_events"]
                 if f["amount"] and f["amount"]["as_written"] == written]
    assert subjects == [subject]


PHRASING_RELATIONS = [
    ("江北高新区工业总产值达500亿元。江北显示材料有限公司是星河传感科技股份有限公司旗下子公司,主要生产光学膜。",
     ("江北显示材料有限公司", "subsidiaryOf", "星河传感科技股份有限公司")),
    ("江北高新区工业总产值达500亿元。云岭芯片由江北高新区孵化,主要产品为传感芯片。",
     ("云岭芯片", "incubatedBy", "江北高新区")),
    ("江北高新区工业总产值达500亿元。江北高新区获批国家智能传感创新中心,由江北大学和星河集团共同建设。",
     ("国家智能传感创新中心", "foundedBy", "江北大学")),
    ("江北高新区工业总产值达500亿元。江北高新区与南湖经开区签订战略合作协议。",
     ("江北高新区", "partnerOf", "南湖经开区")),
    ("江北高新区工业总产值达500亿元。江北高新区管委会副主任周立新表示,将持续发力。",
     ("周立新", "memberOf", "江北高新区")),
    ("江北高新区工业总产值达500亿元。星河集团实施的智能传感扩产项目总投资26亿元。",
     ("星河集团", "carriesOut", "智能传感扩产项目")),
]


@pytest.mark.parametrize(("text", "triple"), PHRASING_RELATIONS)
def test_phrasing_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(extract_facts(text, "case"))


def test_respectively_pairs_items() -> None:
    facts = extract_facts("2025年,江北高新区工业总产值达500亿元;进出口总额、实际利用外资分别同比增长12.7%和6.5%。", "case")
    assert _figure(facts, "12.7%")["indicator_zh"] == "进出口总额同比增长"
    assert _figure(facts, "6.5%")["indicator_zh"] == "实际利用外资同比增长"


def test_subtitle_figure_above_a_spaced_byline_is_skipped() -> None:
    text = "车城提速\n\n江北高新区智能传感产业规模突破500亿元大关\n\n► 周立新 本报记者 王海\n\n2025年,江北高新区工业总产值达300亿元。\n"
    facts = extract_facts(text, "case")
    assert [o["as_written"] for o in facts["observations"]] == ["300亿元"]


def test_complete_chain_segments() -> None:
    text = ("2025年,江北高新区工业总产值达500亿元。智能传感产业园是江北高新区重点建设的产业园。"
            "目前这里已形成芯片设计、“封测”等核心配套,模组组装等较为完整的产业链。")
    triples = triples_of(extract_facts(text, "case"))
    for seg in ("芯片设计", "封测", "模组组装"):
        assert ("智能传感产业园", "hasChainSegment", seg) in triples


# --------------------------------------------------------------------------- generalisation probes (invented names)

GENERAL_RELATIONS = [
    # A是B的配套企业 → partnerOf
    ("云岭精密是滇信电子股份有限公司的配套企业,主要生产精密结构件。", ("云岭精密", "partnerOf", "滇信电子股份有限公司")),
    # A领衔的X团队在Z孵化成立了Y → heads, incubatedBy, foundedBy
    ("2025年,中国工程院院士司马远领衔的稀土功能材料团队在滇池高新区孵化成立了滇稀新材料有限公司。",
     ("司马远", "heads", "稀土功能材料团队")),
    ("2025年,中国工程院院士司马远领衔的稀土功能材料团队在滇池高新区孵化成立了滇稀新材料有限公司。",
     ("滇稀新材料有限公司", "incubatedBy", "滇池高新区")),
    ("2025年,中国工程院院士司马远领衔的稀土功能材料团队在滇池高新区孵化成立了滇稀新材料有限公司。",
     ("滇稀新材料有限公司", "foundedBy", "稀土功能材料团队")),
    # X同时担任Y副校长 → memberOf
    ("滇池高新区营收300亿元。司马远同时担任滇池理工大学副校长。", ("司马远", "memberOf", "滇池理工大学")),
    # a department head: <zone><department>局长<person>
    ("滇池高新区营收300亿元。滇池高新区科技创新局局长蒙立新介绍,园区将继续发力。", ("蒙立新", "memberOf", "滇池高新区科技创新局")),
    # 主导产业…: A、B
    ("燕山经开区主导产业“两翼齐飞”:新能源装备、生物医药产值分别达到120亿元和80亿元。",
     ("燕山经开区", "hasLeadingIndustry", "生物医药")),
    # A与B合作设立的C / 联合实验室
    ("燕山经开区营收300亿元。星河电子与燕山理工大学合作设立的光电联合实验室攻克了8英寸晶圆键合技术。",
     ("光电联合实验室", "foundedBy", "燕山理工大学")),
    # the owner written before its project
    ("燕山经开区实施重点项目36个。燕北机床、冀东轴承等企业完成改造;燕北机床五轴数控机床技改项目建成投产。",
     ("燕北机床", "carriesOut", "五轴数控机床技改项目")),
    # X落户于Z / 位于Z…的X → locatedIn
    ("星河电子落户于燕山经开区,主营光学镜头和红外模组。", ("星河电子", "locatedIn", "燕山经开区")),
    ("位于滇池高新区南部的滇池软件园已入驻企业120家。", ("滇池软件园", "locatedIn", "滇池高新区")),
    # A与B共建的C → foundedBy both
    ("滇信电子与燕山理工大学共建的光电实验室已投入使用。", ("光电实验室", "foundedBy", "滇信电子")),
    # A、B和C先后与Z共建X、Y等平台 → partnerOf (kinds of platform, nothing named is founded)
    ("燕山大学、冀北工学院先后与燕山经开区共建中试基地、概念验证中心等平台。", ("冀北工学院", "partnerOf", "燕山经开区")),
    # A研制的X获得… → developsTechnology
    ("燕山经开区营收300亿元。星河电子研制的高精度激光雷达获得河北省科学技术进步奖一等奖。",
     ("星河电子", "developsTechnology", "高精度激光雷达")),
    # a park named after its zone is part of it
    ("清晨,燕山经开区北斗智造产业园里一片繁忙。北斗智造产业园已落地整机制造、零部件等环节。",
     ("北斗智造产业园", "partOf", "燕山经开区")),
    # Y旗下的X → subsidiaryOf; (由)Z全资控股的X → ownedBy
    ("冀中高新区营收500亿元。冀华新材料科技有限公司产值30亿元。冀华新材料旗下的冀华复材有限公司主要生产风电叶片主梁。",
     ("冀华复材有限公司", "subsidiaryOf", "冀华新材料科技有限公司")),
    ("冀中高新区营收500亿元。由冀中高新区全资控股的冀中融资担保有限公司新增担保额21亿元。",
     ("冀中融资担保有限公司", "ownedBy", "冀中高新区")),
    # A与B联合组建C → foundedBy both
    ("冀中高新区与河北工程科技大学联合组建碳纤维复合材料研究院。", ("碳纤维复合材料研究院", "foundedBy", "河北工程科技大学")),
    # <zone>的<park>内 → partOf; 项目负责人 is a role, not a project
    ("本报讯 1月8日,在广西桂东经济技术开发区的东晟锂电材料产业园内,塔吊林立。", ("东晟锂电材料产业园", "partOf", "广西桂东经济技术开发区")),
    ("桂东经开区产值356亿元。“二期正在抢工期。”东晟新能源科技有限公司项目负责人谭国栋介绍。",
     ("谭国栋", "memberOf", "东晟新能源科技有限公司")),
    # 以X为主导、A和B为支撑的产业体系 → X is a leading industry
    ("闽西经开区形成了以稀土新材料为主导、高端装备和电子信息为支撑的产业体系。", ("闽西经开区", "hasLeadingIndustry", "稀土新材料")),
    # two offices joined by 、 before the name
    ("闽西经开区营收300亿元。闽西经开区党工委委员、管委会副主任詹小虎介绍,园区将继续发力。", ("詹小虎", "memberOf", "闽西经开区")),
    # 重点发展A、B、C三大产业 (a subtitle) → leading industries
    ("秦川产业园开园\n\n渭北经开区重点发展智能装备、新能源汽车、现代物流三大产业\n\n本报记者 白雪松\n\n渭北经开区营收300亿元。",
     ("渭北经开区", "hasLeadingIndustry", "现代物流")),
    # X以A、B为重点, 产品广泛应用于C、D等领域; 园区龙头企业Y; 产品涵盖…
    ("渭北经开区营收300亿元。秦川智能装备产业园以工业机器人、数控系统为重点,产品广泛应用于汽车制造、航空航天等领域。",
     ("秦川智能装备产业园", "focusesOn", "数控系统")),
    ("渭北经开区营收300亿元。秦川智能装备产业园以工业机器人、数控系统为重点,产品广泛应用于汽车制造、航空航天等领域。",
     ("秦川智能装备产业园", "applicationField", "航空航天")),
    ("渭北经开区的秦川智能装备产业园开园。园区龙头企业秦川机器人有限公司的产品涵盖焊接机器人和协作机器人。",
     ("秦川机器人有限公司", "leadEnterpriseOf", "秦川智能装备产业园")),
    ("渭北经开区的秦川智能装备产业园开园。园区龙头企业秦川机器人有限公司的产品涵盖焊接机器人和协作机器人。",
     ("秦川机器人有限公司", "produces", "协作机器人")),
    # C由A和B共同出资组建 → foundedBy both; a platform word inside a legal name is no platform of its own
    ("桂北高新区营收300亿元。桂北新材料研究院有限公司由桂北高新区管委会和漓江动力股份有限公司共同出资组建,注册资本1亿元。",
     ("桂北新材料研究院有限公司", "foundedBy", "漓江动力股份有限公司")),
    # A创始人B → foundedBy
    ("燕山经开区营收300亿元。“过去融资很难。”云帆智能创始人罗一鸣说。", ("云帆智能", "foundedBy", "罗一鸣")),
]


@pytest.mark.parametrize(("text", "triple"), GENERAL_RELATIONS)
def test_general_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples_of(extract_facts(text, "case"))


GENERAL_NAMES = [
    # bylines of several forms, compound surnames, full-width spaces, 、 between names
    ("标题\n\n本报记者　欧阳晓峰　通讯员　诸葛亮亮　韦一\n\n2025年,滇池高新区营收300亿元。", {"欧阳晓峰", "诸葛亮亮", "韦一"}),
    ("标题\n\n记者 上官云 实习生 童欣\n\n2025年,滇池高新区营收300亿元。", {"上官云", "童欣"}),
    ("标题\n\n■本报记者 蒙丽 通讯员 覃海燕、韦超\n\n2025年,滇池高新区营收300亿元。", {"蒙丽", "覃海燕", "韦超"}),
    ("标题\n\n文/图 本报记者 林小岚\n\n2025年,滇池高新区营收300亿元。", {"林小岚"}),
    # a surname the list lacks, after a role word; a speech verb glued to a two-character name
    ("标题\n\n本报记者 仉清扬\n\n2025年,滇池高新区营收300亿元。研究院院长卢明说,成果丰硕。", {"仉清扬", "卢明"}),
    # names before the role word, surnames the list lacks
    ("标题\n\n► 仉冬 甘霖 本报记者 庹远\n\n2025年,滇池高新区营收300亿元。", {"仉冬", "甘霖", "庹远"}),
    # a byline closing the article in brackets
    ("标题\n\n本报讯 2025年,滇池高新区营收300亿元。\n\n(记者 韦晓婷 通讯员 陆振华 覃宇)", {"韦晓婷", "陆振华", "覃宇"}),
    # 简称 / 全称 / bracketed full name: one zone, named in full
    ("2025年,云南滇池高新技术产业开发区(简称“滇池高新区”)营收300亿元。滇池高新区将继续发力。", {"云南滇池高新技术产业开发区"}),
    ("2025年是滇池高新区(全称云南滇池高新技术产业开发区)转型的关键一年。", {"云南滇池高新技术产业开发区"}),
    # a bank branch after the bank's name; a university after a city the tagger misreads
    ("燕山经开区营收300亿元。光大银行燕山支行向燕山星河材料有限公司发放贷款3亿元。", {"光大银行燕山支行"}),
    ("燕山经开区与大连海工大学共建的燕山智能制造研究院揭牌运行。", {"大连海工大学", "燕山智能制造研究院"}),
    # a zone written in full once and short elsewhere, without a declared short form; X集团有限公司 in full
    ("本报讯 近日,云南滇南高新技术产业开发区获批一项荣誉。2025年,滇南高新区产值128亿元。"
     "园区内,滇草药业集团有限公司建成了新生产线。", {"云南滇南高新技术产业开发区", "滇南高新区", "滇草药业集团有限公司"}),
    # short names ending in 担保 / 创投 in an enumeration of financial institutions
    ("滇南高新区引入富滇银行、云岭担保等金融机构为企业提供融资服务。", {"云岭担保"}),
    # numerals inside names (第三代, 车规级)
    ("燕山经开区正加快培育第三代半导体产业集群,星河电子投资18亿元建设的车规级功率模块项目已开工。",
     {"第三代半导体产业集群", "车规级功率模块项目"}),
]


@pytest.mark.parametrize(("text", "names"), GENERAL_NAMES)
def test_general_names(text: str, names: set[str]) -> None:
    facts = extract_facts(text, "case")
    drafted = {n for e in facts["entities"] for n in [e["name_zh"], *e.get("aliases_zh", [])]}
    assert names <= drafted, names - drafted


def test_legal_name_short_form_and_fund_topic() -> None:
    text = ("2025年,燕山经开区营收300亿元。燕山星河材料股份有限公司总经理吴一凡说,订单充足。"
            "2025年,星河材料营收12亿元。燕山经开区联合冀中国投设立燕山创新发展基金,首期规模20亿元,目前已投资项目12个。")
    facts = extract_facts(text, "case")
    assert _name(facts, _figure(facts, "12亿元")["subject"]) == "燕山星河材料股份有限公司"
    assert _name(facts, _figure(facts, "20亿元")["subject"]) == "燕山创新发展基金"
    assert _name(facts, _figure(facts, "12个")["subject"]) == "燕山创新发展基金"


def test_industry_after_a_zone_anaphor_gives_its_figures_to_the_zone() -> None:
    # an industry's output in a zone is the zone's observation, the industry its concern (round 8–9 gold)
    text = "冀中高新区营收500亿元。2025年该区新材料产业实现营业收入286.5亿元,占比21.3%。"
    facts = extract_facts(text, "case")
    assert _name(facts, _figure(facts, "286.5亿元")["subject"]) == "冀中高新区"
    assert [_name(facts, c) for c in _figure(facts, "286.5亿元")["concerns"]] == ["新材料产业"]
    assert _name(facts, _figure(facts, "21.3%")["subject"]) == "冀中高新区"


def test_upstream_downstream_items_are_not_companies() -> None:
    text = "冀中高新区以冀华新材料科技有限公司为链主,集聚了原丝、碳化、复合材料制品等上下游企业60余家。"
    facts = extract_facts(text, "case")
    classes = {e["name_zh"]: e["classes"] for e in facts["entities"]}
    assert classes.get("原丝") == ["IndustryChainSegment"]


def test_zone_full_and_short_forms_are_one_entity_and_finance_talk_is_no_event() -> None:
    text = ("本报讯 近日,云南滇南高新技术产业开发区获批一项荣誉。2025年,滇南高新区产值128亿元。"
            "云杉生物获得彩云创投基金1200万元天使投资。滇南高新区引入富滇银行、云岭担保等金融机构为企业提供融资服务。")
    facts = extract_facts(text, "case")
    zones = [e for e in facts["entities"] if "Zone" in e["classes"]]
    assert len(zones) == 1
    assert len(facts["funding_events"]) == 1
    assert facts["funding_events"][0]["instrument"] == "equity_investment"


def test_support_industries_are_not_products() -> None:
    facts = extract_facts("闽西经开区形成了以稀土新材料为主导、高端装备和电子信息为支撑的产业体系。", "case")
    classes = {e["name_zh"]: e["classes"] for e in facts["entities"]}
    assert classes.get("高端装备") == ["Industry"]
    assert classes.get("电子信息") == ["Industry"]


def test_counted_pair_of_companies_and_funders_named_before_the_clause() -> None:
    text = ("2025年,冀东高新区实现营业收入420亿元。燕赵重工、华北电气两家企业营收分别为12亿元和8亿元。"
            "在冀东农商银行等金融机构支持下,燕北精密机械有限公司获得并购贷款2亿元。截至2025年底,燕北精密已累计获得授权专利136项。")
    facts = extract_facts(text, "case")
    assert _name(facts, _figure(facts, "8亿元")["subject"]) == "华北电气"
    assert not [o for o in facts["observations"] if o["as_written"] == "两家"]
    fe = facts["funding_events"][0]
    assert [_name(facts, f) for f in fe["funders"]] == ["冀东农商银行"]
    assert _name(facts, _figure(facts, "136项")["subject"]) == "燕北精密机械有限公司"


def test_research_centre_is_no_technology() -> None:
    facts = extract_facts("桂北高新区营收300亿元。漓江动力股份有限公司建成院士工作站,其研发中心获批国家企业技术中心。", "case")
    assert not [e for e in facts["entities"] if "Technology" in e["classes"]]


ROUND3_RELATIONS = [
    # 围绕/壮大 A、B、C三大主导产业 → leading industries
    ("2025年,黔南经开区营收300亿元。全区围绕储能电池、绿色食品、现代物流三大主导产业精准招商。",
     ("黔南经开区", "hasLeadingIndustry", "绿色食品")),
    ("黔南经开区营收300亿元。黔南经开区管委会主任罗明表示,将持续壮大储能电池、绿色食品两大主导产业。",
     ("黔南经开区", "hasLeadingIndustry", "储能电池")),
    # 集群已集聚A、B、C等配套企业 / 围绕A、B等环节 → chain segments, not companies
    ("黔南经开区营收300亿元。储能电池产业集群是黔南经开区的首位产业集群。目前,集群已集聚正极、隔膜、电解液等配套企业近60家。",
     ("储能电池产业集群", "hasChainSegment", "隔膜")),
    ("黔南经开区营收300亿元。储能电池产业集群是黔南经开区的首位集群。围绕电芯、电池管理系统等环节,集群已集聚上下游企业超80家。",
     ("储能电池产业集群", "hasChainSegment", "电芯")),
    # a group name longer than six characters before <place>生产基地; 集团子公司 / 集团旗下X → the group's subsidiary
    ("黔南经开区营收300亿元。\n\n华岳新材料集团黔南生产基地二期顺利投产,集团子公司黔南华岳玻璃有限公司年产能超120万吨。",
     ("黔南华岳玻璃有限公司", "subsidiaryOf", "华岳新材料集团")),
    ("黔南经开区营收300亿元。\n\n华岳新材料集团黔南生产基地二期顺利投产,集团子公司黔南华岳玻璃有限公司年产能超120万吨。",
     ("华岳新材料集团黔南生产基地", "localBaseOf", "华岳新材料集团")),
    ("黔南经开区营收300亿元。\n\n黔川医药集团黔南生产基地新增产值近30亿元；集团旗下黔川生物制药（黔南）有限公司生产的重组胶原蛋白敷料供不应求。",
     ("黔川生物制药（黔南）有限公司", "subsidiaryOf", "黔川医药集团")),
    # X有限公司生产的P: the maker is X (公司 closes its name, it is no anaphor); P stops before 供不应求
    ("黔南经开区营收300亿元。\n\n黔川医药集团黔南生产基地新增产值近30亿元；集团旗下黔川生物制药（黔南）有限公司生产的重组胶原蛋白敷料供不应求。",
     ("黔川生物制药（黔南）有限公司", "produces", "重组胶原蛋白敷料")),
    # X省Y市 → the city lies in the province
    ("2025年,地处贵州省黔南市东部的黔南经济技术开发区营收300亿元。", ("黔南市", "locatedIn", "贵州省")),
    # …产业集群…,龙头企业为X → X leads the cluster
    ("黔南经开区营收300亿元。\n\n新能源商用车电驱产业集群是黔南经开区倾力打造的首位产业集群,龙头企业为贵州黔川动力科技有限公司。",
     ("贵州黔川动力科技有限公司", "leadEnterpriseOf", "新能源商用车电驱产业集群")),
    # Y孵化企业N家,其中X已… / 从这里走出的X获… → X (no legal form) incubated by Y
    ("黔南经开区营收300亿元。黔南经开区与黔东理工学院共建的黔南智能制造研究院,累计孵化科技型企业17家,其中云栖智联已完成首轮融资。",
     ("云栖智联", "incubatedBy", "黔南智能制造研究院")),
    ("2025年,黔南高新区营收300亿元。2025年,黔南高新区创业服务中心新孵化企业38家,从这里走出的芯岭微电子获评专精特新企业。",
     ("芯岭微电子", "incubatedBy", "黔南高新区创业服务中心")),
    # a short trade-word name inside a list of chain segments or leading industries is a segment / industry
    ("黔南经开区营收300亿元。储能电池产业集群是黔南经开区的首位集群。围绕面板、驱动芯片、背光模组等环节,集群已集聚上下游企业超80家。",
     ("储能电池产业集群", "hasChainSegment", "驱动芯片")),
    ("2025年,黔南经开区营收300亿元。全区围绕储能电池、精细化工、现代物流三大主导产业精准招商。",
     ("黔南经开区", "hasLeadingIndustry", "精细化工")),
    # A与B签署合作协议,共建C → C founded by A and B
    ("2025年,黔南高新区营收300亿元。黔南高新区还与澳门濠镜大学签署合作协议，共建湾区联合创新中心。",
     ("湾区联合创新中心", "foundedBy", "澳门濠镜大学")),
    # 其“X”项目 → project X of the enterprise named before
    ("黔南经开区营收300亿元。黔川动力科技有限公司获评国家级智能制造示范工厂,其“重卡碳化硅电驱总成”项目荣获省科学技术进步奖一等奖。",
     ("黔川动力科技有限公司", "carriesOut", "重卡碳化硅电驱总成")),
    # A获得…贷款N,用于…X项目 → A carries out X
    ("黔南经开区营收300亿元。黔川动力科技有限公司获得黔南农商银行项目贷款12亿元,用于占地320亩的电驱总成扩能项目。",
     ("黔川动力科技有限公司", "carriesOut", "电驱总成扩能项目")),
    # <enterprise>P年产能N → P is its product
    ("黔南经开区营收300亿元。集团子公司黔南华岳玻璃有限公司光伏玻璃原片年产能超120万吨。",
     ("黔南华岳玻璃有限公司", "produces", "光伏玻璃原片")),
]


def test_shortened_cluster_name_is_an_alias_and_a_built_park_owns_its_area() -> None:
    text = ("黔南经开区营收300亿元。\n\n新能源商用车电驱产业集群是黔南经开区倾力打造的首位产业集群。"
            "黔南经开区规划建设的黔南生物医药产业园占地约2800亩。\n\n黔南经开区管委会主任罗明表示,将推动电驱产业集群向世界级迈进。")
    facts = extract_facts(text, "case")
    clusters = [e for e in facts["entities"] if "Cluster" in e["classes"]]
    assert [c["name_zh"] for c in clusters] == ["新能源商用车电驱产业集群"]
    assert _name(facts, _figure(facts, "约2800亩")["subject"]) == "黔南生物医药产业园"


def test_project_loan_names_a_bank_not_a_project() -> None:
    facts = extract_facts("黔南经开区营收300亿元。黔川动力获得黔南农商银行项目贷款12亿元,用于电驱总成扩能项目。", "case")
    names = {e["name_zh"]: e["classes"] for e in facts["entities"]}
    assert "黔南农商银行项目" not in names
    assert "Funder" in names["黔南农商银行"]


@pytest.mark.parametrize(("text", "triple"), ROUND3_RELATIONS)
def test_round3_relations(text: str, triple: tuple[str, str, str]) -> None:
    facts = extract_facts(text, "case")
    assert triple in triples_of(facts), triples_of(facts)
    assert not [e for e in facts["entities"] if "Enterprise" in e["classes"] and e["name_zh"] in ("隔膜", "电芯", "正极")]
    assert not [e for e in facts["entities"] if e["name_zh"].startswith("岳") or e["name_zh"].endswith("供不应求")]


def test_caption_names_a_product_and_a_room_of_a_platform() -> None:
    text = ("黔南经开区营收300亿元。黔川动力科技有限公司(以下简称“黔川动力”)联合黔中大学成立电驱系统联合实验室。"
            "黔南经开区与黔东理工学院共建的黔南智能制造研究院累计孵化科技型企业17家。"
            "\n\n黔川动力电驱总成生产线\n\n黔南智能制造研究院实验室一角")
    facts = extract_facts(text, "case")
    triples = triples_of(facts)
    assert ("黔川动力科技有限公司", "produces", "电驱总成") in triples
    assert ("黔川动力电驱总成生产线", "depicts", "黔川动力科技有限公司") in triples
    assert ("黔南智能制造研究院实验室一角", "depicts", "黔南智能制造研究院") in triples
    assert "黔南智能制造研究院实验室" not in {e["name_zh"] for e in facts["entities"]}


def test_caption_short_form_of_a_known_product_is_no_new_product() -> None:
    text = "黔南经开区营收300亿元。黔光显示科技有限公司(以下简称“黔光显示”)主要生产超高清激光投影仪。\n\n黔光显示激光投影仪生产线"
    facts = extract_facts(text, "case")
    assert "激光投影仪" not in {e["name_zh"] for e in facts["entities"]}
    assert ("黔光显示激光投影仪生产线", "depicts", "黔光显示科技有限公司") in triples_of(facts)
