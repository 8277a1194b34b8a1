"""The dashboard view."""
