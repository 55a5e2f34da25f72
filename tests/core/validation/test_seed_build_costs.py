"""R13.cost: Liangzhou 2023 I-22.  表3 校舍建筑面积 256820.25 → 365701.81 平方米 (+108881.56) in the
year whose text gives 基建项目投入资金 3132 万元: about 288 元 a square metre.  Figures are the
seed's; the sentences are the tests' own (2021/2022 become the fixture's 2024/2025)."""

from .conftest import add_text, loud, node, rules_of
from .test_seed_scope_excluded import resources_table as resources


def floor(data):
    """The R13.cost findings on 校舍 (the table's 固定资产总值 row has its own, below)."""
    return [f for f in rules_of(data, "R13.cost") if "校舍" in f[2]]


def test_liangzhou_floor_area_the_building_money_cannot_explain(data):
    resources(data)
    add_text(data, "support.funding", "全年中等职业学校基建项目投入资金 3132 万元，实训设备设施投入资金 967.7 万元。")
    assert floor(data) == [
        ("info", "R13.cost", "表格“办学资源总量及生均值”“校舍建筑面积”由 2024年的 256820.25 增至 2025年的 365701.81"
                             "（+108881.56 平方米），而“7.3 经费保障”写有基建投入 3132 万元，合每平方米约 288 元，"
                             "建不成这些校舍：如有划转、合并或往年工程完工，请在正文说明，否则请核对数字")]
    assert loud(data) == []


def test_growth_the_money_can_build_passes(data):
    """3132 万元 for 8000 平方米 is 3915 元 a square metre: nothing to say."""
    resources(data, floor_now=264820.25)
    add_text(data, "support.funding", "全年基建项目投入资金 3132 万元。")
    assert floor(data) == []


def test_growth_with_no_building_money_stated_passes(data):
    resources(data)
    add_text(data, "support.funding", "全年实训设备设施投入资金 967.7 万元。")
    assert floor(data) == []


def test_liangzhou_fixed_assets_rising_by_a_quarter_of_the_money_put_in(data):
    """I-22: 固定资产总值 46994.21 → 48079.74 (+1085.53 万元) in the year of 3132 + 967.7 万元."""
    resources(data, floor_now=264820.25)          # a floor area the building money can explain
    add_text(data, "support.funding", "全年中等职业学校基建项目投入资金 3132 万元，实训设备设施投入资金 967.7 万元。")
    assert rules_of(data, "R13.cost") == [
        ("info", "R13.cost", "表格“办学资源总量及生均值”“固定资产总值”只增加了 1085.53（46994.21 → 48079.74），而“7.3 经费保障”"
                             "写有当年基建、设备投入共 4099.7 万元（3132 + 967.7）：固定资产按原值计，如有资产报废或划转请在正文说明，"
                             "否则请核对数字")]


def test_fixed_assets_rising_by_about_what_was_put_in_pass(data):
    resources(data, floor_now=264820.25)
    node(data, "basic.conditions").blocks[-1].data["rows"][2][3] = 50900.0
    add_text(data, "support.funding", "全年基建项目投入资金 3132 万元，实训设备设施投入资金 967.7 万元。")
    assert rules_of(data, "R13.cost") == []
