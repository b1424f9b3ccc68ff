"""Text direction: which way a piece of text reads, and how to keep a right-to-left piece
(an Arabic or Hebrew passage, title, name or date) in order inside an English label.

A piece of text reads the way of its first strong letter (as ``dir='auto'`` in a browser,
rule P2 of the Unicode bidirectional algorithm): right to left when that letter is Hebrew
or Arabic, left to right when Latin (or any other left-to-right script), either when it
has no letter at all (a figure, a dash).

Inside a left-to-right label ("A: …", "differs: …") a right-to-left piece that starts or
ends with a figure reads out of order: "20 يونيو 2024" shows as "يونيو 2024 20". Wrapped
in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE it is laid out on its own,
in its own direction, and the label around it stays as it was. The marks are invisible and
leave the text in logical order; text without a right-to-left letter is never wrapped, so
English labels are byte for byte what they were.
"""

from __future__ import annotations

import unicodedata

from reader.model.alignment import QUOTED_VS

FSI = "\u2068"  # first strong isolate: the piece takes its own first strong letter's way
PDI = "\u2069"  # pop directional isolate: the end of the piece
RTL_CLASSES = ("R", "AL")  # Hebrew (R); Arabic, Syriac, Thaana (AL)


def is_rtl(text: str) -> bool:
    """True when the first strong letter of ``text`` is right to left (Hebrew, Arabic);
    letters inside an isolate do not count (what is isolated keeps its own way)."""
    depth = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif kind in RTL_CLASSES:
            return True
        elif kind == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    """True when ``text`` holds any right-to-left letter."""
    return any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


def isolate(text: str) -> str:
    """``text`` wrapped in FSI … PDI when it holds a right-to-left letter, else as it is.

    Each line is wrapped on its own (a line break ends an isolate)."""
    if not has_rtl(text):
        return text
    return "\n".join(FSI + line + PDI if has_rtl(line) else line for line in text.split("\n"))


def isolate_detail(detail: str) -> str:
    """What two passages disagree on ("A's value vs B's value") with each value isolated,
    so that "19 يونيو 2024 vs 20 يونيو 2024" keeps A's value first and each date in order."""
    if not has_rtl(detail):
        return detail
    if detail.startswith("\u201c") and detail.endswith("\u201d") and QUOTED_VS in detail:
        left, _, right = detail[1:-1].partition(QUOTED_VS)
        return f"\u201c{isolate(left)}{QUOTED_VS}{isolate(right)}\u201d"
    left, sep, right = detail.partition(" vs ")
    return f"{isolate(left)} vs {isolate(right)}" if sep else isolate(detail)
