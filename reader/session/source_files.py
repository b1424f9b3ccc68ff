"""The article files a saved session came from: where they are, and whether they still
match it.

Article paths are made absolute where they enter (the command line, the window's
opener, :func:`absolute_path`), so a session or a recent pair names its files wherever
Crossread runs next. Sessions written before that may hold relative paths:
:func:`with_absolute_paths` resolves them when the session is opened.

A session keeps the articles' text, so it opens the same whatever happened to the files
since. The reader should still know when a file was edited or removed after its text was
read: what the session shows is then no longer what the file says. The session knows it
by the fingerprint of the bytes each text was read from (:func:`source_changes`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path, PureWindowsPath

from reader.model.document import Document
from reader.model.fingerprint import FileFingerprint
from reader.model.session import Session


def is_file_path(path: str) -> bool:
    """False for a document read from no file ("", "<pasted>")."""
    return bool(path) and not path.startswith("<")


def absolute_path(path: str | os.PathLike[str]) -> str:
    """``path`` as given, made absolute against the working directory (symbolic links are
    kept, ``..`` folded away)."""
    return os.path.abspath(os.fspath(path))


def with_absolute_paths(session: Session, session_file: str | os.PathLike[str]) -> Session:
    """``session`` with any relative article path (an older Crossread wrote them as typed)
    made absolute: against ``session_file``'s folder when the article is there (a folder
    moved with its session and articles), else against the working directory. A session
    whose paths are absolute already comes back as it is. A path written on Windows
    (``articles\\a.txt``, ``C:\\Users\\me\\a.txt``) is looked for beside the session by
    its parts (an absolute one by its name) and otherwise kept as written, never read
    as one odd file name in the working directory."""
    folder = Path(absolute_path(session_file)).parent

    def resolved(doc: Document) -> Document:
        if not is_file_path(doc.path) or os.path.isabs(doc.path):
            return doc
        windows = PureWindowsPath(doc.path)
        if os.sep == "/" and ("\\" in doc.path or windows.drive):  # saved on Windows
            parts = (windows.name,) if windows.is_absolute() else windows.parts
            beside = folder.joinpath(*parts)
            if beside.exists():  # moved here with its session (its folders kept, if any)
                return replace(doc, path=str(beside))
            if windows.is_absolute():  # a drive or a server: a path that means nothing here
                return doc
        beside = folder / doc.path
        where = str(beside) if beside.exists() else doc.path
        return replace(doc, path=absolute_path(where))

    al = session.alignment
    a, b = resolved(al.a), resolved(al.b)
    if a is al.a and b is al.b:
        return session
    return replace(session, alignment=replace(al, a=a, b=b))


CHUNK = 1 << 20  # bytes hashed at a time


def holds(path: str | os.PathLike[str], fingerprint: FileFingerprint) -> bool:
    """Whether the file ``path`` holds the bytes ``fingerprint`` was taken of: its size
    first (no reading), then its SHA-256. Raises OSError when it cannot be read."""
    where = Path(path)
    if where.stat().st_size != fingerprint.size:
        return False
    digest = hashlib.sha256()
    with where.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == fingerprint.sha256


@dataclass(frozen=True, slots=True)
class SourceChange:
    """Article ``side``'s file ``path`` is gone (``gone``), or holds another text than
    the session shows (the outlet changed it: File > Update from the article files
    reads it again)."""

    side: str  # "A" or "B"
    path: str
    gone: bool = False

    def in_words(self) -> str:
        if self.gone:
            return f"Article {self.side}'s file {self.path} is gone; the session keeps its text."
        return (
            f"Article {self.side}'s file {self.path} changed since this session read its "
            "text; the session shows the text it read then."
        )


def source_changes(
    session: Session,
    session_file: str | os.PathLike[str],
    load: Callable[[str], Document] | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> list[SourceChange]:
    """Each article whose file is gone or holds another text than ``session`` shows;
    none when nothing is known to have changed. Reads and hashes the files: call it off
    the GUI thread.

    An article read from a file with its fingerprint kept (:attr:`Document.fingerprint`)
    changed when the file's bytes are no longer those (its time does not count: a file
    touched, copied or checked out again holds the same bytes; a session saved again
    still tells the change); one of a session saved before fingerprints were kept, when
    its file was modified after ``session_file`` was written. A file that changed so is
    read with ``load`` (when given) and its text compared with the session's: a file
    whose bytes changed but not its text (a page saved again, its line ends converted)
    is no change; one that cannot be read is (Update then says why)."""
    out = []
    for side, doc in (("A", session.alignment.a), ("B", session.alignment.b)):
        if not is_file_path(doc.path) or is_cancelled():  # pasted text, no file
            continue
        try:
            if doc.fingerprint is not None:
                changed = not holds(doc.path, doc.fingerprint)
            else:
                changed = Path(doc.path).stat().st_mtime > Path(session_file).stat().st_mtime
        except FileNotFoundError:
            if not Path(doc.path).exists():
                out.append(SourceChange(side, doc.path, gone=True))
            continue
        except OSError:  # cannot be read (nor the session file): nothing known
            continue
        if changed and load is not None:
            changed = _text_differs(doc, load)
        if changed:
            out.append(SourceChange(side, doc.path))
    return out


def _text_differs(doc: Document, load: Callable[[str], Document]) -> bool:
    """Whether the file ``doc`` was read from gives another text now (or none)."""
    try:
        return load(doc.path).text != doc.text
    except Exception:  # the loader's error: Update reads it again and says it
        return True
