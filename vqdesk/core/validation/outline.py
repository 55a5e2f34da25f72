"""What the user sees of the document's places: numbered headings, labels and reading order.

Places carry store ids for the program and a label for people (“2 人才培养 › 2.1 立德树人”,
“案例：校企共育高技能人才”); messages quote the numbered heading, never an internal key.
"""

from vqdesk.core.findings import Place

_LEVELS = ("chapter", "section", "level3", "level4")
_DIGITS = "零一二三四五六七八九"
_SEPARATOR = " › "
#: A heading number ending in one of these is followed by the title without a space.
_CLOSING = ("、", "）", ")", ".", "．", "：", "】")


def chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (headings never reach 100)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def heading_number(pattern: str, n: int, above: tuple) -> str:
    """A heading's printed number from its settings.numbering pattern; `above` holds the
    numbers of the headings above it (chapter, section, level 3)."""
    out = pattern.replace("{cn}", chinese_numeral(n)).replace("{n}", str(n))
    for token, index in (("{chapter}", 0), ("{section}", 1), ("{sub}", 2)):
        out = out.replace(token, str(above[index]) if len(above) > index else "")
    return out


def numbered(number: str, title: str) -> str:
    """“2.1 立德树人”, “一、人才培养”, “（一）思政课程”: no space after a closing mark (as printed)."""
    if not number:
        return title
    return number + title if number.endswith(_CLOSING) else f"{number} {title}"


def subtree(node):
    """The node and every heading below it, in reading order."""
    return [n for _, _, n in node.walk()]


def subtree_text(node) -> str:
    """The text blocks of a heading and of the headings below it (not its cases')."""
    return "\n".join(t for n in subtree(node) if (t := n.text()))


def case_text(case) -> str:
    return "\n".join(b.text for b in case.children if b.kind == "text" and b.text.strip())


class Outline:
    """Labels and reading positions of one document's headings and blocks, computed once."""

    def __init__(self, doc):
        self.doc = doc
        numbering = doc.settings.get("numbering") or {}
        self._title, self._path, self._holder, self._case = {}, {}, {}, {}
        #: ("node" | "block", store id) -> position in reading order, for sorting findings
        self.order = {}
        titles = {}
        for depth, path, node in doc.walk():
            pattern = numbering.get(_LEVELS[depth], "") if depth < len(_LEVELS) else ""
            numbers = tuple(i + 1 for i in path)
            titles[path] = numbered(heading_number(pattern, numbers[-1], numbers[:-1]), node.title)
            self._title[id(node)] = titles[path]
            self._path[id(node)] = _SEPARATOR.join(titles[path[:k]] for k in range(1, len(path) + 1))
            self._index("node", node.id)
            for block in node.blocks:
                for inner in block.walk():
                    self._holder[id(inner)] = node
                    if inner is not block:
                        self._case[id(inner)] = block
                    self._index("block", inner.id)

    def _index(self, kind: str, store_id):
        if store_id is not None:
            self.order[(kind, store_id)] = len(self.order)

    # -- headings ------------------------------------------------------------------------------
    def title(self, node) -> str:
        """The numbered heading, “2.1 立德树人”."""
        return self._title[id(node)]

    def path(self, node) -> str:
        """The numbered headings down to this one, “2 人才培养 › 2.1 立德树人”."""
        return self._path[id(node)]

    def node_place(self, node) -> Place:
        return Place(kind="node", node=node.id, label=self.path(node))

    # -- blocks --------------------------------------------------------------------------------
    def holder(self, block):
        """The heading a block (or a case's inner block) stands under."""
        return self._holder[id(block)]

    def case_of(self, block):
        return self._case.get(id(block))

    def name(self, block) -> str:
        """How messages name where a block's text is: “2.1 立德树人”, or 案例“…” for a case."""
        case = block if block.kind == "case" else self.case_of(block)
        if case is None:
            return f"“{self.title(self.holder(block))}”"
        if case.title.strip():
            return f"案例“{case.title.strip()}”"
        return f"“{self.title(self.holder(block))}”中的案例"

    def block_label(self, block) -> str:
        case = block if block.kind == "case" else self.case_of(block)
        if case is not None and case.title.strip():
            base = f"案例：{case.title.strip()}"
        elif case is not None:
            base = f"{self.path(self.holder(block))}{_SEPARATOR}案例（无标题）"
        else:
            base = self.path(self.holder(block))
        if block.kind == "table":
            return f"{base}{_SEPARATOR}表格“{block.caption}”" if block.caption else f"{base}{_SEPARATOR}表格"
        if block.kind == "chart":
            return f"{base}{_SEPARATOR}图表“{block.caption}”" if block.caption else f"{base}{_SEPARATOR}图表"
        if block.kind == "photos":
            return f"{base}{_SEPARATOR}图片"
        return base

    def block_place(self, block) -> Place:
        return Place(kind="block", node=self.holder(block).id, block=block.id, label=self.block_label(block))
