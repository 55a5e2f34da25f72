"""The core never imports Qt: everything but vqdesk.ui works headless."""

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import vqdesk
for mod in pkgutil.walk_packages(vqdesk.__path__, "vqdesk."):
    if not mod.name.startswith("vqdesk.ui"):
        importlib.import_module(mod.name)
print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))))
"""


def test_core_and_cli_import_no_qt():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
