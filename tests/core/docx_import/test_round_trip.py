"""The sample exported to Word (vqdesk export --docx) and imported into a fresh report gives the
same outline, and per heading the same tables, cases and pictures (a chart is a picture in Word,
so it comes back as a photo).  Runs once the DOCX export is there."""

import pytest

from vqdesk.cli import main
from vqdesk.core.session import Session

pytest.importorskip("vqdesk.core.docx_export")


def per_node(doc) -> list:
    out = []
    for depth, _, node in doc.walk():
        blocks = [b for top in node.blocks for b in top.walk()]
        pictures = sum(len(b.data["items"]) for b in blocks if b.kind == "photos") + \
            sum(1 for b in blocks if b.kind == "chart")
        out.append((depth, node.title, sum(b.kind == "table" for b in blocks), pictures,
                    sum(b.kind == "case" for b in blocks)))
    return out


def captions(doc) -> list:
    return [b.caption for _, b in doc.blocks() if b.kind == "table"]


def test_export_to_word_and_import_back_keeps_outline_tables_pictures_and_cases(sample_copy, tmp_path, capsys):
    out = tmp_path / "样例.docx"
    assert main(["export", str(sample_copy), "--docx", str(out)]) == 0
    fresh = tmp_path / "新.vqd"
    with Session.open(sample_copy, readonly=True) as s:
        original, edition = s.document(), s.report().edition_id
        year, preface = s.latest_year(), s.settings()["preface"]["text"]
    assert main(["new", str(fresh), "--school", "新学校", "--year", str(year), "--edition", edition]) == 0
    assert main(["import-docx", str(fresh), str(out)]) == 0
    capsys.readouterr()
    with Session.open(fresh, readonly=True) as s:
        imported = s.document()
        assert per_node(imported) == per_node(original)
        assert captions(imported) == captions(original)
        assert [n.edition_part for n in imported.nodes()] == [n.edition_part for n in original.nodes()]
        assert s.settings()["preface"]["text"].splitlines()[1] == preface.splitlines()[1]
