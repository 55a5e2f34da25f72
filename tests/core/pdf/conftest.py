"""Fixtures for the PDF tests: the bundled sample report (built once per session) and a small
hand-made report for hostile-input tests."""

import io
from datetime import date

import pytest
from PIL import Image

from vqdesk.core.pdf import build as build_module
from vqdesk.core.pdf import build_pdf
from vqdesk.core.session import Session


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


def png_bytes(colour=(40, 90, 160), size=(320, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def small_session(tmp_path):
    """One year of a liaoning-2023 report with a few figures, a narrative, a case and a photo."""
    session = Session.create(tmp_path / "small.vqd", school="测试市第一职业学校", year=2025,
                             edition_id="liaoning-2023")
    session.set_value(2025, "6.1", 800)
    session.set_value(2025, "6.4c", 50)
    session.set_value(2025, "1.1", 200)
    session.set_narrative(2025, "basic.overview", "学校现有全日制在校生{{[6.1]}}人。\n一、办学定位\n服务地方产业。")
    case = session.add_case(2025, "talent.moral", "测试案例", "一、背景\n案例正文。")
    session.add_photo(2025, png_bytes(), "photo.png", "实训场景", case_id=case.id)
    yield session
    session.close()
