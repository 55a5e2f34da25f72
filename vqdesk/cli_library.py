"""`vqdesk use-case` and `vqdesk use-photo`: the bureau puts a school's case or photos from the
regional file's libraries (各校案例, 各校图片) under a heading of its report; each keeps its
school, printed as “（来源：某某学校）”."""

from vqdesk.core.errors import InputError


def add_case_arguments(p):
    _common(p)
    p.add_argument("--case", type=int, metavar="N", help="要选用的案例序号（见 --list）")


def add_photo_arguments(p):
    _common(p)
    p.add_argument("--photo", type=int, action="append", default=[], metavar="N",
                   help="要选用的图片序号（见 --list），可重复：多张放在同一图片组中")


def _common(p):
    p.add_argument("file", help="区县或地市报告文件")
    p.add_argument("--year", type=int, help="年度（默认最新年度）")
    p.add_argument("--list", action="store_true", help="列出图库/案例库（序号、来源学校、所在部分……）")
    p.add_argument("--school", help="与 --list 同用：只列出这所学校的")
    p.add_argument("--under", metavar="标题", help="放在哪个标题下：印出的编号（如 2.1）或标题文字")


def run_case(args, report_path) -> int:
    return _run(args, report_path, "school_cases")


def run_photo(args, report_path) -> int:
    return _run(args, report_path, "school_photos")


def _run(args, report_path, list_id: str) -> int:
    from vqdesk.core.aggregate import library
    from vqdesk.core.session import Session
    chosen = ([args.case] if args.case is not None else []) if list_id == "school_cases" else args.photo
    what = "--case N" if list_id == "school_cases" else "--photo N"
    if not args.list and not chosen:
        raise InputError(f"请用 --list 查看可选用的条目，或用 {what} --under 标题 选用一条。")
    if chosen and not args.under:
        raise InputError("请用 --under 指定放在哪个标题下（印出的编号如 2.1，或标题文字）。")
    with Session.open(report_path(args.file), readonly=not chosen) as s:
        year = args.year or s.latest_year()
        if year not in s.years():
            raise InputError(f"文件中没有 {year} 年度（已有：{'、'.join(str(y) for y in s.years())}）。")
        if list_id not in {rl.id for rl in s.edition(year).record_lists}:
            raise InputError("这不是区县或地市报告：只有汇总生成的区域报告才有各校案例和各校图片。")
        if args.list:
            _print_list(s, year, list_id, args.school)
        if not chosen:
            return 0
        node = find_heading(s.document(year), args.under)
        if list_id == "school_cases":
            row = library.library_rows(s, year, list_id, chosen)[0]
            s.add_block(node.id, library.school_case_block(row))
            print(f"已将{row['school']}的案例“{row['title']}”放在“{node.title}”下（注明来源学校）。")
        else:
            rows = library.library_rows(s, year, list_id, chosen)
            library.use_school_photos(s, year, node.id, chosen)
            schools = "、".join(dict.fromkeys(r["school"] for r in rows))
            print(f"已将 {len(rows)} 张图片（{schools}）放在“{node.title}”下（图题下注明来源学校）。")
    return 0


def _print_list(s, year: int, list_id: str, school: str | None):
    rows = [r.data for r in s.records(year, list_id)]
    if list_id == "school_cases":
        header = "序号\t来源学校\t所在部分\t案例标题\t字数"
        line = lambda n, r: f"{n}\t{r.get('school', '')}\t{r.get('part', '')}\t{r.get('title', '')}\t{r.get('chars', 0)}"  # noqa: E731
    else:
        header = "序号\t来源学校\t所在部分\t图题\t文件名"
        line = lambda n, r: f"{n}\t{r.get('school', '')}\t{r.get('part', '')}\t{r.get('caption', '')}\t{r.get('filename', '')}"  # noqa: E731
    shown = [(n, r) for n, r in enumerate(rows, start=1) if not school or r.get("school") == school.strip()]
    if not shown:
        have = "、".join(dict.fromkeys(r.get("school", "") for r in rows)) or "无"
        print(f"{year} 年度没有{'“' + school + '”的' if school else ''}条目（有条目的学校：{have}）。")
        return
    print(header)
    for n, r in shown:
        print(line(n, r))


def find_heading(doc, text: str):
    """The heading named by its printed number (“2.1”, “（一）”), its position (“2.1” = second
    chapter's first section), its numbered title or its title; one, or a clear error."""
    from vqdesk.core.document.numbering import heading_numbers, titled
    want = text.strip()
    numbers = heading_numbers(doc)
    nodes = [node for _, _, node in doc.walk()]
    positions = {node.id: ".".join(str(i + 1) for i in path) for _, path, node in doc.walk()}
    for test in (lambda n: titled(numbers[n.id], n.title) == want or n.title == want,
                 lambda n: numbers[n.id] == want or numbers[n.id].rstrip("、.．") == want,
                 lambda n: positions[n.id] == want):
        found = [n for n in nodes if test(n)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = "、".join(f"“{titled(numbers[n.id], n.title)}”" for n in found[:6])
            raise InputError(f"“{want}”对应多个标题：{names}……请写完整的标题，或写位置编号（如 2.1）。")
    partial = [n for n in nodes if want and want in n.title]
    if len(partial) == 1:
        return partial[0]
    hint = "、".join(f"“{titled(numbers[n.id], n.title)}”" for n in (partial or nodes)[:6])
    raise InputError(f"报告中没有标题“{want}”。{'包含它的有' if partial else '例如'}：{hint}。")
