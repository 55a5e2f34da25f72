"""Checking photos before they are stored: real images of a sane size, never decompression bombs.
Pillow comes with reportlab, which needs it for images anyway."""

import io
import warnings
from dataclasses import dataclass

from PIL import Image

from vqdesk.core.errors import InputError

#: Larger images are refused: 60 megapixels is beyond any camera a school uses for report photos.
MAX_PIXELS = 60_000_000
MAX_BYTES = 40 * 1024 * 1024
_MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "BMP": "image/bmp",
         "WEBP": "image/webp", "TIFF": "image/tiff"}


@dataclass(frozen=True)
class ImageInfo:
    mime: str
    width: int
    height: int
    mode: str


def inspect_image(data: bytes, filename: str = "") -> ImageInfo:
    """Describe an image or raise InputError saying why it cannot be used."""
    name = filename or "图片"
    if len(data) > MAX_BYTES:
        raise InputError(f"图片“{name}”太大（{len(data) // (1024 * 1024)} MB），请压缩到 40 MB 以内。")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                width, height = img.size
                if width * height > MAX_PIXELS:
                    raise InputError(f"图片“{name}”像素过多（{width}×{height}），请缩小后再添加。")
                img.verify()
                fmt, mode = img.format, img.mode
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(f"图片“{name}”像素过多，可能是恶意文件，已拒绝。") from None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for broken files
        raise InputError(f"“{name}”不是可识别的图片文件，或文件已损坏。") from None
    if fmt not in _MIME:
        raise InputError(f"图片“{name}”的格式 {fmt} 不受支持，请使用 JPG 或 PNG。")
    return ImageInfo(mime=_MIME[fmt], width=width, height=height, mode=mode)
