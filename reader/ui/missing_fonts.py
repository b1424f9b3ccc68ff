"""A writing system no installed font can show: the reader is told why the letters of an
article (Korean on a machine without CJK fonts) are empty boxes, on screen and in print
or PDF, and which package brings a font.

The article's writing system is told by reader.ingest.languages.main_script (kept from
the pair notice worked out off the GUI thread); which systems the installed fonts cover
is Qt's font database.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from PySide6.QtGui import QFontDatabase

from reader.ingest.languages import main_script

__all__ = ["font_notice", "install_commands", "unshown_scripts"]

_WS = QFontDatabase.WritingSystem
# main_script's names -> the writing systems any of which shows its letters
_SYSTEMS: dict[str, tuple[QFontDatabase.WritingSystem, ...]] = {
    "Korean": (_WS.Korean,),
    "Chinese": (_WS.SimplifiedChinese, _WS.TraditionalChinese),
    "Japanese": (_WS.Japanese,),
    "Arabic": (_WS.Arabic,),
    "Hebrew": (_WS.Hebrew,),
    "Cyrillic": (_WS.Cyrillic,),
    "Greek": (_WS.Greek,),
    "Devanagari": (_WS.Devanagari,),
    "Thai": (_WS.Thai,),
}
# the packages of Noto fonts that cover each script: Debian and Ubuntu (apt), Fedora
# (dnf), Arch (pacman); fonts-noto-core and noto-fonts hold every script but CJK's, Fedora
# has a package per script (google-noto-sans-fonts: Latin, Greek and Cyrillic)
_CJK = frozenset({"Korean", "Chinese", "Japanese"})
_FEDORA = {
    "Arabic": "google-noto-sans-arabic-fonts",
    "Hebrew": "google-noto-sans-hebrew-fonts",
    "Devanagari": "google-noto-sans-devanagari-fonts",
    "Thai": "google-noto-sans-thai-fonts",
    "Cyrillic": "google-noto-sans-fonts",
    "Greek": "google-noto-sans-fonts",
}
# what each system's reader types, with where the packages go
_INSTALL = (
    ("Debian or Ubuntu", "sudo apt install", "fonts-noto-cjk", lambda s: "fonts-noto-core"),
    ("Fedora", "sudo dnf install", "google-noto-sans-cjk-fonts", _FEDORA.__getitem__),
    ("Arch", "sudo pacman -S", "noto-fonts-cjk", lambda s: "noto-fonts"),
)


def unshown_scripts(
    texts: Iterable[str], covered: Iterable[QFontDatabase.WritingSystem] | None = None
) -> list[str]:
    """The writing systems of ``texts`` (each one's main script) that no installed font
    covers (``covered``: the systems the fonts cover; by default Qt's font database)."""
    have = set(QFontDatabase.writingSystems() if covered is None else covered)
    out: list[str] = []
    for text in texts:
        script = main_script(text)
        systems = _SYSTEMS.get(script or "")
        if script and systems and not have.intersection(systems) and script not in out:
            out.append(script)
    return out


def install_commands(scripts: Iterable[str]) -> str:
    """How to install fonts for ``scripts`` on the Linux systems most readers have:
    "on Debian or Ubuntu, sudo apt install fonts-noto-cjk; on Fedora, ..."."""
    wanted = list(scripts)
    said = []
    for system, command, cjk, other in _INSTALL:
        packages = sorted({cjk if script in _CJK else other(script) for script in wanted})
        said.append(f"on {system}, {command} {' '.join(packages)}")
    return "; ".join(said)


def font_notice(
    texts: Iterable[str],
    covered: Iterable[QFontDatabase.WritingSystem] | None = None,
    platform: str = sys.platform,
) -> str | None:
    """A sentence telling that no font shows the letters of ``texts``, and how to get one
    (on Linux, the command for Debian and Ubuntu, Fedora and Arch; elsewhere, the
    system's own fonts for the language); None when every article's letters can be
    shown."""
    missing = unshown_scripts(texts, covered)
    if not missing:
        return None
    names = " and ".join(missing)
    its = "its" if len(missing) == 1 else "their"
    said = (
        f"This computer has no font for {names}: {its} letters show as empty boxes, on "
        "screen, in print and in PDF."
    )
    if platform.startswith("linux"):
        how = install_commands(missing)
        return f"{said} Install the fonts, then start Crossread again: {how}."
    return f"{said} Add the system's fonts for {names}, then start Crossread again."
