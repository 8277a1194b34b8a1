"""Leads: listing, qualification against the ideal-customer checklist, and lookalike scores."""
