"""Qt only here: the reader window, its panes, link map, docks, item models and workers.

Map of the package (each module small, one concern):

- ``app``: ``run_gui(paths, screenshot)``, the entry point the CLI calls.
- ``main_window``: ``MainWindow``; extension points for other docks and exporters:
  ``add_dock(widget, area)``, ``alignment()``, ``documents()``, ``paths()``,
  ``selection()`` (the selected span in A and in B), ``current_match()``, ``pane(side)``,
  ``show_alignment(alignment)`` (staged: wait for ``alignment_finished``),
  ``linker.hold()`` (scroll a pane by hand without syncing the other).
- ``article_pane`` (one article), ``highlights`` (palette and formats), ``legend``,
  ``overview`` (minimap strip), ``link_map`` (bands) with ``geometry`` (pure band and
  offset math) and ``linker`` (scroll sync guard, bands from visible ranges).
- ``matches_model`` / ``matches_dock``: the matches table and its filters.
- ``worker`` (the one off-thread abstraction), ``opening`` (pair loading, recent pairs,
  error dialogs), ``settings`` (QSettings), ``actions``, ``find_bar``, ``messages`` and
  ``tooltips`` (reader-facing texts), ``compat`` (binding work-arounds).
"""

from reader.ui.compat import protect_none

protect_none()
