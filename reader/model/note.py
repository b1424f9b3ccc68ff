"""Note: the reader's remark on a match or on any passage of A and/or B."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reader.errors import SchemaError
from reader.model.span import Span

PRESET_TAGS: tuple[str, ...] = ("agrees", "contradicts", "only here", "check this")


def now_iso() -> str:
    """The current time as ISO-8601 in UTC, to the second (``2024-06-20T08:30:00+00:00``)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags stripped of surrounding blanks, empty ones and repeats dropped, order kept."""
    out: list[str] = []
    for tag in tags:
        t = " ".join(str(tag).split())
        if t and t not in out:
            out.append(t)
    return tuple(out)


def _check_time(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise SchemaError(f"note {what} must be a string")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise SchemaError(f"note {what} {value!r} is not an ISO-8601 time") from None
    return value


@dataclass(frozen=True, slots=True)
class Note:
    """A note on match ``match_id`` and/or on the passages ``a`` (in A) and ``b`` (in B).

    A note on a match also keeps that match's spans in ``a`` and ``b`` (``Session.add_note``
    fills them in), so it still points at its text when a re-alignment drops the match.
    ``created`` and ``modified`` are ISO-8601 times.
    """

    id: str
    text: str
    tags: tuple[str, ...] = ()
    match_id: str | None = None
    a: Span | None = None
    b: Span | None = None
    created: str = ""
    modified: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise SchemaError("a note needs an id")
        if self.match_id is None and self.a is None and self.b is None:
            raise SchemaError(f"note {self.id} has no target: a match or a passage of A or B")
        if not isinstance(self.tags, tuple) or not all(isinstance(t, str) for t in self.tags):
            raise SchemaError(f"note {self.id}: tags must be a tuple of strings")
        if not self.created:
            object.__setattr__(self, "created", now_iso())
        if not self.modified:
            object.__setattr__(self, "modified", self.created)

    @classmethod
    def new(
        cls,
        text: str,
        tags: Iterable[str] = (),
        *,
        match_id: str | None = None,
        a: Span | None = None,
        b: Span | None = None,
    ) -> Note:
        """A fresh note with a random id, created and modified now."""
        stamp = now_iso()
        return cls(
            id=f"n-{uuid.uuid4().hex[:12]}",
            text=text,
            tags=clean_tags(tags),
            match_id=match_id,
            a=a,
            b=b,
            created=stamp,
            modified=stamp,
        )

    def edited(self, text: str | None = None, tags: Iterable[str] | None = None) -> Note:
        """This note with new text and/or tags, ``modified`` set to now."""
        return Note(
            id=self.id,
            text=self.text if text is None else text,
            tags=self.tags if tags is None else clean_tags(tags),
            match_id=self.match_id,
            a=self.a,
            b=self.b,
            created=self.created,
            modified=now_iso(),
        )

    def retargeted(self, match_id: str | None, a: Span | None, b: Span | None) -> Note:
        """This note pointing at another match or passages (``modified`` unchanged)."""
        return Note(self.id, self.text, self.tags, match_id, a, b, self.created, self.modified)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "tags": list(self.tags),
            "match": self.match_id,
            "a": None if self.a is None else self.a.to_dict(),
            "b": None if self.b is None else self.b.to_dict(),
            "created": self.created,
            "modified": self.modified,
        }

    @classmethod
    def from_json(cls, data: Any) -> Note:
        if not isinstance(data, dict):
            raise SchemaError("a note must be a JSON object")
        note_id, text, tags = data.get("id"), data.get("text"), data.get("tags", [])
        if not isinstance(note_id, str) or not note_id:
            raise SchemaError("a note needs a string id")
        if not isinstance(text, str):
            raise SchemaError(f"note {note_id}: text must be a string")
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise SchemaError(f"note {note_id}: tags must be a list of strings")
        match_id = data.get("match")
        if match_id is not None and not isinstance(match_id, str):
            raise SchemaError(f"note {note_id}: match must be a string or null")
        a, b = data.get("a"), data.get("b")
        return cls(
            id=note_id,
            text=text,
            tags=tuple(tags),
            match_id=match_id,
            a=None if a is None else Span.from_json(a),
            b=None if b is None else Span.from_json(b),
            created=_check_time(data.get("created"), "created"),
            modified=_check_time(data.get("modified"), "modified"),
        )
