"""One function per user intent. Each opens its own session, commits once, returns plain data."""
