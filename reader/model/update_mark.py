"""UpdateMark: a passage of an article's new text holding words its outlet changed, as
File > Update from the article files found it, with the wording it had before; or the
place of a passage the outlet took out (``removed``), with its words."""

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
    ("" for a passage the update added). A ``removed`` mark is the place (an empty span)
    where the update took out a passage (a paragraph, a sentence) whose words no other
    mark holds; ``before``: those words. Saved as ``"removed": true``, left out for a
    changed sentence, so a file of changed sentences reads as before."""

    side: str
    span: Span
    before: str = ""
    removed: bool = False

    def __post_init__(self) -> None:
        if self.side not in SIDES:
            raise SchemaError(f"an update mark's side must be 'a' or 'b', not {self.side!r}")
        if not isinstance(self.before, str):
            raise SchemaError("an update mark's earlier wording must be a string")
        if not isinstance(self.removed, bool):
            raise SchemaError("an update mark's 'removed' must be true or false")
        if self.removed and len(self.span):
            raise SchemaError("a removed passage's mark must be an empty span (its place)")

    def swapped(self) -> UpdateMark:
        """The same mark with articles A and B exchanged."""
        return UpdateMark("b" if self.side == "a" else "a", self.span, self.before, self.removed)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"side": self.side, "span": self.span.to_pair()}
        out["before"] = self.before
        if self.removed:  # left out otherwise: a changed sentence's mark reads as before
            out["removed"] = True
        return out

    @classmethod
    def from_json(cls, data: Any) -> UpdateMark:
        if not isinstance(data, dict):
            raise SchemaError("an update mark must be a JSON object")
        try:
            return cls(
                data["side"],
                Span.from_json(data["span"]),
                data.get("before", ""),
                data.get("removed", False),
            )
        except KeyError as exc:
            raise SchemaError(f"an update mark lacks {exc.args[0]!r}") from None
