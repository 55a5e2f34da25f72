"""R1.text: the “其中” items a text lists after an amount are parts of it (Benxi 7.2, Liangzhou 5.4).

“行政事业类收入3771.70万元，其中财政拨款收入3771.70万元，国家助学金拨款6.4万元”: the first item is
the whole amount already, so the second is either outside it (then it is not “其中”) or inside the
first (then the items overlap): the reader cannot tell how the income is made up.  An item larger
than the amount contradicts it.  Both are warnings naming the figures.

Items may overlap (其中女教师70人，高级职称60人), so their sum is never required to fit: only each
item against the whole, and an item equal to the whole beside others.  Items are compared in the
whole's unit only (万元 with 万元, 人 with 人).
"""

import re

from vqdesk.core.findings import Finding

from .context import Context
from .free_tables import plain

_UNITS = r"亿元|万元|元|人次|人|名|个|项|所|册|台|平方米"
_AMOUNT = rf"(?P<{{0}}>\d+(?:\.\d+)?)\s*(?P<{{1}}>{_UNITS})"
#: The amount a “其中” follows, read back from it (the text before 其中 ends with it).
_WHOLE = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,14})(?:共计|合计|总计|共|为|达到|达|计)?"
                    + _AMOUNT.format("n", "u") + r"[，,]?\s*$")
_ITEM = re.compile(r"[，,、；]?\s*(?P<label>[\u4e00-\u9fff]{2,14}?)(?:为|达|计)?" + _AMOUNT.format("n", "u"))
_SENTENCE = re.compile(r"[^。！？\n]+")
#: What stands before the name of the amount (“2025年学校有专任教师”): not part of the name.
_LEAD = re.compile(r"^.*(?:年|学校|全校|全市|全区|共有|现有|拥有)(?=[\u4e00-\u9fff]{2})")




def _items(sentence: str, start: int):
    """(label, number, unit) of the items after 其中, while they follow one another."""
    out, at = [], start
    while True:
        match = _ITEM.match(sentence, at)          # anchored where the last item ended
        if not match:
            return out
        out.append((match.group("label"), float(match.group("n")), match.group("n"), match.group("u")))
        at = match.end()


def _problems(sentence: str):
    for lead in re.finditer("其中", sentence):
        whole = _WHOLE.search(sentence, max(0, lead.start() - 40), lead.start())
        if whole is None:
            continue
        total, unit = float(whole.group("n")), whole.group("u")
        items = [i for i in _items(sentence, lead.end()) if i[3] == unit]
        head = f"{_LEAD.sub('', whole.group('label')).removeprefix('有')} {whole.group('n')}{unit}"
        for label, number, written, _ in items:
            if number > total:
                yield f"写有{head}，其中{label} {written}{unit}，比总数还大，请核对"
        equal = [i for i in items if i[1] == total]
        others = [i for i in items if i[1] != total and i[1] <= total]
        if equal and others:
            rest = "、".join(f"{label} {written}{unit}" for label, _, written, _ in others)
            yield (f"写有{head}，其中{equal[0][0]}已是 {equal[0][2]}{unit}（等于总数），又列出{rest}：后者若在总数之内"
                   f"就与前者重叠，若不在就不是“其中”，合计 {plain(total + sum(i[1] for i in others))}{unit}，"
                   f"请说明构成")


def check(ctx: Context) -> list[Finding]:
    out = []
    for text, place, where in ctx.texts():
        if "其中" not in text:
            continue
        for sentence in _SENTENCE.findall(text):
            out += [Finding("warning", "R1.text", place, where + message) for message in _problems(sentence)]
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("text-parts", check, {"document"}),)
