"""The bundled sample report is complete and consistent."""

import pytest

from vqdesk.core.derive import Figures
from vqdesk.core.session import Session


@pytest.fixture(scope="module")
def sample(sample_path):
    with Session.open(sample_path, readonly=True) as s:
        yield s.snapshot(2025)


def test_sample_has_three_years_of_figures(sample_path):
    with Session.open(sample_path, readonly=True) as s:
        assert s.years() == [2023, 2024, 2025]
        assert [s.value(y, "6.1").number for y in s.years()] == [1509, 1571, 1619]


def test_sample_lists_agree_with_the_tables(sample):
    f = Figures(sample)
    assert f.get("6.1") == f.get("k.enrolment_total")
    assert f.get("6.4c") == sum(r["count"] for r in sample.rows("teacher_structure"))
    assert f.get("3.4b") == len(sample.rows("majors")) == 10
    assert f.get("1.5a") == f.get("1.5b") + f.get("1.5c") + f.get("1.5d") == f.get("4.1a")


def test_sample_every_applicable_cell_and_narrative_is_filled(sample):
    edition = sample.edition
    missing = [r.id for r in edition.indicators()
               if r.applicable and not edition.is_derived(r.id) and sample.value(r.id) is None]
    assert missing == []
    doc = sample.document
    assert [key for key, *_ in edition.parts()
            if not (doc.find_part(key).has_content() or doc.find_part(key).children)] == []
    assert sample.settings["preface"]["text"]
    assert len(doc.cases()) == 12 and len(sample.photos) == 2 and sorted(doc.photo_ids()) == [1, 2]


def test_sample_document_shows_every_record_list_in_a_table(sample):
    """Nothing a user enters is left out of the PDF: each list has a table block bound to it."""
    bound = {b.data["source"]["list"] for _, b in sample.document.blocks()
             if b.kind == "table" and b.data["source"] and b.data["source"]["type"] == "list"}
    assert bound == {rl.id for rl in sample.edition.record_lists if sample.rows(rl.id)}
