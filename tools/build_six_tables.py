"""Regenerate resources/templates/common/six-tables-2023.json from the spec's annex-tables.json.

Run once when the annex definition changes; the output is data and is edited by hand afterwards
only through this script.  Usage: python tools/build_six_tables.py ../shared/spec/annex-tables.json
"""

import json
import sys
from pathlib import Path

COUNT_UNITS = {"人", "个", "门", "本", "项", "所", "人日", "学时", "课时"}
KIND_BY_UNIT = {"%": "percent", ":": "ratio", "元": "money_yuan", "万元": "money_wan",
                "元/生": "money_yuan", "Mbps": "decimal", "个/生": "decimal"}
DECIMAL_ROWS = {"3.7c"}  # an average per course, not a count
GRADUATE_ROWS = {"1.1", "1.2a", "1.2b", "1.2c", "1.3", "1.4", "1.5a", "1.5b", "1.5c", "1.5d",
                 "1.6", "1.7", "2.2a", "2.2b", "2.2c", "2.4",
                 "4.1a", "4.1b", "4.1c", "4.1d", "4.1e"}
PARTITIONS = {
    1: [("1.5a", ["1.5b", "1.5c", "1.5d"])],
    3: [("3.6a", ["3.6b", "3.6d", "3.6f"]), ("3.7a", ["3.7d", "3.7f", "3.7h"]),
        ("3.8a", ["3.8b", "3.8d", "3.8f"])],
}
OVERLAPS = {
    3: [("3.9a", ["3.9b", "3.9c", "3.9d"])],
    4: [("4.1a", ["4.1b", "4.1c", "4.1d", "4.1e"])],
    6: [("6.4c", ["6.4d", "6.4e", "6.4f"])],
}
MEANS = {2: [("2.1a", ["2.1b", "2.1c"]), ("2.2a", ["2.2b", "2.2c"])]}
APPLICABILITY = {"fill": "fill", "not_reported": "not_reported", "gaozhi_only": "gaozhi_only"}


def kind_of(row):
    if row["id"] in DECIMAL_ROWS:
        return "decimal"
    if row["unit"] in COUNT_UNITS:
        return "count"
    return KIND_BY_UNIT[row["unit"]]


def convert_row(row):
    parent_basis = row["parent_basis"]
    if parent_basis and parent_basis.startswith("ambiguous"):
        parent_basis = "inferred"
    out = {
        "id": row["id"], "seq": row["seq"], "name": row["name"], "unit": row["unit"],
        "kind": kind_of(row), "parent": row["parent_id"], "parent_basis": parent_basis,
        "starred": row["starred"], "applicability": APPLICABILITY[row["zhongzhi"]],
        "graduate_related": row["id"] in GRADUATE_ROWS,
    }
    if row.get("note"):
        out["note"] = row["note"]
    return out


def convert_table(table):
    no = table["table_no"]
    columns = [{"key": "value", "label": "<year>年"}]
    if "调查人次" in table["columns"]:
        columns += [{"key": "respondents", "label": "调查人次", "kind": "count"},
                    {"key": "method", "label": "调查方式", "kind": "text"}]
    out = {"no": no, "title": table["title"], "columns": columns,
           "rows": [convert_row(r) for r in table["rows"]],
           "partitions": [{"parent": p, "parts": c} for p, c in PARTITIONS.get(no, [])],
           "overlaps": [{"parent": p, "parts": c} for p, c in OVERLAPS.get(no, [])],
           "means": [{"parent": p, "parts": c} for p, c in MEANS.get(no, [])]}
    for sub in table.get("sub_tables", []):
        out["sub_table"] = {"title": sub["title"], "instruction": sub["instruction"],
                            "record_list": "major_groups"}
    return out


def main(src):
    annex = json.loads(Path(src).read_text(encoding="utf-8"))
    doc = {"about": "六张指标表 (附件). Generated from the annex definition by "
                    "tools/build_six_tables.py; row ids are stable keys.",
           "tables": [convert_table(t) for t in annex["tables"]]}
    dest = Path(__file__).resolve().parent.parent / "resources/templates/common/six-tables-2023.json"
    dest.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {dest.name}: {sum(len(t['rows']) for t in doc['tables'])} rows")


if __name__ == "__main__":
    main(sys.argv[1])
