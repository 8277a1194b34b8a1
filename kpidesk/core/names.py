"""Normalising names so that 'Bakker B.V.' and 'bakker  bv' are the same organisation."""

from __future__ import annotations

import re
import unicodedata

_LEGAL_FORMS = re.compile(
    r"\b(b\.?\s?v\.?|n\.?\s?v\.?|v\.?\s?o\.?\s?f\.?|c\.?\s?v\.?|ltd\.?|gmbh|inc\.?|llc)\s*$"
)
# The last character of every legal form above: other names skip the expression.
_LEGAL_ENDINGS = ("v", "f", "d", "h", "c", ".")


def organisation_key(name: str) -> str:
    """The key under which an organisation name is unique.

    Case, accents, surrounding and repeated spaces and a trailing legal form (B.V., BV, N.V., VOF,
    Ltd, GmbH…) do not count.
    """
    text = name
    if not text.isascii():  # ASCII needs no decomposition; imports call this 100,000 times
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.lower().split())
    previous = None
    while previous != text:
        previous = text
        if text.endswith(_LEGAL_ENDINGS):
            text = _LEGAL_FORMS.sub("", text)
        text = text.strip().rstrip(",").strip()
    return text


def initials(name: str) -> str:
    """Up to two initials for an owner badge: 'Bram de Vries' → 'BV'."""
    parts = [p for p in name.replace("-", " ").split() if p]
    if not parts:
        return "?"
    capitals = [p[0] for p in parts if p[0].isupper()] or [parts[0][0]]
    if len(capitals) == 1:
        return capitals[0].upper()
    return (capitals[0] + capitals[-1]).upper()
