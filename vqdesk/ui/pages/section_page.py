"""Pages with a narrative: a section (or a chapter with its own body), the front matter, and a
chapter overview for chapters whose text lives in their sections."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget)

from vqdesk.ui.commands import (AddCaseCommand, AddSubsectionCommand, RemoveSubsectionCommand,
                                RenameSubsectionCommand)
from vqdesk.ui.icons import state_icon
from vqdesk.ui.navigation import NodeStates
from vqdesk.ui.pages.common import page_header, page_layout, set_hint
from vqdesk.ui.pages.narrative_editor import NarrativeEditor


def narrative_title(edition, key: str, subsections=()) -> tuple[str, str]:
    """(title, hint) of a narrative key."""
    if key == "preface":
        return "前言", "简要说明报告的编写依据、数据口径和主要内容。"
    if key.startswith("sub:"):
        sub = next((s for s in subsections if s.key == key), None)
        return (sub.title if sub else key), "自行添加的下级标题。"
    try:
        section = edition.section(key)
        chapter = edition.chapter(section.chapter_key)
        optional = "" if section.required else "（选写）"
        return f"{chapter.title} · {section.title}{optional}", section.hint
    except KeyError:
        chapter = edition.chapter(key)
        return chapter.title, chapter.hint


class SectionPage(QWidget):
    """A section's narrative with its cases beside it; `open_case` asks to show a case."""

    open_case = Signal(int)

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        layout = page_layout(self)
        header, self.title, self.hint = page_header("")
        layout.addWidget(header)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.editor = NarrativeEditor(ctrl)
        splitter.addWidget(self.editor)
        side = QFrame()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(10, 0, 0, 0)
        side_layout.addWidget(QLabel("本节案例"))
        self.cases = QListWidget()
        self.cases.itemDoubleClicked.connect(lambda item: self.open_case.emit(item.data(Qt.ItemDataRole.UserRole)))
        side_layout.addWidget(self.cases, 1)
        buttons = QHBoxLayout()
        new_case = self.new_case_button = QPushButton("新建案例")
        new_case.clicked.connect(self.new_case)
        self.new_sub = QPushButton("添加下级标题")
        self.new_sub.clicked.connect(self.add_subsection)
        buttons.addWidget(new_case)
        buttons.addWidget(self.new_sub)
        side_layout.addLayout(buttons)
        sub_buttons = QHBoxLayout()
        self.rename_sub = QPushButton("修改标题")
        self.rename_sub.clicked.connect(self.rename_subsection)
        self.remove_sub = QPushButton("删除此标题")
        self.remove_sub.clicked.connect(self.remove_subsection)
        sub_buttons.addWidget(self.rename_sub)
        sub_buttons.addWidget(self.remove_sub)
        side_layout.addLayout(sub_buttons)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 240])
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        ctrl.changed.connect(self._on_changed)

    @property
    def key(self):
        return self.editor.key

    def show_key(self, key: str):
        title, hint = narrative_title(self.ctrl.edition, key, self.ctrl.data.subsections)
        self.title.setText(title)
        set_hint(self.hint, hint)
        self.editor.set_key(key)
        try:
            allowed = self.ctrl.edition.section(key).allow_subsections
        except KeyError:
            allowed = False
        self.new_sub.setVisible(allowed)
        self.new_case_button.setEnabled(not key.startswith("sub:"))   # cases belong to sections
        self.rename_sub.setVisible(key.startswith("sub:"))
        self.remove_sub.setVisible(key.startswith("sub:"))
        self._load_cases()

    def _load_cases(self):
        self.cases.clear()
        for case in self.ctrl.data.cases_in(self.key):
            item = QListWidgetItem(case.title or "（无标题案例）")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setToolTip("双击打开案例")
            self.cases.addItem(item)

    def _on_changed(self, kind, _key):
        if kind in ("case", "year", "all") and self.key:
            self._load_cases()

    def new_case(self):
        title, ok = QInputDialog.getText(self, "新建案例", "案例标题：")
        if ok and title.strip() and self.ctrl.push(AddCaseCommand(self.ctrl, self.key, title.strip())):
            self.open_case.emit(self.ctrl.data.cases_in(self.key)[-1].id)

    def add_subsection(self):
        title, ok = QInputDialog.getText(self, "添加下级标题", "标题（如“（一）校园文化建设”）：")
        if ok and title.strip():
            self.flush()
            self.ctrl.push(AddSubsectionCommand(self.ctrl, self.key, title.strip()))

    def _sub_id(self) -> int:
        return int(self.key[4:])

    def rename_subsection(self):
        current = self.title.text()
        title, ok = QInputDialog.getText(self, "修改标题", "新的标题：", text=current)
        if ok and title.strip() and title.strip() != current:
            self.flush()
            self.ctrl.push(RenameSubsectionCommand(self.ctrl, self._sub_id(), title.strip()))

    def remove_subsection(self):
        self.flush()
        if self.ctrl.session.narrative(self.ctrl.year, self.key).strip():
            answer = QMessageBox.question(
                self, "删除此标题", f"删除“{self.title.text()}”及其下的正文？\n可以用“编辑 → 撤销”恢复。")
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctrl.push(RemoveSubsectionCommand(self.ctrl, self._sub_id()))

    def flush(self):
        self.editor.save()


class FrontPage(SectionPage):
    """封面与声明: the cover and declaration as printed (from 学校信息) and the 前言."""

    def __init__(self, ctrl, parent=None):
        super().__init__(ctrl, parent)
        self.cover = QLabel()
        self.cover.setObjectName("coverPreview")
        self.cover.setWordWrap(True)
        self.cover.setTextFormat(Qt.TextFormat.RichText)
        self.layout().insertWidget(1, self.cover)
        self.splitter.widget(1).setVisible(False)

    def show_key(self, key: str = "preface"):
        super().show_key("preface")
        self.title.setText("封面与声明（前言）")
        set_hint(self.hint, "封面、声明和公开信息来自“学校信息”，在那里修改；下面撰写前言。")
        self._load_cover()

    def _load_cover(self):
        data, fm = self.ctrl.data, self.ctrl.edition.front_matter
        school = data.profile.get("name", "（学校名称）")
        values = {"school": school, "year": data.year}
        title = fm.cover_title.format(**values)
        declaration = fm.declaration_text.format(**values) if fm.declaration_text else ""
        url = data.profile.get("publication_url") or data.profile.get("website") or "（未填写网址）"
        form = data.profile.get("publication_form", "（未选择公开形式）")
        self.cover.setText(f"<b>封面：</b>{title}<br><b>声明：</b>{declaration}<br>"
                           f"<b>公开形式及网址：</b>{form}　{url}")

    def _on_changed(self, kind, key):
        super()._on_changed(kind, key)
        if kind in ("profile", "year", "all") and self.key:
            self._load_cover()


class ChapterPage(QWidget):
    """A chapter whose text is in its sections: the sections with their state and 字数."""

    open_section = Signal(str)

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.chapter_key = None
        layout = page_layout(self)
        header, self.title, self.hint = page_header("")
        layout.addWidget(header)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda item: self.open_section.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.itemDoubleClicked.connect(lambda item: self.open_section.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.list, 1)
        ctrl.changed.connect(lambda *_: self.chapter_key and self.isVisible() and self.show_chapter(self.chapter_key))

    def show_chapter(self, key: str):
        self.chapter_key = key
        chapter = self.ctrl.edition.chapter(key)
        self.title.setText(chapter.title)
        set_hint(self.hint, "本章各节的填写情况，双击进入。" + (chapter.hint or ""))
        states = NodeStates(self.ctrl)
        self.list.clear()
        for section in chapter.sections:
            state, count, detail = states.of(("section", section.key))
            optional = "" if section.required else "（选写）"
            item = QListWidgetItem(state_icon(state, count), f"{section.title}{optional}　　{detail}")
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.list.addItem(item)
