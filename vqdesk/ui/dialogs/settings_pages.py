"""The page tabs of 报告设置: the cover, declaration and publication page (封面与声明) and the
preface, contents, annex and back cover (前言、目录与附件)."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from vqdesk.ui.dialogs.settings_numbering import _hint, _select

PREFACES = (("前言", "前言"), ("撰写说明", "撰写说明"), (None, "不写前言"))


def fill_names(pattern: str, school: str, year: int) -> str:
    """{school} and {year} as the cover prints them."""
    return pattern.replace("{school}", school).replace("{year}", str(year))


def month_date(text: str) -> QDate | None:
    """“2025年11月” -> QDate(2025, 11, 1); None for an empty or unreadable month."""
    try:
        year, month = text.rstrip("月").split("年")
        return QDate(int(year), int(month), 1)
    except ValueError:
        return None


class CoverTab(QWidget):
    """封面、声明和公开信息页."""

    def __init__(self, school: str, year: int, parent=None):
        super().__init__(parent)
        self.school, self.year = school, year
        layout = QVBoxLayout(self)
        cover = QGroupBox("封面")
        form = QFormLayout(cover)
        self.title = QLineEdit()
        self.title_shown = _hint("")
        self.title.textChanged.connect(
            lambda t: self.title_shown.setText("印为：" + fill_names(t, school or "（学校名称）", year)))
        form.addRow("报告标题", self.title)
        form.addRow("", self.title_shown)
        self.dated = QCheckBox("印封面日期")
        self.date = QDateEdit()
        self.date.setDisplayFormat("yyyy年M月")
        self.date.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 1))
        self.dated.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.dated)
        row.addWidget(self.date)
        row.addStretch(1)
        form.addRow("封面日期", row)
        form.addRow(_hint("标题中 {school} 印为学校名称，{year} 印为年度。英文校名、地址和电话在“学校信息”中填写。"))
        layout.addWidget(cover)

        declaration = QGroupBox("内容真实性责任声明")
        box = QVBoxLayout(declaration)
        self.declaration = QCheckBox("印声明页")
        self.declaration_text = QPlainTextEdit()
        self.declaration_text.setFixedHeight(84)
        self.declaration.toggled.connect(self.declaration_text.setEnabled)
        box.addWidget(self.declaration)
        box.addWidget(self.declaration_text)
        box.addWidget(_hint("声明文字中也可用 {school} 和 {year}。"))
        layout.addWidget(declaration)

        publication = QGroupBox("公开形式及网址")
        box = QVBoxLayout(publication)
        self.publication = QCheckBox("印“公开形式及网址”页")
        box.addWidget(self.publication)
        box.addWidget(_hint("公开形式和网址是学校的信息，在“学校信息”中填写，这里只决定是否印这一页。"))
        layout.addWidget(publication)
        layout.addStretch(1)
        self.fields = {"cover.title": ("报告标题", self.title), "cover.date": ("封面日期", self.date),
                       "declaration.enabled": ("声明页", self.declaration),
                       "declaration.text": ("声明文字", self.declaration_text),
                       "publication.enabled": ("公开形式及网址页", self.publication)}

    def load(self, s: dict):
        self.title.setText(s["cover"]["title"])
        date = month_date(s["cover"]["date"])
        self.dated.setChecked(date is not None)
        self.date.setEnabled(date is not None)
        self.date.setDate(date or QDate(self.year, 12, 1))
        self.declaration.setChecked(s["declaration"]["enabled"])
        self.declaration_text.setEnabled(s["declaration"]["enabled"])
        self.declaration_text.setPlainText(s["declaration"]["text"])
        self.publication.setChecked(s["publication"]["enabled"])

    def values(self) -> dict:
        date = self.date.date()
        return {"cover": {"title": self.title.text().strip(),
                          "date": f"{date.year()}年{date.month()}月" if self.dated.isChecked() else ""},
                "declaration": {"enabled": self.declaration.isChecked(),
                                "text": self.declaration_text.toPlainText().strip()},
                "publication": {"enabled": self.publication.isChecked()}}


class MatterTab(QWidget):
    """前言、目录、附件和封底."""

    def __init__(self, years: list[int], parent=None):
        super().__init__(parent)
        self.years = years
        layout = QVBoxLayout(self)
        front = QGroupBox("前言和目录")
        form = QFormLayout(front)
        self.preface = QComboBox()
        for value, label in PREFACES:
            self.preface.addItem(label, value)
        form.addRow("前言", self.preface)
        form.addRow(_hint("前言（或撰写说明）的文字在“封面与声明”页中撰写。"))
        self.levels = QSpinBox()
        self.levels.setRange(1, 4)
        self.levels.setSuffix(" 级标题")
        row = QHBoxLayout()
        row.addWidget(QLabel("列到"))
        row.addWidget(self.levels)
        row.addStretch(1)
        form.addRow("目录", row)
        self.toc = {key: QCheckBox(label) for key, label in
                    (("tables", "表目录"), ("figures", "图目录"), ("cases", "案例目录"))}
        row = QHBoxLayout()
        for check in self.toc.values():
            row.addWidget(check)
        row.addStretch(1)
        form.addRow("另列", row)
        layout.addWidget(front)

        annex = QGroupBox("附件")
        box = QVBoxLayout(annex)
        self.annex = QCheckBox("附六张标准数据表")
        box.addWidget(self.annex)
        row = QHBoxLayout()
        row.addWidget(QLabel("年度"))
        self.annex_years: dict[int, QCheckBox] = {}
        self._years_row = row
        box.addLayout(row)
        self.annex.toggled.connect(self._annex_toggled)
        layout.addWidget(annex)

        back = QGroupBox("封底")
        form = QFormLayout(back)
        self.back_cover = QCheckBox("印封底")
        self.writers, self.reviewers = QLineEdit(), QLineEdit()
        self.writers.setPlaceholderText("如：张三、李四")
        self.reviewers.setPlaceholderText("如：王五")
        form.addRow(self.back_cover)
        form.addRow("撰稿人", self.writers)
        form.addRow("审稿人", self.reviewers)
        self.back_cover.toggled.connect(self.writers.setEnabled)
        self.back_cover.toggled.connect(self.reviewers.setEnabled)
        layout.addWidget(back)
        layout.addStretch(1)
        self.fields = {"preface.title": ("前言", self.preface), "toc.levels": ("目录级数", self.levels),
                       "toc.tables": ("表目录", self.toc["tables"]), "toc.figures": ("图目录", self.toc["figures"]),
                       "toc.cases": ("案例目录", self.toc["cases"]), "annex.enabled": ("附件", self.annex),
                       "annex.years": ("附件年度", self.annex), "back_cover.enabled": ("封底", self.back_cover),
                       "back_cover.writers": ("撰稿人", self.writers),
                       "back_cover.reviewers": ("审稿人", self.reviewers)}

    def _annex_toggled(self, on: bool):
        for check in self.annex_years.values():
            check.setEnabled(on)

    def load(self, s: dict):
        _select(self.preface, s["preface"]["title"])
        self.levels.setValue(s["toc"]["levels"])
        for key, check in self.toc.items():
            check.setChecked(s["toc"][key])
        chosen = set(s["annex"]["years"])
        for year in sorted(set(self.years) | chosen):
            if year not in self.annex_years:
                check = QCheckBox(f"{year}" if year in self.years else f"{year}（文件中没有）")
                self.annex_years[year] = check
                self._years_row.addWidget(check)
            self.annex_years[year].setChecked(year in chosen)
        self._years_row.addStretch(1)
        self.annex.setChecked(s["annex"]["enabled"])
        self._annex_toggled(s["annex"]["enabled"])
        self.back_cover.setChecked(s["back_cover"]["enabled"])
        for edit, key in ((self.writers, "writers"), (self.reviewers, "reviewers")):
            edit.setText(s["back_cover"][key])
            edit.setEnabled(s["back_cover"]["enabled"])

    def values(self) -> dict:
        return {"preface": {"title": self.preface.currentData()},
                "toc": {"levels": self.levels.value(), **{k: c.isChecked() for k, c in self.toc.items()}},
                "annex": {"enabled": self.annex.isChecked(),
                          "years": sorted(y for y, c in self.annex_years.items() if c.isChecked())},
                "back_cover": {"enabled": self.back_cover.isChecked(), "writers": self.writers.text().strip(),
                               "reviewers": self.reviewers.text().strip()}}
