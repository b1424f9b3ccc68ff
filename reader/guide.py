"""Help > Reading guide: how to read a comparison, in a few short sections (Qt-free; the
window shows it in reader/ui/guide_dialog.py).

The keys are not written here: ``guide_html`` takes them from the window's own actions
(``keys["next_match"]`` is what Go > Next match says), so the guide never names a key the
window does not have.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from reader.model import LOOSE_SCORE

__all__ = ["GUIDE_KEYS", "MENU_PATHS", "guide_html"]

# the actions the guide names, by their name on the window's action holders
GUIDE_KEYS = (
    "open_pair",
    "paste_pair",
    "next_match",
    "prev_match",
    "next_discrepancy",
    "correction_note",
    "jump_partner",
    "partners_menu",
    "sync",
    "word_marks",
    "find",
    "add_note",
    "reject",
    "link",
    "undo_delete",
    "copy_match",
    "save",
    "export",
    "print",
    "update_files",
    "next_change",
    "settings",
)

# where each of them is in the window's menus: the guide names an action without a key so
# (tests/ui/test_guide_dialog.py checks every path against the window's menus)
MENU_PATHS = {
    "open_pair": "File > Open pair…",
    "paste_pair": "File > Compare pasted text…",
    "next_match": "Go > Next match",
    "prev_match": "Go > Previous match",
    "next_discrepancy": "Go > Next discrepancy",
    "correction_note": "Go > Go to correction note",
    "jump_partner": "Go > Jump to partner",
    "partners_menu": "Go > Partners and notes menu",
    "sync": "View > Synced scrolling",
    "word_marks": "View > Mark the words that differ",
    "find": "Go > Find…",
    "add_note": "Edit > Add note…",
    "reject": "Edit > Reject match",
    "link": "Edit > Link selections",
    "undo_delete": "Edit > Undo",
    "copy_match": "Edit > Copy match",
    "save": "File > Save session",
    "export": "File > Export notes…",
    "print": "File > Print…",
    "update_files": "File > Update from the article files",
    "next_change": "Go > Next change",
    "settings": "Edit > Settings…",
}

_SECTIONS = (
    (
        "Opening a pair",
        "{open_pair_entry} asks for two articles (text, web pages, PDF, Word "
        "and more), A then B; {paste_pair_entry} takes two "
        "articles copied from a browser; or drop two files on the window (one file on a "
        "half replaces that article). File &gt; Recent pairs opens a pair read before. "
        "Help &gt; Open the sample pair shows two reports of the June 2024 Putin–Kim "
        "treaty, the pair Crossread opens when started without files.",
    ),
    (
        "The two articles",
        "Article A is on the left, B on the right, each under its title, date and source. "
        "Lines in grey italics (navigation, photo captions, bylines, date lines) are the "
        "page around the story: they are never matched. View &gt; Zoom in makes their text "
        "larger, up to twice its first size, and the rest of the window's with it (the "
        "panels, which grow taller, their tabs and tick boxes, the legend, the tool bar "
        "and its icons, the status bar); Reset zoom brings all back to its first size and "
        "the panels to their height, after a restart at that zoom too. View "
        "&gt; Matches, Only in one, Quotes and Notes (and their keys, listed in Help &gt; "
        "Keyboard shortcuts) bring a panel to the front with the keyboard in its list.",
    ),
    (
        "What the highlights mean",
        "<b>Claim</b>: a sentence that states the same fact as one in the other article, in "
        "its own words. <b>Loose claim</b>, in a paler tint: a claim scored under "
        f"{LOOSE_SCORE:.1f}, about as often wrong as right; check it. <b>Quote</b>: words "
        "both articles quote. <b>Entity</b> and "
        "<b>Number</b>: a name or a figure both give. <b>Discrepancy</b>: the two passages "
        "disagree on a date, a count, an age, a sum of money, the words of a quotation or "
        "who said it, or one denies what the other states "
        "(the Differs column says what, and what a figure counts when both say it: "
        '"87 vs 85 seats"). <b>Only in this article</b>: what the other does not '
        "report. The legend above the articles shows how each one looks. An editor's note "
        "correcting an earlier version of an article (“Editor's note: … misstated the "
        "number of firefighters … It was 60, not 80”) gets a flag ⚑ on the article's "
        "overview strip and a button beside the status bar's counts; {correction_note} "
        "goes to it, and says what the other article still gives that the note says was "
        "wrong.",
    ),
    (
        "Going from one article to the other",
        "Click a highlight: the other article scrolls to its partner and shows it. A passage "
        "with several partners goes to the next one at each click ({jump_partner} at the "
        "text cursor), or lists them ({partners_menu}). Hover a highlight to see its kind, "
        "its score, what the two passages share and the partner's words, and for a claim "
        "or quote worded alike the words they word differently ('Words differ: “Mayor "
        "Ana” only in A') or that they are word for word the same. In the match you choose, "
        "those words are marked in place, as a diff tool marks them: boxed, on a "
        "reddish-purple ground, the words only in A (or changed) in A, those only in B in "
        "B ({word_marks_entry} turns the marks off). The bands between "
        "the articles join each match to its partner. {next_match} and {prev_match} step "
        "through the claims and quotes (names and figures too with View > Entity and "
        "number links), {next_discrepancy} through the disagreements; "
        "{sync} turns synced scrolling on or off. {find} finds words in an article.",
    ),
    (
        "The score",
        "How sure Crossread is that two passages state the same fact, from 0 to 1: words, "
        "names and figures they share, and a sentence model's reading of their meaning. The "
        "Matches panel's Min score hides the weaker ones, in the articles too. A claim "
        f"under {LOOSE_SCORE:.1f} is loose: drawn paler, and its tooltip says to check it. "
        "When the sentence model cannot be loaded, the status bar says so and the scores "
        "rest on words, names and figures alone (“lexical”): {settings_entry} says why, "
        "and its OK tries the model again once its folder is put right.",
    ),
    (
        "The panels",
        "<b>Matches</b> lists every match; filter it by kind, by words or by score, sort "
        "it, and choose a row to show both passages. <b>Only in one</b> lists what only "
        "one article reports, each with the other's closest sentence and your notes on it. "
        "<b>Quotes</b> lists "
        "every quotation with its speaker and whether the other article quotes it too. "
        "<b>Notes</b> lists your notes. The status bar counts what the two share: "
        "claims, shared quotes (the quotations both give), entities, numbers and "
        "discrepancies; while the Matches panel's filters hide some, it counts those the "
        "panel shows of them (“24 of 133 matches shown · … · 0 of 99 entities”). When "
        "one article is much made of the other's words (a story built on a press "
        "release), it says how much, sentence by sentence weighted by words: “B's "
        "words: 37% word for word in A, 7% closely reworded, 35% told in other words, "
        "21% only in B”.",
    ),
    (
        "When a match is wrong or missing",
        "{reject} rejects the chosen match, or the matches chosen together in the Matches "
        "panel with Shift+click or Ctrl+click (they can be restored; the status bar's counts "
        "leave them out and say how many you rejected); select a passage in each "
        "article and {link} links them by hand. {undo_delete} takes back the last change.",
    ),
    (
        "Notes and what you take away",
        "{add_note} adds a note, with tags if you like, on the chosen match or on text you "
        "selected (the selection is then let go, so the next note takes only what you select "
        "next). {save} saves the notes, links and rejections as a session file "
        "(.crossread). {export} exports them with the matches as Markdown, HTML, "
        "JSON, CSV, Word or PDF; {print} prints them; {copy_match} copies one match, both "
        "passages under their articles, for a write-up. Shift+click and Ctrl+click (or "
        "Shift+Up/Down, Ctrl+A) choose several notes in the Notes panel, to delete them in "
        "one change that one {undo_delete} brings back, or copy them together. Deleting "
        "notes chooses no other: the list's cursor stays where the first was, Down then "
        "chooses the note after it, Up the one before, Space the one at the cursor.",
    ),
    (
        "Notices",
        "A bar above the articles says when they seem to report different events, are "
        "dated more than a week apart, are written in two languages, or in a language the sentence "
        "model does not read (then the matches rest on shared words, names and figures); "
        "a session you open says there when an article's file went, or holds another text "
        "than the one the session read from it (known by the file's bytes, not its time: a "
        "file touched or copied says nothing; saved again, the session still says it). A "
        "session moved with its articles finds them beside it by those bytes, and the status "
        "bar says so. The notice's button, or "
        "{update_files}, reads the changed file again: your notes go to the same words in "
        "the new text (one whose words were reworded or taken out is tagged “passage "
        "changed” or “passage gone”, never dropped), the bar says what the outlet changed, "
        "and {undo_delete} takes the update back. Each sentence the outlet changed then "
        "has a brown bar in the margin beside it (and a brown tick at the left edge of the "
        "strip beside the scroll bar); the pointer on it shows the words taken out struck "
        "through and those put in bold (a long sentence's around its first change). A "
        "passage taken out whole leaves a brown wedge in the margin where it was: a "
        "paragraph's points along a dashed line across the gap it left; sentences taken "
        "out of a paragraph also leave a small brown caret in the text at the very place, "
        "between the words kept. The pointer on either gives the words and says which. "
        "{next_change_entry} "
        "goes from one change to the next, and the legend names the bar while there are "
        "such marks. Opening a pair from its "
        "files when a session holds your notes on it, the bar offers that session (not "
        "when that session is the one on screen). Unsaved work kept for later opens from "
        "File > Recover unsaved notes… as work on the session file it was on, as Restore "
        "opens it.",
    ),
)


def guide_html(keys: Mapping[str, str]) -> str:
    """The guide as rich text, with ``keys`` (an action's name in GUIDE_KEYS -> its
    shortcut as the platform writes it) in place; an action without a key is named by
    its menu path there instead.

    Each action has two places in the text: ``{name}``, its key (else its menu path),
    and ``{name_entry}``, its menu path followed by its key in brackets (else alone)."""
    shown: dict[str, str] = {}
    for name in GUIDE_KEYS:
        path, key = escape(MENU_PATHS[name]), keys.get(name)
        shown[name] = f"<b>{escape(key)}</b>" if key else path
        shown[f"{name}_entry"] = f"{path} (<b>{escape(key)}</b>)" if key else path
    parts = ["<h2>Reading a comparison</h2>"]
    for heading, body in _SECTIONS:
        parts.append(f"<h3>{escape(heading)}</h3><p>{body.format(**shown)}</p>")
    return "".join(parts)
