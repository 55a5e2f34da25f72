"""Menu handlers of the main window that leave it: files, exports, dialogs.  Each gathers input,
calls one core function and shows the result — thin, like a command-line command."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressBar

from vqdesk import APP_TITLE, FILE_SUFFIX, __version__
from vqdesk.core.errors import VqdeskError
from vqdesk.core.session import Session
from vqdesk.ui.settings import documents_dir

NOT_READY = "此功能尚未就绪。"
FILE_FILTER = f"质量年报文件 (*{FILE_SUFFIX})"


def default_name(window, suffix: str) -> str:
    """Like “示例市机电工程学校_2025年度质量年报.pdf”, next to the report file."""
    data = window.ctrl.data
    school = data.profile.get("name", "学校")
    return str(Path(window.ctrl.session.path).parent / f"{school}_{data.year}年度质量年报{suffix}")


# -- files -----------------------------------------------------------------------------------
def open_path(window, path):
    from vqdesk.ui.app import open_window
    window.flush()
    new = open_window(path)
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
    target = sqlite3.connect(path)
    try:
        window.ctrl.session.db.conn.backup(target)
    finally:
        target.close()
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


# -- Excel -----------------------------------------------------------------------------------
def aggregate(window):
    """Bureau mode: build a district or city report from school files, then open it."""
    from vqdesk.ui.dialogs.aggregate_dialog import AggregateDialog
    folder = str(Path(window.ctrl.session.path).parent)
    dialog = AggregateDialog(window, folder, window.ctrl.year)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    level = "地市" if dialog.level.currentData() == "city" else "区县"
    suggested = str(Path(folder) / f"{dialog.name.text().strip()}_{dialog.year.value()}年度{level}报告{FILE_SUFFIX}")
    out, _ = QFileDialog.getSaveFileName(window, "保存区域报告", suggested, FILE_FILTER)
    if not out:
        return
    try:
        result = dialog.run(Path(out))
    except VqdeskError as exc:
        return QMessageBox.warning(window, "区域汇总", str(exc))
    answer = QMessageBox.question(window, "区域汇总", result.summary() + "\n\n现在打开区域报告吗？")
    if answer == QMessageBox.StandardButton.Yes:
        open_path(window, result.path)


def export_excel(window):
    window.flush()
    try:
        from vqdesk.core.excel import export_workbook
    except ImportError:
        return QMessageBox.information(window, "导出 Excel", NOT_READY)
    path, _ = QFileDialog.getSaveFileName(window, "导出 Excel", default_name(window, ".xlsx"), "Excel 工作簿 (*.xlsx)")
    if not path:
        return
    try:
        export_workbook(window.ctrl.data, path, window.ctrl.findings)
    except (VqdeskError, OSError) as exc:
        return QMessageBox.warning(window, "导出 Excel", f"导出失败：{exc}")
    _done(window, "导出 Excel", path)


def import_excel(window):
    window.flush()
    try:
        from vqdesk.core.excel import import_workbook
    except ImportError:
        return QMessageBox.information(window, "导入 Excel", NOT_READY)
    path, _ = QFileDialog.getOpenFileName(window, "导入 Excel", documents_dir(), "Excel 工作簿 (*.xlsx)")
    if not path:
        return
    ctrl = window.ctrl
    try:
        report = import_workbook(ctrl.session, ctrl.year, path)
        if not getattr(report, "applied", True):
            answer = QMessageBox.question(window, "导入 Excel", _describe(report) + "\n\n是否只导入无误的部分？")
            if answer != QMessageBox.StandardButton.Yes:
                return
            report = import_workbook(ctrl.session, ctrl.year, path, partial=True)
    except (VqdeskError, OSError) as exc:
        return QMessageBox.warning(window, "导入 Excel", f"导入失败：{exc}")
    ctrl.reload()  # the import wrote outside the undo stack
    QMessageBox.information(window, "导入 Excel", f"{_describe(report)}\n（导入不能撤销，如需恢复请使用导入前的副本。）")


def _describe(report) -> str:
    for name in ("summary", "describe", "message"):
        member = getattr(report, name, None)
        if callable(member):
            return str(member())
        if isinstance(member, str):
            return member
    return str(report)


# -- PDF -------------------------------------------------------------------------------------
def export_pdf(window):
    window.flush()
    try:
        import vqdesk.core.pdf  # noqa: F401 - only to know whether the feature exists yet
    except ImportError:
        return QMessageBox.information(window, "导出 PDF", NOT_READY)
    if window.worker is not None:
        return
    path, _ = QFileDialog.getSaveFileName(window, "导出 PDF", default_name(window, ".pdf"), "PDF 文件 (*.pdf)")
    if not path:
        return
    from vqdesk.ui.workers import ExportWorker, start_in_thread
    busy = QProgressBar()
    busy.setRange(0, 0)
    busy.setMaximumWidth(160)
    window.statusBar().addWidget(busy)
    window.statusBar().showMessage("正在生成 PDF…")
    window.a_export_pdf.setEnabled(False)
    worker = ExportWorker(window.ctrl.session.path, window.ctrl.year, path)
    window.worker = worker

    def finish(message=None, out=None):
        window.worker = None
        window.statusBar().removeWidget(busy)
        busy.deleteLater()
        window.statusBar().clearMessage()
        window.a_export_pdf.setEnabled(True)
        if out:
            _done(window, "导出 PDF", out)
        else:
            QMessageBox.warning(window, "导出 PDF", message)

    worker.finished.connect(lambda out: finish(out=out))
    worker.failed.connect(lambda message: finish(message=message))
    window.thread = start_in_thread(worker, window)


def _done(window, title: str, path: str):
    box = QMessageBox(QMessageBox.Icon.Information, title, f"已保存到：\n{path}", parent=window)
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


def indicator_help(window):
    from vqdesk.ui.dialogs.indicator_help import IndicatorHelpDialog
    IndicatorHelpDialog(window.ctrl.edition, window).exec()


def about(window):
    QMessageBox.about(window, f"关于 {APP_TITLE}",
                      f"<b>{APP_TITLE}</b> {__version__}<br>中等职业学校质量年度报告的撰写、校验与发布工具。"
                      "<br>正文、案例、图片、名单和六张指标表在一个文件中；导出 Excel 报表和可打印的 PDF。")


