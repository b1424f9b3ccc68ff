"""Qt only here: the reader window, its panes, link map, docks, item models and workers.

Map of the package (each module small, one concern):

- ``app``: ``run_gui(paths, screenshot)``, the entry point the CLI calls.
- ``main_window``: ``MainWindow``; extension points for other docks and exporters:
  ``add_dock(widget, area)``, ``alignment()``, ``paths()``,
  ``selection()`` (the selected span in A and in B), ``current_match()``, ``pane(side)``,
  ``show_alignment(alignment)`` (staged: wait for ``alignment_finished``),
  ``linker.hold()`` (scroll a pane by hand without syncing the other). It owns
  ``staged_show`` (the pair's preview while matched, then its alignment in stages),
  ``article_find`` (the find bar over the article last focused), ``pair_drop`` (files
  dropped on the window) and ``first_layout`` (the panels' first share of the height).
- ``notice_work``: the pair notice above the panes, worked out off the GUI thread while
  an alignment is shown.
- ``article_pane`` (one article), ``highlights`` (palette and formats), ``legend``,
  ``overview`` (minimap strip), ``link_map`` (bands) with ``geometry`` (pure band and
  offset math) and ``linker`` (scroll sync guard, bands from visible ranges).
- ``highlight_pass`` (text and highlights put into a pane in steps) run by ``sliced_job``
  (GUI-thread work a slice per event-loop turn; ``MainWindow.flush()`` finishes it),
  ``text_geometry`` (hit tests and heights while Qt still lays out a long text),
  ``pane_pointer`` (what clicks and hovering over a pane mean), ``pane_loading`` (a
  pane's preview while matched, its text built and re-themed), ``pane_selections``
  (what a pane lays over its text: the selected match, its flash, note marks, find hits).
- ``matches_model`` / ``matches_dock``: the matches table (with what differs and the
  notes) and its filters; ``navigation`` (next / previous match or discrepancy);
  ``only_dock`` (passages only one article reports); ``quotes_dock`` (every quotation
  and its speaker); ``row_table`` (the read-only table
  view the docks and dialogs share; a change of its model selects no row on its own)
  with ``row_cursor`` (the keyboard's place after a note is deleted); ``kind_box`` (the
  Matches panel's kind tick boxes, their colour painted); ``text_zoom`` (View > Zoom: the
  articles, and the rest of the window in proportion) with ``zoom_style`` (tick boxes
  and the panels' buttons in proportion with their text).
- ``notes_dock`` / ``notes_model`` / ``note_dialog``, ``note_undo`` (the changes Edit > Undo
  and Redo take back) with ``undo_steps`` (one taken back, giving its inverse),
  ``session_controller`` with ``session_actions``, ``session_wiring`` (its signals
  connected), ``session_show`` (the session's view in the panes), ``pair_follow`` (a
  swap, a re-alignment, another pair), ``session_closing`` (letting the session go),
  ``saved_state`` (what the file holds), ``view_state`` and ``panel_filters`` (the view
  and every panel's filters, saved with the session), ``left_view`` (the view a kept copy
  carries), ``corrections`` (reject, restore, manual links), ``session_saving`` (File > Save),
  ``session_opening`` (File > Open session), ``session_export`` (File > Export notes)
  with ``export_dialog`` (the export file dialog), ``recovery`` (kept copies of unsaved
  work), ``settings_opener`` (Edit > Settings), ``unsaved_guard`` (the question before
  unsaved work goes), ``session_dialogs`` (their OS dialogs) with
  ``unsaved_questions`` (Save / Discard / Cancel; restoring a crashed run's autosave),
  ``yes_no`` (a question whose default answer leaves things as they are),
  ``recovery_dialog`` (File > Recover unsaved notes), ``autosaver``, ``session_writer``
  (session files read and written off the GUI thread, in order).
- ``worker`` (the one off-thread abstraction), ``opening`` (pair loading, recent pairs,
  error dialogs) with ``paste_dialog`` (File > Compare pasted text), ``settings``
  (QSettings), ``actions``, ``find_bar``, ``messages`` and
  ``tooltips`` (reader-facing texts), ``compat`` (binding work-arounds).
"""

from reader.ui.compat import protect_none

protect_none()
