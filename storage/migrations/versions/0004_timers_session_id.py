"""timers session id

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('timers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_id', sa.Integer(), nullable=True))
        batch_op.create_index('ix_timers_session', ['session_id'], unique=False)
    # timers made before this revision: their session id from the JSON data
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE timers SET session_id = (data->>'session_id')::integer WHERE data->>'session_id' IS NOT NULL")
    else:
        op.execute("UPDATE timers SET session_id = CAST(json_extract(data, '$.session_id') AS INTEGER) "
                   "WHERE json_extract(data, '$.session_id') IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('timers', schema=None) as batch_op:
        batch_op.drop_index('ix_timers_session')
        batch_op.drop_column('session_id')

