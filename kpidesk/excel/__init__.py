"""Spreadsheet formats: readers, header mapping, value parsing and row validation."""
