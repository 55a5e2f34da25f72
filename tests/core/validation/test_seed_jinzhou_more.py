"""More of the seeds' contradictions, found as a school enters them (texts, free tables, the six
tables), and their consistent figures passing: rates recomputed from the counts stated beside
them, rates no whole number of people can give, shares of a stated base.

Numbers and short labels are the seeds' (../shared/seeds/notes: jinzhou-school-2025 §4, §7,
§8.3; liangzhou-district-2023 I-6, I-7, I-10), copied here; the sentences are the tests' own."""

from .conftest import set_value
from .test_seed_contradictions import add_table, add_text, loud, rules_of

#: 表5 近两年升学 (年份, 报考, 录取, 升学率).
JZ_FURTHER = [["2024年", 236, 191, 80.93], ["2025年", 174, 155, 89]]


def further_table(data):
    add_table(data, "talent.moral", "近两年升学情况统计表", ["年份", "报考人数", "录取人数", "升学率（%）"], JZ_FURTHER)


def graduates(data):
    """1.1's counts of the 2025 graduates, as the six tables hold them (567, 434, 330; the 104
    employed by industry and place as test_seed_reports enters them)."""
    for ind_id, value in {"1.1": 567, "1.2a": 434, "1.2b": 330, "1.2c": 13, "1.5a": 104, "1.5b": 4, "1.5c": 60,
                          "1.5d": 40, "4.1a": 104, "4.1b": 60, "4.1c": 70, "4.1d": 40, "4.1e": 30}.items():
        set_value(data, ind_id, value)


# -- rates recomputed from the counts the report states ----------------------------------------------

def test_jinzhou_rates_that_fit_one_of_their_definitions_pass(data):
    """就业率 76.54 % = 去向落实 434 ÷ 567; 对口就业率 97.12 % = 101 of the 104 employed (434 − 330);
    升学率 89 % is not 升学 330 ÷ 毕业生 567 (58.2 %) but fits 表5's 录取 155 ÷ 报考 174 (89.08 %)."""
    graduates(data)
    further_table(data)
    add_text(data, "basic.overview", "2025届毕业生567人，毕业去向落实434人，其中升学330人；就业率76.54%，"
                                     "对口就业率97.12%，升学率89%。")
    assert loud(data) == []


def test_jinzhou_a_further_study_rate_no_definition_gives(data):
    """§8.3 #5: 升学率 80.93 % ≠ 330 ÷ 567 = 58.20 % and ≠ 表5's 2025 录取 ÷ 报考 = 155 ÷ 174 = 89.08 %."""
    graduates(data)
    further_table(data)
    add_text(data, "basic.overview", "2025届毕业生567人，毕业去向落实434人，其中升学330人，升学率80.93%。")
    assert rules_of(data, "R16.rate") == [
        ("warning", "R16.rate", "“1.1 概况”写有升学率 80.93%，与报告所列人数不符：按“升学 ÷ 毕业生”为 330 ÷ 567 = 58.20%；"
                                "按“录取 ÷ 报考”为 155 ÷ 174 = 89.08%（表格“近两年升学情况统计表”“2025年”行）。"
                                "请核对，并写明该比率的分子和分母")]


def test_jinzhou_an_employment_rate_no_count_gives(data):
    """§8.3 #6: 就业率 90.81 % is not 去向落实 434 ÷ 567 (76.54 %), nor 就业 104 (434 − 330) ÷ 567, nor
    104 ÷ (567 − 330)."""
    graduates(data)
    add_text(data, "basic.overview", "2025届毕业生567人，毕业去向落实434人，其中升学330人，就业率90.81%。")
    assert rules_of(data, "R16.rate") == [
        ("warning", "R16.rate", "“1.1 概况”写有就业率 90.81%，与报告所列人数不符：按“去向落实 ÷ 毕业生”为 434 ÷ 567 = 76.54%；"
                                "按“就业 ÷ 毕业生”为 104 ÷ 567 = 18.34%（= 去向落实 434 − 升学 330）；"
                                "按“就业 ÷ （毕业生 − 升学）”为 104 ÷ （567 − 330） = 43.88%（= 去向落实 434 − 升学 330）。"
                                "请核对，并写明该比率的分子和分母")]


# -- rates no whole number of people gives ------------------------------------------------------------

def test_jinzhou_a_matching_employment_rate_out_of_104_employed(data):
    """§8.3 #7: 对口就业率 97.67 % of the 104 employed (434 − 330) would be 101.58 people; 101 and 102
    give 97.12 % and 98.08 %."""
    graduates(data)
    add_text(data, "basic.overview", "2025届毕业生567人，毕业去向落实434人，其中升学330人，对口就业率97.67%。")
    assert rules_of(data, "R16.rate") == [
        ("warning", "R16.rate", "“1.1 概况”写有对口就业率 97.67%，与报告所列人数不符：“对口就业 ÷ 就业”的分母为 104"
                                "（= 去向落实 434 − 升学 330），没有哪个整数人数能得出 97.67%"
                                "（101 ÷ 104 = 97.12%，102 ÷ 104 = 98.08%）。请核对，并写明该比率的分子和分母")]
