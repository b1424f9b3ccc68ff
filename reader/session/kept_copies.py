"""Kept copies of unsaved work: ``unsaved-<stamp>.crossread`` files in the data folder.

When another pair or session replaces work that was not saved, the window keeps a copy
(:func:`kept_copy_path` names it, :func:`write_kept_copy` writes it);
:func:`list_kept_copies` reads them back, newest first, for the reader to open or delete
(:func:`kept_copy_times` lists them without reading, :func:`read_kept_copy` reads one). A
copy that cannot be read is listed with the reason. A copy of work on a session file
names that file in ``unsaved-<stamp>.origin`` beside it, as an autosave does
(:mod:`reader.session.autosave`): opened again, the work is that file's, unsaved.

A list needs only a copy's titles and number of notes: a well-formed copy is read that
far from its JSON, without building its session (a long pair's is 40-50 ms of Python
holding the interpreter's lock, in whatever thread reads it, where parsing the JSON
alone is 5-8 ms); anything unexpected in it is read in full, for the reason to give.
Damage deeper in a well-formed copy (a match out of range) is found on opening it; the
window then tells :func:`mark_unopenable`, and the copy is listed with that reason for the
rest of the run, until its file changes.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.errors import SessionError
from reader.gc_pause import collections_paused
from reader.model.session import SESSION_SCHEMA, Session
from reader.session.autosave import (
    PathArg,
    data_dir,
    discard,
    name_origin,
    origin_path,
)
from reader.session.store import MAX_BYTES, SUFFIX, describe, load_session, save_session

PREFIX = "unsaved-"
STAMP = "%Y%m%d-%H%M%S"
_NAME_RE = re.compile(rf"{PREFIX}(\d{{8}}-\d{{6}})(?:-\d+)?{re.escape(SUFFIX)}")
Stamp = tuple[int, int] | None  # a file's modification time (ns) and size; None: gone
_unopenable: dict[Path, tuple[Stamp, str]] = {}  # copies that failed to open, this run


@dataclass(frozen=True, slots=True)
class KeptCopy:
    """One kept copy: when it was kept (UTC), its two titles and number of notes, or
    ``error`` (the reason it cannot be read; then titles are empty and notes 0)."""

    path: Path
    kept: datetime
    titles: tuple[str, str] = ("", "")
    notes: int = 0
    error: str | None = None

    @property
    def readable(self) -> bool:
        return self.error is None


def kept_copy_path(directory: PathArg = None, now: datetime | None = None) -> Path:
    """A free name for a copy kept now: ``unsaved-<UTC stamp>[-n].crossread``."""
    folder = data_dir(directory)
    stem = PREFIX + (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP)
    path = folder / f"{stem}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return path


def kept_copy_files(directory: PathArg = None) -> list[Path]:
    """The kept copies' files (unsorted); none when the folder cannot be read."""
    try:
        return [p for p in data_dir(directory).glob(f"{PREFIX}*{SUFFIX}") if p.is_file()]
    except OSError:
        return []


def stamp(path: Path) -> Stamp:
    """What tells whether ``path`` changed since it was read (its time and size)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def listed_reason(path: Path, message: str) -> str:
    """Why ``path`` cannot be read, from the message opening it gave, as the list shows
    it (the path is in the table already)."""
    return message.removeprefix(f"Could not open {path}: ")


def mark_unopenable(path: Path, message: str) -> None:
    """Remember that the copy in ``path`` could not be opened, and why (``message``, as
    opening it said): damage its list entry did not show. It is listed as unreadable,
    with that reason, until its file changes."""
    _unopenable[path] = (stamp(path), listed_reason(path, message))


def read_kept_copy(path: Path) -> KeptCopy:
    """What the list shows of ``path``; never raises."""
    kept = _kept_time(path)
    failed = _unopenable.get(path)
    if failed is not None and failed[0] == stamp(path):
        return KeptCopy(path, kept, error=failed[1])
    summary = _summary(path)
    if summary is not None:
        return KeptCopy(path, kept, *summary)
    try:
        session = load_session(path)
    except SessionError as exc:
        return KeptCopy(path, kept, error=listed_reason(path, exc.message))
    al = session.alignment
    return KeptCopy(path, kept, (al.a.display_name, al.b.display_name), len(session.notes))


def _summary(path: Path) -> tuple[tuple[str, str], int] | None:
    """The two titles (each document's title, else its path) and the number of notes of
    a well-formed session file, read from its JSON alone; None when it is not one such
    file (not a file, too large, not JSON, another schema, no two articles, notes not a
    list): :func:`load_session` then tells why, or reads it after all."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        raw = path.read_bytes()
        with collections_paused():  # its many new dicts and lists are no garbage
            data = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("schema") != SESSION_SCHEMA:
        return None
    alignment, notes = data.get("alignment"), data.get("notes", [])
    docs = alignment.get("documents") if isinstance(alignment, dict) else None
    if not isinstance(notes, list) or not isinstance(docs, list) or len(docs) != 2:
        return None
    if not all(isinstance(d, dict) and isinstance(d.get("text"), str) for d in docs):
        return None
    a, b = (str(d.get("title", "")) or str(d.get("path", "")) for d in docs)
    return (a, b), len(notes)


def kept_copy_times(directory: PathArg = None) -> list[tuple[Path, datetime]]:
    """Every kept copy's file and when it was kept, newest first, none of them read: the
    order of :func:`list_kept_copies`, at the cost of a directory listing."""
    timed = [(p, _kept_time(p)) for p in kept_copy_files(directory)]
    return sorted(timed, key=lambda t: (t[1], t[0].name), reverse=True)


def list_kept_copies(directory: PathArg = None) -> list[KeptCopy]:
    """Every kept copy, newest first (each read: a long pair's takes tens of ms)."""
    return [read_kept_copy(p) for p, _kept in kept_copy_times(directory)]


def write_kept_copy(session: Session, path: Path, origin: PathArg = None) -> None:
    """Keep ``session`` in ``path`` (a name from :func:`kept_copy_path`); ``origin``: the
    session file it is unsaved work on (None: it has none), named beside the copy as an
    autosave names it, so that opened again it is that file's work, as Restore makes a
    crashed run's (:func:`~reader.session.autosave.origin_of`). Raises SessionError."""
    name_origin(path, origin)
    save_session(session, path)


def keep_autosave(path: Path) -> Path:
    """Keep a crashed run's autosave at ``path`` as a kept copy (File > Recover unsaved
    notes lists it), in the same folder, with the session file it names as its origin,
    if any, and forget the run; return where it went. Raise SessionError when it cannot
    be moved (the autosave then stays, offered again)."""
    where = kept_copy_path(path.parent)
    named, kept_named = origin_path(path), origin_path(where)
    try:
        kept_named.unlink(missing_ok=True)  # left by a copy deleted by hand
        if named.exists():
            named.replace(kept_named)
        path.replace(where)
    except OSError as exc:
        with contextlib.suppress(OSError):  # the autosave stays: its origin with it
            if kept_named.exists() and not named.exists():
                kept_named.replace(named)
        raise SessionError(f"Could not keep {path} as {where}: {describe(exc)}.") from None
    discard(path)  # the run's marker: the autosave itself is gone already
    return where


def delete_kept_copy(path: Path) -> None:
    """Remove a kept copy and the file naming its origin (already gone is fine); raise
    SessionError when that fails."""
    discard(path)  # an unsaved-* name has no run marker
    discard(origin_path(path))


def _kept_time(path: Path) -> datetime:
    """The time in the file's name, else its modification time, else the epoch."""
    m = _NAME_RE.fullmatch(path.name)
    with contextlib.suppress(ValueError):  # a stamp like 20241399-...: use the file's time
        if m is not None:
            return _stamp_time(m.group(1))
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return datetime.fromtimestamp(0, UTC)


def _stamp_time(stamp: str) -> datetime:
    """The UTC time of a name's ``YYYYMMDD-HHMMSS`` (STAMP); ValueError if there is none.

    Read by slicing, not ``datetime.strptime``: its first call in a run imports
    ``_strptime`` and ``calendar``, 30-35 ms on the GUI thread, which lists the copies
    as File > Recover unsaved notes opens."""
    d, t = stamp[:8], stamp[9:]
    parts = (d[:4], d[4:6], d[6:], t[:2], t[2:4], t[4:])
    year, month, day, hour, minute, second = (int(p) for p in parts)
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
