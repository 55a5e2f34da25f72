"""R15.scope: a bureau's report that totals its figures over a wider area than its own.

A district's report writing “全市中等职业学校教职工总数为683人” (Liangzhou 3.6.1, 4.2.1: 全市 is the
city the district belongs to) either gives the city's figure or kept a city template's word; the
reader cannot tell which.  Only a total of the area is asked about (全市…总数 / 共有 / 现有 …
followed by a number): 全市 in “全市技能大赛” or “占全市的30%” names the wider area on purpose.
"""

import re

from vqdesk.core.findings import Finding

from .context import Context

#: The report's level -> (the word of a wider area, what the report covers, the words of its own).
WIDER = {"district": ("全市", "区（县）", "“全区”或“全县”"), "city": ("全省", "市", "“全市”")}
_TOTAL = r"[^，。；！？\n]{0,16}?(?:总数|总量|共有|现有|共计|合计|总计)(?:为|达|是)?\s*\d"




def check(ctx: Context) -> list[Finding]:
    wider = WIDER.get(ctx.data.report.level)
    if wider is None:
        return []
    word, own, own_words = wider
    pattern = re.compile(re.escape(word) + _TOTAL)
    out = []
    for text, place, where in ctx.texts():
        for match in pattern.finditer(text):
            phrase = re.sub(r"\s*\d$", "", match.group(0))
            out.append(Finding("warning", "R15.scope", place,
                               f"{where}写有“{phrase}…”：{own}的报告写的是{word}的总数，请确认它是本{own}的数字"
                               f"并改称{own_words}，或说明是{word}的数字"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("scope-words", check, {"document", "report"}),)
