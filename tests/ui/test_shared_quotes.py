"""The status bar counts the quotations both articles give as "shared quotes": it said
"1 quote" beside the Quotes panel's "15 quotations in A, 9 in B, 1 quoted in both", and a
reader took the two for counts of one thing that disagreed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.conftest import DATA, SEEDS
from tests.ui import session_fixtures as fx

ctl, data_folder, win = fx.ctl, fx.data_folder, fx.win

SEED = (
    SEEDS / "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt",
    SEEDS / "ap-2024-06-20-north-korea-deal-military-assistance.txt",
)
ECB = DATA / "ecb"

PAIRS = [
    # the sample pair: Putin's "breakthrough", the one quotation of 15 and 9 both give
    pytest.param(SEED, "1 shared quote", "15 quotations in A, 9 in B, 1 quoted in both", id="seed"),
    # one report of Tara Reid's rehab quotes her rep once, the other six times
    pytest.param(
        (ECB / "1_10ecb.txt", ECB / "1_11ecb.txt"),
        "1 shared quote",
        "1 quotation in A, 6 in B, 1 quoted in both",
        id="ecb-same-event",
    ),
    # Tara Reid's rehab and Lindsay Lohan's: the rep's words are not Lohan's
    pytest.param(
        (ECB / "1_10ecb.txt", ECB / "1_10ecbplus.txt"),
        "0 shared quotes",
        "1 quotation in A, 0 in B, 0 quoted in both",
        id="ecb-unrelated",
    ),
]


def opened(win: MainWindow, ctl: SessionController, qtbot: QtBot, a: str, b: str) -> None:
    with qtbot.waitSignal(ctl.session_changed, timeout=fx.ALIGN_TIMEOUT):
        win.open_pair(a, b)
    fx.settle(qtbot, ctl)


@pytest.mark.parametrize(("pair", "counted", "listed"), PAIRS)
def test_the_status_bar_says_its_quotes_are_the_shared_ones(
    win: MainWindow,
    ctl: SessionController,
    qtbot: QtBot,
    pair: tuple[object, object],
    counted: str,
    listed: str,
) -> None:
    opened(win, ctl, qtbot, str(pair[0]), str(pair[1]))
    parts = win.counts.full_text().split(" · ")
    assert counted in parts
    assert win.counts.toolTip().split("\n")[0].split(" · ")[1] == counted  # and its tooltip
    assert win.quotes_dock.count_label.text() == listed
    alignment = win.alignment()
    assert alignment is not None
    shared = alignment.counts()["quote"]
    assert counted.startswith(f"{shared} ") and listed.endswith(f", {shared} quoted in both")
