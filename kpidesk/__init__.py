"""KPIDesk: the KPI desk for the sales manager of a small B2B team."""

__version__ = "0.1.0"
APP_NAME = "KPIDesk"
