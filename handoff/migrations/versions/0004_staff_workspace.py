"""staff workspace: stages, extensions, learning, decisions, referrals, audit

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 05:07:41.368234
"""

import sqlalchemy as sa
from alembic import op

import handoff.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "closure_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_closure_days")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=48), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("ip_address", sa.String(length=45), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_audit_log_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["staff_member_id"],
            ["staff_members.id"],
            name=op.f("fk_audit_log_staff_member_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_log_staff_member_id"), ["staff_member_id"], unique=False
        )

    op.create_table(
        "case_stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("standard_due_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('resolved', 'upheld', 'partially_upheld', 'not_upheld', 'withdrawn')",
            name=op.f("ck_case_stages_outcome"),
        ),
        sa.CheckConstraint("stage IN ('stage_1', 'stage_2')", name=op.f("ck_case_stages_stage")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_stages_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"],
            ["staff_members.id"],
            name=op.f("fk_case_stages_closed_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_stages")),
        sa.UniqueConstraint("case_id", "stage", name="one_row_per_stage"),
    )
    with op.batch_alter_table("case_stages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_stages_case_id"), ["case_id"], unique=False)

    op.create_table(
        "child_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("decision", sa.String(length=200), nullable=False),
        sa.Column("against_wish_of", sa.String(length=16), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "against_wish_of IS NULL OR against_wish_of IN ('child', 'parent_carer')",
            name=op.f("ck_child_decisions_against_wish_of"),
        ),
        sa.CheckConstraint(
            "kind IN ('capacity', 'best_interests')", name=op.f("ck_child_decisions_kind")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_child_decisions_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_member_id"],
            ["staff_members.id"],
            name=op.f("fk_child_decisions_staff_member_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_decisions")),
    )
    with op.batch_alter_table("child_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_child_decisions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("previous_due_on", sa.Date(), nullable=False),
        sa.Column("new_due_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("note_to_complainant", sa.Text(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("stage IN ('stage_1', 'stage_2')", name=op.f("ck_extensions_stage")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_extensions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["staff_member_id"],
            ["staff_members.id"],
            name=op.f("fk_extensions_staff_member_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extensions")),
    )
    with op.batch_alter_table("extensions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_extensions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "improvements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("service_area", sa.String(length=16), nullable=False),
        sa.Column("you_said", sa.Text(), nullable=False),
        sa.Column("we_did", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "service_area IN ('education', 'social_work', 'health', 'housing', 'transport', 'leisure', 'other', 'unknown')",
            name=op.f("ck_improvements_service_area"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_improvements_case_id_cases"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_members.id"],
            name=op.f("fk_improvements_created_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvements")),
    )
    with op.batch_alter_table("improvements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_improvements_case_id"), ["case_id"], unique=False)

    op.create_table(
        "learning_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_learning_actions_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_members.id"],
            name=op.f("fk_learning_actions_created_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_actions")),
    )
    with op.batch_alter_table("learning_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_learning_actions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "safeguarding_referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("referred_to", sa.String(length=200), nullable=False),
        sa.Column("referred_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("referred_by_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_safeguarding_referrals_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["referred_by_id"],
            ["staff_members.id"],
            name=op.f("fk_safeguarding_referrals_referred_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safeguarding_referrals")),
    )
    with op.batch_alter_table("safeguarding_referrals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_safeguarding_referrals_case_id"), ["case_id"], unique=False
        )

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("involved_services", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(sa.Column("lead_organisation", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("priority_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("root_cause", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("learning_points", sa.Text(), nullable=True))

    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("channel", sa.String(length=8), nullable=False, server_default="email")
        )
        batch_op.create_check_constraint("channel", "channel IN ('email', 'sms')")

    with op.batch_alter_table("staff_members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("team", sa.String(length=120), nullable=True))
        batch_op.add_column(
            sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("locked_until", handoff.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("last_login_at", handoff.models.UTCDateTime(timezone=True), nullable=True)
        )

    # Cases sent before this migration get the history row of the stage they are at.
    op.execute(
        "INSERT INTO case_stages (case_id, stage, started_on, standard_due_on, due_on, closed_on, outcome) "
        "SELECT id, stage, COALESCE(escalated_on, received_on), due_on, due_on, closed_on, outcome "
        "FROM cases WHERE stage IN ('stage_1', 'stage_2') AND received_on IS NOT NULL"
    )
    # The server defaults only filled existing rows; the models set these values from now on.
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.alter_column("involved_services", server_default=None)
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.alter_column("channel", server_default=None)
    with op.batch_alter_table("staff_members", schema=None) as batch_op:
        batch_op.alter_column("failed_logins", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("staff_members", schema=None) as batch_op:
        batch_op.drop_column("last_login_at")
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_logins")
        batch_op.drop_column("team")

    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_notifications_channel"), type_="check")
        batch_op.drop_column("channel")

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("learning_points")
        batch_op.drop_column("root_cause")
        batch_op.drop_column("priority_reason")
        batch_op.drop_column("lead_organisation")
        batch_op.drop_column("involved_services")

    with op.batch_alter_table("safeguarding_referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safeguarding_referrals_case_id"))

    op.drop_table("safeguarding_referrals")
    with op.batch_alter_table("learning_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_actions_case_id"))

    op.drop_table("learning_actions")
    with op.batch_alter_table("improvements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvements_case_id"))

    op.drop_table("improvements")
    with op.batch_alter_table("extensions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_extensions_case_id"))

    op.drop_table("extensions")
    with op.batch_alter_table("child_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_decisions_case_id"))

    op.drop_table("child_decisions")
    with op.batch_alter_table("case_stages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_stages_case_id"))

    op.drop_table("case_stages")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_staff_member_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_case_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    op.drop_table("closure_days")
