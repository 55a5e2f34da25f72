"""The window fits a 1366×768 laptop, status bar included, also at 1.5× scaling."""

from PySide6.QtCore import QRect, QSize

from vqdesk.ui.app import open_window
from vqdesk.ui.main_window import default_size

#: 1366×768 at 1.5× in logical pixels, less a taskbar of 40: what the window may need at least.
SCALED_LAPTOP = QSize(1366 * 2 // 3, (768 - 40) * 2 // 3)


def test_the_default_size_leaves_room_for_the_title_bar_on_small_screens():
    assert default_size(QRect(0, 0, 1920, 1040)) == QSize(1360, 860)
    assert default_size(QRect(0, 0, 1366, 728)) == QSize(1350, 688)
    assert default_size(QRect(0, 0, 910, 485)) == QSize(894, 445)


def test_no_page_makes_the_window_outgrow_a_scaled_laptop_screen(sample_copy, qtbot):
    window = open_window(sample_copy)
    qtbot.addWidget(window)
    window.show()
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())                  # the default size fits this screen
    for key in (("profile",), ("front",), ("cases",), ("photos",), ("list", "majors"), ("table", 2)):
        window.nav.select_key(key)
        need = window.minimumSizeHint()
        assert need.width() <= SCALED_LAPTOP.width() and need.height() <= SCALED_LAPTOP.height(), (key, need)
    window.nav.select_key(("node", window.ctrl.session.part_node(window.ctrl.year, "talent.moral").id))
    need = window.minimumSizeHint()
    assert need.width() <= SCALED_LAPTOP.width() and need.height() <= SCALED_LAPTOP.height(), need
    assert window.statusBar().isVisible()
    window.close()


def test_dialogs_fit_the_screen_and_a_scaled_laptop(report_path, qtbot):
    from vqdesk.ui.dialogs.indicator_help import IndicatorHelpDialog
    from vqdesk.ui.dialogs.report_settings import ReportSettingsDialog
    window = open_window(report_path)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    help_dialog = IndicatorHelpDialog(window.ctrl.edition, window)
    assert help_dialog.width() > available.width()                # asks for 860 on this 800-wide screen
    help_dialog.show()
    assert available.contains(help_dialog.geometry())              # shrunk to fit and kept on screen
    help_dialog.close()
    settings = ReportSettingsDialog(window.ctrl, window)           # its tabs scroll on a short screen
    need = settings.minimumSizeHint()
    assert need.width() <= SCALED_LAPTOP.width() and need.height() <= SCALED_LAPTOP.height(), need
    window.close()
