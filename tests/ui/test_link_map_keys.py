"""The link map without a mouse (reader/ui/link_map.py, link_keys.py, link_words.py): it
takes the focus by a click only, draws a ring and a current band, steps through the
links with the arrow keys, jumps with Enter, and says the current link to a screen
reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import MatchKind
from reader.ui.control_focus import ring_colour
from reader.ui.focus_ring import FOCUS_RING
from reader.ui.geometry import Band
from reader.ui.highlights import KIND_COLOURS
from reader.ui.link_keys import FIRST, LAST, PAGE_DOWN, PAGE_UP, step_to
from reader.ui.link_map import LinkMap
from reader.ui.link_words import ABOUT, NO_LINK, count_said, first_words, none_said
from tests.ui.palette_fixtures import PALETTES, palette

Key = Qt.Key
# five links in reading order; m2 and m3 in view, one above the other
LINKS = ["m1", "m2", "m3", "m4", "m5"]
UPPER = Band("m2", MatchKind.CLAIM, 10.0, 40.0, 10.0, 40.0)
LOWER = Band("m3", MatchKind.CLAIM, 60.0, 90.0, 60.0, 90.0)


@pytest.fixture
def link_map(qtbot: QtBot) -> LinkMap:
    widget = LinkMap()
    qtbot.addWidget(widget)
    widget.resize(72, 120)
    widget.set_bands([UPPER, LOWER])
    widget.set_links(LINKS, none_said(5))
    widget.set_speaker(lambda mid: f"the passages of {mid}")
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def said(link_map: LinkMap) -> str:
    iface = QAccessible.queryAccessibleInterface(link_map)
    assert iface is not None
    return iface.text(QAccessible.Text.Description)


def keys(link_map: LinkMap, *pressed: Key) -> str | None:
    for key in pressed:
        QTest.keyClick(link_map, key)
    return link_map.current()


# --- the step through the links ------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "step", "expected"),
    [
        ("m2", 1, "m3"),
        ("m2", -1, "m1"),
        ("m5", 1, "m5"),  # no wrapping, as in a list
        ("m1", -1, "m1"),
        ("m1", PAGE_DOWN, "m3"),
        ("m4", PAGE_DOWN, "m5"),
        ("m4", PAGE_UP, "m2"),
        ("m3", FIRST, "m1"),
        ("m3", LAST, "m5"),
        (None, 1, "m2"),  # the first link in view
        (None, -1, "m3"),  # the last link in view
        ("gone", 1, "m2"),  # a current link the filters now hide: from the view
    ],
)
def test_a_step_goes_through_the_links_in_reading_order(
    current: str | None, step: int | str, expected: str
) -> None:
    assert step_to(LINKS, current, step, 2, ["m2", "m3"]) == expected


def test_with_no_link_in_view_down_starts_at_the_first_and_up_at_the_last() -> None:
    assert step_to(LINKS, None, 1, 2, []) == "m1"
    assert step_to(LINKS, None, -1, 2, []) == "m5"


# --- focus --------------------------------------------------------------------------


def test_the_map_takes_the_focus_by_a_click_not_by_tab(link_map: LinkMap) -> None:
    assert link_map.focusPolicy() == Qt.FocusPolicy.ClickFocus
    QTest.mouseClick(link_map, Qt.MouseButton.LeftButton, pos=QPoint(36, 110))
    assert link_map.hasFocus()


def ring_at(link_map: LinkMap, y: int) -> QColor:
    image: QImage = link_map.grab().toImage()
    return image.pixelColor(0, y)


@pytest.mark.parametrize("name", PALETTES)
def test_the_focused_map_draws_a_ring(link_map: LinkMap, name: str) -> None:
    colours = PALETTES[name]
    if colours is not None:
        link_map.setPalette(palette(colours))
    link_map.clearFocus()  # shown alone, the map was given the window's focus
    before = ring_at(link_map, 60)
    link_map.setFocus()
    assert link_map.hasFocus()
    assert ring_at(link_map, 60) == ring_colour(link_map.palette())
    assert before != ring_at(link_map, 60)


def test_the_ring_goes_round_the_strip_level_with_the_text(link_map: LinkMap) -> None:
    """The ring went round the whole map, up beside the articles' titles, where nothing
    of the map is drawn; an article's ring goes round its text only."""
    link_map.set_area(20.0, 110.0)  # the text's strip, the titles above it
    link_map.setFocus()
    colour = ring_colour(link_map.palette())
    assert ring_at(link_map, 60) == colour
    assert ring_at(link_map, 10) != colour  # beside the titles
    image: QImage = link_map.grab().toImage()
    assert image.pixelColor(36, 20) == colour  # its top, the strip's
    assert image.pixelColor(36, 10) != colour


def test_the_current_band_stands_out_while_the_map_has_the_focus(link_map: LinkMap) -> None:
    link_map.setFocus()
    assert link_map.current() is None
    plain = link_map.grab().toImage()
    keys(link_map, Key.Key_Down)  # onto m2, the upper band
    marked = link_map.grab().toImage()
    # strong and haloed; the lower band steps back, as from a chosen one
    assert marked.pixelColor(36, 25) != plain.pixelColor(36, 25)
    assert marked.pixelColor(36, 75) != plain.pixelColor(36, 75)
    link_map.clearFocus()
    unfocused = link_map.grab().toImage()
    assert unfocused.pixelColor(36, 75) == plain.pixelColor(36, 75)


def test_the_current_band_has_a_halo_in_the_rings_colour(link_map: LinkMap) -> None:
    link_map.setFocus()
    keys(link_map, Key.Key_Down)
    image = link_map.grab().toImage()
    above = [image.pixelColor(36, y) for y in range(3, 10)]  # just above the band's top
    assert ring_colour(link_map.palette()) in above


def down_to_the_upper_band(link_map: LinkMap) -> list[QColor]:
    """The pixels down the middle of the map from its top to the upper band's top edge
    (at 10, its line two pixels wide when chosen or current: rows 9 and 10)."""
    image: QImage = link_map.grab().toImage()
    return [image.pixelColor(36, y) for y in range(11)]


@pytest.mark.parametrize("name", PALETTES)
def test_the_current_bands_halo_is_apart_from_a_claims_edge(link_map: LinkMap, name: str) -> None:
    """The halo lay against the claim's sky-blue edge, a blue on a blue read as that
    edge drawn thicker: it is the focus ring, with a line of page between the two."""
    colours = PALETTES[name]
    if colours is not None:
        link_map.setPalette(palette(colours))
    link_map.setFocus()
    keys(link_map, Key.Key_Down)  # onto m2, a claim
    column = down_to_the_upper_band(link_map)
    ring = ring_colour(link_map.palette())
    edge = QColor(KIND_COLOURS[MatchKind.CLAIM])
    ground = link_map.palette().color(QPalette.ColorRole.Window)
    assert column[-2:] == [edge, edge]
    halo = [y for y, colour in enumerate(column) if colour == ring and y > FOCUS_RING]
    assert halo and ring != edge and edge not in column[:9]
    assert column[max(halo) + 1 : 9] and all(c == ground for c in column[max(halo) + 1 : 9])


def test_a_chosen_band_has_no_halo_while_the_map_is_not_focused(link_map: LinkMap) -> None:
    """A chosen band keeps its edge alone: the halo marks the keyboard's band only."""
    link_map.clearFocus()
    link_map.set_selected("m2")
    column = down_to_the_upper_band(link_map)
    assert ring_colour(link_map.palette()) not in column
    assert column[-2:] == [QColor(KIND_COLOURS[MatchKind.CLAIM])] * 2
    ground = link_map.palette().color(QPalette.ColorRole.Window)
    assert all(colour == ground for colour in column[:9])


def test_a_current_names_link_is_haloed_apart_from_its_line(link_map: LinkMap) -> None:
    """An entity's link, a line: the ring on each side of it, the page between."""
    link_map.set_bands([Band("m2", MatchKind.ENTITY, 20.0, 30.0, 20.0, 30.0)])
    link_map.setFocus()
    keys(link_map, Key.Key_Down)
    image: QImage = link_map.grab().toImage()
    column = [image.pixelColor(36, y) for y in range(14, 37)]  # its line at 25
    ring = ring_colour(link_map.palette())
    ground = link_map.palette().color(QPalette.ColorRole.Window)
    line = QColor(KIND_COLOURS[MatchKind.ENTITY])
    at = [column.index(ring), column.index(ground, column.index(ring)), column.index(line)]
    assert at == sorted(at)  # ring, page, line, from above
    assert column[::-1].index(ring) < column[::-1].index(line)  # and the ring below


# --- keys ---------------------------------------------------------------------------


def test_down_and_up_move_the_current_band_from_where_the_reader_is(link_map: LinkMap) -> None:
    link_map.setFocus()
    assert keys(link_map, Key.Key_Down) == "m2"
    assert keys(link_map, Key.Key_Down) == "m3"
    assert keys(link_map, Key.Key_Up) == "m2"


def test_home_end_and_the_page_keys_move_it_too(link_map: LinkMap) -> None:
    link_map.setFocus()
    assert keys(link_map, Key.Key_End) == "m5"
    assert keys(link_map, Key.Key_Home) == "m1"
    assert keys(link_map, Key.Key_PageDown) == "m2"  # one band fewer than in view


def test_a_move_asks_for_the_band_to_be_brought_into_view(link_map: LinkMap, qtbot: QtBot) -> None:
    link_map.setFocus()
    with qtbot.waitSignal(link_map.current_moved) as moved:
        keys(link_map, Key.Key_End)
    assert moved.args == ["m5"]


@pytest.mark.parametrize("key", [Key.Key_Return, Key.Key_Enter, Key.Key_Space])
def test_enter_or_space_jumps_to_the_current_band(
    link_map: LinkMap, qtbot: QtBot, key: Key
) -> None:
    link_map.setFocus()
    keys(link_map, Key.Key_Down, Key.Key_Down)
    with qtbot.waitSignal(link_map.band_clicked) as clicked:
        QTest.keyClick(link_map, key)
    assert clicked.args == ["m3"]


def test_the_current_band_follows_the_match_chosen_elsewhere(link_map: LinkMap) -> None:
    link_map.set_selected("m4")
    assert link_map.current() == "m4"
    link_map.setFocus()
    assert keys(link_map, Key.Key_Down) == "m5"


def test_a_current_link_the_filters_hide_is_current_no_more(link_map: LinkMap) -> None:
    link_map.set_selected("m4")
    link_map.set_links(["m1", "m2"])
    assert link_map.current() is None


# --- what a screen reader hears -------------------------------------------------------


def test_the_description_says_the_current_link_and_its_place(link_map: LinkMap) -> None:
    link_map.setFocus()
    keys(link_map, Key.Key_Down)
    assert said(link_map) == "Link 2 of 5: the passages of m2"
    keys(link_map, Key.Key_End)
    assert said(link_map) == "Link 5 of 5: the passages of m5"


def test_with_no_current_link_it_says_how_many_there_are(link_map: LinkMap) -> None:
    assert (
        said(link_map)
        == count_said(5)
        == "5 links joining matches in article A to their partners in B"
    )


def test_the_name_stays_link_map(link_map: LinkMap) -> None:
    keys(link_map, Key.Key_Down)
    iface = QAccessible.queryAccessibleInterface(link_map)
    assert iface is not None
    assert iface.text(QAccessible.Text.Name) == "Link map"


def test_with_no_pair_it_says_what_it_is(qtbot: QtBot) -> None:
    widget = LinkMap()
    qtbot.addWidget(widget)
    assert said(widget) == ABOUT


@pytest.mark.parametrize(
    ("matches", "minor", "expected"),
    [
        (0, 0, NO_LINK),
        (
            3,
            3,
            "No link: the two articles share no claim or quote. View > Entity and number "
            "links draws the 3 names and figures they share.",
        ),
        (5, 2, "No link shown: the Matches panel's filters hide all 5 matches."),
        (1, 0, "No link shown: the Matches panel's filters hide the one match."),
    ],
)
def test_with_no_link_it_says_why(
    link_map: LinkMap, matches: int, minor: int, expected: str
) -> None:
    link_map.set_links([], none_said(matches, minor))
    assert said(link_map) == expected


def test_with_no_link_the_map_says_so_in_its_picture(link_map: LinkMap) -> None:
    empty = LinkMap()
    empty.resize(link_map.size())
    link_map.set_bands([])
    link_map.set_links([], NO_LINK)
    drawn = link_map.grab().toImage()
    assert drawn != empty.grab().toImage()  # "No links", down the strip
    empty.deleteLater()


def test_keys_do_nothing_with_no_link(link_map: LinkMap) -> None:
    link_map.set_links([], NO_LINK)
    link_map.setFocus()
    assert keys(link_map, Key.Key_Down, Key.Key_Return) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin, Kim pledge", "Putin, Kim pledge"),
        (
            "Putin, Kim pledge ‘mutual assistance’ in event of outside aggression",
            "Putin, Kim pledge ‘mutual assistance’ in event of outside…",
        ),
        (
            "Russlands Präsident Wladimir Putin und Kim Jong-un, Nordkoreas Machthaber",
            "Russlands Präsident Wladimir Putin und Kim Jong-un…",  # no comma before "…"
        ),
        ("x" * 80, "x" * 59 + "…"),  # one long word, cut where it must be
    ],
)
def test_a_passage_is_read_to_its_first_words_whole(text: str, expected: str) -> None:
    assert first_words(text) == expected


def test_a_match_chosen_before_its_link_is_listed_is_said_once_it_is(link_map: LinkMap) -> None:
    """An entity's link is drawn (and listed) once it is chosen: the window chooses it,
    then hands the map its links."""
    link_map.set_selected("e1")
    assert said(link_map) == count_said(5)
    link_map.set_links([*LINKS, "e1"])
    assert said(link_map) == "Link 6 of 6: the passages of e1"
