"""Customers: listing, the detail with its timeline, and the relationship KPIs."""
