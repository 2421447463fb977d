"""the command menu's language remembered per chat

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('channel_addresses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('menu_locale', sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('channel_addresses', schema=None) as batch_op:
        batch_op.drop_column('menu_locale')
