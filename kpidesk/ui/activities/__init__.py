"""The activities view."""
