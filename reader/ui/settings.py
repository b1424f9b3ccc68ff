"""Persistent view settings (QSettings): recent pairs, geometry, splitter sizes, sync."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
ORGANIZATION = "Crossread"
APPLICATION = "crossread"
MODEL_KEY = "analysis/model_dir"
MODEL_SHA256_KEY = "analysis/model_sha256"  # of MODEL_KEY's model.onnx, recorded on first use
METHOD_KEY = "analysis/method"
_HEX = frozenset("0123456789abcdef")


def stored_model(store: QSettings) -> tuple[str, str | None]:
    """The model folder chosen in Settings ("" for none: ``$CROSSREAD_MODEL_DIR``, else
    the installed model) and the SHA-256 recorded for its model file (None: none yet)."""
    value = store.value(MODEL_KEY, "")
    # a list or bytes (another version's value, a hand edit): no folder, not its repr
    folder = value.strip() if isinstance(value, str) else ""
    digest = str(store.value(MODEL_SHA256_KEY, "") or "").strip().lower()
    return folder, (digest if folder and len(digest) == 64 and set(digest) <= _HEX else None)


def choose_stored_model(store: QSettings, trust_anew: bool = False) -> bool:
    """Make the model folder of ``store`` (with its recorded digest) the one the sentence
    model loads from; True if that changed what loads. The caller forgets a model loaded
    already (``reader.analysis.sentence_model.embedding.reset_default_embedder``)."""
    from reader.analysis.sentence_model.model_source import choose_model_dir

    folder, digest = stored_model(store)
    return choose_model_dir(folder or None, digest, trust_anew=trust_anew)


def default_settings() -> QSettings:
    """The user's settings (INI format, so tests can redirect them with QSettings.setPath)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class Settings:
    """Typed access to the few values the window keeps between runs."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def recent_pairs(self) -> list[tuple[str, str]]:
        raw = self.store.value("recent/pairs", [])
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        out: list[tuple[str, str]] = []
        for item in items:
            a, sep, b = str(item).partition("\n")
            if sep and a and b and (a, b) not in out and (b, a) not in out:  # listed once
                out.append((a, b))
        return out[:MAX_RECENT]  # a longer list (another version's, a hand edit): the newest

    def add_recent_pair(
        self, a: str, b: str, titles: tuple[str, str] | None = None
    ) -> list[tuple[str, str]]:
        """Put the pair first (with its articles' ``titles`` for the menu, if known): the
        same two articles the other way round (sides swapped) are the same pair, listed
        once, in the order last read, its session file kept."""
        pairs = [(a, b)] + [p for p in self.recent_pairs() if p not in ((a, b), (b, a))]
        pairs = pairs[:MAX_RECENT]
        self.store.setValue("recent/pairs", [f"{x}\n{y}" for x, y in pairs])
        known = self.recent_titles()
        if titles is not None:
            known.update({a: titles[0], b: titles[1]})
        used = {path for pair in pairs for path in pair}
        self.store.setValue(
            "recent/titles", [f"{p}\n{t}" for p, t in known.items() if p in used and t]
        )
        sessions = self.recent_sessions()
        if (a, b) not in sessions and (b, a) in sessions:
            sessions[(a, b)] = sessions[(b, a)]  # the notes saved on it open with it
        self._store_sessions({pair: sessions[pair] for pair in pairs if pair in sessions})
        self.store.sync()
        return pairs

    def remember_session(
        self, a: str, b: str, session: str, titles: tuple[str, str] | None = None
    ) -> None:
        """The notes on the pair (``a``, ``b``) are in the session file ``session``: the
        pair goes first among the recent pairs, which opens that file from now on."""
        self._store_sessions({**self.recent_sessions(), (a, b): session})
        self.add_recent_pair(a, b, titles)

    def saved_session(self, a: str, b: str) -> str | None:
        """The session file last saved or opened for the pair of ``a`` and ``b``, in
        either order, if any."""
        sessions = self.recent_sessions()
        return sessions.get((a, b)) or sessions.get((b, a))

    def recent_sessions(self) -> dict[tuple[str, str], str]:
        """The session file last saved or opened for each recent pair that has one."""
        raw = self.store.value("recent/sessions", [])
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        out: dict[tuple[str, str], str] = {}
        for item in items:
            parts = str(item).split("\n")
            if len(parts) == 3 and all(parts):
                out[(parts[0], parts[1])] = parts[2]
        return out

    def _store_sessions(self, sessions: dict[tuple[str, str], str]) -> None:
        self.store.setValue("recent/sessions", [f"{a}\n{b}\n{s}" for (a, b), s in sessions.items()])

    def recent_titles(self) -> dict[str, str]:
        """Title of each recent article, by path (those known)."""
        raw = self.store.value("recent/titles", [])
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        out: dict[str, str] = {}
        for item in items:
            path, sep, title = str(item).partition("\n")
            if sep and path and title.strip():
                out[path] = " ".join(title.split())
        return out

    def remove_recent_pair(self, a: str, b: str) -> None:
        """Forget the recent pair (``a``, ``b``), its titles and its session file."""
        pairs = [p for p in self.recent_pairs() if p != (a, b)]
        self.store.setValue("recent/pairs", [f"{x}\n{y}" for x, y in pairs])
        used = {path for pair in pairs for path in pair}
        titles = self.recent_titles()
        self.store.setValue("recent/titles", [f"{p}\n{t}" for p, t in titles.items() if p in used])
        sessions = self.recent_sessions()
        self._store_sessions({pair: sessions[pair] for pair in pairs if pair in sessions})
        self.store.sync()

    def clear_recent_pairs(self) -> None:
        self.store.remove("recent/pairs")
        self.store.remove("recent/titles")
        self.store.remove("recent/sessions")
        self.store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def save_layout(
        self,
        geometry: QByteArray,
        state: QByteArray,
        splitter: QByteArray,
        panel_share: float | None = None,
    ) -> None:
        """The window's layout, and the panels' ``panel_share`` of the height at the
        starting zoom (a layout saved while zoomed has them taller; None: kept as saved)."""
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)
        self.store.setValue("window/splitter", splitter)
        if panel_share is not None:
            self.store.setValue("window/panel_share", panel_share)
        self.store.sync()

    def panel_share(self) -> float | None:
        """The panels' share of the height at the starting zoom, as saved with the layout
        (None: none saved, or not a share)."""
        try:
            share = float(str(self.store.value("window/panel_share", "")))
        except ValueError:
            return None
        return share if 0 < share < 1 else None

    def _flag(self, key: str, default: bool) -> bool:
        """A yes/no setting; ``default`` where it holds anything else (a list, a word
        another version wrote)."""
        value = str(self.store.value(key, "")).strip().lower()
        return {"true": True, "false": False}.get(value, default)

    def sync_scrolling(self) -> bool:
        return self._flag("view/sync", True)

    def set_sync_scrolling(self, on: bool) -> None:
        self.store.setValue("view/sync", "true" if on else "false")

    def minor_links(self) -> bool:
        """View > Entity and number links: on as the reader left it."""
        return self._flag("view/minor_links", False)

    def set_minor_links(self, on: bool) -> None:
        self.store.setValue("view/minor_links", "true" if on else "false")

    def word_marks(self) -> bool:
        """View > Mark the words that differ: on unless the reader turned it off."""
        return self._flag("view/word_marks", True)

    def set_word_marks(self, on: bool) -> None:
        self.store.setValue("view/word_marks", "true" if on else "false")

    def open_folder(self) -> str:
        """The folder the reader last chose files in with an Open or Save dialog ("" when
        none, or when it is gone: the dialog then starts where Qt starts it)."""
        folder = str(self.store.value("dialogs/folder", "") or "")
        return folder if folder and os.path.isdir(folder) else ""

    def set_open_folder(self, chosen: str) -> None:
        """Remember the folder of ``chosen`` (a file picked in a dialog)."""
        self.store.setValue("dialogs/folder", os.path.dirname(os.path.abspath(chosen)))

    def zoom(self) -> int:
        try:
            return int(str(self.store.value("view/zoom", 0)))
        except ValueError:
            return 0

    def set_zoom(self, steps: int) -> None:
        self.store.setValue("view/zoom", steps)
