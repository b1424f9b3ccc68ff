"""Saving and opening ``.crossread`` session files (versioned JSON, atomic writes).

The file is one JSON object::

    {"schema": "reader.session/1", "app_version": "0.1.0", "saved": "2024-06-21T09:00:00+00:00",
     "alignment": {...reader.alignment/1, both documents included...},
     "notes": [...], "rejected": ["m3"], "manual": [...], "view": {"sync": true}}

Both documents' text and metadata are inside, so a session opens without its source
files. Every failure, on save or open, is a :class:`SessionError` with a message naming
the file and the reason; nothing else escapes, and a failed save leaves the old file as
it was.
"""

from __future__ import annotations

import errno
import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reader import __version__
from reader.errors import SessionError
from reader.gc_pause import collections_paused
from reader.model.note import now_iso
from reader.model.session import SESSION_SCHEMA, Session
from reader.session.atomic import atomic_write
from reader.session.note_reading import UnreadNote, unread_notice, with_readable_notes
from reader.session.only_in_one import split_at_paragraphs
from reader.session.unknown_fields import UnknownField, unknown_fields, unknown_notice

SUFFIX = ".crossread"
MAX_BYTES = 50 * 1024 * 1024
_SCHEMA_RE = re.compile(r"reader\.session/(\d+)")
_CURRENT_VERSION = 1


def session_bytes(session: Session) -> bytes:
    """The file contents for ``session`` (UTF-8 JSON)."""
    data: dict[str, Any] = {
        "schema": SESSION_SCHEMA,
        "app_version": __version__,
        "saved": now_iso(),
    }
    body = session.to_json()
    body.pop("schema", None)
    data.update(body)
    return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def save_session(session: Session, path: str | os.PathLike[str]) -> None:
    """Write ``session`` to ``path`` atomically; raise SessionError when that fails."""
    try:
        data = session_bytes(session)
    except (ValueError, TypeError) as exc:
        raise SessionError(f"Could not save the session: {exc}.") from None
    if len(data) > MAX_BYTES:
        raise SessionError(
            f"Could not save the session to {path}: it would be larger than "
            f"{MAX_BYTES // (1024 * 1024)} MB."
        )
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise SessionError(f"Could not save the session to {path}: {describe(exc)}.") from None


@dataclass(frozen=True, slots=True)
class OpenedSession:
    """A session read from ``path``, the notes of the file that had to be left out, and
    the fields of the file this version does not know (left out too; ``written_by``: the
    version of Crossread that saved the file, "" when it does not say)."""

    session: Session
    path: str
    unread: tuple[UnreadNote, ...] = ()
    unknown: tuple[UnknownField, ...] = ()
    written_by: str = ""

    def incomplete(self) -> bool:
        """Whether saving the session over its file would lose part of the file."""
        return bool(self.unread or self.unknown)

    def notice(self) -> str:
        """What to tell the reader about what was left out ("" when nothing was)."""
        parts = (
            unread_notice(self.unread, self.path, len(self.session.notes)),
            unknown_notice(self.unknown, Path(self.path).name, self.written_by),
        )
        return "\n\n".join(p for p in parts if p)

    def title(self) -> str:
        """A heading for :meth:`notice`."""
        if self.unread:
            return "Some notes could not be read"
        return "This session holds information Crossread does not know"


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read the session in ``path`` (leaving out any note that cannot be read, see
    :func:`read_session`); raise SessionError when it cannot be opened."""
    return read_session(path).session


def read_session(path: str | os.PathLike[str]) -> OpenedSession:
    """Read the session in ``path``; raise SessionError when it cannot be opened.

    A note that cannot be read or no longer fits the session is left out, and listed in
    the result, so the other notes stay within reach; the file is not touched. Damage to
    the session as a whole (not JSON, a newer version, no articles...) raises."""
    where = Path(path)
    try:
        size = where.stat().st_size
        if size > MAX_BYTES:
            raise SessionError(
                f"Could not open {where}: it is larger than {MAX_BYTES // (1024 * 1024)} MB, "
                "too large for a Crossread session."
            )
        with where.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SessionError(f"Could not open {where}: {describe(exc)}.") from None
    with collections_paused():
        return _parsed(raw, where, path)


def _parsed(raw: bytes, where: Path, path: str | os.PathLike[str]) -> OpenedSession:
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # an editor may have added a BOM
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SessionError(
            f"Could not open {where}: the file is damaged or not a Crossread session "
            "(it is not valid JSON)."
        ) from None
    _check_schema(data, where)
    try:
        raw_notes = data.get("notes", [])
        if not isinstance(raw_notes, list):
            raise SessionError(
                f"Could not open {where}: the session is damaged (notes must be a list)."
            )
        bare = _split_old_passages(Session.from_json({**data, "notes": []}))
        session, unread = with_readable_notes(bare, raw_notes)
        written_by = data.get("app_version")
        return OpenedSession(
            session,
            str(path),
            unread,
            unknown_fields(data, session),
            written_by if isinstance(written_by, str) else "",
        )
    except SessionError:
        raise
    except Exception as exc:  # SchemaError and whatever malformed input may provoke
        detail = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise SessionError(f"Could not open {where}: the session is damaged ({detail}).") from None


def _split_old_passages(session: Session) -> Session:
    """``session`` with the passages only one article reports split at paragraph breaks,
    as the aligner makes them since the fortieth session (an older file joined them:
    ``only_in_one.split_at_paragraphs``); the same session when none crosses one."""
    al = session.alignment
    only_a = split_at_paragraphs(al.a, al.only_a)
    only_b = split_at_paragraphs(al.b, al.only_b)
    if only_a is al.only_a and only_b is al.only_b:
        return session
    return replace(session, alignment=replace(al, only_a=only_a, only_b=only_b))


def keep_original(path: str | os.PathLike[str]) -> Path:
    """Copy the file ``path`` to a free name beside it (``name.crossread.bak``, else
    ``name.crossread.2.bak``...) before it is saved over; return the copy's path. Raise
    SessionError when it cannot be copied."""
    where = Path(path)
    try:
        data = where.read_bytes()
        copy = where.with_name(f"{where.name}.bak")
        n = 2
        while copy.exists():
            copy = where.with_name(f"{where.name}.{n}.bak")
            n += 1
        atomic_write(copy, data)
    except OSError as exc:
        raise SessionError(
            f"Could not keep a copy of {where} before saving over it: {describe(exc)}."
        ) from None
    return copy


def _check_schema(data: Any, where: Path) -> None:
    schema = data.get("schema") if isinstance(data, dict) else None
    found = _SCHEMA_RE.fullmatch(schema) if isinstance(schema, str) else None
    if found is None:
        raise SessionError(f"Could not open {where}: it is not a Crossread session.")
    if int(found.group(1)) < 1:  # no Crossread ever wrote it
        raise SessionError(
            f"Could not open {where}: its session format ({schema}) is none Crossread ever wrote."
        )
    if int(found.group(1)) > _CURRENT_VERSION:
        raise SessionError(
            f"Could not open {where}: it was written by a newer version of Crossread "
            f"({schema}); please update Crossread to open it."
        )


def describe(exc: OSError) -> str:
    """A reader-facing reason for an OS error."""
    reasons = {
        errno.ENOENT: "the file or folder does not exist",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
        errno.EISDIR: "it is a folder, not a file",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    if exc.errno in reasons:
        return reasons[exc.errno]
    return exc.strerror or str(exc) or type(exc).__name__
