"""Span: a half-open range of character offsets into a document's text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.errors import SchemaError


def _is_offset(value: object) -> bool:
    """An int that is not a bool (``true`` in a hand-edited file is no offset)."""
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """Characters ``text[start:end]`` (Python str indices, end exclusive)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (_is_offset(self.start) and _is_offset(self.end)):
            raise SchemaError(f"span offsets must be integers, got {self.start!r}, {self.end!r}")
        if self.start < 0 or self.end < self.start:
            raise SchemaError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def contains_offset(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def fits(self, length: int) -> bool:
        """True when the span lies inside a text of ``length`` characters."""
        return self.end <= length

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def to_pair(self) -> list[int]:
        return [self.start, self.end]

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_json(cls, data: Any) -> Span:
        """Read ``[start, end]`` or ``{"start": s, "end": e}``."""
        if isinstance(data, dict):
            try:
                return cls(data["start"], data["end"])
            except KeyError as exc:
                raise SchemaError(f"span lacks {exc.args[0]!r}") from None
        if isinstance(data, list | tuple) and len(data) == 2:
            return cls(data[0], data[1])
        raise SchemaError(f"not a span: {data!r}")
