"""Translation of user-visible text, shared by the window and the command line.

Source strings are English and are marked with :func:`tr` (or :func:`tr_noop` where the
translation must happen later).  The catalogues are Qt Linguist ``.ts`` files under
``resources/i18n/<lang>/``; ``tools/i18n.py`` extracts the marked strings into them and
compiles ``.qm`` files for Qt.  Reading the ``.ts`` XML here keeps the command line free of Qt.
"""

from __future__ import annotations

import locale
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SUPPORTED_LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"

_catalogue: dict[str, str] = {}
_language = SOURCE_LANGUAGE


def resources_dir() -> Path:
    """The ``resources/`` folder, in a checkout and in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def catalogue_dir(language: str) -> Path:
    return resources_dir() / "i18n" / language


def system_language() -> str:
    """The user's language from the environment: ``nl`` for any Dutch locale, else ``en``."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "nl" if code.lower().startswith("nl") else "en"


def load_catalogue(language: str) -> dict[str, str]:
    """Read every ``.ts`` file of *language* into a source → translation mapping.

    Unfinished or empty translations are left out, so the English source shows instead.
    """
    result: dict[str, str] = {}
    folder = catalogue_dir(language)
    if not folder.is_dir():
        return result
    for path in sorted(folder.glob("*.ts")):
        root = ET.parse(path).getroot()  # our own shipped file, never user input
        for message in root.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                result[source] = translation.text
    return result


def set_language(language: str | None) -> str:
    """Switch the active language; ``None`` means the system language. Returns the one chosen."""
    global _catalogue, _language
    chosen = language or system_language()
    if chosen not in SUPPORTED_LANGUAGES:
        chosen = SOURCE_LANGUAGE
    _language = chosen
    _catalogue = {} if chosen == SOURCE_LANGUAGE else load_catalogue(chosen)
    return chosen


def current_language() -> str:
    return _language


def tr(text: str) -> str:
    """Translate *text* (an English source string) into the active language."""
    return _catalogue.get(text, text)


def tr_noop(text: str) -> str:
    """Mark *text* for translation without translating it now (for module-level tables)."""
    return text


def pick(nl: str, en: str) -> str:
    """Choose between a stored Dutch and English name (stages, activity types, criteria)."""
    if _language == "nl":
        return nl or en
    return en or nl


def plural(count: float, one: str, many: str) -> str:
    """Choose the singular or plural form of an already translated text.

    Dutch and English both use the singular for exactly one, so one rule fits both.  Mark
    both forms for translation at the call site: ``plural(n, tr("{count} day"),
    tr("{count} days")).format(count=n)``.
    """
    return one if abs(count) == 1 else many
