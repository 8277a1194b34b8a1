"""Entry point shared by ``python main.py``, ``python -m kpidesk`` and the ``kpidesk`` script."""

import sys


def main() -> int:
    """Run KPIDesk with the process arguments and return the exit code."""
    from kpidesk.cli import run

    return run(sys.argv[1:], end_process=True)


if __name__ == "__main__":
    sys.exit(main())
