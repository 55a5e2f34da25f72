"""The document's texts with bound fields blanked out, made once per run for the rules that read
texts for figures; where a text is (place, name) is worked out only for the few that say something."""

from vqdesk.core.binding import TOKEN_RE
from vqdesk.core.findings import Place

from .context import Context


class Text:
    __slots__ = ("text", "_ctx", "_block", "_located")

    def __init__(self, text: str, ctx: Context, block):
        self.text, self._ctx, self._block, self._located = text, ctx, block, None

    def located(self) -> tuple:
        """(place, where) as ctx.texts() gives them."""
        if self._located is None:
            if self._block is None:
                preface = self._ctx.data.settings.get("preface") or {}
                self._located = (Place(kind="preface", label=preface.get("title")),
                                 f"“{preface.get('title') or '前言'}”")
            else:
                outline = self._ctx.outline
                self._located = (outline.block_place(self._block), outline.name(self._block))
        return self._located


def _compute(ctx: Context) -> list:
    out = []
    preface = ctx.data.settings.get("preface") or {}
    if preface.get("text"):
        out.append(Text(TOKEN_RE.sub("〔字段〕", preface["text"]), ctx, None))
    for _, block in ctx.blocks():
        if block.kind == "text" and block.text:
            out.append(Text(TOKEN_RE.sub("〔字段〕", block.text), ctx, block))
    return out


def plain_texts(ctx: Context) -> list:
    """Text of the preface and of every text block (cases' included), in reading order."""
    return ctx.memo("plain-texts", _compute)
