"""Keeping user text from being run as a spreadsheet formula, and undoing that on import.

A spreadsheet program takes text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return for a formula (CSV injection).  Exports therefore never write such text bare:

* in xlsx the cell is a text cell with the quote-prefix style; the value itself is unchanged;
* in CSV the text gets one leading apostrophe (``'=SUM(A1)``), the OWASP advice, which Excel
  shows as the text ``=SUM(A1)``.

The CSV rule must be undone on import, or every re-import would add an apostrophe.  So that the
pair is exact for every text, the protection looks past leading apostrophes: text whose first
character after any apostrophes is a formula start gets one more apostrophe
(``'=x`` → ``''=x``), and the import removes exactly one apostrophe from text of that shape
(``''=x`` → ``'=x``, ``'=x`` → ``=x``).  Other text, such as the place name ``'s-Hertogenbosch``,
is never touched either way.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program could take *text* for a formula."""
    return text.startswith(FORMULA_STARTS)


def _guarded(text: str) -> bool:
    """True for text whose first character after any leading apostrophes starts a formula."""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def csv_safe(text: str) -> str:
    """Text for a CSV field that no spreadsheet turns into a formula (see the module rule)."""
    return "'" + text if _guarded(text) else text


def csv_unprotect(text: str) -> str:
    """The text :func:`csv_safe` was given: one apostrophe less before a formula start."""
    return text[1:] if text.startswith("'") and _guarded(text) else text
