"""The main window: navigation on the left, the page of the selected node in the centre,
findings at the bottom; menus, toolbar and status bar around them."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox,
                               QScrollArea, QSplitter, QStackedWidget)

from vqdesk import APP_TITLE
from vqdesk.ui import file_actions, node_actions
from vqdesk.ui.commands_blocks import ReparentNodeCommand
from vqdesk.ui.commands_document import RenameNodeCommand
from vqdesk.ui.controller import ReportController
from vqdesk.ui.dialogs.restore_dialog import restore_from_backup
from vqdesk.ui.drops import DropRouter
from vqdesk.ui.findings_panel import FindingsPanel
from vqdesk.ui.grid_keys import ExcelKeys
from vqdesk.ui.navigation import NavigationTree
from vqdesk.ui.pages.cases_page import CasesPage
from vqdesk.ui.pages.photos_page import PhotosPage
from vqdesk.ui.pages.profile_page import ProfilePage
from vqdesk.ui.pages.records_page import RecordsPage
from vqdesk.ui.pages.section_page import FrontPage, SectionPage
from vqdesk.ui.pages.table_page import TablePage
from vqdesk.ui.settings import recent_files, remember_file, settings
from vqdesk.ui.event_filters import install_event_filters
from vqdesk.ui.zoom import Zoom


def page_frame(page) -> QScrollArea:
    """A page in a scroll area that adds scroll bars only when the window is smaller than the
    page's minimum (a 1366×768 screen at 1.5×): the window itself never has to outgrow the screen."""
    frame = QScrollArea()
    frame.setObjectName("pageFrame")
    frame.setWidgetResizable(True)
    frame.setFrameShape(QScrollArea.Shape.NoFrame)
    frame.setWidget(page)
    return frame


def default_size(available) -> QSize:
    """1360×860 where it fits; on a smaller (or scaled) screen all of it but room for the title
    bar and frame, so the status bar stays on screen (a 1366×768 laptop, 1.5× scaling)."""
    return QSize(min(1360, available.width() - 16), min(860, available.height() - 40))


class MainWindow(QMainWindow):
    """One open report file."""

    def __init__(self, ctrl: ReportController, parent=None):
        super().__init__(parent)
        self.ctrl = ctrl
        self.worker = None
        install_event_filters(QApplication.instance())
        remember_file(ctrl.session.path)
        self.nav = NavigationTree()
        self.stack = QStackedWidget()
        self.pages = {
            "profile": ProfilePage(ctrl), "front": FrontPage(ctrl), "node": SectionPage(ctrl),
            "cases": CasesPage(ctrl), "photos": PhotosPage(ctrl),
            "list": RecordsPage(ctrl), "table": TablePage(ctrl),
        }
        self.frames = {kind: page_frame(page) for kind, page in self.pages.items()}
        for frame in self.frames.values():
            self.stack.addWidget(frame)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        self.setCentralWidget(self.splitter)
        self.findings = FindingsPanel(ctrl)
        self.dock = QDockWidget("问题", self)
        self.dock.setObjectName("findingsDock")
        self.dock.setWidget(self.findings)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        from vqdesk.ui.preview import PreviewPane
        self.preview = PreviewPane(self)
        self.preview_dock = QDockWidget("预览", self)
        self.preview_dock.setObjectName("previewDock")
        self.preview_dock.setWidget(self.preview)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.preview_dock.hide()
        self._build_status_bar()
        self._build_actions()
        self._connect()
        self.nav.build(ctrl)
        self._update_titles()
        self._restore_layout()
        self.drops = DropRouter(self)        # an .xlsx dropped anywhere starts the Excel import

    # -- construction ----------------------------------------------------------------------
    def _connect(self):
        self.nav.activated_key.connect(self.show_page)
        self.nav.rename_requested.connect(self._rename_in_place)
        self.nav.move_requested.connect(self._move_dragged)
        self.findings.navigate.connect(self.navigate)
        self.ctrl.changed.connect(self._on_changed)
        self.ctrl.findings_changed.connect(self._on_findings)
        self.ctrl.error.connect(self.show_error)
        self.pages["front"].settings_requested.connect(lambda: file_actions.report_settings(self))
        self.pages["node"].open_case.connect(self.show_case)
        self.pages["node"].open_node.connect(lambda node_id: self.nav.select_key(("node", node_id)))
        self.nav.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.nav.customContextMenuRequested.connect(self._nav_menu)
        self.pages["table"].open_list.connect(lambda list_id: self.nav.select_key(("list", list_id)))

    def _build_status_bar(self):
        bar = self.statusBar()
        self.file_label, self.year_label, self.edition_label, self.count_label = (QLabel() for _ in range(4))
        self.count_label.setObjectName("statusCounts")
        for label in (self.file_label, self.year_label, self.edition_label, self.count_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def _action(self, text, slot, shortcut=None, tip=None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        return action

    def _build_actions(self):
        menu = self.menuBar().addMenu("文件(&F)")
        std = QKeySequence.StandardKey
        self.a_new = self._action("新建报告…", lambda: file_actions.new_report(self), std.New)
        self.a_open = self._action("打开…", lambda: file_actions.open_report(self), std.Open)
        self.recent_menu = menu.addMenu("最近打开")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.a_copy = self._action("另存为副本…", lambda: file_actions.save_copy(self), std.SaveAs)
        self.a_restore = self._action("从备份恢复…", lambda: restore_from_backup(self),
                                      tip="用打开文件时自动保存的备份替换当前内容")
        self.a_import = self._action("导入 Excel…", lambda: file_actions.import_excel(self))
        self.a_import_docx = self._action("从 Word 导入…", lambda: file_actions.import_docx(self),
                                          tip="把 Word 文件（如去年的年报）导入为本年度的大纲和内容，可撤销")
        self.a_export_xlsx = self._action("导出 Excel…", lambda: file_actions.export_excel(self), "Ctrl+E")
        self.a_export_pdf = self._action("导出 PDF…", lambda: file_actions.export_pdf(self), "Ctrl+P")
        self.a_export_docx = self._action("导出 Word…", lambda: file_actions.export_docx(self),
                                          tip="与 PDF 内容相同的 Word 文件（.docx），供汇编和修改")
        self.a_quit = self._action("退出", self.close, std.Quit)
        menu.insertActions(self.recent_menu.menuAction(), [self.a_new, self.a_open])
        for a in (None, self.a_copy, self.a_restore, None, self.a_import, self.a_export_xlsx, self.a_export_pdf,
                  self.a_export_docx, None, self.a_quit):
            menu.addSeparator() if a is None else menu.addAction(a)
        menu.insertAction(self.a_export_xlsx, self.a_import_docx)
        self.a_import_docx.setEnabled(not self.ctrl.session.readonly)

        edit = self.menuBar().addMenu("编辑(&E)")
        self.a_undo = self.ctrl.undo_stack.createUndoAction(self, "撤销")
        self.a_undo.setShortcut(std.Undo)
        self.a_redo = self.ctrl.undo_stack.createRedoAction(self, "重做")
        # Word and WPS users redo with Ctrl+Y; Qt's X11 default is only Ctrl+Shift+Z.
        keys = QKeySequence.keyBindings(std.Redo) + [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
        self.a_redo.setShortcuts(list({k.toString(): k for k in keys}.values()))
        edit.addActions([self.a_undo, self.a_redo])
        edit.addSeparator()
        for text, name, key in (("剪切", "cut", std.Cut), ("复制", "copy", std.Copy), ("粘贴", "paste", std.Paste)):
            edit.addAction(self._action(text, lambda _=False, n=name: self.edit_command(n), key))
        edit.addSeparator()
        self.a_find = self._action("查找和替换…", lambda: file_actions.find(self), std.Find)
        self.a_find.setShortcuts([QKeySequence(std.Find), QKeySequence("Ctrl+H")])
        edit.addAction(self.a_find)
        edit.addSeparator()
        self.a_rename = self._action("修改标题", lambda: self._node_action("rename"), "F2",
                                     "在导航栏中直接修改当前标题的文字（编号自动生成）")
        self.a_add_sibling = self._action("添加同级标题…", lambda: self._node_action("add_sibling"))
        self.a_add_child = self._action("添加下级标题…", lambda: self._node_action("add_child"))
        self.a_move_up = self._action("标题上移", lambda: self._node_action("up"), "Alt+Up")
        self.a_move_down = self._action("标题下移", lambda: self._node_action("down"), "Alt+Down")
        self.a_remove_node = self._action("删除此标题…", lambda: self._node_action("remove"))
        self.node_actions = [self.a_add_sibling, self.a_add_child, self.a_rename, self.a_move_up,
                             self.a_move_down, self.a_remove_node]
        delete = self._action("删除此标题…", lambda: self._node_action("remove"), "Del")
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.nav.addAction(delete)
        edit.addActions(self.node_actions)

        insert = self.menuBar().addMenu("插入(&I)")
        self.insert_actions = self.pages["node"].inserter.menu_actions()
        insert.addActions(self.insert_actions)

        view = self.menuBar().addMenu("视图(&V)")
        self.a_nav = self._action("导航栏", lambda on: self.nav.setVisible(on))
        self.a_nav.setCheckable(True)
        self.a_nav.setChecked(True)
        view.addAction(self.a_nav)
        view.addAction(self.dock.toggleViewAction())
        self.a_preview = self._action("PDF 预览", self.show_preview, "Ctrl+Shift+P",
                                      "在窗口右侧显示导出的报告（后台生成）")
        view.addAction(self.a_preview)
        view.addSeparator()
        self.zoom = Zoom(self)
        view.addActions(self.zoom.actions)

        report = self.menuBar().addMenu("报告(&R)")
        self.year_menu = report.addMenu("切换年度")
        self.year_menu.aboutToShow.connect(self._fill_years)
        self.a_new_year = self._action("新建年度（从上一年复制）…", lambda: file_actions.new_year(self))
        report.addAction(self.a_new_year)
        self.a_settings = self._action("报告设置…", lambda: file_actions.report_settings(self),
                                       tip="封面、声明、前言、目录、附件、封底，以及标题、表格、图片和案例的编号")
        report.addAction(self.a_settings)
        report.addAction(self._action("区域汇总（教育局）…", lambda: file_actions.aggregate(self)))
        report.addAction(self._action("各校报送情况（内部）…", lambda: file_actions.submission_status(self)))
        report.addSeparator()
        self.a_validate = self._action("校验", self.validate, "F5", "检查全部规则并列出问题")
        report.addAction(self.a_validate)

        helpm = self.menuBar().addMenu("帮助(&H)")
        helpm.addAction(self._action("指标说明", lambda: file_actions.indicator_help(self)))
        helpm.addAction(self._action("关于", lambda: file_actions.about(self)))

        bar = self.addToolBar("常用")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.a_open, None, self.a_undo, self.a_redo, None, self.a_validate, None,
                  self.a_export_xlsx, self.a_export_pdf, self.a_preview):
            bar.addSeparator() if a is None else bar.addAction(a)

    def _fill_recent(self):
        self.recent_menu.clear()
        for path in recent_files():
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.open_path(p)).setToolTip(path)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("（无）").setEnabled(False)

    def _fill_years(self):
        self.year_menu.clear()
        group = QActionGroup(self.year_menu)
        for year in self.ctrl.session.years():
            action = self.year_menu.addAction(f"{year} 年度", lambda y=year: self.set_year(y))
            action.setCheckable(True)
            action.setChecked(year == self.ctrl.year)
            group.addAction(action)

    # -- pages -----------------------------------------------------------------------------
    def show_preview(self):
        """Show the 预览 pane and build the PDF of what is in the file now."""
        self.preview_dock.show()
        self.preview.refresh()

    def show_page(self, key: tuple):
        self.flush()
        if self.preview_dock.isVisible():
            self.preview.go_to_key(key)
        kind = key[0]
        if kind == "lists":
            return self.nav.select_key(("list", self.ctrl.edition.record_lists[0].id))
        if kind == "tables":
            return self.nav.select_key(("table", self.ctrl.edition.tables[0].no))
        page = self.pages[kind]
        for action in self.node_actions + self.insert_actions:
            action.setEnabled(kind == "node" and not self.ctrl.session.readonly)
        if kind == "node":
            self.ctrl.current_node = key[1]
            page.show_node(key[1])
        elif kind == "front":
            page.show_key()
        elif kind == "photos":
            page.follow_current_node()
        elif kind == "list":
            page.show_list(key[1])
        elif kind == "table":
            page.show_table(key[1])
        self.stack.setCurrentWidget(self.frames[kind])

    def current_page(self):
        return self.stack.currentWidget().widget()

    def flush(self):
        """Save pending typing (heading texts, the preface, case texts) before anything reads the file."""
        for name in ("node", "front", "cases"):
            self.pages[name].flush()

    def show_case(self, case_id: int):
        self.nav.select_key(("cases",))
        self.pages["cases"].select(case_id)

    def navigate(self, place):
        """Select the node of a finding's place and the cell or field inside it."""
        kind = place.kind
        if kind == "indicator":
            self.nav.select_key(("table", place.table))
            self.pages["table"].select(place.indicator, place.column)
        elif kind in ("node", "block", "preface"):
            self._navigate_document(place)
        elif kind == "record":
            self.nav.select_key(("list", place.list_id))
            self.pages["list"].select(place.row, place.field)
        elif kind == "profile":
            self.nav.select_key(("profile",))
            self.pages["profile"].focus_field(place.field)

    def _navigate_document(self, place):
        """A heading, a block in it (a case opens on the cases page) or the preface."""
        doc = self.ctrl.data.document
        block = getattr(place, "block", None)
        if place.kind == "preface":
            self.nav.select_key(("front",))
        elif block is not None and any(block in {b.id for b in case.walk()} for _, case in doc.cases()):
            case = next(c for _, c in doc.cases() if block in {b.id for b in c.walk()})
            return self.show_case(case.id)
        elif getattr(place, "node", None) is not None:
            self.nav.select_key(("node", place.node))
        page = self.current_page()
        if page is self.pages["node"] and block is not None:
            page.focus_block(block)
        elif hasattr(page, "editor"):
            page.editor.edit.setFocus()

    def _node_action(self, name: str):
        """A heading action on the selected heading (menu, F2 or the tree's context menu)."""
        key = self.nav.current_key()
        if not key or key[0] != "node" or self.ctrl.session.readonly:
            return
        self.flush()
        node_id = key[1]
        if name == "rename":
            self.nav.setFocus()
            self.nav.editItem(self.nav.currentItem())
        elif name == "add_sibling":
            node_actions.add_sibling(self.ctrl, self, node_id)
        elif name == "add_child":
            node_actions.add_child(self.ctrl, self, node_id)
        elif name == "remove":
            node_actions.remove(self.ctrl, self, node_id)
        else:
            node_actions.move(self.ctrl, node_id, -1 if name == "up" else 1)

    def _rename_in_place(self, node_id: int, title: str):
        self.flush()
        self.ctrl.push(RenameNodeCommand(self.ctrl, node_id, title))

    def _move_dragged(self, node_id: int, parent_id, position: int):
        self.flush()
        self.ctrl.push(ReparentNodeCommand(self.ctrl, node_id, parent_id, position))

    def _nav_menu(self, pos):
        item = self.nav.itemAt(pos)
        if item is None or self.ctrl.session.readonly:
            return
        self.nav.setCurrentItem(item)
        if self.nav.current_key()[0] == "node":
            from PySide6.QtWidgets import QMenu
            QMenu.exec(self.node_actions, self.nav.viewport().mapToGlobal(pos), None, self.nav)

    # -- reactions -------------------------------------------------------------------------
    def _on_changed(self, kind, key):
        if kind in ("year", "all"):
            self.nav.build(self.ctrl, fresh=True)
            self._update_titles()
        elif kind == "outline":          # a heading was added, renamed, moved or removed
            self.nav.build(self.ctrl)
            target = ("node", int(key[5:])) if key.startswith("node:") else None
            if target is not None and target in self.nav.keys():
                self.nav.select_key(target)
                self.show_page(target)    # also when it was selected already: its title changed
        elif kind == "settings":         # numbering or the preface's title may have changed
            self.nav.build(self.ctrl)
        elif kind in ("case", "text", "photo", "block"):
            self.nav.refresh_states(self.ctrl)

    def _on_findings(self):
        self.nav.refresh_states(self.ctrl)
        errors = sum(f.severity == "error" for f in self.ctrl.findings)
        warnings = sum(f.severity == "warning" for f in self.ctrl.findings)
        self.count_label.setText(f"<span style='color:#c0392b'>错误 {errors}</span>　"
                                 f"<span style='color:#b7791f'>警告 {warnings}</span>")

    def _update_titles(self):
        data = self.ctrl.data
        school = data.profile.get("name", "")
        path = self.ctrl.session.path
        read_only = "（只读）" if self.ctrl.session.readonly else ""
        self.setWindowTitle(f"{school} {data.year}年度 — {path.name}{read_only} — {APP_TITLE}")
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.year_label.setText(f"{data.year} 年度")
        self.edition_label.setText(data.edition.title)
        self._on_findings()

    def show_error(self, message: str):
        self.statusBar().showMessage(message, 8000)
        QMessageBox.warning(self, "无法完成", message)

    def validate(self):
        self.flush()
        self.ctrl.validate_now()
        self.dock.show()

    def set_year(self, year: int):
        self.flush()
        self.ctrl.set_year(year)

    def edit_command(self, name: str):
        """剪切/复制/粘贴 for whichever widget has the focus (grids handle blocks themselves)."""
        widget = QApplication.focusWidget()
        clipboard = QGuiApplication.clipboard()
        if isinstance(widget, ExcelKeys):     # every grid: tables, lists, free tables
            {"copy": widget.copy_cells, "paste": lambda: widget.paste_text(clipboard.text()),
             "cut": widget.cut_cells}[name]()
        elif widget is not None and hasattr(widget, name):
            getattr(widget, name)()

    def open_path(self, path):
        file_actions.open_path(self, path)

    # -- layout persistence ----------------------------------------------------------------
    def _restore_layout(self):
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(default_size(self.screen().availableGeometry()))
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        else:
            # A short screen keeps most of its height for the page.
            self.resizeDocks([self.dock], [max(90, min(130, self.height() // 6))], Qt.Orientation.Vertical)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_layout(self):
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())

    def closeEvent(self, event):
        if self.worker is not None or self.preview.building():
            QMessageBox.information(self, "请稍候", "正在导出，请等导出完成后再关闭。")
            event.ignore()
            return
        if self.ctrl.session.db is not None:  # a second close (e.g. by the test harness) is a no-op
            self.flush()
            self.save_layout()
            self.ctrl.close()
        self.preview.discard()
        event.accept()
