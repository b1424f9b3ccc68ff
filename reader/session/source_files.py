"""The article files a saved session came from: where they are, and whether they still
match it.

Article paths are made absolute where they enter (the command line, the window's
opener, :func:`absolute_path`), so a session or a recent pair names its files wherever
Crossread runs next. Sessions written before that may hold relative paths:
:func:`with_absolute_paths` resolves them when the session is opened.

A session keeps the articles' text, so it opens the same whatever happened to the files
since. The reader should still know when a file was edited or removed after its text was
read: what the session shows is then no longer what the file says. The session knows it
by the fingerprint of the bytes each text was read from (:func:`source_changes`); a
session saved before fingerprints were kept takes them when its files still give its
text (:func:`check_sources`, :func:`with_fingerprints`). The same fingerprint finds an
article whose absolute path is gone beside a session moved with its articles
(:func:`found_beside`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping, Sequence
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
    its parts (an absolute one by its name, when the document has no fingerprint: one
    with a fingerprint is left to :func:`found_beside`, which checks the bytes) and
    otherwise kept as written, never read as one odd file name in the working
    directory."""
    folder = Path(absolute_path(session_file)).parent

    def resolved(doc: Document) -> Document:
        if not is_file_path(doc.path) or os.path.isabs(doc.path):
            return doc
        windows = PureWindowsPath(doc.path)
        if os.sep == "/" and ("\\" in doc.path or windows.drive):  # saved on Windows
            if windows.is_absolute() and doc.fingerprint is not None:
                return doc  # found_beside takes a file beside only if it holds its bytes
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


def holds(path: str | os.PathLike[str], fingerprint: FileFingerprint) -> bool:
    """Whether the file ``path`` holds the bytes ``fingerprint`` was taken of: its size
    first (no reading), then its SHA-256. Raises OSError when it cannot be read."""
    where = Path(path)
    if where.stat().st_size != fingerprint.size:
        return False
    with where.open("rb") as fh:  # hashed in pieces by the standard library
        return hashlib.file_digest(fh, "sha256").hexdigest() == fingerprint.sha256


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


@dataclass(frozen=True, slots=True)
class SourceCheck:
    """What :func:`check_sources` found: each article whose file is gone or holds another
    text (``changes``), and each article of a session saved before fingerprints were
    kept whose file still gives its text, with the fingerprint of that file's bytes
    (``taken``): saving the session keeps it (:func:`with_fingerprints`)."""

    changes: tuple[SourceChange, ...] = ()
    taken: tuple[tuple[Document, FileFingerprint], ...] = ()


def source_changes(
    session: Session,
    session_file: str | os.PathLike[str],
    load: Callable[[str], Document] | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> list[SourceChange]:
    """Each article whose file is gone or holds another text than ``session`` shows
    (:func:`check_sources`)."""
    return list(check_sources(session, session_file, load, is_cancelled).changes)


def check_sources(
    session: Session,
    session_file: str | os.PathLike[str],
    load: Callable[[str], Document] | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> SourceCheck:
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
    is no change; one that cannot be read is (Update then says why).

    With ``load``, the file of an article without a fingerprint is read whatever its
    time: when its text is the session's, the fingerprint of its bytes is taken
    (``SourceCheck.taken``), so that the session, saved again, knows its file by its
    bytes from then on."""
    out = []
    taken = []
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
        if doc.fingerprint is None and load is not None:
            read = _read(doc.path, load)
            if read is not None and read.text == doc.text:  # the same text: no change
                if read.fingerprint is not None:
                    taken.append((doc, read.fingerprint))
                continue
        elif changed and load is not None:
            read = _read(doc.path, load)
            changed = read is None or read.text != doc.text
        if changed:
            out.append(SourceChange(side, doc.path))
    return SourceCheck(tuple(out), tuple(taken))


def _read(path: str, load: Callable[[str], Document]) -> Document | None:
    """The article in ``path`` now; None when it cannot be read (Update reads it again
    and says why)."""
    try:
        return load(path)
    except Exception:  # the loader's error, whatever it is
        return None


def with_fingerprints(
    session: Session, taken: Mapping[tuple[str, str], FileFingerprint]
) -> Session:
    """``session`` with the fingerprint ``taken`` for each article without one, by its
    path and text (``Document.content_hash``): as a save writes it. A session with
    nothing to add comes back as it is."""

    def known(doc: Document) -> Document:
        found = taken.get((doc.path, doc.content_hash))
        if doc.fingerprint is not None or found is None:
            return doc
        return replace(doc, fingerprint=found)

    al = session.alignment
    a, b = known(al.a), known(al.b)
    if a is al.a and b is al.b:
        return session
    return replace(session, alignment=replace(al, a=a, b=b))


MAX_DEPTH = 4  # folders of an article's old path looked for again under the session's


@dataclass(frozen=True, slots=True)
class FoundBeside:
    """Article ``side``'s file, gone from the path the session named (``was``), found
    under the session's folder (``path``; ``name``: as seen from that folder), holding
    the bytes its text was read from."""

    side: str  # "A" or "B"
    was: str
    path: str
    name: str


def found_words(found: Sequence[FoundBeside]) -> str:
    """What the status bar says of the articles ``found`` (one or two): "Article A was
    found beside the session: a.txt holds the bytes it was read from." """
    if len(found) == 1:
        (f,) = found
        return (
            f"Article {f.side} was found beside the session: {f.name} holds the bytes it "
            "was read from."
        )
    sides = " and ".join(f.side for f in found)
    names = " and ".join(f.name for f in found)
    return (
        f"Articles {sides} were found beside the session: {names} hold the bytes they "
        "were read from."
    )


def found_beside(
    session: Session, session_file: str | os.PathLike[str]
) -> tuple[Session, tuple[FoundBeside, ...]]:
    """``session`` with each article whose file is gone from its absolute path found
    again beside ``session_file`` (a folder moved with its session and articles): the
    file of the same name there, or in the same folders there as its path ended with
    (``articles/a.txt``, up to :data:`MAX_DEPTH` of them), that holds the bytes the
    article's fingerprint was taken of; and what was found so. An article without a
    fingerprint is not looked for: a file of its name may be another. Hashes the files
    found: call it off the GUI thread."""
    folder = Path(absolute_path(session_file)).parent
    found: list[FoundBeside] = []

    def again(side: str, doc: Document) -> Document:
        fingerprint = doc.fingerprint
        if fingerprint is None or not is_file_path(doc.path) or os.path.exists(doc.path):
            return doc
        for place in _places(doc.path, folder):
            try:
                if place.is_file() and holds(place, fingerprint):
                    name = os.path.relpath(place, folder)
                    found.append(FoundBeside(side, doc.path, str(place), name))
                    return replace(doc, path=str(place))
            except OSError:  # cannot be read: not this one
                continue
        return doc

    al = session.alignment
    a, b = again("A", al.a), again("B", al.b)
    if a is al.a and b is al.b:
        return session, ()
    return replace(session, alignment=replace(al, a=a, b=b)), tuple(found)


def _places(path: str, folder: Path) -> list[Path]:
    """Where under ``folder`` the absolute ``path`` may be now: its name there, then its
    last folder and name, and so on (a path written on Windows read by its parts)."""
    windows = PureWindowsPath(path)
    if os.sep == "/" and ("\\" in path or windows.drive):
        parts, absolute = windows.parts, windows.is_absolute()
    else:
        parts, absolute = Path(path).parts, os.path.isabs(path)
    if not absolute:
        return []
    names = parts[1:]
    return [folder.joinpath(*names[-k:]) for k in range(1, min(len(names), MAX_DEPTH) + 1)]
