"""python main.py FILE --screenshot OUT.png [--page NODE] [--block KIND[:N]] [--panel] [--size 1366x768]:
render the window showing one page to a PNG and exit (documentation and review; works offscreen).

NODE is a heading (its number “1.3”, title “学生结构” or both), or one of profile, front, cases,
photos, preview (the PDF preview beside the heading last named, or the first), table:N, list:ID.
KIND scrolls the heading's page to its first block of that kind (table, chart, photos, case), or
to the N-th with KIND:N; --panel opens that table's settings panel.  tools/screenshots.py makes
the README's screenshots with these options."""

import argparse
import time

from PySide6.QtWidgets import QApplication

NAMED = {"profile": ("profile",), "front": ("front",), "cases": ("cases",), "photos": ("photos",)}


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="main.py", add_help=False)
    parser.add_argument("file")
    parser.add_argument("--screenshot", required=True)
    parser.add_argument("--page", default="")
    parser.add_argument("--block", default="")
    parser.add_argument("--panel", action="store_true")
    parser.add_argument("--size", default="1366x768")
    return parser.parse_args(argv)


def page_key(window, page: str):
    """The navigation key a --page argument names, or None."""
    if page in NAMED:
        return NAMED[page]
    if ":" in page:
        kind, _, value = page.partition(":")
        return (kind, int(value) if kind == "table" else value)
    from vqdesk.ui.outline import node_captions
    captions = node_captions(window.ctrl.data.document)
    for node in window.ctrl.data.document.nodes():
        caption = captions[node.id]
        if page in (caption, node.title, caption.split(" ")[0]):
            return ("node", node.id)
    return None


def _settle(app, seconds=0.3):
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def _show_block(app, page, args):
    """Scroll the heading's page to the N-th block of a kind (and open a table's panel)."""
    kind, _, nth = args.block.partition(":")
    frames = [f for f in page.column.frames if f.kind == kind]
    frame = frames[min(int(nth or 1), len(frames)) - 1] if frames else None
    if frame is None:
        return
    if args.panel and kind == "table":
        frame.editor.settings_button.setChecked(True)
        _settle(app)
    page.scroll.verticalScrollBar().setValue(frame.y())


def take(window, args) -> int:
    app = QApplication.instance()
    width, height = (int(v) for v in args.size.lower().split("x"))
    window.resize(width, height)
    window.show()
    preview = args.page.startswith("preview")
    key = page_key(window, args.page.partition(":")[2] if preview and ":" in args.page else
                   ("" if preview else args.page)) if args.page else None
    if args.page and key is None and not preview:
        print(f"找不到页面“{args.page}”")
        return 2
    if key is not None:
        window.nav.select_key(key)
    _settle(app)
    if args.block and window.current_page() is window.pages["node"]:
        _show_block(app, window.pages["node"], args)
    if preview:
        window.show_preview()
        while window.preview.building():
            _settle(app, 0.1)
    _settle(app)
    window.grab().save(args.screenshot)
    return 0
