"""The leads view."""
