"""timers: the session index also holds the status

Without it SQLite answers "the pending timers of these sessions" through ix_timers_due (status,
due_at), i.e. by reading every pending timer: replacing a group's timers grew with the number of
groups.

Revision ID: 0005
Revises: 0004
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('timers', schema=None) as batch_op:
        batch_op.drop_index('ix_timers_session')
        batch_op.create_index('ix_timers_session', ['session_id', 'status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('timers', schema=None) as batch_op:
        batch_op.drop_index('ix_timers_session')
        batch_op.create_index('ix_timers_session', ['session_id'], unique=False)
