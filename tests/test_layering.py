"""The core is Qt-free: every module outside reader/ui and the CLI imports without PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any "import PySide6..." now raises ImportError
import reader
SKIP = {"reader.ui", "reader.cli", "reader.__main__"}
failed = []

def walk(path, prefix):
    # not pkgutil.walk_packages: it would import reader.ui to look inside it
    for info in pkgutil.iter_modules(path, prefix):
        if info.name in SKIP:
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception as exc:
            failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
            continue
        if info.ispkg:
            walk(module.__path__, info.name + ".")

walk(reader.__path__, "reader.")
for expected in ("reader.analysis.sync", "reader.ingest.load", "reader.model.alignment"):
    if expected not in sys.modules:
        failed.append(f"{expected} was not imported: the walk is broken")
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


def test_the_model_file_can_be_read_before_numpy_is_imported() -> None:
    """`crossread align` starts reading the sentence model with
    reader.analysis.sentence_model.model_source at once; importing it must not wait for
    numpy (a tenth of a second)."""
    script = (
        "import sys, reader.cli, reader.analysis.sentence_model.model_source; "
        "print('numpy' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.stdout.strip() == "False", proc.stdout + proc.stderr


def test_ingest_and_the_model_import_nothing_of_analysis_or_later_layers() -> None:
    """Data flows files -> ingest -> analysis -> session -> ui/export (DESIGN.md): ingest
    and the model layer, read first, import no module of the layers after them."""
    later = ("reader.analysis", "reader.session", "reader.export", "reader.ui")
    found = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for folder in ("reader/ingest", "reader/model")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("from reader.", "import reader."))
        and line.split()[1].startswith(later)
    ]
    assert not found, "\n".join(found)


def _top_level_imports(path: Path) -> list[str]:
    """The modules ``path`` imports at its top level (not inside a function)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def test_tests_outside_ui_import_no_qt_at_their_top() -> None:
    """CI runs every test outside tests/ui in a venv without PySide6 ("the core without
    Qt", .ci/run): a test module there importing Qt or reader.ui at its top cannot even
    be collected (a test of session's wording once imported reader.ui.tooltips)."""
    tests = ROOT / "tests"
    qt = ("PySide6", "shiboken6", "pytestqt", "reader.ui")
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted(tests.rglob("*.py"))
        if "ui" not in path.relative_to(tests).parts[:1] and "data" not in path.parts
        for name in _top_level_imports(path)
        if any(name == q or name.startswith(q + ".") for q in qt)
    ]
    assert not found, "\n".join(found)
