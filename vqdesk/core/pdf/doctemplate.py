"""The document template: A4 after GB/T 9704 margins, cover / front-matter / body / back-cover page templates,
and the bookkeeping that turns headings into TOC entries, bookmarks and the PDF outline."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from vqdesk.core.pdf import page_decor, pdfmeta
from vqdesk.core.pdf.flowables import TOCHeading
from vqdesk.core.pdf.toc import fill_numbers

#: How a reader's page box names the pages: as printed (i, ii… then 1, 2…), 封面 and 封底.
PAGE_LABELS = {"cover": dict(prefix="封面"), "front": dict(style="ROMAN_LOWER", start=1),
               "body": dict(style="ARABIC", start=1),
               "back": dict(prefix="封底")}
MARGINS = dict(topMargin=37 * mm, leftMargin=28 * mm, rightMargin=26 * mm, bottomMargin=35 * mm)


def grid_margins(size: float) -> dict:
    """GB/T 9704-like margins, widened evenly so the text block is a whole number of characters
    at the body size: a full line of CJK text then needs no stretching at all."""
    free = A4[0] - MARGINS["leftMargin"] - MARGINS["rightMargin"]
    spare = free - (free // size) * size
    return dict(MARGINS, leftMargin=MARGINS["leftMargin"] + spare / 2,
                rightMargin=MARGINS["rightMargin"] + spare / 2)


class ReportDocTemplate(BaseDocTemplate):
    """One report PDF being built; page labels restart at the first body page."""

    def __init__(self, filename, *, fonts, header_text: str, draft: bool, grid: float = 12, **meta):
        # The canvas's opening font is the body font: reportlab otherwise writes an empty
        # "BT /F1 12 Tf ET" with Helvetica, which preflight flags as an unembedded font.
        super().__init__(filename, pagesize=A4, lang="zh-CN", initialFontName=fonts["song"],
                         **grid_margins(grid), **meta)
        self.fonts = fonts
        self.header_text = header_text
        self.draft = draft
        self.starts: dict[str, int] = {}
        self.registered: set = set()
        self.page_of: dict[str, int] = {}           # entry key -> printed page number
        self.pending_numbers: list = []             # toc.PendingNumber, filled at the end
        self.forms_due: list = []                   # forms of the entry line being drawn
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="text",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def starter(kind, furniture):
            def on_page(canvas, doc):
                if kind not in doc.starts:
                    doc.starts[kind] = canvas.getPageNumber()
                    canvas.addPageLabel(canvas.getPageNumber() - 1, **PAGE_LABELS[kind])
                for draw in furniture:
                    draw(canvas, doc)
            return on_page

        self.addPageTemplates([
            PageTemplate("cover", [frame], onPage=starter("cover", ()),
                         onPageEnd=page_decor.draw_watermark),
            PageTemplate("front", [frame], onPage=starter("front", (page_decor.draw_footer,)),
                         onPageEnd=page_decor.draw_watermark),
            PageTemplate("body", [frame], onPage=starter("body", (page_decor.draw_header,
                                                                   page_decor.draw_footer)),
                         onPageEnd=page_decor.draw_watermark),
            PageTemplate("back", [frame], onPage=starter("back", ()), onPageEnd=page_decor.draw_watermark),
        ])

    #: Passes built so far: one, unless the lists' entries were not those printed (toc.py).
    passes = 0

    def multiBuild(self, story, **kwargs):
        self.passes = 0
        return super().multiBuild(story, **kwargs)

    def build(self, flowables, filename=None, canvasmaker=Canvas):
        self.passes += 1
        super().build(flowables, filename, canvasmaker)

    def _endBuild(self):
        # Once the last page is laid out the lists' page numbers are known; they are filled in
        # before the file is saved (multiBuild saves after the pass, a plain build inside it).
        saving, self._doSave = getattr(self, "_doSave", 1), 0
        super()._endBuild()
        fill_numbers(self.canv, self.pending_numbers, self.page_of)
        self._doSave = saving
        if saving:
            self.canv.save()

    def beforeDocument(self):
        # Every multiBuild pass starts afresh; entries are collected again.
        self.starts = {}
        self.registered = set()
        self.page_of = {}
        self.pending_numbers = []
        self.forms_due = []
        pdfmeta.apply(self.canv, self)

    def logical_page(self, physical: int) -> int:
        """The printed body page number (1 on the first body page)."""
        start = self.starts.get("body")
        return physical - start + 1 if start else physical

    def page_label(self, physical: int) -> str:
        body, front = self.starts.get("body"), self.starts.get("front")
        if body and physical >= body:
            return f"- {physical - body + 1} -"
        if front and physical >= front:
            return page_decor.roman(physical - front + 1)
        return ""

    def afterFlowable(self, flowable):
        if isinstance(flowable, TOCHeading) and flowable.meta:
            self.register(flowable.meta)

    def register(self, meta):
        """Add a heading or caption to its list (目录, 表目录, …) and to the PDF outline, once."""
        if meta.key in self.registered:
            return
        self.registered.add(meta.key)
        page = self.logical_page(self.canv.getPageNumber())
        self.page_of[meta.key] = page
        if meta.list_kind:
            self.notify(meta.list_kind, (meta.level, meta.toc_markup, page, meta.key))
        if meta.outline_level is not None:
            self.canv.addOutlineEntry(meta.outline_title, meta.key, level=meta.outline_level,
                                      closed=meta.outline_level >= 1)
