"""A saved session brought up to date with its articles' files (Qt-free): the reader's
notes, rejections and links made by hand carried from the text the session was saved
with onto the text the outlet has since published (a correction, an added paragraph).

Every passage goes to the same words in the new text (:class:`~reader.session.text_edits
.TextEdit`); a note on a match goes to the new alignment's match linking the same
passages, else stays on its passages. A note whose passage was reworded is tagged
"passage changed", one whose passage is gone "passage gone" (kept on the nearest
sentence): neither is ever dropped, and each keeps the words its passage had. A rejection
follows its match, a link made by hand its passages; one that no longer applies (the
match is not made again, a passage is gone) goes, and the report says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from reader.analysis.linking.relatedness import shared_statements
from reader.errors import ReaderError
from reader.model.alignment import Alignment, Match
from reader.model.document import Document
from reader.model.note import Note
from reader.model.same_match import MatchesByPassages
from reader.model.session import MANUAL_PREFIX, Session
from reader.model.span import Span
from reader.model.update_mark import UpdateMark
from reader.session.changes import and_list
from reader.session.paragraph_counts import only_breaks_changed, paragraph_counts
from reader.session.source_files import is_file_path
from reader.session.text_edits import Carried, Fate, TextEdit
from reader.session.update_marks import (
    marks_of_edit,
    removed_marks,
    sentences_of,
    updated_marks,
)
from reader.session.view import visible_alignment

PASSAGE_CHANGED = "passage changed"  # tags of a note whose passage the update reworded
PASSAGE_GONE = "passage gone"  # or took out
# under this share of the old text's words in the new one, the file holds another article
MIN_KEPT_SHARE = 0.3
QUOTE_MAX = 400  # characters of a passage's old words kept in its note, at most


class UpdateRefused(ReaderError):
    """The article files cannot update the session (another article, another event);
    ``message`` says why; the session stays as it was."""


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True, slots=True)
class SideUpdate:
    """What changed in one article: its paragraphs changed, added and removed, as the
    marks the update leaves on its new text (``marks``) show them
    (:mod:`reader.session.paragraph_counts`); ``breaks``: with none, whether its
    paragraphs were joined or split, its words the same."""

    side: str  # "A" or "B"
    changed: int = 0
    added: int = 0
    removed: int = 0
    marks: tuple[UpdateMark, ...] = ()
    breaks: bool = False

    def in_words(self) -> str:
        parts = []
        if self.changed:
            parts.append(_plural(self.changed, "paragraph changed", "paragraphs changed"))
        if self.added:
            parts.append(
                f"{self.added} added"
                if parts
                else _plural(self.added, "paragraph added", "paragraphs added")
            )
        if self.removed:
            parts.append(
                f"{self.removed} removed"
                if parts
                else _plural(self.removed, "paragraph removed", "paragraphs removed")
            )
        said = and_list(parts) if parts else _unmarked(self.breaks)
        return f"Article {self.side} was updated: {said}"


def _unmarked(breaks: bool) -> str:
    """What an update that changed no word of an article says of it."""
    if breaks:
        return "its words are the same, only its paragraph breaks changed"
    return "only its spacing changed"


@dataclass(frozen=True, slots=True)
class UpdateReport:
    """What the update changed: each article updated, and what became of the reader's
    notes (moved with their words, reworded, gone), rejections and links made by hand."""

    sides: tuple[SideUpdate, ...]
    notes_moved: int = 0
    notes_changed: int = 0
    notes_gone: int = 0
    rejections_dropped: int = 0
    links_dropped: int = 0

    def in_words(self) -> str:
        """ "Article A was updated: 3 paragraphs changed and 1 added; 2 notes moved with
        their words, 1 note's passage is gone (tagged “passage gone”)." """
        head = "; ".join(s.in_words() for s in self.sides)
        parts = []
        if self.notes_moved:
            parts.append(
                _plural(
                    self.notes_moved, "note moved with its words", "notes moved with their words"
                )
            )
        if self.notes_changed:
            whose = "note's passage was" if self.notes_changed == 1 else "notes' passages were"
            parts.append(f"{self.notes_changed} {whose} reworded (tagged “{PASSAGE_CHANGED}”)")
        if self.notes_gone:
            whose = "note's passage is" if self.notes_gone == 1 else "notes' passages are"
            parts.append(
                f"{self.notes_gone} {whose} gone (tagged “{PASSAGE_GONE}”, on the nearest sentence)"
            )
        if self.rejections_dropped:
            parts.append(
                _plural(self.rejections_dropped, "rejected match is", "rejected matches are")
                + " no longer made"
            )
        if self.links_dropped:
            parts.append(
                _plural(self.links_dropped, "link made by hand", "links made by hand")
                + " lost a passage and went"
            )
        return head + ("; " + and_list(parts) if parts else "") + "."


@dataclass(frozen=True, slots=True)
class Updated:
    """The session on the new texts and what the update did."""

    session: Session
    report: UpdateReport


def check_same_article(side: str, old: Document, new: Document) -> TextEdit:
    """The edit from ``old``'s text to ``new``'s; raises UpdateRefused when ``new`` is no
    version of ``old`` (under MIN_KEPT_SHARE of its words kept) or holds no words."""
    if not new.text.strip():
        raise UpdateRefused(f"Article {side}'s file {new.path} holds no text now.")
    edit = TextEdit.between(old.text, new.text)
    share = edit.kept_share()
    if share < MIN_KEPT_SHARE:
        raise UpdateRefused(
            f"Article {side}'s file {new.path} now holds another article: only "
            f"{share:.0%} of the words of the one in this session are in it. The session "
            "stays as it was; open the file as a pair of its own to read it."
        )
    return edit


def paragraph_changes(side: str, old: Document, new: Document, edit: TextEdit) -> SideUpdate:
    """The marks ``edit`` leaves on ``new`` (a bar on each sentence holding changed
    words, a wedge where a passage of ``old`` was taken out), and how many paragraphs
    they show changed, added and removed."""
    key = side.lower()
    sentences = [s for s in sentences_of(new) if edit.changed_in(s)]
    changed = marks_of_edit(key, edit, sentences, old.paragraphs)
    marks = (*changed, *removed_marks(key, edit, old, new, changed))
    counts = paragraph_counts(edit, old, new, marks)
    breaks = not marks and only_breaks_changed(old, new)
    return SideUpdate(side, counts.changed, counts.added, counts.removed, marks, breaks)


def read_again(
    session: Session,
    load: Callable[[str], Document],
    align: Callable[..., Alignment],
    progress: Callable[[float], None] = lambda _f: None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> Updated | None:
    """``session`` updated from its articles' files, read with ``load`` and aligned with
    ``align`` (off the GUI thread: this takes as long as opening the pair); None when the
    files hold the text the session shows. Each article read has the fingerprint of the
    file it was read from now (``Document.fingerprint``), so that the session no longer
    says it changed (an article whose text is the same too, when the other's changed).
    A file that is gone, or an article pasted
    (no file), keeps the session's text. Raises the loader's error for a file that cannot
    be read, and UpdateRefused for one that holds another article or no text, or a pair
    that no longer shares a claim or quote where the session's did (another event)."""
    al = session.alignment
    docs = []
    changed = []
    edits: dict[str, TextEdit] = {}
    for side, doc in (("A", al.a), ("B", al.b)):
        if not is_file_path(doc.path) or not Path(doc.path).exists():
            docs.append(doc)
            continue
        new = load(doc.path)
        if new.text == doc.text:  # the file's bytes, if they changed, are now the ones read
            same = doc.fingerprint == new.fingerprint or new.fingerprint is None
            docs.append(doc if same else replace(doc, fingerprint=new.fingerprint))
            continue
        edits[side.lower()] = check_same_article(side, doc, new)
        docs.append(new)
        changed.append(side)
    if not changed:
        return None
    progress(0.05)
    new_al = align(
        docs[0], docs[1], progress=lambda f: progress(0.05 + 0.9 * f), is_cancelled=is_cancelled
    )
    before = shared_statements(visible_alignment(session))
    if before and not shared_statements(new_al):
        sides = " and ".join(changed)
        raise UpdateRefused(
            f"Article {sides}'s file now tells another event: the pair would share no claim "
            f"or quote, where the session's shares {before}. The session stays as it was; "
            "open the file as a pair of its own to read it."
        )
    return updated_session(session, new_al, edits)


def nearest_sentence(doc: Document, at: int) -> Span:
    """The sentence of ``doc`` holding offset ``at``, else the next one, else the last
    (an empty span at ``at`` in a text of no sentences)."""
    ordered = sorted(doc.sentences)
    for s in ordered:
        if s.end > at and len(s):
            return s
    return ordered[-1] if ordered else Span(at, at)


class _Carrier:
    """Carries spans and matches of the old session onto the new alignment."""

    def __init__(self, old: Session, new: Alignment, edits: dict[str, TextEdit]) -> None:
        al = old.alignment
        self.old, self.new = old, new
        self.edits = {
            side: edits.get(side) or TextEdit.between(then.text, now.text)
            for side, then, now in (("a", al.a, new.a), ("b", al.b, new.b))
        }
        self.docs = {"a": new.a, "b": new.b}
        self.found = MatchesByPassages(new.matches)  # reader.model.same_match

    def span(self, side: str, span: Span | None) -> Carried | None:
        return None if span is None else self.edits[side].span(span)

    def match(self, m: Match) -> str | None:
        """The new alignment's match linking ``m``'s passages, if there is one."""
        ca, cb = self.edits["a"].span(m.a), self.edits["b"].span(m.b)
        if Fate.GONE in (ca.fate, cb.fate):
            return None
        found = self.found.same_match(replace(m, a=ca.span, b=cb.span))
        return found.id if found is not None else None


def updated_session(
    old: Session, new: Alignment, edits: dict[str, TextEdit] | None = None
) -> Updated:
    """``old``'s notes, rejections and links made by hand carried onto ``new``, the
    alignment of its articles' new texts (A and B the same way round), with a mark on
    each sentence holding changed words (:mod:`reader.session.update_marks`); ``edits``: the
    edits of a side ("a", "b") worked out already (not diffed twice: a diff of a
    100,000-character article takes about 60 ms, benchmarks/update_diff.py)."""
    carrier = _Carrier(old, new, edits or {})
    sides = tuple(
        paragraph_changes(side.upper(), doc, carrier.docs[side], carrier.edits[side])
        for side, doc in (("a", old.alignment.a), ("b", old.alignment.b))
        if not carrier.edits[side].unchanged
    )
    manual, renamed, links_dropped = _manual_links(old, new, carrier)
    rejected = set()
    rejections_dropped = 0
    for mid in sorted(old.rejected):
        m = old.match_by_id(mid)
        target = renamed.get(mid) if m is not None and m.manual else None
        if m is not None and not m.manual:
            target = carrier.match(m)
        if target is not None:
            rejected.add(target)
        elif m is not None and not m.manual:
            rejections_dropped += 1
    notes: list[Note] = []
    counts = {Fate.KEPT: 0, Fate.CHANGED: 0, Fate.GONE: 0}
    for note in old.notes:
        carried, fate = _note(note, old, carrier, renamed)
        notes.append(carried)
        if fate is not None:
            counts[fate] += 1
    changed = [m for s in sides for m in s.marks]
    marks = updated_marks(old.update_marks, carrier.edits, changed)
    session = Session(new, tuple(notes), frozenset(rejected), manual, dict(old.view), marks)
    report = UpdateReport(
        sides,
        notes_moved=counts[Fate.KEPT],
        notes_changed=counts[Fate.CHANGED],
        notes_gone=counts[Fate.GONE],
        rejections_dropped=rejections_dropped,
        links_dropped=links_dropped,
    )
    return Updated(session, report)


def _manual_links(
    old: Session, new: Alignment, carrier: _Carrier
) -> tuple[tuple[Match, ...], dict[str, str], int]:
    """The links made by hand on the new texts (a passage gone: the link goes), the new
    id of each kept one, and how many went."""
    taken = {m.id for m in new.matches}
    kept: list[Match] = []
    renamed: dict[str, str] = {}
    dropped = 0
    for m in old.manual:
        ca, cb = carrier.edits["a"].span(m.a), carrier.edits["b"].span(m.b)
        if Fate.GONE in (ca.fate, cb.fate):
            dropped += 1
            continue
        mid = m.id
        i = len(kept) + 1
        while mid in taken:
            mid = f"{MANUAL_PREFIX}{i}"
            i += 1
        taken.add(mid)
        renamed[m.id] = mid
        kept.append(replace(m, id=mid, a=ca.span, b=cb.span))
    return tuple(kept), renamed, dropped


def _note(
    note: Note, old: Session, carrier: _Carrier, renamed: dict[str, str]
) -> tuple[Note, Fate | None]:
    """``note`` on the new texts, and what became of its passages (None: nothing, it is
    where it was)."""
    m = old.match_by_id(note.match_id) if note.match_id is not None else None
    a = note.a or (m.a if m is not None else None)
    b = note.b or (m.b if m is not None else None)
    target = None
    if m is not None:
        target = renamed.get(m.id) if m.manual else carrier.match(m)
    fates: list[Fate] = []
    spans: dict[str, Span | None] = {}
    words: list[str] = []
    for side, span in (("a", a), ("b", b)):
        carried = carrier.span(side, span)
        if carried is None or span is None:
            spans[side] = None
            continue
        fates.append(carried.fate)
        where = carried.span
        if carried.fate is Fate.GONE:
            where = nearest_sentence(carrier.docs[side], where.start)
        spans[side] = where
        if carried.fate is not Fate.KEPT:
            was = old.alignment.a if side == "a" else old.alignment.b
            before = " ".join(was.slice(span).split())
            if len(before) > QUOTE_MAX:
                before = before[: QUOTE_MAX - 1].rstrip() + "…"
            words.append(f"Before article {side.upper()} was updated, the passage read: “{before}”")
    fate = _worst(fates)
    moved = (spans["a"], spans["b"]) != (a, b)
    text, tags = note.text, note.tags
    if fate is Fate.GONE and PASSAGE_GONE not in tags:
        tags = (*tags, PASSAGE_GONE)
    elif fate is Fate.CHANGED and PASSAGE_CHANGED not in tags:
        tags = (*tags, PASSAGE_CHANGED)
    if words:
        text = "\n\n".join((text, *words)) if text else "\n\n".join(words)
    carried_note = Note(
        note.id, text, tags, target, spans["a"], spans["b"], note.created, note.modified
    )
    if fate is Fate.KEPT and not moved:
        return carried_note, None
    return carried_note, fate


def _worst(fates: list[Fate]) -> Fate:
    for fate in (Fate.GONE, Fate.CHANGED):
        if fate in fates:
            return fate
    return Fate.KEPT


__all__ = [
    "MIN_KEPT_SHARE",
    "PASSAGE_CHANGED",
    "PASSAGE_GONE",
    "SideUpdate",
    "UpdateRefused",
    "UpdateReport",
    "Updated",
    "check_same_article",
    "nearest_sentence",
    "paragraph_changes",
    "read_again",
    "updated_session",
]
