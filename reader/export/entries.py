"""The entries an export lists, shared by every format.

An entry is a match (with the notes on it) or a note on passages outside any match.
Which entries: every visible claim and quote match (entity and number matches too with
``minor=True``), every match carrying a note whatever its kind (a match the reader
rejected is listed only for its notes, and says it was rejected), and every note on free
text; with ``only_annotated`` only those carrying a note; with ``keep`` (the ids of the
matches the window's Matches panel shows, or those ``crossread export --matches`` reads)
only the matches it names, and those carrying a note whatever their id, with every note
on free text. Order: reading order of A;
entries with no passage in A come last, in reading order of B.

Apart from the entries, an export lists the passages only one article reports
(``ExportData.only``: entries of kind "only_a" or "only_b") and every quotation of each
article with its speaker (``ExportData.quoted``: kind "quoted_a" or "quoted_b", with the
quote match's id when the other article quotes it too); neither with ``only_annotated``.
Every format's header also says how the pair was matched (``ExportData.method``), the
notices the window showed about it (``ExportData.notices``: the articles seem to report
different events, are dated more than a week apart, the sentence model could not be used...), and
what the export leaves out (``ExportData.scope``: the filters, rejected matches), and
how much of each article is the other's words (``ExportData.shares``: the header's
"What differs" line says it of one when telling, the JSON of both).

The entry itself is reader.export.entry; what two passages disagree on,
reader.export.differences; the entries of single passages, reader.export.passage_entries.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from reader.analysis.correction_notes import PairCorrection, pair_corrections
from reader.analysis.cut_ends import cut_told
from reader.export.changes_summary import changes_text
from reader.export.differences import differences_by_match
from reader.export.entry import Difference, Entry, headings_in
from reader.export.passage_entries import only_entries, quoted_entries
from reader.model.alignment import Match, MatchKind
from reader.model.document import Document
from reader.model.note import Note, now_iso
from reader.model.session import Session
from reader.session.copied_share import WordShares, told_side, word_shares
from reader.session.view import view_notice, visible_alignment
from reader.session.worded_text import worded_text

MAJOR_KINDS = frozenset({MatchKind.CLAIM, MatchKind.QUOTE})
METHOD_LABELS = {
    "semantic": "a sentence model and shared words, names and numbers",
    "lexical": "shared words, names and numbers only",
}


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    title: str
    source: str
    date: str
    path: str

    @property
    def byline(self) -> str:
        """``Source, date`` or whichever of the two is known."""
        return ", ".join(x for x in (self.source, self.date) if x)


def document_info(doc: Document) -> DocumentInfo:
    """Title, source, date and the file's name (not its folder: exports get shared)."""
    name = PurePath(doc.path).name if doc.path else ""
    return DocumentInfo(doc.display_name, doc.source or "", doc.date or "", name)


def listed_matches(session: Session, minor: bool = False) -> tuple[Match, ...]:
    """The matches an export lists whether or not they carry a note: every visible claim
    and quote match (``minor``: every visible match), in reading order of A."""
    return tuple(m for m in session.visible_matches() if minor or m.kind in MAJOR_KINDS)


def build_entries(
    session: Session,
    only_annotated: bool = False,
    minor: bool = False,
    keep: Collection[str] | None = None,
) -> list[Entry]:
    """The export entries of ``session`` (see the module docstring)."""
    al = session.alignment
    details = differences_by_match(al)
    annotated = {n.match_id for n in session.notes if n.match_id is not None}
    listed = set() if only_annotated else {m.id for m in listed_matches(session, minor)}
    if keep is not None:
        listed.intersection_update(keep)
    entries: list[Entry] = []
    for m in (*session.visible_matches(), *session.rejected_matches()):
        if m.id in annotated or m.id in listed:
            entries.append(_match_entry(session, m, tuple(details.get(m.id, ()))))
    for n in session.notes:
        if n.match_id is None:
            entries.append(_note_entry(session, n))
    return sorted(entries, key=_reading_order)


def match_entries(session: Session, match_ids: list[str]) -> list[Entry]:
    """The entries of these matches (their passages, discrepancies and notes), in the
    order given; unknown ids are left out. Linear in the alignment's size, whatever the
    number of ids (a reader may copy every row of a long pair's table)."""
    by_id = {m.id: m for m in (*session.alignment.matches, *session.manual)}
    details = differences_by_match(session.alignment)
    return [
        _match_entry(session, by_id[mid], tuple(details.get(mid, ())))
        for mid in match_ids
        if mid in by_id
    ]


def match_entry(session: Session, match_id: str) -> Entry | None:
    """The entry of one match; None if unknown."""
    found = match_entries(session, [match_id])
    return found[0] if found else None


def note_entry(session: Session, note_id: str) -> Entry | None:
    """The entry a note belongs to: its match's (with every note on it), or the note's own
    on free text; None if unknown."""
    note = session.note_by_id(note_id)
    if note is None:
        return None
    if note.match_id is not None:
        return match_entry(session, note.match_id)
    return _note_entry(session, note)


def _match_entry(session: Session, m: Match, differences: tuple[Difference, ...]) -> Entry:
    al = session.alignment
    return Entry(
        rejected=m.id in session.rejected,
        kind=m.kind.value,
        a=m.a,
        b=m.b,
        a_text=al.a.slice(m.a),
        b_text=al.b.slice(m.b),
        worded=(worded_text(al.a, m.a), worded_text(al.b, m.b)),
        score=None if m.manual else m.score,
        match_id=m.id,
        manual=m.manual,
        speaker=m.speaker,
        evidence=m.evidence,
        discrepancies=tuple(d.shown for d in differences),
        differences=differences,
        notes=session.notes_for_match(m.id),
        a_headings=headings_in(al.a, m.a),
        b_headings=headings_in(al.b, m.b),
        spelling=m.spelling,
    )


def _note_entry(session: Session, n: Note) -> Entry:
    al = session.alignment
    return Entry(
        kind="note",
        a=n.a,
        b=n.b,
        a_text="" if n.a is None else al.a.slice(n.a),
        b_text="" if n.b is None else al.b.slice(n.b),
        notes=(n,),
        a_headings=headings_in(al.a, n.a),
        b_headings=headings_in(al.b, n.b),
    )


def _reading_order(e: Entry) -> tuple[int, int, int]:
    if e.a is not None:
        return (0, e.a.start, e.a.end)
    assert e.b is not None  # a note always has a target; a note entry a passage
    return (1, e.b.start, e.b.end)


@dataclass(frozen=True, slots=True)
class ExportData:
    """Everything a format renders: both articles, the entries, when and how exported."""

    a: DocumentInfo
    b: DocumentInfo
    entries: tuple[Entry, ...]
    exported: str
    only_annotated: bool = False
    only: tuple[Entry, ...] = ()  # passages only in A, then only in B, in reading order
    quoted: tuple[Entry, ...] = ()  # the quotations of A, then of B, in reading order
    minor: bool = False  # name and number matches were asked for too
    method: str = ""  # how the pair was matched: "semantic" or "lexical"
    notices: tuple[str, ...] = ()  # what the window told about the pair and its matching
    rejected_left_out: int = 0  # matches the reader rejected, not listed (no note on them)
    # only some matches were asked for (those the window's Matches panel showed, or the
    # ids of ``crossread export --matches``): how many of the matches listed without a
    # note were kept, and of how many (None: not asked for, or every one kept)
    only_shown: tuple[int, int] | None = None
    keep_listed: bool = False  # those came from a list of ids (--matches), not the panel
    # how much of A's words and of B's are the other's (reader.session.copied_share),
    # with the rejected matches left out, and the one the header tells of ("" for none)
    shares: tuple[WordShares, WordShares] | None = None
    shares_told: str = ""
    # each article's correction notes, A's first (reader.analysis.correction_notes)
    corrections: tuple[PairCorrection, ...] = ()

    def count_text(self) -> str:
        """How many entries the export lists: "1 entry", "25 entries", "3 annotated
        entries" (only annotated passages asked for)."""
        n = len(self.entries)
        what = "annotated " if self.only_annotated else ""
        return f"{n} {what}{'entry' if n == 1 else 'entries'}"

    def method_text(self) -> str:
        """How the pair was matched, in words ("" when unknown)."""
        if not self.method:
            return ""
        how = METHOD_LABELS.get(self.method, self.method)
        return f"Matched by the {self.method} method ({how})." if how else ""

    def scope(self) -> list[str]:
        """What the export leaves out or adds, one sentence each: the filters applied and
        the rejected matches not listed."""
        out: list[str] = []
        if self.only_annotated:
            out.append(
                "Filter: only annotated passages; matches without a note, the passages only "
                "one article reports and the quotations are left out."
            )
        if self.only_shown is not None:
            shown, total = self.only_shown
            out.append(
                f"Filter: only the {shown} of {total} {self._kinds()} {self._kept_by()}; "
                f"{'any other' if self.keep_listed else 'a match it hid'} is listed only "
                "when it carries a note."
            )
        if self.minor:
            out.append("Name and number matches are listed too.")
        else:
            out.append("Name and number matches are listed only when they carry a note.")
        n = self.rejected_left_out
        if n:
            out.append(
                f"{n} match{'es' if n != 1 else ''} rejected as wrong by the reader "
                f"{'are' if n != 1 else 'is'} left out."
            )
        return out

    def preamble(self) -> list[str]:
        """The header's sentences after the articles: the articles' correction notes
        (the outlet's own word on what it got wrong), what differs between them, the
        method, the notices, the scope."""
        differs = changes_text(self.entries, self.only, not self.only_annotated, self.shares_told)
        told = (*(c.said() for c in self.corrections), differs, self.method_text())
        return [x for x in (*told, *self.notices, *self.scope()) if x]

    def empty_text(self) -> str:
        """What an export without entries says instead, true to why it has none ("" when
        it has some): only annotated passages were asked for and no passage has a note,
        or the pair has no match of the kinds exported and no note at all."""
        if self.entries:
            return ""
        if self.only_annotated:
            return (
                "No passage has a note, so nothing is exported: "
                "only annotated passages were asked for."
            )
        if self.only_shown is not None:  # the passages only one reports, quotations follow
            chose = "--matches named" if self.keep_listed else "the Matches panel showed"
            return (
                f"No match or note is listed: {chose} none of the {self.only_shown[1]} "
                f"{self._kinds()}, and no passage has a note."
            )
        if self.minor:
            return "No matches and no notes to export."
        return "No claim or quote matches and no notes to export."

    def _kinds(self) -> str:
        """The matches an export lists without a note, in words."""
        return "matches" if self.minor else "claim and quote matches"

    def _kept_by(self) -> str:
        """What chose the matches kept (``only_shown``), after "the 12 of 40 matches"."""
        return "listed with --matches" if self.keep_listed else "the Matches panel showed"

    def only_in(self, side: str) -> tuple[Entry, ...]:
        """The passages only article ``side`` ("a" or "b") reports."""
        return tuple(e for e in self.only if e.kind == f"only_{side}")

    def quoted_in(self, side: str) -> tuple[Entry, ...]:
        """The quotations of article ``side`` ("a" or "b")."""
        return tuple(e for e in self.quoted if e.kind == f"quoted_{side}")

    def quoted_heading(self, side: str, title: str) -> str:
        """The plain-text heading of those: "Quoted in A: title (9 quotations)"."""
        n = len(self.quoted_in(side))
        return f"Quoted in {side.upper()}: {title} ({n} quotation{'s' if n != 1 else ''})"

    def only_heading(self, side: str, title: str) -> str:
        """The plain-text heading of those passages: "Only in A: title (3 passages)"."""
        n = len(self.only_in(side))
        return f"Only in {side.upper()}: {title} ({n} passage{'s' if n != 1 else ''})"


def export_data(
    session: Session,
    only_annotated: bool = False,
    minor: bool = False,
    exported: str | None = None,
    keep: Collection[str] | None = None,
    keep_listed: bool = False,
) -> ExportData:
    """The data of an export of ``session`` (``exported`` defaults to now, ISO-8601;
    ``keep``: see :func:`build_entries`; ``keep_listed``: its ids came from a list,
    ``crossread export --matches``, not from the window's Matches panel)."""
    entries = tuple(build_entries(session, only_annotated, minor, keep))
    listed = {e.match_id for e in entries}
    only_shown = None
    if keep is not None and not only_annotated:  # else every match without a note goes
        kept = set(keep)
        listable = listed_matches(session, minor)
        shown = sum(m.id in kept for m in listable)
        if shown < len(listable):  # every one kept: no filter to speak of
            only_shown = (shown, len(listable))
    shown_al = visible_alignment(session)
    shares = word_shares(shown_al)
    told = told_side(shown_al, shares)
    return ExportData(
        a=document_info(session.alignment.a),
        b=document_info(session.alignment.b),
        entries=entries,
        exported=exported or now_iso(),
        only_annotated=only_annotated,
        only=() if only_annotated else only_entries(session),
        quoted=() if only_annotated else quoted_entries(session.alignment),
        minor=minor,
        method=session.alignment.method,
        notices=pair_notices(session),
        rejected_left_out=sum(1 for m in session.rejected_matches() if m.id not in listed),
        only_shown=only_shown,
        keep_listed=keep_listed,
        shares=shares,
        shares_told=told.said() if told is not None else "",
        corrections=pair_corrections(shown_al),
    )


def pair_notices(session: Session) -> tuple[str, ...]:
    """The notices the window shows for the pair: the notice above the articles
    ("different events", "dated 41 days apart", ...), the aligner's (the sentence
    model could not be used, ...) and an article cut short (reader.analysis.cut_ends),
    each once."""
    shown = view_notice(session, visible_alignment(session))
    out: list[str] = []
    for notice in (shown, *session.alignment.notices, cut_told(session.alignment)):
        # the aligner's may end the notice above the articles (ENGLISH_ONLY_MODEL)
        if notice and not any(notice in said for said in out):
            out.append(notice)
    return tuple(out)


def readable_time(iso: str) -> str:
    """An ISO time as a reader writes it, in the local time zone ("1 December 2026, 12:13
    UTC"); the text itself when it is not an ISO time."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    zone = moment.strftime(" %Z") if moment.tzinfo is not None else ""
    return f"{moment.day} {moment:%B %Y, %H:%M}{zone}"
