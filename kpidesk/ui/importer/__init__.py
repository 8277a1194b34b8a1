"""The import wizard (File → Import…)."""
