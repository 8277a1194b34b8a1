"""Alembic environment: runs on the connection that KPIDesk hands over in ``config.attributes``."""

from alembic import context

from kpidesk.data.models import Base

config = context.config
connection = config.attributes.get("connection")


def run() -> None:
    if connection is None:  # offline SQL generation is not used by KPIDesk
        raise RuntimeError("KPIDesk migrations run on a live connection only")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
