"""Slips of the pen in the report's texts that a reader sees at once.

- R16.amount (warning): an amount that writes its magnitude twice (“5万余万元”, Benxi 1.4.2):
  it reads neither as 5万余元 nor as 5余万元, so the printed figure cannot be told.
- R17.punct (hints): a sentence mark typed twice (“。。”, “，，”; Liangzhou 2.2), and a half-width
  comma or semicolon between Chinese characters (“成效明显,家长满意”), which prints narrow and
  off the line's rhythm.  An ellipsis (……) and a dash (——) are one mark written as two.
"""

import re

from vqdesk.core.findings import Finding

from .context import Context

_DOUBLE_UNIT = re.compile(r"\d+(?:\.\d+)?\s*([万亿])\s*[余多]?\s*[万亿]元?")
_DOUBLE_MARK = re.compile(r"([。，、；：！？])\1")
_HALF_WIDTH = re.compile(r"(?<=[\u4e00-\u9fff])\s?[,;]\s?(?=[\u4e00-\u9fff])")
#: How much of the text around a slip the message quotes (a comma's neighbours are close).
CONTEXT = 6




def _around(text: str, match, context: int = CONTEXT) -> str:
    start, end = max(0, match.start() - context), min(len(text), match.end() + context)
    return text[start:end].replace("\n", " ")


def check(ctx: Context) -> list[Finding]:
    out = []
    for text, place, where in ctx.texts():
        for m in _DOUBLE_UNIT.finditer(text) if "万" in text or "亿" in text else ():
            number = re.match(r"[\d.]+", m.group(0)).group(0)
            out.append(Finding("warning", "R16.amount", place,
                               f"{where}写有“{m.group(0)}”，数量单位“{m.group(1)}”写了两次，读不出金额是多少，"
                               f"请改正（如“{number}{m.group(1)}余元”）"))
        marks = [f"“{_around(text, m)}”" for m in _DOUBLE_MARK.finditer(text)]
        if marks:
            out.append(Finding("info", "R17.punct", place, f"{where}有重复的标点：{'、'.join(marks)}，请删去一个"))
        halves = [f"“{_around(text, m, 3)}”" for m in _HALF_WIDTH.finditer(text)] if "," in text or ";" in text else []
        if halves:
            out.append(Finding("info", "R17.punct", place,
                               f"{where}在中文之间用了半角逗号或分号：{'、'.join(halves)}，请改用全角“，”“；”"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("text-marks", check, {"document"}),)
