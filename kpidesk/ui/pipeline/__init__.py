"""The pipeline view."""
