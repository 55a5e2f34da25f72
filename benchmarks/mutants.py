"""Mutation check: small, plausible breakages applied to a copy of the code one at a time; for
each, the tests that should notice are run.  Prints each mutant as caught or survived.

It measures the test suite, not the program, so it is not part of CI.  The list covers the
breakages a suite audit found surviving (issue 21) in core/store, core/validation,
core/aggregate, the Excel import, the PDF lists and two UI commands; add a mutant whenever a
breakage slips through.
Usage: python benchmarks/mutants.py [--only WORD]
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: The validation test files the mutants below name their tests in.
N = "tests/core/validation/test_validation_numbers.py::"
C = "tests/core/validation/test_validation_consistency.py::"
L = "tests/core/validation/test_validation_lists_and_text.py::"
D = "tests/core/validation/test_validation_document.py::"
B = "tests/core/validation/test_validation_cases_and_blocks.py::"
P = "tests/core/validation/test_validation_completeness.py::"

S = "tests/core/validation/test_seed_contradictions.py::"
V = "tests/core/validation/test_live.py"
U = "tests/ui/test_live_findings.py tests/ui/test_char_count.py"

#: (name, file, original text, broken text, tests that must fail)
MUTANTS = [
    # issue 17: the seeds' contradictions in texts and free tables; issue 15: live validation
    ("R2.table: a 合计 row compared with the rows after it too", "vqdesk/core/validation/free_tables.py",
     "        since_subtotal.append(row)\n        since_total.append(row)", "        since_subtotal.append(row)",
     S + "test_jinzhou_a_typed_total_that_is_one_row"),
    ("R2.table: the printed precision of a total ignored", "vqdesk/core/validation/free_tables.py",
     "half = 0.5 * 10 ** -max(decimals_of(total), 0)", "half = 0.0", S + "test_anshan_consistent_figures_pass"),
    ("R2.share: a column's shares allowed any slack", "vqdesk/core/validation/free_tables.py",
     "* len(values) + 1e-6", "* len(values) + 100",
     S + "test_liangzhou_shares_of_employment_by_industry_do_not_make_100"),
    ("R2.share: shares under an upper header allowed any slack", "vqdesk/core/validation/free_tables.py",
     "* span + 1e-6", "* span + 100", S + "test_benxi_shares_of_two_distributions"),
    ("R15.caption: the report period taken as the calendar year", "vqdesk/core/validation/free_tables.py",
     'if kind == "年度" and year == report_year:', "if False:", S + "test_jinzhou_captions_years_against_their_rows"),
    ("R16.twice: the year of a clause ignored", "vqdesk/core/validation/statements.py",
     "    return years[-1] if years else year\n", "    return year\n",
     S + "test_jinzhou_consistent_texts_and_tables_pass"),
    ("R16.twice: 2602 and 2603 taken as one figure", "vqdesk/core/validation/statements.py",
     "return a[0] < b[1] and b[0] < a[1]", "return a[0] <= b[1] and b[0] <= a[1]",
     S + "test_liangzhou_swapped_rates_graduates_satisfaction_and_part_time_teachers"),
    ("R16.twice: the stored cell not the reference", "vqdesk/core/validation/statements.py",
     "    out = list(stored.values())\n", "    out = []\n", S + "test_anshan_total_row_and_three_teacher_counts"),
    ("R16.twice: qualifiers of rates dropped", "vqdesk/core/validation/statements.py",
     'return (qualifier if qualifier in QUALIFIERS.get(base, ()) else "") + base', "return base",
     S + "test_liangzhou_consistent_pass_rates_pass"),
    ("R16: a major's or a class's figure taken for the school's", "vqdesk/core/validation/text.py",
     "return text[max(0, start - 4):start].endswith(PART_ENDINGS)", "return False",
     S + "test_a_majors_or_a_classes_rate_is_not_the_schools"),
    ("R16.twice: a category's figures taken for the school's", "vqdesk/core/validation/text.py",
     "    return max(found)[2] if found else None", "    return None",
     S + "test_benxi_category_totals_in_the_text_agree_with_the_grouped_table "
     + S + "test_benxi_category_subtotals_of_the_text_differ_from_the_table"),
    ("R18.variant: a legal form not stripped", "vqdesk/core/validation/variants.py",
     "            return text[: -len(form)]", "            return text",
     S + "test_jinzhou_organisation_spellings_across_lists"),
    ("R18.major: the nearest major not the most similar", "vqdesk/core/validation/variants.py",
     "return max(found, key=", "return min(found, key=",
     "tests/core/validation/test_seed_contradictions.py tests/core/validation/test_seed_reports.py"),
    ("live: a list edit does not touch the figures computed from it", "vqdesk/core/validation/deps.py",
     'if "values" in out or lists & formula_lists(edition):', 'if "values" in out:', V),
    ("live: a rule's reads under-declared", "vqdesk/core/validation/kinds.py",
     '("records", _records, {"records"})', '("records", _records, {"profile"})', V),
    ("live: a patched cell not re-read", "vqdesk/core/validation/live.py",
     "            _patch_values(data, session, key)", "            pass", V),
    ("live: the outline kept after the document changed", "vqdesk/core/validation/live.py",
     "        if data.document is not self._document:", "        if self._document is None:", V),
    ("UI: a grid edit waits for the typing pause", "vqdesk/ui/controller.py",
     "(self._timer if kind in TYPING_KINDS else self._soon).start()", "self._timer.start()", U),
    ("字: the case page counts fields as written", "vqdesk/ui/pages/cases_page.py",
     "char_count(self.body.toPlainText(), self.ctrl.figures)", "char_count(self.body.toPlainText())", U),
    ("字: fields counted twice", "vqdesk/core/completeness.py",
     'return _counted(TOKEN_RE.sub("", text)) + sum(', "return _counted(text) + sum(", U),
    ("store: no rollback after a failed write", "vqdesk/core/session.py",
     "self.db.conn.rollback()", "pass", "tests/core/store/test_session.py"),
    ("store: synchronous=FULL off", "vqdesk/core/store/database.py",
     'db.execute("PRAGMA synchronous = FULL")', 'db.execute("PRAGMA synchronous = OFF")',
     "tests/core/store/test_session.py"),
    ("store: snapshot outside a read transaction", "vqdesk/core/session.py",
     'self.db.execute("BEGIN")\n        try:\n            yield', "try:\n            yield",
     "tests/core/store/test_integrity.py::test_snapshots_taken_while_another_process_imports_each_show_one_state"),
    ("store: foreign journal applied", "vqdesk/core/store/sidecars.py",
     "belongs = own == _file_id(path) if own else _belongs(path, journal)", "belongs = True",
     "tests/core/store/test_integrity.py"),
    ("R2: abs() dropped", "vqdesk/core/validation/hierarchy.py",
     "if abs(sum(parts) - total) <= _EPS", "if (sum(parts) - total) <= _EPS",
     "tests/core/validation/test_validation_numbers.py"),
    ("R9: only the upper bound", "vqdesk/core/validation/hierarchy.py",
     "if low - 0.005 <= overall <= high + 0.005:", "if overall <= high + 0.005:",
     "tests/core/validation/test_validation_numbers.py"),
    ("R12: 甘肃 dropped", "vqdesk/core/validation/consistency.py", '"甘肃", ', "",
     "tests/core/validation/test_validation_consistency.py"),
    ("R16: no upper bound for N余", "vqdesk/core/kinds.py",
     "return Approx(text, value, value, value + 10 ** max(zeros, 1) - 1)",
     'return Approx(text, value, value, float("inf"))', "tests/core/validation/test_validation_lists_and_text.py"),
    # every rule from both sides of each bound (issue 21); each names the test written to catch it
    ("R1/R3: a part equal to its whole flagged", "vqdesk/core/validation/hierarchy.py",
     "value is None or total is None or value <= total + _EPS", "value is None or total is None or value < total",
     N + "test_hierarchy_sub_item_equal_to_its_parent_is_fine"),
    ("R1: 获证人数 equal to 毕业生人数 flagged", "vqdesk/core/validation/records.py",
     "certified > graduates:", "certified >= graduates:", L + "test_records_certified_may_equal_graduates"),
    ("R2: a partition one off accepted", "vqdesk/core/validation/hierarchy.py",
     "<= _EPS + 1e-9 * abs(total)", "<= 1 + 1e-9 * abs(total)",
     N + "test_hierarchy_partition_off_by_one_either_way_is_an_error"),
    ("R4: a tolerance of a whole unit", "vqdesk/core/validation/context.py",
     "return 0.5 * 10 ** -places + 1e-9", "return 10 ** -places + 1e-9",
     N + "test_derived_tolerance_is_half_a_unit_of_the_typed_decimals_either_way"),
    ("R4: the typed decimals ignored", "vqdesk/core/validation/context.py",
     "places = min(decimals_of(value), DECIMALS.get(kind, 2))", "places = DECIMALS.get(kind, 2)",
     N + "test_derived_tolerance_is_half_a_unit_of_the_typed_decimals_either_way"),
    ("R4/R7: typed values below the computed one accepted", "vqdesk/core/validation/derived.py",
     "if abs(typed - computed) <= tolerance(typed, kind):", "if typed - computed <= tolerance(typed, kind):",
     N + "test_derived_tolerance_is_half_a_unit_of_the_typed_decimals_either_way "
     + N + "test_derived_typed_count_one_off_the_list_length_either_way"),
    ("R5: percentages without a lower bound", "vqdesk/core/validation/kinds.py",
     "if not 0 <= value <= 100:", "if not value <= 100:", N + "test_kinds_percentage_bounds_0_and_100_are_inside"),
    ("R5: 100 % flagged", "vqdesk/core/validation/kinds.py",
     "if not 0 <= value <= 100:", "if not 0 <= value < 100:", N + "test_kinds_percentage_bounds_0_and_100_are_inside"),
    ("R5: an amount of 0 flagged", "vqdesk/core/validation/kinds.py",
     'if value < 0:\n            return "money"', 'if value <= 0:\n            return "money"',
     N + "test_kinds_zero_is_a_count_and_an_amount"),
    ("R5: small negative quantities accepted", "vqdesk/core/validation/kinds.py",
     "elif value < 0:", "elif value < -1:", N + "test_kinds_negative_amount_in_yuan_and_negative_quantity"),
    ("R5: decimals accepted in integer list fields", "vqdesk/core/validation/kinds.py",
     'if fd.kind in ("int", "year") and not float(value).is_integer():', "if False:",
     N + "test_kinds_record_integer_field_with_decimals_or_text"),
    ("R5: “100+” refused where a list allows it", "vqdesk/core/validation/kinds.py",
     "if fd.approx and isinstance(value, str) and parse_approx(value) is not None:", "if False:",
     N + "test_kinds_record_approximate_number_where_the_list_allows_it"),
    ("R5: list choices outside their options accepted", "vqdesk/core/validation/kinds.py",
     'if fd.kind == "choice" and value not in fd.options:', "if False:",
     N + "test_kinds_record_choice_outside_its_options"),
    ("R6: == checks only one way", "vqdesk/core/validation/consistency.py",
     "return abs(left - right) <= eps", "return left - right <= eps",
     C + "test_consistency_equality_check_fails_on_either_side"),
    ("R6: <= checks strict", "vqdesk/core/validation/consistency.py",
     "return left <= right + eps", "return left < right", C + "test_consistency_at_most_check_holds_at_equality"),
    ("R6: >= checks strict", "vqdesk/core/validation/consistency.py",
     "return left >= right - eps", "return left > right", C + "test_consistency_at_least_check_holds_at_equality"),
    ("R6: a blank side counted as 0", "vqdesk/core/validation/consistency.py",
     "if left is None or right is None or _holds(left, chk.op, right):", "if _holds(left or 0, chk.op, right or 0):",
     C + "test_consistency_check_with_a_blank_side_is_not_judged"),
    ("R8: respondents equal to their population flagged", "vqdesk/core/validation/consistency.py",
     "if size is not None and asked > size:", "if size is not None and asked >= size:",
     C + "test_consistency_respondents_equal_to_population_or_parent_are_fine"),
    ("R8: respondents equal to the parent survey's flagged", "vqdesk/core/validation/consistency.py",
     "if whole is not None and asked > whole:", "if whole is not None and asked >= whole:",
     C + "test_consistency_respondents_equal_to_population_or_parent_are_fine"),
    ("R8: respondents equal to three cohorts flagged", "vqdesk/core/validation/consistency.py",
     "if asked > sum(cohorts):", "if asked >= sum(cohorts):",
     C + "test_consistency_recent_graduate_survey_may_reach_the_three_cohorts"),
    ("R8: a cohort missing from the file counted as 0", "vqdesk/core/validation/consistency.py",
     "if not isinstance(value, (int, float)):\n            return", "if not isinstance(value, (int, float)):\n            value = 0",
     C + "test_consistency_recent_graduate_survey_unbounded_without_all_three_cohorts"),
    ("R9: strict bounds", "vqdesk/core/validation/hierarchy.py",
     "if low - 0.005 <= overall <= high + 0.005:", "if low < overall < high:",
     N + "test_hierarchy_overall_score_may_equal_either_end_of_its_components"),
    ("R9: ten times the rounding allowed", "vqdesk/core/validation/hierarchy.py",
     "if low - 0.005 <= overall <= high + 0.005:", "if low - 0.05 <= overall <= high + 0.05:",
     N + "test_hierarchy_overall_score_may_equal_either_end_of_its_components"),
    ("R10: 高职 reports refused the 中职不填报 cells", "vqdesk/core/validation/context.py",
     "return not self.zhongzhi", "return False", P + "test_completeness_gaozhi_report_may_fill_what_zhongzhi_does_not"),
    ("R11: blank graduate rows asked for in a year without graduates", "vqdesk/core/validation/completeness.py",
     "if ind.graduate_related and not has_graduates:", "if ind.graduate_related and not has_graduates and filled:",
     P + "test_completeness_no_graduates_and_graduate_rows_blank_is_silent"),
    ("R12: west equal to local flagged", "vqdesk/core/validation/consistency.py",
     "west >= local", "west > local", C + "test_consistency_geography_allows_west_equal_to_local"),
    ("R13: a change of exactly half flagged", "vqdesk/core/validation/consistency.py",
     "abs(now - then) > JUMP_RELATIVE * then", "abs(now - then) >= JUMP_RELATIVE * then",
     C + "test_consistency_year_over_year_relative_threshold_both_ways"),
    ("R13: a change of exactly 20 flagged", "vqdesk/core/validation/consistency.py",
     "if abs(now - then) <= JUMP_ABSOLUTE:", "if abs(now - then) < JUMP_ABSOLUTE:",
     C + "test_consistency_year_over_year_absolute_threshold_both_ways "
     + C + "test_consistency_year_over_year_from_zero_needs_more_than_20"),
    ("R13: falls never flagged", "vqdesk/core/validation/consistency.py",
     "if abs(now - then) <= JUMP_ABSOLUTE:", "if now - then <= JUMP_ABSOLUTE:",
     C + "test_consistency_year_over_year_relative_threshold_both_ways"),
    ("R13: graduates compared with a year without any", "vqdesk/core/validation/consistency.py",
     "if ind.graduate_related and not previous.report.has_graduates:", "if False:",
     C + "test_consistency_year_over_year_skips_graduates_after_a_year_without_any"),
    ("R13: rates compared too", "vqdesk/core/validation/consistency.py",
     'if ind.kind != "count" or not ctx.expected(ind):', "if not ctx.expected(ind):",
     C + "test_consistency_year_over_year_ignores_rates"),
    ("R14: four round values enough", "vqdesk/core/validation/consistency.py",
     "ROUND_REPEATS = 5", "ROUND_REPEATS = 4", C + "test_consistency_round_values_need_five_repeats"),
    ("R14: round values of 2 ignored", "vqdesk/core/validation/consistency.py",
     "abs(value) > 1", "abs(value) > 2", C + "test_consistency_round_values_above_one_only"),
    ("R14: two identical values enough", "vqdesk/core/validation/consistency.py",
     "PLACEHOLDER_REPEATS = 3", "PLACEHOLDER_REPEATS = 2", C + "test_consistency_two_identical_amounts_are_no_placeholder"),
    ("R15: a grace of 91 days", "vqdesk/core/validation/records.py",
     "DATE_GRACE_DAYS = 92", "DATE_GRACE_DAYS = 91",
     L + "test_records_dates_at_each_precision_on_both_sides_of_the_period"),
    ("R15: the period's first day outside", "vqdesk/core/validation/records.py",
     "span[1] >= start", "span[1] > start", L + "test_records_dates_at_each_precision_on_both_sides_of_the_period"),
    ("R15: a month, a year or a range must lie wholly inside", "vqdesk/core/validation/records.py",
     "(span[0] <= latest and span[1] >= start)", "(span[1] <= latest and span[0] >= start)",
     L + "test_records_dates_at_each_precision_on_both_sides_of_the_period"),
    ("R15: the schools' own periods ignored", "vqdesk/core/validation/records.py",
     'start, end = schools.get(record.get("school"), own)', "start, end = own",
     "tests/core/validation/test_validation_regional.py::test_each_school_s_period_is_bounded_on_both_sides"),
    ("R16: exact numbers within one", "vqdesk/core/validation/text.py",
     "            if number == stored:", "            if abs(number - stored) <= 1:",
     L + "test_text_numbers_agree_up_to_each_end_of_their_range"),
    ("R16: N余 one place too wide", "vqdesk/core/kinds.py",
     "value + 10 ** max(zeros, 1) - 1", "value + 10 ** (zeros + 1) - 1",
     L + "test_text_numbers_agree_up_to_each_end_of_their_range"),
    ("R16: 约 within 10 %", "vqdesk/core/kinds.py", "ABOUT = 0.05", "ABOUT = 0.1",
     L + "test_text_numbers_agree_up_to_each_end_of_their_range"),
    ("R16: 近 within 20 %", "vqdesk/core/kinds.py", "NEARLY = 0.1", "NEARLY = 0.2",
     L + "test_text_numbers_agree_up_to_each_end_of_their_range"),
    ("R16: 近 above its number", "vqdesk/core/kinds.py",
     "return Approx(text, value, value * (1 - NEARLY), value)",
     "return Approx(text, value, value * (1 - NEARLY), value * (1 + NEARLY))",
     L + "test_text_numbers_agree_up_to_each_end_of_their_range"),
    ("R16: 超过 without an upper bound", "vqdesk/core/kinds.py",
     "return Approx(text, value, value, value * (1 + NEARLY * 5))", 'return Approx(text, value, value, float("inf"))',
     L + "test_text_numbers_agree_up_to_each_end_of_their_range"),
    ("R16: last year's figures taken for history", "vqdesk/core/validation/text.py",
     "return bool(years - {year, year - 1})", "return bool(years - {year})",
     L + "test_text_last_year_counts_as_this_school_year"),
    ("R17: a section at its maximum flagged", "vqdesk/core/validation/parts.py",
     "if high and chars > high:", "if high and chars >= high:",
     D + "test_chapter_text_length_bounds_are_inclusive " + D + "test_section_text_up_to_its_maximum"),
    ("R17: section lengths always hints", "vqdesk/core/validation/parts.py",
     ['yield Finding(severity, "R17.short"', 'yield Finding(severity, "R17.long"'],
     ['yield Finding("info", "R17.short"', 'yield Finding("info", "R17.long"'],
     D + "test_length_findings_carry_the_edition_s_severity"),
    ("R17: a preface at its minimum flagged", "vqdesk/core/validation/parts.py",
     "chars < fm.preface_min_chars:", "chars <= fm.preface_min_chars:", D + "test_preface_length_bounds_are_inclusive"),
    ("R17: a preface at its maximum flagged", "vqdesk/core/validation/parts.py",
     "chars > fm.preface_max_chars:", "chars >= fm.preface_max_chars:", D + "test_preface_length_bounds_are_inclusive"),
    ("R17: preface lengths always hints", "vqdesk/core/validation/parts.py",
     'yield Finding(fm.preface_length_severity, "R17.long"', 'yield Finding("info", "R17.long"',
     D + "test_preface_length_findings_carry_the_edition_s_severity"),
    ("R17: a case at its maximum flagged", "vqdesk/core/validation/parts.py",
     "chars > rules.max_chars:", "chars >= rules.max_chars:", B + "test_case_length_bounds_are_inclusive"),
    ("R17: a case at its minimum flagged", "vqdesk/core/validation/parts.py",
     "chars < rules.min_chars:", "chars <= rules.min_chars:", B + "test_case_length_bounds_are_inclusive"),
    ("R17: short cases always hints", "vqdesk/core/validation/parts.py",
     'yield Finding(rules.min_severity, "R17.case.short"', 'yield Finding("info", "R17.case.short"',
     B + "test_short_case_carries_the_edition_s_severity"),
    ("R17: regional reports asked for a 学校标识码", "vqdesk/core/validation/completeness.py",
     'regional_exempt = field.key == "code" and ctx.data.report.level != "school"', "regional_exempt = False",
     P + "test_completeness_regional_report_needs_no_school_code"),
    ("R17: 调查方式 never asked for", "vqdesk/core/validation/completeness.py",
     'if "method" in keys and ctx.data.value(ind.id, "method") is None:', "if False:",
     P + "test_completeness_survey_method_is_a_hint"),
    ("R17: every blank cell told to type 0", "vqdesk/core/validation/completeness.py",
     'hint = "（没有发生请填 0）" if ind.kind in ("count", "money_yuan", "money_wan") else ""',
     'hint = "（没有发生请填 0）"', P + "test_completeness_blank_rate_has_no_hint_to_type_zero"),
    ("R18: a master name called its own alias", "vqdesk/core/validation/records.py",
     "if canonical and canonical != text:", "if canonical:", L + "test_records_master_name_itself_is_no_alias"),
    ("R18: aliases of one kind applied to another", "vqdesk/core/validation/records.py",
     "table[(entry.kind, normalise_text(spelling))] = entry.name",
     'table.update({(k, normalise_text(spelling)): entry.name for k in ("major", "organisation")})',
     L + "test_records_aliases_are_per_kind"),
    ("R18: an alias not grouped with its name", "vqdesk/core/validation/records.py",
     "spellings[canonical or normalise_text(text)]", "spellings[normalise_text(text)]",
     L + "test_records_alias_and_master_name_in_one_list_are_two_spellings"),
    ("R19: a blank photo caption accepted", "vqdesk/core/validation/blocks.py",
     'elif not (photo.caption or "").strip():', "elif not photo.caption:",
     B + "test_photo_with_a_blank_caption_is_warning_and_any_caption_is_enough"),
    ("import: counts not reset after an abort", "vqdesk/core/excel/importer.py",
     "report.values_imported, report.rows_imported = 0, {}", "pass", "tests/core/excel/test_import_typed.py"),
    ("aggregate: unweighted rate averaged plainly", "vqdesk/core/aggregate/tables.py",
     'return _weighted_mean(values, [f.typed("6.1") for f in figures])',
     "return _weighted_mean(values, [1 for f in figures])", "tests/core/aggregate/test_aggregate.py"),
    ("aggregate: the schools' derived ratios averaged and stored", "vqdesk/core/aggregate/tables.py",
     ["if not row.applicable or edition.is_derived(row.id):", "values = [f.typed(row.id) for f in figures]"],
     ["if not row.applicable:", "values = [f.get(row.id) for f in figures]"],
     "tests/core/aggregate/test_aggregate.py"),
    ("PDF: sub-headings left out of the 目录", "vqdesk/core/pdf/body.py",
     'listed = level < ctx.settings["toc"]["levels"]', 'listed = level < min(2, ctx.settings["toc"]["levels"])',
     "tests/core/pdf/test_pdf_shapes.py tests/test_seed_jinzhou.py"),
    ("PDF: 图目录 never printed", "vqdesk/core/pdf/front_matter.py",
     "if kind in used and ctx.settings", "if kind != FIGURES and kind in used and ctx.settings",
     "tests/core/pdf/test_pdf_shapes.py tests/test_seed_jinzhou.py"),
    ("PDF: sub-heading numbers start at x.y.2", "vqdesk/core/pdf/numbering.py",
     "self.levels[depth] += 1", "self.levels[depth] += 1 if depth < 2 or self.levels[depth] else 2",
     "tests/core/pdf/test_pdf_shapes.py tests/core/pdf/test_pdf_report.py"),
    ("UI: removing a record does nothing", "vqdesk/ui/commands.py",
     'self.session.remove_record(self.ctrl.current_id("record", self.record_id))', "pass",
     "tests/ui/test_records.py"),
    ("UI: 导出草稿 exports the final copy", "vqdesk/ui/file_actions.py",
     "return {draft: False, final: True}.get(box.clickedButton())",
     "return {draft: True, final: True}.get(box.clickedButton())", "tests/ui/test_export_pdf_action.py"),
]


def _pytest(copy: Path, tests: str):
    import os
    env = dict(os.environ, PYTHONPATH=str(copy), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests.split()],
                          cwd=copy, capture_output=True, text=True, env=env)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    p.add_argument("--only", help="run only mutants whose name contains this")
    args = p.parse_args()
    chosen = [m for m in MUTANTS if not args.only or args.only in m[0]]
    caught = 0
    with tempfile.TemporaryDirectory(prefix="vqdesk-mutants-") as folder:
        copy = Path(folder) / "repo"
        shutil.copytree(REPO, copy, ignore=shutil.ignore_patterns(".git", ".venv", ".ci-venv", "__pycache__",
                                                                  "build", "dist", "*.egg-info"))
        for name, rel, old, new, tests in chosen:
            target = copy / rel
            original = target.read_text(encoding="utf-8")
            olds, news = ([old], [new]) if isinstance(old, str) else (old, new)
            if any(original.count(o) != 1 for o in olds):
                print(f"  ?  {name}: the original text is not found once in {rel}; update this mutant")
                continue
            if _pytest(copy, tests).returncode != 0:
                print(f"  ?  {name}: the tests fail without the mutant; fix them first")
                continue
            broken = original
            for o, n in zip(olds, news):
                broken = broken.replace(o, n)
            target.write_text(broken, encoding="utf-8")
            started = time.perf_counter()
            result = _pytest(copy, tests)
            target.write_text(original, encoding="utf-8")
            ok = result.returncode != 0
            caught += ok
            print(f"  {'caught  ' if ok else 'SURVIVED'}  {name}  ({time.perf_counter() - started:.0f} s; {tests})")
    print(f"{caught} of {len(chosen)} mutants caught")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
