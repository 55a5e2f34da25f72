"""Word (.docx) import: a report written in Word read into an import plan (outline nodes holding
blocks, images, and what could not be placed), previewed, then applied to a year as one step
(Session.import_docx in session_import.py).  Pure Python over python-docx, no Qt."""

from pathlib import Path

from vqdesk.core.docx_import.plan import ImportPlan, PlanNode, count_label, counts, numbered, preview_lines

__all__ = ["ImportPlan", "PlanNode", "count_label", "counts", "numbered", "preview_lines", "read_docx",
           "read_docx_file"]


def read_docx(data: bytes, name: str = "Word 文档", edition=None) -> ImportPlan:
    """The import plan of a .docx's bytes; raises InputError (in Chinese) for a file that is not
    a readable .docx.  With `edition`, headings agreeing with its parts carry their keys."""
    from vqdesk.core.docx_import.assemble import build
    from vqdesk.core.docx_import.captions import pair_captions
    from vqdesk.core.docx_import.headings import find_headings
    from vqdesk.core.docx_import.matching import match_parts
    from vqdesk.core.docx_import.reader import BodyReader, open_docx
    document = open_docx(data, name)
    items, dropped = find_headings(BodyReader(document).read())
    plan = build(ImportPlan(source=name), pair_captions(items))
    if dropped["toc"]:
        plan.notes.insert(0, f"目录（{dropped['toc']} 行）未导入：报告的目录由程序生成")
    if dropped["deep"]:
        plan.notes.append(f"{dropped['deep']} 个第五级及更低的标题作为正文段落导入（大纲最多四级）")
    if edition is not None:
        match_parts(plan.nodes, edition)
    return plan


def read_docx_file(path, edition=None) -> ImportPlan:
    from vqdesk.core.errors import InputError
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取 Word 文件“{path.name}”：{exc.strerror or exc}。") from None
    return read_docx(data, path.name, edition)
