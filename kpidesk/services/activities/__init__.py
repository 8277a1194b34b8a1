"""Activities (contact moments): logging, listing, their types and the points goals."""
