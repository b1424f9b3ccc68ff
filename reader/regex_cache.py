"""Compiled regular expressions kept on disk between runs of the ``crossread`` program.

Python parses and compiles a regular expression in Python code (``re._parser``,
``re._compiler``): Crossread's 660-odd patterns (their word lists in six languages)
took about 230 ms of a 1.0 s ``crossread align`` on the sample pair, and as long again
in each start of the window. What compiling makes is a list of codes that ``_sre``, the
matching engine, checks and runs. This module keeps each pattern's codes in one file of
the cache folder (``regex/``, see :mod:`reader.cache_dir`), keyed by the pattern's text
and flags; a later run hands the kept codes to ``_sre.compile`` and skips the rest.

Nothing here can change what a pattern matches:

- the file is named for the exact interpreter (version, ``_sre.MAGIC``, code size): a
  file another Python wrote is never read;
- it carries a digest of its content: a file changed or cut short on disk is ignored,
  and ``_sre.compile`` itself refuses codes that do not form a valid program (the
  pattern is then compiled as usual);
- :func:`install` first compiles a few patterns both ways and compares them (two
  compiled patterns are equal only when their codes are): a Python that compiles
  otherwise than this module expects is left alone;
- it is JSON (no code is run to read it), written atomically.

Only the ``crossread`` program installs it (:func:`reader.cli.entry`); the library and
the tests compile patterns as Python does. The program saves what it compiled when it
ends; the window also after each task of its worker (:mod:`reader.ui.worker`), so that
a window that is killed keeps what its first alignment compiled. Files other Pythons
wrote are removed once no run has written them for :data:`OTHERS_KEPT_DAYS` days.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import base64
import contextlib
import hashlib
import json
import re
import sys
import threading
import time
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

# (flags, codes as base64 of 4-byte words, groups, group index, index group)
Entry = tuple[int, str, int, dict[str, int], list[str | None]]
Key = tuple[str, int]

_HEADER = b"crossread compiled patterns 1\n"
_DIGEST_SIZE = 16
# beyond this many patterns kept, a save keeps only those this run used
MAX_PATTERNS = 5000
# the file is written again when the patterns it lacked took this long to compile
WORTH_WRITING_S = 0.002
# a file of another Python (an upgrade, another install) not written for this long goes
OTHERS_KEPT_DAYS = 60
# patterns compiled both ways by install(): groups, names, look-arounds, flags, classes
_CHECKS: tuple[Key, ...] = (
    ("said", 0),
    (r"(?P<day>\d{1,2})\s*(?:st|nd|rd|th)?\s+(?i:june|july)", 0),
    (r"(?<![\w-])(?:[Mm]r|Mrs|Ms)\.?\s+([A-Z]\w+)(?=[\s,.])", 0),
    (r"(?:über|für|août|\bé)+[^\W\d_]{2,}|\$\d+(?:,\d{3})*", int(re.IGNORECASE)),
    (r"^\s*(\d+)(?:\.(\d+))?$|(?#a comment)x{2,5}?", int(re.MULTILINE | re.VERBOSE)),
)


def file_name() -> str:
    """The file this interpreter's compiled patterns are kept in."""
    version = ".".join(str(part) for part in sys.version_info[:3])
    tag = sys.implementation.cache_tag or sys.implementation.name
    return f"patterns-{tag}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}.bin"


class PatternFile:
    """The compiled patterns of one file: those read from it and those compiled since."""

    def __init__(self, path: Path, kept: dict[Key, Entry]) -> None:
        self.path = path
        self.kept = kept
        self.new: dict[Key, Entry] = {}
        self.used: set[Key] = set()
        self.new_cost = 0.0  # seconds spent compiling the new patterns
        # the window compiles on its GUI thread and worker threads, and saves on both
        self._lock = threading.RLock()
        self._writing = threading.Lock()

    @classmethod
    def read(cls, path: Path) -> PatternFile:
        """The patterns kept in ``path``; none when it is missing, damaged or foreign."""
        kept: dict[Key, Entry] = {}
        with contextlib.suppress(OSError, ValueError, TypeError):
            data = path.read_bytes()
            body = data[len(_HEADER) + _DIGEST_SIZE :]
            digest = data[len(_HEADER) : len(_HEADER) + _DIGEST_SIZE]
            if data.startswith(_HEADER) and digest == _digest(body):
                kept = {(p, f): tuple(entry) for p, f, *entry in json.loads(body)}
        return cls(path, kept)

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        """``re._compiler.compile``: the kept codes of ``pattern`` if there are any."""
        if type(pattern) is not str or flags & _compiler.SRE_FLAG_DEBUG:
            # (a str made by a library, an lxml text of a page: compiled as usual)
            return _ORIGINAL(pattern, flags)  # type: ignore[no-any-return]
        with self._lock:
            return self._compile(pattern, int(flags))

    def _compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        key = (pattern, flags)
        entry = self.kept.get(key) or self.new.get(key)
        if entry is not None:
            try:
                compiled = _from_entry(pattern, entry)
            except Exception:  # codes _sre refuses, a malformed entry: compile anew
                self.kept.pop(key, None)
            else:
                self.used.add(key)
                return compiled
        started = time.perf_counter()
        entry = _entry(pattern, flags)
        self.new[key] = entry
        self.new_cost += time.perf_counter() - started
        return _from_entry(pattern, entry)

    def save(self) -> None:
        """Write the file again when this run compiled patterns it did not hold and
        compiling them took long enough to be worth a write: a few small patterns made
        from one page's words (a name's, a library's) are not."""
        with self._writing:  # one write at a time, each holding all compiled before it
            with self._lock:  # (only while copying: compiling need not wait for the disk)
                if self.new_cost < WORTH_WRITING_S:
                    return
                table = dict(self.kept)
                if len(table) + len(self.new) > MAX_PATTERNS:
                    table = {key: self.kept[key] for key in self.used if key in self.kept}
                table.update(self.new)
                self.kept, self.new, self.new_cost = table, {}, 0.0
            rows = [[pattern, flags, *entry] for (pattern, flags), entry in table.items()]
            from reader.session.atomic import atomic_write  # loaded by now in every command

            # (ASCII: a pattern may hold a lone surrogate, "[\ud800-\udfff]", no UTF-8 can)
            with contextlib.suppress(OSError, ValueError):
                body = json.dumps(rows, separators=(",", ":")).encode("ascii")
                self.path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(self.path, _HEADER + _digest(body) + body)
                remove_others(self.path)


def remove_others(path: Path, now: float | None = None) -> None:
    """Remove the pattern files beside ``path`` that other Pythons wrote and no run
    has written for :data:`OTHERS_KEPT_DAYS` days (each holds about 1.5 MB)."""
    oldest = (time.time() if now is None else now) - OTHERS_KEPT_DAYS * 86400
    for other in path.parent.glob("patterns-*.bin"):
        with contextlib.suppress(OSError):
            if other.name != path.name and other.stat().st_mtime < oldest:
                other.unlink()


def _digest(body: bytes) -> bytes:
    return hashlib.blake2b(body, digest_size=_DIGEST_SIZE).digest()


def _entry(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` (Python 3.11 to 3.13) hands to ``_sre.compile``."""
    parsed = _parser.parse(pattern, flags)
    codes = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        base64.b64encode(array("I", codes).tobytes()).decode("ascii"),
        parsed.state.groups - 1,
        groupindex,
        indexgroup,
    )


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, codes, groups, groupindex, indexgroup = entry
    code_list = array("I", base64.b64decode(codes, validate=True)).tolist()
    return _sre.compile(pattern, flags, code_list, groups, groupindex, tuple(indexgroup))  # type: ignore[no-any-return]


_ORIGINAL = _compiler.compile
_installed: PatternFile | None = None


def compiles_as_python(check: PatternFile) -> bool:
    """This module compiles the sample patterns exactly as Python does."""
    if array("I").itemsize != _sre.CODESIZE:
        return False
    try:
        return all(
            check.compile(pattern, flags) == _ORIGINAL(pattern, flags) for pattern, flags in _CHECKS
        )
    except Exception:  # another Python's internals
        return False


def install(folder: Path | None) -> bool:
    """Compile patterns through the file in ``folder`` (None: nothing is kept) from now
    on; whether it is installed."""
    global _installed
    if folder is None or _installed is not None:
        return False
    patterns = PatternFile.read(folder / "regex" / file_name())
    if not compiles_as_python(PatternFile(patterns.path, {})):
        return False
    _compiler.compile = patterns.compile
    _installed = patterns
    return True


def save() -> None:
    """Keep what this run compiled for the next (nothing when not installed)."""
    if _installed is not None:
        _installed.save()


def uninstall() -> None:
    """Compile as Python does again."""
    global _installed
    _compiler.compile = _ORIGINAL
    _installed = None
