"""Fonts found on the system or chosen by the user; styles from edition.styles."""

from pathlib import Path

import pytest

from vqdesk.core.pdf.fonts import resolve_fonts
from vqdesk.core.pdf.styles import build_styles

MICROHEI = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def test_resolve_fonts_embeds_truetype_for_every_role():
    fonts = resolve_fonts()
    assert fonts.embedded
    assert set(fonts.names) == {"song", "hei", "fang", "kai"}


@pytest.mark.skipif(not MICROHEI.exists(), reason="fonts-wqy-microhei not installed")
def test_resolve_fonts_prefers_the_users_choice():
    fonts = resolve_fonts({"song": str(MICROHEI)})
    assert fonts["song"] == fonts["hei"] == "vq-wqy-microhei-0"


def test_resolve_fonts_ignores_a_missing_user_font():
    assert resolve_fonts({"song": "/nonexistent/simsun.ttc"}).names == resolve_fonts().names


def test_build_styles_follow_edition_settings():
    fonts = resolve_fonts()
    styles = build_styles(fonts, {"body_font": "hei", "body_size": "14", "line_spacing": 1.0})
    assert (styles.body.fontName, styles.body.fontSize, styles.body.leading) == (fonts["hei"], 14.0, 14.0 * 1.2)


def test_build_styles_defaults_for_bad_settings():
    fonts = resolve_fonts()
    styles = build_styles(fonts, {"body_font": "comic", "body_size": "big", "line_spacing": 9})
    assert (styles.body.fontName, styles.body.fontSize, styles.body.leading) == (fonts["song"], 12.0, 12.0 * 2.5 * 1.2)
    assert styles.h1.fontName == fonts["hei"]
