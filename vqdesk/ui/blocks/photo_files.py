"""Photos from files: chosen in a dialog or dropped on a section or a case, added as one undo
step — into a photos block, or as a new photos block at a position of a heading or a case."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from vqdesk.ui.commands import _Command

IMAGE_FILTER = "图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff)"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff"}


def choose_photo_files(parent) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, "添加图片", "", IMAGE_FILTER)
    return paths


def image_paths(urls) -> list[str]:
    """The local image files among dropped URLs."""
    return [u.toLocalFile() for u in urls if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES]


def dropped_images(event, ctrl) -> list[str]:
    """The image files a drag (enter, move or drop) carries; none when the file is read-only."""
    mime = event.mimeData()
    if ctrl.session.readonly or not mime.hasUrls():
        return []
    return image_paths(mime.urls())


class AddPhotosCommand(_Command):
    kind = "block"

    def __init__(self, ctrl, node_id: int, files: list, *, block_id=None, case_id=None, position=None):
        super().__init__(ctrl, "添加图片")
        self.node_id, self.files = node_id, files          # files: [(bytes, filename)]
        self.block_id, self.case_id, self.position = block_id, case_id, position
        self.photo_ids = []

    def key(self):
        return f"node:{self.ctrl.current_id('node', self.node_id)}"

    def do(self):
        block_id = None if self.block_id is None else self.ctrl.current_id("block", self.block_id)
        new = []
        for data, name in self.files:
            if block_id is not None:
                photo = self.session.add_photo(self.year, data, name, block_id=block_id)
            else:
                case_id = None if self.case_id is None else self.ctrl.current_id("block", self.case_id)
                photo = self.session.add_photo(self.year, data, name, node_id=self.ctrl.current_id("node", self.node_id),
                                               case_id=case_id)
                block_id = self._placed_block(photo.id)
            new.append(photo.id)
        for old, photo_id in zip(self.photo_ids, new):
            self.ctrl.remap("photo", old, photo_id)
        self.photo_ids = self.photo_ids or new

    def _placed_block(self, photo_id: int) -> int:
        from vqdesk.ui.commands_document import photo_place
        block = photo_place(self.session.document(self.year), photo_id)[2]
        if self.position is not None:
            self.session.move_block(block.id, self.position)
        return block.id

    def revert(self):
        for photo_id in reversed(self.photo_ids):
            self.session.remove_photo(self.ctrl.current_id("photo", photo_id))


def add_photo_files(ctrl, node_id, paths, *, block_id=None, case_id=None, position=None):
    """Add image files as one undo step; returns the photos block's id, or None."""
    if not paths or node_id is None:
        return None
    try:
        files = [(Path(p).read_bytes(), Path(p).name) for p in paths]
    except OSError as exc:
        ctrl.error.emit(f"无法读取图片：{exc}")
        return None
    command = AddPhotosCommand(ctrl, node_id, files, block_id=block_id, case_id=case_id, position=position)
    if not ctrl.push(command):
        return None
    from vqdesk.ui.commands_document import photo_place
    return photo_place(ctrl.session.document(ctrl.year), command.photo_ids[-1])[2].id


def add_to_case(ctrl, case_id: int, paths) -> int | None:
    """Photos added from inside a case: into its last photos block, or a new one at its end."""
    doc = ctrl.data.document
    case = doc.block(case_id)
    last = next((b for b in reversed(case.children) if b.kind == "photos"), None)
    node_id = doc.node_of_block(case_id).id
    if last is not None:
        return add_photo_files(ctrl, node_id, paths, block_id=last.id)
    return add_photo_files(ctrl, node_id, paths, case_id=case_id)
