"""R16.part: a count that is a part of another (common/rates-2023.toml, part_of) is never more
than it, and a smaller one is named once so the report says where the rest come from.

升学 and 录取 are not one figure: a 升学班's 录取 (those admitted by the exam they sat) are some
of the year's 升学, who also go on by 五年制转段 or 注册入学.  The report's own statements are
compared (texts and free tables, year by year): 录取 155 against 升学 330 is a hint to explain
the 175 others; 录取 above 升学 is a contradiction.
"""

from vqdesk.core.findings import Finding

from .context import Context
from .free_tables import plain
from .rate_vocab import vocabulary
from .rates import _texts, paragraph_figures, paragraphs_of, table_counts


def _said(ctx: Context) -> dict:
    """{(count, year): (value, place, where)}: the first place the report states each count."""
    out = {}
    for text, where in _texts(ctx):
        for paragraph in paragraphs_of(text):
            for key, value in paragraph_figures(paragraph, ctx.data.year)[0].items():
                if key not in out:
                    place, name = where()
                    out[key] = (value, place, name)
    places = {id(b): b for _, b in ctx.blocks()}
    for key, values in table_counts(ctx, with_blocks=True).items():
        if key not in out:
            value, name, block_id = values[0]
            out[key] = (value, ctx.outline.block_place(places[block_id]), name)
    return out


def check(ctx: Context) -> list[Finding]:
    vocab, said, out = vocabulary(), _said(ctx), []
    for (key, year), (value, place, name) in said.items():
        whole_key = vocab.counts[key].part_of
        if not whole_key or (whole_key, year) not in said:
            continue
        whole, _, whole_name = said[(whole_key, year)]
        when = f"{year}年" if year != ctx.data.year else "本年度"
        if value > whole:
            out.append(Finding("warning", "R16.part", place,
                               f"{name}写有{when}{key} {plain(value)} 人，多于{whole_name}写的{whole_key} {plain(whole)} 人；"
                               f"{key}是{whole_key}的一部分，请核对"))
        elif value < whole:
            out.append(Finding("info", "R16.part", place,
                               f"{name}写有{when}{key} {plain(value)} 人，{whole_name}写有{whole_key} {plain(whole)} 人："
                               f"{key}只是{whole_key}的一部分，其余 {plain(whole - value)} 人的{whole_key}途径"
                               f"（如五年制转段、注册入学）请在文中说明；若两者指同一批学生，请核对"))
    return out


#: (name, rule, what it reads): see deps.py for the vocabulary.
UNITS = (("parts", check, {"document", "report"}),)
