"""The `vqdesk` command line: everything the desktop application can do to data, headlessly.

Errors go to stderr as Chinese sentences with a non-zero exit code, never a traceback.
"""

import argparse
import json
import os
import sys
import traceback
from pathlib import Path

from vqdesk import FILE_SUFFIX, __version__
from vqdesk.cli_docx import add_import_docx_parser, cmd_import_docx
from vqdesk.core.errors import VqdeskError, reason_of

EXIT_ERROR, EXIT_USAGE, EXIT_FINDINGS = 1, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese usage errors and exit code 2."""

    def error(self, message):
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}：参数错误：{_translate_argparse(message)}\n")
        raise SystemExit(EXIT_USAGE)


def _translate_argparse(message: str) -> str:
    replacements = {"the following arguments are required": "缺少必需的参数",
                    "unrecognized arguments": "无法识别的参数", "invalid choice": "无效的选项",
                    "invalid int value": "不是有效的整数", "expected one argument": "需要一个值",
                    "one of the arguments ": "必须指定以下参数之一：", " is required": "",
                    "not allowed with argument ": "不能与以下参数同时使用："}
    for english, chinese in replacements.items():
        message = message.replace(english, chinese)
    return message


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vqdesk", description="中职质量年报助手：编写、校验、导出中等职业教育质量年度报告。")
    parser.add_argument("--version", action="version", version=f"vqdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)

    sub.add_parser("templates", help="列出可用的报告模板（版本）")

    p = sub.add_parser("new", help="新建报告文件")
    p.add_argument("file", help=f"报告文件（扩展名 {FILE_SUFFIX}）")
    p.add_argument("--school", required=True, help="学校名称")
    p.add_argument("--year", required=True, type=int, help="报告年度，如 2025")
    p.add_argument("--edition", required=True, help="模板编号，见 vqdesk templates")
    p.add_argument("--province", default="", help="所在省份")
    p.add_argument("--level", choices=["school", "district", "city"], help="报告层级")

    p = sub.add_parser("demo", help="写出内置的示例报告")
    p.add_argument("file", help="示例报告文件；与 --region 同用时为存放示例学校的文件夹")
    p.add_argument("--edition", help="示例使用的模板（默认 liaoning-2023）")
    p.add_argument("--region", type=int, metavar="N", help="改为写出 N 所示例学校，供区域汇总试用")

    p = sub.add_parser("info", help="显示学校、年度、模板和各部分的完成情况")
    p.add_argument("file")
    p.add_argument("--year", type=int)

    p = sub.add_parser("validate", help="校验报告")
    p.add_argument("file")
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true", help="以 JSON 输出校验结果")

    p = sub.add_parser("export", help="导出 Excel 指标表、PDF 报告和/或 Word 文件")
    p.add_argument("file")
    p.add_argument("--year", type=int)
    p.add_argument("--xlsx", help="导出的 Excel 文件")
    p.add_argument("--pdf", help="导出的 PDF 文件")
    p.add_argument("--docx", help="导出的 Word 文件（.docx），与 PDF 内容相同")
    p.add_argument("--final", action="store_true",
                   help="正式版 PDF / Word：即使还有错误也不加“草稿”标记（错误会列出）")

    p = sub.add_parser("import", help="从 Excel 指标表导入数据")
    p.add_argument("file")
    p.add_argument("xlsx")
    p.add_argument("--year", type=int)
    p.add_argument("--partial", action="store_true", help="有问题时仍导入无误的单元格")
    p.add_argument("--dry-run", action="store_true", help="只列出将要修改的内容（含删除的名单行），不写入文件")
    p.add_argument("--mode", choices=["update", "workbook"], default="update",
                   help="update：只更新和新增（默认，不删除）；workbook：以工作簿为准（删除工作簿中没有的名单行）")

    p = sub.add_parser("aggregate", help="汇总多所学校的数据，生成或更新区县、地市报告")
    from vqdesk.cli_aggregate import add_arguments, add_attribute_arguments
    add_arguments(p)
    add_attribute_arguments(sub.add_parser("school-attribute", help="区域报告：修改辖区学校的属性（类别、隶属、性质……），再汇总时保留"))

    from vqdesk import cli_library
    cli_library.add_case_arguments(sub.add_parser("use-case", help="区域报告：列出各校案例，或把一个案例放在某标题下（注明来源学校）"))
    cli_library.add_photo_arguments(sub.add_parser("use-photo", help="区域报告：列出各校图片，或把图片放在某标题下（图题下注明来源学校）"))

    p = sub.add_parser("content", help="以 JSON 输出某年度报告的大纲和内容（--load 用 JSON 文件整体替换）")
    p.add_argument("file")
    p.add_argument("--year", type=int)
    p.add_argument("--load", metavar="DOC.json", help="用这个内容文件替换该年度的大纲和内容（全部成功或全部不变）")

    add_import_docx_parser(sub)

    p = sub.add_parser("backups", help="列出报告文件的自动备份（每次打开文件编辑时生成，最新的在前）")
    p.add_argument("file", nargs="?", help="报告文件（只用 --keep 时可省略）")
    p.add_argument("--keep", type=int, metavar="N", help="以后每个文件保留最近 N 份自动备份（默认 10）")

    p = sub.add_parser("restore", help="用自动备份或另一个报告文件恢复报告文件")
    p.add_argument("file")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--backup", type=int, metavar="N", help="备份编号（见 vqdesk backups，1 为最新）")
    source.add_argument("--from", dest="source", metavar="PATH", help="用这个报告文件的内容恢复")
    return parser


def main(argv=None) -> int:
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args) or 0
    except VqdeskError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
        return 0
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the user sees a sentence, the log keeps details
        _log_internal_error()
        print(f"错误：程序内部出错（{type(exc).__name__}: {exc}）。文件未被修改。", file=sys.stderr)
        return EXIT_ERROR


def _utf8_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass


def _log_internal_error():
    from vqdesk.core.userdata import log_path
    try:
        with log_path().open("a", encoding="utf-8") as fh:
            traceback.print_exc(file=fh)
    except OSError:
        pass


# -- commands ----------------------------------------------------------------------------------

def cmd_templates(args):
    from vqdesk.core.editions import list_editions
    for e in list_editions():
        years = "、".join(str(y) for y in e.years)
        print(f"{e.id}\t{e.title}\t{e.level_label}\t{years}")


def cmd_new(args):
    from vqdesk.core.session import Session
    path = _report_path(args.file)
    with Session.create(path, school=args.school, year=args.year, edition_id=args.edition,
                        province=args.province, level=args.level) as s:
        print(f"已创建 {path}：{args.school} {args.year} 年度（{s.edition(args.year).title}）")


def cmd_demo(args):
    from vqdesk.core.sample import write_sample
    if args.region:
        from vqdesk.core.sample_region import write_region_samples
        paths = write_region_samples(Path(args.file), args.region)
        print(f"已在 {args.file} 写出 {len(paths)} 所示例学校的报告文件")
        return
    path = _report_path(args.file)
    write_sample(path, args.edition)
    print(f"已写出示例报告 {path}")


def cmd_info(args):
    from vqdesk.core.completeness import list_progress, narrative_progress, table_progress
    from vqdesk.core.session import Session
    with Session.open(args.file, readonly=True) as s:
        years = [args.year] if args.year else s.years()
        profile = s.profile(s.latest_year())
        print(f"学校：{profile.get('name', '（未填写）')}　学校标识码：{profile.get('code', '（未填写）')}")
        print(f"年度：{'、'.join(str(y) for y in s.years())}")
        for year in years:
            data = s.snapshot(year, with_history=False)
            print(f"\n== {year} 年度 · {data.edition.title} · {data.edition.level_label}报告 "
                  f"· 统计时段 {data.report.period_start} 至 {data.report.period_end}")
            for p in narrative_progress(data):
                target = f"（至少 {p.target} 字）" if p.target else ""
                print(f"  {p.status}  {p.title}：{p.done} 字{target}")
            for p in table_progress(data):
                print(f"  {p.status}  {p.title}：已填 {p.done}/{p.target} 项")
            for p in list_progress(data):
                print(f"  {p.status}  名单 {p.title}：{p.done} 行")
            print(f"  案例 {len(data.document.cases())} 个，图片 {len(data.photos)} 张")


def cmd_content(args):
    """The year's document as JSON (docs/content-format.md), or replaced from a JSON file."""
    from vqdesk.core.session import Session
    if not args.load:
        with Session.open(args.file, readonly=True) as s:
            print(json.dumps(s.content(args.year), ensure_ascii=False, indent=2))
        return
    source = Path(args.load)
    try:
        doc = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise VqdeskError(f"无法读取内容文件“{source.name}”：{reason_of(exc)}。") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f"第 {exc.lineno} 行第 {exc.colno} 列" if isinstance(exc, json.JSONDecodeError) else ""
        raise VqdeskError(f"内容文件“{source.name}”不是 UTF-8 编码的 JSON{where}，未做任何修改。") from None
    from vqdesk.core.document import ContentError
    with Session.open(args.file) as s:
        year = args.year or s.latest_year()
        try:
            loaded = s.load_content(year, doc, base_folder=source.resolve().parent)
        except ContentError as exc:
            raise VqdeskError(f"{exc}。内容未做任何修改。") from None
        nodes, blocks = len(loaded.nodes()), sum(1 for _ in loaded.blocks())
    print(f"已替换 {year} 年度的内容：{nodes} 个标题，{blocks} 个内容块。")


def cmd_validate(args):
    from vqdesk.core.findings import SEVERITY_LABELS
    from vqdesk.core.session import Session
    from vqdesk.core import validation
    with Session.open(args.file, readonly=True) as s:
        data = s.snapshot(args.year)
    findings = validation.validate(data)
    counts = validation.summarise(findings)
    if args.json:
        print(json.dumps({"year": data.year, "counts": counts,
                          "findings": [f.to_dict(data.edition) for f in findings]},
                         ensure_ascii=False, indent=1))
    else:
        for f in findings:
            print(f"[{SEVERITY_LABELS[f.severity]}] {f.place.describe(data.edition)}：{f.message}（{f.rule}）")
        print(f"{data.year} 年度：错误 {counts['error']} 个，警告 {counts['warning']} 个，提示 {counts['info']} 个")
    return EXIT_FINDINGS if counts["error"] else 0


def cmd_export(args):
    from vqdesk.core.session import Session
    if not args.xlsx and not args.pdf and not args.docx:
        raise VqdeskError("请用 --xlsx、--pdf 或 --docx 指定要导出的文件。")
    from vqdesk.core import validation
    with Session.open(args.file, readonly=True) as s:
        data = s.snapshot(args.year)
        findings = validation.validate(data)
        if args.xlsx:
            from vqdesk.core import excel
            out = excel.export_workbook(data, Path(args.xlsx), findings=findings, app_version=__version__)
            print(f"已导出 Excel：{out}")
        if args.pdf:
            from vqdesk.core import pdf
            draft = pdf.is_draft(findings, args.final)
            notes = []
            out = pdf.build_pdf(data, Path(args.pdf), photo_data=s.photo_data, final=not draft,
                                warnings=notes)
            _print_pdf_notes(data, findings, draft, notes)
            print(f"已导出 PDF：{out}")
        if args.docx:
            from vqdesk.core import pdf
            from vqdesk.core.docx_export import build_docx
            draft, notes = pdf.is_draft(findings, args.final), []
            out = build_docx(data, Path(args.docx), photo_data=s.photo_data, final=not draft, warnings=notes)
            if draft and not args.pdf:           # with --pdf its lines list the errors already
                print("报告还有错误（见 vqdesk validate），Word 文件页眉标“草稿”；改正后重新导出，或加 --final。")
            for note in notes:
                print(f"注意：{note}")
            print(f"已导出 Word：{out}")


def _print_pdf_notes(data, findings, draft: bool, notes: list):
    """Why the PDF is a draft (or which errors a final copy still has), and what was left out."""
    from vqdesk.core.findings import SEVERITY_LABELS
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        print(f"报告还有 {len(errors)} 个错误，" +
              ("PDF 带“草稿”水印；改正后重新导出，或加 --final 导出正式版：" if draft
               else "已按 --final 导出正式版（无水印），请确认这些错误："))
        for f in errors:
            print(f"  [{SEVERITY_LABELS[f.severity]}] {f.place.describe(data.edition)}：{f.message}")
    for note in notes:
        print(f"注意：{note}")


def cmd_import(args):
    from vqdesk.core.excel.importer import count_imported
    from vqdesk.core.session import Session
    with Session.open(args.file, readonly=args.dry_run, backup=not args.dry_run) as s:
        if s.readonly and not args.dry_run:      # say so before reading the workbook
            raise VqdeskError(s.readonly_reason or f"文件“{args.file}”以只读方式打开，不能导入。")
        year = args.year or s.latest_year()
        content, plan = s.plan_workbook_import(year, Path(args.xlsx), mode=args.mode)
        report = content.report
        for problem in report.problems:
            print(problem, file=sys.stderr)
        if report.errors and not args.partial:
            print(f"发现 {len(report.errors)} 个错误，未导入任何数据（可加 --partial 只导入无误的部分）。",
                  file=sys.stderr)
            if args.dry_run:
                print(plan.text())
            return EXIT_ERROR
        if args.dry_run:
            print(plan.text())
            print("（--dry-run：未写入任何内容）")
            return EXIT_ERROR if report.errors else 0
        if plan.empty:
            print(plan.summary())
            return EXIT_ERROR if report.errors else 0
        s.apply_import_plan(year, plan)
        count_imported(report, content, plan)
    rows = sum(report.rows_imported.values())
    print(f"已导入 {year} 年度：指标 {report.values_imported} 项，名单 {rows} 行。")
    print(plan.text())
    return EXIT_ERROR if report.errors else 0


def cmd_aggregate(args):
    from vqdesk.cli_aggregate import run
    return run(args, _report_path)


def cmd_school_attribute(args):
    from vqdesk.cli_aggregate import run_attributes
    return run_attributes(args, _report_path)


def cmd_use_case(args):
    from vqdesk.cli_library import run_case
    return run_case(args, _report_path)


def cmd_use_photo(args):
    from vqdesk.cli_library import run_photo
    return run_photo(args, _report_path)


def cmd_backups(args):
    from vqdesk.core.store import backups
    if args.file is None and args.keep is None:
        raise VqdeskError("请指定报告文件，或用 --keep N 设置保留的备份份数。")
    if args.keep is not None:
        backups.set_keep_count(args.keep)
        print(f"已设置：每个报告文件保留最近 {args.keep} 份自动备份。")
        if args.file is None:
            return
        backups.prune(Path(args.file))
    path = Path(args.file)
    found = backups.list_backups(path)
    if not found:
        print(f"“{path.name}”还没有自动备份。每次打开文件编辑时会自动备份。")
        return
    print(f"“{path.name}”的自动备份（保留最近 {backups.keep_count()} 份，最新的在前）：")
    for n, b in enumerate(found, start=1):
        edited = f"（最后修改于 {b.last_edit}）" if b.last_edit else ""
        print(f"{n:>3}  {b.label}  {_size(b.size):>8}  {b.summary}{edited}")
    print(f"恢复：vqdesk restore {args.file} --backup 编号")


def cmd_restore(args):
    from vqdesk.core.store import backups
    path = Path(args.file)
    if args.source:
        source, what = Path(args.source), f"文件“{Path(args.source).name}”"
    else:
        found = backups.list_backups(path)
        if not 1 <= args.backup <= len(found):
            raise VqdeskError(f"没有编号为 {args.backup} 的备份：“{path.name}”共有 {len(found)} 份备份"
                              f"（vqdesk backups {args.file} 可查看）。")
        source, what = found[args.backup - 1].path, f" {found[args.backup - 1].label} 的备份"
    safety = backups.restore(path, source)
    print(f"已用{what}恢复“{path.name}”。")
    if safety is not None:
        print(f"恢复前的内容已保存为备份（vqdesk backups {args.file} 可查看，编号 1）。")


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def _report_path(name: str) -> Path:
    path = Path(name)
    return path if path.suffix else path.with_suffix(FILE_SUFFIX)


COMMANDS = {"templates": cmd_templates, "new": cmd_new, "demo": cmd_demo, "info": cmd_info,
            "validate": cmd_validate, "export": cmd_export, "import": cmd_import,
            "aggregate": cmd_aggregate, "content": cmd_content, "backups": cmd_backups,
            "restore": cmd_restore, "import-docx": cmd_import_docx,
            "use-case": cmd_use_case, "use-photo": cmd_use_photo, "school-attribute": cmd_school_attribute}
