"""`vqdesk import-docx FILE IN.docx [--year Y] [--dry-run]`."""

from vqdesk.cli import main
from vqdesk.core.session import Session
from tests.core.docx_import import build as B


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def word(tmp_path, name="去年的年报.docx"):
    d = B.new()
    d.add_paragraph("封面上的校名")
    B.bold(d, "一、基本情况")
    B.bold(d, "（一）概况")
    d.add_paragraph("学校历史悠久。")
    B.bold(d, "（二）自己的一节")
    d.add_paragraph("【案例 1】一个案例")
    d.add_paragraph("案例的文字。")
    path = tmp_path / name
    path.write_bytes(B.save(d))
    return path


def test_dry_run_prints_the_preview_and_leaves_the_file_untouched(sample_copy, tmp_path, capsys):
    before = sample_copy.read_bytes()
    code, out, err = run(capsys, "import-docx", sample_copy, word(tmp_path), "--dry-run")
    assert code == 0, err
    assert out.splitlines()[0] == "从“去年的年报.docx”将导入 3 个标题、0 张图片："
    assert "  标题编号改为与 Word 文件一致：一、 （一）" in out
    assert "  一、基本情况（对应模板部分）　0 段，0 表，0 图，0 案例" in out
    assert "    （二）自己的一节　1 段，0 表，0 图，1 案例" in out
    assert "将被 Word 文件的内容替换" in out                       # the sample has its own text
    assert "（试运行：报告文件未做任何修改" in out
    assert sample_copy.read_bytes() == before


def test_import_replaces_the_years_outline(sample_copy, tmp_path, capsys):
    code, out, err = run(capsys, "import-docx", sample_copy, word(tmp_path), "--year", 2025)
    assert code == 0, err
    assert out.splitlines()[-1].startswith("已从“去年的年报.docx”导入 2025 年度：3 个标题，0 张图片。")
    with Session.open(sample_copy, readonly=True) as s:
        assert [(n.title, n.edition_part) for n in s.document(2025).nodes()] == [
            ("基本情况", "basic"), ("概况", "basic.overview"), ("自己的一节", None)]
        assert [n.title for n in s.document(2024).outline][0] == "基本情况"     # other years untouched


def test_errors_are_chinese_sentences(sample_copy, tmp_path, capsys):
    before = sample_copy.read_bytes()
    not_word = tmp_path / "表格.docx"
    not_word.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = run(capsys, "import-docx", sample_copy, not_word)
    assert (code, err) == (1, "错误：“表格.docx”不是 Word 文档（.docx）。\n")
    code, _, err = run(capsys, "import-docx", sample_copy, tmp_path / "没有.docx")
    assert code == 1 and err.startswith("错误：找不到 Word 文件“") and "没有.docx" in err
    code, _, err = run(capsys, "import-docx", sample_copy, word(tmp_path), "--year", 2019)
    assert (code, err) == (1, "错误：文件中没有 2019 年度的报告（已有年度：2023、2024、2025）。\n")
    half = tmp_path / "半个.docx"
    whole = word(tmp_path).read_bytes()
    half.write_bytes(whole[: len(whole) // 2])                 # a copy that stopped halfway
    code, _, err = run(capsys, "import-docx", sample_copy, half)
    assert code == 1 and err.startswith("错误：“半个.docx”已损坏：文件不完整")
    empty = tmp_path / "空白.docx"
    empty.write_bytes(B.save(B.new()))
    code, _, err = run(capsys, "import-docx", sample_copy, empty)
    assert (code, err) == (1, "错误：“空白.docx”中没有找到可以导入的标题或正文，未做任何修改。\n")
    assert sample_copy.read_bytes() == before
