"""The 编号 tab of 报告设置: heading patterns, table and figure numbering, case labels, and a live
example of the labels they print (from the same fill() the PDF uses)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from vqdesk.core.document.numbering import HEADING_KEYS, fill, titled
from vqdesk.core.document.settings import CASE_LABEL_PRESETS

#: Heading patterns (chapter, section, level3, level4) offered ready-made; shown by their labels.
HEADING_PRESETS = (
    ("{n}", "{chapter}.{n}", "{chapter}.{section}.{n}", "（{n}）"),
    ("{cn}、", "（{cn}）", "{n}.", "（{n}）"),
    ("第{cn}章", "{cn}、", "（{cn}）", "{n}."),
    ("第{cn}章", "第{cn}节", "{cn}、", "（{cn}）"),
)
HEADING_NAMES = ("一级标题（章）", "二级标题（节）", "三级标题", "四级标题")
SCOPES = (("flat", "全文连续（{w} 7）"), ("per_chapter", "按章（{w} 1-1）"), ("per_section", "按节（{w} 1.3.3）"))
CASE_SCOPES = (("flat", "全文连续"), ("per_chapter", "按章"))
PLACEMENTS = (("inline", "放在所在小节"), ("chapter_end", "集中放在章末"))
CUSTOM = "自定义"
#: The example's place: chapter 2, its section 1, level-3 heading 1, level-4 heading 2.
_EXAMPLE_PATH = (2, 1, 1, 2)
_EXAMPLE_TITLES = ("人才培养", "立德树人", "思政课程", "课程思政")


def heading_example(patterns, path=(1, 1, 1, 1)) -> list[str]:
    """The number each level prints at `path`: ["1", "1.1", "1.1.1", "（1）"]."""
    return [fill(p, path[depth], tuple(path[:depth])) for depth, p in enumerate(patterns)]


def scoped_number(word: str, scope: str, n_flat: int = 7, chapter: int = 2, section: int = 1, n: int = 3) -> str:
    """“表 7”, “表 2-3” or “表 2.1.3”, as the PDF numbers tables and figures."""
    number = {"flat": str(n_flat), "per_chapter": f"{chapter}-{n}"}.get(scope, f"{chapter}.{section}.{n}")
    return f"{word} {number}" if word else number


def case_example(label: str, scope: str) -> str:
    """The label of chapter 2's first case, the fourth of the report."""
    return fill(label, 1 if scope == "per_chapter" else 4, (2,))


def example_lines(numbering: dict, cases: dict) -> list[str]:
    """What the settings print, for the dialog's 示例 (plain text, one line per kind)."""
    numbers = heading_example([numbering[k] for k in HEADING_KEYS], _EXAMPLE_PATH)
    headings = "　".join(titled(num, t) for num, t in zip(numbers, _EXAMPLE_TITLES))
    return [f"标题：{headings}",
            f"表格：{scoped_number(numbering['table_label'], numbering['tables'])} 近两年升学情况",
            f"图片：{scoped_number(numbering['figure_label'], numbering['figures'])} 在校生人数变化",
            f"案例：{titled(case_example(cases['label'], cases['numbering']), '思政进车间')}"]


def _combo(items, editable=False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    for item in items:
        if isinstance(item, tuple):
            box.addItem(item[1], item[0])
        else:
            box.addItem(item, item)
    return box


def _select(box: QComboBox, value):
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
    elif box.isEditable():
        box.setEditText(str(value))


class _PresetRow:
    """A preset combo over one or more pattern edits: picking a preset fills the edits, typing
    into an edit shows the matching preset or 自定义."""

    def __init__(self, presets: list, labels: list[str], edits: list[QLineEdit], on_pick=None):
        self.presets, self.edits, self.on_pick = presets, edits, on_pick
        self.combo = QComboBox()
        for label in labels:
            self.combo.addItem(label)
        self.combo.addItem(CUSTOM)
        self.combo.activated.connect(self._picked)
        for edit in edits:
            edit.textEdited.connect(self.sync)

    def _picked(self, index: int):
        if index >= len(self.presets):           # 自定义: keep the patterns, let the user type
            self.edits[0].setFocus()
            return
        for edit, pattern in zip(self.edits, self.presets[index]):
            edit.setText(pattern)
        if self.on_pick:
            self.on_pick(self.presets[index])

    def sync(self):
        current = tuple(e.text() for e in self.edits)
        index = self.presets.index(current) if current in self.presets else len(self.presets)
        self.combo.setCurrentIndex(index)


class NumberingTab(QWidget):
    """编号: heading patterns, table/figure scopes and words, case labels, with a live example."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.fields: dict[str, tuple[str, QWidget]] = {}

        headings = QGroupBox("标题编号")
        form = QFormLayout(headings)
        self.heading_edits = [QLineEdit() for _ in HEADING_KEYS]
        labels = [" / ".join(heading_example(p)) for p in HEADING_PRESETS]
        self.heading_row = _PresetRow(list(HEADING_PRESETS), labels, self.heading_edits)
        form.addRow("编号样式", self.heading_row.combo)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for n, (key, name, edit) in enumerate(zip(HEADING_KEYS, HEADING_NAMES, self.heading_edits)):
            self.fields[f"numbering.{key}"] = (name, edit)
            grid.addWidget(QLabel(name), n // 2, (n % 2) * 2)
            grid.addWidget(edit, n // 2, (n % 2) * 2 + 1)
        form.addRow(grid)
        form.addRow(_hint("格式中 {n} 印为数字、{cn} 印为中文数字，{chapter}、{section} 印为所在章、节的编号。"))
        layout.addWidget(headings)

        figures = QGroupBox("表格和图片编号")
        form = QFormLayout(figures)
        self.table_scope = _combo([(v, t.format(w="表")) for v, t in SCOPES])
        self.figure_scope = _combo([(v, t.format(w="图")) for v, t in SCOPES])
        self.table_word, self.figure_word = _combo(["表", "数据表"], True), _combo(["图", "数据图"], True)
        for name, scope, word, group in (("表格", self.table_scope, self.table_word, "table"),
                                         ("图片", self.figure_scope, self.figure_word, "figure")):
            row = QHBoxLayout()
            row.addWidget(QLabel("题注前的字"))
            row.addWidget(word)
            row.addSpacing(12)
            row.addWidget(QLabel("编号"))
            row.addWidget(scope, 1)
            form.addRow(name, row)
            self.fields[f"numbering.{group}s"] = (f"{name}编号", scope)
            self.fields[f"numbering.{group}_label"] = (f"{name}题注前的字", word)
        layout.addWidget(figures)

        cases = QGroupBox("案例编号")
        form = QFormLayout(cases)
        self.case_label = QLineEdit()
        self.case_scope, self.placement = _combo(CASE_SCOPES), _combo(PLACEMENTS)
        presets = [(label,) for label in CASE_LABEL_PRESETS]
        shown = [fill(label, 1, (1,)) + ("（按章）" if scope == "per_chapter" else "")
                 for label, scope in CASE_LABEL_PRESETS.items()]
        self.case_row = _PresetRow(presets, shown, [self.case_label],
                                   lambda p: _select(self.case_scope, CASE_LABEL_PRESETS[p[0]]))
        row = QHBoxLayout()
        row.addWidget(self.case_row.combo)
        row.addWidget(QLabel("格式"))
        row.addWidget(self.case_label, 1)
        form.addRow("编号样式", row)
        row = QHBoxLayout()
        row.addWidget(self.case_scope, 1)
        row.addSpacing(12)
        row.addWidget(QLabel("位置"))
        row.addWidget(self.placement, 1)
        form.addRow("编号", row)
        form.addRow(_hint("格式中要有 {n}（数字）或 {cn}（中文数字），可加 {chapter}（章号）。"))
        self.fields.update({"cases.label": ("案例编号格式", self.case_label),
                            "cases.numbering": ("案例编号", self.case_scope),
                            "cases.placement": ("案例位置", self.placement)})
        layout.addWidget(cases)

        example = QGroupBox("示例（第 2 章第 1 节）")
        box = QVBoxLayout(example)
        self.example = QLabel()
        self.example.setObjectName("numberingExample")
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.example)
        layout.addWidget(example)
        layout.addStretch(1)

        for edit in self.heading_edits + [self.case_label]:
            edit.textChanged.connect(self.update_example)
        for box in (self.table_scope, self.figure_scope, self.case_scope):
            box.currentIndexChanged.connect(self.update_example)
        for box in (self.table_word, self.figure_word):
            box.currentTextChanged.connect(self.update_example)

    def load(self, settings: dict):
        num, cases = settings["numbering"], settings["cases"]
        for edit, key in zip(self.heading_edits, HEADING_KEYS):
            edit.setText(num[key])
        self.heading_row.sync()
        _select(self.table_scope, num["tables"])
        _select(self.figure_scope, num["figures"])
        _select(self.table_word, num["table_label"])
        _select(self.figure_word, num["figure_label"])
        self.case_label.setText(cases["label"])
        self.case_row.sync()
        _select(self.case_scope, cases["numbering"])
        _select(self.placement, cases["placement"])
        self.update_example()

    def values(self) -> dict:
        numbering = {key: edit.text().strip() for key, edit in zip(HEADING_KEYS, self.heading_edits)}
        numbering.update(tables=self.table_scope.currentData(), figures=self.figure_scope.currentData(),
                         table_label=self.table_word.currentText().strip(),
                         figure_label=self.figure_word.currentText().strip())
        cases = {"label": self.case_label.text().strip(), "numbering": self.case_scope.currentData(),
                 "placement": self.placement.currentData()}
        return {"numbering": numbering, "cases": cases}

    def update_example(self, *_):
        v = self.values()
        try:
            lines = example_lines(v["numbering"], v["cases"])
        except (KeyError, TypeError):
            lines = []
        self.example.setText("\n".join(lines))


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageHint")
    label.setWordWrap(True)
    label.setStyleSheet("color: #666;")
    return label
