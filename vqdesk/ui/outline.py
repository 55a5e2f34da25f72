"""What the UI says about the report's own outline: heading numbers and case labels as the report
numbers them (settings["numbering"], settings["cases"]), and each node's length target."""

_DIGITS = "零一二三四五六七八九"
#: Heading pattern per outline depth (0 = chapter).
HEADING_KEYS = ("chapter", "section", "level3", "level4")
#: No space between a label ending in one of these and the title: “一、基本情况”, “（一）沿革”.
_TIGHT = "、）)】．"


def chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一 (headings and cases never reach 100)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def fill(pattern: str, n: int, levels=(0, 0)) -> str:
    """A label pattern with {n}, {cn}, {chapter} and {section} filled in."""
    chapter, section = levels
    return (pattern.replace("{cn}", chinese_numeral(n)).replace("{n}", str(n))
            .replace("{chapter}", str(chapter)).replace("{section}", str(section)))


def heading_labels(doc) -> dict[int, str]:
    """Node id -> its number as printed (“1”, “1.2”, “（一）”), following settings["numbering"]."""
    numbering = (doc.settings or {}).get("numbering", {})
    labels = {}

    def walk(nodes, depth, levels):
        for n, node in enumerate(nodes, start=1):
            here = levels + (n,)
            pattern = numbering.get(HEADING_KEYS[min(depth, 3)], "{n}")
            labels[node.id] = fill(pattern, n, (here + (0, 0))[:2])
            walk(node.children, depth + 1, here)

    walk(doc.outline, 0, ())
    return labels


def titled(label: str, title: str) -> str:
    """“1.2 立德树人”, but “一、基本情况” and “（一）校园文化”."""
    if not label:
        return title
    return f"{label}{title}" if label[-1] in _TIGHT else f"{label} {title}"


def node_captions(doc) -> dict[int, str]:
    """Node id -> numbered title, for the tree, lists and messages."""
    labels = heading_labels(doc)
    return {node.id: titled(labels[node.id], node.title) for node in doc.nodes()}


def chapter_numbers(doc) -> dict[int, int]:
    """Node id -> the number of the chapter it belongs to."""
    out = {}
    for n, chapter in enumerate(doc.outline, start=1):
        for _, _, node in chapter.walk():
            out[node.id] = n
    return out


def case_labels(doc) -> dict[int, str]:
    """Case block id -> “【案例 2-1】” from settings["cases"] (flat or per chapter)."""
    rules = (doc.settings or {}).get("cases", {})
    pattern, per_chapter = rules.get("label", "案例 {n}"), rules.get("numbering") == "per_chapter"
    chapters, counts, out = chapter_numbers(doc), {}, {}
    for node, case in doc.cases():
        chapter = chapters.get(node.id, 1)
        scope = chapter if per_chapter else 0
        counts[scope] = counts.get(scope, 0) + 1
        out[case.id] = fill(pattern, counts[scope], (chapter, 0))
    return out


def node_depth(doc, node_id: int) -> int:
    """0 for a chapter, 1 for a section … 3 for a level-4 heading."""
    return next(depth for depth, _, node in doc.walk() if node.id == node_id)


def parent_of(doc, node_id: int):
    """The parent node, or None for a chapter."""
    for node in doc.nodes():
        if any(child.id == node_id for child in node.children):
            return node
    return None


def siblings(doc, node_id: int) -> list:
    parent = parent_of(doc, node_id)
    return parent.children if parent is not None else doc.outline


def length_target(edition, node) -> tuple[int, int]:
    """(min, max) characters of the edition part a node carries; max 0 = no upper bound."""
    part = edition.part(node.edition_part) if node is not None and node.edition_part else None
    return (part.min_chars, part.max_chars) if part is not None else (0, 0)


def preface_target(edition) -> tuple[int, int]:
    fm = edition.front_matter
    return fm.preface_min_chars, fm.preface_max_chars


def first_text(blocks):
    """The first text block of a node's (or a case's) own blocks, or None."""
    return next((b for b in blocks if b.kind == "text"), None)


def other_text(blocks) -> str:
    """The text of every text block but the first (what the one-box editor does not show)."""
    texts = [b.text for b in blocks if b.kind == "text"]
    return "\n".join(texts[1:])
