"""timers: the due and session indexes hold pending timers only; inbound events: a queue index

Every query of timers by due time or by session asks for pending ones; done, dropped and failed
timers (most of a year's rows, later on) need no place in these indexes.  Smaller entries (no
status string) also mean fewer index pages written when a group's season of timers is made.

The handling loop asks for the oldest pending inbound events (`status = 'pending' ORDER BY id`):
SQLite answered it by scanning the whole table in id order, every event ever received first.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

PENDING = sa.text("status = 'pending'")


def upgrade() -> None:
    with op.batch_alter_table('timers', schema=None) as batch_op:
        batch_op.drop_index('ix_timers_due')
        batch_op.drop_index('ix_timers_session')
        batch_op.create_index('ix_timers_due', ['due_at'], unique=False,
                              sqlite_where=PENDING, postgresql_where=PENDING)
        batch_op.create_index('ix_timers_session', ['session_id'], unique=False,
                              sqlite_where=PENDING, postgresql_where=PENDING)
    with op.batch_alter_table('inbound_events', schema=None) as batch_op:
        batch_op.create_index('ix_inbound_events_queue', ['id'], unique=False,
                              sqlite_where=PENDING, postgresql_where=PENDING)


def downgrade() -> None:
    with op.batch_alter_table('inbound_events', schema=None) as batch_op:
        batch_op.drop_index('ix_inbound_events_queue')
    with op.batch_alter_table('timers', schema=None) as batch_op:
        batch_op.drop_index('ix_timers_due')
        batch_op.drop_index('ix_timers_session')
        batch_op.create_index('ix_timers_due', ['status', 'due_at'], unique=False)
        batch_op.create_index('ix_timers_session', ['session_id', 'status'], unique=False)
