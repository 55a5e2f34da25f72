"""A text box in which bound fields are atomic chips.

A field `{{…}}` is one image character drawn as a rounded chip showing its current value; it
moves, is selected and is deleted as one character and cannot be half-edited.  Hovering shows
the source; clicking re-picks the field.  to_text()/set_text() convert to the stored form.
"""

import re

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import (QColor, QFontMetricsF, QImage, QKeySequence, QPainter, QTextBlockFormat,
                           QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextImageFormat)
from PySide6.QtWidgets import QTextEdit, QToolTip

from vqdesk.core.binding import field_catalogue, render_token

TOKEN_PROPERTY = QTextFormat.Property.UserProperty + 1
OBJECT_CHAR = "\ufffc"
TOKEN_RE = re.compile(r"\{\{.*?\}\}")


def chip_value(token: str, figures) -> str:
    """What a chip shows: the current value, or “待填写” when its inputs are missing."""
    try:
        value = render_token(token[2:-2], figures)
    except Exception:  # noqa: BLE001 - a broken token still shows as a chip
        value = None
    return value if value is not None else "待填写"


def chip_source(token: str, figures) -> str:
    """The tooltip: the field's name from the catalogue (e.g. “在校生数 [6.1]”) and its token."""
    label = next((label for label, t in field_catalogue(figures) if t == token), None)
    return f"数据字段：{label}\n{token}\n单击可重新选择" if label else f"数据字段：{token}\n单击可重新选择"


def chip_image(label: str, font, ratio: float) -> QImage:
    """The chip drawn as an image (Qt's text layout draws images as single, atomic characters)."""
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(label) + 10, metrics.height() + 2
    image = QImage(int(width * ratio) + 1, int(height * ratio) + 1, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    missing = label == "待填写"
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#c9a227" if missing else "#6d8fc7"))
    painter.setBrush(QColor("#fff6d8" if missing else "#e6eefb"))
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 4, 4)
    painter.setPen(QColor("#6b4e00" if missing else "#1d3f7a"))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return image


class ChipEdit(QTextEdit):
    """Plain paragraphs with chips.  `chip_clicked(position)` asks to re-pick the chip there.

    Ctrl+Z and Ctrl+Y are the app's 撤销/重做, not the box's own (which would also undo loading
    the text): `before_undo` is emitted first, so that typing not yet saved becomes a step."""

    chip_clicked = Signal(int)
    before_undo = Signal()

    def __init__(self, figures_source, parent=None):
        super().__init__(parent)
        self._figures_source = figures_source
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.style_name = "body"

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo(event):
            self.before_undo.emit()
            event.ignore()              # the window's 撤销 / 重做 shortcut takes it
            return True
        return super().event(event)

    def figures(self):
        return self._figures_source()

    # -- the stored form --------------------------------------------------------------------
    def to_text(self) -> str:
        lines, block = [], self.document().begin()
        while block.isValid():
            parts, it = [], block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.property(TOKEN_PROPERTY):
                    parts.append(fmt.property(TOKEN_PROPERTY) * len(fragment.text()))
                else:
                    parts.append(fragment.text().replace(OBJECT_CHAR, ""))
                it += 1
            lines.append("".join(parts))
            block = block.next()
        return "\n".join(lines)

    def set_text(self, text: str, style: str = "body"):
        self.style_name = style
        self.blockSignals(True)
        self.document().clear()
        cursor = QTextCursor(self.document())
        cursor.setBlockFormat(self.paragraph_format())
        for i, line in enumerate(text.split("\n")):
            if i:
                cursor.insertBlock(self.paragraph_format())
            self._insert_line(cursor, line)
        self.blockSignals(False)
        self.document().setModified(False)

    def _insert_line(self, cursor, line: str):
        pos = 0
        for match in TOKEN_RE.finditer(line):
            cursor.insertText(line[pos:match.start()], QTextCharFormat())
            self.insert_chip(match.group(0), cursor)
            pos = match.end()
        cursor.insertText(line[pos:], QTextCharFormat())

    def insert_chip(self, token: str, cursor: QTextCursor | None = None):
        cursor = cursor or self.textCursor()
        name = self._chip_resource(token)
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setProperty(TOKEN_PROPERTY, token)
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        cursor.insertText(OBJECT_CHAR, fmt)
        cursor.setCharFormat(QTextCharFormat())    # typing after a chip is plain text

    def _chip_resource(self, token: str) -> str:
        name = "chip:" + token
        image = chip_image(chip_value(token, self.figures()), self.font(), self.devicePixelRatioF())
        self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        return name

    def refresh_chips(self):
        """Redraw every chip with the current values (after an edit of the data they show)."""
        for token in set(TOKEN_RE.findall(self.to_text())):
            self._chip_resource(token)
        self.document().markContentsDirty(0, self.document().characterCount())
        self.viewport().update()

    def replace_chip(self, position: int, token: str):
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
        self.insert_chip(token, cursor)

    # -- paragraph style --------------------------------------------------------------------
    def paragraph_format(self) -> QTextBlockFormat:
        """body and list: first-line indent of two characters; note: small print, no indent."""
        fmt = QTextBlockFormat()
        em = QFontMetricsF(self.font()).horizontalAdvance("中")
        fmt.setTextIndent(0 if self.style_name == "note" else 2 * em)
        fmt.setLeftMargin(em if self.style_name == "list" else 0)
        fmt.setBottomMargin(4)
        return fmt

    def apply_style(self, style: str):
        self.style_name = style
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(self.paragraph_format())
        font = self.font()
        font.setPointSizeF(max(8.0, self.parentWidget().font().pointSizeF() * (0.85 if style == "note" else 1)))
        self.document().setDefaultFont(font)
        self.setStyleSheet("color: #555;" if style == "note" else "")

    def canInsertFromMimeData(self, source) -> bool:
        """Image files dragged here are photos for the block column, not text (their paths)."""
        from vqdesk.ui.blocks.photo_files import image_paths
        if source.hasUrls() and image_paths(source.urls()):
            return False
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source):
        """Pasted text keeps this box's paragraph style; pasted {{…}} becomes chips."""
        if source.hasText():
            cursor = self.textCursor()
            for i, line in enumerate(source.text().replace("\r\n", "\n").split("\n")):
                if i:
                    cursor.insertBlock(self.paragraph_format())
                self._insert_line(cursor, line)
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event):
        if _is_undo(event):                # nothing to undo in the app: not the box's own either
            event.ignore()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.textCursor().mergeBlockFormat(self.paragraph_format())

    # -- chips under the mouse --------------------------------------------------------------
    def chip_at(self, point) -> int | None:
        """The document position of the chip under a viewport point, or None."""
        layout = self.document().documentLayout()
        doc_point = QPointF(point) + QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        pos = layout.hitTest(doc_point, Qt.HitTestAccuracy.ExactHit)
        for candidate in (pos, pos - 1):
            if candidate < 0:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(candidate)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
            if cursor.charFormat().property(TOKEN_PROPERTY) and cursor.selectedText() == OBJECT_CHAR:
                rect = self.cursorRect(_at(self.document(), candidate))
                if rect.left() - 2 <= point.x() and point.y() >= rect.top() - 2 and point.y() <= rect.bottom() + 2:
                    return candidate
        return None

    def token_at(self, position: int) -> str:
        cursor = _at(self.document(), position)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
        return cursor.charFormat().property(TOKEN_PROPERTY)

    def mousePressEvent(self, event):
        position = self.chip_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)
        if position is not None and not self.isReadOnly():
            self.chip_clicked.emit(position)

    def viewportEvent(self, event):
        if event.type() == event.Type.ToolTip:
            position = self.chip_at(event.pos())
            if position is not None:
                QToolTip.showText(event.globalPos(), chip_source(self.token_at(position), self.figures()), self)
                return True
            QToolTip.hideText()
        return super().viewportEvent(event)


def _is_undo(event) -> bool:
    return any(event.matches(k) for k in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo))


def _at(doc, position: int) -> QTextCursor:
    cursor = QTextCursor(doc)
    cursor.setPosition(position)
    return cursor
