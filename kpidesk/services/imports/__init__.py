"""Importing spreadsheets: reading, mapping, checking and writing rows all or nothing."""
