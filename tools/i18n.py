"""Keep the translation catalogues in step with the code.

    python tools/i18n.py update   # extract tr()/tr_noop() strings into resources/i18n/*/*.ts
    python tools/i18n.py compile  # build the .qm files with pyside6-lrelease
    python tools/i18n.py check    # exit 1 when a Dutch translation is missing
    python tools/i18n.py todo > todo.json    # the missing Dutch strings, as JSON to fill in
    python tools/i18n.py apply todo.json     # merge filled-in Dutch translations, then update
    python tools/i18n.py harvest BRANCH…     # after a merge: take the branches' translations too

Strings are grouped in one catalogue per area of the code (``ui_leads.ts``, ``services.ts``…),
so that work on different views does not touch the same file.  Existing translations are kept
wherever a string moves.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kpidesk"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}
MARKERS = {"tr", "tr_noop"}
CONTEXT = "kpidesk"


def area_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[0] == "ui" and len(parts) > 2:
        return f"ui_{parts[1]}"
    if len(parts) == 1:
        return "app"
    return parts[0]


def extract() -> dict[str, list[str]]:
    """Every marked string, by area, in order of first appearance."""
    seen: set[str] = set()
    areas: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else (func.attr if isinstance(func, ast.Attribute) else None)
            )
            first = node.args[0]
            if name in MARKERS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                text = first.value
                if text and text not in seen:
                    seen.add(text)
                    areas.setdefault(area_of(path), []).append(text)
    return areas


def read_existing(language: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for path in (I18N / language).glob("*.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (
                source
                and translation is not None
                and translation.text
                and translation.get("type") != "unfinished"
            ):
                result[source] = translation.text
    return result


def write_ts(path: Path, language: str, messages: list[tuple[str, str | None]]) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en_GB">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for source, translation in messages:
        lines.append("    <message>")
        lines.append(f"        <source>{escape(source)}</source>")
        if translation:
            lines.append(f"        <translation>{escape(translation)}</translation>")
        else:
            lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def update() -> int:
    areas = extract()
    for language in LANGUAGES:
        folder = I18N / language
        folder.mkdir(parents=True, exist_ok=True)
        existing = read_existing(language)
        for old in folder.glob("*.ts"):
            old.unlink()
        for area, texts in sorted(areas.items()):
            messages = [(t, t if language == "en" else existing.get(t)) for t in texts]
            write_ts(folder / f"{area}.ts", language, messages)
    missing = missing_translations()
    print(f"{sum(len(v) for v in areas.values())} strings; {len(missing)} without Dutch")
    return 0


def missing_translations() -> list[str]:
    existing = read_existing("nl")
    return [t for texts in extract().values() for t in texts if t not in existing]


def compile_qm() -> int:
    tool = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if tool is None:
        print("pyside6-lrelease not found", file=sys.stderr)
        return 1
    for language in LANGUAGES:
        sources = sorted(str(p) for p in (I18N / language).glob("*.ts"))
        out = I18N / f"kpidesk_{language}.qm"
        subprocess.run([tool, "-silent", *sources, "-qm", str(out)], check=True)
    return 0


def check() -> int:
    missing = missing_translations()
    for text in missing:
        print(f"missing Dutch translation: {text!r}", file=sys.stderr)
    return 1 if missing else 0


def todo() -> int:
    import json

    print(json.dumps({t: "" for t in missing_translations()}, ensure_ascii=False, indent=1))
    return 0


def apply(path: str) -> int:
    """Merge {english: dutch} from a JSON file into the Dutch catalogues."""
    import json

    new = {k: v for k, v in json.loads(Path(path).read_text(encoding="utf-8")).items() if v}
    areas = extract()
    existing = read_existing("nl") | new
    for area, texts in sorted(areas.items()):
        write_ts(I18N / "nl" / f"{area}.ts", "nl", [(t, existing.get(t)) for t in texts])
    return update()


def harvest(revisions: list[str]) -> int:
    """After a merge: take the Dutch translations found at git *revisions* too, then update.

    Conflicted catalogues are resolved by keeping our side and harvesting the other branch.
    """
    import json
    import tempfile

    found: dict[str, str] = {}
    for rev in revisions:
        names = subprocess.run(
            ["git", "ls-tree", "-r", "--name-only", rev, "resources/i18n/nl"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout.split()
        for name in names:
            if not name.endswith(".ts"):
                continue
            text = subprocess.run(
                ["git", "show", f"{rev}:{name}"],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            ).stdout
            for message in ET.fromstring(text).iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if (
                    source
                    and translation is not None
                    and translation.text
                    and translation.get("type") != "unfinished"
                ):
                    found.setdefault(source, translation.text)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({k: v for k, v in found.items() if k not in read_existing("nl")}, f)
    return apply(f.name)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "apply":
        sys.exit(apply(sys.argv[2]))
    if len(sys.argv) > 2 and sys.argv[1] == "harvest":
        sys.exit(harvest(sys.argv[2:]))
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    sys.exit({"update": update, "compile": compile_qm, "check": check, "todo": todo}[command]())
