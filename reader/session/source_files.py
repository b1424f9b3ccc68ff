"""Whether the article files a saved session came from still match it.

A session keeps the articles' text, so it opens the same whatever happened to the files
since. The reader should still know when a file was edited or removed after the session
was saved: what the session shows is then no longer what the file says.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader.model.session import Session


def source_changes(session: Session, session_file: str | os.PathLike[str]) -> list[str]:
    """One sentence for each article whose file is gone or was modified after
    ``session_file`` was written; none when nothing is known to have changed."""
    try:
        saved = Path(session_file).stat().st_mtime
    except OSError:
        return []
    out = []
    for side, doc in (("A", session.alignment.a), ("B", session.alignment.b)):
        if not doc.path or doc.path.startswith("<"):  # pasted text, no file
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
