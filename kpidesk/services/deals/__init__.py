"""Deals: listing, one deal's details, the pipeline board and its stages."""
