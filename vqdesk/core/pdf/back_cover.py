"""The back cover: 撰稿人 / 审稿人 when the settings name them, then the school and how to reach it
(address, phone, website from the profile).  No header, no page number."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

from vqdesk.core.pdf.context import Context
from vqdesk.core.pdf.front_matter import school_name

#: (profile key, printed label) on the back cover, in this order.
CONTACTS = (("address", "地址"), ("postcode", "邮编"), ("phone", "电话"), ("website", "网址"),
            ("email", "邮箱"))


def build_back_cover(ctx: Context) -> list:
    back = ctx.settings["back_cover"]
    if not back["enabled"]:
        return []
    styles = ctx.styles
    credits = ParagraphStyle("credits", parent=styles.plain, leftIndent=ctx.width * 0.12,
                             rightIndent=ctx.width * 0.12)
    contact = ParagraphStyle("contact", parent=styles.plain, alignment=1, leading=styles.plain.leading * 1.1)
    story = [NextPageTemplate("back"), PageBreak(), Spacer(1, ctx.height * 0.12)]
    for label, names in (("撰稿人", back["writers"]), ("审稿人", back["reviewers"])):
        if (names or "").strip():
            story.append(ctx.para(f"{label}：{' '.join(names.split())}", credits))
    story.append(Spacer(1, ctx.height * 0.45))
    story.append(ctx.para(school_name(ctx), styles.cover_bottom))
    profile = ctx.data.profile
    for key, label in CONTACTS:
        value = (profile.get(key) or "").strip()
        if value:
            story.append(ctx.para(f"{label}：{value}", contact))
    return story
