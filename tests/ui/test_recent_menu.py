"""Tests of reader/ui/recent_menu.py: File > Recent pairs, filled (the pairs opened and
remembered: tests/ui/test_open_pair.py). The menus want the application (``qapp``): run
alone, this file had none, and Qt aborted the run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader.ui.recent_gone import GONE_MARK
from reader.ui.recent_menu import NO_RECENT, fill_recent_menu, recent_label
from tests.ui.test_open_pair import write


def test_a_recent_pair_whose_file_is_gone_says_so(qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    a = write(tmp_path, "a.txt", "Putin met Kim.\n")
    b = write(tmp_path, "b.txt", "Kim met Putin.\n")
    menu, clear = QMenu(), QAction("Clear")
    Path(b).unlink()
    fill_recent_menu(menu, [(a, b)], lambda x, y: None, clear)
    (entry,) = [x for x in menu.actions() if x.data()]
    # choosing it offers to forget it (test_recent_gone.py): it is not greyed out
    assert entry.isEnabled() and entry.text().endswith(GONE_MARK)
    assert f"No longer there: {b}" in entry.toolTip() and menu.toolTipsVisible()


def test_an_empty_recent_pairs_menu_says_so(qapp: QApplication) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    menu, clear = QMenu(), QAction("Clear")
    fill_recent_menu(menu, [], lambda x, y: None, clear)
    entries = [x for x in menu.actions() if not x.isSeparator()]
    assert [x.text() for x in entries] == [NO_RECENT, "Clear"]
    assert not any(x.isEnabled() for x in entries)


def test_one_pair_from_two_folders_shows_the_folders(qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    pairs = []
    for folder in ("monday", "tuesday"):
        (tmp_path / folder).mkdir()
        pairs.append(
            (write(tmp_path / folder, "a.txt", "A.\n"), write(tmp_path / folder, "b.txt", "B.\n"))
        )
    menu, clear = QMenu(), QAction("Clear")
    fill_recent_menu(menu, pairs, lambda x, y: None, clear)
    labels = [x.text() for x in menu.actions() if x.data()]
    assert labels[0] != labels[1] and labels[0].endswith("(monday)")


def test_recent_label_shortens_titles_and_falls_back_to_file_names() -> None:
    titles = {"/x/a.txt": "A very long headline " * 5, "/x/c.txt": "Q&A"}
    assert recent_label("/x/c.txt", "/x/b.html", titles) == "Q&&A  ↔  b.html"
    label = recent_label("/x/a.txt", "/x/c.txt", titles)
    assert label.split("  ↔  ")[0].endswith("…") and len(label.split("  ↔  ")[0]) <= 48


def test_recent_label_of_a_pasted_text_keeps_its_closing_quote_and_pasted() -> None:
    titles = {"/p/a.txt": "“Lawmakers in the upper house approved the budget on…” (pasted)"}
    label = recent_label("/p/a.txt", "/x/b.txt", titles).split("  ↔  ")[0]
    assert label.endswith("…” (pasted)") and label.startswith("“Lawmakers")
    assert len(label) <= 48
