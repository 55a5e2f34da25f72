"""Fixtures for the PDF tests: the bundled sample report (built once per session) and a small
stored report for hostile-input tests.  Hand-made in-memory reports are in reports.py."""

from datetime import date

import pytest

from vqdesk.core.pdf import build as build_module
from vqdesk.core.pdf import build_pdf
from vqdesk.core.session import Session

from .reports import png_bytes  # noqa: F401  (the tests import it from here)


@pytest.fixture(autouse=True)
def fixed_export_date(monkeypatch):
    monkeypatch.setattr(build_module, "export_date", lambda: date(2025, 10, 15))


@pytest.fixture(scope="session")
def sample_session(sample_path):
    session = Session.open(sample_path, readonly=True)
    yield session
    session.close()


@pytest.fixture(scope="session")
def sample_pdf(sample_session, tmp_path_factory):
    """The full sample report (2025, liaoning-2023) as a draft PDF."""
    out = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build_module, "export_date", lambda: date(2025, 10, 15))
        return build_pdf(sample_session.snapshot(2025), out, photo_data=sample_session.photo_data)


def node_id(session, part: str) -> int:
    return session.part_node(2025, part).id


def add_text(session, part: str, text: str):
    session.add_block(node_id(session, part), {"kind": "text", "text": text})


def add_case(session, part: str, title: str, body: str):
    return session.add_block(node_id(session, part), {"kind": "case", "title": title,
                                                       "blocks": [{"kind": "text", "text": body}]})


def add_photo(session, part: str, filename: str, caption: str, data=None):
    return session.add_photo(2025, data or png_bytes(), filename, caption, node_id=node_id(session, part))


@pytest.fixture
def small_session(tmp_path):
    """One year of a liaoning-2023 report with a few figures, a narrative, a case and a photo."""
    session = Session.create(tmp_path / "small.vqd", school="测试市第一职业学校", year=2025,
                             edition_id="liaoning-2023")
    session.set_value(2025, "6.1", 800)
    session.set_value(2025, "6.4c", 50)
    session.set_value(2025, "1.1", 200)
    add_text(session, "basic.overview", "学校现有全日制在校生{{[6.1]}}人。\n一、办学定位\n服务地方产业。")
    case = add_case(session, "talent.moral", "测试案例", "一、背景\n案例正文。")
    session.add_photo(2025, png_bytes(), "photo.png", "实训场景", node_id=node_id(session, "talent.moral"),
                      case_id=case.id)
    yield session
    session.close()
