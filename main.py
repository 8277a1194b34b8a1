"""Start KPIDesk: ``python main.py [options] [command]``."""

import sys

from kpidesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
