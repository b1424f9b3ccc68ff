"""Nothing in reader/ can run code from a file (issue 7): no pickle, marshal, shelve,
``eval``/``exec``/``compile``, ``yaml.load``, ``numpy.load(allow_pickle=True)`` or shell.

Session files, exports and caches are JSON or plain arrays; this scans the source with
``ast`` (so ``dialog.exec()``, a Qt method, is not mistaken for the builtin ``exec``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "reader").rglob("*.py"))

BANNED_MODULES = frozenset(
    {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle", "jsonpickle"}
)
BANNED_BUILTINS = frozenset({"eval", "exec", "compile", "__import__", "execfile"})
BANNED_ATTRIBUTES = {
    "yaml": frozenset({"load", "load_all", "unsafe_load", "unsafe_load_all", "full_load"}),
    "os": frozenset({"system", "popen", "execv", "execve", "execl", "execlp", "execvp"}),
}


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def unsafe_uses(source: str, filename: str = "<source>") -> list[str]:
    """``file:line: what`` for every unsafe import or call in ``source``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        where = f"{filename}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [
                f"{where}: import {a.name}"
                for a in node.names
                if a.name.split(".")[0] in BANNED_MODULES
            ]
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").split(".")[0]
            if module in BANNED_MODULES:
                found.append(f"{where}: from {node.module} import ...")
            names = {a.name for a in node.names}
            if module in BANNED_ATTRIBUTES and names & BANNED_ATTRIBUTES[module]:
                found.append(f"{where}: from {module} import {sorted(names)}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = _dotted(func)
            if isinstance(func, ast.Name) and func.id in BANNED_BUILTINS:
                found.append(f"{where}: {func.id}()")
            head, _, attr = name.rpartition(".")
            if head in BANNED_ATTRIBUTES and attr in BANNED_ATTRIBUTES[head]:
                found.append(f"{where}: {name}()")
            for kw in node.keywords:
                truthy = not (isinstance(kw.value, ast.Constant) and not kw.value.value)
                if kw.arg == "shell" and truthy:
                    found.append(f"{where}: {name}(shell=...)")
                if kw.arg == "allow_pickle" and truthy:
                    found.append(f"{where}: {name}(allow_pickle=...)")
    return found


def test_the_tree_has_sources() -> None:
    assert len(SOURCES) > 20


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_unsafe_call_or_import(path: Path) -> None:
    rel = str(path.relative_to(ROOT))
    assert unsafe_uses(path.read_text(encoding="utf-8"), rel) == []


@pytest.mark.parametrize(
    "snippet",
    [
        "import pickle",
        "import marshal as m",
        "from shelve import open",
        "from _pickle import loads",
        "eval(text)",
        "exec(code)",
        "compile(src, 'f', 'exec')",
        "__import__(name)",
        "yaml.load(stream)",
        "from yaml import unsafe_load",
        "os.system(cmd)",
        "subprocess.run(cmd, shell=True)",
        "np.load(path, allow_pickle=True)",
    ],
)
def test_scanner_finds_an_unsafe_snippet(snippet: str) -> None:
    assert unsafe_uses(snippet) != []


@pytest.mark.parametrize(
    "snippet",
    [
        "dialog.exec()",
        "app.exec()",
        "json.loads(text)",
        "yaml.safe_load(stream)",
        "np.load(path, allow_pickle=False)",
        "subprocess.run([sys.executable, '-c', code])",
        "re.compile(pattern)",
    ],
)
def test_scanner_accepts_a_safe_snippet(snippet: str) -> None:
    assert unsafe_uses(snippet) == []
