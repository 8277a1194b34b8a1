"""Shared widgets, table models and delegates."""
