"""Chinese for Qt's own texts: its file dialog, message box buttons, context menus.

Qt's zh_CN catalogs ship with PySide6 (QLibraryInfo's TranslationsPath).  A few strings of
Qt 6 are missing from them (the file dialog's "&Look in:" and "Files of &type:" changed their
source text in Qt 6); a small supplement supplies those."""

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

CATALOGS = ("qtbase", "qt")

#: (context, source) -> Chinese, for texts Qt shows but its zh_CN catalogs lack.
MISSING = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QFileDialog", "File &name:"): "文件名称(&N)：",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "Computer"): "计算机",
    ("QToolBar", "Extension"): "更多",
}


class _Supplement(QTranslator):
    """Answers only for MISSING; None lets Qt ask the next catalog."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return MISSING.get((context, source))

    def isEmpty(self):
        return False


def prefer_chinese_locale(environ=os.environ):
    """On Linux without a chosen language (LANG unset, C or POSIX, as on a bare desktop or
    container), let Qt's system locale be zh_CN: the file dialog's dates, sizes and file types."""
    if sys.platform.startswith(("win", "darwin")) or environ.get("LC_ALL"):
        return
    if environ.get("LANG", "C").split(".")[0] in ("", "C", "POSIX"):
        environ["LANG"] = "zh_CN.UTF-8"


def install_translations(app) -> list[str]:
    """Install Qt's zh_CN catalogs and the supplement; the names of the catalogs loaded."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name in CATALOGS:
        translator = QTranslator(app)
        if translator.load(f"{name}_zh_CN", folder):
            app.installTranslator(translator)
            loaded.append(name)
    app.installTranslator(_Supplement(app))   # installed last: asked first
    return loaded
