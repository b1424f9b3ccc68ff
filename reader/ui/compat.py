"""Work-arounds for defects of the Qt binding, applied once when reader.ui is imported.

PySide6/shiboken6 6.12.0 on CPython 3.11 returns ``None`` from every void method
(``QWidget.update``, ``QPainter.fillRect``, ``QTextCursor.setPosition``...) and ``True``
from every ``Signal.emit`` without taking a reference, so each call drops the reference
count of None (or True) by one. On 3.12+ those objects are immortal and nothing happens;
on 3.11 a few thousand calls (one repaint of a long article with its highlights, a test
run) bring it to zero and the interpreter aborts with "Fatal Python error: none_dealloc"
or "bool_dealloc". PySide6 6.11.3 does not have the defect (measured).

The real fix is a binding without the defect (PySide6 < 6.12 or Python >= 3.12); until
then ``protect_none`` gives None, True and False a reference count no session can
exhaust, which is what Python 3.12 does for every run.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # a trillion references: years of void calls
SINGLETONS = (None, True, False)


def binding_drops_none_refs() -> bool:
    """True when the installed binding has the defect on this interpreter."""
    if sys.version_info >= (3, 12):
        return False
    import shiboken6

    return str(getattr(shiboken6, "__version__", "")).startswith("6.12.")


def protect_none() -> bool:
    """Raise the reference counts of None, True and False out of reach of the defect.

    Returns True when applied (only with the defective binding on Python < 3.12).
    """
    if not binding_drops_none_refs():
        return False
    for singleton in SINGLETONS:
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))
        if refcnt.value < RESERVE // 2:
            refcnt.value += RESERVE
    return True
