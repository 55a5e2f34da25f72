"""查找: search narratives, cases, indicator names and record lists; a result navigates there."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from vqdesk.core.findings import Place


def search(ctrl, text: str) -> list[tuple[str, Place]]:
    """(label, place) of every match of `text` in the current year."""
    if not text:
        return []
    data, edition, out = ctrl.data, ctrl.edition, []
    for key, body in data.narratives.items():
        if text in body:
            place = Place("section", section=key)
            out.append((f"{place.describe(edition)}：{_snippet(body, text)}", place))
    for case in data.cases:
        if text in case.title or text in case.body:
            out.append((f"案例 {case.title}", Place("case", case_id=case.id, section=case.section_key)))
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
