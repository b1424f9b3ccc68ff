"""The :class:`~reader.ui.session_controller.SessionController`'s wiring: its actions,
the panels and the window's signals connected to what answers them (the notes, the
corrections, the session files)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.corrections import chosen_matches
from reader.ui.match_copy import copy_notes, copy_passage, copy_quotation

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController


def connect_controller(ctl: SessionController) -> None:
    """Connect the controller's actions, its notes dock, the window's panels and the
    window's signals."""
    act, dock, window = ctl.actions, ctl.dock, ctl.window
    act.add_note.triggered.connect(lambda: ctl.add_note())
    act.copy_match.triggered.connect(lambda: ctl.notes.copy([]))
    window.dock.copy_requested.connect(ctl.notes.copy)
    dock.copy_requested.connect(lambda ids: copy_notes(ctl.session(), ids, ctl.status))
    window.only_dock.copy_requested.connect(
        lambda side, span: copy_passage(window.alignment(), side, span, ctl.status)
    )
    window.quotes_dock.copy_requested.connect(
        lambda side, quoted: copy_quotation(window.alignment(), side, quoted, ctl.status)
    )
    for listing in (dock, window.only_dock, window.quotes_dock):
        listing.hint.connect(ctl.status)
    fixes = ctl.corrections
    act.reject.triggered.connect(lambda: fixes.reject())
    act.link.triggered.connect(lambda: fixes.link_selections())
    act.restore_all.triggered.connect(fixes.restore_all)
    act.restore_menu.aboutToShow.connect(fixes.fill_restore_menu)
    saving = ctl.saving
    act.save.triggered.connect(lambda: saving.save())  # not (checked) as the save's "then"
    act.save_as.triggered.connect(lambda: saving.save_as())
    act.open_session.triggered.connect(ctl.opening.open_dialog)
    act.recover.triggered.connect(ctl.recovery.open)
    if act.file_menu is not None:
        act.file_menu.aboutToShow.connect(ctl.recovery.update_action)
    act.undo_delete.triggered.connect(ctl.notes.undo)
    act.redo.triggered.connect(ctl.notes.redo)
    undo = ctl.note_undo
    undo.available_changed.connect(act.undo_delete.setEnabled)
    undo.label_changed.connect(act.undo_delete.setText)
    undo.redo_available_changed.connect(act.redo.setEnabled)
    undo.redo_label_changed.connect(act.redo.setText)
    dock.note_added.connect(ctl.notes.added)
    dock.note_deleted.connect(ctl.notes.deleted)
    dock.notes_deleted.connect(ctl.notes.deleted_several)
    dock.note_rewritten.connect(ctl.notes.rewritten)
    dock.note_left_behind.connect(ctl.recovery.keep_copy)
    act.export.triggered.connect(ctl.exports.export_dialog)
    act.settings.triggered.connect(ctl.settings_opener.open)
    dock.session_changed.connect(lambda s: ctl.change(s))
    dock.note_activated.connect(ctl.notes.show)
    dock.note_add_requested.connect(lambda: ctl.add_note())
    window.alignment_finished.connect(ctl.shown.finished)
    ctl.saved.filters_moved_changed.connect(ctl.filters_moved)
    window.alignment_failed.connect(lambda _text: setattr(ctl.recovery, "discarded", None))
    window.match_selected.connect(lambda _mid: ctl.refresh_marks())
    window.match_selected.connect(lambda match_id: name_reject(ctl, match_id))
    # the matches table's context menu rejects what it copies: the rows chosen
    window.dock.table.addAction(act.reject)
    # several rows chosen: Reject names them ("&Reject 3 matches")
    window.dock.table.selectionModel().selectionChanged.connect(lambda *_: name_reject(ctl))


def name_reject(ctl: SessionController, match_id: str | None = None) -> None:
    """Edit > Reject match says what Delete does to the chosen match (``match_id``, else
    the current one): a link made by hand is removed, not rejected; several rows chosen
    in the matches table are rejected together."""
    chosen = chosen_matches(ctl)
    if chosen:
        ctl.actions.reject.setText(f"&Reject {len(chosen)} matches")
        return
    al = ctl.window.alignment()
    if match_id is None:
        current = ctl.window.current_match()
        match_id = current.id if current is not None else None
    m = al.match_by_id(match_id) if al is not None and match_id is not None else None
    manual = m is not None and m.manual
    ctl.actions.reject.setText("&Remove link made by hand" if manual else "&Reject match")
