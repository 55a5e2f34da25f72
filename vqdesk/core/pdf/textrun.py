"""Writing one run of text into the page as PDF operators, without reportlab's text object.

Body text is drawn run by run (a run: characters of one font sharing one character spacing), and
reportlab's PDFTextObject costs about as much per run as the line breaking of the whole text: it
validates every attribute it sets and keeps state a run never uses.  For the embedded TrueType
fonts vqdesk prints with, a run here is the same operators reportlab writes (BT, Tm, Tc, Tf per
font subset, Tj, ET).  The font set inside BT … ET outlives it in the PDF's graphics state, so
callers draw runs only inside a flowable's drawOn, whose restoreState undoes it; other fonts
(reportlab's built-in CID fonts when no TrueType font was found) take reportlab's own path.
"""

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics


def draw_run(canv, face: str, size: float, x: float, y: float, text: str, spacing: float = 0.0):
    """Draw `text` in font `face` at `size` with its baseline starting at (x, y)."""
    font = pdfmetrics.getFont(face)
    if not getattr(font, "_dynamicFont", False) or getattr(font, "shapable", False):
        _reportlab_run(canv, face, size, x, y, text, spacing)
        return
    doc = canv._doc
    ops = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
    if spacing:
        ops.append(f"{fp_str(spacing)} Tc")
    # A CJK run jumps between 256-glyph subsets every few characters: each subset's font
    # operator is made once per document and size.
    names = canv.__dict__.setdefault("_vq_subset_fonts", {})
    for subset, data in font.splitString(text, doc):
        key = (face, subset, size)
        tf = names.get(key)
        if tf is None:
            tf = names[key] = f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf"
        if ops[-1] is not tf:
            ops.append(tf)
        ops.append(f"({escapePDF(data)}) Tj")
    if spacing:
        ops.append("0 Tc")
    ops.append("ET")
    canv._code.append(" ".join(ops))


def _reportlab_run(canv, face, size, x, y, text, spacing):
    obj = canv.beginText(x, y)
    obj.setFont(face, size)
    if spacing:
        obj.setCharSpace(spacing)
    obj.textOut(text)
    if spacing:
        obj.setCharSpace(0)             # Tc outlives the text object: reset it
    canv.drawText(obj)
