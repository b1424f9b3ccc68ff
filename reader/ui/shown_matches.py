"""The matches the Matches panel shows, for an export or a print of only those.

The panel's kind boxes, Show choice, Min score and filter words pick the rows of its
table. File > Export notes…, Print… and Print Preview… list every claim and quote match
unless the reader ticks "Only the matches the Matches panel shows (12 of 40)": then a
match the panel hides is left out, unless it carries a note. The box is greyed out while
the panel hides none of those matches. The ids are taken on the GUI thread when the
export or print is asked for: one pass of the panel's own filter over the matches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QWidget

from reader.export.entries import listed_matches
from reader.model import Match
from reader.model.session import Session

Accepts = Callable[[Match], bool]  # the Matches panel's filter (MatchesFilterModel.accepts)

ONLY_SHOWN = "Only the matches the Matches panel shows ({shown} of {total})"
SHOWN_TIP = (
    "Leave out the matches the Matches panel's kind boxes, Show, Min score and filter words "
    "hide; a match with a note is listed all the same."
)
NOTHING_HIDDEN_TIP = "The Matches panel's filters hide no claim or quote match: all are listed."


@dataclass(frozen=True, slots=True)
class ShownMatches:
    """Of the matches an export lists (every visible claim and quote match), the ids of
    those the panel shows, and how many it lists."""

    ids: frozenset[str]
    total: int

    @property
    def hides_some(self) -> bool:
        return len(self.ids) < self.total

    def label(self) -> str:
        return ONLY_SHOWN.format(shown=len(self.ids), total=self.total)


def shown_matches(session: Session, accepts: Accepts) -> ShownMatches:
    """Which of ``session``'s exported matches the panel's filter ``accepts``."""
    listed = listed_matches(session)
    return ShownMatches(frozenset(m.id for m in listed if accepts(m)), len(listed))


def kept_ids(session: Session, accepts: Accepts) -> frozenset[str] | None:
    """The ids an export asked to keep to the matches shown keeps to; None (every match)
    while the panel hides none."""
    shown = shown_matches(session, accepts)
    return shown.ids if shown.hides_some else None


def only_shown_box(shown: ShownMatches, parent: QWidget) -> QCheckBox:
    """The "Only the matches the Matches panel shows (N of M)" box: greyed out, saying
    why, while the panel hides none of them."""
    box = QCheckBox(shown.label(), parent)
    box.setObjectName("only_shown")
    box.setToolTip(SHOWN_TIP if shown.hides_some else NOTHING_HIDDEN_TIP)
    box.setEnabled(shown.hides_some)
    return box
