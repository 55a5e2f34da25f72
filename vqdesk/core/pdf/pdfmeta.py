"""Document metadata for print preflight and archives: an XMP packet repeating the Info
dictionary (title, author, subject, keywords, language), and the bookmarks panel open."""

from datetime import datetime, timezone
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP

_PACKET = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:subject><rdf:Bag>{subjects}</rdf:Bag></dc:subject>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>{keywords}</pdf:Keywords>
<pdf:Producer>ReportLab PDF Library</pdf:Producer>
<xmp:CreatorTool>vqdesk</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def xmp_packet(title: str, author: str, subject: str, keywords: list[str], lang: str) -> str:
    e = lambda s: escape(s or "")  # noqa: E731
    return _PACKET.format(title=e(title), author=e(author), subject=e(subject), lang=e(lang),
                          subjects="".join(f"<rdf:li>{e(k)}</rdf:li>" for k in keywords),
                          keywords=e("，".join(keywords)),
                          date=datetime.now(timezone.utc).replace(microsecond=0).isoformat())


def apply(canv, doc) -> None:
    """Open the bookmarks panel and attach the XMP packet built from `doc`'s metadata."""
    canv.showOutline()
    keywords = [k for k in (doc.keywords or "").split("，") if k]
    canv._doc.Catalog.Metadata = XMP(creator=lambda _pdf: xmp_packet(
        doc.title, doc.author, doc.subject, keywords, "zh-CN").encode("utf-8"))
