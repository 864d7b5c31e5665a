"""intake answers and resumable drafts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 03:08:45.624716
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("when_where", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("urgency", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("child_knows", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("child_wants_complaint", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("wants_advocate", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("draft_answers", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("draft_expires_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("escalated_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
        batch_op.drop_constraint(batch_op.f("ck_cases_submitted_has_dates"), type_="check")
        batch_op.create_check_constraint(
            "submitted_has_dates",
            "status IN ('draft', 'withdrawn') OR (received_on IS NOT NULL AND due_on IS NOT NULL)",
        )
    # A resumed draft links a second conversation to the same case.
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_constraint("uq_conversations_case_id", type_="unique")
        batch_op.create_index(batch_op.f("ix_conversations_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversations_case_id"))
        batch_op.create_unique_constraint("uq_conversations_case_id", ["case_id"])
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_cases_submitted_has_dates"), type_="check")
        batch_op.create_check_constraint(
            "submitted_has_dates",
            "status = 'draft' OR (received_on IS NOT NULL AND due_on IS NOT NULL)",
        )
        batch_op.drop_column("closed_on")
        batch_op.drop_column("escalated_on")
        batch_op.drop_column("draft_expires_on")
        batch_op.drop_column("draft_answers")
        batch_op.drop_column("wants_advocate")
        batch_op.drop_column("child_wants_complaint")
        batch_op.drop_column("child_knows")
        batch_op.drop_column("urgency")
        batch_op.drop_column("when_where")
