"""a leader's own voice note goes with a meeting's reminders; a group can have a standing greeting

Revision ID: 0012
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('voice_note', sa.JSON(), nullable=True))
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('greeting_voice', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_column('greeting_voice')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_column('voice_note')
