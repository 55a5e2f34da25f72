"""Menu handlers of the main window that leave it: files, exports, dialogs.  Each gathers input,
calls one core function and shows the result — thin, like a command-line command."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from vqdesk import APP_TITLE, FILE_SUFFIX, __version__
from vqdesk.core.errors import VqdeskError, reason_of
from vqdesk.core.session import Session
from vqdesk.ui.settings import documents_dir, export_folder

FILE_FILTER = f"质量年报文件 (*{FILE_SUFFIX})"


def default_name(window, suffix: str) -> str:
    """Like “示例市机电工程学校_2025年度质量年报.pdf”, next to the report file (or in 文档,
    see settings.export_folder)."""
    data = window.ctrl.data
    school = data.profile.get("name") or "学校"
    return str(export_folder(window.ctrl.session.path) / f"{school}_{data.year}年度质量年报{suffix}")


# -- files -----------------------------------------------------------------------------------
def open_path(window, path, take_over: bool = False):
    from vqdesk.ui.app import open_window
    window.flush()
    new = open_window(path, take_over=take_over)
    if new is not None:
        new.show()
        window.close()


def open_report(window):
    path, _ = QFileDialog.getOpenFileName(window, "打开报告文件", documents_dir(), FILE_FILTER)
    if path:
        open_path(window, path)


def new_report(window):
    from vqdesk.ui.dialogs.new_report import NewReportDialog
    dialog = NewReportDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.existing:
        return open_path(window, dialog.existing)
    v = dialog.values()
    if Path(v["path"]).exists():
        QMessageBox.warning(window, "新建报告", f"文件“{v['path']}”已存在，请换一个名字或直接打开它。")
        return
    try:
        Session.create(v["path"], school=v["school"], year=v["year"], edition_id=v["edition_id"],
                       province=v["province"], level=v["level"]).close()
    except VqdeskError as exc:
        QMessageBox.warning(window, "新建报告", str(exc))
        return
    open_path(window, v["path"])


def save_copy(window):
    window.flush()
    path, _ = QFileDialog.getSaveFileName(window, "另存为副本", default_name(window, FILE_SUFFIX), FILE_FILTER)
    if not path:
        return
    # SQLite's backup API copies a consistent file even while this one stays open.
    try:
        target = sqlite3.connect(path)
        try:
            window.ctrl.session.db.conn.backup(target)
        finally:
            target.close()
    except (sqlite3.Error, OSError) as exc:
        return QMessageBox.warning(window, "另存为副本", f"无法保存“{Path(path).name}”：{reason_of(exc)}。")
    window.statusBar().showMessage(f"已另存副本：{path}", 6000)


def new_year(window):
    from vqdesk.ui.dialogs.new_year import NewYearDialog
    window.flush()
    dialog = NewYearDialog(window.ctrl, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    v = dialog.values()
    try:
        window.ctrl.session.add_year(v["year"], edition_id=v["edition_id"], copy_from=v["copy_from"],
                                     lists=v["lists"] if v["copy_from"] else ())
    except VqdeskError as exc:
        QMessageBox.warning(window, "新建年度", str(exc))
        return
    window.ctrl.set_year(v["year"])


def report_settings(window):
    """报告 → 报告设置…: the dialog applies its changes itself, as one undo step."""
    from vqdesk.ui.dialogs.report_settings import ReportSettingsDialog
    window.flush()
    ReportSettingsDialog(window.ctrl, window).exec()


# -- Excel -----------------------------------------------------------------------------------
def aggregate(window):
    """Bureau mode: build a district or city report from school files, then open it."""
    from vqdesk.ui.dialogs.aggregate_dialog import AggregateDialog
    folder = str(export_folder(window.ctrl.session.path))
    dialog = AggregateDialog(window, folder, window.ctrl.year)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    level = "地市" if dialog.level.currentData() == "city" else "区县"
    suggested = str(Path(folder) / f"{dialog.name.text().strip()}_{dialog.year.value()}年度{level}报告{FILE_SUFFIX}")
    # an existing regional file is brought up to date, never replaced: no overwrite question
    out, _ = QFileDialog.getSaveFileName(window, "保存区域报告（可选已有的区域报告文件）", suggested, FILE_FILTER,
                                         options=QFileDialog.Option.DontConfirmOverwrite)
    if not out:
        return
    from vqdesk.ui.dialogs.aggregate_dialog import PreviewDialog
    try:
        if PreviewDialog(window, dialog.run(Path(out), dry_run=True)).exec() != QDialog.DialogCode.Accepted:
            return
        result = dialog.run(Path(out))
    except VqdeskError as exc:
        return QMessageBox.warning(window, "区域汇总", str(exc))
    answer = QMessageBox.question(window, "区域汇总", result.summary() + "\n\n现在打开区域报告吗？")
    if answer == QMessageBox.StandardButton.Yes:
        open_path(window, result.path)


def submission_status(window):
    """Bureau mode: the internal 各校报送情况 of the regional report's year."""
    from vqdesk.ui.dialogs.submission_status import SubmissionStatusDialog
    data = window.ctrl.data
    if data.report.level == "school":
        return QMessageBox.information(window, "各校报送情况", "这是学校报告；各校报送情况只在区县或地市报告中有。")
    SubmissionStatusDialog(window, data, str(Path(window.ctrl.session.path).parent)).exec()


def export_excel(window):
    from vqdesk.core.excel import export_workbook
    window.flush()
    path, _ = QFileDialog.getSaveFileName(window, "导出 Excel", default_name(window, ".xlsx"), "Excel 工作簿 (*.xlsx)")
    if not path:
        return
    try:
        export_workbook(window.ctrl.data, path, window.ctrl.findings)
    except (VqdeskError, OSError) as exc:
        return QMessageBox.warning(window, "导出 Excel", f"导出失败：{reason_of(exc)}")
    _done(window, "导出 Excel", path)


def import_excel(window, path: str | None = None):
    """文件 → 导入 Excel…, or a workbook dropped on the window (`path` given: no file dialog).
    Read the workbook, show what would change (import_preview), and only on 导入 apply it, as
    one undo step.  A workbook with nothing new says so, instead of asking anything."""
    from vqdesk.core.excel.importer import read_workbook
    from vqdesk.ui.dialogs.import_preview import TITLE, ImportPreviewDialog, apply_import
    window.flush()
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, "导入 Excel", str(export_folder(window.ctrl.session.path)),
                                              "Excel 工作簿 (*.xlsx)")
    if not path:
        return
    ctrl = window.ctrl
    try:
        content = read_workbook(ctrl.session, ctrl.year, path)
    except (VqdeskError, OSError) as exc:
        return QMessageBox.warning(window, TITLE, f"导入失败：{reason_of(exc)}")
    dialog = ImportPreviewDialog(ctrl, path, content, window)
    if dialog.plan.empty and not _removes_anything(dialog):
        problems = "\n".join(str(p) for p in content.report.problems[:20])
        return QMessageBox.information(window, TITLE, dialog.plan.summary() + (f"\n\n{problems}" if problems else ""))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    batch = apply_import(ctrl, dialog.plan)
    if not batch.applied:
        reason = batch.refused[0][1] if batch.refused else "没有修改任何内容"
        return QMessageBox.warning(window, TITLE, f"导入中止，报告文件未作任何修改：{reason}")
    window.statusBar().showMessage(f"{dialog.plan.summary()} 可以用“撤销”整体撤回。", 10000)


def _removes_anything(dialog) -> bool:
    """Whether the workbook mode would remove rows the update mode keeps (then the preview opens)."""
    dialog.set_mode("workbook")
    removes = not dialog.plan.empty
    dialog.set_mode("update")
    return removes


# -- Word ------------------------------------------------------------------------------------
def import_docx(window):
    """文件 → 从 Word 导入…: read, preview, then one undoable step replacing the year's content."""
    from vqdesk.core.docx_import import read_docx_file
    from vqdesk.ui.commands_import import ImportDocxCommand
    from vqdesk.ui.dialogs.docx_import_dialog import DocxImportDialog
    window.flush()
    if window.ctrl.session.readonly:
        return QMessageBox.warning(window, "从 Word 导入", "报告文件以只读方式打开，不能导入。")
    path, _ = QFileDialog.getOpenFileName(window, "从 Word 导入", documents_dir(), "Word 文档 (*.docx)")
    if not path:
        return
    ctrl = window.ctrl
    try:
        plan = read_docx_file(path, ctrl.edition)
    except VqdeskError as exc:
        return QMessageBox.warning(window, "从 Word 导入", str(exc))
    if plan.is_empty():
        return QMessageBox.warning(window, "从 Word 导入", f"“{plan.source}”中没有找到可以导入的标题或正文。")
    dialog = DocxImportDialog(plan, ctrl.session.own_content(ctrl.year), window,
                              numbering=ctrl.data.document.settings.get("numbering"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if ctrl.push(ImportDocxCommand(ctrl, plan)):
        window.statusBar().showMessage(f"已从“{plan.source}”导入 {ctrl.year} 年度的大纲和内容（可撤销）。", 8000)


# -- PDF -------------------------------------------------------------------------------------
def export_pdf(window):
    window.flush()
    if window.worker is not None:
        return
    final = _ask_final(window)
    if final is None:
        return
    path, _ = QFileDialog.getSaveFileName(window, "导出 PDF", default_name(window, ".pdf"), "PDF 文件 (*.pdf)")
    if not path:
        return
    from vqdesk.ui.export_view import run_export
    from vqdesk.ui.workers import ExportWorker
    worker = ExportWorker(window.ctrl.session.path, window.ctrl.year, path, final=final)
    run_export(window, worker, title="导出 PDF", label="正在生成 PDF…", action=window.a_export_pdf,
               shown=lambda out: _show_preview(window, out))


def _show_preview(window, out: str):
    if getattr(window, "preview", None) is not None:
        window.preview.show_pdf(out)       # the preview shows what was exported


def export_docx(window):
    """文件 → 导出 Word… (vqdesk.ui.docx_export_action)."""
    from vqdesk.ui.docx_export_action import export_docx as run
    run(window)


def _ask_final(window, title: str = "导出 PDF") -> bool | None:
    """With 错误 left, ask: a 草稿 (watermarked) or the final copy anyway?  None: cancelled."""
    window.ctrl.validate_now()
    errors = [f for f in window.ctrl.findings if f.severity == "error"]
    if not errors:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, title,
                      f"报告还有 {len(errors)} 个错误（见“问题”面板）。\n"
                      "草稿每页带“草稿”标记，适合内部审阅；正式版用于提交和公开，建议改正错误后再导出。",
                      parent=window)
    draft = box.addButton("导出草稿", QMessageBox.ButtonRole.AcceptRole)
    final = box.addButton("仍导出正式版", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(draft)
    box.exec()
    return {draft: False, final: True}.get(box.clickedButton())


def _done(window, title: str, path: str, notes=()):
    """Where the file went, and anything that had to be left out of it."""
    text = f"已保存到：\n{path}"
    if notes:
        text += "\n\n请注意：\n" + "\n".join(f"· {note}" for note in notes)
    icon = QMessageBox.Icon.Warning if notes else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, parent=window)
    open_folder = box.addButton("打开所在文件夹", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


# -- help and search -------------------------------------------------------------------------
def find(window):
    from vqdesk.ui.dialogs.find_dialog import FindDialog
    window.flush()
    dialog = FindDialog(window.ctrl, window)
    dialog.navigate.connect(window.navigate)
    dialog.show()
    return dialog


def indicator_help(window):
    from vqdesk.ui.dialogs.indicator_help import IndicatorHelpDialog
    IndicatorHelpDialog(window.ctrl.edition, window).exec()


def about(window):
    QMessageBox.about(window, f"关于 {APP_TITLE}",
                      f"<b>{APP_TITLE}</b> {__version__}<br>中等职业学校质量年度报告的撰写、校验与发布工具。"
                      "<br>正文、案例、图片、名单和六张指标表在一个文件中；导出 Excel 报表和可打印的 PDF。")


