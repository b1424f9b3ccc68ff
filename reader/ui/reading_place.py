"""Where the reader is: the match chosen and the text at the top of each pane, kept
through Swap sides (the panes get each other's text, and each would start again at its
top with nothing chosen)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class ReadingPlace:
    """The chosen match (its id, if any) and the offsets at the top of panes A and B."""

    match_id: str | None
    top_a: int
    top_b: int

    @classmethod
    def of(cls, window: MainWindow) -> ReadingPlace:
        return cls(
            window.linker.current,
            window.pane_a.offset_at_fraction(0.0),
            window.pane_b.offset_at_fraction(0.0),
        )

    def swapped(self) -> ReadingPlace:
        """The same place once A and B are exchanged (match ids stay)."""
        return ReadingPlace(self.match_id, self.top_b, self.top_a)

    def restore(self, window: MainWindow) -> None:
        """Scroll pane A back to its top text and choose the match again, quietly (no
        flash, no jump: the reader is already there); pane B goes back to its own top
        text, or level with A when scrolling is synced (as any later layout of a pane
        would put it)."""
        al = window.alignment()
        m = al.match_by_id(self.match_id) if al is not None and self.match_id else None
        linker = window.linker
        with linker.hold():
            window.pane_a.put_offset_at_fraction(self.top_a, 0.0)
            if not linker.sync_enabled:
                window.pane_b.put_offset_at_fraction(self.top_b, 0.0)
            if m is not None:
                linker.current = m.id
                window.pane_a.select_span(m.a)
                window.pane_b.select_span(m.b)
                window.wording_marks.mark(m.id)
                window.link_map.set_selected(m.id)
                window.dock.select_match(m.id)
        if linker.sync_enabled:
            linker.follow("a")
        linker.update_bands()
