"""The window's reader-facing messages, checked against the window they talk about."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtWidgets import QMenu

from reader.errors import ModelLoadError
from reader.model import Alignment
from reader.ui.main_window import MainWindow
from reader.ui.messages import error_text, status_summary


def menu_entries(window: MainWindow) -> set[tuple[str, str]]:
    """(menu, entry) of every entry of the menu bar, without mnemonics and dots."""

    def plain(text: str) -> str:
        return text.replace("&", "").rstrip("…").strip()

    out = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            out |= {(plain(top.text()), plain(a.text())) for a in menu.actions()}
    return out


def test_the_model_error_names_the_menu_the_settings_are_in(window: MainWindow) -> None:
    _title, text = error_text(ModelLoadError("The sentence model could not be loaded."))
    named = re.findall(r"(\w+) > (\w+)", text)
    assert named and all(path in menu_entries(window) for path in named)


def test_the_counts_say_how_many_claims_the_reader_linked_by_hand(alignment: Alignment) -> None:
    """A hand link was counted as one more claim, with nothing telling it apart."""
    m1 = alignment.matches[0]
    linked = replace(m1, id="manual-1", manual=True, score=1.0)
    with_link = replace(alignment, matches=(*alignment.matches, linked))
    assert "1 discrepancy · 1 linked by hand · aligned" in status_summary(with_link)
    assert "by hand" not in status_summary(alignment)


def test_the_counts_say_how_many_matches_the_reader_rejected(alignment: Alignment) -> None:
    """The window's alignment holds no rejected match: the counts left them out without
    a word of how many."""
    assert "1 discrepancy · 2 rejected · aligned" in status_summary(alignment, rejected=2)
    assert "rejected" not in status_summary(alignment)


def test_a_long_alignment_says_its_time_in_minutes_and_seconds(alignment: Alignment) -> None:
    """Two 5 MB articles take minutes: "aligned in 138174 ms" had to be worked out."""
    slow = replace(alignment, timing_ms={"ingest": 174.0, "align": 138000.0})
    assert "aligned in 2 min 18 s (" in status_summary(slow)


def test_a_few_seconds_read_as_seconds(alignment: Alignment) -> None:
    assert "aligned in 6.2 s (" in status_summary(replace(alignment, timing_ms={"align": 6240.0}))
