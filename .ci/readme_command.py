"""Print command N (1 or 2) of the README's quick start, exactly as a user would copy it.

CI runs these very lines, so the README cannot drift from what is tested: command 1 installs
and starts the app, command 2 runs the tests.
"""

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def quick_start_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", section, re.S)]


if __name__ == "__main__":
    commands = quick_start_commands()
    if len(commands) != 2 or any("\n" in command for command in commands):
        sys.exit("README: the quick start must hold two one-line ```bash blocks")
    print(commands[int(sys.argv[1]) - 1])
