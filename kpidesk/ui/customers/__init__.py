"""The customers view."""
