"""Start the desktop application: python main.py [FILE]."""

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from vqdesk import APP_NAME, APP_TITLE, FILE_SUFFIX
from vqdesk.core.errors import FileInUseError, VqdeskError, reason_of
from vqdesk.core.resources import resources_dir
from vqdesk.core.session import Session
from vqdesk.core.store.lock import set_program
from vqdesk.ui.read_only import make_read_only
from vqdesk.ui.settings import data_dir, last_file
from vqdesk.ui.style import STYLE_SHEET, pick_font
from vqdesk.ui.translations import install_translations, prefer_chinese_locale
from vqdesk.ui.event_filters import install_event_filters

SAMPLE_NAME = f"示例报告{FILE_SUFFIX}"


def make_app(argv=None) -> QApplication:
    """The QApplication with Chinese Qt texts (确定/取消), names for QSettings, font and style."""
    if QApplication.instance() is None:
        prefer_chinese_locale()
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("vqdesk.local")
    if not app.property("vqdeskTranslated"):      # once per application
        app.setProperty("vqdeskTranslated", True)
        install_translations(app)
    install_event_filters(app)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "vqdesk.png")))
    app.setFont(pick_font())
    app.setStyleSheet(STYLE_SHEET)
    set_program(APP_TITLE)
    return app


def sample_path() -> Path | None:
    """The sample report in the user's data folder, written on first run."""
    path = data_dir() / SAMPLE_NAME
    if path.exists():
        return path
    try:
        from vqdesk.core.sample import write_sample
    except ImportError:
        return None
    write_sample(path)
    return path


def open_window(path, take_over: bool = False):
    """A main window on the file, or None after telling the user why it cannot be opened.

    A file someone else is editing opens read-only with a notice; for a file that cannot be
    opened at all, its automatic backups are offered."""
    from vqdesk.ui.controller import ReportController
    from vqdesk.ui.dialogs.restore_dialog import offer_restore
    from vqdesk.ui.main_window import MainWindow
    holder, can_take_over = None, False
    try:
        try:
            session = Session.open(path, take_over=take_over)
        except FileInUseError as exc:
            holder, can_take_over = exc.holder, exc.can_take_over
            session = Session.open(path, readonly=True)
        controller = ReportController(session)
    except VqdeskError as exc:
        return open_window(path) if offer_restore(path, str(exc)) else None
    except Exception as exc:  # noqa: BLE001 - a damaged file must not crash the start
        logging.getLogger(__name__).exception("opening %s failed", path)
        QMessageBox.warning(None, "无法打开", f"文件“{Path(path).name}”无法打开：{reason_of(exc)}。")
        return None
    window = MainWindow(controller)
    if holder is not None:
        make_read_only(window, holder, can_take_over=can_take_over)
    elif session.readonly_reason:           # a read-only folder or medium: a viewer, saying why
        make_read_only(window, reason=session.readonly_reason)
    for notice in session.notices:          # a crash journal rolled back, a foreign one set aside
        QMessageBox.information(window, "打开文件", notice)
    if session.backup_problem:
        window.statusBar().showMessage(session.backup_problem, 15000)
    return window


def first_file(argv) -> Path | None:
    if len(argv) > 1:
        return Path(argv[1])
    return Path(last_file()) if last_file() else sample_path()


def main(argv=None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if "--screenshot" in argv:
        return screenshot(argv)
    app = make_app(argv)
    path = first_file(argv)
    window = open_window(path) if path else None
    if window is None:
        window = _start_without_file()
        if window is None:
            return 1
    window.show()
    quit_after_ms = os.environ.get("VQDESK_QUIT_AFTER_MS")  # hidden: smoke test of a built bundle
    if quit_after_ms:
        QTimer.singleShot(int(quit_after_ms), app.quit)
    return app.exec()


def screenshot(argv) -> int:
    """--screenshot OUT.png [--page NODE]: the window on FILE rendered to a PNG (see ui.screenshot)."""
    from vqdesk.ui import screenshot as shot
    args = shot.parse_args(argv[1:])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_app(argv[:1])
    window = open_window(args.file)
    if window is None:
        return 1
    code = shot.take(window, args)
    window.close()
    return code


def _start_without_file():
    """No file to open (first run without the sample): ask for a new report."""
    from vqdesk.ui.dialogs.new_report import NewReportDialog
    dialog = NewReportDialog()
    if not dialog.exec():
        return None
    if dialog.existing:
        return open_window(dialog.existing)
    v = dialog.values()
    try:
        Session.create(v["path"], school=v["school"], year=v["year"], edition_id=v["edition_id"],
                       province=v["province"], level=v["level"]).close()
    except VqdeskError as exc:
        QMessageBox.warning(None, "新建报告", str(exc))
        return None
    return open_window(v["path"])
