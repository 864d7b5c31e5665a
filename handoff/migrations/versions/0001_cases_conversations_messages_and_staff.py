"""cases, conversations, messages and staff

Revision ID: 0001
Revises:
Create Date: 2026-11-26 02:53:29.971310
"""

import sqlalchemy as sa
from alembic import op

import handoff.models

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "role IN ('handler', 'safeguarding_lead', 'admin')", name=op.f("ck_staff_members_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_members")),
        sa.UniqueConstraint("email", name=op.f("uq_staff_members_email")),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=False),
        sa.Column("token_digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", handoff.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_member_id"],
            ["staff_members.id"],
            name=op.f("fk_api_tokens_staff_member_id_staff_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_digest", name=op.f("uq_api_tokens_token_digest")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("status_code_hash", sa.String(length=255), nullable=True),
        sa.Column("created_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("complainant_role", sa.String(length=16), nullable=False),
        sa.Column("age_band", sa.String(length=16), nullable=False),
        sa.Column("complainant_name", sa.String(length=120), nullable=True),
        sa.Column("child_friendly", sa.Boolean(), nullable=False),
        sa.Column("service_area", sa.String(length=16), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("heads_of_complaint", sa.JSON(), nullable=False),
        sa.Column("outcomes_sought", sa.JSON(), nullable=False),
        sa.Column("contact_method", sa.String(length=24), nullable=True),
        sa.Column("contact_detail", sa.String(length=254), nullable=True),
        sa.Column("best_time", sa.String(length=200), nullable=True),
        sa.Column("adjustments", sa.JSON(), nullable=False),
        sa.Column("involve", sa.JSON(), nullable=False),
        sa.Column("preferred_staff", sa.String(length=120), nullable=True),
        sa.Column("consent_to_proceed", sa.Boolean(), nullable=True),
        sa.Column("consent_tell_parent_carer", sa.Boolean(), nullable=True),
        sa.Column("safeguarding_flagged", sa.Boolean(), nullable=False),
        sa.Column("safeguarding_severity", sa.String(length=16), nullable=False),
        sa.Column("safeguarding_categories", sa.JSON(), nullable=False),
        sa.Column("first_flagged_at", handoff.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "age_band IN ('under_12', '12_15', '16_17', 'adult', 'unknown')",
            name=op.f("ck_cases_age_band"),
        ),
        sa.CheckConstraint(
            "channel IN ('web_chat', 'mobile', 'form', 'api')", name=op.f("ck_cases_channel")
        ),
        sa.CheckConstraint(
            "complainant_role IN ('child', 'parent_carer', 'advocate', 'other_adult', 'professional', 'unknown')",
            name=op.f("ck_cases_complainant_role"),
        ),
        sa.CheckConstraint(
            "contact_method IS NULL OR contact_method IN ('chat', 'email', 'phone', 'text', 'letter', 'in_person', 'via_trusted_adult')",
            name=op.f("ck_cases_contact_method"),
        ),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('resolved', 'upheld', 'partially_upheld', 'not_upheld', 'withdrawn')",
            name=op.f("ck_cases_outcome"),
        ),
        sa.CheckConstraint(
            "priority IN ('urgent', 'high', 'normal', 'low')", name=op.f("ck_cases_priority")
        ),
        sa.CheckConstraint(
            "safeguarding_severity IN ('immediate', 'high', 'medium', 'none')",
            name=op.f("ck_cases_safeguarding_severity"),
        ),
        sa.CheckConstraint(
            "service_area IN ('education', 'social_work', 'health', 'housing', 'transport', 'leisure', 'other', 'unknown')",
            name=op.f("ck_cases_service_area"),
        ),
        sa.CheckConstraint("stage IN ('stage_1', 'stage_2', 'spso')", name=op.f("ck_cases_stage")),
        sa.CheckConstraint(
            "status = 'draft' OR (received_on IS NOT NULL AND due_on IS NOT NULL)",
            name=op.f("ck_cases_submitted_has_dates"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'new', 'handoff', 'in_progress', 'awaiting_complainant', 'closed', 'withdrawn')",
            name=op.f("ck_cases_status"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"],
            ["staff_members.id"],
            name=op.f("fk_cases_assigned_to_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("reference", name=op.f("uq_cases_reference")),
    )
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.String(length=128), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("offered_payloads", sa.JSON(), nullable=False),
        sa.Column("created_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "mode IN ('bot', 'human', 'closed')", name=op.f("ck_conversations_mode")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_conversations_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
        sa.UniqueConstraint("case_id", name=op.f("uq_conversations_case_id")),
        sa.UniqueConstraint("sender_id", name=op.f("uq_conversations_sender_id")),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("at", handoff.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=False),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("flagged_spans", sa.JSON(), nullable=False),
        sa.Column("staff_member_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("author IN ('user', 'bot', 'staff')", name=op.f("ck_messages_author")),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_messages_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_member_id"],
            ["staff_members.id"],
            name=op.f("fk_messages_staff_member_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_messages_conversation_id"), ["conversation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_conversation_id"))

    op.drop_table("messages")
    op.drop_table("conversations")
    op.drop_table("cases")
    op.drop_table("api_tokens")
    op.drop_table("staff_members")
