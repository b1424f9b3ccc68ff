"""Atomic file writes: a temporary file in the target's directory, fsync, then rename.

The temporary file is ``.<name>.<8 random characters>.tmp`` beside the target. A
process killed mid-write (SIGKILL, a power cut) leaves it behind; the next write of the
same target removes such leftovers once they are an hour old (a younger one may be
another process's write in progress), and nothing else.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

STALE_AFTER_S = 3600.0
_RANDOM_PART = r"[a-z0-9_]{8}"  # what tempfile.mkstemp puts between prefix and suffix


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets 0o666 minus the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _is_special(path: Path) -> bool:
    """True for an existing target that is not a regular file (device, FIFO, socket)."""
    try:
        st = path.stat()
    except OSError:
        return False
    return not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode)


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never a part.

    The bytes go to a temporary file next to ``path`` (same file system), are flushed and
    fsynced, and the file is renamed over ``path`` with ``os.replace``. On any failure the
    temporary file is removed and the exception (an ``OSError``) propagates; ``path`` is
    then untouched. A ``path`` that is a symbolic link stays one: the file it points at
    is the one replaced.
    """
    # /dev/null, a pipe: replacing it would be wrong (and as root, harmful)
    if _is_special(Path(path)):
        with open(path, "wb") as fh:
            fh.write(data)
        return
    target = Path(os.path.realpath(path))  # a link's own file, not a new one in its place
    # "." (renaming onto it fails with a puzzling EBUSY), or "out/", a folder even when
    # there is none yet: Path would drop the slash and write a file called "out"
    if target.is_dir() or os.fspath(path).endswith(("/", os.sep)):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
    directory = target.parent
    mode = _mode_for(target)
    remove_stale_temp_files(target)
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(directory)


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def remove_stale_temp_files(
    path: str | os.PathLike[str], older_than_s: float = STALE_AFTER_S
) -> list[Path]:
    """Remove the temporary files :func:`atomic_write` left beside ``path`` (named
    ``.<name>.XXXXXXXX.tmp``, regular files last modified over ``older_than_s`` seconds
    ago); return those removed. Any other file is left alone, and errors are ignored:
    cleaning up never stops a save."""
    target = Path(path)
    pattern = re.compile(re.escape(_temp_prefix(target)) + _RANDOM_PART + r"\.tmp")
    cutoff = time.time() - older_than_s
    removed: list[Path] = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        if pattern.fullmatch(name) is None:
            continue
        leftover = target.parent / name
        with contextlib.suppress(OSError):
            st = leftover.lstat()
            if stat.S_ISREG(st.st_mode) and st.st_mtime < cutoff:
                leftover.unlink()
                removed.append(leftover)
    return removed


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
