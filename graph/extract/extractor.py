"""Rule-based draft extraction: article text → facts-file dict (the curated schema)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import Any

from graph.extract import lexicon as lx
from graph.extract.entities import SHORT_CUE_REVIEW, Entity, EntityTable, Mention, discover, find_mentions, occurrences
from graph.extract.figures import ONTOLOGY_UNITS, Figure, change_before, find_figures
from graph.extract.segment import tokens
from graph.extract.text import Clause, Document, Paragraph, Segment, Sentence, byline_names
from graph.ontology import load_ontology

_SUBJECT_CLASSES = ("Zone", "Enterprise", "Platform", "Park", "Cluster", "Alliance", "Organization",
                    "ResearchTeam", "Funder", "Project", "Person")
_ORG_CLASSES = ("Zone", "Enterprise", "Platform", "Park", "Cluster", "Alliance", "Organization", "Funder", "Project")
_MODIFIED_CLASSES = ("Park", "Cluster", "Project", "Platform", "Enterprise", "Zone", "Funder", "Product")
# tails read after a name found with str.find (a regex per name would be compiled afresh for every document)
_CHAIN_NOT_AFTER_RE = re.compile(r"环节|上下游|上|中|下|供应链|条")
_CAPACITY_PRODUCT_RE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?=年产能|年产量|产能|产量)")

_ROLE_HEAD_RE = re.compile(r"^(?:\d{4}年)?(?:集群|产业园|园区|集团|公司|[\u4e00-\u9fff]{2,10}?(?:旗下|下属))?(?:的)?"
                           r"(?:龙头企业|龙头|链主企业|链主|子公司|控股子公司)$"
                           r"|^(?:\d{4}年)?(?:区属|市属|省属|县属|园区所属)(?:国企|国有企业|平台公司|国有平台|企业)?$"
                           r"|^(?:\d{4}年)?(?:集团|公司|企业)(?:旗下|下属)的?$")
_YEAR_RE = re.compile(r"((?:19|20)\d{2})年(?!代)")
_PERIOD_ZH_RE = re.compile(
    r"截至目前|截至\d{4}年(?:底|末)?|连续[两二三四五六七八九十\d]+年"
    r"|(?:19|20)\d{2}年(?:年初|年底|年末|上半年|下半年|前三季度|一季度)"
)
# a capacity (年产N吨, 产能N吨) belongs to the maker or the project, never to the product made
_CAPACITY_BEFORE_RE = re.compile(r"(?:年产|年产能|产能|年生产能力|年生产|年加工)(?:规模)?(?:达到|达|为|超|约|近)?$")
# a period word opening a clause (全年集群产值…): skipped when looking for a head-noun anaphor
_TIME_OPENER_RE = re.compile(r"^(?:全年|上半年|下半年|年内|年初|年底|年末|今年以来|一季度|前三季度|当年|同期|截至目前|目前|现)")
# 这家…企业 / 该公司 / 它…: a pointer back to the company named before
_BACK_TO_COMPANY_RE = re.compile(r"(?:这家|该家?|此)[^,;。这该]{0,24}?(?:企业|公司|集团)(?!数|总数|数量|家数)|它(?!们)")
# a clause of circumstance (随着…, 在…下, 得益于…): what it names is no subject of the clauses after it
_CIRCUMSTANCE_RE = re.compile(r"\s*(?:随着|伴随着?|得益于|受益于|借助|依托|通过|凭借|在[^,;。]{2,30}(?:下|推动下|带动下|支持下|帮助下))")
# 每人最高可获N万元, 最高给予N万元安家补贴: the cap a measure grants
_CAP_BEFORE_RE = re.compile(r"(?:最高|最多)(?:可)?(?:获得?|给予|享受|奖励|资助|补贴|补助|支持|发放)?$")
# the attributive phrase before a park's or cluster's name that opens a clause: its size (规划面积N亩的)
# or the scope that builds it (全区着力打造的)
_MODIFIER_HEAD_RE = re.compile(r"(?:(?:(?:规划|占地|建筑|用地)?面积|占地|总投资|投资|规模)(?:约|达到|达|为|超过|近)?"
                               r"(?:\d+(?:\.\d+)?|[两二三四五六七八九十百千]+)(?:万|千)?"
                               r"(?:亩|平方米|平方公里|公顷|亿元|万元)"
                               r"|(?:全区|全市|全县|园区|我区|高新区|经开区|开发区)?(?:着力|重点|倾力|全力|集中|加快)?"
                               r"(?:打造|培育|建设|规划建设))的")
# A牵头区内N家企业组建B联盟, 联合N家企业和高校成立的B: the count of the members that found the alliance
_FOUNDERS_RE = re.compile(r"[^,;。]{0,12}?(?:共同|联合)?(?:发起成立|发起组建|组建|成立|组成|发起)(?:了)?(?:的)?")
# A、B等…均超过N: the figure holds for each of the list
_EACH_BEFORE_RE = re.compile(r"均[\u4e00-\u9fff]{0,3}$")
_LIST_SEP_RE = re.compile(r"[、,]|和|与|及|以及")
# <org><role><person>说/表示, (reported speech follows): the speaker's body
_SAID_RE = re.compile(r"(?:说|表示|介绍|坦言|告诉记者|介绍说)[,:]?\s*$")
# 集聚相关企业N家: a cluster's or park's state of gathering (after the clause that builds it)
_GATHERS_RE = re.compile(r"\s*(?:已|目前|现已|共|累计)?(?:集聚|聚集|汇聚|集中|入驻|吸引)")
# N名青年科学家入选: the selectees counted by the words after the figure
_SELECTED_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:入选|获评|当选)(?!者)")
# 较上年前移N位: a rank's move since the year before
_RANK_MOVE_RE = re.compile(r"(较上年|比上年|较去年|比去年|同比)?(前移|上升|提升|前进|跃升|后移|下降|后退|下滑|回落)了?$")
# 从签约到投产, 开工至竣工: the stages of a project's life
_LIFECYCLE_RE = re.compile(r"(?:从|自)?(?:签约|开工|拿地|落地|动工)(?:到|至)(?:投产|竣工|建成|开工|试产|达产|运营)")
# 新能源产业产值占园区工业总产值的比重: a share written with its part and its whole
_SHARE_OF_RE = re.compile(r"^[^的,;。]{2,20}占[^的,;。]{2,20}(的)(?:比重|比例|份额)$")
# 达产后/投产后/建成后…: the state of a plant once it runs
_AFTER_OUTPUT_RE = re.compile(r"\s*(?:项目)?(?:全面|全部)?(?:达产|投产|建成)后")
# 形成/构建了…的X产业链: a chain or cluster said to have taken shape
_FORMED_RE = re.compile(r"(?:初步形成|基本形成|形成|构建|构筑)了?")
# 数读X高新区2025, X高新区2025·年度盘点: a bare year closing the title (or its first part)
_TITLE_END_YEAR_RE = re.compile(r"(?<![\d.])(20\d{2})(?=\s*$|\s*[·|｜:：丨])")
# 对新落户的X项目,给予…: a clause that is only the object of 对/针对 names whom a measure is for, not a subject
_TARGET_CLAUSE_RE = re.compile(r"\s*(?:对于|针对|对)(?![外接标话比])[^,;。]{2,40}[,;]?\s*$")
# a list item's marker (●, ■, ①, 1., (一), 一、) opening a clause
_BULLET_RE = re.compile(r"\s*(?:[●○■□◆◇▲△▶►•★☆※▪◎]|[①-⑳]|\d{1,2}[.、](?!\d)|[(][一二三四五六七八九十\d]{1,2}[)]"
                        r"|[一二三四五六七八九十]、)\s*")
_NOT_PERIOD_AFTER_YEAR_RE = re.compile(r"(?:\d{1,2}月)?(?:成立|建立|组建|创建|创立|落户|入驻|投产|开工|以来|起|至今|获批|挂牌|启动)")
_CATEGORY_APPOSITION_RE = re.compile(
    r"^(?!与|和|同|为|向|对|帮|支持|推动|引进|吸引|服务|带动|让|使|助力|通过|依托|联合|由|被|将|把|在|从|比|跟|围绕|包括|如)"
    r"[\u4e00-\u9fff“”\"]{0,14}(?:企业|公司|制造商|供应商|服务商|运营商|生产商|厂商|开发商)$")
_PLATFORM_CATEGORY_RE = re.compile(r"[\u4e00-\u9fff“”\"]{0,10}(?:孵化器|加速器|众创空间|创新平台|公共服务平台|平台|载体)[“\"]?|园区|区内")
# indicator openers dropped (the verb of having or building); 新增/引进/累计/获得 stay: they are part of
# what is counted (新增高新技术企业, 累计孵化…)
_LEADERS = sorted((set(lx.INDICATOR_LEADERS) - {"新增", "引进", "累计", "获得"})
                  | {"拥有", "建有", "集聚", "聚集", "建成", "实施", "发起设立", "设立", "用于", "达产后", "建成后", "是",
                     "力争", "将", "我们", "我区", "我园"},  # 力争/将…: the aim of a target, no part of what is measured
                  key=len, reverse=True)
# (…率提升至N%: the verb of reaching a level is no part of the indicator)
_TRAILERS = sorted(set(lx.INDICATOR_TRAILERS) | {"的有", "有", "提升至", "提升到", "提高至", "提高到", "上升至", "上升到",
                                                 "增至", "降至", "下降至", "下降到", "升至", "仅", "仅为", "只有"},
                   key=len, reverse=True)
_OWNED_BETWEEN_RE = re.compile(r"(?:的|旗下的?|下属的?)?(?:全资|控股|参股)?(?:子公司|孙公司|企业|公司|工厂|基地|生产基地|研发中心|研究院)")
_STATE_OPENER_RE = re.compile(r"\s*(?:目前|现有|现|已|累计|拥有|共有|总投资|占地|规划|首期|一期|首批|建成后|投产后|达产后|预计|年产"
                              r"|(?:全年|今年|当年)(?:已|累计|共)?(?:服务|为[^,;。]{0,8}?提供|孵化|接待))")
_COUNTED_RE = re.compile(r"(?:^|(?<=[,。;:]))([^,,。;;:]{2,28}?、[^,,。;;:]{2,20}?)(?:[两二三四五六七八九十]|\d+)家"
                         r"(?:龙头|骨干|重点|链主|领军|配套|头部|上市|高新技术|科技型)?(企业|公司)")
_LEGAL_TAIL_RE = re.compile(r"(?:科技|技术|实业|发展)?(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")
_PERSON_CUE_RE = re.compile(r"他|她|团队")
_TEAM_DEVELOPS_RE = re.compile(r"(?:攻克|突破|研发出|开发出|研制出|掌握)了?")
_TAKES_POST_RE = re.compile(r"(?:担任|出任|任)(院长|所长|主任|理事长|首席科学家)(?=[,,。;;]|$)")
_BUILDER_RE = re.compile(r"(?:投资建设|投资兴建|投资建成|搭建|建设|打造|上线|实施|承建|推进)的")
_PARENT_RE = re.compile(r"的(?:母公司|控股股东|总公司)")
_HQ_NAME_RE = re.compile(r"(?:区域|地区)总部$")
_FROM_HERE_RE = re.compile(r"(?:从这里|在这里|由此|从此处)(?:起步|走出|成长|出发|孵化)")
_PERSON_FOUND_RE = re.compile(r"(?:领衔|牵头|带头|带领团队)?(?:组建|建成|创办|创立|创建|建立)(?:了|的)?")
_IN_PLACE_TAIL_RE = re.compile(r"(?:在|于)[^,,。;;在]{2,30}?$")
_INCUBATOR_WORD_RE = re.compile(r"孵化|众创|加速器|创业|创新港")
_JOINED_RE = re.compile(r"加入(?:了)?")
_TITLED_PERSON_TAIL_RE = re.compile(r"的?[\u4e00-\u9fff]{0,8}?(?:" + "|".join(lx.PERSON_TITLES) + ")")
_AT_WORKPLACE_RE = re.compile(r"在[^,,。;;]{2,30}?的(?:实验室|车间|研发中心|生产线|厂房|办公室|展厅|研发楼|工作室|工地)(?:里|内|中)?")
_HOLDS_RE = re.compile(r"(?:同时|还|也|现|目前)?(?:是|兼任|担任|出任)")
_TEAM_OUT_RE = re.compile(r"团队(?:还|也|先后|已|又|累计)*(?:孵化|培育)(?:出|了)")
_ITEM_TAIL_RE = re.compile(r"(?<=..)等(?:区内|园区内|园区|县内|市内|省内)?$")
_ITEM_PREP_RE = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:已在|在|向|为)(?=[\u4e00-\u9fff]{2})")
_LOCAL_LIST_RE = re.compile(r"等(?:区内|园区内|园区)(?:[\d两二三四五六七八九十百余多]+家)?(?:[\u4e00-\u9fff]{0,4})?企业")
_ENUM_RE = re.compile(
    r"(?:以|围绕|开展|孵化|培育了?|孵化和培育了?|聚焦|发展|引进|包括|涵盖|拥有|汇聚|集聚|吸引|涌现出|如"
    r"|(?:^|(?<=[。;:!?,,]))(?=[^,,。;;:]{2,40}、))([^,,。;;:]{2,80}?)等"
    r"(?:[^,,。;;等]{0,6}?)(领域|产业(?!链)|行业|项目|产品|金融机构|企业|技术(?!企业|型)|平台|方向|生产线|产线)"
)
_INDUSTRY_FIGURE_RE = re.compile(r"(?:^|(?<=[,。;:]))(?:(?:19|20)\d{2}年)?(?:该区|全区|园区|该市|全市|全县|其中)?"
                                 r"([\u4e00-\u9fff]{4,14}?产业)(?=(?:实现|完成|全年)?(?:营业收入|工业总产值|总产值|产值|增加值"
                                 r"|主营业务收入|营收|规模))")
_FOCUS_RE = re.compile(r"以([^,,。;;]{2,40}?)为(?:重点|主攻方向|发展重点|核心)(?:的|(?=[,,;;。]))")
_LEADING_RE = re.compile(r"([两二三四五六七八九十])大主导产业[((]([^))]{2,60})[))]")
_LEADING2_RE = re.compile(r"(?:确立了?|形成了?|明确了?|聚焦|发展|培育|构建|打造|以|围绕|壮大|做强|做大|做优)([^,。;:的()“”]{2,60}?)"
                          r"[两二三四五六七八九十]大(?:主导|支柱)产业"
                          r"|(?:重点发展|着力发展|大力发展|主攻|聚力发展)([^,。;:的]{2,60}?)[两二三四五六七八九十]大(?:主导|支柱|优势|特色|重点)?产业")
# A、B和C(,)是<zone>的三大主导产业 / A、B、C为该区支柱产业: the list opens the sentence
_LEADING6_RE = re.compile(r"([^,,。;;:：“”]{2,24}?(?:、|和|及|与)[^,,。;;:：“”]{2,50}?)[,,]?"
                          r"(?:是|为|构成|成为)了?[^,,。;;:]{0,16}?的?(?:[两二三四五六七八九十]大)?(?:主导|支柱)产业"
                          r"(?=[,,。;;!?!?]|$|之一)")
# …,A、B、C三大主导产业协同发力: a counted list opening a clause (no verb before it)
_LEADING8_RE = re.compile(r"(?:^|(?<=[,,。;;:)]))([^,,。;;:“”()的]{2,30}?、[^,,。;;:“”()的]{2,40}?)"
                          r"[两二三四五六七八九十]大(?:主导|支柱)产业")
# 以A、B为主导产业 (no count word): the list between 以 and 为
_LEADING7_RE = re.compile(r"以([^,,。;;:的()“”]{2,40}?(?:、|和|及|与)[^,,。;;:的()“”]{2,40}?)"
                          r"为(?:[两二三四五六七八九十]大)?(?:主导|支柱)产业")
# A产业产值N,B产业产值M,两大主导产业合计…: the count word refers back to the industries that
# opened the clauses before it (each as the subject of a figure)
_KIND_OF_COMPANY_RE = re.compile(r"(?:龙头|骨干|重点|配套|上市|规上|规模以上|科技型|高新技术|中小|外资|民营|国有|入驻|在孵|相关|一批|多家"
                                 r"|这些|该)$")
# 形成“A—B—C—D”的X产业链 / 构建起“A+B+C”产业链: the chain's links, in order, named in quotes
_DASH_CHAIN_RE = re.compile(r"“([^“”,,。;;]{2,20}(?:[—–→－+＋][^“”,,。;;—–→－+＋]{2,20}){2,8})”"
                            r"(?:的|为主的|为主线的|全|完整)?([^,,。;;:“”]{0,14}?产业链)")
_DASH_SPLIT_RE = re.compile(r"[—–→－+＋]+")
_HERE_INCUBATED_RE = re.compile(r"(?:即|已|正是|就是|就|也)?(?:在此|由此|于此|从这里|在这里|从此处)“?(?:孵化|毕业)")
_ZONE_WORD_ACTS_RE = re.compile(r"(?:园区|我区|全区)(?:将|要|还|也|正|已|全力|着力|加快|持续|大力|重点)")
# a company directory: ——<company>(<short>):生产A及B,… / 主营… / 专注X封装测试
_DIRECTORY_ITEM_RE = re.compile(r"[—–\-·•●■]*\s*([^:：,,。;;]{2,30}?)(?:[(（][^)）]{2,10}[)）])?[:：]\s*"
                                r"(?:主要)?(生产|主营|研发生产|研发、生产|制造|专注于?|主攻)([^,,。;;:：]{2,40})")
_TECH_ENDINGS = ("技术", "工艺", "封装测试", "测试", "设计", "研发", "服务")
_ZONE_ADMIN_TITLE_RE = re.compile(r"(?:管委会|管理委员会|党工委)([\u4e00-\u9fff]{2,6})")
# A牵头、B和C参与(实施)的X项目: every party carries the project out (B, C companies when name-like)
# a newcomer named without any cue word: 刚刚落户的X, 新入驻的X, 引进的X… (X then a company verb or a pause),
# or X opening a clause as the subject of a company's verb (X拿到…融资, X已建成…车间, X正式落户)
_SETTLED_BRAND_RE = re.compile(r"(?:刚刚|刚|新|近期|最近|今年|年内)?(?:落户|入驻|进驻|引进|签约|落地)的"
                               r"([\u4e00-\u9fff]{2,6}?)(?=[,,]?(?:已|拿到|完成|获|实现|建成|成为|正|也|还|将|主攻|专注|聚焦)|[,,。;;、])")
_COMPANY_VERB_SUBJECT_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)"
                                      r"(?:(?:已经?|也|还|近日|日前)?(?:拿到|获得|完成)了?[^,,。;;]{0,20}?融资"
                                      r"|(?:已经?|也|还)?建成了?[^,,。;;]{0,12}?(?:车间|生产线|产线|工厂)"
                                      r"|(?:已经?|也|还|近日|日前)?(?:正式)?(?:落户|入驻)(?:于|在)?)")
# what a cue-less brand is never made of: kinds of bodies or things, scopes, pronouns, times
_NOT_BRAND_RE = re.compile(r"企业|公司|项目|人才|团队|机构|平台|产业|基地|园|区|市|县|省|镇|高校|院所|大学|学院|银行|基金|"
                           r"政府|部门|单位|资金|资本|专家|博士|成果|技术|产品|总部|中心|工厂|车间|工作站|实验室|型|类|"
                           r"这里|我们|他们|目前|今年|其中|全年|累计|首批|一批|多家")
_LED_JOINED_PROJECT_RE = re.compile(r"牵头[、,]([^,,。;;“”]{2,30}?)(?:共同)?参与(?:实施|建设|研发)?的")
_COUNT_BACKREF_RE = re.compile(r"(?<=[,,;;])([两二三四五六七八九十])大(?:主导|支柱|优势|特色)产业")
_INDUSTRY_FIG_CLAUSE_RE = re.compile(r"(?:^|(?<=[,,;;:]))(?:其中[,,]?)?([\u4e00-\u9fff]{2,10}?)产业"
                                     r"(?=(?:总产值|产值|营业收入|营收|增加值|规模|主营业务收入)(?:达到?|为|突破|超过|实现)?\d)")
# 围绕A和B两大产业(开展…) / 聚焦A、B三大产业: a counted list of industries (leading only when so called)
_COUNTED_INDUSTRY_RE = re.compile(r"(?:围绕|聚焦|立足|针对|面向|瞄准|依托)([^,,。;;:的“”()]{2,40}?(?:、|和|及|与)[^,,。;;:的“”()]{2,30}?)"
                                  r"[两二三四五六七八九十]大(?:产业|方向|领域|赛道)(?!链|园|集群|基地|联盟)")
# X,是园区当之无愧的“头号”产业 / X是该区第一大支柱产业: one industry called the zone's leading one
_ONE_LEADING_RE = re.compile(r"([\u4e00-\u9fff]{2,10})[,,]?(?:是|为)[^,,。;;]{0,16}?"
                             r"(?:主导|支柱|头号|第一|首位|首要)(?:大)?”?产业(?=[,,。;;!?]|$)")
_LEADING5_RE = re.compile(r"以([^,,。;;、]{2,20}?)为主导(?=[、,,]|的|产业)")
_LEADING3_RE = re.compile(r"主导产业(?:为|是|包括|主要有|有|涵盖)([^,。;:]{2,60})"
                          r"|主导产业[^,。;:]{0,8}:([^,。;:]{2,60}?、[^,。;:]{2,60}?)(?=产值|营业收入|营收|规模|分别|[,。;]|$)")
_CHAIN_RE = re.compile(r"(?:集聚|形成|涵盖|补齐|完善|覆盖|包括|构建|打通)了?([^,。;:]{2,60}?)等?(?:产业链)(?:关键)?环节"
                       r"|产业链([^,。;:]{2,60}?)等?环节"
                       r"|(?:集聚|形成|涵盖|覆盖|包括|落地|布局|引进|聚集|招引|延伸至|串联起|围绕)了?"
                       r"([^,。;:]{2,30}?、[^,。;:]{2,40}?)等(?:上下游|关键|核心|重点)?环节"
                       r"|(?:集聚|形成|涵盖|覆盖|包括|落地|布局|引进|聚集|招引)了?([^,。;:]{2,30}?、[^,。;:]{2,40}?)等(?:上下游|产业链|配套)企业")
_CHAIN2_RE = re.compile(r"形成了?([^。;]{2,120}?)等?(?:较为|比较|相对)?(?:完整|完善)的产业链")
_PRODUCT_RE = re.compile(r"(?:主要生产|主要产品为|主要产品有|主要产品包括|主营|产品涵盖|产品包括|产品主要有|产品覆盖"
                         r"|主导产品为|主导产品有|主导产品包括|主打产品为|主打产品有)([^,。;:]{2,50}?)(?:等产品|等|(?=[,。;:]|$))")
_MADE_RE = re.compile(r"(?:(?<=[,。;:])|^)[^,。;:]{0,30}?(?:研发|研制|生产|推出|制造|开发)的"
                      r"((?:[\d.]+[\u4e00-\u9fffA-Za-z]{1,3}(?=[\u4e00-\u9fff]{2}))?[\u4e00-\u9fffA-Za-z]{2,14}?)"
                      r"(?=已|获得|获|荣获|实现|填补|打破|入选|国内|市场|销量|产量|供不应求|畅销|热销|远销|销往|深受|广受|备受|[,。;:])")
_OWN_PRODUCT_RE = re.compile(r"(?:其|(?<![\u4e00-\u9fff)）])(?:公司|企业)|该公司|该企业)(?:自主|独立|联合)?(?:生产|研发|推出|制造|研制)的"
                             r"([^,。;:]{2,16}?)(?=国内|国际|全球|市场|年|产量|销量|产能|精度|出货|供不应求|畅销|热销|远销|销往|深受|广受"
                             r"|备受|填补|打破|实现|获得|荣获|入选|成功|[,。;:达已])")
# 专攻/主攻/专注于X: X is the company's product line
_SPECIALTY_RE = re.compile(r"(?:专攻|主攻|专注于|专注|专业生产|专业从事)([^,,。;;:、和与及]{2,16}?)"
                           r"(?:产品|的研发|的生产|研发|生产)?(?=[,,。;;]|$)")
# 其X已销往…/远销…/市场占有率…: X is the company's product
_SOLD_RE = re.compile(r"其([\u4e00-\u9fffA-Za-z]{2,12}?)(?=已销往|销往|已出口|出口至|出口到|远销|已远销|畅销|市场占有率|国内市场占有率)")
# 从A、B到C,链条…成形 / 覆盖从A到B的全产业链: A, B, C are chain segments
_CHAIN_SPAN_RE = re.compile(r"从([^,,。;;从到]{2,40}?)到([^,,。;;的]{2,12}?)(?:[,,][^,,。;;]{0,6}?(?:产业链|链条)"
                            r"|的?(?:全|完整)?(?:产业链|链条))")
# <park/cluster/platform>重点发展A、B和C: what the body focuses on
_PARK_FOCUS_RE = re.compile(r"(?:重点发展|主要发展|着力发展|重点布局|主攻|重点聚焦|聚焦发展|聚焦)"
                            r"([^,,。;;:的]{2,20}?(?:、|和|及)[^,,。;;:的]{2,40}?)"
                            r"(?:(?:等|[两二三四五六七八九十]大)(?:产业|领域|方向))?(?=[,,。;;]|$)")
_TECH2_RE = re.compile(r"(?:研发|研制|攻克|突破|掌握|开发|攻关)(?:了|出)?((?:(?!中心|获批|获|平台|是|为)[^,。;:、的]){2,20}?技术"
                       r"|(?:(?!中心|获批|获|平台|是|为)[^,。;:的]){2,30}?等(?:关键|核心|共性|前沿|重大|多项)?(?:技术|工艺))")
_MADE_IN_RE = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:扩建|新建|技改|改扩建|智能化)?(?:生产线|产线|装置)")
_CAPACITY_AFTER_RE = re.compile(r"年产能?(?:约|近|超)?[\d.]+[万千百亿]?(?:吨|台|套|辆|件|片|只|颗|条|支|平方米|立方米|米)"
                                r"([\u4e00-\u9fff]{2,12}?)(?:扩建|新建|技改|改扩建|智能化)?(?:生产线|产线|项目|装置)")
# X是(一家/国内领先的)…(P生产)企业: X, opening a sentence, is a company (P its product)
# …and X是一家(专业)生产P的企业: P is X's product
_MAKER_COPULA_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)是一家(?:专业|专门)?(?:从事)?(?:生产|制造)"
                              r"([\u4e00-\u9fff]{2,12}?)的[^,,。;;]{0,8}?(?:企业|公司)")
_COPULA_COMPANY_RE = re.compile(r"([\u4e00-\u9fff]{4,6}?)(?:是|为)"
                                r"(?:一家|国内|全国|全球|行业|省内|我国|西南|华东|华南|华北|华中|西北|东北)?[^,,。;;]{0,16}?"
                                r"的?(?:([\u4e00-\u9fff]{2,12}?)(生产|制造)?(?:企业|公司|厂商|生产商|制造商))(?=[,,。;;]|$)")
# what may stand between 建设/实施 and the project's name: its investment, its capacity
_PROJECT_LEAD_RE = re.compile(r"(?:(?:计划|拟)?总?投资(?:约|近|超)?[\d.]+[万亿]元的)?(?:(?:年产|年产能)[\d.]+[万亿千]?[^\d,;:。]{0,2})?")
# …and between the company and the verb: adverbs, a place (A已在园区建成X项目)
_ACTOR_GAP_RE = re.compile(r"(?:已经?|正在|正|将|还|也|先后)*(?:在(?:园区|该区|这里|[\u4e00-\u9fff]{2,8}?区))?")
_SUPPORT_RE = re.compile(r"以([^,,。;;]{2,60}?)为支撑")
_APPLICATION_RE = re.compile(r"以([^,,。;;]{2,60}?)等?(?:领域|行业)?为应用场景"
                             r"|(?:广泛)?应用于([^,,。;;]{2,60}?)等?(?:领域|行业|场景)")
_TECH_RE = re.compile(r"围绕([^,,。;;]{2,60}?)等?(?:方向|领域)?(?:进行|开展)(?:技术开发|技术研发|研发|技术攻关|攻关|联合攻关)")
_FUND_CLAUSE_RE = re.compile(r"(?:目前|现|已|累计|首期|总|当前|其中)*(?:规模|投资|撬动|带动|募集|出资|投向|认缴|实缴)")
# 高新技术企业118家,比上年增加21家 / 规上企业127家,比年初净增9家: a change written in the level's own unit
_ABS_CHANGE_RE = re.compile(r"(?:并|且)?(?:同比|(?:比|较)(上年|去年|上年同期|去年同期|年初|上年末|去年底|上年底|上半年|一季度|上季度))"
                            r"(?:末)?净?(增加|增长|新增|增|减少|下降|减|多|少)了?(?:约|近|超|逾)?")
_CHANGE_WORDS_END_RE = re.compile(r"(同比|(?:比|较)[\u4e00-\u9fff]{1,4}?)?净?"
                                  r"(增长|提高|提升|上升|下降|减少|下滑|增加|回落|降低|新增|前移|后移|前进|后退|跃升|增|减|多|少)"
                                  r"(了|超|近|约|逾|达)?$")
# a programme's owner written before it without being drafted (<X>盟“Y计划”, <X>市“Y计划”): a place-like word
_PROGRAMME_OWNER_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:省|市|盟|州|县|区|自治区|新区|高新区|经开区)")
# what a programme does to the people it counts (评选/遴选/引进/认定…), unlike a bare 入选者N人 (the zone's selectees)
_PROGRAMME_ACTS_RE = re.compile(r"[”\"]?(?:全年|今年以来|年初以来|以来|今年|当年|年内|累计|共|已|首批|新)*"
                                r"(?:评选|遴选|选拔|引进|引育|认定|支持|资助)(?:出|了)?"
                                r"[\u4e00-\u9fff]{0,10}?(?:共|达到|达|为)?")
# 全区/全市/园区 before a cluster's or park's name: a scope word, not a subject of its own
# 两大主导产业合计占…, 三大产业共完成…: several industries counted together, a figure of the zone as a whole
_N_INDUSTRIES_TOGETHER_RE = re.compile(r"\s*(?:其中|这|上述)?[两二三四五六七八九十]大(?:主导|支柱|重点|特色|优势|新兴|首位)?产业(?:集群)?"
                                       r"(?:合计|共计|总计|累计|共|一共)")
_SCOPE_DETERMINER_RE = re.compile(r"^(?:全区|全市|全县|全省|全园|园区内?|区内|开发区内?)(?:的)?$")
# a loan product named in quotes (“人才贷”, “科创贷”) or written before the amount (知识产权贷1000万元)
_LOAN_PRODUCT_RE = re.compile(r"“[\u4e00-\u9fff]{1,8}贷”|[\u4e00-\u9fff]{2,4}贷(?=\d)")
# a lender by its name (X银行, X分行, X支行, X信用社, X小贷公司): never the borrower a 其 points back to
_LENDER_NAME_RE = re.compile(r"(?:银行|分行|支行|信用社|小额贷款公司|小贷公司)$")
_PAREN_ALIAS_RE = re.compile(r"[(][^()]{0,30}[)]")
# 一期10万吨已投产 / 二期将新增产能N / 其中一期投资N: a project's phase opening the clause
_PHASE_OPENER_RE = re.compile(r"(?:其中)?(?:一|二|三|四|首)期(?!间|内|末|刊|规模|募集|出资|基金)")
# 攻克了/突破了/开发出 T技术: a technology achieved, whose measure the next clause may give
_TECH_ACHIEVED_RE = re.compile(r"(?:攻克|突破|掌握|开发|研发|研制|攻关)(?:了|出)?[^,;。]{0,4}$")
_LEADING_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[\u4e00-\u9fff]{0,4}?(?:良率|效率|良品率|合格率|精度|纯度|转化率|成本|能耗|寿命))")
# 二期计划2026年建成, 预计2027年投产: a planned date is no period of the figures around it
_PLANNED_YEAR_RE = re.compile(r"(?:计划|预计|将于|力争|有望|拟于?|争取)(?:在|于)?$")
# a period of the report's year written without the year (全年, 年内, 1—9月, 前三季度, 截至三季度末)
_REPORT_PERIOD_RE = re.compile(r"全年|年内|今年|当年|1[—\-–~至]\d{1,2}月|前三季度|上半年|下半年|[一二三四]季度|截至\d{1,2}月(?:末|底)")
# 重点企业产值情况: / 主要企业营收情况如下: a list's heading naming the measure of its items
_LIST_HEAD_RE = re.compile(r"(?:重点|主要|骨干|龙头)?(?:企业|项目|产业)?([\u4e00-\u9fff]{2,6}?)(?:完成|运行)?情况(?:如下)?:")
_SELECTED_AFTER_RE = re.compile(r"(?:入选|获评|当选)(?!者)")
# A投资建设的B / A出资建设的B: B, the thing built with A's money, is what the clause is about
_INVESTED_BUILT_RE = re.compile(r"(?:投资|出资|投建|独资)建设的$")
_SET_UP_BEFORE_RE = re.compile(r"(?:设立|建设|新建|投资建设|布局|落地|引进|打造)(?:了)?$")
_PERIOD_WORD_RE = re.compile(r"截至[一二三四]季度末|截至\d{1,2}月(?:末|底)|1[—\-–~至]\d{1,2}月|前三季度|上半年|下半年|今年以来"
                             r"|[一二三四]季度|全年|年内|当年")
# 以上6家企业合计…, 上述3个项目…: a count that points back at items already listed, no figure of its own
_BACK_COUNT_BEFORE_RE = re.compile(r"(?:以上|上述|前述|这)$")
_BACK_COUNT_AFTER_RE = re.compile(r"(?:重点)?(?:企业|公司|项目|平台|园区|单位)")
_MECH_RE = re.compile(r"“([^”]{2,20})”[^,,。;;“]{0,6}(?:机制|模式)")
_GLOSSARY = [
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
_DEFAULT_INDICATOR = {"亿元": "金额", "万元": "金额", "元": "金额", "%": "比例", "个百分点": "百分点",
                      "平方公里": "面积", "平方米": "面积", "亩": "面积", "位": "排名", "个月": "时长",
                      "吨": "产量", "万吨": "产量", "米": "长度", "万米": "长度", "微米": "厚度"}


# a list item's marker (——, ●, ①, 1.): the item's text follows
_ITEM_OPEN_RE = re.compile(r"\s*(?:——|—|-|●|○|■|□|◆|▶|·|[①-⑳]|\d{1,2}[.、](?!\d)|[((]\d{1,2}[))])\s*")
# after the item's name: an optional short form in brackets, then the colon that opens the profile
_ITEM_COLON_RE = re.compile(r"(?:[((][^()()]{1,16}[))])?[::]")


@dataclass
class Obs:
    subject: Entity
    indicator: str
    fig: Figure
    clause_start: int
    quote_start: int
    quote_end: int
    period: int | None
    period_zh: str | None
    concerns: list[Entity]
    review: str | None
    change: tuple[Figure, int, str | None] | None = None
    kind: str = "observation"
    change_at: int | None = None  # where the change is written when not in the quote (a figure heading's)
    also: tuple[int, int] | None = None  # a second evidence span (the line under a figure heading)


class Extractor:
    def __init__(self, text: str, article_id: str) -> None:
        self.doc = Document(text)
        self.article_id = article_id
        self._report_year: int | None = None  # 0: none found (see _title_year)
        self.table = EntityTable()
        self.relations: list[dict[str, Any]] = []
        self.rel_keys: set[tuple[str, str, int, int]] = set()
        self.obs: list[Obs] = []
        self.funding: list[dict[str, Any]] = []
        self.recognitions: list[dict[str, Any]] = []
        self.mentions = []
        self.photo_of: dict[int, Paragraph] = {}
        self.caption_products: list[tuple[Entity, Entity, Paragraph]] = []
        self.pending_produces: list[tuple[Entity, Entity, int, int]] = []
        self.heading_topic: Entity | None = None  # the body a section heading (【X产业集群】) names
        self.answer_for: Entity | None = None  # the body an interview answer's speaker (B:…) stands for
        self._headline: tuple[Obs, Sentence] | None = None  # a figure heading and the sentence under it
        self._carried_indicator: tuple[int, str] | None = None  # (clause start, indicator) for 突破千亿元,达到N

    # ------------------------------------------------------------------ helpers

    def quote(self, start: int, end: int) -> str:
        return self.doc.unique_quote(start, end)

    @property
    def mentions(self) -> list[Mention]:
        return self._mentions

    @mentions.setter
    def mentions(self, value: list[Mention]) -> None:
        self._mentions = value
        self._starts = [m.start for m in value]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end, lo)
        return [m for m in self._mentions[lo:hi] if m.end <= end]

    def relate(self, subj: Entity, pred: str, obj: Entity, start: int, end: int,
               role: str | None = None, review: str | None = None) -> None:
        if subj is obj:
            return
        key = (pred, "", id(subj), id(obj))
        if key in self.rel_keys:
            return
        self.rel_keys.add(key)
        self.relations.append({"subject": subj, "predicate": pred, "object": obj, "role_zh": role,
                               "evidence": [self.quote(start, end)], "review": review})

    # ------------------------------------------------------------------ run

    def run(self) -> dict[str, Any]:
        discover(self.doc, self.table)
        self._enumerations()
        self._incubated_names()
        self._named_things()
        self._owner_prefixed_projects()
        self.mentions = find_mentions(self.doc, self.table)
        self._drop_swallowed()
        self.main_zone = self._main_zone()
        self.byline_start = next((p.start for p in self.doc.paragraphs[:6]
                                  if "记者" in p.text or "通讯员" in p.text or p.text.startswith(("►", "■"))
                                  or byline_names(p.text) is not None), 0)
        self._anaphora_aliases()
        self.mentions = find_mentions(self.doc, self.table)
        self._copula_aliases()
        self._photos()
        self.mentions = find_mentions(self.doc, self.table)
        for para in self.doc.paragraphs:
            self._paragraph(para)
        self._name_relations()
        # a park named after its zone (X高新区Y产业园) is part of it
        zones = [e for e in self.table.entities if e.has("Zone")]
        for ent in list(self.table.entities):
            if not ent.has("Park"):
                continue
            for surface in ent.names():
                z = next((z for z in zones for n in z.names() if surface.startswith(n) and len(surface) > len(n) + 3), None)
                at = self.doc.flat.find(surface)
                if z is not None and at >= 0:
                    self.relate(ent, "partOf", z, at, at + len(surface))
                    break
        if self.main_zone is not None and self.main_zone.has("Zone"):
            for ls, le, local in self.local_lists:
                for ent in local:
                    if ent.has("Enterprise") and not ent.has("Funder") and ent.name in self.doc.flat[ls:le]:
                        self.relate(ent, "locatedIn", self.main_zone, ls, le)
        for owner, project, full in self.project_owners:
            at = self.doc.flat.find(full)
            if at >= 0:
                self.relate(owner, "carriesOut", project, at, at + len(full))
        self._photo_relations()
        # A carries out 年产N吨X项目 → A produces X
        for r in list(self.relations):
            if r["predicate"] != "carriesOut" or not r["subject"].has("Enterprise"):
                continue
            for pname in r["object"].names():
                pm = re.match(r"年产能?(?:约|近|超)?[\d.]+[万千百亿]?[^\d\u4e00-\u9fff]{0,3}[吨台套辆件片只颗条支]?"
                              r"([\u4e00-\u9fff]{2,12}?)(?:扩建|扩产|新建|技改|改扩建|智能化|产业化|生产线|产线|一期|二期|三期)*项目$",
                              pname)
                made = self.table.get(pm.group(1)) if pm else None
                if made is not None and made.has("Product"):
                    at = self.doc.flat.find(pname)
                    self.relate(r["subject"], "produces", made, at, at + len(pname))
                    break
        return self._emit()

    _INCUBATED_RE = re.compile(r"孵化[^。;]{0,12}?(?:企业|公司|项目)[^。;]{0,12}?[,,](?:其中|从这里走出的|从这里走出了|从中走出的)"
                               r"([\u4e00-\u9fff]{2,6}?)(?=已|获|完成|成功|入选|荣获|于|在|,|,|、)")

    # <field>企业<Name><verb>: a company introduced by its trade in apposition
    # (激光雷达企业A完成…, 向储能企业B股权投资…, 自动驾驶企业C在此孵化后…)
    _FIELD_COMPANY_RE = re.compile(r"([\u4e00-\u9fff]{2,6})企业([\u4e00-\u9fff]{3,5}?)"
                                   r"(?=完成|成为|在此|在|已|于|获|拿到|实现|入选|落户|正|也|将|还|股权|牵头|参与|推出|"
                                   r"建成|研发|自主|[,,。;;、])")

    def _named_things(self) -> None:
        """``“X”项目`` → project X; ``<enterprise>P年产能…`` → P is the enterprise's product."""
        flat = self.doc.flat
        for m in re.finditer(r"“([^“”,,。;;]{2,20})”项目", flat):
            if self.table.get(m.group(1)) is None and not re.search(r"\d", m.group(1)):
                self.table.add(m.group(1), ("Project",), m.start(1))
        for m in self._FIELD_COMPANY_RE.finditer(flat) if "企业" in flat else ():
            name, field_word = m.group(2), m.group(1)
            toks = tokens(name)
            if self.table.get(name) is not None or flat.startswith("家", m.end(1) + 2) \
                    or re.search(r"企业|公司|园区|产业|项目|平台|领域|行业|集群|基地|数量|总数|家数|收入|发展|转型|研发|创新", name) \
                    or _KIND_OF_COMPANY_RE.search(field_word) \
                    or not any(t[1] - t[0] == 1 for t in toks) or toks[0][3][:1] in {"d", "p", "r", "m", "c", "u", "q", "t"} \
                    or any(t[3][:1] == "u" for t in toks) or toks[0][2] in lx.ACTION_VERBS \
                    or toks[0][2] in ("进行", "开展", "加快", "加强", "给予", "予以"):
                continue
            self.table.add(name, ("Enterprise",), m.start(2), "company named after its trade (X企业Y)")
        # a cue-less newcomer: 刚刚落户的X / X拿到…融资 (a guess, for review)
        clause_starts = [m.end() for m in re.finditer(r"[,,;;]", flat)]
        subjects = [*self._at_sentence_starts(_COMPANY_VERB_SUBJECT_RE),
                    *filter(None, (_COMPANY_VERB_SUBJECT_RE.match(flat, at) for at in clause_starts))]
        for found, why in ((list(_SETTLED_BRAND_RE.finditer(flat)), "company introduced by a settling frame without a cue word (落户的X)"),
                           (subjects, "company read as the subject of a company's verb (X拿到…融资)")):
            for m in found:
                name = m.group(1)
                if self.table.get(name) is None and self._brand_like(name):
                    self.table.add(name, ("Enterprise",), m.start(1), why)
        self.joined_projects: list[tuple[int, int, list[str]]] = []
        for m in _LED_JOINED_PROJECT_RE.finditer(flat) if "参与" in flat else ():
            parts = [x for x in re.split(r"[、和及与]", m.group(1)) if x]
            if not parts or any(not 2 <= len(x) <= 8 or re.search(r"\d|企业|公司|高校|院所|机构|单位|等", x) for x in parts):
                continue
            for x in parts:
                if self.table.get(x) is None and len(x) >= 3:
                    self.table.add(x, ("Enterprise",), flat.find(x, m.start(1)),
                                   "company taking part in a led project (A牵头、B参与的X)")
            self.joined_projects.append((m.start(), m.end(), parts))
        # <industry>产业链 (not its 环节 or 上下游): the industry's chain, a cluster of its own
        for ind in [e for e in self.table.entities if e.classes == {"Industry"} and len(e.name) >= 2]:
            for at in occurrences(flat, ind.name + "产业链"):
                end = at + len(ind.name) + 3
                if _CHAIN_NOT_AFTER_RE.match(flat, end) is None and self.table.get(flat[at:end]) is None:
                    self.table.add(flat[at:end], ("Cluster",), at)
        # 与X签下/签订…长单/订单/合同/供货协议: X (a brand and a trade word) is a company
        for m in re.finditer(r"(?:与|同|和)([\u4e00-\u9fff]{4})(?:签下|签订|签署|签约)了?[^,,。;;]{0,6}?"
                             r"(?:长单|订单|合同|供货|采购|购销)", flat):
            name = m.group(1)
            if self.table.get(name) is None and not re.search(r"企业|公司|高校|大学|政府|园区|多家|机构|客户|厂商|车企|用户", name) \
                    and not tokens(name)[0][3].startswith(("v", "d", "p", "r", "m")):
                self.table.add(name, ("Enterprise",), m.start(1), "company named as a contract partner (与X签订…订单)")
        # X是(一家/国内领先的)…(P生产)企业/公司: X, opening the sentence, is a company (and makes P)
        for m in self._at_sentence_starts(_COPULA_COMPANY_RE):
            name = m.group(1)
            if self.table.get(name) is None and not re.search(r"企业|公司|园区|项目|产业|集群|基地|平台|这里|我们|目前|今年|其中", name) \
                    and not tokens(name)[0][3].startswith(("v", "d", "p", "r", "m", "t", "c")):
                self.table.add(name, ("Enterprise",), m.start(1), "company named by a copula (X是…企业)")
            made_p = re.sub(r"^(?:的|领先的|最大的|知名的|重要的|专业的?)", "", m.group(2) or "")
            maker_p = self.table.get(name)
            if m.group(3) and 3 <= len(made_p) <= 10 and maker_p is not None and maker_p.has("Enterprise") \
                    and not re.search(r"的|企业|龙头|骨干|领军|头部|重点|科技型|高新", made_p):
                # …的P生产企业/制造企业: P is the company's product
                product_p = self.table.get(made_p) or self.table.add(made_p, ("Product",), m.start(2),
                                                                      "Product named in a maker's trade (X是…P生产企业)")
                if product_p.has("Product"):
                    self.pending_produces.append((maker_p, product_p, m.start(), m.end()))
        # X是一家(专业)生产P的企业: P is X's product
        for m in self._at_sentence_starts(_MAKER_COPULA_RE):
            maker_g = self.table.get(m.group(1))
            if maker_g is None or not maker_g.has("Enterprise") or re.search(r"产品|设备和|等", m.group(2)):
                continue
            product_g = self.table.get(m.group(2)) or self.table.add(m.group(2), ("Product",), m.start(2),
                                                                     "Product named in a maker's trade (X是一家生产P的企业)")
            if product_g.has("Product"):
                self.pending_produces.append((maker_g, product_g, m.start(), m.end()))
        # P制造商/生产商/供应商Y (an apposition): Y is a company that makes P
        for m in re.finditer(r"(?:^|(?<=[,。;:、●■◆]))([\u4e00-\u9fff]{2,10}?)(?:制造商|生产商|供应商|研发商)"
                             r"([\u4e00-\u9fff]{2,6}?)(?=营收|营业收入|实现|完成|已|是|在|的|今年|全年|[,。;:、(])", flat):
            name, maker_name = m.group(1), m.group(2)
            if re.search(r"企业|公司|领先|国内|全球|重要|知名|专业|龙头|核心|主要|最大", name + maker_name) \
                    or tokens(name)[0][3].startswith(("v", "d", "p", "r")):
                continue
            maker = self.table.get(maker_name) or self.table.add(maker_name, ("Enterprise",), m.start(2),
                                                                 "company named after its trade (P制造商Y)")
            product = self.table.get(name) or self.table.add(name, ("Product",), m.start(1),
                                                             "Product named in a maker's trade (P制造商Y)")
            if maker.has("Enterprise") and product.has("Product"):
                self.pending_produces.append((maker, product, m.start(), m.end()))
        # <enterprise>(以下简称…)P年产能/产能/产量… and 它的/其P年产能…: P is the enterprise's product
        companies = [e for e in self.table.entities if e.has("Enterprise") and not e.has("Funder")]
        surfaces = sorted({n for e in companies for n in e.names() if len(n) >= 3}, key=len, reverse=True)
        if surfaces:
            owner_rx = "|".join(re.escape(n) for n in surfaces)
            for m in re.finditer(rf"(?:(?:{owner_rx})(?:[((][^()()]{{0,20}}[))])?|(?:^|(?<=[,。;:]))(?:它的|其))"
                                 r"([\u4e00-\u9fff]{2,8}?)(?=年产能|年产量|产能|产量)", flat):
                name = m.group(1)
                toks = tokens(name)
                if re.match(r"的|在|已|全年|年|总|新增|现有|设计|实际|整体|综合|主要|目前|当年|今年|去年", name) \
                        or re.search(r"产品|企业|公司|项目|基地|工厂|车间", name) or toks[0][3].startswith(("v", "d", "p", "t", "m")) \
                        or self.table.get(name) is not None:
                    continue
                product = self.table.add(name, ("Product",), m.start(1), "Product named before its maker's capacity")
                maker_name = flat[m.start():m.start(1)]
                owner: Entity | None = next((e for e in companies if any(maker_name.startswith(n) for n in e.names())), None)
                if owner is None:
                    # 它的/其: the company named last before (within the paragraph's reach)
                    reach = [(flat.rfind(n, max(0, m.start() - 300), m.start()), e) for e in companies for n in e.names()]
                    reach = [x for x in reach if x[0] >= 0]
                    owner = max(reach, key=lambda x: x[0])[1] if reach else None
                if owner is not None:
                    self.pending_produces.append((owner, product, m.start(), m.end()))
        makers = [e for e in self.table.entities if e.has("Enterprise") and e.name.endswith(("有限公司", "集团"))]
        for maker in makers:
            for at in occurrences(flat, maker.name):
                cap = _CAPACITY_PRODUCT_RE.match(flat, at + len(maker.name))
                if cap is None:
                    continue
                name = cap.group(1)
                if not name.endswith(lx.PRODUCT_ENDINGS) or name.startswith(("的", "在", "已", "全年")):
                    continue
                product = self.table.get(name) or self.table.add(name, ("Product",), cap.start(1),
                                                                  "Product named before its maker's capacity")
                if product.has("Product"):
                    self.pending_produces.append((maker, product, at, cap.end()))

    # 现有X企业N家,其中A、B入选…: the names listed after 其中 are companies
    _COUNTED_QIZHONG_RE = re.compile(r"(?:企业|公司)(?:达到?|超过?|近|逾|约)?\d+(?:余|多)?家[,,]其中([\u4e00-\u9fff]{2,6}?)(?=、|和|及)")
    _INCUBATED_NEXT_RE = re.compile(r"(?:、|和|及)([\u4e00-\u9fff]{2,6}?)(?=、|和|及|等|已|获|完成|成功|入选|荣获|于|在|,|,)")
    _INCUBATED2_RE = re.compile(r"(?:由其|经其|其|由[\u4e00-\u9fff]{2,12}?)孵化的([\u4e00-\u9fff]{2,6}?)"
                                r"(?=(?:19|20)\d{2}年|已|获|完成|成功|入选|荣获|于|在|是|,|,)")

    def _incubated_names(self) -> None:
        """Y孵化企业N家,其中X已完成… / 从这里走出的X获… / 由其孵化的X入选…: X is a company
        (named without a legal form)."""
        for m in [*self._INCUBATED_RE.finditer(self.doc.flat), *self._INCUBATED2_RE.finditer(self.doc.flat),
                  *self._COUNTED_QIZHONG_RE.finditer(self.doc.flat)]:
            name = m.group(1)
            if re.match(r"国家|省|市|全|本|该|有|多|部分|超|近|约|高新|专精|科技型|规上|规模|上市|外资|民营|国有"
                        r"|龙头|重点|骨干|独角兽|瞪羚", name) \
                    or name.endswith(("企业", "公司", "单位", "项目")):
                continue  # 其中规上企业…: a kind of company, not a name
            if self.table.get(name) is None:
                self.table.add(name, ("Enterprise",), m.start(1), "company named after 孵化…,其中/从这里走出的")
            at = m.end(1)
            while (nxt := self._INCUBATED_NEXT_RE.match(self.doc.flat, at)) is not None:
                # 其中A、B已登陆…: every listed name is a graduate
                if nxt.group(1).endswith(("企业", "公司", "单位", "项目")):
                    break
                if self.table.get(nxt.group(1)) is None:
                    self.table.add(nxt.group(1), ("Enterprise",), nxt.start(1), "company listed after 孵化…,其中")
                at = nxt.end(1)

    def _brand_like(self, name: str) -> bool:
        """A 2–6 character word that segments like a proper name: unknown characters, no kind or scope word."""
        toks = tokens(name)
        return (2 <= len(name) <= 6 and _NOT_BRAND_RE.search(name) is None
                and any(t[1] - t[0] == 1 for t in toks)
                and toks[0][3][:1] not in {"v", "d", "p", "r", "m", "c", "u", "q", "t", "f"}
                and not any(t[3][:1] in {"u", "p", "c"} for t in toks) and toks[0][2] not in lx.ACTION_VERBS
                and not any(name.startswith(p) or name.endswith(p) for p in lx.PROVINCES if len(p) >= 2)
                and not any(e.name.endswith(name) or name.endswith(e.name) for e in self.table.entities
                            if e.has("Place", "Zone", "Person") and len(e.name) >= 2))

    def _owner_prefixed_projects(self) -> None:
        """``A公司X项目`` with A a known enterprise: the project is X, carried out by A."""
        self.project_owners: list[tuple[Entity, Entity, str]] = []
        # a company's name, or the stem of its legal name (X科技股份有限公司 → X), opening a project's name
        prefixes: list[tuple[str, Entity]] = []
        for e in self.table.entities:
            if e.has("Enterprise") and not e.has("Project"):
                stems = {e.name, _LEGAL_TAIL_RE.sub("", e.name), *(a for a in e.aliases if len(a) >= 4)}
                prefixes.extend((n, e) for n in stems if len(n) >= 3 and (n == e.name or len(n) >= 4))
        prefixes.sort(key=lambda p: -len(p[0]))
        for ent in list(self.table.entities):
            if not ent.has("Project") or ent.has("Enterprise"):
                continue
            hit = next(((n, o) for n, o in prefixes if ent.name.startswith(n) and len(ent.name) - len(n) >= 5), None)
            owner = hit[1] if hit else None
            if owner is None:
                brand = self._brand_opening(ent.name)
                if brand is None or self.table.get(brand) is not None:
                    continue
                # X机器人Y总部项目: an unknown two-character brand and a trade word open the name
                owner = self.table.add(brand, ("Enterprise",), ent.first, "company named before its project (X机器人Y项目)")
            rest = ent.name[len(hit[0] if hit else owner.name):]
            if self.table.get(rest) is not None:
                continue
            full = ent.name
            del self.table.by_name[full]
            ent.name = rest
            self.table.by_name[rest] = ent
            ent.aliases.append(full)
            self.table.by_name[full] = ent
            self.project_owners.append((owner, ent, full))

    _TRADE_WORDS = sorted({*lx.PRODUCT_ENDINGS, *(c for c, _, k in lx.ENTITY_CUES if k == "short")}, key=len, reverse=True)

    def _brand_opening(self, name: str) -> str | None:
        """``宏X机器人智能焊接…项目`` → ``宏X机器人``: two characters no dictionary knows (a brand) and a
        trade word, with a project name of at least four characters after them."""
        if not name.endswith("项目") or re.match(r"年产", name):
            return None
        if not all(len(t[2]) == 1 and t[3] not in ("m", "q", "d", "p", "c", "r", "v", "f") for t in tokens(name[:2])):
            return None
        for word in self._TRADE_WORDS:
            if len(word) >= 2 and name.startswith(word, 2) and len(name) - 4 - len(word) >= 4:
                return name[: 2 + len(word)]
        return None

    def _drop_swallowed(self) -> None:
        """A short-cue name seen only inside longer names (X光电 in X光电生产基地) is no entity."""
        seen = {id(m.entity) for m in self.mentions}
        legal = [e.name for e in self.table.entities if e.name.endswith("有限公司")]
        orgs = [e.name for e in self.table.entities if e.has("Organization")]
        gone = [e for e in self.table.entities if id(e) not in seen
                and (e.review == SHORT_CUE_REVIEW or (e.name.endswith("银行") and e.has("Funder"))
                     or (not e.has("Enterprise") and any(n.startswith(e.name) for n in legal))
                     # X集团 seen only inside X集团有限公司: the legal name's head, not a second company
                     or (e.has("Enterprise") and any(n[len(e.name):] in ("有限公司", "股份有限公司", "有限责任公司")
                                                     and n.startswith(e.name) for n in legal))
                     or (e.has("Organization") and any(n.startswith(e.name) and n != e.name for n in orgs)))]
        for ent in gone:
            self.table.remove(ent)
        if gone:
            self.mentions = find_mentions(self.doc, self.table)

    def _main_zone(self) -> Entity | None:
        counts = Counter(m.entity.name for m in self.mentions if m.entity.has("Zone"))
        if not counts:
            # no zone named: a park that has its own administration (X管委会) or is named in the
            # title and written most often is the article's zone (a science park's year-end report)
            parks = Counter(m.entity.name for m in self.mentions if m.entity.classes == {"Park"})
            title = self.doc.paragraphs[0].text if self.doc.paragraphs else ""
            for name, n in sorted(parks.items(), key=lambda kv: (-kv[1], kv[0]))[:1]:
                ent = self.table.get(name)
                if ent is not None and n >= 3 and any(
                        form + "管委会" in self.doc.flat or form + "管理委员会" in self.doc.flat or form in title
                        for form in ent.names()):
                    ent.classes = {"Zone"}
                    counts[name] = n
        if not counts:
            counts = Counter(m.entity.name for m in self.mentions if m.entity.has("Enterprise", "Park") and not m.entity.has("Funder"))
        if not counts:
            return None
        name = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return self.table.get(name)

    def _anaphora_aliases(self) -> None:
        flat = self.doc.flat
        if self.main_zone is not None and self.main_zone.has("Zone"):
            for word in ("该高新区", "该开发区", "该园区", "该区"):
                if word in flat and self.table.get(word) is None:
                    self.table.alias(self.main_zone, word)
            # 高新区还与…: the bare kind word opening a clause names the article's zone of that kind
            for word in ("高新区", "经开区", "开发区"):
                if self.table.get(word) is None and any(n.endswith(word) for n in self.main_zone.names()) \
                        and re.search(rf"(?:^|[。;;,,!?!?])\s*(?:在|与|和|向|由|从|经|为)?{word}", flat):
                    self.table.alias(self.main_zone, word)
        # 推动电控产业集群…, after 新能源重卡电控产业集群: a shortened cluster name, not another cluster
        clusters = [e for e in self.table.entities if e.has("Cluster") and e.name.endswith("集群")]
        for short in clusters:
            longer = [c for c in clusters if c is not short and c.name.endswith(short.name)]
            # X集群 beside Y X产业集群 (a heading's short form, before or after): 产业 and the place dropped
            dropped = [c for c in clusters if c is not short and not short.name.endswith("产业集群")
                       and c.name.endswith(short.name[:-2] + "产业集群")] if len(short.name) >= 4 else []
            if len(dropped) == 1 and not longer and short.classes == {"Cluster"} and short.name in self.table.by_name:
                self.table.merge(dropped[0], short)
            elif len(longer) == 1 and longer[0].first < short.first and len(short.name) >= 6 \
                    and short.classes == {"Cluster"} and short.name in self.table.by_name:
                self.table.merge(longer[0], short)
        cities = [e for e in self.table.entities if e.has("Place") and e.name.endswith("市")]
        if len(cities) == 1 and "该市" in flat:
            self.table.alias(cities[0], "该市")

    def _copula_aliases(self) -> None:
        """``A是…,也是…的B`` with A and B of one class: B is another name of A."""
        for para in self.doc.paragraphs:
            for sent in para.sentences:
                ms = self.mentions_in(sent.start, sent.end)
                if len(ms) < 2 or ms[0].start != sent.start:
                    continue
                m = re.search(r"[,,]也是[^,,。]*的$", self.doc.flat[sent.start:ms[-1].start])
                a, b = ms[0].entity, ms[-1].entity
                if m and a is not b and a.primary == b.primary and a.has("Park", "Cluster", "Platform"):
                    self.table.merge(a, b)

    def _photos(self) -> None:
        """Caption lines (short, no punctuation, ending in a picture word) become Photo records."""
        for para in self.doc.paragraphs:
            t = para.text
            caption = len(t) <= 30 and not re.search(r"[,,。;;::!?!?]", t) and t.endswith(lx.CAPTION_ENDINGS)
            if caption and self.table.get(t) is None:
                photo = self.table.add(t, ("Photo",), para.start)
                self.photo_of[id(photo)] = para
                self._caption_names(para)

    def _caption_names(self, para: Paragraph) -> None:
        """``<enterprise><product>生产线``: the product is the enterprise's; ``<platform>实验室一角``
        names a room of a platform named earlier, not a platform of its own."""
        t = para.text
        flat = self.doc.flat
        for ent in list(self.table.entities):
            if not ent.has("Platform") or ent.name not in t or flat.find(ent.name) < para.start:
                continue
            base = next((e for e in self.table.entities if e is not ent and e.has("Platform", "Park", "Enterprise")
                         and ent.name.startswith(e.name) and re.fullmatch(r"实验室|车间|展厅|厂房|办公室", ent.name[len(e.name):])
                         and 0 <= flat.find(e.name) < para.start), None)
            if base is not None:
                self.table.remove(ent)
        m = re.fullmatch(r"(.{4,30}?)(?:生产线|生产车间|制造车间|装配线|产线)", t)
        if m is None:
            return
        head = m.group(1)
        cut = next((i for i in range(len(head) - 2, 1, -1) if self.table.get(head[:i]) is not None), 0)
        maker = self.table.get(head[:cut]) if cut else None
        name = head[cut:]
        if maker is None or not maker.has("Enterprise") or not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", name) \
                or not name.endswith(lx.PRODUCT_ENDINGS) or flat.find(maker.name) >= para.start:
            return
        if any(e.has("Product") and e.name.endswith(name) and e.name != name for e in self.table.entities):
            return  # a short form of a product named in the text (超高清X → X)
        product = self.table.get(name)
        if product is None:
            product = self.table.add(name, ("Product",), para.start + cut, "Product named in a picture caption")
        if product.has("Product"):
            self.caption_products.append((maker, product, para))

    # ------------------------------------------------------------------ enumerations

    def _counted_industries(self) -> None:
        """Industries counted by a N大(主导)产业 phrase: listed right before it, or opening the clauses before it."""
        flat = self.doc.flat
        for m in _COUNT_BACKREF_RE.finditer(flat) if "大" in flat else ():
            sent_at = max(flat.rfind(p, 0, m.start()) for p in "。!?!?") + 1
            opened = list(_INDUSTRY_FIG_CLAUSE_RE.finditer(flat, sent_at, m.start()))
            n = lx.COUNT_WORDS.get(m.group(1), 0)
            if len(opened) < n or n < 2:
                continue
            ents: list[Entity] = []
            for om in opened[-n:]:
                name = om.group(1)
                if any(t[3][:1] in {"v", "p", "d", "r", "c", "m"} for t in tokens(name)[:1]) or name in ("主导", "支柱", "新兴"):
                    break
                known = self.table.get(name) or self.table.get(name + "产业")
                if known is None:
                    known = self.table.add(name, ("Industry",), om.start(1))
                if not known.has("Industry"):
                    break

                ents.append(known)
            if len(ents) == n:
                self.enums.append((opened[-n].start(), m.end(), "leading", ents))
        for m in _COUNTED_INDUSTRY_RE.finditer(flat) if "大" in flat else ():
            cm = re.search(r"([两二三四五六七八九十])大", m.group(0))
            n = lx.COUNT_WORDS.get(cm.group(1), 0) if cm else 0
            items = [x.strip() for x in m.group(1).split("、")]
            if len(items) != n:  # A与B is one item of A、B、A与B三大方向
                items = self._split_items(m.group(1), n)
            if len(items) != n or any(not 2 <= len(x) <= 10 or re.search(r"\d|的|企业|园区", x) for x in items):
                continue
            found: list[Entity] = []
            for item in items:
                known = self.table.get(item) or self.table.get(item + "产业")
                if known is None:
                    known = self.table.add(item, ("Industry",), flat.find(item, m.start(1)))
                if known.has("Industry"):
                    found.append(known)
            self.counted_focus.append((m.start(), m.end(), found))
        for m in self._at_sentence_starts(_ONE_LEADING_RE) if "产业" in flat else ():
            name = m.group(1)
            toks = tokens(name)
            if toks[0][3][:1] in {"v", "p", "d", "r", "c", "m", "t"} or re.search(r"园区|全区|我们|这里|企业|该", name):
                continue
            known = self.table.get(name) or self.table.add(name, ("Industry",), m.start(1))
            if known.has("Industry"):
                self.enums.append((m.start(), m.end(), "leading", [known]))

    def _split_items(self, text: str, count: int | None = None) -> list[str]:
        items = [x.strip() for x in re.split(r"[、,]|和|与", text) if x.strip()]
        if count and len(items) < count:
            last = items.pop() if items else ""
            parts = last.split("及")
            items.extend(p for p in parts if p)
        items = [re.sub(r"^(以|围绕|等)", "", x) for x in items]
        # A、B、C等6家企业: C, not C等; A、B等区内N家企业: B, not B等区内
        return [_ITEM_TAIL_RE.sub("", x) for x in items if len(x) >= 2]

    def _item_class(self, item: str, head: str) -> str:
        if any(item == m or (item.endswith(m) and len(item) <= len(m) + 1) for m in lx.MATERIALS):
            return "Material"
        if head == "技术" and item.endswith(lx.PRODUCT_ENDINGS):
            return "Product"
        return lx.ENUM_HEADS.get(head, "Industry")

    def _enum_entities(self, items: list[str], head: str, offset: int, trusted: tuple[str, ...], why: str) -> list[Entity]:
        """Entities for the items of an enumeration; new ones outside ``trusted`` classes get a review reason."""
        ents: list[Entity] = []
        for item in items:
            if self.table.get(item) is not None:
                ents.append(self.table.by_name[item])
                continue
            if re.search(r"\d", item) or len(item) > 16:
                continue
            cls = self._item_class(item, head)
            review = None if cls in trusted else f"{cls} {why}"
            ents.append(self.table.add(item, (cls,), self.doc.flat.find(item, offset), review))
        return ents

    def _at_sentence_starts(self, rx: re.Pattern[str]) -> list[re.Match[str]]:
        """Matches of ``rx`` that open a sentence (offsets into the flat text)."""
        found = []
        for para in self.doc.paragraphs:
            for sent in para.sentences:
                at = sent.start
                while at < sent.end and self.doc.flat[at] in " \u3000“":
                    at += 1
                m = rx.match(self.doc.flat, at, sent.end)
                if m is not None:
                    found.append(m)
        return found

    def _strip_opening_subject(self, item: str) -> str:
        """``X高新区了解到A`` (a list's first item that carries the clause's subject and verb) → ``A``."""
        known = [n for n in self.table.by_name if item.startswith(n) and len(item) > len(n)
                 and self.table.by_name[n].has("Zone", "Enterprise", "Park", "Platform", "Organization")]
        if not known:
            return item
        rest = item[len(max(known, key=len)):]
        toks = tokens(rest)
        i = 0
        while i < len(toks) and (toks[i][3].startswith("v") or toks[i][3] in {"p", "d", "t", "ul", "uj", "u", "c"}):
            i += 1
        return rest[toks[i][0]:] if 0 < i < len(toks) else item

    _OPENING_VERBS = lx.ACTION_VERBS | lx.BOUNDARY_WORDS | {"带动", "支持", "鼓励", "吸引", "招引", "服务", "扶持", "帮助"}

    def _strip_opening_verb(self, item: str) -> str:
        """``推动A`` (a list's first item carrying the clause's verb, 推动A、B等龙头企业…) → ``A``."""
        pm = _ITEM_PREP_RE.match(item)
        if pm is not None:
            item = item[pm.end():]  # 控制系统在A、B等企业应用: the list starts after the preposition
        toks = tokens(item)
        i = 0
        while i < len(toks) and (toks[i][3] in {"d", "p", "c", "f", "m", "t"}
                                 or (toks[i][2] in self._OPENING_VERBS and toks[i][3].startswith("v"))):
            i += 1
        if 0 < i < len(toks) and any(t[3].startswith("v") for t in toks[:i]) and len(item) - toks[i][0] >= 2:
            return item[toks[i][0]:]
        return item

    def _enumerations(self) -> None:
        flat = self.doc.flat
        self.enums: list[tuple[int, int, str, list[Entity]]] = []  # (start, end, head, items)
        self.local_lists: list[tuple[int, int, list[Entity]]] = []
        for m in _ENUM_RE.finditer(flat):
            head = m.group(2)
            body = m.group(1)
            if re.search(r"上下游|上游|下游|产业链|配套", flat[m.end(1):m.end()]):
                continue  # A、B等上下游企业: chain segments, not companies
            if head in ("方向", "领域") and re.match(r"(?:进行|开展)(?:技术开发|技术研发|研发|技术攻关|攻关|联合攻关)", flat[m.end():]):
                continue  # 围绕A、B等方向开展技术攻关: technologies (below), not industries
            body = re.sub(r"^(和培育了?|出了?|了)", "", body)
            body = re.sub(r"^[^、]*?(?:孵化|培育|引进|以|围绕|聚焦|发展|包括|涵盖|拥有|集聚|汇聚)(?:出了?|了)?", "", body) \
                if "、" in body else body
            # A、B先后与C共建D、E等平台: the enumeration is what follows the last action verb
            body = re.split(r"(?:共建|建设|成立|设立|组建|打造|建成|培育|孵化|落地|拥有|形成|引进)(?:出了?|了)?", body)[-1]
            items = self._split_items(body)
            if items:
                items[0] = self._strip_opening_verb(self._strip_opening_subject(items[0]))
                if len(items[0]) >= 4 and items[0][0] in "为向给对":
                    items[0] = items[0][1:]  # 为A、B等企业配套: the preposition opens no item
            ents = self._enum_entities(items, head, m.start(1), ("Enterprise", "Material"),
                                       f"from an enumeration ending in 等{head}")
            self.enums.append((m.start(), m.end(), head, ents))
        # A、B两家企业: the items are companies
        for m in _COUNTED_RE.finditer(flat):
            body = re.split(r"(?:引进|招引|引入|培育|拥有|集聚|汇聚|落地|包括|孵化)(?:了|出)?", m.group(1))[-1]
            items = self._split_items(body)
            if items:
                items[0] = self._strip_opening_verb(items[0])
            if any(x.startswith(("由", "经", "在")) or x.endswith(("牵头", "联合", "带动", "参与", "组织", "携手"))
                   or x in lx.ACTION_VERBS for x in items):
                continue  # 由A牵头、联合21家企业…: a frame of verbs, not a list of companies
            if items and all(2 <= len(x) <= 12 for x in items):
                ents = self._enum_entities(items, m.group(2), m.start(1), ("Enterprise",), "from 'A、B两家企业'")
                self.enums.append((m.start(), m.end(), m.group(2), ents))
                if _LOCAL_LIST_RE.search(m.group(0)):
                    self.local_lists.append((m.start(), m.end(), ents))  # A、B等区内N家企业: the companies lie in the zone
        for rx, head in ((_FOCUS_RE, "产业"), (_SUPPORT_RE, "产品"), (_APPLICATION_RE, "领域"), (_TECH_RE, "技术")):
            for m in rx.finditer(flat):
                if rx is _SUPPORT_RE and re.match(r"的(?:现代化?)?(?:产业体系|产业格局|产业结构)", flat[m.end():]):
                    # 以X为主导、A和B为支撑的产业体系: A and B are industries
                    body = re.sub(r"^.*?为主导[、,,]?", "", m.group(1))
                    for item in self._split_items(body):
                        if self.table.get(item) is None and 2 <= len(item) <= 12 and not re.search(r"\d", item):
                            self.table.add(item, ("Industry",), flat.find(item, m.start(1)))
                    continue
                body = next(g for g in m.groups() if g is not None)
                items = self._split_items(re.sub(r"等(领域|行业)?$", "", body))
                ents = self._enum_entities(items, head, m.start(1), ("Material",), f"from the pattern {rx.pattern[:12]}…")
                self.enums.append((m.start(), m.end(), head + ":" + rx.pattern[:3], ents))
        # products named right after a physical figure: 3.5微米超薄高强铜箔…
        for para in self.doc.paragraphs:
            for sent in para.sentences:
                for seg in sent.segments:
                    for clause in seg.clauses:
                        for fig in find_figures(clause.text):
                            if fig.unit not in ("微米", "米", "万米", "吨", "万吨", "平方米"):
                                continue
                            rest = re.split(r"[和、,,。;;的]", clause.text[fig.end:])[0]
                            made = _MADE_IN_RE.match(rest)
                            if made and not re.search(r"[\d]", made.group(1)) and self.table.get(made.group(1)) is None \
                                    and not any(made.group(1).startswith(v) for v in lx.ACTION_VERBS):
                                # 年产N吨X生产线 / 年产N吨X项目: X is what the line or project makes
                                self.table.add(made.group(1), ("Product",), clause.start + fig.end,
                                               "product named after a capacity, before 生产线/项目")
                                continue
                            phrase = ""
                            for _, _, word, pos in tokens(rest):
                                if pos.startswith("v") and phrase:
                                    break
                                phrase += word
                            ends = [phrase.rfind(e) + len(e) for e in lx.PRODUCT_ENDINGS if phrase.rfind(e) >= 0]
                            if not ends:
                                continue
                            name = phrase[: max(ends)]
                            if phrase[len(name):].startswith(("项目", "产业", "基地")) or not 3 <= len(name) <= 16:
                                continue
                            if self.table.get(name) is None:
                                self.table.add(name, ("Product",), clause.start + fig.end,
                                               "product named after a figure")
        self.directory: list[tuple[int, int, Entity, list[Entity]]] = []
        for para in self.doc.paragraphs:
            dm = _DIRECTORY_ITEM_RE.match(para.text) if ":" in para.text[:40] else None
            if dm is None:
                continue
            maker = self.table.get(dm.group(1).strip())
            if maker is None or not maker.has("Enterprise") or maker.has("Funder"):
                continue
            body = re.sub(r"等[^、和及与]{0,10}$", "", dm.group(3))
            listed: list[Entity] = []
            for item in [x for x in re.split(r"[、和及与]", body) if x]:
                if not 2 <= len(item) <= 16 or re.search(r"\d|的|企业|产品$|业务", item):
                    continue
                tech = dm.group(2).startswith(("专注", "主攻")) and item.endswith(_TECH_ENDINGS)
                cls = "Technology" if tech else "Product"
                known = self.table.get(item)
                if known is None:
                    known = self.table.add(item, (cls,), para.start + dm.start(3) + dm.group(3).find(item),
                                           f"{cls} from a company directory (X:生产P)")
                elif tech and known.classes == {"Product"}:
                    known.classes = {"Technology"}
                if known.has(cls):
                    listed.append(known)
            if listed:
                self.directory.append((para.start, para.start + dm.end(), maker, listed))
        self.counted_focus: list[tuple[int, int, list[Entity]]] = []
        self._counted_industries()
        self.dash_chains: list[tuple[int, int, Entity | None, list[Entity]]] = []
        for m in _DASH_CHAIN_RE.finditer(flat) if "产业链" in flat else ():
            links = [x.strip() for x in _DASH_SPLIT_RE.split(m.group(1))]
            if any(not 2 <= len(x) <= 12 or re.search(r"\d|的", x) for x in links):
                continue
            segs: list[Entity] = []
            for x in links:
                known = self.table.get(x)
                if known is None:
                    known = self.table.add(x, ("IndustryChainSegment",), flat.find(x, m.start(1)))
                if not known.has("Person", "Place", "Zone", "Enterprise"):
                    segs.append(known)
            chain_name = m.group(2)
            chain = self.table.get(chain_name) if len(chain_name) >= 5 else None
            if chain is None and len(chain_name) >= 5 and not re.search(r"完整|全|条|的|整体|现代", chain_name):
                chain = self.table.add(chain_name, ("Cluster",), m.start(2))
            self.dash_chains.append((m.start(), m.end(), chain, segs))
        for rx, head in ((_LEADING2_RE, "leading"), (_LEADING3_RE, "leading"), (_LEADING5_RE, "leading"),
                         (_LEADING6_RE, "leading"), (_LEADING7_RE, "leading"), (_LEADING8_RE, "leading"), (_CHAIN_RE, "chain"),
                         (_PRODUCT_RE, "produces"), (_SPECIALTY_RE, "produces"), (_OWN_PRODUCT_RE, "own"),
                         (_SOLD_RE, "own"), (_TECH2_RE, "devtech"), (_CHAIN_SPAN_RE, "chain"), (_PARK_FOCUS_RE, "focus")):
            for m in (rx.finditer(flat) if rx is not _LEADING6_RE else self._at_sentence_starts(rx)):
                g = next(i for i in range(1, (rx.groups or 1) + 1) if m.group(i) is not None)
                body = re.sub(r"^(?:了|等|为|在)", "", m.group(g))
                if head == "leading":
                    body = re.sub(r"(?:为|是|等)$", "", body)  # 以A、B为两大主导产业
                    body = re.sub(r"^(?:园区|全区|该区|我区|高新区|经开区|开发区)?(?:以|把|将)", "", body)  # 园区以A、B为…
                cm = re.search(r"([两二三四五六七八九十])大", m.group(0)) if head == "leading" else None
                count = lx.COUNT_WORDS.get(cm.group(1)) if cm else None
                items = self._split_items(body, count) if head != "devtech" else [body]
                if rx is _LEADING8_RE and (not items or any(t[3][:1] in {"v", "p", "d", "r", "c", "s"} or t[2] in {"全区", "园区", "全市"}
                                                            for t in tokens(items[0]))):
                    continue  # the verbless list only: a first item carrying a verb or subject is another frame's
                if head == "devtech" and re.search(r"等(?:关键|核心|共性|前沿|重大|多项)?(?:技术|工艺)$", body):
                    items = self._split_items(body[: body.rindex("等")])  # 攻克A、B等关键技术: A and B
                if rx is _CHAIN_SPAN_RE:
                    items = [*self._split_items(body), *self._split_items(m.group(2))]
                if rx is _SOLD_RE and (not 3 <= len(body) <= 12 or re.search(r"产品|业务|服务|技术|的", body)):
                    continue
                if rx is _SPECIALTY_RE:
                    body = re.sub(r"^(?:研发|生产|制造|于)", "", body).split("的")[0]
                    if re.search(r"为|提供|服务|打造|推动|发展|建设|做好|解决|帮助", body):
                        continue  # 专注于为企业提供服务: an activity, not a product
                    if body.endswith(("技术", "工艺")) and len(body) >= 5 and self.table.get(body) is None:
                        # 主攻/专注于X技术: the company's technology
                        focus_tech = self.table.add(body, ("Technology",), flat.find(body, m.start(g)),
                                                    "Technology from 主攻/专注于X技术")
                        self.enums.append((m.start(), m.end(), "devtech", [focus_tech]))
                        continue
                    if body.endswith(("技术", "工艺", "攻关", "方向", "研发", "创新")) or body in ("工业", "产业", "主业", "实业") \
                            or len(body) < 3:
                        continue
                    items = [body]
                cls = {"leading": "Industry", "chain": "IndustryChainSegment", "produces": "Product",
                       "own": "Product", "devtech": "Technology", "focus": "Industry"}[head]
                if head == "focus":
                    before_focus = [e for n, e in self.table.by_name.items() if flat.endswith(n, 0, m.start())]
                    # …or the sentence opens with one (X研究院由…组建,聚焦A和B两大领域)
                    sent_at = max(flat.rfind(p, 0, m.start()) for p in "。;;!?") + 1
                    while sent_at < m.start() and flat[sent_at] in " “●■◆":
                        sent_at += 1
                    opening_f = max((n for n in self.table.by_name if flat.startswith(n, sent_at)), key=len, default=None)
                    if opening_f is not None and self.table.by_name[opening_f].has("Park", "Cluster", "Platform"):
                        before_focus.append(self.table.by_name[opening_f])
                    if not any(e.has("Park", "Cluster", "Platform") for e in before_focus) and \
                            not re.search(r"(?:^|[。;;])[^。;;]{0,30}?(?:产业园|科学城|科技城|园区|集群|平台)[^,,。;;]{0,20}$",
                                          flat[max(0, m.start() - 60):m.start()]):
                        continue  # only a park, cluster or platform's focus (a zone's is its leading industries)
                ents = []
                for item in items:
                    item = re.sub(r"(?:等|产品)$", "", item).strip()
                    use = re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)(?:专用|用)([\u4e00-\u9fff]{3,12})", item) \
                        if head == "produces" else None
                    if use is not None and self.table.get(item) is None and self.table.get(use.group(2)) is None:
                        # 风电叶片用X: the product is X (the use, kept as an alias, names its field)
                        made_for = self.table.add(use.group(2), ("Product",), flat.find(item, m.start(g)) + len(item)
                                                  - len(use.group(2)), f"Product from a {head} pattern")
                        self.table.alias(made_for, item)
                        item = use.group(2)
                    if len(item) < 2 or len(item) > 16 or re.search(r"\d(?![\d.]*(?:英寸|纳米|微米|寸))", item):
                        continue
                    known = self.table.get(item)
                    if known is not None and known.review == SHORT_CUE_REVIEW \
                            and known.name == item and known.classes == {"Enterprise"}:
                        # 驱动芯片, 精细化工 in a list of industries or chain segments: no brand name
                        known.classes = {cls}
                        known.review = None
                    if known is not None and not known.has("Person", "Place", "Zone"):
                        ents.append(known)
                        continue
                    ents.append(self.table.add(item, (cls,), flat.find(item, m.start(g)),
                                               None if head in ("leading", "chain", "focus") else f"{cls} from a {head} pattern"))
                if ents:
                    self.enums.append((m.start(), m.end(), head, ents))
        # 完成(了)首款X的研发: X is a product the company developed
        for m in re.finditer(r"完成了?(首款|首台|首套|首个)?([\u4e00-\u9fff]{3,14}?)的(?:研发|研制|开发)", flat):
            name = m.group(2)
            if not (m.group(1) or name.endswith(lx.PRODUCT_ENDINGS)) or re.search(r"产品|技术|项目|工作|任务", name):
                continue
            made_d = self.table.get(name) or self.table.add(name, ("Product",), m.start(2), "Product from 完成首款X的研发")
            if made_d.has("Product"):
                self.enums.append((m.start(), m.end(), "first-made", [made_d]))
        # 其“X技术”获… / 核心技术X,来自A与B的联合攻关: X is a technology
        for m in re.finditer(r"“([\u4e00-\u9fff]{3,18}(?:技术|工艺))”|(?:核心|关键)(?:技术|工艺)(?:是|为)?"
                             r"([\u4e00-\u9fff]{3,14}?(?:技术|工艺))(?=[,,。;;]|$)", flat):
            name = m.group(1) or m.group(2)
            if self.table.get(name) is None and not re.match(r"关键|核心|共性|前沿|先进|新|相关", name):
                named_tech = self.table.add(name, ("Technology",), m.start(1) if m.group(1) else m.start(2),
                                            "Technology named in quotes or as a core technology")
                self.enums.append((m.start(), m.end(), "tech-named", [named_tech]))
        # A研制的X获得…, 公司研发的X已实现量产: X (a word ending in a product head) is A's product
        for m in _MADE_RE.finditer(flat):
            name = m.group(1)
            tech = name.endswith(("技术", "工艺")) and len(name) >= 6
            known_m = self.table.get(name)
            if known_m is not None and known_m.review == SHORT_CUE_REVIEW and known_m.name == name \
                    and known_m.classes == {"Enterprise"} and name.endswith(lx.PRODUCT_ENDINGS):
                self.table.remove(known_m)  # A研发的功率芯片: a product, not a brand guessed from 芯片
            if not (name.endswith(lx.PRODUCT_ENDINGS) or tech) or self.table.get(name) is not None or len(name) < 3:
                continue
            cls = "Technology" if tech else "Product"
            ent = self.table.add(name, (cls,), m.start(1), f"{cls} from the pattern A研发/研制/生产的X")
            self.enums.append((m.start(1) - 3, m.end(), "made", [ent]))
        for m in _INDUSTRY_FIGURE_RE.finditer(flat):
            name = m.group(1)
            for opener in sorted(lx.SKIPPABLE_OPENERS, key=len, reverse=True):
                if name.startswith(opener):
                    name = name[len(opener):]
                    break
            name = re.sub(r"^(?:该区|全区|园区|该市|全市|全县|全省|全年|今年|去年|上半年|前三季度)", "", name)
            zone = next((z.name for z in self.table.entities if z.has("Zone") and name.startswith(z.name)), None)
            name = name[len(zone):] if zone else name  # <zone>X产业产值…: the industry is X产业
            if len(name) < 4 or name.startswith(("主导", "高新技术", "战略性")):
                continue
            known = self.table.get(name)
            if known is None and not any(re.sub(r"(产业)?(集群|集聚区)$", "", e.name) == name[:-2]
                                         for e in self.table.entities if e.has("Cluster")):
                self.table.add(name, ("Industry",), m.start(1) + len(m.group(1)) - len(name))
        for m in _CHAIN2_RE.finditer(flat):
            # 形成A、B等核心配套,C、D等关键系统配套,E等较为完整的产业链 → chain segments
            body = re.sub(r"等[^、,]{0,6}?配套", "", m.group(1))
            segs = []
            for item in re.split(r"[、,]", body):
                item = item.strip("“”\"' ")
                if 2 <= len(item) <= 12 and not re.search(r"\d", item):
                    known = self.table.get(item)
                    segs.append(known if known is not None and not known.has("Person", "Place", "Zone")
                                else self.table.add(item, ("IndustryChainSegment",), flat.find(item, m.start(1))))
            if len(segs) >= 2:
                self.enums.append((m.start(), m.end(), "chain", segs))
        for m in _LEADING_RE.finditer(flat):
            count = {"两": 2, "二": 2}.get(m.group(1)) or lx.COUNT_WORDS.get(m.group(1))
            items = self._split_items(m.group(2), count)
            ents = [self.table.add(item, ("Industry",), flat.find(item, m.start(2))) for item in items]
            self.enums.append((m.start(), m.end(), "leading", ents))

    # ------------------------------------------------------------------ paragraphs

    def _period(self, para: Paragraph, sent: Sentence, clause: Clause) -> tuple[int | None, str | None]:
        year = None
        # the year the clause is in (else the last one before it, else the sentence's first); a
        # founding or starting year (2023年成立以来, 2019年落户) is no period of a figure
        years = [ym for ym in _YEAR_RE.finditer(sent.text) if not _NOT_PERIOD_AFTER_YEAR_RE.match(sent.text, ym.end())
                 and not _PLANNED_YEAR_RE.search(sent.text[max(0, ym.start() - 4):ym.start()])]
        rel = clause.start - sent.start
        inside = [ym for ym in years if rel <= ym.start() < rel + len(clause.text)]
        before = [ym for ym in years if ym.start() < rel]
        chosen = inside[0] if inside else before[-1] if before else years[0] if years else None
        if chosen is not None:
            year = int(chosen.group(1))
        elif _YEAR_RE.search(sent.text):
            pass  # only a founding year: no period
        elif para.sentences and _YEAR_RE.match(para.text):
            year = int(_YEAR_RE.match(para.text).group(1))  # type: ignore[union-attr]
        elif _REPORT_PERIOD_RE.search(sent.text[: rel + len(clause.text)]):
            # 全年…, 1—9月…, 截至三季度末… (in the clause or before it in the sentence): the year the report
            # covers, its title's
            year = self._title_year()
        pz = _PERIOD_ZH_RE.search(clause.text) or _PERIOD_ZH_RE.search(sent.text)
        period_zh = pz.group(0) if pz and not re.fullmatch(r"\d{4}年", pz.group(0)) else None
        if period_zh is None:
            # 全年, 年内, 1—9月, 截至三季度末: as written, in the clause or before it in the sentence (比上半年…
            # is a comparison's base, no period)
            head = sent.text[: rel + len(clause.text)]
            words = [w for w in _PERIOD_WORD_RE.finditer(head) if head[max(0, w.start() - 1):w.start()] not in ("比", "较", "于")]
            period_zh = words[-1].group(0) if words else None
        return year, period_zh

    def _title_year(self) -> int | None:
        """The year a report covers as its title names it (X高新区2025年…, …2025年前三季度经济运行简报);
        a lead's year is not enough (a feature's 全年 may be any year the story tells)."""
        if self._report_year is not None:
            return self._report_year or None
        title = self.doc.paragraphs[0].text if self.doc.paragraphs else ""
        m = _YEAR_RE.search(title) or _TITLE_END_YEAR_RE.search(title)  # 数读X高新区2025: a year closing the title
        self._report_year = int(m.group(1)) if m else 0
        return self._report_year or None

    def _made_by_first(self, first: Mention, rest: list[Mention]) -> Mention | None:
        """"A<verb…>的B…" opening a clause: B, not A, is what the clause is about (A实施的B项目总投资…,
        A孵化的B获…, <place>的B…, A(的)全资子公司B…)."""
        for nxt in rest:
            between = self.doc.flat[first.end:nxt.start]
            if first.entity.has("Place") and not first.entity.has(*_SUBJECT_CLASSES) and between == "的" \
                    and nxt.entity.has(*_SUBJECT_CLASSES):
                return nxt  # (位于/来自)<place>的B…: B is the subject
            if first.entity.has("Enterprise") and nxt.entity.has("Enterprise", "Platform") and _OWNED_BETWEEN_RE.fullmatch(between):
                return nxt  # A(的)(全资)子公司B…, A下属企业B…: B is the subject
            between = _PAREN_ALIAS_RE.sub("", between)  # A(以下简称“A'”)实施的B: the alias is no part of the verb phrase
            if between.endswith("的") and 1 < len(between) <= 14 and not re.search(r"[,;:。\d]", between) \
                    and nxt.entity.has(*_SUBJECT_CLASSES) and (not re.search(r"(?:主导|重点|打造|建设)的$", between)
                                                               or _INVESTED_BUILT_RE.search(between)):
                return nxt
        return None

    def _clause_subject(self, clause: Clause) -> Mention | None:
        text = clause.text
        if _CIRCUMSTANCE_RE.match(text) and not find_figures(text):
            return None  # 随着A项目投产,园区…N / 在A的带动下,…: a circumstance names no subject
        if _TARGET_CLAUSE_RE.match(text) and not find_figures(text):
            return None  # 对新落户的X项目,按…给予补助N: the beneficiary of a measure, not the clause's subject
        ms = self.mentions_in(clause.start, clause.end)
        anaphor = self._head_anaphor(clause)
        if ms and ms[0].entity.has("Enterprise") and _ROLE_HEAD_RE.match(
                _TIME_OPENER_RE.sub("", re.sub(r"^(?:其中|同时|此外|如今|当前)", "", text[: ms[0].start - clause.start].lstrip()))):
            if len(ms) > 1 and self.doc.flat[ms[0].end:ms[1].start] == "的" and ms[1].entity.has("Project", "Platform", "Park"):
                return ms[1]  # 链主企业A的B项目二期建成投产: B is what the clause is about
            return ms[0]  # 集群龙头X…, 集团子公司X…
        if anaphor is not None:
            return anaphor
        if not ms:
            return None
        if ms[0].entity.has("Project") and re.match(r"(?:\d+|[两二三四五六七八九十百]+)余?(?:个|项)", text[ms[0].end - clause.start:]):
            return None  # 签约项目23个: projects counted, not a project's own figure
        if re.match(r"(?:[、和与及][^,;。]{1,30}?)?等[^,;。]{0,8}?(?:\d+|[两二三四五六七八九十百]+)余?(?:家|个|名|项|人|位)",
                    text[ms[0].end - clause.start:]):
            return None  # A、B等N家企业…, A等龙头企业N家: A is an example of the counted, not the subject
        category = _TIME_OPENER_RE.sub("", _YEAR_RE.sub("", text[: ms[0].start - clause.start]).lstrip(" ,"))
        if ms[0].entity.has("Enterprise") and _CATEGORY_APPOSITION_RE.match(category) \
                and not tokens(category)[0][3].startswith("v"):
            # 高新技术企业X…, 园区“小巨人”企业X…: a category noun in apposition to the name (成立…公司X: not);
            # 外资企业X投资建设的B…: still B
            return self._made_by_first(ms[0], ms[1:]) or ms[0]
        if len(ms) > 1 and ms[0].entity.has("Product", "Industry") and ms[1].entity.has("Enterprise") \
                and _CATEGORY_APPOSITION_RE.match(category + self.doc.flat[ms[0].start:ms[1].start]):
            return ms[1]  # <product>制造商X营收N: the product names the maker's kind, X is the subject
        if ms[0].entity.has("Platform", "Park") and _PLATFORM_CATEGORY_RE.fullmatch(category) \
                and not tokens(category)[0][3].startswith("v"):
            return ms[0]  # 园区孵化器X在孵企业N: the kind of body in apposition to its name
        first = ms[0]
        # a clause that is one noun phrase "…的B," (由A牵头建设的B,…): its head B is the topic
        last = ms[-1]
        if last.entity.has(*_SUBJECT_CLASSES) and self.doc.flat[last.start - 1:last.start] == "的" \
                and not re.sub(r"[,;:\s]+$", "", text[last.end - clause.start:]) \
                and not re.search(r"[\d,;]", text[: last.start - clause.start]):
            return last
        # "A<verb…>的B…": B is what the clause is about (A实施的B项目总投资…, A孵化的B获…)
        if len(ms) >= 2 and ms[0].start - clause.start <= 6:
            nxt = ms[1]
            if first.entity.has("Enterprise") and nxt.entity.has("Project", "Park") and not nxt.entity.has("Enterprise") \
                    and re.fullmatch(r"(?:[(][^()]{0,24}[)])?的?", self.doc.flat[first.end:nxt.start]) \
                    and re.match(r"(?:已经?|正在?|将|于|全面|建成|投产|开工|竣工|满负荷)", self.doc.flat[nxt.end:]):
                return nxt  # A(简称…)B基地已于11月投产,年产能N: the plant B is what the clause is about
            made = self._made_by_first(first, ms[1:])
            if made is not None:
                return made
        first = ms[0]
        head = text[: first.start - clause.start]
        head = _YEAR_RE.sub("", head)
        head = re.sub(r"(年初|年底|年末|上半年|下半年)", "", head)
        for opener in sorted(lx.SKIPPABLE_OPENERS, key=len, reverse=True):
            head = head.replace(opener, "")
        head = head.strip(" “”\"")
        # 我们的X…, 我区X…: a first person (the zone speaking) before the name is no part of the subject
        head = re.sub(r"^(?:我们|我区|我园|我市|本区|本园)(?:的)?(?=$|由)", "", head)
        if _MODIFIER_HEAD_RE.fullmatch(head) and first.entity.has("Park", "Cluster", "Platform", "Project") \
                and not first.entity.has("Enterprise", "Product") \
                and not re.match(r"[的、和与及]", self.doc.flat[first.end:first.end + 1]):
            return first  # 规划面积N亩的B已入驻企业M家, 全区着力打造的B集群实现产值N: B is the topic
        if head.endswith("的") and len(head) <= 16 and not re.search(r"[\d,;:]", head) and first.entity.has("Enterprise") \
                and not re.search(r"(?:主导|重点|打造|建设|生产|研发)的$", head):
            return first  # 高新区内的X…, 园区引进的X…
        if head.endswith("的") and len(head) <= 8 and not re.search(r"[\d,;:]", head) \
                and first.entity.has("Project", "Platform", "Park") and not first.entity.has("Product") \
                and re.search(r"(?:签约|引进|落地|开工|新建|在建|投产|建成|落户|获批)的$", head):
            return first  # 签约的X项目由A投资建设,总投资N: the project is the topic
        if first.entity.has("Cluster", "Park") and not first.entity.has("Enterprise"):
            head = _SCOPE_DETERMINER_RE.sub("", head)  # 全区X产业集群集聚企业N家: the scope word points at the cluster
        if head == "由" and re.match(r"[^,,;;。]{0,8}?的", text[first.end - clause.start:]):
            head = ""  # 由A投资建设的B…: A is the agent named first (由A领投…: not a subject)
        if head in ("", "在") and first.entity.has(*_SUBJECT_CLASSES):
            if head == "在" and not text[first.end - clause.start:].startswith(("的", ",")):
                return None
            return first
        return None

    _HEADS = ("研究院", "实验室", "中心", "项目", "基地", "集团", "联盟", "产业园", "集群", "园内", "集群内", "公司",
              "孵化器", "加速器", "众创空间", "科学城", "科技城", "软件园", "团队")

    def _head_anaphor(self, clause: Clause) -> Mention | None:
        """A clause opened by a bare head noun (研究院现有…, 项目占地…, 基地负责人…, 集团将…)
        is about the last entity named with that head."""
        text = _YEAR_RE.sub("", clause.text).lstrip()
        for opener in sorted(lx.SKIPPABLE_OPENERS, key=len, reverse=True):
            if text.startswith(opener):
                text = text[len(opener):]
        text = _TIME_OPENER_RE.sub("", text)
        if _PHASE_OPENER_RE.match(text) and not self.mentions_in(clause.start, clause.start + len(clause.text) - len(text) + 4):
            # X项目分两期建设,一期N吨已投产,二期…: a phase opening the clause is the project's last named
            before = [m for m in self.mentions_in(max(0, clause.start - 300), clause.start)
                      if m.entity.has("Project", "Funder") and not m.entity.has("Enterprise")]
            if before and before[-1].entity.has("Project") and not before[-1].entity.has("Funder"):
                return before[-1]  # (a fund's 首期规模 is the fund's: the fund is named last)
        demo = re.match(r"(?:该|这个|这家|这一|此)(?=园区|园|平台|中心|项目|基地|联盟|集群|研究院|实验室)", text)
        heads: tuple[str, ...] = self._HEADS
        if demo:
            # 该园/该中心/该项目…: a demonstrative before a head noun points back like the bare head
            text = text[demo.end():]
            heads = (*self._HEADS, "园区", "园", "平台", "实验室")
        for head in sorted(heads, key=len, reverse=True):
            if not text.startswith(head):
                continue
            if self.mentions_in(clause.start, clause.start + len(clause.text)) and \
                    self.mentions_in(clause.start, clause.end)[0].start - clause.start <= len(clause.text) - len(text):
                return None
            bare = head.removesuffix("内")
            bare = "产业园" if bare in ("园", "园区") else bare
            bare = "创新平台" if bare == "平台" else bare
            prior = [m for m in self.mentions if m.end <= clause.start and m.start >= clause.start - 600
                     and (m.entity.name.endswith(bare) or (bare == "产业园" and m.entity.has("Park"))
                          or (bare == "创新平台" and m.entity.has("Platform"))
                          or (bare == "公司" and m.entity.has("Enterprise") and not m.entity.has("Funder")))
                     and not m.entity.has("Photo")]
            if head == "园内":
                prior = [m for m in self.mentions if m.end <= clause.start and m.start >= clause.start - 600
                         and m.entity.has("Park")]
            if bare in ("集团", "公司"):
                # X集团Y生产基地…, 集团子公司Z: the group opens the base's name
                for m in self.mentions:
                    if not (clause.start - 600 <= m.start and m.end <= clause.start) or m.entity.name.endswith(bare):
                        continue
                    owner = self.table.get(m.entity.name[: m.entity.name.find(bare) + len(bare)]) if bare in m.entity.name else None
                    if owner is not None and owner.has("Enterprise") and m.entity.name.endswith("基地"):
                        prior = [x for x in prior if x.start > m.start]
                        prior.insert(0, Mention(m.start, m.start + len(owner.name), owner, owner.name))
            if not prior and bare == "项目":
                # 在区内设立X研发中心,项目总投资N: the project is the body the clause before sets up
                _, sent, _, _ = self.doc.clause_at(clause.start)
                set_up = [m for m in self.mentions_in(sent.start, clause.start)
                          if m.entity.has("Platform", "Park", "Project") and not m.entity.has("Enterprise")
                          and _SET_UP_BEFORE_RE.search(self.doc.flat[max(sent.start, m.start - 6):m.start])]
                return set_up[-1] if set_up else None
            return prior[-1] if prior else None
        return self._short_form(clause, text)

    def _short_form(self, clause: Clause, text: str) -> Mention | None:
        """A clause opened by the tail of a body's name (中试基地… after Y中试基地, 孵化园…
        after X科创孵化园) is about that body."""
        ms = self.mentions_in(clause.start, clause.end)
        if ms and ms[0].start - clause.start <= len(clause.text) - len(text):
            return None
        best: Mention | None = None
        size = 0
        for m in self.mentions_in(max(0, clause.start - 600), clause.start):
            if not m.entity.has("Platform", "Park", "Alliance", "Project", "Cluster") or m.entity.has("Photo"):
                continue
            name = m.entity.name
            if len(text) < 3 or text[:3] not in name[2:]:
                continue
            for n in range(len(name) - 2, 2, -1):
                if text.startswith(name[-n:]) and n >= size and not re.match(r"[的与和、]", text[n:n + 1]):
                    best, size = m, n
                    break
        return best

    def _heading(self, para: Paragraph) -> bool:
        """A section heading: a short line after the byline without a sentence's end (【产业】, X:从…到…)."""
        # (a line ending on ; or , is an item of a list that runs on: ——A公司:生产B,年产能N;)
        return para.start >= self.byline_start and len(para.text) <= 40 \
            and not re.search(r"[。!?!?”\"…);;,,]$", para.text.rstrip())

    def _paragraph(self, para: Paragraph) -> None:
        speaker = [m.entity for m in self.mentions_in(para.start, para.start + 12)
                   if m.entity.has("Person") and self.doc.flat[m.end:m.end + 1] == ":" and m.start - para.start <= 1]
        self.answer_for = self._speaks_for(speaker[0]) if speaker else None
        if self._heading(para):
            # the body it names is the default subject of the section's figures; a heading that names
            # none (【总量】) returns them to the zone
            bare = re.sub(r"[【】\[\]《》“”\"\s]|^(?:[一二三四五六七八九十]+、|\d+[.、])", "", para.text)
            named = [m for m in self.mentions_in(para.start, para.end)
                     if m.entity.has("Cluster", "Enterprise", "Platform", "Park", "Project", "Alliance", "Industry")
                     and not m.entity.has("Funder", "Person")]
            # only a heading that is the name (【X产业集群】), not a name with a slogan (X:从…到…)
            self.heading_topic = named[0].entity if named and len(bare) - len(named[0].surface) <= 4 else None
        cataphor: Entity | None = None
        m = re.search(r"出自", para.text)
        if m:
            after = [x for x in self.mentions_in(para.start + m.end(), para.end) if x.entity.has("Enterprise")]
            if after:
                cataphor = after[0].entity
        topic = None
        first_sent = para.sentences[0] if para.sentences else None
        if first_sent is not None and len(first_sent.text) <= 16:
            tm = self.mentions_in(first_sent.start, first_sent.end)
            if tm and tm[0].entity.has("Park", "Cluster", "Platform"):
                topic = tm[0].entity
        item_topic = self._item_topic(para)
        prev_subject: Entity | None = None
        last_topic: Entity | None = None
        before = [m.entity for m in self.mentions_in(max(0, para.start - 400), para.start)
                  if m.entity.has("Enterprise") and not m.entity.has("Funder")]
        last_enterprise: Entity | None = before[-1] if before else None
        fund_topic: tuple[int, Entity] | None = None
        said_by: tuple[int, Entity] | None = None
        for sent in para.sentences:
            for seg_index, seg in enumerate(sent.segments):
                current: Entity | None = None
                seg_override: Entity | None = None
                first_tok = tokens(seg.text.lstrip())[:1]
                verb_start = bool(first_tok) and first_tok[0][3].startswith("v") and first_tok[0][2] not in ("是",)
                if seg_index > 0 and prev_subject is not None and (
                        seg.text.lstrip().startswith(lx.CONTINUATION_STARTS) or verb_start):
                    current = prev_subject
                founded: Entity | None = None
                for clause in seg.clauses:
                    clause = _unbulleted(clause)  # ●…, ①…, 1.…: a list item reads as the clause without its marker
                    cs = self._clause_subject(clause)
                    if cs is not None:
                        current = cs.entity
                        seg_override = None
                    if current is None and last_enterprise \
                            and re.match(r"^(该企业|该公司|这家企业|这家公司|该集团|其(?![中他余次实]))", clause.text):
                        current = last_enterprise
                    if last_enterprise is not None and (cs is None or cs.entity.has("Zone", "Cluster", "Place")) \
                            and _BACK_TO_COMPANY_RE.match(clause.text):
                        # 这家…集群的龙头企业已形成…, 它的…年产能…: a demonstrative or 它 points back to the company
                        current, cs = last_enterprise, None
                    told = last_topic if last_topic is not None else last_enterprise
                    if current is None and cs is None and told is not None and told.has("Enterprise") \
                            and re.match(r"(?:企业|公司)(?!数|总数|数量|家数|[,、和与及])[\u4e00-\u9fff]{0,8}?"
                                         r"(?:人员|员工|职工|营收|营业收入|产值|利润|专利|订单|研发投入|产能|产量)", clause.text.lstrip()):
                        current = told  # X…。企业研发人员已有N名: a bare 企业 with its own attribute continues the company
                    if current is None and cs is None and last_topic is not None \
                            and re.match(r"(?:项目|公司|基地|中心|集团)(?![,、和与及])", clause.text.lstrip()):
                        current = last_topic  # X是…的首个项目。项目总投资N: a bare head noun continues the topic
                    if founded is not None and cs is None and founded.has("Cluster", "Park") \
                            and _GATHERS_RE.match(clause.text):
                        seg_override = founded  # 打造B产业集群,集聚相关企业N家: what the cluster gathers
                    if founded is not None and cs is None and _STATE_OPENER_RE.match(clause.text):
                        seg_override = founded  # …组建B,目前已引进…N: the state that follows is B's (建设B,引入…: not)
                    fig_subject = seg_override or current or item_topic
                    if said_by is not None and said_by[0] == sent.start and cs is None and seg_override is None:
                        fig_subject = said_by[1]  # B公司总经理C说,目前车间里有N名员工: the figures are B's
                    if cs is None and fund_topic is not None and fund_topic[0] == sent.start \
                            and _FUND_CLAUSE_RE.match(clause.text.lstrip()):
                        fig_subject = fund_topic[1]  # A设立B基金,首期规模…/已投资项目…: about the fund
                    override = self._figures(para, sent, seg, clause, cs, fig_subject, cataphor)
                    fm = re.search(r"(?:设立|成立|发起|组建|发起设立)了?", clause.text)
                    if fm:
                        funds = [x.entity for x in self.mentions_in(clause.start + fm.end(), clause.end)
                                 if x.entity.has("Funder") and not x.entity.has("Enterprise")]
                        if funds:
                            fund_topic = (sent.start, funds[-1])
                    if override is not None:
                        seg_override = override
                    if not (founded is not None and cs is None and not find_figures(clause.text)
                            and not self.mentions_in(clause.start, clause.end)):
                        # 建成C,向中小企业开放共享,全年服务企业N家: a bare clause between keeps C
                        founded = self._founded_at_end(clause)  # for the next clause
                        if founded is None:
                            founded = self._formed_at_end(clause)
                    speaker_body = self._speaker_body(clause)
                    if speaker_body is not None:
                        said_by = (sent.start, speaker_body)
                    self._clause_relations(para, sent, seg, clause, current, topic)
                    self._events(para, sent, seg, clause, current)
                    self._funding_frames(para, sent, clause, current)
                    for mm in self.mentions_in(clause.start, clause.end):
                        if mm.entity.has("Enterprise"):
                            last_enterprise = mm.entity
                if current is not None:
                    prev_subject = current
            last_topic = prev_subject
            prev_subject = None

    def _item_topic(self, para: Paragraph) -> Entity | None:
        """——A公司(简称):生产B,年产能N; — a list item that opens on a body's name and a colon is a
        profile of that body: its subjectless figures are the body's."""
        m = _ITEM_OPEN_RE.match(para.text)
        if m is None:
            return None
        ms = self.mentions_in(para.start + m.end(), para.start + m.end() + 40)
        if not ms or ms[0].start != para.start + m.end() or ms[0].entity.has("Person", "Place", "Zone"):
            return None
        rest = self.doc.flat[ms[0].end:para.end]
        return ms[0].entity if _ITEM_COLON_RE.match(rest) else None

    # ------------------------------------------------------------------ figures

    def _indicator(self, clause: Clause, fig: Figure, left: int) -> str:
        text = clause.text
        raw = text[left:fig.start]
        raw = _YEAR_RE.sub("", raw)
        raw = _PERIOD_ZH_RE.sub("", raw)
        if fig.is_rank:
            cuts = [raw.find(v) for v in ("位列", "位居", "稳居", "跃居", "位于", "居于", "排名", "排在", "居", "在") if raw.find(v) > 0]
            if cuts:
                raw = raw[: min(cuts)]
        raw = re.sub(r"[((][^))]*[))]", "", raw)
        if "”" in raw and len(re.sub(r"(?:的有|的|有|达到|达|为|共|约|超过|超|近|逾)+$", "", raw[raw.rindex("”") + 1:])) > 3:
            raw = raw[raw.rindex("”") + 1:]  # “X”…<long indicator>: the quote is a modifier; “X计划”入选者 keeps it
        if "等" in raw:
            raw = raw[raw.rindex("等") + 1:]
        raw = re.sub(r"^[,,;;::、\s“”]+|[,,;;::、\s“”]+$", "", raw)
        raw = re.sub(r"^对[^,,]*?(?=规模|工业|GDP|经济)", "", raw)
        raw = re.sub(r"^[^,;。]*?(?:发起设立|设立|成立|组建|发起)了?(?=(?:总|首期|基金)?规模)", "", raw)  # A设立规模N的B基金: 规模
        changed = True
        while changed and raw:
            changed = False
            for w in _LEADERS:
                if raw.startswith(w) and len(raw) > len(w) and not (w == "获" and raw.startswith("获得")):
                    raw, changed = raw[len(w):], True
                    break  # longest first again (已获得… → 获得… → …)
            for w in _TRAILERS:
                if raw.endswith(w) and not (w == "均" and raw.endswith("平均")):  # 高于全市平均N个百分点: 平均 is a word
                    raw, changed = raw[: -len(w)], True
                    break
        raw = raw.strip("了的、 ")
        if raw in lx.SKIPPABLE_OPENERS:
            raw = ""  # 其中3家已成长为…: an opener alone names nothing; the words after the figure will
        share = _SHARE_OF_RE.search(raw) if fig.unit == "%" else None
        if share is not None:
            raw = raw[: share.start(1)] + raw[share.end(1):]  # A占B的比重: the share keeps its part and its whole
        elif "的" in raw and raw.index("的") < len(raw) - 1:
            raw = raw.split("的")[-1] if fig.unit not in ("位",) else raw
        raw = self._indicator_tidy(clause, raw, left, fig)
        after = re.match(r"[^,,。;;、\d等的]{2,14}", text[fig.end:])
        if after and fig.unit in ("家", "个", "名", "人", "项"):
            noun = ""
            for _, _, word, pos in tokens(after.group(0)):
                if pos.startswith(("v", "d", "p")):
                    break
                noun += word
            if len(noun) >= 2:
                raw = noun
            elif len(raw) < 2:
                # 7人入选X计划: nothing before the figure; the verb phrase after it says what is counted
                said = re.match(r"[^,,。;;、\d等]{2,20}", text[fig.end:])
                if said:
                    raw = said.group(0)
        if len(raw) < 2 or raw == "以":
            # 以58亿元的营收位居…: the noun after the figure names it
            named = re.match(r"的([\u4e00-\u9fff]{2,8}?)(?=位居|位列|居|排名|领跑|稳居|跻身|[,;。]|$)", text[fig.end:])
            if named:
                raw = named.group(1)
        if len(raw) < 2 and not fig.is_rank and re.fullmatch(r"\s*(?:[:]|——|—)?\s*", text[fig.end:]):
            # ●712亿元:规模以上工业总产值,同比增长…: a number first, what it measures after the colon or dash
            nxt = self._clauses_after(clause)[:1]
            named = re.match(r"\s*(?:——|—)?\s*([^,;。!?]{2,24}?)[,;。!?]?$", nxt[0].text) if nxt else None
            if named and not find_figures(named.group(1)):
                raw = named.group(1)
        if len(raw) < 2 and not fig.is_rank:
            named = re.match(r"\s*(?:——|—)\s*([^,;。!?]{2,24}?)(?=[,;。!?]|$)", text[fig.end:])
            if named and not find_figures(named.group(1)):
                raw = named.group(1)  # ●248家——规上工业企业数量
        if fig.is_rank and len(raw) < 2:
            # 在全省开发区综合考评中,X位居第二: the evaluation named before the clause
            _, sent, _, _ = self.doc.clause_at(clause.start)
            named = re.search(r"在(?:全国|全省|全市|[\u4e00-\u9fff]{2,3}省)?([^,;。]{2,24}?)中[,]?[^,;。]*$",
                              self.doc.flat[sent.start:clause.start])
            if named:
                raw = named.group(1)
        if fig.is_rank and len(raw) >= 2 and not raw.endswith(("排名", "名次", "排位")):
            raw += "排名"
        if (len(raw) < 2 or len(raw) > 24) and len(raw) > 24:
            raw = raw[-12:]
        raw = raw.lstrip("—-: ")
        if len(raw) < 2:
            _, sent, _, _ = self.doc.clause_at(clause.start)
            listed = _LIST_HEAD_RE.search(self.doc.flat[sent.start:clause.start])
            # 重点企业产值情况:A 86.2亿元,…;B 34.5亿元,…: the list's heading names what each item measures
            raw = listed.group(1) if listed and fig.unit in ("亿元", "万元", "元") else _DEFAULT_INDICATOR.get(fig.unit, "数量")
        return raw

    _TIDY_HEADS = re.compile(r"^(?:(?:该|这个|这家|此)(?:园区|园|中心|项目|基地|联盟|集群|研究院|实验室|平台|企业|公司)|"
                             r"全区|该区|全市|该市|全县|园区内?|园内|集群内?|研究院|中心|项目|公司|企业|基地|平台|联盟|"
                             r"高新区|经开区|开发区)(?:已|现有|现|共|累计|全年|当年)*(?=[\u4e00-\u9fff])")
    _TIDY_TRAILERS = re.compile(r"(?:首次|再次|降至|升至|可|可达|有望|预计|将|是)+$")

    def _indicator_tidy(self, clause: Clause, raw: str, left: int, fig: Figure) -> str:
        """Drop what names the subject or the setting (园区规划面积 → 规划面积; <name>累计孵化… →
        累计孵化…; 在…评价中 → …评价), particles (规划了面积) and modal trailers (可, 首次)."""
        for m in self.mentions_in(clause.start + max(0, left), clause.start + fig.start):
            if raw.startswith(m.surface) and len(raw) > len(m.surface) + 1 and m.entity.has(*_SUBJECT_CLASSES, "Place", "Industry"):
                raw = raw[len(m.surface):]
                lead = next((w for w in _LEADERS if raw.startswith(w) and len(raw) > len(w) + 1), "")
                raw = raw[len(lead):]
        raw = re.sub(r"^(?:已|现有|现(?!场|金|代|行|货))", "", raw) if len(raw) > 3 else raw
        raw = re.sub(r"^(?:今年|去年|当年)?(?:我们的?|我们公司的?|公司的?)", "", raw) if len(raw) > 4 else raw
        raw = self._TIDY_HEADS.sub("", raw) if len(raw) > 4 else raw
        raw = re.sub(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff])", "", raw)
        raw = self._TIDY_TRAILERS.sub("", raw) if len(raw) > 3 else raw
        if fig.is_rank:
            inner = re.fullmatch(r"在(.{2,24}?)中", raw)
            if inner:
                raw = re.sub(r"^(?:全国|全省|全市|[\u4e00-\u9fff]{2,3}省)?", "", inner.group(1))
        if raw.endswith("年产") and fig.unit in ("吨", "万吨"):
            raw += "能"
        raw = raw.lstrip("”")
        opened, closed = raw.count("“"), raw.count("”")
        if closed > opened and not raw.startswith("”"):
            raw = "“" + raw  # the strip of quote marks at the edges took the opening one
        elif opened > closed:
            raw += "”"
        return raw

    def _figures(self, para: Paragraph, sent: Sentence, seg: Segment, clause: Clause,
                 cs: Mention | None, current: Entity | None, cataphor: Entity | None) -> Entity | None:
        """Record the clause's figures; returns a subject that holds for the following clauses."""
        override: Entity | None = None
        if clause.start < self.byline_start:
            return None  # title and subtitle: a threshold (迈入千亿级), not a figure
        if self._heading(para):
            self._headline_figure(para, clause)
            return None  # a section heading (X:从试验线到8万吨产能) restates a figure of the text below
        figs = find_figures(clause.text)
        left = cs.end - clause.start if cs is not None else 0
        year, period_zh = self._period(para, sent, clause)
        paired = self._respectively(clause, figs, left)
        # A、B、C<indicator>分别达到x、y和z, with A, B, C named entities: each figure is about its item
        item_subject: dict[int, tuple[Entity, str]] = {}
        rm = re.search(r"分别", clause.text)
        if rm:
            items = [x for x in self.mentions_in(clause.start, clause.start + rm.start())
                     if x.entity.has("Industry", "Enterprise", "Cluster", "Park", "Platform", "Zone")]
            after = [f for f in figs if f.start >= rm.end()]
            label_from = None
            back = re.search(r"(?:[两二三四五六七八九]|\d)(?:家|个|所)[\u4e00-\u9fff]{0,4}?(?:企业|公司|平台|园区|基地|项目)?"
                             r"|二者|两者|三者", clause.text[: rm.start()])
            if len(items) < 2 and back:
                items = self._listed_before(para, sent, len(after))  # A和B…。两家企业营收分别为x和y
                label_from = clause.start + back.end()
                figs = [f for f in figs if not back.start() <= f.start < back.end()]  # 两家: the names again
            if len(items) >= 2 and len(items) == len(after) and len({id(x.entity) for x in items}) == len(items):
                start = label_from if label_from is not None else items[-1].end
                label = _YEAR_RE.sub("", self.doc.flat[start:clause.start + rm.start()]).strip(" ,").removeprefix("的")
                if not label:
                    # A、B分别实现产值x、y: the indicator is written after 分别
                    label = re.sub(r"^(?:实现|完成|达到|达|为|是)|(?:达到|达|为|约|超过)$", "",
                                   _YEAR_RE.sub("", clause.text[rm.end():after[0].start]).strip(" ,"))
                for f, x in zip(after, items, strict=True):
                    item_subject[f.start] = (x.entity, label)
        # …分别达到a和b,分别增长x%和y%: the changes pair with the previous clause's figures, item by item
        cm = re.match(r"\s*(?:并|且)?分别(?:同比)?(增长|提高|提升|上升|下降|减少|下滑)", clause.text)
        if cm and figs and all(f.unit in ("%", "个百分点") for f in figs):
            before = [o for o in self.obs if o.clause_start >= seg.start and o.clause_start < clause.start
                      and o.change is None and o.fig.unit not in ("%", "位")]
            last = [o for o in before if o.clause_start == before[-1].clause_start] if before else []
            if len(last) == len(figs):
                sign = -1 if cm.group(1) in lx.CHANGE_DOWN else 1
                comparison = "year_on_year" if "同比" in clause.text[: cm.end()] else None
                for o, f in zip(last, figs, strict=True):
                    o.change = (f, sign, comparison)
                    o.quote_end = clause.end
                return None
        prev_end: int | None = None
        figs = [f for f in figs if f.unit in ONTOLOGY_UNITS]  # 3.2亿美元, 120万千瓦: no unit of the ontology
        for fig in figs:
            listed = re.search(r"、[^,,。;;\d]{2,12}$", clause.text[: fig.start]) if fig.unit == "家" else None
            if listed is not None and "等" not in listed.group(0) and re.match(r"(?:企业|公司)", clause.text[fig.end:]) \
                    and not re.match(r"、(?:联合|携手|会同|带动|组织|牵头)", listed.group(0)):  # A牵头、联合N家企业…: a count
                continue  # A、B两家企业: the count of the listed names, not a figure
            if fig.unit in ("家", "个", "项", "名") and self._counts_the_list(clause, fig):
                continue  # A和B的两个项目, A、B、C三家: the count of the names just listed
            if fig.unit in ("家", "个", "项", "名", "人", "所") and _BACK_COUNT_BEFORE_RE.search(clause.text[: fig.start]) \
                    and _BACK_COUNT_AFTER_RE.match(clause.text, fig.end):
                continue  # 以上6家企业合计完成产值N: the count of the list above, not a figure
            ac = _ABS_CHANGE_RE.fullmatch(re.sub(r"^[\s,;]+", "", clause.text[: fig.start]))
            prev_obs = self.obs[-1] if self.obs else None
            if ac is not None and prev_obs is not None and prev_obs.change is None and prev_obs.fig.unit == fig.unit \
                    and sent.start <= prev_obs.clause_start < clause.start and not fig.is_rank:
                # 高新技术企业达到118家,比上年增加21家: the change of the level just given, in its own unit
                sign = -1 if ac.group(2) in ("减少", "下降", "减", "少") else 1
                prev_obs.change = (fig, sign, "year_on_year" if ac.group(1) in ("上年", "去年", "上年同期", "去年同期") else None)
                prev_obs.quote_end = clause.end
                continue
            rc = _RANK_MOVE_RE.search(clause.text[: fig.start]) if fig.unit == "位" and not fig.is_rank else None
            if rc is not None and prev_obs is not None and prev_obs.fig.is_rank and prev_obs.change is None \
                    and sent.start <= prev_obs.clause_start <= clause.start:
                # 位列全市第4,较上年前移2位: the move of the rank just given, in places
                sign = -1 if rc.group(2) in ("后移", "下降", "后退", "下滑", "回落") else 1
                prev_obs.change = (fig, sign, "year_on_year" if rc.group(1) else None)
                prev_obs.quote_end = clause.end
                continue
            ch = change_before(clause.text, fig)
            headline = self._headline
            if ch is not None and headline is not None and headline[0].change is None \
                    and headline[1].start <= clause.start < headline[1].end and not [
                        o for o in self.obs if o.clause_start >= headline[1].start and o.fig.unit not in ("%", "位")]:
                headline[0].change = (fig, ch[1], ch[2])  # 【N亿元】/地区生产总值,同比增长8.2%: the heading figure's change
                headline[0].change_at = clause.start
                headline[0].also = (headline[1].start, clause.end)
                continue
            if ch is not None:
                prev = self.obs[-1] if self.obs else None
                head = clause.text[: fig.start]
                same = prev is not None and prev.clause_start == clause.start and re.fullmatch(
                    r"[((、,]?(?:比上年|较上年|较去年|比去年)?", clause.text[prev.fig.end:fig.start - len(ch[0])].strip())
                # a share's change is written in 个百分点 (72%,比上年提高9个百分点); a share is no change of a share
                of_share = prev is not None and prev.fig.unit == "%" and fig.unit == "个百分点"
                if (prev is not None and prev.change is None and (prev.fig.unit not in ("%", "位") or of_share)
                        and prev.clause_start >= seg.start and (len(head.strip()) <= len(ch[0]) + 3 or same)):
                    prev.change = (fig, ch[1], ch[2])
                    prev.quote_end = clause.end
                    continue
            subject, review = self._figure_subject(clause, fig, cs, current, cataphor)
            if fig.unit in ("人", "名") and cs is None and _SELECTED_AFTER_RE.match(clause.text, fig.end):
                # “X计划”共评选入选者N人,…,A等M人入选领军人才: a tier of the programme's selection just counted
                programme = [o for o in self.obs if sent.start <= o.clause_start < clause.start and o.subject.has("TalentProgram")]
                if programme:
                    subject, review = programme[-1].subject, None
            if fig.unit in ("名", "人", "位") and cs is None and _SELECTED_TAIL_RE.match(clause.text, fig.end):
                # “X计划”第二批评选结果出炉,N名青年科学家入选: a sentence the programme opens counts its selectees
                opener = self.mentions_in(sent.start, clause.start + fig.start)[:1]
                if opener and opener[0].entity.has("TalentProgram") \
                        and re.fullmatch(r"[“\"\s]*(?:\d{4}年[,,]?)?", self.doc.flat[sent.start:opener[0].start]):
                    subject, review = opener[0].entity, None
            if fig.unit in ("万元", "元", "亿元") and cs is None and _CAP_BEFORE_RE.search(clause.text[: fig.start]):
                # “X计划”…,每人最高可获N万元支持: the cap a talent programme grants is the programme's
                granting = [x.entity for x in self.mentions_in(sent.start, clause.start + fig.start)
                            if x.entity.has("TalentProgram")]
                if granting:
                    subject, review = granting[-1], None
            if fig.unit == "%" and re.match(r"\s*(?:并|且|约|分别)?占", clause.text):
                # …产值120亿元,占集群总产值的四成: the share is of the figure just given; the whole after 占 is no subject
                before = [o for o in self.obs if sent.start <= o.clause_start < clause.start and o.fig.unit != "%"]
                if before:
                    subject, review = before[-1].subject, None
            if _N_INDUSTRIES_TOGETHER_RE.match(clause.text) and self.main_zone is not None:
                # 其中A产业…,B产业…,两大主导产业合计占全区…N%: the industries together are the zone's part, not the last one's
                subject, review = self.main_zone, None
            # A营收N、B营收M: a name right after the previous figure opens a new item with its own subject
            if prev_end is not None and fig.start not in item_subject:
                opener = [x for x in self.mentions_in(clause.start + prev_end, clause.start + fig.start)
                          if x.entity.has("Enterprise", "Platform", "Park", "Cluster", "Project", "Zone", "Alliance")
                          and not x.entity.has("Funder")
                          and re.fullmatch(r"[、,和及与]?(?:其中)?", self.doc.flat[clause.start + prev_end:x.start])
                          and not (x.end == clause.start + fig.start and fig.unit in ("家", "个", "名", "人", "项"))]
                if opener:
                    subject, review = opener[0].entity, None
                    left = opener[0].end - clause.start
            if fig.start in item_subject:
                subject, review = item_subject[fig.start][0], None
            elif subject is not None and subject.has("Industry") and subject is not current:
                override = subject  # X产业营业收入N,占比M: the following clauses stay with the industry
            if subject is not None and subject.has("Project", "Park") and not subject.has("Enterprise") \
                    and re.search(r"(?:订单|营收|营业收入|销售收入|销售额|利润|纳税|出口额|市场占有率)[^,;。]{0,4}$",
                                  clause.text[: fig.start]):
                # a plant has capacity, investment and area; orders and revenue are its company's
                owner = [x.entity for x in self.mentions_in(sent.start, clause.start + fig.start)
                         if x.entity.has("Enterprise") and not x.entity.has("Funder")]
                if owner:
                    subject, review = owner[-1], None
            if subject is not None and subject.has("Person") and not subject.has(*_ORG_CLASSES):
                # B:我们…N / “…”B说: a person holds no figure; the body the person speaks for does
                subject, review = self._speaks_for(subject), "a person's statement: attributed to the body the person speaks for"
            if subject is None:
                left = fig.end
                continue
            if cs is not None and fig.start < cs.start - clause.start and left == cs.end - clause.start:
                left = 0  # 规划面积N亩的B…: the figure's words are before the subject's name
            elif cs is not None and cs.start - clause.start <= fig.start < left:
                left = cs.start - clause.start  # a figure inside the subject's own name (A年产N吨X项目建成…): 年产能
            indicator = self._indicator(clause, fig, max(0, min(left, fig.start)))
            indicator = self._without_subject_name(indicator, subject, fig)
            if subject.has("Industry"):
                bare = re.sub(r"^(?:产业|行业)(?:实现|完成|全年)?", "", indicator)
                indicator = bare if len(bare) >= 2 else indicator  # X产业实现营业收入N (X the industry): 营业收入
            whole = re.match(r"\s*(?:并|且|约|分别)?占([^,;。]{2,20}?)(?:的)?(?:比重|比例|份额)?(?:超过|超|近|约|达到|达|逾|为)?$",
                             clause.text[: fig.start])
            if fig.unit == "%" and whole:
                indicator = f"占{whole.group(1)}比重"  # 占集群总产值的四成 → 占集群总产值比重
            if not any(ch.isdigit() for ch in fig.as_written) and not fig.is_rank \
                    and fig.end >= len(re.sub(r"[,;\s]+$", "", clause.text)):
                # 突破千亿元,达到1018亿元: a round threshold, then the exact figure names it
                nxt = self._clauses_after(clause)[:1]
                exact = find_figures(nxt[0].text) if nxt and re.match(r"\s*(?:达到|达|为|至)", nxt[0].text) else []
                if exact and exact[0].unit == fig.unit and not exact[0].is_rank:
                    self._carried_indicator = (nxt[0].start, indicator)
                    left = fig.end
                    continue
            carried = self._carried_indicator
            if carried is not None and carried[0] == clause.start and indicator in (*_DEFAULT_INDICATOR.values(), "数量"):
                indicator = carried[1]
            if review is None and cs is None and subject is current:
                industry = self._cluster_of_indicator(indicator)
                if industry is not None:
                    subject = override = industry
            if subject.has(*_MODIFIED_CLASSES) and subject is not current:
                at = [x for x in self.mentions_in(clause.start + fig.end, clause.end) if x.entity is subject]
                # …的B已/将… or a clause that ends on B (A投资N建设的B,占地M…): B is the topic that follows
                if at and (re.match(r"(已|正|将|已经|全面|建成|投入|于)", self.doc.flat[at[0].end:])
                           or at[0].end >= clause.start + len(re.sub(r"[,;\s]+$", "", clause.text))):
                    override = subject
            if fig.start in item_subject and item_subject[fig.start][1]:
                indicator = item_subject[fig.start][1]
            elif fig.start in paired:
                indicator = paired[fig.start]
            elif ch is not None and not any(w in indicator for w in ("增", "长", ch[0].replace("同比", ""))):
                indicator = indicator + ch[0].replace("同比", "")
            if "配套率" in indicator and subject.has("Enterprise") and cs is None:
                # …,本地配套率提升至N%: a share of the chain's supply is the cluster's (or the zone's), not a supplier's
                clusters = [x.entity for x in self.mentions_in(para.start, clause.start) if x.entity.has("Cluster")]
                subject = clusters[-1] if clusters else (self.main_zone or subject)
            concerns = [m.entity for m in self.mentions_in(clause.start, clause.start + fig.start)
                        if m.entity.has("TalentProgram") and m.entity is not subject]
            self.obs.append(Obs(subject, indicator, fig, clause.start, clause.start, clause.end,
                                year, period_zh, concerns, review))
            for other in self._each_of_list(clause, fig, subject):
                # A、B等配套企业产值均超过N: each body of the list has the figure
                self.obs.append(Obs(other, indicator, fig, clause.start, clause.start, clause.end,
                                    year, period_zh, concerns, review))
            left = prev_end = fig.end
        return override

    def _each_of_list(self, clause: Clause, fig: Figure, subject: Entity) -> list[Entity]:
        """A、B(、C)等…均<verb>N: the other bodies of the list the figure's subject heads."""
        if not _EACH_BEFORE_RE.search(clause.text[: fig.start]):
            return []
        ms = [x for x in self.mentions_in(clause.start, clause.start + fig.start)
              if x.entity.has("Enterprise", "Park", "Platform", "Cluster", "Project", "Organization")
              and not x.entity.has("Funder", "Person")]
        chain: list[Mention] = []
        for x in ms:
            if chain and not _LIST_SEP_RE.fullmatch(self.doc.flat[chain[-1].end:x.start]):
                break
            chain.append(x)
        names = [x.entity for x in chain]
        if len(chain) < 2 or subject not in names or len({id(e) for e in names}) != len(names):
            return []
        return [e for e in names if e is not subject]

    def _speaks_for(self, person: Entity) -> Entity | None:
        """The body a person is a member of (管委会主任B → the zone, 公司董事长B → the company), else the zone."""
        bodies = [r["object"] for r in self.relations if r["subject"] is person and r["predicate"] == "memberOf"
                  and r["object"].has(*_ORG_CLASSES)]
        return bodies[0] if bodies else self.main_zone

    @staticmethod
    def _without_subject_name(indicator: str, subject: Entity, fig: Figure) -> str:
        """磁材项目总投资 → 总投资, 下设B子基金 → 基金规模: the subject's name (or its tail) is no
        part of what is measured."""
        if fig.is_rank:
            return indicator  # 国家级经开区综合评价排名: the class of bodies ranked stays
        for name in sorted(subject.names(), key=len, reverse=True):
            for n in range(len(name), 2, -1):
                if name[-n:] in ("高新区", "经开区", "开发区", "产业园", "示范区"):
                    break
                at = indicator.find(name[-n:])
                if at >= 0 and at + n <= len(indicator) and (n == len(name) or at == 0):
                    rest = indicator[at + n:].lstrip("的(")
                    if len(rest) >= 2:
                        return rest
                    if subject.has("Funder") and fig.unit in ("亿元", "万元", "元"):
                        return "基金规模"
                    return indicator
        return indicator

    def _headline_figure(self, para: Paragraph, clause: Clause) -> None:
        """【386.4亿元】 over the line 地区生产总值,同比增长8.2%: a heading that is only a figure is
        that figure; the first clause below names it and its change follows."""
        figs = find_figures(clause.text)
        bare = re.sub(r"[【】\[\]\s●■◆▲]", "", para.text)
        i = self.doc.paragraphs.index(para)
        if len(figs) != 1 or not bare.endswith(figs[0].as_written) or len(bare) > len(figs[0].as_written) + 2 \
                or i + 1 >= len(self.doc.paragraphs):
            return
        below = self.doc.paragraphs[i + 1]
        first = below.sentences[0].segments[0].clauses[0] if below.sentences else None
        named = re.match(r"\s*([^,;。!?\d]{2,24}?)[,;。!?]?$", first.text) if first is not None else None
        if named is None or first is None:
            return
        subject = self.heading_topic or self.main_zone
        if subject is None:
            return
        year, period_zh = self._period(below, below.sentences[0], first)
        obs = Obs(subject, named.group(1), figs[0], clause.start, clause.start, clause.end, year, period_zh, [],
                  "a figure heading: named by the line below it")
        self.obs.append(obs)
        self._headline = (obs, below.sentences[0])

    _FOUNDING_RE = re.compile(r"(?:组建|成立|设立|共建|建设|打造|建成|揭牌|挂牌|新建|筹建|启动建设|落地|引进)了?(?:[^,;。]{0,6}的)?$")

    def _formed_at_end(self, clause: Clause) -> Entity | None:
        """园区已初步形成“A—B—C”的X产业链, / 构建了…的X集群,: a clause ending on the chain or cluster it
        says has formed; what it gathers next is the chain's."""
        ms = self.mentions_in(clause.start, clause.end)
        if not ms or not ms[-1].entity.has("Cluster") or ms[-1].entity.has("Enterprise"):
            return None
        if re.sub(r"[,;:\s]+$", "", self.doc.flat[ms[-1].end:clause.end]):
            return None
        return ms[-1].entity if _FORMED_RE.search(self.doc.flat[clause.start:ms[-1].start]) else None

    def _founded_at_end(self, clause: Clause) -> Entity | None:
        """A clause ending on a platform/park/project it founds (A联合B组建C,…): C, the topic that follows."""
        ms = self.mentions_in(clause.start, clause.end)
        if not ms or not ms[-1].entity.has("Platform", "Park", "Project", "Cluster", "Alliance"):
            return None
        last = ms[-1]
        if re.sub(r"[,;:\s]+$", "", self.doc.flat[last.end:clause.end]):
            return None
        between = self.doc.flat[(ms[-2].end if len(ms) > 1 else clause.start):last.start]
        return last.entity if self._FOUNDING_RE.search(between) else None

    def _listed_before(self, para: Paragraph, sent: Sentence, n: int) -> list[Mention]:
        """The last run of ``n`` names joined by 、/和 in the sentence before ``sent`` (same paragraph)."""
        before = [s for s in para.sentences if s.end <= sent.start]
        if not before or n < 2:
            return []
        ms = [m for m in self.mentions_in(before[-1].start, before[-1].end)
              if m.entity.has("Enterprise", "Platform", "Park", "Cluster", "Project", "Industry")]
        for i in range(len(ms) - n, -1, -1):
            run = ms[i:i + n]
            if all(self.doc.flat[a.end:b.start] in ("、", "和", "与", "及", "以及") for a, b in pairwise(run)):
                return run
        return []

    def _counts_the_list(self, clause: Clause, fig: Figure) -> bool:
        """The figure counts the names listed right before it (A和B的两个项目, A、B、C三家企业)."""
        ms = self.mentions_in(clause.start, clause.start + fig.start)
        if not ms or self.doc.flat[ms[-1].end:clause.start + fig.start] not in ("", "的", "等", "这", "这些"):
            return False
        items = 1
        for a, b in zip(reversed(ms[:-1]), reversed(ms[1:]), strict=True):
            if self.doc.flat[a.end:b.start] not in ("、", "和", "与", "及", "以及", ","):
                break
            items += 1
        return items >= 2 and fig.value == items and fig.qualifier is None

    def _respectively(self, clause: Clause, figs: list[Figure], left: int) -> dict[int, str]:
        """``X、Y和Z分别(同比)增长a%、b%和c%``: one indicator per figure, item by item."""
        m = re.search(r"分别(同比)?(增长|提高|提升|上升|下降|减少|下滑|为|达到|达)?", clause.text)
        if not m:
            return {}
        after = [f for f in figs if f.start >= m.end()]
        head = clause.text[left:m.start()]
        head = _YEAR_RE.sub("", head).strip(" ,")
        for opener in sorted(lx.SKIPPABLE_OPENERS, key=len, reverse=True):
            head = head.removeprefix(opener)
        head = re.sub(r"^(?:全区|全市|全省|全县|该区|园区|全年)", "", head)
        items = [x for x in re.split(r"、|和|与|及|以及", head) if x]
        if len(items) < 2 or len(items) != len(after) or any(len(x) > 16 for x in items):
            return {}
        verb = (m.group(1) or "") + (m.group(2) or "") if m.group(2) in ("增长", "提高", "提升", "上升", "下降", "减少", "下滑") else ""
        return {f.start: item + verb for f, item in zip(after, items, strict=True)}

    def _cluster_of_indicator(self, indicator: str) -> Entity | None:
        """``海洋工程装备产业营业收入`` → the cluster named ``海洋工程装备产业集群`` (else the industry
        named ``…产业``)."""
        for ent in self.table.entities:
            if ent.has("Cluster"):
                core = re.sub(r"(产业)?(集群|集聚区)$", "", ent.name)
                if len(core) >= 3 and indicator.startswith(core):
                    return ent
        for ent in self.table.entities:
            if ent.has("Industry") and ent.name.endswith("产业") and len(ent.name) >= 4 and indicator.startswith(ent.name) \
                    and len(indicator) > len(ent.name):
                return ent
        return None

    def _clauses_after(self, clause: Clause) -> list[Clause]:
        _, _, seg, _ = self.doc.clause_at(clause.start)
        return [c for c in seg.clauses if c.start >= clause.end]

    def _figure_subject(self, clause: Clause, fig: Figure, cs: Mention | None, current: Entity | None,
                        cataphor: Entity | None) -> tuple[Entity | None, str | None]:
        inside = [x for x in self.mentions_in(clause.start, clause.end) if x.start <= clause.start + fig.start
                  and clause.start + fig.end < x.end and x.entity.has("Project")]
        if inside:
            return inside[0].entity, None  # 年产3万吨X项目: the capacity named in a project's name is the project's
        own = self._owner_right_before(clause, fig)
        if own is not None:
            return own, None
        if cs is None and _AFTER_OUTPUT_RE.match(clause.text):
            # X项目总投资N,达产后年产值可达M: what the plant yields once at full output is the project's
            _, sent, _, _ = self.doc.clause_at(clause.start)
            plants = [x.entity for x in self.mentions_in(sent.start, clause.start)
                      if x.entity.has("Project") and not x.entity.has("Enterprise")]
            if plants:
                return plants[-1], None
        if fig.unit in ("家", "个", "所"):
            fm = _FOUNDERS_RE.match(clause.text, fig.end)
            if fm is not None:
                founded = [x for x in self.mentions_in(clause.start + fm.end(), clause.start + fm.end() + 16)
                           if x.entity.has("Alliance")]
                if founded:
                    return founded[0].entity, None  # N家企业组建B联盟: the alliance's founding members
        tail = clause.text[fig.end:]
        m = re.match(r"(?:[、,]?[^,,。;;的]{0,10}?\d*[^,,。;;的]{0,6}?)的", tail)
        if m:
            after = [x for x in self.mentions_in(clause.start + fig.end + m.end(), clause.end)
                     if x.start == clause.start + fig.end + m.end()]
            if after and after[0].entity.has(*_MODIFIED_CLASSES) and not (
                    after[0].entity.classes == {"Product"} and _CAPACITY_BEFORE_RE.search(clause.text[: fig.start])):
                return after[0].entity, None
        direct = [x for x in self.mentions_in(clause.start + fig.end, clause.end) if x.start == clause.start + fig.end]
        if direct and direct[0].entity.has("Product") and cs is not None and cs.end <= clause.start + fig.start \
                and re.match(r"(?:生产线|产线|装置)", self.doc.flat[direct[0].end:]):
            direct = []  # A年产N吨P生产线: the capacity of A's line, A's figure
        if direct and direct[0].entity.has("Project", "Product") and not (
                direct[0].entity.has("Product") and not direct[0].entity.has("Project")
                and _CAPACITY_BEFORE_RE.search(clause.text[: fig.start])):
            return direct[0].entity, None  # 3.5微米铜箔…, 年产2万吨X项目…; but <maker>年产N吨P生产线: the maker's
        # A投资N(亿元)建设B项目: the investment is the project's
        if re.search(r"投资|投入", clause.text[max(0, fig.start - 5):fig.start]):
            verb = re.match(r"(?:用于|用以)?(?:建设|投建|新建|兴建|实施|打造|扩建|建)(?:的)?", clause.text[fig.end:])
            if verb:
                proj = [x for x in self.mentions_in(clause.start + fig.end + verb.end(), clause.end)
                        if x.entity.has("Project") and not re.search(r"[,;。,]", self.doc.flat[clause.start + fig.end:x.start])]
                if proj and proj[0].start - (clause.start + fig.end + verb.end()) <= 16:
                    return proj[0].entity, None
        # <maker>年产N吨<modifiers>项目…: a figure inside the noun phrase a project name closes is the project's
        inner = [x for x in self.mentions_in(clause.start + fig.end, min(clause.end, clause.start + fig.end + 24))
                 if x.entity.has("Project") and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{1,12}",
                                                             self.doc.flat[clause.start + fig.end:x.start])]
        if inner and not re.search(r"(?:建设|投资|用于|引进|签约|落地|实施|推进|开工|投产|的|和|与|及)",
                                   self.doc.flat[clause.start + fig.end:inner[0].start]):
            return inner[0].entity, None
        # <zone>X产业实现营业收入N: the figure is the industry's
        inds = [x for x in self.mentions_in(clause.start, clause.start + fig.start) if x.entity.has("Industry")]
        if inds and re.fullmatch(r"(?:产业|行业)?(?:实现|完成|全年)?(?:营业收入|工业总产值|总产值|产值|增加值|主营业务收入|营收|规模)"
                                 r"(?:达到|达|为|突破|超过|超|约|近|逾)?", self.doc.flat[inds[-1].end:clause.start + fig.start]):
            return inds[-1].entity, None
        if cs is not None and cs.start < clause.start + fig.start:
            # A规划建设的B占地N / A打造的B产值N: the figure is B's
            built = [x for x in self.mentions_in(cs.end, clause.start + fig.start) if x.start > cs.end]
            if built and built[0].entity.has("Park", "Project", "Platform", "Cluster", "Enterprise") and re.fullmatch(
                    r"(?:规划|重点|倾力|着力|投资|新)?(?:建设|打造|培育|设立|建成|引进|投建|兴建)的", self.doc.flat[cs.end:built[0].start]):
                return built[0].entity, None
            return cs.entity, None
        if cs is None and re.search(r"成员(?:单位|企业)?(?:数量|数)?(?:达到|达|超过|约|共)?$", clause.text[: fig.start].replace("约", "")):
            _, sent, _, _ = self.doc.clause_at(clause.start)
            alliances = [x.entity for x in self.mentions_in(sent.start, clause.start + fig.start) if x.entity.has("Alliance")]
            if alliances:
                return alliances[-1], None
        products = [x for x in self.mentions_in(clause.start, clause.start + fig.start) if x.entity.has("Product")
                    and not re.search(r"其(?:[^,;:。]{0,4}的)?$", self.doc.flat[clause.start:x.start])]
        if products and cs is None and (current is None or not current.has("Enterprise")):
            return products[-1].entity, None  # (but X…,2025年<product>产量N: the company's output of the product)
        if fig.unit in ("个月", "天") and cs is None:
            # 注资让<phase>项目前期工作提前了N个月: a time gained by a project named by the tail of its name
            before = self.doc.flat[clause.start:clause.start + fig.start]
            for pm in reversed(self.mentions_in(max(0, clause.start - 600), clause.start)):
                name = pm.entity.name
                if pm.entity.has("Project") and not pm.entity.has("Enterprise") and any(
                        name[-n:] in before for n in range(len(name), 3, -1)):
                    return pm.entity, None
        if fig.unit in ("个月", "天") and cs is None and _LIFECYCLE_RE.search(self.doc.flat[clause.start:clause.start + fig.start]):
            # 从签约到投产只用了N个月: the time between a project's stages is the last project's named
            for pm in reversed(self.mentions_in(max(0, clause.start - 600), clause.start)):
                if pm.entity.has("Project") and not pm.entity.has("Enterprise", "Funder"):
                    return pm.entity, None
        if fig.unit == "个月" and cs is None:
            nxt = [c for c in self._clauses_after(clause)]
            if nxt:
                ncs = self._clause_subject(nxt[0])
                if ncs is not None:
                    return ncs.entity, "duration attributed to the subject of the next clause"
        tech = self._technology_measured(clause, fig) if cs is None else None
        if tech is not None:
            return tech, None
        if current is not None:
            return current, None
        speaker = self._quote_speaker(clause)
        if speaker is not None:
            return speaker, "figure inside a quotation: attributed to the speaker's organisation"
        if cataphor is not None:
            return cataphor, "subject taken from a later 出自… sentence of the paragraph"
        if self.answer_for is not None:
            return self.answer_for, "an interview answer without a subject: the body the speaker stands for"
        if self.heading_topic is not None:
            return self.heading_topic, "no grammatical subject in the sentence; the body the section heading names"
        if self.main_zone is not None:
            return self.main_zone, "no grammatical subject in the sentence; defaulted to the article's zone"
        return None, None

    # what a project states of itself right after its name (X项目总投资N, X项目占地N)
    _PROJECT_ATTR_RE = re.compile(r"[(]?(?:计划|预计)?(?:总投资|投资总额|投资额|投资|占地(?:面积)?|建筑面积|用地(?:面积)?|规划面积|年产值"
                                  r"|设计产能|年产能|产能|达产后(?:预计)?(?:可)?(?:实现)?(?:年产值|年营收|产值|营收))"
                                  r"(?:约|达到|达|为|超过|超|近|逾)?")
    # a fund's size right after its name (A基金规模50亿元, 下设B子基金10亿元和C子基金8亿元)
    _FUND_ATTR_RE = re.compile(r"(?:的)?(?:总规模|首期规模|基金规模|规模)?(?:约|达到|达|为|超过|超|近|逾)?")
    # a talent programme's selectees counted right after its name (“X计划”全年入选领军人才N名, “X计划”N名入选者)
    _PROGRAMME_COUNT_RE = re.compile(r"[”\"]?(?:全年|今年|当年|累计|共|已|首批|新)*(?:入选|评选出|遴选出?|认定|支持|资助)?"
                                     r"[\u4e00-\u9fff]{0,6}?(?:共|达到|达|为)?")

    def _technology_measured(self, clause: Clause, fig: Figure) -> Entity | None:
        """攻克了<X>晶圆制备技术,晶圆良率提升至N%: a clause without a subject that measures a word
        of the technology the clause before names is the technology's figure."""
        _, sent, _, _ = self.doc.clause_at(clause.start)
        techs = [m for m in self.mentions_in(sent.start, clause.start) if m.entity.has("Technology")]
        if not techs or not _TECH_ACHIEVED_RE.search(self.doc.flat[max(sent.start, techs[-1].start - 8):techs[-1].start]):
            return None
        head = _LEADING_NOUN_RE.match(clause.text.lstrip())
        if head is None:
            return None
        word = head.group(0)
        name = techs[-1].entity.name
        return techs[-1].entity if any(word[:n] in name for n in range(len(word), 1, -1)) and word[:2] in name else None

    def _owner_right_before(self, clause: Clause, fig: Figure) -> Entity | None:
        """The project, fund or talent programme named right before the figure, with only the
        attribute it states of itself in between: the figure is that body's own."""
        ms = self.mentions_in(clause.start, clause.start + fig.start)
        if not ms:
            return None
        last = ms[-1]
        between = self.doc.flat[last.end:clause.start + fig.start]
        ent = last.entity
        if ent.has("Project") and not ent.has("Enterprise") and self._PROJECT_ATTR_RE.fullmatch(between) and between:
            return ent
        if ent.has("Funder") and not ent.has("Enterprise") and fig.unit in ("亿元", "万元", "元") \
                and self._FUND_ATTR_RE.fullmatch(between):
            return ent
        if ent.has("TalentProgram") and fig.unit in ("名", "人", "位"):
            # “X计划”N名入选者之一: the programme's own count; a clause opened by the programme that
            # selects (“X计划”全年入选领军人才N名) too; “X计划”入选者N人 counts the zone's selectees
            tail = self.doc.flat[clause.start + fig.end:clause.end]
            if not between.strip("”\"") and re.match(r"[\u4e00-\u9fff]{0,4}之一", tail):
                return ent
            lead = re.sub(r"[“\"\s]", "", self.doc.flat[clause.start:last.start])
            # the programme opens the clause, after at most its owner (<市/盟/省>“X计划”…, <zone>“X计划”…)
            owner = [x for x in ms[:-1] if x.entity.has("Place", "Zone") and x.surface == lead]
            opened = not lead or bool(owner) or bool(_PROGRAMME_OWNER_RE.fullmatch(lead))
            if opened and re.search(r"入选(?!者)", between) and self._PROGRAMME_COUNT_RE.fullmatch(between):
                return ent
            if opened and _PROGRAMME_ACTS_RE.fullmatch(between):
                return ent  # <owner>“X计划”年内共评选入选者N人 / 全年引进境外人才N名: the programme selects or brings them in
        return None

    def _speaker_body(self, clause: Clause) -> Entity | None:
        """``A在园区设立的子公司B总经理C说,``: a clause that introduces reported speech names the
        speaker's body right before the speaker's role."""
        if not _SAID_RE.search(clause.text):
            return None
        ms = self.mentions_in(clause.start, clause.end)
        for i, x in enumerate(ms):
            if x.entity.has("Person") and i > 0:
                org = ms[i - 1]
                between = self.doc.flat[org.end:x.start]
                if org.entity.has("Enterprise", "Platform", "Park", "Organization", "Project") \
                        and not org.entity.has("Person", "Funder") and 1 <= len(between) <= 8 \
                        and re.fullmatch(r"[\u4e00-\u9fff]+", between):
                    return org.entity
        return None

    _SPEAKER_RE = re.compile(r"^[^。“”]{0,40}?(?:说|表示|介绍|告诉记者|坦言|感慨|笑着说)")

    def _quote_speaker(self, clause: Clause) -> Entity | None:
        """``“……提前了两个月投产。”A公司总经理B说``: a figure quoted without a subject is about
        the organisation the speaker is introduced with."""
        flat = self.doc.flat
        opened = flat.rfind("“", max(0, clause.start - 300), clause.start + 1)
        if opened < 0 or "”" in flat[opened:clause.start]:
            return None
        closed = flat.find("”", clause.start)
        if closed < 0 or not self._SPEAKER_RE.match(flat[closed + 1:closed + 60]):
            return None
        said = self._SPEAKER_RE.match(flat[closed + 1:closed + 60])
        assert said is not None
        orgs = [x.entity for x in self.mentions_in(closed + 1, closed + 1 + said.end())
                if x.entity.has("Enterprise", "Platform", "Park", "Zone", "Cluster") and not x.entity.has("Person", "Funder")]
        head = re.match(r"(?:该|这家|这个)?(研究院|实验室|中心|基地|联盟|孵化器|产业园|研究所)", flat[closed + 1:])
        if not orgs and head is not None:
            # “……”研究院院长B介绍: the body named last with that head noun
            orgs = [x.entity for x in self.mentions_in(max(0, opened - 600), opened)
                    if x.entity.name.endswith(head.group(1)) and not x.entity.has("Person", "Funder")][-1:]
        if not orgs and re.match(r"(?:该|这家)?(?:公司|企业|集团)", flat[closed + 1:]):
            # “……”公司副总经理B说: the company is the last one named before the quotation
            orgs = [x.entity for x in self.mentions_in(max(0, opened - 600), opened)
                    if x.entity.has("Enterprise") and not x.entity.has("Funder")][-1:]
        return orgs[0] if orgs else None

    # ------------------------------------------------------------------ relations

    def _person_frames(self, para: Paragraph, sent: Sentence, clause: Clause, ms: list[Mention]) -> None:
        """A talent story's frames: what a person founds, joins, holds and a team incubates."""
        text, cs, ce = clause.text, clause.start, clause.end
        if not _PERSON_CUE_RE.search(text) and not any(m.entity.has("Person", "ResearchTeam")
                                                       for m in self.mentions_in(sent.start, sent.end)):
            return  # no person in the sentence and no pronoun or team word: nothing to read
        orgs = ("Enterprise", "Organization", "Platform", "Alliance")
        # <person>(领衔/牵头)组建的/创办了<X>, 他领衔组建的X, 在<incubator>创办了X → X foundedBy the person
        for fm in _PERSON_FOUND_RE.finditer(text):
            made = [m for m in ms if m.start == cs + fm.end() and m.entity.has("Platform", "Enterprise")
                    and not m.entity.has("Funder")]
            if not made:
                continue
            before = self.mentions_in(sent.start, cs + fm.start())
            founder: Entity | None = None
            if re.search(r"(?:他|她)(?:还|也|先后|又|曾)?(?:在[^,,。;;]{2,24}?)?$", self.doc.flat[sent.start:cs + fm.start()]):
                people = [m.entity for m in self.mentions_in(para.start, cs + fm.start()) if m.entity.has("Person")]
                founder = people[-1] if people else None
            else:
                subj = [m for m in before if m.entity.has("Person", "ResearchTeam")]
                if subj:
                    gap = self.doc.flat[subj[-1].end:cs + fm.start()]
                    gap = _IN_PLACE_TAIL_RE.sub("", gap)
                    between = [m for m in before if m.start >= subj[-1].end and m.end <= subj[-1].end + len(gap)
                               and m.entity.has(*orgs, "Zone")]
                    if not between and not re.search(r"[。;;]", gap) and len(gap) <= 40:
                        founder = subj[-1].entity
            if founder is None:
                continue
            self.relate(made[0].entity, "foundedBy", founder, max(sent.start, cs + fm.start() - 12), made[0].end)
            inc_m = _IN_PLACE_TAIL_RE.search(self.doc.flat[sent.start:cs + fm.start()])
            if inc_m is not None and made[0].entity.has("Enterprise"):
                hosts = [m.entity for m in self.mentions_in(sent.start + inc_m.start(), cs + fm.start())
                         if m.entity.has("Platform") and _INCUBATOR_WORD_RE.search(m.entity.name)]
                if hosts:
                    self.relate(made[0].entity, "incubatedBy", hosts[-1], sent.start + inc_m.start(), made[0].end)
        # 加入<org>的<title><person> / 在<org>的实验室里,<title><person> → memberOf
        for jm in _JOINED_RE.finditer(text):
            bodies = [m for m in ms if m.start == cs + jm.end() and m.entity.has(*orgs)]
            if not bodies:
                continue
            tail = self.doc.flat[bodies[0].end:ce]
            pm = _TITLED_PERSON_TAIL_RE.match(tail)
            joined = [m for m in ms if pm is not None and m.start == bodies[0].end + pm.end() and m.entity.has("Person")]
            if joined:
                self.relate(joined[0].entity, "memberOf", bodies[0].entity, cs + jm.start(), joined[0].end)
        wm = _AT_WORKPLACE_RE.fullmatch(text.strip().rstrip(","))
        if wm is not None:
            bodies = [m for m in ms if m.entity.has("Enterprise", "Organization", "Platform") and not m.entity.has("Funder")]
            nxt = self.mentions_in(ce, sent.end)
            if bodies and nxt and nxt[0].entity.has("Person"):
                lead = self.doc.flat[ce:nxt[0].start].lstrip(", ")
                if lead.endswith(tuple(lx.PERSON_TITLES)) and len(lead) <= 8:
                    self.relate(nxt[0].entity, "memberOf", bodies[-1].entity, cs, nxt[0].end)
        # <person>同时是/兼任<body>(的)<title> → memberOf
        for m in ms:
            if not m.entity.has("Person"):
                continue
            hm = _HOLDS_RE.match(self.doc.flat, m.end)
            if hm is None:
                continue
            bodies = [b for b in ms if b.start == hm.end() and b.entity.has(*orgs)]
            if bodies and self.doc.flat.startswith(tuple(lx.MEMBER_ROLES), bodies[0].end + (self.doc.flat[bodies[0].end] == "的")):
                self.relate(m.entity, "memberOf", bodies[0].entity, m.start, bodies[0].end)
        # <platform>正式运行,<org>教授X担任院长: X heads the platform the sentence named before
        for m in ms:
            hm2 = _TAKES_POST_RE.match(self.doc.flat, m.end) if m.entity.has("Person") else None
            if hm2 is None:
                continue
            platforms = [p.entity for p in self.mentions_in(sent.start, m.start) if p.entity.has("Platform")]
            if platforms and not [p for p in ms if p.end <= m.start and p.start >= cs and p.entity.has("Platform")]:
                self.relate(m.entity, "memberOf", platforms[-1], m.start, m.end + hm2.end() - hm2.start(), hm2.group(1))
        # <team>由N人组成,…攻克了X技术: the team opening the sentence develops the technology
        dm = _TEAM_DEVELOPS_RE.search(text)
        if dm is not None:
            opening = self.mentions_in(sent.start, sent.start + 12)
            techs = [m for m in ms if m.start == cs + dm.end() and m.entity.has("Technology", "Product")]
            if techs and opening and opening[0].entity.has("ResearchTeam") \
                    and not [m for m in self.mentions_in(opening[0].end, cs + dm.start()) if m.entity.has("Enterprise", "Organization")]:
                self.relate(opening[0].entity, "developsTechnology", techs[0].entity, opening[0].start, techs[0].end)
        # (该)团队还孵化出X → X incubatedBy the team the paragraph named
        om = _TEAM_OUT_RE.search(text)
        if om is not None:
            teams = [m.entity for m in self.mentions_in(para.start, cs + om.end()) if m.entity.has("ResearchTeam")]
            if teams:
                for m in ms:
                    if m.start >= cs + om.end() and m.entity.has("Enterprise") and not m.entity.has("Funder"):
                        self.relate(m.entity, "incubatedBy", teams[-1], cs + om.start(), m.end)

    def _opening_up_frames(self, sent: Sentence, clause: Clause, ms: list[Mention]) -> None:
        """An opening-up story's frames: a parent company, a regional headquarters, a start from an incubator."""
        text, cs = clause.text, clause.start
        # X的母公司Y → X subsidiaryOf Y
        for pm in _PARENT_RE.finditer(text):
            child = [m for m in ms if m.end == cs + pm.start() and m.entity.has("Enterprise")]
            parent = [m for m in ms if m.start == cs + pm.end() and m.entity.has("Enterprise")]
            if child and parent:
                self.relate(child[0].entity, "subsidiaryOf", parent[0].entity, child[0].start, parent[0].end)
        # Y(与Z签约,)在区内设立…区域总部 → Y carriesOut the headquarters project, which lies in the zone
        for hq in [m for m in ms if m.entity.has("Project") and _HQ_NAME_RE.search(m.entity.name)]:
            lead = self.doc.flat[sent.start:hq.start]
            doers = [m for m in self.mentions_in(sent.start, hq.start) if m.entity.has("Enterprise") and not m.entity.has("Funder")
                     and not self.doc.flat.startswith("的", m.end)]
            if doers and re.search(r"设立了?$", lead):
                self.relate(doers[0].entity, "carriesOut", hq.entity, doers[0].start, hq.end)
            im = re.search(r"在(区内|园区|该区|([^,,。;;]{2,16}?))设立了?$", lead)
            if im is not None:
                named = self.mentions_in(sent.start + im.start(2), sent.start + im.end(2)) if im.group(2) is not None else []
                host = self.main_zone if im.group(2) is None else next(
                    (m.entity for m in named if m.entity.has("Zone", "Park")), None)
                if host is not None and host.has("Zone", "Park"):
                    self.relate(hq.entity, "locatedIn", host, sent.start + im.start(), hq.end)
        # <company>(以下简称“Y”)投资建设的<project> → carriesOut; <company>搭建的<platform> → foundedBy
        for bm in _BUILDER_RE.finditer(text):
            made = [m for m in ms if m.start == cs + bm.end() and m.entity.has("Project", "Platform")]
            by = [m for m in ms if m.end <= cs + bm.start() and m.entity.has("Enterprise") and not m.entity.has("Funder")
                  and re.fullmatch(r"(?:[((]以下简称[“\"][^”\"]{1,16}[”\"][))])?", self.doc.flat[m.end:cs + bm.start()])]
            if made and by:
                pred = "carriesOut" if made[0].entity.has("Project") else "foundedBy"
                subj, obj = (by[-1].entity, made[0].entity) if pred == "carriesOut" else (made[0].entity, by[-1].entity)
                self.relate(subj, pred, obj, by[-1].start, made[0].end)
                parks = [m.entity for m in self.mentions_in(sent.start, by[-1].start) if m.entity.has("Park")]
                if pred == "carriesOut" and parks and re.match(r"\s*在", self.doc.flat[sent.start:]):
                    self.relate(made[0].entity, "locatedIn", parks[0], sent.start, made[0].end)  # 在<park>,X投资建设的Y
        # A、B等企业从这里起步/走出 → incubatedBy the platform the sentence named before
        om = _FROM_HERE_RE.search(text)
        if om is not None:
            hosts = [m.entity for m in self.mentions_in(sent.start, cs + om.start()) if m.entity.has("Platform")
                     and _INCUBATOR_WORD_RE.search(m.entity.name)]
            if hosts:
                for m in ms:
                    if m.end <= cs + om.start() and m.entity.has("Enterprise") and not m.entity.has("Funder"):
                        self.relate(m.entity, "incubatedBy", hosts[-1], m.start, cs + om.end())

    def _clause_relations(self, para: Paragraph, sent: Sentence, seg: Segment, clause: Clause,
                          current: Entity | None, topic: Entity | None) -> None:
        text = clause.text
        ms = self.mentions_in(clause.start, clause.end)
        cs, ce = clause.start, clause.end
        self._person_frames(para, sent, clause, ms)
        self._opening_up_frames(sent, clause, ms)
        # 以X为龙头 → X leadEnterpriseOf the park/cluster of the sentence (or paragraph topic)
        lm = re.search(r"以(.+?)(?:企业|公司|集团)?为(?:龙头|链主|引领)", text)
        if lm:
            leads = [m for m in ms if cs + lm.start(1) <= m.start < cs + lm.end(1) and m.entity.has("Enterprise")]
            before = [m.entity for m in ms if m.start < cs + lm.start() and m.entity.has("Park", "Cluster")]
            own = [current] if current is not None and current.has("Park", "Cluster") else []
            targets = before[-1:] or own or [m.entity for m in self.mentions_in(cs + lm.end(), sent.end)
                                             if m.entity.has("Park", "Cluster")]
            target = targets[0] if targets else topic
            for lead in leads:
                if target is not None:
                    self.relate(lead.entity, "leadEnterpriseOf", target, cs, cs + lm.end(), "龙头")
        # (园区|集群)龙头企业X / 园区链主企业X → X leadEnterpriseOf the park or cluster spoken of
        for lm4 in re.finditer(r"(园区|产业园|集群)的?(?:龙头企业|链主企业|链主|龙头)", text):
            leads4 = [m for m in ms if m.start == cs + lm4.end() and m.entity.has("Enterprise")]
            if not leads4:
                continue
            want = ("Cluster",) if lm4.group(1) == "集群" else ("Park",)
            hosts4 = [m.entity for m in self.mentions if m.end <= cs + lm4.start() and m.start >= cs - 400
                      and m.entity.has(*want)]
            host4 = hosts4[-1] if hosts4 else (current if current is not None and current.has(*want) else None)
            if host4 is not None:
                self.relate(leads4[0].entity, "leadEnterpriseOf", host4, cs + lm4.start(), leads4[0].end, "龙头")
        self._zone_foundings(sent, seg, clause, ms)
        # X是(…)<cluster>的链主企业/龙头企业 → X leads the cluster
        for tm in re.finditer(r"是([^,,。;;]{2,30}?)的?(?:龙头企业|链主企业|链主|龙头)(?:之一)?", text):
            hosts_c = [m.entity for m in ms if cs + tm.start(1) <= m.start and m.end <= cs + tm.end(1) and m.entity.has("Cluster", "Park")]
            leads_c = [m.entity for m in ms if m.end <= cs + tm.start() and m.entity.has("Enterprise") and not m.entity.has("Funder")]
            if not leads_c:
                # A是B的子公司,也是C集群的龙头企业: the sentence's subject (its first company), not the last one named
                opening_c = [m for m in self.mentions_in(sent.start, cs) if not m.entity.has("Person", "Place")][:1]
                if opening_c and opening_c[0].entity.has("Enterprise") and not opening_c[0].entity.has("Funder") \
                        and opening_c[0].start - sent.start <= 2:
                    leads_c = [opening_c[0].entity]
                elif current is not None and current.has("Enterprise") and not current.has("Funder"):
                    leads_c = [current]
            if hosts_c and leads_c:
                self.relate(leads_c[-1], "leadEnterpriseOf", hosts_c[-1], cs, cs + tm.end(), "龙头企业")
        # X(带着团队)入驻<incubator>,创办了Y / Y入驻<incubator> → Y incubatedBy the incubator
        for em in re.finditer(r"(?:入驻|进驻)(?:了|到)?", text):
            incs = [m for m in ms if m.start == cs + em.end() and m.entity.has("Platform")
                    and re.search(r"孵化器|众创空间|加速器|孵化基地|孵化园|创新港|创业园|孵化中心|创业中心", m.surface + m.entity.name)]
            if not incs:
                continue
            rest_s = self.doc.flat[incs[0].end:sent.end]
            made_m = re.match(r"[^。;;]{0,30}?(?:创办|创立|成立|注册|孵化)了?", rest_s)
            incubatees = [m.entity for m in self.mentions_in(incs[0].end + made_m.end(), sent.end)
                          if m.entity.has("Enterprise") and not m.entity.has("Funder")][:1] if made_m else []
            if not incubatees:
                incubatees = [m.entity for m in ms if m.end <= cs + em.start() and m.entity.has("Enterprise")
                              and not m.entity.has("Funder")][-1:]
            if not incubatees and re.search(r"(?:他|她|团队)", text[: em.start()]):
                para_ms = [m.entity for m in self.mentions_in(para.start, cs) if m.entity.has("Enterprise")
                           and not m.entity.has("Funder")]
                incubatees = para_ms[-1:]
            for inc_e in incubatees:
                self.relate(inc_e, "incubatedBy", incs[0].entity, cs, incs[0].end, "入驻")
        # 这家<cluster>的龙头企业…: the company spoken of (named last) leads the cluster
        for tm in re.finditer(r"这家([^,,。;;]{2,30}?)的?(?:龙头企业|链主企业|龙头|链主)", text):
            hosts_t = [m.entity for m in ms if cs + tm.start(1) <= m.start and m.end <= cs + tm.end(1) and m.entity.has("Cluster", "Park")]
            prior_t = [m.entity for m in self.mentions if m.end <= cs + tm.start() and m.start >= cs - 400
                       and m.entity.has("Enterprise") and not m.entity.has("Funder")]
            if hosts_t and prior_t:
                self.relate(prior_t[-1], "leadEnterpriseOf", hosts_t[-1], cs + tm.start(), cs + tm.end(), "龙头企业")
        # 园区孵化器X / <zone>科技企业孵化器“X”: the incubator named in apposition lies in the zone
        for am in re.finditer(r"(园区|该区)?的?(?:科技企业)?(?:孵化器|加速器|众创空间|孵化基地|孵化园)[“\"]?", text):
            inc = [m for m in ms if m.start == cs + am.end() and m.entity.has("Platform")]
            if am.group(1):
                zone_a = self.main_zone
            else:
                # <zone>科技企业孵化器“X” (the descriptor may itself be a name of X)
                zone_ms = [m for m in self.mentions_in(cs, cs + am.end()) if m.entity.has("Zone")
                           and re.fullmatch(r"的?(?:科技企业)?(?:孵化器|加速器|众创空间|孵化基地|孵化园)[“\"]?",
                                            self.doc.flat[m.end:cs + am.end()])]
                zone_a = zone_ms[-1].entity if zone_ms else None
                if not inc and zone_ms:
                    inc = [m for m in ms if m.start == cs + am.end() and m.entity.has("Platform")]
            if inc and zone_a is not None and zone_a.has("Zone"):
                self.relate(inc[0].entity, "locatedIn", zone_a, cs + am.start(), inc[0].end)
        for m in ms:
            # <zone>科技企业孵化器“X”, the descriptor read as a name of X: X lies in the zone
            if m.entity.has("Platform") and m.surface != m.entity.name and self.doc.flat.startswith("“" + m.entity.name, m.end) \
                    and re.search(r"(?:孵化器|加速器|众创空间|孵化基地|孵化园)$", m.surface):
                host = next((z for z in self.table.entities if z.has("Zone") for n in z.names()
                             if m.surface.startswith(n) and len(m.surface) > len(n)), None)
                if host is not None:
                    self.relate(m.entity, "locatedIn", host, m.start, m.end + len(m.entity.name) + 2)
        # <cluster>…;链主企业X… : a bare 链主企业/龙头企业 opening a clause leads the cluster the sentence named
        lm5 = re.match(r"\s*(?:其中|同时)?[,,]?(?:链主企业|链主|龙头企业)", text)
        if lm5:
            leads5 = [m for m in ms if m.start == cs + lm5.end() and m.entity.has("Enterprise")]
            # the cluster of this sentence, else of the sentence before in the paragraph
            prev_s = [x for x in para.sentences if x.end <= sent.start][-1:]
            hosts5 = [m.entity for m in self.mentions_in(prev_s[0].start if prev_s else sent.start, cs) if m.entity.has("Cluster")]
            if leads5 and hosts5:
                self.relate(leads5[0].entity, "leadEnterpriseOf", hosts5[-1], cs, leads5[0].end, "链主")
        # 联合A与B成立/建设C → C foundedBy subject, A, B
        fm = re.search(r"(成立|建设|组建|共建|设立|揭牌)", text)
        if fm and re.search(r"在[^,;:。]{2,14}?设立的", text):
            fm = None  # A在X设立的B: a local base (below), not a founding
        if fm and re.search(r"、[^,,。;;]{2,20}等(?:平台|载体|机构)", text[fm.end():]):
            fm = None  # 共建A、B等平台: kinds of platform, not named foundations
        if fm:
            objs = [m.entity for m in ms if m.start >= cs + fm.end() and m.entity.has("Platform", "Enterprise", "Alliance", "Funder")]
            if objs:
                obj = objs[0]
                founders: list[tuple[Entity, str | None]] = []
                main_m = re.search(r"以([^,,]+?)为主体", seg.text)
                if main_m:
                    for m in self.mentions_in(seg.start + main_m.start(1), seg.start + main_m.end(1)):
                        founders.append((m.entity, "主体"))
                um = re.search(r"(?:联合|携手)(.+?)(成立|建设|组建|共建|设立)", text) \
                    or re.search(r"(?:与|和|同)([^,,。;;]+?)(?:合作|共同|联合|一起)?(成立|建设|组建|共建|设立)的", text) \
                    or re.search(r"(?:与|和|同)([^,,。;;]+?)(?:合作|共同|联合|一起)(成立|建设|组建|共建|设立)", text) \
                    or re.search(r"(?:与|和|同)([^,,。;;]+?)(共建)", text)
                prev_um = None
                if not um and re.match(r"(?:并|还|双方)?(?:共建|共同建设|合作共建|共同组建|联合成立)", text):
                    # A与B签署合作协议,共建C: B, named in the clause before, co-founds C
                    prev_um = re.search(r"(?:与|和|同)([^,,。;;]{2,24}?)(?:签署|签订|达成)[^,,。;;]{0,12}$",
                                        re.sub(r"[,，]+$", "", self.doc.flat[sent.start:cs]))
                if prev_um is not None:
                    ps = sent.start + prev_um.start(1)
                    founders.extend((m.entity, None) for m in self.mentions_in(ps, sent.start + prev_um.end(1))
                                    if m.entity.has("Enterprise", "Platform", "Organization", "Zone"))
                if um:
                    founders.extend((m.entity, None) for m in ms
                                    if cs + um.start(1) <= m.start < cs + um.end(1)
                                    and not self.doc.flat.startswith((*lx.MEMBER_ROLES, "院士"), m.end)
                                    and m.entity.has("Enterprise", "Platform", "Organization", "ResearchTeam",
                                                     "Alliance", "Zone", "Person"))
                    for m in ms:
                        if cs + um.start(1) <= m.start < cs + um.end(1) and m.entity.has("Person"):
                            team = self.table.get(m.entity.name + "团队")
                            if team is not None:
                                founders = [(f, r) for f, r in founders if f is not m.entity]
                                founders.append((team, None))
                actor = current
                if um is not None and um.group(0).endswith("的"):
                    # …、A与B共建的C: C (named right after 的) is what A and B built, A the one before 与
                    built_c = [m.entity for m in ms if m.start == cs + um.end()
                               and m.entity.has("Platform", "Enterprise", "Alliance", "Funder")]
                    by_a = [m.entity for m in ms if m.end == cs + um.start()
                            and m.entity.has("Zone", "Enterprise", "Organization", "Platform")]
                    if built_c:
                        obj = built_c[0]
                    if by_a:
                        actor = by_a[0]
                    elif (wm_ := re.search(r"(园区|我区|我们)(?:还|也|已|先后)?$", text[:um.start()])) is not None:
                        actor = self._word_entity(wm_.group(1)) or actor  # 园区与B共建的C
                if actor is None or actor.has("Person"):
                    actor = None
                    # 企业…,并与B共建C: the bare word 企业 opening the sentence is the company spoken of
                    sent_head = self.doc.flat[sent.start:cs + (um.start() if um else fm.start())]
                    said_m = re.match(r"\s*(?:[\u4e00-\u9fff]{2,4}[:：])?\s*(园区|我区|我们)", sent_head)
                    before_um = [m for m in ms if m.end <= cs + (um.start() if um else fm.start())]
                    if said_m and not [m for m in self.mentions_in(sent.start, sent.start + said_m.end()) if not m.entity.has("Person")] \
                            and not before_um:
                        actor = self._word_entity(said_m.group(1))  # 我们设立了A,还与B共建了C
                    elif re.match(r"\s*(?:该|这家)?(?:企业|公司)", sent_head):
                        prior_e = [m.entity for m in self.mentions if m.end <= sent.start and m.start >= sent.start - 400
                                   and m.entity.has("Enterprise") and not m.entity.has("Funder")]
                        actor = prior_e[-1] if prior_e else None
                if actor is None or actor is obj:
                    pre = [m.entity for m in ms if m.end <= cs + (um.start() if um else fm.start())
                           and m.entity.has("Zone", "Enterprise", "Organization", "Platform")]
                    actor = pre[-1] if pre else None
                if actor is not None and actor.has("Zone", "Enterprise", "Organization", "Platform") and not main_m:
                    founders.insert(0, (actor, None))
                if fm.group(1) == "建设" and not um and not main_m:
                    founders = []
                partners_each = [f for f, _ in founders if um and f is not actor]
                if um and "分别" in text and len(objs) == len(partners_each) >= 2:
                    # 与A、B分别共建了X和Y: A builds X, B builds Y (with the actor)
                    for each_obj, each_partner in zip(objs, partners_each, strict=True):
                        for f in ([actor] if actor is not None and actor.has("Zone", "Enterprise", "Organization", "Platform")
                                  else []) + [each_partner]:
                            self.relate(each_obj, "foundedBy", f, cs, ce)
                    founders = []
                for f, role in founders:
                    if f.has("Place", "Cluster", "Park"):
                        continue
                    start = min(cs, seg.start + main_m.start()) if main_m and role else cs
                    self.relate(obj, "foundedBy", f, start, ce, role)
        # 孵化 → incubatedBy
        im = re.search(r"孵化|^(?:其中|从这里走出|从中走出)|从这里“?毕业", text)
        if im and self._incubation(clause, ms, current):
            im = None
        out_m = re.match(r"\s*(?:先后|累计|已经?|陆续|成功|还|共|相继)*(?:孵化|培育)出", text)
        if out_m is not None:
            # 孵化器累计毕业企业N家,(先后)培育出A、B等…: the graduates of the platform the sentence is about
            host_p = current if current is not None and current.has("Platform") else self._sentence_platform(sent, seg, cs)
            if host_p is not None:
                for m in ms:
                    if m.entity.has("Enterprise") and not m.entity.has("Funder"):
                        self.relate(m.entity, "incubatedBy", host_p, cs, ce)
                im = None
        # 从孵化园走出来的X / 在孵化园成长起来的X → X incubatedBy the incubator
        for gm in re.finditer(r"(?:从|在)([\u4e00-\u9fff]{2,16}?)(?:里|中|内)?(?:走出来|走出|成长起来|成长壮大|孵化成长|毕业)的", text):
            grads = [m for m in ms if m.start == cs + gm.end() and m.entity.has("Enterprise") and not m.entity.has("Funder")]
            inc_ms = [m for m in ms if cs + gm.start(1) <= m.start and m.end <= cs + gm.end(1) and m.entity.has("Platform", "Park")]
            host_g = inc_ms[-1].entity if inc_ms else None
            if host_g is None:
                word = gm.group(1)
                prior = [m.entity for m in self.mentions if m.end <= cs and m.start >= cs - 1200 and m.entity.has("Platform")
                         and m.entity.name.endswith(word)]
                host_g = prior[-1] if prior else None
            if grads and host_g is not None:
                self.relate(grads[0].entity, "incubatedBy", host_g, cs + gm.start(), grads[0].end)
        if im and current is not None and im.group(0) == "孵化" and current.has("Zone", "Platform", "Park", "Organization", "Enterprise"):
            for m in ms:
                if m.start >= cs + im.end() and m.entity.has("Enterprise", "Project"):
                    self.relate(m.entity, "incubatedBy", current, cs, ce)
        # A、B和C先后与Z共建…平台 / A与Z签署…协议 (nothing named is founded) → partnerOf
        pm2 = re.search(r"(?:先后|分别|共同|已)?(?:与|同)([^,,。;;]{2,24}?)(?:签署|签订|签约|签下|共建|开展|达成|深化)", text)
        if pm2:
            orgs = ("Enterprise", "Organization", "Platform", "Zone", "Alliance")
            pm_partners = [x.entity for x in ms if cs + pm2.start(1) <= x.start and x.end <= cs + pm2.end(1) and x.entity.has(*orgs)]
            # X的母公司Y与Z签约: X, a possessor, is no party
            pm_subjects = [x.entity for x in ms if x.end <= cs + pm2.start() and x.entity.has(*orgs)
                           and not self.doc.flat.startswith("的", x.end)]
            founded = [x for x in ms if x.start >= cs + pm2.end() and x.entity.has("Platform", "Enterprise", "Alliance", "Funder")]
            gap = self.doc.flat[cs:cs + pm2.start()]
            if not pm_subjects and current is not None and current.has(*orgs):
                pm_subjects = [current]
            elif pm_subjects and not re.fullmatch(r"[^,,。;;]*", gap):
                pm_subjects = pm_subjects[-1:]
            kinds = re.search(r"、[^,,。;;]{2,20}等(?:平台|载体|机构)", text[pm2.end():]) is not None
            if not (pm2.group(0).endswith("共建") and founded) or kinds:
                for pa in pm_subjects:
                    for pb in pm_partners:
                        self.relate(pa, "partnerOf", pb, cs, cs + pm2.end())
        # 位于园区的X / 园区内的X: X lies in the article's zone
        for pm3 in re.finditer(r"(?:位于|落户|坐落于|扎根)(?:园区|该区|区内)的|园区内的", text):
            guests3 = [x for x in ms if x.start == cs + pm3.end() and x.entity.has("Enterprise", "Organization", "Platform", "Project")
                       and not x.entity.has("Funder")]
            if guests3 and self.main_zone is not None and self.main_zone.has("Zone"):
                self.relate(guests3[0].entity, "locatedIn", self.main_zone, cs + pm3.start(), guests3[0].end)
        # X落户(于)Z / 位于Z…的X → locatedIn
        lm3 = re.search(r"(落户|位于|坐落于|坐落在|扎根|入驻)(?:于|在)?", text)
        if lm3:
            lm_hosts = [x for x in ms if x.start == cs + lm3.end() and x.entity.has("Zone", "Park", "Place")]
            if lm_hosts:
                lm_host = lm_hosts[0]
                while lm_host.entity.has("Place"):
                    # 位于X省Y市的Z: the host is the last of the places written together
                    inner_place = [x for x in ms if x.start == lm_host.end and x.entity.has("Place")]
                    if not inner_place:
                        break
                    lm_host = inner_place[0]
                lm_tail = re.match(r"[^,,。;;]{0,8}?的", self.doc.flat[lm_host.end:ce])
                lm_guests = [x.entity for x in ms if lm_tail is not None and x.start == lm_host.end + lm_tail.end()]
                if not lm_guests:
                    lm_guests = [x.entity for x in ms if x.end <= cs + lm3.start()
                              and x.entity.has("Enterprise", "Organization", "Platform", "Project")][-1:]
                if not lm_guests and current is not None and current.has("Enterprise", "Organization", "Platform"):
                    lm_guests = [current]
                for g in lm_guests:
                    if g.has("Enterprise", "Organization", "Platform", "Project", "Park") \
                            or (g.has("Zone") and lm_host.entity.has("Place")):
                        self.relate(g, "locatedIn", lm_host.entity, cs, lm_host.end)
            elif lm3.group(1) in ("落户", "入驻", "扎根") and re.fullmatch(r"(?:园区|该区|这里|此地|本区)?[。!]?\s*", text[lm3.end():]) \
                    and self.main_zone is not None and self.main_zone.has("Zone"):
                # X随后落户 / X已入驻园区: nothing named after the verb, the host is the article's zone
                settled = [x for x in ms if x.end <= cs + lm3.start() and x.entity.has("Enterprise", "Organization", "Platform", "Project")]
                later = [x for x in ms if settled and settled[-1].end <= x.start and x.end <= cs + lm3.start()
                         and x.entity.has("Person", "ResearchTeam")]
                if settled and not settled[-1].entity.has("Funder") and not later \
                        and not re.search("团队|院士|教授|专家", text[settled[-1].end - cs:lm3.start()]):
                    listed = [settled[-1]]
                    for x in reversed(settled[:-1]):  # A、B等配套企业相继落户: every listed company
                        if self.doc.flat[x.end:listed[0].start] in ("、", "和", "及", "与"):
                            listed.insert(0, x)
                        else:
                            break
                    for x in listed:
                        self.relate(x.entity, "locatedIn", self.main_zone, cs, ce)
        # <zone>(的)<park>(内|里) → partOf
        for zm, pk in pairwise(ms):
            if zm.entity.has("Zone") and pk.entity.has("Park") and not pk.entity.has("Zone") \
                    and self.doc.flat[zm.end:pk.start] in ("的", "") \
                    and re.match(r"(?:内|里|中|已|是|现|目前|共|占地|规划|位于|一期|二期)", self.doc.flat[pk.end:ce]):
                self.relate(pk.entity, "partOf", zm.entity, zm.start, pk.end)
        # A是B的配套企业/合作伙伴/供应商 → partnerOf
        sm = re.search(r"是([^,,。;;]{2,24}?)的(?:配套企业|配套商|合作伙伴|战略伙伴|供应商|核心供应商|重要客户)", text)
        if sm:
            a = [x for x in ms if x.end <= cs + sm.start() and x.entity.has("Enterprise", "Organization", "Platform")]
            b = [x for x in ms if cs + sm.start(1) <= x.start and x.end <= cs + sm.end(1)
                 and x.entity.has("Enterprise", "Organization", "Platform")]
            if a and b:
                self.relate(a[-1].entity, "partnerOf", b[-1].entity, a[-1].start, cs + sm.end())
        # 与X(的)合作 → partnerOf
        pm = re.search(r"(?:与|同|和)(.+?)(?:的)?(?:合作|携手)", text)
        if pm and current is not None:
            for m in ms:
                partner = m.entity.has("Enterprise", "Platform", "Alliance", "Organization", "Zone")
                if cs + pm.start(1) <= m.start < cs + pm.end(1) and partner:
                    self.relate(current, "partnerOf", m.entity, cs, ce)
        # <org><title><person> → memberOf
        for i, m in enumerate(ms):
            person = m.entity if m.entity.has("Person") else None
            if person is None and m.entity.has("ResearchTeam") and m.surface.endswith("团队"):
                person = self.table.get(m.surface[:-2])
            if person is None or i == 0:
                continue
            org = ms[i - 1]
            between = self.doc.flat[org.end:m.start]
            # X(以下简称“Y”)总经理Z: the closing of the short-form note is no part of the role
            role = re.sub(r"^[”’\"」』)）]*(?:的|管委会|党工委|管理委员会)?", "", between.split("、")[-1])
            is_role = role in lx.MEMBER_ROLES or role.removeprefix("副") in lx.MEMBER_ROLES or role == "院士"
            # a department and its head (科技创新局局长, 金融工作局局长, 常务副主任): the office ends the phrase
            if not is_role and 2 < len(role) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]+", role) \
                    and role.endswith(lx.MEMBER_ROLES) and not re.search(r"[的是和与在为]", role):
                is_role = True
            if is_role and org.entity.has("Enterprise", "Organization", "Platform", "Zone"):
                role = between if "、" in between else role
                self.relate(person, "memberOf", org.entity, org.start, m.end, role)
                if i >= 2 and ms[i - 2].entity.has("Enterprise", "Organization", "Platform", "Zone"):
                    # A首席科学家、B院士X: the first post is held at A
                    first_post = self.doc.flat[ms[i - 2].end:org.start]
                    if first_post.endswith("、") and first_post[:-1].removeprefix("副") in (*lx.MEMBER_ROLES, "首席科学家", "常委", "委员"):
                        self.relate(person, "memberOf", ms[i - 2].entity, ms[i - 2].start, m.end, first_post[:-1])
                if "创始人" in role and org.entity.has("Enterprise", "Organization", "Platform"):
                    self.relate(org.entity, "foundedBy", person, org.start, m.end)
        # <body>…,由X担任院长/主任: X holds the post in the body the sentence is about
        hm = re.search(r"由([^,,。;;]{2,30}?)(?:担任|出任)(院长|主任|所长|理事长|总经理|董事长|首席科学家|负责人)(?:[,,。;;]|$)", text)
        if hm:
            holders_h = [m for m in ms if cs + hm.start(1) <= m.start and m.end <= cs + hm.end(1) and m.entity.has("Person")]
            want_h = {"院长": "院", "所长": "所", "主任": "中心", "总经理": "公司", "董事长": "公司"}.get(hm.group(2), "")
            bodies_h = [m.entity for m in self.mentions_in(sent.start, cs + hm.start())
                        if m.entity.has("Platform", "Organization", "Enterprise", "Alliance") and not m.entity.has("Funder")
                        and (not want_h or want_h in m.entity.name[-4:] or (want_h == "公司" and m.entity.has("Enterprise")))]
            if holders_h and bodies_h:
                self.relate(holders_h[-1].entity, "memberOf", bodies_h[-1], cs + hm.start(), cs + hm.end(2), hm.group(2))
        # X(同时)担任/出任/兼任Y<role> → memberOf
        for am in re.finditer(r"(?:担任|出任|兼任|任)([^,,。;;]{2,30}?)(" + "|".join(lx.MEMBER_ROLES) + r"|院士)", text):
            holders = [m for m in ms if m.end <= cs + am.start() and m.entity.has("Person")]
            org_ms = [m for m in ms if cs + am.start(1) <= m.start and m.end <= cs + am.end(1)
                      and m.entity.has("Enterprise", "Organization", "Platform", "Zone")]
            if holders and org_ms and self.doc.flat[org_ms[-1].end:cs + am.start(2)] in ("", "常务", "副"):
                role = self.doc.flat[org_ms[-1].end:cs + am.end(2)]
                self.relate(holders[-1].entity, "memberOf", org_ms[-1].entity, holders[-1].start, cs + am.end(), role)
            elif holders and not org_ms and am.group(1) in ("中心", "研究院", "实验室", "公司", "集团", "联盟", "研究所"):
                # 由X担任中心主任: the bare head names the last such body named before
                bodies = [m.entity for m in self.mentions if cs - 400 <= m.start and m.end <= cs + am.start()
                          and m.entity.name.endswith(am.group(1)) and m.entity.has("Enterprise", "Organization", "Platform", "Alliance")]
                if bodies:
                    self.relate(holders[-1].entity, "memberOf", bodies[-1], holders[-1].start, cs + am.end(), am.group(2))
        if ms and ms[0].entity.has("Person"):
            opening = self.doc.flat[cs:ms[0].start].lstrip()
            for head in self._HEADS:
                role = opening.removeprefix(head)
                if opening.startswith(head) and (role in lx.MEMBER_ROLES or role.removeprefix("副") in lx.MEMBER_ROLES):
                    anaphor = self._head_anaphor(clause)
                    if anaphor is not None and anaphor.entity.has("Enterprise", "Organization", "Platform"):
                        self.relate(ms[0].entity, "memberOf", anaphor.entity, cs, ms[0].end, role)
                    break
            # ,管委会副主任X主持会议: the bare administration is the article's zone's
            admin = _ZONE_ADMIN_TITLE_RE.fullmatch(opening)
            if admin is not None and self.main_zone is not None and self.main_zone.has("Zone") \
                    and admin.group(1).removeprefix("副").removeprefix("常务副") in lx.MEMBER_ROLES:
                self.relate(ms[0].entity, "memberOf", self.main_zone, cs, ms[0].end, opening)
        # Person团队 → heads
        for m in ms:
            if m.entity.has("ResearchTeam") and m.surface.endswith("团队"):
                person = self.table.get(m.surface[:-2])
                if person is not None:
                    self.relate(person, "heads", m.entity, m.start, m.end)
                led = re.search(r"(?:领衔|带领|率领|牵头)的$", self.doc.flat[max(cs, m.start - 4):m.start])
                leaders = [p for p in ms if p.end <= m.start and p.entity.has("Person")]
                if led and leaders and m.start - leaders[-1].end <= 4:
                    self.relate(leaders[-1].entity, "heads", m.entity, leaders[-1].start, m.end)
        # zone + 打造/建设/规划/培育 + cluster/park → developsCluster / developsPark
        dm = re.search(r"(打造|建设|规划|培育|构建|发展|做强|做大|做优|壮大|形成)", text)
        if dm:
            zones = [m.entity for m in ms if m.start < cs + dm.start() and m.entity.has("Zone")]
            actor = zones[-1] if zones else (current if current is not None and current.has("Zone") else None)
            if actor is None and self.main_zone is not None and self.main_zone.has("Zone") \
                    and not [m for m in self.mentions_in(sent.start, cs + dm.start()) if m.entity.has("Enterprise", "Platform", "Park")] \
                    and _ZONE_WORD_ACTS_RE.search(self.doc.flat[sent.start:cs + dm.start()]):
                actor = self.main_zone  # 园区将…,做强X产业集群
            if actor is not None:
                for m in ms:
                    if m.start >= cs + dm.start():
                        if m.entity.has("Cluster"):
                            self.relate(actor, "developsCluster", m.entity, cs, ce)
                        elif m.entity.has("Park"):
                            self.relate(actor, "developsPark", m.entity, cs, ce)
        # X是…Y的核心 → coreOf; 规划面积N的X,是…Y的核心区: X closes the clause before
        km = re.search(r"是.+的核心", text)
        if km and ms:
            first = ms[0]
            clusters = [m.entity for m in ms if m.entity.has("Cluster") and m.start > first.start]
            if first.entity.has("Park") and clusters:
                self.relate(first.entity, "coreOf", clusters[0], cs, ce)
            elif km.start() == len(text) - len(text.lstrip()) and any(m.entity.has("Cluster") for m in ms):
                before_km = [m for m in self.mentions_in(sent.start, cs) if m.entity.has("Park")]
                core_of = next(m.entity for m in ms if m.entity.has("Cluster"))
                if before_km and re.fullmatch(r"[,,\s]*", self.doc.flat[before_km[-1].end:cs]):
                    self.relate(before_km[-1].entity, "coreOf", core_of, before_km[-1].start, ce)
        self._opening_enterprise(sent, clause, ms)
        self._structure_relations(clause, ms, current)
        # X一家…企业Y / 位于X的Y → locatedIn
        lm2 = re.search(r"一家[^,,。]{0,10}?(?:企业|公司)", text)
        if lm2:
            hosts = [m for m in ms if m.end <= cs + lm2.start() and m.entity.has("Zone", "Place", "Park")]
            guests = [m for m in ms if m.start >= cs + lm2.end() and m.entity.has("Enterprise")]
            if not guests and ms and ms[0].entity.has("Enterprise") and re.search(r"是[^,,。]{0,12}$", text[: lm2.start()]):
                guests = ms[:1]  # X是Z一家…企业
            if hosts and guests:
                self.relate(guests[0].entity, "locatedIn", hosts[-1].entity, hosts[-1].start, guests[0].end)
        # enumeration-based relations
        for start, end, head, items in self.enums:
            if not (cs <= start < ce):
                continue
            if head.startswith("产业:以") and items:
                tail = [m for m in ms if m.start >= end - 1]
                if tail and tail[0].entity.has("Cluster", "Park", "Platform") and self.doc.flat[end - 1:end] == "的":
                    for it in items:
                        self.relate(tail[0].entity, "focusesOn", it, cs, ce)
                else:
                    # X以A、B为重点, … : the focus of the clause's park, cluster or platform
                    focus_hosts = [m.entity for m in ms if m.end <= start and m.entity.has("Cluster", "Park", "Platform")]
                    focus_owner = focus_hosts[-1] if focus_hosts else (current if current is not None
                                                               and current.has("Cluster", "Park", "Platform") else None)
                    if focus_owner is not None:
                        for it in items:
                            self.relate(focus_owner, "focusesOn", it, cs, ce)
            elif head.startswith("领域") and items:
                field_owner = topic if topic is not None else current
                own = [m.entity for m in ms if m.end <= start and m.entity.has("Park", "Platform", "Product")]
                if own:
                    field_owner = own[-1]
                if field_owner is not None and field_owner.has("Park", "Platform"):
                    for it in items:
                        self.relate(field_owner, "applicationField", it, start, end)
            elif head.startswith("产品") and items:
                owner = topic if topic is not None else current
                if owner is not None and owner.has("Park", "Cluster", "Platform"):
                    for it in items:
                        self.relate(it, "supports", owner, start, end)
            elif head == "first-made" and items:
                # (A)…完成了首款X的研发: A, or the company the paragraph is about (他/团队…)
                devs_f = [m.entity for m in self.mentions_in(sent.start, start)
                          if m.entity.has("Enterprise") and not m.entity.has("Funder")]
                if not devs_f:
                    devs_f = [m.entity for m in self.mentions_in(para.start, sent.start) if m.entity.has("Enterprise")
                              and not m.entity.has("Funder")]
                if devs_f:
                    for it in items:
                        self.relate(devs_f[-1], "developsTechnology", it, start, end)
            elif head == "tech-named" and items:
                # 其“X技术”…: the company 其 stands for; …核心技术X,来自A与B的联合攻关: A and B (partners)
                nxt_c = self.doc.flat[end:sent.end]
                from_m = re.match(r"[,,]?来自([^,,。;;]{2,40}?)的?(?:联合攻关|联合研发|合作研发|攻关|研发)", nxt_c)
                devs: list[Entity] = []
                if from_m:
                    devs = [m.entity for m in self.mentions_in(end + from_m.start(1), end + from_m.end(1))
                            if m.entity.has("Enterprise", "Organization", "Platform")]
                    for dev_a, dev_b in pairwise(devs):
                        self.relate(dev_a, "partnerOf", dev_b, end + from_m.start(1), end + from_m.end(1))
                elif self.doc.flat[start - 1:start] == "其" or self.doc.flat.startswith("其", start):
                    prior_c = [m.entity for m in self.mentions if m.end <= start and m.start >= start - 300
                               and m.entity.has("Enterprise") and not m.entity.has("Funder")]
                    devs = [current] if current is not None and current.has("Enterprise") else prior_c[-1:]
                for d in devs:
                    for it in items:
                        self.relate(d, "developsTechnology", it, start, end + (from_m.end() if from_m else 0))
            elif head in ("产线", "生产线") and items:
                # (将)建设A、B等产线: the company the sentence is about makes A and B
                makers_l = [m.entity for m in self.mentions_in(sent.start, start) if m.entity.has("Enterprise")
                            and not m.entity.has("Funder")]
                maker_l = current if current is not None and current.has("Enterprise") else (makers_l[-1] if makers_l else None)
                if maker_l is not None:
                    for it in items:
                        if it.has("Product"):
                            self.relate(maker_l, "produces", it, start, end)
            elif head.startswith("技术") and items:
                dev = [m.entity for m in self.mentions_in(seg.start, start) if m.entity.has("Enterprise", "Platform")]
                who = dev[-1] if dev else current
                if who is not None:
                    for it in items:
                        self.relate(who, "developsTechnology", it, start, end)
            elif head == "focus":
                focus_by = [m.entity for m in self.mentions_in(sent.start, start) if m.entity.has("Park", "Cluster", "Platform")]
                owner_f = focus_by[-1] if focus_by else (current if current is not None and current.has("Park", "Cluster", "Platform")
                                                         else None)
                if owner_f is not None:
                    for it in items:
                        self.relate(owner_f, "focusesOn", it, start, end)
            elif head == "leading":
                zone = current if current is not None and current.has("Zone") else self.main_zone
                if zone is not None and zone.has("Zone"):
                    for it in items:
                        self.relate(zone, "hasLeadingIndustry", it, start, end)
            elif head == "chain":
                chain_hosts = [m.entity for m in self.mentions_in(sent.start, start) if m.entity.has("Park", "Cluster")]
                if not chain_hosts and re.search(r"这里|该园|园内|园区内", sent.text):
                    chain_hosts = [m.entity for m in self.mentions_in(para.start, sent.start) if m.entity.has("Park", "Cluster")][:1]
                elif not chain_hosts and re.search(r"(?:^|[,,])(?:该?集群|该园区)", self.doc.flat[end:sent.end]):
                    # 围绕A、B等环节,集群已集聚…: the anaphor after the clause names the paragraph's last cluster
                    chain_hosts = [m.entity for m in self.mentions_in(para.start, sent.start) if m.entity.has("Park", "Cluster")][-1:]
                host = chain_hosts[-1] if chain_hosts else (current if current is not None and current.has("Park", "Cluster") else topic)
                if host is not None:
                    for it in items:
                        self.relate(host, "hasChainSegment", it, start, end)
            elif head == "own":
                # 其生产的X / 其研发的X: the maker is the subject 其 refers to
                if current is not None and current.has("Enterprise", "Platform") and current not in items:
                    pred = "developsTechnology" if self.doc.flat.startswith("其研发", start) or not current.has("Enterprise") \
                        else "produces"
                    for it in items:
                        self.relate(current, pred, it, start, end)
            elif head == "made":
                vm = re.search(r"(研发|研制|生产|推出|制造|开发)的$", self.doc.flat[cs:start + 3])
                makers = [m.entity for m in self.mentions_in(cs, start + 3) if m.entity.has("Enterprise", "Platform")]
                maker = makers[-1] if makers else (current if current is not None and current.has("Enterprise") else None)
                if vm and maker is not None:
                    pred = "produces" if vm.group(1) in ("生产", "制造") else "developsTechnology"
                    co = re.search(r"(?:与|和|同)([^,,。;;]{2,20}?)(?:联合|共同|合作)(?:研发|研制|开发)的$", self.doc.flat[cs:start + 3])
                    if co and pred == "developsTechnology":
                        # A与B联合研发的X: B develops it too
                        for cm_ in self.mentions_in(cs + co.start(1), cs + co.end(1)):
                            if cm_.entity.has("Enterprise", "Organization", "Platform") and cm_.entity is not maker:
                                for it in items:
                                    self.relate(cm_.entity, pred, it, start, end)
                    for it in items:
                        self.relate(maker, pred, it, start, end)
                        if re.match(r"[^,。;]{0,6}(?:量产|批量生产|投产|批量供货|供货|出货|上市销售|配套)", self.doc.flat[end:]) \
                                and maker.has("Enterprise"):
                            self.relate(maker, "produces", it, start, end)
            elif head in ("produces", "devtech"):
                makers = [m.entity for m in self.mentions_in(seg.start, start) if m.entity.has("Enterprise", "Platform")
                          and not m.entity.has(*[x.primary for x in items])]
                maker = current if current is not None and current.has("Enterprise", "Platform") else None
                if makers and (maker is None or self.doc.flat.rfind(makers[-1].name, seg.start, start) >= 0):
                    maker = makers[-1]
                if maker is not None:
                    pred = "produces" if head == "produces" and maker.has("Enterprise") else "developsTechnology"
                    for it in items:
                        self.relate(maker, pred, it, start, end)

    _ZONE_VERB_RE = re.compile(r"(?:还|也|已|已经|先后|相继|共|累计|正式|新|一并)*(?:建成|设立|搭建|组建|成立|发起设立|牵头组建)了?")

    def _word_entity(self, word: str) -> Entity | None:
        """园区/我区/本区 name the article's zone; 我们 names the body an interview is with (——访<zone>
        管委会主任Y → the zone, ——访<company>董事长Y → the company), else nothing."""
        if word != "我们":
            return self.main_zone if self.main_zone is not None and self.main_zone.has("Zone") else None
        for para in self.doc.paragraphs[:4]:
            if re.match(r"[—\-\s]*(?:专访|访)", para.text) and len(para.text) <= 50:
                bodies = [m.entity for m in self.mentions_in(para.start, para.end)
                          if m.entity.has("Zone", "Enterprise", "Organization", "Platform") and not m.entity.has("Person")]
                if bodies:
                    return bodies[0]
        return None

    def _zone_foundings(self, sent: Sentence, seg: Segment, clause: Clause, ms: list[Mention]) -> None:
        """园区/我们/<zone>(还)建成/设立/搭建…X(、Y和Z) → each founded by the article's zone;
        …建成N大平台:A、B、C和D → the list in the next clause."""
        text, cs = clause.text, clause.start
        if self.main_zone is None or not self.main_zone.has("Zone"):
            return
        opener = re.match(r"\s*(?:目前|同时|此外|今年|全年)?[,,]?\s*", text)
        at0 = opener.end() if opener else 0
        word = re.match(r"园区|我们|我区|本区", text[at0:])
        founder = self.main_zone
        if word is not None:
            said = self._word_entity(word.group(0))
            if said is None or any(m.start < cs + at0 + word.end() for m in ms):
                return
            founder = said
            verb_at = at0 + word.end()
        else:
            lead = [m for m in ms if m.start == cs + at0]
            if not lead or lead[0].entity is not self.main_zone:
                return
            verb_at = lead[0].end - cs
        zm = self._ZONE_VERB_RE.match(text, verb_at)
        if zm is None:
            return
        kinds = ("Platform", "Funder", "Alliance")
        after = [m for m in ms if m.start >= cs + zm.end()]
        rest = text[zm.end():].rstrip()
        if not after and re.search(r"[两二三四五六七八九十\d]+(?:大|个|家)?(?:平台|载体|机构)[::]$", rest):
            nxt = [c for c in seg.clauses if c.start >= clause.end][:1]
            after = self.mentions_in(nxt[0].start, nxt[0].end) if nxt else []
        built: list[Mention] = []
        at = cs + zm.end() if after and after[0].start < clause.end else (after[0].start if after else 0)
        for m in after:
            if not m.entity.has(*kinds) or m.entity is self.main_zone:
                break
            gap = self.doc.flat[built[-1].end if built else at:m.start].strip()
            if built and gap not in ("、", "和", "及", "以及"):
                break
            if not built and not re.fullmatch(r"(?:[^,,。;;、]{0,14}的)?", gap):
                break  # 设立了规模20亿元的X: only a modifier may stand between the verb and the name
            built.append(m)
        for m in built:
            self.relate(m.entity, "foundedBy", founder, cs, m.end)

    def _sentence_platform(self, sent: Sentence, seg: Segment, cs: int) -> Entity | None:
        """The platform a sentence is about: the last one named before ``cs`` in the sentence, else
        the one a clause of the segment opens with by the tail of its name (中试基地全年… after
        X生物制造中试基地)."""
        named = [m.entity for m in self.mentions_in(sent.start, cs) if m.entity.has("Platform")]
        if named:
            return named[-1]
        for clause in seg.clauses:
            if clause.start >= cs:
                break
            text = re.sub(r"^\s*(?:其中|目前|同时)?[,,]?\s*", "", clause.text)
            prior = [m.entity for m in self.mentions if m.end <= clause.start and m.start >= clause.start - 1200
                     and m.entity.has("Platform")]
            for ent in reversed(prior):
                tail = next((ent.name[-k:] for k in range(min(6, len(ent.name) - 1), 2, -1) if text.startswith(ent.name[-k:])), None)
                if tail is not None:
                    return ent
        return None

    def _opening_enterprise(self, sent: Sentence, clause: Clause, ms: list[Mention]) -> None:
        """A clause opened by an enterprise after a scene-setting clause of the same sentence:
        ``(在)…<park>里/内, X…`` → X locatedIn the park; ``作为(集群)龙头企业, X…`` → X
        leadEnterpriseOf the cluster (or park) spoken of."""
        cs = clause.start
        lead = len(clause.text) - len(clause.text.lstrip())
        if not ms or ms[0].start != cs + lead or not ms[0].entity.has("Enterprise") or ms[0].entity.has("Funder"):
            return
        guest = ms[0]
        before = self.doc.flat[sent.start:cs]
        parks = [m for m in self.mentions_in(sent.start, cs) if m.entity.has("Park")]
        if parks and re.fullmatch(r"(?:里|内|中)[,,]\s*", self.doc.flat[parks[-1].end:cs]):
            self.relate(guest.entity, "locatedIn", parks[-1].entity, parks[-1].start, guest.end)
        am = re.search(r"作为[^,,。;;]{0,20}?(集群|产业园|园区|产业链)?的?(?:龙头企业|链主企业|链主|龙头)[,,]\s*$", before)
        if am:
            want = ("Park",) if am.group(1) in ("产业园", "园区") else ("Cluster",)
            # the host named inside the phrase (作为X产业集群的链主企业), else the last one named before
            hosts = [m.entity for m in self.mentions if m.end <= sent.start + am.end() and m.start >= cs - 600
                     and m.entity.has(*want)]
            if hosts:
                self.relate(guest.entity, "leadEnterpriseOf", hosts[-1], sent.start + am.start(), guest.end, "龙头企业")

    def _photo_relations(self) -> None:
        for maker, product, cpara in self.caption_products:
            self.relate(maker, "produces", product, cpara.start, cpara.end)
        for maker, product, start, end in self.pending_produces:
            self.relate(maker, "produces", product, start, end)
        for ent in self.table.entities:
            para = self.photo_of.get(id(ent))
            if para is None:
                continue
            inner = [e for e in self.table.entities if e is not ent and any(n in para.text for n in e.names())
                     and not e.has("Photo", "Place")]
            for target in sorted(inner, key=lambda e: (e.has("Product"),
                                                      -max(len(n) for n in e.names() if n in para.text)))[:1]:
                self.relate(ent, "depicts", target, para.start, para.end)

    def _incubation(self, clause: Clause, ms: list[Mention], current: Entity | None) -> bool:
        """X由Y孵化, X是Y孵化的企业, Y孵化的X → X incubatedBy Y."""
        cs, text = clause.start, clause.text
        found = False
        # A在Z孵化成立(了)X: X is incubated by Z and founded by A
        m = re.search(r"在([^,;:。]{2,20}?)孵化(?:成立|设立|创办|组建|落地)了?", text)
        if m:
            hosts = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1)
                     and x.entity.has("Zone", "Platform", "Park", "Organization")]
            made = [x.entity for x in ms if x.start >= cs + m.end() and x.entity.has("Enterprise", "Project")]
            makers = [x.entity for x in ms if x.end <= cs + m.start()
                      and x.entity.has("ResearchTeam", "Person", "Organization", "Enterprise")]
            if not makers and re.fullmatch(r"\s*", text[: m.start()]):
                # A领衔的B团队,在Z孵化成立了X: the makers close the clause before
                sent = self.doc.clause_at(cs)[1]
                makers = [x.entity for x in self.mentions_in(sent.start, cs)
                          if x.entity.has("ResearchTeam", "Person", "Organization", "Enterprise")]
            if hosts and made:
                self.relate(made[0], "incubatedBy", hosts[-1], cs, clause.end)
                if makers:
                    self.relate(made[0], "foundedBy", makers[-1], cs, clause.end)
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
                    self.relate(subject, "incubatedBy", inc, cs, clause.end)
                    found = True
        # Y…,X在此孵化后… / X即由此孵化成长 / X正是从这里“毕业”的: 此/这里 is the incubator named before X
        hm = _HERE_INCUBATED_RE.search(text) if "孵化" in text or "毕业" in text else None
        if hm is not None and not found:
            grads = [x for x in ms if x.end <= cs + hm.start() and x.entity.has("Enterprise") and not x.entity.has("Funder")]
            if grads and not re.search(r"[,,]", self.doc.flat[grads[-1].end:cs + hm.start()]):
                sent_start = self.doc.clause_at(cs)[1].start
                # an incubator by its name, or by the kind word before it (孵化器“X”)
                hosts = [x.entity for x in self.mentions_in(sent_start, grads[-1].start)
                         if x.entity.has("Platform") and (_INCUBATOR_WORD_RE.search(x.entity.name) or re.search(
                             r"(?:孵化器|众创空间|加速器)“?$", self.doc.flat[max(0, x.start - 6):x.start]))]
                if hosts:
                    self.relate(grads[-1].entity, "incubatedBy", hosts[-1], sent_start, cs + hm.end())
                    found = True
        # Y孵化企业N家,其中X… / 从这里走出的X…: X incubated by Y (the last incubator named before 孵化)
        m = re.match(r"(?:其中|从这里走出的|从这里走出了|从中走出的)", text)
        if m and ms and ms[0].start == cs + m.end() and ms[0].entity.has("Enterprise") and not found:
            graduates = [ms[0]]
            for x in ms[1:]:
                if self.doc.flat[graduates[-1].end:x.start] in ("、", "和", "及") and x.entity.has("Enterprise"):
                    graduates.append(x)
            sent_start = max(self.doc.flat.rfind("。", 0, cs), self.doc.flat.rfind("\n", 0, cs)) + 1
            back = self.doc.flat[sent_start:cs]
            inc_at = max(back.rfind("孵化"), back.rfind("在孵"))  # …孵化企业N家 / …在孵企业N家,其中X…
            if inc_at >= 0 and re.search(r"(?:企业|公司|项目)", back[inc_at:]):
                hosts = [x.entity for x in self.mentions_in(sent_start, sent_start + inc_at)
                         if x.entity.has("Platform", "Park", "Zone", "Organization")]
                if hosts:
                    for g in graduates:
                        self.relate(g.entity, "incubatedBy", hosts[-1], sent_start + inc_at, g.end)
                    found = True
        m = re.search(r"孵化的", text)
        if m and not found:
            after = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise", "Project")]
            incubators = [x.entity for x in ms if x.end == cs + m.start()
                          and x.entity.has("Zone", "Platform", "Enterprise", "Organization", "Park")]
            if not incubators and re.search(r"(?:由|经)?其$", text[: m.start()]):
                # Y累计孵化…,由其孵化的X…: 其 is the incubator named before in the sentence
                sent = self.doc.clause_at(cs)[1]
                incubators = [x.entity for x in self.mentions_in(sent.start, cs)
                              if x.entity.has("Zone", "Platform", "Organization", "Park")][-1:]
            if after and incubators:
                self.relate(after[0].entity, "incubatedBy", incubators[0], cs, after[0].end)
                found = True
        return found

    def _structure_relations(self, clause: Clause, ms: list[Mention], current: Entity | None) -> None:
        """Subsidiaries, local bases, lead enterprises, projects carried out, parks a zone builds,
        founders named after 由, strategic partners."""
        cs, ce, text = clause.start, clause.end, clause.text
        orgs = ("Enterprise", "Organization", "Platform", "Zone")
        # X是Y旗下(的)子公司 / Y旗下(的)子公司X / 集团子公司X
        m = re.search(r"是([^,;:。]{2,20}?)(?:旗下|下属|的)的?(?:全资|控股)?子(?:公司|企业)", text)
        if m:
            parents = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has("Enterprise")]
            kids = [x.entity for x in ms if x.end <= cs + m.start() and x.entity.has("Enterprise")]
            if parents and kids:
                self.relate(kids[-1], "subsidiaryOf", parents[-1], cs, ce)
        for m in re.finditer(r"(?:旗下|下属)?的?(?:全资|控股)?子公司|(?<=集团)(?:旗下|下属)的?", text):
            kid = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
            if not kid:
                continue
            parent = [x.entity for x in ms if x.end == cs + m.start() and x.entity.has("Enterprise")]
            if not parent and re.search(r"(?:集团|公司)$", text[: m.start()].lstrip()):
                anaphor = self._head_anaphor(clause)
                parent = [anaphor.entity] if anaphor is not None and anaphor.entity.has("Enterprise") else []
            if parent:
                self.relate(kid[0].entity, "subsidiaryOf", parent[0], cs, kid[0].end)
        # Y旗下的X / (由)Y全资控股的X → subsidiaryOf (Y an enterprise) or ownedBy (Y a zone or body)
        for m in re.finditer(r"(旗下|下属|全资控股|控股|全资持有|持股)的", text):
            own_kid = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
            own_parent = [x for x in ms if x.end == cs + m.start() and x.entity.has("Enterprise", "Zone", "Organization")]
            if not own_kid or not own_parent or own_kid[0].entity is own_parent[0].entity:
                continue
            if own_parent[0].entity.has("Enterprise") and not own_parent[0].entity.has("Zone"):
                self.relate(own_kid[0].entity, "subsidiaryOf", own_parent[0].entity, own_parent[0].start, own_kid[0].end)
            else:
                self.relate(own_kid[0].entity, "ownedBy", own_parent[0].entity, own_parent[0].start, own_kid[0].end, m.group(1))
        # 区属国企X / 园区所属平台公司X → X ownedBy the zone
        for m in re.finditer(r"(?:区属|园区所属|区管|管委会(?:所属|下属|旗下)的?)(?:国企|国有企业|平台公司|国有平台|企业)?", text):
            owned = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
            if owned and self.main_zone is not None and self.main_zone.has("Zone"):
                self.relate(owned[0].entity, "ownedBy", self.main_zone, cs + m.start(), owned[0].end, m.group(0))
        # A在X设立的B → B localBaseOf A, B locatedIn X
        m = re.search(r"在([^,;:。]{2,14}?)设立的", text)
        if m:
            base = [x.entity for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
            owner = [x.entity for x in ms if x.end == cs + m.start() and x.entity.has("Enterprise")]
            host = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has("Zone", "Place", "Park")]
            if base and owner:
                self.relate(base[0], "localBaseOf", owner[0], cs, ce)
            if base and host:
                self.relate(base[0], "locatedIn", host[0], cs, ce)
        # (集群|产业园)龙头X → X leadEnterpriseOf the cluster / park named before
        for m in re.finditer(r"(集群|产业园|园区)?(?:的)?龙头(?:企业)?(?:为|是)?", text):
            lead_m = [x for x in ms if x.start == cs + m.end() and x.entity.has("Enterprise")]
            lead = [x.entity for x in lead_m]
            if not lead:
                continue
            want = {"集群": ("Cluster",), "产业园": ("Park",), "园区": ("Park",)}.get(m.group(1) or "", ("Cluster", "Park"))
            para = self.doc.clause_at(cs)[0]
            hosts = [x.entity for x in self.mentions_in(para.start, cs + m.start()) if x.entity.has(*want)]
            if hosts:
                self.relate(lead[0], "leadEnterpriseOf", hosts[-1], cs, lead_m[0].end, "龙头")
        # 其“X”项目 / A的“X”项目 → A carriesOut X
        for m in re.finditer(r"(其|的)?“([^”]{2,20})”项目", text):
            proj = self.table.get(m.group(2))
            if proj is None or not proj.has("Project"):
                continue
            owners = [x.entity for x in ms if x.end == cs + m.start() - (1 if m.group(1) == "的" else 0)
                      and x.entity.has("Enterprise", "Platform")] if m.group(1) != "其" else []
            if m.group(1) == "其":
                sent_ms = self.mentions_in(self.doc.clause_at(cs)[1].start, cs + m.start())
                before = [x.entity for x in sent_ms if x.entity.has("Enterprise", "Platform") and not x.entity.has("Funder")]
                owners = [current] if current is not None and current.has("Enterprise", "Platform") else before[-1:]
            if owners:
                self.relate(owners[0], "carriesOut", proj, cs + m.start(), cs + m.end())
        # A获得…贷款/融资…,用于…X项目 → A carriesOut X
        use_m = re.match(r"\s*(?:资金|款项|贷款|融资)?(?:主要|将|全部|重点)?(?:用于|投向|支持其|支持该企业|支持该公司)", text)
        if use_m:
            sent = self.doc.clause_at(cs)[1]
            used = [x.entity for x in ms if x.entity.has("Project")]
            prev = self.doc.flat[sent.start:cs]
            takers = [x.entity for x in self.mentions_in(sent.start, cs) if x.entity.has("Enterprise")
                      and not x.entity.has("Funder") and re.match(r"(?:获得|获)", self.doc.flat[x.end:x.end + 2])]
            if not takers:
                # A完成B轮融资…/F向A发放贷款…, 资金投向/支持其X项目: the recipient of the sentence's funding
                funded = [f for f in self.funding if f["start"] >= sent.start and f["recipient"].has("Enterprise")]
                takers = [funded[-1]["recipient"]] if funded else []
            if used and takers and re.search(r"贷款|融资|授信|投资", prev):
                self.relate(takers[0], "carriesOut", used[0], sent.start, ce)
        # A实施/建设/扩建的B项目, A正在建设B项目 → A carriesOut B
        for m in re.finditer(r"(?:正在|已|将)?(?:实施|扩建|承担|推进|建设|新建|建成|投建)(?:了|的)?", text):
            projects = [x.entity for x in ms if x.entity.has("Project") and x.start >= cs + m.end()
                        and _PROJECT_LEAD_RE.fullmatch(text[m.end():x.start - cs])]
            if not projects:
                continue
            # A(已)(在园区)建成X项目: adverbs and a place may stand between the company and the verb
            actors = [x.entity for x in ms if x.entity.has("Enterprise", "Platform") and not x.entity.has("Funder")
                      and (x.end == cs + m.start() or re.fullmatch(r"(?:计划|拟|总)?(?:投资|投入|出资)(?:(?:约|近|超)?[\d.]+[万亿]元)?",
                                                                   text[x.end - cs:m.start()])
                           or (x.start - cs <= 2 and _ACTOR_GAP_RE.fullmatch(text[x.end - cs:m.start()])))]
            host_m = re.search(r"在(园区|该区|这里)$", text[:m.start()].removesuffix("已").removesuffix("已经"))
            if actors and host_m and self.main_zone is not None and self.main_zone.has("Zone"):
                self.relate(projects[0], "locatedIn", self.main_zone, cs, ce)  # A已在园区建成X项目
            if not actors and current is not None and current.has("Enterprise", "Platform") \
                    and not any(x.start < cs + m.start() for x in ms):
                actors = [current]
            if actors:
                self.relate(actors[0], "carriesOut", projects[0], cs, ce)
        # <enterprise>年产N吨X生产线/项目 → the enterprise produces X
        for maker_m in ms:
            cap = _CAPACITY_AFTER_RE.match(self.doc.flat, maker_m.end, ce)
            line_product = self.table.get(cap.group(1)) if cap else None
            if cap and line_product is not None and line_product.has("Product") \
                    and maker_m.entity.has("Enterprise") and not maker_m.entity.has("Funder"):
                self.relate(maker_m.entity, "produces", line_product, maker_m.start, cap.end())
        # <enterprise><project> written as one phrase (X公司年产3万吨Y项目) → the enterprise carries it out
        for own_m, proj_m in pairwise(ms):
            # 禾X生物(以下简称“Y”)投资N亿元的Z项目: the bracket that declares a short form stands between
            gap = re.sub(r"^[”\"’]?[))]", "", self.doc.flat[own_m.end:proj_m.start])
            if (gap in ("", "的") or re.fullmatch(r"(?:计划|拟)?总?(?:投资|投入)(?:约|近|超)?[\d.]+[万亿]元的", gap)) \
                    and own_m.entity.has("Enterprise") and not own_m.entity.has("Funder") \
                    and proj_m.entity.has("Project") and not proj_m.entity.has("Enterprise"):
                self.relate(own_m.entity, "carriesOut", proj_m.entity, own_m.start, proj_m.end)
        # 其<place>基地 → the base of the enterprise named just before
        m = re.search(r"其([^,;:。]{2,6}?(?:生产|制造|研发)?基地)", text)
        if m:
            base = [x.entity for x in ms if x.start == cs + m.start(1) and x.entity.has("Enterprise")]
            para = self.doc.clause_at(cs)[0]
            owners = [x.entity for x in self.mentions_in(max(para.start, cs - 60), cs + m.start())
                      if x.entity.has("Enterprise") and not x.entity.has("Funder")]
            if base and owners:
                self.relate(base[0], "localBaseOf", owners[-1], cs, ce)
        # X是Z(“一区N园”)的核心园区/园区之一/重要组成部分 → X partOf Z
        m = re.search(r"是([^,;:。]{2,20}?)(?:“[^”]{2,8}”)?的?"
                      r"(?:核心园区|主园区|园区之一|重要组成部分|组成部分|片区之一|重要片区|核心片区)", text)
        if m:
            wholes = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has("Zone", "Park")]
            parts = [x.entity for x in ms if x.end <= cs + m.start() and x.entity.has("Park", "Platform")]
            if not parts:
                anaphor = self._head_anaphor(clause)
                parts = [anaphor.entity] if anaphor is not None and anaphor.entity.has("Park", "Platform") else []
            if wholes and parts and parts[-1] is not wholes[0]:
                self.relate(parts[-1], "partOf", wholes[0], cs, ce)
        # X是Z(重点)建设的产业园 → Z developsPark X
        m = re.search(r"是([^,;:。]{2,20}?)(?:重点|着力|全力)?(?:建设|打造|规划|培育)的[^,;:。]{0,6}?(?:产业园|园区|集群)", text)
        if m:
            parks = [x.entity for x in ms if x.end <= cs + m.start() and x.entity.has("Park", "Cluster")]
            zones = [x.entity for x in ms if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has("Zone")]
            if parks and zones:
                pred = "developsPark" if parks[-1].has("Park") else "developsCluster"
                self.relate(zones[0], pred, parks[-1], cs, ce)
        # …获批C,由A和B共同建设 → C foundedBy A, B
        m = re.search(r"由([^,;:。]{2,40}?)(?:共同|联合)?(?:出资|投资)?"
                      r"(?:建设|组建|共建|成立|发起设立|设立|牵头组建|牵头(?=[,,。;;]|$))(的)?", text.lstrip())
        if m:
            off = cs + len(text) - len(text.lstrip())
            founders = [x.entity for x in ms if off + m.start(1) <= x.start < off + m.end(1) and x.entity.has(*orgs)]
            if re.match(r"(?:园区|我区)(?:与|和|联合|携手)", m.group(1)) and self.main_zone is not None and self.main_zone.has("Zone"):
                founders.insert(0, self.main_zone)  # 由园区与B联合组建
            _, sent, _, _ = self.doc.clause_at(cs)
            built = [x.entity for x in self.mentions_in(sent.start, cs) if x.entity.has("Platform", "Alliance", "Park")]
            if m.start() > 0:  # C由A和B共同出资组建: C is named right before 由
                built = [x.entity for x in ms if x.end == off + m.start()
                         and x.entity.has("Platform", "Alliance", "Park", "Funder", "Enterprise")]
            if m.group(2):  # 由A和B共同组建的C
                built = [x.entity for x in ms if x.start == off + m.end() and x.entity.has("Platform", "Alliance", "Park", "Funder")]
            if built:
                for f in founders:
                    self.relate(built[-1], "foundedBy", f, cs, ce)
        # (该)项目由X(负责)建设/实施 → X carriesOut the project spoken of
        bm = re.match(r"\s*(?:该项目|项目)?由([^,,。;;]{2,40}?)(?:负责|投资|出资|全资)?(?:建设|实施|承建|投建|运营)", text)
        if bm:
            builders = [x.entity for x in ms if cs + bm.start(1) <= x.start and x.end <= cs + bm.end(1)
                        and x.entity.has("Enterprise") and not x.entity.has("Funder")]
            projs = [x.entity for x in self.mentions_in(max(0, cs - 300), cs + bm.start(1)) if x.entity.has("Project")]
            if builders and projs and (text.lstrip().startswith(("该项目", "项目")) or projs[-1] in [x.entity for x in ms]):
                self.relate(builders[-1], "carriesOut", projs[-1], cs, cs + bm.end())
        # A牵头组建的B → B foundedBy A
        for m in re.finditer(r"(?:牵头)?(?:组建|成立|发起设立|设立|共建)的", text):
            made = [x.entity for x in ms if x.start == cs + m.end() and x.entity.has("Platform", "Alliance", "Funder", "Enterprise")]
            maker = [x.entity for x in ms if x.end == cs + m.start() and x.entity.has(*orgs)]
            if made and maker and not re.search(r"在[^,;:。]{2,14}$", text[: m.start()]):
                self.relate(made[0], "foundedBy", maker[0], cs, ce)
        # A与B签订/签署…合作协议 → partnerOf
        m = re.search(r"(?:与|同|和)([^,;:。]{2,30}?)(?:签订|签署|达成)[^,;:。]{0,8}?合作", text)
        if m:
            a = [x.entity for x in ms if x.end <= cs + m.start() and x.entity.has(*orgs)]
            a = a[-1:] or ([current] if current is not None and current.has(*orgs) else [])
            for x in ms:
                if cs + m.start(1) <= x.start < cs + m.end(1) and x.entity.has(*orgs) and a:
                    self.relate(a[0], "partnerOf", x.entity, cs, ce)

    def _first_clause(self, name: str) -> tuple[int, int]:
        """Span of the clause holding the first occurrence of ``name``."""
        pos = self.doc.flat.find(name)
        try:
            clause = self.doc.clause_at(pos)[3]
        except ValueError:
            return pos, pos + len(name)
        return clause.start, max(clause.end, pos + len(name))

    def _name_relations(self) -> None:
        """Relations readable from the names: X<city>基地 → localBaseOf X; X新材料公司 → subsidiaryOf X."""
        for start, end, maker, made in self.directory:
            for item in made:
                self.relate(maker, "developsTechnology" if item.has("Technology") else "produces", item, start, end)
        for start, end, parts in self.joined_projects:
            leaders = [m.entity for m in self.mentions if start - 60 <= m.start and m.end <= start
                       and m.entity.has("Enterprise", "Organization", "Platform") and not m.entity.has("Funder")]
            projects = [m.entity for m in self.mentions if m.start == end and m.entity.has("Project")]
            if not projects:
                continue
            doers = [self.table.get(x) for x in parts]
            for doer in [*leaders[-1:], *doers]:
                if doer is not None and doer.has("Enterprise", "Organization", "Platform"):
                    self.relate(doer, "carriesOut", projects[0], max(0, start - 40), end + len(projects[0].name))
        # 围绕A、B、C三大方向,园区全力打造X产业集群: the cluster built in the same sentence focuses on them
        for start, end, focus_items in self.counted_focus:
            sent = self.doc.clause_at(start)[1]
            built = [m.entity for m in self.mentions_in(end, sent.end) if m.entity.has("Cluster")]
            if built and re.search(r"打造|建设|培育|发展|壮大|构建", self.doc.flat[end:sent.end]):
                for item in focus_items:
                    self.relate(built[0], "focusesOn", item, start, sent.end)
        for start, end, named_chain, segs in self.dash_chains:
            if named_chain is not None and named_chain.has("Cluster"):
                for seg in segs:
                    self.relate(named_chain, "hasChainSegment", seg, start, end)
        ents = sorted(self.table.entities, key=lambda e: e.first)
        places = [e.name[:-1] for e in ents if e.has("Place") and e.name.endswith(("市", "省"))]
        for a in ents:
            if not a.has("Enterprise", "Platform"):
                continue
            for b in ents:
                if a is b or not b.has("Enterprise") or len(b.name) < 2:
                    continue
                for name in a.names():
                    if name.startswith(b.name) and len(name) > len(b.name):
                        pos = self._first_clause(name)
                        if name.endswith("基地"):
                            self.relate(a, "localBaseOf", b, *pos)
                        elif a.has("Enterprise") and not a.has("Platform"):
                            self.relate(a, "subsidiaryOf", b, *pos)
                        break
            for z in ents:
                prefixed = a.name.startswith(z.name) or a.name.startswith(("高新区", "开发区", "经开区"))
                if z is self.main_zone and z.has("Zone") and a.has("Enterprise") and prefixed and a.name != z.name:
                    pos = self._first_clause(a.name)
                    self.relate(a, "ownedBy", z, *pos, review="ownership read from the name prefix")
        place_ents = sorted((e for e in ents if e.has("Place")), key=lambda e: -len(e.name))
        for z in ents:
            if not z.has("Zone") or not z.name.endswith(("开发区", "高新区", "经开区")):
                continue
            for full in z.aliases:
                # X市Y区Z经开区 (an alias written with its places): the zone lies in the last place,
                # each place in the one before it
                chain: list[Entity] = []
                rest = full
                while (pl := next((e for e in place_ents if rest.startswith(e.name)), None)) is not None:
                    chain.append(pl)
                    rest = rest[len(pl.name):]
                if chain and rest == z.name:
                    pos = self._first_clause(full)
                    self.relate(z, "locatedIn", chain[-1], *pos)
                    for outer, inner in pairwise(chain):
                        self.relate(inner, "locatedIn", outer, *pos)
        for z in ents:
            if z.has("Zone"):
                for p in places:
                    city = self.table.get(p + "市")
                    if city is not None and z.name.startswith(p) and z.name != p:
                        pos = self._first_clause(z.name)
                        self.relate(z, "locatedIn", city, *pos)
        # A—B联合研究院: a joint body is founded by the partners its name joins with a dash
        for ent in ents:
            if not ent.has("Platform", "Alliance"):
                continue
            dm = re.match(r"([\u4e00-\u9fff]{2,12})[—–]([\u4e00-\u9fff]{2,12})", ent.name)
            if dm is None:
                continue
            for part in dm.groups():
                partner = next((e for e in ents if e is not ent and e.has("Zone", "Enterprise", "Organization", "Platform")
                                and any(n == part or (part.startswith(n) and len(n) >= 2) for n in e.names())), None)
                if partner is None:
                    partner = next((e for e in ents if e is not ent and e.has("Zone", "Enterprise", "Organization")
                                    and any(n.startswith(part) for n in e.names())), None)
                if partner is not None:
                    self.relate(ent, "foundedBy", partner, *self._first_clause(ent.name))
        # <field>专用<product> / <field>用<product>: the field is an industry the product serves
        for prod in ents:
            if not prod.has("Product"):
                continue
            for name in prod.names():
                fm = re.fullmatch(r"([\u4e00-\u9fff]{2,10}?)(?:专用|用)([\u4e00-\u9fff\w]{2,})", name)
                if fm is None or fm.group(1).endswith(("使", "应", "作", "运", "采", "适", "利", "通", "可", "民")):
                    continue
                # 风电叶片用X: a component word (叶片, 部件) is no field of its own
                field_name = re.sub(r"(?:叶片|部件|零部件|领域|行业|场景)$", "", fm.group(1))
                field_name = re.sub(r"^(?:超大型|大型|中型|小型|重型|轻型|微型|新型|高端|通用)", "", field_name)  # 大型|矿用X
                if len(field_name) < 2:
                    continue
                field = self.table.get(field_name) or self.table.add(field_name, ("Industry",), prod.first,
                                                                     "application field read from a product's name")
                if field.has("Industry"):
                    self.relate(prod, "applicationField", field, *self._first_clause(name))
                break
        # <industry>产业集群 → the cluster focuses on the industry; a cluster of one of the zone's
        # leading industries is one the zone develops
        industries = {n: e for e in ents if e.has("Industry") for n in e.names()}
        leading = {id(r["object"]) for r in self.relations
                   if r["predicate"] == "hasLeadingIndustry" and r["subject"] is self.main_zone}
        for c in ents:
            if not c.has("Cluster"):
                continue
            for name in c.names():
                core = re.sub(r"(?:产业)?(?:集群|集聚区)$|产业链$", "", name)
                ind = industries.get(core) or industries.get(core + "产业")
                if ind is None or core == name:
                    continue
                pos = self._first_clause(name)
                self.relate(c, "focusesOn", ind, *pos)
                if id(ind) in leading and self.main_zone is not None:
                    self.relate(self.main_zone, "developsCluster", c, *pos)
                break
        # <province>(各)高新区/经开区 (a rank scope: 增速居X省经开区第3位) → the article's zone lies in the province
        if self.main_zone is not None and self.main_zone.has("Zone"):
            for prov in [e for e in self.table.entities if e.has("Place") and e.name.endswith(("省", "自治区"))]:
                flat = self.doc.flat
                scoped = [(at, sm.end()) for at in occurrences(flat, prov.name)
                          if (sm := _PROVINCE_SCOPE_RE.match(flat, at + len(prov.name))) is not None]
                if scoped:
                    self.relate(self.main_zone, "locatedIn", prov, *scoped[0])
        # X省Y市 → the city lies in the province; X市Y区 → the district lies in the city
        for outer_suffix, inner_suffixes in ((("省", "自治区"), ("市",)), (("市",), ("区", "县"))):
            outers = [e for e in self.table.entities if e.has("Place") and e.name.endswith(outer_suffix)]
            for inner in [e for e in self.table.entities if e.has("Place") and e.name.endswith(inner_suffixes)]:
                for outer in outers:
                    at = self.doc.flat.find(outer.name + inner.name)
                    if at >= 0 and outer is not inner:
                        self.relate(inner, "locatedIn", outer, at, at + len(outer.name + inner.name))
                        break

    # ------------------------------------------------------------------ events

    def _events(self, para: Paragraph, sent: Sentence, seg: Segment, clause: Clause, current: Entity | None) -> None:
        text = clause.text
        cs = clause.start
        ms = self.mentions_in(clause.start, clause.end)
        # funding
        for cue, instrument in lx.FUNDING_CUES:
            idx = text.find(cue)
            if idx < 0:
                continue
            money = [f for f in find_figures(text) if f.unit in ("亿元", "万元", "元")]
            if not money and re.match(r"(?:服务|需求|难题|渠道|环境|支持|对接|模式|产品)", text[idx + len(cue):]):
                continue  # 提供融资服务: talk about finance, not an event
            last = self.funding[-1] if self.funding else None
            if not money and re.match(r"\s*由", text) and last is not None and last["start"] >= sent.start \
                    and re.search(r"领投|跟投|参投|投资|出资", text):
                # X完成N亿元B轮融资,由A领投、B跟投: the funders of the round just named
                for m in ms:
                    if m.entity.has("Funder") and m.entity not in last["funders"] and m.entity is not last["recipient"]:
                        last["funders"].append(m.entity)
                if last["funders"]:
                    last["review"] = None
                    last["end"] = clause.end
                break
            cue_at = cs + idx
            recipient: Entity | None = None
            wm = re.search(r"(?:为|向)(其|[^,,。;;]{2,40}?)(?:提供|发放|注资|增资|投放|授信|放贷|贷款|投资)", text)
            if wm and wm.group(1) == "其":
                prior = [m.entity for m in self.mentions if para.start - 400 <= m.start < cs + wm.start()
                         and m.entity.has("Enterprise") and not m.entity.has("Funder")]
                recipient = prior[-1] if prior else None
            elif wm:
                inside = [m.entity for m in ms if cs + wm.start(1) <= m.start < cs + wm.end(1)]
                recipient = inside[0] if inside else None
            elif instrument == "equity_investment":
                after = [m.entity for m in ms if m.start >= cue_at + len(cue) and not m.entity.has("Funder")]
                recipient = after[0] if after else None
            funders = [m.entity for m in ms if m.entity.has("Funder") and m.start < cue_at and m.entity is not recipient]
            sm2 = re.search(r"在([^。;]{2,40}?)(?:的)?(?:支持|帮助|助力|撮合|推动)下", self.doc.flat[sent.start:cs])
            if not funders and sm2:
                # 在X银行等金融机构支持下,Y获得贷款…: the funders are named in the opening phrase
                funders = [m.entity for m in self.mentions_in(sent.start + sm2.start(1), sent.start + sm2.end(1))
                           if m.entity.has("Funder") and m.entity is not recipient]
            arrangers = [m.entity for m in ms if m.start < cue_at and not m.entity.has("Funder", "Person", "Place")
                         and m.entity is not recipient and (wm is None or m.start < cs + wm.start())]
            if recipient is None:
                # X获得(了)…贷款/授信/融资: the enterprise right before 获得 receives it
                gm = re.search(r"获得?了?[^,,。;;]{0,16}$", text[:idx + len(cue)])
                got = [m.entity for m in ms if gm is not None and m.end <= cs + gm.start()
                       and m.entity.has("Enterprise") and not m.entity.has("Funder")]
                if got:
                    recipient = got[-1]
            if recipient is None:
                subj = self._clause_subject(clause)
                recipient = subj.entity if subj is not None else (current if funders or instrument == "bond" else None)
                if recipient is not None and recipient in funders:
                    recipient = None
                arrangers = []
            if recipient is None and funders:
                # A的X项目开工后,…,F完成2亿元股权投资: the company or project the sentence opens with
                opening = [m for m in self.mentions_in(sent.start, cs) if not m.entity.has("Person", "Place")]
                if opening and opening[0].entity.has("Enterprise", "Project") and not opening[0].entity.has("Funder") \
                        and opening[0].start - sent.start <= 2:
                    recipient = opening[0].entity
            if recipient is None or (recipient.has("Zone") and not funders and instrument != "bond"):
                break
            project = None
            if recipient.has("Project"):
                project = recipient
                owner = [m.entity for m in self.mentions if m.end <= cs and m.entity.has("Enterprise")
                         and not m.entity.has("Funder") and m.start >= para.start - 400]
                named_owner = self._project_owner(project, cs + len(text))
                if named_owner is not None:
                    recipient = named_owner  # the project's own company (figures engineer: shared with _funding_frames)
                elif owner:
                    recipient = owner[-1]
            mech = None
            if instrument in ("credit_line", "loan", "equity_investment"):
                pi = self.doc.paragraphs.index(para)
                for p2 in self.doc.paragraphs[max(0, pi - 1):pi + 1]:
                    for pm in _MECH_RE.finditer(p2.text):
                        if any(w in pm.group(1) for w in ("投", "贷", "融", "资本", "担保")):
                            mech = pm.group(1)
            amount = money[0] if money else None
            self.funding.append({
                "funders": funders, "recipient": recipient, "project": project, "instrument": instrument,
                "arranged_by": arrangers,
                "instrument_zh": cue, "mechanism_zh": mech, "amount": amount,
                "period": self._period(para, sent, clause)[0] if _YEAR_RE.search(sent.text) else None,
                "period_zh": None, "start": cs, "end": cs + max(idx + len(cue), amount.end if amount else 0),
                "review": None if funders else "no funder named in the clause",
            })
            # a funded amount is not also an observation
            if amount is not None:
                self.obs = [o for o in self.obs if not (o.clause_start == cs and o.fig.start == amount.start)]
            break
        # recognitions
        rm = re.search(r"(获批|获评|荣获|被认定为|认定为|被评为|跻身|荣膺|摘得|入选(?!者))", text)
        if rm:
            title = re.sub(r"[,,。;;、]+$", "", text[rm.end():])
            title = re.sub(r"行列$", "", title)
            if len(title) < 2:
                return
            kind = "designation"
            if "评级" in title:
                kind = "rating"
            elif "奖" in title:
                kind = "award"
            elif rm.group(1) == "跻身":
                kind = "milestone"
            recips = [m for m in ms if m.start < cs + rm.start() and m.entity.has(*_SUBJECT_CLASSES)]
            review = None
            if not recips:
                if current is None:
                    return
                who = [current]
                review = "recipient is the sentence subject, not named in the clause"
            else:
                who = [m.entity for m in recips]
            grades: list[str | None] = [None]
            gm = re.search(r"((?:特等|一等|二等|三等|金|银|铜)奖)(?:(?:和|、)((?:特等|一等|二等|三等|金|银|铜)奖))*$", title)
            if gm:
                grades = re.findall(r"(?:特等|一等|二等|三等|金|银|铜)奖", title[gm.start():])
                title = title[: gm.start()] or title
            elif kind == "rating":
                rating = re.match(r"([A-Z]{1,3}[+-]?)", title)
                grades = [rating.group(1) if rating else None]
            if "分别" in text and len(who) == len(grades) and len(who) > 1:
                pairs = list(zip(who, grades, strict=True))
            else:
                pairs = [(w, grades[0] if len(grades) == 1 else None) for w in who]
            year = self._period(para, sent, clause)[0] if _YEAR_RE.search(sent.text) else None
            for w, g in pairs:
                if any(r["recipient"] is w and r["title_zh"] == title for r in self.recognitions):
                    continue
                self.recognitions.append({"recipient": w, "title_zh": title, "kind": kind, "grade_zh": g,
                                          "year": year, "start": cs, "end": clause.end, "review": review})

    # ------------------------------------------------------------------ funding frames (amount vs figure)

    _ROUND_OF_RE = re.compile(r"(?:投资|领投|跟投|参投|注资)了?([^,;。]{2,30}?)的?(?:[A-E]\+?|Pre-[A-E]\+?|天使|种子|战略|新一)轮")
    _RECEIVE_RE = re.compile(r"(?:获得|获|拿到|完成|斩获|落地|争取到?)了?[^,;。]{0,12}$")
    _AMOUNT_AFTER_RE = re.compile(r"\s*(?:融资额|融资金额|融资总额|金额|融资规模|额度|规模)(?:为|达到|达|共|合计)?")
    _TO_RE = re.compile(r"(?:向|为|对)((?:该|这个|这家|此|其)[\u4e00-\u9fff]{0,4}|[^,;。向为对]{2,30}?)"
                        r"(?:提供|发放|注资|增资|投放|授信|放贷|贷款|股权投资|战略投资|投资)")

    def _funding_frames(self, para: Paragraph, sent: Sentence, clause: Clause, current: Entity | None) -> None:
        """Funding frames the cue-by-cue drafting leaves as figures: 对X股权投资N, 为该基地提供贷款N,
        (基金)向X投资N, A与B签署…,提供授信N, X完成/拿到…融资N, 领投X B轮融资,融资额N."""
        cs = clause.start
        text = clause.text
        if "元" not in text:
            return
        money = [f for f in find_figures(text) if f.unit in ("亿元", "万元", "元") and not f.is_rank]
        last = self.funding[-1] if self.funding else None
        if last is not None and last["start"] >= sent.start and last["start"] < cs and last["amount"] is None \
                and money and self._AMOUNT_AFTER_RE.match(text[: money[0].start]) \
                and re.fullmatch(r"[^,;。]{0,12}", text[: money[0].start]):
            # 领投X B轮融资,融资额3.2亿元: the amount of the round just named
            last["amount"], last["end"] = money[0], clause.end
            self._drop_amount(cs, money[0])
            return
        if not money or (last is not None and last["start"] == cs):
            return
        cue = next(((c, i) for c, i in lx.FUNDING_CUES if c in text), None)
        to = self._TO_RE.search(text)
        product = _LOAN_PRODUCT_RE.search(text) if cue is None else None
        if product is not None and to is not None:
            cue = (product.group(0), "loan")  # X银行为其发放“人才贷”N: a named loan product is a loan
        if cue is None and not (to and to.group(0).endswith("投资")):
            return
        instrument = cue[1] if cue is not None else "equity_investment"
        cue_word = cue[0] if cue is not None else "投资"
        cue_at = text.find(cue_word) if cue is not None else to.end() - 2  # type: ignore[union-attr]
        amount = next((f for f in money if f.start > cue_at - 12), money[0])
        ms = self.mentions_in(cs, clause.end)
        recipient: Entity | None = None
        project: Entity | None = None
        if to is not None:
            target = to.group(1)
            named = [m.entity for m in ms if cs + to.start(1) <= m.start < cs + to.end(1) and not m.entity.has("Funder")]
            demo = re.match(r"(?:该|这个|这家|此)([\u4e00-\u9fff]{1,4})", target)
            if named:
                recipient = named[0]
            elif demo or target == "其":
                head = demo.group(1) if demo else ""
                prior = [m.entity for m in self.mentions if para.start - 400 <= m.start < cs + to.start()
                         and not m.entity.has("Funder", "Person", "Place") and not _LENDER_NAME_RE.search(m.entity.name)
                         and (m.entity.name.endswith(head) if head not in ("", "企业", "公司") else m.entity.has("Enterprise"))]
                recipient = prior[-1] if prior else None
                if recipient is None and head:
                    # 为该基地提供贷款: a base not drafted as a name is the last company's
                    owners = [m.entity for m in self.mentions if para.start - 400 <= m.start < cs
                              and m.entity.has("Enterprise") and not m.entity.has("Funder")]
                    recipient = owners[-1] if owners else None
            elif re.fullmatch(r"我们(?:公司|企业)?|我司", target):
                # B:…X银行为我们提供授信N: the body the speaking person (B:) stands for
                speaker = [m.entity for m in self.mentions_in(para.start, para.start + 12)
                           if m.entity.has("Person") and self.doc.flat[m.end:m.end + 1] == ":"]
                recipient = self._speaks_for(speaker[0]) if speaker else None
            elif re.search(r"\d|[两二三四五六七八九十]家", target):
                return  # 向6家企业投资4.8亿元: a count of recipients, the investor's figure
        funders = [m.entity for m in ms if (m.entity.has("Funder") or _LENDER_NAME_RE.search(m.entity.name))
                   and m.start < cs + cue_at and m.entity is not recipient]
        prev = [c for seg in sent.segments for c in seg.clauses if c.end <= cs]
        if recipient is None and not ms and prev and re.match(r"\s*(?:还|并|同时)?(?:提供|给予|发放|授予)", text):
            # A与B签署协议,提供授信N: the lender and the borrower of the clause before
            pc = prev[-1]
            wm = re.search(r"(?:与|同|和)", pc.text)
            pms = self.mentions_in(pc.start, pc.end)
            if wm:
                funders = [m.entity for m in pms if m.start < pc.start + wm.start() and m.entity.has("Funder")]
                after = [m.entity for m in pms if m.start >= pc.start + wm.end() and not m.entity.has("Funder", "Person", "Place")]
                recipient = after[0] if after and funders else None
        rm = self._ROUND_OF_RE.search(text)
        if recipient is None and rm is not None:
            # (独家)投资X A轮融资N: X raises the round
            inside = [m.entity for m in ms if cs + rm.start(1) <= m.start < cs + rm.end(1)
                      and not m.entity.has("Funder", "Person", "Place")]
            recipient = inside[0] if inside else None
        if recipient is None and self._RECEIVE_RE.search(text[:cue_at]) and not ms:
            recipient = current  # (X…,)今年拿到了天使轮融资N: the subject carried over receives it
        if not funders:
            # 设立…基金,…,其中对X股权投资N: the fund the sentence is about invests
            before = [m.entity for m in self.mentions_in(sent.start, cs) if m.entity.has("Funder") and m.entity is not recipient]
            funders = before[-1:]
        if recipient is None or (recipient.has("Funder") and not recipient.has("Enterprise")):
            if funders and to is not None and not re.search(r"企业|园区|区内|中小|小微|科技型|项目|主体|商户", to.group(1)):
                self._drop_amount(cs, amount)  # X银行向Y发放贷款N: never the lender's own figure (向园区企业…: a total, kept)
            return
        if recipient.has("Project"):
            project = recipient
            recipient = self._project_owner(project, cs) or project
        if recipient.has("Person") or recipient in funders:
            return
        self.funding.append({
            "funders": funders, "recipient": recipient, "project": project, "instrument": instrument,
            "arranged_by": [], "instrument_zh": cue_word, "mechanism_zh": None, "amount": amount,
            "period": self._period(para, sent, clause)[0] if _YEAR_RE.search(sent.text) else None,
            "period_zh": None, "start": cs, "end": cs + max(cue_at + len(cue_word), amount.end),
            "review": None if funders else "no funder named in the clause",
        })
        self._drop_amount(cs, amount)

    def _project_owner(self, project: Entity, before: int) -> Entity | None:
        """The company that carries out a project: a drafted carriesOut, else a company named in the
        sentence that last named the project (A年产N吨X项目…, A的X基地…)."""
        # <company>N期扩建项目, <company>X扩能项目: a company's name (or short form) opening the project's name owns it
        prefixed = [(len(n), e) for e in self.table.entities if e.has("Enterprise") and not e.has("Funder", "Project")
                    for n in e.names() if len(n) >= 2 and project.name.startswith(n) and len(project.name) > len(n) + 2]
        if prefixed:
            return max(prefixed, key=lambda x: x[0])[1]
        for r in self.relations:
            if r["predicate"] == "carriesOut" and r["object"] is project and r["subject"].has("Enterprise"):
                subject: Entity = r["subject"]
                return subject
        for owner, proj, _ in self.project_owners:
            if proj is project:
                return owner
        named = [m for m in self.mentions if m.entity is project and m.end <= before]
        if not named:
            return None
        _, sent, _, _ = self.doc.clause_at(named[-1].start)
        owners = [m.entity for m in self.mentions_in(sent.start, named[-1].end)
                  if m.entity.has("Enterprise") and not m.entity.has("Funder")]
        return owners[-1] if owners else None

    def _drop_amount(self, clause_start: int, amount: Figure) -> None:
        """A funded amount is not also an observation."""
        self.obs = [o for o in self.obs if not (o.clause_start == clause_start and o.fig.start == amount.start)]

    # ------------------------------------------------------------------ output

    def _assign_ids(self) -> None:
        used: Counter[str] = Counter()
        for ent in sorted(self.table.entities, key=lambda e: e.first):
            base = re.sub(r"(?<!^)(?=[A-Z])", "-", ent.primary).lower()
            used[base] += 1
            ent.id = f"{base}-{used[base]}"

    def _entity_evidence(self, ent: Entity) -> str:
        for m in self.mentions:
            if m.entity is ent:
                _, _, _, clause = self.doc.clause_at(m.start)
                return self.quote(clause.start, clause.end)
        pos = self.doc.flat.find(ent.name)
        return self.quote(pos, pos + len(ent.name))

    def _emit(self) -> dict[str, Any]:
        self.table.entities = [e for e in self.table.entities if e.name in self.doc.flat]
        self._assign_ids()
        flat = self.doc.flat
        w = self.doc.as_written  # strings read from the normalised view, as the article writes them
        entities = []
        for ent in sorted(self.table.entities, key=lambda e: e.first):
            aliases = [w(a) for a in ent.aliases if a in flat and a != ent.name]
            rec: dict[str, Any] = {
                "id": ent.id, "classes": sorted(ent.classes, key=lambda c: CLASS_ORDER_INDEX.get(c, 99)),
                "name_zh": w(ent.name, ent.first), "name_en": None, "aliases_zh": aliases, "description_en": None,
                "evidence": [self._entity_evidence(ent)],
            }
            if ent.review:
                rec["review"] = {"needed": True, "reason": ent.review}
            entities.append(rec)
        alive = {id(e) for e in self.table.entities}
        relations = []
        onto = load_ontology()
        for r in self.relations:
            if id(r["subject"]) not in alive or id(r["object"]) not in alive:
                continue
            prop = onto.object_properties.get(r["predicate"])
            # the classes of an entity may have changed since the relation was drafted:
            # a relation the ontology's domain or range rejects would make the draft unbuildable
            if prop is None or not (onto.accepts(prop.domain, r["subject"].classes)
                                    and onto.accepts(prop.range, r["object"].classes)):
                continue
            rec = {"subject": r["subject"].id, "predicate": r["predicate"], "object": r["object"].id,
                   "role_zh": w(r["role_zh"]) if r["role_zh"] else None, "evidence": r["evidence"]}
            if r["review"]:
                rec["review"] = {"needed": True, "reason": r["review"]}
            relations.append(rec)
        observations = []
        counts: Counter[str] = Counter()
        for o in self.obs:
            if id(o.subject) not in alive:
                continue
            counts[o.subject.id] += 1
            fig = o.fig
            quote = self.quote(o.quote_start, o.quote_end)
            change = None
            if o.change is not None:
                cf, sign, comparison = o.change
                value = cf.value * sign
                change = {"as_written": w(self._change_written(o), o.quote_start), "value": value, "unit": cf.unit,
                          "comparison": comparison, "qualifier": cf.qualifier}
            rec = {
                "id": f"{o.subject.id}-fig-{counts[o.subject.id]}", "subject": o.subject.id,
                "indicator_zh": w(o.indicator, o.quote_start), "indicator_en": _english(o.indicator),
                "as_written": w(fig.as_written, o.quote_start), "value": fig.value, "value_max": fig.value_max, "unit": fig.unit,
                "qualifier": fig.qualifier, "period": o.period,
                "period_zh": w(o.period_zh, o.quote_start) if o.period_zh else None,
                "rank_scope_zh": w(fig.rank_scope, o.quote_start) if fig.rank_scope else None,
                "concerns": [c.id for c in o.concerns if id(c) in alive],
                "change": change, "evidence": [quote] + ([self.quote(*o.also)] if o.also is not None else []),
            }
            if o.review:
                rec["review"] = {"needed": True, "reason": o.review}
            observations.append(rec)
        funding = []
        for i, f in enumerate(self.funding, 1):
            amount = f["amount"]
            rec = {
                "id": f"funding-{i}", "funders": [x.id for x in f["funders"]], "recipient": f["recipient"].id,
                "project": f["project"].id if f["project"] is not None else None,
                "arranged_by": [x.id for x in f["arranged_by"]],
                "instrument": f["instrument"], "instrument_zh": w(f["instrument_zh"], f["start"]),
                "mechanism_zh": w(f["mechanism_zh"]) if f["mechanism_zh"] else None,
                "amount": None if amount is None else {"as_written": w(amount.as_written, f["start"]), "value": amount.value,
                                                       "unit": amount.unit, "qualifier": amount.qualifier},
                "period": f["period"], "period_zh": f["period_zh"], "description_en": None,
                "evidence": [self.quote(f["start"], f["end"])],
            }
            if f["review"]:
                rec["review"] = {"needed": True, "reason": f["review"]}
            funding.append(rec)
        recognitions = []
        for i, r in enumerate(self.recognitions, 1):
            rec = {"id": f"recognition-{i}", "recipient": r["recipient"].id, "title_zh": w(r["title_zh"], r["start"]),
                   "title_en": None, "kind": r["kind"], "grade_zh": w(r["grade_zh"]) if r["grade_zh"] else None, "awarded_by": None,
                   "year": r["year"], "evidence": [self.quote(r["start"], r["end"])]}
            if r["review"]:
                rec["review"] = {"needed": True, "reason": r["review"]}
            recognitions.append(rec)
        return {"article": self.article_id, "entities": entities, "relations": relations,
                "observations": observations, "funding_events": funding, "recognitions": recognitions}

    def _change_written(self, o: Obs) -> str:
        assert o.change is not None
        cf = o.change[0]
        _, _, _, clause = self.doc.clause_at(o.change_at if o.change_at is not None else o.quote_end - 1)
        head = clause.text[: cf.start]
        m = _CHANGE_WORDS_END_RE.search(head)
        return (m.group(0) if m else "") + cf.as_written


CLASS_ORDER_INDEX = {c: i for i, c in enumerate([
    "Zone", "Park", "Cluster", "Enterprise", "Funder", "Platform", "Alliance", "ResearchTeam",
    "Organization", "TalentProgram", "Person", "Place", "Industry", "IndustryChainSegment",
    "Material", "Product", "Technology", "Project"])}


_PROVINCE_SCOPE_RE = re.compile(r"(?:各|同类)?(?:国家级|省级|自治区级)?(?:高新区|经开区|开发区|产业园区)")


def _unbulleted(clause: Clause) -> Clause:
    m = _BULLET_RE.match(clause.text)
    if not m or m.end() >= len(clause.text):
        return clause
    return Clause(clause.start + m.end(), clause.end, clause.text[m.end():])


def _english(indicator: str) -> str | None:
    for zh, en in _GLOSSARY:
        if zh in indicator:
            return en
    return None


def _decimal_safe(value: Decimal) -> Decimal:
    return value


def extract_facts(text: str, article_id: str) -> dict[str, Any]:
    """Draft a facts-file dict from an article's text (deterministic, offline)."""
    return Extractor(text, article_id).run()
