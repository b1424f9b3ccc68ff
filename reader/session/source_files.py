"""The article files a saved session came from: where they are, and whether they still
match it.

Article paths are made absolute where they enter (the command line, the window's
opener, :func:`absolute_path`), so a session or a recent pair names its files wherever
Crossread runs next. Sessions written before that may hold relative paths:
:func:`with_absolute_paths` resolves them when the session is opened.

A session keeps the articles' text, so it opens the same whatever happened to the files
since. The reader should still know when a file was edited or removed after the session
was saved: what the session shows is then no longer what the file says.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path, PureWindowsPath

from reader.model.document import Document
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


def source_changes(session: Session, session_file: str | os.PathLike[str]) -> list[str]:
    """One sentence for each article whose file is gone or was modified after
    ``session_file`` was written; none when nothing is known to have changed."""
    try:
        saved = Path(session_file).stat().st_mtime
    except OSError:
        return []
    out = []
    for side, doc in (("A", session.alignment.a), ("B", session.alignment.b)):
        if not is_file_path(doc.path):  # pasted text, no file
            continue
        try:
            changed = Path(doc.path).stat().st_mtime > saved
        except FileNotFoundError:
            out.append(f"Article {side}'s file {doc.path} is gone; the session keeps its text.")
            continue
        except OSError:
            continue
        if changed:
            out.append(
                f"Article {side}'s file {doc.path} changed after this session was saved; the "
                "session shows the text it was saved with."
            )
    return out
