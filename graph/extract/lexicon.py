"""Generic dictionaries and cue words of the draft extractor.

Nothing here names an entity of any particular article: only suffixes, cue words, units,
function words, provinces (as a generic gazetteer), surnames and generic vocabulary.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- classes
# The order a draft lists an entity's classes in (and picks its primary class by): the one
# list of it in the extractor.
CLASS_ORDER: tuple[str, ...] = (
    "Zone", "Park", "Cluster", "Enterprise", "Funder", "Platform", "Alliance", "ResearchTeam",
    "Organization", "TalentProgram", "Person", "Place", "Industry", "IndustryChainSegment",
    "Material", "Product", "Technology", "Project",
)
CLASS_ORDER_INDEX: dict[str, int] = {c: i for i, c in enumerate(CLASS_ORDER)}

# --------------------------------------------------------------------------- entity cues
# (suffix as written, classes, kind) — kind: "org" (left-scanned name), "short" (a brand
# name plus a generic trade word, accepted only before a boundary), "legal" (legal form).
ENTITY_CUES: list[tuple[str, tuple[str, ...], str]] = [
    ("股份有限公司", ("Enterprise",), "legal"),
    ("有限责任公司", ("Enterprise",), "legal"),
    ("有限公司", ("Enterprise",), "legal"),
    ("高新技术产业开发区", ("Zone",), "org"),
    ("经济技术开发区", ("Zone",), "org"),
    ("高新区", ("Zone",), "org"),
    ("开发区", ("Zone",), "org"),
    ("经开区", ("Zone",), "org"),
    ("产业集聚区", ("Cluster",), "org"),
    ("集聚区", ("Cluster",), "org"),
    ("产业集群", ("Cluster",), "org"),
    ("集群", ("Cluster",), "org"),
    ("产业园区", ("Park",), "org"),
    ("科学园", ("Park",), "org"),
    ("科技园", ("Park",), "org"),
    ("科创园", ("Park",), "org"),
    ("软件园", ("Park",), "org"),
    ("物流园", ("Park",), "org"),
    ("产业基地", ("Park",), "org"),
    ("众创空间", ("Platform",), "org"),
    ("创新港", ("Platform",), "org"),
    ("加速器", ("Platform",), "org"),
    ("研究所", ("Organization",), "org"),
    ("职业技术学院", ("Organization",), "org"),
    ("产业园", ("Park",), "org"),
    ("工业园", ("Park",), "org"),
    ("汽车城", ("Park",), "org"),
    ("科技城", ("Park",), "org"),
    ("科学城", ("Park",), "org"),
    ("科创城", ("Park",), "org"),
    ("分中心", ("Platform",), "org"),
    ("创新中心", ("Platform",), "org"),
    ("转移中心", ("Platform",), "org"),
    ("转化中心", ("Platform",), "org"),
    ("工程中心", ("Platform",), "org"),
    ("研发中心", ("Platform",), "org"),
    ("技术中心", ("Platform",), "org"),
    ("研究中心", ("Platform",), "org"),
    ("检测中心", ("Platform",), "org"),
    ("认证中心", ("Platform",), "org"),
    ("服务中心", ("Platform",), "org"),
    ("重点实验室", ("Platform",), "org"),
    ("实验室", ("Platform",), "org"),
    ("工作站", ("Platform",), "org"),
    ("中试基地", ("Platform",), "org"),
    ("中试平台", ("Platform",), "org"),
    ("中试线", ("Platform",), "org"),
    ("孵化器", ("Platform",), "org"),
    ("孵化基地", ("Platform",), "org"),
    ("孵化园", ("Platform",), "org"),
    ("研究院", ("Platform",), "org"),
    ("创业中心", ("Platform",), "org"),
    ("孵化中心", ("Platform",), "org"),
    ("中心", ("Park",), "org"),
    ("战略联盟", ("Alliance",), "org"),
    ("联盟", ("Alliance",), "org"),
    ("银行", ("Enterprise", "Funder"), "org"),
    ("分行", ("Enterprise", "Funder"), "org"),
    ("支行", ("Enterprise", "Funder"), "org"),
    ("基金公司", ("Enterprise", "Funder"), "org"),
    ("投资公司", ("Enterprise", "Funder"), "org"),
    ("集团", ("Enterprise",), "org"),
    ("基金", ("Funder",), "org"),
    ("项目", ("Project",), "org"),
    ("公司", ("Enterprise",), "org"),
    ("工程院", ("Organization",), "org"),
    ("科学院", ("Organization",), "org"),
    ("大学", ("Organization",), "org"),
    ("学院", ("Organization",), "org"),
    ("经济区", ("Zone",), "org"),
    ("示范区", ("Zone",), "org"),
    ("合作区", ("Zone",), "org"),
    # government offices, whole (X经开区投资促进局, X省工业和信息化厅)
    *((office, ("Organization",), "org") for office in (
        "投资促进局", "经济发展局", "科技创新局", "财政局", "商务局", "科技局", "统计局", "税务局", "招商局",
        "市场监督管理局", "自然资源局", "生态环境局", "工业和信息化局", "工信局", "发展和改革委员会", "发展改革委",
        "发改委", "工业和信息化厅", "科学技术厅", "科技厅", "商务厅", "财政厅", "人力资源和社会保障局", "人社局",
        "应急管理局", "行政审批局", "住房和城乡建设局")),
    ("科技", ("Enterprise",), "short"),
    ("种业", ("Enterprise",), "short"),
    ("药业", ("Enterprise",), "short"),
    ("股份", ("Enterprise",), "short"),
    ("电子", ("Enterprise",), "short"),
    ("智能", ("Enterprise",), "short"),
    ("新材", ("Enterprise",), "short"),
    ("生物", ("Enterprise",), "short"),
    ("光电", ("Enterprise",), "short"),
    ("芯片", ("Enterprise",), "short"),
    ("智造", ("Enterprise",), "short"),
    ("精工", ("Enterprise",), "short"),
    ("重工", ("Enterprise",), "short"),
    ("精密", ("Enterprise",), "short"),
    ("液压", ("Enterprise",), "short"),
    ("轴承", ("Enterprise",), "short"),
    ("医药", ("Enterprise",), "short"),
    ("制药", ("Enterprise",), "short"),
    ("化工", ("Enterprise",), "short"),
    ("动力", ("Enterprise",), "short"),
    ("微电子", ("Enterprise",), "short"),
    ("半导体", ("Enterprise",), "short"),
    ("新能源", ("Enterprise",), "short"),
    ("机电", ("Enterprise",), "short"),
    ("机床", ("Enterprise",), "short"),
    ("担保", ("Enterprise", "Funder"), "short"),
    ("创投", ("Enterprise", "Funder"), "short"),
    ("金控", ("Enterprise", "Funder"), "short"),
    ("产投", ("Enterprise", "Funder"), "short"),
    ("国投", ("Enterprise", "Funder"), "short"),
    ("资本", ("Enterprise", "Funder"), "short"),
    # trade words that also name a field (储能, 食品): a brand before them only when it segments like one
    *((trade, ("Enterprise",), "short") for trade in ("重机", "重装", "智驱", "电驱", "储能", "粮油", "食品", "新材料", "医疗器械")),
]
# short cues read only after a core that segments like a brand (a surname or place character, a bound
# morpheme: 鲁X食品, 豫X重装), never after a field word (新型储能, 休闲食品)
BRAND_ONLY_TRADE_WORDS = frozenset(("重机", "重装", "智驱", "电驱", "储能", "粮油", "食品", "新材料", "医疗器械", "芯片"))

# national bodies a generic dictionary may name: the stock exchanges companies list on
NATIONAL_BODIES = ("上海证券交易所", "深圳证券交易所", "北京证券交易所", "上交所", "深交所", "北交所", "港交所")

TALENT_HINTS = ("人才", "英才", "俊才", "学者", "专家", "千人", "百人", "万人", "双千", "工匠")
FUNDER_HINTS = ("基金", "投资", "资本", "金融", "创投", "银行", "担保")

# prefixes that make a cue word generic (一个集聚区, 特色产业集群, 该公司)
GENERIC_NAME_PARTS = {
    "特色", "项目", "运营", "中试", "市场化", "实体化", "该", "本", "这", "其", "各", "各类",
    "国家级", "省级", "市级", "县级", "国企", "企业", "相关", "多家", "一批", "首个", "主导",
    "全国", "国内", "全省", "全市", "经济", "大", "两大", "三大", "一个", "两个", "新型", "优势", "重大",
    "签约", "在建", "产业化", "以上", "以下", "亿元以上", "万元以上", "传统", "现代化", "公共", "重点", "龙头", "链主", "高科技", "高层次",
}
PLACE_SUFFIXES = ("省", "市", "县", "自治区")
# a generic gazetteer of large cities the segmenter mis-tags (大连 as an adverb)
CITIES = ("大连", "沈阳", "西安", "厦门", "福州", "昆明", "南宁", "石家庄", "太原", "长春", "哈尔滨",
          "兰州", "西宁", "银川", "乌鲁木齐", "呼和浩特", "贵阳", "海口", "拉萨", "青岛", "宁波",
          "深圳", "苏州", "无锡", "泉州", "宝鸡", "柳州", "唐山", "保定", "鞍山", "桂林")

# economic regions named like places (a generic list, beside the gazetteer of divisions)
REGIONS = ("珠三角", "京津冀", "粤港澳大湾区", "成渝地区", "长江经济带", "大湾区", "东北地区", "中西部", "西部地区",
           "长株潭", "海峡西岸", "环渤海", "黄河流域")

# the autonomous regions, written in full (their short forms are in PROVINCES)
AUTONOMOUS_REGIONS = ("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")

PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
    "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港",
    "澳门",
)

# words that end a name when scanning leftwards from a cue
BOUNDARY_WORDS = {
    "以", "与", "和", "同", "跟", "的", "了", "等", "在", "对", "为", "由", "把", "将", "向",
    "从", "是", "有", "并", "也", "已", "又", "还", "就", "均", "各", "该", "其", "这", "那",
    "说", "及其", "靠", "全国", "国内", "全省", "全市", "全区", "或", "被", "让", "使", "给", "于", "至", "达", "共", "首批",
    "联合", "成立", "获得", "加强", "孵化", "培育", "引入", "引进", "推动", "打造", "建设",
    "构建", "规划", "围绕", "依托", "携手", "支持", "落地", "落户", "组建", "设立", "发起",
    "包括", "其中", "目前", "一家", "一批", "作为", "通过", "出自", "带动", "引领", "形成",
    "企业", "主体", "单位", "国企", "机构", "金融机构", "园区", "了解到", "获批", "获评",
    "荣获", "入选", "认定", "开展", "进行", "加快", "加速", "全力", "重点", "着力", "以及",
    "正在", "已经", "逐步", "积极", "持续", "累计", "新增", "招引", "实现", "完成", "带领",
    "副总经理", "总经理", "董事长", "负责人", "院士", "记者", "主任", "所属", "旗下", "下属",
    "公司", "集团", "子公司", "龙头", "龙头企业", "链主企业", "获", "居", "位居", "位列", "牵头", "共同", "实施", "推进",
    "签订", "签署", "深化", "壮大", "扩大", "建成", "投产", "申报", "管委会", "内",
    "全称", "简称", "位于", "地处", "坐落", "来自", "丨", "先后", "分别", "用于", "作用于", "面向", "构成", "成为",
    "入驻", "进驻", "带着", "访", "专访", "领投", "跟投", "注资", "增资", "参股", "入股", "收购", "并购", "列入", "纳入",
    "补齐", "补强", "延伸",  # (补齐X产业集群的…链条: verbs of completing a chain)
    "还有", "另有", "放在", "占",  # (还有X有限公司, 放在X中试基地, 占高新区…: a clause's words before a name)
}
# words the tagger reads as adverbs that are common parts of names (X高新控股集团)
NAME_ADVERBS = {"高新", "未来", "现代", "国际"}  # words tagged as time/adverb that often sit inside a name (X未来科学城)
# verbs that end a name even where verbs may be part of it (platform, cluster, project names)
ACTION_VERBS = {"打造", "建设", "成立", "组建", "共建", "设立", "获批", "实施", "推进", "推动", "牵头",
                "正在", "建成", "引进", "培育", "壮大", "发展", "形成", "构建", "规划", "拥有", "获得",
                "集聚", "聚集", "布局", "承担", "依托", "加快", "加速", "着力", "重点", "投资", "新建",
                "做强", "做优", "做大", "做精", "做实", "继续", "提升", "延伸", "力争", "争取", "确保"}
# jieba part-of-speech tags that end a name
BOUNDARY_POS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "m", "q", "d", "t"}
# parts of speech that end a non-legal name (verbs), unless the word is name-friendly
VERB_POS = {"v", "vn", "vd", "vi", "l"}
NAME_FRIENDLY_VERBS = {"创新", "投资", "发展", "服务", "研究", "制造", "建设", "控股", "科创",
                       "检测", "孵化", "研发", "技术创新", "精密", "投", "创", "振兴",
                       "通用", "集成", "储能", "节能", "环保", "引导", "创投", "合成"}

# what may follow a "short" cue (X科技已…, X种业和…)
SHORT_FOLLOWERS = ("已", "和", "与", "及", "的", "等", "是", "在", "获", "荣获", "正", "将",
                   "为", "副", "总", "董", "成立", "公司", "、", "(", "(", "对", "通过",
                   "累计", "研发", "生产", "实现", "联合", "作为", "由", "主要", "专注", "营",
                   "投资", "研制", "董事长", "总经理", "向", "获批", "获评", "全面", "新增", "牵头",
                   "创始人", "负责人", "首席", "党委", "落户", "位于", "坐落", "扎根", "入驻", "总部",
                   "设立", "发起", "出资", "共同", "签署", "签订", "入选", "上榜", "发放", "授信", "注资", "独家",
                   "领投", "跟投", "主攻", "拿到", "完成", "签下", "营收", "同比", "年产", "分别",
                   "签约", "合作", "携手", "达成", "产值", "带动", "增资", "上半年", "前三季度", "新签", "A轮", "B轮", "C轮",
                   "天使轮")

PERSON_TITLES = ("副总经理", "总经理", "董事长", "副董事长", "总裁", "副总裁", "院士", "教授",
                 "研究员", "主任", "副主任", "书记", "负责人", "创始人", "总工程师", "工程师",
                 "首席科学家", "博士", "本报记者", "记者", "通讯员", "厂长", "所长", "院长",
                 "局长", "副局长", "校长", "副校长", "处长", "科长", "董事", "合伙人", "经理", "实习生",
                 "部长", "秘书长", "会长", "理事长", "总监", "主管", "组长", "站长", "行长", "副行长", "创业者",
                 # officials: 市长X说, 副区长X表示, 县长X、…
                 "省长", "副省长", "市长", "副市长", "区长", "副区长", "县长", "副县长", "州长", "镇长", "乡长",
                 "主席", "副主席", "常委", "总经济师", "总会计师", "巡视员", "调研员", "专员")
PERSON_FOLLOWERS = ("说", "表示", "介绍", "认为", "指出", "团队", "带领", "坦言", "告诉",
                    "透露", ",", ",", "。", "等", "和", "与", "、", "(", "(", "”", "的",
                    "在", "指着", "笑", "一边", "同时", "也", "还", "向", "对", "接受", "领衔", "称",
                    "强调", "谈", "感慨", "担任", "作为", "：", ":", "回忆", "算", "带着", "翻开",
                    "入选", "荣获", "获得", "获评", "当选", "主持", "牵头", "现任", "是", "名列", "入围", "荣膺",
                    "则", "曾", "正", "正在", "一直", "带队", "亲自", "跟", "跟我",
                    # meeting news: <title><name>出席会议并讲话 / 作工作报告 / 宣读… / 陪同…
                    "出席", "作", "参加", "讲话", "致辞", "宣读", "陪同", "调研", "率队", "部署", "要求",
                    # a feature's views: 在<title>X看来, <title>X眼中
                    "看来", "眼中", "眼里")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
    "陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤詹柳鲍欧易常祝俞施葛倪"
    "柯蒙农宁阮翁甘童凌洪邢骆岳齐左辛管卓车庞关焦牛游包苗连房霍冉裴兰单申康伍聂池应华尚殷"
    "傅栾樊路穆谷闻祁芮麦屈项滕晏艾桂鞠邬隋井厉揭闵湛蔺巫褚寇冷费邰景盛缪全吉宫乔佟"
    "温鲁章季柴符梅郎舒靳储迟戚苑丛"
    "卫赖毕丘阎文时米蓝耿聂晋简饶刁钟麻岑俞楼解边练植幸修那仇"
    "窦邝蒲翟瞿尤喻柏奚萧禹臧娄颜虞裘嵇荀甄卞郜姬濮庄茹晁阚蒯郦"  # (rarer surnames, none a common word's first character)
)
BYLINE_NOISE = {"报道", "摄影", "整理", "综合", "编辑", "本报讯", "发自", "专电", "电", "讯", "供图", "图片"}
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "公孙", "令狐", "尉迟",
                     "长孙", "宇文", "司徒", "夏侯", "端木", "南宫", "独孤", "呼延", "轩辕", "澹台")
BYLINE_ROLES = ("本报记者", "本报通讯员", "特约记者", "实习记者", "见习记者", "通讯员", "实习生", "记者",
                "文/图", "文／图", "图/文", "文", "图", "摄影", "摄", "编辑", "责编")


def looks_like_name(word: str) -> bool:
    """A 2–4 character Chinese personal name (surname first)."""
    if word[:2] in COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    return 2 <= len(word) <= 3 and word[0] in SURNAMES

# --------------------------------------------------------------------------- figures
UNITS = ("个百分点", "平方公里", "平方米", "万元", "亿元", "万吨", "万米", "微米", "个月",
         "元", "%", "%", "亩", "吨", "米", "家", "个", "名", "人", "项", "位")
PRE_QUALIFIERS = {"近": "nearly", "将近": "nearly", "接近": "nearly", "超过": "more_than",
                  "超": "more_than", "逾": "more_than", "约": "approximately",
                  "至少": "at_least"}
CHANGE_UP = ("同比增长", "同比提高", "同比提升", "同比上升", "增长", "提高", "提升", "上升", "增幅")
CHANGE_DOWN = ("同比下降", "同比减少", "同比下滑", "下降", "减少", "下滑")

# verbs and adverbs trimmed off the end of an indicator (工业总产值达 → 工业总产值)
INDICATOR_TRAILERS = ("达到", "达", "为", "实现", "完成", "突破", "获得", "超过", "超", "约",
                      "近", "共计", "共", "累计", "已", "逾", "增长", "排名", "位列", "位居",
                      "居", "占", "首批", "就", "分别", "均", "总计", "合计", "接近", "将近")
INDICATOR_LEADERS = ("其中", "目前", "同时", "此外", "已", "累计", "共", "实现", "完成",
                     "推动", "带动", "新增", "并", "还", "全年", "当年", "另外", "并且",
                     "获得", "获", "引进", "仅用时")
SKIPPABLE_OPENERS = ("其中", "其", "目前", "同时", "此外", "近日", "近年来", "截至目前", "截至", "全年",
                     "另一方面", "一方面", "另外", "今年", "去年", "当前", "如今", "与此同时",
                     "据悉", "据了解", "记者了解到", "首先", "其次", "最后", "年初", "年底", "年末")
CONTINUATION_STARTS = ("实现", "完成", "达", "达到", "获得", "累计", "新增", "拉动", "带动",
                       "同比", "占", "位列", "位居", "居", "荣获", "获批", "获评", "其中",
                       "并", "还", "且", "推动", "引进", "成功", "营业", "主营", "全年")

# --------------------------------------------------------------------------- enumerations
MATERIALS = (
    "镁合金", "硬质合金", "合金", "铝合金", "钛合金", "轻合金", "石墨烯", "碳纤维", "铜箔", "锂电", "稀土", "硅材料",
    "多晶硅", "单晶硅", "碳化硅", "氮化镓", "钙钛矿", "高分子材料", "复合材料", "陶瓷", "玻纤",
    "有机硅", "氟材料", "锂", "钠电", "电解液", "隔膜", "正极材料", "负极材料", "铜", "铝", "钨",
    "钽铌", "锆", "光纤", "特种钢", "不锈钢",
)
ENUM_HEADS = {
    "领域": "Industry", "产业": "Industry", "行业": "Industry", "方向": "Industry",
    "项目": "Project", "产品": "Product", "企业": "Enterprise", "公司": "Enterprise",
    "技术": "Technology", "平台": "Platform", "金融机构": "Enterprise", "机构": "Organization",
    "产线": "Product", "生产线": "Product",
}
COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
               "十": 10}

# --------------------------------------------------------------------------- events
FUNDING_CUES: list[tuple[str, str]] = [
    ("授信", "credit_line"), ("贷款", "loan"), ("首贷", "loan"), ("信用贷", "loan"), ("科创债", "bond"),
    ("债券", "bond"), ("公司债", "bond"), ("企业债", "bond"), ("中期票据", "bond"),
    ("注资", "equity_investment"), ("增资", "equity_investment"), ("天使投资", "equity_investment"),
    ("战略投资", "equity_investment"), ("风险投资", "equity_investment"),
    ("领投", "equity_investment"), ("股权投资", "equity_investment"), ("融资", "equity_investment"),
    ("补助", "grant"), ("资助", "grant"),
]
RECOGNITION_CUES = ("获批", "获评", "荣获", "获得", "被认定为", "认定为", "入选", "跻身", "获")
MEMBER_ROLES = ("副总经理", "总经理", "董事长", "副董事长", "总裁", "副总裁", "总工程师",
                "首席科学家", "院长", "所长", "厂长", "主任", "书记", "负责人", "创始人",
                "局长", "副局长", "校长", "副校长", "教授", "研究员", "行长", "副行长", "总监", "合伙人")

# --------------------------------------------------------------------------- pictures, products
CAPTION_ENDINGS = ("车间", "全景", "一角", "现场", "厂区", "鸟瞰", "外景", "效果图", "生产线", "夜景",
                   "实景", "航拍", "掠影", "风貌")
PRODUCT_ENDINGS = ("壳体", "轮毂", "管", "膜", "面料", "机床", "系统", "箔", "设备", "电池", "芯片", "阀", "泵",
                   "仪", "衬底", "载具", "激光器", "传感器", "机器人", "模块", "整机", "装备", "雷达", "镜头",
                   "显示屏", "涂料", "试剂", "疫苗", "药物", "终端", "平台软件",
                   "部件", "零部件", "模组", "材料", "器", "敷料", "面板", "总成", "玻璃", "原片", "基板", "晶圆",
                   "电机", "电驱", "轴承", "齿轮", "线缆", "电缆", "纤维", "树脂", "胶囊", "制剂", "针剂", "注射液",
                   "瓶", "储罐", "机组", "起重机", "挖掘机", "掘进机", "盾构机", "无人机", "减速器", "整车", "托盘", "支架",
                   "链条", "叶片", "元件", "组件", "刀具")

# --------------------------------------------------------------------------- indicators
# the English of an indicator: the first Chinese word found in it (longer, more specific words first)
INDICATOR_GLOSSARY: list[tuple[str, str]] = [
    ("规模以上工业总产值", "gross output value of industry above designated size"),
    ("规模以上工业增加值", "value added of industry above designated size"),
    ("工业总产值", "gross industrial output value"),
    ("工业营业收入", "industrial operating revenue"),
    ("营业收入", "operating revenue"),
    ("工业增加值增速", "growth rate of industrial value added"),
    ("增加值", "value added"),
    ("贡献率", "contribution rate"),
    ("市场占有率", "market share"),
    ("专利", "patents"),
    ("面积", "area"),
    ("年产", "annual production capacity"),
    ("产能", "production capacity"),
    ("产值", "output value"),
    ("长度", "length"),
    ("厚度", "thickness"),
    ("增速", "growth rate"),
    ("贷款", "loans"),
    ("新产品", "new products"),
    ("高新技术企业", "high-tech enterprises"),
    ("科技型中小企业", "technology-based SMEs"),
    ("金融机构", "financial institutions"),
    ("博士", "PhD holders"),
    ("人才", "talents"),
    ("入选者", "programme selectees"),
    ("平台", "platforms"),
    ("企业", "enterprises"),
    ("项目", "projects"),
    ("获奖", "awards"),
    ("税收", "tax revenue"),
    ("投资", "investment"),
]
