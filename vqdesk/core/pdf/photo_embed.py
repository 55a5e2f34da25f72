"""Photos into the PDF as they are stored: a JPEG's own bytes, a PNG's own compressed pixels.

reportlab's Image decodes every picture to raw pixels twice: once to name it (a digest of all its
pixels) and once more to compress those pixels afresh, even a JPEG, which it then embeds as is.
For the photos vqdesk prints (images.printable_image makes every one a JPEG or an 8-bit PNG) a
PDF needs no decoding at all:
- a JPEG is embedded whole (DCTDecode);
- an 8-bit grey or RGB PNG without transparency or interlacing keeps its zlib stream (its IDAT
  chunks) with the PNG predictors declared (FlateDecode, /Predictor 15), as PDF 1.2 allows;
- anything else goes through reportlab's own path.
The image is named by a digest of its bytes, so a photo used twice is stored once.
"""

import hashlib
import io
import struct

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import Flowable

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: PNG colour type -> (PDF colour space, components); 0 grey, 2 RGB.
_PNG_COLOURS = {0: ("DeviceGray", 1), 2: ("DeviceRGB", 3)}


class PhotoFlowable(Flowable):
    """`data` (JPEG or PNG bytes) drawn `width` × `height` points."""

    def __init__(self, data: bytes, width: float, height: float):
        super().__init__()
        self.data = data
        self.drawWidth, self.drawHeight = width, height

    def wrap(self, availWidth, availHeight):
        return self.drawWidth, self.drawHeight

    def draw(self):
        draw_photo(self.canv, self.data, 0, 0, self.drawWidth, self.drawHeight)


def draw_photo(canv, data: bytes, x: float, y: float, width: float, height: float):
    name = _embedded(canv, data)
    canv._currentPageHasImages = 1
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv._code.append(f"/{canv._doc.getXObjectName(name)} Do")
    canv.restoreState()
    canv._formsinuse.append(name)


def _embedded(canv, data: bytes) -> str:
    """The name of the image XObject holding `data`, made on first use."""
    name = "vqphoto" + hashlib.md5(data).hexdigest()
    doc = canv._doc
    reg_name = doc.getXObjectName(name)
    if doc.idToObject.get(reg_name) is None:
        image = image_xobject(name, data)
        canv._setXObjects(image)
        doc.Reference(image, reg_name)
        doc.addForm(name, image)
    return name


def image_xobject(name: str, data: bytes) -> pdfdoc.PDFImageXObject:
    """The PDF image of `data`: passed through when it can be, decoded by reportlab otherwise."""
    if data.startswith(b"\xff\xd8"):
        image = pdfdoc.PDFImageXObject(name)
        if image.loadImageFromJPEG(io.BytesIO(data)):
            # binary, as it is: reportlab's default would also ASCII85-encode it (a quarter larger)
            image.streamContent, image._filters = data, ("DCTDecode",)
            return image
    if data.startswith(_PNG_SIGNATURE):
        png = _png_stream(data)
        if png is not None:
            return PngImageXObject(name, *png)
    image = pdfdoc.PDFImageXObject(name, ImageReader(io.BytesIO(data)))
    image.name = name
    return image


class PngImageXObject(pdfdoc.PDFImageXObject):
    """A PNG's zlib stream as a PDF image, with the PNG predictors declared."""

    def __init__(self, name, width, height, colour_space, components, stream):
        super().__init__(name)
        self.width, self.height = width, height
        self.bitsPerComponent = 8
        self.colorSpace = colour_space
        self.components = components
        self.streamContent = stream
        self._filters = ("FlateDecode",)
        self.mask = None

    def format(self, document):
        stream = pdfdoc.PDFStream(content=self.streamContent)
        entries = {"Type": pdfdoc.PDFName("XObject"), "Subtype": pdfdoc.PDFName("Image"),
                   "Width": self.width, "Height": self.height, "BitsPerComponent": 8,
                   "ColorSpace": pdfdoc.PDFName(self.colorSpace), "Filter": pdfdoc.PDFName("FlateDecode"),
                   "DecodeParms": pdfdoc.PDFDictionary({"Predictor": 15, "Colors": self.components,
                                                         "BitsPerComponent": 8, "Columns": self.width}),
                   "Length": len(self.streamContent)}
        for key, value in entries.items():
            stream.dictionary[key] = value
        return stream.format(document)


def _png_stream(data: bytes):
    """(width, height, colour space, components, IDAT bytes) of a PNG a PDF can take as is, or
    None: other bit depths, palettes, alpha, transparency chunks, interlacing, damage."""
    pos, idat, header = len(_PNG_SIGNATURE), [], None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) < length:
            return None
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body[:13])
        elif kind == b"IDAT":
            idat.append(body)
        elif kind in (b"tRNS", b"PLTE"):
            return None
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None or not idat:
        return None
    width, height, depth, colour, compression, filtering, interlace = header
    if depth != 8 or colour not in _PNG_COLOURS or compression or filtering or interlace:
        return None
    space, components = _PNG_COLOURS[colour]
    return width, height, space, components, b"".join(idat)
