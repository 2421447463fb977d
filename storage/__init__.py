"""Persistence for samen: SQLAlchemy 2 typed models, engine setup, queries and Alembic migrations."""
