"""A district's report asks for the district's facts: 地区名称, no 学校名称 or 学校标识码."""

from PySide6.QtWidgets import QFormLayout, QLabel

from vqdesk.core.session import Session
from vqdesk.ui.app import open_window


def _labels(page) -> list[str]:
    form = page.findChild(QFormLayout)
    return [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text() for r in range(form.rowCount())]


def test_a_district_report_asks_for_the_district(tmp_path, qtbot):
    path = tmp_path / "某某区.vqd"
    Session.create(path, school="某某区", year=2025, edition_id="regional-district-2024").close()
    window = open_window(path)
    qtbot.addWidget(window)
    window.nav.select_key(("profile",))
    page = window.pages["profile"]
    labels = _labels(page)
    assert labels[:4] == ["地区名称 *", "英文名称", "行政区划代码", "所在省份 *"]
    assert not any("学校" in label for label in labels)
    assert page.findChild(QLabel, "pageTitle").text() == "地区信息"
    assert window.nav.currentItem().text(0).startswith("地区信息")
    window.validate()
    profile = [f.message for f in window.ctrl.findings if f.place.kind == "profile"]
    assert profile == ["地区信息“所在省份”未填写"]
    page.editors["code"].setText("2107")
    page.save("code")
    assert page.messages["code"].text() == "行政区划代码“2107”格式不对，应为6 位数字"
    window.close()


def test_a_school_report_asks_for_the_school(report_path, qtbot):
    window = open_window(report_path)
    qtbot.addWidget(window)
    labels = _labels(window.pages["profile"])
    assert labels[:3] == ["学校名称 *", "英文名称", "学校标识码 *"]
    window.close()
