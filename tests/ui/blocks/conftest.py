import pytest

from vqdesk.ui.commands_blocks import AddBlockCommand



@pytest.fixture
def add_block(window, part_key):
    """Add a block to 1.1 概况 through the undo stack and show that heading; returns its frame."""
    def add(block: dict, part="basic.overview"):
        key = part_key(window.ctrl, part)
        window.nav.select_key(key)
        command = AddBlockCommand(window.ctrl, key[1], block)
        assert window.ctrl.push(command)
        page = window.pages["node"]
        return page.column.frame_of(window.ctrl.current_id("block", command.first_id))
    return add


@pytest.fixture
def blocks_of(window):
    """The blocks of a heading as `vqdesk content` prints them (Session.content)."""
    def walk(nodes):
        for n in nodes:
            yield n
            yield from walk(n["children"])

    def blocks(title="概况"):
        return next(n for n in walk(window.ctrl.session.content()["outline"]) if n["title"] == title)["blocks"]
    return blocks
