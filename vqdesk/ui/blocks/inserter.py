"""插入: 文字, 表格, 图表, 图片, 案例 and 数据字段 at the cursor of the section page — after the
block last worked on (inside its case when it is in one), or at the end of the heading."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QInputDialog, QLabel, QMenu, QToolButton

from vqdesk.ui.blocks.photo_files import add_photo_files, choose_photo_files
from vqdesk.ui.blocks.table_block import new_free_table, unique_ref
from vqdesk.ui.commands_blocks import AddBlockCommand
from vqdesk.ui.navigation import char_count
from vqdesk.ui.outline import length_target


class Inserter:
    def __init__(self, page):
        self.page, self.ctrl = page, page.ctrl
        self.actions = {}
        for name, text, tip in (("text", "文字", "插入一段正文"),
                                ("table", "表格", "插入一张自由表格（可从 Excel / WPS 粘贴）"),
                                ("bound_table", "数据表格…", "插入一张来自名单或指标表的表格，数据自动更新"),
                                ("chart", "图表", "插入一张图表，数据取自表格"),
                                ("photos", "图片…", "插入图片（也可把图片文件拖到页面上）"),
                                ("case", "案例…", "插入一个案例"),
                                ("field", "数据字段…", "在正文光标处插入一个与数据联动的数字"),
                                ("school_cases", "各校案例…", "从各校报告的案例中选一个放到本标题下（注明来源学校）"),
                                ("school_photos", "各校图片…", "从各校报告的图片中选用，放到本标题下（图题下注明来源学校）")):
            action = QAction(text, page)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False, n=name: self.insert(n))
            self.actions[name] = action
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

    def toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel("插入："))
        for name in ("text", "table", "chart", "photos", "case", "field"):
            button = QToolButton()
            button.setDefaultAction(self.actions[name])
            if name == "table":
                menu = QMenu(button)
                menu.addActions([self.actions["table"], self.actions["bound_table"]])
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        return row

    def menu_actions(self) -> list:
        self.library_separator = QAction(self.page)
        self.library_separator.setSeparator(True)
        return [self.actions[n] for n in ("text", "table", "bound_table", "chart", "photos", "case", "field")] + \
            [self.library_separator, self.actions["school_cases"], self.actions["school_photos"]]

    def show_library_actions(self):
        """各校案例… and 各校图片… only in a regional report (whose edition has those libraries)."""
        lists = {rl.id for rl in self.ctrl.edition.record_lists}
        for name in ("school_cases", "school_photos"):
            self.actions[name].setVisible(name in lists)
        if hasattr(self, "library_separator"):
            self.library_separator.setVisible(bool(lists & {"school_cases", "school_photos"}))

    # -- inserting --------------------------------------------------------------------------
    def insert(self, name: str):
        page = self.page
        if page.node_id is None:
            return
        page.flush()
        if name == "field":
            return self._field()
        if name in ("school_cases", "school_photos"):
            return self._from_library(name)
        case_id, position = page.insert_place(name)
        if name == "photos":
            block_id = add_photo_files(self.ctrl, page.node_id, choose_photo_files(page), case_id=case_id,
                                       position=position)
            if block_id is not None:
                self._focus(block_id)
            return
        block = self._new_block(name)
        if block is not None:
            command = AddBlockCommand(self.ctrl, page.node_id, block, position, case_id, text=f"插入{_NAMES[name]}")
            if self.ctrl.push(command):
                self._focus(command.first_id)

    def _new_block(self, name: str) -> dict | None:
        doc = self.ctrl.data.document
        if name == "text":
            return {"kind": "text", "text": "", "style": "body"}
        if name == "table":
            return new_free_table(unique_ref(doc))
        if name == "bound_table":
            from vqdesk.ui.blocks.table_source import TableSourceDialog
            dialog = TableSourceDialog(self.ctrl, None, self.page)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return {"kind": "table", "ref": unique_ref(doc), "caption": "", "source": dialog.source()}
        if name == "chart":
            return self._new_chart()
        title, ok = QInputDialog.getText(self.page, "插入案例", "案例标题：")
        if not (ok and title.strip()):
            return None
        return {"kind": "case", "title": title.strip(), "blocks": [{"kind": "text", "text": ""}]}

    def _new_chart(self) -> dict | None:
        """A bar chart of the table last worked on (or the heading's last table, or any)."""
        from vqdesk.core.document.tables import table_view
        doc, data = self.ctrl.data.document, self.ctrl.data
        column, block_id = self.page.current
        current = doc.block(block_id) if column is not None and column.index_of(block_id) is not None else None
        node = doc.node(self.page.node_id)
        mine = [b for b in node.all_blocks() if b.kind == "table" and b.ref]
        every = [b for _, b in doc.blocks() if b.kind == "table" and b.ref]
        table = current if current is not None and current.kind == "table" and current.ref else \
            (mine[-1] if mine else every[0] if every else None)
        if table is None:
            self.ctrl.error.emit("图表的数据取自表格：请先插入一张表格，再插入图表。")
            return None
        from vqdesk.ui.blocks.chart_block import first_series
        return {"kind": "chart", "chart": "bar", "caption": table.caption, "unit": "", "note": "",
                "source": {"table": table.ref, "labels": 0, "series": first_series(table_view(table, data).kinds)}}

    def _from_library(self, list_id: str):
        """A school's case, or schools' photos, from the region's library: one undo step."""
        from vqdesk.core.aggregate.library import school_case_block, school_photos_block
        from vqdesk.ui.commands_blocks import photo_captions
        from vqdesk.ui.dialogs.school_library import SchoolLibraryDialog
        rows = self.ctrl.data.rows(list_id)
        photos = list_id == "school_photos"
        dialog = SchoolLibraryDialog(list_id, rows, self.ctrl.session.photo_data if photos else None, self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        chosen = [rows[i] for i in dialog.chosen()]
        if photos:
            captions = photo_captions(self.ctrl.session, self.ctrl.year)
            gone = [r for r in chosen if r.get("photo") not in captions]
            if gone:
                return self.ctrl.error.emit(f"{gone[0].get('school')}的图片“{gone[0].get('caption') or gone[0].get('filename')}”"
                                            "已从文件中删除，请重新汇总后再选用。")
            block, text = school_photos_block(chosen, captions), "插入各校图片"
        else:
            block, text = school_case_block(chosen[0]), "插入各校案例"
        case_id, position = self.page.insert_place("photos" if photos else "case")
        command = AddBlockCommand(self.ctrl, self.page.node_id, block, position, case_id, text=text)
        if self.ctrl.push(command):
            self._focus(command.first_id)

    def _field(self):
        column, block_id = self.page.current
        frame = column.frame_of(block_id) if column is not None else None
        if frame is not None and frame.kind == "text":
            return frame.editor.insert_field()
        from vqdesk.ui.dialogs.field_picker import FieldPickerDialog
        dialog = FieldPickerDialog(self.ctrl.figures, self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.token():
            return
        case_id, position = self.page.insert_place("text")
        command = AddBlockCommand(self.ctrl, self.page.node_id, {"kind": "text", "text": dialog.token()},
                                  position, case_id, text="插入数据字段")
        if self.ctrl.push(command):
            self._focus(command.first_id)

    def _focus(self, first_id):
        """Put the cursor into the new block (a case: into its first text)."""
        block_id = self.ctrl.current_id("block", first_id)
        for column in [self.page.column] + [f.editor.column for f in self.page.column.frames if f.kind == "case"]:
            frame = column.frame_of(block_id)
            if frame is None:
                continue
            self.page.set_current(column, block_id)
            if frame.kind == "case" and frame.editor.column.frames:
                inner = frame.editor.column.frames[0]
                self.page.set_current(frame.editor.column, inner.block_id)
                frame = inner
            target = getattr(frame.editor, "edit", None) or getattr(frame.editor, "grid", None)
            if target is not None:
                target.setFocus()
            self.page.reveal(frame.block_id)
            return

    # -- 字数 -------------------------------------------------------------------------------
    def update_count(self):
        from vqdesk.core.validation.outline import subtree_text
        try:
            node = self.ctrl.data.document.node(self.page.node_id)
        except KeyError:
            return
        low, high = length_target(self.ctrl.edition, node)
        own = char_count(node.text(), self.ctrl.figures)
        n = char_count(subtree_text(node), self.ctrl.figures)
        target = f" / 建议 {low}–{high} 字" if high else (f" / 至少 {low} 字" if low else "")
        counted = f"{own} 字（含下级标题共 {n} 字）" if node.children and n != own else f"{n} 字"
        self.count_label.setText(counted + target)
        self.count_label.setProperty("outside", bool((low and n < low) or (high and n > high)))
        self.count_label.style().polish(self.count_label)


_NAMES = {"text": "文字", "table": "表格", "bound_table": "表格", "chart": "图表", "case": "案例"}
