"""`vqdesk content`: a year's document as documented JSON, and replacing it all or nothing."""

import hashlib
import io
import json

import pytest
from PIL import Image

from vqdesk.cli import main
from vqdesk.core.session import Session


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _content(capsys, path, *extra) -> dict:
    code, out, err = run(capsys, "content", path, *extra)
    assert code == 0, err
    return json.loads(out)


def _dump(tmp_path, doc, name="doc.json"):
    target = tmp_path / name
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return target


def _digest(path) -> str:
    with Session.open(path, readonly=True) as s:
        return hashlib.sha256("\n".join(s.db.iterdump()).encode()).hexdigest()


def test_the_samples_document_round_trips_exactly(capsys, sample_copy, tmp_path):
    first = _content(capsys, sample_copy)
    assert (first["format"], first["version"], first["year"]) == ("vqdesk-content", 1, 2025)
    assert set(first) == {"format", "version", "year", "settings", "outline"}
    code, out, _ = run(capsys, "content", sample_copy, "--load", _dump(tmp_path, first))
    assert code == 0 and "已替换 2025 年度的内容" in out
    assert _content(capsys, sample_copy) == first


def test_every_node_and_block_has_the_documented_keys(capsys, sample_copy):
    doc = _content(capsys, sample_copy)
    kinds = set()

    def visit(node):
        assert {"title", "edition_part", "blocks", "children"} <= set(node)
        for block in node["blocks"]:
            walk(block)
        for child in node["children"]:
            visit(child)

    def walk(block):
        kinds.add(block["kind"])
        required = {"text": {"text"}, "table": {"caption", "columns", "source"}, "chart": {"chart", "caption"},
                    "photos": {"items"}, "case": {"title", "blocks"}}[block["kind"]]
        assert required <= set(block), block
        if block["kind"] == "table" and block["source"] is None:
            assert "rows" in block
        if block["kind"] == "chart":
            assert (block["data"] is None) != (block["source"] is None)
        for inner in block.get("blocks", []):
            walk(inner)

    for node in doc["outline"]:
        visit(node)
    assert kinds == {"text", "table", "chart", "photos", "case"}


def test_loading_replaces_outline_settings_and_blocks(capsys, sample_copy, tmp_path):
    doc = {"format": "vqdesk-content", "version": 1, "settings": {"numbering": {"tables": "flat"}},
           "outline": [{"title": "学校概况", "edition_part": "basic", "blocks": [
               {"kind": "text", "text": "学校有在校生{{[6.1]}}人。"},
               {"kind": "table", "ref": "sheng", "caption": "近两年升学情况", "columns": ["年份", "录取人数"],
                "column_kinds": ["text", "number"], "rows": [["2024", 110], ["2025", 124]],
                "total": {"label": "合计", "columns": [1]}},
               {"kind": "chart", "chart": "bar", "caption": "升学人数", "source": {"table": "sheng", "labels": 0, "series": [1]}}],
               "children": [{"title": "办学理念", "blocks": [], "children": []}]}]}
    assert run(capsys, "content", sample_copy, "--load", _dump(tmp_path, doc))[0] == 0
    out = _content(capsys, sample_copy)
    assert [n["title"] for n in out["outline"]] == ["学校概况"]
    assert out["outline"][0]["children"][0]["edition_part"] is None
    assert out["settings"]["numbering"]["tables"] == "flat"
    assert out["settings"]["cases"]["label"] == "【案例 {chapter}-{n}】", "settings left out keep their value"
    table = out["outline"][0]["blocks"][1]
    assert table["total"] == {"label": "合计", "columns": [1]} and table["rows"] == [["2024", 110], ["2025", 124]]
    with Session.open(sample_copy, readonly=True) as s:
        assert s.photos(2025) == [], "photos no block shows any more go with the load"
        assert len(s.years()) == 3 and len(s.document(2024).outline) == 8, "other years are untouched"


@pytest.mark.parametrize("change, where", [
    (lambda d: d["outline"][1]["children"][0]["blocks"].append({"kind": "table", "columns": ["a", "b"],
                                                                "rows": [["1", {"x": 2}]]}),
     "outline[1].children[0]“立德树人” 第 1 块 第 1 行第 2 列：单元格应为文字或数字"),
    (lambda d: d["outline"][0].update(title=" "), "outline[0]：标题“title”不能为空"),
    (lambda d: d["outline"][2]["blocks"].append({"kind": "chart", "chart": "pie",
                                                 "source": {"table": "nowhere", "labels": 0, "series": [1]}}),
     "outline[2]“服务贡献” 第 1 块：图表引用的表格“nowhere”不存在"),
    (lambda d: d["settings"].update(cases={"label": "案例"}), "settings.cases.label：案例编号格式中应有 {n} 或 {cn}"),
    (lambda d: d.update(version=9), "格式版本 9 不受支持"),
    (lambda d: d["outline"][3]["blocks"].append({"kind": "photos", "items": [{"file": "无此图.jpg"}]}),
     "“文化传承” 第 1 张图片：找不到图片文件“无此图.jpg”"),
    (lambda d: d["outline"][3]["blocks"].append({"kind": "case", "title": "甲", "blocks": [{"kind": "case"}]}),
     "outline[3]“文化传承” 第 1 块 › 第 1 块：案例中不能再放案例"),
])
def test_a_bad_document_is_refused_whole_naming_the_place(capsys, new_session, tmp_path, change, where):
    path = new_session.path
    new_session.close()
    doc = _content(capsys, path)
    for node in doc["outline"]:
        node["blocks"] = []
    change(doc)
    before = _digest(path)
    code, _, err = run(capsys, "content", path, "--load", _dump(tmp_path, doc))
    assert code == 1
    assert where in err and "内容未做任何修改" in err, err
    assert _digest(path) == before


def test_photos_can_be_added_from_files_beside_the_json(capsys, new_session, tmp_path):
    path = new_session.path
    new_session.close()
    (tmp_path / "照片").mkdir()
    buf = io.BytesIO()
    Image.new("RGB", (60, 40), (20, 120, 200)).save(buf, format="PNG")
    (tmp_path / "照片" / "实训.png").write_bytes(buf.getvalue())
    doc = {"format": "vqdesk-content", "version": 1, "outline": [{"title": "基本情况", "blocks": [
        {"kind": "photos", "per_row": 2, "items": [{"file": "照片/实训.png", "caption": "实训车间"}]}]}]}
    assert run(capsys, "content", path, "--load", _dump(tmp_path, doc))[0] == 0
    out = _content(capsys, path)
    (item,) = out["outline"][0]["blocks"][0]["items"]
    assert (item["caption"], item["filename"]) == ("实训车间", "实训.png")
    with Session.open(path, readonly=True) as s:
        assert s.photo_data(item["photo"]) == buf.getvalue()


def test_a_file_that_is_not_json_is_named(capsys, new_session, tmp_path):
    bad = tmp_path / "坏.json"
    bad.write_text("{不是 JSON", encoding="utf-8")
    new_session.close()
    code, _, err = run(capsys, "content", new_session.path, "--load", bad)
    assert code == 1 and "内容文件“坏.json”不是 UTF-8 编码的 JSON第 1 行第 2 列" in err
