"""A writing system no installed font can show: the reader is told why the letters of an
article (Korean on a machine without CJK fonts) are empty boxes, on screen and in print
or PDF, and which package brings a font.

The article's writing system is told by reader.ingest.languages.main_script (kept from
the pair notice worked out off the GUI thread); which systems the installed fonts cover
is Qt's font database.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontDatabase

from reader.ingest.languages import main_script

__all__ = ["font_notice", "unshown_scripts"]

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
# the Debian and Ubuntu package of Noto fonts that covers each
_CJK = frozenset({"Korean", "Chinese", "Japanese"})


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


def font_notice(
    texts: Iterable[str], covered: Iterable[QFontDatabase.WritingSystem] | None = None
) -> str | None:
    """A sentence telling that no font shows the letters of ``texts``, and how to get one;
    None when every article's letters can be shown."""
    missing = unshown_scripts(texts, covered)
    if not missing:
        return None
    names = " and ".join(missing)
    package = " ".join(
        sorted({"fonts-noto-cjk" if script in _CJK else "fonts-noto-core" for script in missing})
    )
    return (
        f"This computer has no font for {names}: its letters show as empty boxes, on "
        f"screen, in print and in PDF. Install one (on Debian or Ubuntu: sudo apt install "
        f"{package}) and start Crossread again."
    )
