"""Pasted articles: text (or a web page's HTML) the reader pasted, kept as files in the
data folder so that a pasted pair opens, re-opens from Recent pairs and saves in a
session like any pair of files.

Files are ``pasted/pasted-<time>-<side>-<first words>.txt`` (or ``.html``) under the data
folder (:func:`reader.session.autosave.data_dir`), so Recent pairs can tell them apart;
the newest :data:`KEEP` are kept.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from pathlib import Path

from reader.errors import SessionError
from reader.ingest import MAX_BYTES
from reader.model import Document
from reader.session.atomic import atomic_write
from reader.session.autosave import PathArg, data_dir
from reader.session.store import describe

KEEP = 100  # pasted files kept (50 pairs); older ones are removed


@dataclass(frozen=True, slots=True)
class Pasted:
    """One pasted article: its text, or the HTML it was copied as (then ``html`` is set
    and ``text`` is the plain text the clipboard gave with it)."""

    text: str
    html: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and not self.html.strip()


def pasted_folder(directory: PathArg = None) -> Path:
    return data_dir(directory) / "pasted"


def pasted_problem(a: Pasted, b: Pasted) -> str | None:
    """Why the two pasted articles cannot be compared (one is empty or too large), or
    None: the paste box checks this before it closes, so nothing pasted is lost."""
    for side, article in (("A", a), ("B", b)):
        if article.is_empty:
            return f"Article {side} is empty: paste or type its text first."
        if len(_content(article)[1].encode("utf-8")) > MAX_BYTES:
            limit = MAX_BYTES // 1_000_000
            return f"Article {side} is over {limit} MB: paste a shorter text."
    return None


def save_pasted(a: Pasted, b: Pasted, directory: PathArg = None) -> tuple[str, str]:
    """Write both articles to files and return their paths; SessionError (with a
    reader-facing message) when one is empty or too large or the folder is not writable.
    """
    problem = pasted_problem(a, b)
    if problem is not None:
        raise SessionError(problem)
    folder = pasted_folder(directory)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for side, article in (("a", a), ("b", b)):
            suffix, content = _content(article)
            path = _free_path(folder, f"pasted-{stamp}-{side}{slug(article.text)}", suffix)
            atomic_write(path, content.encode("utf-8"))
            paths.append(str(path))
    except OSError as exc:
        raise SessionError(
            f"Could not keep the pasted text in {folder}: {describe(exc)}."
        ) from None
    prune(folder)
    return paths[0], paths[1]


TITLE_WORDS = 8  # of a pasted article's opening, as its label when it gave no headline
PASTED_MARK = " (pasted)"  # after that label, where no line under it says so


def pasted_title(doc: Document, directory: PathArg = None) -> Document:
    """``doc``, a pasted article whose text gave no headline, labelled by its opening
    words, quoted, and where it came from ("“Lawmakers approved the budget on Tuesday
    after a…” (pasted)"), rather than by the file it was kept in
    ("pasted-20261202-033607-b-lawmakers-approved-the"), a name the reader never chose;
    any other document as it is (a file without a headline keeps the name the reader
    gave it)."""
    path = Path(doc.path) if doc.path else None
    if path is None or path.parent != pasted_folder(directory) or doc.title != path.stem:
        return doc
    first = next((doc.slice(s) for s in doc.content_sentences()), "")
    words = first.split()
    if not words:
        return doc
    if len(words) > TITLE_WORDS:
        opening = " ".join(words[:TITLE_WORDS]).rstrip(",;:–—-") + "…"
    else:
        opening = " ".join(words)
    return replace(doc, title=f"“{opening}”{PASTED_MARK}")


def slug(text: str, words: int = 6) -> str:
    """ "-the-first-words-of-the-text", lower case ASCII letters and digits; "" for none."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    found = re.findall(r"[a-z0-9]+", first.lower())[:words]
    return "".join(f"-{w}" for w in found)[:60]


def _content(article: Pasted) -> tuple[str, str]:
    """File suffix and content: the HTML when there is some (the extractor then finds the
    article in it), also when the text itself is a page's source, else the text."""
    if article.html.strip():
        return ".html", article.html
    if _PAGE_SOURCE.match(article.text):
        return ".html", article.text
    return ".txt", article.text


# a pasted text that is a web page's source ("view source", copy): read it as a page
_PAGE_SOURCE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def _free_path(folder: Path, stem: str, suffix: str) -> Path:
    """``stem + suffix`` in ``folder``, numbered when taken (two pastes in one second)."""
    path, n = folder / f"{stem}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{suffix}"
    return path


def prune(folder: Path, keep: int = KEEP) -> None:
    """Remove all but the newest ``keep`` pasted files (errors ignored: a file may be
    open elsewhere, and the next paste tries again)."""
    try:
        files = sorted(
            (p for p in folder.glob("pasted-*") if p.is_file()),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
    except OSError:
        return
    for old in files[keep:]:
        try:
            old.unlink()
        except OSError:
            continue
