"""Photos: checked before they are stored, and made printable before they go into the PDF.

Never decoded beyond a pixel budget (decompression bombs), always decoded fully before being
trusted (truncated files).  Pillow comes with reportlab, which needs it for images anyway.
"""

import io
import warnings
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageOps

from vqdesk.core.errors import InputError

#: Larger images are refused: 60 megapixels is beyond any camera a school uses for report photos.
MAX_PIXELS = 60_000_000
MAX_BYTES = 40 * 1024 * 1024
#: Longest side printed: 300 dpi across the widest a photo is printed (17 cm) needs ~2000 px.
MAX_PRINT_SIDE = 2400
JPEG_QUALITY = 90
_MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "BMP": "image/bmp",
         "WEBP": "image/webp", "TIFF": "image/tiff"}
_EXIF_ORIENTATION = 0x0112


@dataclass(frozen=True)
class ImageInfo:
    mime: str
    width: int
    height: int
    mode: str


@dataclass(frozen=True)
class PrintableImage:
    """Bytes reportlab embeds as they are (8-bit RGB or grey, upright, no transparency)."""
    data: bytes
    width: int
    height: int


def inspect_image(data: bytes, filename: str = "") -> ImageInfo:
    """Describe an image or raise InputError saying why it cannot be used."""
    name = filename or "图片"
    with _opened(data, name) as img:
        img.verify()                        # checksums (PNG CRCs …); leaves `img` unusable
    with _opened(data, name) as img:
        fmt, mode, (width, height) = img.format, img.mode, img.size
        _decode(img, name)                  # truncation shows only when every pixel is read
    if fmt not in _MIME:
        raise InputError(f"图片“{name}”的格式 {fmt} 不受支持，请使用 JPG 或 PNG。")
    return ImageInfo(mime=_MIME[fmt], width=width, height=height, mode=mode)


def printable_image(data: bytes, name: str = "图片") -> PrintableImage:
    """`data` ready for the PDF: turned upright (EXIF), 8-bit RGB or grey on white, at most
    MAX_PRINT_SIDE pixels; the original bytes when nothing needs changing.  Raises InputError."""
    with _opened(data, name) as img:
        if _prints_as_is(img, data):
            size = img.size
            _check_whole(img, data, name)
            return PrintableImage(data, *size)
        source_format = img.format
        if source_format == "JPEG":
            img.draft("RGB", (MAX_PRINT_SIDE, MAX_PRINT_SIDE))    # decode at 1/2, 1/4 … scale
        _decode(img, name)
        img = _upright(img)
        img.thumbnail((MAX_PRINT_SIDE, MAX_PRINT_SIDE), Image.Resampling.LANCZOS)
        img = _flat_8bit(img)
        out = io.BytesIO()
        if source_format == "JPEG":
            img.save(out, "JPEG", quality=JPEG_QUALITY)
        else:
            img.save(out, "PNG")            # drawings and screenshots stay sharp
        return PrintableImage(out.getvalue(), *img.size)


@contextmanager
def _opened(data: bytes, name: str):
    """The image with its header read (not its pixels), or InputError."""
    if len(data) > MAX_BYTES:
        raise InputError(f"图片“{name}”太大（{len(data) // (1024 * 1024)} MB），请压缩到 40 MB 以内。")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(f"图片“{name}”像素过多，可能是恶意文件，已拒绝。") from None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for broken files
        raise InputError(f"“{name}”不是可识别的图片文件，或文件已损坏。") from None
    with img:
        width, height = img.size
        if width <= 0 or height <= 0:
            raise InputError(f"图片“{name}”没有内容（{width}×{height}）。")
        if width * height > MAX_PIXELS:
            raise InputError(f"图片“{name}”像素过多（{width}×{height}），请缩小后再添加。")
        try:
            yield img
        except InputError:
            raise
        except Exception:  # noqa: BLE001 - verify() and friends raise anything on broken files
            raise _damaged(name) from None


def _decode(img, name: str):
    try:
        img.load()
    except Exception:  # noqa: BLE001 - truncated or corrupt pixel data
        raise _damaged(name) from None


def _check_whole(img, data: bytes, name: str):
    """Raise InputError unless every byte of the picture's data is there and sound, without
    decoding it at full size (the photo goes into the PDF as it is, not decoded): a PNG's chunks
    by their checksums, a JPEG decoded at an eighth of its size (which still reads all its
    data).  Leaves `img` unusable."""
    if img.format == "PNG":
        with _opened(data, name) as fresh:      # verify() reads from the start of the file
            fresh.verify()
    else:
        img.draft(img.mode, (max(1, img.width // 8), max(1, img.height // 8)))
        _decode(img, name)


def _damaged(name: str) -> InputError:
    return InputError(f"图片“{name}”已损坏或不完整（可能只复制了一部分），请重新导出或重新拍摄该图片。")


def _prints_as_is(img, data: bytes) -> bool:
    return (img.format in ("JPEG", "PNG") and img.mode in ("RGB", "L") and _orientation(img, data) in (0, 1)
            and max(img.size) <= MAX_PRINT_SIDE and "transparency" not in img.info)


def _orientation(img, data: bytes = b"") -> int:
    if img.format == "PNG" and b"eXIf" not in data:
        return 1                    # no EXIF chunk (Pillow would decode every pixel to look for one)
    try:
        return img.getexif().get(_EXIF_ORIENTATION, 1)
    except Exception:  # noqa: BLE001 - a malformed EXIF block says nothing about the pixels
        return 0


def _upright(img):
    try:
        return ImageOps.exif_transpose(img)
    except Exception:  # noqa: BLE001 - a malformed EXIF block only costs the rotation
        return img


def _flat_8bit(img):
    """RGB or L, 8 bits, transparency laid on white paper."""
    if img.mode.startswith("I"):            # 16-bit grey: 0-65535 down to 0-255, not clipped
        return img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if img.mode in ("1", "F"):
        return img.convert("L")
    if img.mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    if img.mode in ("LA", "La", "PA", "RGBa", "RGBA"):
        rgba = img.convert("RGBA")
        paper = Image.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return img if img.mode in ("RGB", "L") else img.convert("RGB")
