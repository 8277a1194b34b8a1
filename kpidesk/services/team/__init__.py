"""The team database: who may change what, logins, and live updates from colleagues."""
