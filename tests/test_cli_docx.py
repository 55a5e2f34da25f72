"""`vqdesk export FILE --docx OUT.docx`: the Word file, draft or final as for the PDF."""

import docx

from vqdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _draft(path) -> bool:
    return any("草稿" in s.header._element.xpath("string(.)") for s in docx.Document(str(path)).sections)


def test_export_docx_of_the_sample_is_final_by_default(capsys, sample_copy, tmp_path):
    out_path = tmp_path / "年报 2025.docx"
    code, out, err = run(capsys, "export", str(sample_copy), "--docx", str(out_path))
    assert (code, err) == (0, "")
    assert out == f"已导出 Word：{out_path}\n"
    headings = [p.text for p in docx.Document(str(out_path)).paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["1 基本情况", "2 人才培养"]
    assert not _draft(out_path)


def test_export_docx_with_errors_is_a_draft_unless_final(report_with_an_error, capsys, tmp_path):
    path = report_with_an_error
    code, out, _ = run(capsys, "export", str(path), "--docx", str(tmp_path / "草稿.docx"))
    assert code == 0 and "Word 文件页眉标“草稿”" in out
    assert _draft(tmp_path / "草稿.docx")
    code, out, _ = run(capsys, "export", str(path), "--docx", str(tmp_path / "正式.docx"), "--final")
    assert code == 0 and "草稿" not in out
    assert not _draft(tmp_path / "正式.docx")


def test_export_docx_and_pdf_in_one_run(report_with_an_error, capsys, tmp_path):
    path = report_with_an_error
    code, out, _ = run(capsys, "export", str(path), "--pdf", str(tmp_path / "a.pdf"), "--docx", str(tmp_path / "a.docx"))
    assert code == 0
    assert out.count("  [错误] 表1 升入本科人数") == 1        # the errors are listed once, by the PDF's lines
    assert out.splitlines()[-1] == f"已导出 Word：{tmp_path / 'a.docx'}"


def test_export_without_any_target_names_all_three(capsys, sample_copy):
    code, _, err = run(capsys, "export", str(sample_copy))
    assert code != 0 and "--docx" in err
