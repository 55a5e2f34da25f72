"""The interface font: a Chinese sans-serif face whichever language fontconfig names it in."""

import pytest

from vqdesk.ui.style import pick_font


@pytest.mark.parametrize("families, chosen", [
    ({"AR PL UMing CN", "WenQuanYi Micro Hei"}, "WenQuanYi Micro Hei"),
    ({"AR PL UMing CN", "文泉驿微米黑"}, "文泉驿微米黑"),        # fontconfig under a Chinese locale
    ({"Microsoft YaHei UI", "SimSun"}, "Microsoft YaHei UI"),
    ({"AR PL UMing CN"}, "AR PL UMing CN"),                    # only a serif face: better than none
])
def test_the_interface_font_prefers_a_chinese_sans_serif(qapp, families, chosen):
    assert pick_font(families).family() == chosen
