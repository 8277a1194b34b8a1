"""The PySide6 window. Views reach data only through kpidesk.services."""

import ctypes
import sys

if sys.version_info < (3, 12):  # pragma: no branch
    # PySide6 6.12 (shiboken) on Python 3.11 drops one reference to None on every call of a
    # void Qt method (QPainter.setPen, QWidget.update, …); painting thousands of cards would
    # free None and abort the process ("none_dealloc"). None is immortal from Python 3.12 on;
    # here it is made practically immortal by pinning a very large reference count once.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
