"""Next / previous match, or discrepancy, in reading order of article A: of the matches
the Matches panel's filters let through, as its table lists them.

Next match (F8) favours what a checker checks: it stops at the claims and quotes the
panel lists, and at a name's or a figure's match only when its passages disagree or it
carries a note (the sample pair's 99 names and 10 figures would otherwise make 109 of its
133 stops "Putin"/"Putin"). With View > Entity and number links on (the link map draws
them then too), or when the panel lists no claim or quote (the reader kept only names or
figures), it stops at every match listed. Next discrepancy (Ctrl+F8) stops at every match
listed whose passages disagree, whatever its kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from reader.model import Alignment, Match, MatchKind, Span
from reader.ui.geometry import step_index, step_wraps

if TYPE_CHECKING:  # main_window imports this module
    from reader.ui.main_window import MainWindow

NO_DISCREPANCY = (
    "No discrepancy was found: the linked passages tell no date, figure, quotation, speaker "
    "or denial differently."
)
NO_MATCH = "No match: the two articles share no claim, quote, name or figure."
# each filter of the Matches panel (in the panel's order, as ``MatchesFilterModel.hiding``
# names them): how a reader knows it, and what shows again the matches it hides (the
# Show all button at the end of the legend's line, reader.ui.filter_note; the Show
# choice; Esc in the words' box)
FILTER_NAMES = {
    "kinds": "unticked kinds",
    "words": "filter words “{words}”",
    "Show": "Show choice",
    "Min score": "Min score",
}
UNDOING = {
    "kinds": "click Show all above the articles",
    "words": "press Esc in the filter box",
    "Show": "set Show to All matches",
    "Min score": "click Show all above the articles",
}


def _and(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def all_hidden(count: int, hiding: Iterable[str], words: str, matches: bool = False) -> str:
    """What Next discrepancy (or, ``matches``, Next match) says when the Matches panel's
    filters hide the matches of all ``count`` discrepancies (or all ``count`` matches):
    ``hiding`` names the filters that do (in the panel's order), ``words`` the words
    typed in its filter box."""
    hiding = list(hiding)
    named = _and([FILTER_NAMES[h].format(words=words) for h in hiding])
    ways = _and(list(dict.fromkeys(UNDOING[h] for h in hiding)))
    if matches:
        said = "The one match is" if count == 1 else f"All {count} matches are"
    elif count == 1:
        said = "The discrepancy is in a match"
    else:
        said = f"The {count} discrepancies are in matches"
    them = "it" if count == 1 else "them"
    return f"{said} hidden by the Matches panel's {named}: {ways} to bring {them} back."


def more_hidden(hidden: int, shown: int) -> str:
    """The status bar's word, after a step to a discrepancy, on the ``hidden`` others
    the filters hide, beside the ``shown`` ones they let through ("" for none hidden)."""
    if not hidden:
        return ""
    if shown == 1:  # the step stays on it
        others = "1 other is" if hidden == 1 else f"{hidden} others are"
        return f"the only discrepancy shown: {others} hidden by the filters"
    others = "1 other discrepancy is" if hidden == 1 else f"{hidden} other discrepancies are"
    return f"{others} hidden by the filters"


MINOR_KINDS = frozenset({MatchKind.ENTITY, MatchKind.NUMBER})
CHECKED = ("claim or quote", "claims and quotes")  # what F8 stops at, names passed by


def checked_stops(
    listed: list[Match], marked: Callable[[Match], bool], every: bool = False
) -> list[Match]:
    """The matches Next match stops at among those the panel ``listed``: its claims and
    quotes, and the names' and figures' matches ``marked`` (a discrepancy, a note); all
    of them with ``every`` (View > Entity and number links) or when it lists no claim or
    quote."""
    if every or all(m.kind in MINOR_KINDS for m in listed):
        return listed
    return [m for m in listed if m.kind not in MINOR_KINDS or marked(m)]


def pass_word(
    step: int,
    stops: int,
    wrapped: bool,
    told: int = 0,
    shown: bool = False,
    checked: bool = False,
) -> str:
    """What the status bar says before the match a step went to, so that a checker knows
    when a pass is done: on the only one of the ``stops`` there are, so; past the last
    (or, ``step`` -1, the first), back to the first (the last), and how many there are.
    ``told``: the discrepancies those matches hold, for Next discrepancy (0: Next match);
    ``shown``: the filters hide others ("" mid-way); ``checked``: Next match passed the
    names and figures by (``checked_stops``), so the stops are its claims and quotes."""
    if told:
        noun, nouns = "discrepancy", "discrepancies"
    elif checked:
        (noun, nouns), told = CHECKED, stops
    else:
        noun, nouns, told = "match", "matches", stops
    of = " shown" if shown else ""
    if stops == 1:
        return f"The only {noun}{of}" if told == 1 else f"The only match with discrepancies{of}"
    if not wrapped:
        return ""
    end, back = ("last", "first") if step > 0 else ("first", "last")
    return f"Past the {end} of the {told} {nouns}{of}: back to the {back}"


class MatchNavigator:
    """Steps through the matches the dock's filter lets through (Go > Next match), or
    through those of them whose passages disagree (Next discrepancy): the matches its
    table lists, which the panes draw; the step starts from the current match, else from
    the top of pane A."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def matches(self, differs: bool = False) -> list[Match]:
        """The matches a step visits (``differs``: only those with a discrepancy), in
        reading order of A."""
        al = self._window.alignment()
        if al is None:
            return []
        accepts = self._window.dock.proxy.accepts
        flagged = {d.match for d in al.discrepancies} if differs else None
        keep = [m for m in al.matches if (flagged is None or m.id in flagged) and accepts(m)]
        return sorted(keep, key=lambda m: (m.a.start, m.b.start, m.id))

    def stops(self, differs: bool = False) -> list[Match]:
        """The matches a step stops at, in reading order of A: for Next match those
        ``checked_stops`` keeps of the panel's, for Next discrepancy (``differs``) every
        one listed whose passages disagree."""
        listed = self.matches(differs)
        al = self._window.alignment()
        if differs or al is None:
            return listed
        flagged = {d.match for d in al.discrepancies}
        notes = self._window.dock.model.notes_on
        every = self._window.linker.minor_links
        return checked_stops(listed, lambda m: m.id in flagged or bool(notes(m.id)), every)

    def step(self, step: int, differs: bool = False) -> None:
        """Select the next (step 1) or previous (-1) match, or discrepancy; saying so when
        it is the only one or the step wraps around, and with a word on the discrepancies
        the filters hide, if some are. From the current match, also one it passes by (a
        name chosen in the table or the text): the next stop after it in A."""
        w = self._window
        order = self.stops(differs)
        al = w.alignment()
        if al is None:
            return
        if not order:
            w.statusBar().showMessage(self._none_left(al, differs), 4000)
            return
        if w.linker.frozen:
            return
        ids = [m.id for m in order]
        current, top = w.linker.current, w.pane_a.visible_range().start
        chosen = w.current_match()
        if chosen is not None and chosen.id not in ids:  # a name's match: go on from it
            current, top = None, chosen.a.start + (1 if step > 0 else 0)
        where = (ids, current, step, [m.a.start for m in order], top)
        lead, aside = self._pass_words(al, order, step, step_wraps(*where), differs)
        w.select_match(ids[step_index(*where)], aside=aside, lead=lead)

    def _pass_words(
        self, al: Alignment, order: list[Match], step: int, wrapped: bool, differs: bool
    ) -> tuple[str, str]:
        """What the status bar says before and after the match a step goes to, among the
        ``order`` it visits: ``pass_word``, and for discrepancies ``more_hidden``."""
        if not differs:
            listed = self.matches()
            checked = len(order) < len(listed)  # names and figures passed by
            if checked:
                shown = len(order) < sum(m.kind not in MINOR_KINDS for m in al.matches)
            else:
                shown = len(order) < len(al.matches)
            return pass_word(step, len(order), wrapped, shown=shown, checked=checked), ""
        ids = {m.id for m in order}
        told = sum(d.match in ids for d in al.discrepancies)
        hidden = len(self._hidden_discrepancies(al))
        if hidden and told == 1:  # the aside says "the only discrepancy shown", and more
            return "", more_hidden(hidden, told)
        return pass_word(step, len(order), wrapped, told, bool(hidden)), more_hidden(hidden, told)

    def _hidden_discrepancies(self, al: Alignment) -> list[Match]:
        """The matches of the discrepancies whose match the dock's filter hides, one per
        discrepancy (a match with two is there twice)."""
        accepts = self._window.dock.proxy.accepts
        by_id = {m.id: m for m in al.matches}
        found = (by_id.get(d.match) for d in al.discrepancies)
        return [m for m in found if m is not None and not accepts(m)]

    def _none_left(self, al: Alignment, differs: bool) -> str:
        """Why a step found nothing to go to."""
        if not differs and not al.matches:
            return NO_MATCH
        hidden = list(al.matches) if not differs else self._hidden_discrepancies(al)
        if not hidden:
            return NO_DISCREPANCY
        hiding = {h for m in hidden for h in self._window.dock.proxy.hiding(m)}
        return all_hidden(
            len(hidden), [h for h in UNDOING if h in hiding], self._words(), matches=not differs
        )

    def _words(self) -> str:
        """The words typed in the dock's filter box, as it filters by them ("" if none)."""
        dock = self._window.dock
        return " ".join(dock.words.text().split()) if dock.proxy.words() else ""

    def reveal(self, side: str, span: Span) -> None:
        """Select and flash a passage of one article (a passage only it reports), in place
        of the current match, so that Add note applies to it; with synced scrolling the
        other article follows to the same place."""
        w = self._window
        self._no_current()
        w.pane("b" if side == "a" else "a").select_span(None)
        pane = w.pane(side)
        pane.select_span(span, flash=True)
        pane.ensure_visible(span)

    def unselect(self, m: Match) -> None:
        """Select no match in place of ``m``, which the Matches panel's kinds or Min
        score now hide: its tint leaves both panes (a hidden match is not drawn), and
        showing it again does not select it again."""
        w = self._window
        if w.linker.current != m.id:
            return
        self._no_current(hidden=m.id)
        w.pane_a.selections.unselect(m.a)
        w.pane_b.selections.unselect(m.b)

    def _no_current(self, hidden: str | None = None) -> None:
        """No match is the current one: not in the link map, nor in the table (where the
        other rows chosen with ``hidden``, the match a filter hid, stay chosen)."""
        w = self._window
        w.linker.current = None
        w.link_map.set_selected(None)
        if hidden is None:
            w.dock.select_match(None)
        else:
            w.dock.let_go(hidden)

    def reveal_only(self, side: str, span: Span) -> None:
        """Reveal a passage only one article reports and, beside it in the other pane,
        that article's sentence closest to it (marked in the find bar's tint, not
        selected), so the reader can see at once whether the other article tells it
        after all."""
        w = self._window
        al = w.alignment()
        closest = al.closest_to(side, span) if al is not None else None
        if closest is None:
            self.reveal(side, span)
            return
        with w.linker.hold():  # the closest sentence, not the synced place
            self.reveal(side, span)
            other = w.pane("b" if side == "a" else "a")
            # marked, not selected: Add note takes the passage
            other.selections.show_near(closest.partner)
            other.ensure_visible(closest.partner)
        w.linker.update_bands()
