"""A reportlab Drawing as a PNG, painted with Pillow: the charts of the Word file are the very
drawings the PDF prints (pdf.chart_block.DRAW), rasterised here because reportlab's own bitmap
renderer needs pycairo.

The renderer walks the drawing as reportlab's renderers do (renderbase.Renderer: groups, user
nodes such as chart widgets, a StateTracker for transforms and inherited fill, stroke and font),
maps every point through the current transform to pixels, and paints on a canvas SCALE times
larger than asked, downsampled at the end for smooth edges.  Text uses the font files the PDF
registered, placed with reportlab's own string widths so anchors land where the PDF puts them.
"""

import io
import math

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.renderbase import Renderer, StateTracker, getStateDelta
from reportlab.graphics.shapes import Path, _renderPath
from reportlab.graphics.transform import transformPoint
from reportlab.pdfbase import pdfmetrics

#: Supersampling factor: painted this much larger, then reduced (antialiasing).
SCALE = 3
#: Pixels per inch of the PNG placed in the document.
DPI = 200
_CURVE_STEPS = 16
_CIRCLE_STEPS = 72


def drawing_png(drawing, dpi: int = DPI) -> bytes:
    """The drawing as PNG bytes at `dpi`, white background."""
    image = render(drawing, dpi / 72.0)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def render(drawing, pixels_per_point: float) -> Image.Image:
    """The drawing as an RGB image, pixels_per_point pixels for each point."""
    k = pixels_per_point * SCALE
    size = (max(1, round(drawing.width * k)), max(1, round(drawing.height * k)))
    canvas = Image.new("RGB", size, "white")
    _PilRenderer(canvas, k).render(drawing)
    final = (max(1, round(size[0] / SCALE)), max(1, round(size[1] / SCALE)))
    return canvas.resize(final, Image.Resampling.LANCZOS)


class _PilRenderer(Renderer):
    def __init__(self, image: Image.Image, k: float):
        self.image, self.k = image, k
        self.draw_ = ImageDraw.Draw(image)
        self.height = image.size[1]
        self._fonts: dict = {}

    # -- the walk (as renderbase.Renderer.draw, without a reportlab canvas) --------------------
    def render(self, drawing):
        self._tracker = StateTracker(defaultObj=drawing)
        self._canvas = None
        drawing._parent = None
        try:
            self._tracker.push({"transform": (1, 0, 0, 1, 0, 0)})
            self.drawNode(drawing)
            self._tracker.pop()
        finally:
            del drawing._parent

    def drawNode(self, node):
        self._tracker.push(getStateDelta(node))
        try:
            self.drawNodeDispatcher(node)
        finally:
            self._tracker.pop()

    def applyStateChanges(self, delta, newState):
        pass

    # -- geometry --------------------------------------------------------------------------------
    def _px(self, x, y):
        """A point of the current user space as canvas pixels (y pointing down)."""
        tx, ty = transformPoint(self._tracker.getCTM(), (x, y))
        return tx * self.k, self.height - ty * self.k

    def _scale(self) -> float:
        """How much the current transform enlarges lengths (for line widths and font sizes)."""
        a, b, c, d = self._tracker.getCTM()[:4]
        return math.sqrt(abs(a * d - b * c)) or 1.0

    def _state(self, key):
        return self._tracker.getState()[key]

    # -- colours ---------------------------------------------------------------------------------
    def _paint(self, colour, opacity):
        """(RGBA tuple or None): the colour with its own alpha and the state's opacity."""
        if colour is None:
            return None
        alpha = getattr(colour, "alpha", 1) if opacity is None else opacity * getattr(colour, "alpha", 1)
        return (round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255), round(alpha * 255))

    def _fill(self):
        return self._paint(self._state("fillColor"), self._state("fillOpacity"))

    def _stroke(self):
        if not self._state("strokeWidth"):
            return None
        return self._paint(self._state("strokeColor"), self._state("strokeOpacity"))

    def _with(self, rgba, paint):
        """Run paint(draw, colour) opaque, or on an overlay composited for a translucent colour."""
        if rgba[3] >= 255:
            paint(self.draw_, rgba[:3])
            return
        if rgba[3] <= 0:
            return
        layer = Image.new("RGBA", self.image.size, (0, 0, 0, 0))
        paint(ImageDraw.Draw(layer), rgba)
        self.image.paste(layer, (0, 0), layer)

    # -- shapes ----------------------------------------------------------------------------------
    def _polygon(self, points, closed: bool, fill=True):
        """Fill and/or stroke a list of user-space points."""
        pixels = [self._px(x, y) for x, y in points]
        if len(pixels) < 2:
            return
        colour = self._fill() if closed and fill else None
        if colour is not None and len(pixels) >= 3:
            self._with(colour, lambda d, c: d.polygon(pixels, fill=c))
        self._outline(pixels + ([pixels[0]] if closed else []))

    def _outline(self, pixels):
        colour = self._stroke()
        if colour is None:
            return
        width = max(1, round(self._state("strokeWidth") * self._scale() * self.k))
        for run in _dashed(pixels, self._dashes()):
            self._with(colour, lambda d, c, r=run: d.line(r, fill=c, width=width, joint="curve"))

    def _dashes(self):
        dash = self._state("strokeDashArray")
        if not dash:
            return None
        if isinstance(dash, (list, tuple)) and len(dash) == 2 and isinstance(dash[1], (list, tuple)):
            dash = dash[1]                         # (phase, pattern)
        if not isinstance(dash, (list, tuple)):
            dash = (dash,)
        pattern = [float(v) * self._scale() * self.k for v in dash if v]
        return pattern or None

    def drawRect(self, rect):
        x, y, w, h = rect.x, rect.y, rect.width, rect.height
        self._polygon([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], closed=True)

    def drawLine(self, line):
        self._outline([self._px(line.x1, line.y1), self._px(line.x2, line.y2)])

    def drawPolyLine(self, polyline):
        p = polyline.points
        self._polygon([(p[i], p[i + 1]) for i in range(0, len(p) - 1, 2)], closed=False)

    def drawPolygon(self, polygon):
        p = polygon.points
        self._polygon([(p[i], p[i + 1]) for i in range(0, len(p) - 1, 2)], closed=True)

    def drawCircle(self, circle):
        self._polygon(_ellipse(circle.cx, circle.cy, circle.r, circle.r), closed=True)

    def drawEllipse(self, ellipse):
        self._polygon(_ellipse(ellipse.cx, ellipse.cy, ellipse.rx, ellipse.ry), closed=True)

    def drawWedge(self, wedge):
        shape = wedge.asPolygon()
        if isinstance(shape, Path):
            self.drawPath(shape)
        else:
            self.drawPolygon(shape)

    def drawPath(self, path):
        if getattr(path, "isClipPath", 0):
            return                                  # charts draw no clipped content
        subpaths, closed = _flatten(path)
        fill = self._fill()
        if fill is not None:
            rings = [[self._px(x, y) for x, y in s] for s in subpaths if len(s) >= 3]
            for ring in rings:
                self._with(fill, lambda d, c, r=ring: d.polygon(r, fill=c))
        for points, shut in zip(subpaths, closed):
            pixels = [self._px(x, y) for x, y in points]
            if len(pixels) >= 2:
                self._outline(pixels + ([pixels[0]] if shut else []))

    def drawImage(self, image):
        pass                                        # charts hold no bitmaps

    def drawString(self, s):
        colour = self._fill()
        if colour is None or not s.text:
            return
        name, size = self._state("fontName"), self._state("fontSize")
        anchor = self._state("textAnchor")
        x = s.x
        if anchor in ("end", "middle", "numeric"):
            width = pdfmetrics.stringWidth(s.text, name, size)
            x -= width if anchor == "end" else width / 2
        ctm = self._tracker.getCTM()
        angle = math.degrees(math.atan2(ctm[1], ctm[0]))
        px_size = size * self._scale() * self.k
        font = self._font(name, px_size)
        origin = self._px(x, s.y)
        if abs(angle) < 0.01:
            self._with(colour, lambda d, c: d.text(origin, s.text, font=font, fill=c, anchor="ls"))
            return
        self._rotated_text(s.text, font, colour, origin, angle)

    def _rotated_text(self, text, font, colour, origin, angle):
        """Text turned by `angle` degrees (counter-clockwise) about its baseline start."""
        left, top, right, bottom = font.getbbox(text, anchor="ls")
        pad = 2
        box = Image.new("L", (right - left + 2 * pad, bottom - top + 2 * pad), 0)
        ImageDraw.Draw(box).text((pad - left, pad - top), text, font=font, fill=255, anchor="ls")
        pivot = (pad - left, pad - top)             # the baseline start inside the box
        turned = box.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        # where the pivot went: rotate its offset from the box centre
        cx, cy = box.size[0] / 2, box.size[1] / 2
        rad = math.radians(angle)
        dx, dy = pivot[0] - cx, pivot[1] - cy
        rx = dx * math.cos(rad) + dy * math.sin(rad)
        ry = -dx * math.sin(rad) + dy * math.cos(rad)
        at = (round(origin[0] - (turned.size[0] / 2 + rx)), round(origin[1] - (turned.size[1] / 2 + ry)))
        solid = Image.new("RGB", turned.size, colour[:3])
        mask = turned if colour[3] >= 255 else turned.point(lambda v: v * colour[3] // 255)
        self.image.paste(solid, at, mask)

    def _font(self, name: str, px: float):
        key = (name, round(px))
        if key not in self._fonts:
            self._fonts[key] = _load_font(name, max(1, round(px)))
        return self._fonts[key]


def _load_font(name: str, px: int):
    """The TrueType file behind a registered reportlab font, at px pixels; Pillow's own otherwise."""
    try:
        face = pdfmetrics.getFont(name).face
        path = getattr(face, "filename", None)
        if path:
            tail = name.rsplit("-", 1)[-1]
            return ImageFont.truetype(str(path), px, index=int(tail) if tail.isdigit() else 0)
    except (KeyError, OSError, ValueError):
        pass
    return ImageFont.load_default(px)


def _ellipse(cx, cy, rx, ry):
    return [(cx + rx * math.cos(2 * math.pi * i / _CIRCLE_STEPS), cy + ry * math.sin(2 * math.pi * i / _CIRCLE_STEPS))
            for i in range(_CIRCLE_STEPS)]


def _flatten(path):
    """The path's subpaths as point lists (curves flattened) and whether each is closed."""
    subpaths, closed, current = [], [], []

    def move_to(x, y):
        if current:
            subpaths.append(list(current))
            closed.append(False)
        current[:] = [(x, y)]

    def line_to(x, y):
        current.append((x, y))

    def curve_to(x1, y1, x2, y2, x3, y3):
        x0, y0 = current[-1] if current else (x1, y1)
        for i in range(1, _CURVE_STEPS + 1):
            t = i / _CURVE_STEPS
            u = 1 - t
            current.append((u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3,
                            u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3))

    def close():
        if current:
            subpaths.append(list(current))
            closed.append(True)
            start = current[0]
            current[:] = [start]
            current.clear()

    _renderPath(path, (move_to, line_to, curve_to, close))
    if current:
        subpaths.append(list(current))
        closed.append(False)
    return subpaths, closed


def _dashed(pixels, pattern):
    """The polyline as runs of points: itself when solid, else the dashes of `pattern` (pixels)."""
    if not pattern:
        return [pixels]
    if len(pattern) % 2:
        pattern = pattern * 2
    runs, run, index, left, on = [], [pixels[0]], 0, pattern[0], True
    for (x0, y0), (x1, y1) in zip(pixels, pixels[1:]):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while length - done > left:
            done += left
            t = done / length
            point = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            if on:
                run.append(point)
                runs.append(run)
            run = [point]
            on = not on
            index = (index + 1) % len(pattern)
            left = pattern[index]
        left -= length - done
        if on:
            run.append((x1, y1))
        else:
            run = [(x1, y1)]
    if on and len(run) >= 2:
        runs.append(run)
    return runs


__all__ = ["drawing_png", "render"]
