"""The sample report exported once per test run, as a draft Word file and as the PDF it must agree with."""

from datetime import date

import docx
import pytest

from vqdesk.core.docx_export import build_docx
from vqdesk.core.pdf import build as pdf_build
from vqdesk.core.pdf import build_pdf
from vqdesk.core.session import Session

EXPORT_DATE = date(2025, 10, 15)


@pytest.fixture(autouse=True)
def fixed_export_date(monkeypatch):
    monkeypatch.setattr(pdf_build, "export_date", lambda: EXPORT_DATE)


@pytest.fixture(scope="session")
def sample_session(sample_path):
    session = Session.open(sample_path, readonly=True)
    yield session
    session.close()


def _fixed(fn):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf_build, "export_date", lambda: EXPORT_DATE)
        return fn()


@pytest.fixture(scope="session")
def sample_docx(sample_session, tmp_path_factory):
    """The sample's 2025 year as a draft .docx: (path, warnings)."""
    out = tmp_path_factory.mktemp("docx") / "sample.docx"
    notes = []
    _fixed(lambda: build_docx(sample_session.snapshot(2025), out, photo_data=sample_session.photo_data,
                              warnings=notes))
    return out, notes


@pytest.fixture(scope="session")
def sample_document(sample_docx):
    return docx.Document(str(sample_docx[0]))


@pytest.fixture(scope="session")
def sample_pdf_of_same(sample_session, tmp_path_factory):
    out = tmp_path_factory.mktemp("docx-pdf") / "sample.pdf"
    return _fixed(lambda: build_pdf(sample_session.snapshot(2025), out, photo_data=sample_session.photo_data))
