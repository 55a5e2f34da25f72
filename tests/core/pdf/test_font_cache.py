"""The per-machine font cache: a cached face is the parsed face, and a stale or damaged entry is parsed again."""

import os
import shutil

import pytest
from vqdesk.core.pdf import font_cache, fonts


@pytest.fixture
def font_file(tmp_path):
    """A private copy of the system's body font (so a test may change its date)."""
    path = fonts._pick_path("song", {})
    if path is None:
        pytest.skip("系统中没有中文 TrueType 字体")
    copy = tmp_path / ("body" + path.suffix)
    shutil.copy(path, copy)
    return copy


@pytest.fixture
def parses(monkeypatch):
    """Counts the real parses of a font file done by the cache module."""
    calls = []

    real = font_cache._parse

    def counting(name, path, index):
        calls.append(path)
        return real(name, path, index)
    monkeypatch.setattr(font_cache, "_parse", counting)
    return calls


def test_second_load_uses_the_cache_instead_of_parsing(font_file, parses):
    first = font_cache.load_font("fc-a", font_file, 0)
    second = font_cache.load_font("fc-b", font_file, 0)
    assert len(parses) == 1
    assert second.fontName == "fc-b"
    assert list(font_cache.cache_folder().glob("*.bin"))
    assert second.face.charToGlyph == first.face.charToGlyph


def test_cached_face_is_the_parsed_face(font_file, parses):
    parsed = font_cache.load_font("fc-p", font_file, 0)
    cached = font_cache.load_font("fc-c", font_file, 0)
    assert len(parses) == 1
    for attr, value in vars(parsed.face).items():
        if attr == "_pdfScale":
            assert cached.face._pdfScale(517) == value(517)
        else:
            assert getattr(cached.face, attr) == value, attr
    assert sorted(vars(cached)) == sorted(vars(parsed))
    assert cached.shapable == parsed.shapable


def test_cached_font_embeds_the_same_subset(font_file, parses):
    parsed = font_cache.load_font("fc-s1", font_file, 0)
    cached = font_cache.load_font("fc-s2", font_file, 0)
    glyphs = [0] + [ord(ch) for ch in "质量年度报告（2025）"]
    assert cached.face.makeSubset(glyphs) == parsed.face.makeSubset(glyphs)
    assert cached.stringWidth("中等职业学校 2025", 12) == parsed.stringWidth("中等职业学校 2025", 12)


def test_a_changed_font_file_is_parsed_again(font_file, parses):
    font_cache.load_font("fc-d1", font_file, 0)
    stat = os.stat(font_file)
    os.utime(font_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    font_cache.load_font("fc-d2", font_file, 0)
    assert len(parses) == 2


def test_a_damaged_entry_is_parsed_again_and_rewritten(font_file, parses):
    font_cache.load_font("fc-x1", font_file, 0)
    entries = list(font_cache.cache_folder().glob("*.bin"))
    for entry in entries:
        entry.write_bytes(b"\x00not marshal data")
    font = font_cache.load_font("fc-x2", font_file, 0)
    assert len(parses) == 2
    assert font.face.charToGlyph
    font_cache.load_font("fc-x3", font_file, 0)
    assert len(parses) == 2   # the rewritten entry is whole again


def test_an_unwritable_cache_folder_does_not_stop_loading(font_file, parses, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(font_cache, "cache_folder", lambda: blocker / "font-cache")
    font = font_cache.load_font("fc-u", font_file, 0)
    assert font.face.charToGlyph and len(parses) == 1


def test_collection_face_choice_is_cached(font_file, monkeypatch):
    probes = []
    monkeypatch.setattr(fonts, "_probe_simplified_index", lambda path: probes.append(path) or 0)
    assert fonts._simplified_index(font_file) == 0
    assert fonts._simplified_index(font_file) == 0
    assert len(probes) == 1
