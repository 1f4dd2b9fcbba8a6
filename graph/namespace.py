"""The zone-kg ontology namespace as an rdflib ``DefinedNamespace``.

``ZKG`` has one attribute per term defined in ``ontology/zone.ttl`` (classes, object and
datatype properties, controlled individuals), so a typo is an error instead of a silent
new IRI:

>>> str(ZKG.Zone)
'https://w3id.org/zone-kg/ontology#Zone'
>>> ZKG.Zoen
Traceback (most recent call last):
...
AttributeError: term 'Zoen' not in namespace 'https://w3id.org/zone-kg/ontology#'

The class is generated from ``zone.ttl`` by ``make namespace`` (:mod:`graph.namespace_codegen`);
``tests/test_namespace.py`` checks that it is current and equals the terms of ``zone.ttl``.
No ``from __future__ import annotations`` here: ``DefinedNamespace`` reads
the class ``__annotations__`` and the module stays valid either way, but plain
annotations match rdflib's own namespace modules.
"""

from rdflib import Graph
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef

ZKGR_DEFAULT = "https://w3id.org/zone-kg/id/"
"""Default base IRI of data resources (``zkgr:``); the CLI's ``--base`` overrides it."""

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
QUDT_UNIT = Namespace("http://qudt.org/vocab/unit/")


# BEGIN GENERATED from zone.ttl by `make namespace`: do not edit by hand
class ZKG(DefinedNamespace):
    """zone-kg ontology (https://w3id.org/zone-kg/ontology, version 0.1.0).

    Comments give the Chinese and English labels of each term.
    """

    _fail = True
    _NS = Namespace("https://w3id.org/zone-kg/ontology#")

    # Classes
    Alliance: URIRef  # 产业联盟 / industry alliance
    Article: URIRef  # 文章 / article
    Cluster: URIRef  # 产业集群 / industrial cluster
    ComparisonBasis: URIRef  # 比较基准 / comparison basis
    Enterprise: URIRef  # 企业 / enterprise
    EntityResolution: URIRef  # 实体消解决定 / entity resolution
    Event: URIRef  # 事件 / event
    EvidenceSpan: URIRef  # 证据片段 / evidence span
    Funder: URIRef  # 资助方 / funder
    FundingEvent: URIRef  # 融资事件 / funding event
    FundingInstrument: URIRef  # 融资工具 / funding instrument
    Industry: URIRef  # 产业 / industry
    IndustryChainSegment: URIRef  # 产业链环节 / industry chain segment
    Material: URIRef  # 材料 / material
    Observation: URIRef  # 观测值/数据 / observation
    Organization: URIRef  # 组织 / organization
    Park: URIRef  # 产业园 / industrial park
    Person: URIRef  # 人物 / person
    Photo: URIRef  # 图片 / photo
    Place: URIRef  # 地点 / place
    Platform: URIRef  # 创新平台 / innovation platform
    Product: URIRef  # 产品 / product
    Project: URIRef  # 项目 / project
    Qualifier: URIRef  # 数值限定 / value qualifier
    Recognition: URIRef  # 荣誉/认定 / recognition
    RecognitionKind: URIRef  # 荣誉类型 / recognition kind
    ResearchTeam: URIRef  # 科研团队 / research team
    TalentProgram: URIRef  # 人才计划 / talent programme
    Technology: URIRef  # 技术 / technology
    Unit: URIRef  # 计量单位 / unit of measure
    Zone: URIRef  # 园区/开发区 / development zone

    # Object properties
    amount: URIRef  # 金额 / amount
    applicationField: URIRef  # 应用场景 / application field
    arrangedBy: URIRef  # 促成方 / arranged by
    author: URIRef  # 作者 / author
    awardedBy: URIRef  # 授予方 / awarded by
    carriesOut: URIRef  # 实施项目 / carries out
    changeQualifier: URIRef  # 变化限定 / change qualifier
    changeUnit: URIRef  # 变化单位 / change unit
    comparisonBasis: URIRef  # 比较基准 / comparison basis
    concerns: URIRef  # 涉及 / concerns
    coreOf: URIRef  # 核心区 / core of
    depicts: URIRef  # 描绘 / depicts
    developsCluster: URIRef  # 打造产业集群 / develops cluster
    developsPark: URIRef  # 建设园区 / develops park
    developsTechnology: URIRef  # 技术开发 / develops technology
    focusesOn: URIRef  # 重点方向 / focuses on
    foundedBy: URIRef  # 成立/共建 / founded by
    fundedProject: URIRef  # 资助项目 / funded project
    funder: URIRef  # 资助方 / funder
    hasChainSegment: URIRef  # 产业链环节 / has chain segment
    hasLeadingIndustry: URIRef  # 主导产业 / has leading industry
    hasObservation: URIRef  # 有数据 / has observation
    hasPhoto: URIRef  # 图片 / has photo
    heads: URIRef  # 带领 / heads
    incubatedBy: URIRef  # 孵化 / incubated by
    indicatorConcept: URIRef  # 指标概念 / indicator concept
    instrument: URIRef  # 融资工具 / instrument
    leadEnterpriseOf: URIRef  # 龙头企业 / lead enterprise of
    localBaseOf: URIRef  # 生产基地 / local base of
    locatedIn: URIRef  # 位于 / located in
    memberOf: URIRef  # 成员/任职 / member of
    mentionOf: URIRef  # 指称 / mention of
    normalisedUnit: URIRef  # 标准单位 / normalised unit
    observedEntity: URIRef  # 观测对象 / observed entity
    ownedBy: URIRef  # 所属 / owned by
    partOf: URIRef  # 属于/组成部分 / part of
    partnerOf: URIRef  # 合作 / partner of
    photoCreditedTo: URIRef  # 供图 / photo credited to
    produces: URIRef  # 生产 / produces
    qualifier: URIRef  # 数值限定 / qualifier
    recipient: URIRef  # 接受方 / recipient
    recognitionKind: URIRef  # 荣誉类型 / recognition kind
    resolvedEntity: URIRef  # 消解到的实体 / resolved entity
    resolvedMention: URIRef  # 消解的指称 / resolved mention
    standardUnit: URIRef  # 标准单位 / standard unit
    subsidiaryOf: URIRef  # 子公司 / subsidiary of
    supports: URIRef  # 支撑 / supports
    unit: URIRef  # 单位 / unit

    # Datatype properties
    allowsNegative: URIRef  # 允许负值 / allows negative
    caption: URIRef  # 图片说明 / caption
    changeText: URIRef  # 原文变化 / change as written
    changeValue: URIRef  # 变化值 / change value
    conversionDivisor: URIRef  # 换算除数 / conversion divisor
    conversionFactor: URIRef  # 换算系数 / conversion factor
    endOffset: URIRef  # 结束位置 / end offset
    grade: URIRef  # 等级 / grade
    indicator: URIRef  # 指标 / indicator
    instrumentText: URIRef  # 原文融资工具 / instrument as written
    lineNumber: URIRef  # 行号 / line number
    maxValue: URIRef  # 最大值 / maximum value
    mechanism: URIRef  # 机制 / mechanism
    normalisedValue: URIRef  # 标准化数值 / normalised value
    period: URIRef  # 年份 / period
    periodText: URIRef  # 原文时间 / period as written
    quote: URIRef  # 引文 / quote
    rankScope: URIRef  # 排名范围 / rank scope
    resolutionMethod: URIRef  # 消解方法 / resolution method
    role: URIRef  # 角色 / role
    sentence: URIRef  # 所在句子 / sentence
    sha256: URIRef  # SHA-256摘要 / SHA-256 digest
    startOffset: URIRef  # 起始位置 / start offset
    title: URIRef  # 名称 / title
    unifiedSocialCreditCode: URIRef  # 统一社会信用代码 / unified social credit code
    value: URIRef  # 数值 / value
    valueText: URIRef  # 原文数值 / value as written

    # Annotation properties
    displayPriority: URIRef  # 显示优先级 / display priority

    # Controlled individuals
    Approximately: URIRef  # 约 / approximately
    AtLeast: URIRef  # 以上 / at least
    Award: URIRef  # 奖励 / award
    Bond: URIRef  # 债券 / bond
    Count: URIRef  # 个(计数) / count
    CountCi: URIRef  # 次 / count of times (ci)
    CountGe: URIRef  # 个 / count (ge)
    CountJia: URIRef  # 家 / count of enterprises/institutions (jia)
    CountJiaAircraft: URIRef  # 架 / count of aircraft (jia)
    CountJian: URIRef  # 件 / count of pieces (jian)
    CountKuan: URIRef  # 款 / count of models (kuan)
    CountLiang: URIRef  # 辆 / count of vehicles (liang)
    CountMing: URIRef  # 名 / count of people (ming)
    CountPi: URIRef  # 批 / count of batches (pi)
    CountRen: URIRef  # 人 / count of people (ren)
    CountRenCi: URIRef  # 人次 / person-times (renci)
    CountTai: URIRef  # 台 / count of machines (tai)
    CountTao: URIRef  # 套 / count of sets (tao)
    CountXiang: URIRef  # 项 / count of items (xiang)
    CreditLine: URIRef  # 授信 / credit line
    Designation: URIRef  # 认定 / designation
    EquityInvestment: URIRef  # 股权投资 / equity investment
    Gigawatt: URIRef  # 吉瓦 / gigawatt
    Grant: URIRef  # 补助 / grant
    HundredMillionKilowattHours: URIRef  # 亿千瓦时 / hundred million kilowatt hours
    HundredMillionUSDollars: URIRef  # 亿美元 / hundred million US dollars
    HundredMillionYuan: URIRef  # 亿元 / hundred million yuan
    Kilometre: URIRef  # 公里 / kilometre
    Kilowatt: URIRef  # 千瓦 / kilowatt
    KilowattHour: URIRef  # 千瓦时 / kilowatt hour
    Loan: URIRef  # 贷款 / loan
    Megawatt: URIRef  # 兆瓦 / megawatt
    Metre: URIRef  # 米 / metre
    Micrometre: URIRef  # 微米 / micrometre
    Milestone: URIRef  # 里程碑 / milestone
    Month: URIRef  # 个月 / month
    MoreThan: URIRef  # 超过 / more than
    Mu: URIRef  # 亩 / mu
    Nearly: URIRef  # 近 / nearly
    Percent: URIRef  # 百分比 / percent
    PercentagePoint: URIRef  # 个百分点 / percentage point
    PetaFlops: URIRef  # PFLOPS(算力P) / petaflops
    RankPosition: URIRef  # 位次 / rank position
    Rating: URIRef  # 评级 / rating
    SquareKilometre: URIRef  # 平方公里 / square kilometre
    SquareMetre: URIRef  # 平方米 / square metre
    TenThousandKilowattHours: URIRef  # 万千瓦时 / ten thousand kilowatt hours
    TenThousandKilowatts: URIRef  # 万千瓦 / ten thousand kilowatts
    TenThousandMetres: URIRef  # 万米 / ten thousand metres
    TenThousandTonnes: URIRef  # 万吨 / ten thousand tonnes
    TenThousandUSDollars: URIRef  # 万美元 / ten thousand US dollars
    TenThousandYuan: URIRef  # 万元 / ten thousand yuan
    Tonne: URIRef  # 吨 / tonne
    USDollar: URIRef  # 美元 / US dollar
    WithinTop: URIRef  # 前N / within top
    YearOnYear: URIRef  # 同比 / year on year
    Yuan: URIRef  # 元 / yuan (CNY)
# END GENERATED


PREFIXES: dict[str, str] = {
    "zkg": str(ZKG._NS),
    "prov": str(PROV),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "oa": str(OA),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "unit": str(QUDT_UNIT),
}
"""Prefixes used by zone-kg graphs (``unit:`` is QUDT's unit vocabulary)."""


def bind_prefixes(g: Graph) -> Graph:
    """Bind the zone-kg prefixes on ``g`` (replacing rdflib's defaults) and return it.

    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["schema"]
    rdflib.term.URIRef('https://schema.org/')
    """
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri, override=True, replace=True)
    return g
