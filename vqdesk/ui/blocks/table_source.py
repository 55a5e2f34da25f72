"""What a bound table shows, in words, and 插入 → 数据表格…: the kind of table (a record list,
indicators over years, or — in a regional report — the schools by indicator), set up in the
same panel the table block shows beside its preview."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout

from vqdesk.core.document.blocks import parse_table_source
from vqdesk.ui.blocks.table_panel import TableSourcePanel

SCHOOL_FIGURES = "school_figures"


def describe_source(src: dict, edition) -> str:
    """One line on where a bound table's rows come from."""
    if src["type"] == "indicators":
        years = f"近 {src.get('span', 3)} 年" if src.get("years") == "recent" else \
            "、".join(f"{y}年" for y in src.get("years") or [])
        return f"指标表：{len(src['indicators'])} 项指标，{years}" + ("，含增减" if src.get("change") else "")
    if src["type"] == "schools" and src.get("indicators") is not None:
        return f"各校对比表：{len(src['indicators'])} 项指标"
    if src.get("list"):
        try:
            kind = "名单表" if src["type"] == "list" else "各校表"
            return f"{kind}：{edition.record_list(src['list']).title}"
        except KeyError:
            return f"各校表：{src['list']}"
    return "各校表"


def default_source(ctrl, kind: str) -> dict:
    """A table of each kind to start from (the user then picks in the panel)."""
    edition = ctrl.edition
    if kind == "list":
        lists = [rl for rl in edition.record_lists if rl.id != SCHOOL_FIGURES]
        return parse_table_source({"type": "list", "list": lists[0].id}, "表格")
    rows = list(edition.indicators())
    first = next((r.id for r in rows if isinstance(ctrl.data.value(r.id), (int, float))), rows[0].id)
    if kind == "indicators":
        return parse_table_source({"type": "indicators", "indicators": [first], "years": "recent", "span": 3},
                                  "表格")
    return parse_table_source({"type": "schools", "indicators": [first]}, "表格")


class TableSourceDialog(QDialog):
    def __init__(self, ctrl, src: dict | None, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.setWindowTitle("插入数据表格")
        self.resize(560, 640)
        layout = QVBoxLayout(self)
        self.kind = QComboBox()
        self.kind.addItem("名单表（来自“名单”中的一张表）", "list")
        self.kind.addItem("指标表（六张指标表中的指标，按年度）", "indicators")
        if any(rl.id == SCHOOL_FIGURES for rl in ctrl.edition.record_lists):
            self.kind.addItem("各校对比表（各校的指标，区域报告）", "schools")
        layout.addWidget(self.kind)
        self.panel = TableSourcePanel(ctrl)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        layout.addWidget(scroll, 1)
        src = src or default_source(ctrl, "list")
        kind = "schools" if src["type"] == "schools" and src.get("indicators") is not None else src["type"]
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.panel.load(src)
        self.kind.activated.connect(lambda: self.panel.load(default_source(ctrl, self.kind.currentData())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("插入")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def source(self) -> dict:
        return parse_table_source(self.panel.src, "表格")
