"""Persistence: typed SQLAlchemy models, the engine, migrations and SQL aggregations."""
