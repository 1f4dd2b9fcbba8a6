"""Constants several rule families share: the classes that can be a subject, the year pattern…"""

from __future__ import annotations

import re

DEFAULT_INDICATOR = {"亿元": "金额", "万元": "金额", "元": "金额", "%": "比例", "个百分点": "百分点",
                      "平方公里": "面积", "平方米": "面积", "亩": "面积", "位": "排名", "个月": "时长",
                      "吨": "产量", "万吨": "产量", "米": "长度", "万米": "长度", "微米": "厚度"}

HEADS = ("研究院", "实验室", "中心", "项目", "基地", "集团", "联盟", "产业园", "集群", "园内", "集群内", "公司",
          "孵化器", "加速器", "众创空间", "科学城", "科技城", "软件园", "团队")

INCUBATOR_WORD_RE = re.compile(r"孵化|众创|加速器|创业|创新港")

MODIFIED_CLASSES = ("Park", "Cluster", "Project", "Platform", "Enterprise", "Zone", "Funder", "Product")

ORG_CLASSES = ("Zone", "Enterprise", "Platform", "Park", "Cluster", "Alliance", "Organization", "Funder", "Project")

PERIOD_ZH_RE = re.compile(
    r"截至目前|截至\d{4}年(?:底|末)?|连续[两二三四五六七八九十\d]+年"
    r"|(?:19|20)\d{2}年(?:年初|年底|年末|上半年|下半年|前三季度|一季度)"
)

SUBJECT_CLASSES = ("Zone", "Enterprise", "Platform", "Park", "Cluster", "Alliance", "Organization",
                    "ResearchTeam", "Funder", "Project", "Person")

YEAR_RE = re.compile(r"((?:19|20)\d{2})年(?!代)")
