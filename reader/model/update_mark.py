"""UpdateMark: a passage of an article's new text holding words its outlet changed, as
File > Update from the article files found it, with the wording it had before; or the
place of a passage the outlet took out (``removed``), with its words."""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    changed sentence, so a file of changed sentences reads as before.

    A long sentence's earlier wording is kept cut short, around its first change:
    ``cut_from``, when words before it were left out (``before`` then begins with "…"),
    is where its first word kept stands in the sentence now (an offset from the span's
    start); ``cut_to``, when words after it were left out (``before`` ends with "…"),
    where its last word kept ends. A diff of the two wordings compares only that part
    of the sentence now: the words outside it are no change. Saved as ``"cut_from"``
    and ``"cut_to"``, each left out when None (the wording is whole at that end).

    A ``removed`` mark says what was taken out: ``paragraphs``, how many whole
    paragraphs (0: sentences of the paragraph its place is in, the rest of it kept).
    Saved as ``"paragraphs"``; None, for a changed sentence's mark, and for one an older
    Crossread saved, which did not say."""

    side: str
    span: Span
    before: str = ""
    removed: bool = False
    cut_from: int | None = None
    cut_to: int | None = None
    paragraphs: int | None = None

    def __post_init__(self) -> None:
        if self.side not in SIDES:
            raise SchemaError(f"an update mark's side must be 'a' or 'b', not {self.side!r}")
        if not isinstance(self.before, str):
            raise SchemaError("an update mark's earlier wording must be a string")
        if not isinstance(self.removed, bool):
            raise SchemaError("an update mark's 'removed' must be true or false")
        if self.removed and len(self.span):
            raise SchemaError("a removed passage's mark must be an empty span (its place)")
        for name, at in (("cut_from", self.cut_from), ("cut_to", self.cut_to)):
            if at is not None and (
                isinstance(at, bool) or not isinstance(at, int) or not 0 <= at <= len(self.span)
            ):
                raise SchemaError(
                    f"an update mark's {name!r} must be a whole number from 0 to its length"
                )
        if self.cut_from is not None and self.cut_to is not None and self.cut_from > self.cut_to:
            raise SchemaError("an update mark's 'cut_from' must not be after its 'cut_to'")
        if self.paragraphs is not None and (
            not self.removed
            or isinstance(self.paragraphs, bool)
            or not isinstance(self.paragraphs, int)
            or self.paragraphs < 0
        ):
            raise SchemaError(
                "an update mark's 'paragraphs' must be a whole number from 0, "
                "on a removed passage's mark only"
            )

    def swapped(self) -> UpdateMark:
        """The same mark with articles A and B exchanged."""
        return replace(self, side="b" if self.side == "a" else "a")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"side": self.side, "span": self.span.to_pair()}
        out["before"] = self.before
        if self.removed:  # left out otherwise: a changed sentence's mark reads as before
            out["removed"] = True
        for name, at in (("cut_from", self.cut_from), ("cut_to", self.cut_to)):
            if at is not None:  # likewise: a whole earlier wording reads as before
                out[name] = at
        if self.paragraphs is not None:
            out["paragraphs"] = self.paragraphs
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
                data.get("cut_from"),
                data.get("cut_to"),
                data.get("paragraphs"),
            )
        except KeyError as exc:
            raise SchemaError(f"an update mark lacks {exc.args[0]!r}") from None
