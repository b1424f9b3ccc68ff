"""The reading guide's text (reader/guide.py, Qt-free): keys in place, and an action
without a key named by its menu path."""

from __future__ import annotations

from reader.guide import GUIDE_KEYS, MENU_PATHS, guide_html

KEYS = {name: f"Key{n}" for n, name in enumerate(GUIDE_KEYS)}


def test_every_action_the_guide_names_has_a_menu_path() -> None:
    assert set(MENU_PATHS) == set(GUIDE_KEYS)


def test_an_action_without_a_key_is_named_by_its_menu_path() -> None:
    keys = {name: key for name, key in KEYS.items() if name != "find"}
    html = guide_html(keys)
    assert "Go &gt; Find… finds words in an article" in html
    assert "<b></b>" not in html


def test_a_menu_entry_without_a_key_is_not_named_twice() -> None:
    keys = {name: key for name, key in KEYS.items() if name != "open_pair"}
    html = guide_html(keys)
    assert "File &gt; Open pair… asks for two articles" in html
    assert html.count("Open pair…") == 1


def test_a_menu_entry_with_a_key_gives_it_after_the_path() -> None:
    assert f"File &gt; Open pair… (<b>{KEYS['open_pair']}</b>) asks" in guide_html(KEYS)


def test_with_no_key_at_all_no_empty_bold_is_left() -> None:
    assert "<b></b>" not in guide_html({})
