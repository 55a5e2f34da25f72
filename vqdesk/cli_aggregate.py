"""`vqdesk aggregate`: the bureau's command (argument set and handler, kept out of cli.py)."""

from pathlib import Path

from vqdesk.core.errors import VqdeskError


def add_arguments(p):
    p.add_argument("--level", required=True, choices=["district", "city"])
    p.add_argument("--name", required=True, help="区域名称，如 示例市")
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--expect", help="应报送学校名单（文本文件，每行一所），用于列出未报送的学校")
    p.add_argument("--edition", help="区域报告模板，或学校模板（用其区县/地市汇总版）；默认按各校所用模板选择")
    p.add_argument("--dry-run", action="store_true", help="只列出将要发生的变化（新增/更新的学校、变化的指标），不写入")
    p.add_argument("--history", type=int, default=1, metavar="N",
                   help="同时汇总各校文件中此前的年度（共近 N 年，如 3），区域文件中已有的年度不重算")
    p.add_argument("--status-xlsx", metavar="BOOK.xlsx", help="另存教育局内部工作表：各校文件、状态、错误数和校验问题")
    p.add_argument("--set", dest="assignments", action="append", default=[], metavar="学校:属性=值",
                   help="汇总后修改辖区学校的属性（类别、隶属、性质、规划分类、荣誉等），可重复；以后重新汇总时保留")
    p.add_argument("out", help="区域报告文件（已存在时：新增年度，或更新该年度的数据，正文、案例、大纲和设置不变）")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="学校报告文件或学校导出的 Excel")


def run(args, report_path) -> int:
    from vqdesk.core import aggregate
    out = report_path(args.out)
    if args.inputs:
        inputs = [Path(p) for p in args.inputs]
        missing = [str(p) for p in inputs if not p.exists()]
        if missing:
            raise VqdeskError(f"找不到输入文件：{'、'.join(missing)}。")
        options = dict(level=args.level, name=args.name, inputs=inputs, expected=_expected(args.expect),
                       edition_id=args.edition, dry_run=args.dry_run)
        if args.history > 1 and not args.dry_run:
            for result in aggregate.aggregate_with_history(out, year=args.year, span=args.history, **options):
                print(result.summary())
        else:
            result = aggregate.aggregate_files(out, year=args.year, **options)
            print(result.summary())
        if args.dry_run:
            return 0
    if args.assignments:
        _assign(out, args.year, args.assignments)
    if args.status_xlsx:
        from vqdesk.core.aggregate.status import write_status_book
        from vqdesk.core.session import Session
        with Session.open(out, readonly=True) as s:
            print(f"已导出内部工作表：{write_status_book(s.snapshot(args.year, with_history=False), args.status_xlsx)}")
    return 0


def _expected(path) -> list:
    if not path:
        return []
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise VqdeskError(f"无法读取应报送学校名单“{path}”：{exc}") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def _assign(out: Path, year: int, assignments):
    from vqdesk.core.aggregate.schools import parse_assignment, set_school_attribute
    from vqdesk.core.session import Session
    parsed = [parse_assignment(a) for a in assignments]        # all checked before any is written
    with Session.open(out) as s:
        with s.db.atomic():
            for school, name, value in parsed:
                set_school_attribute(s, year, school, name, value)
    print(f"已修改学校属性 {len(parsed)} 项。")


def add_attribute_arguments(p):
    """`vqdesk school-attribute`: the bureau's edit of its schools' attributes, without aggregating."""
    p.add_argument("file", help="区县或地市报告文件")
    p.add_argument("assignments", nargs="+", metavar="学校:属性=值",
                   help="如 凉州区职业中等专业学校:性质=公办；属性：类别、隶属、性质、规划分类、区县、荣誉、标识码")
    p.add_argument("--year", type=int, help="年度（默认最新年度）")


def run_attributes(args, report_path) -> int:
    from vqdesk.core.session import Session
    out = report_path(args.file)
    if not out.exists():
        raise VqdeskError(f"找不到报告文件“{out}”。")
    with Session.open(out, readonly=True) as s:
        years = s.years()
    year = args.year or (max(years) if years else None)
    if year not in years:
        raise VqdeskError(f"报告文件中没有 {args.year} 年度（已有：{'、'.join(map(str, years)) or '无'}）。")
    _assign(out, year, args.assignments)
    return 0
