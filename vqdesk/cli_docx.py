"""`vqdesk import-docx FILE IN.docx [--year Y] [--dry-run]`: a report written in Word brought
into a year of the report file, after a preview of the outline it will become."""

from pathlib import Path

from vqdesk.core.errors import VqdeskError


def add_import_docx_parser(sub):
    p = sub.add_parser("import-docx", help="从 Word 文件（.docx）导入一个年度的大纲和内容（先预览，整体替换）")
    p.add_argument("file", help="报告文件")
    p.add_argument("docx", metavar="IN.docx", help="要导入的 Word 文件（如去年的质量年报）")
    p.add_argument("--year", type=int, help="导入到哪个年度（默认最新年度）")
    p.add_argument("--dry-run", action="store_true", help="只显示将导入的大纲和未能导入的内容，不做任何修改")


def cmd_import_docx(args):
    from vqdesk.core.docx_import import preview_lines, read_docx
    from vqdesk.core.session import Session
    source = Path(args.docx)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise VqdeskError(f"找不到 Word 文件“{source}”。") from None
    except OSError as exc:
        raise VqdeskError(f"无法读取 Word 文件“{source.name}”：{exc.strerror or exc}。") from None
    with Session.open(args.file, readonly=args.dry_run) as s:
        year = args.year or s.latest_year()
        edition = s.edition(year)          # a missing year is named here, before anything is read
        plan = read_docx(data, source.name, edition)
        if plan.is_empty():
            raise VqdeskError(f"“{source.name}”中没有找到可以导入的标题或正文，未做任何修改。")
        for line in preview_lines(plan, s.own_content(year), s.settings(year).get("numbering")):
            print(line)
        if args.dry_run:
            print("（试运行：报告文件未做任何修改。去掉 --dry-run 即按上面的大纲导入。）")
            return
        s.import_docx(year, plan)
        nodes = sum(1 for _ in plan.walk())
    print(f"已从“{source.name}”导入 {year} 年度：{nodes} 个标题，{len(plan.images)} 张图片。"
          f"导入前的内容在打开文件时已自动备份（vqdesk backups {args.file} 可查看）。")
