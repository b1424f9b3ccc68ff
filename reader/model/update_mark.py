"""UpdateMark: a passage of an article's new text holding words its outlet changed, as
File > Update from the article files found it, with the wording it had before."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.errors import SchemaError
from reader.model.span import Span

SIDES = ("a", "b")


@dataclass(frozen=True, slots=True)
class UpdateMark:
    """A sentence of article ``side`` ("a" or "b") holding changed words, at ``span`` of
    its new text; ``before``: what the text there read before the update, spaces joined
    ("" for a passage the update added)."""

    side: str
    span: Span
    before: str = ""

    def __post_init__(self) -> None:
        if self.side not in SIDES:
            raise SchemaError(f"an update mark's side must be 'a' or 'b', not {self.side!r}")
        if not isinstance(self.before, str):
            raise SchemaError("an update mark's earlier wording must be a string")

    def swapped(self) -> UpdateMark:
        """The same mark with articles A and B exchanged."""
        return UpdateMark("b" if self.side == "a" else "a", self.span, self.before)

    def to_json(self) -> dict[str, Any]:
        return {"side": self.side, "span": self.span.to_pair(), "before": self.before}

    @classmethod
    def from_json(cls, data: Any) -> UpdateMark:
        if not isinstance(data, dict):
            raise SchemaError("an update mark must be a JSON object")
        try:
            return cls(data["side"], Span.from_json(data["span"]), data.get("before", ""))
        except KeyError as exc:
            raise SchemaError(f"an update mark lacks {exc.args[0]!r}") from None
