"""Photos people bring: odd colour modes, phone rotations, huge, broken, or built to explode."""

import io
import struct
import zlib

import pytest
from PIL import Image

from vqdesk.core.errors import InputError
from vqdesk.core.images import MAX_PRINT_SIDE, inspect_image, printable_image


def encoded(img, fmt="PNG", **options) -> bytes:
    out = io.BytesIO()
    img.save(out, fmt, **options)
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png(width: int, height: int) -> bytes:
    """A real 1-bit PNG of width×height black pixels: tiny on disk, huge once decoded."""
    row = b"\x00" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def printed(data: bytes) -> Image.Image:
    photo = printable_image(data, "测试图")
    img = Image.open(io.BytesIO(photo.data))
    assert (img.width, img.height) == (photo.width, photo.height)
    assert img.mode in ("RGB", "L")
    return img


def centre(img) -> tuple:
    return img.convert("RGB").getpixel((img.width // 2, img.height // 2))


def test_plain_jpeg_is_printed_unchanged():
    data = encoded(Image.new("RGB", (640, 480), (30, 120, 200)), "JPEG")
    assert printable_image(data).data is data
    assert inspect_image(data, "a.jpg").mime == "image/jpeg"


def test_cmyk_jpeg_is_printed_as_rgb_with_its_colours():
    data = encoded(Image.new("CMYK", (400, 300), (0, 200, 200, 0)), "JPEG")
    assert inspect_image(data, "cmyk.jpg").mode == "CMYK"
    img = printed(data)
    assert img.format == "JPEG" and img.mode == "RGB"
    assert centre(img) == pytest.approx((255, 55, 55), abs=6)


@pytest.mark.parametrize("make, expected", [
    (lambda: Image.new("RGBA", (300, 200), (10, 20, 30, 100)), (159, 163, 167)),   # laid on white paper
    (lambda: Image.new("LA", (300, 200), (100, 50)), (225, 225, 225)),
    (lambda: Image.new("I;16", (300, 200), 40000), (156, 156, 156)),               # 16-bit grey, scaled
    (lambda: Image.new("1", (300, 200), 1), (255, 255, 255)),
])
def test_alpha_and_deep_modes_are_flattened_to_8_bit(make, expected):
    img = printed(encoded(make()))
    assert img.format == "PNG"
    assert centre(img) == pytest.approx(expected, abs=2)


def test_palette_png_with_transparency():
    palette = Image.new("P", (300, 200), 1)
    palette.putpalette([255, 0, 0, 0, 160, 0] + [0] * 762)
    palette.paste(0, (0, 0, 150, 200))                    # left half: the transparent index
    img = printed(encoded(palette, transparency=0))
    assert img.convert("RGB").getpixel((10, 100)) == (255, 255, 255)
    assert img.convert("RGB").getpixel((290, 100)) == (0, 160, 0)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_phone_photo_is_turned_upright(fmt):
    landscape = Image.new("RGB", (400, 200), (0, 0, 255))
    exif = landscape.getexif()
    exif[0x0112] = 6                                      # "rotate 90° clockwise to view"
    img = printed(encoded(landscape, fmt, exif=exif))
    assert (img.width, img.height) == (200, 400)


def test_huge_photo_is_scaled_down_for_print():
    data = encoded(Image.new("RGB", (5000, 3000), (200, 180, 20)), "JPEG", quality=60)
    assert inspect_image(data, "big.jpg").width == 5000
    img = printed(data)
    assert max(img.size) == MAX_PRINT_SIDE and img.size == (MAX_PRINT_SIDE, 1440)


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "“坏图.png”不是可识别的图片文件，或文件已损坏。"),
    (b"", "“坏图.png”不是可识别的图片文件，或文件已损坏。"),
    (b"GIF89a" + b"\xff" * 40, "“坏图.png”不是可识别的图片文件，或文件已损坏。"),
])
def test_garbage_is_refused(data, message):
    with pytest.raises(InputError) as info:
        inspect_image(data, "坏图.png")
    assert str(info.value) == message
    with pytest.raises(InputError):
        printable_image(data, "坏图.png")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_file_is_refused_before_it_is_stored(fmt):
    whole = encoded(Image.effect_noise((600, 400), 60).convert("RGB"), fmt)
    for data in (whole[: len(whole) // 2], whole[: len(whole) - 40]):
        with pytest.raises(InputError, match="^图片“半张.jpg”已损坏或不完整"):
            inspect_image(data, "半张.jpg")
        with pytest.raises(InputError, match="已损坏或不完整"):
            printable_image(data, "半张.jpg")


def test_a_png_with_a_damaged_byte_is_not_printed():
    """A PNG goes into the PDF as it is, not decoded: its checksums are what catch damage."""
    whole = bytearray(encoded(Image.effect_noise((600, 400), 60).convert("RGB"), "PNG"))
    whole[len(whole) // 2] ^= 0xFF
    with pytest.raises(InputError, match="已损坏或不完整"):
        printable_image(bytes(whole), "坏了一个字节.png")


def test_decompression_bomb_is_refused_without_decoding():
    data = bomb_png(30_000, 30_000)                        # 900 megapixels in about 100 KB
    assert len(data) < 200_000
    for check in (inspect_image, printable_image):
        with pytest.raises(InputError, match="^图片“bomb.png”像素过多"):
            check(data, "bomb.png")


def test_too_many_pixels_below_pillows_own_limit():
    data = bomb_png(9_000, 8_000)                          # 72 MP: over our 60 MP, under Pillow's warning
    with pytest.raises(InputError) as info:
        printable_image(data, "大图.png")
    assert str(info.value) == "图片“大图.png”像素过多（9000×8000），请缩小后再添加。"


def test_unsupported_format_is_named():
    data = encoded(Image.new("RGB", (20, 20)), "ICO")
    with pytest.raises(InputError, match="格式 ICO 不受支持，请使用 JPG 或 PNG"):
        inspect_image(data, "icon.ico")
