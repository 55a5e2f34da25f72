"""查找: search headings and their text, cases, the preface, indicator names and record lists;
a result navigates there."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from vqdesk.core.findings import Place
from vqdesk.ui.outline import case_labels, node_captions


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
    navigate = Signal(object)

    def __init__(self, ctrl, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.setWindowTitle("查找")
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText("输入要查找的文字，回车搜索")
        self.query.returnPressed.connect(self.run)
        self.status = QLabel()
        self.results = QListWidget()
        self.results.itemActivated.connect(lambda item: self.navigate.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def run(self):
        self.results.clear()
        matches = search(self.ctrl, self.query.text().strip())
        for label, place in matches:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, place)
            self.results.addItem(item)
        self.status.setText(f"找到 {len(matches)} 处，双击定位。" if matches else "没有找到。")
