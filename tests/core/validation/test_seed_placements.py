"""Content under the wrong heading (hints): Jinzhou 2025 §8.3 #31 (chapter 5 国际合作 ends with the
paragraph that introduces chapter 6 产教融合) and #33 (图49 of 塔山阻击战 placed in 4.3, while 4.2
tells of it).  The seeds' headings and caption; the tests' own sentences."""

from vqdesk.core.model import Photo

from .conftest import SENTENCE, add_text, block, give_ids, loud, node, rules_of

INTRO = "产教融合是职业学校办学的基本模式，学校把深化产教融合作为改革发展的主线，推进机制共建、资源共享。"


def placements(data):
    return rules_of(data, "R17.misplaced", "R19.photo-place")


# -- R17.misplaced ------------------------------------------------------------------------------

def test_jinzhou_chapter_5_ends_with_the_introduction_of_chapter_6(data):
    add_text(data, "intl.literacy", INTRO)
    assert placements(data) == [
        ("info", "R17.misplaced", "“5 国际合作”的最后一段（在“5.3 师生国际化素养水平提升”中）以“产教融合”开头"
                                  "（“产教融合是职业学校办学的基本模式……”），讲的像是下一章“6 产教融合”的内容，而该章自身没有导语："
                                  "请核对这一段是否应移到该章开头")]
    assert loud(data) == []


def test_a_section_ending_with_the_next_sections_opening(data):
    node(data, "culture.traditional").blocks.append(block({"kind": "text", "text": "传承地方特色文化是学校的办学传统。"}))
    give_ids(data.document)
    assert [m for _, _, m in placements(data)] == [
        "“4.3 传承中华优秀传统文化”的最后一段以“传承地方特色文化”开头（“传承地方特色文化是学校的办学传统”），"
        "讲的像是下一节“4.4 传承地方特色文化”的内容：请核对这一段是否应移到该节开头"]


def test_the_introduction_at_the_head_of_its_own_chapter_passes(data):
    node(data, "integration").blocks.insert(0, block({"kind": "text", "text": INTRO}))
    give_ids(data.document)
    assert placements(data) == []


def test_a_last_paragraph_that_also_names_its_own_chapter_passes(data):
    add_text(data, "intl.literacy", "产教融合与国际合作相互促进，学校把引进的国际标准用于校企共建课程。")
    assert placements(data) == []


def test_a_chapter_mentioning_the_next_one_mid_paragraph_passes(data):
    add_text(data, "intl.literacy", "学校推进国际标准进课堂，为下一步产教融合打下基础。")
    assert placements(data) == []


# -- R19.photo-place ----------------------------------------------------------------------------

def _photo_under(data, part, caption="学生参观塔山阻击战展馆"):
    data.photos.append(Photo(id=3, caption=caption, filename="tashan.png", mime="image/png"))
    node(data, part).blocks.append(block({"kind": "photos", "items": [{"photo": 3}]}))
    give_ids(data.document)


RED = "清明节前，师生走进塔山阻击战纪念馆，敬献花篮、重温誓词，了解英雄事迹。" + SENTENCE


def test_jinzhou_the_tashan_photo_in_the_next_section(data):
    add_text(data, "culture.red", RED)
    _photo_under(data, "culture.traditional")
    assert placements(data) == [
        ("info", "R19.photo-place", "图片“学生参观塔山阻击战展馆”放在“4.3 传承中华优秀传统文化”，这一节的文字没有提到"
                                    "“塔山阻击战”；写到它的是“4.2 传承红色基因”：请核对图片的位置")]
    assert loud(data) == []


def test_the_photo_beside_its_text_passes(data):
    add_text(data, "culture.red", RED)
    _photo_under(data, "culture.red")
    assert placements(data) == []


def test_a_photo_its_own_section_speaks_of_passes(data):
    add_text(data, "culture.red", RED)
    add_text(data, "culture.traditional", "学校组织学生参观展馆，开展传统文化主题活动。")
    _photo_under(data, "culture.traditional")
    assert placements(data) == []


def test_a_caption_term_two_sections_speak_of_names_no_place(data):
    add_text(data, "culture.red", RED)
    add_text(data, "culture.local", "学校还组织学生到塔山阻击战纪念馆开展研学。")
    _photo_under(data, "culture.traditional")
    assert placements(data) == []
