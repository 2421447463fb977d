"""reminders by phone: how a member without a smartphone is reminded (an automatic call or SMS),
what each call or text cost (calls, SMS segments), and an organisation's monthly limit

Revision ID: 0014
Revises: 0013
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reminded_by', sa.String(length=8), nullable=True))
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('units', sa.Integer(), nullable=True))
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phone_limit', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_column('phone_limit')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_column('units')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_column('reminded_by')
