"""Session: an alignment plus the reader's work on it (notes, corrections, view settings).

Every change returns a new Session; nothing here mutates. Corrections survive
re-alignment (:meth:`Session.reapply`): a rejected match is recognised in the new
alignment by its kind and spans (:mod:`reader.model.same_match`), since match ids change.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from reader.errors import SchemaError, SessionError
from reader.model.alignment import Alignment, Match, MatchKind
from reader.model.note import Note
from reader.model.same_match import MatchesByPassages
from reader.model.span import Span
from reader.model.update_mark import UpdateMark

SESSION_SCHEMA = "reader.session/1"
MANUAL_PREFIX = "manual-"

JSONScalar = str | int | float | bool | None
MatchKey = tuple[str, int, int, int, int]


def match_key(m: Match) -> MatchKey:
    """What identifies a match across re-alignments: (kind, a.start, a.end, b.start, b.end)."""
    return (m.kind.value, m.a.start, m.a.end, m.b.start, m.b.end)


def reading_order(m: Match) -> tuple[int, int, int, int]:
    return (m.a.start, m.a.end, m.b.start, m.b.end)


def _check_view(view: Mapping[str, Any]) -> dict[str, JSONScalar]:
    out: dict[str, JSONScalar] = {}
    for k, v in view.items():
        if not isinstance(k, str):
            raise SchemaError("view setting names must be strings")
        if v is not None and not isinstance(v, str | int | float | bool):
            raise SchemaError(f"view setting {k!r} must be a string, number, boolean or null")
        if isinstance(v, float) and not math.isfinite(v):
            raise SchemaError(f"view setting {k!r} must be a finite number")
        out[k] = v
    return out


@dataclass(frozen=True, slots=True)
class Session:
    """The pair's alignment and what the reader did with it.

    ``rejected`` holds ids of matches the reader hid (alignment or manual ones; ``restore``
    brings them back); ``manual`` holds links made by hand (``Match.manual`` is True);
    ``view`` holds view settings as JSON scalars (sync on/off, zoom, filters...);
    ``update_marks`` the passages an update from the article files found changed
    (saved as "update_marks", left out when there are none: a file without them, from
    before they were kept, opens with none). Each document read from a file is saved
    with that file's fingerprint (:attr:`Document.fingerprint`, as "fingerprint" in its
    document, left out when it has none).
    """

    alignment: Alignment
    notes: tuple[Note, ...] = ()
    rejected: frozenset[str] = frozenset()
    manual: tuple[Match, ...] = ()
    view: dict[str, JSONScalar] = field(default_factory=dict)
    update_marks: tuple[UpdateMark, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "view", _check_view(self.view))
        al = self.alignment
        na, nb = len(al.a.text), len(al.b.text)
        ids = {m.id for m in al.matches}
        for m in self.manual:
            if m.id in ids:
                raise SchemaError(f"duplicate match id {m.id}")
            if not (m.a.fits(na) and m.b.fits(nb)):
                raise SchemaError(f"manual match {m.id} lies outside its documents")
            ids.add(m.id)
        unknown = sorted(self.rejected - ids)
        if unknown:
            raise SchemaError(f"rejected match {unknown[0]} does not exist")
        note_ids: set[str] = set()
        for n in self.notes:
            if n.id in note_ids:
                raise SchemaError(f"duplicate note id {n.id}")
            note_ids.add(n.id)
            if n.match_id is not None and n.match_id not in ids:
                raise SchemaError(f"note {n.id} refers to a missing match {n.match_id}")
            if (n.a is not None and not n.a.fits(na)) or (n.b is not None and not n.b.fits(nb)):
                raise SchemaError(f"note {n.id} lies outside its documents")
        for mark in self.update_marks:
            if not mark.span.fits(na if mark.side == "a" else nb):
                raise SchemaError(f"an update mark lies outside article {mark.side.upper()}")

    # -- looking things up -------------------------------------------------------------

    def match_by_id(self, match_id: str) -> Match | None:
        """An alignment or manual match by id (rejected ones included)."""
        found = self.alignment.match_by_id(match_id)
        if found is not None:
            return found
        return next((m for m in self.manual if m.id == match_id), None)

    def note_by_id(self, note_id: str) -> Note | None:
        return next((n for n in self.notes if n.id == note_id), None)

    def notes_for_match(self, match_id: str) -> tuple[Note, ...]:
        return tuple(n for n in self.notes if n.match_id == match_id)

    def visible_matches(self) -> tuple[Match, ...]:
        """Alignment matches not rejected, plus manual ones, in reading order of A."""
        shown = [m for m in (*self.alignment.matches, *self.manual) if m.id not in self.rejected]
        return tuple(sorted(shown, key=reading_order))

    def rejected_matches(self) -> tuple[Match, ...]:
        """The hidden matches, in reading order of A (for a "restore" list)."""
        hidden = [m for m in (*self.alignment.matches, *self.manual) if m.id in self.rejected]
        return tuple(sorted(hidden, key=reading_order))

    # -- notes -------------------------------------------------------------------------

    def add_note(self, note: Note) -> Session:
        """This session with ``note`` added; a note on a match gets the match's spans too."""
        if self.note_by_id(note.id) is not None:
            raise SchemaError(f"duplicate note id {note.id}")
        if note.match_id is not None:
            m = self.match_by_id(note.match_id)
            if m is None:
                raise SchemaError(f"note {note.id} refers to a missing match {note.match_id}")
            note = note.retargeted(m.id, note.a or m.a, note.b or m.b)
        return replace(self, notes=(*self.notes, note))

    def edit_note(
        self, note_id: str, text: str | None = None, tags: Iterable[str] | None = None
    ) -> Session:
        """This session with the text and/or tags of note ``note_id`` changed."""
        old = self._note(note_id)
        new = old.edited(text, tags)
        return replace(self, notes=tuple(new if n.id == note_id else n for n in self.notes))

    def delete_note(self, note_id: str) -> Session:
        self._note(note_id)
        return replace(self, notes=tuple(n for n in self.notes if n.id != note_id))

    def _note(self, note_id: str) -> Note:
        found = self.note_by_id(note_id)
        if found is None:
            raise KeyError(f"no note {note_id}")
        return found

    # -- corrections -------------------------------------------------------------------

    def reject(self, match_id: str) -> Session:
        """This session with match ``match_id`` hidden (its notes are kept)."""
        if self.match_by_id(match_id) is None:
            raise KeyError(f"no match {match_id}")
        return replace(self, rejected=self.rejected | {match_id})

    def restore(self, match_id: str) -> Session:
        """This session with a rejected match shown again."""
        return replace(self, rejected=self.rejected - {match_id})

    def link(self, a: Span, b: Span, kind: MatchKind = MatchKind.CLAIM) -> tuple[Session, Match]:
        """This session with a hand-made match between ``a`` and ``b``, and that match.

        Raises SchemaError when a match shown links these very passages already (a link
        made twice, or over the aligner's own); a rejected one may be linked by hand."""
        if not (a.fits(len(self.alignment.a.text)) and b.fits(len(self.alignment.b.text))):
            raise SchemaError("a manual link must lie inside both documents")
        if len(a) == 0 or len(b) == 0:
            raise SchemaError("a manual link needs text selected in both articles")
        if any((m.a, m.b) == (a, b) for m in self.visible_matches()):
            raise SchemaError("These passages are linked already.")
        m = Match(self._free_manual_id(), kind, a, b, 1.0, manual=True)
        return replace(self, manual=(*self.manual, m)), m

    def unlink(self, match_id: str) -> Session:
        """This session without manual match ``match_id`` (notes on it keep their spans)."""
        m = next((x for x in self.manual if x.id == match_id), None)
        if m is None:
            raise KeyError(f"no manual match {match_id}")
        notes = tuple(
            n.retargeted(None, n.a or m.a, n.b or m.b) if n.match_id == match_id else n
            for n in self.notes
        )
        return replace(
            self,
            manual=tuple(x for x in self.manual if x.id != match_id),
            notes=notes,
            rejected=self.rejected - {match_id},
        )

    def _free_manual_id(self, taken: Iterable[str] = ()) -> str:
        used = {m.id for m in self.alignment.matches} | {m.id for m in self.manual} | set(taken)
        i = len(self.manual) + 1
        while f"{MANUAL_PREFIX}{i}" in used:
            i += 1
        return f"{MANUAL_PREFIX}{i}"

    # -- view settings -----------------------------------------------------------------

    def with_view(self, **settings: JSONScalar) -> Session:
        return replace(self, view={**self.view, **settings})

    # -- re-alignment ------------------------------------------------------------------

    def reapply(self, new: Alignment) -> Session:
        """The reader's work carried over to ``new``, a re-alignment of the same two texts.

        Rejections follow their match by kind and spans (a name or figure match whose
        passages grew from where they began, too: "12" now "12 feet", see
        :meth:`~reader.model.same_match.MatchesByPassages.grown`); manual links are kept
        (renamed if the new alignment uses their id); notes re-attach to the match with the
        same spans (:func:`~reader.model.same_match.same_match`, as the match chosen on
        screen does) or the one grown from it, or fall back to their own passages when it
        is gone. A rejection whose match the new alignment lacks is dropped: there is
        nothing left to hide.
        """
        old = self.alignment
        if new.a.text != old.a.text or new.b.text != old.b.text:
            raise SessionError("The re-aligned articles differ from the ones in this session.")
        found = MatchesByPassages(new.matches)  # reader.model.same_match
        new_ids = {m.id for m in new.matches}

        renamed: dict[str, str] = {}
        manual: list[Match] = []
        taken: set[str] = set(new_ids)
        for m in self.manual:
            mid = m.id
            if mid in taken:
                mid = Session(new)._free_manual_id(taken)
            taken.add(mid)
            renamed[m.id] = mid
            manual.append(replace(m, id=mid))
        for m in old.matches:
            same = found.same_kind(m) or found.grown(m)
            if same is not None:
                renamed[m.id] = same.id

        rejected = frozenset(renamed[i] for i in self.rejected if i in renamed)
        notes: list[Note] = []
        for n in self.notes:
            if n.match_id is None:
                notes.append(n)
                continue
            m_old = self.match_by_id(n.match_id)
            target = renamed.get(n.match_id)
            if target is None and m_old is not None:
                same = found.same_match(m_old)
                target = same.id if same is not None else None
            a = n.a or (m_old.a if m_old else None)
            b = n.b or (m_old.b if m_old else None)
            notes.append(n.retargeted(target, a, b))
        return Session(
            new, tuple(notes), rejected, tuple(manual), dict(self.view), self.update_marks
        )

    # -- JSON --------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        alignment = self.alignment.to_json()
        # Match.to_json rounds scores for display; a session keeps them exact (lossless).
        for out, m in zip(alignment["matches"], self.alignment.matches, strict=True):
            out["score"] = m.score
        # what each article's file held when its text was read: none (pasted text, a
        # session from before they were kept), and the document reads as it did then
        for out, doc in zip(alignment["documents"], self.alignment.documents, strict=True):
            if doc.fingerprint is not None:
                out["fingerprint"] = doc.fingerprint.to_json()
        out = {
            "schema": SESSION_SCHEMA,
            "alignment": alignment,
            "notes": [n.to_json() for n in self.notes],
            "rejected": sorted(self.rejected),
            "manual": [{**m.to_json(), "score": m.score} for m in self.manual],
            "view": dict(self.view),
        }
        if self.update_marks:  # none: the file reads as one saved before they were kept
            out["update_marks"] = [m.to_json() for m in self.update_marks]
        return out

    @classmethod
    def from_json(cls, data: Any) -> Session:
        if not isinstance(data, dict):
            raise SchemaError("a session must be a JSON object")
        if data.get("schema") != SESSION_SCHEMA:
            raise SchemaError(f"unsupported session schema {data.get('schema')!r}")
        rejected = data.get("rejected", [])
        if not isinstance(rejected, list) or not all(isinstance(r, str) for r in rejected):
            raise SchemaError("rejected must be a list of match ids")
        view = data.get("view", {})
        if not isinstance(view, dict):
            raise SchemaError("view must be an object")
        manual = tuple(Match.from_json(m) for m in _list(data, "manual"))
        if not all(m.manual for m in manual):
            raise SchemaError("a manual match must be marked manual")
        session = cls(
            alignment=Alignment.from_json(data.get("alignment")),
            notes=tuple(Note.from_json(n) for n in _list(data, "notes")),
            rejected=frozenset(rejected),
            manual=manual,
            view=view,
            update_marks=tuple(UpdateMark.from_json(m) for m in _list(data, "update_marks")),
        )
        return session._with_match_spans()

    def _with_match_spans(self) -> Session:
        """This session with each note on a match that names no passage (a file written by
        hand or by another tool) given the match's spans, as ``add_note`` gives them: its
        passages are marked, and it keeps its text if a re-alignment drops the match."""
        if all(n.match_id is None or n.a is not None or n.b is not None for n in self.notes):
            return self
        notes = []
        for n in self.notes:
            m = None if n.a is not None or n.b is not None else self.match_by_id(n.match_id or "")
            notes.append(n if m is None else n.retargeted(m.id, m.a, m.b))
        return replace(self, notes=tuple(notes))


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise SchemaError(f"{key} must be a list")
    return value
