"""The core is Qt-free: every module outside reader/ui and the CLI imports without PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any "import PySide6..." now raises ImportError
import reader
failed = []
for info in pkgutil.walk_packages(reader.__path__, "reader."):
    name = info.name
    if name in ("reader.ui", "reader.cli", "reader.__main__") or name.startswith("reader.ui."):
        continue
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
if any(m == "PySide6" or m.startswith("PySide6.") for m in sys.modules if sys.modules[m]):
    failed.append("PySide6 got imported")
print("\n".join(failed))
sys.exit(1 if failed else 0)
"""


def test_core_imports_without_qt() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
