"""Qt only here: the reader window, its panes, link map, docks, item models and workers."""

from reader.ui.compat import protect_none

protect_none()
