"""How hard reportlab's Flate compression works on the report's streams.

reportlab compresses every page, font subset and image stream with zlib's default level (6).
On a report that was a tenth of the export's time; level 3 takes about half as long and makes
the streams about a tenth larger, which a printer or a school's web page does not notice.  Streams are still plain FlateDecode, readable by every PDF reader.
"""

import zlib

from reportlab.pdfbase import pdfdoc

#: zlib level for page, font and image streams.
LEVEL = 3


class _Zlib:
    """zlib with compress() at LEVEL; everything else is zlib's own."""

    @staticmethod
    def compress(data, level=LEVEL):
        return zlib.compress(data, level)

    def __getattr__(self, name):
        return getattr(zlib, name)


def install() -> None:
    """Point reportlab's PDF writer at the faster level (idempotent)."""
    if not isinstance(pdfdoc.zlib, _Zlib):
        pdfdoc.zlib = _Zlib()
