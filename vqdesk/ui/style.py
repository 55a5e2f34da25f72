"""Fonts and the light style sheet: calm colours, readable Chinese at a sensible size."""

from PySide6.QtGui import QFont, QFontDatabase

#: Preferred UI fonts for Simplified Chinese, best first (Windows, macOS, Linux).  Under a Chinese
#: locale fontconfig names the families in Chinese (文泉驿微米黑), so both names are listed.
CJK_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "微软雅黑", "PingFang SC", "苹方-简",
                "Noto Sans CJK SC", "Source Han Sans SC", "思源黑体", "WenQuanYi Micro Hei", "文泉驿微米黑",
                "WenQuanYi Zen Hei", "文泉驿正黑", "AR PL UMing CN")
BASE_POINT_SIZE = 10

STYLE_SHEET = """
QLabel#pageTitle { font-size: 15pt; font-weight: 600; color: #1f2d3d; }
QLabel#pageHint { color: #6b7785; }
QLabel#fieldError { color: #c0392b; font-size: 9pt; }
QLabel#countLabel { color: #4a5561; }
QLabel#countLabel[outside="true"] { color: #c0392b; font-weight: 600; }
QLabel#coverPreview { background: #f7f9fb; border: 1px solid #e1e6eb; border-radius: 4px; padding: 8px; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 1px solid #d64541; }
QTreeWidget { background: #f6f8fa; border: none; }
QTreeWidget::item { padding: 3px 2px; }
QTreeWidget::item:selected { background: #dbe9f7; color: #1f2d3d; }
QTableView { gridline-color: #dde2e7; selection-background-color: #cfe3f6; selection-color: #1f2d3d; }
QHeaderView::section { background: #eef1f4; border: none; border-right: 1px solid #dde2e7;
                       border-bottom: 1px solid #d3d9df; padding: 4px 6px; }
QPlainTextEdit, QTextBrowser { font-size: 11pt; }
QStatusBar QLabel { color: #4a5561; }
QScrollArea#documentColumn { background: #ffffff; border: 1px solid #e1e6eb; }
QScrollArea#documentColumn > QWidget > QWidget { background: #ffffff; }
QFrame#blockFrame { background: #ffffff; border: 1px solid transparent; border-radius: 4px; }
QFrame#blockFrame:hover { border: 1px solid #e1e6eb; }
QFrame#blockFrame[current="true"] { border: 1px solid #9fc2e7; }
QLabel#blockHandle { color: #8a96a3; font-size: 9pt; }
QFrame#caseBox { background: #f7f9fc; border: 1px solid #c9d6e6; border-radius: 4px; }
QLabel#caseLabel { font-weight: 600; color: #1f2d3d; }
QTextEdit { font-size: 11pt; border: 1px solid #e6eaee; }
"""


#: 视图 → 放大/缩小 steps of the editors' text, in percent.
ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200)


def zoom_sheet(percent: int) -> str:
    """The main window's own style sheet: the editors' text (narratives, block texts, captions,
    grids) at `percent` of its usual size.  It outranks the application's sheet."""
    def pt(size):
        return f"{size * percent / 100:g}pt"
    if percent == 100:
        return ""
    page = "QScrollArea#pageFrame"
    return (f"{page} QPlainTextEdit, {page} QTextEdit, {page} QTextBrowser {{ font-size: {pt(11)}; }}\n"
            f"{page} QTableView {{ font-size: {pt(BASE_POINT_SIZE)}; }}\n"
            f"QScrollArea#documentColumn QLineEdit {{ font-size: {pt(BASE_POINT_SIZE)}; }}\n")


def pick_font(families=None) -> QFont:
    families = set(QFontDatabase.families() if families is None else families)
    font = QFont()
    for name in CJK_FAMILIES:
        if name in families:
            font = QFont(name)
            break
    font.setPointSize(BASE_POINT_SIZE)
    return font
