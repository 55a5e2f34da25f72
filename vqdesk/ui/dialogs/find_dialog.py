"""查找和替换: search headings and their text, cases, the preface, indicator names and record
lists; a result navigates there and its match is highlighted; 替换 works on the texts."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QTextEdit,
                               QVBoxLayout)

from vqdesk.core.findings import Place
from vqdesk.core.text_replace import replace_in, text_targets
from vqdesk.ui.commands_replace import ReplaceTextCommand
from vqdesk.ui.outline import case_labels, node_captions


#: The background of the matches shown in a text (a soft yellow, like a highlighter).
MATCH_COLOUR = "#ffe58a"


def search(ctrl, text: str) -> list[tuple[str, Place]]:
    """(label, place) of every match of `text` in the current year."""
    if not text:
        return []
    data, edition = ctrl.data, ctrl.edition
    out = _search_document(data, text)
    for ind in edition.indicators():
        if text in ind.name:
            out.append((f"表{ind.table_no} {ind.name}", Place("indicator", table=ind.table_no, indicator=ind.id)))
    for rl in edition.record_lists:
        for row, record in enumerate(data.rows(rl.id)):
            for fd in rl.fields:
                if text in str(record.get(fd.key, "")):
                    place = Place("record", list_id=rl.id, row=row, field=fd.key)
                    out.append((f"{place.describe(edition)}：{record[fd.key]}", place))
    return out


def _search_document(data, text: str) -> list[tuple[str, Place]]:
    """The preface, every heading's text blocks, and each case's title and text."""
    doc, out = data.document, []
    preface = data.settings.get("preface") or {}
    if preface.get("title") and text in (preface.get("text") or ""):
        out.append((f"{preface['title']}：{_snippet(preface['text'], text)}", Place("preface", label=preface["title"])))
    captions, labels = node_captions(doc), case_labels(doc)
    for node in doc.nodes():
        body = node.text()
        if text in node.title or text in body:
            where = captions[node.id]
            snippet = f"：{_snippet(body, text)}" if text in body else ""
            out.append((where + snippet, Place("node", node=node.id, label=where)))
        for case in (b for b in node.blocks if b.kind == "case"):
            inner = "\n".join(b.text for b in case.children if b.kind == "text")
            if text in case.title or text in inner:
                label = f"{labels[case.id]} {case.title}"
                snippet = f"：{_snippet(inner, text)}" if text in inner else ""
                out.append((label + snippet, Place("block", node=node.id, block=case.id, label=label)))
    return out


def _snippet(body: str, text: str, width: int = 18) -> str:
    at = body.find(text)
    return "…" + body[max(0, at - width): at + len(text) + width].replace("\n", " ") + "…"


class FindDialog(QDialog):
    """查找 and 替换: results navigate there and the match is selected and highlighted in the text;
    替换 changes the current match, 全部替换 every one, each as one undo step."""

    navigate = Signal(object)

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.window_ = parent
        self.marked: list = []                 # editors carrying highlight marks
        self.setWindowTitle("查找和替换")
        self.resize(560, 440)
        layout = QVBoxLayout(self)
        form = QGridLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText("输入要查找的文字，回车搜索")
        self.query.returnPressed.connect(self.run)
        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText("替换成的文字（可留空，即删除）")
        self.find_button, self.replace_button, self.replace_all_button = (
            QPushButton(t) for t in ("查找", "替换", "全部替换"))
        self.find_button.clicked.connect(self.run)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        form.addWidget(QLabel("查找："), 0, 0)
        form.addWidget(self.query, 0, 1)
        form.addWidget(self.find_button, 0, 2)
        form.addWidget(QLabel("替换为："), 1, 0)
        form.addWidget(self.replacement, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.replace_all_button)
        form.addLayout(buttons, 1, 2)
        editable = not ctrl.session.readonly
        for widget in (self.replacement, self.replace_button, self.replace_all_button):
            widget.setEnabled(editable)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.results = QListWidget()
        self.results.itemActivated.connect(self._go)
        self.results.currentItemChanged.connect(lambda item, _old: item is not None and self._go(item))
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        ctrl.changed.connect(self._on_changed)

    def _on_changed(self, kind, _key):
        """Edits and undo elsewhere: the labels follow, without moving the window's page."""
        if self.isVisible() and self.text() and kind in ("block", "text", "case", "outline", "all"):
            row = self.results.currentRow()
            self.results.blockSignals(True)
            self.run()
            self.results.setCurrentRow(min(row, self.results.count() - 1))
            self.results.blockSignals(False)

    def text(self) -> str:
        return self.query.text().strip()

    def run(self, keep_place=None):
        """Search again; select the result at `keep_place` if it is still there."""
        blocked = self.results.blockSignals(True)
        self.results.clear()
        matches = search(self.ctrl, self.text())
        for label, place in matches:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, place)
            self.results.addItem(item)
        self.results.blockSignals(blocked)
        self.status.setText(f"找到 {len(matches)} 处，单击定位。" if matches else "没有找到。")
        places = [place for _, place in matches]
        if matches:
            self.results.setCurrentRow(places.index(keep_place) if keep_place in places else 0)
        else:
            self.clear_marks()

    def _go(self, item):
        self.navigate.emit(item.data(Qt.ItemDataRole.UserRole))
        self.highlight()

    # -- highlighting ----------------------------------------------------------------------
    def highlight(self):
        """Select the first match in the page shown and mark every match there."""
        self.clear_marks()
        page = self.window_.current_page() if hasattr(self.window_, "current_page") else None
        text = self.text()
        if page is None or not text:
            return
        first = None
        for editor in [*page.findChildren(QPlainTextEdit), *page.findChildren(QTextEdit)]:
            if not editor.isVisibleTo(page) or editor.isReadOnly():
                continue
            found = _matches(editor.document(), text)
            if not found:
                continue
            editor.setExtraSelections([_mark(cursor) for cursor in found])
            self.marked.append(editor)
            if first is None:
                first = editor
                editor.setTextCursor(found[0])
                _scroll_to(editor)

    def clear_marks(self):
        for editor in self.marked:
            try:
                editor.setExtraSelections([])
            except RuntimeError:          # the page rebuilt its editors
                pass
        self.marked = []

    def closeEvent(self, event):
        self.clear_marks()
        super().closeEvent(event)

    # -- replacing -------------------------------------------------------------------------
    def replace_one(self):
        """Replace the first match of the selected result (or of the whole report)."""
        item = self.results.currentItem()
        place = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._replace(place, limit=1)

    def replace_all(self):
        self._replace(None, limit=None)

    def _replace(self, place, limit):
        find, new = self.text(), self.replacement.text()
        if not find:
            return
        if hasattr(self.window_, "flush"):
            self.window_.flush()                 # typing not yet saved is part of what is replaced
        changes, count = [], 0
        for target in _scope(text_targets(self.ctrl.data), place):
            if limit is not None and count >= limit:
                break
            replaced, n = replace_in(target.text, find, new, None if limit is None else limit - count)
            if n:
                changes.append((target.target, target.text, replaced))
                count += n
        if not count:
            self.status.setText("这里的文字在标题、名单或指标中，不能在此替换；请直接修改。" if place
                                else "正文、案例和前言中没有可替换的文字。")
            return
        label = f"替换“{find}”为“{new}”" if limit == 1 else f"全部替换“{find}”为“{new}”（{count} 处）"
        self.ctrl.push(ReplaceTextCommand(self.ctrl, changes, label))
        self.run(keep_place=place)
        self.status.setText(f"已替换 {count} 处（可撤销）。" + (self.status.text() if self.results.count() else ""))


def _scope(targets, place):
    """The texts a result stands for: its heading's own texts, its case's, the 前言; all without one."""
    if place is None:
        return targets
    if place.kind == "node":
        return [t for t in targets if t.node_id == place.node and t.case_id is None]
    if place.kind == "block":
        return [t for t in targets if t.case_id == place.block]
    if place.kind == "preface":
        return [t for t in targets if t.target == ("preface",)]
    return []


def _matches(document, text: str) -> list:
    found, cursor = [], document.find(text)
    while not cursor.isNull():
        found.append(cursor)
        cursor = document.find(text, cursor)
    return found


def _mark(cursor):
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format.setBackground(QColor(MATCH_COLOUR))
    return selection


def _scroll_to(editor):
    """Bring the editor (inside a page's scroll area) and its cursor into view."""
    area = editor.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(editor)
    editor.ensureCursorVisible()
