"""R18.role (hint): a person written under the wrong role.

Anshan 2023 数据表 2-1 row 4: the 学生 cell reads “教师：王淑敏 学生：王烁炎” while the 指导教师 cell is
empty, so the teacher is counted among the award's students.  A 学生 cell (a typed table's column
or the awards list's field) that labels someone 教师 / 指导 / 老师 is pointed out.
"""

import re

from vqdesk.core.findings import Finding, Place

from .context import Context

_STUDENTS = re.compile(r"^(?:获奖)?学生(?:姓名)?$|^参赛(?:学生|选手)$")
_TEACHER = re.compile(r"(?:指导)?(?:教师|老师)\s*[：:]\s*(?P<name>[\u4e00-\u9fff]{2,4})")


def _header(text) -> str:
    return re.sub(r"[（(][^）)]*[）)]|\s", "", str(text or ""))


def check(ctx: Context) -> list[Finding]:
    out = []
    for block in ctx.typed_tables():
        columns = block.data.get("columns") or []
        for c in (c for c, h in enumerate(columns) if _STUDENTS.match(_header(h))):
            for n, row in enumerate(block.data.get("rows") or [], start=1):
                m = _TEACHER.search(str(row[c])) if c < len(row) and isinstance(row[c], str) else None
                if m:
                    out.append(Finding("info", "R18.role", ctx.outline.block_place(block),
                                       f"{ctx.table_name(block)}第{n}行的“{columns[c]}”一栏写有“{m.group(0)}”："
                                       "指导教师请填在指导教师一栏，不要算作学生"))
    for row, record in enumerate(ctx.data.records.get("student_awards", [])):
        m = _TEACHER.search(str(record.get("students") or ""))
        if m:
            out.append(Finding("info", "R18.role", Place(kind="record", list_id="student_awards", row=row,
                                                         field="students"),
                               f"名单“学生获奖”第{row + 1}行的获奖学生写有“{m.group(0)}”：指导教师请填在“指导教师”一栏"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("role-cells", check, {"document", "records"}),)
