"""The PySide6 window. Views reach data only through kpidesk.services."""
