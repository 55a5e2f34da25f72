"""Photos go into the PDF as they are stored: a JPEG's own bytes, a PNG's own compressed pixels
(with its predictors declared), and every other picture through reportlab, each stored once."""

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from vqdesk.core.pdf.photo_embed import draw_photo


def picture(mode="RGB", size=(97, 61), fmt="PNG", **save):
    """A picture whose every pixel differs from its neighbours (so a wrong predictor shows)."""
    img = Image.new("RGB", size)
    img.putdata([((x * 37) % 256, (y * 53) % 256, (x * y) % 256) for y in range(size[1]) for x in range(size[0])])
    img = img.convert(mode)
    out = io.BytesIO()
    img.save(out, fmt, **save)
    return out.getvalue()


def embedded(tmp_path, *photos):
    path = tmp_path / "p.pdf"
    canvas = Canvas(str(path))
    for n, data in enumerate(photos):
        draw_photo(canvas, data, 50, 50 + n * 100, 97, 61)
    canvas.save()
    page = PdfReader(str(path)).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    return [xobjects[name].get_object() for name in sorted(xobjects)], page


@pytest.mark.parametrize("mode", ["RGB", "L"])
def test_an_8_bit_png_keeps_its_compressed_pixels_and_decodes_to_the_same_pixels(tmp_path, mode):
    data = picture(mode)
    (image,), page = embedded(tmp_path, data)
    assert image["/Filter"] == "/FlateDecode"
    assert image["/DecodeParms"]["/Predictor"] == 15
    assert image.get_data() == Image.open(io.BytesIO(data)).tobytes()      # pixels exactly
    assert image["/ColorSpace"] == ("/DeviceRGB" if mode == "RGB" else "/DeviceGray")


def test_a_jpeg_is_embedded_byte_for_byte(tmp_path):
    data = picture(fmt="JPEG", quality=90)
    (image,), _ = embedded(tmp_path, data)
    assert image["/Filter"] == ["/DCTDecode"]
    assert image._data == data
    assert (image["/Width"], image["/Height"]) == (97, 61)


@pytest.mark.parametrize("mode", ["P", "RGBA", "LA"])
def test_palette_and_transparent_pngs_go_through_reportlab(tmp_path, mode):
    data = picture(mode)
    images, _ = embedded(tmp_path, data)
    image = images[0]
    assert "/DecodeParms" not in image
    grey = image["/ColorSpace"] == "/DeviceGray"
    decoded = Image.open(io.BytesIO(data)).convert("L" if grey else "RGB").tobytes()
    assert image.get_data() == decoded


def test_one_photo_used_twice_is_stored_once(tmp_path):
    data = picture()
    images, page = embedded(tmp_path, data, data, picture("L"))
    assert len(images) == 2
    assert page.get_contents().get_data().count(b" Do") == 3
