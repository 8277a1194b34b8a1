"""The Dutch catalogue is complete, and translations reach the command line and the window."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from kpidesk.core.i18n import resources_dir, set_language, tr

ROOT = Path(__file__).resolve().parents[1]


def load_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_marked_string_has_a_dutch_translation() -> None:
    tool = load_tool()
    assert sum(len(v) for v in tool.extract().values()) > 100
    assert tool.missing_translations() == []


def test_placeholders_survive_translation() -> None:
    """A Dutch text must keep every {placeholder} of its English source."""
    import re

    broken = []
    for path in (resources_dir() / "i18n" / "nl").glob("*.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if translation and set(re.findall(r"\{[^}]*\}", source)) != set(
                re.findall(r"\{[^}]*\}", translation)
            ):
                broken.append(source)
    assert broken == []


def test_extractor_finds_new_strings(tmp_path: Path, monkeypatch) -> None:
    tool = load_tool()
    package = tmp_path / "kpidesk"
    (package / "ui" / "leads").mkdir(parents=True)
    (package / "ui" / "leads" / "x.py").write_text('tr("Nieuwe string nog niet vertaald")\n')
    monkeypatch.setattr(tool, "PACKAGE", package)
    assert tool.extract() == {"ui_leads": ["Nieuwe string nog niet vertaald"]}
    assert tool.missing_translations() == ["Nieuwe string nog niet vertaald"]


def test_language_switch() -> None:
    set_language("nl")
    assert tr("Won") == "Gewonnen"
    assert tr("Not in any catalogue") == "Not in any catalogue"
    set_language("en")
    assert tr("Won") == "Won"


def test_compiled_catalogues_exist() -> None:
    for language in ("nl", "en"):
        path = resources_dir() / "i18n" / f"kpidesk_{language}.qm"
        assert path.is_file() and path.stat().st_size > 100


def test_plural_picks_the_singular_for_exactly_one() -> None:
    from kpidesk.core.i18n import plural

    assert plural(1, "{count} day", "{count} days").format(count=1) == "1 day"
    assert plural(-1, "one", "many") == "one"
    assert plural(0, "one", "many") == "many"
    assert plural(2, "one", "many") == "many"
    assert plural(1.5, "one", "many") == "many"
